package io.contactshield.serdes.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KmsConfigTest {

    @Test
    void defaultsToAwsWithTheDefaultChainsAndBoundedTimeouts() {
        KmsConfig config = new KmsConfig(Map.of());

        assertThat(config.isLocal()).isFalse();
        assertThat(config.awsSettings()).isEqualTo(AwsKmsSettings.defaults());
        assertThat(config.awsSettings().apiCallTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.awsSettings().apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.awsSettings().sdkMaxAttempts()).isEqualTo(3);
        assertThat(config.retryPolicy()).isEqualTo(RetryingKms.Policy.defaults());
    }

    @Test
    void readsEveryAwsSetting() {
        KmsConfig config = new KmsConfig(Map.of(
                "kms.provider", "AWS",
                "kms.region", "eu-west-1",
                "kms.endpoint", "http://127.0.0.1:4566",
                "kms.access.key.id", "AKIAIOSFODNN7EXAMPLE",
                "kms.secret.access.key", "very-secret",
                "kms.api.call.timeout.ms", "2000",
                "kms.api.call.attempt.timeout.ms", "500",
                "kms.sdk.max.attempts", "2"));

        AwsKmsSettings settings = config.awsSettings();

        assertThat(settings.region()).hasValue("eu-west-1");
        assertThat(settings.endpoint()).hasValue(URI.create("http://127.0.0.1:4566"));
        assertThat(settings.staticCredentials()).hasValueSatisfying(credentials -> {
            assertThat(credentials.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
            assertThat(credentials.secretAccessKey().value()).isEqualTo("very-secret");
        });
        assertThat(settings.apiCallTimeout()).isEqualTo(Duration.ofMillis(2000));
        assertThat(settings.apiCallAttemptTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.sdkMaxAttempts()).isEqualTo(2);
        assertThat(settings.toString()).doesNotContain("very-secret");
    }

    @Test
    void readsTheRetryPolicy() {
        KmsConfig config = new KmsConfig(Map.of("kms.retry.max.attempts", "5", "kms.retry.backoff.ms", "50",
                "kms.retry.backoff.max.ms", "800", "kms.retry.max.elapsed.ms", "4000"));

        assertThat(config.retryPolicy()).isEqualTo(
                new RetryingKms.Policy(5, Duration.ofMillis(50), Duration.ofMillis(800), Duration.ofMillis(4000)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms.access.key.id", "kms.secret.access.key"})
    void staticCredentialsNeedBothHalves(String onlyKey) {
        assertThatThrownBy(() -> new KmsConfig(Map.of(onlyKey, "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kms.access.key.id")
                .hasMessageContaining("kms.secret.access.key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("=x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:4566", "ftp://kms.example", "not a url", "http://"})
    void rejectsEndpointsThatAreNotHttpUrls(String endpoint) {
        assertThatThrownBy(() -> new KmsConfig(Map.of("kms.endpoint", endpoint)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kms.endpoint");
    }

    @Test
    void rejectsAnUnknownProvider() {
        assertThatThrownBy(() -> new KmsConfig(Map.of("kms.provider", "vault")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kms.provider");
    }

    @Test
    void theLocalProviderNeedsExactlyOneMasterKeySource() {
        assertThatThrownBy(() -> new KmsConfig(Map.of("kms.provider", "local")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kms.local.master.key.file");
        assertThatThrownBy(() -> new KmsConfig(Map.of("kms.provider", "local",
                "kms.local.master.key.env", "KEY", "kms.local.master.key.generate", "true")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void readsTheLocalMasterKeySource() {
        assertThat(new KmsConfig(Map.of("kms.provider", "local", "kms.local.master.key.file", "/etc/cs/master.key"))
                .localSettings()).isEqualTo(LocalKmsSettings.fromFile(Path.of("/etc/cs/master.key")));
        assertThat(new KmsConfig(Map.of("kms.provider", "LOCAL", "kms.local.master.key.env", "CS_MASTER_KEY"))
                .localSettings()).isEqualTo(LocalKmsSettings.fromEnvironment("CS_MASTER_KEY"));
        assertThat(new KmsConfig(Map.of("kms.provider", "local", "kms.local.master.key.generate", "true"))
                .localSettings()).isEqualTo(new LocalKmsSettings(Optional.empty(), Optional.empty(), true));
    }

    @Test
    void documentsEveryKey() {
        ConfigDef definition = KmsConfig.configDef();

        assertThat(definition.names()).allSatisfy(name -> {
            assertThat(name).startsWith("kms.");
            assertThat(definition.configKeys().get(name).documentation).isNotBlank();
        });
        assertThat(definition.names()).hasSize(15);
    }
}
