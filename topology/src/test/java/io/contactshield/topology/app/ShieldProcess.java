package io.contactshield.topology.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** contact-shield in a child JVM ({@link ShieldProcessMain}), on this JVM's test class path. */
final class ShieldProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private final int logStart;

    private ShieldProcess(Process process, Path log, int logStart) {
        this.process = process;
        this.log = log;
        this.logStart = logStart;
    }

    static ShieldProcess start(Path properties, Path log) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                ShieldProcessMain.class.getName(), properties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            int logStart = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).length() : 0;
            return new ShieldProcess(builder.start(), log, logStart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the application says it has started; fails with the log's tail if it dies first. */
    ShieldProcess awaitStarted(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (logText().indexOf(ShieldProcessMain.STARTED, logStart) >= 0) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("contact-shield exited with " + process.exitValue() + ":\n" + tail());
            }
            sleep(100);
        }
        throw new AssertionError("contact-shield did not start within " + timeout + ":\n" + tail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no clean close of Kafka Streams, transactions left open. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("contact-shield did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
