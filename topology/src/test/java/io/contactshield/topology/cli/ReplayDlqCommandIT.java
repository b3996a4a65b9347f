package io.contactshield.topology.cli;

import static io.contactshield.topology.cli.PipelineHarness.EMAIL;
import static io.contactshield.topology.cli.PipelineHarness.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contact-shield replay-dlq} with the real pipeline on the real broker: events of tenant
 * globex are dead-lettered (UNKNOWN_TENANT) until globex is configured, then replayed and
 * protected, exactly once and audited; a replayed record that fails again is dead-lettered with
 * attempts 2.
 */
class ReplayDlqCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path dir;

    private static long count(List<AuditEvent> audits, AuditAction action) {
        return audits.stream().filter(a -> a.getAction() == action).count();
    }

    @Test
    void deadLettersOfAnUnknownTenantAreReplayedOnceAfterTheTenantIsConfigured() throws Exception {
        PipelineHarness pipeline = new PipelineHarness(KAFKA.bootstrapServers(), dir, "replay");
        Map<String, String> entries = pipeline.entries();
        try (ContactShieldApplication application = pipeline.start(entries)) {
            pipeline.produceAvro(PipelineHarness.event("acme", "c-1"), PipelineHarness.event("globex", "g-1"),
                    PipelineHarness.event("globex", "g-2"), PipelineHarness.event("globex", "g-3"));
            pipeline.produce(pipeline.topic("raw"), null, ("garbage " + EMAIL).getBytes(StandardCharsets.UTF_8));
            List<AuditEvent> first = pipeline.recordAudits(5);
            assertThat(count(first, AuditAction.DEAD_LETTERED)).isEqualTo(4);
        }
        entries.put("tenant.globex.kms.key.id", "local:globex");
        Path fixed = pipeline.write(entries, "fixed");

        // A dry run shows the three, and writes and commits nothing.
        Result dryRun = cli("replay-dlq", "--config", fixed.toString(), "--reason", "UNKNOWN_TENANT", "--dry-run");
        assertThat(dryRun.status()).as(dryRun.err()).isZero();
        assertThat(dryRun.out().lines()).hasSize(3).allMatch(line -> line.startsWith("would replay\t"));
        assertThat(dryRun.out()).doesNotContain(EMAIL);
        assertThat(pipeline.read(pipeline.topic("raw"), r -> r.size() >= 5)).hasSize(5);
        assertThat(count(pipeline.allAudits(5), AuditAction.DEAD_LETTER_REPLAYED)).isZero();

        // A source topic that is not a configured input is refused; nothing of that reason is replayed.
        Map<String, String> moved = new java.util.TreeMap<>(entries);
        moved.put("pipeline.topic.contacts", pipeline.topic("raw-v2"));
        Result refused = cli("replay-dlq", "--config", pipeline.write(moved, "moved").toString(), "--reason",
                "MALFORMED_BYTES", "--principal", "ops-1");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("not a configured input topic");

        Result replayed = cli("replay-dlq", "--config", fixed.toString(), "--reason", "UNKNOWN_TENANT",
                "--principal", "ops-1");
        assertThat(replayed.status()).as(replayed.err()).isZero();
        assertThat(replayed.out().lines()).hasSize(3).allMatch(line -> line.startsWith("replayed\t")
                && line.endsWith("\tattempts=1"));
        assertThat(replayed.err()).contains("replayed 3 dead letters of reason UNKNOWN_TENANT")
                .contains("passed over 1 of other reasons");

        Result again = cli("replay-dlq", "--config", fixed.toString(), "--reason", "UNKNOWN_TENANT",
                "--principal", "ops-1");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("replayed 0 dead letters").contains("passed over 0");

        // The record that is not Avro fails again when replayed. The refused run above committed its
        // group past the three of another reason before it, and stopped at this one.
        Result malformed = cli("replay-dlq", "--config", fixed.toString(), "--reason", "malformed_bytes",
                "--principal", "ops-1");
        assertThat(malformed.status()).as(malformed.err()).isZero();
        assertThat(malformed.out().lines()).hasSize(1);
        assertThat(malformed.err()).contains("replayed 1 dead letters of reason MALFORMED_BYTES")
                .contains("passed over 0");

        List<ConsumerRecord<byte[], byte[]>> raw = pipeline.read(pipeline.topic("raw"), r -> r.size() >= 9);
        assertThat(raw).hasSize(9);
        assertThat(raw.subList(5, 9)).allSatisfy(record -> {
            Header attempts = record.headers().lastHeader(ReplayDlqCommand.ATTEMPTS_HEADER);
            assertThat(new String(attempts.value(), StandardCharsets.US_ASCII)).isEqualTo("1");
        });
        assertThat(raw.get(8).value()).isEqualTo(("garbage " + EMAIL).getBytes(StandardCharsets.UTF_8));

        // The pipeline, now knowing globex, protects the three and dead-letters the garbage again.
        try (ContactShieldApplication application = pipeline.start(entries)) {
            List<AuditEvent> records = pipeline.recordAudits(5 + 4);
            assertThat(records).hasSize(9);
            assertThat(count(records, AuditAction.PROTECTED)).isEqualTo(4);
            assertThat(count(records, AuditAction.DEAD_LETTERED)).isEqualTo(5);
            List<AuditEvent> audits = pipeline.allAudits(9);
            List<AuditEvent> replays = audits.stream()
                    .filter(a -> a.getAction() == AuditAction.DEAD_LETTER_REPLAYED).toList();
            assertThat(replays).hasSize(4).allSatisfy(audit -> {
                assertThat(audit.getPrincipal()).isEqualTo("ops-1");
                assertThat(audit.getSource().getTopic()).isEqualTo(pipeline.topic("raw"));
                assertThat(audit.getDetails()).containsKeys("deadLetterId", "deadLetterOffset");
            });
            assertThat(replays.stream().filter(a -> "globex".equals(a.getTenantId())))
                    .hasSize(3).allSatisfy(a -> assertThat(a.getReason()).isEqualTo("UNKNOWN_TENANT"));
            assertThat(audits.toString()).doesNotContain(EMAIL);
        }
        AvroDeserializer<ProtectedContactEvent> protectedEvents = new AvroDeserializer<>(
                MockSchemaRegistry.forScope(pipeline.scope), ProtectedContactEvent.class);
        List<ProtectedContactEvent> protectedList = pipeline.read(pipeline.topic("protected"), r -> r.size() >= 4).stream()
                .map(r -> protectedEvents.deserialize(r.topic(), r.value())).toList();
        assertThat(protectedList).extracting(e -> e.getContactId())
                .containsExactlyInAnyOrder("c-1", "g-1", "g-2", "g-3");
        AvroDeserializer<DeadLetter> deadLetters = new AvroDeserializer<>(MockSchemaRegistry.forScope(pipeline.scope),
                DeadLetter.class);
        List<DeadLetter> dlq = pipeline.read(pipeline.topic("dlq"), r -> r.size() >= 5).stream()
                .map(r -> deadLetters.deserialize(r.topic(), r.value())).toList();
        assertThat(dlq).hasSize(5);
        assertThat(dlq.get(4).getReason()).isEqualTo(DeadLetterReason.MALFORMED_BYTES);
        assertThat(dlq.get(4).getAttempts()).isEqualTo(2);

        // Replayed once: nothing is left for either reason.
        Result last = cli("replay-dlq", "--config", fixed.toString(), "--reason", "UNKNOWN_TENANT");
        assertThat(last.status()).as(last.err()).isZero();
        assertThat(last.out()).isEmpty();
    }

    @Test
    void anUnknownReasonIsAUsageError() throws Exception {
        PipelineHarness pipeline = new PipelineHarness(KAFKA.bootstrapServers(), dir, "replay-usage");
        Result result = cli("replay-dlq", "--config", pipeline.write(pipeline.entries(), "usage").toString(),
                "--reason", "TYPO");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--reason").contains("UNKNOWN_TENANT");
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Result result = cli("replay-dlq", "--config", dir.resolve("nope.properties").toString(), "--reason",
                "UNKNOWN_TENANT");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read");
    }
}
