package io.contactshield.serdes.kms;

import static io.contactshield.serdes.kms.KmsOperations.DECRYPT;
import static io.contactshield.serdes.kms.KmsOperations.DESCRIBE_KEY;
import static io.contactshield.serdes.kms.KmsOperations.ENCRYPT;
import static io.contactshield.serdes.kms.KmsOperations.GENERATE_DATA_KEY;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Counts and times the calls of another {@link Kms} in Micrometer:
 * <ul>
 *   <li>{@value #OPERATIONS} (Prometheus: {@code kms_operations_total}), a counter tagged
 *       {@value #OPERATION_TAG} (GenerateDataKey, Decrypt, Encrypt, DescribeKey) and
 *       {@value #OUTCOME_TAG}: {@value #SUCCESS}, the {@link KmsException.Reason} in lower case
 *       ({@code throttled}, {@code unavailable}, {@code access_denied}...), or {@value #ERROR} for
 *       anything else thrown (a bug or a bad argument);</li>
 *   <li>{@value #DURATION} (Prometheus: {@code kms_operation_duration_seconds}), a timer with a
 *       histogram, tagged {@value #OPERATION_TAG}, of every call whatever its outcome.</li>
 * </ul>
 * Key ids are not tags: few, but they name tenants. Every operation and outcome is registered up
 * front, so a dashboard or alert sees a zero rather than no series. Outermost in the stack, it
 * measures what callers see: one count per call, the wrapped retries included.
 */
public final class InstrumentedKms extends KmsDecorator {

    public static final String OPERATIONS = "kms.operations";
    public static final String DURATION = "kms.operation.duration";
    public static final String OPERATION_TAG = "operation";
    public static final String OUTCOME_TAG = "outcome";
    public static final String SUCCESS = "success";
    public static final String ERROR = "error";

    private static final List<String> OPERATION_NAMES = List.of(GENERATE_DATA_KEY, DECRYPT, ENCRYPT, DESCRIBE_KEY);

    private final MeterRegistry registry;
    private final Map<String, Map<String, Counter>> counters = new HashMap<>();
    private final Map<String, Timer> timers = new HashMap<>();

    public InstrumentedKms(Kms delegate, MeterRegistry registry) {
        super(delegate);
        this.registry = Objects.requireNonNull(registry, "registry");
        for (String operation : OPERATION_NAMES) {
            Map<String, Counter> byOutcome = new HashMap<>();
            byOutcome.put(SUCCESS, counter(operation, SUCCESS));
            byOutcome.put(ERROR, counter(operation, ERROR));
            for (KmsException.Reason reason : KmsException.Reason.values()) {
                byOutcome.put(outcome(reason), counter(operation, outcome(reason)));
            }
            counters.put(operation, byOutcome);
            timers.put(operation, Timer.builder(DURATION)
                    .description("Duration of KMS calls, failed ones included")
                    .tag(OPERATION_TAG, operation)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry));
        }
    }

    @Override
    public String toString() {
        return "InstrumentedKms[" + delegate + "]";
    }

    /** The outcome tag of a failure with {@code reason}: its name in lower case. */
    static String outcome(KmsException.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    @Override
    <T> T call(String operation, Supplier<T> call) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = ERROR;
        try {
            T result = call.get();
            outcome = SUCCESS;
            return result;
        } catch (KmsException e) {
            outcome = outcome(e.reason());
            throw e;
        } finally {
            sample.stop(timers.get(operation));
            counters.get(operation).get(outcome).increment();
        }
    }

    private Counter counter(String operation, String outcome) {
        return Counter.builder(OPERATIONS)
                .description("KMS calls by operation and outcome")
                .tag(OPERATION_TAG, operation)
                .tag(OUTCOME_TAG, outcome)
                .register(registry);
    }
}
