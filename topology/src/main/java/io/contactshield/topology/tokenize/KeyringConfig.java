package io.contactshield.topology.tokenize;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link Keyring} reaches its topic. Configuration, immutable.
 *
 * @param topic the compacted, single-partition keyring topic; created (compacted, one partition,
 *              the broker's replication factor) if missing
 * @param kafka Kafka client settings shared by the keyring's consumer, producer and admin client
 *              ({@code bootstrap.servers}, security); serializers and offsets are the keyring's own
 * @param autoCreate whether a tenant without a key gets one on first use (never after a shred)
 * @param instanceId who auto-created a key, in the audit trail
 * @param timeout how long start-up, a write or a read-back may take
 */
public record KeyringConfig(String topic, Map<String, Object> kafka, boolean autoCreate, String instanceId,
        Duration timeout) {

    public static final String DEFAULT_TOPIC = "contact-shield.keyring";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public KeyringConfig {
        Objects.requireNonNull(topic, "topic");
        kafka = Map.copyOf(kafka);
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(timeout, "timeout");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("The keyring topic name must not be blank");
        }
        if (!kafka.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("The keyring needs bootstrap.servers");
        }
    }

    /** The default topic, explicit provisioning only, the default timeout. */
    public static KeyringConfig of(Map<String, Object> kafka, String instanceId) {
        return new KeyringConfig(DEFAULT_TOPIC, kafka, false, instanceId, DEFAULT_TIMEOUT);
    }

    public KeyringConfig withTopic(String newTopic) {
        return new KeyringConfig(newTopic, kafka, autoCreate, instanceId, timeout);
    }

    public KeyringConfig withAutoCreate(boolean enabled) {
        return new KeyringConfig(topic, kafka, enabled, instanceId, timeout);
    }
}
