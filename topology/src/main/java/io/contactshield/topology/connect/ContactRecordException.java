package io.contactshield.topology.connect;
// TEMPORARY STUB
public final class ContactRecordException extends Exception {
    public enum Reason { UNMAPPABLE_JSON, MISSING_TENANT, UNKNOWN_TENANT }
    private final Reason reason; private final String contactId;
    public ContactRecordException(Reason reason, String message, String contactId) { super(message); this.reason = reason; this.contactId = contactId; }
    public Reason reason() { return reason; }
    public String contactId() { return contactId; }
}
