package io.contactshield.serdes.registry;

/**
 * The registry answered 409: the schema breaks the subject's compatibility level.
 *
 * <p>Confluent sends error code 409; Apicurio sends 0. Both are this exception: the HTTP status
 * decides.
 */
public class IncompatibleSchemaException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public IncompatibleSchemaException(
            String message, int httpStatus, int errorCode, String registryMessage) {
        super(message, httpStatus, errorCode, registryMessage);
    }
}
