package io.contactshield.serdes.registry;

/**
 * The registry answered 404: a subject, a version or a schema is not there.
 *
 * <p>{@link #missing()} reads Confluent's error codes. It is a hint, not a contract: Apicurio's
 * Confluent API answers 40401 (subject not found) for a schema that is unknown in an existing
 * subject, where Confluent answers 40403.
 */
public class SchemaRegistryNotFoundException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    /** Confluent: subject not found. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent: version not found. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent: schema not found (unknown id, or schema not registered under the subject). */
    public static final int SCHEMA_NOT_FOUND = 40403;

    /** What the registry said was missing. */
    public enum Missing {
        SUBJECT,
        VERSION,
        SCHEMA,
        /** A 404 with no or another error code, e.g. a wrong base URL. */
        UNKNOWN
    }

    public SchemaRegistryNotFoundException(
            String message, int httpStatus, int errorCode, String registryMessage) {
        super(message, httpStatus, errorCode, registryMessage);
    }

    public Missing missing() {
        switch (errorCode()) {
            case SUBJECT_NOT_FOUND:
                return Missing.SUBJECT;
            case VERSION_NOT_FOUND:
                return Missing.VERSION;
            case SCHEMA_NOT_FOUND:
                return Missing.SCHEMA;
            default:
                return Missing.UNKNOWN;
        }
    }
}
