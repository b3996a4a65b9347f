package io.contactshield.topology.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leftmost search for a pattern that is tried only where a cheap test says a match can start.
 *
 * <p>{@link Matcher#find()} runs the whole pattern at every index of the text. For a long
 * alternation of cue phrases, or a pattern that opens with a look-behind or a class, that is most
 * of a detector's time, and nearly every attempt fails on the first char. Trying
 * {@link Matcher#lookingAt()} only at the indexes a {@link StartTest} admits finds the same
 * leftmost match as {@code find()}, on one condition: the test must hold at every index where the
 * pattern can match. Admitting too much only costs time; rejecting an index where the pattern
 * matches loses findings. Patterns that can match the empty string are not for this class.
 */
final class StartSearch {

    /** Whether a match may start at {@code index} of {@code text}. */
    @FunctionalInterface
    interface StartTest {
        boolean test(CharSequence text, int index);
    }

    private final boolean[] asciiFirst;
    private final StartTest canStart;

    /**
     * @param asciiFirst the ASCII chars a match can start with; at any other ASCII char the search
     *     moves on without calling {@code canStart} (a table look-up the JIT keeps in the loop, where
     *     a call through the interface, shared by several detectors, is not inlined)
     * @param canStart the test at the other indexes, chars above U+007F included
     */
    StartSearch(String asciiFirst, StartTest canStart) {
        this(table(asciiFirst), canStart);
    }

    private StartSearch(boolean[] asciiFirst, StartTest canStart) {
        this.asciiFirst = asciiFirst;
        this.canStart = canStart;
    }

    /**
     * A search for {@code pattern} tried only where {@code before} holds (a look-behind's condition,
     * say) and the first three chars can begin a match, as {@link #leadingChars} reads the pattern.
     */
    static StartSearch of(Pattern pattern, StartTest before) {
        StartTest leading = leadingChars(pattern);
        boolean[] first = new boolean[128];
        for (char c = 0; c < 128; c++) {
            first[c] = leading.test(String.valueOf(c), 0);
        }
        return new StartSearch(first, (text, i) -> before.test(text, i) && leading.test(text, i));
    }

    private static boolean[] table(String ascii) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < ascii.length(); i++) {
            table[ascii.charAt(i)] = true;
        }
        return table;
    }

    /**
     * A test admitting the indexes whose first three chars can begin a match of {@code pattern}, as
     * the pattern itself decides: an ASCII string of up to three chars can begin a match if the
     * pattern matches it or runs out of input trying ({@link Matcher#hitEnd()}). Where one of those
     * chars is above U+007F the index is admitted. Look-behinds see no text before the index here,
     * so a test for them, if wanted, goes in front of this one.
     */
    static StartTest leadingChars(Pattern pattern) {
        Matcher matcher = pattern.matcher("");
        boolean[] singles = new boolean[128];
        boolean[] pairs = new boolean[128 * 128];
        // The third char's table, only for the pairs that can begin a match (few, for a cue list).
        boolean[][] triples = new boolean[128 * 128][];
        for (char first = 0; first < 128; first++) {
            singles[first] = canBegin(matcher, new char[] {first});
            for (char second = 0; singles[first] && second < 128; second++) {
                int pair = first * 128 + second;
                pairs[pair] = canBegin(matcher, new char[] {first, second});
                if (pairs[pair]) {
                    triples[pair] = new boolean[128];
                    for (char third = 0; third < 128; third++) {
                        triples[pair][third] = canBegin(matcher, new char[] {first, second, third});
                    }
                }
            }
        }
        return (text, index) -> {
            char first = text.charAt(index);
            if (first >= 128) {
                return true;
            }
            if (index + 1 == text.length()) {
                return singles[first];
            }
            char second = text.charAt(index + 1);
            if (second >= 128) {
                return true;
            }
            int pair = first * 128 + second;
            if (!pairs[pair] || index + 2 == text.length()) {
                return pairs[pair];
            }
            char third = text.charAt(index + 2);
            return third >= 128 || triples[pair][third];
        };
    }

    private static boolean canBegin(Matcher matcher, char[] start) {
        matcher.reset(new String(start));
        return matcher.lookingAt() || matcher.hitEnd();
    }

    /**
     * Moves {@code matcher} (over {@code text}) to the leftmost match starting at or after
     * {@code from}, as {@link Matcher#find(int)} would; false if there is none. The matcher is left
     * with transparent, non-anchoring bounds, so look-behinds see the text before {@code from}.
     */
    boolean find(Matcher matcher, CharSequence text, int from) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if ((c >= 128 || asciiFirst[c]) && canStart.test(text, i)) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where to search after the match {@code matcher} holds: past it, and past an empty one. */
    static int next(Matcher matcher) {
        return matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
    }
}
