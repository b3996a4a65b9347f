package io.contactshield.topology.tokenize;

/**
 * A tenant has no usable token key. The message names the tenant and version, never key material.
 */
public class TokenKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why there is no key. */
    public enum Reason {
        /** The tenant was never provisioned (and auto-creation is off), or has no such version. */
        NO_KEY,
        /** The tenant's keys were shredded; only an explicit create gives it a new one. */
        SHREDDED
    }

    private final Reason reason;
    private final String tenantId;

    public TokenKeyException(Reason reason, String tenantId, String message) {
        super(message);
        this.reason = reason;
        this.tenantId = tenantId;
    }

    public Reason reason() {
        return reason;
    }

    public String tenantId() {
        return tenantId;
    }
}
