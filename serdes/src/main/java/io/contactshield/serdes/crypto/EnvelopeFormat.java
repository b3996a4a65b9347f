package io.contactshield.serdes.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;

/**
 * Envelope format version 1, byte by byte as docs/envelope-format.md describes it. Writing,
 * parsing and the associated-data encoding live in this one place so that {@link Encryptor} and
 * {@link Decryptor} cannot drift apart.
 *
 * <pre>
 * version(1) algorithm(1) purposeLen(1) purpose dataKeyId(16) kmsKeyIdLen(2) kmsKeyId
 * encryptedKeyLen(2) encryptedKey nonce(12) ciphertext||tag(16)
 * </pre>
 */
final class EnvelopeFormat {

    static final int VERSION_1 = 0x01;
    static final int AES_256_GCM = 0x01;
    static final String TRANSFORMATION = "AES/GCM/NoPadding";

    static final int KEY_LENGTH = 32;
    static final int NONCE_LENGTH = 12;
    static final int TAG_LENGTH = 16;
    static final int TAG_BITS = TAG_LENGTH * 8;
    static final int DATA_KEY_ID_LENGTH = 16;

    static final int MAX_PURPOSE_LENGTH = 64;
    // KMS's own limit on a KeyId parameter.
    static final int MAX_KMS_KEY_ID_LENGTH = 2048;
    // AWS KMS data-key blobs are about 180 bytes; the bound is what the parser may be made to read.
    static final int MAX_ENCRYPTED_KEY_LENGTH = 4096;
    static final int MAX_HEADER_LENGTH = 1 + 1 + 1 + MAX_PURPOSE_LENGTH + DATA_KEY_ID_LENGTH
            + 2 + MAX_KMS_KEY_ID_LENGTH + 2 + MAX_ENCRYPTED_KEY_LENGTH + NONCE_LENGTH;

    /** Keys of the KMS encryption context of every data key. */
    static final String CONTEXT_TENANT = "tenant";
    static final String CONTEXT_PURPOSE = "purpose";

    private static final HexFormat HEX = HexFormat.of();

    private EnvelopeFormat() {
    }

    /**
     * Everything of a header before the nonce: what all envelopes of one data key and purpose share,
     * so it is built (and, when read, validated and hashed) once per data key, not per record.
     *
     * @param prefix the header bytes from the version up to the end of the encrypted key
     * @param encryptedKey a private copy; never handed out except to a {@link DecryptionKeys}
     */
    record KeyHeader(byte[] prefix, String purpose, String kmsKeyId, byte[] encryptedKey, String dataKeyId) {

        int nonceOffset() {
            return prefix.length;
        }

        int ciphertextOffset() {
            return prefix.length + NONCE_LENGTH;
        }

        @Override
        public String toString() {
            return "KeyHeader[purpose=" + purpose + ", kmsKeyId=" + kmsKeyId + ", dataKeyId=" + dataKeyId + "]";
        }
    }

    /**
     * The KMS encryption context of a data key. The tenant is not written in the envelope: a reader
     * supplies the tenant it expects, so a data key of another tenant does not unwrap.
     */
    static Map<String, String> encryptionContext(String tenantId, String purpose) {
        return Map.of(CONTEXT_TENANT, tenantId, CONTEXT_PURPOSE, purpose);
    }

