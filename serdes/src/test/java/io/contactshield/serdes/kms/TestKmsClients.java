package io.contactshield.serdes.kms;

import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.time.Duration;
import org.apache.kafka.common.config.types.Password;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/** Real AWS SDK clients pointed at a {@link io.contactshield.testkit.kms.KmsTestServer}. */
final class TestKmsClients {

    static final String ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private TestKmsClients() {
    }

    /** What production would configure, pointed at the test server, with timeouts fit for tests. */
    static AwsKmsSettings settings(KmsTestServerExtension kms) {
        return AwsKmsSettings.defaults()
                .withRegion(kms.region())
                .withEndpoint(kms.endpoint())
                .withStaticCredentials(ACCESS_KEY_ID, new Password(SECRET_ACCESS_KEY))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(2));
    }

    /**
     * {@link AwsKms#create(AwsKmsSettings)} with the SDK's backoff shortened to milliseconds (its
     * default waits up to a second after throttling), so that retry tests stay fast.
     */
    static AwsKms awsKms(AwsKmsSettings settings) {
        BackoffStrategy fast = BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(10));
        return AwsKms.create(settings, retry -> retry.backoffStrategy(fast).throttlingBackoffStrategy(fast));
    }

    /** A plain SDK client, as any KMS user would build one, for the server's own contract tests. */
    static KmsClient rawClient(KmsTestServerExtension kms) {
        return rawClientBuilder(kms).build();
    }

    static KmsClientBuilder rawClientBuilder(KmsTestServerExtension kms) {
        return KmsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(kms.endpoint())
                .region(Region.of(kms.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)));
    }
}
