package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.topology.classify.Detection;
import io.contactshield.topology.classify.Finding;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectionPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tokenizer as the policy's tokenizer and keyed hasher, over in-memory keys. */
class PolicyTokenizerTest {

    private static final String NOTE = "call me on +44 20 7946 0958 or mail jane@example.com";
    private static final List<Finding> FINDINGS = List.of(
            new Finding("agentNotes", new Detection("PHONE_NUMBER", 11, 27, 0.9, "phone")),
            new Finding("agentNotes", new Detection("EMAIL", 36, 52, 0.9, "email")));

    private final FixedKeys keys = new FixedKeys().rotate("acme").rotate("globex");
    private final Tokenizer tokenizer = new Tokenizer(keys, TokenModes.reversible());
    private final Detokenizer detokenizer = new Detokenizer(keys, new RecordingAuditSink(), java.time.Clock.systemUTC());

    private PolicyApplier applier(Map<String, String> policy) {
        return new PolicyApplier(ProtectionPolicy.parse(policy, "test"), new PolicyTokenizer(tokenizer),
                new OneWayHasher(tokenizer));
    }

    @Test
    void sameValueInSameTenantGivesTheSameText() {
        PolicyApplier applier = applier(Map.of());

        assertThat(applier.apply("acme", NOTE, FINDINGS).text()).isEqualTo(applier.apply("acme", NOTE, FINDINGS).text());
    }

    @Test
    void tokenizeWritesReversibleTokensOfTheFindingsType() {
        String text = applier(Map.of()).apply("acme", NOTE, FINDINGS).text();

        assertThat(text).matches("call me on tok_PHONE_NUMBER_v1_[A-Za-z0-9_-]+ or mail tok_EMAIL_v1_[A-Za-z0-9_-]+");
        String phoneToken = text.substring("call me on ".length(), text.indexOf(' ', "call me on ".length()));
        assertThat(detokenizer.detokenize("acme", phoneToken, "alice")).isEqualTo("+442079460958"); // the canonical form (CanonicalForms)
    }

    @Test
    void tokenizeFollowsTheTokenizersModes() {
        Tokenizer formatPreserving = new Tokenizer(keys,
                new TokenModes(Map.of("PHONE_NUMBER", TokenMode.FORMAT_PRESERVING), TokenMode.REVERSIBLE));

        String token = new PolicyTokenizer(formatPreserving).tokenize("acme", "PHONE_NUMBER", "+44 20 7946 0958");

        assertThat(token).matches("\\+\\d\\d \\d\\d \\d{4} \\d{4}").isNotEqualTo("+44 20 7946 0958");
    }

    @Test
    void theKeyVersionGivenWithATokenIsTheOneReadFromIt() {
        FixedKeys rotated = new FixedKeys().rotate("acme").rotate("acme");
        for (TokenMode mode : TokenMode.values()) {
            Tokenizer inMode = new Tokenizer(rotated, new TokenModes(Map.of(), mode));
            PolicyTokenizer tokens = new PolicyTokenizer(inMode);
            OneWayHasher hashes = new OneWayHasher(inMode);
            // FF1 takes the first two; the others fall back to reversible tokens.
            for (String value : List.of("+44 20 7946 0958", "4111 1111 1111 1111", "12", "jane@example.com", "x")) {
                var token = tokens.tokenizeWithKeyVersion("acme", "PHONE_NUMBER", value);
                assertThat(token.text()).isEqualTo(tokens.tokenize("acme", "PHONE_NUMBER", value));
                assertThat(token.keyVersion()).as("%s %s", mode, value).isEqualTo(tokens.keyVersionOf(token.text()));
                var hash = hashes.hashWithKeyVersion("acme", "PHONE_NUMBER", value);
                assertThat(hash.text()).isEqualTo(hashes.hash("acme", "PHONE_NUMBER", value));
                assertThat(hash.keyVersion()).isEqualTo(hashes.keyVersionOf(hash.text())).isEqualTo(2);
            }
        }
    }

    @Test
    void hashIsAOneWayTokenWhateverTheTokenMode() {
        Tokenizer formatPreserving = new Tokenizer(keys,
                new TokenModes(Map.of(), TokenMode.FORMAT_PRESERVING));

        String hash = new OneWayHasher(formatPreserving).hash("acme", "PHONE_NUMBER", "+44 20 7946 0958");

        assertThat(hash).matches("tok_PHONE_NUMBER_h1_[A-Za-z0-9_-]{22}");
    }

    @Test
    void hashIsStablePerTenant() {
        PolicyApplier applier = applier(Map.of("default.action", "HASH"));

        String first = applier.apply("acme", NOTE, FINDINGS).text();
        String second = applier.apply("acme", NOTE, FINDINGS).text();

        assertThat(second).isEqualTo(first).doesNotContain("jane@example.com", "7946");
    }

    @Test
    void hashDiffersAcrossTenants() {
        PolicyApplier applier = applier(Map.of("default.action", "HASH"));

        assertThat(applier.apply("globex", NOTE, FINDINGS).text()).isNotEqualTo(applier.apply("acme", NOTE, FINDINGS).text());
    }

    @Test
    void hashIsNotTheUnkeyedHashOfTheValue() throws Exception {
        byte[] unkeyed = java.security.MessageDigest.getInstance("SHA-256")
                .digest("jane@example.com".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String unkeyedText = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.Arrays.copyOf(unkeyed, Tokenizer.ONE_WAY_BYTES));

        String hash = new OneWayHasher(tokenizer).hash("acme", "EMAIL", "jane@example.com");

        assertThat(hash).doesNotContain(unkeyedText);
    }

    @Test
    void hashOfATenantWithoutKeyIsRefused() {
        assertThatThrownBy(() -> new OneWayHasher(tokenizer).hash("initech", "EMAIL", "jane@example.com"))
                .isInstanceOf(TokenKeyException.class)
                .hasMessageNotContaining("jane@example.com");
    }

    @Test
    void oneValueWrittenTwoWaysGivesOneTokenAndDetokenizesToItsCanonicalForm() {
        PolicyTokenizer tokens = new PolicyTokenizer(tokenizer, CanonicalForms.forRegion("US"));
        String dashed = tokens.tokenize("acme", "PHONE_NUMBER", "212-555-0167");
        assertThat(tokens.tokenize("acme", "PHONE_NUMBER", "+1 (212) 555 0167")).isEqualTo(dashed);
        assertThat(tokens.tokenize("acme", "PHONE_NUMBER", "+1 212 555 0168")).isNotEqualTo(dashed);
        OneWayHasher hashes = new OneWayHasher(tokenizer, CanonicalForms.forRegion("US"));
        assertThat(hashes.hash("acme", "EMAIL", "Jane@Example.com")).isEqualTo(hashes.hash("acme", "EMAIL", "jane@example.com"));
    }

    @Test
    void theKeyVersionOfATokenOrHashIsReadFromItsText() {
        PolicyTokenizer tokens = new PolicyTokenizer(tokenizer);
        OneWayHasher hashes = new OneWayHasher(tokenizer);
        assertThat(tokens.keyVersionOf(tokens.tokenize("acme", "EMAIL", "jane@example.com"))).isEqualTo(1);
        assertThat(hashes.keyVersionOf(hashes.hash("acme", "EMAIL", "jane@example.com"))).isEqualTo(1);
        assertThat(tokens.keyVersionOf("[REDACTED:EMAIL]")).isNull();
        assertThat(tokens.keyVersionOf("tok_EMAIL_v2_not*base64")).isNull();
    }
}