    /**
     * Builds the header prefix for a data key.
     *
     * @throws IllegalArgumentException if the purpose is not 1-64 of {@code [A-Za-z0-9._-]}
     * @throws IllegalStateException if the KMS key id or encrypted key (which come from the key
     *     lender, not the caller) cannot be written in format version 1
     */
    static KeyHeader keyHeader(String purpose, String kmsKeyId, byte[] encryptedKey, MessageDigest sha256) {
        checkPurpose(purpose);
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        Objects.requireNonNull(encryptedKey, "encryptedKey");
        if (kmsKeyId.isEmpty() || kmsKeyId.length() > MAX_KMS_KEY_ID_LENGTH || !isVisibleAscii(kmsKeyId)) {
            // The id is not echoed: it failed the check that makes it safe to print.
            throw new IllegalStateException("The KMS key id (" + kmsKeyId.length() + " chars) must be 1-"
                    + MAX_KMS_KEY_ID_LENGTH + " visible ASCII characters");
        }
        if (encryptedKey.length == 0 || encryptedKey.length > MAX_ENCRYPTED_KEY_LENGTH) {
            throw new IllegalStateException("An encrypted data key of " + encryptedKey.length
                    + " bytes cannot be written: 1-" + MAX_ENCRYPTED_KEY_LENGTH + " bytes");
        }
        byte[] key = encryptedKey.clone();
        byte[] id = dataKeyId(key, sha256);
        byte[] prefix = new byte[3 + purpose.length() + DATA_KEY_ID_LENGTH + 2 + kmsKeyId.length() + 2 + key.length];
        ByteBuffer out = ByteBuffer.wrap(prefix);
        out.put((byte) VERSION_1).put((byte) AES_256_GCM);
        out.put((byte) purpose.length()).put(purpose.getBytes(StandardCharsets.US_ASCII));
        out.put(id);
        out.putShort((short) kmsKeyId.length()).put(kmsKeyId.getBytes(StandardCharsets.US_ASCII));
        out.putShort((short) key.length).put(key);
        return new KeyHeader(prefix, purpose, kmsKeyId, key, HEX.formatHex(id));
    }

    /**
     * Parses and checks the header of {@code envelope}, up to and including the nonce, and that a
     * tag's worth of ciphertext follows. Every length is checked against its bound and against what
     * is left before anything is allocated.
     *
     * @throws MalformedEnvelopeException naming the field, offset and sizes that are wrong
     */
    static KeyHeader parse(byte[] envelope, MessageDigest sha256) {
        Objects.requireNonNull(envelope, "envelope");
        if (envelope.length == 0) {
            throw new MalformedEnvelopeException("empty (0 bytes)");
        }
        int version = envelope[0] & 0xff;
        if (version != VERSION_1) {
            throw unknownVersion(version);
        }
        int pos = 1;
        need(envelope, pos, 1, "algorithm id");
        int algorithm = envelope[pos++] & 0xff;
        if (algorithm != AES_256_GCM) {
            throw new MalformedEnvelopeException("unknown algorithm id " + algorithm + " (format version 1 knows "
                    + AES_256_GCM + ", AES-256-GCM)");
        }

        need(envelope, pos, 1, "purpose length");
        int purposeLength = envelope[pos++] & 0xff;
        checkLength("purpose", purposeLength, MAX_PURPOSE_LENGTH, envelope, pos - 1, pos);
        String purpose = new String(envelope, pos, purposeLength, StandardCharsets.US_ASCII);
        if (!isPurposeChars(purpose)) {
            throw new MalformedEnvelopeException("the purpose at offset " + pos + " has characters outside [A-Za-z0-9._-]");
        }
        pos += purposeLength;

        need(envelope, pos, DATA_KEY_ID_LENGTH, "data-key id");
        int idOffset = pos;
        pos += DATA_KEY_ID_LENGTH;

        need(envelope, pos, 2, "KMS key id length");
        int kmsKeyIdLength = u16(envelope, pos);
        pos += 2;
        checkLength("KMS key id", kmsKeyIdLength, MAX_KMS_KEY_ID_LENGTH, envelope, pos - 2, pos);
        String kmsKeyId = new String(envelope, pos, kmsKeyIdLength, StandardCharsets.US_ASCII);
        if (!isVisibleAscii(kmsKeyId)) {
            throw new MalformedEnvelopeException("the KMS key id at offset " + pos + " has characters outside visible ASCII");
        }
        pos += kmsKeyIdLength;

        need(envelope, pos, 2, "encrypted data key length");
        int keyLength = u16(envelope, pos);
        pos += 2;
        checkLength("encrypted data key", keyLength, MAX_ENCRYPTED_KEY_LENGTH, envelope, pos - 2, pos);
        byte[] encryptedKey = Arrays.copyOfRange(envelope, pos, pos + keyLength);
        pos += keyLength;

        byte[] id = dataKeyId(encryptedKey, sha256);
        if (!Arrays.equals(id, 0, DATA_KEY_ID_LENGTH, envelope, idOffset, idOffset + DATA_KEY_ID_LENGTH)) {
            throw new MalformedEnvelopeException("the data-key id at offset " + idOffset
                    + " is not the SHA-256 prefix of the encrypted data key");
        }
        checkBody(envelope, pos);
        return new KeyHeader(Arrays.copyOf(envelope, pos), purpose, kmsKeyId, encryptedKey, HEX.formatHex(id));
    }

