package io.contactshield.testkit.kafka;

import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving test classes the one {@link EmbeddedKafkaBroker} of this test JVM.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
 *
 * @Test
 * void roundTrip() {
 *     KAFKA.createTopic("orders-roundTrip", 1);
 *     ... Map.of("bootstrap.servers", KAFKA.bootstrapServers()) ...
 * }
 * }</pre>
 *
 * <p>The broker starts before the first test class that uses it and is shared by every later one
 * (it lives in the root {@link ExtensionContext.Store}); JUnit closes it when the test run ends.
 * Since the broker is shared, use topic names and consumer group ids unique to the test. Register
 * it on a {@code static} field: it implements {@link BeforeAllCallback} only.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    private static final String KEY = "broker";

    private volatile EmbeddedKafkaBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        // JUnit 5.13+ closes AutoCloseable store values when the store's context (here: the run) ends.
        broker = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> EmbeddedKafkaBroker.start(), EmbeddedKafkaBroker.class);
    }

    /** The shared broker. */
    public EmbeddedKafkaBroker broker() {
        EmbeddedKafkaBroker b = broker;
        if (b == null) {
            throw new IllegalStateException("Kafka broker not started: register KafkaBrokerExtension on a static field"
                    + " with @RegisterExtension, and use it from tests or @BeforeAll/@BeforeEach methods");
        }
        return b;
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    /** See {@link EmbeddedKafkaBroker#createTopic(String, int)}. */
    public void createTopic(String name, int partitions) {
        broker().createTopic(name, partitions);
    }

    /** See {@link EmbeddedKafkaBroker#createTopic(String, int, Map)}. */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        broker().createTopic(name, partitions, configs);
    }
}
