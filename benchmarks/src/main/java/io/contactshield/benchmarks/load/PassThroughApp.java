package io.contactshield.benchmarks.load;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.avro.AvroSerde;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The yardstick: the same input read and written again as Avro ContactEvents through the
 * project's {@link AvroSerde} (decode into the generated class, encode), nothing else, on Kafka
 * Streams with the same processing guarantee as the pipeline.
 */
final class PassThroughApp implements AutoCloseable {

    private final KafkaStreams streams;
    private final AvroSerde<ContactEvent> serde;

    PassThroughApp(Map<String, Object> kafka, SchemaRegistryClient registry, String input, String output) {
        serde = AvroSerde.specific(ContactEvent.class, registry);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), serde).withName("contacts"))
                .to(output, Produced.with(Serdes.String(), serde).withName("to-" + output));
        Topology topology = builder.build();
        Properties properties = new Properties();
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.putAll(kafka);
        streams = new KafkaStreams(topology, properties);
    }

    KafkaStreams streams() {
        return streams;
    }

    void start() {
        streams.start();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        serde.close();
    }
}
