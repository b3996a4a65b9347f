package io.contactshield.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddedKafkaBrokerIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void producesAndConsumesThroughAConsumerGroup() throws Exception {
        KAFKA.createTopic("it.plain", 2);
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("it.plain", "key-" + i, "value-" + i));
            }
            producer.flush();
        }

        List<ConsumerRecord<String, String>> records = consume("it.plain", "it.plain.group", "read_uncommitted", 10);

        assertThat(records).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("value-0", "value-1", "value-2", "value-3", "value-4",
                        "value-5", "value-6", "value-7", "value-8", "value-9");
        assertThat(records).extracting(ConsumerRecord::partition).containsOnly(0, 1);
    }

    @Test
    void abortedTransactionIsInvisibleToReadCommittedConsumers() throws Exception {
        KAFKA.createTopic("it.tx", 1);
        try (KafkaProducer<String, String> producer = producer(Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "it.tx.producer"))) {
            producer.initTransactions();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>("it.tx", "k", "committed-1"));
            producer.commitTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>("it.tx", "k", "aborted"));
            producer.flush();
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>("it.tx", "k", "committed-2"));
            producer.commitTransaction();
        }

        assertThat(consume("it.tx", "it.tx.committed", "read_committed", 2))
                .extracting(ConsumerRecord::value).containsExactly("committed-1", "committed-2");
        // The aborted record was written: only the isolation level hides it.
        assertThat(consume("it.tx", "it.tx.uncommitted", "read_uncommitted", 3))
                .extracting(ConsumerRecord::value).containsExactly("committed-1", "aborted", "committed-2");
    }

    @Test
    void createsTopicsWithConfigsAndRejectsDuplicates() throws Exception {
        KAFKA.createTopic("it.compacted", 3, Map.of("cleanup.policy", "compact"));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            assertThat(admin.describeTopics(Set.of("it.compacted")).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get("it.compacted").partitions()).hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "it.compacted");
            Config config = admin.describeConfigs(Set.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
        assertThatThrownBy(() -> KAFKA.createTopic("it.compacted", 1)).isInstanceOf(TopicExistsException.class);
    }

    @Test
    void brokerRequestsToEndTheJvmThrowInstead() {
        assertThatThrownBy(() -> Exit.halt(1, "test")).hasMessageContaining("halt(1, test)");
        assertThatThrownBy(() -> Exit.exit(2)).hasMessageContaining("exit(2)");
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consume(String topic, String group, String isolation, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // Nothing beyond what is expected shows up.
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            consumer.commitSync();
        }
        return records;
    }
}
