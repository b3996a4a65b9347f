package io.contactshield.serdes.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;

/**
 * A registry on 127.0.0.1 that speaks the Confluent REST API minimally, over the JDK's own HTTP
 * server: it records every request, answers from a script first (to inject 503s, error bodies,
 * hangs), and otherwise serves a {@link MockSchemaRegistry} scope of its own.
 */
public final class RegistryPeer implements AutoCloseable {
    /** One request as received. Header names are lower case. */
    public record Request(String method, String rawPath, String rawQuery, Map<String, String> headers, String body) {}

    private record Reply(int status, String body, Map<String, String> headers, boolean hang) {}

    private static final Set<String> KEYWORDS =
            Set.of("subjects", "versions", "schemas", "ids", "compatibility", "config");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final String scope = "peer-" + UUID.randomUUID();
    private final SchemaRegistryClient backend = MockSchemaRegistry.forScope(scope);
    private volatile Duration delay = Duration.ZERO;

    private RegistryPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static RegistryPeer start() {
        try {
            return new RegistryPeer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the registry peer", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The base URL with {@code userInfo@} in it. */
    public String url(String userInfo) {
        return "http://" + userInfo + "@127.0.0.1:" + server.getAddress().getPort();
    }

    /** The registry behind the peer, to arrange or inspect state without HTTP. */
    public SchemaRegistryClient backend() {
        return backend;
    }

    public void enqueue(int status, String body) {
        script.add(new Reply(status, body, Map.of(), false));
    }

    public void enqueue(int status, String body, Map<String, String> headers) {
        script.add(new Reply(status, body, headers, false));
    }

    /** The next request gets no answer until the peer closes. */
    public void enqueueHang() {
        script.add(new Reply(0, null, Map.of(), true));
    }

    /** Every answer waits this long first, so that concurrent callers overlap. */
    public void delayEveryReply(Duration delay) {
        this.delay = delay;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public int requestCount() {
        return requests.size();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
        MockSchemaRegistry.dropScope(scope);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            requests.add(request);
            if (!delay.isZero()) {
                closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            }
            Reply scripted = script.poll();
            if (scripted != null && scripted.hang()) {
                closing.await();
                return;
            }
            Reply reply = scripted != null ? scripted : serve(request);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            byte[] out = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream stream = exchange.getResponseBody()) {
                    stream.write(out);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply serve(Request request) throws IOException {
        List<String> path = new ArrayList<>();
        for (String segment : request.rawPath().split("/")) {
            if (!segment.isEmpty()) {
                path.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        String route = request.method() + " " + shape(path);
        try {
            switch (route) {
                case "POST /subjects/*/versions":
                    return ok(json.createObjectNode().put("id", backend.register(path.get(1), schemaIn(request))));
                case "POST /subjects/*":
                    return ok(registered(backend.lookup(path.get(1), schemaIn(request))));
                case "GET /schemas/ids/*":
                    return ok(json.createObjectNode().put("schema", backend.schemaById(Integer.parseInt(path.get(2))).toString()));
                case "GET /subjects/*/versions/*":
                    return ok(registered(path.get(3).equals("latest") ? backend.latest(path.get(1))
                            : backend.version(path.get(1), Integer.parseInt(path.get(3)))));
                case "GET /subjects/*/versions":
                    return ok(json.valueToTree(backend.versions(path.get(1))));
                case "GET /subjects":
                    return ok(json.valueToTree(backend.subjects()));
                case "POST /compatibility/subjects/*/versions/*":
                    return ok(json.createObjectNode().put("is_compatible", backend.isCompatible(path.get(2), schemaIn(request))));
                case "GET /config/*":
                    return ok(json.createObjectNode().put("compatibilityLevel", backend.compatibility(path.get(1)).name()));
                case "GET /config":
                    return ok(json.createObjectNode().put("compatibilityLevel", backend.compatibility("\u0000global").name()));
                case "PUT /config/*":
                    CompatibilityLevel level = CompatibilityLevel.parse(json.readTree(request.body()).get("compatibility").asText());
                    return ok(json.createObjectNode().put("compatibility", backend.setCompatibility(path.get(1), level).name()));
                default:
                    return new Reply(404, "{\"error_code\":404,\"message\":\"HTTP 404 Not Found\"}", Map.of(), false);
            }
        } catch (SchemaRegistryException e) {
            ObjectNode error = json.createObjectNode().put("error_code", e.errorCode()).put("message", e.registryMessage());
            return new Reply(e.httpStatus(), json.writeValueAsString(error), Map.of(), false);
        }
    }

    /** The route shape, e.g. "POST /subjects/{name}/versions" with every name and number as an asterisk. */
    private static String shape(List<String> path) {
        StringBuilder shape = new StringBuilder();
        for (String segment : path) {
            shape.append('/').append(KEYWORDS.contains(segment) ? segment : "*");
        }
        return shape.toString();
    }

    private Schema schemaIn(Request request) throws IOException {
        JsonNode body = json.readTree(request.body());
        return new Schema.Parser().parse(body.get("schema").asText());
    }

    private ObjectNode registered(RegisteredSchema registered) {
        return json.createObjectNode()
                .put("subject", registered.subject())
                .put("id", registered.id())
                .put("version", registered.version())
                .put("schema", registered.schema().toString());
    }

    private Reply ok(JsonNode body) throws IOException {
        return new Reply(200, json.writeValueAsString(body), Map.of(), false);
    }
}
