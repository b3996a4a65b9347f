package io.contactshield.serdes.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Parsing of {@code schema.registry.url} entries. Every message built here redacts user info: a
 * config error must not print the password it was given.
 */
final class BaseUrls {
    static final String MOCK_PREFIX = "mock://";

    private BaseUrls() {}

    /** A base URL without its credentials, and the (decoded) user info it carried, if any. */
    record BaseUrl(String base, String userInfo) {
        @Override
        public String toString() {
            return userInfo == null ? base : base + " (with credentials)";
        }
    }

    static boolean isMock(String url) {
        return url.trim().toLowerCase(Locale.ROOT).startsWith(MOCK_PREFIX);
    }

    static String mockScope(String url) {
        String scope = url.trim().substring(MOCK_PREFIX.length());
        while (scope.endsWith("/")) {
            scope = scope.substring(0, scope.length() - 1);
        }
        return scope;
    }

    static boolean hasUserInfo(String url) {
        if (isMock(url)) {
            return false;
        }
        try {
            return new URI(url.trim()).getRawUserInfo() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static BaseUrl parse(String url) {
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw invalid(trimmed, "not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(trimmed, "the scheme must be http, https or mock");
        }
        if (uri.getHost() == null) {
            throw invalid(trimmed, "no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(trimmed, "a base URL takes no query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String base = scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
        return new BaseUrl(base, uri.getUserInfo());
    }

    /** {@code url} with anything between {@code ://} and the last {@code @} replaced. */
    static String redact(String url) {
        int schemeEnd = url.indexOf("://");
        int at = url.lastIndexOf('@');
        if (schemeEnd < 0 || at < schemeEnd) {
            return url;
        }
        return url.substring(0, schemeEnd + 3) + "***" + url.substring(at);
    }

    private static ConfigException invalid(String url, String why) {
        return new ConfigException(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG + " entry '" + redact(url) + "': " + why);
    }

    /** Checks the URL list at configuration time, so a typo fails at start-up. */
    static final class Validator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (!(value instanceof List)) {
                return;
            }
            List<?> urls = (List<?>) value;
            if (urls.isEmpty()) {
                throw new ConfigException(name + " must name at least one URL");
            }
            boolean anyMock = urls.stream().anyMatch(u -> isMock(String.valueOf(u)));
            if (anyMock && urls.size() > 1) {
                throw new ConfigException(name + ": a mock:// URL must be the only one");
            }
            for (Object url : urls) {
                String text = String.valueOf(url);
                if (isMock(text)) {
                    if (mockScope(text).isEmpty()) {
                        throw new ConfigException(name + ": mock:// needs a scope name, e.g. mock://my-test");
                    }
                } else {
                    parse(text);
                }
            }
        }

        @Override
        public String toString() {
            return "comma-separated http://, https:// URLs, or one mock://scope";
        }
    }
}
