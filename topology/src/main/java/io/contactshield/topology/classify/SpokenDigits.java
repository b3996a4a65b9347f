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
 * Spanish and Dutch, with French compounds "quatre-vingt-dix-huit", "vingt et un", German
 * "einundzwanzig" and Spanish "treinta y dos") and written digit groups, separated by blanks, a hyphen, or a comma (a pause,
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
    private static final int FR_TENS = 9; // French tens: "soixante-dix" is 70, "quatre-vingt-dix-huit" 98
    private static final int AND = 10; // "vingt et un", "treinta y dos", "ein und zwanzig"
    private static final int DIX = 11; // French "dix": "dix-huit" is 18

    /** German compounds ("einundzwanzig") are one word: unit, "und", tens. */
    private static final String[] GERMAN_UNITS = {"ein", "zwei", "drei", "vier", "f\u00fcnf", "fuenf", "sechs", "sieben",
        "acht", "neun"};
    private static final int[] GERMAN_UNIT_VALUES = {1, 2, 3, 4, 5, 5, 6, 7, 8, 9};
    private static final String[] GERMAN_TENS = {"zwanzig", "drei\u00dfig", "dreissig", "vierzig", "f\u00fcnfzig",
        "fuenfzig", "sechzig", "siebzig", "achtzig", "neunzig"};
    private static final int[] GERMAN_TENS_VALUES = {20, 30, 30, 40, 50, 50, 60, 70, 80, 90};
    private static final int MIN_COMPOUND = 12;
    private static final int MAX_COMPOUND = 18;

    private static final Map<String, Integer> WORDS = new HashMap<>();
    /** Words by lower-case first char (Latin-1), so that a lookup needs no lower-cased copy. */
    private static final String[][] BY_FIRST = new String[256][];
    private static final int[][] CODES_BY_FIRST = new int[256][];

    static {
        units(0, "zero", "oh", "o", "nought", "null", "z\u00e9ro", "cero", "nul");
        units(1, "one", "eins", "un", "uno", "een");
        units(2, "two", "zwei", "zwo", "deux", "dos", "twee");
        // Italian and Portuguese too. "due", "um" and "sei" are also everyday English and German
        // (payment due 15 01 ..., the filler "um", "sei so gut"): they count only inside a run.
        units(1, "um");
        units(2, "dois", "duas", "due");
        units(6, "sei");
        units(3, "three", "drei", "trois", "tres", "drie", "tre", "tr\u00eas");
        units(4, "four", "vier", "quatre", "cuatro", "quattro", "quatro");
        units(5, "five", "f\u00fcnf", "fuenf", "cinq", "cinco", "vijf", "cinque");
        units(6, "six", "sechs", "seis", "zes");
        units(7, "seven", "sieben", "sept", "siete", "zeven", "sette", "sete");
        units(8, "eight", "acht", "huit", "ocho", "otto", "oito");
        units(9, "nine", "neun", "neuf", "nueve", "negen", "nove");
        String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], TEEN * 100 + 10 + i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            WORDS.put(tens[i], TENS * 100 + 20 + i * 10);
        }
        // French, German and Spanish tens and teens (the units are above).
        String[] frenchTeens = {"onze", "douze", "treize", "quatorze", "quinze", "seize"};
        for (int i = 0; i < frenchTeens.length; i++) {
            WORDS.put(frenchTeens[i], TEEN * 100 + 11 + i);
        }
        WORDS.put("dix", DIX * 100 + 10);
        String[] frenchTens = {"vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "septante", "huitante",
            "octante", "nonante"};
        int[] frenchValues = {20, 20, 30, 40, 50, 60, 70, 80, 80, 90};
        for (int i = 0; i < frenchTens.length; i++) {
            WORDS.put(frenchTens[i], FR_TENS * 100 + frenchValues[i]);
        }
        String[] germanTeens = {"zehn", "elf", "zw\u00f6lf", "zwoelf", "dreizehn", "vierzehn", "f\u00fcnfzehn",
            "fuenfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
        int[] germanTeenValues = {10, 11, 12, 12, 13, 14, 15, 15, 16, 17, 18, 19};
        for (int i = 0; i < germanTeens.length; i++) {
            WORDS.put(germanTeens[i], TEEN * 100 + germanTeenValues[i]);
        }
        for (int i = 0; i < GERMAN_TENS.length; i++) {
            WORDS.put(GERMAN_TENS[i], TENS * 100 + GERMAN_TENS_VALUES[i]);
        }
        String[] spanishTens = {"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"};
        for (int i = 0; i < spanishTens.length; i++) {
            WORDS.put(spanishTens[i], TENS * 100 + 20 + i * 10);
        }
        WORDS.put("et", AND * 100);
        WORDS.put("und", AND * 100);
        WORDS.put("y", AND * 100);
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
        return runs(text, 0, text.length(), MIN_DIGITS, MIN_SPOKEN);
    }

    /**
     * The digits said by the words of {@code text[start, end)}, or null unless every word there is a
     * number word or digit group, joined by blanks or hyphens (no pause), and they read as one number
     * ("one nine two" 192, "eighty one" 81, "two fifty five" 255). For the short numbers inside a
     * spoken address: an octet, the digits of a mailbox name.
     */
    static String digits(String text, int start, int end) {
        List<List<Said>> runs = runs(text, start, end, 1, 0);
        if (runs.size() != 1) {
            return null;
        }
        List<Said> run = runs.get(0);
        int first = start;
        while (first < end && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        int last = end;
        while (last > first && !Character.isLetterOrDigit(text.charAt(last - 1))) {
            last--;
        }
        if (run.get(0).start() != first || run.get(run.size() - 1).end() != last) {
            return null;
        }
        StringBuilder digits = new StringBuilder(run.size());
        for (Said said : run) {
            if (said.c() == '+' || said.pauseBefore()) {
                return null;
            }
            digits.append(said.c());
        }
        return digits.toString();
    }

    /** Whether {@code text[start, end)} is one number word ("nine", "eighty", "trente") or a digit group. */
    static boolean isNumberWord(String text, int start, int end) {
        if (Chars.onlyDigits(text, start, end)) {
            return true;
        }
        int code = lookUp(text, start, end);
        int kind = code / 100;
        return code >= 0 && kind != PLUS && kind != AND && kind != HUNDRED;
    }

    private static List<List<Said>> runs(String text, int from, int until, int minDigits, int minSpoken) {
        List<List<Said>> runs = new ArrayList<>();
        List<int[]> tokens = null; // {code, start, end, pauseBefore}
        int n = until;
        int i = from;
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
                    flush(text, tokens, runs, minDigits, minSpoken);
                }
                previousEnd = -1;
                continue;
            }
            int gap = previousEnd < 0 ? -1 : gap(text, previousEnd, start);
            if (gap < 0 && tokens != null && !tokens.isEmpty()) {
                flush(text, tokens, runs, minDigits, minSpoken);
            }
            if (tokens == null) {
                tokens = new ArrayList<>();
            }
            tokens.add(new int[] {code, start, i, gap == 1 ? 1 : 0});
            previousEnd = i;
        }
        if (tokens != null && !tokens.isEmpty()) {
            flush(text, tokens, runs, minDigits, minSpoken);
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
            return length >= MIN_COMPOUND && length <= MAX_COMPOUND ? germanCompound(text, start, end) : -1;
        }
        char first = Character.toLowerCase(text.charAt(start));
        if (first >= 256 || BY_FIRST[first] == null) {
            return -1;
        }
        String[] candidates = BY_FIRST[first];
        // The second and last chars first: most words that start alike differ there ("the", "tre").
        char second = length > 1 ? text.charAt(start + 1) : 0;
        char last = text.charAt(end - 1);
        for (int k = 0; k < candidates.length; k++) {
            String candidate = candidates[k];
            if (candidate.length() == length
                    && (length == 1 || Chars.mayEqualIgnoringCase(second, candidate.charAt(1)))
                    && Chars.mayEqualIgnoringCase(last, candidate.charAt(length - 1))
                    && text.regionMatches(true, start, candidate, 0, length)) {
                return CODES_BY_FIRST[first][k];
            }
        }
        return -1;
    }

    /** "einundzwanzig" (21) to "neunundneunzig" (99) as a two-digit word, or -1. */
    private static int germanCompound(String text, int start, int end) {
        for (int u = 0; u < GERMAN_UNITS.length; u++) {
            String unit = GERMAN_UNITS[u];
            int and = start + unit.length();
            if (!text.regionMatches(true, start, unit, 0, unit.length())
                    || !text.regionMatches(true, and, "und", 0, 3)) {
                continue;
            }
            for (int t = 0; t < GERMAN_TENS.length; t++) {
                String tens = GERMAN_TENS[t];
                if (and + 3 + tens.length() == end && text.regionMatches(true, and + 3, tens, 0, tens.length())) {
                    return TEEN * 100 + GERMAN_TENS_VALUES[t] + GERMAN_UNIT_VALUES[u];
                }
            }
        }
        return -1;
    }

    private static int kindAt(List<int[]> tokens, int k) {
        return k < tokens.size() ? tokens.get(k)[0] / 100 : -1;
    }

    private static int valueAt(List<int[]> tokens, int k) {
        return tokens.get(k)[0] % 100;
    }

    /** Whether token {@code k} exists, is of {@code kind} and follows the one before without a pause. */
    private static boolean joined(List<int[]> tokens, int k, int kind) {
        return kindAt(tokens, k) == kind && tokens.get(k)[3] == 0;
    }

    /** Whether token {@code k} is of {@code kind} and joined to the one before by a hyphen. */
    private static boolean hyphened(String text, List<int[]> tokens, int k, int kind) {
        if (!joined(tokens, k, kind)) {
            return false;
        }
        for (int i = tokens.get(k - 1)[2]; i < tokens.get(k)[1]; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * A French two-digit number whose tens part ends at token {@code k} with value {@code tens}
     * (vingt ... soixante, or 80 for "quatre-vingt"): adds its digits and returns the index of its
     * last token. "vingt et un" 21, "soixante et onze" 71, "soixante-dix-sept" 77,
     * "quatre-vingt-dix-huit" 98, "trente-neuf" 39, "vingt" 20. The parts of a compound are joined
     * by hyphens, as French writes them: "cinquante quatre-vingts" is 50 80, not 54 20, and
     * "quatre-vingts" (with its plural s) ends its number.
     */
    private static int frenchTens(String text, List<int[]> tokens, int first, int k, int tens, List<Said> run,
            boolean pause) {
        int start = tokens.get(first)[1];
        int value = tens;
        int last = k;
        boolean sixtyOrEighty = tens == 60 || tens == 80;
        boolean closed = Character.toLowerCase(text.charAt(tokens.get(k)[2] - 1)) == 's';
        if (closed) {
            value = tens;
        } else if (joined(tokens, k + 1, AND) && joined(tokens, k + 2, UNIT) && valueAt(tokens, k + 2) == 1) {
            value = tens + 1;
            last = k + 2;
        } else if (sixtyOrEighty && joined(tokens, k + 1, AND) && joined(tokens, k + 2, TEEN)
                && valueAt(tokens, k + 2) == 11) {
            value = tens + 11;
            last = k + 2;
        } else if (sixtyOrEighty && hyphened(text, tokens, k + 1, DIX)) {
            boolean seventeenToNineteen = hyphened(text, tokens, k + 2, UNIT) && valueAt(tokens, k + 2) >= 7;
            value = tens + 10 + (seventeenToNineteen ? valueAt(tokens, k + 2) : 0);
            last = seventeenToNineteen ? k + 2 : k + 1;
        } else if (sixtyOrEighty && hyphened(text, tokens, k + 1, TEEN) && valueAt(tokens, k + 1) < 20) {
            value = tens + valueAt(tokens, k + 1);
            last = k + 1;
        } else if (hyphened(text, tokens, k + 1, UNIT) && valueAt(tokens, k + 1) != 0) {
            value = tens + valueAt(tokens, k + 1);
            last = k + 1;
        }
        addDigits(run, String.valueOf(value), start, tokens.get(last)[2], pause);
        return last;
    }

    /**
     * Turns the tokens of one candidate run into digits; a word that cannot stand where it does
     * ("double" not before a digit, "hundred" not after one, "plus" not first, "et" not inside a
     * French number) splits the run.
     */
    private static final List<String> ONLY_INSIDE = List.of("um", "due", "sei");

    private static boolean onlyInside(String text, int[] token) {
        for (String word : ONLY_INSIDE) {
            if (token[2] - token[1] == word.length() && text.regionMatches(true, token[1], word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static void flush(String text, List<int[]> tokens, List<List<Said>> runs, int minDigits, int minSpoken) {
        if (minSpoken > 0 && !anySpoken(tokens)) {
            tokens.clear(); // written digits alone ("555-0132", a card number), which no run is
            return;
        }
        while (!tokens.isEmpty() && onlyInside(text, tokens.get(0))) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty() && onlyInside(text, tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            return;
        }
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
                    if (value == 4 && hyphened(text, tokens, k + 1, FR_TENS) && valueAt(tokens, k + 1) == 20) {
                        k = frenchTens(text, tokens, k, k + 1, 80, run, pause); // quatre-vingt
                        spoken += 2;
                    } else if (value != 0 && joined(tokens, k + 1, AND) && joined(tokens, k + 2, TENS)) {
                        // "ein und zwanzig": a German compound written apart
                        addDigits(run, String.valueOf(valueAt(tokens, k + 2) + value), t[1], tokens.get(k + 2)[2], pause);
                        spoken += 2;
                        k += 2;
                    } else {
                        run.add(new Said((char) ('0' + value), t[1], t[2], pause));
                        spoken++;
                    }
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
                case DIX -> {
                    if (hyphened(text, tokens, k + 1, UNIT) && next[0] % 100 >= 7) {
                        addDigits(run, String.valueOf(10 + next[0] % 100), t[1], next[2], pause);
                        k++;
                    } else {
                        addDigits(run, "10", t[1], t[2], pause);
                    }
                    spoken += 2;
                }
                case FR_TENS -> {
                    k = frenchTens(text, tokens, k, k, value, run, pause);
                    spoken += 2;
                }
                case TENS -> {
                    if (nextIsUnit && next[0] % 100 != 0) {
                        addDigits(run, String.valueOf(value + next[0] % 100), t[1], next[2], pause);
                        k++;
                    } else if (joined(tokens, k + 1, AND) && joined(tokens, k + 2, UNIT) && valueAt(tokens, k + 2) != 0) {
                        // "treinta y dos"
                        addDigits(run, String.valueOf(value + valueAt(tokens, k + 2)), t[1], tokens.get(k + 2)[2], pause);
                        k += 2;
                    } else {
                        addDigits(run, String.valueOf(value), t[1], t[2], pause);
                    }
                    spoken += 2;
                }
                case DOUBLE, TRIPLE -> {
                    if (!nextIsUnit) {
                        spoken = end(run, spoken, runs, minDigits, minSpoken);
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
                    spoken = end(run, spoken, runs, minDigits, minSpoken);
                    run = new ArrayList<>();
                    if (next != null && next[0] / 100 != PLUS) {
                        run.add(new Said('+', t[1], t[2], false));
                    }
                }
                case DIGITS -> addDigits(run, text.substring(t[1], t[2]), t[1], t[2], pause);
                default -> {
                    spoken = end(run, spoken, runs, minDigits, minSpoken);
                    run = new ArrayList<>();
                }
            }
            k++;
        }
        end(run, spoken, runs, minDigits, minSpoken);
        tokens.clear();
    }

    /** Whether a token says a digit in words: only those count as spoken in {@link #flush}. */
    private static boolean anySpoken(List<int[]> tokens) {
        for (int[] token : tokens) {
            int kind = token[0] / 100;
            if (kind == UNIT || kind == TEEN || kind == DIX || kind == FR_TENS || kind == TENS) {
                return true;
            }
        }
        return false;
    }

    /** Keeps {@code run} when it is long enough and mostly spoken; returns the new spoken count, 0. */
    private static int end(List<Said> run, int spoken, List<List<Said>> runs, int minDigits, int minSpoken) {
        int digits = 0;
        for (Said said : run) {
            if (said.c() != '+') {
                digits++;
            }
        }
        if (digits >= minDigits && spoken >= minSpoken) {
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
