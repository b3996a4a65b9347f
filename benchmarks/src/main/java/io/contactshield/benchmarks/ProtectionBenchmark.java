package io.contactshield.benchmarks;

import io.contactshield.benchmarks.load.LoadEvents;
import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.DataKeyCache;
import io.contactshield.serdes.crypto.Encryptor;
import io.contactshield.serdes.kms.LocalKms;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.RecordClassifier;
import io.contactshield.topology.classify.TextClassifier;
import io.contactshield.topology.connect.ConnectTenants;
import io.contactshield.topology.connect.ContactRecordMapper;
import io.contactshield.topology.ops.MeterRegistries;
import io.contactshield.topology.pipeline.PipelineMetrics;
import io.contactshield.topology.pipeline.PipelineParts;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.contactshield.topology.pipeline.ProtectStep;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectionPolicy;
import io.contactshield.topology.protect.RecordProtector;
import io.contactshield.topology.tokenize.BenchmarkTokenKeys;
import io.contactshield.topology.tokenize.CanonicalForms;
import io.contactshield.topology.tokenize.OneWayHasher;
import io.contactshield.topology.tokenize.PolicyTokenizer;
import io.contactshield.topology.tokenize.TokenModes;
import io.contactshield.topology.tokenize.Tokenizer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole per-record protection step, in records/s, without a broker: the pipeline's own
 * protect processor ({@link ProtectStep}) on serialized Avro contact events of about 1 KiB
 * ({@link LoadEvents}, the load run's events, 10 tenants in turn), wired as the application wires
 * it: decode (wire format, registry, Avro) -&gt; classify -&gt; policy and tokens -&gt; the protected
 * event with the original encrypted under the tenant's data key (data-key cache over LocalKms) -&gt;
 * protected and audit events serialized. What Kafka Streams and the broker add is left out, so a
 * change to this path shows here undiluted; {@code LoadRun} measures the whole service.
 *
 * <p>{@code text=off} classifies with no detectors (annotated fields only): the path outside the
 * detectors, which the load run's "text classification off" experiment measured.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ProtectionBenchmark -f 1 -wi 8 -w 3s -i 5 -r 3s
 * </pre>
 *
 * The warm-up is long on purpose: with two warm-up iterations of 2 s on a shared 2-core machine
 * the JIT had not finished compiling the classifier, and scores came out at a fifth of the warmed
 * ones. For a before/after comparison on a busy machine, {@link #main} times by CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
public class ProtectionBenchmark {

    static final int TENANTS = 10;
    static final int EVENTS = 1024;
    static final int EVENT_BYTES = 1024;
    /** The inputs' record timestamp; the protected events' time comes from the clock. */
    static final long TIMESTAMP = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();

    @Param({"on", "off"})
    public String text;

    private String registryScope;
    private DataKeyCache dataKeys;
    private ProtectStep step;
    private byte[][] inputs;
    private long offset;

    @Setup(Level.Trial)
    public void setUp() {
        registryScope = "protection-benchmark-" + UUID.randomUUID();
        SchemaRegistryClient registry = MockSchemaRegistry.forScope(registryScope);
        List<String> tenants = IntStream.range(0, TENANTS).mapToObj(i -> String.format("tenant-%02d", i)).toList();
        Map<String, String> kmsKeys = new HashMap<>();
        tenants.forEach(t -> kmsKeys.put(t, "local:" + t));
        TenantKeys tenantKeys = new TenantKeys(kmsKeys, Optional.of("local:quarantine"));
        PrometheusMeterRegistry meters = MeterRegistries.prometheus(Map.of("application", "contact-shield"));
        dataKeys = DataKeyCache.builder(LocalKms.generated(), PipelineParts.encryptionKeys(tenantKeys))
                .meterRegistry(meters).build();
        ClassifierSettings settings = ClassifierSettings.defaults();
        TextClassifier textClassifier = "on".equals(text)
                ? TextClassifier.create(settings) : new TextClassifier(List.of(), settings);
        step = new ProtectStep(parts(registry, tenants, tenantKeys, dataKeys, textClassifier, settings, meters,
                Clock.systemUTC()));
        AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(registry);
        LoadEvents events = new LoadEvents(tenants, EVENT_BYTES, e -> serializer.serialize(PipelineTopics.DEFAULTS.contacts(), e));
        inputs = new byte[EVENTS][];
        for (int i = 0; i < EVENTS; i++) {
            inputs[i] = events.serialized(i).value();
            List<ProtectStep.Emitted> out = step.process(inputs[i], i, TIMESTAMP);
            if (out.size() != 2 || !out.get(0).kind().equals("PROTECTED") || !out.get(1).kind().equals("AUDIT")) {
                throw new IllegalStateException("Event " + i + " was not protected: " + out.stream().map(ProtectStep.Emitted::kind).toList());
            }
        }
    }

    /** The pipeline's parts as {@code ContactShieldApplication} builds them, with in-memory token keys. */
    static PipelineParts parts(SchemaRegistryClient registry, List<String> tenants, TenantKeys tenantKeys,
            DataKeyCache dataKeys, TextClassifier textClassifier, ClassifierSettings settings,
            io.micrometer.core.instrument.MeterRegistry meters, Clock clock) {
        return parts(registry, tenants, tenantKeys, dataKeys, textClassifier, settings, meters, clock,
                ProtectionPolicy.defaults(), TokenModes.reversible());
    }

    static PipelineParts parts(SchemaRegistryClient registry, List<String> tenants, TenantKeys tenantKeys,
            DataKeyCache dataKeys, TextClassifier textClassifier, ClassifierSettings settings,
            io.micrometer.core.instrument.MeterRegistry meters, Clock clock, ProtectionPolicy policy, TokenModes modes) {
        Tokenizer tokenizer = BenchmarkTokenKeys.tokenizer(tenants, 0x70CE_4B5EL, modes);
        CanonicalForms forms = CanonicalForms.forRegion(settings.defaultRegion());
        PipelineMetrics metrics = new PipelineMetrics(meters, Set.of());
        RecordProtector protector = new RecordProtector(new RecordClassifier(textClassifier, false),
                new PolicyApplier(policy, new PolicyTokenizer(tokenizer, forms),
                        new OneWayHasher(tokenizer, forms)),
                metrics);
        return new PipelineParts(PipelineTopics.DEFAULTS, protector, new Encryptor(dataKeys), tenantKeys,
                new ContactRecordMapper(new ConnectTenants(Map.of())), registry, metrics,
                new ApplicationInfo("contact-shield", "benchmark", "benchmark-0"), Duration.ofHours(24), 1024 * 1024,
                clock);
    }

    static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        step.close();
        dataKeys.close();
        MockSchemaRegistry.dropScope(registryScope);
    }

    /**
     * The same step without JMH, timed by this thread's CPU time as well as the wall clock: on a
     * machine shared with other work, records per CPU-second moves far less from run to run than
     * JMH's wall-clock score. Warms up for {@code warm-up} seconds, then measures {@code rounds}
     * rounds of {@code seconds} each and prints each and their median.
     *
     * <pre>
     * java -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.ProtectionBenchmark [on|off] [warm-up] [rounds] [seconds]
     * </pre>
     */
    public static void main(String[] args) {
        ProtectionBenchmark benchmark = new ProtectionBenchmark();
        benchmark.text = args.length > 0 ? args[0] : "on";
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        benchmark.setUp();
        try {
            long sink = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUp);
            while (System.nanoTime() < until) {
                sink += benchmark.protectRecord();
            }
            double[] perCpuSecond = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long records = 0;
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                long end = wall + TimeUnit.SECONDS.toNanos(seconds);
                while (System.nanoTime() < end) {
                    for (int i = 0; i < 64; i++) {
                        sink += benchmark.protectRecord();
                    }
                    records += 64;
                }
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                double wallSeconds = (System.nanoTime() - wall) / 1e9;
                perCpuSecond[r] = records / cpuSeconds;
                System.out.printf(java.util.Locale.ROOT, "round %d: %,.0f records per CPU-second, %,.0f per second (text=%s)%n",
                        r + 1, perCpuSecond[r], records / wallSeconds, benchmark.text);
            }
            java.util.Arrays.sort(perCpuSecond);
            System.out.printf(java.util.Locale.ROOT, "median: %,.0f records per CPU-second, %.1f us of CPU per record (text=%s; %d)%n",
                    perCpuSecond[rounds / 2], 1e6 / perCpuSecond[rounds / 2], benchmark.text, sink & 1);
        } finally {
            benchmark.tearDown();
        }
    }

    /** One input record protected: ops/s = records/s. Returns the bytes forwarded. */
    @Benchmark
    public int protectRecord() {
        long n = offset++;
        return step.processBytes(inputs[(int) (n & (EVENTS - 1))], n, TIMESTAMP);
    }
}
