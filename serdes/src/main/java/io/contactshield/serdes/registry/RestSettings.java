package io.contactshield.serdes.registry;

import io.contactshield.serdes.registry.BaseUrls.BaseUrl;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * What the HTTP client needs, already validated.
 *
 * @param baseUrls base URLs, tried in turn on I/O errors
 * @param basicUserInfo {@code user:password} for every URL (USER_INFO source), or null
 * @param urlUserInfo whether each URL's own user info is its basic credential (URL source)
 * @param bearerToken static bearer token, or null
 * @param sslContext for https, or null for the JDK default
 */
record RestSettings(
        List<BaseUrl> baseUrls,
        String basicUserInfo,
        boolean urlUserInfo,
        String bearerToken,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration retryBackoff,
        Duration retryBackoffMax,
        SSLContext sslContext) {

    RestSettings {
        baseUrls = List.copyOf(baseUrls);
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("no base URL");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        Objects.requireNonNull(retryBackoffMax, "retryBackoffMax");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Never prints a credential; records would by default. */
    @Override
    public String toString() {
        String auth = bearerToken != null ? "bearer"
                : basicUserInfo != null ? "basic (user info)"
                : urlUserInfo && baseUrls.stream().anyMatch(u -> u.userInfo() != null) ? "basic (URL)"
                : "none";
        return "RestSettings[baseUrls=" + baseUrls + ", auth=" + auth
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxAttempts=" + maxAttempts + ", retryBackoff=" + retryBackoff
                + ", retryBackoffMax=" + retryBackoffMax + ", customSslContext=" + (sslContext != null) + "]";
    }
}
