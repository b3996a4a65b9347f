package io.contactshield.topology.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.KeyScope;
import io.contactshield.schemas.OriginalRecord;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.DecryptedKeyCache;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.crypto.RecordIdentity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactShieldTopologyTest {

    private static final String PHONE = "+44 7700 900123";
    private static final String EMAIL = "sam.okafor@example.org";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String NAME = "Samuel Okafor";

    private PipelineFixture fixture;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> contacts;
    private TestOutputTopic<String, byte[]> protectedTopic;
    private TestOutputTopic<String, byte[]> auditTopic;
    private TestOutputTopic<String, byte[]> deadLetterTopic;
    private AvroSerializer<ContactEvent> contactSerializer;
    private DecryptedKeyCache decryptionKeys;
    private Decryptor decryptor;

    @BeforeEach
    void start() {
        open(new PipelineFixture());
        decryptionKeys = DecryptedKeyCache.builder(fixture.kms).build();
        decryptor = new Decryptor(decryptionKeys);
    }

    private void open(PipelineFixture parts) {
        fixture = parts;
        driver = fixture.driver();
        contacts = PipelineFixture.input(driver, "contacts.raw");
        protectedTopic = PipelineFixture.output(driver, "contacts.protected");
        auditTopic = PipelineFixture.output(driver, "contacts.audit");
        deadLetterTopic = PipelineFixture.output(driver, "contacts.dlq");
        contactSerializer = new AvroSerializer<>(fixture.registry);
    }

    @AfterEach
    void stop() {
        driver.close();
        decryptionKeys.close();
        fixture.close();
    }

    static ContactEvent event(String tenant, String contactId, String eventId) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("callbackNumber", PHONE);
        attributes.put("queue", "billing");
        return ContactEvent.newBuilder()
                .setEventId(eventId)
                .setTenantId(tenant)
                .setEventTime(Instant.parse("2026-11-29T10:00:00Z"))
                .setContactId(contactId)
                .setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", null))
                .setCustomerName(NAME)
                .setAgentNotes("Caller read card " + CARD + ", wants receipt to " + EMAIL)
                .setAttributes(attributes)
                .setTranscript(List.of(TranscriptSegment.newBuilder()
                        .setParticipantRole("CUSTOMER")
                        .setContent("my email is " + EMAIL + " thanks")
                        .build()))
                .build();
    }

    private byte[] avro(ContactEvent event) {
        return contactSerializer.serialize("contacts.raw", event);
    }

    private <T> T read(byte[] bytes, Class<T> type, String topic) {
        AvroDeserializer<T> deserializer = new AvroDeserializer<>(fixture.registry, type);
        return deserializer.deserialize(topic, bytes);
    }

    private static String bytesText(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static void assertHoldsNoneOf(byte[] bytes, String... values) {
        String text = bytesText(bytes);
        String base64 = Base64.getEncoder().encodeToString(bytes);
        for (String value : values) {
            assertThat(text).doesNotContain(value);
            assertThat(text).doesNotContain(value.replace(" ", ""));
            assertThat(base64).doesNotContain(Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void protectsAnAvroEventAndAuditsIt() {
        byte[] input = avro(event(PipelineFixture.ACME, "contact-1", "event-1"));
        contacts.pipeInput(new TestRecord<>("contact-1".getBytes(StandardCharsets.UTF_8), input, Instant.now()));

        List<TestRecord<String, byte[]>> outputs = protectedTopic.readRecordsToList();
        assertThat(outputs).hasSize(1);
        assertThat(outputs.get(0).key()).isEqualTo("contact-1");
        assertHoldsNoneOf(outputs.get(0).value(), PHONE, EMAIL, CARD, NAME);
        ProtectedContactEvent protectedEvent = read(outputs.get(0).value(), ProtectedContactEvent.class, "contacts.protected");
        assertThat(protectedEvent.getTenantId()).isEqualTo(PipelineFixture.ACME);
        assertThat(protectedEvent.getContact().getCustomerEndpoint().getAddress()).startsWith("tok_PHONE_NUMBER_v1_");
        assertThat(protectedEvent.getContact().getAgentNotes()).contains("tok_CREDIT_CARD_v1_").contains("tok_EMAIL_v1_");
        assertThat(protectedEvent.getContact().getAttributes().get("callbackNumber")).startsWith("tok_PHONE_NUMBER_v1_");
        assertThat(protectedEvent.getContact().getAttributes().get("queue")).isEqualTo("billing");
        assertThat(protectedEvent.getPayload().getFormat()).isEqualTo(PayloadFormat.CONFLUENT_AVRO);
        assertThat(protectedEvent.getTokenKeyVersion()).isEqualTo(1);
        assertThat(protectedEvent.getPayload().getKeyScope()).isEqualTo(KeyScope.TENANT);
        assertThat(protectedEvent.getPayload().getKmsKeyId()).isEqualTo("local:acme");
        byte[] plaintext = decryptor.decrypt(new RecordIdentity(PipelineFixture.ACME, "contact-1", "event-1"),
                bytes(protectedEvent.getPayload().getEnvelope()));
        assertThat(plaintext).isEqualTo(input);
        assertThat(protectedEvent.getFindings()).extracting(f -> f.getEntityType())
                .contains("PHONE_NUMBER", "EMAIL", "CREDIT_CARD", "PERSON_NAME");

        List<TestRecord<String, byte[]>> audits = auditTopic.readRecordsToList();
        assertThat(audits).hasSize(1);
        assertHoldsNoneOf(audits.get(0).value(), PHONE, EMAIL, CARD, NAME);
        AuditEvent audit = read(audits.get(0).value(), AuditEvent.class, "contacts.audit");
        assertThat(audit.getAction()).isEqualTo(AuditAction.PROTECTED);
        assertThat(audit.getContactId()).isEqualTo("contact-1");
        assertThat(audit.getEventId()).isEqualTo("event-1");
        assertThat(audit.getSource().getTopic()).isEqualTo("contacts.raw");
        assertThat(audit.getSource().getOffset()).isZero();
        assertThat(audit.getKmsKeyId()).isEqualTo("local:acme");
        assertThat(audit.getDataKeyId()).isEqualTo(protectedEvent.getPayload().getDataKeyId());
        assertThat(audit.getFindings()).extracting(f -> f.getFieldPath())
                .contains("customerEndpoint.address", "agentNotes", "transcript[0].content", "attributes.callbackNumber");
        assertThat(audit.getApplication().getInstanceId()).isEqualTo("test-instance");
        assertThat(audit.getTokenKeyVersion()).isEqualTo(1);
        assertThat(deadLetterTopic.isEmpty()).isTrue();
        assertThat(fixture.counter("contactshield.events", "outcome", "protected", "source", "avro")).isEqualTo(1.0);
        assertThat(fixture.counter("contactshield.findings", "type", "EMAIL", "action", "tokenized")).isEqualTo(2.0);
    }

    @Test
    void tokensJoinWithinATenantAndDifferAcrossTenants() {
        contacts.pipeInput("a".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.ACME, "c-1", "e-1")));
        contacts.pipeInput("b".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.ACME, "c-2", "e-2")));
        contacts.pipeInput("c".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.GLOBEX, "c-3", "e-3")));
        List<String> phones = new ArrayList<>();
        for (TestRecord<String, byte[]> out : protectedTopic.readRecordsToList()) {
            phones.add(read(out.value(), ProtectedContactEvent.class, "contacts.protected")
                    .getContact().getCustomerEndpoint().getAddress());
        }
        assertThat(phones).hasSize(3);
        assertThat(phones.get(0)).isEqualTo(phones.get(1)).isNotEqualTo(phones.get(2));
    }

    @Test
    void bytesThatAreNotTheWireFormatAreDeadLetteredUnderTheQuarantineKey() {
        byte[] garbage = ("{\"card\":\"" + CARD + "\"}").getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        contacts.pipeInput(new TestRecord<>("k-1".getBytes(StandardCharsets.UTF_8), garbage, headers,
                Instant.ofEpochMilli(1_700_000_000_000L)));

        DeadLetter deadLetter = onlyDeadLetter(DeadLetterReason.MALFORMED_BYTES);
        assertThat(deadLetter.getTenantId()).isNull();
        assertThat(deadLetter.getOriginal().getKeyScope()).isEqualTo(KeyScope.QUARANTINE);
        assertThat(deadLetter.getOriginal().getKmsKeyId()).isEqualTo("local:quarantine");
        assertThat(deadLetter.getSource().getTopic()).isEqualTo("contacts.raw");
        OriginalRecord original = decryptOriginal(deadLetter, PipelineParts.QUARANTINE_TENANT, "");
        assertThat(bytes(original.getKey())).isEqualTo("k-1".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes(original.getValue())).isEqualTo(garbage);
        assertThat(original.getHeaders()).hasSize(1);
        assertThat(original.getHeaders().get(0).getKey()).isEqualTo("trace");
        assertThat(original.getTimestamp()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(protectedTopic.isEmpty()).isTrue();
    }

    @Test
    void aTombstoneIsDeadLettered() {
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), (byte[]) null);
        assertThat(onlyDeadLetter(DeadLetterReason.MALFORMED_BYTES).getMessage()).contains("no value");
    }

    @Test
    void anUnknownSchemaIdIsDeadLettered() {
        byte[] value = {0, 0, 0, 0x27, 0x0f, 1, 2, 3};
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), value);
        assertThat(onlyDeadLetter(DeadLetterReason.UNKNOWN_SCHEMA).getMessage()).contains("9999");
    }

    @Test
    void aRecordOfAnotherSchemaIsDeadLettered() {
        AvroSerializer<OriginalRecord> other = new AvroSerializer<>(fixture.registry);
        byte[] value = other.serialize("contacts.raw", new OriginalRecord(null, null, List.of(), Instant.EPOCH));
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), value);
        onlyDeadLetter(DeadLetterReason.SCHEMA_MISMATCH);
    }

    @Test
    void aTruncatedBodyIsDeadLettered() {
        byte[] value = avro(event(PipelineFixture.ACME, "c-1", "e-1"));
        byte[] truncated = java.util.Arrays.copyOf(value, value.length / 2);
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), truncated);
        onlyDeadLetter(DeadLetterReason.MALFORMED_BYTES);
    }

    @Test
    void anUnknownTenantIsDeadLetteredUnderTheQuarantineKeyWithItsIds() {
        byte[] input = avro(event("hooli", "contact-9", "event-9"));
        contacts.pipeInput("contact-9".getBytes(StandardCharsets.UTF_8), input);
        DeadLetter deadLetter = onlyDeadLetter(DeadLetterReason.UNKNOWN_TENANT);
        assertThat(deadLetter.getTenantId()).isEqualTo("hooli");
        assertThat(deadLetter.getContactId()).isEqualTo("contact-9");
        assertThat(deadLetter.getOriginal().getKeyScope()).isEqualTo(KeyScope.QUARANTINE);
        assertThat(bytes(decryptOriginal(deadLetter, PipelineParts.QUARANTINE_TENANT, "contact-9").getValue()))
                .isEqualTo(input);
    }

    @Test
    void aMissingTenantIsDeadLettered() {
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), avro(event("", "contact-9", "event-9")));
        onlyDeadLetter(DeadLetterReason.MISSING_TENANT);
    }

    @Test
    void aTenantWithoutATokenKeyIsAPolicyErrorSealedUnderItsOwnKey() {
        byte[] input = avro(event(PipelineFixture.INITECH, "contact-5", "event-5"));
        contacts.pipeInput("contact-5".getBytes(StandardCharsets.UTF_8), input);
        DeadLetter deadLetter = onlyDeadLetter(DeadLetterReason.POLICY_ERROR);
        assertThat(deadLetter.getTenantId()).isEqualTo(PipelineFixture.INITECH);
        assertThat(deadLetter.getOriginal().getKeyScope()).isEqualTo(KeyScope.TENANT);
        assertThat(deadLetter.getOriginal().getKmsKeyId()).isEqualTo("local:initech");
        assertThat(bytes(decryptOriginal(deadLetter, PipelineFixture.INITECH, "contact-5").getValue())).isEqualTo(input);
    }

    @Test
    void idsThatDoNotLookLikeIdsAreLeftOutOfDeadLetters() {
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), avro(event("hooli", EMAIL, "event 9 for " + PHONE)));
        TestRecord<String, byte[]> record = deadLetterTopic.readRecord();
        assertThat(record.key()).isNull();
        assertHoldsNoneOf(record.value(), EMAIL, PHONE);
        DeadLetter deadLetter = read(record.value(), DeadLetter.class, "contacts.dlq");
        assertThat(deadLetter.getContactId()).isNull();
        assertThat(deadLetter.getEventId()).isNull();
        TestRecord<String, byte[]> audit = auditTopic.readRecord();
        assertHoldsNoneOf(audit.value(), EMAIL, PHONE);
    }

    @Test
    void idsThatLookLikeIdsButHoldPersonalDataAreNeitherProtectedNorShown() {
        String card = "4111111111111111";
        String ssn = "536-22-8741";
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.ACME, card, "e-1")));
        contacts.pipeInput("k".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.ACME, "c-2", ssn)));
        assertThat(protectedTopic.isEmpty()).isTrue();
        List<TestRecord<String, byte[]>> deadLetters = deadLetterTopic.readRecordsToList();
        assertThat(deadLetters).hasSize(2);
        for (TestRecord<String, byte[]> record : deadLetters) {
            assertHoldsNoneOf(record.value(), card, ssn);
            DeadLetter deadLetter = read(record.value(), DeadLetter.class, "contacts.dlq");
            assertThat(deadLetter.getReason()).isEqualTo(DeadLetterReason.POLICY_ERROR);
            assertThat(deadLetter.getMessage()).contains("looks like personal data");
        }
        assertThat(deadLetters.get(0).key()).isNull();
        assertThat(read(deadLetters.get(1).value(), DeadLetter.class, "contacts.dlq").getContactId()).isEqualTo("c-2");
        auditTopic.readValuesToList().forEach(value -> assertHoldsNoneOf(value, card, ssn));
    }

    @Test
    void personalDataInAMapKeyIsProtectedInTheViewAndNeverNamedInTheAudit() {
        ContactEvent event = event(PipelineFixture.ACME, "c-7", "e-7");
        Map<String, String> attributes = new LinkedHashMap<>(event.getAttributes());
        attributes.put(EMAIL, "vip since 2019, call " + PHONE);
        attributes.put("note", "plain");
        event.setAttributes(attributes);
        contacts.pipeInput("c-7".getBytes(StandardCharsets.UTF_8), avro(event));

        byte[] protectedBytes = protectedTopic.readValue();
        assertHoldsNoneOf(protectedBytes, EMAIL, PHONE);
        Map<String, String> view = read(protectedBytes, ProtectedContactEvent.class, "contacts.protected")
                .getContact().getAttributes();
        assertThat(view).containsEntry("note", "plain").doesNotContainKey(EMAIL);
        String protectedKey = view.keySet().stream().filter(k -> k.startsWith("tok_EMAIL_v1_")).findFirst().orElseThrow();
        assertThat(view.get(protectedKey)).startsWith("vip since 2019, call tok_PHONE_NUMBER_v1_");
        byte[] auditBytes = auditTopic.readValue();
        assertHoldsNoneOf(auditBytes, EMAIL, PHONE);
        AuditEvent audit = read(auditBytes, AuditEvent.class, "contacts.audit");
        assertThat(audit.getFindings()).extracting(f -> f.getFieldPath())
                .contains("attributes." + protectedKey + "#key", "attributes." + protectedKey);
    }

    @Test
    void everyInputHasExactlyOneAuditEventAndOneOtherOutput() {
        contacts.pipeInput("a".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.ACME, "c-1", "e-1")));
        contacts.pipeInput("b".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        contacts.pipeInput("c".getBytes(StandardCharsets.UTF_8), avro(event("hooli", "c-3", "e-3")));
        contacts.pipeInput("d".getBytes(StandardCharsets.UTF_8), avro(event(PipelineFixture.GLOBEX, "c-4", "e-4")));
        List<AuditEvent> audits = new ArrayList<>();
        auditTopic.readValuesToList().forEach(v -> audits.add(read(v, AuditEvent.class, "contacts.audit")));
        assertThat(audits).extracting(a -> a.getSource().getOffset()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(audits).extracting(AuditEvent::getAction).containsExactly(
                AuditAction.PROTECTED, AuditAction.DEAD_LETTERED, AuditAction.DEAD_LETTERED, AuditAction.PROTECTED);
        assertThat(protectedTopic.getQueueSize()).isEqualTo(2);
        assertThat(deadLetterTopic.getQueueSize()).isEqualTo(2);
        assertThat(fixture.counter("contactshield.events", "outcome", "dead_lettered", "source", "avro")).isEqualTo(2.0);
        assertThat(fixture.counter("contactshield.dead.letters", "reason", "UNKNOWN_TENANT")).isEqualTo(1.0);
    }

    @Test
    void withTheKmsDownNothingIsWrittenAndTheTaskFails() throws InterruptedException {
        driver.close();
        fixture.close();
        FailingKms[] failing = new FailingKms[1];
        open(new PipelineFixture(kms -> failing[0] = new FailingKms(kms)));
        failing[0].failing = true;

        byte[] input = avro(event(PipelineFixture.ACME, "c-1", "e-1"));
        assertThatThrownBy(() -> contacts.pipeInput("c-1".getBytes(StandardCharsets.UTF_8), input))
                .hasRootCauseInstanceOf(io.contactshield.serdes.kms.KmsException.class);
        // Bad bytes need the quarantine key, which the KMS cannot give either: no clear dead letter.
        assertThatThrownBy(() -> contacts.pipeInput("c-2".getBytes(StandardCharsets.UTF_8), new byte[] {9}))
                .isInstanceOf(RuntimeException.class);
        assertThat(protectedTopic.isEmpty()).isTrue();
        assertThat(auditTopic.isEmpty()).isTrue();
        assertThat(deadLetterTopic.isEmpty()).isTrue();

        failing[0].failing = false;
        Thread.sleep(10);
        contacts.pipeInput("c-1".getBytes(StandardCharsets.UTF_8), input);
        assertThat(protectedTopic.getQueueSize()).isEqualTo(1);
        assertThat(auditTopic.getQueueSize()).isEqualTo(1);
    }

    @Test
    void withTheRegistryDownNothingIsWrittenAndNothingIsSkipped() {
        byte[] input = avro(event(PipelineFixture.ACME, "c-1", "e-1"));
        fixture.registry.failing = true;
        assertThatThrownBy(() -> contacts.pipeInput("c-1".getBytes(StandardCharsets.UTF_8), input))
                .hasRootCauseInstanceOf(io.contactshield.serdes.registry.SchemaRegistryUnavailableException.class);
        assertThat(protectedTopic.isEmpty()).isTrue();
        assertThat(auditTopic.isEmpty()).isTrue();
        assertThat(deadLetterTopic.isEmpty()).isTrue();
        assertThat(fixture.counter("contactshield.events", "outcome", "dead_lettered", "source", "avro")).isZero();

        fixture.registry.failing = false;
        contacts.pipeInput("c-1".getBytes(StandardCharsets.UTF_8), input);
        assertThat(protectedTopic.getQueueSize()).isEqualTo(1);
        assertThat(auditTopic.getQueueSize()).isEqualTo(1);
    }

    private DeadLetter onlyDeadLetter(DeadLetterReason reason) {
        List<byte[]> values = deadLetterTopic.readValuesToList();
        assertThat(values).hasSize(1);
        DeadLetter deadLetter = read(values.get(0), DeadLetter.class, "contacts.dlq");
        assertThat(deadLetter.getReason()).isEqualTo(reason);
        assertThat(deadLetter.getMessage()).isNotBlank();
        assertThat(deadLetter.getOriginal().getFormat()).isEqualTo(PayloadFormat.ORIGINAL_RECORD);
        assertThat(deadLetter.getAttempts()).isEqualTo(1);
        List<byte[]> audits = auditTopic.readValuesToList();
        assertThat(audits).hasSize(1);
        AuditEvent audit = read(audits.get(0), AuditEvent.class, "contacts.audit");
        assertThat(audit.getAction()).isEqualTo(AuditAction.DEAD_LETTERED);
        assertThat(audit.getReason()).isEqualTo(reason.name());
        assertThat(audit.getDataKeyId()).isEqualTo(deadLetter.getOriginal().getDataKeyId());
        assertThat(audit.getDetails()).containsEntry("deadLetterId", deadLetter.getDeadLetterId());
        assertThat(protectedTopic.isEmpty()).isTrue();
        return deadLetter;
    }

    private OriginalRecord decryptOriginal(DeadLetter deadLetter, String keyTenant, String contactId) {
        byte[] plaintext = decryptor.decrypt(new RecordIdentity(keyTenant, contactId, deadLetter.getDeadLetterId()),
                bytes(deadLetter.getOriginal().getEnvelope()));
        try {
            return new SpecificDatumReader<>(OriginalRecord.class)
                    .read(null, DecoderFactory.get().binaryDecoder(plaintext, null));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }
}
