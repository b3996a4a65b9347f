package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Speech-to-text writes numbers as words ("oh seven seven double oh nine double oh one two three",
 * "five five five, zero one four three", "plus four four ..."). This rewrites each run of at least
 * {@link #MIN_DIGITS} spoken digits as digits, keeps where every char of the rewrite came from, so
 * that the number detectors can read the rewrite and their spans be mapped back onto the original.
 *
 * <p>A run is a sequence of digit words (zero/oh/o, one to nine, the ten to ninety words, "double"
 * and "triple" before a digit, "X hundred", a leading "plus"; and the digit words of German, French,
 * Spanish and Dutch) and written digit groups, separated by blanks, a hyphen, or a comma (a pause,
 * kept as one space in the rewrite). Any other word or punctuation ends the run, so "one or two
 * things" never becomes a number. A run needs at least three spoken digits, or it is an ordinary
 * written number the detectors have already read.
 *
 * <p>Cost: one pass over the text that looks each word up in a table indexed by its first letter,
 * allocating nothing until a digit word appears; text without a run of seven gets no rewrite at all.
 */
final class SpokenDigits {

    /** Fewer spoken digits are an amount, a time or a count, not a number worth reading. */
    static final int MIN_DIGITS = 7;

    private static final int MIN_SPOKEN = 3;
    private static final int MAX_WORD = 9;

    // Kinds of word, with the value in the low bits: kind * 100 + value.
    private static final int UNIT = 1;
    private static final int TEEN = 2;
    private static final int TENS = 3;
    private static final int DOUBLE = 4;
    private static final int TRIPLE = 5;
    private static final int HUNDRED = 6;
    private static final int PLUS = 7;
    private static final int DIGITS = 8; // a written digit group, not a word

    private static final Map<String, Integer> WORDS = new HashMap<>();
    /** Words by lower-case first char (Latin-1), so that a lookup needs no lower-cased copy. */
    private static final String[][] BY_FIRST = new String[256][];
    private static final int[][] CODES_BY_FIRST = new int[256][];

    static {
        units(0, "zero", "oh", "o", "nought", "null", "z\u00e9ro", "cero", "nul");
        units(1, "one", "eins", "un", "uno", "een");
        units(2, "two", "zwei", "zwo", "deux", "dos", "twee");
        units(3, "three", "drei", "trois", "tres", "drie");
        units(4, "four", "vier", "quatre", "cuatro");
        units(5, "five", "f\u00fcnf", "fuenf", "cinq", "cinco", "vijf");
        units(6, "six", "sechs", "seis", "zes");
        units(7, "seven", "sieben", "sept", "siete", "zeven");
        units(8, "eight", "acht", "huit", "ocho");
        units(9, "nine", "neun", "neuf", "nueve", "negen");
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], TEEN * 100 + 10 + i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], TENS * 100 + 20 + i * 10);
        }
        WORDS.put("double", DOUBLE * 100);
        WORDS.put("triple", TRIPLE * 100);
        WORDS.put("hundred", HUNDRED * 100);
        WORDS.put("plus", PLUS * 100);
        Map<Character, List<String>> grouped = new HashMap<>();
        WORDS.keySet().forEach(w -> grouped.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w));
        grouped.forEach((first, words) -> {
            BY_FIRST[first] = words.toArray(new String[0]);
            CODES_BY_FIRST[first] = words.stream().mapToInt(WORDS::get).toArray();
        });
    }

    private static void units(int value, String... words) {
        for (String word : words) {
            WORDS.put(word, UNIT * 100 + value);
        }
    }

    private SpokenDigits() {
    }

    /**
     * The text with its spoken runs written as digits. {@link #from}/{@link #to} give, for each char
     * of {@link #text}, the span of the original that produced it; {@link #inRun} whether it came
     * from a spoken run.
     */
    static final class Rewrite {

        final String text;
        /** {@code [start, end)} of each run in {@link #text}, in order. */
        final List<int[]> runs;
        private final int[] from;
        private final int[] to;
        private final boolean[] inRun;

        private Rewrite(String text, List<int[]> runs, int[] from, int[] to, boolean[] inRun) {
            this.text = text;
            this.runs = runs;
            this.from = from;
            this.to = to;
            this.inRun = inRun;
        }

        /** Whether {@code [start, end)} of the rewrite holds at least one char of a spoken run. */
        boolean touchesRun(int start, int end) {
            for (int i = start; i < end; i++) {
                if (inRun[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Start in the original text of the rewrite's char {@code start}. */
        int originalStart(int start) {
            return from[start];
        }

        /** End (exclusive) in the original text of a span of the rewrite ending at {@code end}. */
        int originalEnd(int end) {
            return to[end - 1];
        }
    }

    /** A digit (or '+') of a run and the span of the words that said it. */
    private record Said(char c, int start, int end, boolean pauseBefore) {
    }

    /**
     * Rewrites of {@code text}: none when it has no spoken run of at least {@link #MIN_DIGITS}
     * digits; one with pauses as spaces; and, when a run has pauses, a second with the run's digits
     * written together (a card read out in uneven groups is still one number).
     */
    static List<Rewrite> rewrite(String text) {
        List<List<Said>> runs = runs(text);
        if (runs.isEmpty()) {
            return List.of();
        }
        boolean anyPause = runs.stream().anyMatch(run -> run.stream().skip(1).anyMatch(Said::pauseBefore));
        Rewrite spaced = build(text, runs, true);
        return anyPause ? List.of(spaced, build(text, runs, false)) : List.of(spaced);
    }

    private static Rewrite build(String text, List<List<Said>> runs, boolean pauses) {
        int capacity = text.length() + 16;
        StringBuilder out = new StringBuilder(capacity);
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        boolean[] inRun = new boolean[capacity];
        List<int[]> spans = new ArrayList<>(runs.size());
        int copied = 0;
        for (List<Said> run : runs) {
            for (int i = copied; i < run.get(0).start(); i++) {
                int at = out.length();
                out.append(text.charAt(i));
                from[at] = i;
                to[at] = i + 1;
            }
            int runStart = out.length();
            for (int k = 0; k < run.size(); k++) {
                Said said = run.get(k);
                if (pauses && k > 0 && said.pauseBefore()) {
                    int at = out.length();
                    out.append(' ');
                    from[at] = run.get(k - 1).end();
                    to[at] = said.start();
                    inRun[at] = true;
                }
                int at = out.length();
                out.append(said.c());
                from[at] = said.start();
                to[at] = said.end();
                inRun[at] = true;
            }
            spans.add(new int[] {runStart, out.length()});
            copied = run.get(run.size() - 1).end();
        }
        for (int i = copied; i < text.length(); i++) {
            int at = out.length();
            out.append(text.charAt(i));
            from[at] = i;
            to[at] = i + 1;
        }
        return new Rewrite(out.toString(), spans, from, to, inRun);
    }

    /** The spoken runs of {@code text} with at least {@link #MIN_DIGITS} digits, in order. */
    static List<List<Said>> runs(String text) {
        List<List<Said>> runs = new ArrayList<>();
        List<int[]> tokens = null; // {code, start, end, pauseBefore}
        int n = text.length();
        int i = 0;
        int previousEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter && !Chars.isAsciiDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (letter) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                while (i < n && Chars.isAsciiDigit(text.charAt(i))) {
                    i++;
                }
            }
            int code = letter ? lookUp(text, start, i) : DIGITS * 100;
            if (code < 0) {
                if (tokens != null && !tokens.isEmpty()) {
                    flush(text, tokens, runs);
                }
                previousEnd = -1;
                continue;
            }
            int gap = previousEnd < 0 ? -1 : gap(text, previousEnd, start);
            if (gap < 0 && tokens != null && !tokens.isEmpty()) {
                flush(text, tokens, runs);
            }
            if (tokens == null) {
                tokens = new ArrayList<>();
            }
            tokens.add(new int[] {code, start, i, gap == 1 ? 1 : 0});
            previousEnd = i;
        }
        if (tokens != null && !tokens.isEmpty()) {
            flush(text, tokens, runs);
        }
        return runs;
    }

    /**
     * What lies between two tokens of a run: 0 blanks or a hyphen, 1 a pause (a comma), -1 anything
     * else (the run ends).
     */
    private static int gap(String text, int from, int to) {
        if (to == from) {
            return -1; // "five5": a word glued to digits is not a spoken number
        }
        int pause = 0;
        int hyphens = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                pause++;
            } else if (c == '-') {
                hyphens++;
            } else if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        if (pause > 1 || hyphens > 1 || pause + hyphens > 1 || to - from > 4) {
            return -1;
        }
        return pause;
    }

    private static int lookUp(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_WORD) {
            return -1;
        }
        char first = Character.toLowerCase(text.charAt(start));
        if (first >= 256 || BY_FIRST[first] == null) {
            return -1;
        }
        String[] candidates = BY_FIRST[first];
        for (int k = 0; k < candidates.length; k++) {
            if (candidates[k].length() == length && text.regionMatches(true, start, candidates[k], 0, length)) {
                return CODES_BY_FIRST[first][k];
            }
        }
        return -1;
    }

    /**
     * Turns the tokens of one candidate run into digits; a word that cannot stand where it does
     * ("double" not before a digit, "hundred" not after one, "plus" not first) splits the run.
     */
    private static void flush(String text, List<int[]> tokens, List<List<Said>> runs) {
        List<Said> run = new ArrayList<>();
        int spoken = 0;
        int k = 0;
        while (k < tokens.size()) {
            int[] t = tokens.get(k);
            int kind = t[0] / 100;
            int value = t[0] % 100;
            boolean pause = t[3] == 1;
            int[] next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            boolean nextIsUnit = next != null && next[0] / 100 == UNIT && next[3] == 0;
            switch (kind) {
                case UNIT -> {
                    boolean hundreds = next != null && next[0] / 100 == HUNDRED && next[3] == 0;
                    run.add(new Said((char) ('0' + value), t[1], t[2], pause));
                    spoken++;
                    if (hundreds) {
                        // Read as a group of digits: "nine hundred" is 900 ("oh seven seven double oh nine
                        // hundred four six one" is 07700 900461), "one hundred forty nine" 149.
                        int[] after = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
                        int afterKind = after == null || after[3] == 1 ? 0 : after[0] / 100;
                        int zeros = afterKind == TEEN || afterKind == TENS ? 0 : 2;
                        for (int z = 0; z < zeros; z++) {
                            run.add(new Said('0', next[1], next[2], false));
                        }
                        spoken += zeros;
                        k++;
                    }
                }
                case TEEN -> {
                    addDigits(run, String.valueOf(value), t[1], t[2], pause);
                    spoken += 2;
                }
                case TENS -> {
                    if (nextIsUnit && next[0] % 100 != 0) {
                        addDigits(run, String.valueOf(value + next[0] % 100), t[1], next[2], pause);
                        k++;
                    } else {
                        addDigits(run, String.valueOf(value), t[1], t[2], pause);
                    }
                    spoken += 2;
                }
                case DOUBLE, TRIPLE -> {
                    if (!nextIsUnit) {
                        spoken = end(run, spoken, runs);
                        run = new ArrayList<>();
                    } else {
                        char digit = (char) ('0' + next[0] % 100);
                        int times = kind == DOUBLE ? 2 : 3;
                        for (int r = 0; r < times; r++) {
                            run.add(new Said(digit, t[1], next[2], pause && r == 0));
                        }
                        spoken += times;
                        k++;
                    }
                }
                case PLUS -> {
                    spoken = end(run, spoken, runs);
                    run = new ArrayList<>();
                    if (next != null && next[0] / 100 != PLUS) {
                        run.add(new Said('+', t[1], t[2], false));
                    }
                }
                case DIGITS -> addDigits(run, text.substring(t[1], t[2]), t[1], t[2], pause);
                default -> {
                    spoken = end(run, spoken, runs);
                    run = new ArrayList<>();
                }
            }
            k++;
        }
        end(run, spoken, runs);
        tokens.clear();
    }

    /** Keeps {@code run} when it is long enough and mostly spoken; returns the new spoken count, 0. */
    private static int end(List<Said> run, int spoken, List<List<Said>> runs) {
        int digits = 0;
        for (Said said : run) {
            if (said.c() != '+') {
                digits++;
            }
        }
        if (digits >= MIN_DIGITS && spoken >= MIN_SPOKEN) {
            runs.add(run);
        }
        return 0;
    }

    /** Each digit of a written group or a two-digit word, all mapped to the group's span. */
    private static void addDigits(List<Said> run, String digits, int start, int end, boolean pause) {
        for (int i = 0; i < digits.length(); i++) {
            run.add(new Said(digits.charAt(i), start, end, pause && i == 0));
        }
    }

    /** For tests: the digits of each run, pauses as spaces. */
    static List<String> digitsOf(String text) {
        List<String> out = new ArrayList<>();
        for (List<Said> run : runs(text)) {
            StringBuilder digits = new StringBuilder();
            for (int k = 0; k < run.size(); k++) {
                if (k > 0 && run.get(k).pauseBefore()) {
                    digits.append(' ');
                }
                digits.append(run.get(k).c());
            }
            out.add(digits.toString());
        }
        return out;
    }
}
