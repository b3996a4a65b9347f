package io.contactshield.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code contact-shield keys} against the real broker, with the local KMS. */
class KeysCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path dir;

    private Path config;

    private record Result(int status, String out, String err) {
    }

    @BeforeEach
    void writeConfig(TestInfo test) throws Exception {
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        Path keyFile = dir.resolve("master.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(masterKey));
        config = config(Map.of(
                "bootstrap.servers", KAFKA.bootstrapServers(),
                "keyring.topic", "keyring.cli." + test.getTestMethod().orElseThrow().getName(),
                "kms.provider", "local",
                "kms.local.master.key.file", keyFile.toString(),
                "tenant.acme.kms.key.id", "alias/acme"));
    }

    private Path config(Map<String, String> entries) throws Exception {
        StringBuilder text = new StringBuilder();
        entries.forEach((key, value) -> text.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        Path file = Files.createTempFile(dir, "keys", ".properties");
        Files.writeString(file, text);
        return file;
    }

    private Result run(Map<String, String> environment, Terminal terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ContactShieldCommand.execute(args, new ByteArrayInputStream(new byte[0]), out, err, environment,
                terminal);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result keys(String operation, String... more) {
        List<String> args = new ArrayList<>(List.of("keys", operation, "--tenant", "acme", "--config", config.toString(),
                "--principal", "ops"));
        args.addAll(List.of(more));
        return run(Map.of(), null, args.toArray(String[]::new));
    }

    @Test
    void createThenListShowsVersionOne() {
        Result created = keys("create");
        Result listed = keys("list");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created token key version 1 of tenant acme under KMS key local:alias/acme");
        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("acme\t1\tcurrent\t").contains("local:alias/acme");
    }

    @Test
    void createIsAuditedAsAJsonLineOnStandardError() throws Exception {
        Result created = keys("create");

        JsonNode audit = new ObjectMapper().readTree(created.err().lines()
                .filter(line -> line.startsWith("{")).findFirst().orElseThrow());
        assertThat(audit.get("audit").asText()).isEqualTo("TOKEN_KEY_CREATED");
        assertThat(audit.get("tenantId").asText()).isEqualTo("acme");
        assertThat(audit.get("keyVersion").asInt()).isEqualTo(1);
        assertThat(audit.get("principal").asText()).isEqualTo("ops");
        assertThat(audit.get("kmsKeyId").asText()).isEqualTo("local:alias/acme");
    }

    @Test
    void createOfATenantWithAKeyKeepsIt() {
        keys("create");

        Result again = keys("create");

        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("already has token key version 1; nothing created");
        assertThat(keys("list").out()).doesNotContain("acme\t2\t");
    }

    @Test
    void rotateGivesVersionTwo() {
        keys("create");

        Result rotated = keys("rotate");

        assertThat(rotated.status()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("Rotated tenant acme to token key version 2");
        assertThat(rotated.err()).contains("\"audit\":\"TOKEN_KEY_ROTATED\"");
        assertThat(keys("list").out()).contains("acme\t1\tretired\t", "acme\t2\tcurrent\t");
    }

    @Test
    void rotateWithoutAKeyFails() {
        Result rotated = keys("rotate");

        assertThat(rotated.status()).isEqualTo(1);
        assertThat(rotated.err()).contains("has no token key");
    }

    @Test
    void shredWithoutYesAndWithoutTerminalRefusesAndShredsNothing() {
        keys("create");

        Result shred = keys("shred");

        assertThat(shred.status()).isEqualTo(2);
        assertThat(shred.err()).contains("--yes");
        assertThat(keys("list").out()).contains("acme\t1\tcurrent\t");
    }

    @Test
    void shredWithYesShowsShreddedInList() {
        keys("create");

        Result shred = keys("shred", "--yes");

        assertThat(shred.status()).as(shred.err()).isZero();
        assertThat(shred.out()).contains("Shredded tenant acme through token key version 1");
        assertThat(shred.err()).contains("\"audit\":\"TENANT_SHREDDED\"");
        assertThat(keys("list").out()).contains("acme\t-\tshredded\t");
    }

    @Test
    void shredConfirmedOnTheTerminalShreds() {
        keys("create");
        List<String> prompts = new ArrayList<>();

        Result shred = run(Map.of(), prompt -> {
            prompts.add(prompt);
            return "acme";
        }, "keys", "shred", "--tenant", "acme", "--config", config.toString());

        assertThat(shred.status()).as(shred.err()).isZero();
        assertThat(prompts).singleElement().asString().contains("tenant acme");
        assertThat(keys("list").out()).contains("acme\t-\tshredded\t");
    }

    @Test
    void shredNotConfirmedOnTheTerminalShredsNothing() {
        keys("create");

        Result shred = run(Map.of(), prompt -> "no", "keys", "shred", "--tenant", "acme", "--config", config.toString());

        assertThat(shred.status()).isEqualTo(1);
        assertThat(shred.err()).contains("nothing was shredded");
        assertThat(keys("list").out()).contains("acme\t1\tcurrent\t");
    }

    @Test
    void principalDefaultsToTheOsUserName() {
        Result created = run(Map.of(), null, "keys", "create", "--tenant", "acme", "--config", config.toString());

        assertThat(created.err()).contains("\"principal\":\"" + System.getProperty("user.name") + "\"");
    }

    @Test
    void badValueExitsTwoNamingTheKey() throws Exception {
        Files.writeString(config, "keyring.timeout.ms=soon\n", java.nio.file.StandardOpenOption.APPEND);

        Result listed = keys("list");

        assertThat(listed.status()).isEqualTo(2);
        assertThat(listed.err()).contains("keyring.timeout.ms");
    }

    @Test
    void missingBootstrapServersExitsTwoNamingTheKey() throws Exception {
        config = config(Map.of("kms.provider", "local", "kms.local.master.key.generate", "true"));

        Result listed = keys("list");

        assertThat(listed.status()).isEqualTo(2);
        assertThat(listed.err()).contains("bootstrap.servers");
    }

    @Test
    void misspelledTenantKeyExitsTwoNamingTheKey() throws Exception {
        Files.writeString(config, "tenant.globex.kms.key=alias/globex\n", java.nio.file.StandardOpenOption.APPEND);

        Result listed = keys("list");

        assertThat(listed.status()).isEqualTo(2);
        assertThat(listed.err()).contains("tenant.globex.kms.key:").contains("tenant.<id>.kms.key.id");
    }

    @Test
    void createForATenantWithoutKmsKeyExitsTwoNamingTheKey() {
        Result created = run(Map.of(), null, "keys", "create", "--tenant", "globex", "--config", config.toString());

        assertThat(created.status()).isEqualTo(2);
        assertThat(created.err()).contains("tenant.globex.kms.key.id");
    }

    @Test
    void environmentOverridesTheFile() throws Exception {
        Files.writeString(config, "tenant.acme.kms.key.id=alias/from-file\n", java.nio.file.StandardOpenOption.APPEND);

        Result created = run(Map.of("CONTACT_SHIELD_TENANT_ACME_KMS_KEY_ID", "alias/from-env"), null,
                "keys", "create", "--tenant", "acme", "--config", config.toString(), "--principal", "ops");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("local:alias/from-env");
    }

    @Test
    void unreachableBrokerExitsOne() throws Exception {
        config = config(Map.of("bootstrap.servers", "127.0.0.1:1", "keyring.timeout.ms", "1500",
                "kms.provider", "local", "kms.local.master.key.generate", "true"));

        Result listed = keys("list");

        assertThat(listed.status()).isEqualTo(1);
        assertThat(listed.err()).contains("keyring");
    }
}
