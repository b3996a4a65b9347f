package io.contactshield.topology.app;

import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.kms.KmsConfig;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.pipeline.PipelineParts;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.contactshield.topology.tokenize.KeyringConfig;
import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The configuration of contact-shield: one Java properties file (UTF-8) for {@code run} and the
 * operator commands, each key overridable by an environment variable {@code CONTACT_SHIELD_<KEY>}
 * (the key upper-cased, dots as underscores: {@code CONTACT_SHIELD_KMS_REGION} sets
 * {@code kms.region}; a key with an underscore of its own, such as a tenant id, can only be set in
 * the file).
 *
 * <p>Our namespaces are checked strictly, so a typo is an error that names its key rather than
 * a setting silently ignored: {@code pipeline.*}, {@code classify.*}, {@code data.key.*},
 * {@code keyring.*}, {@code ops.*} (this class), {@code kms.*} ({@link KmsConfig}), the schema
 * registry's keys ({@link SchemaRegistryClientConfig}), and the tenants:
 * <pre>
 * tenant.acme.kms.key.id=arn:aws:kms:eu-west-2:111122223333:key/...     # required per tenant
 * tenant.acme.connect.instances=arn:aws:connect:eu-west-2:111122223333:instance/...,444455556666
 * </pre>
 * Every other key goes to Kafka Streams and its clients unchanged ({@code bootstrap.servers},
 * {@code application.id}, {@code security.protocol}, {@code ssl.*}, {@code sasl.*}, ...). A key
 * that no Kafka client knows either is reported by {@link #unknownKafkaKeys()} (a warning, since
 * plugins read keys of their own). Every problem is reported at once, naming its key and never a
 * value: values may be secrets.
 */
public final class ContactShieldConfig extends AbstractConfig {

    public static final String ENVIRONMENT_PREFIX = "CONTACT_SHIELD_";

    public static final String CONTACTS_TOPIC_CONFIG = "pipeline.topic.contacts";
    public static final String CONNECT_RECORDS_TOPIC_CONFIG = "pipeline.topic.connect.records";
    public static final String PROTECTED_TOPIC_CONFIG = "pipeline.topic.protected";
    public static final String AUDIT_TOPIC_CONFIG = "pipeline.topic.audit";
    public static final String DEAD_LETTER_TOPIC_CONFIG = "pipeline.topic.dead.letters";
    public static final String CREATE_TOPICS_CONFIG = "pipeline.topics.create";
    public static final String QUARANTINE_KEY_CONFIG = "pipeline.quarantine.kms.key.id";
    public static final String POLICY_FILE_CONFIG = "pipeline.policy.file";
    public static final String DEDUPE_RETENTION_MS_CONFIG = "pipeline.dedupe.retention.ms";
    public static final String MAX_OUTPUT_RECORD_BYTES_CONFIG = "pipeline.max.output.record.bytes";
    public static final String INSTANCE_ID_CONFIG = "pipeline.instance.id";
    public static final String THREAD_BACKOFF_MS_CONFIG = "pipeline.thread.replacement.backoff.ms";
    public static final String THREAD_BACKOFF_MAX_MS_CONFIG = "pipeline.thread.replacement.backoff.max.ms";
    public static final String SHUTDOWN_TIMEOUT_MS_CONFIG = "pipeline.shutdown.timeout.ms";
    public static final String CLASSIFY_REGION_CONFIG = "classify.default.region";
    public static final String CLASSIFY_MIN_CONFIDENCE_CONFIG = "classify.min.confidence";
    public static final String CLASSIFY_SCAN_ALL_CONFIG = "classify.scan.all.strings";
    public static final String CLASSIFY_IDENTIFIER_WORDS_CONFIG = "classify.identifier.words";
    public static final String DATA_KEY_SOFT_MESSAGES_CONFIG = "data.key.soft.max.messages";
    public static final String DATA_KEY_HARD_MESSAGES_CONFIG = "data.key.hard.max.messages";
    public static final String DATA_KEY_SOFT_BYTES_CONFIG = "data.key.soft.max.bytes";
    public static final String DATA_KEY_HARD_BYTES_CONFIG = "data.key.hard.max.bytes";
    public static final String DATA_KEY_SOFT_AGE_MS_CONFIG = "data.key.soft.max.age.ms";
    public static final String DATA_KEY_HARD_AGE_MS_CONFIG = "data.key.hard.max.age.ms";
    public static final String DATA_KEY_REFRESH_AT_CONFIG = "data.key.refresh.at";
    public static final String DATA_KEY_RETRY_BACKOFF_MS_CONFIG = "data.key.retry.backoff.ms";
    public static final String DATA_KEY_RETRY_BACKOFF_MAX_MS_CONFIG = "data.key.retry.backoff.max.ms";
    public static final String KEYRING_TOPIC_CONFIG = "keyring.topic";
    public static final String KEYRING_TIMEOUT_MS_CONFIG = "keyring.timeout.ms";
    public static final String KEYRING_AUTO_CREATE_CONFIG = "keyring.auto.create";
    public static final String OPS_HOST_CONFIG = "ops.http.host";
    public static final String OPS_PORT_CONFIG = "ops.http.port";
    public static final String OPS_TENANT_TAGS_CONFIG = "ops.metrics.tenant.tags";

