package io.contactshield.serdes.crypto;

import io.contactshield.serdes.crypto.EnvelopeFormat.KeyHeader;
import io.contactshield.serdes.kms.PlaintextKey;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals payloads in envelopes (docs/envelope-format.md): AES-256-GCM under the current data key of
 * the record's tenant and purpose, a fresh random 96-bit nonce per record, and the header and the
 * record's identity bound as associated data.
 *
 * <p>Thread-safe; meant to be shared. Each thread keeps its own {@code Cipher}, so a record costs
 * one cipher initialisation and no KMS call (the {@link EncryptionKeys} lender caches data keys).
 */
public final class Encryptor {

    /**
     * Default largest plaintext: 8 MiB. Eight times Kafka's default {@code max.message.bytes} (1 MiB),
     * so records of topics whose limit was raised a few times still fit, while a runaway payload is
     * refused before it costs a data-key lease and an 8 MiB-plus allocation.
     */
    public static final int DEFAULT_MAX_PLAINTEXT_BYTES = 8 * 1024 * 1024;

    /** Highest configurable limit: 1 GiB, far beyond any Kafka record, and well inside an array. */
    public static final int MAX_PLAINTEXT_LIMIT = 1 << 30;

    // Data keys a thread remembers the header of. A stream thread serves many tenants; 16 covers a
    // payload and a dead-letter key for 8 of them between rotations. A miss costs a hash, no more.
    private static final int MEMO_SIZE = 16;

    private final EncryptionKeys keys;
    private final int maxPlaintextBytes;
    private final SecureRandom random;
    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    /** An encryptor with the default plaintext limit ({@value #DEFAULT_MAX_PLAINTEXT_BYTES} bytes). */
    public Encryptor(EncryptionKeys keys) {
        this(keys, DEFAULT_MAX_PLAINTEXT_BYTES);
    }

    /**
     * @param maxPlaintextBytes largest plaintext accepted, 0 to {@value #MAX_PLAINTEXT_LIMIT}
     */
    public Encryptor(EncryptionKeys keys, int maxPlaintextBytes) {
        this(keys, maxPlaintextBytes, new SecureRandom());
    }

    Encryptor(EncryptionKeys keys, int maxPlaintextBytes, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (maxPlaintextBytes < 0 || maxPlaintextBytes > MAX_PLAINTEXT_LIMIT) {
            throw new IllegalArgumentException("maxPlaintextBytes must be 0-" + MAX_PLAINTEXT_LIMIT + ", not "
                    + maxPlaintextBytes);
        }
        this.maxPlaintextBytes = maxPlaintextBytes;
        // One instance for all threads: the default (NativePRNG on Linux) shares one source anyway,
        // and costs about 0.1 microseconds per nonce.
        this.random = Objects.requireNonNull(random, "random");
        // Fails here, at start-up, rather than on the first record if the JCA lacks AES-GCM.
        EnvelopeFormat.newCipher();
    }

    /**
     * Encrypts {@code plaintext} for the record {@code identity} under the current data key of its
     * tenant for {@code purpose}.
     *
     * @param purpose what the data key is for, 1-64 characters of {@code [A-Za-z0-9._-]}, such as
     *     "payload" or "dead-letter"; part of the data key's KMS encryption context
     * @param plaintext 0 bytes up to the configured limit; not modified, not kept
     * @return the envelope and the ids of the keys that protect it
     * @throws IllegalArgumentException if the purpose is not allowed or the plaintext is too large
     *     (checked before a data key is leased)
     * @throws io.contactshield.serdes.kms.UnknownTenantException if no KMS key is configured for
     *     the tenant: not retriable, route the record to the dead-letter path
     * @throws KeyUnavailableException if no data key can be had now: retriable
     * @throws io.contactshield.serdes.kms.KmsException if the KMS refuses the tenant's key
     *     (disabled, deleted, access denied), as the {@link EncryptionKeys} lender reports it
     */
    public Envelope encrypt(RecordIdentity identity, String purpose, byte[] plaintext) {
        return encrypt(identity, purpose, plaintext, null);
    }

    /**
     * As {@link #encrypt(RecordIdentity, String, byte[])} with a given nonce, only to reproduce the
     * published test vectors. Uses a cipher of its own, so the thread's cipher never sees a nonce
     * that was not drawn at random.
     */
    Envelope encryptWithFixedNonce(RecordIdentity identity, String purpose, byte[] plaintext, byte[] nonce) {
        if (nonce == null || nonce.length != EnvelopeFormat.NONCE_LENGTH) {
            throw new IllegalArgumentException("A nonce has " + EnvelopeFormat.NONCE_LENGTH + " bytes");
        }
        return encrypt(identity, purpose, plaintext, nonce);
    }

