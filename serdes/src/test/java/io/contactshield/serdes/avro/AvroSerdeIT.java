package io.contactshield.serdes.avro;

import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static io.contactshield.serdes.TestSchemas.GREETING_V2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.registry.CountingSchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.serdes.registry.TestClients;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.registry.SchemaRegistryExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The serde between a real broker and a real registry (Apicurio's Confluent API). */
class AvroSerdeIT {
    @RegisterExtension
    static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private final String topic = "contacts-it-" + UUID.randomUUID();

    private static Map<String, Object> registryConfig() {
        return Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, REGISTRY.url());
    }

    private static ContactEvent event(int i) {
        return ContactEvent.newBuilder()
                .setEventId("e-" + i)
                .setTenantId("tenant-a")
                .setEventTime(Instant.parse("2024-05-01T10:15:30Z").plusSeconds(i))
                .setContactId("c-" + i)
                .setCustomerName("Customer " + i)
                .build();
    }

    /** ContactEvent as a later release might have it: one more field, with a default. */
    private static Schema newerContactEvent() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode schema = (ObjectNode) json.readTree(ContactEvent.SCHEMA$.toString());
        ((ArrayNode) schema.get("fields")).addObject()
                .put("name", "priority")
                .put("type", "string")
                .put("default", "normal");
        return new Schema.Parser().parse(json.writeValueAsString(schema));
    }

    @Test
    void eventsProducedToTheBrokerAreReadByAFreshClientWithANewerReaderSchema() throws Exception {
        KAFKA.createTopic(topic, 1);
        List<ContactEvent> sent = new ArrayList<>();
        try (AvroSerializer<ContactEvent> serializer = new AvroSerializer<>()) {
            serializer.configure(registryConfig(), false);
            try (KafkaProducer<String, ContactEvent> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()), new StringSerializer(), serializer)) {
                for (int i = 0; i < 20; i++) {
                    ContactEvent event = event(i);
                    sent.add(event);
                    producer.send(new ProducerRecord<>(topic, event.getContactId(), event)).get();
                }
            }
        }

        Schema reader = newerContactEvent();
        List<GenericRecord> received = new ArrayList<>();
        try (AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(null, reader)) {
            deserializer.configure(registryConfig(), false);
            try (KafkaConsumer<String, GenericRecord> consumer = new KafkaConsumer<>(Map.of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                            ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), deserializer)) {
                consumer.subscribe(List.of(topic));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (received.size() < sent.size() && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, GenericRecord> record : consumer.poll(Duration.ofMillis(500))) {
                        received.add(record.value());
                    }
                }
            }
        }

        assertThat(received).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            GenericRecord read = received.get(i);
            assertThat(read.getSchema()).isEqualTo(reader);
            assertThat(read.get("contactId")).hasToString(sent.get(i).getContactId());
            assertThat(read.get("customerName")).hasToString(sent.get(i).getCustomerName());
            assertThat(read.get("eventTime")).isEqualTo(sent.get(i).getEventTime().toEpochMilli());
            assertThat(read.get("priority")).hasToString("normal");
        }
    }

    @Test
    void tenThousandSerializationsMakeOneRegistryCall() {
        CountingSchemaRegistryClient counting = new CountingSchemaRegistryClient(TestClients.uncachedRest(registryConfig()));
        try (AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(counting)) {
            serializer.configure(registryConfig(), false);

            for (int i = 0; i < 10_000; i++) {
                assertThat(serializer.serialize(topic, event(i))).isNotEmpty();
            }
        }

        assertThat(counting.totalCalls()).isEqualTo(1);
        assertThat(counting.calls("register")).isEqualTo(1);
    }

    @Test
    void useLatestVersionWritesWithTheLatestRegisteredSchema() {
        SchemaRegistryClient registry = TestClients.uncachedRest(registryConfig());
        String subject = topic + "-value";
        registry.register(subject, GREETING_V1);
        int latestId = registry.register(subject, GREETING_V2);
        GenericRecord v1 = AvroSerdeTest.greeting("g-1", "hello");

        byte[] bytes;
        try (AvroSerializer<GenericRecord> serializer = new AvroSerializer<>()) {
            serializer.configure(Map.of(
                    SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, REGISTRY.url(),
                    AvroSerdeConfig.USE_LATEST_VERSION_CONFIG, true), false);
            bytes = serializer.serialize(topic, v1);
        }

        assertThat(WireFormat.readId(bytes)).isEqualTo(latestId);
        try (AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>()) {
            deserializer.configure(registryConfig(), false);
            assertThat(deserializer.deserialize(topic, bytes).get("language")).hasToString("en");
        }
    }
}
