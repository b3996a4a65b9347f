package io.contactshield.serdes.registry;

/**
 * The registry could not be reached, or kept answering 5xx, 408 or 429, until the configured
 * attempts ran out (or the calling thread was interrupted). The cause is the last failure.
 *
 * <p>This is the transient kind: a deserialization error whose cause is this exception says
 * nothing about the record, so an error handler should fail or retry rather than dead-letter it.
 */
public class SchemaRegistryUnavailableException extends SchemaRegistryException {
    private static final long serialVersionUID = 1L;

    public SchemaRegistryUnavailableException(
            String message, int httpStatus, int errorCode, String registryMessage, Throwable cause) {
        super(message, httpStatus, errorCode, registryMessage, cause);
    }
}
