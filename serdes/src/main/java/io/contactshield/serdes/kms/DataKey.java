package io.contactshield.serdes.kms;

import java.util.Objects;

/**
 * A data key as GenerateDataKey returns it: the plaintext, the same key wrapped by the KMS, and the
 * ARN of the KMS key that wrapped it. {@code toString} shows neither key.
 */
public final class DataKey implements AutoCloseable {

    private final String kmsKeyArn;
    private final PlaintextKey plaintext;
    private final byte[] encryptedKey;

    public DataKey(String kmsKeyArn, PlaintextKey plaintext, byte[] encryptedKey) {
        this.kmsKeyArn = Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        this.plaintext = Objects.requireNonNull(plaintext, "plaintext");
        this.encryptedKey = Objects.requireNonNull(encryptedKey, "encryptedKey").clone();
    }

    /** The ARN (or, for {@link LocalKms}, the name) of the KMS key that wrapped this data key. */
    public String kmsKeyArn() {
        return kmsKeyArn;
    }

    /** The plaintext key, owned by this object until {@link #close()}. */
    public PlaintextKey plaintext() {
        return plaintext;
    }

    /** A copy of the wrapped key, safe to store and to publish. */
    public byte[] encryptedKey() {
        return encryptedKey.clone();
    }

    /** Destroys the plaintext. */
    @Override
    public void close() {
        plaintext.destroy();
    }

    @Override
    public String toString() {
        return "DataKey[kmsKey=" + kmsKeyArn + ", encryptedKey=" + encryptedKey.length + " bytes, plaintext redacted]";
    }
}
