package io.contactshield.serdes.avro;

import io.contactshield.serdes.internal.BoundedCache;
import io.contactshield.serdes.registry.IncompatibleSchemaException;
import io.contactshield.serdes.registry.RegisteredSchema;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClients;
import io.contactshield.serdes.registry.SchemaRegistryException;
import io.contactshield.serdes.registry.SchemaRegistryNotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Avro data in Confluent's wire format: magic byte 0, the 4-byte schema id, the Avro binary
 * body. Accepts generated {@link SpecificRecord}s, {@link org.apache.avro.generic.GenericRecord}s
 * and other {@link GenericContainer}s, and the Avro primitives (String/CharSequence, Integer,
 * Long, Float, Double, Boolean, byte[], ByteBuffer). {@code null} stays {@code null}, so
 * tombstones pass through.
 *
 * <p>The schema id is resolved once per schema: registered (auto.register.schemas=true, the
 * default) or looked up, or with use.latest.version the subject's latest version (cached for
 * latest.cache.ttl.sec). Thread-safe once configured. Every failure is a {@link
 * SerializationException} naming the topic, the subject or schema, never a field value.
 *
 * <p>Construct it bare and call {@link #configure(Map, boolean)}, as Kafka does for a class named
 * in configuration, or give it a client: then it works at once as a value serializer with the
 * default settings, and {@code configure} may still refine them.
 */
public class AvroSerializer<T> implements Serializer<T> {
    private static final Logger LOG = LoggerFactory.getLogger(AvroSerializer.class);

    static {
        GeneratedTypeTrust.install();
    }

    private final SchemaRegistryClient injectedClient;
    private volatile State state;

    /** Reads everything, the registry URL included, from {@link #configure(Map, boolean)}. */
    public AvroSerializer() {
        this.injectedClient = null;
    }

    /**
     * Uses {@code client} (with a cache put in front unless it has one); the caller keeps
     * ownership and closes it.
     */
    public AvroSerializer(SchemaRegistryClient client) {
        this.injectedClient = Objects.requireNonNull(client, "client");
        this.state = newState(new AvroSerdeConfig(Map.of()), false);
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
        return new State(client, injectedClient == null, isKey, config.subjectNameStrategy(isKey),
                config.autoRegisterSchemas(), config.useLatestVersion(), config.latestCompatibilityStrict(),
                config.getInt(AvroSerdeConfig.CACHE_CAPACITY_CONFIG));
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        State s = state();
        Object datum = data instanceof byte[] ? ByteBuffer.wrap((byte[]) data) : data;
        Schema schema = schemaOf(datum, s, topic);
        boolean specific = datum instanceof SpecificRecord;
        String subject = s.strategy.subjectName(topic, s.isKey, schema);
        RegisteredSchema target = s.useLatest ? latest(s, topic, subject, schema) : null;
        int id = target != null ? target.id() : id(s, topic, subject, schema);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128);
            WireFormat.writeHeader(out, id);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            if (target == null || target.schema().equals(schema)) {
                s.writers.get(new WriterKey(schema, specific), State::newWriter).write(datum, encoder);
            } else {
                Object converted = convert(s, datum, schema, specific, target.schema());
                s.writers.get(new WriterKey(target.schema(), false), State::newWriter).write(converted, encoder);
            }
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            Redaction.RedactedException cause = Redaction.writing(e);
            throw new SerializationException(String.format(
                    "Could not serialize the %s for topic '%s' as %s (schema id %d): %s",
                    side(s), topic, schema.getFullName(), id, cause.getMessage()), cause);
        }
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
            throw new IllegalStateException("AvroSerializer used before configure()");
        }
        return s;
    }

    private static String side(State s) {
        return s.isKey ? "key" : "value";
    }

    private int id(State s, String topic, String subject, Schema schema) {
        try {
            if (s.autoRegister) {
                return s.client.register(subject, schema);
            }
            return s.client.lookup(subject, schema).id();
        } catch (IncompatibleSchemaException e) {
            throw new SerializationException(String.format(
                    "Schema %s of the %s for topic '%s' is incompatible with subject '%s': %s",
                    schema.getFullName(), side(s), topic, subject, e.getMessage()), e);
        } catch (SchemaRegistryNotFoundException e) {
            throw new SerializationException(String.format(
                    "Schema %s of the %s for topic '%s' is not registered under subject '%s'"
                            + " (auto.register.schemas=false): %s",
                    schema.getFullName(), side(s), topic, subject, e.getMessage()), e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(String.format(
                    "Could not resolve the schema id of %s for the %s of topic '%s' (subject '%s'): %s",
                    schema.getFullName(), side(s), topic, subject, e.getMessage()), e);
        }
    }

    private RegisteredSchema latest(State s, String topic, String subject, Schema schema) {
        RegisteredSchema latest;
        try {
            latest = s.client.latest(subject);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(String.format(
                    "Could not fetch the latest schema of subject '%s' for the %s of topic '%s'"
                            + " (use.latest.version=true): %s", subject, side(s), topic, e.getMessage()), e);
        }
        if (s.strictLatest && !latest.schema().equals(schema)) {
            String incompatibility = s.latestChecks.get(new SchemaPair(latest.schema(), schema), State::incompatibility);
            if (!incompatibility.isEmpty()) {
                throw new SerializationException(String.format(
                        "The latest schema of subject '%s' (id %d, version %d) cannot read %s, the schema of the %s"
                                + " for topic '%s' (latest.compatibility.strict=true): %s",
                        subject, latest.id(), latest.version(), schema.getFullName(), side(s), topic, incompatibility));
            }
        }
        return latest;
    }

    /**
     * Rewrites {@code datum} into {@code target} by Avro schema resolution: encode with its own
     * schema, decode as the target. Writing it with the target's writer directly would be wrong as
     * soon as fields move or are added.
     */
    private static Object convert(State s, Object datum, Schema schema, boolean specific, Schema target)
            throws IOException {
        ByteArrayOutputStream own = new ByteArrayOutputStream(128);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(own, null);
        s.writers.get(new WriterKey(schema, specific), State::newWriter).write(datum, encoder);
        encoder.flush();
        DatumReader<Object> resolver = s.converters.get(new SchemaPair(target, schema),
                pair -> new GenericDatumReader<>(pair.writer(), pair.reader(), GenericData.get()));
        return resolver.read(null, DecoderFactory.get().binaryDecoder(own.toByteArray(), null));
    }

    private static Schema schemaOf(Object datum, State s, String topic) {
        if (datum instanceof GenericContainer) {
            return ((GenericContainer) datum).getSchema();
        }
        Schema primitive = Primitives.schemaOf(datum);
        if (primitive == null) {
            throw new SerializationException(String.format(
                    "Cannot serialize the %s for topic '%s': a %s is neither an Avro record nor an Avro primitive",
                    side(s), topic, datum.getClass().getName()));
        }
        return primitive;
    }

    private record WriterKey(Schema schema, boolean specific) {}

    /** reader reads what writer wrote. */
    private record SchemaPair(Schema reader, Schema writer) {}

    /** Everything configure() decides, swapped in one volatile write. */
    private static final class State {
        final SchemaRegistryClient client;
        final boolean ownsClient;
        final boolean isKey;
        final SubjectNameStrategy strategy;
        final boolean autoRegister;
        final boolean useLatest;
        final boolean strictLatest;
        final BoundedCache<WriterKey, DatumWriter<Object>> writers;
        final BoundedCache<SchemaPair, String> latestChecks;
        final BoundedCache<SchemaPair, DatumReader<Object>> converters;

        State(SchemaRegistryClient client, boolean ownsClient, boolean isKey, SubjectNameStrategy strategy,
                boolean autoRegister, boolean useLatest, boolean strictLatest, int cacheCapacity) {
            this.client = client;
            this.ownsClient = ownsClient;
            this.isKey = isKey;
            this.strategy = strategy;
            this.autoRegister = autoRegister;
            this.useLatest = useLatest;
            this.strictLatest = strictLatest;
            this.writers = new BoundedCache<>(cacheCapacity);
            this.latestChecks = new BoundedCache<>(cacheCapacity);
            this.converters = new BoundedCache<>(cacheCapacity);
            if (useLatest && autoRegister) {
                LOG.debug("use.latest.version=true: schemas are not registered, auto.register.schemas is ignored");
            }
        }

        static DatumWriter<Object> newWriter(WriterKey key) {
            return key.specific() ? new SpecificDatumWriter<>(key.schema()) : new GenericDatumWriter<>(key.schema(), GenericData.get());
        }

        /** "" if compatible, else Avro's description of what breaks (schema paths, no data). */
        static String incompatibility(SchemaPair pair) {
            SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(pair.reader(), pair.writer());
            if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            result.getResult().getIncompatibilities().stream().limit(5).forEach(i -> out
                    .append(out.length() == 0 ? "" : "; ")
                    .append(i.getType()).append(" at ").append(i.getLocation()).append(": ").append(i.getMessage()));
            return out.length() == 0 ? String.valueOf(result.getType()) : out.toString();
        }
    }
}
