package io.contactshield.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.demo.ContactGenerator.AvroEvent;
import io.contactshield.demo.ContactGenerator.ConnectRecord;
import io.contactshield.demo.ContactGenerator.Input;
import io.contactshield.demo.ContactGenerator.RawBytes;
import io.contactshield.demo.ContactGenerator.TruncatedEvent;
import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerdeConfig;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.kms.KmsConfig;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.app.ContactShieldConfig;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.contactshield.topology.tokenize.KeyringAdmin;
import io.contactshield.topology.tokenize.TokenKeyInfo;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One run of the demo: an in-process broker, an in-memory registry and the local KMS; the real
 * {@link ContactShieldApplication} on them; generated traffic in; the outputs read back, counted,
 * summarised and optionally dumped. Everything it starts, it stops; its temp dir is deleted.
 *
 * <p>It waits for completion by counting record audit events (the pipeline writes exactly one per
 * input record), never by sleeping. What it prints of records is what the pipeline let out:
 * protected events and audit events, plus the one generated input shown beside its protected form.
 */
final class DemoRun {

    static final int OK = 0;
    static final int FAILED = 1;

    /** The audit actions that answer an input record; the others are key events. */
    static final Set<AuditAction> RECORD_ACTIONS =
            EnumSet.of(AuditAction.PROTECTED, AuditAction.DEAD_LETTERED, AuditAction.DUPLICATE_DROPPED);

    private static final PipelineTopics TOPICS = PipelineTopics.DEFAULTS;
    private static final String PRINCIPAL = "contact-shield-demo";
    private static final Duration DRAIN = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One output record as read, its value decoded. */
    record Output(String topic, int partition, long offset, long timestamp, String key, Object value) {
    }

    /** The counts the summary adds up. */
    record Counts(long in, long protectedEvents, long deadLettered, long duplicates, long keyEvents) {
        boolean addUp() {
            return in == protectedEvents + deadLettered + duplicates;
        }
    }

    private final DemoOptions options;
    private final InputFile inputFile;
    private final PrintStream out;
    private final String registryUrl = "mock://demo-" + UUID.randomUUID();

    private final List<Output> protectedEvents = new ArrayList<>();
    private final List<Output> audits = new ArrayList<>();
    private final List<Output> deadLetters = new ArrayList<>();
    private final Map<AuditAction, Long> recordAudits = new TreeMap<>();
    private final Map<String, ContactEvent> generatedById = new HashMap<>();
    private Counts counts;

    DemoRun(DemoOptions options, InputFile inputFile, PrintStream out) {
        this.options = options;
        this.inputFile = inputFile;
        this.out = out;
    }

    /** The counts of the last run, or null if it did not get that far. */
    Counts counts() {
        return counts;
    }

    int run() throws IOException {
        List<DemoTenant> tenants = DemoTenant.first(options.tenants());
        ContactGenerator generator = new ContactGenerator(tenants, options.seed());
        List<Input> inputs = generator.generate(options.events());
        Path temp = Files.createTempDirectory("contact-shield-demo-");
        try {
            return run(tenants, inputs, temp);
        } finally {
            deleteRecursively(temp);
        }
    }

