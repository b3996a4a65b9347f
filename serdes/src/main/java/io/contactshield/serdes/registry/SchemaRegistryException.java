package io.contactshield.serdes.registry;

/**
 * A schema registry call failed.
 *
 * <p>Unchecked, like Kafka's own errors: it mostly surfaces through a {@code Serializer} or
 * {@code Deserializer}, whose signatures allow no checked exceptions, and callers that care
 * catch one of the subclasses:
 *
 * <ul>
 *   <li>{@link SchemaRegistryNotFoundException}: 404 (subject, version or schema id unknown);
 *   <li>{@link IncompatibleSchemaException}: 409, the schema breaks the subject's compatibility;
 *   <li>{@link InvalidSchemaException}: 422 with error code 42201, the registry rejected the schema;
 *   <li>{@link SchemaRegistryAuthException}: 401 or 403;
 *   <li>{@link SchemaRegistryUnavailableException}: I/O errors, 5xx, 408 or 429 that outlived
 *       every retry. The only kind worth retrying later.
 * </ul>
 *
 * Anything else (400, other 4xx, an unparseable answer) is a plain {@code SchemaRegistryException}.
 *
 * <p>{@link #httpStatus()} and {@link #errorCode()} are what the registry answered;
 * {@link #registryMessage()} is the {@code message} of its JSON error body, cut to a bounded length
 * and stripped of line breaks so it cannot forge log lines. Messages never contain credentials.
 */
public class SchemaRegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@link #httpStatus()} when no HTTP response was received (I/O failure, interrupted, mock). */
    public static final int NO_HTTP_STATUS = 0;

    /** {@link #errorCode()} when the registry's answer carried no {@code error_code}. */
    public static final int NO_ERROR_CODE = -1;

    private final int httpStatus;
    private final int errorCode;
    private final String registryMessage;

    public SchemaRegistryException(
            String message, int httpStatus, int errorCode, String registryMessage, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.registryMessage = registryMessage;
    }

    public SchemaRegistryException(String message, int httpStatus, int errorCode, String registryMessage) {
        this(message, httpStatus, errorCode, registryMessage, null);
    }

    /** The HTTP status of the registry's answer, or {@link #NO_HTTP_STATUS}. */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The registry's {@code error_code} (Confluent's five-digit codes such as 40401, or Apicurio's
     * 0 on a 409), or {@link #NO_ERROR_CODE}.
     */
    public int errorCode() {
        return errorCode;
    }

    /** The registry's own {@code message}, sanitised; {@code null} when it sent none. */
    public String registryMessage() {
        return registryMessage;
    }
}
