package io.contactshield.topology.connect;

/**
 * A contact record that cannot become a contact event. The message says what is wrong and where
 * (a field path of the contact-record data model, or a line and column) but never holds a value
 * from the record, so it may be logged and written to the dead letter as it is. There is never a
 * cause: the JSON parser's own exceptions quote the input.
 */
public final class ContactRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the record could not be mapped; picks the dead-letter reason and the metric tag. */
    public enum Reason {
        /** Not a JSON object, malformed, too large or too deep, or a known field of the wrong shape. */
        UNMAPPABLE_JSON,
        /** Neither InstanceARN nor AWSAccountId: nothing to route the record by. */
        MISSING_TENANT,
        /** An instance or account that no tenant is configured for. */
        UNKNOWN_TENANT
    }

    private final Reason reason;
    private final String contactId;

    ContactRecordException(Reason reason, String message, String contactId) {
        // No cause, and no suppression or writable stack trace games: the message is all there is.
        super(message);
        this.reason = reason;
        this.contactId = contactId;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * The record's ContactId, or null when it could not be read. Connect generates it (a UUID): it
     * is not personal data, so the dead letter may be keyed by it. It is kept out of the message all
     * the same, since a hostile producer chooses it.
     */
    public String contactId() {
        return contactId;
    }
}
