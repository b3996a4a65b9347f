package io.contactshield.topology.cli;

import static io.contactshield.topology.cli.PipelineHarness.EMAIL;
import static io.contactshield.topology.cli.PipelineHarness.PHONE;
import static io.contactshield.topology.cli.PipelineHarness.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.cli.PipelineHarness.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contact-shield tail} over what the real pipeline wrote on the real broker: two Avro events
 * and one Connect contact record of tenant acme (protected), a record that is not Avro and an event
 * of an unconfigured tenant (dead letters under the quarantine key).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TailCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACT_RECORD = "{\"ContactId\":\"ctr-1\",\"AWSAccountId\":\""
            + PipelineHarness.ACCOUNT + "\",\"LastUpdateTimestamp\":\"2024-05-01T10:00:00Z\","
            + "\"Attributes\":{\"note\":\"mail " + EMAIL + "\"}}";

    @TempDir
    static Path dir;

    private PipelineHarness pipeline;
    private Path config;
    private Path brokenKms;
    private Path otherKey;

    @BeforeAll
    void runThePipeline() throws Exception {
        pipeline = new PipelineHarness(KAFKA.bootstrapServers(), dir, "tail");
        Map<String, String> entries = pipeline.entries();
        try (ContactShieldApplication application = pipeline.start(entries)) {
            pipeline.produceAvro(PipelineHarness.event("acme", "c-1"), PipelineHarness.event("acme", "c-2"));
            pipeline.produce(pipeline.topic("ctr"), "ctr-1".getBytes(StandardCharsets.UTF_8),
                    CONTACT_RECORD.getBytes(StandardCharsets.UTF_8));
            pipeline.produce(pipeline.topic("raw"), null, ("garbage " + EMAIL).getBytes(StandardCharsets.UTF_8));
            pipeline.produceAvro(PipelineHarness.event("globex", "g-1"));
            pipeline.recordAudits(5);
        }
        config = pipeline.write(entries, "tail");
        entries.put("kms.local.master.key.file", dir.resolve("no-such-master.key").toString());
        brokenKms = pipeline.write(entries, "broken-kms");
        entries.put("kms.local.master.key.file", pipeline.masterKey("other.key").toString());
        otherKey = pipeline.write(entries, "other-key");
    }

    private Result tail(Path file, String topic, String... more) {
        List<String> args = new ArrayList<>(List.of("tail", "--config", file.toString(), "--topic",
                pipeline.topic(topic), "--from-beginning", "--timeout-ms", "2000"));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    private static List<JsonNode> lines(Result result) {
        return result.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    @Test
    void protectedEventsWithoutDecryptShowTokensAndNeverTheKms() {
        // The KMS of this configuration cannot be built (no master key file): tail must not try.
        Result result = tail(brokenKms, "protected");

        assertThat(result.status()).as(result.err()).isZero();
        List<JsonNode> lines = lines(result);
        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.get("schema").asText()).isEqualTo("io.contactshield.schemas.ProtectedContactEvent");
            assertThat(line.has("original")).isFalse();
            assertThat(line.at("/value/payload/envelope/length").asInt()).isPositive();
        });
        assertThat(result.out()).contains("tok_EMAIL_v1_").doesNotContain(EMAIL).doesNotContain(PHONE);
        assertThat(result.err()).contains("3 records from " + pipeline.topic("protected"));
    }

    @Test
    void decryptWithAKmsThatCannotBeBuiltIsAConfigurationError() {
        Result result = tail(brokenKms, "protected", "--decrypt");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("KMS");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void protectedEventsWithDecryptShowTheOriginalInput() {
        Result result = tail(config, "protected", "--decrypt");

        assertThat(result.status()).as(result.err()).isZero();
        List<JsonNode> lines = lines(result);
        assertThat(lines).hasSize(3);
        List<JsonNode> avro = lines.stream()
                .filter(l -> l.at("/original/format").asText().equals("CONFLUENT_AVRO")).toList();
        assertThat(avro).hasSize(2).allSatisfy(line -> {
            assertThat(line.at("/original/contact/agentNotes").asText()).isEqualTo("send the receipt to " + EMAIL);
            assertThat(line.at("/original/contact/customerEndpoint/address").asText()).isEqualTo(PHONE);
            assertThat(line.at("/value/contact/agentNotes").asText()).doesNotContain(EMAIL);
        });
        JsonNode connect = lines.stream()
                .filter(l -> l.at("/original/format").asText().equals("CONNECT_CTR_JSON")).findFirst().orElseThrow();
        assertThat(connect.at("/original/record/ContactId").asText()).isEqualTo("ctr-1");
        assertThat(connect.at("/original/record/Attributes/note").asText()).isEqualTo("mail " + EMAIL);
    }

    @Test
    void deadLettersWithoutDecryptShowNoOriginal() {
        Result result = tail(brokenKms, "dlq");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(lines(result)).hasSize(2).allSatisfy(line -> {
            assertThat(line.get("schema").asText()).isEqualTo("io.contactshield.schemas.DeadLetter");
            assertThat(line.has("original")).isFalse();
            assertThat(line.at("/value/original/keyScope").asText()).isEqualTo("QUARANTINE");
        });
        assertThat(result.out()).doesNotContain(EMAIL).doesNotContain("garbage");
    }

    @Test
    void deadLettersWithDecryptShowTheOriginalRecord() {
        Result result = tail(config, "dlq", "--decrypt");

        assertThat(result.status()).as(result.err()).isZero();
        List<JsonNode> lines = lines(result);
        JsonNode garbage = lines.stream().filter(l -> l.at("/value/reason").asText().equals("MALFORMED_BYTES"))
                .findFirst().orElseThrow();
        assertThat(garbage.at("/original/value").asText()).isEqualTo("garbage " + EMAIL);
        assertThat(garbage.at("/original/key").isNull()).isTrue();
        assertThat(garbage.at("/original/timestamp").asText()).isNotEmpty();
        JsonNode globex = lines.stream().filter(l -> l.at("/value/reason").asText().equals("UNKNOWN_TENANT"))
                .findFirst().orElseThrow();
        assertThat(globex.at("/original/key").asText()).isEqualTo("g-1");
        assertThat(globex.at("/original/valueBase64").asText()).isNotEmpty();
        assertThat(globex.at("/original/valueAvro/tenantId").asText()).isEqualTo("globex");
        assertThat(globex.at("/original/valueAvro/agentNotes").asText()).contains(EMAIL);
    }

    @Test
    void auditEventsHaveNothingToDecrypt() {
        Result result = tail(config, "audit", "--decrypt");

        assertThat(result.status()).as(result.err()).isZero();
        List<JsonNode> lines = lines(result);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("schema").asText()).isEqualTo("io.contactshield.schemas.AuditEvent");
            assertThat(line.has("original")).isFalse();
        });
        assertThat(lines.stream().map(l -> l.at("/value/action").asText()))
                .contains("PROTECTED", "DEAD_LETTERED", "TOKEN_KEY_CREATED", "DATA_KEY_GENERATED");
        assertThat(result.out()).doesNotContain(EMAIL);
    }

    @Test
    void aWrongKeyGivesAnErrorPerRecordAndExitsOne() {
        Result result = tail(otherKey, "protected", "--decrypt");

        assertThat(result.status()).isEqualTo(1);
        assertThat(lines(result)).hasSize(3).allSatisfy(line -> {
            assertThat(line.has("decryptError")).isTrue();
            assertThat(line.has("original")).isFalse();
            assertThat(line.get("value")).isNotNull();
        });
        assertThat(result.out()).doesNotContain(EMAIL);
        assertThat(result.err()).contains("3 could not be decoded or decrypted");
    }

    @Test
    void anInputTopicIsShownByLengthOnly() {
        Result result = tail(config, "raw", "--decrypt");

        List<JsonNode> lines = lines(result);
        assertThat(lines).hasSize(4);
        assertThat(lines.stream().filter(l -> l.has("schema"))).hasSize(3).allSatisfy(line -> {
            assertThat(line.get("schema").asText()).isEqualTo("io.contactshield.schemas.ContactEvent");
            assertThat(line.has("value")).isFalse();
            assertThat(line.get("valueBytes").asInt()).isPositive();
        });
        assertThat(result.out()).doesNotContain(EMAIL).doesNotContain(PHONE).doesNotContain("garbage");
        // The record that is not Avro at all is an error, so the status says something was not shown.
        assertThat(result.status()).isEqualTo(1);
    }

    @Test
    void maxStopsAfterNRecords() {
        Result result = cli("tail", "--config", config.toString(), "--topic", pipeline.topic("protected"),
                "--from-beginning", "--max", "1");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(lines(result)).hasSize(1);
        assertThat(result.err()).contains("1 records");
    }

    @Test
    void aMissingTopicExitsOne() {
        Result result = cli("tail", "--config", config.toString(), "--topic", pipeline.topic("nope"),
                "--timeout-ms", "500");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("does not exist");
    }

    @Test
    void noRegistryIsAConfigurationError() throws Exception {
        Map<String, String> entries = pipeline.entries();
        entries.remove("schema.registry.url");
        Result result = cli("tail", "--config", pipeline.write(entries, "no-registry").toString(), "--topic",
                pipeline.topic("protected"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("schema.registry.url");
    }

    @Test
    void helpDescribesTheExitStatus() {
        Result result = cli("tail", "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("--decrypt", "--from-beginning", "--max", "Exit status");
    }
}
