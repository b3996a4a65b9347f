package io.contactshield.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.app.ContactShieldConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The real pipeline in-process for the operator commands' tests: a configuration (local KMS with a
 * master key file, in-memory registry scope, topics of their own), the application started and
 * stopped, inputs produced, outputs read back committed, and the CLI run in-process.
 */
final class PipelineHarness {

    static final String EMAIL = "leak.canary.4242@example.org";
    static final String PHONE = "+44 7700 900762";
    static final String ACCOUNT = "111122223333";

    private final String bootstrap;
    private final Path dir;
    final String prefix;
    final String scope;
    final Path masterKey;

    PipelineHarness(String bootstrap, Path dir, String name) throws IOException {
        this.bootstrap = bootstrap;
        this.dir = dir;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.prefix = name + "." + suffix;
        this.scope = name + "-" + suffix;
        this.masterKey = masterKey("master.key");
    }

    Path masterKey(String file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path path = dir.resolve(file);
        Files.writeString(path, Base64.getEncoder().encodeToString(key));
        return path;
    }

    String topic(String name) {
        return prefix + "." + name;
    }

    /** The pipeline's configuration: tenant acme (Avro, and Connect account {@value #ACCOUNT}). */
    Map<String, String> entries() {
        Map<String, String> entries = new TreeMap<>();
        entries.put("bootstrap.servers", bootstrap);
        entries.put("application.id", prefix + "-app");
        entries.put("state.dir", dir.resolve("state").toString());
        entries.put("commit.interval.ms", "100");
        entries.put("schema.registry.url", "mock://" + scope);
        entries.put("kms.provider", "local");
        entries.put("kms.local.master.key.file", masterKey.toString());
        entries.put("keyring.auto.create", "true");
        entries.put("keyring.topic", topic("keyring"));
        entries.put("pipeline.topics.create", "true");
        entries.put("pipeline.topic.contacts", topic("raw"));
        entries.put("pipeline.topic.connect.records", topic("ctr"));
        entries.put("pipeline.topic.protected", topic("protected"));
        entries.put("pipeline.topic.audit", topic("audit"));
        entries.put("pipeline.topic.dead.letters", topic("dlq"));
        entries.put("pipeline.quarantine.kms.key.id", "local:quarantine");
        entries.put("tenant.acme.kms.key.id", "local:acme");
        entries.put("tenant.acme.connect.instances", ACCOUNT);
        entries.put("ops.http.host", "127.0.0.1");
        entries.put("ops.http.port", "0");
        return entries;
    }

    Path write(Map<String, String> entries, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        Path file = dir.resolve(name + ".properties");
        Files.writeString(file, text);
        return file;
    }

    ContactShieldApplication start(Map<String, String> entries) {
        ContactShieldApplication application = ContactShieldApplication.create(ContactShieldConfig.of(entries));
        try {
            application.start();
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        return application;
    }

    static ContactEvent event(String tenant, String contactId) {
        return ContactEvent.newBuilder()
                .setEventId("e-" + contactId)
                .setTenantId(tenant)
                .setEventTime(Instant.now())
                .setContactId(contactId)
                .setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", null))
                .setAgentNotes("send the receipt to " + EMAIL)
                .build();
    }

    void produceAvro(ContactEvent... events) throws Exception {
        AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(MockSchemaRegistry.forScope(scope));
        for (ContactEvent event : events) {
            produce(topic("raw"), event.getContactId().toString().getBytes(StandardCharsets.UTF_8),
                    serializer.serialize(topic("raw"), event));
        }
    }

    void produce(String topic, byte[] key, byte[] value) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Every committed record of {@code topic}, waiting until {@code done} holds of them. */
    List<ConsumerRecord<byte[], byte[]>> read(String topic, Predicate<List<ConsumerRecord<byte[], byte[]>>> done) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (partitions.isEmpty()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                assertThat(System.nanoTime()).as("topic %s exists", topic).isLessThan(deadline);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!done.test(records)) {
                assertThat(System.nanoTime()).as("records of %s in time: %s so far", topic, records.size())
                        .isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // A little more, so that a test sees what came too many as well.
            long settle = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            while (System.nanoTime() < settle) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** The audit events of the audit topic, once {@code done} holds of them. */
    List<AuditEvent> audits(Predicate<List<AuditEvent>> done) {
        AvroDeserializer<AuditEvent> deserializer = new AvroDeserializer<>(MockSchemaRegistry.forScope(scope),
                AuditEvent.class);
        List<AuditEvent> events = new ArrayList<>();
        read(topic("audit"), records -> {
            events.clear();
            records.forEach(r -> events.add(deserializer.deserialize(r.topic(), r.value())));
            return done.test(events);
        });
        return events;
    }

    /** Every audit event, once there are audit events of {@code count} input records. */
    List<AuditEvent> allAudits(int count) {
        return audits(events -> events.stream().filter(e -> e.getSource() != null && e.getPrincipal() == null)
                .count() >= count);
    }

    /** The audit events of input records (with a source), once there are {@code count} of them. */
    List<AuditEvent> recordAudits(int count) {
        return audits(events -> events.stream().filter(e -> e.getSource() != null && e.getPrincipal() == null)
                .count() >= count).stream().filter(e -> e.getSource() != null && e.getPrincipal() == null).toList();
    }

    record Result(int status, String out, String err) {
    }

    static Result cli(String... args) {
        return cli(new byte[0], args);
    }

    static Result cli(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ContactShieldCommand.execute(args, new ByteArrayInputStream(stdin), out, err, Map.of(), null);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
