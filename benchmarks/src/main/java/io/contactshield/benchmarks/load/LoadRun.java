package io.contactshield.benchmarks.load;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.kms.InstrumentedKms;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.app.ContactShieldConfig;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.micrometer.core.instrument.Counter;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The load run: contact-shield's protection topology against a pass-through topology, on one real
 * Kafka broker in this JVM, in one run. Both are Kafka Streams applications with
 * {@code exactly_once_v2} reading the same serialized Avro ContactEvents (about 1 KiB each, with
 * personal data in fields and free text); the protection topology is the service itself
 * ({@link ContactShieldApplication}: classify, tokenize, encrypt, audit), the pass-through one
 * decodes and re-encodes each event with the project's Avro serde and does nothing else.
 *
 * <p>Per topology:
 * <ol>
 *   <li><b>throughput</b>: {@code --warmup-events} and then {@code --events} events are written to
 *       its input topic before it starts; then it is started, and the time from the warm-up events'
 *       outputs until a {@code read_committed} consumer has seen every output committed gives input
 *       events per second (the warm-up lets the JIT compile the topology's hot paths first, as in a
 *       service that has been running; the protection topology, with far more code to compile, would
 *       otherwise be measured partly cold);</li>
 *   <li><b>latency</b>: with the backlog done, events are produced at a fixed rate
 *       ({@code --rate}, default {@code --rate-fraction} of the protection topology's measured
 *       throughput, the same rate for both) for {@code --latency-seconds}; each output's latency
 *       is the wall clock when the consumer's poll returned it minus its timestamp, which is the
 *       input's create time set at send;</li>
 *   <li>the heap in use after {@code System.gc()} with the application still running (the broker,
 *       the producers and consumers of this harness included: one JVM).</li>
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

    // The protection application runs with the pipeline's default topics.
    static final String PROTECT_INPUT = PipelineTopics.DEFAULTS.contacts();
    static final String PROTECTED = PipelineTopics.DEFAULTS.protectedContacts();
    static final String AUDIT = PipelineTopics.DEFAULTS.audit();
    static final String DEAD_LETTERS = PipelineTopics.DEFAULTS.deadLetters();
    static final String CONNECT_INPUT = PipelineTopics.DEFAULTS.connectRecords();
    static final String PASS_INPUT = "load.passthrough.in";
    static final String PASS_OUTPUT = "load.passthrough.out";

    private final Options options;
    private final PrintStream out;

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

        Result(String name) {
            this.name = name;
        }
    }

    private boolean run() throws Exception {
        long runStart = System.nanoTime();
        header();
        String scope = "load-run-" + UUID.randomUUID();
        SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
        List<String> tenants = IntStream.range(0, options.tenants).mapToObj(i -> String.format("tenant-%02d", i)).toList();
        Path work = Files.createTempDirectory("load-run-");
        KmsTestServer kmsServer = options.kmsServer ? KmsTestServer.start() : null;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Map<String, String> keys = new TreeMap<>();
            for (String tenant : tenants) {
                keys.put(tenant, kmsServer != null ? kmsServer.createKey("load run key of " + tenant).arn() : "local:" + tenant);
            }
            String quarantineKey = kmsServer != null ? kmsServer.createKey("load run quarantine").arn() : "local:quarantine";
            for (String topic : List.of(PROTECT_INPUT, PROTECTED, AUDIT, PASS_INPUT, PASS_OUTPUT)) {
                broker.createTopic(topic, options.partitions);
            }
            broker.createTopic(DEAD_LETTERS, 1);
            broker.createTopic(CONNECT_INPUT, 1);
            Map<String, Object> connection = broker.clientConfig();

            AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(registry);
            LoadEvents events = new LoadEvents(tenants, options.eventBytes, e -> serializer.serialize(PROTECT_INPUT, e));
            preload(connection, events);
            long heapBaseline = heapAfterGc();
            progress("heap in use with the broker alone (after GC): %s", mib(heapBaseline));

            Result protection = new Result("protection");
            Map<String, Double> kmsByOperation = new TreeMap<>();
            Map<String, Long> serverCalls = new TreeMap<>();
            ContactShieldConfig config = ContactShieldConfig.of(protectionConfig(broker, work, scope, keys, quarantineKey, kmsServer));
            try (ContactShieldApplication app = ContactShieldApplication.create(config);
                    OutputCounter deadLetters = new OutputCounter(connection, DEAD_LETTERS, false)) {
                long started = System.nanoTime();
                throughput(protection, PROTECTED, connection, started, () -> app.start(), app.streams());
                double rate = options.rate > 0 ? options.rate : Math.max(1, Math.floor(protection.throughput * options.rateFraction));
                latency(protection, PROTECT_INPUT, PROTECTED, connection, events, rate);
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
            try (PassThroughApp app = new PassThroughApp(passThroughConfig(broker, work), registry, PASS_INPUT, PASS_OUTPUT)) {
                long started = System.nanoTime();
                throughput(passThrough, PASS_OUTPUT, connection, started, app::start, app.streams());
                latency(passThrough, PASS_INPUT, PASS_OUTPUT, connection, events, protection.rate);
                passThrough.heapBytes = heapAfterGc();
            }
            serializer.close();
            long heapAfter = heapAfterGc();
            report(protection, passThrough, kmsByOperation, serverCalls, heapBaseline, heapAfter,
                    (System.nanoTime() - runStart) / 1e9);
            return protection.deadLetters == 0;
        } finally {
            if (kmsServer != null) {
                kmsServer.close();
            }
            MockSchemaRegistry.dropScope(scope);
            deleteQuietly(work);
        }
    }

    private void header() {
        Runtime runtime = Runtime.getRuntime();
        out.println("contact-shield load run: protection vs pass-through on one in-process Kafka broker");
        out.printf(Locale.ROOT, "  started    %s%n", Instant.now());
        out.printf(Locale.ROOT, "  JDK        %s %s (%s), %s %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        out.printf(Locale.ROOT, "  machine    %d cores, max heap %s, load average %.2f at start%n", runtime.availableProcessors(),
                mib(runtime.maxMemory()), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
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
                producer.send(new ProducerRecord<>(PROTECT_INPUT, event.key(), event.value()));
                producer.send(new ProducerRecord<>(PASS_INPUT, event.key(), event.value()));
            }
            producer.flush();
        }
        progress("preloaded %,d events (%d to %d B each) to %s and %s in %.1f s", options.warmupEvents + options.events,
                smallest, largest,
                PROTECT_INPUT, PASS_INPUT, (System.nanoTime() - started) / 1e9);
    }

    private void throughput(Result result, String outputTopic, Map<String, Object> connection, long started,
            Runnable start, KafkaStreams streams) throws InterruptedException {
        try (OutputCounter outputs = new OutputCounter(connection, outputTopic, false)) {
            start.run();
            long running = awaitRunning(streams);
            // The clock starts when the warm-up events are out: the JIT has compiled the hot paths of
            // the topology by then, as in a service that has run for a while.
            long warm = options.warmupEvents == 0 ? running
                    : outputs.await(options.warmupEvents, Duration.ofSeconds(120 + options.warmupEvents / 100));
            long done = outputs.await(options.warmupEvents + options.events, Duration.ofSeconds(120 + options.events / 100));
            result.startSeconds = (running - started) / 1e9;
            result.warmupSeconds = (warm - running) / 1e9;
            result.processSeconds = (done - warm) / 1e9;
            result.throughput = options.events / result.processSeconds;
        }
        progress("%-12s throughput: %,d events in %.2f s after %,d warm-up events (%.2f s; start took %.2f s): %,.0f events/s",
                result.name, options.events, result.processSeconds, options.warmupEvents, result.warmupSeconds,
                result.startSeconds, result.throughput);
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

    private void report(Result protection, Result passThrough, Map<String, Double> kmsByOperation,
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
        out.printf(Locale.ROOT, "  %-44s %14s%n", "heap in use after GC, broker alone, MiB", mib(heapBaseline).replace(" MiB", ""));
        out.printf(Locale.ROOT, "  %-44s %14s%n", "heap in use after GC, after the run, MiB", mib(heapAfter).replace(" MiB", ""));
        out.println();
        out.printf(Locale.ROOT, "Goal: protection throughput at least half of pass-through: %.0f%% of it (%,.0f vs %,.0f events/s): %s%n",
                ratio * 100, protection.throughput, passThrough.throughput, ratio >= 0.5 ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "Whole run: %.0f s; load average %.2f at the end (%d cores; above that, other processes"
                + " took CPU from this run)%n", runSeconds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private void row(String label, String format, double passThrough, double protection) {
        out.printf(Locale.ROOT, "  %-44s %14s %14s%n", label, String.format(Locale.ROOT, format, passThrough),
                String.format(Locale.ROOT, format, protection));
    }

    private Map<String, String> protectionConfig(EmbeddedKafkaBroker broker, Path work, String scope,
            Map<String, String> keys, String quarantineKey, KmsTestServer kmsServer) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("bootstrap.servers", broker.bootstrapServers());
        c.put(StreamsConfig.APPLICATION_ID_CONFIG, "load-protection");
        c.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        c.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(options.threads));
        c.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("protection").toString());
        c.put(ContactShieldConfig.INSTANCE_ID_CONFIG, "load-run");
        c.put(ContactShieldConfig.CREATE_TOPICS_CONFIG, "false");
        c.put(ContactShieldConfig.QUARANTINE_KEY_CONFIG, quarantineKey);
        keys.forEach((tenant, key) -> c.put("tenant." + tenant + ".kms.key.id", key));
        c.put(ContactShieldConfig.KEYRING_TOPIC_CONFIG, "load.keyring");
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

    private Map<String, Object> passThroughConfig(EmbeddedKafkaBroker broker, Path work) {
        Map<String, Object> c = new HashMap<>(broker.clientConfig());
        c.put(StreamsConfig.APPLICATION_ID_CONFIG, "load-pass-through");
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
                "  --kms server|local    KmsTestServer through the AWS SDK, or LocalKms (default server)");

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
        boolean help;

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
                        default -> throw new IllegalArgumentException(arg + ": unknown option");
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(arg + ": not a number: " + value);
                }
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
