package io.contactshield.topology.pipeline;

import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.serdes.crypto.Encryptor;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.connect.ContactRecordMapper;
import io.contactshield.topology.protect.RecordProtector;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the topology's processors share. Built once by the application (or a test) and
 * handed to {@link ContactShieldTopology#build}; every part is thread-safe.
 *
 * @param topics the pipeline's topics
 * @param protector classifies an event and applies the policy
 * @param encryptor seals payloads and dead letters; its keys must know the tenants of
 *     {@code tenantKeys} and {@link #QUARANTINE_TENANT} (see {@link #encryptionKeys})
 * @param tenantKeys the configured tenants and their KMS keys; a record of any other tenant is dead-lettered
 * @param connectMapper maps Amazon Connect contact records
 * @param registry the schema registry, for reading inputs and writing outputs
 * @param metrics the pipeline's meters
 * @param application this build and instance, for audit events and dead letters
 * @param dedupeRetention how long a delivered contact record is remembered to drop exact repeats
 * @param maxRecordBytes the largest output record; a bigger protected event is dead-lettered
 *     instead of failing the producer over and over
 * @param clock for the times written into events
 */
public record PipelineParts(PipelineTopics topics, RecordProtector protector, Encryptor encryptor,
        TenantKeys tenantKeys, ContactRecordMapper connectMapper, SchemaRegistryClient registry,
        PipelineMetrics metrics, ApplicationInfo application, Duration dedupeRetention, int maxRecordBytes,
        Clock clock) {

    /**
     * The tenant id under which dead letters of unknown tenants are encrypted with the quarantine
     * key: the tenant of their envelope's identity and of the data key's KMS encryption context.
     * Tenant ids starting with an underscore are refused in configuration, so none can collide.
     */
    public static final String QUARANTINE_TENANT = "_quarantine";

    public PipelineParts {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(protector, "protector");
        Objects.requireNonNull(encryptor, "encryptor");
        Objects.requireNonNull(tenantKeys, "tenantKeys");
        Objects.requireNonNull(connectMapper, "connectMapper");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(dedupeRetention, "dedupeRetention");
        Objects.requireNonNull(clock, "clock");
        if (tenantKeys.quarantineKeyId().isEmpty()) {
            throw new IllegalArgumentException("The pipeline needs a quarantine KMS key for dead letters of unknown tenants");
        }
        if (tenantKeys.knows(QUARANTINE_TENANT)) {
            throw new IllegalArgumentException("'" + QUARANTINE_TENANT + "' is reserved and cannot be a tenant");
        }
        if (dedupeRetention.isNegative() || dedupeRetention.isZero()) {
            throw new IllegalArgumentException("The dedupe retention must be positive");
        }
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException("maxRecordBytes must be at least 1024, not " + maxRecordBytes);
        }
    }

    /**
     * The tenant keys the encryptor's data-key cache needs: the configured tenants plus
     * {@link #QUARANTINE_TENANT} under the quarantine key.
     */
    public static TenantKeys encryptionKeys(TenantKeys tenantKeys) {
        String quarantine = tenantKeys.quarantineKeyId().orElseThrow(() -> new IllegalArgumentException(
                "The pipeline needs a quarantine KMS key for dead letters of unknown tenants"));
        Map<String, String> byTenant = new HashMap<>(tenantKeys.byTenant());
        byTenant.put(QUARANTINE_TENANT, quarantine);
        return new TenantKeys(byTenant, tenantKeys.quarantineKeyId());
    }
}
