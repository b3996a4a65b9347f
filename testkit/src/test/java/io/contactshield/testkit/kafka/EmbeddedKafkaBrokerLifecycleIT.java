package io.contactshield.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** A broker of its own (not the shared one): it is restarted and closed here. */
class EmbeddedKafkaBrokerLifecycleIT {

    @Test
    void drawsAgainWhenThePortSourceGivesTheSamePortTwice() {
        int port = freePort();
        AtomicInteger calls = new AtomicInteger();
        EmbeddedKafkaBroker.PortSource ports = () -> calls.incrementAndGet() <= 2 ? port : freePort();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Map.of(), ports)) {
            assertThat(calls).hasValue(3);
            assertThat(broker.bootstrapServers()).doesNotEndWith(":" + port);
        }
    }

    @Test
    void retriesTakenPortsAppliesOverridesRestartsKeepingPortsAndDataAndCleansUpOnClose() throws Exception {
        EmbeddedKafkaBroker closed;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            // First attempt: a free controller port and a broker port someone else holds.
            AtomicInteger calls = new AtomicInteger();
            EmbeddedKafkaBroker.PortSource ports = () -> calls.incrementAndGet() == 2 ? taken.getLocalPort() : freePort();

            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Map.of("auto.create.topics.enable", "true"), ports)) {
                closed = broker;
                assertThat(calls).hasValue(4);
                assertThat(broker.bootstrapServers()).doesNotEndWith(":" + taken.getLocalPort());

                String bootstrap = broker.bootstrapServers();
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
                    // The override is in force: the first send creates the topic.
                    producer.send(new ProducerRecord<>("restart", "before")).get(30, TimeUnit.SECONDS);

                    broker.restart();

                    assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
                    // The same producer reconnects to the restarted broker.
                    producer.send(new ProducerRecord<>("restart", "after")).get(30, TimeUnit.SECONDS);
                }
                assertThat(consumeAll(bootstrap, 2)).containsExactly("before", "after");
            }
        }
        assertThat(closed.directory()).doesNotExist();
        closed.close(); // idempotent
        assertThatThrownBy(closed::restart).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> consumeAll(String bootstrap, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "restart.reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
