package io.contactshield.topology.cli;

import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.app.AuditTopicSink;
import io.contactshield.topology.app.ContactShieldConfig;
import io.contactshield.topology.tokenize.DetokenizationException;
import io.contactshield.topology.tokenize.Detokenizer;
import io.contactshield.topology.tokenize.Keyring;
import io.contactshield.topology.tokenize.KeyringException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code contact-shield detokenize --config FILE --tenant X [--principal NAME] TOKEN...}: the values
 * of a tenant's reversible tokens, for an operator entrusted with them. Every token asked for is
 * audited on the audit topic ({@code DETOKENIZED} or {@code DETOKENIZE_DENIED}, with the principal,
 * never the value) before anything is printed: an audit that cannot be written prints no value.
 */
@Command(name = "detokenize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Prints the values of a tenant's reversible tokens (tok_TYPE_vN_...), one line per token on standard"
                    + " output: TOKEN<TAB>VALUE. A token that is refused (another tenant's, altered, one-way, shredded"
                    + " tenant, KMS refused) gets a line on standard error instead: TOKEN<TAB>error: REASON: why.",
            "Every token asked for is audited on the audit topic (DETOKENIZED or DETOKENIZE_DENIED, with --principal,"
                    + " never the value) before its value is printed; if the audit cannot be written, no value is"
                    + " printed and the command stops.",
            "Needs read access to the keyring topic, write access to the audit topic, the schema registry, and"
                    + " KMS Decrypt on the tenant's KMS key.",
            "Exit status: 0 every token resolved, 1 a token refused or the audit, keyring or KMS failed,"
                    + " 2 bad options or configuration."
        })
final class DetokenizeCommand implements Callable<Integer> {

    private static final String NAME = "contact-shield detokenize";

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "Properties file (as for run): bootstrap.servers and Kafka security settings, keyring.topic,"
                    + " pipeline.topic.audit, schema.registry.*, kms.*. CONTACT_SHIELD_<KEY> environment variables"
                    + " override it.")
    private Path config;

    @Option(names = "--tenant", required = true, paramLabel = "ID", description = "The tenant whose tokens these are.")
    private String tenant;

    @Option(names = "--principal", defaultValue = "${sys:user.name}", paramLabel = "NAME",
            description = "Who asks, for the audit trail. Default: the OS user name (${DEFAULT-VALUE}).")
    private String principal;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "For format-preserving (digits-only) tokens, which do not name their type: the entity type"
                    + " (e.g. CREDIT_CARD). Needs --key-version.")
    private String type;

    @Option(names = "--key-version", paramLabel = "N",
            description = "For format-preserving tokens: the token key version they were made with (from the record's"
                    + " audit event).")
    private Integer keyVersion;

    @Parameters(paramLabel = "TOKEN", arity = "0..*",
            description = "The tokens; none: one per line from standard input.")
    private List<String> tokens = new ArrayList<>();

    private final Map<String, String> environment;
    private final InputStream in;

    DetokenizeCommand(Map<String, String> environment, InputStream in) {
        this.environment = environment;
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (tenant.isBlank()) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--tenant: must not be blank");
        }
        if (principal == null || principal.isBlank()) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                    "--principal: must not be blank (no OS user name to default to)");
        }
        if ((type == null) != (keyVersion == null)) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "--type and --key-version go together");
        }
        if (tokens.isEmpty()) {
            try {
                tokens = readTokens();
            } catch (IOException e) {
                return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, "I/O error reading tokens: " + e);
            }
            if (tokens.isEmpty()) {
                return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "no TOKEN given, none on standard input");
            }
        }
        ContactShieldConfig settings;
        SchemaRegistryClient registry;
        try {
            settings = ContactShieldConfig.load(config, environment);
            settings.requireKafka();
            registry = OperatorSupport.registry(settings,
                    "detokenizations are audited as Avro AuditEvents on the audit topic");
        } catch (ConfigException e) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE, "configuration error: " + e.getMessage());
        }
        Kms kms;
        try {
            kms = Kmses.create(settings.kms(), new SimpleMeterRegistry());
        } catch (RuntimeException e) {
            registry.close();
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                    "configuration error: the KMS (kms.*) cannot be set up: " + e.getMessage());
        }
        AuditTopicSink audit;
        try {
            audit = OperatorSupport.auditSink(settings, registry);
        } catch (KafkaException e) {
            kms.close();
            registry.close();
            return OperatorSupport.fail(err, NAME, OperatorSupport.USAGE,
                    "configuration error: the audit producer cannot be set up: " + OperatorSupport.kafkaProblem(e));
        }
        try (registry; kms; audit;
                Keyring keyring = new Keyring(settings.keyring("cli-" + principal).withAutoCreate(false), kms,
                        settings.tenantKeys(), audit)) {
            keyring.start();
            Detokenizer detokenizer = new Detokenizer(keyring, audit);
            int refused = 0;
            for (String token : tokens) {
                try {
                    String value = type == null
                            ? detokenizer.detokenize(tenant, token, principal)
                            : detokenizer.detokenizeFormatPreserving(tenant, type, keyVersion, token, principal);
                    out.println(token + "\t" + value);
                    out.flush();
                } catch (DetokenizationException e) {
                    refused++;
                    err.println(token + "\terror: " + e.reason() + ": " + e.getMessage());
                    err.flush();
                } catch (IllegalArgumentException e) {
                    // A type that is not an entity type name.
                    refused++;
                    err.println(token + "\terror: " + e.getMessage());
                    err.flush();
                } catch (IllegalStateException | KafkaException e) {
                    return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, "stopped: " + e.getMessage()
                            + "; no value is printed without its audit event on " + settings.topics().audit());
                }
            }
            if (refused > 0) {
                err.println(NAME + ": " + (tokens.size() - refused) + " of " + tokens.size() + " tokens resolved, "
                        + refused + " refused");
                err.flush();
                return OperatorSupport.FAILED;
            }
            return OperatorSupport.OK;
        } catch (KeyringException e) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, e.getMessage()
                    + "; check that bootstrap.servers is reachable, the keyring topic and the Kafka security settings");
        } catch (IllegalStateException e) {
            return OperatorSupport.fail(err, NAME, OperatorSupport.FAILED, e.getMessage());
        }
    }

    private List<String> readTokens() throws IOException {
        List<String> read = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isBlank()) {
                read.add(line.strip());
            }
        }
        return read;
    }
}