    static final String TENANT_KMS_KEY_FORMAT = "tenant.<id>.kms.key.id";
    static final String TENANT_INSTANCES_FORMAT = "tenant.<id>.connect.instances";
    private static final Pattern TENANT_KEY = Pattern.compile("tenant\\.([A-Za-z0-9][A-Za-z0-9._-]{0,63})\\.(kms\\.key\\.id|connect\\.instances)");
    private static final List<String> OWN_PREFIXES = List.of("pipeline.", "classify.", "data.key.", "keyring.", "ops.");
    private static final String KMS_PREFIX = "kms.";
    private static final String TENANT_PREFIX = "tenant.";
    // Kafka Streams passes keys with these prefixes to its clients.
    private static final List<String> KAFKA_PREFIXES = List.of(StreamsConfig.CONSUMER_PREFIX,
            StreamsConfig.MAIN_CONSUMER_PREFIX, StreamsConfig.RESTORE_CONSUMER_PREFIX, StreamsConfig.GLOBAL_CONSUMER_PREFIX,
            StreamsConfig.PRODUCER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX, StreamsConfig.TOPIC_PREFIX);

    private static final DataKeyLimits LIMITS = DataKeyLimits.defaults();

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(CONTACTS_TOPIC_CONFIG, Type.STRING, PipelineTopics.DEFAULTS.contacts(), new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Input topic of Avro ContactEvents in the Confluent wire format.")
            .define(CONNECT_RECORDS_TOPIC_CONFIG, Type.STRING, PipelineTopics.DEFAULTS.connectRecords(),
                    new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Input topic of Amazon Connect contact records (JSON), keyed by ContactId so that repeats of one"
                            + " contact reach the same task.")
            .define(PROTECTED_TOPIC_CONFIG, Type.STRING, PipelineTopics.DEFAULTS.protectedContacts(),
                    new ConfigDef.NonEmptyString(), Importance.HIGH, "Output topic of ProtectedContactEvents.")
            .define(AUDIT_TOPIC_CONFIG, Type.STRING, PipelineTopics.DEFAULTS.audit(), new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "Output topic of AuditEvents: one per input record, plus key events.")
            .define(DEAD_LETTER_TOPIC_CONFIG, Type.STRING, PipelineTopics.DEFAULTS.deadLetters(),
                    new ConfigDef.NonEmptyString(), Importance.HIGH, "Output topic of DeadLetters, originals encrypted.")
            .define(CREATE_TOPICS_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                    "Create missing pipeline topics at start (with the broker's defaults). Off in production, where"
                            + " topics are provisioned with their partitions, replication and retention; then a"
                            + " missing topic stops the start with its name.")
            .define(QUARANTINE_KEY_CONFIG, Type.STRING, null, Importance.HIGH,
                    "The KMS key that encrypts dead letters whose tenant is unknown. Required by run.")
            .define(POLICY_FILE_CONFIG, Type.STRING, null, Importance.HIGH,
                    "Protection policy file (docs/classify-cli.md, \"The protection policy file\"); absent: tokenize everything found.")
            .define(DEDUPE_RETENTION_MS_CONFIG, Type.LONG, Duration.ofHours(24).toMillis(), Range.atLeast(1000),
                    Importance.MEDIUM, "How long a delivered contact record (ContactId and LastUpdateTimestamp) is"
                            + " remembered so that an exact repeat is dropped. At least the retention of the Kinesis"
                            + " stream that feeds the topic (24 hours by default) plus the connector's worst lag.")
            .define(MAX_OUTPUT_RECORD_BYTES_CONFIG, Type.INT, 1_000_000, Range.atLeast(1024), Importance.MEDIUM,
                    "Largest protected event written; a bigger one is dead-lettered. Keep it below the producer's"
                            + " max.request.size and the output topic's max.message.bytes.")
            .define(INSTANCE_ID_CONFIG, Type.STRING, null, Importance.LOW,
                    "This instance's name in audit events and metrics; default: the host name.")
            .define(THREAD_BACKOFF_MS_CONFIG, Type.LONG, 1_000L, Range.atLeast(0), Importance.LOW,
                    "First wait before a failed stream thread (KMS or registry down) is replaced; doubles per"
                            + " failure in a row.")
            .define(THREAD_BACKOFF_MAX_MS_CONFIG, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                    "Longest wait before a failed stream thread is replaced.")
            .define(SHUTDOWN_TIMEOUT_MS_CONFIG, Type.LONG, 30_000L, Range.atLeast(0), Importance.LOW,
                    "How long a graceful shutdown (SIGTERM) may take.")
            .define(CLASSIFY_REGION_CONFIG, Type.STRING, ClassifierSettings.defaults().defaultRegion(),
                    new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                    "Region (ISO 3166 alpha-2) for phone numbers written without a country code.")
            .define(CLASSIFY_MIN_CONFIDENCE_CONFIG, Type.DOUBLE, ClassifierSettings.defaults().minConfidence(),
                    Range.between(0.0, 1.0), Importance.MEDIUM, "Findings below this confidence are dropped.")
            .define(CLASSIFY_SCAN_ALL_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Scan every string of an event, not only those marked pii.scan.")
            .define(CLASSIFY_IDENTIFIER_WORDS_CONFIG, Type.LIST, "", Importance.MEDIUM,
                    "Comma-separated words this contact centre writes before its own identifiers (locker,"
                            + " member no, Stellplatz): a digit run one of them labels is read as that identifier,"
                            + " not as a phone number, card or SSN (its confidence is lowered by 0.5).")
            .define(DATA_KEY_SOFT_MESSAGES_CONFIG, Type.LONG, LIMITS.soft().messages(), Range.atLeast(1), Importance.LOW,
                    "Records per data key before it is rotated.")
            .define(DATA_KEY_HARD_MESSAGES_CONFIG, Type.LONG, LIMITS.hard().messages(), Range.between(1, 1L << 32),
                    Importance.LOW, "Records per data key it is never used beyond, even while the KMS is down.")
            .define(DATA_KEY_SOFT_BYTES_CONFIG, Type.LONG, LIMITS.soft().bytes(), Range.atLeast(1), Importance.LOW,
                    "Plaintext bytes per data key before it is rotated.")
            .define(DATA_KEY_HARD_BYTES_CONFIG, Type.LONG, LIMITS.hard().bytes(), Range.atLeast(1), Importance.LOW,
                    "Plaintext bytes per data key it is never used beyond.")
            .define(DATA_KEY_SOFT_AGE_MS_CONFIG, Type.LONG, LIMITS.soft().age().toMillis(), Range.atLeast(1),
                    Importance.LOW, "Age of a data key at which it is rotated.")
            .define(DATA_KEY_HARD_AGE_MS_CONFIG, Type.LONG, LIMITS.hard().age().toMillis(), Range.atLeast(1),
                    Importance.LOW, "Age of a data key past which it is never used: how long the pipeline rides out a"
                            + " KMS outage.")
            .define(DATA_KEY_REFRESH_AT_CONFIG, Type.DOUBLE, LIMITS.refreshAt(), Range.between(0.01, 1.0),
                    Importance.LOW, "Fraction of the soft limits at which the next data key is generated ahead.")
            .define(DATA_KEY_RETRY_BACKOFF_MS_CONFIG, Type.LONG, 1_000L, Range.atLeast(1), Importance.LOW,
                    "First wait before GenerateDataKey is tried again after a failure; doubles per failure.")
            .define(DATA_KEY_RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 15_000L, Range.atLeast(1), Importance.LOW,
                    "Longest wait between GenerateDataKey attempts while the KMS fails: how long after the KMS"
                            + " is back, at most, before the pipeline has keys again.")
            .define(KEYRING_TOPIC_CONFIG, Type.STRING, KeyringConfig.DEFAULT_TOPIC, new ConfigDef.NonEmptyString(),
                    Importance.MEDIUM, "The compacted, single-partition topic of the tenants' wrapped token keys.")
            .define(KEYRING_TIMEOUT_MS_CONFIG, Type.LONG, KeyringConfig.DEFAULT_TIMEOUT.toMillis(), Range.atLeast(1),
                    Importance.LOW, "How long reaching the keyring topic, a write and its read-back may take.")
            .define(KEYRING_AUTO_CREATE_CONFIG, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Give a tenant without a token key one on first use (never after a shred). Off: provision keys"
                            + " with 'contact-shield keys create', and records of unprovisioned tenants are"
                            + " dead-lettered (POLICY_ERROR).")
            .define(OPS_HOST_CONFIG, Type.STRING, "0.0.0.0", Importance.LOW,
                    "Address of the HTTP server for /metrics, /health/live and /health/ready.")
            .define(OPS_PORT_CONFIG, Type.INT, 9404, Range.between(0, 65535), Importance.LOW,
                    "Port of the HTTP server for /metrics and health; 0 picks a free one.")
            .define(OPS_TENANT_TAGS_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                    "Tag event counters with the tenant (configured tenants only; any other is 'unknown').");

    private final Map<String, String> entries;
    private final TenantKeys tenantKeys;
    private final Map<String, String> connectRoutes;
    private final KmsConfig kms;
    private final Set<String> unknownKafkaKeys;

    private ContactShieldConfig(Map<String, String> entries, List<String> problems) {
        super(DEFINITION, entries, false);
        this.entries = Map.copyOf(entries);
        Set<String> own = DEFINITION.names();
        Set<String> kmsKeys = KmsConfig.configDef().names();
        Set<String> registryKeys = SchemaRegistryClientConfig.configDef().names();
        Set<String> kafkaKeys = kafkaKeys();
        Map<String, String> byTenant = new TreeMap<>();
        Map<String, String> routes = new TreeMap<>();
        Map<String, String> kmsEntries = new HashMap<>();
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (OWN_PREFIXES.stream().anyMatch(key::startsWith)) {
                if (!own.contains(key)) {
                    problems.add(key + ": unknown key" + suggestion(key, own));
                }
            } else if (key.startsWith(KMS_PREFIX)) {
                if (kmsKeys.contains(key)) {
                    kmsEntries.put(key, value);
                } else {
                    problems.add(key + ": unknown key" + suggestion(key, kmsKeys));
                }
            } else if (key.startsWith(TENANT_PREFIX)) {
                Matcher m = TENANT_KEY.matcher(key);
                if (!m.matches()) {
                    problems.add(key + ": unknown key; tenants are configured as " + TENANT_KMS_KEY_FORMAT + " and "
                            + TENANT_INSTANCES_FORMAT + ", tenant ids of letters, digits, '.', '_' and '-'");
                } else if (value.isBlank()) {
                    problems.add(key + ": empty");
                } else if (m.group(2).startsWith("kms")) {
                    byTenant.put(m.group(1), value.strip());
                } else {
                    for (String instance : value.split(",")) {
                        String route = instance.strip();
                        if (route.isEmpty()) {
                            continue;
                        }
                        String previous = routes.put(route, m.group(1));
                        if (previous != null && !previous.equals(m.group(1))) {
                            problems.add(key + ": a Connect instance or account is routed to two tenants ('"
                                    + previous + "' and '" + m.group(1) + "')");
                        }
                    }
                }
            } else if (!registryKeys.contains(key) && !kafkaKeys.contains(key)
                    && KAFKA_PREFIXES.stream().noneMatch(key::startsWith)) {
                unknown.add(key);
            }
        }
        for (String tenant : routes.values()) {
            if (!byTenant.containsKey(tenant)) {
                problems.add("tenant." + tenant + ".connect.instances: tenant '" + tenant + "' has no "
                        + "tenant." + tenant + ".kms.key.id");
            }
        }
        if (getLong(DATA_KEY_HARD_MESSAGES_CONFIG) < getLong(DATA_KEY_SOFT_MESSAGES_CONFIG)) {
            problems.add(DATA_KEY_HARD_MESSAGES_CONFIG + ": below " + DATA_KEY_SOFT_MESSAGES_CONFIG);
        }
        if (getLong(DATA_KEY_HARD_BYTES_CONFIG) < getLong(DATA_KEY_SOFT_BYTES_CONFIG)) {
            problems.add(DATA_KEY_HARD_BYTES_CONFIG + ": below " + DATA_KEY_SOFT_BYTES_CONFIG);
        }
        if (getLong(DATA_KEY_HARD_AGE_MS_CONFIG) < getLong(DATA_KEY_SOFT_AGE_MS_CONFIG)) {
            problems.add(DATA_KEY_HARD_AGE_MS_CONFIG + ": below " + DATA_KEY_SOFT_AGE_MS_CONFIG);
        }
        if (getLong(DATA_KEY_RETRY_BACKOFF_MAX_MS_CONFIG) < getLong(DATA_KEY_RETRY_BACKOFF_MS_CONFIG)) {
            problems.add(DATA_KEY_RETRY_BACKOFF_MAX_MS_CONFIG + ": below " + DATA_KEY_RETRY_BACKOFF_MS_CONFIG);
        }
        if (getLong(THREAD_BACKOFF_MAX_MS_CONFIG) < getLong(THREAD_BACKOFF_MS_CONFIG)) {
            problems.add(THREAD_BACKOFF_MAX_MS_CONFIG + ": below " + THREAD_BACKOFF_MS_CONFIG);
        }
        try {
            classifierSettings();
        } catch (IllegalArgumentException e) {
            // The classifier's own checks name the value; it is configuration, not data.
            problems.add(CLASSIFY_IDENTIFIER_WORDS_CONFIG + " / " + CLASSIFY_REGION_CONFIG + ": " + e.getMessage());
        }
        KmsConfig kmsConfig = null;
        try {
            kmsConfig = new KmsConfig(kmsEntries);
        } catch (ConfigException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        this.kms = kmsConfig;
        this.tenantKeys = new TenantKeys(byTenant, Optional.ofNullable(getString(QUARANTINE_KEY_CONFIG))
                .map(String::strip).filter(s -> !s.isEmpty()));
        this.connectRoutes = Map.copyOf(routes);
        this.unknownKafkaKeys = Set.copyOf(unknown);
    }

    /**
     * The configuration of {@code entries} as they are, no file and no environment.
     *
     * @throws ConfigException naming every bad key
     */
    public static ContactShieldConfig of(Map<String, String> entries) {
        return parse(new TreeMap<>(entries));
    }

    /**
     * Reads {@code file} and applies the {@code CONTACT_SHIELD_*} variables of {@code environment}.
     *
     * @throws ConfigException naming the file, or every bad key
     */
    public static ContactShieldConfig load(Path file, Map<String, String> environment) {
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
        return parse(entries);
    }

    private static ContactShieldConfig parse(Map<String, String> entries) {
        List<String> problems = new ArrayList<>();
        // AbstractConfig stops at the first bad value of a defined key; collect them all first.
        for (ConfigDef.ConfigKey key : DEFINITION.configKeys().values()) {
            String value = entries.get(key.name);
            if (value == null) {
                continue;
            }
            try {
                Object parsed = ConfigDef.parseType(key.name, value, key.type);
                if (key.validator != null) {
                    key.validator.ensureValid(key.name, parsed);
                }
            } catch (ConfigException e) {
                problems.add(key.name + ": invalid value (" + key.type.name().toLowerCase(Locale.ROOT)
                        + (key.validator != null ? ", " + key.validator : "") + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        return new ContactShieldConfig(entries, problems);
    }

    /** {@code CONTACT_SHIELD_BOOTSTRAP_SERVERS} to {@code bootstrap.servers}. */
    public static String keyOf(String variable) {
        return variable.substring(ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public static ConfigDef configDef() {
        return new ConfigDef(DEFINITION);
    }

    /**
     * What every command that talks to Kafka needs.
     *
     * @throws ConfigException if {@code bootstrap.servers} is missing or empty
     */
    public void requireKafka() {
        String servers = entries.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || servers.isBlank()) {
            throw new ConfigException(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG + ": missing; give host:port of a broker");
        }
    }

    /**
     * What {@code run} needs beyond what every command needs.
     *
     * @throws ConfigException naming every missing key
     */
    public void requireRunnable() {
        List<String> problems = new ArrayList<>();
        String servers = entries.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || servers.isBlank()) {
            problems.add(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG + ": missing; give host:port of a broker");
        }
        if (tenantKeys.quarantineKeyId().isEmpty()) {
            problems.add(QUARANTINE_KEY_CONFIG + ": missing; dead letters of unknown tenants need a KMS key");
        }
        if (tenantKeys.byTenant().isEmpty()) {
            problems.add(TENANT_KMS_KEY_FORMAT + ": no tenant configured");
        }
        if (tenantKeys.byTenant().containsKey(PipelineParts.QUARANTINE_TENANT)) {
            problems.add("tenant." + PipelineParts.QUARANTINE_TENANT + ".kms.key.id: reserved tenant id");
        }
        String policy = getString(POLICY_FILE_CONFIG);
        if (policy != null && !Files.isReadable(Path.of(policy))) {
            problems.add(POLICY_FILE_CONFIG + ": not a readable file");
        }
        try {
            topics();
        } catch (IllegalArgumentException e) {
            problems.add("pipeline.topic.*: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
    }

    public PipelineTopics topics() {
        return new PipelineTopics(getString(CONTACTS_TOPIC_CONFIG), getString(CONNECT_RECORDS_TOPIC_CONFIG),
                getString(PROTECTED_TOPIC_CONFIG), getString(AUDIT_TOPIC_CONFIG), getString(DEAD_LETTER_TOPIC_CONFIG));
    }

    public TenantKeys tenantKeys() {
        return tenantKeys;
    }

    /** Connect instance ARN or AWS account id to tenant. */
    public Map<String, String> connectRoutes() {
        return connectRoutes;
    }

    public KmsConfig kms() {
        return kms;
    }

    public ClassifierSettings classifierSettings() {
        return new ClassifierSettings(getString(CLASSIFY_REGION_CONFIG).strip().toUpperCase(Locale.ROOT),
                getDouble(CLASSIFY_MIN_CONFIDENCE_CONFIG), getList(CLASSIFY_IDENTIFIER_WORDS_CONFIG));
    }

    public DataKeyLimits dataKeyLimits() {
        return DataKeyLimits.defaults()
                .withMessages(getLong(DATA_KEY_SOFT_MESSAGES_CONFIG), getLong(DATA_KEY_HARD_MESSAGES_CONFIG))
                .withBytes(getLong(DATA_KEY_SOFT_BYTES_CONFIG), getLong(DATA_KEY_HARD_BYTES_CONFIG))
                .withAge(Duration.ofMillis(getLong(DATA_KEY_SOFT_AGE_MS_CONFIG)),
                        Duration.ofMillis(getLong(DATA_KEY_HARD_AGE_MS_CONFIG)))
                .withRefreshAt(getDouble(DATA_KEY_REFRESH_AT_CONFIG));
    }

    public String instanceId() {
        String configured = getString(INSTANCE_ID_CONFIG);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "contact-shield";
        }
    }

    /** The Kafka client settings: every key outside our namespaces. */
    public Map<String, Object> kafka() {
        Map<String, Object> kafka = new HashMap<>();
        Set<String> registryKeys = SchemaRegistryClientConfig.configDef().names();
        entries.forEach((key, value) -> {
            if (OWN_PREFIXES.stream().noneMatch(key::startsWith) && !key.startsWith(KMS_PREFIX)
                    && !key.startsWith(TENANT_PREFIX) && !registryKeys.contains(key)) {
                kafka.put(key, value);
            }
        });
        return kafka;
    }

    /**
     * The entries of {@code kafka} that a client with {@code clientConfigNames} knows
     * ({@code ProducerConfig.configNames()}, ...), so that a client built outside Kafka Streams is not
     * handed Streams' own keys and warns about none.
     */
    public static Map<String, Object> clientSettings(Map<String, Object> kafka, Set<String> clientConfigNames) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (clientConfigNames.contains(key)) {
                settings.put(key, value);
            }
        });
        return settings;
    }

    /** The schema registry client's settings. */
    public Map<String, Object> registry() {
        Map<String, Object> registry = new HashMap<>();
        Set<String> registryKeys = SchemaRegistryClientConfig.configDef().names();
        entries.forEach((key, value) -> {
            if (registryKeys.contains(key)) {
                registry.put(key, value);
            }
        });
        return registry;
    }

    public KeyringConfig keyring(String instanceId) {
        return new KeyringConfig(getString(KEYRING_TOPIC_CONFIG).strip(), kafka(),
                getBoolean(KEYRING_AUTO_CREATE_CONFIG), instanceId, Duration.ofMillis(getLong(KEYRING_TIMEOUT_MS_CONFIG)));
    }

    /** Keys that neither we nor any Kafka client define: probably typos, worth a warning. */
    public Set<String> unknownKafkaKeys() {
        return unknownKafkaKeys;
    }

    private static Set<String> kafkaKeys() {
        Set<String> keys = new HashSet<>(StreamsConfig.configDef().names());
        keys.addAll(ConsumerConfig.configNames());
        keys.addAll(ProducerConfig.configNames());
        keys.addAll(AdminClientConfig.configNames());
        return keys;
    }

    private static String suggestion(String key, Set<String> known) {
        String prefix = key.substring(0, key.indexOf('.') + 1);
        TreeSet<String> sameNamespace = new TreeSet<>();
        for (String name : known) {
            if (name.startsWith(prefix)) {
                sameNamespace.add(name);
            }
        }
        return sameNamespace.isEmpty() ? "" : "; known keys here: " + sameNamespace;
    }
}
