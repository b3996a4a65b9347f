package io.contactshield.topology.tokenize;

import java.util.Map;
import java.util.Objects;

/**
 * Which {@link TokenMode} each entity type gets. Configuration, immutable.
 *
 * @param byType entity type to mode, for the types that do not take {@code defaultMode}
 * @param defaultMode the mode of every other type
 */
public record TokenModes(Map<String, TokenMode> byType, TokenMode defaultMode) {

    public TokenModes {
        byType = Map.copyOf(byType);
        Objects.requireNonNull(defaultMode, "defaultMode");
    }

    /** Every type {@link TokenMode#REVERSIBLE}. */
    public static TokenModes reversible() {
        return new TokenModes(Map.of(), TokenMode.REVERSIBLE);
    }

    public TokenMode modeFor(String type) {
        return byType.getOrDefault(type, defaultMode);
    }
}
