package io.contactshield.topology.app;

import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.serdes.crypto.DataKeyCache;
import io.contactshield.serdes.crypto.Encryptor;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClients;
import io.contactshield.topology.classify.RecordClassifier;
import io.contactshield.topology.classify.TextClassifier;
import io.contactshield.topology.connect.ConnectTenants;
import io.contactshield.topology.connect.ContactRecordMapper;
import io.contactshield.topology.ops.MeterRegistries;
import io.contactshield.topology.ops.OpsServer;
import io.contactshield.topology.ops.StreamsHealth;
import io.contactshield.topology.pipeline.ContactShieldTopology;
import io.contactshield.topology.pipeline.PipelineMetrics;
import io.contactshield.topology.pipeline.PipelineParts;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.contactshield.topology.pipeline.RetryingUncaughtExceptionHandler;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectionPolicy;
import io.contactshield.topology.protect.RecordProtector;
import io.contactshield.topology.tokenize.CanonicalForms;
import io.contactshield.topology.tokenize.Keyring;
import io.contactshield.topology.tokenize.OneWayHasher;
import io.contactshield.topology.tokenize.PolicyTokenizer;
import io.contactshield.topology.tokenize.TokenModes;
import io.contactshield.topology.tokenize.Tokenizer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * contact-shield as a running service: the topology on Kafka Streams, with everything it needs
 * (registry client, KMS, data-key cache, keyring, tokenizer, classifier, policy), its metrics and
 * its HTTP endpoint, built from one {@link ContactShieldConfig}. {@code contact-shield run}, the
 * demo and the integration tests all start it this way.
 *
 * <p>Defaults it sets unless configured: {@code application.id=contact-shield},
 * {@code processing.guarantee=exactly_once_v2}. Closing it closes everything in reverse order of
 * creation; a failure while starting closes what was already started.
 */
