package io.contactshield.topology.cli;

import io.contactshield.serdes.kms.KmsConfig;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.topology.tokenize.KeyringConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The configuration of {@code contact-shield keys}: a Java properties file (UTF-8), each key
 * overridable by an environment variable {@code CONTACT_SHIELD_<KEY>} (the key upper-cased, dots
 * as underscores). Three namespaces are ours and checked strictly, so a typo is an error rather
 * than a setting silently ignored: {@code keyring.*}, {@code kms.*} ({@link KmsConfig}) and
 * {@code tenant.<id>.kms.key.id}. Every other key goes to the Kafka clients as it is
 * ({@code bootstrap.servers}, {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, ...).
 * Errors are {@link ConfigException}s naming the key, never a secret value.
 */
final class KeysConfig extends AbstractConfig {

    static final String ENVIRONMENT_PREFIX = "CONTACT_SHIELD_";

    static final String KEYRING_TOPIC_CONFIG = "keyring.topic";
    static final String KEYRING_TOPIC_DOC = "The compacted, single-partition topic of the tenants' wrapped token keys.";

    static final String KEYRING_TIMEOUT_MS_CONFIG = "keyring.timeout.ms";
    static final String KEYRING_TIMEOUT_MS_DOC =
            "How long reaching the keyring topic, a write and its read-back may take before the command fails.";

    static final String TENANT_KEY_FORMAT = "tenant.<id>.kms.key.id";
    static final String TENANT_KEY_DOC = "The KMS key (ARN, key id, alias name or alias ARN) that wraps the token keys"
            + " of tenant <id>, e.g. tenant.acme.kms.key.id=alias/acme. Needed by create and rotate.";

    private static final String KEYRING_PREFIX = "keyring.";
    private static final String KMS_PREFIX = "kms.";
    private static final String TENANT_PREFIX = "tenant.";
    private static final Pattern TENANT_KEY = Pattern.compile("tenant\\.(.+)\\.kms\\.key\\.id");

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, Type.LIST, ConfigDef.NO_DEFAULT_VALUE,
                    new ConfigDef.NonNullValidator(), Importance.HIGH, CommonClientConfigs.BOOTSTRAP_SERVERS_DOC)
            .define(KEYRING_TOPIC_CONFIG, Type.STRING, KeyringConfig.DEFAULT_TOPIC, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, KEYRING_TOPIC_DOC)
            .define(KEYRING_TIMEOUT_MS_CONFIG, Type.LONG, KeyringConfig.DEFAULT_TIMEOUT.toMillis(), Range.atLeast(1),
                    Importance.LOW, KEYRING_TIMEOUT_MS_DOC);

    private final Map<String, String> entries;
    private final KmsConfig kms;
    private final TenantKeys tenantKeys;

    private KeysConfig(Map<String, String> entries) {
        super(DEFINITION, entries, false);
        this.entries = entries;
        if (getList(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG).isEmpty()) {
            throw new ConfigException(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG + ": empty; give host:port of a broker");
        }
        Set<String> kmsKeys = KmsConfig.configDef().names();
        Map<String, String> kmsEntries = new HashMap<>();
        Map<String, String> byTenant = new TreeMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith(KEYRING_PREFIX) && !DEFINITION.names().contains(key)) {
                throw new ConfigException(key + ": unknown key; the keyring keys are " + KEYRING_TOPIC_CONFIG + " and "
                        + KEYRING_TIMEOUT_MS_CONFIG);
            } else if (key.startsWith(KMS_PREFIX)) {
                if (!kmsKeys.contains(key)) {
                    throw new ConfigException(key + ": unknown key; the KMS keys are " + new TreeSet<>(kmsKeys));
                }
                kmsEntries.put(key, entry.getValue());
            } else if (key.startsWith(TENANT_PREFIX)) {
                Matcher m = TENANT_KEY.matcher(key);
                if (!m.matches() || m.group(1).isBlank()) {
                    throw new ConfigException(key + ": unknown key; tenants' KMS keys are written " + TENANT_KEY_FORMAT);
                }
                if (entry.getValue().isBlank()) {
                    throw new ConfigException(key + ": empty; give the tenant's KMS key id, ARN or alias");
                }
                byTenant.put(m.group(1), entry.getValue().strip());
            }
        }
        this.kms = new KmsConfig(kmsEntries);
        this.tenantKeys = new TenantKeys(byTenant, Optional.empty());
    }

    /**
     * Reads {@code file} and applies the {@code CONTACT_SHIELD_*} variables of {@code environment}.
     *
     * @throws ConfigException naming the file or the first bad key
     */
    static KeysConfig load(Path file, Map<String, String> environment) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("--config: cannot read " + file + " as a properties file ("
                    + e.getClass().getSimpleName() + ")");
        }
        Map<String, String> entries = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            entries.put(key.strip(), properties.getProperty(key).strip());
        }
        environment.forEach((name, value) -> {
            if (name.startsWith(ENVIRONMENT_PREFIX) && name.length() > ENVIRONMENT_PREFIX.length()) {
                entries.put(keyOf(name), value.strip());
            }
        });
        return new KeysConfig(entries);
    }

    /** {@code CONTACT_SHIELD_BOOTSTRAP_SERVERS} to {@code bootstrap.servers}. */
    static String keyOf(String variable) {
        return variable.substring(ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    KeyringConfig keyring(String instanceId) {
        Map<String, Object> kafka = new HashMap<>();
        entries.forEach((key, value) -> {
            if (!key.startsWith(KEYRING_PREFIX) && !key.startsWith(KMS_PREFIX) && !key.startsWith(TENANT_PREFIX)) {
                kafka.put(key, value);
            }
        });
        return new KeyringConfig(getString(KEYRING_TOPIC_CONFIG).strip(), kafka, false, instanceId,
                Duration.ofMillis(getLong(KEYRING_TIMEOUT_MS_CONFIG)));
    }

    KmsConfig kms() {
        return kms;
    }

    TenantKeys tenantKeys() {
        return tenantKeys;
    }
}
