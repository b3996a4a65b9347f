package io.contactshield.topology.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Endpoint;
import io.contactshield.schemas.Finding;
import io.contactshield.schemas.FindingSummary;
import io.contactshield.schemas.ProtectionAction;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.RecordClassifier;
import io.contactshield.topology.classify.TextClassifier;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectionPolicy;
import io.contactshield.topology.policy.ValueHasher;
import io.contactshield.topology.policy.ValueTokenizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordProtectorTest {

    private static final ValueTokenizer TOKENIZER = (tenant, type, value) -> "tok_" + type + "_" + tenant;
    private static final ValueHasher HASHER = (tenant, type, value) -> "hash_" + type + "_" + tenant;
    private static final RecordClassifier CLASSIFIER =
            new RecordClassifier(TextClassifier.create(ClassifierSettings.defaults()), false);

    private static final String PHONE = "+1 415 555 0100";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String EMAIL = "jane.roe@example.com";
    private static final String NAME = "Jane Roe";
    private static final String IBAN = "GB82 WEST 1234 5698 7654 32";
    private static final String IBAN_KEY = "billing.iban";

    private final RecordProtector protector = new RecordProtector(CLASSIFIER, new PolicyApplier(
            ProtectionPolicy.parse(Map.of(
                    "type.CREDIT_CARD.action", "MASK",
                    "type.PERSON_NAME.action", "REDACT",
                    "type.EMAIL.action", "HASH"), "test"),
            TOKENIZER, HASHER));

    private static ContactEvent event() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("queue", "billing");
        attributes.put(IBAN_KEY, "refund to " + IBAN + " please");
        return ContactEvent.newBuilder()
                .setEventId("e-1")
                .setTenantId("acme")
                .setEventTime(Instant.parse("2025-01-02T03:04:05Z"))
                .setContactId("c-1")
                .setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", null))
                .setSystemEndpoint(new Endpoint("+1 800 555 0199", "TELEPHONE_NUMBER", null))
                .setCustomerName(NAME)
                .setAgentNotes("Customer paid with card " + CARD + " today.")
                .setAttributes(attributes)
                .setTranscript(List.of(
                        segment("AGENT", "Hello, how can I help you today?"),
                        segment("CUSTOMER", "Please send it to " + EMAIL + " thanks")))
                .build();
    }

    private static TranscriptSegment segment(String role, String content) {
        return TranscriptSegment.newBuilder().setParticipantRole(role).setContent(content).build();
    }

    @Test
    void protectedCopyHasTokensAndMasksInExactlyThosePlaces() {
        ContactEvent expected = event();
        expected.getCustomerEndpoint().setAddress("tok_PHONE_NUMBER_acme");
        expected.setCustomerName("[REDACTED:PERSON_NAME]");
        expected.setAgentNotes("Customer paid with card **** **** **** 1111 today.");
        expected.getAttributes().put(IBAN_KEY, "refund to tok_IBAN_acme please");
        expected.getTranscript().get(1).setContent("Please send it to hash_EMAIL_acme thanks");

        ProtectedContact result = protector.protect("acme", event());

        assertThat(result.contact()).isEqualTo(expected);
    }

    @Test
    void originalIsNotModified() {
        ContactEvent original = event();

        protector.protect("acme", original);

        assertThat(original).isEqualTo(event());
    }

    @Test
    void findingsSayWhatWasDoneWhereInClassifierOrder() {
        ProtectedContact result = protector.protect("acme", event());

        assertThat(result.findings())
                .extracting(Finding::getFieldPath, Finding::getEntityType, Finding::getAction, Finding::getDetector)
                .containsExactly(
                        tuple("customerEndpoint.address", "PHONE_NUMBER", ProtectionAction.TOKENIZED, "schema"),
                        tuple("customerName", "PERSON_NAME", ProtectionAction.REDACTED, "schema"),
                        tuple("agentNotes", "CREDIT_CARD", ProtectionAction.MASKED, "credit-card"),
                        tuple("attributes[\"billing.iban\"]", "IBAN", ProtectionAction.TOKENIZED, "iban"),
                        tuple("transcript[1].content", "EMAIL", ProtectionAction.HASHED, "email"));
        assertThat(result.findings().get(2)).satisfies(card -> {
            assertThat(card.getStart()).isEqualTo(24);
            assertThat(card.getEnd()).isEqualTo(24 + CARD.length());
            assertThat(card.getConfidence()).isBetween(0.5, 1.0);
        });
    }

    @Test
    void summaryCountsFindingsPerTypeAndAction() {
        ContactEvent event = event();
        event.setDescription("Callback on " + PHONE + ", card " + CARD);

        ProtectedContact result = protector.protect("acme", event);

        assertThat(result.summary())
                .extracting(FindingSummary::getEntityType, FindingSummary::getAction, FindingSummary::getCount)
                .containsExactly(
                        tuple("CREDIT_CARD", ProtectionAction.MASKED, 2),
                        tuple("EMAIL", ProtectionAction.HASHED, 1),
                        tuple("IBAN", ProtectionAction.TOKENIZED, 1),
                        tuple("PERSON_NAME", ProtectionAction.REDACTED, 1),
                        tuple("PHONE_NUMBER", ProtectionAction.TOKENIZED, 2));
    }

    @Test
    void eventWithoutPersonalDataComesBackEqualWithNoFindings() {
        ContactEvent event = ContactEvent.newBuilder().setEventId("e-2").setTenantId("acme")
                .setEventTime(Instant.parse("2025-01-02T03:04:05Z")).setContactId("c-2")
                .setAgentNotes("Customer asked about opening hours.").build();

        ProtectedContact result = protector.protect("acme", event);

        assertThat(result.contact()).isEqualTo(event).isNotSameAs(event);
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary()).isEmpty();
    }

    @Test
    void toStringShowsNoValue() {
        String text = protector.protect("acme", event()).toString();

        assertThat(text).doesNotContain("415", "1111", "jane", "Jane", "Roe", "GB82", "refund", "tok_", "hash_", "REDACTED:")
                .contains("findings=5");
    }
}
