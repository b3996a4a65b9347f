package io.contactshield.serdes.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.serdes.registry.BaseUrls.BaseUrl;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Confluent Schema Registry REST API over the JDK's {@link HttpClient}.
 *
 * <p>Every call is retried on I/O errors and on 5xx, 408 and 429, with exponential backoff and
 * jitter, at most {@code maxAttempts} times; within one attempt an I/O error moves on to the next
 * base URL. Retrying is safe for every call here: registering a schema twice yields the same id,
 * and the others only read or set a value. Other 4xx answers are final.
 *
 * <p>No caching here: {@link SchemaRegistryClients} puts a cache in front.
 */
final class RestSchemaRegistryClient implements SchemaRegistryClient {
    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json";
    private static final String USER_AGENT = "contact-shield-serdes";

    private final RestSettings settings;
    private final List<Endpoint> endpoints;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    /** The URL that answered last; calls start there rather than retrying a dead one first. */
    private final AtomicInteger preferred = new AtomicInteger();

    /** A base URL and the Authorization header value to send to it. */
    private record Endpoint(BaseUrl url, Optional<String> authorization) {
        @Override
        public String toString() {
            return url.toString();
        }
    }

    private record Call(String method, String path, String body, String operation) {}

    RestSchemaRegistryClient(RestSettings settings) {
        this.settings = settings;
        this.endpoints = settings.baseUrls().stream()
                .map(url -> new Endpoint(url, authorizationFor(settings, url)))
                .toList();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // HTTP/1.1: registries speak it everywhere, and no h2c upgrade dance on plain http.
                .version(HttpClient.Version.HTTP_1_1)
                // A redirect could carry the Authorization header to another host; registries do not
                // redirect, so one is an error here.
                .followRedirects(HttpClient.Redirect.NEVER);
        if (settings.sslContext() != null) {
            builder.sslContext(settings.sslContext());
        }
        this.http = builder.build();
    }

    RestSettings settings() {
        return settings;
    }

    @Override
    public int register(String subject, Schema schema) {
        Call call = new Call("POST", "/subjects/" + segment(subject) + "/versions", schemaBody(schema),
                "register schema " + schema.getFullName() + " under subject '" + subject + "'");
        return requiredInt(send(call), "id", call);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        Call call = new Call("POST", "/subjects/" + segment(subject), schemaBody(schema),
                "look up schema " + schema.getFullName() + " under subject '" + subject + "'");
        return registeredSchema(send(call), subject, call);
    }

    @Override
    public Schema schemaById(int id) {
        Call call = new Call("GET", "/schemas/ids/" + id, null, "fetch schema id " + id);
        return schemaOf(send(call), call);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        Call call = new Call("GET", "/subjects/" + segment(subject) + "/versions/latest", null,
                "fetch the latest version of subject '" + subject + "'");
        return registeredSchema(send(call), subject, call);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        Call call = new Call("GET", "/subjects/" + segment(subject) + "/versions/" + version, null,
                "fetch version " + version + " of subject '" + subject + "'");
        return registeredSchema(send(call), subject, call);
    }

    @Override
    public List<Integer> versions(String subject) {
        Call call = new Call("GET", "/subjects/" + segment(subject) + "/versions", null,
                "list the versions of subject '" + subject + "'");
        JsonNode answer = send(call);
        List<Integer> versions = new ArrayList<>();
        for (JsonNode v : requireArray(answer, call)) {
            if (!v.canConvertToInt()) {
                throw unexpected(call, "a version that is not an integer");
            }
            versions.add(v.asInt());
        }
        return List.copyOf(versions);
    }

    @Override
    public List<String> subjects() {
        Call call = new Call("GET", "/subjects", null, "list subjects");
        List<String> subjects = new ArrayList<>();
        for (JsonNode s : requireArray(send(call), call)) {
            subjects.add(s.asText());
        }
        return List.copyOf(subjects);
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        Call call = new Call("POST", "/compatibility/subjects/" + segment(subject) + "/versions/latest",
                schemaBody(schema),
                "test compatibility of schema " + schema.getFullName() + " with subject '" + subject + "'");
        JsonNode answer;
        try {
            answer = send(call);
        } catch (SchemaRegistryNotFoundException e) {
            // Nothing registered yet: anything is compatible (Confluent answers so itself; older
            // registries and Apicurio answer 404 instead).
            if (e.missing() == SchemaRegistryNotFoundException.Missing.SUBJECT
                    || e.missing() == SchemaRegistryNotFoundException.Missing.VERSION) {
                return true;
            }
            throw e;
        }
        JsonNode compatible = answer.get("is_compatible");
        if (compatible == null || !compatible.isBoolean()) {
            throw unexpected(call, "no boolean 'is_compatible'");
        }
        return compatible.asBoolean();
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        Call subjectCall = new Call("GET", "/config/" + segment(subject) + "?defaultToGlobal=true", null,
                "fetch the compatibility level of subject '" + subject + "'");
        try {
            return level(send(subjectCall), subjectCall);
        } catch (SchemaRegistryNotFoundException noSubjectLevel) {
            Call globalCall = new Call("GET", "/config", null, "fetch the global compatibility level");
            return level(send(globalCall), globalCall);
        }
    }

