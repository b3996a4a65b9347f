package io.contactshield.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The registry of {@link SchemaRegistryExtension} speaks the Confluent REST API, checked over raw
 * HTTP: what the project's registry client relies on.
 */
class SchemaRegistryServerIT {

    @RegisterExtension
    static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private static final String V1 = "{\"type\":\"record\",\"name\":\"Contact\",\"namespace\":\"io.contactshield.it\","
            + "\"fields\":[{\"name\":\"phone\",\"type\":\"string\",\"pii\":\"PHONE_NUMBER\"},{\"name\":\"channel\",\"type\":\"string\"}]}";
    /** Adds a field without a default: readers of the new schema cannot read old data. */
    private static final String V2_INCOMPATIBLE = "{\"type\":\"record\",\"name\":\"Contact\",\"namespace\":\"io.contactshield.it\","
            + "\"fields\":[{\"name\":\"phone\",\"type\":\"string\",\"pii\":\"PHONE_NUMBER\"},{\"name\":\"channel\",\"type\":\"string\"},"
            + "{\"name\":\"queue\",\"type\":\"string\"}]}";
    /** Adds a field with a default: a backward-compatible change. */
    private static final String V2_COMPATIBLE = "{\"type\":\"record\",\"name\":\"Contact\",\"namespace\":\"io.contactshield.it\","
            + "\"fields\":[{\"name\":\"phone\",\"type\":\"string\",\"pii\":\"PHONE_NUMBER\"},{\"name\":\"channel\",\"type\":\"string\"},"
            + "{\"name\":\"queue\",\"type\":[\"null\",\"string\"],\"default\":null}]}";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void urlIsTheConfluentApiOnLoopback() {
        assumeTrue(System.getProperty(SchemaRegistryExtension.URL_PROPERTY, "").isBlank(), "an external registry is used");
        assertThat(REGISTRY.url()).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
    }

    @Test
    void globalCompatibilityIsBackward() throws Exception {
        HttpResponse<String> config = get("/config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).containsPattern("\"compatibilityLevel\"\\s*:\\s*\"BACKWARD\"");
    }

    @Test
    void registersAnAvroSchemaAndServesItById(TestInfo test) throws Exception {
        String subject = subject(test);

        HttpResponse<String> registered = register(subject, V1);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        int id = id(registered);

        HttpResponse<String> byId = get("/schemas/ids/" + id);
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
        assertThat(byId.body()).contains("\"schema\":\"" + jsonEscape(V1) + "\"");

        HttpResponse<String> latest = get("/subjects/" + subject + "/versions/latest");
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
        assertThat(latest.body()).contains("\"subject\":\"" + subject + "\"").containsPattern("\"version\"\\s*:\\s*1\\b");
        assertThat(id(latest)).isEqualTo(id);

        // Registering the same schema again, or looking it up, gives the same id.
        assertThat(id(register(subject, V1))).isEqualTo(id);
        HttpResponse<String> lookup = post("/subjects/" + subject, schemaRequest(V1));
        assertThat(lookup.statusCode()).as(lookup.body()).isEqualTo(200);
        assertThat(id(lookup)).isEqualTo(id);

        // Ids name schemas, not subject versions: the same schema under another subject has the same id.
        assertThat(id(register(subject + "-copy", V1))).isEqualTo(id);
    }

    @Test
    void rejectsAnIncompatibleChangeWith409(TestInfo test) throws Exception {
        String subject = subject(test);
        int v1 = id(register(subject, V1));

        HttpResponse<String> check = post("/compatibility/subjects/" + subject + "/versions/latest", schemaRequest(V2_INCOMPATIBLE));
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).containsPattern("\"is_compatible\"\\s*:\\s*false");

        HttpResponse<String> rejected = register(subject, V2_INCOMPATIBLE);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(409);

        HttpResponse<String> accepted = register(subject, V2_COMPATIBLE);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(id(accepted)).isNotEqualTo(v1);
        assertThat(get("/subjects/" + subject + "/versions").body()).isEqualTo("[1,2]");
    }

    @Test
    void unknownSchemaIdAnswers404() throws Exception {
        HttpResponse<String> missing = get("/schemas/ids/" + Integer.MAX_VALUE);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).containsPattern("\"error_code\"\\s*:\\s*40403");
    }

    private HttpResponse<String> register(String subject, String schema) throws IOException, InterruptedException {
        return post("/subjects/" + subject + "/versions", schemaRequest(schema));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(REGISTRY.url() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", CONTENT_TYPE)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(REGISTRY.url() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String schemaRequest(String schema) {
        return "{\"schema\":\"" + jsonEscape(schema) + "\"}";
    }

    private static int id(HttpResponse<String> response) {
        Matcher matcher = ID.matcher(response.body());
        assertThat(matcher.find()).as("an id in HTTP %d: %s", response.statusCode(), response.body()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String subject(TestInfo test) {
        return "it-" + test.getTestMethod().orElseThrow().getName() + "-value";
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
