package io.contactshield.serdes.kms;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.CaseInsensitiveValidString;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the KMS: which provider, how to reach AWS KMS, how to retry, and where the
 * local provider's master key is. {@link Kmses#create(KmsConfig, io.micrometer.core.instrument.MeterRegistry)}
 * builds the {@link Kms} it describes. Values are never logged by this class: the secret access
 * key is a password.
 */
public class KmsConfig extends AbstractConfig {

    public static final String PROVIDER_AWS = "aws";
    public static final String PROVIDER_LOCAL = "local";

    public static final String KMS_PROVIDER_CONFIG = "kms.provider";
    public static final String KMS_PROVIDER_DOC =
            "Which KMS wraps the data keys: aws (AWS KMS through the AWS SDK for Java v2) or local (one local"
                    + " master key, for development and the embedded demo only, NOT FOR PRODUCTION).";

    public static final String KMS_REGION_CONFIG = "kms.region";
    public static final String KMS_REGION_DOC =
            "AWS region of the KMS keys, e.g. eu-west-1. Empty: the SDK's default region chain (AWS_REGION,"
                    + " the profile, instance metadata).";

    public static final String KMS_ENDPOINT_CONFIG = "kms.endpoint";
    public static final String KMS_ENDPOINT_DOC =
            "Overrides the regional KMS endpoint, e.g. a VPC endpoint (https://vpce-...) or a local test server"
                    + " (http://127.0.0.1:PORT). Empty: the regional endpoint.";

    public static final String KMS_ACCESS_KEY_ID_CONFIG = "kms.access.key.id";
    public static final String KMS_ACCESS_KEY_ID_DOC =
            "Access key id of static AWS credentials, together with kms.secret.access.key. Empty: the SDK's"
                    + " default credentials chain (environment, system properties, web identity, profile,"
                    + " container and instance roles), which production should use.";

    public static final String KMS_SECRET_ACCESS_KEY_CONFIG = "kms.secret.access.key";
    public static final String KMS_SECRET_ACCESS_KEY_DOC =
            "Secret access key of static AWS credentials, together with kms.access.key.id.";

    public static final String KMS_API_CALL_TIMEOUT_MS_CONFIG = "kms.api.call.timeout.ms";
    public static final String KMS_API_CALL_TIMEOUT_MS_DOC =
            "Bound of one KMS call in the SDK, its retries included.";

    public static final String KMS_API_CALL_ATTEMPT_TIMEOUT_MS_CONFIG = "kms.api.call.attempt.timeout.ms";
    public static final String KMS_API_CALL_ATTEMPT_TIMEOUT_MS_DOC =
            "Bound of one HTTP attempt of a KMS call (also the connect and read timeouts).";

    public static final String KMS_SDK_MAX_ATTEMPTS_CONFIG = "kms.sdk.max.attempts";
    public static final String KMS_SDK_MAX_ATTEMPTS_DOC =
            "Attempts of the SDK's standard retry strategy (throttling, 5xx, I/O errors), the first included;"
                    + " 1 disables the SDK's retries.";

    public static final String KMS_RETRY_MAX_ATTEMPTS_CONFIG = "kms.retry.max.attempts";
    public static final String KMS_RETRY_MAX_ATTEMPTS_DOC =
            "Attempts of contact-shield's own retries of a KMS call that still failed as throttled or"
                    + " unavailable after the SDK's retries, the first included (each may make kms.sdk.max.attempts"
                    + " requests). Other failures (not found, access denied, disabled, invalid ciphertext...) are"
                    + " never retried.";

    public static final String KMS_RETRY_BACKOFF_MS_CONFIG = "kms.retry.backoff.ms";
    public static final String KMS_RETRY_BACKOFF_MS_DOC =
            "Bound of the first wait between those retries; it doubles with each retry up to"
                    + " kms.retry.backoff.max.ms, and the wait is drawn at random below it (full jitter).";

    public static final String KMS_RETRY_BACKOFF_MAX_MS_CONFIG = "kms.retry.backoff.max.ms";
    public static final String KMS_RETRY_BACKOFF_MAX_MS_DOC = "Bound of any one wait between retries.";

    public static final String KMS_RETRY_MAX_ELAPSED_MS_CONFIG = "kms.retry.max.elapsed.ms";
    public static final String KMS_RETRY_MAX_ELAPSED_MS_DOC =
            "No retry starts whose wait would end later than this after the call began.";

