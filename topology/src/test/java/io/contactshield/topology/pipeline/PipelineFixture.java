package io.contactshield.topology.pipeline;

import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.serdes.crypto.DataKeyCache;
import io.contactshield.serdes.crypto.Encryptor;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.LocalKms;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.RecordClassifier;
import io.contactshield.topology.classify.TextClassifier;
import io.contactshield.topology.connect.ConnectTenants;
import io.contactshield.topology.connect.ContactRecordMapper;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectionPolicy;
import io.contactshield.topology.protect.RecordProtector;
import io.contactshield.topology.tokenize.OneWayHasher;
import io.contactshield.topology.tokenize.PolicyTokenizer;
import io.contactshield.topology.tokenize.TestTokenizers;
import io.contactshield.topology.tokenize.Tokenizer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Real parts for pipeline tests: the real classifier, tokenizer (in-memory token keys), data-key
 * cache and encryptor over a generated {@link LocalKms}, a {@code mock://} registry of its own.
 */
final class PipelineFixture implements AutoCloseable {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";
    /** Has a KMS key but no token key: its records fail the policy. */
    static final String INITECH = "initech";
    static final String ACME_INSTANCE = "arn:aws:connect:eu-west-2:111122223333:instance/7a1b2c3d-0000-4000-8000-000000000001";

    final String registryScope = "pipeline-" + UUID.randomUUID();
    final FailingRegistry registry = new FailingRegistry(MockSchemaRegistry.forScope(registryScope));
    final LocalKms kms = LocalKms.generated();
    final TenantKeys tenantKeys = new TenantKeys(
            Map.of(ACME, "local:acme", GLOBEX, "local:globex", INITECH, "local:initech"), Optional.of("local:quarantine"));
    final DataKeyCache dataKeys;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PipelineParts parts;

    PipelineFixture() {
        this(kmsOf -> kmsOf);
    }

    PipelineFixture(java.util.function.UnaryOperator<Kms> kmsWrapper) {
        // A short retry backoff, so a test sees the cache recover right after an outage ends.
        dataKeys = DataKeyCache.builder(kmsWrapper.apply(kms), PipelineParts.encryptionKeys(tenantKeys))
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .build();
        Tokenizer tokenizer = TestTokenizers.withKeysFor(ACME, GLOBEX);
        PipelineMetrics metrics = new PipelineMetrics(meters, Set.of());
        RecordProtector protector = new RecordProtector(
                new RecordClassifier(TextClassifier.create(ClassifierSettings.defaults()), false),
                new PolicyApplier(ProtectionPolicy.defaults(), new PolicyTokenizer(tokenizer), new OneWayHasher(tokenizer)),
                metrics);
        parts = new PipelineParts(PipelineTopics.DEFAULTS, protector, new Encryptor(dataKeys), tenantKeys,
                new ContactRecordMapper(new ConnectTenants(Map.of(ACME_INSTANCE, ACME))), registry, metrics,
                new ApplicationInfo("contact-shield", "test", "test-instance"), Duration.ofHours(24), 1024 * 1024,
                Clock.systemUTC());
    }

    /** A driver over the real topology of these parts, exactly-once as in production. */
    TopologyTestDriver driver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "contact-shield-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new TopologyTestDriver(ContactShieldTopology.build(parts), props);
    }

    static TestInputTopic<byte[], byte[]> input(TopologyTestDriver driver, String topic) {
        return driver.createInputTopic(topic, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static TestOutputTopic<String, byte[]> output(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        dataKeys.close();
        MockSchemaRegistry.dropScope(registryScope);
    }
}
