package io.contactshield.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.testkit.kafka.EmbeddedKafkaBroker.ClientListeners;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SSL listener: a broker of its own per listener set-up, not the shared one. */
class EmbeddedKafkaBrokerTlsIT {

    private static EmbeddedKafkaBroker sslOnly;

    @BeforeAll
    static void startSslOnlyBroker() {
        sslOnly = EmbeddedKafkaBroker.start(ClientListeners.SSL, Map.of());
    }

    @AfterAll
    static void stopBroker() {
        if (sslOnly != null) {
            sslOnly.close();
        }
    }

    @Test
    void transactionalRoundTripOverTls() {
        sslOnly.createTopic("tls.tx", 2);
        Map<String, Object> tls = sslOnly.sslClientConfig();

        try (KafkaProducer<String, String> producer = producer(tls, Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tls.tx.producer"))) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>("tls.tx", "key-" + i, "value-" + i));
            }
            // Commit markers go from the broker to itself over its SSL inter-broker listener.
            producer.commitTransaction();
        }

        assertThat(consume(tls, "tls.tx", 10)).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder("value-0", "value-1", "value-2", "value-3", "value-4",
                        "value-5", "value-6", "value-7", "value-8", "value-9");
    }

    @Test
    void sslClientConfigNamesTheSslListenerAndTheTruststore() {
        Map<String, Object> tls = sslOnly.sslClientConfig();

        assertThat(tls).containsEntry("bootstrap.servers", sslOnly.sslBootstrapServers())
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.type", "PKCS12")
                .containsEntry("ssl.endpoint.identification.algorithm", "https")
                .containsKey("ssl.truststore.password");
        assertThat(Files.isRegularFile(java.nio.file.Path.of((String) tls.get("ssl.truststore.location")))).isTrue();
        assertThat(sslOnly.bootstrapServers()).isEqualTo(sslOnly.sslBootstrapServers());
        assertThat(sslOnly.clientConfig()).isEqualTo(tls);
    }

    @Test
    void plaintextClientCannotTalkToTheSslListener() {
        Map<String, Object> plain = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, sslOnly.sslBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000);

        try (Admin admin = Admin.create(plain)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void clientWithoutTheCaIsRejected() {
        Map<String, Object> untrusting = new HashMap<>(sslOnly.sslClientConfig());
        untrusting.remove("ssl.truststore.location");
        untrusting.remove("ssl.truststore.password");
        untrusting.remove("ssl.truststore.type");
        untrusting.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        untrusting.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);

        try (Admin admin = Admin.create(untrusting)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void brokerWithBothListenersServesEach() {
        try (EmbeddedKafkaBroker both = EmbeddedKafkaBroker.start(ClientListeners.PLAINTEXT_AND_SSL, Map.of())) {
            both.createTopic("both", 1);
            Map<String, Object> plain = Map.of("bootstrap.servers", both.bootstrapServers());
            try (KafkaProducer<String, String> producer = producer(plain, Map.of())) {
                producer.send(new ProducerRecord<>("both", "k", "over plaintext"));
            }
            try (KafkaProducer<String, String> producer = producer(both.sslClientConfig(), Map.of())) {
                producer.send(new ProducerRecord<>("both", "k", "over tls"));
            }

            assertThat(both.bootstrapServers()).isNotEqualTo(both.sslBootstrapServers());
            assertThat(consume(both.sslClientConfig(), "both", 2)).extracting(ConsumerRecord::value)
                    .containsExactly("over plaintext", "over tls");
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> connection, Map<String, Object> more) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putAll(more);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static List<ConsumerRecord<String, String>> consume(Map<String, Object> connection, String topic, int expected) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, topic + ".reader");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
