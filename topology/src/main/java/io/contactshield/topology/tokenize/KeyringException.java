package io.contactshield.topology.tokenize;

/** The keyring could not read or write its Kafka topic in time. Retrying later may help. */
public class KeyringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyringException(String message, Throwable cause) {
        super(message, cause);
    }
}
