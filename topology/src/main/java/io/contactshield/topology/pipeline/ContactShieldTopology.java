package io.contactshield.topology.pipeline;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * The contact-shield topology, built in one place for the application, the demo and the tests.
 *
 * <pre>
 * contacts.raw ───── protect-contacts ───────┐
 * connect.ctr.raw ── protect-connect-records ┴─ merge ─ split ─┬─ protected ─> contacts.protected
 *                      (dedupe store)                          ├─ audit ─────> contacts.audit
 *                                                              └─ dead-letter > contacts.dlq
 * </pre>
 *
 * The protect steps emit, per input record, its protected event or dead letter and its audit
 * event, all serialized; {@code split()} routes them. Inputs are read as bytes: decoding is part of
 * protecting, so a record that does not decode becomes a dead letter rather than a deserialization
 * exception. Record keys of the outputs are the contact id (null for a dead letter whose contact
 * id is unknown). Exact repeats of contact records are found in a window store whose changelog
 * makes it survive restarts; it relies on {@code connect.ctr.raw} being keyed by ContactId (or
 * at least partitioned by it), so that repeats of one contact reach the same task.
 */
public final class ContactShieldTopology {

    /**
     * Header a dead-letter replay sets on a replayed record: how often it was dead-lettered before.
     * The pipeline counts it up in the record's next dead letter ({@code DeadLetter.attempts}).
     */
    public static final String DEAD_LETTER_ATTEMPTS_HEADER = "contact-shield.dead-letter.attempts";

    private ContactShieldTopology() {
    }

    public static Topology build(PipelineParts parts) {
        Objects.requireNonNull(parts, "parts");
        PipelineTopics topics = parts.topics();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(ProtectProcessor.DEDUPE_STORE, parts.dedupeRetention(),
                        parts.dedupeRetention(), false),
                Serdes.String(), Serdes.Long()));

        KStream<String, Output> contacts = builder
                .stream(topics.contacts(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("contacts"))
                .process(() -> new ProtectProcessor(InputFormat.AVRO, parts), Named.as("protect-contacts"));
        KStream<String, Output> connectRecords = builder
                .stream(topics.connectRecords(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("connect-records"))
                .process(() -> new ProtectProcessor(InputFormat.CONNECT_CTR, parts),
                        Named.as("protect-connect-records"), ProtectProcessor.DEDUPE_STORE);

        contacts.merge(connectRecords, Named.as("outputs"))
                .split(Named.as("route-"))
                .branch((key, output) -> output.kind() == Output.Kind.PROTECTED,
                        Branched.withConsumer(stream -> to(stream, topics.protectedContacts()), "protected"))
                .branch((key, output) -> output.kind() == Output.Kind.AUDIT,
                        Branched.withConsumer(stream -> to(stream, topics.audit()), "audit"))
                .branch((key, output) -> output.kind() == Output.Kind.DEAD_LETTER,
                        Branched.withConsumer(stream -> to(stream, topics.deadLetters()), "dead-letter"))
                .noDefaultBranch();
        return builder.build();
    }

    private static void to(KStream<String, Output> stream, String topic) {
        stream.mapValues(Output::value, Named.as("serialized-" + topic))
                .to(topic, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("to-" + topic));
    }
}
