package io.contactshield.serdes.avro;

import io.contactshield.serdes.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An {@link AvroSerializer} and an {@link AvroDeserializer} as one Kafka {@link Serde}, e.g. for
 * Kafka Streams: {@code AvroSerde.specific(ContactEvent.class)} or {@code AvroSerde.generic()},
 * then {@link #configure(Map, boolean)}. The no-argument constructor, for serdes named in
 * configuration ({@code default.value.serde}), is driven by configuration alone.
 */
public class AvroSerde<T> implements Serde<T> {
    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    public AvroSerde() {
        this(new AvroSerializer<>(), new AvroDeserializer<>());
    }

    /** Both halves use {@code client}; the caller keeps ownership and closes it. */
    public AvroSerde(SchemaRegistryClient client) {
        this(new AvroSerializer<>(client), new AvroDeserializer<>(client));
    }

    public AvroSerde(AvroSerializer<T> serializer, AvroDeserializer<T> deserializer) {
        this.serializer = Objects.requireNonNull(serializer, "serializer");
        this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
    }

    /** Reads records as the generated class {@code type}, whatever the writer's schema's name. */
    public static <T extends SpecificRecord> AvroSerde<T> specific(Class<T> type) {
        return new AvroSerde<>(new AvroSerializer<>(), new AvroDeserializer<>((SchemaRegistryClient) null, type));
    }

    /** As {@link #specific(Class)}, with a client of the caller's. */
    public static <T extends SpecificRecord> AvroSerde<T> specific(Class<T> type, SchemaRegistryClient client) {
        return new AvroSerde<>(new AvroSerializer<>(client), new AvroDeserializer<>(client, type));
    }

    /** Reads records as {@link GenericRecord}s with the writer's schema. */
    public static AvroSerde<GenericRecord> generic() {
        return new AvroSerde<>();
    }

    /** As {@link #generic()}, with a client of the caller's. */
    public static AvroSerde<GenericRecord> generic(SchemaRegistryClient client) {
        return new AvroSerde<>(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public void close() {
        serializer.close();
        deserializer.close();
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
