package io.contactshield.topology.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.ProtectionAction;
import io.contactshield.topology.classify.Detection;
import io.contactshield.topology.classify.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyApplierTest {

    private static final ValueTokenizer TOKENIZER = (tenant, type, value) -> "tok_" + type + "_" + tenant;
    private static final ValueHasher HASHER = (tenant, type, value) -> "hash_" + type + "_" + tenant;

    private static PolicyApplier applier(Map<String, String> policy) {
        return new PolicyApplier(ProtectionPolicy.parse(policy, "test"), TOKENIZER, HASHER);
    }

    private static Finding finding(String path, String type, int start, int end) {
        return new Finding(path, new Detection(type, start, end, 0.9, "test"));
    }

    @Test
    void tokenizeReplacesTheSpanWithTheTenantsToken() {
        String text = "Mail jane@example.com today";
        ProtectedText result = applier(Map.of()).apply("acme", text, List.of(finding("agentNotes", "EMAIL", 5, 21)));

        assertThat(result.text()).isEqualTo("Mail tok_EMAIL_acme today");
        assertThat(result.actions()).extracting(AppliedAction::action).containsExactly(PolicyAction.TOKENIZE);
    }

    @Test
    void maskKeepsTheLastFourDigitsAndTheSeparators() {
        String text = "card 4111 1111 1111 1111.";
        ProtectedText result = applier(Map.of("type.CREDIT_CARD.action", "MASK"))
                .apply("acme", text, List.of(finding("agentNotes", "CREDIT_CARD", 5, 24)));

        assertThat(result.text()).isEqualTo("card **** **** **** 1111.");
    }

    @Test
    void maskKeepsFirstAndLastWhenAsked() {
        ProtectedText result = applier(Map.of(
                "type.CREDIT_CARD.action", "MASK",
                "type.CREDIT_CARD.mask.keep.first", "6",
                "type.CREDIT_CARD.mask.char", "X"))
                .apply("acme", "4111-1111-1111-1111", List.of(finding("n", "CREDIT_CARD", 0, 19)));

        assertThat(result.text()).isEqualTo("4111-11XX-XXXX-1111");
    }

    @Test
    void maskNeverShowsMoreThanHalfOfAShortValue() {
        ProtectedText result = applier(Map.of("type.US_SSN.action", "MASK"))
                .apply("acme", "123", List.of(finding("n", "US_SSN", 0, 3)));

        assertThat(result.text()).isEqualTo("**3");
    }

    @Test
    void redactWritesTheTypeInBrackets() {
        ProtectedText result = applier(Map.of("default.action", "REDACT"))
                .apply("acme", "IBAN GB82WEST12345698765432", List.of(finding("n", "IBAN", 5, 27)));

        assertThat(result.text()).isEqualTo("IBAN [REDACTED:IBAN]");
    }

    @Test
    void hashUsesTheKeyedHasherWithTenantAndType() {
        ProtectedText result = applier(Map.of("type.EMAIL.action", "HASH"))
                .apply("globex", "a@b.co", List.of(finding("n", "EMAIL", 0, 6)));

        assertThat(result.text()).isEqualTo("hash_EMAIL_globex");
        assertThat(result.actions().get(0).action().audited()).isEqualTo(ProtectionAction.HASHED);
    }

    @Test
    void aPolicyThatHashesNeedsAKeyedHasherAndHasNoUnkeyedFallback() {
        ProtectionPolicy policy = ProtectionPolicy.parse(Map.of("type.PHONE_NUMBER.action", "HASH"), "test");

        assertThatThrownBy(() -> new PolicyApplier(policy, TOKENIZER, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no keyed hasher");
    }

    @Test
    void aPolicyThatNeverTokenizesNeedsNoTokenizer() {
        ProtectionPolicy policy = ProtectionPolicy.parse(Map.of("default.action", "REDACT"), "test");

        assertThat(new PolicyApplier(policy, null, null).apply("acme", "x", List.of()).text()).isEqualTo("x");
    }

    @Test
    void fieldRuleWinsOverTypeRuleWhenApplied() {
        PolicyApplier applier = applier(Map.of("type.EMAIL.action", "HASH", "field.agentNotes.action", "REDACT"));

        assertThat(applier.apply("acme", "a@b.co", List.of(finding("agentNotes", "EMAIL", 0, 6))).text())
                .isEqualTo("[REDACTED:EMAIL]");
        assertThat(applier.apply("acme", "a@b.co", List.of(finding("description", "EMAIL", 0, 6))).text())
                .isEqualTo("hash_EMAIL_acme");
    }

    @Test
    void severalFindingsAreReplacedAndReportedInTheOrderGiven() {
        String text = "a@b.co then +14155550100 end";
        Finding phone = finding("n", "PHONE_NUMBER", 12, 24);
        Finding email = finding("n", "EMAIL", 0, 6);
        ProtectedText result = applier(Map.of("type.PHONE_NUMBER.action", "REDACT"))
                .apply("acme", text, List.of(phone, email));

        assertThat(result.text()).isEqualTo("tok_EMAIL_acme then [REDACTED:PHONE_NUMBER] end");
        assertThat(result.actions()).containsExactly(
                new AppliedAction(phone, PolicyAction.REDACT), new AppliedAction(email, PolicyAction.TOKENIZE));
    }

    @Test
    void overlappingFindingsAreProtectedAsOneSpanLeavingNothingInClear() {
        String text = "x 0123456789 y";
        Finding first = finding("n", "PHONE_NUMBER", 2, 8);
        Finding second = finding("n", "CREDIT_CARD", 5, 12);
        ProtectedText result = applier(Map.of("default.action", "REDACT")).apply("acme", text, List.of(second, first));

        assertThat(result.text()).isEqualTo("x [REDACTED:PHONE_NUMBER] y");
        assertThat(result.actions()).extracting(AppliedAction::action)
                .containsExactly(PolicyAction.REDACT, PolicyAction.REDACT);
    }

    @Test
    void findingOutsideTheTextIsRejectedWithoutTheText() {
        assertThatThrownBy(() -> applier(Map.of()).apply("acme", "secret", List.of(finding("n", "EMAIL", 2, 9))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
    }

    @Test
    void protectedTextKeepsItsTextOutOfToString() {
        assertThat(new ProtectedText("jane@example.com", List.of()).toString()).doesNotContain("jane");
    }
}
