package io.contactshield.topology.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.KeyScope;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.crypto.DecryptedKeyCache;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.crypto.RecordIdentity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact-record path: mapping, tenants by instance ARN, exact repeats, and its dead letters. */
class ConnectRecordTopologyTest {

    private static final String PHONE = "+447700900123";
    private static final String CONTACT = "3f1c2b4a-1111-4a2b-9c3d-000000000001";

    private PipelineFixture fixture;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> records;
    private TestOutputTopic<String, byte[]> protectedTopic;
    private TestOutputTopic<String, byte[]> auditTopic;
    private TestOutputTopic<String, byte[]> deadLetterTopic;

    @BeforeEach
    void start() {
        fixture = new PipelineFixture();
        driver = fixture.driver();
        records = PipelineFixture.input(driver, "connect.ctr.raw");
        protectedTopic = PipelineFixture.output(driver, "contacts.protected");
        auditTopic = PipelineFixture.output(driver, "contacts.audit");
        deadLetterTopic = PipelineFixture.output(driver, "contacts.dlq");
    }

    @AfterEach
    void stop() {
        driver.close();
        fixture.close();
    }

    static String contactRecord(String contactId, String instanceArn, String lastUpdate, String extraField) {
        return "{\"AWSAccountId\":\"111122223333\",\"ContactId\":\"" + contactId + "\",\"Channel\":\"VOICE\","
                + "\"InitiationMethod\":\"INBOUND\",\"InstanceARN\":\"" + instanceArn + "\","
                + "\"InitiationTimestamp\":\"2026-11-29T09:00:00Z\",\"LastUpdateTimestamp\":\"" + lastUpdate + "\","
                + "\"CustomerEndpoint\":{\"Address\":\"" + PHONE + "\",\"Type\":\"TELEPHONE_NUMBER\"},"
                + "\"SystemEndpoint\":{\"Address\":\"+448000000000\",\"Type\":\"TELEPHONE_NUMBER\"},"
                + "\"Attributes\":{\"callback\":\"please ring " + PHONE + " after 5\",\"queue\":\"billing\"},"
                + "\"Queue\":{\"Name\":\"billing\",\"ARN\":\"" + instanceArn + "/queue/q1\",\"Duration\":12}"
                + extraField + "}";
    }

