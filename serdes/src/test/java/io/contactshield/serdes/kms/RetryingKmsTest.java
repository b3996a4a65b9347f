package io.contactshield.serdes.kms;

import static io.contactshield.serdes.kms.ScriptedKms.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.contactshield.serdes.kms.KmsException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryingKmsTest {

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme");
    private static final RetryingKms.Policy POLICY =
            new RetryingKms.Policy(4, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(10));

    private final ScriptedKms delegate = new ScriptedKms();
    private final AtomicLong clock = new AtomicLong();
    private final List<Long> sleeps = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"THROTTLED", "UNAVAILABLE"})
    void retriesRetriableFailuresUntilTheCallSucceeds(Reason reason) {
        delegate.failWith(failure(reason), failure(reason));

        try (DataKey dataKey = retrying(POLICY, 0.5).generateDataKey("k", CONTEXT)) {
            assertThat(dataKey.kmsKeyArn()).isEqualTo("arn:test:k");
        }
        assertThat(delegate.calls()).hasSize(3);
        assertThat(sleeps).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"NOT_FOUND", "ACCESS_DENIED", "DISABLED", "INVALID_STATE",
            "INVALID_CIPHERTEXT", "INVALID_REQUEST"})
    void neverRetriesFailuresThatWouldRecur(Reason reason) {
        KmsException permanent = failure(reason);
        delegate.failWith(permanent);

        assertThat(catchThrowable(() -> retrying(POLICY, 0.5).generateDataKey("k", CONTEXT))).isSameAs(permanent);
        assertThat(delegate.calls()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void neverRetriesOtherExceptions() {
        IllegalArgumentException bug = new IllegalArgumentException("bad argument");
        delegate.failWith(bug);

        assertThat(catchThrowable(() -> retrying(POLICY, 0.5).describeKey("k"))).isSameAs(bug);
        assertThat(delegate.calls()).hasSize(1);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailure() {
        KmsException last = failure(Reason.UNAVAILABLE);
        delegate.failWith(failure(Reason.THROTTLED), failure(Reason.UNAVAILABLE), failure(Reason.THROTTLED), last,
                failure(Reason.UNAVAILABLE));

        assertThat(catchThrowable(() -> retrying(POLICY, 0.5).generateDataKey("k", CONTEXT))).isSameAs(last);
        assertThat(delegate.calls()).hasSize(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void waitsUpToAnExponentialCeilingCappedByTheMaximum() {
        delegate.failWith(failure(Reason.THROTTLED), failure(Reason.THROTTLED), failure(Reason.THROTTLED));

        retrying(POLICY, 0.999_999).describeKey("k");

        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(millis(99), millis(100));
        assertThat(sleeps.get(1)).isBetween(millis(199), millis(200));
        assertThat(sleeps.get(2)).isBetween(millis(299), millis(300));
    }

    @Test
    void fullJitterMayWaitNotAtAll() {
        delegate.failWith(failure(Reason.THROTTLED), failure(Reason.THROTTLED));

        retrying(POLICY, 0).describeKey("k");

        assertThat(sleeps).containsExactly(0L, 0L);
    }

    @Test
    void jitteredWaitsStayWithinZeroAndTheCeiling() {
        RetryingKms.Policy policy = new RetryingKms.Policy(50, Duration.ofMillis(10), Duration.ofMillis(80), Duration.ofHours(1));
        for (int i = 0; i < 49; i++) {
            delegate.failWith(failure(Reason.UNAVAILABLE));
        }

        new RetryingKms(delegate, policy, this::sleep, clock::get, () -> Math.random()).describeKey("k");

        assertThat(sleeps).hasSize(49).allSatisfy(nanos -> assertThat(nanos).isBetween(0L, millis(80)));
        assertThat(sleeps.get(0)).isLessThanOrEqualTo(millis(10));
    }

    @Test
    void stopsWhenTheNextWaitWouldEndPastTheTimeBound() {
        RetryingKms.Policy policy = new RetryingKms.Policy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(250));
        KmsException second = failure(Reason.UNAVAILABLE);
        delegate.failWith(failure(Reason.UNAVAILABLE), second, failure(Reason.UNAVAILABLE));

        // Waits of ~100 ms, then ~200 ms: the second would end at ~300 ms, past 250 ms.
        assertThat(catchThrowable(() -> retrying(policy, 0.999).generateDataKey("k", CONTEXT))).isSameAs(second);
        assertThat(delegate.calls()).hasSize(2);
    }

    @Test
    void countsTimeSpentInsideTheCallsAgainstTheBound() {
        RetryingKms.Policy policy = new RetryingKms.Policy(10, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1));
        delegate.onCall(() -> clock.addAndGet(Duration.ofMillis(400).toNanos()));
        delegate.failWith(failure(Reason.UNAVAILABLE), failure(Reason.UNAVAILABLE), failure(Reason.UNAVAILABLE));

        assertThatThrownBy(() -> retrying(policy, 0.5).describeKey("k")).isInstanceOf(KmsException.class);
        assertThat(delegate.calls()).hasSize(3);
    }

    @Test
    void anInterruptedWaitEndsTheRetriesAndKeepsTheInterrupt() {
        KmsException failure = failure(Reason.THROTTLED);
        delegate.failWith(failure);
        RetryingKms retrying = new RetryingKms(delegate, POLICY, nanos -> {
            throw new InterruptedException("stop");
        }, clock::get, () -> 0.5);

        try {
            assertThat(catchThrowable(() -> retrying.describeKey("k"))).isSameAs(failure);
            assertThat(failure.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(delegate.calls()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GenerateDataKey", "Decrypt", "Encrypt", "DescribeKey"})
    void retriesEveryOperation(String operation) {
        delegate.failWith(failure(Reason.UNAVAILABLE));
        RetryingKms retrying = retrying(POLICY, 0.5);

        switch (operation) {
            case "GenerateDataKey" -> retrying.generateDataKey("k", CONTEXT).close();
            case "Decrypt" -> retrying.decrypt("k", new byte[] {1}, CONTEXT).close();
            case "Encrypt" -> retrying.encrypt("k", new byte[] {1}, CONTEXT);
            default -> retrying.describeKey("k");
        }

        assertThat(delegate.calls()).containsExactly(operation, operation);
    }

    @Test
    void theBackoffCeilingNeverOverflows() {
        RetryingKms.Policy policy = new RetryingKms.Policy(1000, Duration.ofMillis(100), Duration.ofMinutes(1), Duration.ofHours(1));

        assertThat(policy.backoffCeilingNanos(1)).isEqualTo(millis(100));
        assertThat(policy.backoffCeilingNanos(4)).isEqualTo(millis(800));
        assertThat(policy.backoffCeilingNanos(63)).isEqualTo(Duration.ofMinutes(1).toNanos());
        assertThat(policy.backoffCeilingNanos(999)).isEqualTo(Duration.ofMinutes(1).toNanos());
    }

    @Test
    void theRealSleeperWaitsAndSucceeds() {
        delegate.failWith(failure(Reason.THROTTLED));
        RetryingKms.Policy quick = new RetryingKms.Policy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(1));

        assertThat(new RetryingKms(delegate, quick).describeKey("k")).isEqualTo("arn:test:k");
    }

    @Test
    void closingClosesTheDelegate() {
        retrying(POLICY, 0.5).close();

        assertThat(delegate.closed()).isTrue();
    }

    private RetryingKms retrying(RetryingKms.Policy policy, double jitter) {
        return new RetryingKms(delegate, policy, this::sleep, clock::get, () -> jitter);
    }

    private void sleep(long nanos) {
        sleeps.add(nanos);
        clock.addAndGet(nanos);
    }

    private static long millis(long millis) {
        return Duration.ofMillis(millis).toNanos();
    }
}