    @Override
    public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
        ObjectNode body = json.createObjectNode().put("compatibility", level.name());
        Call call = new Call("PUT", "/config/" + segment(subject), write(body),
                "set the compatibility level of subject '" + subject + "' to " + level);
        JsonNode answer = send(call);
        return answer.has("compatibility") || answer.has("compatibilityLevel") ? level(answer, call) : level;
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient" + endpoints;
    }

    // ---- HTTP ----

    private JsonNode send(Call call) {
        Throwable lastFailure = null;
        SchemaRegistryException lastAnswer = null;
        for (int attempt = 1; ; attempt++) {
            Long retryAfterMs = null;
            int start = preferred.get();
            for (int i = 0; i < endpoints.size(); i++) {
                int index = (start + i) % endpoints.size();
                Endpoint endpoint = endpoints.get(index);
                HttpResponse<String> response;
                try {
                    response = http.send(request(endpoint, call), BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    lastFailure = e;
                    lastAnswer = null;
                    LOG.debug("Schema registry {} unreachable for {}: {}", endpoint, call.operation(), e.toString());
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SchemaRegistryUnavailableException(call.operation() + " was interrupted",
                            SchemaRegistryException.NO_HTTP_STATUS, SchemaRegistryException.NO_ERROR_CODE, null, e);
                }
                preferred.set(index);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return parse(response.body(), call);
                }
                SchemaRegistryException answer = RegistryErrors.fromResponse(status, response.body(), call.operation(), json);
                if (!RegistryErrors.isRetryable(status)) {
                    throw answer;
                }
                lastFailure = answer;
                lastAnswer = answer;
                retryAfterMs = retryAfterMillis(response);
                break;
            }
            if (attempt >= settings.maxAttempts()) {
                throw exhausted(call, attempt, lastFailure, lastAnswer);
            }
            long waitMs = backoffMillis(attempt, retryAfterMs);
            LOG.warn("Schema registry call to {} failed ({}); retry {} of {} in {} ms", call.operation(),
                    lastAnswer != null ? "HTTP " + lastAnswer.httpStatus() : lastFailure.getClass().getSimpleName(),
                    attempt, settings.maxAttempts() - 1, waitMs);
            try {
                Thread.sleep(waitMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryUnavailableException(call.operation() + " was interrupted",
                        SchemaRegistryException.NO_HTTP_STATUS, SchemaRegistryException.NO_ERROR_CODE, null, e);
            }
        }
    }

    private HttpRequest request(Endpoint endpoint, Call call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint.url().base() + call.path()))
                .timeout(settings.requestTimeout())
                .header("Accept", ACCEPT)
                .header("User-Agent", USER_AGENT);
        if (call.body() != null) {
            builder.header("Content-Type", CONTENT_TYPE)
                    .method(call.method(), BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        } else {
            builder.method(call.method(), BodyPublishers.noBody());
        }
        endpoint.authorization().ifPresent(value -> builder.header("Authorization", value));
        return builder.build();
    }

    private static SchemaRegistryUnavailableException exhausted(
            Call call, int attempts, Throwable lastFailure, SchemaRegistryException lastAnswer) {
        String last = lastAnswer != null
                ? "HTTP " + lastAnswer.httpStatus()
                        + (lastAnswer.errorCode() == SchemaRegistryException.NO_ERROR_CODE ? "" : ", error_code " + lastAnswer.errorCode())
                        + (lastAnswer.registryMessage() == null ? "" : ": " + lastAnswer.registryMessage())
                : String.valueOf(lastFailure);
        return new SchemaRegistryUnavailableException(
                call.operation() + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                        + "; last failure: " + last,
                lastAnswer != null ? lastAnswer.httpStatus() : SchemaRegistryException.NO_HTTP_STATUS,
                lastAnswer != null ? lastAnswer.errorCode() : SchemaRegistryException.NO_ERROR_CODE,
                lastAnswer != null ? lastAnswer.registryMessage() : null,
                lastFailure);
    }

    /** Exponential with "equal jitter": half the step fixed, half random, so clients spread out. */
    private long backoffMillis(int attempt, Long retryAfterMs) {
        long base = settings.retryBackoff().toMillis();
        long max = settings.retryBackoffMax().toMillis();
        long step = Math.min(max, base << Math.min(attempt - 1, 30));
        long wait = step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
        if (retryAfterMs != null) {
            wait = Math.max(wait, Math.min(retryAfterMs, max));
        }
        return wait;
    }

    private static Long retryAfterMillis(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.get().trim());
            return seconds < 0 ? null : Math.multiplyExact(seconds, 1000L);
        } catch (NumberFormatException | ArithmeticException httpDateOrJunk) {
            return null;
        }
    }

    private static Optional<String> authorizationFor(RestSettings settings, BaseUrl url) {
        if (settings.bearerToken() != null) {
            return Optional.of("Bearer " + settings.bearerToken());
        }
        String userInfo = settings.basicUserInfo() != null ? settings.basicUserInfo()
                : settings.urlUserInfo() ? url.userInfo() : null;
        if (userInfo == null) {
            return Optional.empty();
        }
        return Optional.of("Basic "
                + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- JSON ----

    /** A path segment: URLEncoder encodes for forms, where a space is '+'; in a path it is %20. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Avro is the registry's default type, so Confluent's own clients leave schemaType out. */
    private String schemaBody(Schema schema) {
        return write(json.createObjectNode().put("schema", schema.toString()));
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private JsonNode parse(String body, Call call) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            if (node == null || node.isMissingNode()) {
                throw unexpected(call, "an empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw unexpected(call, "a body that is not JSON");
        }
    }

    private RegisteredSchema registeredSchema(JsonNode answer, String subject, Call call) {
        int id = requiredInt(answer, "id", call);
        int version = requiredInt(answer, "version", call);
        JsonNode answeredSubject = answer.get("subject");
        return new RegisteredSchema(
                answeredSubject != null && answeredSubject.isTextual() ? answeredSubject.asText() : subject,
                id, version, schemaOf(answer, call));
    }

    private Schema schemaOf(JsonNode answer, Call call) {
        JsonNode type = answer.get("schemaType");
        if (type != null && !type.isNull() && !"AVRO".equalsIgnoreCase(type.asText())) {
            throw unexpected(call, "a " + RegistryErrors.sanitize(type.asText()) + " schema; only Avro is supported");
        }
        JsonNode references = answer.get("references");
        if (references != null && references.isArray() && references.size() > 0) {
            throw unexpected(call, "a schema with references, which this client does not support");
        }
        JsonNode text = answer.get("schema");
        if (text == null || !text.isTextual()) {
            throw unexpected(call, "no 'schema'");
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (AvroRuntimeException e) {
            throw unexpected(call, "a schema Avro cannot parse (" + RegistryErrors.sanitize(String.valueOf(e.getMessage())) + ")");
        }
    }

    private CompatibilityLevel level(JsonNode answer, Call call) {
        JsonNode level = answer.has("compatibilityLevel") ? answer.get("compatibilityLevel") : answer.get("compatibility");
        if (level == null || !level.isTextual()) {
            throw unexpected(call, "no 'compatibilityLevel'");
        }
        try {
            return CompatibilityLevel.parse(level.asText());
        } catch (IllegalArgumentException e) {
            throw unexpected(call, "an unknown compatibility level " + RegistryErrors.sanitize(level.asText()));
        }
    }

    private static int requiredInt(JsonNode answer, String field, Call call) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw unexpected(call, "no integer '" + field + "'");
        }
        return value.asInt();
    }

    private static JsonNode requireArray(JsonNode answer, Call call) {
        if (!answer.isArray()) {
            throw unexpected(call, "no JSON array");
        }
        return answer;
    }

    private static SchemaRegistryException unexpected(Call call, String what) {
        return new SchemaRegistryException(call.operation() + ": the registry answered with " + what,
                200, SchemaRegistryException.NO_ERROR_CODE, null);
    }
}
