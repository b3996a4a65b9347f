package io.contactshield.topology.cli;

import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.serdes.registry.SchemaRegistryClients;
import io.contactshield.topology.app.AuditTopicSink;
import io.contactshield.topology.app.ContactShieldConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.streams.StreamsConfig;

/** What the operator commands (tail, detokenize, replay-dlq, keys) share. */
final class OperatorSupport {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** As {@code ContactShieldApplication} defaults it. */
    static final String DEFAULT_APPLICATION_ID = "contact-shield";

    private OperatorSupport() {
    }

    static int fail(PrintWriter err, String name, int status, String message) {
        err.println(name + ": " + message);
        err.flush();
        return status;
    }

    /** Whether the configuration names a schema registry. */
    static boolean hasRegistry(ContactShieldConfig settings) {
        Object url = settings.registry().get(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG);
        return url != null && !url.toString().isBlank();
    }

    /**
     * The schema registry client of the configuration.
     *
     * @throws ConfigException if no registry is configured or its settings are bad
     */
    static SchemaRegistryClient registry(ContactShieldConfig settings, String why) {
        if (!hasRegistry(settings)) {
            throw new ConfigException(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG + ": missing; " + why);
        }
        try {
            return SchemaRegistryClients.create(settings.registry());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("schema registry settings: " + e.getMessage());
        }
    }

    static String applicationId(ContactShieldConfig settings) {
        Object id = settings.kafka().get(StreamsConfig.APPLICATION_ID_CONFIG);
        return id == null || id.toString().isBlank() ? DEFAULT_APPLICATION_ID : id.toString().strip();
    }

    static ApplicationInfo application(ContactShieldConfig settings) {
        String version = OperatorSupport.class.getPackage().getImplementationVersion();
        return new ApplicationInfo("contact-shield", version == null ? "development" : version, settings.instanceId());
    }

    /** The audit topic's producer for key events and detokenizations. */
    static AuditTopicSink auditSink(ContactShieldConfig settings, SchemaRegistryClient registry) {
        return new AuditTopicSink(settings.topics().audit(), settings.kafka(), registry, application(settings),
                Duration.ofMillis(settings.getLong(ContactShieldConfig.KEYRING_TIMEOUT_MS_CONFIG)));
    }

    static Map<String, Object> consumerConfig(ContactShieldConfig settings) {
        return only(settings.kafka(), ConsumerConfig.configNames());
    }

    static Map<String, Object> producerConfig(ContactShieldConfig settings) {
        return only(settings.kafka(), ProducerConfig.configNames());
    }

    private static Map<String, Object> only(Map<String, Object> kafka, Set<String> names) {
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (names.contains(key)) {
                config.put(key, value);
            }
        });
        return config;
    }

    /**
     * A failure from a Kafka client, said without its message when the message could quote
     * anything but ids; authorization and authentication failures get a hint.
     */
    static String kafkaProblem(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof AuthorizationException)
                && !(cause instanceof AuthenticationException)) {
            cause = cause.getCause();
        }
        if (cause instanceof AuthorizationException) {
            return "not authorised: " + cause.getMessage() + "; check the ACLs of this principal";
        }
        if (cause instanceof AuthenticationException) {
            return "authentication failed (" + cause.getClass().getSimpleName()
                    + "); check the security.protocol, sasl.* and ssl.* settings";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
