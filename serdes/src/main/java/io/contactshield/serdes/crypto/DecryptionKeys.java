package io.contactshield.serdes.crypto;

import java.util.Map;

/**
 * Where the decrypting side gets plaintext data keys: unwrapped through the KMS once per data key,
 * then cached.
 */
public interface DecryptionKeys {

    /**
     * A lease on the plaintext of {@code encryptedKey}, wrapped under {@code kmsKeyId} with
     * {@code encryptionContext}.
     *
     * @throws io.contactshield.serdes.kms.KmsException if the KMS refuses (check
     *     {@link io.contactshield.serdes.kms.KmsException#retriable()})
     */
    DataKeyLease lease(String kmsKeyId, byte[] encryptedKey, Map<String, String> encryptionContext);
}
