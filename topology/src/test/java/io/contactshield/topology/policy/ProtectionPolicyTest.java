package io.contactshield.topology.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectionPolicyTest {

    private static ProtectionPolicy parse(Map<String, String> entries) {
        return ProtectionPolicy.parse(entries, "test");
    }

    @Test
    void defaultPolicyTokenizesEverything() {
        assertThat(ProtectionPolicy.defaults().ruleFor("agentNotes", "EMAIL"))
                .isEqualTo(ProtectionRule.of(PolicyAction.TOKENIZE));
    }

    @Test
    void emptyFileMeansTokenizeEverything() {
        assertThat(parse(Map.of()).ruleFor("x", "EMAIL").action()).isEqualTo(PolicyAction.TOKENIZE);
    }

    @Test
    void typeRuleAppliesToItsTypeOnly() {
        ProtectionPolicy policy = parse(Map.of("type.EMAIL.action", "HASH"));

        assertThat(policy.ruleFor("agentNotes", "EMAIL").action()).isEqualTo(PolicyAction.HASH);
        assertThat(policy.ruleFor("agentNotes", "PHONE_NUMBER").action()).isEqualTo(PolicyAction.TOKENIZE);
    }

    @Test
    void defaultActionComesFromTheFile() {
        ProtectionPolicy policy = parse(Map.of("default.action", "REDACT"));

        assertThat(policy.ruleFor("agentNotes", "IBAN").action()).isEqualTo(PolicyAction.REDACT);
    }

    @Test
    void fieldRuleWinsOverTypeRule() {
        ProtectionPolicy policy = parse(Map.of(
                "type.CREDIT_CARD.action", "MASK",
                "field.agentNotes.action", "REDACT"));

        assertThat(policy.ruleFor("agentNotes", "CREDIT_CARD").action()).isEqualTo(PolicyAction.REDACT);
        assertThat(policy.ruleFor("description", "CREDIT_CARD").action()).isEqualTo(PolicyAction.MASK);
    }

    @Test
    void fieldRuleCoversEveryArrayElementAndEverythingUnderIt() {
        ProtectionPolicy policy = parse(Map.of(
                "field.transcript.content.action", "REDACT",
                "field.attributes.action", "HASH"));

        assertThat(policy.ruleFor("transcript[3].content", "EMAIL").action()).isEqualTo(PolicyAction.REDACT);
        assertThat(policy.ruleFor("transcript[3].displayName", "EMAIL").action()).isEqualTo(PolicyAction.TOKENIZE);
        assertThat(policy.ruleFor("attributes.note", "EMAIL").action()).isEqualTo(PolicyAction.HASH);
        assertThat(policy.ruleFor("attributes[\"order.id\"]", "EMAIL").action()).isEqualTo(PolicyAction.HASH);
        assertThat(policy.ruleFor("attributesExtra.note", "EMAIL").action()).isEqualTo(PolicyAction.TOKENIZE);
    }

    @Test
    void longestMatchingFieldRuleWins() {
        ProtectionPolicy policy = parse(Map.of(
                "field.attributes.action", "HASH",
                "field.attributes[\"order.id\"].action", "REDACT"));

        assertThat(policy.ruleFor("attributes[\"order.id\"]", "EMAIL").action()).isEqualTo(PolicyAction.REDACT);
        assertThat(policy.ruleFor("attributes.note", "EMAIL").action()).isEqualTo(PolicyAction.HASH);
    }

    @Test
    void maskSettingsComeFromTheRuleThenTheDefaults() {
        ProtectionPolicy policy = parse(Map.of(
                "default.mask.char", "#",
                "default.mask.keep.last", "2",
                "type.CREDIT_CARD.action", "mask",
                "type.CREDIT_CARD.mask.keep.first", "6",
                "type.IBAN.action", "MASK"));

        assertThat(policy.ruleFor("x", "CREDIT_CARD")).isEqualTo(new ProtectionRule(PolicyAction.MASK, 6, 2, '#'));
        assertThat(policy.ruleFor("x", "IBAN")).isEqualTo(new ProtectionRule(PolicyAction.MASK, 0, 2, '#'));
    }

    @Test
    void validationNamesEveryBadKey() {
        InvalidPolicyException error = catchThrowableOfType(InvalidPolicyException.class, () -> parse(Map.of(
                "defualt.action", "MASK",
                "type.EMAIL.action", "ENCRYPT",
                "type.credit_card.action", "MASK",
                "type.IBAN.mask.keep.last", "4",
                "type.PHONE_NUMBER.action", "HASH",
                "type.PHONE_NUMBER.mask.keep.last", "4",
                "type.US_SSN.action", "MASK",
                "type.US_SSN.mask.keep.last", "four",
                "type.US_SSN.mask.char", "**",
                "field.transcript[3].content.action", "REDACT")));

        assertThat(error.problems()).hasSize(9).anySatisfy(p -> assertThat(p).startsWith("defualt.action: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("type.EMAIL.action: 'ENCRYPT' is not an action"))
                .anySatisfy(p -> assertThat(p).startsWith("type.credit_card.action: 'credit_card' is not an entity type"))
                .anySatisfy(p -> assertThat(p).startsWith("type.IBAN.action: missing"))
                .anySatisfy(p -> assertThat(p).startsWith("type.PHONE_NUMBER.mask.keep.last: set, but"))
                .anySatisfy(p -> assertThat(p).startsWith("type.US_SSN.mask.keep.last: 'four' is not a whole number"))
                .anySatisfy(p -> assertThat(p).startsWith("type.US_SSN.mask.char: must be one visible character"))
                .anySatisfy(p -> assertThat(p).startsWith("field.transcript[3].content.action: array indices"));
        assertThat(error).hasMessageContaining("test").hasMessageContaining("defualt.action");
    }

    @Test
    void malformedFieldPathsAreRejected() {
        assertThatThrownBy(() -> parse(Map.of("field..action", "REDACT")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("field..action");
        assertThatThrownBy(() -> parse(Map.of("field.a..b.action", "REDACT")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("empty name");
        assertThatThrownBy(() -> parse(Map.of("field.a[\"b.action", "REDACT")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("bracketed key");
    }

    @Test
    void loadsAPropertiesFileAsUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policy.properties");
        Files.writeString(file, """
                # contact-shield protection policy
                default.action=TOKENIZE
                type.CREDIT_CARD.action=MASK
                type.CREDIT_CARD.mask.keep.last=4
                type.CREDIT_CARD.mask.char=•
                type.EMAIL.action=HASH
                field.agentNotes.action=REDACT
                """, StandardCharsets.UTF_8);

        ProtectionPolicy policy = ProtectionPolicy.load(file);

        assertThat(policy.ruleFor("description", "CREDIT_CARD")).isEqualTo(new ProtectionRule(PolicyAction.MASK, 0, 4, '•'));
        assertThat(policy.ruleFor("description", "EMAIL").action()).isEqualTo(PolicyAction.HASH);
        assertThat(policy.ruleFor("agentNotes", "EMAIL").action()).isEqualTo(PolicyAction.REDACT);
        assertThat(policy.actions()).containsExactlyInAnyOrder(PolicyAction.TOKENIZE, PolicyAction.MASK,
                PolicyAction.HASH, PolicyAction.REDACT);
    }
}
