package io.contactshield.serdes.avro;

import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.Configurable;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.utils.Utils;

/**
 * Configuration of {@link AvroSerializer} and {@link AvroDeserializer}: the registry client's keys
 * ({@link SchemaRegistryClientConfig}) plus the serde's, named as Confluent names them so that an
 * existing Confluent configuration works unchanged.
 */
public class AvroSerdeConfig extends SchemaRegistryClientConfig {

    public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
    public static final String AUTO_REGISTER_SCHEMAS_DOC =
            "Whether the serializer registers a record's schema under its subject. If false, the schema"
                    + " must already be registered there, or serialization fails.";

    public static final String USE_LATEST_VERSION_CONFIG = "use.latest.version";
    public static final String USE_LATEST_VERSION_DOC =
            "Whether the serializer writes every record with the subject's latest registered schema"
                    + " (converting the record to it by Avro schema resolution) instead of the record's own."
                    + " Takes precedence over auto.register.schemas: nothing is registered.";

    public static final String LATEST_COMPATIBILITY_STRICT_CONFIG = "latest.compatibility.strict";
    public static final String LATEST_COMPATIBILITY_STRICT_DOC =
            "With use.latest.version, whether to check up front that the latest schema can read the"
                    + " record's schema, and refuse the record with a clear message if not. If false, a"
                    + " record that cannot be converted fails when it is written.";

    public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";
    public static final String SPECIFIC_AVRO_READER_DOC =
            "Whether the deserializer returns generated SpecificRecord classes, found by the writer"
                    + " schema's full name, read with the class's schema. If false, it returns GenericRecords"
                    + " with the writer's schema (or avro.key/value.reader.schema).";

    public static final String SPECIFIC_AVRO_KEY_TYPE_CONFIG = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_KEY_TYPE_DOC =
            "A generated SpecificRecord class that keys are always read as (its schema is the reader"
                    + " schema, whatever the writer's name). Implies specific.avro.reader for keys.";

    public static final String SPECIFIC_AVRO_VALUE_TYPE_CONFIG = "specific.avro.value.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE_DOC =
            "As specific.avro.key.type, for values.";

    public static final String AVRO_KEY_READER_SCHEMA_CONFIG = "avro.key.reader.schema";
    public static final String AVRO_KEY_READER_SCHEMA_DOC =
            "An Avro schema (JSON) that keys are read as, resolved from each writer's schema by Avro's"
                    + " rules (added fields get their defaults). Takes precedence over the specific.* keys.";

    public static final String AVRO_VALUE_READER_SCHEMA_CONFIG = "avro.value.reader.schema";
    public static final String AVRO_VALUE_READER_SCHEMA_DOC = "As avro.key.reader.schema, for values.";

    public static final String KEY_SUBJECT_NAME_STRATEGY_CONFIG = "key.subject.name.strategy";
    public static final String KEY_SUBJECT_NAME_STRATEGY_DOC =
            "How the key's subject is named: TopicNameStrategy, RecordNameStrategy,"
                    + " TopicRecordNameStrategy (simple names, this package's class names and Confluent's"
                    + " io.confluent.kafka.serializers.subject.* names are all accepted), or the class name"
                    + " of a SubjectNameStrategy implementation.";

    public static final String VALUE_SUBJECT_NAME_STRATEGY_CONFIG = "value.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY_DOC = "As key.subject.name.strategy, for values.";

    private static final String CONFLUENT_STRATEGY_PACKAGE = "io.confluent.kafka.serializers.subject.";

    /** A fresh definition of every key: the registry client's and the serde's. */
    public static ConfigDef configDef() {
        return SchemaRegistryClientConfig.configDef()
                .define(AUTO_REGISTER_SCHEMAS_CONFIG, Type.BOOLEAN, true, Importance.MEDIUM,
                        AUTO_REGISTER_SCHEMAS_DOC)
                .define(USE_LATEST_VERSION_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                        USE_LATEST_VERSION_DOC)
                .define(LATEST_COMPATIBILITY_STRICT_CONFIG, Type.BOOLEAN, true, Importance.LOW,
                        LATEST_COMPATIBILITY_STRICT_DOC)
                .define(SPECIFIC_AVRO_READER_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                        SPECIFIC_AVRO_READER_DOC)
                .define(SPECIFIC_AVRO_KEY_TYPE_CONFIG, Type.CLASS, null, Importance.LOW,
                        SPECIFIC_AVRO_KEY_TYPE_DOC)
                .define(SPECIFIC_AVRO_VALUE_TYPE_CONFIG, Type.CLASS, null, Importance.LOW,
                        SPECIFIC_AVRO_VALUE_TYPE_DOC)
                .define(AVRO_KEY_READER_SCHEMA_CONFIG, Type.STRING, null, Importance.LOW,
                        AVRO_KEY_READER_SCHEMA_DOC)
                .define(AVRO_VALUE_READER_SCHEMA_CONFIG, Type.STRING, null, Importance.LOW,
                        AVRO_VALUE_READER_SCHEMA_DOC)
                .define(KEY_SUBJECT_NAME_STRATEGY_CONFIG, Type.STRING, TopicNameStrategy.class.getName(),
                        Importance.MEDIUM, KEY_SUBJECT_NAME_STRATEGY_DOC)
                .define(VALUE_SUBJECT_NAME_STRATEGY_CONFIG, Type.STRING, TopicNameStrategy.class.getName(),
                        Importance.MEDIUM, VALUE_SUBJECT_NAME_STRATEGY_DOC);
    }