    private Envelope encrypt(RecordIdentity identity, String purpose, byte[] plaintext, byte[] fixedNonce) {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(plaintext, "plaintext");
        EnvelopeFormat.checkPurpose(purpose);
        if (plaintext.length > maxPlaintextBytes) {
            throw new IllegalArgumentException("A plaintext of " + plaintext.length + " bytes exceeds the limit of "
                    + maxPlaintextBytes + " bytes");
        }
        byte[] identityAad = EnvelopeFormat.identity(identity);
        State state = this.state.get();
        try (DataKeyLease lease = keys.lease(identity.tenantId(), purpose, plaintext.length)) {
            KeyHeader header = state.header(lease, purpose);
            int nonceOffset = header.nonceOffset();
            int ciphertextOffset = header.ciphertextOffset();
            byte[] envelope = new byte[ciphertextOffset + plaintext.length + EnvelopeFormat.TAG_LENGTH];
            System.arraycopy(header.prefix(), 0, envelope, 0, nonceOffset);
            Cipher cipher;
            if (fixedNonce == null) {
                random.nextBytes(state.nonce);
                System.arraycopy(state.nonce, 0, envelope, nonceOffset, EnvelopeFormat.NONCE_LENGTH);
                cipher = state.cipher;
            } else {
                System.arraycopy(fixedNonce, 0, envelope, nonceOffset, EnvelopeFormat.NONCE_LENGTH);
                cipher = EnvelopeFormat.newCipher();
            }
            init(cipher, lease.key(), envelope, nonceOffset, header);
            cipher.updateAAD(envelope, 0, ciphertextOffset);
            cipher.updateAAD(identityAad);
            cipher.doFinal(plaintext, 0, plaintext.length, envelope, ciphertextOffset);
            return new Envelope(header.kmsKeyId(), header.dataKeyId(), envelope);
        } catch (GeneralSecurityException e) {
            // Not expected with a fresh init and an exact-size output; JCA messages hold no data.
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    private static void init(Cipher cipher, SecretKey key, byte[] envelope, int nonceOffset, KeyHeader header) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key,
                    new GCMParameterSpec(EnvelopeFormat.TAG_BITS, envelope, nonceOffset, EnvelopeFormat.NONCE_LENGTH));
        } catch (InvalidAlgorithmParameterException e) {
            // The JCA refuses to encrypt twice in a row under one key and nonce. With 96 random bits
            // that means the random source repeats itself: fail closed, never retry around it.
            throw new IllegalStateException("AES-GCM refused the nonce for data key " + header.dataKeyId()
                    + "; a repeated nonce means the random source is broken", e);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Data key " + header.dataKeyId() + " is not a usable AES-256 key", e);
        }
    }

    private static final class State {
        final Cipher cipher = EnvelopeFormat.newCipher();
        final MessageDigest sha256 = EnvelopeFormat.sha256();
        final byte[] nonce = new byte[EnvelopeFormat.NONCE_LENGTH];
        final KeyHeader[] memo = new KeyHeader[MEMO_SIZE];
        int next;

        KeyHeader header(DataKeyLease lease, String purpose) {
            byte[] encryptedKey = lease.encryptedKey();
            String kmsKeyId = lease.kmsKeyId();
            for (KeyHeader known : memo) {
                if (known != null && Arrays.equals(known.encryptedKey(), encryptedKey)
                        && known.purpose().equals(purpose) && known.kmsKeyId().equals(kmsKeyId)) {
                    return known;
                }
            }
            checkAes256(lease.key());
            KeyHeader header = EnvelopeFormat.keyHeader(purpose, kmsKeyId, encryptedKey, sha256);
            memo[next] = header;
            next = (next + 1) % MEMO_SIZE;
            return header;
        }

        // Algorithm 1 promises AES-256; the JCA would silently run AES-128 with a 16-byte key.
        private static void checkAes256(SecretKey key) {
            int length;
            if (key instanceof PlaintextKey plaintextKey) {
                length = plaintextKey.length();
            } else {
                byte[] encoded = key.getEncoded();
                if (encoded == null) {
                    return; // a key that does not leave its provider; the provider checks it
                }
                length = encoded.length;
                Arrays.fill(encoded, (byte) 0);
            }
            if (length != EnvelopeFormat.KEY_LENGTH) {
                throw new IllegalStateException("The data key has " + (length * 8) + " bits; envelopes use AES-256");
            }
        }
    }
}
