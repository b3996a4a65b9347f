package io.contactshield.topology.app;

import static io.contactshield.topology.app.ShieldHarness.ACME;
import static io.contactshield.topology.app.ShieldHarness.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KMS goes down mid-run for longer than the data-key cache can cover: the pipeline keeps
 * protecting with its cached keys up to their hard limit, then stops taking input (its stream
 * thread fails and is replaced, over and over) without writing anything unprotected; when the KMS
 * is back, it finishes, every input protected exactly once.
 */
class KmsOutageIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension();

    private static final int SOFT_MESSAGES = 50;
    private static final int HARD_MESSAGES = 100;
    private static final int BEFORE = 300;
    private static final int DURING = 600;
    private static final int GARBAGE_BEFORE = 5;
    private static final int GARBAGE_DURING = 10;
    private static final int INPUTS = BEFORE + DURING + GARBAGE_BEFORE + GARBAGE_DURING;

    @TempDir
    Path dir;

    @Test
    void anOutagePastTheHardLimitStallsThePipelineWithoutLeakingAndItCatchesUpExactlyOnce() {
        try (ShieldHarness shield = new ShieldHarness("kmsoutage", KAFKA, KMS.server(), dir, 2)) {
            shield.set(ContactShieldConfig.DATA_KEY_SOFT_MESSAGES_CONFIG, Integer.toString(SOFT_MESSAGES))
                    .set(ContactShieldConfig.DATA_KEY_HARD_MESSAGES_CONFIG, Integer.toString(HARD_MESSAGES))
                    .set("kms.sdk.max.attempts", "1")
                    .set("kms.retry.max.attempts", "1")
                    .set("kms.api.call.attempt.timeout.ms", "1000");
            shield.provisionTokenKeys(ACME, GLOBEX);
            Set<String> goodIds = new HashSet<>();
            shield.produce(batch(shield, 0, BEFORE, GARBAGE_BEFORE, goodIds));

            try (ContactShieldApplication app = ContactShieldApplication.create(shield.config())) {
                app.start();
                ShieldHarness.eventually(Duration.ofSeconds(60), "the first batch committed",
                        () -> shield.committedInputs() == BEFORE + GARBAGE_BEFORE);
                shield.awaitOutputsSettled();
                long protectedBefore = shield.readCommitted(shield.protectedTopic).size();
                assertThat(protectedBefore).isEqualTo(BEFORE);

                KMS.server().outage(KmsTestServer.Outage.SERVICE_UNAVAILABLE);
                shield.produce(batch(shield, BEFORE, DURING, GARBAGE_DURING, goodIds));
                ShieldHarness.eventually(Duration.ofSeconds(60), "the pipeline stalled",
                        () -> count(app.meters(), "contactshield.stream.thread.replacements") >= 1
                                && stableFor(shield, Duration.ofMillis(1500)));

                long committedDuring = shield.committedInputs();
                // Retries keep opening and aborting transactions here, so wait for the audits themselves.
                ShieldHarness.eventually(Duration.ofSeconds(30), "the audits of the inputs committed so far",
                        () -> shield.recordAudits(shield.readCommitted(shield.auditTopic)).size() >= committedDuring);
                List<ConsumerRecord<String, byte[]>> protectedDuring = shield.readCommitted(shield.protectedTopic);
                // Per tenant, at most what is left of the current key plus a successor generated ahead.
                long coverable = 2L * 2 * HARD_MESSAGES;
                assertThat(committedDuring).as("input taken while the KMS is down").isLessThan(INPUTS);
                assertThat(protectedDuring.size() - protectedBefore).isLessThanOrEqualTo(coverable);
                assertWithinHardLimit(shield);
                assertNoPlaintext(shield);
                assertThat(count(app.meters(), "contactshield.stream.thread.replacements")).isPositive();
                assertThat(kmsFailures(app.meters())).isPositive();
                assertThat(count(app.meters(), "datakey.unavailable")).isPositive();
                assertThat(shield.recordAudits(shield.readCommitted(shield.auditTopic)))
                        .hasSize((int) committedDuring);

                KMS.server().endOutage();
                ShieldHarness.eventually(Duration.ofSeconds(90), "every input committed after the outage",
                        () -> shield.committedInputs() == INPUTS);
                shield.awaitOutputsSettled();

                List<String> protectedIds = shield.readCommitted(shield.protectedTopic).stream()
                        .map(r -> shield.decode(r.value(), ProtectedContactEvent.class, shield.protectedTopic)
                                .getEventId()).toList();
                assertThat(protectedIds).doesNotHaveDuplicates();
                assertThat(new HashSet<>(protectedIds)).isEqualTo(goodIds);
                assertThat(shield.readCommitted(shield.deadLetterTopic)).hasSize(GARBAGE_BEFORE + GARBAGE_DURING);
                List<AuditEvent> audits = shield.recordAudits(shield.readCommitted(shield.auditTopic));
                assertThat(audits).hasSize(INPUTS);
                assertThat(audits.stream().map(a -> a.getSource().getPartition() + "@" + a.getSource().getOffset()))
                        .doesNotHaveDuplicates();
                assertWithinHardLimit(shield);
                assertNoPlaintext(shield);
                assertThat(shield.readCommitted(shield.auditTopic).stream()
                        .map(r -> shield.decode(r.value(), AuditEvent.class, shield.auditTopic).getAction()))
                        .contains(AuditAction.KMS_ERROR, AuditAction.DATA_KEY_GENERATED);
            }
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> batch(ShieldHarness shield, int from, int good, int garbage,
            Set<String> goodIds) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = from; i < from + good; i++) {
            records.add(shield.record(ContactEvents.contactId(i),
                    shield.avro(ContactEvents.contact(i, (i / 2) % 2 == 0 ? ACME : GLOBEX))));
            goodIds.add(ContactEvents.eventId(i));
        }
        for (int i = 0; i < garbage; i++) {
            records.add(shield.record("garbage-" + from + "-" + i, ContactEvents.garbage(i)));
        }
        return records;
    }

    private long lastCommitted = -1;
    private long lastChange;

    /** True once the committed input offsets have not moved for {@code quiet}. */
    private boolean stableFor(ShieldHarness shield, Duration quiet) {
        long committed = shield.committedInputs();
        long now = System.nanoTime();
        if (committed != lastCommitted) {
            lastCommitted = committed;
            lastChange = now;
            return false;
        }
        return now - lastChange >= quiet.toNanos();
    }

    /**
     * Every record written, aborted ones included, took a lease of its data key: no key is ever
     * used for more records than its hard limit.
     */
    private static void assertWithinHardLimit(ShieldHarness shield) {
        Map<String, Integer> uses = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : shield.readUncommitted(shield.protectedTopic)) {
            ProtectedContactEvent event = shield.decode(record.value(), ProtectedContactEvent.class, shield.protectedTopic);
            uses.merge(event.getPayload().getDataKeyId(), 1, Integer::sum);
        }
        assertThat(uses).isNotEmpty();
        assertThat(uses.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(HARD_MESSAGES));
    }

    /** No planted value, in any output record, committed or aborted. */
    private static void assertNoPlaintext(ShieldHarness shield) {
        List<String> planted = new ArrayList<>(List.of("4111 1111 1111 1111", "4111111111111111", "5555 5555 5555 4444",
                "5555555555554444", "4012 8888 8888 1881", "4012888888881881", "7700 900", "7700900", "example.org"));
        for (String first : new String[] {"Samuel", "Priya", "Oliver", "Amelia", "Mohammed", "Grace", "Daniel", "Chloe"}) {
            for (String last : new String[] {"Okafor", "Sharma", "Bennett", "Kowalski", "Hughes", "Nakamura", "Reyes",
                    "Fischer"}) {
                planted.add(first + " " + last);
            }
        }
        for (String topic : List.of(shield.protectedTopic, shield.auditTopic, shield.deadLetterTopic)) {
            for (ConsumerRecord<String, byte[]> record : shield.readUncommitted(topic)) {
                StringBuilder text = new StringBuilder(new String(record.value(), StandardCharsets.ISO_8859_1));
                text.append('\n').append(record.key());
                for (Header header : record.headers()) {
                    text.append('\n').append(header.key()).append('=')
                            .append(new String(header.value(), StandardCharsets.ISO_8859_1));
                }
                for (String value : planted) {
                    assertThat(text.indexOf(value)).as("%s in %s at offset %d", value, topic, record.offset())
                            .isNegative();
                }
            }
        }
    }

    private static double count(MeterRegistry meters, String name) {
        return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static double kmsFailures(MeterRegistry meters) {
        return meters.find("kms.operations").tag("operation", "GenerateDataKey").counters().stream()
                .filter(c -> !"success".equals(c.getId().getTag("outcome")))
                .mapToDouble(Counter::count).sum();
    }
}
