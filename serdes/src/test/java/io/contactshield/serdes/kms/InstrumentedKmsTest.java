package io.contactshield.serdes.kms;

import static io.contactshield.serdes.kms.ScriptedKms.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.contactshield.serdes.kms.KmsException.Reason;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentedKmsTest {

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme");

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final ScriptedKms delegate = new ScriptedKms();
    private final InstrumentedKms kms = new InstrumentedKms(delegate, registry);

    @Test
    void countsSuccessesByOperation() {
        kms.generateDataKey("alias/tenant-acme", CONTEXT).close();
        kms.generateDataKey("alias/tenant-acme", CONTEXT).close();
        kms.decrypt("alias/tenant-acme", new byte[] {1}, CONTEXT).close();
        kms.encrypt("alias/tenant-acme", new byte[] {1}, CONTEXT);
        kms.describeKey("alias/tenant-acme");

        assertThat(count("GenerateDataKey", "success")).isEqualTo(2);
        assertThat(count("Decrypt", "success")).isEqualTo(1);
        assertThat(count("Encrypt", "success")).isEqualTo(1);
        assertThat(count("DescribeKey", "success")).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"THROTTLED, throttled", "UNAVAILABLE, unavailable", "ACCESS_DENIED, access_denied",
            "INVALID_CIPHERTEXT, invalid_ciphertext", "NOT_FOUND, not_found"})
    void countsFailuresByTheirReasonInLowerCase(Reason reason, String outcome) {
        KmsException failure = failure(reason);
        delegate.failWith(failure);

        assertThat(catchThrowable(() -> kms.generateDataKey("k", CONTEXT))).isSameAs(failure);

        assertThat(count("GenerateDataKey", outcome)).isEqualTo(1);
        assertThat(count("GenerateDataKey", "success")).isZero();
    }

    @Test
    void countsOtherExceptionsAsErrors() {
        delegate.failWith(new IllegalStateException("closed"));

        catchThrowable(() -> kms.describeKey("k"));

        assertThat(count("DescribeKey", "error")).isEqualTo(1);
    }

    @Test
    void timesEveryCallFailedOnesIncluded() {
        delegate.onCall(() -> clock.add(Duration.ofMillis(7)));
        delegate.failWith(failure(Reason.UNAVAILABLE));

        catchThrowable(() -> kms.decrypt("k", new byte[] {1}, CONTEXT));
        kms.decrypt("k", new byte[] {1}, CONTEXT).close();

        Timer timer = registry.get(InstrumentedKms.DURATION).tag("operation", "Decrypt").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(14);
    }

    @Test
    void registersEveryOperationAndOutcomeUpFrontSoDashboardsSeeZeros() {
        assertThat(registry.find(InstrumentedKms.OPERATIONS).counters())
                .hasSize(4 * (2 + Reason.values().length))
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(registry.find(InstrumentedKms.DURATION).timers()).hasSize(4);
    }

    @Test
    void tagsOnlyOperationAndOutcomeNeverKeyIds() {
        kms.generateDataKey("alias/tenant-acme", CONTEXT).close();

        for (Meter meter : registry.getMeters()) {
            assertThat(meter.getId().getTags()).extracting(Tag::getKey).isSubsetOf("operation", "outcome");
            assertThat(meter.getId().getTags()).extracting(Tag::getValue).noneMatch(value -> value.contains("tenant"));
        }
    }

    @Test
    void closingClosesTheDelegate() {
        kms.close();

        assertThat(delegate.closed()).isTrue();
    }

    private double count(String operation, String outcome) {
        return registry.get(InstrumentedKms.OPERATIONS).tag("operation", operation).tag("outcome", outcome).counter().count();
    }
}
