package io.contactshield.topology.cli;

import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.app.AuditTopicSink;
import io.contactshield.topology.tokenize.Keyring;
import io.contactshield.topology.tokenize.KeyringAdmin;
import io.contactshield.topology.tokenize.KeyringException;
import io.contactshield.topology.tokenize.TokenKeyException;
import io.contactshield.topology.tokenize.TokenAuditSink;
import io.contactshield.topology.tokenize.TokenKeyInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.contactshield.topology.app.ContactShieldConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code contact-shield keys list|create|rotate|shred --tenant X --config FILE}: the lifecycle of
 * a tenant's token keys on the keyring topic. Create, rotate and shred are audited as JSON lines
 * on standard error ({@link JsonLineAuditSink}) and, when the configuration names a schema
 * registry, as AuditEvents on the audit topic too ({@link TeeAuditSink}). Exit status 0 ok, 1 the operation failed (broker,
 * KMS, no key to rotate, shred not confirmed), 2 bad options or configuration.
 */
@Command(name = "keys",
        mixinStandardHelpOptions = true,
        description = {
            "Lists, creates, rotates and crypto-shreds a tenant's token keys on the keyring topic.",
            "Create, rotate and shred are audited as a JSON line on standard error and, when the configuration has"
                    + " schema.registry.url, as an AuditEvent on the audit topic (pipeline.topic.audit); if that write"
                    + " fails the command exits 1, saying the operation itself was done.",
            "Exit status: 0 done, 1 the operation failed (broker or KMS unreachable, KMS refused, nothing to"
                    + " rotate, shred not confirmed), 2 bad options or configuration."
        })
