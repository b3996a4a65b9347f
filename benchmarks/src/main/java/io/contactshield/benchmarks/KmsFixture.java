package io.contactshield.benchmarks;

import io.contactshield.serdes.kms.AwsKms;
import io.contactshield.serdes.kms.AwsKmsSettings;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.testkit.kms.KmsTestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.types.Password;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * A {@link KmsTestServer} on 127.0.0.1 with one KMS key per tenant, and the clients that both
 * contenders use to reach it: the real AWS SDK v2 {@code KmsClient} with the url-connection HTTP
 * client, so that contact-shield and the AWS Encryption SDK pay the same protocol costs.
 */
final class KmsFixture implements AutoCloseable {

    /** Tenants of every benchmark: enough that caches hold several keys, as a shared pipeline does. */
    static final int TENANTS = 10;

    /** The purpose of the payload keys, as the pipeline names it. */
    static final String PURPOSE = "payload";

    /**
     * Size of the CiphertextBlob that AWS KMS returns for a 256-bit data key under a symmetric key
     * (docs/envelope-format.md). The test server's blobs are smaller (98 bytes: its own format), so
     * overheads measured here are also shown as they would be against AWS.
     */
    static final int AWS_ENCRYPTED_DATA_KEY_BYTES = 184;

    // Any static credentials do: the test server checks that requests are signed, not the signature.
    private static final String ACCESS_KEY_ID = "AKIABENCHMARK0000000";
    private static final String SECRET_ACCESS_KEY = "benchmark-secret-access-key-not-a-real-one";

    final KmsTestServer server;
    final List<String> tenants;
    final Map<String, String> keyArnByTenant;

    private KmsFixture(KmsTestServer server, int tenants) {
        this.server = server;
        Map<String, String> arns = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            String tenant = String.format("tenant-%02d", i);
            ids.add(tenant);
            arns.put(tenant, server.createKey("benchmark key of " + tenant).arn());
        }
        this.tenants = Collections.unmodifiableList(ids);
        this.keyArnByTenant = Collections.unmodifiableMap(arns);
    }

    static KmsFixture start() {
        return start(TENANTS);
    }

    static KmsFixture start(int tenants) {
        KmsTestServer server = KmsTestServer.start();
        try {
            return new KmsFixture(server, tenants);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    TenantKeys tenantKeys() {
        return new TenantKeys(keyArnByTenant, Optional.empty());
    }

    /** The production adapter, configured as a deployment with an endpoint override would be. */
    AwsKms awsKms() {
        return AwsKms.create(AwsKmsSettings.defaults()
                .withRegion(server.region())
                .withEndpoint(server.endpoint())
                .withStaticCredentials(ACCESS_KEY_ID, new Password(SECRET_ACCESS_KEY)));
    }

    /** A plain SDK client for the AWS Encryption SDK, built as {@link AwsKms} builds its own. */
    KmsClient kmsClient() {
        return KmsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(server.region()))
                .endpointOverride(server.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