    public static final String KMS_LOCAL_MASTER_KEY_FILE_CONFIG = "kms.local.master.key.file";
    public static final String KMS_LOCAL_MASTER_KEY_FILE_DOC =
            "kms.provider=local: a file holding the master key, 32 raw bytes or their base64. Exactly one of"
                    + " the kms.local.master.key.* settings is needed.";

    public static final String KMS_LOCAL_MASTER_KEY_ENV_CONFIG = "kms.local.master.key.env";
    public static final String KMS_LOCAL_MASTER_KEY_ENV_DOC =
            "kms.provider=local: the name of an environment variable holding the master key in base64.";

    public static final String KMS_LOCAL_MASTER_KEY_GENERATE_CONFIG = "kms.local.master.key.generate";
    public static final String KMS_LOCAL_MASTER_KEY_GENERATE_DOC =
            "kms.provider=local: a random master key in memory, for the demo: whatever it wrapped cannot be"
                    + " decrypted after a restart.";

    /** A fresh definition of the KMS keys, to document them or to extend them. */
    public static ConfigDef configDef() {
        return new ConfigDef()
                .define(KMS_PROVIDER_CONFIG, Type.STRING, PROVIDER_AWS,
                        CaseInsensitiveValidString.in(PROVIDER_AWS, PROVIDER_LOCAL), Importance.HIGH, KMS_PROVIDER_DOC)
                .define(KMS_REGION_CONFIG, Type.STRING, null, Importance.HIGH, KMS_REGION_DOC)
                .define(KMS_ENDPOINT_CONFIG, Type.STRING, null, new EndpointValidator(), Importance.MEDIUM,
                        KMS_ENDPOINT_DOC)
                .define(KMS_ACCESS_KEY_ID_CONFIG, Type.STRING, null, Importance.MEDIUM, KMS_ACCESS_KEY_ID_DOC)
                .define(KMS_SECRET_ACCESS_KEY_CONFIG, Type.PASSWORD, null, Importance.MEDIUM, KMS_SECRET_ACCESS_KEY_DOC)
                .define(KMS_API_CALL_TIMEOUT_MS_CONFIG, Type.INT,
                        (int) AwsKmsSettings.DEFAULT_API_CALL_TIMEOUT.toMillis(), Range.atLeast(1), Importance.LOW,
                        KMS_API_CALL_TIMEOUT_MS_DOC)
                .define(KMS_API_CALL_ATTEMPT_TIMEOUT_MS_CONFIG, Type.INT,
                        (int) AwsKmsSettings.DEFAULT_API_CALL_ATTEMPT_TIMEOUT.toMillis(), Range.atLeast(1), Importance.LOW,
                        KMS_API_CALL_ATTEMPT_TIMEOUT_MS_DOC)
                .define(KMS_SDK_MAX_ATTEMPTS_CONFIG, Type.INT, AwsKmsSettings.DEFAULT_SDK_MAX_ATTEMPTS, Range.between(1, 10),
                        Importance.LOW, KMS_SDK_MAX_ATTEMPTS_DOC)
                .define(KMS_RETRY_MAX_ATTEMPTS_CONFIG, Type.INT, RetryingKms.Policy.defaults().maxAttempts(),
                        Range.between(1, 100), Importance.LOW, KMS_RETRY_MAX_ATTEMPTS_DOC)
                .define(KMS_RETRY_BACKOFF_MS_CONFIG, Type.LONG, RetryingKms.Policy.defaults().initialBackoff().toMillis(),
                        Range.atLeast(0), Importance.LOW, KMS_RETRY_BACKOFF_MS_DOC)
                .define(KMS_RETRY_BACKOFF_MAX_MS_CONFIG, Type.LONG, RetryingKms.Policy.defaults().maxBackoff().toMillis(),
                        Range.atLeast(0), Importance.LOW, KMS_RETRY_BACKOFF_MAX_MS_DOC)
                .define(KMS_RETRY_MAX_ELAPSED_MS_CONFIG, Type.LONG, RetryingKms.Policy.defaults().maxElapsed().toMillis(),
                        Range.atLeast(0), Importance.LOW, KMS_RETRY_MAX_ELAPSED_MS_DOC)
                .define(KMS_LOCAL_MASTER_KEY_FILE_CONFIG, Type.STRING, null, Importance.LOW, KMS_LOCAL_MASTER_KEY_FILE_DOC)
                .define(KMS_LOCAL_MASTER_KEY_ENV_CONFIG, Type.STRING, null, Importance.LOW, KMS_LOCAL_MASTER_KEY_ENV_DOC)
                .define(KMS_LOCAL_MASTER_KEY_GENERATE_CONFIG, Type.BOOLEAN, false, Importance.LOW,
                        KMS_LOCAL_MASTER_KEY_GENERATE_DOC);
    }

