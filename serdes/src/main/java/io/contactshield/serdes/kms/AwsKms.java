package io.contactshield.serdes.kms;

import static io.contactshield.serdes.kms.KmsOperations.DECRYPT;
import static io.contactshield.serdes.kms.KmsOperations.DESCRIBE_KEY;
import static io.contactshield.serdes.kms.KmsOperations.ENCRYPT;
import static io.contactshield.serdes.kms.KmsOperations.GENERATE_DATA_KEY;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@link Kms} on AWS KMS, through the AWS SDK for Java v2 {@link KmsClient} with the JDK-based
 * {@code url-connection-client} as its HTTP client.
 *
 * <p>Key ids may be key ARNs, key ids, alias names ({@code alias/x}) or alias ARNs: they go to KMS
 * as given. Data keys are AES-256 ({@code KeySpec AES_256}); {@link #decrypt} passes the key id to
 * KMS so that KMS refuses a blob of another key (IncorrectKeyException) even where the caller could
 * use that key too. The SDK retries throttling, 5xx and I/O errors by its standard strategy within
 * the configured timeouts; what still fails is a {@link KmsException} whose reason says whether a
 * later retry may help ({@link AwsKmsErrors}).
 *
 * <p>Plaintext keys are copied out of the SDK's response into the {@link PlaintextKey} that the
 * caller owns, and the SDK's array is zeroed. What cannot be wiped from here: the HTTP response
 * body and the JSON parser's buffers, which held the key as base64 text, and for {@link #encrypt}
 * the request body that carries the plaintext as base64 text. They become garbage at once, but
 * stay in memory until the collector reuses it.
 */
public final class AwsKms implements Kms {

    private static final Logger LOG = LoggerFactory.getLogger(AwsKms.class);

    private final KmsClient client;
    private final AwsCredentialsProvider credentials;

    AwsKms(KmsClient client, AwsCredentialsProvider credentials) {
        this.client = Objects.requireNonNull(client, "client");
        this.credentials = credentials;
    }

    /** An AWS KMS client as {@code settings} say; {@link #close()} closes it. */
    public static AwsKms create(AwsKmsSettings settings) {
        return create(settings, retry -> {
        });
    }

    /** As {@link #create(AwsKmsSettings)}, with the SDK's retry strategy tuned (tests shorten its backoff). */
    static AwsKms create(AwsKmsSettings settings, Consumer<StandardRetryStrategy.Builder> retryTuning) {
        AwsCredentialsProvider credentials = settings.staticCredentials()
                .<AwsCredentialsProvider>map(c -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.accessKeyId(), c.secretAccessKey().value())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        StandardRetryStrategy.Builder retry = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(settings.sdkMaxAttempts());
        retryTuning.accept(retry);
        Duration attempt = settings.apiCallAttemptTimeout();
        KmsClientBuilder builder = KmsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(attempt)
                        .socketTimeout(attempt))
                .credentialsProvider(credentials)
                .overrideConfiguration(override -> override
                        .apiCallTimeout(settings.apiCallTimeout())
                        .apiCallAttemptTimeout(attempt)
                        .retryStrategy(retry.build()));
        settings.region().map(Region::of).ifPresent(builder::region);
        settings.endpoint().ifPresent(builder::endpointOverride);
        KmsClient client;
        try {
            client = builder.build();
        } catch (SdkException e) {
            closeQuietly(credentials);
            // Typically no region: none configured and none in the environment.
            throw new IllegalStateException("Cannot create the AWS KMS client: " + e.getMessage(), e);
        }
        LOG.info("AWS KMS client: region {}, endpoint {}, {} credentials, call timeout {} ms, attempt timeout {} ms,"
                        + " {} SDK attempts", settings.region().orElse("from the default chain"),
                settings.endpoint().map(Object::toString).orElse("regional"),
                settings.staticCredentials().isPresent() ? "static" : "default chain",
                settings.apiCallTimeout().toMillis(), attempt.toMillis(), settings.sdkMaxAttempts());
        return new AwsKms(client, credentials);
    }

    @Override
    public DataKey generateDataKey(String keyId, Map<String, String> encryptionContext) {
        KmsOperations.checkKeyId(keyId);
        KmsOperations.checkContext(encryptionContext);
        GenerateDataKeyResponse response = call(GENERATE_DATA_KEY, keyId, () -> client.generateDataKey(request -> request
                .keyId(keyId)
                .keySpec(DataKeySpec.AES_256)
                .encryptionContext(encryptionContext)));
        PlaintextKey plaintext = takePlaintext(GENERATE_DATA_KEY, keyId, response.plaintext());
        if (plaintext.length() != 32 || response.ciphertextBlob() == null) {
            plaintext.destroy();
            throw new KmsException(KmsException.Reason.UNAVAILABLE, GENERATE_DATA_KEY,
                    "key " + keyId + ": KMS answered without a 256-bit key and its blob");
        }
        return new DataKey(response.keyId() == null ? keyId : response.keyId(), plaintext,
                response.ciphertextBlob().asByteArrayUnsafe());
    }

    @Override
    public PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        KmsOperations.checkKeyId(keyId);
        Objects.requireNonNull(encryptedKey, "encryptedKey");
        KmsOperations.checkContext(encryptionContext);
        DecryptResponse response = call(DECRYPT, keyId, () -> client.decrypt(request -> request
                .keyId(keyId)
                .ciphertextBlob(SdkBytes.fromByteArray(encryptedKey))
                .encryptionContext(encryptionContext)));
        return takePlaintext(DECRYPT, keyId, response.plaintext());
    }

    @Override
    public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
        KmsOperations.checkKeyId(keyId);
        Objects.requireNonNull(plaintext, "plaintext");
        KmsOperations.checkContext(encryptionContext);
        // Unsafe (no copy): the SDK only reads it, and a copy would be one more to wipe.
        SdkBytes sdkPlaintext = SdkBytes.fromByteArrayUnsafe(plaintext);
        return call(ENCRYPT, keyId, () -> client.encrypt(request -> request
                .keyId(keyId)
                .plaintext(sdkPlaintext)
                .encryptionContext(encryptionContext)))
                .ciphertextBlob().asByteArray();
    }

    @Override
    public String describeKey(String keyId) {
        KmsOperations.checkKeyId(keyId);
        KeyMetadata metadata = call(DESCRIBE_KEY, keyId, () -> client.describeKey(request -> request.keyId(keyId)))
                .keyMetadata();
        if (metadata.keyState() != KeyState.ENABLED) {
            throw new KmsException(metadata.keyState() == KeyState.DISABLED ? KmsException.Reason.DISABLED
                    : KmsException.Reason.INVALID_STATE, DESCRIBE_KEY,
                    "key " + keyId + " (" + metadata.arn() + ") is " + metadata.keyStateAsString());
        }
        boolean symmetric = metadata.keySpec() == null || metadata.keySpec() == KeySpec.SYMMETRIC_DEFAULT;
        if (!symmetric || metadata.keyUsage() != KeyUsageType.ENCRYPT_DECRYPT) {
            throw new KmsException(KmsException.Reason.INVALID_REQUEST, DESCRIBE_KEY, "key " + keyId + " ("
                    + metadata.arn() + ") is not a symmetric encryption key: KeySpec " + metadata.keySpecAsString()
                    + ", KeyUsage " + metadata.keyUsageAsString());
        }
        return metadata.arn();
    }

    @Override
    public void close() {
        client.close();
        closeQuietly(credentials);
    }

    @Override
    public String toString() {
        return "AwsKms[" + client.serviceClientConfiguration().region() + "]";
    }

    private static <T> T call(String operation, String keyId, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw AwsKmsErrors.map(operation, keyId, e);
        }
    }

    /**
     * Moves a plaintext key out of the SDK's response. {@code asByteArrayUnsafe} hands out the
     * array the SDK decoded the key into (it copies only when it must): the key is copied into a
     * buffer the returned {@link PlaintextKey} owns, and that array is zeroed, so no second copy
     * lives on in the response object.
     */
    private static PlaintextKey takePlaintext(String operation, String keyId, SdkBytes plaintext) {
        if (plaintext == null) {
            throw new KmsException(KmsException.Reason.UNAVAILABLE, operation, "key " + keyId + ": KMS answered without a plaintext");
        }
        byte[] sdkBuffer = plaintext.asByteArrayUnsafe();
        byte[] owned = sdkBuffer.clone();
        Arrays.fill(sdkBuffer, (byte) 0);
        if (!KmsOperations.isAesKeyLength(owned.length)) {
            int length = owned.length;
            Arrays.fill(owned, (byte) 0);
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, operation,
                    "key " + keyId + ": the blob holds " + length + " bytes, not an AES key");
        }
        return PlaintextKey.adopt(owned);
    }

    private static void closeQuietly(AwsCredentialsProvider credentials) {
        if (credentials instanceof SdkAutoCloseable) {
            ((SdkAutoCloseable) credentials).close();
        }
    }
}
