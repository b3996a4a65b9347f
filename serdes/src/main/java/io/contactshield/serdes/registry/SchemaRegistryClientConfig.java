package io.contactshield.serdes.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.CaseInsensitiveValidString;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of a schema registry client, with Confluent's key names where Confluent has one.
 *
 * <p>Every key may also be given with the {@code schema.registry.} prefix, as Confluent allows
 * (e.g. {@code schema.registry.basic.auth.user.info}); the prefixed form wins. Values are never
 * logged by this class: URLs can carry credentials.
 */
public class SchemaRegistryClientConfig extends AbstractConfig {

    /** Prefix under which any key of this class may also be given. */
    public static final String SCHEMA_REGISTRY_PREFIX = "schema.registry.";

    public static final String SCHEMA_REGISTRY_URL_CONFIG = "schema.registry.url";
    public static final String SCHEMA_REGISTRY_URL_DOC =
            "Comma-separated base URLs of the schema registry, e.g. http://registry:8081 or, for"
                    + " Apicurio, http://registry:8080/apis/ccompat/v7. On an I/O error the client tries the"
                    + " next URL. A URL may carry user:password@ (see basic.auth.credentials.source=URL)."
                    + " mock://SCOPE selects an in-memory registry shared by every client of that scope in"
                    + " the JVM, for tests and demos. Required, unless a client is given to the serde.";

    public static final String BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE_DOC =
            "Where HTTP basic credentials come from: URL (the user info of each URL, if any) or"
                    + " USER_INFO (basic.auth.user.info).";

    public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
    public static final String BASIC_AUTH_USER_INFO_DOC =
            "user:password for HTTP basic authentication when basic.auth.credentials.source=USER_INFO.";

    public static final String BEARER_AUTH_CREDENTIALS_SOURCE_CONFIG = "bearer.auth.credentials.source";
    public static final String BEARER_AUTH_CREDENTIALS_SOURCE_DOC =
            "Where the bearer token comes from: STATIC_TOKEN (bearer.auth.token) is the only source"
                    + " supported.";

    public static final String BEARER_AUTH_TOKEN_CONFIG = "bearer.auth.token";
    public static final String BEARER_AUTH_TOKEN_DOC =
            "A static bearer token, sent as 'Authorization: Bearer ...'. Cannot be combined with basic"
                    + " credentials.";

    public static final String CONNECT_TIMEOUT_MS_CONFIG = "schema.registry.connect.timeout.ms";
    public static final String CONNECT_TIMEOUT_MS_DOC = "Timeout for opening a connection to the registry.";

    public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS_DOC =
            "Timeout for one HTTP request to the registry, until its response arrives.";

    public static final String MAX_ATTEMPTS_CONFIG = "schema.registry.max.attempts";
    public static final String MAX_ATTEMPTS_DOC =
            "How many times a registry call is tried when it meets an I/O error or an HTTP 5xx, 408 or"
                    + " 429 answer (1 means no retry). Each attempt tries every URL in turn on I/O errors."
                    + " Other 4xx answers are never retried.";

    public static final String RETRY_BACKOFF_MS_CONFIG = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MS_DOC =
            "Wait before the first retry; it doubles with each further retry, with random jitter, up to"
                    + " schema.registry.retry.backoff.max.ms. A Retry-After header is honoured up to that"
                    + " maximum.";

    public static final String RETRY_BACKOFF_MAX_MS_CONFIG = "schema.registry.retry.backoff.max.ms";
    public static final String RETRY_BACKOFF_MAX_MS_DOC = "Upper bound of the wait between retries.";

    public static final String CACHE_CAPACITY_CONFIG = "schema.registry.cache.capacity";
    public static final String CACHE_CAPACITY_DOC =
            "Entries kept in each of the client's caches ((subject, schema) to id, id to schema, latest"
                    + " version per subject). Ids and schemas never change once registered, so a serializer"
                    + " makes one registry call per schema, not per record.";

    public static final String LATEST_CACHE_TTL_SEC_CONFIG = "latest.cache.ttl.sec";
    public static final String LATEST_CACHE_TTL_SEC_DOC =
            "How long the latest version of a subject is cached (used by use.latest.version)."
                    + " -1 caches it for the life of the client, 0 disables the cache.";

    public static final String BASIC_SOURCE_URL = "URL";
    public static final String BASIC_SOURCE_USER_INFO = "USER_INFO";
    public static final String BEARER_SOURCE_STATIC_TOKEN = "STATIC_TOKEN";

