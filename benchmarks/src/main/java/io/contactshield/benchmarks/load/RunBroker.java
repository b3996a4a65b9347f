package io.contactshield.benchmarks.load;

import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * The broker a load run uses, in one of three places: in this JVM (the default), in a child JVM
 * this run starts ({@link LoadBroker}, optionally pinned to CPUs with {@code taskset -c}), or
 * already running elsewhere at a given address.
 */
final class RunBroker implements AutoCloseable {

    /** Heap of a child broker JVM; the broker alone uses about 40 MiB after GC in the load run. */
    static final String CHILD_HEAP = "-Xmx512m";

    private static final Duration CHILD_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String description;
    private final EmbeddedKafkaBroker inProcess; // null unless in this JVM
    private final Process child; // null unless started by this run

    private RunBroker(String bootstrapServers, String description, EmbeddedKafkaBroker inProcess, Process child) {
        this.bootstrapServers = bootstrapServers;
        this.description = description;
        this.inProcess = inProcess;
        this.child = child;
    }

    /** An {@link EmbeddedKafkaBroker} in this JVM. */
    static RunBroker inProcess() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        return new RunBroker(broker.bootstrapServers(), "in this JVM (EmbeddedKafkaBroker), sharing its CPUs and heap", broker,
                null);
    }

    /** A broker that runs already, e.g. a {@link LoadBroker} started by hand. */
    static RunBroker external(String bootstrapServers) {
        return new RunBroker(bootstrapServers, "another process at " + bootstrapServers + " (--bootstrap-servers)", null, null);
    }

    /**
     * A {@link LoadBroker} in a child JVM (same {@code java} and class path as this one, heap
     * {@value #CHILD_HEAP}), started under {@code taskset -c cpus}, or without {@code taskset} if
     * {@code cpus} is null (it then inherits this JVM's CPU affinity). Its standard error goes to
     * this JVM's; its standard input is a pipe that {@link #close()} (or this JVM's end) closes,
     * which stops it.
     *
     * @throws IllegalStateException if it ends before printing its address
     */
    static RunBroker child(String cpus) throws IOException {
        List<String> command = new ArrayList<>();
        if (cpus != null) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), CHILD_HEAP,
                "-cp", System.getProperty("java.class.path"), LoadBroker.class.getName()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        boolean started = false;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith(LoadBroker.ADDRESS_PREFIX)) {
                // the address line is the first one; anything before it is skipped
            }
            if (line == null) {
                throw new IllegalStateException("The broker process (" + String.join(" ", command.subList(0, command.indexOf("-cp")))
                        + " ... " + LoadBroker.class.getSimpleName() + ") ended before printing its address; exit value "
                        + waitQuietly(process));
            }
            String address = line.substring(LoadBroker.ADDRESS_PREFIX.length()).strip();
            Thread drain = new Thread(() -> drain(lines), "broker-process-stdout");
            drain.setDaemon(true);
            drain.start();
            started = true;
            return new RunBroker(address, "its own JVM (pid " + process.pid() + ", " + CHILD_HEAP + ", started by this run"
                    + (cpus != null ? ", taskset -c " + cpus : ", not pinned") + ") at " + address, null, process);
        } finally {
            if (!started) {
                process.destroyForcibly();
            }
        }
    }

    /** What a Kafka client needs to reach it: {@code bootstrap.servers}. */
    Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return c;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where the broker runs, for the report. */
    String description() {
        return description;
    }

    /** True when the broker shares this JVM: its heap and CPU time are in this JVM's figures. */
    boolean isInProcess() {
        return inProcess != null;
    }

    /**
     * CPU time used so far by the broker's process, in seconds, if this run started it (where the
     * OS reports it); -1 otherwise (in this JVM it is part of the JVM's own CPU time).
     */
    double cpuSeconds() {
        if (child == null) {
            return -1;
        }
        return child.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }

    @Override
    public void close() {
        if (inProcess != null) {
            inProcess.close();
        }
        if (child != null) {
            try {
                child.getOutputStream().close(); // end of its standard input: it shuts the broker down
            } catch (IOException e) {
                // already gone
            }
            try {
                if (!child.waitFor(CHILD_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    child.destroy();
                    if (!child.waitFor(CHILD_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
        }
    }

    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // the child prints nothing else on standard output; keep its pipe from filling
            }
        } catch (IOException e) {
            // the child ended
        }
    }

    private static String waitQuietly(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "(still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }
}