    public KmsConfig(Map<?, ?> props) {
        this(configDef(), props);
    }

    /** For configurations that extend the KMS keys with their own. */
    protected KmsConfig(ConfigDef definition, Map<?, ?> props) {
        // doLog=false: the application logs its whole configuration once; AwsKms and LocalKms log
        // what they were built with.
        super(definition, props, false);
        boolean hasId = !blank(getString(KMS_ACCESS_KEY_ID_CONFIG));
        Password secret = getPassword(KMS_SECRET_ACCESS_KEY_CONFIG);
        boolean hasSecret = secret != null && !blank(secret.value());
        if (hasId != hasSecret) {
            throw new ConfigException("Static AWS credentials need both " + KMS_ACCESS_KEY_ID_CONFIG + " and "
                    + KMS_SECRET_ACCESS_KEY_CONFIG + " (or neither, for the default credentials chain)");
        }
        if (isLocal()) {
            try {
                localSettings();
            } catch (IllegalArgumentException e) {
                throw new ConfigException(KMS_PROVIDER_CONFIG + "=" + PROVIDER_LOCAL + " needs exactly one of "
                        + KMS_LOCAL_MASTER_KEY_FILE_CONFIG + ", " + KMS_LOCAL_MASTER_KEY_ENV_CONFIG + " and "
                        + KMS_LOCAL_MASTER_KEY_GENERATE_CONFIG + "=true");
            }
        }
    }

    /** Whether {@value #KMS_PROVIDER_CONFIG} is {@value #PROVIDER_LOCAL}. */
    public boolean isLocal() {
        return PROVIDER_LOCAL.equals(getString(KMS_PROVIDER_CONFIG).toLowerCase(Locale.ROOT));
    }

    public AwsKmsSettings awsSettings() {
        String accessKeyId = getString(KMS_ACCESS_KEY_ID_CONFIG);
        Optional<AwsKmsSettings.StaticCredentials> credentials = blank(accessKeyId) ? Optional.empty()
                : Optional.of(new AwsKmsSettings.StaticCredentials(accessKeyId.strip(), getPassword(KMS_SECRET_ACCESS_KEY_CONFIG)));
        return new AwsKmsSettings(
                optional(KMS_REGION_CONFIG),
                optional(KMS_ENDPOINT_CONFIG).map(URI::create),
                credentials,
                Duration.ofMillis(getInt(KMS_API_CALL_TIMEOUT_MS_CONFIG)),
                Duration.ofMillis(getInt(KMS_API_CALL_ATTEMPT_TIMEOUT_MS_CONFIG)),
                getInt(KMS_SDK_MAX_ATTEMPTS_CONFIG));
    }

    public RetryingKms.Policy retryPolicy() {
        return new RetryingKms.Policy(
                getInt(KMS_RETRY_MAX_ATTEMPTS_CONFIG),
                Duration.ofMillis(getLong(KMS_RETRY_BACKOFF_MS_CONFIG)),
                Duration.ofMillis(getLong(KMS_RETRY_BACKOFF_MAX_MS_CONFIG)),
                Duration.ofMillis(getLong(KMS_RETRY_MAX_ELAPSED_MS_CONFIG)));
    }

    /**
     * The local provider's master key source.
     *
     * @throws IllegalArgumentException unless exactly one source is configured
     */
    public LocalKmsSettings localSettings() {
        return new LocalKmsSettings(
                optional(KMS_LOCAL_MASTER_KEY_FILE_CONFIG).map(Path::of),
                optional(KMS_LOCAL_MASTER_KEY_ENV_CONFIG),
                getBoolean(KMS_LOCAL_MASTER_KEY_GENERATE_CONFIG));
    }

    private Optional<String> optional(String key) {
        String value = getString(key);
        return blank(value) ? Optional.empty() : Optional.of(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An absolute http(s) URL with a host, or nothing. */
    static final class EndpointValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || ((String) value).isBlank()) {
                return;
            }
            String text = ((String) value).strip();
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new ConfigException(name, text, "must be an http(s) URL with a host, e.g. https://kms.eu-west-1.amazonaws.com");
        }

        @Override
        public String toString() {
            return "an http(s) URL";
        }
    }
}
