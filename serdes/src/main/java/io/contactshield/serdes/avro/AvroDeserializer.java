package io.contactshield.serdes.avro;

import io.contactshield.serdes.internal.BoundedCache;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClients;
import io.contactshield.serdes.registry.SchemaRegistryException;
import io.contactshield.serdes.registry.SchemaRegistryNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent's wire format: checks the magic byte, fetches the writer's schema by id (once,
 * then cached), and resolves the body to the reader schema, chosen in this order:
 *
 * <ol>
 *   <li>a reader schema given to the constructor or as avro.key/value.reader.schema;
 *   <li>a SpecificRecord class given to the constructor or as specific.avro.key/value.type;
 *   <li>with specific.avro.reader=true, the generated class named like the writer's schema;
 *   <li>otherwise the writer's schema itself, read as a {@link
 *       org.apache.avro.generic.GenericRecord}.
 * </ol>
 *
 * A top-level Avro string is returned as a {@link String} and top-level bytes as a byte[], as the
 * serializer takes them; strings inside generic records stay {@link Utf8}, as Avro makes them.
 * {@code null} stays {@code null}.
 *
 * <p>Every failure is a {@link SerializationException} that names the topic, the side (key or
 * value) and, once known, the schema id, and says which check failed: shorter than the header,
 * wrong magic byte, unknown schema id (with the registry's answer as the cause), writer schema not
 * readable as the reader schema, a body that does not decode (truncated, corrupt, a length
 * prefix beyond the body or above Avro's limits), or bytes left over after the record. Trailing
 * bytes are rejected: Confluent's serializers never write them, so they mean the id and the body
 * do not belong together. Messages never contain payload bytes or field values; causes from
 * inside Avro are {@linkplain Redaction redacted}. A cause that is a {@link
 * io.contactshield.serdes.registry.SchemaRegistryUnavailableException} means the registry was
 * down, not that the record is bad.
 *
 * <p>Thread-safe once configured. Constructed with a client or a reader choice, it works at once
 * as a value deserializer with the default settings; {@link #configure(Map, boolean)} may refine.
 */
public class AvroDeserializer<T> implements Deserializer<T> {
    static {
        GeneratedTypeTrust.install();
    }

    private final SchemaRegistryClient injectedClient;
    private final Schema fixedReaderSchema;
    private final Class<? extends SpecificRecord> fixedSpecificType;
    private volatile State state;

    /** Reads everything, the registry URL included, from {@link #configure(Map, boolean)}. */
    public AvroDeserializer() {
        this(null, null, null);
    }

    /** Uses {@code client} (with a cache in front); the caller keeps ownership and closes it. */
    public AvroDeserializer(SchemaRegistryClient client) {
        this(Objects.requireNonNull(client, "client"), null, null);
    }

    /**
     * Reads every record as {@code readerSchema} (generic, or specific if specific.avro.reader).
     *
     * @param client the registry client, or null to build one from configure()
     */
    public AvroDeserializer(SchemaRegistryClient client, Schema readerSchema) {
        this(client, Objects.requireNonNull(readerSchema, "readerSchema"), null);
    }

    /**
     * Reads every record as the generated class {@code type}, with its schema as the reader schema.
     *
     * @param client the registry client, or null to build one from configure()
     */
    public AvroDeserializer(SchemaRegistryClient client, Class<T> type) {
        this(client, null, specificType(type));
    }

    private AvroDeserializer(SchemaRegistryClient client, Schema readerSchema, Class<? extends SpecificRecord> type) {
        this.injectedClient = client;
        this.fixedReaderSchema = readerSchema;
        this.fixedSpecificType = type;
        if (client != null) {
            this.state = newState(new AvroSerdeConfig(Map.of()), false);
        }
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        State previous = state;
        state = newState(new AvroSerdeConfig(configs), isKey);
        if (previous != null && previous.ownsClient) {
            previous.client.close();
        }
    }

    private State newState(AvroSerdeConfig config, boolean isKey) {
        SchemaRegistryClient client = injectedClient != null
                ? SchemaRegistryClients.caching(injectedClient, config)
                : SchemaRegistryClients.create(config, null);
        Schema readerSchema = fixedReaderSchema != null ? fixedReaderSchema : config.readerSchema(isKey);
        Class<? extends SpecificRecord> type = fixedSpecificType != null ? fixedSpecificType : config.specificType(isKey);
        return new State(client, injectedClient == null, isKey, readerSchema, type,
                config.specificAvroReader() || type != null, config.getInt(AvroSerdeConfig.CACHE_CAPACITY_CONFIG));
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        State s = state();
        if (bytes.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException(String.format(
                    "The %s of topic '%s' is %d bytes long, shorter than the %d-byte header of the Confluent"
                            + " wire format (magic byte 0, 4-byte schema id)",
                    side(s), topic, bytes.length, WireFormat.HEADER_SIZE));
        }
        if (bytes[0] != WireFormat.MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "The %s of topic '%s' starts with byte 0x%02x, not the magic byte 0x00 of the Confluent"
                            + " wire format: it was not written by a schema-registry serializer",
                    side(s), topic, bytes[0] & 0xff));
        }
        int id = WireFormat.readId(bytes);
        Schema writer = writerSchema(s, topic, id);
        Plan plan = s.plans.get(id, key -> s.plan(writer));
        if (plan.problem() != null) {
            throw new SerializationException(String.format(
                    "The %s of topic '%s' was written with schema id %d (%s), which cannot be read as %s: %s",
                    side(s), topic, id, writer.getFullName(), plan.readerName(), plan.problem()));
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE, null);
        Object value;
        int trailing;
        try {
            value = plan.reader().read(null, decoder);
            trailing = decoder.isEnd() ? 0 : decoder.inputStream().available();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            Redaction.RedactedException cause = Redaction.reading(e);
            throw new SerializationException(String.format(
                    "The %s of topic '%s' does not decode as schema id %d (%s), body of %d bytes: %s",
                    side(s), topic, id, writer.getFullName(), bytes.length - WireFormat.HEADER_SIZE, cause.getMessage()),
                    cause);
        }
        if (trailing != 0) {
            throw new SerializationException(String.format(
                    "The %s of topic '%s' has %s left over after the record of schema id %d (%s): the id and"
                            + " the body do not belong together",
                    side(s), topic, trailing > 0 ? trailing + " byte(s)" : "bytes", id, writer.getFullName()));
        }
        return cast(s, topic, id, topLevel(value));
    }

    @Override
    public void close() {
        State s = state;
        if (s != null && s.ownsClient) {
            s.client.close();
        }
    }

    private State state() {
        State s = state;
        if (s == null) {
            throw new IllegalStateException("AvroDeserializer used before configure()");
        }
        return s;
    }

    private static String side(State s) {
        return s.isKey ? "key" : "value";
    }

    private static Schema writerSchema(State s, String topic, int id) {
        try {
            return s.client.schemaById(id);
        } catch (SchemaRegistryNotFoundException e) {
            throw new SerializationException(String.format(
                    "The %s of topic '%s' names schema id %d, which the registry does not know: %s",
                    side(s), topic, id, e.getMessage()), e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(String.format(
                    "Could not fetch schema id %d for the %s of topic '%s': %s", id, side(s), topic, e.getMessage()), e);
        }
    }

    private static Object topLevel(Object value) {
        if (value instanceof Utf8) {
            return value.toString();
        }
        if (value instanceof ByteBuffer) {
            ByteBuffer buffer = (ByteBuffer) value;
            byte[] copy = new byte[buffer.remaining()];
            buffer.duplicate().get(copy);
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(State s, String topic, int id, Object value) {
        if (s.specificType != null && !s.specificType.isInstance(value)) {
            throw new SerializationException(String.format(
                    "The %s of topic '%s' (schema id %d) was read as %s, not the expected %s",
                    side(s), topic, id, value == null ? "null" : value.getClass().getName(), s.specificType.getName()));
        }
        return (T) value;
    }

    private static Class<? extends SpecificRecord> specificType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        if (!SpecificRecord.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro SpecificRecord class");
        }
        return type.asSubclass(SpecificRecord.class);
    }

    /** How to read one writer schema: a reader, or why there is none. */
    private record Plan(DatumReader<Object> reader, String readerName, String problem) {}

    private static final class State {
        final SchemaRegistryClient client;
        final boolean ownsClient;
        final boolean isKey;
        final Schema readerSchema;
        final Class<? extends SpecificRecord> specificType;
        final boolean specific;
        /** By writer schema id: the reader choice is fixed per deserializer, so the id is the pair. */
        final BoundedCache<Integer, Plan> plans;

        State(SchemaRegistryClient client, boolean ownsClient, boolean isKey, Schema readerSchema,
                Class<? extends SpecificRecord> specificType, boolean specific, int cacheCapacity) {
            this.client = client;
            this.ownsClient = ownsClient;
            this.isKey = isKey;
            this.readerSchema = readerSchema;
            this.specificType = specificType;
            this.specific = specific;
            this.plans = new BoundedCache<>(cacheCapacity);
        }

        /**
         * Never throws: a reader that cannot be built (no class, an untrusted package) is a plan with
         * a problem, so that every record of that schema fails the same clear way.
         */
        Plan plan(Schema writer) {
            try {
                return planOrThrow(writer);
            } catch (RuntimeException e) {
                // Only schemas and class names are involved here, no record data.
                return new Plan(null, "the configured reader", e.toString());
            }
        }

        private Plan planOrThrow(Schema writer) {
            if (readerSchema != null) {
                return resolve(writer, readerSchema, specific ? new SpecificDatumReader<>(writer, readerSchema)
                        : new GenericDatumReader<>(writer, readerSchema, GenericData.get()));
            }
            if (specificType != null) {
                Schema reader = SpecificData.get().getSchema(specificType);
                return resolve(writer, reader, new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(specificType)));
            }
            if (specific && writer.getType() == Schema.Type.RECORD) {
                Class<?> generated = SpecificData.get().getClass(writer);
                if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
                    return new Plan(null, "a generated class",
                            "no SpecificRecord class named " + writer.getFullName()
                                    + " on the classpath (specific.avro.reader=true)");
                }
                Schema reader = SpecificData.get().getSchema(generated);
                return resolve(writer, reader, new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(generated)));
            }
            return new Plan(new GenericDatumReader<>(writer, writer, GenericData.get()), writer.getFullName(), null);
        }

        /** Checks up front, so a mismatch says what breaks instead of failing mid-record. */
        private static Plan resolve(Schema writer, Schema reader, DatumReader<Object> datumReader) {
            SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
            if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
                return new Plan(datumReader, reader.getFullName(), null);
            }
            StringBuilder problem = new StringBuilder();
            result.getResult().getIncompatibilities().stream().limit(5).forEach(i -> problem
                    .append(problem.length() == 0 ? "" : "; ")
                    .append(i.getType()).append(" at ").append(i.getLocation()).append(": ").append(i.getMessage()));
            return new Plan(null, reader.getFullName(), problem.length() == 0 ? String.valueOf(result.getType()) : problem.toString());
        }
    }
}
