package io.contactshield.testkit.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.contactshield.testkit.internal.LocalHost;
import io.contactshield.testkit.kms.TestKeyring.KeyState;
import io.contactshield.testkit.kms.TestKeyring.TestKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local server that speaks the AWS KMS JSON 1.1 protocol, for tests that drive the real AWS SDK
 * {@code KmsClient} (or any other KMS client) against something that behaves like KMS: its
 * signing, serialization, error handling and retries run for real; only the far end is ours.
 *
 * <pre>{@code
 * try (KmsTestServer kms = KmsTestServer.start()) {
 *     KmsTestServer.Key key = kms.createKey();
 *     kms.createAlias("alias/tenant-a", key.keyId());
 *     KmsClient client = KmsClient.builder()
 *             .endpointOverride(kms.endpoint()).region(Region.of(kms.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")))
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Protocol: {@code POST /} with {@code Content-Type: application/x-amz-json-1.1} and
 * {@code X-Amz-Target: TrentService.<Operation>}, JSON bodies with AWS's member names and base64
 * blobs. Operations: CreateKey, CreateAlias, DescribeKey, GenerateDataKey (KeySpec AES_256 or
 * AES_128, or NumberOfBytes), GenerateDataKeyWithoutPlaintext, Encrypt, Decrypt (KeyId optional),
 * DisableKey, EnableKey, ScheduleKeyDeletion, CancelKeyDeletion. Keys are symmetric encryption
 * keys ({@code SYMMETRIC_DEFAULT}) with their own AES-256 material; blobs are real AES-GCM with the
 * encryption context bound and the key id embedded, so Decrypt without a KeyId finds the key, and
 * Decrypt pinned to another key fails with IncorrectKeyException. Keys are named as on AWS: a key
 * id (UUID), a key ARN {@code arn:aws:kms:REGION:111122223333:key/UUID}, an alias name
 * {@code alias/NAME} or an alias ARN.
 *
 * <p>Errors have AWS's JSON shape, {@code {"__type":"NotFoundException","message":"..."}} (and the
 * {@code x-amzn-ErrorType} header), HTTP 400 for client errors and 500 for KMSInternalException.
 *
 * <p>Not verified: SigV4 signatures. The server only checks that a request carries
 * {@code Authorization} and {@code X-Amz-Date} (else MissingAuthenticationTokenException), so any
 * static credentials do. There are no key policies or grants; {@link #denyAccess} stands in for
 * them.
 *
 * <p>Switches for tests, all cleared by {@link #clearFaults()}: {@link #latency added latency},
 * {@link #throttleNext throttling} of the next calls or {@link #throttleFraction a fraction} of
 * them, {@link #failNext 5xx or any other error} for the next calls, {@link #outage outages}
 * (connection refused, connection closed, or HTTP 503), and {@link #denyAccess access denied} per
 * key. {@link #calls(String)} counts the requests per operation that reached the server, refused
 * and failed ones included, so a test can assert "exactly one GenerateDataKey".
 *
 * <p>The JDK's HTTP server sends headers and body in separate packets and, without TCP_NODELAY,
 * every call would then wait about 40 ms for a delayed ACK. This class sets the system property
 * {@code sun.net.httpserver.nodelay=true} before it creates its first server; the JDK reads it
 * once per JVM, so it has no effect if some other code started a JDK HTTP server earlier.
 */
public final class KmsTestServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KmsTestServer.class);

    /** The AWS account id in every ARN of the server. */
    public static final String ACCOUNT_ID = TestKeyring.ACCOUNT_ID;

    /** The region of {@link #start()}. */
    public static final String DEFAULT_REGION = "us-east-1";

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String TARGET_PREFIX = "TrentService.";

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** How the server fails during an {@link #outage}. */
    public enum Outage {
        /** The port is closed: connections are refused. */
        REFUSE,
        /** Requests are read, then the connection is closed without an answer. */
        DROP,
        /** Every request gets HTTP 503 ServiceUnavailableException. */
        SERVICE_UNAVAILABLE
    }

    /** A key of the server: its id (a UUID) and its ARN. */
    public record Key(String keyId, String arn) {
    }

    private final TestKeyring keyring;
    private final KmsOperations operations;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService executor;
    private final int port;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Queue<KmsError> queuedErrors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger handlerThreads = new AtomicInteger();

    private volatile long latencyNanos;
    // Moves on with every clearFaults(): a request that was still waiting out a latency then is
    // dropped, so that it cannot take an error queued for the next test.
    private volatile long faultEpoch;
    private volatile double throttleFraction;
    private volatile Outage outage;
    private HttpServer http; // guarded by this
    private boolean closed; // guarded by this

    private KmsTestServer(String region) {
        this.keyring = new TestKeyring(region);
        this.operations = new KmsOperations(keyring, json);
        // Unbounded: latency switches sleep in handler threads, and tests may call from many threads.
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "kms-test-server-" + handlerThreads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.http = bind(0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("Cannot start the KMS test server on " + LocalHost.LOOPBACK, e);
        }
        this.port = http.getAddress().getPort();
        LOG.debug("KMS test server at {} ({})", endpoint(), region);
    }

    /** A server in {@value #DEFAULT_REGION} on a free port of 127.0.0.1, with no keys. */
    public static KmsTestServer start() {
        return start(DEFAULT_REGION);
    }

    /** A server in {@code region} (it appears in ARNs) on a free port of 127.0.0.1, with no keys. */
    public static KmsTestServer start(String region) {
        Objects.requireNonNull(region, "region");
        return new KmsTestServer(region);
    }

    /** {@code http://127.0.0.1:PORT}, for the SDK's {@code endpointOverride}. */
    public URI endpoint() {
        return URI.create("http://" + LocalHost.LOOPBACK + ":" + port);
    }

    public String region() {
        return keyring.region();
    }

    /** Creates an enabled symmetric encryption key, as CreateKey would. */
    public Key createKey() {
        return createKey("");
    }

    /** Creates an enabled symmetric encryption key with a description. */
    public Key createKey(String description) {
        TestKey key = keyring.create(description);
        return new Key(key.id(), key.arn());
    }

    /** Points {@code aliasName} ({@code alias/NAME}) at a key (its id or ARN), as CreateAlias would. */
    public void createAlias(String aliasName, String targetKeyId) {
        try {
            keyring.createAlias(aliasName, targetKeyId);
        } catch (KmsError e) {
            throw new IllegalArgumentException(e.type() + ": " + e.getMessage());
        }
    }

    /** The ARN of an alias name of this server. */
    public String aliasArn(String aliasName) {
        return keyring.aliasArn(aliasName);
    }

    /** Disables a key (any of its names): cryptographic operations fail with DisabledException. */
    public void disableKey(String keyId) {
        key(keyId).state(KeyState.DISABLED);
    }

    public void enableKey(String keyId) {
        key(keyId).state(KeyState.ENABLED);
    }

    /** Schedules a key's deletion: cryptographic operations fail with KMSInvalidStateException. */
    public void scheduleKeyDeletion(String keyId) {
        key(keyId).state(KeyState.PENDING_DELETION);
    }

    /** Every operation on this key fails with AccessDeniedException until {@link #allowAccess}. */
    public void denyAccess(String keyId) {
        key(keyId).accessDenied(true);
    }

    public void allowAccess(String keyId) {
        key(keyId).accessDenied(false);
    }

    /** Every request waits this long before it is answered (or failed). Zero for none. */
    public void latency(Duration latency) {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("Latency must not be negative");
        }
        latencyNanos = latency.toNanos();
    }

    /** The next {@code count} requests fail with ThrottlingException (HTTP 400), as AWS throttles. */
    public void throttleNext(int count) {
        failNext(count, "ThrottlingException", 400, "Rate exceeded");
    }

    /** Each request fails with ThrottlingException with probability {@code fraction}. */
    public void throttleFraction(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("The fraction must be within [0, 1]");
        }
        throttleFraction = fraction;
    }

    /** The next {@code count} requests fail with KMSInternalException (HTTP 500). */
    public void failNext(int count) {
        failNext(count, "KMSInternalException", 500, "An internal error occurred");
    }

    /**
     * The next {@code count} requests fail with this error, e.g. ("LimitExceededException", 400)
     * or ("DependencyTimeoutException", 503). Queued errors, throttling included, are answered in
     * the order they were queued, one per request.
     */
    public void failNext(int count, String errorType, int httpStatus, String message) {
        Objects.requireNonNull(errorType, "errorType");
        if (count < 0 || httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("Need a count >= 0 and an HTTP error status");
        }
        for (int i = 0; i < count; i++) {
            queuedErrors.add(new KmsError(errorType, httpStatus, message));
        }
    }

    /** Starts an outage of the given kind; {@link #endOutage()} ends it. */
    public synchronized void outage(Outage kind) {
        Objects.requireNonNull(kind, "kind");
        checkOpen();
        endOutage();
        outage = kind;
        if (kind == Outage.REFUSE) {
            http.stop(0);
        }
    }

    /** Ends an outage; after {@link Outage#REFUSE} the server listens on the same port again. */
    public synchronized void endOutage() {
        checkOpen();
        if (outage == Outage.REFUSE) {
            try {
                http = bind(port);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot listen on port " + port + " again after the outage", e);
            }
        }
        outage = null;
    }

    /**
     * Ends every fault: latency, throttling, queued errors, outage. Keys and access are kept.
     * Requests still waiting out a latency are dropped unanswered (their clients have mostly
     * given up by then), so they cannot take errors queued afterwards.
     */
    public synchronized void clearFaults() {
        faultEpoch++;
        latencyNanos = 0;
        throttleFraction = 0;
        queuedErrors.clear();
        if (outage != null && !closed) {
            endOutage();
        }
    }

    /** Requests of {@code operation} (e.g. "GenerateDataKey") that reached the server, failed ones included. */
    public long calls(String operation) {
        LongAdder count = calls.get(operation);
        return count == null ? 0 : count.sum();
    }

    /** Requests per operation so far, sorted by operation. */
    public Map<String, Long> calls() {
        Map<String, Long> snapshot = new TreeMap<>();
        calls.forEach((operation, count) -> snapshot.put(operation, count.sum()));
        return snapshot;
    }

    public void resetCalls() {
        calls.clear();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (outage != Outage.REFUSE) {
            http.stop(0);
        }
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "KmsTestServer[" + endpoint() + ", " + region() + "]";
    }

    private TestKey key(String keyId) {
        try {
            return keyring.resolve(keyId);
        } catch (KmsError e) {
            throw new IllegalArgumentException(e.type() + ": " + e.getMessage());
        }
    }

    private HttpServer bind(int onPort) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LocalHost.LOOPBACK), onPort), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        return server;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The KMS test server is closed");
        }
    }

    private void handle(HttpExchange exchange) {
        long epoch = faultEpoch;
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
            calls.computeIfAbsent(operation, name -> new LongAdder()).increment();

            Outage down = outage;
            if (down == Outage.DROP || down == Outage.REFUSE) {
                // Closing an exchange that has sent no headers closes the connection: the client
                // sees the connection end without an answer.
                return;
            }
            if (!sleep(latencyNanos) || epoch != faultEpoch) {
                return;
            }
            ObjectNode response;
            try {
                if (down == Outage.SERVICE_UNAVAILABLE) {
                    throw new KmsError("ServiceUnavailableException", 503, "Service Unavailable");
                }
                JsonNode request = checkRequest(exchange, operation, body);
                KmsError queued = queuedErrors.poll();
                if (queued != null) {
                    throw queued;
                }
                double fraction = throttleFraction;
                if (fraction > 0 && ThreadLocalRandom.current().nextDouble() < fraction) {
                    throw KmsError.client("ThrottlingException", "Rate exceeded");
                }
                response = operations.dispatch(operation, request);
            } catch (KmsError error) {
                respondError(exchange, error);
                return;
            }
            respond(exchange, 200, json.writeValueAsBytes(response), null);
        } catch (IOException | RuntimeException e) {
            // A client that gave up (timeout) closes its end; anything else is a bug of the server.
            LOG.debug("KMS test server: exchange failed", e);
            try {
                respondError(exchange, new KmsError("KMSInternalException", 500, "Test server error: " + e));
            } catch (IOException | RuntimeException ignored) {
                // the connection is gone
            }
        } finally {
            exchange.close();
        }
    }

    private JsonNode checkRequest(HttpExchange exchange, String operation, byte[] body) throws IOException {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/")) {
            throw new KmsError("UnknownOperationException", 404, "The KMS JSON protocol is POST /");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.startsWith(CONTENT_TYPE)) {
            throw KmsError.client("SerializationException", "Content-Type must be " + CONTENT_TYPE);
        }
        if (operation.isEmpty()) {
            throw KmsError.client("UnknownOperationException", "X-Amz-Target must be " + TARGET_PREFIX + "<Operation>");
        }
        if (exchange.getRequestHeaders().getFirst("Authorization") == null
                || exchange.getRequestHeaders().getFirst("X-Amz-Date") == null) {
            throw KmsError.client("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        JsonNode request;
        try {
            request = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            throw KmsError.client("SerializationException", "The body is not JSON");
        }
        if (request == null || !request.isObject()) {
            throw KmsError.client("SerializationException", "The body must be a JSON object");
        }
        return request;
    }

    private void respondError(HttpExchange exchange, KmsError error) throws IOException {
        ObjectNode body = json.createObjectNode().put("__type", error.type());
        if (error.getMessage() != null) {
            body.put("message", error.getMessage());
        }
        respond(exchange, error.status(), json.writeValueAsBytes(body), error.type());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, String errorType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** False if interrupted, which only happens when the server closes. */
    private static boolean sleep(long nanos) {
        if (nanos <= 0) {
            return true;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
