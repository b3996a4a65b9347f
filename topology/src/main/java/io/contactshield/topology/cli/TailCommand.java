package io.contactshield.topology.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.OriginalRecord;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.schemas.RecordHeader;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.app.ContactShieldConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contact-shield tail --config FILE --topic T [--decrypt] [--from-beginning] [--max N]
 * [--timeout-ms MS]}: prints the records of a protected-event, audit or dead-letter topic as JSON
 * lines, committed records only ({@code read_committed}), without joining a consumer group.
 *
 * <p>Without {@code --decrypt} no KMS client is created and nothing encrypted is opened. With it,
 * a protected event's line gets its decrypted original input and a dead letter's its decrypted
 * original record; a record that cannot be opened (no permission, wrong key, shredded) gets an
 * error field instead and the command goes on. Exit status 0 all records shown, 1 a record could
 * not be decoded or decrypted (after the others) or Kafka failed, 2 bad options or configuration.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Prints the records of a protected, audit or dead-letter topic as JSON lines (read_committed, no consumer"
                    + " group); records of any other type (an input topic's) are shown by length only. Avro is shown"
                    + " as plain JSON (unions unwrapped, timestamps ISO-8601, bytes base64);"
                    + " envelopes as their length unless --envelopes.",
            "Without --decrypt, no KMS client is created and nothing is decrypted. With --decrypt (and KMS"
                    + " permissions for the tenants' keys, and the quarantine key for dead letters of unknown tenants),"
                    + " protected events show their original input and dead letters their original record; a record"
                    + " that cannot be decrypted shows decryptError and the command goes on.",
            "Stops after --max records, after --timeout-ms without a new record, or on Ctrl-C; a count goes to"
                    + " standard error.",
            "Exit status: 0 done, 1 a record could not be decoded or decrypted (the others are shown) or Kafka failed,"
                    + " 2 bad options or configuration."
        })
final class TailCommand implements Callable<Integer> {

