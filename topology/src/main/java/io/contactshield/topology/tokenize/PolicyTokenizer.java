package io.contactshield.topology.tokenize;

import io.contactshield.topology.policy.PolicyAction;
import io.contactshield.topology.policy.ValueTokenizer;
import java.util.Objects;

/**
 * The {@link Tokenizer} as the policy's {@link ValueTokenizer}, for {@link PolicyAction#TOKENIZE}:
 * each value becomes its token in the {@link TokenMode} the tokenizer's {@link TokenModes} give its
 * type. Thread-safe; exceptions are the tokenizer's and never carry the value.
 */
public final class PolicyTokenizer implements ValueTokenizer {

    private final Tokenizer tokenizer;

    public PolicyTokenizer(Tokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    }

    /**
     * @throws TokenKeyException if the tenant has no token key (never provisioned, or shredded)
     */
    @Override
    public String tokenize(String tenantId, String entityType, String value) {
        return tokenizer.tokenize(tenantId, entityType, value).text();
    }
}
