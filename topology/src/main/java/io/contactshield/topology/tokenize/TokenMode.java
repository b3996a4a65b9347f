package io.contactshield.topology.tokenize;

/** How a value of one entity type becomes a token. Chosen per type (or field) by the policy. */
public enum TokenMode {

    /**
     * AES-SIV (RFC 5297): deterministic authenticated encryption, {@code tok_<TYPE>_v<n>_<base64url>}.
     * Holders of the tenant's token key can turn the token back into the value.
     */
    REVERSIBLE,

    /** Truncated HMAC-SHA-256, {@code tok_<TYPE>_h<n>_<base64url>}: joins and counts, never the value. */
    ONE_WAY,

    /**
     * FF1 (NIST SP 800-38G) over the ASCII digits of a value: the token keeps the length, the
     * separators and their positions. Values FF1 cannot take (fewer than 6 or more than 64 digits,
     * other characters) get a {@link #REVERSIBLE} token instead.
     */
    FORMAT_PRESERVING
}
