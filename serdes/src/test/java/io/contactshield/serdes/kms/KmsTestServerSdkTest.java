package io.contactshield.serdes.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * The test server as a plain AWS SDK user sees it: the SDK's own request marshalling, response
 * unmarshalling and exception classes. (The protocol itself is tested in testkit.)
 */
class KmsTestServerSdkTest {

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension("eu-central-1");

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme");

    private final KmsClient client = TestKmsClients.rawClient(KMS);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void createsKeysAndAliasesThatTheSdkCanUse() {
        CreateKeyResponse created = client.createKey(request -> request.description("made by the SDK"));
        client.createAlias(request -> request.aliasName("alias/sdk").targetKeyId(created.keyMetadata().keyId()));

        assertThat(created.keyMetadata().arn())
                .isEqualTo("arn:aws:kms:eu-central-1:111122223333:key/" + created.keyMetadata().keyId());
        assertThat(client.describeKey(request -> request.keyId("alias/sdk")).keyMetadata().keyState()).isEqualTo(KeyState.ENABLED);
    }

    @Test
    void decryptsWithoutAKeyIdAndRefusesAnotherPinnedKeyWithTheModelledException() {
        String keyId = KMS.server().createKey().keyId();
        String otherId = KMS.server().createKey().keyId();
        GenerateDataKeyResponse generated = client.generateDataKey(request -> request
                .keyId(keyId).keySpec(DataKeySpec.AES_256).encryptionContext(CONTEXT));

        DecryptResponse decrypted = client.decrypt(request -> request
                .ciphertextBlob(generated.ciphertextBlob()).encryptionContext(CONTEXT));

        assertThat(decrypted.plaintext()).isEqualTo(generated.plaintext());
        assertThat(decrypted.keyId()).isEqualTo(generated.keyId());
        catchThrowableOfType(IncorrectKeyException.class, () -> client.decrypt(request -> request
                .keyId(otherId).ciphertextBlob(generated.ciphertextBlob()).encryptionContext(CONTEXT)));
    }

    @Test
    void errorsArriveAsTheSdksExceptionsWithCodeAndStatus() {
        NotFoundException notFound = catchThrowableOfType(NotFoundException.class,
                () -> client.describeKey(request -> request.keyId("alias/nobody")));
        assertThat(notFound.statusCode()).isEqualTo(400);
        assertThat(notFound.awsErrorDetails().errorCode()).isEqualTo("NotFoundException");

        String keyId = KMS.server().createKey().keyId();
        client.disableKey(request -> request.keyId(keyId));
        catchThrowableOfType(DisabledException.class, () -> client.encrypt(request -> request
                .keyId(keyId).plaintext(SdkBytes.fromByteArray(new byte[] {1}))));
    }

    @Test
    void throttlingIsSeenAsThrottlingAndRetriedThreeTimesByTheDefaultLegacyStrategy() {
        String keyId = KMS.server().createKey().keyId();
        KMS.server().throttleNext(5);
        // The default strategy, with its backoff (up to seconds after throttling) cut to milliseconds.
        BackoffStrategy fast = BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(10));
        try (KmsClient defaultRetries = TestKmsClients.rawClientBuilder(KMS)
                .overrideConfiguration(override -> override.retryStrategy(retry -> retry
                        .backoffStrategy(fast).throttlingBackoffStrategy(fast)))
                .build()) {
            KmsException throttled = catchThrowableOfType(KmsException.class,
                    () -> defaultRetries.describeKey(request -> request.keyId(keyId)));

            assertThat(throttled.isThrottlingException()).isTrue();
        }
        assertThat(KMS.server().calls("DescribeKey")).isEqualTo(4);
    }
}
