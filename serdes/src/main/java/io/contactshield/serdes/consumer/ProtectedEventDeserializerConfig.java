package io.contactshield.serdes.consumer;

import io.contactshield.serdes.avro.AvroSerdeConfig;
import io.contactshield.serdes.kms.KmsConfig;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Configuration of {@link ProtectedEventDeserializer}: the schema registry and serde keys
 * ({@link AvroSerdeConfig}), the KMS keys ({@link KmsConfig}), and the decrypted-key cache.
 */
public class ProtectedEventDeserializerConfig extends AbstractConfig {

    public static final String CACHE_MAX_SIZE_CONFIG = "decrypt.cache.max.size";
    public static final String CACHE_MAX_SIZE_DOC =
            "How many decrypted data keys the consumer keeps. One KMS Decrypt is made per data key, not"
                    + " per record; the pipeline rotates a tenant's key about hourly, so a few per tenant"
                    + " and day are live.";

    public static final String CACHE_IDLE_MS_CONFIG = "decrypt.cache.idle.ms";
    public static final String CACHE_IDLE_MS_DOC =
            "A decrypted data key unused for this long is dropped and wiped.";

    public static final String CACHE_MAX_AGE_MS_CONFIG = "decrypt.cache.max.age.ms";
    public static final String CACHE_MAX_AGE_MS_DOC =
            "A decrypted data key is unwrapped through the KMS again after this long, so a key that was"
                    + " disabled or whose grant was revoked stops working for consumers within this time.";

    /** Every key this deserializer reads. */
    public static ConfigDef configDef() {
        ConfigDef definition = AvroSerdeConfig.configDef();
        KmsConfig.configDef().configKeys().values().forEach(definition::define);
        return definition
                .define(CACHE_MAX_SIZE_CONFIG, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW,
                        CACHE_MAX_SIZE_DOC)
                .define(CACHE_IDLE_MS_CONFIG, Type.LONG, Duration.ofMinutes(15).toMillis(), Range.atLeast(1),
                        Importance.LOW, CACHE_IDLE_MS_DOC)
                .define(CACHE_MAX_AGE_MS_CONFIG, Type.LONG, Duration.ofHours(1).toMillis(), Range.atLeast(1),
                        Importance.LOW, CACHE_MAX_AGE_MS_DOC);
    }

    public ProtectedEventDeserializerConfig(Map<?, ?> props) {
        // doLog=false: the values include credentials.
        super(configDef(), props, false);
    }

    long cacheMaxSize() {
        return getLong(CACHE_MAX_SIZE_CONFIG);
    }

    Duration cacheIdle() {
        return Duration.ofMillis(getLong(CACHE_IDLE_MS_CONFIG));
    }

    Duration cacheMaxAge() {
        return Duration.ofMillis(getLong(CACHE_MAX_AGE_MS_CONFIG));
    }
}
