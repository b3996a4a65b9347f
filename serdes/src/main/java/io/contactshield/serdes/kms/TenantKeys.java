package io.contactshield.serdes.kms;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which KMS key protects each tenant's data, and the quarantine key for data whose tenant is
 * unknown. Configuration, immutable.
 *
 * @param byTenant tenant id to KMS key id (key ARN, key id, alias name or alias ARN)
 * @param quarantineKeyId the KMS key for dead letters of unknown tenants, if configured
 */
public record TenantKeys(Map<String, String> byTenant, Optional<String> quarantineKeyId) {

    public TenantKeys {
        byTenant = Map.copyOf(byTenant);
        Objects.requireNonNull(quarantineKeyId, "quarantineKeyId");
        byTenant.forEach((tenant, key) -> {
            if (tenant.isBlank() || key.isBlank()) {
                throw new IllegalArgumentException("Tenant ids and KMS key ids must not be blank");
            }
        });
    }

    /**
     * The KMS key of {@code tenantId}.
     *
     * @throws UnknownTenantException if none is configured
     */
    public String keyIdFor(String tenantId) {
        String keyId = byTenant.get(tenantId);
        if (keyId == null) {
            throw new UnknownTenantException(tenantId);
        }
        return keyId;
    }

    public boolean knows(String tenantId) {
        return byTenant.containsKey(tenantId);
    }
}
