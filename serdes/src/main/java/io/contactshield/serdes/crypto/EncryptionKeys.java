package io.contactshield.serdes.crypto;

/**
 * Where the encrypting side gets its data keys: per tenant and purpose, reused within usage limits
 * and refreshed in the background, so the hot path makes no KMS call.
 */
public interface EncryptionKeys {

    /**
     * A lease on the current data key of {@code tenantId} for {@code purpose}, counting one message
     * of {@code plaintextBytes} against the key's limits.
     *
     * @throws io.contactshield.serdes.kms.UnknownTenantException if no KMS key is configured for the
     *     tenant (not retriable: route the record to the dead-letter path)
     * @throws KeyUnavailableException if no usable key can be had now (retriable: stop and retry)
     * @throws io.contactshield.serdes.kms.KmsException if the KMS refuses the tenant's key (access
     *     denied, disabled, not found: a deliberate act such as crypto-shredding; not retriable
     *     until the key is usable again)
     */
    DataKeyLease lease(String tenantId, String purpose, int plaintextBytes);
}