    /** Checks that a nonce and at least a tag follow a header prefix of {@code prefixLength} bytes. */
    static void checkBody(byte[] envelope, int prefixLength) {
        int left = envelope.length - prefixLength;
        if (left < NONCE_LENGTH + TAG_LENGTH) {
            throw new MalformedEnvelopeException("truncated: " + left + " bytes follow the header fields at offset "
                    + prefixLength + ", but the nonce and the tag alone take " + (NONCE_LENGTH + TAG_LENGTH));
        }
    }

    /**
     * The record identity as associated data: tenant id, contact id, event id, each as a 4-byte
     * big-endian length and its UTF-8 bytes, so that no two identities encode alike.
     *
     * @throws IllegalArgumentException if an id is not valid Unicode (a lone surrogate would
     *     otherwise encode like '?')
     */
    static byte[] identity(RecordIdentity identity) {
        byte[] tenant = utf8(identity.tenantId(), "tenant id");
        byte[] contact = utf8(identity.contactId(), "contact id");
        byte[] event = utf8(identity.eventId(), "event id");
        ByteBuffer out = ByteBuffer.allocate(12 + tenant.length + contact.length + event.length);
        out.putInt(tenant.length).put(tenant);
        out.putInt(contact.length).put(contact);
        out.putInt(event.length).put(event);
        return out.array();
    }

    /** The first 16 bytes of the SHA-256 of the encrypted data key; see {@link DataKeyIds}. */
    static byte[] dataKeyId(byte[] encryptedKey, MessageDigest sha256) {
        return Arrays.copyOf(sha256.digest(encryptedKey), DATA_KEY_ID_LENGTH);
    }

    static void checkPurpose(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isEmpty() || purpose.length() > MAX_PURPOSE_LENGTH || !isPurposeChars(purpose)) {
            throw new IllegalArgumentException("A purpose is 1-" + MAX_PURPOSE_LENGTH + " characters of [A-Za-z0-9._-]");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (JCA standard algorithms).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw new IllegalStateException(TRANSFORMATION + " is not available", e);
        }
    }

    private static MalformedEnvelopeException unknownVersion(int version) {
        if (version == 0) {
            return new MalformedEnvelopeException("not an envelope: it starts with 0, the magic byte of the "
                    + "Confluent Avro wire format");
        }
        if (version <= 0x0f) {
            return new MalformedEnvelopeException("format version " + version
                    + " is unknown to this reader, which reads version " + VERSION_1);
        }
        // Not echoed: a byte far from any version is more likely the first byte of something else,
        // perhaps a plaintext handed over by mistake.
        return new MalformedEnvelopeException("not an envelope: the first byte is no known format version");
    }

    private static void need(byte[] envelope, int pos, int n, String field) {
        if (envelope.length - pos < n) {
            throw new MalformedEnvelopeException("truncated in the " + field + " at offset " + pos + ": needs " + n
                    + " bytes, " + (envelope.length - pos) + " left");
        }
    }

    private static void checkLength(String field, int length, int max, byte[] envelope, int lengthOffset, int pos) {
        if (length == 0 || length > max) {
            throw new MalformedEnvelopeException("the " + field + " length at offset " + lengthOffset
                    + " is " + length + ", outside 1-" + max);
        }
        if (envelope.length - pos < length) {
            throw new MalformedEnvelopeException("the " + field + " length says " + length + " bytes at offset " + pos
                    + ", but only " + (envelope.length - pos) + " are left");
        }
    }

    private static int u16(byte[] bytes, int pos) {
        return ((bytes[pos] & 0xff) << 8) | (bytes[pos + 1] & 0xff);
    }

    private static boolean isPurposeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // Visible ASCII only: KMS key ids, ARNs and alias names never need more, and a value read from an
    // envelope can then be printed in a log or an error without escaping.
    private static boolean isVisibleAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf8(String s, String field) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return strictUtf8(s, field);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] strictUtf8(String s, String field) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            return Arrays.copyOf(encoded.array(), encoded.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The " + field + " is not valid Unicode (it has a lone surrogate)");
        }
    }
}
