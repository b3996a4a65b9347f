package io.contactshield.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged command line, {@code bin/contact-shield classify}, as a user would. */
class ClassifyCliIT {

    private static final Path LAUNCHER = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath().resolve("../bin/contact-shield").normalize();

    private record Result(int status, String out, String err) {
    }

    private static Result run(byte[] input, String... args) throws Exception {
        assumeThat(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")))
                .as("bash").isTrue();
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // A platform default that is not UTF-8 must not change what the command reads or writes.
        builder.environment().put("JAVA_OPTS", "-Dfile.encoding=ISO-8859-1 -Dstdout.encoding=ISO-8859-1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void launcherClassifiesJsonLinesInOrderWithCodePointOffsets() throws Exception {
        String input = """
                {"id": "1", "text": "Hi, my email is jane.roe@example.com"}
                {"id": "2", "text": "nothing to see"}
                not json
                {"id": "4", "text": "\u00e9\ud83d\ude00 jane.roe@example.com"}
                """;

        Result result = run(input.getBytes(StandardCharsets.UTF_8), "classify");

        assertThat(result.status()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"id\":\"1\",\"findings\":[{\"type\":\"EMAIL\",\"start\":16,\"end\":36,");
        assertThat(lines.get(1)).isEqualTo("{\"id\":\"2\",\"findings\":[]}");
        assertThat(lines.get(2)).startsWith("{\"line\":3,\"error\":").doesNotContain("not json");
        assertThat(lines.get(3)).startsWith("{\"id\":\"4\",\"findings\":[{\"type\":\"EMAIL\",\"start\":3,\"end\":23,");
    }

    @Test
    void launcherPassesUsageErrorsThrough() throws Exception {
        Result result = run(new byte[0], "classify", "--region", "XY");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--region");
    }

    @Test
    void launcherPrintsTheVersionOfThePackagedJar() throws Exception {
        Result result = run(new byte[0], "--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("contact-shield ").doesNotContain("development build");
    }
}
