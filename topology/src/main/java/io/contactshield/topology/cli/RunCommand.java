package io.contactshield.topology.cli;

import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.app.ContactShieldConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contact-shield run --config FILE}: the pipeline as a service, until SIGTERM or SIGINT
 * (a graceful shutdown within {@code pipeline.shutdown.timeout.ms}) or until Kafka Streams fails
 * for good. {@code --validate-config} checks the file and the environment and exits.
 *
 * <p>Exit status: after SIGTERM or SIGINT the JVM's own (143 or 130; the shutdown hook closes the
 * application gracefully first), 1 if the pipeline failed (ERROR state, or
 * could not start: topics missing, cluster unreachable), 2 for a bad configuration.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the protection pipeline until stopped (SIGTERM/SIGINT).",
            "Exit status: 143 or 130 stopped by SIGTERM or SIGINT (after a graceful shutdown),",
            "0 --validate-config passed, 1 failed, 2 bad configuration."})
final class RunCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Properties file: Kafka Streams settings (bootstrap.servers, application.id, security),"
                    + " pipeline.*, classify.*, data.key.*, keyring.*, ops.*, kms.*, schema.registry.*,"
                    + " tenant.<id>.kms.key.id, tenant.<id>.connect.instances. CONTACT_SHIELD_<KEY> environment"
                    + " variables override it. See the README.")
    private Path config;

    @Option(names = "--validate-config", description = "Check the configuration, print what is wrong, and exit.")
    private boolean validateOnly;

    private final Map<String, String> environment;

    RunCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContactShieldConfig settings;
        try {
            settings = ContactShieldConfig.load(config, environment);
            settings.requireRunnable();
        } catch (ConfigException e) {
            err.println("contact-shield run: configuration error:");
            for (String problem : String.valueOf(e.getMessage()).split("\n")) {
                err.println("  " + problem);
            }
            err.flush();
            return USAGE;
        }
        for (String key : settings.unknownKafkaKeys()) {
            err.println("contact-shield run: warning: " + key + " is not a key of contact-shield or of Kafka;"
                    + " passed to the Kafka clients as it is");
        }
        if (validateOnly) {
            out.println("configuration OK: " + settings.tenantKeys().byTenant().size() + " tenants, topics "
                    + settings.topics());
            out.flush();
            return OK;
        }
        ContactShieldApplication application;
        try {
            application = ContactShieldApplication.create(settings);
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("contact-shield run: configuration error: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            application.close();
            stopped.countDown();
        }, "contact-shield-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        application.streams().setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                stopped.countDown();
            }
        });
        try {
            application.start();
        } catch (RuntimeException e) {
            err.println("contact-shield run: could not start: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (application.streams().state() == KafkaStreams.State.ERROR) {
            err.println("contact-shield run: Kafka Streams failed; see the log");
            err.flush();
            application.close();
            return FAILED;
        }
        return OK;
    }
}
