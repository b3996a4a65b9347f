package io.contactshield.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping servers of its own: no process or port is left behind. */
class SchemaRegistryServerLifecycleIT {

    private static Path jar;

    @BeforeAll
    static void serverJar() {
        jar = SchemaRegistryExtension.serverJar(System::getProperty, System::getenv);
    }

    @Test
    void closeStopsTheProcessAndFreesThePort() throws Exception {
        SchemaRegistryServer server = SchemaRegistryServer.start(jar);
        ProcessHandle process = server.process();
        assertThat(process.isAlive()).isTrue();
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/apis/ccompat/v7");

        server.close();
        server.close(); // idempotent

        assertThat(process.isAlive()).isFalse();
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 1000);
            }
        }).isInstanceOf(ConnectException.class);
    }

    @Test
    void serverExitsWhenItsParentProcessEnds() throws Exception {
        Path sleep = Path.of("/bin/sleep");
        assumeTrue(Files.isExecutable(sleep), "needs /bin/sleep");
        Process parent = new ProcessBuilder(sleep.toString(), "600").start();
        try {
            // Stand-in for a test JVM killed without running its shutdown hooks.
            SchemaRegistryServer server = SchemaRegistryServer.start(jar, SchemaRegistryServer.currentJava(),
                    SchemaRegistryServer.DEFAULT_START_TIMEOUT, parent.pid());
            try {
                ProcessHandle process = server.process();
                parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

                assertThat(process.onExit()).succeedsWithin(Duration.ofSeconds(30));
            } finally {
                server.close();
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void aServerThatCannotStartFailsWithItsLog(@TempDir Path dir) throws IOException {
        Path notAJar = Files.writeString(dir.resolve("quarkus-run.jar"), "not a jar");

        Throwable failure = catchThrowable(() -> SchemaRegistryServer.start(notAJar));

        assertThat(failure)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("--- last lines of the server log ---")
                .hasMessageContaining("jarfile");
        // The log is kept for the developer; this test cleans it up.
        Matcher log = Pattern.compile("Server log: (\\S+registry-server\\.log)").matcher(failure.getMessage());
        assertThat(log.find()).as(failure.getMessage()).isTrue();
        Path logFile = Path.of(log.group(1));
        assertThat(logFile).exists();
        Files.delete(logFile);
        Files.delete(logFile.getParent());
    }
}
