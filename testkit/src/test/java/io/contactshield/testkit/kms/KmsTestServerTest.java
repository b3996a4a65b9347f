package io.contactshield.testkit.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server at the protocol level, through a plain HTTP client (the SDK's view is in serdes' tests). */
class KmsTestServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme", "purpose", "payload");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private KmsTestServer kms;
    private KmsTestServer.Key key;

    @BeforeEach
    void start() {
        kms = KmsTestServer.start("eu-west-1");
        key = kms.createKey("test");
    }

    @AfterEach
    void stop() {
        kms.close();
    }

    @Test
    void generatesAnAes256DataKeyWrappedUnderTheKey() throws Exception {
        JsonNode response = ok("GenerateDataKey", request().put("KeyId", key.keyId()).put("KeySpec", "AES_256"));

        assertThat(response.get("KeyId").asText()).isEqualTo(key.arn());
        assertThat(response.get("Plaintext").binaryValue()).hasSize(32);
        assertThat(response.get("CiphertextBlob").binaryValue()).hasSizeGreaterThan(32 + 16);
    }

    @Test
    void generatesDataKeysOfNumberOfBytes() throws Exception {
        JsonNode response = ok("GenerateDataKey", request().put("KeyId", key.keyId()).put("NumberOfBytes", 64));

        assertThat(response.get("Plaintext").binaryValue()).hasSize(64);
    }

    @Test
    void decryptsWithoutAKeyIdBecauseTheBlobNamesTheKey() throws Exception {
        JsonNode generated = ok("GenerateDataKey", withContext(request().put("KeyId", key.keyId()).put("KeySpec", "AES_256")));

        JsonNode decrypted = ok("Decrypt", withContext(request().put("CiphertextBlob", generated.get("CiphertextBlob").asText())));

        assertThat(decrypted.get("Plaintext").binaryValue()).isEqualTo(generated.get("Plaintext").binaryValue());
        assertThat(decrypted.get("KeyId").asText()).isEqualTo(key.arn());
    }

    @Test
    void decryptPinnedToAnotherKeyFailsWithIncorrectKeyException() throws Exception {
        KmsTestServer.Key other = kms.createKey();
        String blob = encrypt(key.keyId(), new byte[] {1, 2, 3});

        HttpResponse<String> response = call("Decrypt", withContext(request().put("CiphertextBlob", blob).put("KeyId", other.arn())));

        assertError(response, 400, "IncorrectKeyException");
    }

    @Test
    void decryptWithAnotherContextFailsWithInvalidCiphertextException() throws Exception {
        String blob = encrypt(key.keyId(), new byte[] {1, 2, 3});
        ObjectNode request = request().put("CiphertextBlob", blob);
        request.putObject("EncryptionContext").put("tenant", "other").put("purpose", "payload");

        assertError(call("Decrypt", request), 400, "InvalidCiphertextException");
    }

    @Test
    void everyFlippedBitOfABlobFailsToDecrypt() throws Exception {
        byte[] blob = Base64.getDecoder().decode(encrypt(key.keyId(), new byte[] {1, 2, 3}));

        for (int bit = 0; bit < blob.length * 8; bit++) {
            byte[] tampered = blob.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            HttpResponse<String> response = call("Decrypt",
                    withContext(request().put("CiphertextBlob", Base64.getEncoder().encodeToString(tampered))));
            assertThat(response.statusCode()).as("bit %d", bit).isEqualTo(400);
            assertThat(type(response)).as("bit %d", bit).isEqualTo("InvalidCiphertextException");
        }
    }

    @Test
    void namesAKeyByIdArnAliasNameAndAliasArn() throws Exception {
        kms.createAlias("alias/tenant-a", key.keyId());

        for (String name : new String[] {key.keyId(), key.arn(), "alias/tenant-a", kms.aliasArn("alias/tenant-a")}) {
            JsonNode metadata = ok("DescribeKey", request().put("KeyId", name)).get("KeyMetadata");
            assertThat(metadata.get("Arn").asText()).as(name).isEqualTo(key.arn());
            assertThat(metadata.get("KeyState").asText()).isEqualTo("Enabled");
        }
        assertThat(kms.aliasArn("alias/tenant-a")).isEqualTo("arn:aws:kms:eu-west-1:111122223333:alias/tenant-a");
        assertThat(key.arn()).isEqualTo("arn:aws:kms:eu-west-1:111122223333:key/" + key.keyId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alias/missing", "0d9a1c55-0000-4000-8000-000000000000",
            "arn:aws:kms:us-east-1:111122223333:key/0d9a1c55-0000-4000-8000-000000000000"})
    void unknownKeysAreNotFoundInAwsErrorShape(String keyId) throws Exception {
        HttpResponse<String> response = call("GenerateDataKey", request().put("KeyId", keyId).put("KeySpec", "AES_256"));

        assertError(response, 400, "NotFoundException");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("NotFoundException");
        assertThat(JSON.readTree(response.body()).get("message").asText()).isNotBlank();
    }

    @Test
    void createsKeysAndAliasesThroughTheProtocol() throws Exception {
        JsonNode created = ok("CreateKey", request().put("Description", "made over HTTP")).get("KeyMetadata");
        ok("CreateAlias", request().put("AliasName", "alias/over-http").put("TargetKeyId", created.get("KeyId").asText()));

        JsonNode described = ok("DescribeKey", request().put("KeyId", "alias/over-http")).get("KeyMetadata");

        assertThat(described.get("Arn").asText()).isEqualTo(created.get("Arn").asText());
        assertThat(described.get("Description").asText()).isEqualTo("made over HTTP");
        assertError(call("CreateAlias", request().put("AliasName", "alias/over-http").put("TargetKeyId", key.keyId())),
                400, "AlreadyExistsException");
    }

    @Test
    void requestsWithoutSignatureHeadersAreRejected() throws Exception {
        HttpRequest unsigned = HttpRequest.newBuilder(kms.endpoint())
                .header("Content-Type", KmsTestServer.CONTENT_TYPE)
                .header("X-Amz-Target", "TrentService.DescribeKey")
                .POST(HttpRequest.BodyPublishers.ofString("{\"KeyId\":\"" + key.keyId() + "\"}"))
                .build();

        assertError(http.send(unsigned, HttpResponse.BodyHandlers.ofString()), 400, "MissingAuthenticationTokenException");
    }

    @Test
    void unknownOperationsAndContentTypesAreRejected() throws Exception {
        assertError(call("ListKeys", request()), 400, "UnknownOperationException");

        HttpRequest plainJson = HttpRequest.newBuilder(kms.endpoint())
                .header("Content-Type", "application/json")
                .header("X-Amz-Target", "TrentService.DescribeKey")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20250101/eu-west-1/kms/aws4_request")
                .header("X-Amz-Date", "20250101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        assertError(http.send(plainJson, HttpResponse.BodyHandlers.ofString()), 400, "SerializationException");
    }

    @Test
    void throttleNextThrottlesExactlyTheNextCalls() throws Exception {
        kms.throttleNext(2);

        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 400, "ThrottlingException");
        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 400, "ThrottlingException");
        ok("DescribeKey", request().put("KeyId", key.keyId()));
    }

    @Test
    void throttleFractionOneThrottlesEveryCallAndZeroNone() throws Exception {
        kms.throttleFraction(1);
        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 400, "ThrottlingException");

        kms.throttleFraction(0);
        ok("DescribeKey", request().put("KeyId", key.keyId()));
    }

    @Test
    void failNextAnswersKmsInternalExceptionWith500() throws Exception {
        kms.failNext(1);

        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 500, "KMSInternalException");
        ok("DescribeKey", request().put("KeyId", key.keyId()));
    }

    @Test
    void failNextAnswersAnyErrorAndStatus() throws Exception {
        kms.failNext(1, "DependencyTimeoutException", 503, "slow");

        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 503, "DependencyTimeoutException");
    }

    @Test
    void disabledKeysDescribeAsDisabledAndRefuseCryptography() throws Exception {
        kms.disableKey(key.arn());

        assertThat(ok("DescribeKey", request().put("KeyId", key.keyId())).get("KeyMetadata").get("KeyState").asText())
                .isEqualTo("Disabled");
        assertError(call("GenerateDataKey", request().put("KeyId", key.keyId()).put("KeySpec", "AES_256")),
                400, "DisabledException");

        kms.enableKey(key.keyId());
        ok("GenerateDataKey", request().put("KeyId", key.keyId()).put("KeySpec", "AES_256"));
    }

    @Test
    void keysPendingDeletionAreInInvalidState() throws Exception {
        kms.scheduleKeyDeletion(key.keyId());

        assertError(call("Encrypt", request().put("KeyId", key.keyId()).put("Plaintext", "AQID")), 400, "KMSInvalidStateException");
    }

    @Test
    void deniedKeysAnswerAccessDenied() throws Exception {
        String blob = encrypt(key.keyId(), new byte[] {1});
        kms.denyAccess(key.keyId());

        assertError(call("Decrypt", withContext(request().put("CiphertextBlob", blob))), 400, "AccessDeniedException");
        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 400, "AccessDeniedException");

        kms.allowAccess(key.keyId());
        ok("Decrypt", withContext(request().put("CiphertextBlob", blob)));
    }

    @Test
    void refusingOutageClosesThePortUntilItEnds() throws Exception {
        kms.outage(KmsTestServer.Outage.REFUSE);

        assertThatThrownBy(() -> call("DescribeKey", request().put("KeyId", key.keyId()))).isInstanceOf(ConnectException.class);

        kms.endOutage();
        ok("DescribeKey", request().put("KeyId", key.keyId()));
    }

    @Test
    void droppingOutageClosesConnectionsWithoutAnAnswer() throws Exception {
        kms.outage(KmsTestServer.Outage.DROP);

        assertThatThrownBy(() -> call("DescribeKey", request().put("KeyId", key.keyId()))).isInstanceOf(IOException.class);

        kms.clearFaults();
        ok("DescribeKey", request().put("KeyId", key.keyId()));
    }

    @Test
    void serviceUnavailableOutageAnswers503() throws Exception {
        kms.outage(KmsTestServer.Outage.SERVICE_UNAVAILABLE);

        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 503, "ServiceUnavailableException");
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        kms.latency(Duration.ofMillis(100));

        long start = System.nanoTime();
        ok("DescribeKey", request().put("KeyId", key.keyId()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aRequestStillWaitingOutALatencyWhenFaultsAreClearedTakesNoLaterFault() throws Exception {
        kms.latency(Duration.ofMillis(300));
        var stale = http.sendAsync(request("DescribeKey", request().put("KeyId", key.keyId())), HttpResponse.BodyHandlers.ofString());
        while (kms.calls("DescribeKey") == 0) {
            Thread.sleep(1);
        }

        kms.clearFaults();
        kms.failNext(1);

        assertError(call("DescribeKey", request().put("KeyId", key.keyId())), 500, "KMSInternalException");
        assertThatThrownBy(stale::join).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void countsCallsPerOperationFailedOnesIncluded() throws Exception {
        kms.throttleNext(1);
        call("GenerateDataKey", request().put("KeyId", key.keyId()).put("KeySpec", "AES_256"));
        ok("GenerateDataKey", request().put("KeyId", key.keyId()).put("KeySpec", "AES_256"));
        ok("DescribeKey", request().put("KeyId", key.keyId()));

        assertThat(kms.calls("GenerateDataKey")).isEqualTo(2);
        assertThat(kms.calls()).containsExactly(Map.entry("DescribeKey", 1L), Map.entry("GenerateDataKey", 2L));

        kms.resetCalls();
        assertThat(kms.calls("GenerateDataKey")).isZero();
    }

    @Test
    void turnsOnTcpNoDelayForTheJdkHttpServer() {
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }

    @Test
    void switchesNamingUnknownKeysFailAtOnce() {
        assertThatThrownBy(() -> kms.disableKey("alias/missing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NotFoundException");
    }

    private String encrypt(String keyId, byte[] plaintext) throws Exception {
        JsonNode response = ok("Encrypt", withContext(request().put("KeyId", keyId)
                .put("Plaintext", Base64.getEncoder().encodeToString(plaintext))));
        return response.get("CiphertextBlob").asText();
    }

    private static ObjectNode request() {
        return JSON.createObjectNode();
    }

    private static ObjectNode withContext(ObjectNode request) {
        ObjectNode context = request.putObject("EncryptionContext");
        CONTEXT.forEach(context::put);
        return request;
    }

    private JsonNode ok(String operation, ObjectNode request) throws Exception {
        HttpResponse<String> response = call(operation, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(KmsTestServer.CONTENT_TYPE);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> call(String operation, ObjectNode request) throws Exception {
        return http.send(request(operation, request), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String operation, ObjectNode request) throws Exception {
        return HttpRequest.newBuilder(URI.create(kms.endpoint() + "/"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", KmsTestServer.CONTENT_TYPE)
                .header("X-Amz-Target", "TrentService." + operation)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20250101/eu-west-1/kms/aws4_request")
                .header("X-Amz-Date", "20250101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
                .build();
    }

    private static String type(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).get("__type").asText();
    }

    private static void assertError(HttpResponse<String> response, int status, String type) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(type(response)).isEqualTo(type);
    }
}
