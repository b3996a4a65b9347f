package io.contactshield.benchmarks.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the committed records of one output topic as they become visible, in a thread of its
 * own: a {@code read_committed} consumer assigned every partition (no group), from the beginning
 * or from the current end. It notes the moment the count reaches a target, and for each record its
 * end-to-end latency: the wall clock when the poll returned it minus the record's timestamp
 * (Kafka Streams gives outputs their input's timestamp, which the producer set at send).
 */
final class OutputCounter implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private final AtomicLong count = new AtomicLong();
    private volatile long target = Long.MAX_VALUE;
    private volatile long reachedNanos;
    private long[] latencies = new long[1024]; // guarded by this
    private int latencyCount; // guarded by this
    private volatile RuntimeException failure;

    OutputCounter(Map<String, Object> connection, String topic, boolean fromEnd) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        if (fromEnd) {
            consumer.seekToEnd(partitions);
        } else {
            consumer.seekToBeginning(partitions);
        }
        partitions.forEach(consumer::position); // resolve now, before anything is produced
        thread = new Thread(this::run, "output-counter-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                long now = System.currentTimeMillis();
                synchronized (this) {
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        if (latencyCount == latencies.length) {
                            latencies = Arrays.copyOf(latencies, latencies.length * 2);
                        }
                        latencies[latencyCount++] = now - record.timestamp();
                    }
                }
                long counted = count.addAndGet(records.count());
                synchronized (this) {
                    if (counted >= target && reachedNanos == 0) {
                        reachedNanos = System.nanoTime();
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Waits until {@code expected} records have been counted in all; returns {@link System#nanoTime()}
     * of the poll that reached it.
     *
     * @throws IllegalStateException if it takes longer than {@code timeout}
     */
    long await(long expected, Duration timeout) throws InterruptedException {
        synchronized (this) {
            // A new target: a counter may be awaited more than once (a warm-up, then the measured part).
            target = expected;
            reachedNanos = count.get() >= expected ? System.nanoTime() : 0;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (reachedNanos == 0) {
            if (failure != null) {
                throw new IllegalStateException("Reading the output failed", failure);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + count.get() + " of " + expected + " outputs after " + timeout);
            }
            Thread.sleep(2);
        }
        return reachedNanos;
    }

    long count() {
        return count.get();
    }

    /** The latencies (ms) of the records counted so far, sorted. */
    synchronized long[] sortedLatencies() {
        long[] copy = Arrays.copyOf(latencies, latencyCount);
        Arrays.sort(copy);
        return copy;
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
