package io.contactshield.topology.connect;

import io.contactshield.schemas.ContactEvent;
import java.util.Objects;

/**
 * A contact record mapped to a contact event.
 *
 * @param event the contact event
 * @param dedupeKey {@code ContactId + "|" + LastUpdateTimestamp} in epoch millis: equal for a
 *     redelivery of the same version of a contact record, different for a newer version. Null when
 *     the record has no LastUpdateTimestamp, which means it cannot be told apart from a newer version
 *     and is never dropped as a repeat.
 */
public record ContactRecord(ContactEvent event, String dedupeKey) {

    public ContactRecord {
        Objects.requireNonNull(event, "event");
    }

    /** Names the event only by its derived id: the event and the key hold values from the input. */
    @Override
    public String toString() {
        return "ContactRecord[eventId=" + event.getEventId()
                + ", dedupeKey=" + (dedupeKey == null ? "absent" : "present") + "]";
    }
}
