package io.contactshield.serdes.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A downstream consumer as a user writes one: the deserializer named in its configuration. */
class ProtectedEventDeserializerIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension("eu-west-1");

    private static final String SCOPE = "protected-event-deserializer-it";
    private static final String TOPIC = "contacts.protected.it";

    @AfterAll
    static void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void aConsumerConfiguredByClassNameDecryptsEveryRecord() {
        int tenants = 3;
        int records = 2_000;
        KAFKA.createTopic(TOPIC, 3);
        Map<Integer, ContactEvent> sent = new HashMap<>();
        try (ProtectedEvents producer = new ProtectedEvents(KMS, SCOPE, tenants, DataKeyLimits.defaults());
                KafkaProducer<String, byte[]> kafka = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                        new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < records; i++) {
                ContactEvent event = ProtectedEvents.contact(i, tenants);
                sent.put(i, event);
                kafka.send(new ProducerRecord<>(TOPIC, event.getContactId(), producer.protect(event)));
            }
            kafka.flush();
        }
        KMS.server().resetCalls();

        Map<String, Object> config = new HashMap<>(ProtectedEvents.consumerConfig(KMS, SCOPE));
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "analytics");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ProtectedEventDeserializer.class);
        int intact = 0;
        int read = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, DecryptedContactEvent> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            while (read < records && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DecryptedContactEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    read++;
                    int index = Integer.parseInt(record.value().protectedEvent().getEventId().substring("event-".length()));
                    if (sent.get(index).equals(record.value().original())) {
                        intact++;
                    }
                }
            }
        }

        assertThat(read).isEqualTo(records);
        assertThat(intact).isEqualTo(records);
        assertThat(KMS.server().calls("Decrypt")).isEqualTo(tenants);
    }
}
