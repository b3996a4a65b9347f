package io.contactshield.serdes.crypto;

import io.contactshield.serdes.kms.KmsException;

/**
 * Hears about data-key events on the encrypting side, so that the pipeline can audit them. Ids
 * only: no method ever receives key material.
 *
 * <p>Called on the thread that caused the event (a record's thread on a cold start, a background
 * thread on a refresh), outside the cache's locks. Implementations must be quick, must not throw
 * (what they throw is logged and ignored) and must not call back into the cache.
 */
public interface DataKeyListener {

    /** Does nothing. */
    DataKeyListener NONE = new DataKeyListener() {
    };

    /**
     * A data key was generated, before it is first used.
     *
     * @param kmsKeyId the KMS key that wrapped it (the ARN the KMS returned)
     * @param dataKeyId its id ({@link DataKeyIds#of(byte[])})
     */
    default void onGenerated(String tenantId, String purpose, String kmsKeyId, String dataKeyId) {
    }

    /**
     * GenerateDataKey failed, on a cold start or for a refresh. {@code kmsKeyId} is the configured
     * key id; {@code failure} says why and whether a retry may help.
     */
    default void onGenerationFailed(String tenantId, String purpose, String kmsKeyId, KmsException failure) {
    }

    /**
     * A data key was taken out of use (rotated, idle, past its hard limit, or the cache closed). It
     * is destroyed once its last lease closes. The counts include leases refused at a limit, so they
     * may exceed the limit by a few.
     */
    default void onRetired(String tenantId, String purpose, String dataKeyId, long messages, long bytes) {
    }
}
