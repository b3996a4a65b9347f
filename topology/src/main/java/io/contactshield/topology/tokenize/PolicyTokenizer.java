package io.contactshield.topology.tokenize;

import io.contactshield.topology.policy.PolicyAction;
import io.contactshield.topology.policy.Replacement;
import io.contactshield.topology.policy.ValueTokenizer;
import java.util.Objects;

/**
 * The {@link Tokenizer} as the policy's {@link ValueTokenizer}, for {@link PolicyAction#TOKENIZE}:
 * each value becomes its token in the {@link TokenMode} the tokenizer's {@link TokenModes} give its
 * type. Thread-safe; exceptions are the tokenizer's and never carry the value.
 */
public final class PolicyTokenizer implements ValueTokenizer {

    private final Tokenizer tokenizer;
    private final CanonicalForms forms;

    /** With the canonical forms of the US region, the classifier's default. */
    public PolicyTokenizer(Tokenizer tokenizer) {
        this(tokenizer, CanonicalForms.forRegion("US"));
    }

    /** Tokenizes the {@link CanonicalForms canonical form} of each value, so differently written values join. */
    public PolicyTokenizer(Tokenizer tokenizer, CanonicalForms forms) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.forms = Objects.requireNonNull(forms, "forms");
    }

    /**
     * @throws TokenKeyException if the tenant has no token key (never provisioned, or shredded)
     */
    @Override
    public String tokenize(String tenantId, String entityType, String value) {
        return token(tenantId, entityType, value).text();
    }

    /**
     * The token and the key version {@link #keyVersionOf} would read from it: every token but a
     * format-preserving one is self-describing and names the version that made it, and FF1's
     * digits name none.
     */
    @Override
    public Replacement tokenizeWithKeyVersion(String tenantId, String entityType, String value) {
        Token token = token(tenantId, entityType, value);
        return new Replacement(token.text(), token.mode() == TokenMode.FORMAT_PRESERVING ? null : token.keyVersion());
    }

    private Token token(String tenantId, String entityType, String value) {
        TokenMode mode = tokenizer.modeFor(entityType);
        // A format-preserving token keeps the layout of the value as written.
        String input = mode == TokenMode.FORMAT_PRESERVING ? value : forms.canonical(entityType, value);
        return tokenizer.tokenize(tenantId, entityType, mode, input);
    }

    @Override
    public Integer keyVersionOf(String token) {
        return TokenFormat.parse(token).map(TokenFormat.Parsed::keyVersion).orElse(null);
    }
}
