package io.contactshield.serdes.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The production stack as {@link Kmses} builds it from configuration. */
class KmsesTest {

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension();

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme", "purpose", "payload");

    private static KmsTestServer.Key key;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeAll
    static void createKey() {
        key = KMS.server().createKey();
    }

    @Test
    void theAwsStackTalksToKmsThroughTheSdkAndCountsEachCallOnce() {
        try (Kms kms = Kmses.create(awsConfig(Map.of()), registry);
             DataKey dataKey = kms.generateDataKey(key.arn(), CONTEXT);
             PlaintextKey decrypted = kms.decrypt(key.arn(), dataKey.encryptedKey(), CONTEXT)) {
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
            assertThat(kms.describeKey(key.keyId())).isEqualTo(key.arn());
        }

        assertThat(count("GenerateDataKey", "success")).isEqualTo(1);
        assertThat(count("Decrypt", "success")).isEqualTo(1);
        assertThat(count("DescribeKey", "success")).isEqualTo(1);
    }

    @Test
    void theAwsStackRetriesThrottlingThatOutlastsTheSdkRetries() {
        KMS.server().throttleNext(2);

        try (Kms kms = Kmses.create(awsConfig(Map.of("kms.sdk.max.attempts", "1", "kms.retry.max.attempts", "3",
                "kms.retry.backoff.ms", "1")), registry)) {
            kms.generateDataKey(key.arn(), CONTEXT).close();
        }

        assertThat(KMS.server().calls("GenerateDataKey")).isEqualTo(3);
        assertThat(count("GenerateDataKey", "success")).isEqualTo(1);
        assertThat(count("GenerateDataKey", "throttled")).isZero();
    }

    @Test
    void theLocalStackIsInstrumentedAndSaysWhatItIs() {
        try (Kms kms = Kmses.create(Map.of("kms.provider", "local", "kms.local.master.key.generate", "true"), registry)) {
            kms.generateDataKey("alias/tenant-acme", CONTEXT).close();

            assertThat(kms.toString()).contains("LocalKms", "NOT FOR PRODUCTION");
        }

        assertThat(count("GenerateDataKey", "success")).isEqualTo(1);
    }

    private static Map<String, String> awsConfig(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                "kms.provider", "aws",
                "kms.region", KMS.region(),
                "kms.endpoint", KMS.endpoint().toString(),
                "kms.access.key.id", TestKmsClients.ACCESS_KEY_ID,
                "kms.secret.access.key", TestKmsClients.SECRET_ACCESS_KEY));
        config.putAll(overrides);
        return config;
    }

    private double count(String operation, String outcome) {
        return registry.get(InstrumentedKms.OPERATIONS).tag("operation", operation).tag("outcome", outcome).counter().count();
    }
}
