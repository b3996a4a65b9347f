package io.contactshield.topology.classify;

/** Character tests the detectors share, so that "word boundary" means the same thing everywhere. */
final class Chars {

    private Chars() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether the char at {@code index} exists and is a word char. */
    static boolean wordCharAt(CharSequence text, int index) {
        return index >= 0 && index < text.length() && isWordChar(text.charAt(index));
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c);
    }

    static boolean digitAt(CharSequence text, int index) {
        return index >= 0 && index < text.length() && isAsciiDigit(text.charAt(index));
    }

    static int countDigits(CharSequence text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (isAsciiDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code text[start, end)} holds digits only: a "bare" digit run, no formatting. */
    static boolean onlyDigits(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return end > start;
    }

    /** The index just past the run of ASCII digits that starts at {@code start} ({@code start} itself if none). */
    static int digitRunEnd(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the first ASCII digit at or after {@code from}, or -1. */
    static int nextDigit(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isAsciiDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * False when {@code a} and {@code b} cannot be equal ignoring case, as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares chars: two ASCII chars
     * that differ in more than the bit that tells a letter's case (0x20). True decides nothing; a
     * test to put in front of regionMatches, on a char it would compare last.
     */
    static boolean mayEqualIgnoringCase(char a, char b) {
        return a >= 128 || b >= 128 || (a | 0x20) == (b | 0x20);
    }
}
