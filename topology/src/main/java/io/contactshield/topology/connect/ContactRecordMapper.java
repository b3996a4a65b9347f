package io.contactshield.topology.connect;
// TEMPORARY STUB: replaced by branch h-connect.
public final class ContactRecordMapper {
    public ContactRecordMapper(ConnectTenants tenants) { }
    public ContactRecord map(byte[] json) throws ContactRecordException {
        throw new ContactRecordException(ContactRecordException.Reason.UNMAPPABLE_JSON, "stub", null);
    }
}