public final class ContactShieldApplication implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContactShieldApplication.class);
    static final String DEFAULT_APPLICATION_ID = "contact-shield";

    private final ContactShieldConfig config;
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private final PrometheusMeterRegistry meters;
    private final KafkaStreams streams;
    private final Keyring keyring;
    private final DataKeyCache dataKeys;
    private final Kms kms;
    private final PipelineTopics topics;
    private final Map<String, Object> kafka;
    private OpsServer ops;

    private ContactShieldApplication(ContactShieldConfig config, String version) {
        this.config = config;
        config.requireRunnable();
        String instanceId = config.instanceId();
        ApplicationInfo application = new ApplicationInfo("contact-shield", version, instanceId);
        this.topics = config.topics();
        this.kafka = config.kafka();
        try {
            meters = MeterRegistries.prometheus(Map.of("application", "contact-shield"));
            resources.push(meters::close);
            resources.push(MeterRegistries.bindJvmAndSystem(meters));
            SchemaRegistryClient registry = SchemaRegistryClients.create(config.registry());
            resources.push(registry);
            kms = Kmses.create(config.kms(), meters);
            resources.push(kms);
            AuditTopicSink audit = new AuditTopicSink(topics.audit(), kafka, registry, application,
                    Duration.ofMillis(config.getLong(ContactShieldConfig.KEYRING_TIMEOUT_MS_CONFIG)));
            resources.push(audit);
            dataKeys = DataKeyCache.builder(kms, PipelineParts.encryptionKeys(config.tenantKeys()))
                    .limits(config.dataKeyLimits())
                    .retryBackoff(Duration.ofMillis(config.getLong(ContactShieldConfig.DATA_KEY_RETRY_BACKOFF_MS_CONFIG)),
                            Duration.ofMillis(config.getLong(ContactShieldConfig.DATA_KEY_RETRY_BACKOFF_MAX_MS_CONFIG)))
                    .meterRegistry(meters)
                    .listener(audit)
                    .build();
            resources.push(dataKeys);
            keyring = new Keyring(config.keyring(instanceId), kms, config.tenantKeys(), audit);
            resources.push(keyring);
            Tokenizer tokenizer = new Tokenizer(keyring, TokenModes.reversible());
            CanonicalForms forms = CanonicalForms.forRegion(config.classifierSettings().defaultRegion());
            PipelineMetrics metrics = new PipelineMetrics(meters,
                    config.getBoolean(ContactShieldConfig.OPS_TENANT_TAGS_CONFIG)
                            ? config.tenantKeys().byTenant().keySet() : Set.of());
            String policyFile = config.getString(ContactShieldConfig.POLICY_FILE_CONFIG);
            ProtectionPolicy policy = policyFile == null ? ProtectionPolicy.defaults() : ProtectionPolicy.load(Path.of(policyFile));
            RecordProtector protector = new RecordProtector(
                    new RecordClassifier(TextClassifier.create(config.classifierSettings()),
                            config.getBoolean(ContactShieldConfig.CLASSIFY_SCAN_ALL_CONFIG)),
                    new PolicyApplier(policy, new PolicyTokenizer(tokenizer, forms), new OneWayHasher(tokenizer, forms)),
                    metrics);
            PipelineParts parts = new PipelineParts(topics, protector, new Encryptor(dataKeys), config.tenantKeys(),
                    new ContactRecordMapper(new ConnectTenants(config.connectRoutes())), registry, metrics, application,
                    Duration.ofMillis(config.getLong(ContactShieldConfig.DEDUPE_RETENTION_MS_CONFIG)),
                    config.getInt(ContactShieldConfig.MAX_OUTPUT_RECORD_BYTES_CONFIG), Clock.systemUTC());
            Topology topology = ContactShieldTopology.build(parts);
            streams = new KafkaStreams(topology, streamsProperties());
            resources.push(() -> streams.close(Duration.ofMillis(config.getLong(ContactShieldConfig.SHUTDOWN_TIMEOUT_MS_CONFIG))));
            Counter replacements = Counter.builder("contactshield.stream.thread.replacements")
                    .description("Stream threads replaced after a failure (a dependency down)").register(meters);
            streams.setUncaughtExceptionHandler(new RetryingUncaughtExceptionHandler(
                    Duration.ofMillis(config.getLong(ContactShieldConfig.THREAD_BACKOFF_MS_CONFIG)),
                    Duration.ofMillis(config.getLong(ContactShieldConfig.THREAD_BACKOFF_MAX_MS_CONFIG)),
                    replacements::increment));
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
            streamsMetrics.bindTo(meters);
            resources.push(streamsMetrics);
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException("Could not read " + config.getString(ContactShieldConfig.POLICY_FILE_CONFIG), e);
        } catch (RuntimeException | Error e) {
            closeQuietly();
            throw e;
        }
    }

    /**
     * Builds the application (nothing connects yet).
     *
     * @throws org.apache.kafka.common.config.ConfigException if the configuration cannot run
     */
    public static ContactShieldApplication create(ContactShieldConfig config) {
        String version = ContactShieldApplication.class.getPackage().getImplementationVersion();
        return new ContactShieldApplication(config, version == null ? "development" : version);
    }

    /**
     * Checks (or creates) the topics, loads the keyring, starts the HTTP endpoint and Kafka Streams.
     *
     * @throws IllegalStateException naming missing topics or an unreachable cluster
     */
    public void start() {
        prepareTopics();
        keyring.start();
        ops = startOps();
        streams.start();
        LOG.info("contact-shield started: {} tenants, reading {}, metrics and health on {}",
                config.tenantKeys().byTenant().size(), topics.inputs(), ops.baseUri());
    }

    private OpsServer startOps() {
        try {
            OpsServer server = OpsServer.start(config.getString(ContactShieldConfig.OPS_HOST_CONFIG),
                    config.getInt(ContactShieldConfig.OPS_PORT_CONFIG), meters,
                    new StreamsHealth(streams, Map.of("keyring", keyring::isHealthy)));
            resources.push(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the HTTP endpoint on port "
                    + config.getInt(ContactShieldConfig.OPS_PORT_CONFIG), e);
        }
    }

    private void prepareTopics() {
        Map<String, Object> adminConfig = ContactShieldConfig.clientSettings(kafka, AdminClientConfig.configNames());
        boolean create = config.getBoolean(ContactShieldConfig.CREATE_TOPICS_CONFIG);
        List<String> wanted = new ArrayList<>(topics.inputs());
        wanted.addAll(topics.outputs());
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = new HashSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            List<String> missing = wanted.stream().filter(t -> !existing.contains(t)).toList();
            if (missing.isEmpty()) {
                return;
            }
            if (!create) {
                throw new IllegalStateException("Topics missing: " + missing + "; create them, or set "
                        + ContactShieldConfig.CREATE_TOPICS_CONFIG + "=true to have them created with the broker's defaults");
            }
            List<NewTopic> newTopics = missing.stream()
                    .map(t -> new NewTopic(t, java.util.Optional.empty(), java.util.Optional.empty())).toList();
            try {
                admin.createTopics(newTopics).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            LOG.info("Created topics {}", missing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the topics");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not list or create topics on " + kafka.get("bootstrap.servers") + ": "
                    + (e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName()));
        }
    }

    private Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.putAll(kafka);
        return props;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public PrometheusMeterRegistry meters() {
        return meters;
    }

    public Keyring keyring() {
        return keyring;
    }

    /** The HTTP endpoint, once started. */
    public OpsServer ops() {
        if (ops == null) {
            throw new IllegalStateException("Not started");
        }
        return ops;
    }

    @Override
    public void close() {
        closeQuietly();
        LOG.info("contact-shield stopped");
    }

    private synchronized void closeQuietly() {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.getClass().getSimpleName());
            }
        }
    }
}
