package io.contactshield.demo;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerdeConfig;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The embedded demo, with no setup: starts a real Kafka broker in this JVM, produces invented
 * contact events to {@code contacts.raw} in the Confluent wire format through an in-memory schema
 * registry, and reads them back with a separate deserializer, checking every byte of the header and
 * every record.
 *
 * <p>It shows the input side only, because that is what exists so far; it says so in its output.
 * Its report holds counts, sizes and ids, never a record's content.
 */
public final class EmbeddedDemo {

    static final String TOPIC = "contacts.raw";
    private static final String REGISTRY_URL = "mock://contact-shield-demo";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private EmbeddedDemo() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        if (count < 1) {
            System.err.println("usage: contact-shield-demo [number of events, at least 1]");
            System.exit(2);
        }
        boolean ok = run(count, System.out);
        System.exit(ok ? 0 : 1);
    }

    /** Runs the demo and reports to {@code out}; true when every event came back intact. */
    static boolean run(int count, PrintStream out) {
        out.println("contact-shield embedded demo");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            broker.createTopic(TOPIC, 3);
            out.printf("  broker     %s (in-process KRaft broker)%n", broker.bootstrapServers());
            out.printf("  registry   %s (in-memory, Confluent REST semantics)%n", REGISTRY_URL);

            Map<String, ContactEvent> sent = produce(broker.bootstrapServers(), count, out);
            return consumeAndCheck(broker.bootstrapServers(), sent, out);
        }
    }

    private static Map<String, ContactEvent> produce(String bootstrap, int count, PrintStream out) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all");
        // Serializer instances handed to a producer are not configured by it.
        AvroSerializer<ContactEvent> serializer = new AvroSerializer<>();
        serializer.configure(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, REGISTRY_URL), false);
        Map<String, ContactEvent> sent = new HashMap<>();
        long started = System.nanoTime();
        try (KafkaProducer<String, ContactEvent> producer =
                new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (int i = 0; i < count; i++) {
                ContactEvent event = SampleContacts.contact(i);
                sent.put(event.getEventId(), event);
                producer.send(new ProducerRecord<>(TOPIC, event.getContactId(), event));
            }
            producer.flush();
        }
        out.printf("  produced   %d ContactEvent records to %s in %d ms%n",
                count, TOPIC, (System.nanoTime() - started) / 1_000_000);
        return sent;
    }

    private static boolean consumeAndCheck(String bootstrap, Map<String, ContactEvent> sent, PrintStream out) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "contact-shield-demo",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A deserializer of its own, as a downstream consumer would have: it finds the writer's
        // schema by the id in each record and reads into the generated class.
        AvroDeserializer<ContactEvent> deserializer = new AvroDeserializer<>();
        deserializer.configure(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, REGISTRY_URL,
                AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true), false);

        Set<Integer> schemaIds = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        long bytes = 0;
        int mismatches = 0;
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        try (deserializer;
                KafkaConsumer<String, byte[]> consumer =
                        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            while (seen.size() < sent.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    ByteBuffer wire = ByteBuffer.wrap(record.value());
                    if (wire.get() != 0) {
                        mismatches++;
                        continue;
                    }
                    schemaIds.add(wire.getInt());
                    bytes += record.value().length;
                    ContactEvent event = deserializer.deserialize(record.topic(), record.value());
                    // sent.equals(read), not the other way round: Avro's own array equals() cannot
                    // compare the timestamps inside transcript segments.
                    ContactEvent original = sent.get(event.getEventId());
                    boolean intact = original != null && original.equals(event)
                            && event.getContactId().equals(record.key());
                    boolean firstTime = seen.add(event.getEventId());
                    if (!intact || !firstTime) {
                        mismatches++;
                    }
                }
            }
        }
        boolean ok = mismatches == 0 && seen.size() == sent.size();
        out.printf("  consumed   %d records (%d expected), %d not matching what was sent%n",
                seen.size(), sent.size(), mismatches);
        out.printf("  wire       magic byte 0, schema id(s) %s, %d bytes per record on average%n",
                schemaIds, seen.isEmpty() ? 0 : bytes / seen.size());
        out.println(ok ? "  result     OK: every event read back intact"
                       : "  result     FAILED: events were lost, duplicated or changed");
        out.println();
        out.println("Not built yet: classification, tokenization, envelope encryption and the audit and");
        out.println("dead-letter topics (the open issues). This demo shows the input side only.");
        return ok;
    }
}
