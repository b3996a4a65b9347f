package io.contactshield.benchmarks.load;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.kms.InstrumentedKms;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.app.ContactShieldConfig;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The load run: contact-shield's protection topology against a pass-through topology, on one real
 * Kafka broker, in one run. The broker runs in this JVM by default; with {@code --broker-process}
 * in a JVM of its own that the run starts ({@link LoadBroker}, optionally pinned to CPUs with
 * {@code taskset}), with {@code --bootstrap-servers} wherever it already runs. Both topologies are
 * Kafka Streams applications with {@code exactly_once_v2} reading the same serialized Avro
 * ContactEvents (about 1 KiB each, with personal data in fields and free text); the protection
 * topology is the service itself ({@link ContactShieldApplication}: classify, tokenize, encrypt,
 * audit), the pass-through one decodes and re-encodes each event with the project's Avro serde and
 * does nothing else.
 *
 * <p>Per topology:
 * <ol>
 *   <li><b>throughput</b>: {@code --warmup-events} and then {@code --events} events are written to
 *       its input topic before it starts; then it is started, and the time from the warm-up events'
 *       outputs until a {@code read_committed} consumer has seen every output committed gives input
 *       events per second (the warm-up lets the JIT compile the topology's hot paths first, as in a
 *       service that has been running; the protection topology, with far more code to compile, would
 *       otherwise be measured partly cold); the CPU time this JVM (and a broker process this run
 *       started) used over the same span is shown with it, for a comparison per core;</li>
 *   <li><b>latency</b>: with the backlog done, events are produced at a fixed rate
 *       ({@code --rate}, default {@code --rate-fraction} of the protection topology's measured
 *       throughput, the same rate for both) for {@code --latency-seconds}; each output's latency
 *       is the wall clock when the consumer's poll returned it minus its timestamp, which is the
 *       input's create time set at send;</li>
 *   <li>the heap in use after {@code System.gc()} with the application still running (the
 *       producers and consumers of this harness included, and the broker when it is in this JVM).</li>
 * </ol>
 * KMS calls are those of the whole protection run (both phases), from the application's
 * {@code kms_operations_total} meter and, with {@code --kms server}, the KMS test server's own
 * count. The protection topology runs first: the goal it is held to is that its throughput is at
 * least half the pass-through one.
 *
 * <pre>
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.load.LoadRun [options]
 * </pre>
 */
public final class LoadRun {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final Options options;
    private final PrintStream out;
    private Names names = Names.of(""); // set at the start of run()

    private LoadRun(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        boolean ok = new LoadRun(options, System.out).run();
        System.exit(ok ? 0 : 1);
    }

    /** Figures of one topology. */
    private static final class Result {
        final String name;
        double startSeconds;
        double processSeconds;
        double warmupSeconds;
        double throughput;
        double rate;
        double achievedRate;
        long latencyEvents;
        long p50;
        long p99;
        long max;
        long heapBytes;
        long deadLetters;
        double jvmCpuSeconds;
        double brokerCpuSeconds; // -1 when not known

        Result(String name) {
            this.name = name;
        }
    }

    private boolean run() throws Exception {
        long runStart = System.nanoTime();
        String runId = UUID.randomUUID().toString();
        // A broker that outlives the run may hold an earlier run's topics, consumer groups and
        // transactional ids: names get this run's id, and the run's topics are deleted at the end.
        names = Names.of(options.bootstrapServers != null ? "-" + runId.substring(0, 8) : "");
        String scope = "load-run-" + runId;
        SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
        List<String> tenants = IntStream.range(0, options.tenants).mapToObj(i -> String.format("tenant-%02d", i)).toList();
        Path work = Files.createTempDirectory("load-run-");
        KmsTestServer kmsServer = options.kmsServer ? KmsTestServer.start() : null;
        try (RunBroker broker = openBroker()) {
            header(broker);
            Map<String, Object> connection = broker.clientConfig();
            try {
                return run(broker, connection, registry, scope, tenants, work, kmsServer, runStart);
            } finally {
                if (options.bootstrapServers != null) {
                    deleteRunTopics(connection);
                }
            }
        } finally {
            if (kmsServer != null) {
                kmsServer.close();
            }
            MockSchemaRegistry.dropScope(scope);
            deleteQuietly(work);
        }
    }

