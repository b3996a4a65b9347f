package io.contactshield.topology.policy;

/**
 * What replaces a value, with the token key version it names (null if it names none), as the
 * {@link ValueTokenizer} or {@link ValueHasher} made it.
 *
 * @param text the token or hash; checked for null by the {@link PolicyApplier}
 * @param keyVersion what {@code keyVersionOf(text)} gives
 */
public record Replacement(String text, Integer keyVersion) {

    // A token is personal data's stand-in, not the data, but it still has no place in logs.
    @Override
    public String toString() {
        return "Replacement[" + (text == null ? "null" : text.length() + " chars") + ", key version " + keyVersion + "]";
    }
}
