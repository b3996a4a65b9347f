package io.contactshield.topology.app;

import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.DecryptedKeyCache;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.topology.tokenize.Keyring;
import io.contactshield.topology.tokenize.KeyringAdmin;
import io.contactshield.topology.tokenize.TokenAuditSink;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One contact-shield deployment for an integration test: its own topics on the shared broker, KMS
 * keys on the test KMS server (reached through the real AWS SDK, {@code kms.provider=aws}), a
 * {@code mock://} schema registry scope, token keys provisioned in its keyring topic, and the
 * configuration entries that run the application against all of it.
 */
final class ShieldHarness implements AutoCloseable {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";
    static final String UNKNOWN_TENANT = "hooli";

    final String name;
    final KafkaBrokerExtension kafka;
    final KmsTestServer kms;
    final String scope;
    final SchemaRegistryClient registry;
    final String rawTopic;
    final String connectTopic;
    final String protectedTopic;
    final String auditTopic;
    final String deadLetterTopic;
    final String keyringTopic;
    final Path stateDir;
    private final Map<String, String> entries = new TreeMap<>();
    private final AvroSerializer<ContactEvent> contactSerializer;
    private final Map<Class<?>, AvroDeserializer<?>> deserializers = new HashMap<>();

    ShieldHarness(String name, KafkaBrokerExtension kafka, KmsTestServer kms, Path dir, int partitions) {
        this.name = name;
        this.kafka = kafka;
        this.kms = kms;
        this.scope = name + "-" + System.nanoTime();
        this.rawTopic = name + ".contacts.raw";
        this.connectTopic = name + ".connect.ctr.raw";
        this.protectedTopic = name + ".contacts.protected";
        this.auditTopic = name + ".contacts.audit";
        this.deadLetterTopic = name + ".contacts.dlq";
        this.keyringTopic = name + ".keyring";
        this.stateDir = dir.resolve("state");
        for (String topic : List.of(rawTopic, protectedTopic, auditTopic, deadLetterTopic)) {
            kafka.createTopic(topic, partitions);
        }
        kafka.createTopic(connectTopic, 1);
        this.registry = MockSchemaRegistry.forScope(scope);
        registerSchemas(registry, rawTopic, protectedTopic, auditTopic, deadLetterTopic);
        this.contactSerializer = new AvroSerializer<>(registry);

        entries.put("bootstrap.servers", kafka.bootstrapServers());
        entries.put("application.id", name);
        entries.put("state.dir", stateDir.toString());
        entries.put("commit.interval.ms", "100");
        entries.put("session.timeout.ms", "6000");
        entries.put("heartbeat.interval.ms", "1000");
        entries.put("schema.registry.url", "mock://" + scope);
        entries.put(ContactShieldConfig.CONTACTS_TOPIC_CONFIG, rawTopic);
        entries.put(ContactShieldConfig.CONNECT_RECORDS_TOPIC_CONFIG, connectTopic);
        entries.put(ContactShieldConfig.PROTECTED_TOPIC_CONFIG, protectedTopic);
        entries.put(ContactShieldConfig.AUDIT_TOPIC_CONFIG, auditTopic);
        entries.put(ContactShieldConfig.DEAD_LETTER_TOPIC_CONFIG, deadLetterTopic);
        entries.put(ContactShieldConfig.KEYRING_TOPIC_CONFIG, keyringTopic);
        entries.put(ContactShieldConfig.INSTANCE_ID_CONFIG, name);
        entries.put(ContactShieldConfig.OPS_HOST_CONFIG, "127.0.0.1");
        entries.put(ContactShieldConfig.OPS_PORT_CONFIG, "0");
        entries.put(ContactShieldConfig.THREAD_BACKOFF_MS_CONFIG, "200");
        entries.put(ContactShieldConfig.THREAD_BACKOFF_MAX_MS_CONFIG, "1000");
        entries.put(ContactShieldConfig.SHUTDOWN_TIMEOUT_MS_CONFIG, "10000");
        entries.put("kms.provider", "aws");
        entries.put("kms.region", kms.region());
        entries.put("kms.endpoint", kms.endpoint().toString());
        entries.put("kms.access.key.id", "AKIDEXAMPLEINTEGRATION");
        entries.put("kms.secret.access.key", "integration-test-secret");
        for (String tenant : List.of(ACME, GLOBEX)) {
            String alias = "alias/" + name + "-" + tenant;
            kms.createAlias(alias, kms.createKey().keyId());
            entries.put("tenant." + tenant + ".kms.key.id", alias);
        }
        String quarantine = "alias/" + name + "-quarantine";
        kms.createAlias(quarantine, kms.createKey().keyId());
        entries.put(ContactShieldConfig.QUARANTINE_KEY_CONFIG, quarantine);
    }

    /**
     * Registers the pipeline's schemas in a fixed order, so that two JVMs with {@code mock://}
     * registries of their own agree on the schema ids (the mock numbers schemas in order of
     * registration). The application registers the same schema texts, which keep their ids.
     */
    static void registerSchemas(SchemaRegistryClient registry, String raw, String protectedTopic, String audit,
            String deadLetters) {
        registry.register(raw + "-value", ContactEvent.getClassSchema());
        registry.register(protectedTopic + "-value", ProtectedContactEvent.getClassSchema());
        registry.register(audit + "-value", AuditEvent.getClassSchema());
        registry.register(deadLetters + "-value", DeadLetter.getClassSchema());
    }

    ShieldHarness set(String key, String value) {
        entries.put(key, value);
        return this;
    }

    Map<String, String> entries() {
        return new TreeMap<>(entries);
    }

    ContactShieldConfig config() {
        return ContactShieldConfig.of(entries);
    }

    /** The entries as a properties file, for a child JVM. */
    Path writeProperties(Path file) {
        Properties properties = new Properties();
        properties.putAll(entries);
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "contact-shield " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A KMS stack as the application builds it, for the test's own calls. */
    Kms newKms() {
        return Kmses.create(config().kms(), new SimpleMeterRegistry());
    }

    /** Creates the token keys of {@code tenants} in this deployment's keyring, as an operator would. */
    void provisionTokenKeys(String... tenants) {
        ContactShieldConfig config = config();
        TokenAuditSink ignore = event -> { };
        try (Kms kms = newKms();
                Keyring keyring = new Keyring(config.keyring("provisioner"), kms, config.tenantKeys(), ignore)) {
            keyring.start();
            KeyringAdmin admin = new KeyringAdmin(keyring);
            for (String tenant : tenants) {
                admin.create(tenant, "it-operator");
            }
        }
    }

    byte[] avro(ContactEvent event) {
        return contactSerializer.serialize(rawTopic, event);
    }

    /** A decryptor of payloads and dead letters, through the test KMS. */
    Decryptor decryptor(Kms kms) {
        return new Decryptor(DecryptedKeyCache.builder(kms).build());
    }

    /** Input record and where it was written. */
    record Sent(ProducerRecord<byte[], byte[]> record, int partition, long offset) {
    }

    List<Sent> produce(List<ProducerRecord<byte[], byte[]>> records) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        List<Future<RecordMetadata>> futures = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                futures.add(producer.send(record));
            }
            producer.flush();
            List<Sent> sent = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                RecordMetadata metadata = futures.get(i).get(30, TimeUnit.SECONDS);
                sent.add(new Sent(records.get(i), metadata.partition(), metadata.offset()));
            }
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not produce the inputs", e);
        }
    }

    ProducerRecord<byte[], byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>(rawTopic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
    }

    /** Offsets of the raw topic the application has committed, summed over partitions. */
    long committedInputs() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(name)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return offsets.entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(rawTopic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return 0;
        }
    }

    /** Every committed record of {@code topic} up to its current end (read_committed). */
    List<ConsumerRecord<String, byte[]>> readCommitted(String topic) {
        return read(topic, "read_committed");
    }

    /** Every record of {@code topic}, aborted transactions' records included (read_uncommitted). */
    List<ConsumerRecord<String, byte[]>> readUncommitted(String topic) {
        return read(topic, "read_uncommitted");
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, String isolation) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Under read_committed the end offsets are the last stable offsets.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * Waits until no output topic holds records of an open transaction. A transaction's input offsets
     * and the markers on its output partitions are written separately, so the group's offsets can show
     * an input committed a moment before a read_committed consumer sees its outputs: read after this.
     */
    void awaitOutputsSettled() {
        eventually(Duration.ofSeconds(30), "no open transaction on the output topics",
                () -> List.of(protectedTopic, auditTopic, deadLetterTopic).stream()
                        .allMatch(topic -> openTransactionRecords(topic) == 0));
    }

    /** The last stable offsets of {@code topic} less its end offsets: records of open transactions. */
    long openTransactionRecords(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic).partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            long end = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(r -> r.offset()).sum();
            long stable = admin.listOffsets(latest, new org.apache.kafka.clients.admin.ListOffsetsOptions(
                    org.apache.kafka.common.IsolationLevel.READ_COMMITTED)).all().get(30, TimeUnit.SECONDS).values()
                    .stream().mapToLong(r -> r.offset()).sum();
            return end - stable;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    <T> T decode(byte[] bytes, Class<T> type, String topic) {
        AvroDeserializer<T> deserializer = (AvroDeserializer<T>) deserializers.computeIfAbsent(type,
                t -> new AvroDeserializer<>(registry, type));
        return deserializer.deserialize(topic, bytes);
    }

    /** The audit events of input records (key events, which have no source, left out). */
    List<AuditEvent> recordAudits(List<ConsumerRecord<String, byte[]>> auditRecords) {
        return auditRecords.stream().map(r -> decode(r.value(), AuditEvent.class, auditTopic))
                .filter(a -> a.getSource() != null).toList();
    }

    static void eventually(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        MockSchemaRegistry.dropScope(scope);
    }
}
