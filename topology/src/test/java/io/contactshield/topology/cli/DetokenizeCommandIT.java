package io.contactshield.topology.cli;

import static io.contactshield.topology.cli.PipelineHarness.EMAIL;
import static io.contactshield.topology.cli.PipelineHarness.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.cli.PipelineHarness.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contact-shield detokenize} of a token the real pipeline made, with its audit trail on
 * the real broker's audit topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetokenizeCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Pattern EMAIL_TOKEN = Pattern.compile("tok_EMAIL_v1_[A-Za-z0-9_-]+");

    @TempDir
    static Path dir;

    private PipelineHarness pipeline;
    private Path config;
    private String token;

    @BeforeAll
    void protectAnEvent() throws Exception {
        pipeline = new PipelineHarness(KAFKA.bootstrapServers(), dir, "detok");
        Map<String, String> entries = pipeline.entries();
        try (ContactShieldApplication application = pipeline.start(entries)) {
            pipeline.produceAvro(PipelineHarness.event("acme", "c-1"));
            pipeline.recordAudits(1);
        }
        List<ConsumerRecord<byte[], byte[]>> records = pipeline.read(pipeline.topic("protected"), r -> r.size() >= 1);
        ProtectedContactEvent event = new AvroDeserializer<>(MockSchemaRegistry.forScope(pipeline.scope),
                ProtectedContactEvent.class).deserialize(pipeline.topic("protected"), records.get(0).value());
        Matcher matcher = EMAIL_TOKEN.matcher(event.getContact().getAgentNotes());
        assertThat(matcher.find()).as(event.getContact().getAgentNotes()).isTrue();
        token = matcher.group();
        config = pipeline.write(entries, "detok");
    }

    private List<AuditEvent> auditsOf(String principal, int count) {
        return pipeline.audits(events -> events.stream().filter(e -> principal.equals(e.getPrincipal())).count() >= count)
                .stream().filter(e -> principal.equals(e.getPrincipal())).toList();
    }

    @Test
    void aTokenOfThePipelineResolvesToThePlantedValueAndIsAudited() {
        Result result = cli("detokenize", "--config", config.toString(), "--tenant", "acme", "--principal", "auditor-1",
                token);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(token + "\t" + EMAIL + System.lineSeparator());
        List<AuditEvent> audits = auditsOf("auditor-1", 1);
        assertThat(audits).singleElement().satisfies(audit -> {
            assertThat(audit.getAction()).isEqualTo(AuditAction.DETOKENIZED);
            assertThat(audit.getTenantId()).isEqualTo("acme");
            assertThat(audit.getTokenKeyVersion()).isEqualTo(1);
            assertThat(audit.getDetails()).containsEntry("type", "EMAIL");
            assertThat(audit.toString()).doesNotContain(EMAIL);
        });
    }

    @Test
    void tokensCanComeOnStandardInput() {
        Result result = PipelineHarness.cli((token + "\n").getBytes(StandardCharsets.UTF_8), "detokenize", "--config",
                config.toString(), "--tenant", "acme", "--principal", "auditor-stdin");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(token + "\t" + EMAIL);
        assertThat(auditsOf("auditor-stdin", 1)).singleElement()
                .satisfies(audit -> assertThat(audit.getAction()).isEqualTo(AuditAction.DETOKENIZED));
    }

    @Test
    void anotherTenantIsDeniedPrintsNoValueAndIsAudited() {
        Result result = cli("detokenize", "--config", config.toString(), "--tenant", "globex", "--principal", "intruder",
                token);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(token + "\terror: ").doesNotContain(EMAIL);
        assertThat(auditsOf("intruder", 1)).singleElement().satisfies(audit -> {
            assertThat(audit.getAction()).isEqualTo(AuditAction.DETOKENIZE_DENIED);
            assertThat(audit.getTenantId()).isEqualTo("globex");
            assertThat(audit.getReason()).isNotBlank();
        });
    }

    @Test
    void anAlteredTokenIsDenied() {
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Result result = cli("detokenize", "--config", config.toString(), "--tenant", "acme", "--principal", "fiddler",
                altered, token);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEqualTo(token + "\t" + EMAIL + System.lineSeparator());
        assertThat(result.err()).contains(altered + "\terror: AUTHENTICATION_FAILED");
        assertThat(auditsOf("fiddler", 2)).extracting(AuditEvent::getAction)
                .containsExactlyInAnyOrder(AuditAction.DETOKENIZE_DENIED, AuditAction.DETOKENIZED);
    }

    @Test
    void anAuditThatCannotBeWrittenPrintsNoValue() throws Exception {
        Map<String, String> entries = pipeline.entries();
        entries.put("pipeline.topic.audit", pipeline.topic("no-such-audit-topic"));
        entries.put("max.block.ms", "1500");
        entries.put("keyring.timeout.ms", "10000");
        Result result = cli("detokenize", "--config", pipeline.write(entries, "no-audit").toString(), "--tenant", "acme",
                "--principal", "auditor-2", token);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no value is printed without its audit event").doesNotContain(EMAIL);
    }

    @Test
    void noRegistryIsAConfigurationError() throws Exception {
        Map<String, String> entries = pipeline.entries();
        entries.remove("schema.registry.url");
        Result result = cli("detokenize", "--config", pipeline.write(entries, "no-registry").toString(), "--tenant",
                "acme", token);

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("schema.registry.url");
        assertThat(result.out()).isEmpty();
    }
}
