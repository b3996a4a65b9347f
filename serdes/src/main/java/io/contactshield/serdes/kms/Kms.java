package io.contactshield.serdes.kms;

import java.util.Map;

/**
 * The key management service, as contact-shield needs it: data keys for envelopes, and wrapping of
 * the keys it keeps (token keys). A port with adapters ({@link AwsKms}, {@link LocalKms}) and
 * decorators that add retrying, metrics and caching by wrapping another {@code Kms}.
 *
 * <p>{@code keyId} is what the KMS accepts: a key ARN, a key id, an alias name ({@code alias/x})
 * or an alias ARN. The encryption context is bound to every wrapped key: unwrapping with another
 * context fails. Every failure is a {@link KmsException} that says whether a retry may help.
 *
 * <p>Implementations are thread-safe.
 */
public interface Kms extends AutoCloseable {

    /**
     * A fresh AES-256 data key, in plaintext and wrapped under {@code keyId} with
     * {@code encryptionContext} (KMS GenerateDataKey). The caller owns the plaintext and destroys it.
     */
    DataKey generateDataKey(String keyId, Map<String, String> encryptionContext);

    /**
     * Unwraps a data key (KMS Decrypt). {@code keyId} pins the KMS key that must have wrapped it: a
     * blob wrapped under another key fails, even where the caller could unwrap it.
     */
    PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext);

    /** Wraps up to 4 KiB of key material under {@code keyId} (KMS Encrypt), for keys we store. */
    byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext);

    /**
     * The ARN of the key that {@code keyId} names (KMS DescribeKey), failing if it does not exist or
     * is not enabled: a start-up check that the configured keys are usable.
     */
    String describeKey(String keyId);

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {
    }
}
