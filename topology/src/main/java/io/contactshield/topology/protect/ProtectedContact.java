package io.contactshield.topology.protect;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.Finding;
import io.contactshield.schemas.FindingSummary;
import java.util.List;
import java.util.Objects;

/**
 * What {@link RecordProtector} made of one contact event.
 *
 * @param contact the readable view: a copy of the event with every finding protected, for
 *     {@code ProtectedContactEvent.contact}
 * @param findings every finding with the action taken, in the classifier's order, for
 *     {@code AuditEvent.findings}; field paths, types, offsets, confidence and detector, never a value
 * @param summary one entry per (entity type, action) with its count, ordered by type then action,
 *     for {@code ProtectedContactEvent.findings} and {@code AuditEvent.summary}
 * @param tokenKeyVersion the tenant token key version that made the tokens and hashes (the newest,
 *     should a rotation land between two values of one event), or null if none was made
 */
public record ProtectedContact(ContactEvent contact, List<Finding> findings, List<FindingSummary> summary,
        Integer tokenKeyVersion) {

    public ProtectedContact {
        Objects.requireNonNull(contact, "contact");
        findings = List.copyOf(findings);
        summary = List.copyOf(summary);
    }

    // The view may still hold personal data no detector found, and Avro's toString prints every
    // field: show counts only.
    @Override
    public String toString() {
        return "ProtectedContact[findings=" + findings.size() + ", summary=" + summaryText() + "]";
    }

    private String summaryText() {
        StringBuilder text = new StringBuilder("[");
        for (FindingSummary entry : summary) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(entry.getEntityType()).append(' ').append(entry.getAction()).append('=').append(entry.getCount());
        }
        return text.append(']').toString();
    }
}
