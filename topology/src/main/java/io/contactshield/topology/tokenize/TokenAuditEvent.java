package io.contactshield.topology.tokenize;

import io.contactshield.schemas.AuditAction;
import java.time.Instant;
import java.util.Objects;

/**
 * What a token-key operation or a detokenization did, for the audit topic. Holds ids, versions and
 * reason codes only: never a value, a token or key material.
 *
 * @param time when it happened
 * @param action {@code TOKEN_KEY_CREATED}, {@code TOKEN_KEY_ROTATED}, {@code TENANT_SHREDDED},
 *               {@code DETOKENIZED} or {@code DETOKENIZE_DENIED}
 * @param tenantId the tenant
 * @param type the entity type, for detokenization when the token said it; else null
 * @param keyVersion the token key version concerned (for a shred: the highest shredded); null if unknown
 * @param principal who asked
 * @param reason the {@link DetokenizationException.Reason} of a denial; else null
 * @param kmsKeyId the KMS key that wraps a created key; else null
 */
public record TokenAuditEvent(Instant time, AuditAction action, String tenantId, String type, Integer keyVersion,
        String principal, String reason, String kmsKeyId) {

    public TokenAuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(principal, "principal");
    }
}
