package io.contactshield.demo;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code contact-shield demo}: the whole pipeline with no setup. Starts a single-node KRaft broker
 * in this JVM, an in-memory schema registry and the local KMS; runs the real
 * {@code ContactShieldApplication} against them; publishes invented contact-centre traffic for
 * several tenants; reads the protected, audit and dead-letter topics back; and prints what
 * happened, with one event before and after. {@code java -jar contact-shield-demo.jar [demo] [options]}.
 *
 * <p>Exit status: 0 when every input record was accounted for, 1 if processing failed or did not
 * complete within {@code --timeout}, 2 for bad options.
 */
@Command(name = "contact-shield demo", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = EmbeddedDemo.Version.class,
        description = {
            "Runs contact-shield end to end on a real in-process Kafka broker (KRaft), an in-memory schema",
            "registry and a local KMS, with generated contact events for several tenants, and prints what",
            "was protected, dead-lettered and dropped as a duplicate, the findings, KMS calls and data-key",
            "cache figures, and one event before and after. Everything runs in this JVM and a temp dir that",
            "is removed at the end. All personal data in the generated events is invented.",
            "Exit status: 0 done, 1 processing failed or timed out, 2 bad options."})
public final class EmbeddedDemo implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", defaultValue = "2000",
            description = "Generated input records (default ${DEFAULT-VALUE}): about 94%% Avro contact events, 5%% Amazon"
                    + " Connect contact records (one an exact repeat), 1%% malformed. At least "
                    + ContactGenerator.MIN_EVENTS + ".")
    private int events;

    @Option(names = "--tenants", paramLabel = "T", defaultValue = "3",
            description = "Demo tenants, 1 to " + DemoTenant.MAX + " (default ${DEFAULT-VALUE}), each with its own KMS"
                    + " key, token key and Connect instance.")
    private int tenants;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Newline-delimited Amazon Connect contact records (one JSON object per line), published to"
                    + " connect.ctr.raw besides the generated events. Every InstanceARN in it is routed to a demo"
                    + " tenant.")
    private Path input;

    @Option(names = "--dump", paramLabel = "DIR",
            description = "After processing, write protected.jsonl, audit.jsonl and dlq.jsonl to DIR: one JSON"
                    + " object per Kafka record (topic, partition, offset, timestamp, key, value), Avro as JSON,"
                    + " bytes as base64.")
    private Path dump;

    @Option(names = "--metrics-port", paramLabel = "P", defaultValue = "0",
            description = "Port of the pipeline's /metrics and health endpoint on 127.0.0.1 (default 0: a free"
                    + " port, printed at start).")
    private int metricsPort;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long processing may take once the input is published (default ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20260302",
            description = "Seed of the generator; the same seed gives the same events (default ${DEFAULT-VALUE}).")
    private long seed;

    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    EmbeddedDemo(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        // The topology jar carries a logback.xml of its own; the demo's keeps the console for the report.
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, "contact-shield-demo-logback.xml");
        }
        System.exit(execute(System.out, System.err, isTerminal(), args));
    }

    /**
     * Runs the demo with {@code args} (an optional leading {@code demo} is the command's name)
     * and returns its exit status.
     */
    static int execute(PrintStream out, PrintStream err, boolean interactive, String... args) {
        String[] arguments = args.length > 0 && "demo".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine command = new CommandLine(new EmbeddedDemo(out, err, interactive));
        command.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        command.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return command.execute(arguments);
    }

    @Override
    public Integer call() {
        String problem = check();
        if (problem != null) {
            err.println("contact-shield demo: " + problem);
            return 2;
        }
        InputFile file;
        try {
            file = input == null ? InputFile.none() : InputFile.read(input);
        } catch (IOException e) {
            err.println("contact-shield demo: --input: cannot read " + input + " (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
        DemoOptions options = new DemoOptions(events, tenants, input, dump, metricsPort,
                Duration.ofSeconds(timeoutSeconds), seed, interactive);
        try {
            return new DemoRun(options, file, out).run();
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println("contact-shield demo: FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return DemoRun.FAILED;
        }
    }

    private String check() {
        if (events < ContactGenerator.MIN_EVENTS) {
            return "--events must be at least " + ContactGenerator.MIN_EVENTS;
        }
        if (tenants < 1 || tenants > DemoTenant.MAX) {
            return "--tenants must be 1 to " + DemoTenant.MAX;
        }
        if (metricsPort < 0 || metricsPort > 65535) {
            return "--metrics-port must be 0 to 65535";
        }
        if (timeoutSeconds < 1) {
            return "--timeout must be at least 1 second";
        }
        return null;
    }

    // From Java 22 System.console() may be non-null without a terminal; Console.isTerminal() tells.
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = EmbeddedDemo.class.getPackage().getImplementationVersion();
            return new String[] {"contact-shield demo " + (version == null ? "development" : version)};
        }
    }
}
