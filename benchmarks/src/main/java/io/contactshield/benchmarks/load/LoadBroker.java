package io.contactshield.benchmarks.load;

import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/**
 * The load run's Kafka broker in a process of its own: the testkit's {@link EmbeddedKafkaBroker}
 * (KRaft, PLAINTEXT on {@code 127.0.0.1}, the same configuration as the load run's in-process
 * broker), so that it can be given its own CPUs ({@code taskset}) apart from the application.
 *
 * <p>It prints one line, {@code bootstrap.servers=127.0.0.1:PORT}, on standard output once the
 * broker serves clients (logs go to standard error), and runs until it gets SIGTERM or SIGINT, or
 * until its standard input ends (so that a parent that dies takes it along); either way the broker
 * shuts down and its data directory is deleted. With {@code --ignore-stdin} only a signal stops it,
 * for a shell that starts it in the background with standard input at {@code /dev/null}.
 *
 * <pre>
 * taskset -c 0 java -Xmx512m -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.load.LoadBroker
 * </pre>
 *
 * {@code LoadRun --broker-process CPUS} starts it this way itself.
 */
public final class LoadBroker {

    /** What the address line starts with. */
    static final String ADDRESS_PREFIX = "bootstrap.servers=";

    static final String USAGE = String.join("\n",
            "usage: java -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.load.LoadBroker [--ignore-stdin]",
            "  Starts a single-node Kafka broker (KRaft, PLAINTEXT on 127.0.0.1), prints",
            "  " + ADDRESS_PREFIX + "HOST:PORT and runs until SIGTERM/SIGINT or the end of standard input",
            "  --ignore-stdin   run until a signal only (for a background job with stdin at /dev/null)");

    private LoadBroker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean watchStdin = true;
        for (String arg : args) {
            if (arg.equals("--ignore-stdin")) {
                watchStdin = false;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(USAGE);
                return;
            } else {
                System.err.println(arg + ": unknown option");
                System.err.println(USAGE);
                System.exit(2);
                return;
            }
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "load-broker-shutdown"));
        System.out.println(ADDRESS_PREFIX + broker.bootstrapServers());
        System.out.flush();
        if (watchStdin) {
            drain(System.in);
            System.exit(0); // the shutdown hook closes the broker
        }
        new CountDownLatch(1).await(); // until a signal runs the shutdown hook
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // nothing is read from standard input; only its end matters
        }
    }
}
