package io.contactshield.serdes.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.kafka.common.config.types.Password;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds schema registry clients from Kafka-style configuration ({@link SchemaRegistryClientConfig}
 * keys): {@code mock://scope} gives the scope's {@link MockSchemaRegistry}, {@code http(s)://} URLs
 * an HTTP client. Either way the client comes with a bounded cache in front, so serializers make
 * one registry call per schema, not per record.
 */
public final class SchemaRegistryClients {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryClients.class);

    private SchemaRegistryClients() {}

    /** A cached client for {@code configs}. */
    public static SchemaRegistryClient create(Map<String, ?> configs) {
        return create(new SchemaRegistryClientConfig(configs), null);
    }

    /**
     * A cached client for {@code config}.
     *
     * @param sslContext used for https URLs instead of the JVM default; may be null
     */
    public static SchemaRegistryClient create(SchemaRegistryClientConfig config, SSLContext sslContext) {
        List<String> urls = config.urls();
        SchemaRegistryClient raw;
        if (urls.size() == 1 && BaseUrls.isMock(urls.get(0))) {
            raw = MockSchemaRegistry.forScope(BaseUrls.mockScope(urls.get(0)));
        } else {
            RestSettings settings = restSettings(config, sslContext);
            LOG.info("Schema registry client for {}", settings);
            raw = new RestSchemaRegistryClient(settings);
        }
        return caching(raw, config);
    }

    /**
     * {@code delegate} with a cache in front, sized and timed by {@code config}; {@code delegate}
     * itself if it already is such a cache.
     */
    public static SchemaRegistryClient caching(SchemaRegistryClient delegate, SchemaRegistryClientConfig config) {
        return caching(delegate,
                config.getInt(SchemaRegistryClientConfig.CACHE_CAPACITY_CONFIG),
                Duration.ofSeconds(config.getLong(SchemaRegistryClientConfig.LATEST_CACHE_TTL_SEC_CONFIG)));
    }

    /**
     * {@code delegate} with a cache in front; {@code delegate} itself if it already is such a cache.
     *
     * @param capacity entries per cache
     * @param latestTtl how long a subject's latest version is reused; negative for ever, zero never
     */
    public static SchemaRegistryClient caching(SchemaRegistryClient delegate, int capacity, Duration latestTtl) {
        if (delegate instanceof CachingSchemaRegistryClient) {
            return delegate;
        }
        return new CachingSchemaRegistryClient(delegate, capacity, latestTtl, System::nanoTime);
    }

    static RestSettings restSettings(SchemaRegistryClientConfig config, SSLContext sslContext) {
        Password userInfo = config.getPassword(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG);
        boolean userInfoSource = config.isUserInfoSource();
        return new RestSettings(
                config.urls().stream().map(BaseUrls::parse).toList(),
                userInfoSource ? userInfo.value() : null,
                !userInfoSource,
                config.bearerToken(),
                Duration.ofMillis(config.getInt(SchemaRegistryClientConfig.CONNECT_TIMEOUT_MS_CONFIG)),
                Duration.ofMillis(config.getInt(SchemaRegistryClientConfig.REQUEST_TIMEOUT_MS_CONFIG)),
                config.getInt(SchemaRegistryClientConfig.MAX_ATTEMPTS_CONFIG),
                Duration.ofMillis(config.getLong(SchemaRegistryClientConfig.RETRY_BACKOFF_MS_CONFIG)),
                Duration.ofMillis(config.getLong(SchemaRegistryClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG)),
                sslContext);
    }
}
