package io.contactshield.topology.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a stream thread that died, after a backoff that doubles with each failure in a row.
 *
 * <p>The protect step throws only when a dependency fails (no data key because the KMS is down
 * past the cache's hard limit, the schema registry or the keyring unreachable); a bad record
 * becomes a dead letter instead. Under exactly-once the failed task's transaction aborts, and the
 * replacement thread resumes from the last committed offsets, so nothing unprotected is written
 * and nothing is skipped. The backoff keeps a dead dependency from being hammered; it runs on the
 * dying thread, before Kafka Streams starts the replacement, and resets after {@code quiet} without
 * failure. Operators see the outage as {@code contactshield_stream_thread_replacements_total},
 * the KMS and registry error metrics, a log line per failure (class names and our own value-free
 * messages only), and a stalled consumer lag.
 */
public final class RetryingUncaughtExceptionHandler implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingUncaughtExceptionHandler.class);

    private final Duration initial;
    private final Duration max;
    private final Duration quiet;
    private final LongConsumer sleeper;
    private final Runnable onReplace;
    private long lastFailureNanos;
    private long nextBackoffMs;

    /**
     * @param onReplace told of every replacement, for a metric
     */
    public RetryingUncaughtExceptionHandler(Duration initial, Duration max, Runnable onReplace) {
        this(initial, max, max.multipliedBy(4), RetryingUncaughtExceptionHandler::sleep, onReplace);
    }

    RetryingUncaughtExceptionHandler(Duration initial, Duration max, Duration quiet, LongConsumer sleeper,
            Runnable onReplace) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.max = Objects.requireNonNull(max, "max");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.onReplace = Objects.requireNonNull(onReplace, "onReplace");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("The backoff must satisfy 0 <= initial <= max");
        }
        this.nextBackoffMs = initial.toMillis();
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable exception) {
        long backoff;
        synchronized (this) {
            long now = System.nanoTime();
            if (lastFailureNanos != 0 && now - lastFailureNanos > quiet.toNanos()) {
                nextBackoffMs = initial.toMillis();
            }
            lastFailureNanos = now;
            backoff = nextBackoffMs;
            nextBackoffMs = Math.min(max.toMillis(), Math.max(1, nextBackoffMs * 2));
        }
        LOG.warn("A stream thread failed and will be replaced in {} ms; its transaction is aborted and processing"
                + " resumes from the last commit: {}", backoff, Scrubbed.message(exception));
        onReplace.run();
        sleeper.accept(backoff);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
