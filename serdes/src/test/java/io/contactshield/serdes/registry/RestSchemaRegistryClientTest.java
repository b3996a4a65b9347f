package io.contactshield.serdes.registry;

import static io.contactshield.serdes.TestSchemas.COUNTER;
import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestSchemaRegistryClientTest {
    private final RegistryPeer peer = RegistryPeer.start();

    @AfterEach
    void stopPeer() {
        peer.close();
    }

    private static RestSchemaRegistryClient client(Map<String, Object> configs) {
        Map<String, Object> all = new HashMap<>();
        all.put(SchemaRegistryClientConfig.MAX_ATTEMPTS_CONFIG, 3);
        all.put(SchemaRegistryClientConfig.RETRY_BACKOFF_MS_CONFIG, 1L);
        all.put(SchemaRegistryClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 5L);
        all.putAll(configs);
        return new RestSchemaRegistryClient(
                SchemaRegistryClients.restSettings(new SchemaRegistryClientConfig(all), null));
    }

    private RestSchemaRegistryClient client() {
        return client(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, peer.url()));
    }

    @Test
    void registerReturnsTheIdTheRegistryAssigned() {
        int id = client().register("greetings-value", GREETING_V1);

        assertThat(id).isEqualTo(peer.backend().lookup("greetings-value", GREETING_V1).id());
        assertThat(peer.requests()).singleElement()
                .satisfies(r -> assertThat(r.method() + " " + r.rawPath()).isEqualTo("POST /subjects/greetings-value/versions"));
    }

    @Test
    void requestsCarryTheSchemaRegistryMediaTypes() {
        client().register("greetings-value", GREETING_V1);

        RegistryPeer.Request request = peer.requests().get(0);
        assertThat(request.headers()).containsEntry("content-type", "application/vnd.schemaregistry.v1+json");
        assertThat(request.headers()).containsEntry("accept",
                "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json");
    }

    @Test
    void registerSendsOnlyTheSchemaTextWithoutSchemaTypeForAvro() throws Exception {
        client().register("greetings-value", GREETING_V1);

        JsonNode body = new ObjectMapper().readTree(peer.requests().get(0).body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("schema").asText()).isEqualTo(GREETING_V1.toString());
    }

    @Test
    void subjectNamesAreUrlEncodedAsOnePathSegment() {
        client().register("odd/subject name+x", GREETING_V1);

        assertThat(peer.requests().get(0).rawPath()).isEqualTo("/subjects/odd%2Fsubject%20name%2Bx/versions");
        assertThat(peer.backend().subjects()).containsExactly("odd/subject name+x");
    }

    @Test
    void lookupReturnsIdAndVersionOfTheRegisteredSchema() {
        int id = peer.backend().register("greetings-value", GREETING_V1);

        RegisteredSchema found = client().lookup("greetings-value", GREETING_V1);

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.subject()).isEqualTo("greetings-value");
        assertThat(found.schema()).isEqualTo(GREETING_V1);
    }

    @Test
    void schemaByIdParsesTheRegistrysSchema() {
        int id = peer.backend().register("greetings-value", GREETING_V1);

        assertThat(client().schemaById(id)).isEqualTo(GREETING_V1);
        assertThat(peer.requests().get(0).rawPath()).isEqualTo("/schemas/ids/" + id);
    }

    @Test
    void latestVersionsAndSubjectsAreRead() {
        peer.backend().register("counters-value", COUNTER);
        peer.backend().register("greetings-value", GREETING_V1);
        RestSchemaRegistryClient client = client();

        assertThat(client.latest("greetings-value").schema()).isEqualTo(GREETING_V1);
        assertThat(client.version("greetings-value", 1).schema()).isEqualTo(GREETING_V1);
        assertThat(client.versions("greetings-value")).containsExactly(1);
        assertThat(client.subjects()).containsExactly("counters-value", "greetings-value");
    }

    @Test
    void compatibilityIsTestedAgainstTheLatestVersion() {
        peer.backend().register("greetings-value", GREETING_V1);

        assertThat(client().isCompatible("greetings-value", COUNTER)).isFalse();
        assertThat(peer.requests().get(0).rawPath()).isEqualTo("/compatibility/subjects/greetings-value/versions/latest");
    }

    @Test
    void aSubjectWithoutVersionsIsCompatibleWithAnything() {
        peer.enqueue(404, "{\"error_code\":40401,\"message\":\"Subject 'new-value' not found.\"}");

        assertThat(client().isCompatible("new-value", GREETING_V1)).isTrue();
    }

    @Test
    void subjectCompatibilityLevelIsSetAndRead() {
        RestSchemaRegistryClient client = client();

        assertThat(client.setCompatibility("greetings-value", CompatibilityLevel.FULL)).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.compatibility("greetings-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(peer.requests().get(0).body()).isEqualTo("{\"compatibility\":\"FULL\"}");
    }

    @Test
    void compatibilityFallsBackToTheGlobalLevelWhenTheSubjectHasNone() {
        peer.enqueue(404, "{\"error_code\":40408,\"message\":\"Subject does not have subject-level compatibility configured\"}");

        assertThat(client().compatibility("greetings-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(peer.requests()).extracting(RegistryPeer.Request::rawPath)
                .containsExactly("/config/greetings-value", "/config");
    }

    @Test
    void retriesAfter503AndSucceeds() {
        peer.enqueue(503, "{\"error_code\":50003,\"message\":\"Error while forwarding the request to the leader\"}");
        peer.enqueue(503, "");

        int id = client().register("greetings-value", GREETING_V1);

        assertThat(id).isPositive();
        assertThat(peer.requestCount()).isEqualTo(3);
    }

    @Test
    void retriesAfter429HonouringRetryAfter() {
        peer.enqueue(429, "{\"error_code\":42901,\"message\":\"Too many requests\"}", Map.of("Retry-After", "0"));

        assertThat(client().register("greetings-value", GREETING_V1)).isPositive();
        assertThat(peer.requestCount()).isEqualTo(2);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastAnswer() {
        for (int i = 0; i < 3; i++) {
            peer.enqueue(503, "{\"error_code\":50003,\"message\":\"leader unavailable\"}");
        }

        SchemaRegistryUnavailableException e = catchThrowableOfType(SchemaRegistryUnavailableException.class,
                () -> client().register("greetings-value", GREETING_V1));

        assertThat(peer.requestCount()).isEqualTo(3);
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.errorCode()).isEqualTo(50003);
        assertThat(e.getMessage()).contains("after 3 attempts", "HTTP 503", "50003", "leader unavailable",
                "subject 'greetings-value'");
    }

    @ParameterizedTest(name = "HTTP {0} error_code {1} -> {2}")
    @CsvSource({
        "400, 400, SchemaRegistryException",
        "401, 401, SchemaRegistryAuthException",
        "403, 40301, SchemaRegistryAuthException",
        "404, 40401, SchemaRegistryNotFoundException",
        "409, 409, IncompatibleSchemaException",
        "422, 42201, InvalidSchemaException",
    })
    void clientErrorsAreNotRetriedAndAreTyped(int status, int errorCode, String type) {
        peer.enqueue(status, "{\"error_code\":" + errorCode + ",\"message\":\"refused\"}");

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
                () -> client().register("greetings-value", GREETING_V1));

        assertThat(peer.requestCount()).isEqualTo(1);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.errorCode()).isEqualTo(errorCode);
        assertThat(e.registryMessage()).isEqualTo("refused");
    }

    @Test
    void notFoundTellsWhatIsMissingFromConfluentErrorCodes() {
        peer.enqueue(404, "{\"error_code\":40402,\"message\":\"Version 7 not found.\"}");

        SchemaRegistryNotFoundException e = catchThrowableOfType(SchemaRegistryNotFoundException.class,
                () -> client().version("greetings-value", 7));

        assertThat(e.missing()).isEqualTo(SchemaRegistryNotFoundException.Missing.VERSION);
        assertThat(e.getMessage()).contains("version 7 of subject 'greetings-value'", "HTTP 404", "40402", "Version 7 not found.");
    }

    @Test
    void apicurioConflictWithErrorCodeZeroIsIncompatibleSchema() {
        peer.enqueue(409, "{\"error_code\":0,\"message\":\"Incompatible artifact\"}");

        assertThatThrownBy(() -> client().register("greetings-value", GREETING_V1))
                .isInstanceOfSatisfying(IncompatibleSchemaException.class, e -> assertThat(e.errorCode()).isZero());
    }

    @Test
    void anErrorBodyThatIsNotJsonKeepsTheStatusWithoutErrorCode() {
        peer.enqueue(400, "<html><body>Bad gateway config</body></html>");

        SchemaRegistryException e = catchThrowableOfType(SchemaRegistryException.class,
                () -> client().register("greetings-value", GREETING_V1));

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.NO_ERROR_CODE);
        assertThat(e.registryMessage()).isNull();
    }

    @Test
    void registryMessagesAreKeptOnOneLine() {
        peer.enqueue(422, "{\"error_code\":42201,\"message\":\"Invalid schema\\nFAKE LOG LINE\"}");

        assertThatThrownBy(() -> client().register("greetings-value", GREETING_V1))
                .hasMessageNotContaining("\n")
                .hasMessageContaining("Invalid schema FAKE LOG LINE");
    }

    @Test
    void redirectsAreNotFollowed() {
        peer.enqueue(307, "", Map.of("Location", "http://127.0.0.2:1/elsewhere"));

        assertThatThrownBy(() -> client().register("greetings-value", GREETING_V1))
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(307));
        assertThat(peer.requestCount()).isEqualTo(1);
    }

    @Test
    void basicCredentialsFromUserInfoAreSent() {
        client(Map.of(
                        SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, peer.url(),
                        SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "USER_INFO",
                        SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG, "alice:s3cret"))
                .register("greetings-value", GREETING_V1);

        assertThat(peer.requests().get(0).headers()).containsEntry("authorization", basic("alice:s3cret"));
    }

    @Test
    void basicCredentialsFromTheUrlAreSentAndStrippedFromTheRequestUrl() {
        client(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, peer.url("bob:pa%40ss")))
                .register("greetings-value", GREETING_V1);

        RegistryPeer.Request request = peer.requests().get(0);
        assertThat(request.headers()).containsEntry("authorization", basic("bob:pa@ss"));
        assertThat(request.headers().get("host")).doesNotContain("bob");
    }

    @Test
    void bearerTokenIsSent() {
        client(Map.of(
                        SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, peer.url(),
                        SchemaRegistryClientConfig.BEARER_AUTH_CREDENTIALS_SOURCE_CONFIG, "STATIC_TOKEN",
                        SchemaRegistryClientConfig.BEARER_AUTH_TOKEN_CONFIG, "tok-123"))
                .register("greetings-value", GREETING_V1);

        assertThat(peer.requests().get(0).headers()).containsEntry("authorization", "Bearer tok-123");
    }

    @Test
    void noAuthorizationHeaderWithoutCredentials() {
        client().register("greetings-value", GREETING_V1);

        assertThat(peer.requests().get(0).headers()).doesNotContainKey("authorization");
    }

    @Test
    void aRequestThatTimesOutEndsAsUnavailable() {
        peer.enqueueHang();
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, peer.url(),
                SchemaRegistryClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 200,
                SchemaRegistryClientConfig.MAX_ATTEMPTS_CONFIG, 1));

        assertThatThrownBy(() -> client.register("greetings-value", GREETING_V1))
                .isInstanceOf(SchemaRegistryUnavailableException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("after 1 attempt");
    }

    @Test
    void anUnreachableUrlFailsOverToTheNext() throws Exception {
        RestSchemaRegistryClient client = client(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, closedUrl() + "," + peer.url()));

        assertThat(client.register("greetings-value", GREETING_V1)).isPositive();
        assertThat(peer.requestCount()).isEqualTo(1);
    }

    @Test
    void anUnreachableRegistryNeverEchoesThePassword() throws Exception {
        String url = closedUrl().replace("http://", "http://carol:TopSecret99@");
        RestSchemaRegistryClient client = client(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, url));

        SchemaRegistryUnavailableException e = catchThrowableOfType(SchemaRegistryUnavailableException.class,
                () -> client.register("greetings-value", GREETING_V1));

        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t)).doesNotContain("TopSecret99");
        }
        assertThat(client.toString()).doesNotContain("TopSecret99");
    }

    @Test
    void aSchemaOfAnotherTypeIsRefused() {
        peer.enqueue(200, "{\"schema\":\"syntax = \\\"proto3\\\";\",\"schemaType\":\"PROTOBUF\"}");

        assertThatThrownBy(() -> client().schemaById(5))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("schema id 5")
                .hasMessageContaining("PROTOBUF");
    }

    @Test
    void aSchemaWithReferencesIsRefused() {
        peer.enqueue(200, "{\"schema\":\"\\\"string\\\"\",\"references\":[{\"name\":\"a\",\"subject\":\"a\",\"version\":1}]}");

        assertThatThrownBy(() -> client().schemaById(5)).hasMessageContaining("references");
    }

    private static String basic(String userInfo) {
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    /** A loopback URL where nothing listens: connecting fails at once. */
    private static String closedUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