final class KeysCommand implements Runnable {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a keys command: list, create, rotate or shred");
    }

    /** The {@code keys} command with its subcommands. */
    static CommandLine commandLine(Map<String, String> environment, Terminal terminal) {
        return new CommandLine(new KeysCommand())
                .addSubcommand("list", new ListKeys(environment))
                .addSubcommand("create", new CreateKey(environment))
                .addSubcommand("rotate", new RotateKey(environment))
                .addSubcommand("shred", new ShredKeys(environment, terminal));
    }

    /** What every key command shares: options, configuration, and the keyring's lifetime. */
    abstract static class KeyOperation implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--tenant", required = true, paramLabel = "ID", description = "The tenant.")
        String tenant;

        @Option(names = "--config", required = true, paramLabel = "FILE",
                description = "Properties file: bootstrap.servers and other Kafka client settings, keyring.topic,"
                        + " keyring.timeout.ms, kms.*, tenant.<id>.kms.key.id. CONTACT_SHIELD_<KEY> environment"
                        + " variables override it.")
        Path config;

        @Option(names = "--principal", defaultValue = "${sys:user.name}", paramLabel = "NAME",
                description = "Who asks, for the audit trail. Default: the OS user name (${DEFAULT-VALUE}).")
        String principal;

        private final Map<String, String> environment;

        KeyOperation(Map<String, String> environment) {
            this.environment = environment;
        }

        /** Whether the operation needs the tenant's KMS key in the configuration. */
        boolean needsKmsKey() {
            return false;
        }

        /** Whether the operation writes audit events (to the audit topic too, when a registry is configured). */
        boolean audited() {
            return true;
        }

        /** Asks what must be asked before anything is written; null to go on, else the exit status. */
        Integer confirm(PrintWriter err) {
            return null;
        }

        abstract void run(Keyring keyring, PrintWriter out);

        @Override
        public final Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String name = "contact-shield keys " + spec.name();
            if (tenant.isBlank()) {
                return fail(err, name, USAGE, "--tenant: must not be blank");
            }
            if (principal == null || principal.isBlank()) {
                return fail(err, name, USAGE, "--principal: must not be blank (no OS user name to default to)");
            }
            ContactShieldConfig settings;
            try {
                settings = ContactShieldConfig.load(config, environment);
                settings.requireKafka();
                if (needsKmsKey() && !settings.tenantKeys().knows(tenant)) {
                    throw new ConfigException("tenant." + tenant + ".kms.key.id: missing; " + spec.name()
                            + " needs the KMS key that wraps the tenant's token keys");
                }
            } catch (ConfigException e) {
                return fail(err, name, USAGE, "configuration error: " + e.getMessage());
            }
            Integer confirmed = confirm(err);
            if (confirmed != null) {
                return confirmed;
            }
            Kms kms;
            try {
                kms = Kmses.create(settings.kms(), new SimpleMeterRegistry());
            } catch (RuntimeException e) {
                return fail(err, name, USAGE, "configuration error: the KMS (kms.*) cannot be set up: " + e.getMessage());
            }
            SchemaRegistryClient registry = null;
            AuditTopicSink topicSink = null;
            TokenAuditSink audit = new JsonLineAuditSink(err);
            if (audited() && OperatorSupport.hasRegistry(settings)) {
                try {
                    registry = OperatorSupport.registry(settings, "");
                    topicSink = OperatorSupport.auditSink(settings, registry);
                } catch (KafkaException e) { // ConfigException included
                    kms.close();
                    if (registry != null) {
                        registry.close();
                    }
                    return fail(err, name, USAGE, "configuration error: the audit topic's producer cannot be set up: "
                            + (e instanceof ConfigException ? e.getMessage() : OperatorSupport.kafkaProblem(e)));
                }
                audit = new TeeAuditSink(audit, topicSink, settings.topics().audit());
            }
            try (kms; AutoCloseable closeRegistry = registry; AutoCloseable closeSink = topicSink;
                    Keyring keyring = new Keyring(settings.keyring("cli-" + principal), kms, settings.tenantKeys(),
                    audit)) {
                keyring.start();
                run(keyring, out);
                out.flush();
                return OK;
            } catch (KeyringException e) {
                return fail(err, name, FAILED, e.getMessage() + causeOf(e)
                        + "; check that bootstrap.servers is reachable and the Kafka security settings");
            } catch (KmsException | TokenKeyException e) {
                return fail(err, name, FAILED, e.getMessage());
            } catch (IllegalStateException e) {
                // The keyring topic exists but is not usable (partitions, compaction), or the audit topic
                // could not be written (TeeAuditSink).
                return fail(err, name, FAILED, e.getMessage());
            } catch (Exception e) {
                // Closing the registry client or the audit producer.
                return fail(err, name, FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        private static String causeOf(Throwable e) {
            Throwable cause = e.getCause();
            while (cause != null && cause.getCause() != null
                    && cause.getClass().getName().startsWith("java.util.concurrent.")) {
                cause = cause.getCause();
            }
            return cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
        }

        static int fail(PrintWriter err, String name, int status, String message) {
            err.println(name + ": " + message);
            err.flush();
            return status;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Shows the tenant's live token key versions, tab-separated: tenant, version, state"
                    + " (current, retired, shredded or none), created, KMS key. No key material.")
    static final class ListKeys extends KeyOperation {

        ListKeys(Map<String, String> environment) {
            super(environment);
        }

        @Override
        boolean audited() {
            return false;
        }

        @Override
        void run(Keyring keyring, PrintWriter out) {
            out.println("tenant\tversion\tstate\tcreated\tkms_key");
            List<TokenKeyInfo> keys = keyring.keys(tenant);
            if (keys.isEmpty()) {
                out.println(tenant + "\t-\t" + (keyring.isShredded(tenant) ? "shredded" : "none") + "\t-\t-");
            }
            for (TokenKeyInfo key : keys) {
                out.println(tenant + "\t" + key.version() + "\t" + (key.current() ? "current" : "retired") + "\t"
                        + key.createdAt() + "\t" + key.kmsKeyId());
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Gives the tenant its first token key, or its first after a shred. A tenant that has a key"
                    + " keeps it (nothing is created, status 0).")
    static final class CreateKey extends KeyOperation {

        CreateKey(Map<String, String> environment) {
            super(environment);
        }

        @Override
        boolean needsKmsKey() {
            return true;
        }

        @Override
        void run(Keyring keyring, PrintWriter out) {
            boolean had = !keyring.keys(tenant).isEmpty();
            TokenKeyInfo key = new KeyringAdmin(keyring).create(tenant, principal);
            out.println(had
                    ? "Tenant " + tenant + " already has token key version " + key.version() + "; nothing created"
                    : "Created token key version " + key.version() + " of tenant " + tenant + " under KMS key "
                            + key.kmsKeyId());
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Creates the next version of the tenant's token key; new tokens use it, older tokens still"
                    + " detokenize. Tokens of one value differ across versions, so joins across a rotation break.")
    static final class RotateKey extends KeyOperation {

        RotateKey(Map<String, String> environment) {
            super(environment);
        }

        @Override
        boolean needsKmsKey() {
            return true;
        }

        @Override
        void run(Keyring keyring, PrintWriter out) {
            TokenKeyInfo key = new KeyringAdmin(keyring).rotate(tenant, principal);
            out.println("Rotated tenant " + tenant + " to token key version " + key.version());
        }
    }

    @Command(name = "shred", mixinStandardHelpOptions = true,
            description = "Crypto-shreds the tenant: every version of its token key is dropped, so its tokens can"
                    + " never be detokenized again. Asks for confirmation on the terminal unless --yes; without a"
                    + " terminal and without --yes it refuses (status 2).")
    static final class ShredKeys extends KeyOperation {

        @Option(names = "--yes", description = "Do not ask for confirmation.")
        boolean yes;

        private final Terminal terminal;

        ShredKeys(Map<String, String> environment, Terminal terminal) {
            super(environment);
            this.terminal = terminal;
        }

        @Override
        Integer confirm(PrintWriter err) {
            String name = "contact-shield keys shred";
            if (yes) {
                return null;
            }
            if (terminal == null) {
                return fail(err, name, USAGE, "refusing to shred without confirmation: no terminal to ask on;"
                        + " pass --yes to shred tenant " + tenant);
            }
            String answer = terminal.readLine("Shred every token key of tenant " + tenant + "? Its tokens can never"
                    + " be detokenized again. Type the tenant id to confirm: ");
            if (answer == null || !answer.strip().equals(tenant)) {
                return fail(err, name, FAILED, "not confirmed; nothing was shredded");
            }
            return null;
        }

        @Override
        void run(Keyring keyring, PrintWriter out) {
            int through = new KeyringAdmin(keyring).shred(tenant, principal);
            out.println(through == 0
                    ? "Shredded tenant " + tenant + " (it had no token key)"
                    : "Shredded tenant " + tenant + " through token key version " + through);
        }
    }
}
