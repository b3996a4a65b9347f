package io.contactshield.topology.policy;

/**
 * Turns a value into its token for {@link PolicyAction#TOKENIZE}: deterministic per tenant and
 * entity type, so tokens join across events of one tenant. Implemented by tokenization.
 */
@FunctionalInterface
public interface ValueTokenizer {

    String tokenize(String tenantId, String entityType, String value);

    /** The token key version a token or hash of this tokenizer names, or null if it does not say. */
    default Integer keyVersionOf(String token) {
        return null;
    }

    /**
     * {@link #tokenize} and the {@link #keyVersionOf key version} of its token in one call, as the
     * policy applier needs both; a tokenizer that knows the version it used says so without
     * parsing its own token again.
     */
    default Replacement tokenizeWithKeyVersion(String tenantId, String entityType, String value) {
        String token = tokenize(tenantId, entityType, value);
        return new Replacement(token, token == null ? null : keyVersionOf(token));
    }
}