    private static final String NAME = "contact-shield tail";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OUTPUT_SCHEMAS = Set.of(
            ProtectedContactEvent.getClassSchema().getFullName(),
            DeadLetter.getClassSchema().getFullName(),
            AuditEvent.getClassSchema().getFullName());

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Properties file (as for run): bootstrap.servers and Kafka security settings,"
                    + " schema.registry.*, and kms.* for --decrypt. CONTACT_SHIELD_<KEY> environment variables override it.")
    private Path config;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "The topic to read.")
    private String topic;

    @Option(names = "--decrypt", description = "Decrypt originals with this operator's KMS permissions.")
    private boolean decrypt;

    @Option(names = "--from-beginning", description = "Start at the earliest record; default: only new records.")
    private boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    private Long max;

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "Stop when no record came for MS milliseconds.")
    private Long timeoutMs;

    @Option(names = "--envelopes", description = "Print envelopes in full (base64) rather than their length.")
    private boolean fullEnvelopes;

    private final Map<String, String> environment;
    private final boolean progressDisplay;

    TailCommand(Map<String, String> environment, boolean progressDisplay) {
        this.environment = environment;
        this.progressDisplay = progressDisplay;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (topic.isBlank()) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--topic: must not be blank");
        }
        if (max != null && max < 1) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--max: must be at least 1");
        }
        if (timeoutMs != null && timeoutMs < 1) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--timeout-ms: must be at least 1");
        }
        ContactShieldConfig settings;
        SchemaRegistryClient registry;
        try {
            settings = ContactShieldConfig.load(config, environment);
            settings.requireKafka();
            registry = OperatorSupport.registry(settings, "tail decodes Avro records through the schema registry");
        } catch (ConfigException e) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "configuration error: " + e.getMessage());
        }
        Originals originals = null;
        if (decrypt) {
            try {
                originals = Originals.create(settings);
            } catch (RuntimeException e) {
                registry.close();
                return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                        "configuration error: the KMS (kms.*) cannot be set up: " + e.getMessage());
            }
        }
        try (registry; Reader reader = new Reader(registry, originals, out, err)) {
            return reader.run(settings);
        }
    }

    /** One run: the consumer, the decoders and the counts. */
    private final class Reader implements AutoCloseable {

        private final Originals originals;
        private final PrintWriter out;
        private final PrintWriter err;
        private final RecordJson json = new RecordJson(fullEnvelopes);
        private final AvroDeserializer<Object> generic;
        private final AvroDeserializer<ProtectedContactEvent> protectedEvents;
        private final AvroDeserializer<DeadLetter> deadLetters;
        private final Progress progress;
        private long shown;
        private long failed;

        Reader(SchemaRegistryClient registry, Originals originals, PrintWriter out, PrintWriter err) {
            this.originals = originals;
            this.out = out;
            this.err = err;
            this.generic = new AvroDeserializer<>(registry);
            this.protectedEvents = new AvroDeserializer<>(registry, ProtectedContactEvent.class);
            this.deadLetters = new AvroDeserializer<>(registry, DeadLetter.class);
            this.progress = new Progress(err, progressDisplay);
        }

        int run(ContactShieldConfig settings) {
            Map<String, Object> consumerConfig = OperatorSupport.consumerConfig(settings);
            consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
            consumerConfig.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
            consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            consumerConfig.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "contact-shield-tail");
            CountDownLatch finished = new CountDownLatch(1);
            KafkaConsumer<byte[], byte[]> consumer;
            try {
                consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            } catch (KafkaException e) {
                return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                        "configuration error: the Kafka consumer cannot be set up: " + OperatorSupport.kafkaProblem(e));
            }
            Thread interrupt = new Thread(() -> {
                consumer.wakeup();
                try {
                    finished.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "contact-shield-tail-stop");
            Runtime.getRuntime().addShutdownHook(interrupt);
            try (consumer) {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (partitions == null || partitions.isEmpty()) {
                    return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, "topic " + topic + " does not exist");
                }
                List<TopicPartition> assigned = partitions.stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(assigned);
                if (fromBeginning) {
                    consumer.seekToBeginning(assigned);
                } else {
                    consumer.seekToEnd(assigned);
                }
                long lastRecord = System.nanoTime();
                while (max == null || shown < max) {
                    var records = consumer.poll(Duration.ofMillis(200));
                    if (records.isEmpty()) {
                        if (timeoutMs != null && System.nanoTime() - lastRecord > TimeUnit.MILLISECONDS.toNanos(timeoutMs)) {
                            break;
                        }
                        continue;
                    }
                    lastRecord = System.nanoTime();
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        if (max != null && shown >= max) {
                            break;
                        }
                        out.println(line(record).toString());
                        if (out.checkError()) {
                            progress.clear();
                            return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED,
                                    "I/O error: standard output closed after " + shown + " records");
                        }
                        shown++;
                        progress.update(shown + " records" + (failed > 0 ? ", " + failed + " failed" : ""));
                    }
                }
            } catch (WakeupException e) {
                // Ctrl-C or SIGTERM: stop and count.
            } catch (KafkaException e) {
                progress.clear();
                return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED,
                        "reading " + topic + " failed after " + shown + " records: " + OperatorSupport.kafkaProblem(e));
            } finally {
                out.flush();
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running
                }
            }
            progress.clear();
            err.println(NAME + ": " + shown + " records from " + topic
                    + (failed > 0 ? "; " + failed + " could not be decoded or decrypted (see their error fields)" : ""));
            err.flush();
            return failed > 0 ? OperatorSupport.FAILED : OperatorSupport.OK;
        }

        private ObjectNode line(ConsumerRecord<byte[], byte[]> record) {
            ObjectNode line = RecordJson.NODES.objectNode()
                    .put("topic", record.topic())
                    .put("partition", record.partition())
                    .put("offset", record.offset());
            line.put("timestamp", record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()).toString());
            RecordJson.putBytes(line, "key", record.key());
            if (record.value() == null) {
                line.putNull("value");
                return line;
            }
            Object value;
            try {
                value = generic.deserialize(record.topic(), record.value());
            } catch (SerializationException e) {
                // Not printed: a value that is not ours could hold anything.
                failed++;
                line.put("valueBytes", record.value().length);
                line.put("error", e.getMessage());
                return line;
            }
            if (!(value instanceof GenericContainer container)) {
                line.set("value", RecordJson.NODES.textNode(String.valueOf(value)));
                return line;
            }
            String schema = container.getSchema().getFullName();
            line.put("schema", schema);
            if (!OUTPUT_SCHEMAS.contains(schema)) {
                // An input topic, say: its records are the personal data contact-shield protects.
                line.put("valueBytes", record.value().length);
                line.put("note", "not a protected event, audit event or dead letter: not shown");
                return line;
            }
            line.set("value", json.render(value, container.getSchema()));
            if (originals != null) {
                try {
                    if (schema.equals(ProtectedContactEvent.getClassSchema().getFullName())) {
                        line.set("original", original(protectedEvents.deserialize(record.topic(), record.value())));
                    } else if (schema.equals(DeadLetter.getClassSchema().getFullName())) {
                        line.set("original", original(deadLetters.deserialize(record.topic(), record.value())));
                    }
                } catch (RuntimeException e) {
                    failed++;
                    line.put("decryptError", e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            return line;
        }

        private JsonNode original(ProtectedContactEvent event) {
            byte[] plaintext = originals.open(event);
            PayloadFormat format = event.getPayload().getFormat();
            ObjectNode original = RecordJson.NODES.objectNode().put("format", format.name());
            if (format == PayloadFormat.CONFLUENT_AVRO) {
                Object contact = generic.deserialize(topic, plaintext);
                original.set("contact", json.render(contact, ((GenericContainer) contact).getSchema()));
            } else if (format == PayloadFormat.CONNECT_CTR_JSON) {
                try {
                    original.set("record", JSON.readTree(plaintext));
                } catch (IOException e) {
                    RecordJson.putBytes(original, "record", plaintext);
                }
            } else {
                RecordJson.putBytes(original, "bytes", plaintext);
            }
            return original;
        }

        private JsonNode original(DeadLetter deadLetter) {
            OriginalRecord record = originals.open(deadLetter);
            ObjectNode original = RecordJson.NODES.objectNode();
            RecordJson.putBytes(original, "key", record.getKey() == null ? null : RecordJson.bytes(record.getKey()));
            byte[] value = record.getValue() == null ? null : RecordJson.bytes(record.getValue());
            RecordJson.putBytes(original, "value", value);
            if (value != null && value.length > 5 && value[0] == 0) {
                try {
                    Object avro = generic.deserialize(deadLetter.getSource().getTopic(), value);
                    if (avro instanceof GenericContainer container) {
                        original.set("valueAvro", json.render(avro, container.getSchema()));
                    }
                } catch (RuntimeException notAvro) {
                    // shown as bytes above
                }
            }
            ArrayNode headers = original.putArray("headers");
            for (RecordHeader header : record.getHeaders()) {
                ObjectNode h = headers.addObject().put("key", header.getKey());
                RecordJson.putBytes(h, "value", header.getValue() == null ? null : RecordJson.bytes(header.getValue()));
            }
            original.put("timestamp", record.getTimestamp().toString());
            return original;
        }

        @Override
        public void close() {
            generic.close();
            protectedEvents.close();
            deadLetters.close();
            if (originals != null) {
                originals.close();
            }
        }
    }
}
