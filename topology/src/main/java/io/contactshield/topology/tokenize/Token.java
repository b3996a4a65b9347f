package io.contactshield.topology.tokenize;

import java.util.Objects;

/**
 * A token and how it was made. A {@link TokenMode#FORMAT_PRESERVING} token does not say its key
 * version, so whoever may later detokenize it keeps {@code keyVersion} next to it (the audit event
 * of the record does).
 *
 * @param text what replaces the value
 * @param type the entity type
 * @param mode how it was made; {@link TokenMode#REVERSIBLE} for a format-preserving request that
 *             FF1 could not take
 * @param keyVersion the version of the tenant's token key
 */
public record Token(String text, String type, TokenMode mode, int keyVersion) {

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
    }
}
