package io.contactshield.topology.tokenize;

import io.contactshield.schemas.AuditAction;
import io.contactshield.serdes.kms.KmsException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns reversible tokens back into values, for callers entrusted with the tenants' token keys:
 * it reads them from the {@link Keyring}, which unwraps them with its KMS permissions. Every call,
 * returned or refused, is audited ({@code DETOKENIZED} or {@code DETOKENIZE_DENIED}) with the
 * principal, tenant, type and key version, never the value; the audit is emitted before the value
 * is returned, so a failing audit sink means no value.
 *
 * <p>Thread-safe.
 */
public final class Detokenizer {

    private final KeySource keys;
    private final TokenAuditSink audit;
    private final Clock clock;

    public Detokenizer(Keyring keyring, TokenAuditSink audit) {
        this(KeySource.of(Objects.requireNonNull(keyring, "keyring")), audit, Clock.systemUTC());
    }

    Detokenizer(KeySource keys, TokenAuditSink audit, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The value of a self-describing reversible token ({@code tok_<TYPE>_v<n>_...}).
     *
     * @throws DetokenizationException if refused, with the reason (also audited)
     */
    public String detokenize(String tenantId, String token, String principal) {
        checkArguments(tenantId, token, principal);
        Optional<TokenFormat.Parsed> parsed = TokenFormat.parse(token);
        if (parsed.isEmpty()) {
            throw deny(tenantId, null, null, principal, DetokenizationException.Reason.MALFORMED_TOKEN,
                    "Not a self-describing token", null);
        }
        TokenFormat.Parsed p = parsed.get();
        if (!p.reversible()) {
            throw deny(tenantId, p.type(), p.keyVersion(), principal, DetokenizationException.Reason.NOT_REVERSIBLE,
                    "A one-way token has no value to return", null);
        }
        TokenKey key = key(tenantId, p.type(), p.keyVersion(), principal);
        byte[] plaintext;
        try {
            plaintext = key.siv(p.type()).decryptDeterministically(p.payload(),
                    Tokenizer.associatedData(tenantId, p.type(), p.keyVersion()));
        } catch (GeneralSecurityException e) {
            throw deny(tenantId, p.type(), p.keyVersion(), principal, DetokenizationException.Reason.AUTHENTICATION_FAILED,
                    "The token was not made by this tenant's key for this type, or was altered", null);
        } catch (TokenKeyException e) {
            throw denyShredded(tenantId, p.type(), p.keyVersion(), principal, e);
        }
        try {
            String value = new String(plaintext, StandardCharsets.UTF_8);
            allow(tenantId, p.type(), p.keyVersion(), principal);
            return value;
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    /**
     * The value of a format-preserving (FF1) token. Such a token does not say its type or key
     * version, so the caller does: the policy names the type of the field, and the version is the
     * one the token was made with (recorded in the record's audit event). FF1 does not
     * authenticate: a wrong version or type gives wrong digits, not an error.
     *
     * @throws DetokenizationException if refused, with the reason (also audited)
     */
    public String detokenizeFormatPreserving(String tenantId, String type, int keyVersion, String token, String principal) {
        checkArguments(tenantId, token, principal);
        TokenFormat.checkType(type);
        if (TokenFormat.isSelfDescribing(token)) {
            // A value FF1 could not take was tokenized reversibly instead.
            return detokenize(tenantId, token, principal);
        }
        if (!Ff1Digits.accepts(token)) {
            throw deny(tenantId, type, keyVersion, principal, DetokenizationException.Reason.MALFORMED_TOKEN,
                    "Not a format-preserving token", null);
        }
        TokenKey key = key(tenantId, type, keyVersion, principal);
        byte[] ff1Key;
        try {
            ff1Key = key.ff1Key(type);
        } catch (TokenKeyException e) {
            throw denyShredded(tenantId, type, keyVersion, principal, e);
        }
        try {
            String value = Ff1Digits.decrypt(ff1Key, Tokenizer.tweak(tenantId, type), token).orElseThrow();
            allow(tenantId, type, keyVersion, principal);
            return value;
        } finally {
            Arrays.fill(ff1Key, (byte) 0);
        }
    }

    private TokenKey key(String tenantId, String type, int version, String principal) {
        try {
            return keys.version(tenantId, version);
        } catch (TokenKeyException e) {
            if (e.reason() == TokenKeyException.Reason.SHREDDED) {
                throw denyShredded(tenantId, type, version, principal, e);
            }
            throw deny(tenantId, type, version, principal, DetokenizationException.Reason.UNKNOWN_KEY,
                    e.getMessage(), e);
        } catch (KmsException e) {
            throw deny(tenantId, type, version, principal, DetokenizationException.Reason.KEY_UNAVAILABLE,
                    "The token key could not be unwrapped (" + e.reason() + ")", e);
        }
    }

    private DetokenizationException denyShredded(String tenantId, String type, int version, String principal,
            TokenKeyException e) {
        return deny(tenantId, type, version, principal, DetokenizationException.Reason.TENANT_SHREDDED,
                e.getMessage(), e);
    }

    private void allow(String tenantId, String type, int version, String principal) {
        audit.emit(new TokenAuditEvent(clock.instant(), AuditAction.DETOKENIZED, tenantId, type, version, principal,
                null, null));
    }

    private DetokenizationException deny(String tenantId, String type, Integer version, String principal,
            DetokenizationException.Reason reason, String message, Throwable cause) {
        audit.emit(new TokenAuditEvent(clock.instant(), AuditAction.DETOKENIZE_DENIED, tenantId, type, version, principal,
                reason.name(), null));
        return new DetokenizationException(reason, "Detokenization for tenant " + tenantId + " refused ("
                + reason + "): " + message, cause);
    }

    private static void checkArguments(String tenantId, String token, String principal) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(principal, "principal");
        if (principal.isBlank()) {
            throw new IllegalArgumentException("Detokenization needs the principal that asks, for the audit trail");
        }
    }
}
