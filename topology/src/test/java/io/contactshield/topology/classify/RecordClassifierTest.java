package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.Agent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Endpoint;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.GeneratedTypeTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordClassifierTest {

    /** Finds e-mail-like and "+digits" phone-like words: keeps these tests about walking records. */
    static final class FakeDetector implements Detector {

        private static final Pattern EMAIL = Pattern.compile("[a-z.]+@[a-z.]+\\.com");
        private static final Pattern PHONE = Pattern.compile("\\+[0-9]{8,15}");

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public List<Detection> detect(String text) {
            List<Detection> detections = new ArrayList<>();
            for (Matcher m = EMAIL.matcher(text); m.find(); ) {
                detections.add(new Detection(EntityTypes.EMAIL, m.start(), m.end(), 0.9, name()));
            }
            for (Matcher m = PHONE.matcher(text); m.find(); ) {
                detections.add(new Detection(EntityTypes.PHONE_NUMBER, m.start(), m.end(), 0.9, name()));
            }
            return detections;
        }
    }

    private static final TextClassifier TEXT =
            new TextClassifier(List.of(new FakeDetector()), ClassifierSettings.defaults());

    private final RecordClassifier classifier = new RecordClassifier(TEXT, false);

    @BeforeAll
    static void trustGeneratedTypes() {
        GeneratedTypeTrust.install();
    }

    private static ContactEvent.Builder event() {
        return ContactEvent.newBuilder()
                .setEventId("e-1")
                .setTenantId("acme")
                .setEventTime(Instant.parse("2026-11-01T10:00:00Z"))
                .setContactId("c-1");
    }

    private static Finding schemaFinding(String path, String type, int length) {
        return new Finding(path, new Detection(type, 0, length, 1.0, Finding.SCHEMA_DETECTOR));
    }

    private static Finding scanFinding(String path, String type, int start, int end) {
        return new Finding(path, new Detection(type, start, end, 0.9, "fake"));
    }

    @Test
    void annotatedFieldIsAWholeValueFindingWhateverItsContent() {
        ContactEvent event = event().setCustomerName("Jane Roe").build();

        assertThat(classifier.classify(event)).containsExactly(schemaFinding("customerName", "PERSON_NAME", 8));
    }

    @Test
    void annotatedFieldInNestedRecordIsNamedByADottedPath() {
        ContactEvent event = event()
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setDisplayName("Jane").build())
                .build();

        assertThat(classifier.classify(event))
                .containsExactly(schemaFinding("customerEndpoint.displayName", "PERSON_NAME", 4));
    }

    @Test
    void multiTypeAnnotationTakesTheFirstTypeWhoseDetectionCoversTheWholeValue() {
        ContactEvent event = event()
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress("jane@example.com").build())
                .build();

        assertThat(classifier.classify(event))
                .containsExactly(schemaFinding("customerEndpoint.address", "EMAIL", 16));
    }

    @Test
    void multiTypeAnnotationIgnoresSurroundingWhitespaceWhenMatchingTheWholeValue() {
        ContactEvent event = event()
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress(" jane@example.com\n").build())
                .build();

        assertThat(classifier.classify(event))
                .containsExactly(schemaFinding("customerEndpoint.address", "EMAIL", 18));
    }

    @Test
    void multiTypeAnnotationFallsBackToTheFirstListedTypeWhenNoDetectionCoversTheValue() {
        ContactEvent event = event()
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress("mail jane@example.com").build())
                .build();

        assertThat(classifier.classify(event))
                .containsExactly(schemaFinding("customerEndpoint.address", "PHONE_NUMBER", 21));
    }

    @Test
    void scannedFieldReportsEachDetectionWithItsOffsets() {
        ContactEvent event = event().setAgentNotes("Hi jane@example.com or +14155550100").build();

        assertThat(classifier.classify(event)).containsExactly(
                scanFinding("agentNotes", "EMAIL", 3, 19),
                scanFinding("agentNotes", "PHONE_NUMBER", 23, 35));
    }

    @Test
    void arrayElementsAreNamedByIndex() {
        ContactEvent event = event().setTranscript(List.of(
                        TranscriptSegment.newBuilder().setContent("Hello").build(),
                        TranscriptSegment.newBuilder().setContent("It is jane@example.com").build()))
                .build();

        assertThat(classifier.classify(event)).containsExactly(scanFinding("transcript[1].content", "EMAIL", 6, 22));
    }

    @Test
    void mapValuesUnderAScannedMapAreScannedAndNamedByKeyAfterADot() {
        ContactEvent event = event().setAttributes(Map.of("note", "try +14155550100")).build();

        assertThat(classifier.classify(event)).containsExactly(scanFinding("attributes.note", "PHONE_NUMBER", 4, 16));
    }

    @Test
    void mapKeysThatAreNotPlainNamesAreQuotedInBrackets() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("order.id", "+14155550100");
        attributes.put("say \"hi\"", "+14155550100");
        attributes.put("a[0]", "+14155550100");
        ContactEvent event = event().setAttributes(attributes).build();

        assertThat(classifier.classify(event)).extracting(Finding::fieldPath)
                .containsExactly("attributes[\"order.id\"]", "attributes[\"say \\\"hi\\\"\"]", "attributes[\"a[0]\"]");
    }

    @Test
    void aScannedMapsKeysAreScannedAndReportedAtTheirOwnPath() {
        ContactEvent event = event().setAttributes(Map.of("jane@example.com", "yes")).build();

        assertThat(classifier.classify(event))
                .containsExactly(scanFinding("attributes[\"jane@example.com\"]#key", "EMAIL", 0, 16));
    }

    @Test
    void unannotatedStringsAreNotScannedByDefault() {
        ContactEvent event = event()
                .setSystemEndpoint(Endpoint.newBuilder().setAddress("+18005550199").build())
                .setAgent(Agent.newBuilder().setUsername("agent@example.com").build())
                .build();

        assertThat(classifier.classify(event)).isEmpty();
    }

    @Test
    void scanAllStringsScansUnannotatedStringsToo() {
        ContactEvent event = event()
                .setSystemEndpoint(Endpoint.newBuilder().setAddress("+18005550199").build())
                .setAgent(Agent.newBuilder().setHierarchyGroups(Map.of("LEVEL1", "boss@example.com")).build())
                .build();

        assertThat(new RecordClassifier(TEXT, true).classify(event)).containsExactly(
                scanFinding("systemEndpoint.address", "PHONE_NUMBER", 0, 12),
                scanFinding("agent.hierarchyGroups.LEVEL1", "EMAIL", 0, 16));
    }

    @Test
    void scanAllStringsStillProtectsAnnotatedFieldsWhole() {
        ContactEvent event = event().setCustomerName("jane@example.com").build();

        assertThat(new RecordClassifier(TEXT, true).classify(event))
                .containsExactly(schemaFinding("customerName", "PERSON_NAME", 16));
    }

    @Test
    void nullAndEmptyValuesGiveNoFindings() {
        ContactEvent event = event().setCustomerName("").setAgentNotes(null)
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().build())
                .build();

        assertThat(classifier.classify(event)).isEmpty();
    }

    private static final Schema GENERIC = new Schema.Parser().parse("""
            {"type": "record", "name": "Chat", "namespace": "test", "fields": [
              {"name": "caller", "type": ["null", {"type": "record", "name": "Caller", "fields": [
                {"name": "phone", "type": ["null", "string"], "pii": "PHONE_NUMBER"}]}]},
              {"name": "emails", "type": {"type": "array", "items": "string"}, "pii": "EMAIL"},
              {"name": "lines", "type": {"type": "array", "items": "string"}, "pii.scan": true},
              {"name": "extra", "type": ["null", {"type": "map", "values": ["null", "string"]}], "pii.scan": true},
              {"name": "startedAt", "type": ["null", {"type": "long", "logicalType": "timestamp-millis"}]},
              {"name": "free", "type": ["null", "string"]}
            ]}""");

    private static GenericRecord generic() {
        GenericRecord record = new GenericData.Record(GENERIC);
        record.put("emails", List.of());
        record.put("lines", List.of());
        return record;
    }

    @Test
    void genericRecordsAreWalkedThroughUnionsToNestedRecords() {
        GenericRecord caller = new GenericData.Record(GENERIC.getField("caller").schema().getTypes().get(1));
        caller.put("phone", new Utf8("0207 946 0018"));
        GenericRecord record = generic();
        record.put("caller", caller);
        record.put("startedAt", 1_700_000_000_000L);

        assertThat(classifier.classify(record)).containsExactly(schemaFinding("caller.phone", "PHONE_NUMBER", 13));
    }

    // A record that holds records of its own kind, under an array that carries no annotation.
    private static final Schema NOTE = new Schema.Parser().parse("""
            {"type": "record", "name": "Note", "namespace": "test", "fields": [
              {"name": "id", "type": "string"},
              {"name": "count", "type": "int"},
              {"name": "text", "type": "string", "pii.scan": true},
              {"name": "replies", "type": {"type": "array", "items": "Note"}}
            ]}""");

    private static GenericRecord note(String id, String text, List<GenericRecord> replies) {
        GenericRecord note = new GenericData.Record(NOTE);
        note.put("id", id);
        note.put("count", replies.size());
        note.put("text", text);
        note.put("replies", replies);
        return note;
    }

    @Test
    void recordsInsideUnannotatedFieldsAndInsideRecordsOfTheirOwnKindAreRead() {
        GenericRecord root = note("x@y.com", "nothing", List.of(note("r", "see x@y.com", List.of())));

        assertThat(classifier.classify(root)).containsExactly(scanFinding("replies[0].text", "EMAIL", 4, 11));
        assertThat(classifier.classify(root)).as("a second time, the schema's fields known")
                .containsExactly(scanFinding("replies[0].text", "EMAIL", 4, 11));
    }

    @Test
    void annotationOnAnArrayOfStringsCoversEveryElement() {
        GenericRecord record = generic();
        record.put("emails", List.of(new Utf8("a@b.com"), "anything"));

        assertThat(classifier.classify(record)).containsExactly(
                schemaFinding("emails[0]", "EMAIL", 7),
                schemaFinding("emails[1]", "EMAIL", 8));
    }

    @Test
    void scannedArraysAndNullableMapValuesAreScanned() {
        GenericRecord record = generic();
        record.put("lines", List.of("no", "it is +4915112345678"));
        Map<Utf8, Object> extra = new LinkedHashMap<>();
        extra.put(new Utf8("a"), null);
        extra.put(new Utf8("b"), new Utf8("x@y.com"));
        record.put("extra", extra);

        assertThat(classifier.classify(record)).containsExactly(
                scanFinding("lines[1]", "PHONE_NUMBER", 6, 20),
                scanFinding("extra.b", "EMAIL", 0, 7));
    }

    @Test
    void schemaWithAnnotationProblemsIsRejectedNamingTheFieldButNoValue() {
        Schema bad = new Schema.Parser().parse("""
                {"type": "record", "name": "Bad", "fields": [
                  {"name": "pin", "type": "int", "pii": "US_SSN"},
                  {"name": "note", "type": "string"}]}""");
        GenericRecord record = new GenericData.Record(bad);
        record.put("pin", 123456789);
        record.put("note", "jane@example.com");

        assertThatThrownBy(() -> classifier.classify(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad")
                .hasMessageContaining("pin")
                .hasMessageNotContaining("123456789")
                .hasMessageNotContaining("jane@example.com");
    }

    @Test
    void realDetectorsFindDataInASampleContactEvent() {
        RecordClassifier real = new RecordClassifier(TextClassifier.create(ClassifierSettings.defaults()), false);
        ContactEvent event = event()
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress("+14155550100").build())
                .setTranscript(List.of(TranscriptSegment.newBuilder()
                        .setContent("Hi, my email is jane.roe@example.com").build()))
                .build();

        assertThat(real.classify(event)).contains(
                schemaFinding("customerEndpoint.address", "PHONE_NUMBER", 12))
                .anySatisfy(finding -> {
                    assertThat(finding.fieldPath()).isEqualTo("transcript[0].content");
                    assertThat(finding.type()).isEqualTo("EMAIL");
                    assertThat(finding.detection().start()).isEqualTo(16);
                    assertThat(finding.detection().end()).isEqualTo(36);
                });
    }

    @Test
    void aMapKeyOrANameFieldIsReadAsContextForItsValueButIsNeverAFinding() {
        RecordClassifier real = new RecordClassifier(TextClassifier.create(ClassifierSettings.defaults()), false);
        java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
        attributes.put("customerName", "Jane Roe");
        attributes.put("queue", "billing");
        attributes.put("Jane Roe", "vip");
        ContactEvent event = event()
                .setAttributes(attributes)
                .setTranscript(java.util.List.of(io.contactshield.schemas.TranscriptSegment.newBuilder()
                        .setDisplayName("Jane Kowalski").setContent("hello").build()))
                .build();

        assertThat(real.classify(event)).extracting(f -> f.fieldPath() + " " + f.type() + " "
                        + f.detection().start() + "-" + f.detection().end())
                .containsExactlyInAnyOrder("attributes.customerName PERSON_NAME 0-8",
                        "transcript[0].displayName PERSON_NAME 0-13");
        // Without the key a bare name says too little to be reported.
        assertThat(TextClassifier.create(ClassifierSettings.defaults()).classify("Jane Roe")).isEmpty();
    }
}
