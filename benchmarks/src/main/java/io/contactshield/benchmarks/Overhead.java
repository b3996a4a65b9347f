package io.contactshield.benchmarks;

/**
 * Bytes one protected message costs beyond its plaintext, measured on a real message.
 *
 * @param variant who made the message
 * @param plaintextBytes the payload's length
 * @param messageBytes the protected message's length
 * @param encryptedDataKeyBytes the KMS-wrapped data key it carries; 0 if none
 */
record Overhead(String variant, int plaintextBytes, int messageBytes, int encryptedDataKeyBytes) {

    int bytes() {
        return messageBytes - plaintextBytes;
    }

    /** The overhead with the data key wrapped by AWS KMS (184 bytes) instead of the test server. */
    int bytesWithAwsKms() {
        return encryptedDataKeyBytes == 0 ? bytes()
                : bytes() - encryptedDataKeyBytes + KmsFixture.AWS_ENCRYPTED_DATA_KEY_BYTES;
    }

    /** One line, greppable in JMH's output: {@code grep '^# overhead'}. */
    String line() {
        String key = encryptedDataKeyBytes == 0 ? "no data key in the message"
                : "encrypted data key " + encryptedDataKeyBytes + " B here, " + bytesWithAwsKms()
                        + " B with AWS KMS's " + KmsFixture.AWS_ENCRYPTED_DATA_KEY_BYTES + "-byte blob";
        return String.format("# overhead %-24s payload %6d B -> message %6d B: %4d B (%s)",
                variant, plaintextBytes, messageBytes, bytes(), key);
    }
}
