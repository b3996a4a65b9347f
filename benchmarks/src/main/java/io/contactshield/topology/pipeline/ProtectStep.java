package io.contactshield.topology.pipeline;

import java.util.List;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The pipeline's protect step for Avro input ({@code ProtectProcessor}, as the topology runs it)
 * without Kafka Streams around it: a {@link MockProcessorContext} gives it the record's source and
 * collects what it forwards. For benchmarks; in the processor's package because the processor is
 * package-private on purpose.
 */
public final class ProtectStep implements AutoCloseable {

    private final ProtectProcessor processor;
    private final MockProcessorContext<String, Output> context = new MockProcessorContext<>();
    private final String topic;

    public ProtectStep(PipelineParts parts) {
        this.topic = parts.topics().contacts();
        this.processor = new ProtectProcessor(InputFormat.AVRO, parts);
        processor.init(context);
    }

    /** One forwarded record: what it is ({@code PROTECTED}, {@code AUDIT}, {@code DEAD_LETTER}), its key and value. */
    public record Emitted(String kind, String key, byte[] value) {
    }

    /**
     * Protects one input value as if read from partition 0 of the contacts topic at {@code offset},
     * and returns what the step forwarded.
     */
    public List<Emitted> process(byte[] value, long offset, long timestamp) {
        context.resetForwards();
        context.setRecordMetadata(topic, 0, offset);
        processor.process(new Record<>(null, value, timestamp));
        return context.forwarded().stream()
                .map(f -> new Emitted(f.record().value().kind().name(), f.record().key(), f.record().value().value()))
                .toList();
    }

    /** As {@link #process}, returning only the number of bytes forwarded: the benchmark's hot loop. */
    public int processBytes(byte[] value, long offset, long timestamp) {
        context.resetForwards();
        context.setRecordMetadata(topic, 0, offset);
        processor.process(new Record<>(null, value, timestamp));
        int bytes = 0;
        for (MockProcessorContext.CapturedForward<? extends String, ? extends Output> forward : context.forwarded()) {
            bytes += forward.record().value().value().length;
        }
        return bytes;
    }

    @Override
    public void close() {
        processor.close();
    }
}
