package io.contactshield.topology.pipeline;

import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.FindingSummary;
import io.contactshield.schemas.ProtectionAction;
import io.contactshield.topology.protect.ProtectionTimer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The pipeline's meters. Names as Prometheus shows them:
 * <ul>
 *   <li>{@code contactshield_events_total{outcome, source}}: input records by outcome
 *       ({@code protected}, {@code dead_lettered}, {@code duplicate}) and input format
 *       ({@code avro}, {@code connect_ctr}); with a {@code tenant} tag only when enabled</li>
 *   <li>{@code contactshield_dead_letters_total{reason}}: dead letters by {@code DeadLetterReason}</li>
 *   <li>{@code contactshield_findings_total{type, action}}: personal data found, by entity type and
 *       the action taken</li>
 *   <li>{@code contactshield_tokens_total}: values replaced by tokens</li>
 *   <li>{@code contactshield_encrypted_bytes_total}: plaintext bytes encrypted (payloads and dead letters)</li>
 *   <li>timers {@code contactshield_classify_seconds}, {@code contactshield_tokenize_seconds} (applying
 *       the policy), {@code contactshield_encrypt_seconds}, {@code contactshield_record_seconds} (one
 *       input record, decode to serialized outputs) and {@code contactshield_record_latency_seconds}
 *       (the input record's timestamp to the end of its processing), with percentile histograms</li>
 * </ul>
 *
 * <p>Tag values are bounded: outcomes, sources and reasons are enums; entity types are those of
 * the detectors and the schema annotations; a tenant tag, when enabled, takes only configured
 * tenant ids and {@code unknown} for everything else, so a producer cannot grow the registry by
 * writing new tenant ids. Thread-safe.
 */
public final class PipelineMetrics implements ProtectionTimer {

    static final String UNKNOWN_TENANT = "unknown";

    private final MeterRegistry registry;
    private final Set<String> taggedTenants;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    // The findings counter of each entity type and action, found without building a key per record.
    private final Map<String, AtomicReferenceArray<Counter>> findingCounters = new ConcurrentHashMap<>();
    // Protected events by source when events carry no tenant tag (the default), by InputFormat ordinal.
    private final Counter[] untaggedProtected;
    private final Timer classify;
    private final Timer tokenize;
    private final Timer encrypt;
    private final Timer record;
    private final Timer latency;
    private final Counter tokens;
    private final Counter encryptedBytes;

    /**
     * @param tenantTags the tenants to tag events with; empty for no tenant tag at all
     */
    public PipelineMetrics(MeterRegistry registry, Set<String> tenantTags) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.taggedTenants = Set.copyOf(tenantTags);
        this.classify = timer("contactshield.classify", "Classification of one input record");
        this.tokenize = timer("contactshield.tokenize", "Applying the policy (tokenize, mask, hash, redact) to one record");
        this.encrypt = timer("contactshield.encrypt", "Encrypting one payload or dead letter");
        this.record = timer("contactshield.record", "Processing one input record, decode to serialized outputs");
        this.latency = Timer.builder("contactshield.record.latency")
                .description("From the input record's timestamp to the end of its processing")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.tokens = Counter.builder("contactshield.tokens").description("Values replaced by tokens").register(registry);
        this.encryptedBytes = Counter.builder("contactshield.encrypted.bytes")
                .description("Plaintext bytes encrypted").baseUnit("bytes").register(registry);
        // Zero-valued series from the start, so dashboards and alerts see them before the first event.
        for (InputFormat source : InputFormat.values()) {
            for (String outcome : List.of("protected", "dead_lettered", "duplicate")) {
                events(outcome, source, null);
            }
        }
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLetterCounter(reason);
        }
        untaggedProtected = new Counter[InputFormat.values().length];
        for (InputFormat source : InputFormat.values()) {
            untaggedProtected[source.ordinal()] = events("protected", source, null);
        }
    }

    /** A registry-less instance for tests and tools. */
    public static PipelineMetrics noop() {
        return new PipelineMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), Set.of());
    }

    @Override
    public void classified(long nanos) {
        classify.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void applied(long nanos) {
        tokenize.record(nanos, TimeUnit.NANOSECONDS);
    }

    void encrypted(long nanos, int plaintextBytes) {
        encrypt.record(nanos, TimeUnit.NANOSECONDS);
        encryptedBytes.increment(plaintextBytes);
    }

    void recordProcessed(long nanos, long inputTimestamp, long now) {
        record.record(nanos, TimeUnit.NANOSECONDS);
        if (inputTimestamp > 0 && now >= inputTimestamp) {
            latency.record(now - inputTimestamp, TimeUnit.MILLISECONDS);
        }
    }

    void protectedEvent(InputFormat source, String tenantId, List<FindingSummary> summary) {
        (taggedTenants.isEmpty() ? untaggedProtected[source.ordinal()] : events("protected", source, tenantId)).increment();
        for (FindingSummary entry : summary) {
            findingCounter(entry.getEntityType(), entry.getAction()).increment(entry.getCount());
            if (entry.getAction() == ProtectionAction.TOKENIZED) {
                tokens.increment(entry.getCount());
            }
        }
    }

    // Entity types come from the detectors and the input schema's annotations, not from values.
    private Counter findingCounter(String type, ProtectionAction action) {
        AtomicReferenceArray<Counter> byAction = findingCounters.get(type);
        if (byAction == null) {
            byAction = findingCounters.computeIfAbsent(type, t -> new AtomicReferenceArray<>(ProtectionAction.values().length));
        }
        Counter counter = byAction.get(action.ordinal());
        if (counter == null) {
            String actionTag = action.name().toLowerCase(Locale.ROOT);
            // Registering twice returns the registry's one counter, so a race between threads is harmless.
            counter = counters.computeIfAbsent("f|" + type + "|" + actionTag, k -> Counter.builder("contactshield.findings")
                    .description("Personal data found, by entity type and the action taken")
                    .tag("type", type).tag("action", actionTag).register(registry));
            byAction.set(action.ordinal(), counter);
        }
        return counter;
    }

    void deadLettered(InputFormat source, String tenantId, DeadLetterReason reason) {
        events("dead_lettered", source, tenantId).increment();
        deadLetterCounter(reason).increment();
    }

    void duplicate(InputFormat source, String tenantId) {
        events("duplicate", source, tenantId).increment();
    }

    private Counter deadLetterCounter(DeadLetterReason reason) {
        return counters.computeIfAbsent("d|" + reason, k -> Counter.builder("contactshield.dead.letters")
                .description("Input records dead-lettered, by reason")
                .tag("reason", reason.name()).register(registry));
    }

    private Counter events(String outcome, InputFormat source, String tenantId) {
        String tenant = taggedTenants.isEmpty() ? null
                : tenantId != null && taggedTenants.contains(tenantId) ? tenantId : UNKNOWN_TENANT;
        return counters.computeIfAbsent("e|" + outcome + "|" + source.tag() + "|" + tenant, k -> {
            Counter.Builder builder = Counter.builder("contactshield.events")
                    .description("Input records by outcome")
                    .tag("outcome", outcome).tag("source", source.tag());
            if (tenant != null) {
                builder.tag("tenant", tenant);
            }
            return builder.register(registry);
        });
    }

    private Timer timer(String name, String description) {
        return Timer.builder(name).description(description)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(1_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }
}
