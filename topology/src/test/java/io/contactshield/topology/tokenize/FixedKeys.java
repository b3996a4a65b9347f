package io.contactshield.topology.tokenize;

import io.contactshield.serdes.kms.PlaintextKey;
import java.security.SecureRandom;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Random token keys held in memory, for tests that are not about the keyring. */
final class FixedKeys implements KeySource {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, NavigableMap<Integer, TokenKey>> byTenant = new ConcurrentHashMap<>();

    /** Adds the next version of {@code tenantId}'s key, which becomes current. */
    FixedKeys rotate(String tenantId) {
        NavigableMap<Integer, TokenKey> versions = byTenant.computeIfAbsent(tenantId, t -> new TreeMap<>());
        int version = versions.isEmpty() ? 1 : versions.lastKey() + 1;
        byte[] root = new byte[32];
        RANDOM.nextBytes(root);
        versions.put(version, new TokenKey(tenantId, version, PlaintextKey.adopt(root)));
        return this;
    }

    void shred(String tenantId) {
        byTenant.get(tenantId).values().forEach(TokenKey::destroy);
    }

    @Override
    public TokenKey current(String tenantId) {
        NavigableMap<Integer, TokenKey> versions = byTenant.get(tenantId);
        if (versions == null) {
            throw new TokenKeyException(TokenKeyException.Reason.NO_KEY, tenantId, "no key");
        }
        return versions.lastEntry().getValue();
    }

    @Override
    public TokenKey version(String tenantId, int version) {
        NavigableMap<Integer, TokenKey> versions = byTenant.get(tenantId);
        TokenKey key = versions == null ? null : versions.get(version);
        if (key == null) {
            throw new TokenKeyException(TokenKeyException.Reason.NO_KEY, tenantId, "no key version " + version);
        }
        return key;
    }
}
