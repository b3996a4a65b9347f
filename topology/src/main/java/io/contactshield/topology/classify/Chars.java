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

    /**
     * Whether the char at {@code index} exists and is a word char of a script that sets its words apart:
     * Hangul and Han glue a particle to a number ("카드는 4046-7548-5650-6415이고요"), which ends it as a
     * blank would.
     */
    static boolean spacedWordCharAt(CharSequence text, int index) {
        return index >= 0 && index < text.length() && (isSpacedLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_');
    }

    /**
     * A Han, kana, Hangul or Thai char: the scripts written without blanks between words (Chinese,
     * Japanese, Thai) or with particles glued to them (Korean), where a letter next to a number or a
     * cue does not make one word with it.
     */
    static boolean isCjk(char c) {
        return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7af')
                || (c >= '\u1100' && c <= '\u11ff') || (c >= '\u0e00' && c <= '\u0e7f');
    }

    /** A Hebrew letter or point: Hebrew joins a one-letter prefix to a number or a name with a hyphen ("ל-052..."). */
    static boolean isHebrew(char c) {
        return c >= '\u0590' && c <= '\u05ff';
    }

    /** Whether {@code c} is of the Ge'ez (Ethiopic) script, Amharic's. */
    static boolean isEthiopic(char c) {
        return c >= '\u1200' && c <= '\u137f';
    }

    /**
     * The scripts of {@link #isCjk} as the body of a regex class: Han, kana, Hangul and Thai; and Ge'ez,
     * whose prepositions are written glued to the word after them, a number or an address too
     * ("በ+971 56 207 3318", "በmeron.assefa@ethionet.et").
     */
    static final String GLUING_SCRIPTS = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsThai}\\p{IsEthiopic}";

    /**
     * A letter or digit of a script that sets its words apart, as a regex class: what may not stand
     * right before or after a number or an address. Han, kana, Hangul and Thai glue their words to
     * numbers ("カード番号は3530 1113 3330 0000です", "我邮箱是chen@qq.com，"), so they are left out.
     */
    static final String SPACED_WORD_CHAR = "[\\p{L}\\p{N}_&&[^" + GLUING_SCRIPTS + "]]";

    /** A letter or digit of a script that sets its words apart: {@link #SPACED_WORD_CHAR} as a char test, without '_'. */
    static boolean isSpacedLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    /**
     * {@code text} with every decimal digit of another script (Arabic-Indic {@code ٠٥٠}, Devanagari,
     * full-width {@code ０９０} ...) as its ASCII digit, and the full-width forms of ASCII ({@code ＠},
     * {@code －}, {@code ＴＥＬ}) and the ideographic space as ASCII, char for char, so that every
     * offset stays the text's; {@code text} itself when it holds none. A Japanese の between digits is
     * a dash: it is how a number's groups are said and written down ({@code 03の5412の7789},
     * {@code 2丁目3の5}).
     */
    static String withAsciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0660') {
                continue;
            }
            char ascii = asAscii(c);
            if (c == JAPANESE_NO && i > 0 && i + 1 < text.length()
                    && isAsciiDigit(asAscii(text.charAt(i - 1))) && isAsciiDigit(asAscii(text.charAt(i + 1)))) {
                ascii = '-';
            }
            if (ascii != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ascii;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Hiragana "no", the particle read between the groups of a number. */
    private static final char JAPANESE_NO = '\u306e';

    /** The ASCII form of {@code c} as {@link #withAsciiDigits} reads it; {@code c} when it has none. */
    private static char asAscii(char c) {
        if (c < '\u0660') {
            return c;
        }
        return c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c == '\u3000' ? ' '
                : Character.isDigit(c) && Character.digit(c, 10) >= 0 ? (char) ('0' + Character.digit(c, 10)) : c;
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
    /** The ASCII digits of {@code text[start, end)}, without what stands between them. */
    static String digitsOf(CharSequence text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            if (isAsciiDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    static boolean onlyDigits(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return end > start;
    }

    /** Where {@code c} first stands in {@code text[start, end)}, -1 if nowhere: no search past {@code end}. */
    static int indexOf(CharSequence text, char c, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** Where the run of ASCII digits that ends at {@code end} starts ({@code end} itself if none). */
    static int digitRunStart(CharSequence text, int end) {
        int i = end;
        while (i > 0 && isAsciiDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the run of letters that starts at {@code from} ends ({@code from} itself if none). */
    static int lettersEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the run of letters that ends at {@code end} starts ({@code end} itself if none). */
    static int lettersStart(CharSequence text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The word of letters and apostrophes that ends, after blanks, right before {@code start}, in lower case
     * ("today's" before "call"); "" if none does.
     */
    static String wordBefore(CharSequence text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || isApostrophe(text.charAt(from - 1)))) {
            from--;
        }
        return text.subSequence(from, end).toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A letter of the Arabic alphabet's basic block (hamza to yeh), as Arabic is written. */
    static boolean isArabicLetter(int c) {
        return c >= '\u0621' && c <= '\u064a';
    }

    /** A Han char of the unified block, as Chinese is written ("一直", "号码"). */
    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
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

    /**
     * Whether regionMatches ignoring case may find the char {@code c} (above U+007F) equal to an
     * ASCII char: it compares chars, their upper cases, and the lower cases of those, so only a
     * char whose upper case, or the lower case of that, is ASCII can be ({@code \u0131},
     * {@code \u017f}, the Kelvin sign); a surrogate is left to the JDK.
     */
    static boolean foldsToAscii(char c) {
        char upper = Character.toUpperCase(c);
        return Character.isSurrogate(c) || upper < 128 || Character.toLowerCase(upper) < 128 || Character.toLowerCase(c) < 128;
    }

    /**
     * {@code text.regionMatches(true, offset, other, 0, length)}, with the bounds already checked by
     * the caller: pairs of ASCII chars are compared here (equal, or the same letter in either case),
     * and at the first pair with a char above U+007F that is not equal the JDK's method decides.
     */
    static boolean regionMatchesIgnoreCase(String text, int offset, String other, int length) {
        for (int k = 0; k < length; k++) {
            char a = text.charAt(offset + k);
            char b = other.charAt(k);
            if (a == b) {
                continue;
            }
            if (a >= 128 || b >= 128) {
                if ((a < 128 && !foldsToAscii(b)) || (b < 128 && !foldsToAscii(a))) {
                    return false; // an ASCII char and one no case mapping takes to ASCII
                }
                return text.regionMatches(true, offset, other, 0, length);
            }
            char lower = (char) (a | 0x20);
            if (lower != (b | 0x20) || lower < 'a' || lower > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code phrase} (ASCII letters in lower case, or no letters) first appears in {@code text}
     * at or after {@code from}, in any case, or -1.
     */
    static int indexOfIgnoreCase(String text, String phrase, int from) {
        char first = phrase.charAt(0);
        char upper = Character.toUpperCase(first);
        int last = text.length() - phrase.length();
        if (first == upper) { // a sign such as '[' or '(': the JDK's search finds it fastest
            for (int i = text.indexOf(first, from); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
                if (regionMatchesIgnoreCase(text, i, phrase, phrase.length())) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && regionMatchesIgnoreCase(text, i, phrase, phrase.length())) {
                return i;
            }
        }
        return -1;
    }

    /** An apostrophe as typed or as a word processor writes it ("it's", "it\u2019s"). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
