package io.contactshield.testkit.registry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving test classes a real Confluent-API schema registry: the one
 * {@link SchemaRegistryServer} of this test JVM.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();
 *
 * @Test
 * void registers() {
 *     String url = REGISTRY.url(); // http://127.0.0.1:PORT/apis/ccompat/v7
 * }
 * }</pre>
 *
 * <p>The server starts before the first test class that uses it and is shared by every later one
 * (it lives in the root {@link ExtensionContext.Store}); JUnit closes it when the test run ends.
 * Since it is shared, use subject names unique to the test. Register it on a {@code static}
 * field: it implements {@link BeforeAllCallback} only.
 *
 * <p>Configuration (system properties, e.g. from failsafe's {@code systemPropertyVariables}):
 * <ul>
 *   <li>{@value SchemaRegistryServer#JAR_PROPERTY} (or the environment variable
 *       {@value SchemaRegistryServer#JAR_ENV}): the server jar,
 *       {@code registry-server/target/quarkus-app/quarkus-run.jar}. If it is not set or names no
 *       file, the tests fail (they are not skipped) with a message saying how to build it:
 *       {@code mvn -pl registry-server package}.</li>
 *   <li>{@value #URL_PROPERTY}: the base URL of the Confluent API of a registry that is already
 *       running (e.g. {@code http://localhost:8081} for Confluent Schema Registry, or
 *       {@code http://localhost:8080/apis/ccompat/v7} for Apicurio Registry); no server is started
 *       then, and the registry's configuration is left as it is (tests expect global compatibility
 *       {@code BACKWARD}, Confluent's default).</li>
 * </ul>
 */
public final class SchemaRegistryExtension implements BeforeAllCallback {

    /** System property: use the registry at this URL instead of starting one. */
    public static final String URL_PROPERTY = "contactshield.registry.url";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SchemaRegistryExtension.class);
    private static final String KEY = "server";

    private volatile String url;

    @Override
    public void beforeAll(ExtensionContext context) {
        String external = System.getProperty(URL_PROPERTY, "").strip();
        if (!external.isEmpty()) {
            url = checkExternal(external);
            return;
        }
        // JUnit 5.13+ closes AutoCloseable store values when the store's context (here: the run) ends.
        SchemaRegistryServer server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> SchemaRegistryServer.start(serverJar(System::getProperty, System::getenv)),
                        SchemaRegistryServer.class);
        url = server.url();
    }

    /** The base URL of the registry's Confluent API, without a trailing slash. */
    public String url() {
        String u = url;
        if (u == null) {
            throw new IllegalStateException("Schema registry not started: register SchemaRegistryExtension on a static field"
                    + " with @RegisterExtension, and use it from tests or @BeforeAll/@BeforeEach methods");
        }
        return u;
    }

    /**
     * The server jar named by {@value SchemaRegistryServer#JAR_PROPERTY} or
     * {@value SchemaRegistryServer#JAR_ENV}.
     *
     * @throws ExtensionConfigurationException if neither names an existing file
     */
    static Path serverJar(Function<String, String> properties, Function<String, String> environment) {
        String fromProperty = properties.apply(SchemaRegistryServer.JAR_PROPERTY);
        String fromEnvironment = environment.apply(SchemaRegistryServer.JAR_ENV);
        boolean useProperty = fromProperty != null && !fromProperty.isBlank();
        String value = useProperty ? fromProperty : fromEnvironment;
        if (value == null || value.isBlank()) {
            throw new ExtensionConfigurationException("No schema registry server jar: set the system property "
                    + SchemaRegistryServer.JAR_PROPERTY + " (or the environment variable " + SchemaRegistryServer.JAR_ENV
                    + ") to its path, or " + URL_PROPERTY + " to the URL of a running registry. To get the jar, "
                    + SchemaRegistryServer.BUILD_HINT + ".");
        }
        Path jar = Path.of(value.strip()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new ExtensionConfigurationException("Schema registry server jar not found: " + jar + " (from "
                    + (useProperty ? "system property " + SchemaRegistryServer.JAR_PROPERTY
                            : "environment variable " + SchemaRegistryServer.JAR_ENV)
                    + "). To get it, " + SchemaRegistryServer.BUILD_HINT + ".");
        }
        return jar;
    }

    private static String checkExternal(String configured) {
        String base = configured.replaceAll("/+$", "");
        URI subjects = URI.create(base + "/subjects");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(subjects).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ExtensionConfigurationException("The schema registry at " + URL_PROPERTY + "=" + configured
                        + " answered GET " + subjects + " with HTTP " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new ExtensionConfigurationException("Cannot reach the schema registry at " + URL_PROPERTY + "=" + configured
                    + " (GET " + subjects + "): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtensionConfigurationException("Interrupted while checking the schema registry at " + configured, e);
        }
        return base;
    }
}
