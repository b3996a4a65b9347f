package io.contactshield.serdes.crypto;

import java.util.Objects;

/**
 * Which record a payload belongs to. It is bound into every envelope as associated data, so a
 * ciphertext moved to another tenant or another record fails to decrypt. Ids, never personal data.
 */
public record RecordIdentity(String tenantId, String contactId, String eventId) {

    public RecordIdentity {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(eventId, "eventId");
    }
}
