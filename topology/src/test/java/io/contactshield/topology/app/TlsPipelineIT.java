package io.contactshield.topology.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import io.contactshield.testkit.kafka.EmbeddedKafkaBroker.ClientListeners;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application against a broker that speaks TLS only: its Kafka Streams clients, the keyring,
 * the audit sink and the topic check all reach it through the TLS settings given in the
 * configuration as they are, and the events produced and read over TLS come out protected and
 * audited. Local KMS, in-memory registry, token keys created on first use.
 */
class TlsPipelineIT {

    private static final String PHONE = "+14155550123";
    private static final String EMAIL = "jane.roe@example.com";
    private static final String CARD = "4111 1111 1111 1111";
    private static final List<String> TENANTS = List.of("acme", "globex");
    private static final int EVENTS = 6;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static EmbeddedKafkaBroker broker;
    private static final String REGISTRY_SCOPE = "tls-pipeline-" + UUID.randomUUID();

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(ClientListeners.SSL, Map.of());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
        MockSchemaRegistry.dropScope(REGISTRY_SCOPE);
    }

    @TempDir
    static Path stateDir;

    @Test
    void eventsProducedOverTlsComeOutProtectedAndAudited() {
        Map<String, String> tls = new HashMap<>();
        broker.sslClientConfig().forEach((key, value) -> tls.put(key, value.toString()));
        Map<String, String> entries = new HashMap<>(tls);
        entries.put("application.id", "contact-shield-tls-it");
        entries.put("pipeline.instance.id", "tls-it");
        entries.put("pipeline.topics.create", "true");
        entries.put("pipeline.quarantine.kms.key.id", "local:quarantine");
        entries.put("tenant.acme.kms.key.id", "local:acme");
        entries.put("tenant.globex.kms.key.id", "local:globex");
        entries.put("kms.provider", "local");
        entries.put("kms.local.master.key.generate", "true");
        entries.put("schema.registry.url", "mock://" + REGISTRY_SCOPE);
        entries.put("keyring.auto.create", "true");
        entries.put("ops.http.host", "127.0.0.1");
        entries.put("ops.http.port", "0");
        entries.put("commit.interval.ms", "100");
        entries.put("state.dir", stateDir.toString());
        ContactShieldConfig config = ContactShieldConfig.of(entries);
        assertThat(config.unknownKafkaKeys()).isEmpty();
        assertThat(config.kafka()).containsAllEntriesOf(tls).containsEntry("security.protocol", "SSL");

        List<String> eventIds = new ArrayList<>();
        try (ContactShieldApplication app = ContactShieldApplication.create(config)) {
            app.start();
            awaitRunning(app.streams());
            produce(eventIds);

            List<byte[]> protectedRecords = consume("contacts.protected", bytes -> true, EVENTS);
            List<byte[]> protectedAudit = consume("contacts.audit",
                    bytes -> read(AuditEvent.class, "contacts.audit", bytes).getAction() == AuditAction.PROTECTED, EVENTS);

            assertThat(protectedRecords).extracting(bytes -> read(ProtectedContactEvent.class, "contacts.protected", bytes))
                    .extracting(ProtectedContactEvent::getEventId).containsExactlyInAnyOrderElementsOf(eventIds);
            assertThat(protectedRecords).extracting(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
                    .allSatisfy(text -> assertThat(text).doesNotContain(PHONE, EMAIL, CARD, "Jane Roe"));
            assertThat(protectedAudit).extracting(bytes -> read(AuditEvent.class, "contacts.audit", bytes))
                    .extracting(AuditEvent::getEventId).containsExactlyInAnyOrderElementsOf(eventIds);
        }
    }

    private static void awaitRunning(KafkaStreams streams) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            assertThat(System.nanoTime()).as("Kafka Streams RUNNING within %s, now %s", WAIT, streams.state())
                    .isLessThan(deadline);
            sleep(50);
        }
    }

    private static void produce(List<String> eventIds) {
        Map<String, Object> config = new HashMap<>(broker.sslClientConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(MockSchemaRegistry.forScope(REGISTRY_SCOPE));
        try (KafkaProducer<String, ContactEvent> producer = new KafkaProducer<>(config, new StringSerializer(), serializer)) {
            for (int i = 0; i < EVENTS; i++) {
                ContactEvent event = event(TENANTS.get(i % TENANTS.size()), i);
                eventIds.add(event.getEventId());
                producer.send(new ProducerRecord<>("contacts.raw", event.getContactId(), event));
            }
            producer.flush();
        }
    }

    private static ContactEvent event(String tenant, int index) {
        return ContactEvent.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setTenantId(tenant)
                .setEventTime(Instant.now())
                .setContactId("contact-" + index)
                .setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", null))
                .setCustomerName("Jane Roe")
                .setAgentNotes("Caller read card " + CARD + ", wants the receipt at " + EMAIL)
                .setTranscript(List.of(TranscriptSegment.newBuilder()
                        .setParticipantRole("CUSTOMER")
                        .setContent("Hi, this is Jane Roe, call me back on " + PHONE)
                        .build()))
                .build();
    }

    private static <T> T read(Class<T> type, String topic, byte[] bytes) {
        return new AvroDeserializer<>(MockSchemaRegistry.forScope(REGISTRY_SCOPE), type).deserialize(topic, bytes);
    }

    /**
     * Reads {@code topic} over TLS, read_committed, until {@code expected} record values pass
     * {@code wanted} or the wait ends; returns those values.
     */
    private static List<byte[]> consume(String topic, Predicate<byte[]> wanted, int expected) {
        Map<String, Object> config = new HashMap<>(broker.sslClientConfig());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "tls-it-" + topic);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<byte[]> records = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (records.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.test(record.value())) {
                        records.add(record.value());
                    }
                }
            }
        }
        assertThat(records).as("wanted records on %s within %s", topic, WAIT).hasSize(expected);
        return records;
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