    private RunBroker openBroker() throws IOException {
        if (options.bootstrapServers != null) {
            return RunBroker.external(options.bootstrapServers);
        }
        if (options.brokerCpus != null) {
            return RunBroker.child(options.brokerCpus.equals(Options.ANY_CPU) ? null : options.brokerCpus);
        }
        return RunBroker.inProcess();
    }

    private boolean run(RunBroker broker, Map<String, Object> connection, SchemaRegistryClient registry, String scope,
            List<String> tenants, Path work, KmsTestServer kmsServer, long runStart) throws Exception {
        Map<String, String> keys = new TreeMap<>();
        for (String tenant : tenants) {
            keys.put(tenant, kmsServer != null ? kmsServer.createKey("load run key of " + tenant).arn() : "local:" + tenant);
        }
        String quarantineKey = kmsServer != null ? kmsServer.createKey("load run quarantine").arn() : "local:quarantine";
        createTopics(connection);

        AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(registry);
        LoadEvents events = new LoadEvents(tenants, options.eventBytes, e -> serializer.serialize(names.protectInput(), e));
        preload(connection, events);
        long heapBaseline = heapAfterGc();
        progress("heap in use with the %s alone (after GC): %s", baselineWhat(broker), mib(heapBaseline));

        Result protection = new Result("protection");
        Map<String, Double> kmsByOperation = new TreeMap<>();
        Map<String, Long> serverCalls = new TreeMap<>();
        ContactShieldConfig config = ContactShieldConfig.of(protectionConfig(broker, work, scope, keys, quarantineKey, kmsServer));
        try (ContactShieldApplication app = ContactShieldApplication.create(config);
                OutputCounter deadLetters = new OutputCounter(connection, names.deadLetters(), false)) {
            long started = System.nanoTime();
            throughput(protection, broker, names.protectedContacts(), connection, started, () -> app.start(), app.streams());
            double rate = options.rate > 0 ? options.rate : Math.max(1, Math.floor(protection.throughput * options.rateFraction));
            latency(protection, names.protectInput(), names.protectedContacts(), connection, events, rate);
            protection.heapBytes = heapAfterGc();
            protection.deadLetters = deadLetters.count();
            for (Counter counter : app.meters().find(InstrumentedKms.OPERATIONS).counters()) {
                kmsByOperation.merge(counter.getId().getTag(InstrumentedKms.OPERATION_TAG), counter.count(), Double::sum);
            }
            if (kmsServer != null) {
                serverCalls.putAll(kmsServer.calls());
            }
        }

        Result passThrough = new Result("pass-through");
        try (PassThroughApp app = new PassThroughApp(passThroughConfig(connection, work), registry, names.passInput(),
                names.passOutput())) {
            long started = System.nanoTime();
            throughput(passThrough, broker, names.passOutput(), connection, started, app::start, app.streams());
            latency(passThrough, names.passInput(), names.passOutput(), connection, events, protection.rate);
            passThrough.heapBytes = heapAfterGc();
        }
        serializer.close();
        long heapAfter = heapAfterGc();
        report(broker, protection, passThrough, kmsByOperation, serverCalls, heapBaseline, heapAfter,
                (System.nanoTime() - runStart) / 1e9);
        return protection.deadLetters == 0;
    }

