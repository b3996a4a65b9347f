package io.contactshield.testkit.kms;

/**
 * An error the test server answers in AWS's JSON shape: {@code {"__type": TYPE, "message": ...}}
 * with an HTTP status. Thrown inside the server only.
 */
final class KmsError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;

    KmsError(String type, int status, String message) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    /** A client error (HTTP 400), the status AWS KMS uses for all of them. */
    static KmsError client(String type, String message) {
        return new KmsError(type, 400, message);
    }

    static KmsError validation(String message) {
        return client("ValidationException", message);
    }

    String type() {
        return type;
    }

    int status() {
        return status;
    }
}
