package io.contactshield.topology.tokenize;

import io.contactshield.topology.policy.PolicyAction;
import io.contactshield.topology.policy.Replacement;
import io.contactshield.topology.policy.ValueHasher;
import java.util.Objects;

/**
 * The policy's keyed {@link ValueHasher} for {@link PolicyAction#HASH}: the {@link Tokenizer}'s
 * {@link TokenMode#ONE_WAY} token, HMAC-SHA-256 under a subkey of the tenant's token key
 * ({@code tok_<TYPE>_h<n>_<base64url>}), whatever mode the tokenizer's {@link TokenModes} give the
 * type. Keyed per tenant, so equal values join within a tenant, are unrelated across tenants, and
 * cannot be found by hashing guesses without the tenant's token key. Like every token, the hash
 * changes when the tenant's key is rotated. Thread-safe.
 */
public final class OneWayHasher implements ValueHasher {

    private final Tokenizer tokenizer;
    private final CanonicalForms forms;

    /** With the canonical forms of the US region, the classifier's default. */
    public OneWayHasher(Tokenizer tokenizer) {
        this(tokenizer, CanonicalForms.forRegion("US"));
    }

    /** Tokenizes the {@link CanonicalForms canonical form} of each value, so differently written values join. */
    public OneWayHasher(Tokenizer tokenizer, CanonicalForms forms) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.forms = Objects.requireNonNull(forms, "forms");
    }

    /**
     * @throws TokenKeyException if the tenant has no token key (never provisioned, or shredded)
     */
    @Override
    public String hash(String tenantId, String entityType, String value) {
        return token(tenantId, entityType, value).text();
    }

    /** The hash and the key version {@link #keyVersionOf} would read from it (a one-way token names it). */
    @Override
    public Replacement hashWithKeyVersion(String tenantId, String entityType, String value) {
        Token token = token(tenantId, entityType, value);
        return new Replacement(token.text(), token.keyVersion());
    }

    private Token token(String tenantId, String entityType, String value) {
        return tokenizer.tokenize(tenantId, entityType, TokenMode.ONE_WAY, forms.canonical(entityType, value));
    }

    @Override
    public Integer keyVersionOf(String token) {
        return TokenFormat.parse(token).map(TokenFormat.Parsed::keyVersion).orElse(null);
    }
}
