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
}
