package io.contactshield.serdes.registry;

/**
 * The registry answered 401 (no or wrong credentials) or 403 (not allowed). Never retried: the
 * same credentials will get the same answer.
 */
public class SchemaRegistryAuthException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public SchemaRegistryAuthException(
            String message, int httpStatus, int errorCode, String registryMessage) {
        super(message, httpStatus, errorCode, registryMessage);
    }
}
