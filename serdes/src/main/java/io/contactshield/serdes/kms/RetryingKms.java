package io.contactshield.serdes.kms;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries calls of another {@link Kms} that failed with a {@link KmsException#retriable()
 * retriable} reason (THROTTLED, UNAVAILABLE), with exponential backoff and full jitter, within a
 * bound on attempts and on total time. Never retries NOT_FOUND, ACCESS_DENIED, DISABLED,
 * INVALID_STATE, INVALID_CIPHERTEXT or INVALID_REQUEST: they answer the same until someone changes
 * the key or the configuration. When it gives up it throws the last failure as it was.
 *
 * <p>It sits above the SDK's own, short-term retries: it rides out what outlasts them (a throttled
 * burst, a brief outage), and the bound on total time keeps a caller from waiting for ever.
 */
public final class RetryingKms extends KmsDecorator {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingKms.class);

    /**
     * How to retry.
     *
     * @param maxAttempts attempts in all, the first included (1: no retry)
     * @param initialBackoff the bound of the first wait; it doubles with each retry
     * @param maxBackoff the bound of any one wait
     * @param maxElapsed no retry starts whose wait would end later than this after the first attempt began
     */
    public record Policy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxElapsed) {

        public Policy {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(maxElapsed, "maxElapsed");
            if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxElapsed.isNegative()) {
                throw new IllegalArgumentException("Backoff and elapsed times must not be negative");
            }
        }

        /** 3 attempts, waits up to 200 ms then 400 ms (5 s at most), 30 s in all. */
        public static Policy defaults() {
            return new Policy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));
        }

        /**
         * The bound of the wait before attempt {@code attempt + 1}, in nanoseconds:
         * {@code min(maxBackoff, initialBackoff * 2^(attempt - 1))}.
         */
        long backoffCeilingNanos(int attempt) {
            long initial = initialBackoff.toNanos();
            long max = maxBackoff.toNanos();
            int doublings = attempt - 1;
            if (initial == 0) {
                return 0;
            }
            if (doublings >= Long.numberOfLeadingZeros(initial) - 1) {
                return max;
            }
            return Math.min(max, initial << doublings);
        }
    }

    /** Waits; the real one is {@link Thread#sleep}. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final Policy policy;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final DoubleSupplier random;

    public RetryingKms(Kms delegate, Policy policy) {
        this(delegate, policy, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)), System::nanoTime,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param random uniform in [0, 1): the fraction of the backoff ceiling to wait (full jitter)
     */
    RetryingKms(Kms delegate, Policy policy, Sleeper sleeper, LongSupplier nanoClock, DoubleSupplier random) {
        super(delegate);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
        this.random = random;
    }

    @Override
    public String toString() {
        return "RetryingKms[" + policy + ", " + delegate + "]";
    }

    @Override
    <T> T call(String operation, Supplier<T> call) {
        long start = nanoClock.getAsLong();
        long maxElapsed = policy.maxElapsed().toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (KmsException e) {
                if (!e.retriable() || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                long delay = (long) (random.getAsDouble() * policy.backoffCeilingNanos(attempt));
                if (nanoClock.getAsLong() - start + delay > maxElapsed) {
                    throw e;
                }
                LOG.debug("{} failed ({}), attempt {} of {}; retrying in {} ms", operation, e.reason(), attempt,
                        policy.maxAttempts(), delay / 1_000_000);
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    e.addSuppressed(interrupted);
                    throw e;
                }
            }
        }
    }
}