    private int run(List<DemoTenant> tenants, List<Input> inputs, Path temp) throws IOException {
        long startedAt = System.nanoTime();
        out.println("contact-shield demo: the protection pipeline on a real in-process Kafka broker");
        Path masterKey = writeMasterKey(temp);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            for (String topic : List.of(TOPICS.contacts(), TOPICS.connectRecords(), TOPICS.protectedContacts(),
                    TOPICS.audit())) {
                broker.createTopic(topic, 3);
            }
            broker.createTopic(TOPICS.deadLetters(), 1);
            Map<String, String> routes = routes(tenants);
            ContactShieldConfig config = ContactShieldConfig.of(config(broker.bootstrapServers(), tenants, routes,
                    masterKey, temp.resolve("streams")));
            out.printf("  broker      %s (single-node KRaft, in this JVM; started in %.1f s)%n",
                    broker.bootstrapServers(), seconds(System.nanoTime() - startedAt));
            out.printf("  registry    %s (in-memory, Confluent semantics)%n", registryUrl);
            out.printf("  kms         local master key, generated into the temp dir (LocalKms: NOT FOR PRODUCTION)%n");

            try (ContactShieldApplication app = ContactShieldApplication.create(config)) {
                app.start();
                KeyringAdmin keys = new KeyringAdmin(app.keyring());
                for (DemoTenant tenant : tenants) {
                    TokenKeyInfo key = keys.create(tenant.id(), PRINCIPAL);
                    out.printf("  tenant      %-9s KMS key %s, token key v%d provisioned (KeyringAdmin), Connect"
                            + " instance %s%n", tenant.id(), tenant.kmsKeyId(), key.version(), tail(tenant.instanceArn()));
                }
                if (!inputFile.instanceArns().isEmpty()) {
                    out.printf("  --input     %d instance ARN(s) routed to demo tenants: %s%n",
                            inputFile.instanceArns().size(),
                            inputFile.instanceArns().stream().map(arn -> tail(arn) + " -> " + routes.get(arn))
                                    .collect(Collectors.joining(", ")));
                }
                out.printf("  metrics     %smetrics (also /health/live, /health/ready), while the demo runs%n",
                        slash(app.ops().baseUri().toString()));

                if (!awaitRunning(app)) {
                    return FAILED;
                }
                long produceStart = System.nanoTime();
                int published = produce(broker.bootstrapServers(), inputs);
                out.printf("  published   %d records in %.1f s:%n%s", published, seconds(System.nanoTime() - produceStart),
                        describe(inputs));
                if (!inputFile.lines().isEmpty()) {
                    out.printf("              + %d contact record(s) from %s -> %s%n", inputFile.lines().size(),
                            options.input(), TOPICS.connectRecords());
                }
                out.println();

                boolean done = await(broker.bootstrapServers(), app, published, produceStart);
                long elapsed = System.nanoTime() - produceStart;
                if (!done) {
                    return FAILED;
                }
                counts = new Counts(published, recordAudits.getOrDefault(AuditAction.PROTECTED, 0L),
                        recordAudits.getOrDefault(AuditAction.DEAD_LETTERED, 0L),
                        recordAudits.getOrDefault(AuditAction.DUPLICATE_DROPPED, 0L),
                        audits.size() - recordAudits.values().stream().mapToLong(Long::longValue).sum());
                summary(app.meters(), elapsed);
                sample();
                if (options.dump() != null) {
                    dump(options.dump());
                }
            }
        }
        out.printf("%nDone in %.1f s; broker stopped, temp dir removed.%n", seconds(System.nanoTime() - startedAt));
        return counts.addUp() ? OK : FAILED;
    }

    // ---- setup -----------------------------------------------------------------------------

    private Map<String, String> config(String bootstrap, List<DemoTenant> tenants, Map<String, String> routes,
            Path masterKey, Path stateDir) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("application.id", "contact-shield-demo");
        config.put("state.dir", stateDir.toString());
        config.put("commit.interval.ms", "100");
        config.put(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, registryUrl);
        config.put(KmsConfig.KMS_PROVIDER_CONFIG, KmsConfig.PROVIDER_LOCAL);
        config.put(KmsConfig.KMS_LOCAL_MASTER_KEY_FILE_CONFIG, masterKey.toString());
        config.put(ContactShieldConfig.QUARANTINE_KEY_CONFIG, DemoTenant.QUARANTINE_KEY);
        config.put(ContactShieldConfig.INSTANCE_ID_CONFIG, "demo");
        config.put(ContactShieldConfig.OPS_HOST_CONFIG, "127.0.0.1");
        config.put(ContactShieldConfig.OPS_PORT_CONFIG, Integer.toString(options.metricsPort()));
        config.put(ContactShieldConfig.SHUTDOWN_TIMEOUT_MS_CONFIG, "10000");
        for (DemoTenant tenant : tenants) {
            config.put("tenant." + tenant.id() + ".kms.key.id", tenant.kmsKeyId());
        }
        Map<String, List<String>> instances = new TreeMap<>();
        routes.forEach((arn, tenant) -> instances.computeIfAbsent(tenant, t -> new ArrayList<>()).add(arn));
        instances.forEach((tenant, arns) -> config.put("tenant." + tenant + ".connect.instances", String.join(",", arns)));
        return config;
    }

    // Each tenant's own Connect instance, and every instance ARN of --input, round robin.
    private Map<String, String> routes(List<DemoTenant> tenants) {
        Map<String, String> routes = new LinkedHashMap<>();
        tenants.forEach(t -> routes.put(t.instanceArn(), t.id()));
        int next = 0;
        for (String arn : inputFile.instanceArns()) {
            if (!routes.containsKey(arn)) {
                routes.put(arn, tenants.get(next++ % tenants.size()).id());
            }
        }
        return routes;
    }

    private static Path writeMasterKey(Path temp) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path file = temp.resolve("local-kms-master.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system; the temp dir is the user's own.
        }
        return file;
    }

    // ---- input ---------------------------------------------------------------------------------

    private int produce(String bootstrap, List<Input> inputs) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5);
        int sent = 0;
        try (AvroSerializer<ContactEvent> avro = new AvroSerializer<>();
                KafkaProducer<String, byte[]> producer =
                        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            avro.configure(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, registryUrl), false);
            for (Input input : inputs) {
                byte[] value;
                if (input instanceof AvroEvent e) {
                    value = avro.serialize(input.topic(), e.event());
                    generatedById.put(e.event().getEventId(), e.event());
                } else if (input instanceof TruncatedEvent e) {
                    value = ContactGenerator.truncate(avro.serialize(input.topic(), e.event()));
                } else if (input instanceof RawBytes raw) {
                    value = raw.value();
                } else {
                    value = ContactGenerator.utf8(((ConnectRecord) input).json());
                }
                producer.send(new ProducerRecord<>(input.topic(), input.key(), value));
                sent++;
            }
            for (InputFile.Line line : inputFile.lines()) {
                producer.send(new ProducerRecord<>(TOPICS.connectRecords(), line.contactId(),
                        ContactGenerator.utf8(line.json())));
                sent++;
            }
            producer.flush();
        }
        return sent;
    }

    private static String describe(List<Input> inputs) {
        long avro = inputs.stream().filter(i -> i instanceof AvroEvent e
                && !ContactGenerator.UNKNOWN_TENANT.equals(e.event().getTenantId())).count();
        long ctr = inputs.stream().filter(i -> i instanceof ConnectRecord).count();
        long malformed = inputs.size() - avro - ctr;
        return String.format("              %5d contact events (Avro, Confluent wire format) -> %s%n"
                + "              %5d Amazon Connect contact records (JSON, one an exact repeat) -> %s%n"
                + "              %5d malformed: garbage bytes, unknown schema id, truncated Avro, unknown tenant%n",
                avro, TOPICS.contacts(), ctr, TOPICS.connectRecords(), malformed);
    }

    // Publishing before the first rebalance is fine for the pipeline, but would blur the throughput figure.
    private boolean awaitRunning(ContactShieldApplication app) {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (app.streams().state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || app.streams().state() == KafkaStreams.State.ERROR) {
                out.printf("%nFAILED: Kafka Streams did not reach RUNNING within %d s (it is %s); see the log.%n",
                        options.timeout().toSeconds(), app.streams().state());
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    // ---- waiting for the outputs ---------------------------------------------------------------

    private boolean await(String bootstrap, ContactShieldApplication app, int expected, long since) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long deadline = System.nanoTime() + options.timeout().toNanos();
        long nextProgress = System.nanoTime() + 1_000_000_000L;
        try (AvroDeserializer<Object> decoder = new AvroDeserializer<>();
                KafkaConsumer<String, byte[]> consumer =
                        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            decoder.configure(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, registryUrl,
                    AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true), false);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS.outputs()) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (recorded() < expected) {
                if (System.nanoTime() > deadline) {
                    progress(expected, since, true);
                    out.printf("%nFAILED: processing did not complete within %d s: %d of %d input records have an"
                            + " audit event (Kafka Streams is %s). Nothing was left in clear; see the log above.%n",
                            options.timeout().toSeconds(), recorded(), expected, app.streams().state());
                    return false;
                }
                if (app.streams().state() == KafkaStreams.State.ERROR
                        || app.streams().state() == KafkaStreams.State.NOT_RUNNING) {
                    out.printf("%nFAILED: Kafka Streams stopped (%s) after %d of %d input records; see the log above.%n",
                            app.streams().state(), recorded(), expected);
                    return false;
                }
                poll(consumer, decoder);
                if (System.nanoTime() >= nextProgress && recorded() < expected) {
                    progress(expected, since, false);
                    nextProgress += 1_000_000_000L;
                }
            }
            progress(expected, since, true);
            // Protected events and dead letters commit with their audit events; read up to them.
            long drainUntil = System.nanoTime() + DRAIN.toNanos();
            while ((protectedEvents.size() < recordAudits.getOrDefault(AuditAction.PROTECTED, 0L)
                    || deadLetters.size() < recordAudits.getOrDefault(AuditAction.DEAD_LETTERED, 0L))
                    && System.nanoTime() < drainUntil) {
                poll(consumer, decoder);
            }
            // Key events are written outside the transactions; give late ones a moment.
            poll(consumer, decoder);
        }
        return true;
    }

    private void poll(KafkaConsumer<String, byte[]> consumer, AvroDeserializer<Object> decoder) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Object value = record.value() == null ? null : decoder.deserialize(record.topic(), record.value());
            Output output = new Output(record.topic(), record.partition(), record.offset(), record.timestamp(),
                    record.key(), value);
            if (record.topic().equals(TOPICS.protectedContacts())) {
                protectedEvents.add(output);
            } else if (record.topic().equals(TOPICS.deadLetters())) {
                deadLetters.add(output);
            } else {
                audits.add(output);
                if (value instanceof AuditEvent audit && RECORD_ACTIONS.contains(audit.getAction())) {
                    recordAudits.merge(audit.getAction(), 1L, Long::sum);
                }
            }
        }
    }

    private long recorded() {
        return recordAudits.values().stream().mapToLong(Long::longValue).sum();
    }

    private void progress(int expected, long since, boolean last) {
        double elapsed = seconds(System.nanoTime() - since);
        long done = recorded();
        String line = String.format("  [%5.1f s] in %d, out %d (protected %d, dead-lettered %d, duplicates %d),"
                        + " %.0f records/s", elapsed, expected, done,
                recordAudits.getOrDefault(AuditAction.PROTECTED, 0L),
                recordAudits.getOrDefault(AuditAction.DEAD_LETTERED, 0L),
                recordAudits.getOrDefault(AuditAction.DUPLICATE_DROPPED, 0L), elapsed > 0 ? done / elapsed : 0);
        if (options.interactive()) {
            out.print("\r" + line + "   ");
            if (last) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    // ---- summary -------------------------------------------------------------------------------

    private void summary(MeterRegistry meters, long elapsedNanos) {
        Map<String, Long> reasons = new TreeMap<>();
        long connectUnmappable = 0;
        long connectDeadLettered = 0;
        for (Output output : deadLetters) {
            DeadLetter letter = (DeadLetter) output.value();
            reasons.merge(letter.getReason().name(), 1L, Long::sum);
            if (letter.getSource() != null && TOPICS.connectRecords().equals(letter.getSource().getTopic())) {
                connectDeadLettered++;
                if ("UNMAPPABLE_JSON".equals(letter.getReason().name())) {
                    connectUnmappable++;
                }
            }
        }
        long connectIn = audits.stream().map(Output::value)
                .filter(v -> v instanceof AuditEvent a && RECORD_ACTIONS.contains(a.getAction())
                        && a.getSource() != null && TOPICS.connectRecords().equals(a.getSource().getTopic()))
                .count();

        out.println();
        out.println("Summary");
        out.printf("  records in        %6d%n", counts.in());
        out.printf("  protected         %6d  -> %s%n", counts.protectedEvents(), TOPICS.protectedContacts());
        out.printf("  dead-lettered     %6d  -> %s, originals encrypted (%s)%n", counts.deadLettered(),
                TOPICS.deadLetters(), reasons.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        out.printf("  duplicates        %6d  (exact repeats of a delivered contact record, dropped and audited)%n",
                counts.duplicates());
        out.printf("  check             in = protected + dead-lettered + duplicates: %d = %d + %d + %d %s%n",
                counts.in(), counts.protectedEvents(), counts.deadLettered(), counts.duplicates(),
                counts.addUp() ? "OK" : "MISMATCH");
        out.printf("  audit events      %6d  -> %s (%d for records, one each, and %d key events)%n",
                audits.size(), TOPICS.audit(), recorded(), counts.keyEvents());
        if (connectIn > 0 && connectUnmappable == connectIn) {
            out.printf("  note              all %d Amazon Connect contact records were dead-lettered as UNMAPPABLE_JSON:"
                    + " this build's contact-record mapper maps none%n", connectIn);
        } else if (connectDeadLettered > 0) {
            out.printf("  connect records   %d in, %d dead-lettered%n", connectIn, connectDeadLettered);
        }

        Map<String, Double> findings = sumBy(meters, "contactshield.findings", "type");
        double totalFindings = findings.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("  findings          %6.0f  %s%n", totalFindings, findings.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + Math.round(e.getValue())).collect(Collectors.joining(", ")));
        out.printf("  tokens            %6.0f  values replaced by tokens%n", sum(meters, "contactshield.tokens", Map.of()));

        Map<String, Double> kmsByOperation = new TreeMap<>();
        double kmsErrors = 0;
        for (Counter counter : meters.find("kms.operations").counters()) {
            if (counter.count() == 0) {
                continue;
            }
            if ("success".equals(counter.getId().getTag("outcome"))) {
                kmsByOperation.merge(counter.getId().getTag("operation"), counter.count(), Double::sum);
            } else {
                kmsErrors += counter.count();
            }
        }
        out.printf("  KMS calls         %6.0f  %s, %s (kms_operations_total)%n",
                kmsByOperation.values().stream().mapToDouble(Double::doubleValue).sum() + kmsErrors,
                kmsByOperation.entrySet().stream().map(e -> e.getKey() + " " + Math.round(e.getValue()))
                        .collect(Collectors.joining(", ")),
                kmsErrors == 0 ? "no errors" : Math.round(kmsErrors) + " failed");
        double hits = sum(meters, "datakey.cache.hits", Map.of("side", "encrypt"));
        double misses = sum(meters, "datakey.cache.misses", Map.of("side", "encrypt"));
        out.printf("  data-key cache    hit ratio %.1f%% (%.0f hits, %.0f misses; %.0f data keys generated) for %d"
                        + " encryptions%n", hits + misses == 0 ? 0 : 100 * hits / (hits + misses), hits, misses,
                sum(meters, "datakey.generated", Map.of()), Math.round(hits + misses));
        out.printf("  time per record   %s (means of the pipeline's timers)%n", List.of("record", "classify",
                "tokenize", "encrypt").stream().map(t -> {
                    io.micrometer.core.instrument.Timer timer = meters.find("contactshield." + t).timer();
                    return t + " " + (timer == null ? "-" : String.format("%.2f ms", timer.mean(TimeUnit.MILLISECONDS)));
                }).collect(Collectors.joining(", ")));
        double seconds = seconds(elapsedNanos);
        out.printf("  throughput        %.0f records/s (%d records, first published to last audit event in %.1f s)%n",
                counts.in() / seconds, counts.in(), seconds);
    }

    private static Map<String, Double> sumBy(MeterRegistry meters, String name, String tag) {
        Map<String, Double> byTag = new TreeMap<>();
        for (Counter counter : meters.find(name).counters()) {
            if (counter.count() > 0) {
                byTag.merge(counter.getId().getTag(tag), counter.count(), Double::sum);
            }
        }
        return byTag;
    }

    private static double sum(MeterRegistry meters, String name, Map<String, String> tags) {
        double total = 0;
        for (Counter counter : meters.find(name).counters()) {
            if (tags.entrySet().stream().allMatch(t -> t.getValue().equals(counter.getId().getTag(t.getKey())))) {
                total += counter.count();
            }
        }
        return total;
    }

    // One protected event with the input it came from and its audit event.
    private void sample() throws IOException {
        Output chosen = protectedEvents.stream()
                .filter(o -> generatedById.containsKey(((ProtectedContactEvent) o.value()).getEventId()))
                .max(Comparator.comparingInt((Output o) -> findingCount((ProtectedContactEvent) o.value()))
                        .thenComparing(o -> -o.offset()))
                .orElse(null);
        if (chosen == null) {
            return;
        }
        ProtectedContactEvent protectedEvent = (ProtectedContactEvent) chosen.value();
        ContactEvent input = generatedById.get(protectedEvent.getEventId());
        AuditEvent audit = audits.stream().map(o -> (AuditEvent) o.value())
                .filter(a -> a.getAction() == AuditAction.PROTECTED && protectedEvent.getEventId().equals(a.getEventId()))
                .findFirst().orElse(null);
        out.println();
        out.printf("One event, as it came in and as it went out (tenant %s, contact %s)%n",
                protectedEvent.getTenantId(), protectedEvent.getContactId());
        out.printf("%n--- input: %s (ContactEvent, invented data) ---%n", TOPICS.contacts());
        out.println(CompactJson.print(AvroJson.compact(input)));
        out.printf("%n--- protected: %s partition %d offset %d (ProtectedContactEvent; payload.envelope is the"
                + " original, AES-256-GCM under the tenant's data key, shortened here) ---%n",
                TOPICS.protectedContacts(), chosen.partition(), chosen.offset());
        out.println(CompactJson.print(AvroJson.compact(protectedEvent)));
        if (audit != null) {
            out.printf("%n--- audit: %s (AuditEvent: where and what was found, never a value) ---%n", TOPICS.audit());
            out.println(CompactJson.print(AvroJson.compact(audit)));
        }
    }

    private static int findingCount(ProtectedContactEvent event) {
        return event.getFindings().stream().mapToInt(f -> f.getCount()).sum();
    }

    // ---- dump ----------------------------------------------------------------------------------

    private void dump(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("protected.jsonl"), protectedEvents);
        write(dir.resolve("audit.jsonl"), audits);
        write(dir.resolve("dlq.jsonl"), deadLetters);
        out.printf("%nDumped to %s: protected.jsonl (%d), audit.jsonl (%d), dlq.jsonl (%d); one JSON object per"
                + " Kafka record, Avro as JSON, bytes as base64%n", dir, protectedEvents.size(), audits.size(),
                deadLetters.size());
    }

    private static void write(Path file, List<Output> outputs) throws IOException {
        List<Output> ordered = new ArrayList<>(outputs);
        ordered.sort(Comparator.comparingInt(Output::partition).thenComparingLong(Output::offset));
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Output output : ordered) {
                ObjectNode line = JSON.createObjectNode();
                line.put("topic", output.topic());
                line.put("partition", output.partition());
                line.put("offset", output.offset());
                line.put("timestamp", output.timestamp());
                line.put("key", output.key());
                JsonNode value = AvroJson.full(output.value());
                line.set("value", value);
                writer.write(JSON.writeValueAsString(line));
                writer.write('\n');
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String slash(String uri) {
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String tail(String arn) {
        int slash = arn.lastIndexOf('/');
        return slash < 0 ? arn : "instance/" + arn.substring(slash + 1, Math.min(arn.length(), slash + 9)) + "...";
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + root, e);
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
