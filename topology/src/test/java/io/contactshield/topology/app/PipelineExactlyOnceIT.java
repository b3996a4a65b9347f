package io.contactshield.topology.app;

import static io.contactshield.topology.app.ShieldHarness.ACME;
import static io.contactshield.topology.app.ShieldHarness.GLOBEX;
import static io.contactshield.topology.app.ShieldHarness.UNKNOWN_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.crypto.RecordIdentity;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once through crashes: contact-shield runs in a child JVM that is killed (SIGKILL, no
 * clean shutdown, transactions left open) twice while it works through 20,000 inputs on three
 * partitions, then runs to the end. Read committed, every input is either protected or
 * dead-lettered, once, and audited once.
 */
class PipelineExactlyOnceIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension();

    private static final int INPUTS = 20_000;

    @TempDir
    Path dir;

    private enum Kind { GOOD, GARBAGE, UNKNOWN_TENANT }

    private record Input(Kind kind, String tenant, int index, ShieldHarness.Sent sent) {
        String source() {
            return sent.partition() + "@" + sent.offset();
        }
    }

    @Test
    void everyInputIsProtectedOrDeadLetteredAndAuditedExactlyOnceThroughTwoKills() throws Exception {
        try (ShieldHarness shield = new ShieldHarness("eos", KAFKA, KMS.server(), dir, 3)) {
            shield.provisionTokenKeys(ACME, GLOBEX);
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            List<String> tenants = new ArrayList<>();
            for (int i = 0; i < INPUTS; i++) {
                String key = ContactEvents.contactId(i);
                if (i % 200 == 37) {
                    kinds.add(Kind.GARBAGE);
                    tenants.add(null);
                    records.add(shield.record(key, ContactEvents.garbage(i)));
                } else if (i % 200 == 137) {
                    kinds.add(Kind.UNKNOWN_TENANT);
                    tenants.add(UNKNOWN_TENANT);
                    records.add(shield.record(key, shield.avro(ContactEvents.contact(i, UNKNOWN_TENANT))));
                } else {
                    String tenant = (i / 2) % 2 == 0 ? ACME : GLOBEX;
                    kinds.add(Kind.GOOD);
                    tenants.add(tenant);
                    records.add(shield.record(key, shield.avro(ContactEvents.contact(i, tenant))));
                }
            }
            List<ShieldHarness.Sent> sent = shield.produce(records);
            List<Input> inputs = new ArrayList<>();
            for (int i = 0; i < INPUTS; i++) {
                inputs.add(new Input(kinds.get(i), tenants.get(i), i, sent.get(i)));
            }
            Path properties = shield.writeProperties(dir.resolve("shield.properties"));
            Path log = dir.resolve("shield.log");

            long[] killedAt = new long[2];
            long[] thresholds = {INPUTS * 3L / 10, INPUTS * 13L / 20};
            for (int run = 0; run < 2; run++) {
                long threshold = thresholds[run];
                // A kill can fall between one transaction's commit and the next one's first send; the
                // run is then repeated (it still restarts mid-work), so that each run ends with a kill
                // that leaves an open transaction for the next instance to abort.
                boolean killedMidTransaction = false;
                for (int attempt = 0; attempt < 3 && !killedMidTransaction; attempt++) {
                    try (ShieldProcess process = ShieldProcess.start(properties, log)
                            .awaitStarted(Duration.ofSeconds(60))) {
                        ShieldHarness.eventually(Duration.ofSeconds(120),
                                "committed inputs past " + threshold + " and a transaction open",
                                () -> !process.isAlive() || shield.committedInputs() >= threshold
                                        && shield.openTransactionRecords(shield.protectedTopic) > 0);
                        assertThat(process.isAlive()).as(process.tail()).isTrue();
                        process.kill();
                    }
                    killedMidTransaction = shield.openTransactionRecords(shield.protectedTopic) > 0;
                }
                assertThat(killedMidTransaction).as("run %d ended with a transaction open", run).isTrue();
                killedAt[run] = shield.committedInputs();
            }
            // The kills came mid-run: work was left for the next instance.
            assertThat(killedAt[0]).isLessThan(INPUTS);
            assertThat(killedAt[1]).isGreaterThanOrEqualTo(killedAt[0]).isLessThan(INPUTS);

            try (ShieldProcess process = ShieldProcess.start(properties, log).awaitStarted(Duration.ofSeconds(60))) {
                ShieldHarness.eventually(Duration.ofSeconds(120), "all inputs committed",
                        () -> shield.committedInputs() == INPUTS || !process.isAlive());
                assertThat(process.isAlive()).as(process.tail()).isTrue();
                assertOutputs(shield, inputs);
            }
        }
    }

    private void assertOutputs(ShieldHarness shield, List<Input> inputs) {
        shield.awaitOutputsSettled();
        Map<String, Input> bySource = inputs.stream().collect(Collectors.toMap(Input::source, Function.identity()));

        List<ConsumerRecord<String, byte[]>> protectedRecords = shield.readCommitted(shield.protectedTopic);
        List<ProtectedContactEvent> protectedEvents = protectedRecords.stream()
                .map(r -> shield.decode(r.value(), ProtectedContactEvent.class, shield.protectedTopic)).toList();
        List<String> protectedIds = protectedEvents.stream().map(ProtectedContactEvent::getEventId).toList();
        Set<String> goodIds = inputs.stream().filter(i -> i.kind() == Kind.GOOD)
                .map(i -> ContactEvents.eventId(i.index())).collect(Collectors.toSet());
        assertThat(duplicates(protectedIds)).as("event ids protected more than once").isEmpty();
        assertThat(new HashSet<>(protectedIds)).isEqualTo(goodIds);
        Map<String, Input> goodById = inputs.stream().filter(i -> i.kind() == Kind.GOOD)
                .collect(Collectors.toMap(i -> ContactEvents.eventId(i.index()), Function.identity()));
        for (int r = 0; r < protectedRecords.size(); r++) {
            ProtectedContactEvent event = protectedEvents.get(r);
            Input input = goodById.get(event.getEventId());
            assertThat(protectedRecords.get(r).key()).isEqualTo(ContactEvents.contactId(input.index()));
            assertThat(event.getTenantId()).isEqualTo(input.tenant());
        }

        List<DeadLetter> deadLetters = shield.readCommitted(shield.deadLetterTopic).stream()
                .map(r -> shield.decode(r.value(), DeadLetter.class, shield.deadLetterTopic)).toList();
        List<String> deadSources = deadLetters.stream()
                .map(d -> d.getSource().getPartition() + "@" + d.getSource().getOffset()).toList();
        Set<String> badSources = inputs.stream().filter(i -> i.kind() != Kind.GOOD).map(Input::source)
                .collect(Collectors.toSet());
        assertThat(duplicates(deadSources)).as("inputs dead-lettered more than once").isEmpty();
        assertThat(new HashSet<>(deadSources)).isEqualTo(badSources);
        for (DeadLetter deadLetter : deadLetters) {
            assertThat(deadLetter.getSource().getTopic()).isEqualTo(shield.rawTopic);
            Kind kind = bySource.get(deadLetter.getSource().getPartition() + "@" + deadLetter.getSource().getOffset())
                    .kind();
            assertThat(deadLetter.getReason()).isEqualTo(kind == Kind.GARBAGE
                    ? DeadLetterReason.MALFORMED_BYTES : DeadLetterReason.UNKNOWN_TENANT);
        }

        List<AuditEvent> audits = shield.recordAudits(shield.readCommitted(shield.auditTopic));
        List<String> auditSources = audits.stream()
                .map(a -> a.getSource().getPartition() + "@" + a.getSource().getOffset()).toList();
        assertThat(duplicates(auditSources)).as("inputs audited more than once").isEmpty();
        assertThat(new HashSet<>(auditSources)).isEqualTo(bySource.keySet());
        for (AuditEvent audit : audits) {
            Input input = bySource.get(audit.getSource().getPartition() + "@" + audit.getSource().getOffset());
            assertThat(audit.getAction()).isEqualTo(input.kind() == Kind.GOOD
                    ? AuditAction.PROTECTED : AuditAction.DEAD_LETTERED);
            if (input.kind() == Kind.GOOD) {
                assertThat(audit.getEventId()).isEqualTo(ContactEvents.eventId(input.index()));
            }
        }

        // The kills cut transactions short: their records are in the log, aborted.
        assertThat(shield.readUncommitted(shield.protectedTopic)).hasSizeGreaterThan(protectedRecords.size());

        // A sample of payloads decrypts, through the KMS, to the exact input bytes.
        try (Kms kms = shield.newKms()) {
            Decryptor decryptor = shield.decryptor(kms);
            for (int r = 0; r < protectedEvents.size(); r += 97) {
                ProtectedContactEvent event = protectedEvents.get(r);
                byte[] plaintext = decryptor.decrypt(
                        new RecordIdentity(event.getTenantId(), event.getContactId(), event.getEventId()),
                        bytes(event.getPayload().getEnvelope()));
                assertThat(plaintext).isEqualTo(goodById.get(event.getEventId()).sent().record().value());
            }
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static List<String> duplicates(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).limit(20).toList();
    }
}
