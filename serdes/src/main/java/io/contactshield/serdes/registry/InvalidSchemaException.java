package io.contactshield.serdes.registry;

/** The registry answered 422 with error code 42201: it could not accept the schema as Avro. */
public class InvalidSchemaException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    /** Confluent: invalid schema. */
    public static final int INVALID_SCHEMA = 42201;

    public InvalidSchemaException(String message, int httpStatus, int errorCode, String registryMessage) {
        super(message, httpStatus, errorCode, registryMessage);
    }
}
