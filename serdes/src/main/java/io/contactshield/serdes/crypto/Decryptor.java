package io.contactshield.serdes.crypto;

import io.contactshield.serdes.crypto.EnvelopeFormat.KeyHeader;
import io.contactshield.serdes.kms.KmsException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Opens envelopes (docs/envelope-format.md) for consumers and for dead-letter replay: parses the
 * header, has the data key unwrapped under the encryption context {tenant: the expected tenant,
 * purpose: the header's purpose} by the KMS key the header names, and decrypts with the header and
 * the expected record identity as associated data.
 *
 * <p>Thread-safe; meant to be shared. Each thread keeps its own {@code Cipher} and remembers the
 * headers of the last few data keys it saw, so a record costs one comparison of header bytes, no
 * hash and no KMS call (the {@link DecryptionKeys} lender caches unwrapped keys).
 */
public final class Decryptor {

    // Data-key headers a thread remembers as already parsed and checked. A miss costs a parse and
    // a SHA-256 of the encrypted key, about a third of decrypting 1 KiB.
    private static final int MEMO_SIZE = 16;

    private final DecryptionKeys keys;
    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    public Decryptor(DecryptionKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        EnvelopeFormat.newCipher();
    }

    /**
     * The header of {@code envelope}, parsed and checked (as {@link #decrypt} does first), without
     * any key: which KMS key and data key protect it, for tools and audits.
     *
     * @throws MalformedEnvelopeException if the bytes are not a well-formed envelope
     */
    public static EnvelopeHeader parseHeader(byte[] envelope) {
        KeyHeader header = EnvelopeFormat.parse(envelope, EnvelopeFormat.sha256());
        return new EnvelopeHeader(EnvelopeFormat.VERSION_1, EnvelopeFormat.AES_256_GCM, header.purpose(),
                header.kmsKeyId(), header.dataKeyId(), header.encryptedKey(), header.ciphertextOffset(),
                envelope.length - header.ciphertextOffset());
    }

    /**
     * Decrypts {@code envelope}, which must have been sealed for the record {@code expected}.
     *
     * @return the plaintext, a new array the caller owns
     * @throws MalformedEnvelopeException if the bytes are not a well-formed envelope
     * @throws EnvelopeAuthenticationException if the envelope was altered or belongs to another
     *     tenant or record (including KMS refusing the data key as InvalidCiphertext)
     * @throws KmsException if the KMS refuses the data key for another reason: retriable when it is
     *     throttling or unavailable, final when the key is disabled, deleted or not ours to use
     */
    public byte[] decrypt(RecordIdentity expected, byte[] envelope) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(envelope, "envelope");
        State state = this.state.get();
        KeyHeader header = state.header(envelope);
        byte[] identityAad = EnvelopeFormat.identity(expected);
        Map<String, String> context = EnvelopeFormat.encryptionContext(expected.tenantId(), header.purpose());
        int nonceOffset = header.nonceOffset();
        int ciphertextOffset = header.ciphertextOffset();
        try (DataKeyLease lease = lease(header, context, expected)) {
            Cipher cipher = state.cipher;
            cipher.init(Cipher.DECRYPT_MODE, lease.key(),
                    new GCMParameterSpec(EnvelopeFormat.TAG_BITS, envelope, nonceOffset, EnvelopeFormat.NONCE_LENGTH));
            cipher.updateAAD(envelope, 0, ciphertextOffset);
            cipher.updateAAD(identityAad);
            return cipher.doFinal(envelope, ciphertextOffset, envelope.length - ciphertextOffset);
        } catch (AEADBadTagException e) {
            // The JCA's message ("Tag mismatch") adds nothing; no cause, so nothing of it can leak.
            throw new EnvelopeAuthenticationException(expected, header.dataKeyId(), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption with data key " + header.dataKeyId() + " failed", e);
        }
    }

    private DataKeyLease lease(KeyHeader header, Map<String, String> context, RecordIdentity expected) {
        try {
            return keys.lease(header.kmsKeyId(), header.encryptedKey(), context);
        } catch (KmsException e) {
            // The KMS authenticates the wrapped key with its context: InvalidCiphertext means this data
            // key was not wrapped for the expected tenant and purpose (or was altered), the same verdict
            // as a bad tag. Every other reason is the KMS's to report (outage, access, shredded key).
            if (e.reason() == KmsException.Reason.INVALID_CIPHERTEXT) {
                throw new EnvelopeAuthenticationException(expected, header.dataKeyId(), e);
            }
            throw e;
        }
    }

    private static final class State {
        final Cipher cipher = EnvelopeFormat.newCipher();
        final MessageDigest sha256 = EnvelopeFormat.sha256();
        final KeyHeader[] memo = new KeyHeader[MEMO_SIZE];
        int next;

        // A header whose bytes up to the nonce equal one already parsed would parse to the same
        // result, data-key id check included; only the length of what follows is left to check.
        KeyHeader header(byte[] envelope) {
            for (KeyHeader known : memo) {
                if (known != null) {
                    int length = known.prefix().length;
                    if (envelope.length >= length && Arrays.equals(known.prefix(), 0, length, envelope, 0, length)) {
                        EnvelopeFormat.checkBody(envelope, length);
                        return known;
                    }
                }
            }
            KeyHeader header = EnvelopeFormat.parse(envelope, sha256);
            memo[next] = header;
            next = (next + 1) % MEMO_SIZE;
            return header;
        }
    }
}
