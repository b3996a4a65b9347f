package io.contactshield.serdes.crypto;

import org.apache.kafka.common.errors.SerializationException;

/**
 * An envelope that cannot be opened: it is not well formed ({@link MalformedEnvelopeException}) or
 * it does not authenticate for the record it was meant for ({@link EnvelopeAuthenticationException}).
 * Neither goes away on a retry. A Kafka {@link SerializationException}, so the clients' and Kafka
 * Streams' handling of bad records applies. Messages hold ids, offsets and sizes, never payload or
 * key bytes.
 */
public abstract class EnvelopeException extends SerializationException {

    private static final long serialVersionUID = 1L;

    EnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
