package io.contactshield.topology.policy;

/**
 * A keyed one-way hash for {@link PolicyAction#HASH}, such as HMAC-SHA-256 under a per-tenant key.
 *
 * <p>Keyed by design: phone numbers, card numbers and SSNs come from small, structured spaces, so
 * an unkeyed hash (SHA-256 of the value, even with a public salt) is reversed by enumerating them.
 * Only the holder of the tenant's key can compute, and so test guesses against, these hashes.
 * Deterministic per tenant and entity type, so hashes still join and count.
 */
@FunctionalInterface
public interface ValueHasher {

    String hash(String tenantId, String entityType, String value);

    /** The token key version a token or hash of this tokenizer names, or null if it does not say. */
    default Integer keyVersionOf(String token) {
        return null;
    }

    /**
     * {@link #hash} and the {@link #keyVersionOf key version} of the hash in one call, as the
     * policy applier needs both; a hasher that knows the version it used says so without parsing
     * its own hash again.
     */
    default Replacement hashWithKeyVersion(String tenantId, String entityType, String value) {
        String hash = hash(tenantId, entityType, value);
        return new Replacement(hash, hash == null ? null : keyVersionOf(hash));
    }
}
