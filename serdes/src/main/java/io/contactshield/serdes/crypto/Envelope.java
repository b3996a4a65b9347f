package io.contactshield.serdes.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * An encrypted payload as {@link Encryptor#encrypt} returns it: the envelope bytes, and the key ids
 * that audit events and {@code EncryptedPayload} repeat so that nobody has to parse the header.
 *
 * <p>{@link #bytes()} is the array itself, not a copy: the encryptor hands it over and keeps no
 * reference, as a Kafka serializer does with its result. {@code toString} shows ids and the size.
 *
 * @param kmsKeyId the KMS key that wrapped the data key (its ARN, as the KMS reported it)
 * @param dataKeyId the data key's id: 32 hex characters (see {@link DataKeyIds})
 * @param bytes the envelope, see docs/envelope-format.md
 */
public record Envelope(String kmsKeyId, String dataKeyId, byte[] bytes) {

    public Envelope {
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        Objects.requireNonNull(dataKeyId, "dataKeyId");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope other && kmsKeyId.equals(other.kmsKeyId) && dataKeyId.equals(other.dataKeyId)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(kmsKeyId, dataKeyId) + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Envelope[kmsKeyId=" + kmsKeyId + ", dataKeyId=" + dataKeyId + ", " + bytes.length + " bytes]";
    }
}
