package io.contactshield.serdes.crypto;

import java.util.Objects;

/**
 * A well-formed envelope that does not authenticate for the record it was opened for: a byte of it
 * was changed, or it belongs to another tenant or another record, or its data key was not wrapped
 * for the expected tenant (KMS answered InvalidCiphertext). No plaintext was released. The message
 * names the expected record's ids and the data-key id, nothing else.
 */
public class EnvelopeAuthenticationException extends EnvelopeException {

    private static final long serialVersionUID = 1L;

    // Transient: RecordIdentity is not serializable, and the message holds the same ids.
    private final transient RecordIdentity expected;
    private final String dataKeyId;

    EnvelopeAuthenticationException(RecordIdentity expected, String dataKeyId, Throwable cause) {
        super("Envelope with data key " + dataKeyId + " failed authentication for tenant '" + expected.tenantId()
                + "', contact '" + expected.contactId() + "', event '" + expected.eventId()
                + "': it was altered, or it belongs to another tenant or record", cause);
        this.expected = Objects.requireNonNull(expected, "expected");
        this.dataKeyId = dataKeyId;
    }

    /** The record the envelope was opened for. */
    public RecordIdentity expected() {
        return expected;
    }

    /** The data-key id from the envelope header (32 hex characters). */
    public String dataKeyId() {
        return dataKeyId;
    }
}
