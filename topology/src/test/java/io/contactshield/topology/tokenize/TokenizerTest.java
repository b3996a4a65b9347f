package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final FixedKeys keys = new FixedKeys().rotate("acme").rotate("globex");
    private final Tokenizer tokenizer = new Tokenizer(keys, new TokenModes(Map.of(
            "CREDIT_CARD", TokenMode.FORMAT_PRESERVING, "EMAIL", TokenMode.ONE_WAY), TokenMode.REVERSIBLE));

    @Test
    void sameValueTypeAndTenantGiveTheSameToken() {
        Token first = tokenizer.tokenize("acme", "PHONE_NUMBER", "+44 20 7946 0958");
        Token second = tokenizer.tokenize("acme", "PHONE_NUMBER", "+44 20 7946 0958");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void otherTenantGivesAnotherToken() {
        Token acme = tokenizer.tokenize("acme", "PHONE_NUMBER", "+44 20 7946 0958");
        Token globex = tokenizer.tokenize("globex", "PHONE_NUMBER", "+44 20 7946 0958");

        assertThat(globex.text()).isNotEqualTo(acme.text());
    }

    @Test
    void otherTypeGivesAnUnrelatedPayload() {
        String asPhone = tokenizer.tokenize("acme", "PHONE_NUMBER", "12345678").text();
        String asSsn = tokenizer.tokenize("acme", "US_SSN", "12345678").text();

        assertThat(payload(asSsn)).isNotEqualTo(payload(asPhone));
    }

    @Test
    void reversibleTokenSaysTypeAndKeyVersion() {
        Token token = tokenizer.tokenize("acme", "PHONE_NUMBER", "+1 415 555 0100");

        assertThat(token.text()).matches("tok_PHONE_NUMBER_v1_[A-Za-z0-9_-]+");
        assertThat(token.mode()).isEqualTo(TokenMode.REVERSIBLE);
        assertThat(token.keyVersion()).isEqualTo(1);
    }

    @Test
    void oneWayTokenHasItsOwnMarkerAnd128Bits() {
        Token token = tokenizer.tokenize("acme", "EMAIL", "jane@example.com");

        assertThat(token.text()).matches("tok_EMAIL_h1_[A-Za-z0-9_-]{22}");
        assertThat(token.mode()).isEqualTo(TokenMode.ONE_WAY);
    }

    @Test
    void oneWayTokenIsDeterministicPerTenant() {
        assertThat(tokenizer.tokenize("acme", "EMAIL", "jane@example.com"))
                .isEqualTo(tokenizer.tokenize("acme", "EMAIL", "jane@example.com"));
        assertThat(tokenizer.tokenize("globex", "EMAIL", "jane@example.com").text())
                .isNotEqualTo(tokenizer.tokenize("acme", "EMAIL", "jane@example.com").text());
    }

    @Test
    void formatPreservingTokenKeepsLengthSeparatorsAndDigits() {
        String card = "4111-1111 1111.1111";

        Token token = tokenizer.tokenize("acme", "CREDIT_CARD", card);

        assertThat(token.mode()).isEqualTo(TokenMode.FORMAT_PRESERVING);
        assertThat(token.text()).hasSameSizeAs(card).isNotEqualTo(card).matches("\\d{4}-\\d{4} \\d{4}\\.\\d{4}");
    }

    @Test
    void formatPreservingTokenIsDeterministicPerTenantAndType() {
        Token acme = tokenizer.tokenize("acme", "CREDIT_CARD", "4111111111111111");

        assertThat(tokenizer.tokenize("acme", "CREDIT_CARD", "4111111111111111")).isEqualTo(acme);
        assertThat(tokenizer.tokenize("globex", "CREDIT_CARD", "4111111111111111").text()).isNotEqualTo(acme.text());
        assertThat(tokenizer.tokenize("acme", "IBAN", TokenMode.FORMAT_PRESERVING, "4111111111111111").text())
                .isNotEqualTo(acme.text());
    }

    @Test
    void formatPreservingFallsBackToReversibleBelowSixDigits() {
        Token token = tokenizer.tokenize("acme", "CREDIT_CARD", "12-345");

        assertThat(token.mode()).isEqualTo(TokenMode.REVERSIBLE);
        assertThat(token.text()).startsWith("tok_CREDIT_CARD_v1_");
    }

    @Test
    void formatPreservingFallsBackToReversibleForLetters() {
        assertThat(tokenizer.tokenize("acme", "CREDIT_CARD", "4111 1111 1111 111x").mode())
                .isEqualTo(TokenMode.REVERSIBLE);
    }

    @Test
    void formatPreservingTakesSixDigits() {
        Token token = tokenizer.tokenize("acme", "CREDIT_CARD", "123456");

        assertThat(token.mode()).isEqualTo(TokenMode.FORMAT_PRESERVING);
        assertThat(token.text()).matches("\\d{6}");
    }

    @Test
    void newTokensUseTheCurrentKeyVersion() {
        keys.rotate("acme");

        Token token = tokenizer.tokenize("acme", "PHONE_NUMBER", "+1 415 555 0100");

        assertThat(token.keyVersion()).isEqualTo(2);
        assertThat(token.text()).startsWith("tok_PHONE_NUMBER_v2_");
    }

    @Test
    void tenantWithoutKeyIsRefused() {
        assertThatThrownBy(() -> tokenizer.tokenize("initech", "EMAIL", "a@b.example"))
                .isInstanceOf(TokenKeyException.class)
                .extracting(e -> ((TokenKeyException) e).reason()).isEqualTo(TokenKeyException.Reason.NO_KEY);
    }

    @Test
    void shreddedKeyTokenizesNothing() {
        keys.shred("acme");

        assertThatThrownBy(() -> tokenizer.tokenize("acme", "PHONE_NUMBER", "+1 415 555 0100"))
                .isInstanceOf(TokenKeyException.class)
                .extracting(e -> ((TokenKeyException) e).reason()).isEqualTo(TokenKeyException.Reason.SHREDDED);
    }

    @Test
    void unpairedSurrogateIsRefusedWithoutShowingTheValue() {
        String value = "secret-\uD800-value";

        assertThatThrownBy(() -> tokenizer.tokenize("acme", "PERSON_NAME", value))
                .isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("secret");
    }

    @Test
    void invalidTypeIsRefused() {
        assertThatThrownBy(() -> tokenizer.tokenize("acme", "phone", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String payload(String token) {
        return TokenFormat.parse(token).map(p -> java.util.Base64.getEncoder().encodeToString(p.payload())).orElseThrow();
    }
}
