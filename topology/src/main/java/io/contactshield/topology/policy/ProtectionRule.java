package io.contactshield.topology.policy;

/**
 * What to do with one piece of personal data, and for {@link PolicyAction#MASK} how: keep the
 * first {@code maskKeepFirst} and the last {@code maskKeepLast} letters and digits, replace the
 * other letters and digits with {@code maskChar}, and keep every other character (spaces, dashes,
 * dots, brackets, {@code @}), so that {@code 4111 1111 1111 1111} becomes
 * {@code **** **** **** 1111}. However many are asked for, at least half of a value's letters and
 * digits, or six if that is fewer, are masked: a short value is never shown whole, and a card
 * number can still show its first six and last four.
 */
public record ProtectionRule(PolicyAction action, int maskKeepFirst, int maskKeepLast, char maskChar) {

    public static final int DEFAULT_MASK_KEEP_FIRST = 0;
    public static final int DEFAULT_MASK_KEEP_LAST = 4;
    public static final char DEFAULT_MASK_CHAR = '*';

    public ProtectionRule {
        if (action == null) {
            throw new IllegalArgumentException("action is required");
        }
        if (maskKeepFirst < 0 || maskKeepLast < 0) {
            throw new IllegalArgumentException("mask keep counts must not be negative");
        }
        if (!validMaskChar(maskChar)) {
            throw new IllegalArgumentException("mask char must be one visible character, not a digit");
        }
    }

    // A digit would read as data, and a space or control character as no mask at all.
    static boolean validMaskChar(char c) {
        return !Character.isDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && !Character.isISOControl(c) && !Character.isSurrogate(c);
    }

    /** The action with the default mask settings. */
    public static ProtectionRule of(PolicyAction action) {
        return new ProtectionRule(action, DEFAULT_MASK_KEEP_FIRST, DEFAULT_MASK_KEEP_LAST, DEFAULT_MASK_CHAR);
    }
}