    /**
     * Creates the run's topics with replication factor 1, as the testkit broker's
     * {@code createTopic} does, on whichever broker the run uses: the input and output topics with
     * {@code --partitions} partitions, the dead-letter and Amazon Connect input topics with one.
     * Waits until every partition has a leader.
     */
    private void createTopics(Map<String, Object> connection) throws Exception {
        Map<String, Integer> partitions = new LinkedHashMap<>();
        for (String topic : List.of(names.protectInput(), names.protectedContacts(), names.audit(), names.passInput(),
                names.passOutput())) {
            partitions.put(topic, options.partitions);
        }
        partitions.put(names.deadLetters(), 1);
        partitions.put(names.connectInput(), 1);
        try (Admin admin = Admin.create(connection)) {
            admin.createTopics(partitions.entrySet().stream().map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1)).toList())
                    .all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
            while (!allLed(admin.describeTopics(partitions.keySet()).allTopicNames().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    partitions)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics without a leader for every partition after " + ADMIN_TIMEOUT);
                }
                Thread.sleep(20);
            }
        }
    }

    private static boolean allLed(Map<String, TopicDescription> descriptions, Map<String, Integer> partitions) {
        return partitions.entrySet().stream().allMatch(e -> {
            TopicDescription d = descriptions.get(e.getKey());
            return d != null && d.partitions().size() == e.getValue()
                    && d.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        });
    }

    /**
     * On a broker that outlives the run: deletes every topic whose name holds the run's id (its own
     * topics, the keyring topic and the applications' internal topics). The consumer groups and
     * transactional ids, named for the run too, are left to the broker's expiry (Kafka Streams does
     * not leave its group on close, so the group has members until their session times out). Best
     * effort: a failure is reported, not thrown.
     */
    private void deleteRunTopics(Map<String, Object> connection) {
        try (Admin admin = Admin.create(connection)) {
            List<String> topics = admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                    .filter(t -> t.contains(names.suffix())).sorted().toList();
            admin.deleteTopics(topics).all().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            progress("deleted this run's %d topics (names holding %s)", topics.size(), names.suffix());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            progress("could not delete this run's topics (names holding %s): %s", names.suffix(),
                    e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName());
        }
    }

    private static String baselineWhat(RunBroker broker) {
        return broker.isInProcess() ? "broker" : "harness";
    }

    private void header(RunBroker broker) {
        Runtime runtime = Runtime.getRuntime();
        out.println("contact-shield load run: protection vs pass-through on one Kafka broker "
                + (broker.isInProcess() ? "in this JVM" : "in another process"));
        out.printf(Locale.ROOT, "  started    %s%n", Instant.now());
        out.printf(Locale.ROOT, "  JDK        %s %s (%s), %s %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        out.printf(Locale.ROOT, "  machine    %d cores, max heap %s, load average %.2f at start%n", machineCores(),
                mib(runtime.maxMemory()), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(Locale.ROOT, "  this JVM   may run on CPUs %s (%d available to it)%n", cpusAllowed(), runtime.availableProcessors());
        out.printf(Locale.ROOT, "  broker     %s%n", broker.description());
        if (!names.suffix().isEmpty()) {
            out.printf(Locale.ROOT, "  names      topics, application ids and keyring topic end in %s (this run's id)%n", names.suffix());
        }
        out.printf(Locale.ROOT, "  input      %,d events per topology after %,d warm-up events, %d B serialized Avro"
                + " ContactEvents, %d tenants, %d partitions%n", options.events, options.warmupEvents, options.eventBytes,
                options.tenants, options.partitions);
        out.printf(Locale.ROOT, "  streams    exactly_once_v2 (commit.interval.ms 100), %d stream thread(s) each%n", options.threads);
        out.printf(Locale.ROOT, "  kms        %s%n", options.kmsServer
                ? "KmsTestServer over loopback through the AWS SDK (kms.provider=aws, endpoint override)"
                : "LocalKms (kms.provider=local, in-process)");
        out.println();
    }

    private void preload(Map<String, Object> connection, LoadEvents events) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        long started = System.nanoTime();
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < options.warmupEvents + options.events; i++) {
                LoadEvents.Serialized event = events.serialized(i);
                smallest = Math.min(smallest, event.value().length);
                largest = Math.max(largest, event.value().length);
                producer.send(new ProducerRecord<>(names.protectInput(), event.key(), event.value()));
                producer.send(new ProducerRecord<>(names.passInput(), event.key(), event.value()));
            }
            producer.flush();
        }
        progress("preloaded %,d events (%d to %d B each) to %s and %s in %.1f s", options.warmupEvents + options.events,
                smallest, largest,
                names.protectInput(), names.passInput(), (System.nanoTime() - started) / 1e9);
    }

    private void throughput(Result result, RunBroker broker, String outputTopic, Map<String, Object> connection, long started,
            Runnable start, KafkaStreams streams) throws InterruptedException {
        try (OutputCounter outputs = new OutputCounter(connection, outputTopic, false)) {
            start.run();
            long running = awaitRunning(streams);
            // The clock starts when the warm-up events are out: the JIT has compiled the hot paths of
            // the topology by then, as in a service that has run for a while.
            long warm = options.warmupEvents == 0 ? running
                    : outputs.await(options.warmupEvents, Duration.ofSeconds(120 + options.warmupEvents / 100));
            // CPU time is read when the wait returns, a few ms after the count was reached.
            double jvmCpu = processCpuSeconds();
            double brokerCpu = broker.cpuSeconds();
            long done = outputs.await(options.warmupEvents + options.events, Duration.ofSeconds(120 + options.events / 100));
            result.jvmCpuSeconds = processCpuSeconds() - jvmCpu;
            result.brokerCpuSeconds = brokerCpu < 0 ? -1 : broker.cpuSeconds() - brokerCpu;
            result.startSeconds = (running - started) / 1e9;
            result.warmupSeconds = (warm - running) / 1e9;
            result.processSeconds = (done - warm) / 1e9;
            result.throughput = options.events / result.processSeconds;
        }
        progress("%-12s throughput: %,d events in %.2f s after %,d warm-up events (%.2f s; start took %.2f s): %,.0f events/s"
                + " (CPU meanwhile: this JVM %.2f s%s)",
                result.name, options.events, result.processSeconds, options.warmupEvents, result.warmupSeconds,
                result.startSeconds, result.throughput, result.jvmCpuSeconds,
                result.brokerCpuSeconds < 0 ? "" : String.format(Locale.ROOT, ", broker %.2f s", result.brokerCpuSeconds));
    }

    private void latency(Result result, String inputTopic, String outputTopic, Map<String, Object> connection,
            LoadEvents events, double rate) throws InterruptedException {
        long count = Math.max(1, Math.round(rate * options.latencySeconds));
        result.rate = rate;
        result.latencyEvents = count;
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // Serialize ahead: the paced loop should only send.
        List<LoadEvents.Serialized> batch = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            batch.add(events.serialized(options.warmupEvents + options.events + i));
        }
        try (OutputCounter outputs = new OutputCounter(connection, outputTopic, true);
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            long intervalNanos = (long) (1e9 / rate);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = started + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                LoadEvents.Serialized event = batch.get(i);
                producer.send(new ProducerRecord<>(inputTopic, null, System.currentTimeMillis(), event.key(), event.value()));
            }
            producer.flush();
            result.achievedRate = count / ((System.nanoTime() - started) / 1e9);
            batch.clear();
            outputs.await(count, Duration.ofSeconds(60 + options.latencySeconds));
            long[] latencies = outputs.sortedLatencies();
            result.p50 = percentile(latencies, 0.50);
            result.p99 = percentile(latencies, 0.99);
            result.max = latencies[latencies.length - 1];
        }
        progress("%-12s latency at %,.0f events/s (achieved %,.0f) over %,d events: p50 %d ms, p99 %d ms, max %d ms",
                result.name, rate, result.achievedRate, count, result.p50, result.p99, result.max);
    }

    private void report(RunBroker broker, Result protection, Result passThrough, Map<String, Double> kmsByOperation,
            Map<String, Long> serverCalls, long heapBaseline, long heapAfter, double runSeconds) {
        double ratio = protection.throughput / passThrough.throughput;
        long kmsTotal = Math.round(kmsByOperation.values().stream().mapToDouble(Double::doubleValue).sum());
        out.println();
        out.println("Results");
        out.printf(Locale.ROOT, "  %-44s %14s %14s%n", "", "pass-through", "protection");
        row("throughput, input events/s", "%,.0f", passThrough.throughput, protection.throughput);
        row(String.format(Locale.ROOT, "  time for %,d events after the warm-up, s", options.events), "%.2f",
                passThrough.processSeconds, protection.processSeconds);
        row(String.format(Locale.ROOT, "  warm-up: %,d events after RUNNING, s", options.warmupEvents), "%.2f",
                passThrough.warmupSeconds, protection.warmupSeconds);
        row("  start until RUNNING, s", "%.2f", passThrough.startSeconds, protection.startSeconds);
        row(broker.isInProcess() ? "  CPU meanwhile, s: this JVM (with broker)" : "  CPU meanwhile, s: this JVM (app, harness)",
                "%.2f", passThrough.jvmCpuSeconds, protection.jvmCpuSeconds);
        row("    events per CPU-second of this JVM", "%,.0f", options.events / passThrough.jvmCpuSeconds,
                options.events / protection.jvmCpuSeconds);
        if (protection.brokerCpuSeconds >= 0) {
            row("  CPU meanwhile, s: broker process", "%.2f", passThrough.brokerCpuSeconds, protection.brokerCpuSeconds);
        }
        row("latency: fixed rate, events/s", "%,.0f", passThrough.rate, protection.rate);
        row("  achieved rate, events/s", "%,.0f", passThrough.achievedRate, protection.achievedRate);
        row("  events measured", "%,.0f", (double) passThrough.latencyEvents, (double) protection.latencyEvents);
        row("  p50, ms", "%.0f", (double) passThrough.p50, (double) protection.p50);
        row("  p99, ms", "%.0f", (double) passThrough.p99, (double) protection.p99);
        row("  max, ms", "%.0f", (double) passThrough.max, (double) protection.max);
        out.printf(Locale.ROOT, "  %-44s %14s %14s%n", "KMS calls, whole run", "-", kmsTotal + " " + kmsByOperation.entrySet()
                .stream().map(e -> e.getKey() + "=" + Math.round(e.getValue())).toList());
        if (!serverCalls.isEmpty()) {
            out.printf(Locale.ROOT, "  %-44s %14s %14s%n", "  counted by the KMS test server", "-", serverCalls);
        }
        out.printf(Locale.ROOT, "  %-44s %14s %14s%n", "dead letters", "-", protection.deadLetters);
        row("heap in use after GC, app running, MiB", "%.0f", passThrough.heapBytes / 1048576.0, protection.heapBytes / 1048576.0);
        out.printf(Locale.ROOT, "  %-44s %14s%n", "heap in use after GC, " + baselineWhat(broker) + " alone, MiB",
                mib(heapBaseline).replace(" MiB", ""));
        out.printf(Locale.ROOT, "  %-44s %14s%n", "heap in use after GC, after the run, MiB", mib(heapAfter).replace(" MiB", ""));
        out.println();
        out.printf(Locale.ROOT, "Broker: %s%n", broker.description());
        out.printf(Locale.ROOT, "Goal: protection throughput at least half of pass-through: %.0f%% of it (%,.0f vs %,.0f events/s): %s%n",
                ratio * 100, protection.throughput, passThrough.throughput, ratio >= 0.5 ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "Whole run: %.0f s; load average %.2f at the end (%d cores; above that, other processes"
                + " took CPU from this run)%n", runSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                machineCores());
    }

    private void row(String label, String format, double passThrough, double protection) {
        out.printf(Locale.ROOT, "  %-44s %14s %14s%n", label, String.format(Locale.ROOT, format, passThrough),
                String.format(Locale.ROOT, format, protection));
    }

    private Map<String, String> protectionConfig(RunBroker broker, Path work, String scope,
            Map<String, String> keys, String quarantineKey, KmsTestServer kmsServer) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("bootstrap.servers", broker.bootstrapServers());
        c.put(StreamsConfig.APPLICATION_ID_CONFIG, names.protectionApplicationId());
        c.put(ContactShieldConfig.CONTACTS_TOPIC_CONFIG, names.protectInput());
        c.put(ContactShieldConfig.CONNECT_RECORDS_TOPIC_CONFIG, names.connectInput());
        c.put(ContactShieldConfig.PROTECTED_TOPIC_CONFIG, names.protectedContacts());
        c.put(ContactShieldConfig.AUDIT_TOPIC_CONFIG, names.audit());
        c.put(ContactShieldConfig.DEAD_LETTER_TOPIC_CONFIG, names.deadLetters());
        c.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        c.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(options.threads));
        c.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("protection").toString());
        c.put(ContactShieldConfig.INSTANCE_ID_CONFIG, "load-run");
        c.put(ContactShieldConfig.CREATE_TOPICS_CONFIG, "false");
        c.put(ContactShieldConfig.QUARANTINE_KEY_CONFIG, quarantineKey);
        keys.forEach((tenant, key) -> c.put("tenant." + tenant + ".kms.key.id", key));
        c.put(ContactShieldConfig.KEYRING_TOPIC_CONFIG, names.keyring());
        c.put(ContactShieldConfig.KEYRING_AUTO_CREATE_CONFIG, "true");
        c.put(ContactShieldConfig.OPS_HOST_CONFIG, "127.0.0.1");
        c.put(ContactShieldConfig.OPS_PORT_CONFIG, "0");
        c.put("schema.registry.url", "mock://" + scope);
        if (kmsServer != null) {
            c.put("kms.provider", "aws");
            c.put("kms.region", kmsServer.region());
            c.put("kms.endpoint", kmsServer.endpoint().toString());
            c.put("kms.access.key.id", "AKIALOADRUN000000000");
            c.put("kms.secret.access.key", "load-run-secret-access-key-not-a-real-one");
        } else {
            c.put("kms.provider", "local");
            c.put("kms.local.master.key.generate", "true");
        }
        return c;
    }

    private Map<String, Object> passThroughConfig(Map<String, Object> connection, Path work) {
        Map<String, Object> c = new HashMap<>(connection);
        c.put(StreamsConfig.APPLICATION_ID_CONFIG, names.passThroughApplicationId());
        c.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.threads);
        c.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("pass-through").toString());
        return c;
    }

    private static long awaitRunning(KafkaStreams streams) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("Kafka Streams not RUNNING: " + streams.state());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return System.nanoTime();
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** The machine's cores, whatever this JVM is pinned to (Linux); else the JVM's processor count. */
    private static int machineCores() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            int cores = (int) lines.filter(l -> l.startsWith("processor")).count();
            return cores > 0 ? cores : Runtime.getRuntime().availableProcessors();
        } catch (IOException | UncheckedIOException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** The CPUs this process may run on ({@code taskset}), from Linux's {@code /proc/self/status}; else "all". */
    private static String cpusAllowed() {
        try (var lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("Cpus_allowed_list:")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("all");
        } catch (IOException | UncheckedIOException e) {
            return "all";
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private void progress(String format, Object... args) {
        out.printf(Locale.ROOT, "[%s] %s%n", java.time.LocalTime.now().withNano(0), String.format(Locale.ROOT, format, args));
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory does no harm
        }
    }

    /**
     * Topic names and application ids of one run: the pipeline's default topics and the load run's
     * own names, each followed by {@code suffix} (empty on a broker that lives only as long as the
     * run; the run's id against a broker given by {@code --bootstrap-servers}).
     */
    record Names(String suffix, String protectInput, String protectedContacts, String audit, String deadLetters,
            String connectInput, String passInput, String passOutput, String keyring, String protectionApplicationId,
            String passThroughApplicationId) {

        static Names of(String suffix) {
            PipelineTopics topics = PipelineTopics.DEFAULTS;
            return new Names(suffix, topics.contacts() + suffix, topics.protectedContacts() + suffix, topics.audit() + suffix,
                    topics.deadLetters() + suffix, topics.connectRecords() + suffix, "load.passthrough.in" + suffix,
                    "load.passthrough.out" + suffix, "load.keyring" + suffix, "load-protection" + suffix,
                    "load-pass-through" + suffix);
        }
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE = String.join("\n",
                "usage: java -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.load.LoadRun [options]",
                "  --events N            events per topology for the throughput phase (default 50000)",
                "  --warmup-events N     events processed before the throughput clock starts (default 20000;",
                "                        0 measures from RUNNING, JIT warm-up included)",
                "  --latency-seconds S   length of the fixed-rate phase per topology (default 30)",
                "  --rate R              fixed produce rate, events/s (default: --rate-fraction of the",
                "                        protection throughput just measured)",
                "  --rate-fraction F     (default 0.5)",
                "  --tenants T           tenants, one KMS key and token key each (default 10)",
                "  --partitions P        partitions of the input and output topics (default 2)",
                "  --threads N           Kafka Streams threads per application (default 1)",
                "  --event-bytes B       serialized size of each event (default 1024)",
                "  --kms server|local    KmsTestServer through the AWS SDK, or LocalKms (default server)",
                "  --broker-process CPUS start the broker in a JVM of its own (LoadBroker, " + RunBroker.CHILD_HEAP + ") under",
                "                        taskset -c CPUS (e.g. 0), or unpinned with 'any'; this JVM is not pinned",
                "                        (run it under taskset for that). Default: the broker runs in this JVM",
                "  --bootstrap-servers HOST:PORT  use a broker that runs already (e.g. LoadBroker); topics,",
                "                        application ids and the keyring topic get this run's id, and the",
                "                        run's topics are deleted at the end");

        int events = 50_000;
        int warmupEvents = 20_000;
        int latencySeconds = 30;
        double rate;
        double rateFraction = 0.5;
        int tenants = 10;
        int partitions = 2;
        int threads = 1;
        int eventBytes = 1024;
        boolean kmsServer = true;
        String brokerCpus; // null: no child broker
        String bootstrapServers; // null: no external broker
        boolean help;

        static final String ANY_CPU = "any";
        private static final Pattern CPU_LIST = Pattern.compile("\\d+(-\\d+)?(,\\d+(-\\d+)?)*");
        private static final Pattern HOST_PORT = Pattern.compile("[^\\s:,]+:\\d{1,5}");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("-h") || arg.equals("--help")) {
                    o.help = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + ": unknown option or missing value");
                }
                String value = args[++i];
                try {
                    switch (arg) {
                        case "--events" -> o.events = positive(arg, Integer.parseInt(value));
                        case "--warmup-events" -> o.warmupEvents = notNegative(arg, Integer.parseInt(value));
                        case "--latency-seconds" -> o.latencySeconds = positive(arg, Integer.parseInt(value));
                        case "--rate" -> o.rate = positive(arg, Double.parseDouble(value));
                        case "--rate-fraction" -> o.rateFraction = positive(arg, Double.parseDouble(value));
                        case "--tenants" -> o.tenants = positive(arg, Integer.parseInt(value));
                        case "--partitions" -> o.partitions = positive(arg, Integer.parseInt(value));
                        case "--threads" -> o.threads = positive(arg, Integer.parseInt(value));
                        case "--event-bytes" -> o.eventBytes = positive(arg, Integer.parseInt(value));
                        case "--kms" -> {
                            if (!value.equals("server") && !value.equals("local")) {
                                throw new IllegalArgumentException("--kms: server or local");
                            }
                            o.kmsServer = value.equals("server");
                        }
                        case "--broker-process" -> {
                            if (!value.equals(ANY_CPU) && !CPU_LIST.matcher(value).matches()) {
                                throw new IllegalArgumentException("--broker-process: a taskset CPU list (e.g. 0, 0-1, 0,2) or "
                                        + ANY_CPU + ": " + value);
                            }
                            o.brokerCpus = value;
                        }
                        case "--bootstrap-servers" -> {
                            for (String server : value.split(",", -1)) {
                                if (!HOST_PORT.matcher(server).matches()) {
                                    throw new IllegalArgumentException("--bootstrap-servers: HOST:PORT[,HOST:PORT...]: " + value);
                                }
                            }
                            o.bootstrapServers = value;
                        }
                        default -> throw new IllegalArgumentException(arg + ": unknown option");
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(arg + ": not a number: " + value);
                }
            }
            if (o.brokerCpus != null && o.bootstrapServers != null) {
                throw new IllegalArgumentException("--broker-process and --bootstrap-servers: one or the other");
            }
            return o;
        }

        private static int positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + ": must be positive");
            }
            return value;
        }

        private static int notNegative(String name, int value) {
            if (value < 0) {
                throw new IllegalArgumentException(name + ": must not be negative");
            }
            return value;
        }

        private static double positive(String name, double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException(name + ": must be positive");
            }
            return value;
        }
    }
}
