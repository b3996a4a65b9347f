package io.contactshield.topology.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * The topics of the pipeline.
 *
 * @param contacts Avro {@code ContactEvent}s in the Confluent wire format
 * @param connectRecords Amazon Connect contact records as JSON, keyed by ContactId
 * @param protectedContacts {@code ProtectedContactEvent}s, keyed by contact id
 * @param audit {@code AuditEvent}s, one per input record
 * @param deadLetters {@code DeadLetter}s, the originals encrypted
 */
public record PipelineTopics(String contacts, String connectRecords, String protectedContacts, String audit,
        String deadLetters) {

    public static final PipelineTopics DEFAULTS =
            new PipelineTopics("contacts.raw", "connect.ctr.raw", "contacts.protected", "contacts.audit", "contacts.dlq");

    public PipelineTopics {
        List<String> all = List.of(
                Objects.requireNonNull(contacts, "contacts"),
                Objects.requireNonNull(connectRecords, "connectRecords"),
                Objects.requireNonNull(protectedContacts, "protectedContacts"),
                Objects.requireNonNull(audit, "audit"),
                Objects.requireNonNull(deadLetters, "deadLetters"));
        if (all.stream().distinct().count() != all.size()) {
            throw new IllegalArgumentException("The pipeline's five topics must all differ: " + all);
        }
        if (all.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("Topic names must not be blank: " + all);
        }
    }

    public List<String> inputs() {
        return List.of(contacts, connectRecords);
    }

    public List<String> outputs() {
        return List.of(protectedContacts, audit, deadLetters);
    }
}
