package io.contactshield.topology.tokenize;

import java.util.Objects;

/**
 * Provisioning of token keys, for the key commands: create a tenant's key, rotate it, shred it.
 * Each operation writes to the keyring topic, waits until the {@link Keyring} has read its write
 * back, and is audited ({@code TOKEN_KEY_CREATED}, {@code TOKEN_KEY_ROTATED}, {@code TENANT_SHREDDED}).
 */
public final class KeyringAdmin {

    private final Keyring keyring;

    public KeyringAdmin(Keyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /**
     * Gives {@code tenantId} its first token key, or the first after a shred. Idempotent: a tenant
     * with a key keeps it, and that key is returned.
     */
    public TokenKeyInfo create(String tenantId, String principal) {
        return keyring.create(tenantId, checkPrincipal(principal));
    }

    /**
     * Creates the next version of {@code tenantId}'s key. New tokens use it; tokens of older
     * versions still detokenize. Tokens of one value differ across versions, so joins across a
     * rotation break.
     *
     * @throws TokenKeyException if the tenant has no key to rotate
     */
    public TokenKeyInfo rotate(String tenantId, String principal) {
        return keyring.rotate(tenantId, checkPrincipal(principal));
    }

    /**
     * Crypto-shreds {@code tenantId}: every version of its token key is dropped and wiped by every
     * instance, and deleted from the topic by compaction. Its reversible tokens can never be
     * detokenized again, and it gets no new key until {@link #create} is called.
     *
     * @return the highest version shredded, 0 if the tenant had none
     */
    public int shred(String tenantId, String principal) {
        return keyring.shred(tenantId, checkPrincipal(principal));
    }

    private static String checkPrincipal(String principal) {
        Objects.requireNonNull(principal, "principal");
        if (principal.isBlank()) {
            throw new IllegalArgumentException("Key operations need the principal that asks, for the audit trail");
        }
        return principal;
    }
}
