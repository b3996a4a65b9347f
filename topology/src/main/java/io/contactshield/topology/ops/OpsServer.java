package io.contactshield.topology.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: Prometheus metrics and Kubernetes probes over the JDK's HTTP server.
 *
 * <ul>
 *   <li>{@code GET /metrics}: the registry in Prometheus text format 0.0.4, or in OpenMetrics
 *       1.0.0 when the {@code Accept} header asks for {@code application/openmetrics-text}
 *       (as Prometheus itself does).
 *   <li>{@code GET /health/live}: 200 when the {@link HealthCheck} says live, else 503.
 *   <li>{@code GET /health/ready}: 200 when it says ready, else 503.
 * </ul>
 *
 * Both health bodies are JSON: {@code {"status":"UP"|"DOWN","state":...,"details":{...}}}. HEAD
 * is answered like GET without the body; other methods get 405 with {@code Allow}, other paths
 * 404. A health check that throws answers 503, a scrape that throws 500; neither puts the
 * exception's message in the body or the log, since it could quote a value.
 *
 * <p>Requests run on two daemon threads with a bounded queue. When the queue is full the
 * server's dispatcher thread runs the request itself, and so stops accepting until it is done:
 * a slow scrape or a storm of probes makes clients wait instead of piling up threads or memory.
 * (Running on the dispatcher is what the JDK server does for every request when it has no
 * executor.)
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    static final String PROMETHEUS_TEXT_004 = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPENMETRICS_TEXT_100 = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String ALLOWED_METHODS = "GET, HEAD";

    private static final int HANDLER_THREADS = 2;
    private static final int QUEUED_REQUESTS = 32;
    /** How long {@link #close()} lets requests in flight finish. */
    private static final long CLOSE_GRACE_MILLIS = 1_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final PrometheusMeterRegistry registry;
    private final HealthCheck health;
    private final URI baseUri;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    private OpsServer(HttpServer server, ThreadPoolExecutor executor, PrometheusMeterRegistry registry,
                      HealthCheck health) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.health = health;
        this.baseUri = baseUri(server.getAddress());
    }

    /**
     * Binds {@code host:port} and serves until closed.
     *
     * @param host an address or name to bind, {@code 0.0.0.0} for every interface
     * @param port the port, 0 for an ephemeral one (see {@link #port()})
     * @throws IOException if the address cannot be bound, the port being taken say
     */
    public static OpsServer start(String host, int port, PrometheusMeterRegistry registry, HealthCheck health)
            throws IOException {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(health, "health");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(HANDLER_THREADS, HANDLER_THREADS,
                0L, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_REQUESTS),
                daemonThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        OpsServer ops = new OpsServer(server, executor, registry, health);
        server.createContext("/", ops::handle);
        server.setExecutor(executor);
        server.start();
        log.info("Operations endpoint listening on {}", ops.baseUri);
        return ops;
    }

    /** The bound port, the ephemeral one when started with port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port/}, with the loopback address when bound to every interface. */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * Stops accepting and frees the port. Requests in flight get up to a second to finish; when
     * none are, it returns at once. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // HttpServer.stop(delay) of JDK 17 waits the whole delay even when idle, so the grace
        // period is ours and the server stops with none.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_GRACE_MILLIS);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        executor.shutdownNow();
        log.info("Operations endpoint on {} closed", baseUri);
    }

    private void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try {
            route(exchange);
        } catch (IOException e) {
            // The client went away, or close() cut the connection: nothing to answer.
            log.debug("Operations request ended early: {}", e.getClass().getName());
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals("/metrics") && !path.equals("/health/live") && !path.equals("/health/ready")) {
            respond(exchange, 404, TEXT, "Not found\n");
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
            respond(exchange, 405, TEXT, "Method not allowed\n");
            return;
        }
        switch (path) {
            case "/metrics":
                metrics(exchange);
                break;
            case "/health/live":
                health(exchange, false);
                break;
            default:
                health(exchange, true);
                break;
        }
    }

    private void metrics(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Vary", "Accept");
        boolean openMetrics = wantsOpenMetrics(exchange.getRequestHeaders().get("Accept"));
        String body;
        try {
            body = openMetrics ? registry.scrape(OPENMETRICS_TEXT_100) : registry.scrape();
        } catch (RuntimeException e) {
            log.warn("Scrape failed with {}", e.getClass().getName());
            respond(exchange, 500, TEXT, "Scrape failed\n");
            return;
        }
        respond(exchange, 200, openMetrics ? OPENMETRICS_TEXT_100 : PROMETHEUS_TEXT_004, body);
    }

    static boolean wantsOpenMetrics(Iterable<String> acceptHeaders) {
        if (acceptHeaders == null) {
            return false;
        }
        for (String accept : acceptHeaders) {
            if (accept.contains("application/openmetrics-text")) {
                return true;
            }
        }
        return false;
    }

    private void health(HttpExchange exchange, boolean readiness) throws IOException {
        Health answer;
        try {
            answer = Objects.requireNonNull(health.check(), "health check answered null");
        } catch (RuntimeException e) {
            log.warn("Health check failed with {}", e.getClass().getName());
            answer = new Health(false, false, "UNKNOWN", Map.of("error", e.getClass().getSimpleName()));
        }
        boolean up = readiness ? answer.ready() : answer.live();
        respond(exchange, up ? 200 : 503, JSON, healthJson(up, answer));
    }

    static String healthJson(boolean up, Health answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("state", answer.state());
        body.put("details", answer.details());
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // Strings and a map of strings always serialize.
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK server sends no length for HEAD; give the one GET would have.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static URI baseUri(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        if (address.isAnyLocalAddress()) {
            address = InetAddress.getLoopbackAddress();
        }
        try {
            return new URI("http", null, address.getHostAddress(), bound.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "contact-shield-ops-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
