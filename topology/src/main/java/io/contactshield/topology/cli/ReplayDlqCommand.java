package io.contactshield.topology.cli;

import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.OriginalRecord;
import io.contactshield.schemas.RecordHeader;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.app.ContactShieldConfig;
import io.contactshield.topology.pipeline.ContactShieldTopology;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contact-shield replay-dlq --config FILE --reason R [--max N] [--dry-run]}: after a fix,
 * puts the dead letters of one reason back into their input topic, exactly once and audited.
 *
 * <p>One consumer group and one transactional id per reason, both
 * {@code <application.id>-replay-dlq-<REASON>}. Each poll's worth of dead letters is one
 * transaction holding, per dead letter of the reason, its decrypted original record (same key,
 * value, headers and timestamp, plus the header {@value #ATTEMPTS_HEADER} with the dead letter's
 * attempts, so a record dead-lettered again counts on) and one {@code DEAD_LETTER_REPLAYED} audit
 * event, together with the group's offsets past every dead letter read (of the reason or not). A
 * rerun therefore never replays a dead letter twice, a crash replays nothing twice (the open
 * transaction is aborted by the next run, which fences the old producer), and two runs for one
 * reason cannot interleave. Dead letters of other reasons are passed over in this reason's group
 * only: the other reasons' groups still see them.
 *
 * <p>Reads {@code read_committed} up to the end offsets seen at the start, so it terminates. Stops at
 * the first dead letter of the reason it cannot replay (its original cannot be decrypted, or its
 * source is not a configured input topic): what came before it is committed, it and what follows
 * are left for the next run.
 */
@Command(name = "replay-dlq", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Replays the dead letters of one reason into their input topic, after the cause was fixed (a tenant"
                    + " configured, a schema registered, a key provisioned): each original record is decrypted and"
                    + " produced again with its key, value, headers and timestamp, and the header"
                    + " contact-shield.dead-letter.attempts, so one that fails again is dead-lettered with attempts + 1.",
            "Exactly once: one transaction per batch holds the replayed records, one DEAD_LETTER_REPLAYED audit event"
                    + " each, and the offsets of the consumer group <application.id>-replay-dlq-<REASON>. A rerun"
                    + " replays only dead letters that arrived since; other reasons' dead letters are left to their"
                    + " own groups. Reads up to the end of the dead-letter topic as it was at the start.",
            "Needs read on the dead-letter topic and that group, write on the input and audit topics, the"
                    + " transactional id <application.id>-replay-dlq-<REASON>, the schema registry, and KMS Decrypt on"
                    + " the keys of the dead letters (the quarantine key for reasons before the tenant is known).",
            "Exit status: 0 done (also when nothing was to replay), 1 a dead letter could not be replayed (those"
                    + " before it were) or Kafka failed, 2 bad options or configuration."
        })
final class ReplayDlqCommand implements Callable<Integer> {

    static final String ATTEMPTS_HEADER = ContactShieldTopology.DEAD_LETTER_ATTEMPTS_HEADER;

    private static final String NAME = "contact-shield replay-dlq";
    private static final Duration POLL = Duration.ofMillis(500);

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Properties file (as for run, with the fix applied): bootstrap.servers and Kafka security"
                    + " settings, application.id, pipeline.topic.*, schema.registry.*, kms.*. CONTACT_SHIELD_<KEY>"
                    + " environment variables override it.")
    private Path config;

    @Option(names = "--reason", required = true, paramLabel = "REASON",
            description = "The dead-letter reason to replay (case-insensitive): MALFORMED_BYTES, UNKNOWN_SCHEMA,"
                    + " SCHEMA_MISMATCH, UNMAPPABLE_JSON, MISSING_TENANT, UNKNOWN_TENANT, POLICY_ERROR, PROCESSING_ERROR,"
                    + " OTHER.")
    private String reason;

    @Option(names = "--max", paramLabel = "N", description = "Replay at most N dead letters; the rest on the next run.")
    private Long max;

    @Option(names = "--dry-run",
            description = "Show what would be replayed, and check that each original can be decrypted; write nothing,"
                    + " commit nothing.")
    private boolean dryRun;

    @Option(names = "--principal", defaultValue = "${sys:user.name}", paramLabel = "NAME",
            description = "Who replays, for the audit trail. Default: the OS user name (${DEFAULT-VALUE}).")
    private String principal;

    private final Map<String, String> environment;
    private final boolean progressDisplay;

    ReplayDlqCommand(Map<String, String> environment, boolean progressDisplay) {
        this.environment = environment;
        this.progressDisplay = progressDisplay;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeadLetterReason wanted;
        try {
            wanted = DeadLetterReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--reason: not a dead-letter reason; one of "
                    + Arrays.toString(DeadLetterReason.values()));
        }
        if (max != null && max < 1) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--max: must be at least 1");
        }
        if (principal == null || principal.isBlank()) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                    "--principal: must not be blank (no OS user name to default to)");
        }
        ContactShieldConfig settings;
        SchemaRegistryClient registry;
        try {
            settings = ContactShieldConfig.load(config, environment);
            settings.requireKafka();
            settings.topics();
            registry = OperatorSupport.registry(settings, "dead letters and audit events are Avro records");
        } catch (ConfigException | IllegalArgumentException e) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "configuration error: " + e.getMessage());
        }
        Originals originals;
        try {
            originals = Originals.create(settings);
        } catch (RuntimeException e) {
            registry.close();
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                    "configuration error: the KMS (kms.*) cannot be set up: " + e.getMessage());
        }
        try (registry; originals) {
            return new Run(settings, wanted, registry, originals, out, err).execute();
        }
    }

    /** A dead letter of the reason that cannot be replayed; the run stops before it. */
    private static final class Unreplayable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreplayable(String message) {
            super(message, null, false, false);
        }
    }

    private final class Run {

        private final ContactShieldConfig settings;
        private final DeadLetterReason wanted;
        private final Originals originals;
        private final PrintWriter out;
        private final PrintWriter err;
        private final AvroDeserializer<DeadLetter> deadLetters;
        private final AvroSerializer<AuditEvent> audits;
        private final String dlqTopic;
        private final Set<String> inputs;
        private final String group;
        private final ApplicationInfo application;
        private final Progress progress;
        private long replayed;
        private long passedOver;
        private long unreadable;

        Run(ContactShieldConfig settings, DeadLetterReason wanted, SchemaRegistryClient registry, Originals originals,
                PrintWriter out, PrintWriter err) {
            this.settings = settings;
            this.wanted = wanted;
            this.originals = originals;
            this.out = out;
            this.err = err;
            this.deadLetters = new AvroDeserializer<>(registry, DeadLetter.class);
            this.audits = new AvroSerializer<>(registry);
            this.dlqTopic = settings.topics().deadLetters();
            this.inputs = new HashSet<>(settings.topics().inputs());
            this.group = OperatorSupport.applicationId(settings) + "-replay-dlq-" + wanted.name();
            this.application = OperatorSupport.application(settings);
            this.progress = new Progress(err, progressDisplay);
        }

        int execute() {
            Map<String, Object> consumerConfig = OperatorSupport.consumerConfig(settings);
            consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, group);
            consumerConfig.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
            consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            consumerConfig.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, group);
            KafkaProducer<byte[], byte[]> producer = null;
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<PartitionInfo> partitions = consumer.partitionsFor(dlqTopic, Duration.ofSeconds(30));
                if (partitions == null || partitions.isEmpty()) {
                    return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED,
                            "the dead-letter topic " + dlqTopic + " does not exist");
                }
                List<TopicPartition> assigned = partitions.stream()
                        .map(p -> new TopicPartition(dlqTopic, p.partition())).toList();
                consumer.assign(assigned);
                // read_committed: the last stable offsets, so open transactions are not waited for.
                Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(assigned));
                if (!dryRun) {
                    producer = producer();
                    producer.initTransactions();
                }
                String failure = loop(consumer, producer, ends);
                progress.clear();
                String counts = (dryRun ? "would replay " : "replayed ") + replayed + " dead letters of reason "
                        + wanted + " from " + dlqTopic + " (consumer group " + group + "); passed over " + passedOver
                        + " of other reasons" + (unreadable > 0 ? ", " + unreadable + " unreadable" : "");
                if (failure != null) {
                    err.println(NAME + ": " + counts);
                    return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, "stopped: " + failure
                            + (dryRun ? "" : "; the dead letters before it are committed, it and those after it are"
                                    + " left for the next run"));
                }
                err.println(NAME + ": " + counts);
                err.flush();
                return OperatorSupport.OK;
            } catch (ProducerFencedException e) {
                progress.clear();
                return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, "another replay-dlq of reason " + wanted
                        + " started and fenced this one; its uncommitted batch was aborted");
            } catch (KafkaException e) {
                progress.clear();
                return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, "Kafka failed after " + replayed
                        + " replayed dead letters (the batch in progress is not committed): "
                        + OperatorSupport.kafkaProblem(e));
            } finally {
                out.flush();
                if (producer != null) {
                    producer.close(Duration.ofSeconds(10));
                }
                deadLetters.close();
                audits.close();
            }
        }

        private KafkaProducer<byte[], byte[]> producer() {
            Map<String, Object> producerConfig = OperatorSupport.producerConfig(settings);
            producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, group);
            producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
            producerConfig.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, group);
            return new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer());
        }

        /** Reads to the end offsets; returns why it stopped early, or null. */
        private String loop(KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer,
                Map<TopicPartition, Long> ends) {
            while (true) {
                Set<TopicPartition> open = new HashSet<>();
                for (TopicPartition partition : consumer.assignment()) {
                    if (consumer.position(partition) < ends.get(partition)) {
                        open.add(partition);
                    } else {
                        consumer.pause(List.of(partition));
                    }
                }
                if (open.isEmpty() || (max != null && replayed >= max)) {
                    return null;
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                String failure = null;
                if (producer != null) {
                    producer.beginTransaction();
                }
                batch:
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                        if (record.offset() >= ends.get(partition)) {
                            break;
                        }
                        if (max != null && replayed >= max) {
                            break batch;
                        }
                        try {
                            handle(record, producer);
                        } catch (Unreplayable e) {
                            failure = e.getMessage();
                            break batch;
                        }
                        offsets.put(partition, new OffsetAndMetadata(record.offset() + 1));
                        progress.update((dryRun ? "would replay " : "replayed ") + replayed + ", passed over "
                                + passedOver);
                    }
                }
                if (producer != null) {
                    if (!offsets.isEmpty()) {
                        producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    }
                    producer.commitTransaction();
                }
                if (failure != null) {
                    return failure;
                }
            }
        }

        private void handle(ConsumerRecord<byte[], byte[]> record, KafkaProducer<byte[], byte[]> producer)
                throws Unreplayable {
            DeadLetter deadLetter;
            try {
                deadLetter = deadLetters.deserialize(record.topic(), record.value());
            } catch (SerializationException e) {
                unreadable++;
                err.println(NAME + ": warning: " + record.topic() + "-" + record.partition() + "@" + record.offset()
                        + " is not a DeadLetter, passed over: " + e.getMessage());
                return;
            }
            if (deadLetter == null) {
                unreadable++;
                return;
            }
            if (deadLetter.getReason() != wanted) {
                passedOver++;
                return;
            }
            String where = "dead letter " + deadLetter.getDeadLetterId() + " (" + record.topic() + "-"
                    + record.partition() + "@" + record.offset() + ")";
            String target = deadLetter.getSource().getTopic();
            if (!inputs.contains(target)) {
                throw new Unreplayable(where + " came from topic " + target + ", which is not a configured input topic "
                        + inputs.stream().sorted().collect(Collectors.toList()));
            }
            OriginalRecord original;
            try {
                original = originals.open(deadLetter);
            } catch (RuntimeException e) {
                throw new Unreplayable(where + " cannot be decrypted: " + e.getClass().getSimpleName() + ": "
                        + e.getMessage());
            }
            if (producer != null) {
                producer.send(replay(target, original, deadLetter.getAttempts()));
                producer.send(new ProducerRecord<>(settings.topics().audit(), key(deadLetter),
                        audits.serialize(settings.topics().audit(), audit(deadLetter, record, target))));
            }
            replayed++;
            out.println((dryRun ? "would replay" : "replayed") + "\t" + deadLetter.getDeadLetterId() + "\t"
                    + deadLetter.getSource().getTopic() + "-" + deadLetter.getSource().getPartition() + "@"
                    + deadLetter.getSource().getOffset() + "\tattempts=" + deadLetter.getAttempts());
        }

        private ProducerRecord<byte[], byte[]> replay(String topic, OriginalRecord original, int attempts) {
            RecordHeaders headers = new RecordHeaders();
            for (RecordHeader header : original.getHeaders()) {
                if (!ATTEMPTS_HEADER.equals(header.getKey())) {
                    headers.add(header.getKey(), header.getValue() == null ? null : RecordJson.bytes(header.getValue()));
                }
            }
            headers.add(ATTEMPTS_HEADER, Integer.toString(attempts).getBytes(StandardCharsets.US_ASCII));
            return new ProducerRecord<>(topic, null, original.getTimestamp().toEpochMilli(),
                    original.getKey() == null ? null : RecordJson.bytes(original.getKey()),
                    original.getValue() == null ? null : RecordJson.bytes(original.getValue()), headers);
        }

        private byte[] key(DeadLetter deadLetter) {
            String key = deadLetter.getContactId() != null ? deadLetter.getContactId() : deadLetter.getTenantId();
            return key == null ? null : new StringSerializer().serialize(null, key);
        }

        private AuditEvent audit(DeadLetter deadLetter, ConsumerRecord<byte[], byte[]> record, String target) {
            Map<String, String> details = new TreeMap<>();
            details.put("deadLetterId", deadLetter.getDeadLetterId());
            details.put("deadLetterTopic", record.topic());
            details.put("deadLetterPartition", Integer.toString(record.partition()));
            details.put("deadLetterOffset", Long.toString(record.offset()));
            details.put("attempts", Integer.toString(deadLetter.getAttempts()));
            details.put("replayedTo", target);
            // Name-based on the dead letter's place, so the audit of a replay has one id whatever happens.
            String auditId = UUID.nameUUIDFromBytes(("dead-letter-replayed|" + record.topic() + "|" + record.partition()
                    + "|" + record.offset()).getBytes(StandardCharsets.UTF_8)).toString();
            return AuditEvent.newBuilder()
                    .setAuditId(auditId)
                    .setEventTime(Instant.now())
                    .setAction(AuditAction.DEAD_LETTER_REPLAYED)
                    .setTenantId(deadLetter.getTenantId())
                    .setContactId(deadLetter.getContactId())
                    .setEventId(deadLetter.getEventId())
                    .setSource(deadLetter.getSource())
                    .setReason(deadLetter.getReason().name())
                    .setKmsKeyId(deadLetter.getOriginal().getKmsKeyId())
                    .setDataKeyId(deadLetter.getOriginal().getDataKeyId())
                    .setKeyScope(deadLetter.getOriginal().getKeyScope())
                    .setPrincipal(principal)
                    .setApplication(application)
                    .setDetails(details)
                    .build();
        }
    }
}
