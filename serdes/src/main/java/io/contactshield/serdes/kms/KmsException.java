package io.contactshield.serdes.kms;

/**
 * A KMS call that failed, with the reason as the KMS gave it and whether trying again may help.
 * The message names the operation and the key id, never key material or a plaintext.
 */
public class KmsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a KMS call failed. */
    public enum Reason {
        /** The key or alias does not exist (NotFoundException). */
        NOT_FOUND(false),
        /** The caller may not use the key (AccessDeniedException, or an invalid grant). */
        ACCESS_DENIED(false),
        /** The key is disabled (DisabledException). */
        DISABLED(false),
        /** The key is pending deletion or import, or otherwise unusable (KMSInvalidStateException). */
        INVALID_STATE(false),
        /** The blob is not a ciphertext of this key with this context (InvalidCiphertextException). */
        INVALID_CIPHERTEXT(false),
        /** The request itself is wrong (validation, unsupported key spec, too much plaintext). */
        INVALID_REQUEST(false),
        /** The KMS is rate limiting (ThrottlingException, LimitExceededException). */
        THROTTLED(true),
        /** The KMS did not answer, or answered with a server error (I/O, timeout, 5xx, KMSInternalException). */
        UNAVAILABLE(true);

        private final boolean retriable;

        Reason(boolean retriable) {
            this.retriable = retriable;
        }

        /** Whether the same call may succeed later. */
        public boolean retriable() {
            return retriable;
        }
    }

    private final Reason reason;
    private final String operation;

    public KmsException(Reason reason, String operation, String message, Throwable cause) {
        super(operation + " failed (" + reason + "): " + message, cause);
        this.reason = reason;
        this.operation = operation;
    }

    public KmsException(Reason reason, String operation, String message) {
        this(reason, operation, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The KMS operation: GenerateDataKey, Decrypt, Encrypt or DescribeKey. */
    public String operation() {
        return operation;
    }

    /** Whether the same call may succeed later (throttling, outage), as opposed to never. */
    public boolean retriable() {
        return reason.retriable();
    }
}