    /** A fresh definition of the client's keys, to document them or to extend them. */
    public static ConfigDef configDef() {
        return new ConfigDef()
                .define(SCHEMA_REGISTRY_URL_CONFIG, Type.LIST, null,
                        new BaseUrls.Validator(), Importance.HIGH, SCHEMA_REGISTRY_URL_DOC)
                .define(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, Type.STRING, BASIC_SOURCE_URL,
                        CaseInsensitiveValidString.in(BASIC_SOURCE_URL, BASIC_SOURCE_USER_INFO),
                        Importance.MEDIUM, BASIC_AUTH_CREDENTIALS_SOURCE_DOC)
                .define(BASIC_AUTH_USER_INFO_CONFIG, Type.PASSWORD, null, Importance.MEDIUM,
                        BASIC_AUTH_USER_INFO_DOC)
                .define(BEARER_AUTH_CREDENTIALS_SOURCE_CONFIG, Type.STRING, BEARER_SOURCE_STATIC_TOKEN,
                        CaseInsensitiveValidString.in(BEARER_SOURCE_STATIC_TOKEN), Importance.MEDIUM,
                        BEARER_AUTH_CREDENTIALS_SOURCE_DOC)
                .define(BEARER_AUTH_TOKEN_CONFIG, Type.PASSWORD, null, Importance.MEDIUM,
                        BEARER_AUTH_TOKEN_DOC)
                .define(CONNECT_TIMEOUT_MS_CONFIG, Type.INT, 10_000, Range.atLeast(1), Importance.LOW,
                        CONNECT_TIMEOUT_MS_DOC)
                .define(REQUEST_TIMEOUT_MS_CONFIG, Type.INT, 30_000, Range.atLeast(1), Importance.LOW,
                        REQUEST_TIMEOUT_MS_DOC)
                .define(MAX_ATTEMPTS_CONFIG, Type.INT, 5, Range.between(1, 100), Importance.LOW,
                        MAX_ATTEMPTS_DOC)
                .define(RETRY_BACKOFF_MS_CONFIG, Type.LONG, 200L, Range.atLeast(0), Importance.LOW,
                        RETRY_BACKOFF_MS_DOC)
                .define(RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, 5_000L, Range.atLeast(0), Importance.LOW,
                        RETRY_BACKOFF_MAX_MS_DOC)
                .define(CACHE_CAPACITY_CONFIG, Type.INT, 1000, Range.atLeast(1), Importance.LOW,
                        CACHE_CAPACITY_DOC)
                .define(LATEST_CACHE_TTL_SEC_CONFIG, Type.LONG, 300L, Range.atLeast(-1), Importance.LOW,
                        LATEST_CACHE_TTL_SEC_DOC);
    }

    public SchemaRegistryClientConfig(Map<?, ?> props) {
        this(configDef(), props);
    }

    /** For configurations that extend the client's keys with their own. */
    protected SchemaRegistryClientConfig(ConfigDef definition, Map<?, ?> props) {
        // doLog=false: AbstractConfig would log every value, and schema.registry.url may hold a password.
        super(definition, withPrefixedOverrides(definition, props), false);
        if (hasBasicCredentials() && bearerToken() != null) {
            throw new ConfigException("Both basic credentials (" + BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG
                    + "=" + getString(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG) + ") and "
                    + BEARER_AUTH_TOKEN_CONFIG + " are set: configure one way to authenticate.");
        }
        if (isUserInfoSource() && getPassword(BASIC_AUTH_USER_INFO_CONFIG) == null) {
            throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG + "=" + BASIC_SOURCE_USER_INFO
                    + " needs " + BASIC_AUTH_USER_INFO_CONFIG + " (user:password).");
        }
    }

    /**
     * The configured base URLs, as given (they may contain credentials: never log them).
     *
     * @throws ConfigException if none is configured
     */
    public List<String> urls() {
        List<String> urls = getList(SCHEMA_REGISTRY_URL_CONFIG);
        if (urls == null || urls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + SCHEMA_REGISTRY_URL_CONFIG
                    + "\" (needed unless a schema registry client is given to the serde)");
        }
        return urls;
    }

    /** The bearer token, or null when none (an empty one counts as none). */
    String bearerToken() {
        Password token = getPassword(BEARER_AUTH_TOKEN_CONFIG);
        return token == null || token.value().isEmpty() ? null : token.value();
    }

    boolean isUserInfoSource() {
        return BASIC_SOURCE_USER_INFO.equalsIgnoreCase(getString(BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG));
    }

    private boolean hasBasicCredentials() {
        if (isUserInfoSource()) {
            return true;
        }
        List<String> urls = getList(SCHEMA_REGISTRY_URL_CONFIG);
        return urls != null && urls.stream().anyMatch(BaseUrls::hasUserInfo);
    }

    /**
     * Applies Confluent's {@code schema.registry.}-prefixed aliases: {@code schema.registry.X} sets
     * {@code X} when X is a defined key and the prefixed name is not a key of its own.
     */
    static Map<String, Object> withPrefixedOverrides(ConfigDef definition, Map<?, ?> props) {
        Map<String, Object> result = new HashMap<>();
        for (Map.Entry<?, ?> entry : props.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new ConfigException("Configuration keys must be strings, found " + entry.getKey());
            }
            result.put((String) entry.getKey(), entry.getValue());
        }
        for (Map.Entry<?, ?> entry : props.entrySet()) {
            String key = (String) entry.getKey();
            if (key.startsWith(SCHEMA_REGISTRY_PREFIX) && !definition.names().contains(key)) {
                String plain = key.substring(SCHEMA_REGISTRY_PREFIX.length());
                if (definition.names().contains(plain)) {
                    result.put(plain, entry.getValue());
                }
            }
        }
        return result;
    }
}