    public AvroSerdeConfig(Map<?, ?> props) {
        super(configDef(), classesAsNames(props));
    }

    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS_CONFIG);
    }

    public boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION_CONFIG);
    }

    public boolean latestCompatibilityStrict() {
        return getBoolean(LATEST_COMPATIBILITY_STRICT_CONFIG);
    }

    public boolean specificAvroReader() {
        return getBoolean(SPECIFIC_AVRO_READER_CONFIG);
    }

    /** The configured SpecificRecord class for keys or values, or null. */
    public Class<? extends SpecificRecord> specificType(boolean isKey) {
        String key = isKey ? SPECIFIC_AVRO_KEY_TYPE_CONFIG : SPECIFIC_AVRO_VALUE_TYPE_CONFIG;
        Class<?> type = getClass(key);
        if (type == null) {
            return null;
        }
        if (!SpecificRecord.class.isAssignableFrom(type)) {
            throw new ConfigException(key, type.getName(), "not a generated Avro SpecificRecord class");
        }
        return type.asSubclass(SpecificRecord.class);
    }

    /** The configured reader schema for keys or values, or null. */
    public Schema readerSchema(boolean isKey) {
        String key = isKey ? AVRO_KEY_READER_SCHEMA_CONFIG : AVRO_VALUE_READER_SCHEMA_CONFIG;
        String text = getString(key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (AvroRuntimeException e) {
            throw new ConfigException(key + " is not a valid Avro schema: " + e.getMessage());
        }
    }

    /** The subject name strategy for keys or values, configured if it is {@link Configurable}. */
    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        String key = isKey ? KEY_SUBJECT_NAME_STRATEGY_CONFIG : VALUE_SUBJECT_NAME_STRATEGY_CONFIG;
        String name = getString(key).trim();
        String simple = name.startsWith(CONFLUENT_STRATEGY_PACKAGE) ? name.substring(CONFLUENT_STRATEGY_PACKAGE.length())
                : name.startsWith(TopicNameStrategy.class.getPackageName() + ".") ? name.substring(TopicNameStrategy.class.getPackageName().length() + 1)
                : name;
        switch (simple) {
            case "TopicNameStrategy":
                return new TopicNameStrategy();
            case "RecordNameStrategy":
                return new RecordNameStrategy();
            case "TopicRecordNameStrategy":
                return new TopicRecordNameStrategy();
            default:
                return customStrategy(key, name);
        }
    }

    private SubjectNameStrategy customStrategy(String key, String className) {
        Object instance;
        try {
            instance = Utils.newInstance(Class.forName(className, true, Utils.getContextOrKafkaClassLoader()));
        } catch (ClassNotFoundException | RuntimeException e) {
            throw new ConfigException(key, className, "no such class, or it cannot be instantiated: " + e);
        }
        if (!(instance instanceof SubjectNameStrategy)) {
            throw new ConfigException(key, className, "not a " + SubjectNameStrategy.class.getName());
        }
        if (instance instanceof Configurable) {
            ((Configurable) instance).configure(originals());
        }
        return (SubjectNameStrategy) instance;
    }

    /**
     * The strategy keys are strings, not {@code Type.CLASS}: Confluent's class names must be accepted
     * without Confluent's jars on the classpath. Kafka users also pass Class objects; names they become.
     */
    private static Map<Object, Object> classesAsNames(Map<?, ?> props) {
        Map<Object, Object> copy = new HashMap<>(props);
        for (String key : new String[] {KEY_SUBJECT_NAME_STRATEGY_CONFIG, VALUE_SUBJECT_NAME_STRATEGY_CONFIG}) {
            Object value = copy.get(key);
            if (value instanceof Class) {
                copy.put(key, ((Class<?>) value).getName());
            }
        }
        return copy;
    }
}
