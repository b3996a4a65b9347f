package io.contactshield.topology.tokenize;

/** Where tokenizers find token keys: the {@link Keyring}, or a fixed set in tests. */
interface KeySource {

    /** The key new tokens of {@code tenantId} use. */
    TokenKey current(String tenantId);

    /** Version {@code version} of {@code tenantId}'s key. */
    TokenKey version(String tenantId, int version);

    static KeySource of(Keyring keyring) {
        return new KeySource() {
            @Override
            public TokenKey current(String tenantId) {
                return keyring.currentKey(tenantId);
            }

            @Override
            public TokenKey version(String tenantId, int version) {
                return keyring.key(tenantId, version);
            }
        };
    }
}
