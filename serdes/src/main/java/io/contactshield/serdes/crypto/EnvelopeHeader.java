package io.contactshield.serdes.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * What an envelope's header says, for tools and audits: which KMS key and data key protect it and
 * for what purpose. Reading it needs no key and reveals no plaintext. From
 * {@link Decryptor#parseHeader(byte[])}.
 *
 * @param formatVersion the format version (1)
 * @param algorithmId the payload algorithm (1: AES-256-GCM, 96-bit nonce, 128-bit tag)
 * @param purpose what the data key is for ("payload", "dead-letter"); part of its KMS encryption
 *     context
 * @param kmsKeyId the KMS key that wrapped the data key
 * @param dataKeyId the data key's id, 32 hex characters (see {@link DataKeyIds})
 * @param encryptedKey the KMS-wrapped data key (a copy), e.g. to unwrap it by hand with KMS Decrypt
 * @param headerLength bytes from the start of the envelope to the end of the nonce
 * @param ciphertextLength bytes of ciphertext and tag after the header (the plaintext has 16 fewer)
 */
public record EnvelopeHeader(
        int formatVersion,
        int algorithmId,
        String purpose,
        String kmsKeyId,
        String dataKeyId,
        byte[] encryptedKey,
        int headerLength,
        int ciphertextLength) {

    public EnvelopeHeader {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        Objects.requireNonNull(dataKeyId, "dataKeyId");
        encryptedKey = Objects.requireNonNull(encryptedKey, "encryptedKey").clone();
    }

    /** A copy of the KMS-wrapped data key. */
    @Override
    public byte[] encryptedKey() {
        return encryptedKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnvelopeHeader other
                && formatVersion == other.formatVersion
                && algorithmId == other.algorithmId
                && purpose.equals(other.purpose)
                && kmsKeyId.equals(other.kmsKeyId)
                && dataKeyId.equals(other.dataKeyId)
                && Arrays.equals(encryptedKey, other.encryptedKey)
                && headerLength == other.headerLength
                && ciphertextLength == other.ciphertextLength;
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(formatVersion, algorithmId, purpose, kmsKeyId, dataKeyId, headerLength,
                ciphertextLength) + Arrays.hashCode(encryptedKey);
    }

    @Override
    public String toString() {
        return "EnvelopeHeader[version=" + formatVersion
                + ", algorithm=" + (algorithmId == EnvelopeFormat.AES_256_GCM ? "AES-256-GCM" : algorithmId)
                + ", purpose=" + purpose
                + ", kmsKeyId=" + kmsKeyId
                + ", dataKeyId=" + dataKeyId
                + ", encryptedKey=" + encryptedKey.length + " bytes"
                + ", header=" + headerLength + " bytes"
                + ", ciphertext=" + ciphertextLength + " bytes]";
    }
}
