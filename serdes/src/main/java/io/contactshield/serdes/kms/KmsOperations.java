package io.contactshield.serdes.kms;

import java.util.Map;
import java.util.Objects;

/** The KMS operation names ({@link KmsException#operation()}, metric tags) and argument checks. */
final class KmsOperations {

    static final String GENERATE_DATA_KEY = "GenerateDataKey";
    static final String DECRYPT = "Decrypt";
    static final String ENCRYPT = "Encrypt";
    static final String DESCRIBE_KEY = "DescribeKey";

    /** What KMS Encrypt accepts. */
    static final int MAX_ENCRYPT_BYTES = 4096;

    private KmsOperations() {
    }

    static String checkKeyId(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isBlank()) {
            throw new IllegalArgumentException("The KMS key id must not be blank");
        }
        return keyId;
    }

    static Map<String, String> checkContext(Map<String, String> encryptionContext) {
        Objects.requireNonNull(encryptionContext, "encryptionContext");
        encryptionContext.forEach((name, value) -> {
            if (name == null || value == null) {
                throw new IllegalArgumentException("Encryption context names and values must not be null");
            }
        });
        return encryptionContext;
    }

    /** Whether {@code length} bytes can be an AES key, as {@link PlaintextKey#adopt} demands. */
    static boolean isAesKeyLength(int length) {
        return length == 16 || length == 24 || length == 32;
    }
}
