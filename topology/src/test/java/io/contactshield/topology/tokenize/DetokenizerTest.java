package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.AuditAction;
import java.time.Clock;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DetokenizerTest {

    private static final String PHONE = "+44 20 7946 0958";

    private final FixedKeys keys = new FixedKeys().rotate("acme").rotate("globex");
    private final RecordingAuditSink audit = new RecordingAuditSink();
    private final Tokenizer tokenizer = new Tokenizer(keys, TokenModes.reversible());
    private final Detokenizer detokenizer = new Detokenizer(keys, audit, Clock.systemUTC());

    @Test
    void reversibleTokenDetokenizesToItsValue() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();

        assertThat(detokenizer.detokenize("acme", token, "alice")).isEqualTo(PHONE);
    }

    @Test
    void successIsAuditedWithoutTheValue() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();

        detokenizer.detokenize("acme", token, "alice");

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.DETOKENIZED);
            assertThat(event.tenantId()).isEqualTo("acme");
            assertThat(event.type()).isEqualTo("PHONE_NUMBER");
            assertThat(event.keyVersion()).isEqualTo(1);
            assertThat(event.principal()).isEqualTo("alice");
            assertThat(event.toString()).doesNotContain(PHONE).doesNotContain(token);
        });
    }

    @Test
    void oldKeyVersionStillDetokenizesAfterRotation() {
        String old = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();
        keys.rotate("acme");

        assertThat(detokenizer.detokenize("acme", old, "alice")).isEqualTo(PHONE);
    }

    @Test
    void tamperedTokenFailsAuthentication() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();
        byte[] payload = TokenFormat.parse(token).orElseThrow().payload();
        payload[payload.length - 1] ^= 1;
        String tampered = TokenFormat.print("PHONE_NUMBER", true, 1, payload);

        assertDenied(() -> detokenizer.detokenize("acme", tampered, "alice"),
                DetokenizationException.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void tokenOfAnotherTenantFailsAuthentication() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();

        assertDenied(() -> detokenizer.detokenize("globex", token, "alice"),
                DetokenizationException.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void tokenRelabelledWithAnotherTypeFailsAuthentication() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();
        String relabelled = token.replace("tok_PHONE_NUMBER_", "tok_US_SSN_");

        assertDenied(() -> detokenizer.detokenize("acme", relabelled, "alice"),
                DetokenizationException.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void tokenWithAnotherKeyVersionFailsAuthentication() {
        keys.rotate("acme");
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();
        String relabelled = token.replace("_v2_", "_v1_");

        assertDenied(() -> detokenizer.detokenize("acme", relabelled, "alice"),
                DetokenizationException.Reason.AUTHENTICATION_FAILED);
    }

    @Test
    void oneWayTokenIsNotReversible() {
        String token = tokenizer.tokenize("acme", "EMAIL", TokenMode.ONE_WAY, "jane@example.com").text();

        assertDenied(() -> detokenizer.detokenize("acme", token, "alice"), DetokenizationException.Reason.NOT_REVERSIBLE);
    }

    @Test
    void malformedTokenIsDenied() {
        assertDenied(() -> detokenizer.detokenize("acme", "4111111111111111", "alice"),
                DetokenizationException.Reason.MALFORMED_TOKEN);
    }

    @Test
    void unknownKeyVersionIsDenied() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text().replace("_v1_", "_v7_");

        assertDenied(() -> detokenizer.detokenize("acme", token, "alice"), DetokenizationException.Reason.UNKNOWN_KEY);
    }

    @Test
    void shreddedKeyIsDenied() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();
        keys.shred("acme");

        assertDenied(() -> detokenizer.detokenize("acme", token, "alice"), DetokenizationException.Reason.TENANT_SHREDDED);
    }

    @Test
    void denialIsAuditedWithReasonAndPrincipal() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();

        assertThatThrownBy(() -> detokenizer.detokenize("globex", token, "mallory"));

        assertThat(audit.last()).satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.DETOKENIZE_DENIED);
            assertThat(event.tenantId()).isEqualTo("globex");
            assertThat(event.principal()).isEqualTo("mallory");
            assertThat(event.reason()).isEqualTo("AUTHENTICATION_FAILED");
        });
    }

    @Test
    void failingAuditSinkMeansNoValue() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();
        Detokenizer unaudited = new Detokenizer(keys, event -> {
            throw new IllegalStateException("audit topic unavailable");
        }, Clock.systemUTC());

        assertThatThrownBy(() -> unaudited.detokenize("acme", token, "alice"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void formatPreservingTokenDetokenizesWithTypeAndVersion() {
        String token = tokenizer.tokenize("acme", "CREDIT_CARD", TokenMode.FORMAT_PRESERVING, "4111 1111 1111 1111").text();

        assertThat(detokenizer.detokenizeFormatPreserving("acme", "CREDIT_CARD", 1, token, "alice"))
                .isEqualTo("4111 1111 1111 1111");
        assertThat(audit.last().action()).isEqualTo(AuditAction.DETOKENIZED);
    }

    @Test
    void formatPreservingFallbackTokenDetokenizesThroughTheSameCall() {
        String token = tokenizer.tokenize("acme", "CREDIT_CARD", TokenMode.FORMAT_PRESERVING, "1234").text();

        assertThat(detokenizer.detokenizeFormatPreserving("acme", "CREDIT_CARD", 1, token, "alice")).isEqualTo("1234");
    }

    @Test
    void deniedMessageNeverHoldsTheToken() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();

        assertThatThrownBy(() -> detokenizer.detokenize("globex", token, "alice"))
                .message().doesNotContain(token).doesNotContain(PHONE)
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(
                        TokenFormat.parse(token).orElseThrow().payload()));
    }

    @Test
    void blankPrincipalIsRefused() {
        String token = tokenizer.tokenize("acme", "PHONE_NUMBER", PHONE).text();

        assertThatThrownBy(() -> detokenizer.detokenize("acme", token, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertDenied(ThrowingCallable call, DetokenizationException.Reason reason) {
        assertThatThrownBy(call).isInstanceOf(DetokenizationException.class)
                .extracting(e -> ((DetokenizationException) e).reason()).isEqualTo(reason);
        assertThat(audit.last().action()).isEqualTo(AuditAction.DETOKENIZE_DENIED);
        assertThat(audit.last().reason()).isEqualTo(reason.name());
    }
}
