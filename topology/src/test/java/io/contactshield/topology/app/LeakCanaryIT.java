package io.contactshield.topology.app;

import static io.contactshield.topology.app.ShieldHarness.ACME;
import static io.contactshield.topology.app.ShieldHarness.GLOBEX;
import static io.contactshield.topology.app.ShieldHarness.UNKNOWN_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.schemas.Reference;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Known personal data planted in every kind of field of good and bad inputs never comes out: not
 * in any output topic (protected, audit, dead letters, keyring), in no encoding, and not in the
 * log at DEBUG.
 */
class LeakCanaryIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension();

    private static final String NAME = "Samuel Okafor";
    private static final String EMAIL = "sam.okafor@example.org";
    private static final String PHONE = "+44 7700 900123";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String SSN = "536-22-8741";
    private static final String IBAN = "GB82 WEST 1234 5698 7654 32";
    private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String URL_PASSWORD = "S3cr3tPassw0rd";
    private static final String URL = "https://admin:" + URL_PASSWORD + "@intranet.example.com/billing";
    private static final String IP = "203.0.113.42";
    /** What must never come out, each in several spellings (see {@link #spellings}). */
    private static final List<String> PLANTED = List.of(NAME, EMAIL, PHONE, CARD, SSN, IBAN, AWS_KEY,
            "admin:" + URL_PASSWORD, IP);
    private static final String SENTENCE = "Customer " + NAME + " (email " + EMAIL + ", phone " + PHONE
            + ") paid with card " + CARD + "; SSN " + SSN + "; IBAN " + IBAN + "; connected from " + IP
            + "; pasted " + URL + " and the access key " + AWS_KEY + ".";

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> previousLevels = new LinkedHashMap<>();

    @BeforeEach
    void captureLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender.setContext(context);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        for (String name : List.of("io.contactshield", "org.apache.kafka.streams")) {
            Logger logger = context.getLogger(name);
            previousLevels.put(name, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
    }

    @AfterEach
    void restoreLogs() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        previousLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
        appender.stop();
    }

    @Test
    void plantedPersonalDataAppearsInNoOutputTopicAndNoLogLine() {
        try (ShieldHarness shield = new ShieldHarness("leak", KAFKA, KMS.server(), dir, 2)) {
            shield.provisionTokenKeys(ACME, GLOBEX);
            List<ProducerRecord<byte[], byte[]>> good = new ArrayList<>();
            good.add(withPiiHeader(shield.record("c-all", shield.avro(everywhere(ACME, "c-all", "e-all")))));
            good.add(shield.record("c-email", shield.avro(ContactEvent.newBuilder(everywhere(GLOBEX, "c-email", "e-email"))
                    .setChannel(Channel.EMAIL)
                    .setCustomerEndpoint(new CustomerEndpoint(EMAIL, "EMAIL_ADDRESS", NAME)).build())));
            // One field at a time, so that a field whose text escapes the scan cannot hide behind another.
            Map<String, UnaryOperator<ContactEvent.Builder>> fields = new LinkedHashMap<>();
            fields.put("name", b -> b.setName(SENTENCE));
            fields.put("description", b -> b.setDescription(SENTENCE));
            fields.put("agentNotes", b -> b.setAgentNotes(SENTENCE));
            fields.put("attributes", b -> b.setAttributes(Map.of("note", SENTENCE)));
            fields.put("tags", b -> b.setTags(Map.of("summary", SENTENCE)));
            fields.put("extensions", b -> b.setExtensions(Map.of("crm.notes", SENTENCE)));
            fields.put("attribute keys", b -> b.setAttributes(Map.of(EMAIL, "vip", PHONE, "callback")));
            fields.put("transcript", b -> b.setTranscript(List.of(TranscriptSegment.newBuilder()
                    .setParticipantRole("CUSTOMER").setDisplayName(NAME).setContent(SENTENCE).build())));
            fields.put("references", b -> b.setReferences(List.of(Reference.newBuilder().setName("case")
                    .setType("STRING").setValue(SENTENCE).build())));
            fields.put("customerName", b -> b.setCustomerName(NAME));
            fields.put("customerId", b -> b.setCustomerId(EMAIL));
            fields.put("displayName", b -> b.setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", NAME)));
            int n = 0;
            for (Map.Entry<String, UnaryOperator<ContactEvent.Builder>> field : fields.entrySet()) {
                String tenant = n++ % 2 == 0 ? ACME : GLOBEX;
                ContactEvent event = field.getValue().apply(bare(tenant, "c-" + field.getKey(), "e-" + field.getKey()))
                        .build();
                good.add(shield.record("c-" + field.getKey(), shield.avro(event)));
            }

            List<ProducerRecord<byte[], byte[]>> bad = new ArrayList<>();
            bad.add(withPiiHeader(shield.record(PHONE, SENTENCE.getBytes(StandardCharsets.UTF_8))));
            byte[] body = SENTENCE.getBytes(StandardCharsets.UTF_8);
            byte[] wireFormatGarbage = new byte[5 + body.length];
            wireFormatGarbage[4] = 1; // magic byte 0 and schema id 1 (ContactEvent), then no Avro at all
            System.arraycopy(body, 0, wireFormatGarbage, 5, body.length);
            bad.add(shield.record(EMAIL, wireFormatGarbage));
            // Ids that are not id-shaped are dropped from dead letters and audits.
            bad.add(shield.record(EMAIL, shield.avro(everywhere(UNKNOWN_TENANT, EMAIL, PHONE))));
            bad.add(shield.record("c-unknown", shield.avro(everywhere(UNKNOWN_TENANT, "c-unknown", "e-unknown"))));
            bad.add(shield.record("c-tenant", shield.avro(everywhere(EMAIL, "c-tenant", "e-tenant"))));
            // Ids that are id-shaped but hold personal data: a known tenant, so only the ids are wrong.
            String cardDigits = CARD.replace(" ", "");
            bad.add(shield.record(cardDigits, shield.avro(everywhere(ACME, cardDigits, SSN))));
            bad.add(shield.record("c-ssn", shield.avro(everywhere(ACME, "c-ssn", SSN))));

            List<ProducerRecord<byte[], byte[]>> all = new ArrayList<>(good);
            all.addAll(bad);
            shield.produce(all);

            try (ContactShieldApplication app = ContactShieldApplication.create(shield.config())) {
                app.start();
                ShieldHarness.eventually(Duration.ofSeconds(60), "every input committed",
                        () -> shield.committedInputs() == all.size());
            }
            shield.awaitOutputsSettled();

            // The run did what it should, so the scan below looks at real outputs.
            List<ConsumerRecord<String, byte[]>> protectedRecords = shield.readUncommitted(shield.protectedTopic);
            assertThat(shield.readCommitted(shield.protectedTopic)).hasSize(good.size());
            List<ConsumerRecord<String, byte[]>> deadLetters = shield.readUncommitted(shield.deadLetterTopic);
            assertThat(shield.readCommitted(shield.deadLetterTopic).stream()
                    .map(r -> shield.decode(r.value(), DeadLetter.class, shield.deadLetterTopic).getReason()))
                    .containsExactlyInAnyOrder(DeadLetterReason.MALFORMED_BYTES, DeadLetterReason.MALFORMED_BYTES,
                            DeadLetterReason.UNKNOWN_TENANT, DeadLetterReason.UNKNOWN_TENANT,
                            DeadLetterReason.UNKNOWN_TENANT, DeadLetterReason.POLICY_ERROR, DeadLetterReason.POLICY_ERROR);
            assertThat(protectedRecords.stream()
                    .map(r -> shield.decode(r.value(), ProtectedContactEvent.class, shield.protectedTopic))
                    .filter(e -> e.getEventId().equals("e-all")).findFirst().orElseThrow().getContact().getAgentNotes())
                    .contains("tok_EMAIL_v1_", "tok_CREDIT_CARD_v1_", "tok_US_SSN_v1_", "tok_IBAN_v1_");
            assertThat(appender.list).anySatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
            assertThat(appender.list).anySatisfy(e -> assertThat(e.getLoggerName()).startsWith("org.apache.kafka.streams"));

            Map<String, List<ConsumerRecord<String, byte[]>>> outputs = new LinkedHashMap<>();
            outputs.put(shield.protectedTopic, protectedRecords);
            outputs.put(shield.auditTopic, shield.readUncommitted(shield.auditTopic));
            outputs.put(shield.deadLetterTopic, deadLetters);
            outputs.put(shield.keyringTopic, shield.readUncommitted(shield.keyringTopic));
            List<String> leaks = new ArrayList<>();
            outputs.forEach((topic, records) -> {
                for (ConsumerRecord<String, byte[]> record : records) {
                    leaks.addAll(find(topic + "@" + record.partition() + ":" + record.offset(), text(record)));
                }
            });
            StringBuilder logs = new StringBuilder();
            for (ILoggingEvent event : List.copyOf(appender.list)) {
                logs.append(render(event)).append('\n');
            }
            leaks.addAll(find("log", logs.toString()));
            assertThat(leaks).isEmpty();
        }
    }

    private static ProducerRecord<byte[], byte[]> withPiiHeader(ProducerRecord<byte[], byte[]> record) {
        record.headers().add("x-customer-email", EMAIL.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ContactEvent.Builder bare(String tenant, String contactId, String eventId) {
        return ContactEvent.newBuilder()
                .setEventId(eventId)
                .setTenantId(tenant)
                .setEventTime(Instant.parse("2026-11-29T10:00:00Z"))
                .setContactId(contactId)
                .setChannel(Channel.VOICE);
    }

    /** Personal data in every field that can hold it. */
    private static ContactEvent everywhere(String tenant, String contactId, String eventId) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("callbackNumber", PHONE);
        attributes.put("customerEmail", EMAIL);
        attributes.put("note", SENTENCE);
        return bare(tenant, contactId, eventId)
                .setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", NAME))
                .setCustomerName(NAME)
                .setCustomerId(EMAIL)
                .setName("Call with " + NAME + " about card " + CARD)
                .setDescription(SENTENCE)
                .setAgentNotes(SENTENCE)
                .setAttributes(attributes)
                .setTags(Map.of("summary", SENTENCE, "email", EMAIL))
                .setExtensions(Map.of("crm.notes", SENTENCE, "crm.iban", IBAN))
                .setTranscript(List.of(
                        TranscriptSegment.newBuilder().setParticipantRole("AGENT").setDisplayName("Agent Smith")
                                .setContent("Can you confirm your details?").build(),
                        TranscriptSegment.newBuilder().setParticipantRole("CUSTOMER").setDisplayName(NAME)
                                .setContent(SENTENCE).build()))
                .setReferences(List.of(Reference.newBuilder().setName("case").setType("URL").setValue(URL).build(),
                        Reference.newBuilder().setName("notes").setType("STRING").setValue(SENTENCE).build()))
                .build();
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder();
        text.append(record.key()).append('\n');
        if (record.value() != null) {
            text.append(new String(record.value(), StandardCharsets.ISO_8859_1)).append('\n');
        }
        for (Header header : record.headers()) {
            text.append(header.key()).append('=');
            if (header.value() != null) {
                text.append(new String(header.value(), StandardCharsets.ISO_8859_1));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        event.getMDCPropertyMap().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append("\n").append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                text.append("\nsuppressed ").append(suppressed.getClassName()).append(": ").append(suppressed.getMessage());
            }
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append("\n\t").append(frame.getSTEAsString());
            }
        }
        return text.toString();
    }

    private static List<String> find(String where, String haystack) {
        String lower = haystack.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String value : PLANTED) {
            for (String spelling : spellings(value)) {
                boolean caseless = !spelling.startsWith("base64:");
                String needle = caseless ? spelling.toLowerCase(Locale.ROOT) : spelling.substring("base64:".length());
                if ((caseless ? lower : haystack).contains(needle)) {
                    found.add(where + " holds " + value + " as " + spelling);
                }
            }
        }
        return found;
    }

    /** A value as it might be written: as is, JSON-escaped, without separators, base64 at every alignment. */
    static Set<String> spellings(String value) {
        Set<String> plain = new LinkedHashSet<>();
        plain.add(value);
        plain.add(value.replace("/", "\\/").replace("+", "\\u002b").replace("@", "\\u0040"));
        plain.add(value.replace(" ", "").replace("-", ""));
        plain.add(value.replace(" ", "").replace("-", "").replace("+", ""));
        if (value.startsWith("+44 ")) {
            plain.add("0" + value.substring(4).replace(" ", ""));
            plain.add(value.substring(4).replace(" ", ""));
        }
        Set<String> spellings = new LinkedHashSet<>(plain);
        for (String text : plain) {
            for (int shift = 0; shift < 3; shift++) {
                byte[] bytes = ("xx".substring(0, shift) + text).getBytes(StandardCharsets.UTF_8);
                for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                    String encoded = encoder.withoutPadding().encodeToString(bytes);
                    // Only whole 4-character groups that hold nothing but the value's own bytes.
                    int start = shift == 0 ? 0 : 4;
                    int end = (bytes.length / 3) * 4;
                    if (end - start >= 8) {
                        spellings.add("base64:" + encoded.substring(start, end));
                    }
                }
            }
        }
        return spellings;
    }
}
