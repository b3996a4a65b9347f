package io.contactshield.serdes.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactshield.serdes.kms.KmsException.Reason;
import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/** {@link AwsKms} through the real AWS SDK {@code KmsClient} against the KMS test server. */
class AwsKmsTest {

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension("eu-west-1");

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme", "purpose", "payload");

    private static KmsTestServer.Key key;
    private static String alias;

    private AwsKms kms;

    @BeforeAll
    static void createKeys() {
        key = KMS.server().createKey("tenant acme");
        alias = "alias/tenant-acme";
        KMS.server().createAlias(alias, key.keyId());
    }

    @BeforeEach
    void createClient() {
        kms = TestKmsClients.awsKms(TestKmsClients.settings(KMS));
    }

    @AfterEach
    void closeClient() {
        kms.close();
    }

    @Test
    void generatesAnAes256DataKeyThatDecryptsBackToTheSameKey() {
        try (DataKey dataKey = kms.generateDataKey(key.arn(), CONTEXT);
             PlaintextKey decrypted = kms.decrypt(key.arn(), dataKey.encryptedKey(), CONTEXT)) {
            assertThat(dataKey.plaintext().length()).isEqualTo(32);
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
        }
    }

    @Test
    void makesExactlyOneGenerateDataKeyCallPerDataKey() {
        kms.generateDataKey(alias, CONTEXT).close();

        assertThat(KMS.server().calls()).containsExactly(Map.entry("GenerateDataKey", 1L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"keyId", "keyArn", "aliasName", "aliasArn"})
    void acceptsKeyIdsKeyArnsAliasNamesAndAliasArns(String form) {
        String keyId = switch (form) {
            case "keyId" -> key.keyId();
            case "keyArn" -> key.arn();
            case "aliasName" -> alias;
            default -> KMS.server().aliasArn(alias);
        };

        try (DataKey dataKey = kms.generateDataKey(keyId, CONTEXT);
             PlaintextKey decrypted = kms.decrypt(keyId, dataKey.encryptedKey(), CONTEXT)) {
            assertThat(dataKey.kmsKeyArn()).isEqualTo(key.arn());
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
            assertThat(kms.describeKey(keyId)).isEqualTo(key.arn());
        }
    }

    @Test
    void theEncryptionContextIsBoundWhateverItsOrder() {
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("purpose", "payload");
        reordered.put("tenant", "acme");

        try (DataKey dataKey = kms.generateDataKey(key.arn(), CONTEXT);
             PlaintextKey decrypted = kms.decrypt(key.arn(), dataKey.encryptedKey(), reordered)) {
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
        }
    }

    @Test
    void decryptingWithAnotherEncryptionContextIsInvalidCiphertext() {
        byte[] blob = encryptedKeyOf(key.arn());

        assertThatThrownBy(() -> kms.decrypt(key.arn(), blob, Map.of("tenant", "other", "purpose", "payload")))
                .isInstanceOfSatisfying(KmsException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT);
                    assertThat(e.operation()).isEqualTo("Decrypt");
                    assertThat(e.retriable()).isFalse();
                    assertThat(e).hasMessageContaining("InvalidCiphertextException");
                });
    }

    @Test
    void decryptingABlobOfAnotherKeyIsRefusedByThePinnedKeyId() {
        KmsTestServer.Key other = KMS.server().createKey();
        byte[] blobOfOther = encryptedKeyOf(other.arn());

        KmsException e = catchThrowableOfType(KmsException.class, () -> kms.decrypt(key.arn(), blobOfOther, CONTEXT));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT);
        assertThat(e).hasMessageContaining("IncorrectKeyException");
    }

    @Test
    void aTamperedBlobIsInvalidCiphertext() {
        byte[] blob = encryptedKeyOf(key.arn());
        blob[blob.length - 1] ^= 1;

        assertThatThrownBy(() -> kms.decrypt(key.arn(), blob, CONTEXT))
                .isInstanceOfSatisfying(KmsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/nobody", "3f1c4b2a-0000-4000-8000-000000000000"})
    void unknownKeysAreNotFound(String keyId) {
        assertReason(() -> kms.generateDataKey(keyId, CONTEXT), Reason.NOT_FOUND);
        assertReason(() -> kms.describeKey(keyId), Reason.NOT_FOUND);
    }

    @Test
    void aDisabledKeyIsDisabledForCryptographyAndForTheStartupCheck() {
        KmsTestServer.Key disabled = KMS.server().createKey();
        byte[] blob = encryptedKeyOf(disabled.arn());
        KMS.server().disableKey(disabled.keyId());

        assertReason(() -> kms.generateDataKey(disabled.arn(), CONTEXT), Reason.DISABLED);
        assertReason(() -> kms.decrypt(disabled.arn(), blob, CONTEXT), Reason.DISABLED);
        assertReason(() -> kms.describeKey(disabled.arn()), Reason.DISABLED);
    }

    @Test
    void aKeyPendingDeletionIsInInvalidState() {
        KmsTestServer.Key doomed = KMS.server().createKey();
        KMS.server().scheduleKeyDeletion(doomed.keyId());

        assertReason(() -> kms.generateDataKey(doomed.arn(), CONTEXT), Reason.INVALID_STATE);
        assertReason(() -> kms.describeKey(doomed.arn()), Reason.INVALID_STATE);
    }

    @Test
    void aKeyWeMayNotUseIsAccessDenied() {
        KmsTestServer.Key forbidden = KMS.server().createKey();
        KMS.server().denyAccess(forbidden.keyId());

        assertReason(() -> kms.generateDataKey(forbidden.arn(), CONTEXT), Reason.ACCESS_DENIED);
        assertReason(() -> kms.describeKey(forbidden.arn()), Reason.ACCESS_DENIED);
    }

    @Test
    void throttlingIsRetriedByTheSdkThenSucceeds() {
        KMS.server().throttleNext(2);

        kms.generateDataKey(key.arn(), CONTEXT).close();

        assertThat(KMS.server().calls("GenerateDataKey")).isEqualTo(3);
    }

    @Test
    void throttlingThatOutlastsTheSdkRetriesIsThrottledAndRetriable() {
        KMS.server().throttleNext(10);

        KmsException e = catchThrowableOfType(KmsException.class, () -> kms.generateDataKey(key.arn(), CONTEXT));

        assertThat(e.reason()).isEqualTo(Reason.THROTTLED);
        assertThat(e.retriable()).isTrue();
        assertThat(KMS.server().calls("GenerateDataKey")).isEqualTo(AwsKmsSettings.DEFAULT_SDK_MAX_ATTEMPTS);
    }

    @Test
    void internalErrorsAreRetriedByTheSdkThenUnavailable() {
        KMS.server().failNext(1);
        kms.generateDataKey(key.arn(), CONTEXT).close();
        assertThat(KMS.server().calls("GenerateDataKey")).isEqualTo(2);

        KMS.server().failNext(10);
        assertReason(() -> kms.generateDataKey(key.arn(), CONTEXT), Reason.UNAVAILABLE);
    }

    /** Every error code goes through the SDK's own unmarshalling, with its retries off. */
    @ParameterizedTest(name = "{0} (HTTP {1}) is {2}")
    @CsvSource({
            "LimitExceededException, 400, THROTTLED",
            "ThrottlingException, 400, THROTTLED",
            "KMSInternalException, 500, UNAVAILABLE",
            "DependencyTimeoutException, 503, UNAVAILABLE",
            "KeyUnavailableException, 500, UNAVAILABLE",
            "InvalidGrantTokenException, 400, ACCESS_DENIED",
            "UnrecognizedClientException, 400, ACCESS_DENIED",
            "KMSInvalidStateException, 400, INVALID_STATE",
            "InvalidKeyUsageException, 400, INVALID_REQUEST",
            "ValidationException, 400, INVALID_REQUEST",
            "SomeFutureException, 400, INVALID_REQUEST",
            "SomeFutureException, 502, UNAVAILABLE",
    })
    void mapsKmsErrorCodesToReasons(String errorType, int status, Reason reason) {
        KMS.server().failNext(1, errorType, status, "injected");

        try (AwsKms noSdkRetries = AwsKms.create(TestKmsClients.settings(KMS).withSdkMaxAttempts(1))) {
            assertReason(() -> noSdkRetries.generateDataKey(key.arn(), CONTEXT), reason);
        }
    }

    @ParameterizedTest
    @EnumSource(KmsTestServer.Outage.class)
    void anOutageIsUnavailableAndRetriable(KmsTestServer.Outage outage) {
        KMS.server().outage(outage);

        KmsException e = catchThrowableOfType(KmsException.class, () -> kms.generateDataKey(key.arn(), CONTEXT));

        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.retriable()).isTrue();

        KMS.server().endOutage();
        kms.generateDataKey(key.arn(), CONTEXT).close();
    }

    @Test
    void aKmsSlowerThanTheAttemptTimeoutIsUnavailable() {
        KMS.server().latency(Duration.ofMillis(400));
        AwsKmsSettings impatient = TestKmsClients.settings(KMS)
                .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(100))
                .withSdkMaxAttempts(2);

        try (AwsKms slow = TestKmsClients.awsKms(impatient)) {
            KmsException e = catchThrowableOfType(KmsException.class, () -> slow.generateDataKey(key.arn(), CONTEXT));

            assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
            assertThat(e.getCause()).isInstanceOfAny(ApiCallAttemptTimeoutException.class, ApiCallTimeoutException.class);
        }
    }

    @Test
    void wrapsAndUnwrapsKeyMaterialForTheKeyring() {
        byte[] tokenKey = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

        byte[] wrapped = kms.encrypt(alias, tokenKey, CONTEXT);

        try (PlaintextKey unwrapped = kms.decrypt(alias, wrapped, CONTEXT)) {
            assertThat(unwrapped.sameKeyAs(PlaintextKey.copyOf(tokenKey))).isTrue();
        }
        assertThat(KMS.server().calls()).containsExactly(Map.entry("Decrypt", 1L), Map.entry("Encrypt", 1L));
    }

    @Test
    void decryptingSomethingThatIsNotAnAesKeyIsRefused() {
        byte[] wrapped = kms.encrypt(key.arn(), new byte[] {1, 2, 3}, CONTEXT);

        assertReason(() -> kms.decrypt(key.arn(), wrapped, CONTEXT), Reason.INVALID_CIPHERTEXT);
    }

    @Test
    void neitherDataKeysNorFailuresShowKeyMaterial() {
        try (DataKey dataKey = kms.generateDataKey(key.arn(), CONTEXT)) {
            byte[] plaintext = dataKey.plaintext().getEncoded();
            byte[] blob = dataKey.encryptedKey();
            KmsException failure = catchThrowableOfType(KmsException.class,
                    () -> kms.decrypt(key.arn(), blob, Map.of("tenant", "other")));

            for (String shown : new String[] {dataKey.toString(), dataKey.plaintext().toString(), failure.toString()}) {
                assertThat(shown)
                        .doesNotContain(Base64.getEncoder().encodeToString(plaintext))
                        .doesNotContain(HexFormat.of().formatHex(plaintext))
                        .doesNotContain(Base64.getEncoder().encodeToString(blob));
            }
        }
    }

    @Test
    void failuresNameTheOperationAndTheKeyButNotTheSecretKey() {
        KmsException e = catchThrowableOfType(KmsException.class, () -> kms.generateDataKey("alias/nobody", CONTEXT));

        assertThat(e).hasMessageStartingWith("GenerateDataKey failed (NOT_FOUND): key alias/nobody: NotFoundException");
        assertThat(e.toString()).doesNotContain(TestKmsClients.SECRET_ACCESS_KEY);
        assertThat(TestKmsClients.settings(KMS).toString()).doesNotContain(TestKmsClients.SECRET_ACCESS_KEY);
    }

    private byte[] encryptedKeyOf(String keyId) {
        try (DataKey dataKey = kms.generateDataKey(keyId, CONTEXT)) {
            return dataKey.encryptedKey();
        }
    }

    private static void assertReason(Runnable call, Reason reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KmsException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
