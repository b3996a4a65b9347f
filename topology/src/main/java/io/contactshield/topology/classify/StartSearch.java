package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
     * For a search made by {@link #of}: the pattern's leading chars and the test in front of them,
     * called directly rather than through {@link #canStart}, so that the JIT can inline both (a
     * call through the interface, shared by several searches, is not inlined); else {@code null}.
     */
    private final LeadingChars leading;
    private final StartTest before;

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
        this(asciiFirst, canStart, null, null);
    }

    private StartSearch(boolean[] asciiFirst, StartTest canStart, LeadingChars leading, StartTest before) {
        this.asciiFirst = asciiFirst;
        this.canStart = canStart;
        this.leading = leading;
        this.before = before;
    }

    /**
     * A search for {@code pattern} tried only where {@code before} holds (a look-behind's condition,
     * say) and the text there can begin a match, as {@link LeadingChars} reads the pattern.
     */
    static StartSearch of(Pattern pattern, StartTest before) {
        return of(pattern, before, LeadingChars.DEPTH);
    }

    /**
     * As {@link #of(Pattern, StartTest)}, reading up to {@code depth} chars of the possible starts:
     * more for a list of cue phrases whose first six chars are common words ("customer",
     * "account"), so that the pattern is not tried after each of them.
     */
    static StartSearch of(Pattern pattern, StartTest before, int depth) {
        LeadingChars leading = new LeadingChars(pattern, depth);
        boolean[] first = new boolean[128];
        for (char c = 0; c < 128; c++) {
            first[c] = leading.test(String.valueOf(c), 0);
        }
        return new StartSearch(first, (text, i) -> before.test(text, i) && leading.test(text, i), leading, before);
    }

    /** {@code canStart.test(text, i)}: the same answer, by direct calls where the search has them. */
    private boolean admits(CharSequence text, int i) {
        return leading == null ? canStart.test(text, i) : before.test(text, i) && leading.test(text, i);
    }

    private static boolean[] table(String ascii) {
        boolean[] table = new boolean[128];
        for (int i = 0; i < ascii.length(); i++) {
            table[ascii.charAt(i)] = true;
        }
        return table;
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
            if ((c >= 128 || asciiFirst[c]) && admits(text, i)) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code matcher} (over {@code text}) finds a match inside {@code text[from, to)}, as
     * {@code matcher.region(from, to).find()} with transparent and anchoring bounds would: look-behinds
     * see the text before {@code from}, and {@code $} or {@code \z} match at {@code to} (a cue that
     * must end where a name starts). The pattern must not anchor at its start ({@code ^}, {@code \A}
     * and {@code \G} would match at every index tried). The start test may read on past {@code to}:
     * one made by {@link #of} admits as soon as the chars it has read are a match, so it admits every
     * index where one ends at {@code to}. The matcher is left with transparent, anchoring bounds.
     */
    boolean findIn(Matcher matcher, CharSequence text, int from, int to) {
        matcher.useTransparentBounds(true).useAnchoringBounds(true);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= 128 || asciiFirst[c]) && admits(text, i)) {
                matcher.region(i, to);
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

    /**
     * Which texts can begin a match of a pattern, as the pattern itself decides, up to
     * {@link #DEPTH} chars or the depth given: an ASCII string can begin a match if the pattern
     * matches it or runs out of input trying ({@link Matcher#hitEnd()}). Built once, as a trie of
     * the strings that can, so a cue list of a hundred phrases admits only the indexes where one of
     * them starts, not every word that shares a first letter with one. An index where a char above U+007F comes first is
     * admitted. Look-behinds see no text before the index here, so a test for them, if wanted, goes
     * in front of this one.
     *
     * <p>For a pattern compiled with {@link Pattern#CASE_INSENSITIVE} (as a whole: no inline flag
     * turns it off), ASCII letters are looked up in lower case, which keeps the trie as small as the
     * phrases.
     */
    static final class LeadingChars implements StartTest {

        static final int DEPTH = 6;
        private static final int REJECT = -1;
        private static final int ADMIT = 0;

        private final boolean foldCase;
        private final int depth;
        /**
         * Per node, for the ASCII chars from {@code lowest[node]} on: REJECT, ADMIT (no need to read
         * further), or the child node; a char outside the node's row is REJECT. Rows are cut to their
         * first and last char that is not REJECT: most nodes lie inside one phrase and keep one char,
         * so a deep trie stays small.
         */
        private final char[] lowest;
        private final int[][] rows;

        LeadingChars(Pattern pattern) {
            this(pattern, DEPTH);
        }

        LeadingChars(Pattern pattern, int depth) {
            this.foldCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 && !pattern.pattern().contains("(?-");
            this.depth = depth;
            List<int[]> nodes = new ArrayList<>();
            nodes.add(null);
            expand(pattern.matcher(""), nodes, 0, "");
            this.lowest = new char[nodes.size()];
            this.rows = new int[nodes.size()][];
            for (int node = 0; node < nodes.size(); node++) {
                int[] children = nodes.get(node);
                int first = 0;
                while (first < children.length && children[first] == REJECT) {
                    first++;
                }
                int last = children.length;
                while (last > first && children[last - 1] == REJECT) {
                    last--;
                }
                lowest[node] = (char) first;
                rows[node] = Arrays.copyOfRange(children, first, last);
            }
        }

        private void expand(Matcher matcher, List<int[]> nodes, int node, String prefix) {
            int[] children = new int[128];
            nodes.set(node, children);
            for (char c = 0; c < 128; c++) {
                if (foldCase && c >= 'A' && c <= 'Z') {
                    children[c] = REJECT; // read as lower case, never looked up
                    continue;
                }
                String text = prefix + c;
                matcher.reset(text);
                if (matcher.lookingAt()) {
                    children[c] = ADMIT; // a match of these chars alone: whatever follows
                } else if (!matcher.hitEnd()) {
                    children[c] = REJECT;
                } else if (text.length() == depth) {
                    children[c] = ADMIT;
                } else {
                    int child = nodes.size();
                    nodes.add(null);
                    children[c] = child;
                    expand(matcher, nodes, child, text);
                }
            }
        }

        @Override
        public boolean test(CharSequence text, int index) {
            int node = 0;
            int stop = Math.min(text.length(), index + depth);
            for (int k = index; k < stop; k++) {
                char c = text.charAt(k);
                if (c >= 128) {
                    return true;
                }
                if (foldCase && c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                int[] row = rows[node];
                int slot = c - lowest[node];
                if (slot < 0 || slot >= row.length) {
                    return false;
                }
                int next = row[slot];
                if (next <= 0) {
                    return next == ADMIT;
                }
                node = next;
            }
            return true; // the text ends while a match may still begin: the pattern decides
        }
    }
}
