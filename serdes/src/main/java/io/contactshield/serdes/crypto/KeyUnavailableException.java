package io.contactshield.serdes.crypto;

/**
 * No data key can be had right now (the KMS is down or throttling and every cached key is past its
 * hard limit). Retriable: the caller must stop, retry later, and emit nothing in the meantime.
 */
public class KeyUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
