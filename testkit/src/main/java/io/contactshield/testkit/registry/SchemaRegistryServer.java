package io.contactshield.testkit.registry;

import io.contactshield.testkit.internal.LocalHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry speaking the Confluent Schema Registry REST API, run as a child process
 * for integration tests: the {@code registry-server} module's Apicurio Registry build
 * ({@code registry-server/target/quarkus-app/quarkus-run.jar}, made by
 * {@code mvn -pl registry-server package}), with in-memory storage and no authentication.
 *
 * <pre>{@code
 * try (SchemaRegistryServer registry = SchemaRegistryServer.start(jar)) {
 *     String url = registry.url(); // http://127.0.0.1:PORT/apis/ccompat/v7
 * }
 * }</pre>
 *
 * <p>{@link #start(Path)} runs the jar with this JVM's {@code java} on a free port of
 * {@code 127.0.0.1}, writes the server's output to a log file in a new temporary directory, waits
 * until {@code GET /subjects} answers 200, then sets the global compatibility level to
 * {@code BACKWARD} (Confluent's default; Apicurio's is {@code NONE}) and checks that it reads back.
 * Any failure stops the process and throws, naming the log file and quoting its tail.
 *
 * <p>No process is left behind: {@link #close()} stops it (SIGTERM, then forcibly), a JVM shutdown
 * hook does the same if {@code close()} was never called, and the server itself exits when this
 * JVM ends even if the JVM was killed without running its hooks (it watches this JVM's pid).
 *
 * <p>Known differences from Confluent Schema Registry: an incompatible schema is rejected with 409
 * as Confluent does, but {@code error_code} 0 (Confluent: 409); the ids of {@code /schemas/ids/}
 * are content ids (one schema text registered under two subjects has one id, as in Confluent) but
 * a schema that differs only in whitespace gets a new id; {@code GET /config} reports what was last
 * {@code PUT}. JSON Schema and Protobuf are supported besides Avro.
 *
 * <p>Thread-safe. For tests only.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    /** System property naming the server jar ({@code quarkus-run.jar}). */
    public static final String JAR_PROPERTY = "contactshield.registry.server.jar";
    /** Environment variable naming the server jar, used when {@link #JAR_PROPERTY} is not set. */
    public static final String JAR_ENV = "CONTACTSHIELD_REGISTRY_SERVER_JAR";
    /** Where the Confluent-compatible API lives on an Apicurio Registry 2.x server. */
    public static final String API_PATH = "/apis/ccompat/v7";
    /** How to build the jar, for error messages. */
    static final String BUILD_HINT = "build it with `mvn -pl registry-server package` (from the repository root);"
            + " it is written to registry-server/target/quarkus-app/quarkus-run.jar";

    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(90);

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final String HOST = LocalHost.LOOPBACK;
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final int START_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern BACKWARD = Pattern.compile("\"compatibilityLevel\"\\s*:\\s*\"BACKWARD\"");
    /**
     * How the server's log says its port was taken: Vert.x's and the JDK's words, and Quarkus's own
     * ("Port 45077 seems to be in use by another process"), which a CI run met unretried.
     */
    private static final Pattern PORT_IN_USE = Pattern.compile(
            "(?i)port already bound|address already in use|port \\d+ seems to be in use");

    private final Process process;
    private final Path workDir;
    private final Path logFile;
    private final int port;
    private final String url;
    private final Thread shutdownHook;
    private final Object lock = new Object();
    private boolean closed;

    private SchemaRegistryServer(Process process, Path workDir, Path logFile, int port) {
        this.process = process;
        this.workDir = workDir;
        this.logFile = logFile;
        this.port = port;
        this.url = "http://" + HOST + ":" + port + API_PATH;
        this.shutdownHook = new Thread(this::stopProcess, "schema-registry-server-shutdown-" + port);
    }

    /**
     * Starts the server jar with this JVM's {@code java}, waiting at most 90 seconds for it.
     *
     * @param jar the registry server's {@code quarkus-run.jar}
     * @throws IllegalArgumentException if {@code jar} is not a file
     * @throws IllegalStateException if the server does not start, with the tail of its log
     */
    public static SchemaRegistryServer start(Path jar) {
        return start(jar, currentJava(), DEFAULT_START_TIMEOUT);
    }

    /**
     * Starts the server jar with the given {@code java} executable (another JDK, say).
     *
     * @param jar the registry server's {@code quarkus-run.jar}
     * @param java the {@code java} executable to run it with
     * @param startTimeout how long to wait until the server answers
     * @throws IllegalArgumentException if {@code jar} is not a file
     * @throws IllegalStateException if the server does not start, with the tail of its log
     */
    public static SchemaRegistryServer start(Path jar, Path java, Duration startTimeout) {
        return start(jar, java, startTimeout, ProcessHandle.current().pid());
    }

    static SchemaRegistryServer start(Path jar, Path java, Duration startTimeout, long parentPid) {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Path absoluteJar = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absoluteJar)) {
            throw new IllegalArgumentException("Schema registry server jar not found: " + absoluteJar + "; " + BUILD_HINT);
        }
        IllegalStateException failure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(absoluteJar, java, startTimeout, parentPid);
            } catch (PortTakenException e) {
                // Another process took the free port between our probe and the server's bind.
                failure = e;
                LOG.warn("Schema registry server could not bind its port (attempt {} of {}); retrying", attempt, START_ATTEMPTS);
            }
        }
        throw failure;
    }

    private static SchemaRegistryServer startOnce(Path jar, Path java, Duration startTimeout, long parentPid) {
        long started = System.nanoTime();
        Path workDir;
        try {
            workDir = Files.createTempDirectory("contact-shield-registry-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the schema registry server", e);
        }
        Path logFile = workDir.resolve("registry-server.log");
        int port = LocalHost.freePort();
        List<String> command = command(jar, java, port, parentPid);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command) + "; log: " + logFile, e);
        }
        SchemaRegistryServer server = new SchemaRegistryServer(process, workDir, logFile, port);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.awaitReady(startTimeout);
            server.setBackwardCompatibility();
        } catch (RuntimeException e) {
            server.stopProcess();
            server.removeShutdownHook();
            if (e instanceof PortTakenException) {
                throw e;
            }
            throw new IllegalStateException(e.getMessage() + "\nServer log: " + logFile + "\n" + server.logTail(), e);
        }
        LOG.info("Schema registry server (pid {}) ready at {} in {} ms; log: {}", process.pid(), server.url,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logFile);
        return server;
    }

    private static List<String> command(Path jar, Path java, int port, long parentPid) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xmx256m");
        // A short-lived test server: quick start and a small footprint matter more than peak speed.
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xss512k");
        command.add("-XX:-UsePerfData");
        if (javaFeatureVersion(java).orElse(0) >= 24) {
            // JBoss libraries of Quarkus 2.x use sun.misc.Unsafe; JDK 24+ warn about it on every start.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-Dquarkus.http.host=" + HOST);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dcontactshield.parent-pid=" + parentPid);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** The base URL of the Confluent-compatible API, {@code http://127.0.0.1:PORT/apis/ccompat/v7}. */
    public String url() {
        return url;
    }

    /** The server's HTTP port on {@code 127.0.0.1}. */
    public int port() {
        return port;
    }

    /** The server's output (stdout and stderr). */
    public Path logFile() {
        return logFile;
    }

    /** The server process, e.g. to check that it is alive. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /**
     * Stops the server: SIGTERM, then forcibly if it has not exited within 10 seconds. The
     * temporary directory with its log is deleted unless the log holds an {@code ERROR} line.
     * Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopProcess();
        removeShutdownHook();
        String log = readLog();
        if (log.contains(" ERROR ")) {
            LOG.warn("Schema registry server at {} logged errors; its log is kept: {}", url, logFile);
        } else {
            LocalHost.deleteRecursively(workDir);
        }
    }

    @Override
    public String toString() {
        return "SchemaRegistryServer[" + url + ", pid " + process.pid() + "]";
    }

    /** Whether the server's log {@code log} says another process held its port. */
    static boolean portTaken(String log) {
        return PORT_IN_USE.matcher(log).find();
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = httpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/subjects"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                String message = "Schema registry server exited with code " + process.exitValue() + " before it was ready";
                if (portTaken(readLog())) {
                    throw new PortTakenException(message + " (port " + port + " in use)");
                }
                throw new IllegalStateException(message);
            }
            try {
                HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + ": " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the schema registry server", e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Schema registry server did not answer GET " + probe.uri() + " with 200 within "
                        + timeout.toSeconds() + " s (last: " + last + ")");
            }
            LocalHost.sleep(100, "the schema registry server");
        }
    }

    private void setBackwardCompatibility() {
        HttpClient http = httpClient();
        URI config = URI.create(url + "/config");
        try {
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(config)
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", CONTENT_TYPE)
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"BACKWARD\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 200) {
                throw new IllegalStateException("PUT " + config + " answered HTTP " + put.statusCode() + ": " + put.body());
            }
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(config).timeout(REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (get.statusCode() != 200 || !BACKWARD.matcher(get.body()).find()) {
                throw new IllegalStateException("Global compatibility is not BACKWARD after PUT " + config + ": HTTP "
                        + get.statusCode() + ": " + get.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set the global compatibility of " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while configuring the schema registry server", e);
        }
    }

    /** Stops the process, gracefully first. Safe to call more than once and from a shutdown hook. */
    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Schema registry server (pid {}) did not stop within {} s; killing it", process.pid(),
                        STOP_TIMEOUT.toSeconds());
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook runs (or ran) stopProcess().
        }
    }

    String logTail() {
        String[] lines = readLog().split("\\R");
        int from = Math.max(0, lines.length - LOG_TAIL_LINES);
        StringBuilder tail = new StringBuilder("--- last lines of the server log ---\n");
        for (int i = from; i < lines.length; i++) {
            tail.append(lines[i]).append('\n');
        }
        return tail.append("--- end of server log ---").toString();
    }

    private String readLog() {
        try {
            return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e + ")";
        }
    }

    private static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
    }

    /** This JVM's {@code java} launcher. */
    static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        if (Files.isExecutable(fromHome)) {
            return fromHome;
        }
        return ProcessHandle.current().info().command().map(Path::of)
                .orElseThrow(() -> new IllegalStateException("Cannot find the java executable of this JVM (java.home "
                        + System.getProperty("java.home") + ")"));
    }

    /** The feature version of the JDK that {@code java} belongs to, from its {@code release} file. */
    static Optional<Integer> javaFeatureVersion(Path java) {
        if (java.equals(currentJava())) {
            return Optional.of(Runtime.version().feature());
        }
        Path bin = java.toAbsolutePath().getParent();
        Path release = bin == null || bin.getParent() == null ? null : bin.getParent().resolve("release");
        if (release == null || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            properties.load(reader);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            return Optional.of(Runtime.Version.parse(version).feature());
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static java.io.File nullDevice() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        return new java.io.File(windows ? "NUL" : "/dev/null");
    }

    /** The server could not bind its port, taken by another process after we found it free. */
    private static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message);
        }
    }
}
