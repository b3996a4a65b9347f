package io.contactshield.topology.tokenize;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a tenant's token key, as the keyring holds it: no key material.
 *
 * @param tenantId the tenant
 * @param version 1, 2, ... in order of creation
 * @param kmsKeyId the KMS key that wraps it
 * @param createdAt when it was created
 * @param current whether new tokens use it (the highest live version); older versions only detokenize
 */
public record TokenKeyInfo(String tenantId, int version, String kmsKeyId, Instant createdAt, boolean current) {

    public TokenKeyInfo {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
