package io.contactshield.topology.tokenize;

/** Tokenizers over random in-memory keys, for tests outside this package that are not about the keyring. */
public final class TestTokenizers {

    private TestTokenizers() {
    }

    /** A reversible tokenizer with one key for each of {@code tenants}; other tenants have none. */
    public static Tokenizer withKeysFor(String... tenants) {
        FixedKeys keys = new FixedKeys();
        for (String tenant : tenants) {
            keys.rotate(tenant);
        }
        return new Tokenizer(keys, TokenModes.reversible());
    }
}
