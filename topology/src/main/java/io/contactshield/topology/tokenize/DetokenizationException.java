package io.contactshield.topology.tokenize;

/**
 * A detokenization that was refused. Every one is audited as {@code DETOKENIZE_DENIED} with
 * {@link #reason()}. The message never holds the token or a value.
 */
public class DetokenizationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the value was not returned. */
    public enum Reason {
        /** Not a token of the expected form. */
        MALFORMED_TOKEN,
        /** A one-way token: there is no value to return, by construction. */
        NOT_REVERSIBLE,
        /** The tenant has no token key of the token's version. */
        UNKNOWN_KEY,
        /** The tenant's token keys were shredded: its tokens are irreversible for good. */
        TENANT_SHREDDED,
        /** The token was not made with this key for this tenant and type, or was altered. */
        AUTHENTICATION_FAILED,
        /** The token key could not be unwrapped (KMS failure); trying later may help. */
        KEY_UNAVAILABLE
    }

    private final Reason reason;

    public DetokenizationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public DetokenizationException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
