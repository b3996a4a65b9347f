package io.contactshield.serdes.kms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.config.types.Password;

/**
 * How {@link AwsKms} reaches AWS KMS. {@link KmsConfig} documents each setting.
 *
 * @param region the AWS region; empty for the SDK's default region chain (AWS_REGION, profile,
 *     instance metadata)
 * @param endpoint overrides the regional endpoint, e.g. a VPC endpoint or a local test server
 * @param staticCredentials fixed credentials; empty for the SDK's default credentials chain
 * @param apiCallTimeout bound of a whole call, the SDK's retries included
 * @param apiCallAttemptTimeout bound of one HTTP attempt
 * @param sdkMaxAttempts attempts of the SDK's standard retry strategy, the first one included
 */
public record AwsKmsSettings(Optional<String> region, Optional<URI> endpoint, Optional<StaticCredentials> staticCredentials,
                             Duration apiCallTimeout, Duration apiCallAttemptTimeout, int sdkMaxAttempts) {

    public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_SDK_MAX_ATTEMPTS = 3;

    /**
     * An access key pair. The secret is a Kafka {@link Password}, so this record's
     * {@code toString} shows {@code [hidden]} for it.
     */
    public record StaticCredentials(String accessKeyId, Password secretAccessKey) {
        public StaticCredentials {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(secretAccessKey, "secretAccessKey");
            if (accessKeyId.isBlank() || secretAccessKey.value() == null || secretAccessKey.value().isBlank()) {
                throw new IllegalArgumentException("Static AWS credentials need an access key id and a secret access key");
            }
        }
    }

    public AwsKmsSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(staticCredentials, "staticCredentials");
        requirePositive(apiCallTimeout, "apiCallTimeout");
        requirePositive(apiCallAttemptTimeout, "apiCallAttemptTimeout");
        if (sdkMaxAttempts < 1) {
            throw new IllegalArgumentException("sdkMaxAttempts must be at least 1");
        }
        endpoint.ifPresent(uri -> {
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new IllegalArgumentException("The KMS endpoint must be an http(s) URL with a host, not " + uri);
            }
        });
    }

    /** The default chains for region and credentials, the regional endpoint, default timeouts. */
    public static AwsKmsSettings defaults() {
        return new AwsKmsSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_API_CALL_TIMEOUT, DEFAULT_API_CALL_ATTEMPT_TIMEOUT, DEFAULT_SDK_MAX_ATTEMPTS);
    }

    public AwsKmsSettings withRegion(String value) {
        return new AwsKmsSettings(Optional.of(value), endpoint, staticCredentials, apiCallTimeout, apiCallAttemptTimeout,
                sdkMaxAttempts);
    }

    public AwsKmsSettings withEndpoint(URI value) {
        return new AwsKmsSettings(region, Optional.of(value), staticCredentials, apiCallTimeout, apiCallAttemptTimeout,
                sdkMaxAttempts);
    }

    public AwsKmsSettings withStaticCredentials(String accessKeyId, Password secretAccessKey) {
        return new AwsKmsSettings(region, endpoint, Optional.of(new StaticCredentials(accessKeyId, secretAccessKey)),
                apiCallTimeout, apiCallAttemptTimeout, sdkMaxAttempts);
    }

    public AwsKmsSettings withTimeouts(Duration apiCall, Duration apiCallAttempt) {
        return new AwsKmsSettings(region, endpoint, staticCredentials, apiCall, apiCallAttempt, sdkMaxAttempts);
    }

    public AwsKmsSettings withSdkMaxAttempts(int value) {
        return new AwsKmsSettings(region, endpoint, staticCredentials, apiCallTimeout, apiCallAttemptTimeout, value);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