    private void pipe(String json, long timestamp) {
        records.pipeInput(new TestRecord<>(CONTACT.getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8), Instant.ofEpochMilli(timestamp)));
    }

    private <T> T read(byte[] bytes, Class<T> type, String topic) {
        return new AvroDeserializer<>(fixture.registry, type).deserialize(topic, bytes);
    }

    private List<AuditEvent> audits() {
        List<AuditEvent> audits = new ArrayList<>();
        auditTopic.readValuesToList().forEach(v -> audits.add(read(v, AuditEvent.class, "contacts.audit")));
        return audits;
    }

    @Test
    void protectsAContactRecordWithFieldsTheMapperDoesNotKnow() {
        String json = contactRecord(CONTACT, PipelineFixture.ACME_INSTANCE, "2026-11-29T09:05:00Z",
                ",\"SomeFutureBlock\":{\"Nested\":[1,2,{\"x\":\"y\"}]},\"AnotherNewField\":\"v\"");
        pipe(json, 1_000);
        List<TestRecord<String, byte[]>> outputs = protectedTopic.readRecordsToList();
        assertThat(outputs).hasSize(1);
        assertThat(outputs.get(0).key()).isEqualTo(CONTACT);
        assertThat(new String(outputs.get(0).value(), StandardCharsets.ISO_8859_1)).doesNotContain(PHONE);
        ProtectedContactEvent event = read(outputs.get(0).value(), ProtectedContactEvent.class, "contacts.protected");
        assertThat(event.getTenantId()).isEqualTo(PipelineFixture.ACME);
        assertThat(event.getContact().getCustomerEndpoint().getAddress()).startsWith("tok_PHONE_NUMBER_v1_");
        assertThat(event.getContact().getAttributes().get("callback")).contains("tok_PHONE_NUMBER_v1_");
        assertThat(event.getContact().getSystemEndpoint().getAddress()).isEqualTo("+448000000000");
        assertThat(event.getPayload().getFormat()).isEqualTo(PayloadFormat.CONNECT_CTR_JSON);
        try (DecryptedKeyCache keys = DecryptedKeyCache.builder(fixture.kms).build()) {
            byte[] plaintext = new Decryptor(keys).decrypt(
                    new RecordIdentity(PipelineFixture.ACME, CONTACT, event.getEventId()),
                    ContactShieldTopologyTest.bytes(event.getPayload().getEnvelope()));
            assertThat(new String(plaintext, StandardCharsets.UTF_8)).isEqualTo(json);
        }
        List<AuditEvent> audits = audits();
        assertThat(audits).hasSize(1);
        assertThat(audits.get(0).getAction()).isEqualTo(AuditAction.PROTECTED);
        assertThat(audits.get(0).getSource().getTopic()).isEqualTo("connect.ctr.raw");
    }

    @Test
    void exactRepeatsAreDroppedCountedAndAudited() {
        String first = contactRecord(CONTACT, PipelineFixture.ACME_INSTANCE, "2026-11-29T09:05:00Z", "");
        String update = contactRecord(CONTACT, PipelineFixture.ACME_INSTANCE, "2026-11-29T09:06:00Z", "");
        pipe(first, 1_000);
        pipe(first, 2_000);
        pipe(update, 3_000);
        pipe(first, 4_000);
        List<ProtectedContactEvent> protectedEvents = new ArrayList<>();
        protectedTopic.readValuesToList().forEach(v ->
                protectedEvents.add(read(v, ProtectedContactEvent.class, "contacts.protected")));
        assertThat(protectedEvents).hasSize(2);
        assertThat(protectedEvents.get(0).getEventId()).isNotEqualTo(protectedEvents.get(1).getEventId());
        List<AuditEvent> audits = audits();
        assertThat(audits).extracting(AuditEvent::getAction).containsExactly(AuditAction.PROTECTED,
                AuditAction.DUPLICATE_DROPPED, AuditAction.PROTECTED, AuditAction.DUPLICATE_DROPPED);
        assertThat(audits.get(1).getEventId()).isEqualTo(protectedEvents.get(0).getEventId());
        assertThat(audits.get(1).getSource().getOffset()).isEqualTo(1L);
        assertThat(deadLetterTopic.isEmpty()).isTrue();
        assertThat(fixture.counter("contactshield.events", "outcome", "duplicate", "source", "connect_ctr")).isEqualTo(2.0);
    }

    @Test
    void aRepeatIsForgottenAfterTheRetention() {
        String first = contactRecord(CONTACT, PipelineFixture.ACME_INSTANCE, "2026-11-29T09:05:00Z", "");
        long day = 24 * 3600 * 1000L;
        pipe(first, 1_000);
        pipe("{\"ContactId\":\"other\",\"InstanceARN\":\"" + PipelineFixture.ACME_INSTANCE + "\"}", 3 * day);
        pipe(first, 3 * day + 1_000);
        assertThat(protectedTopic.getQueueSize()).isEqualTo(3);
    }

    @Test
    void unmappableJsonIsDeadLetteredUnderTheQuarantineKeyWithItsContactId() {
        pipe("{\"ContactId\":\"" + CONTACT + "\",\"InitiationTimestamp\":\"yesterday " + PHONE + "\"}", 1_000);
        pipe("not json " + PHONE, 2_000);
        List<DeadLetter> deadLetters = new ArrayList<>();
        deadLetterTopic.readValuesToList().forEach(v -> {
            assertThat(new String(v, StandardCharsets.ISO_8859_1)).doesNotContain(PHONE);
            deadLetters.add(read(v, DeadLetter.class, "contacts.dlq"));
        });
        assertThat(deadLetters).extracting(DeadLetter::getReason)
                .containsExactly(DeadLetterReason.UNMAPPABLE_JSON, DeadLetterReason.UNMAPPABLE_JSON);
        assertThat(deadLetters.get(0).getContactId()).isEqualTo(CONTACT);
        assertThat(deadLetters.get(0).getMessage()).contains("InitiationTimestamp");
        assertThat(deadLetters.get(1).getContactId()).isNull();
        assertThat(deadLetters).allSatisfy(d -> assertThat(d.getOriginal().getKeyScope()).isEqualTo(KeyScope.QUARANTINE));
        assertThat(audits()).extracting(AuditEvent::getReason).containsExactly("UNMAPPABLE_JSON", "UNMAPPABLE_JSON");
    }

    @Test
    void recordsOfUnroutedOrUnnamedInstancesAreDeadLettered() {
        pipe(contactRecord(CONTACT, "arn:aws:connect:eu-west-2:999988887777:instance/00000000-0000-4000-8000-000000000009",
                "2026-11-29T09:05:00Z", "").replace("111122223333", "999988887777"), 1_000);
        pipe("{\"ContactId\":\"" + CONTACT + "\",\"Channel\":\"CHAT\"}", 2_000);
        List<DeadLetterReason> reasons = new ArrayList<>();
        deadLetterTopic.readValuesToList().forEach(v -> reasons.add(read(v, DeadLetter.class, "contacts.dlq").getReason()));
        assertThat(reasons).containsExactly(DeadLetterReason.UNKNOWN_TENANT, DeadLetterReason.MISSING_TENANT);
        assertThat(audits()).hasSize(2);
        assertThat(protectedTopic.isEmpty()).isTrue();
    }
}
