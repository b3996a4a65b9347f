package io.contactshield.topology.policy;

/**
 * Turns a value into its token for {@link PolicyAction#TOKENIZE}: deterministic per tenant and
 * entity type, so tokens join across events of one tenant. Implemented by tokenization.
 */
@FunctionalInterface
public interface ValueTokenizer {

    String tokenize(String tenantId, String entityType, String value);
}
