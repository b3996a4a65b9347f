package io.contactshield.topology.tokenize;

import io.contactshield.serdes.kms.PlaintextKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Token keys held in memory for benchmarks, so that a benchmark of the protection step needs no
 * broker under a keyring. Lives in the benchmarks module, in the tokenizer's package, because the
 * key source is package-private on purpose: production code reaches keys only through the
 * {@link Keyring}. The keys come from a fixed seed, so two runs (before and after a change) make
 * the same tokens.
 */
public final class BenchmarkTokenKeys {

    private BenchmarkTokenKeys() {
    }

    /** A tokenizer with version 1 of a key for each of {@code tenants}, derived from {@code seed}. */
    public static Tokenizer tokenizer(List<String> tenants, long seed, TokenModes modes) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, TokenKey> keys = new HashMap<>();
        for (String tenant : tenants) {
            byte[] root = new byte[32];
            random.nextBytes(root);
            keys.put(tenant, new TokenKey(tenant, 1, PlaintextKey.adopt(root)));
        }
        return new Tokenizer(new KeySource() {
            @Override
            public TokenKey current(String tenantId) {
                TokenKey key = keys.get(tenantId);
                if (key == null) {
                    throw new TokenKeyException(TokenKeyException.Reason.NO_KEY, tenantId, "no key");
                }
                return key;
            }

            @Override
            public TokenKey version(String tenantId, int version) {
                return current(tenantId);
            }
        }, modes);
    }
}
