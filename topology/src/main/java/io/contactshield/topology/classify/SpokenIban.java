package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * IBANs read out letter by letter and digit by digit, as speech-to-text writes them: "G B two nine
 * N W B K six oh one six one three three one nine two six eight one nine", "DE eight nine three
 * seven oh four ...". The span is the whole spoken form, from the first letter of the country code
 * to the word that said the last char.
 *
 * <p>Validated as a written IBAN is ({@link IbanDetector}): a country code from the registry, then
 * exactly that country's length in letters and digits, and the mod-97 check. The reading starts only
 * at two single letters ("G B") or a capitalised two-letter word ("GB") that name a registry
 * country, and takes single letters, spoken digits ({@link SpokenDigits#digits}: "twenty nine",
 * "double oh") and capitalised letter or digit groups ("NWBK", "6016"), separated by blanks or one
 * comma, and the words of the spelling alphabet ("golf bravo two nine november whiskey ...") for
 * letters. A lower-case "o" is the digit (people say "oh"), a capital "O" the letter. Spelled letters
 * in prose ("I a m", "J R R Tolkien", "a b c") never get that far, or fail the length and check.
 *
 * <p>Cost: a text without two single letters in a row or a capitalised country code is passed over
 * after one scan.
 */
final class SpokenIban {

    static final double CONFIDENCE = 0.9;
    private static final int MAX_GAP = 3;

    private SpokenIban() {
    }

    /** A word of letters or digits: {@code [start, end)}. */
    private record Token(int start, int end) {
    }

    static List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isAsciiLetter(text.charAt(i)) || Chars.wordCharAt(text, i - 1)) {
                i++;
                continue;
            }
            int end = read(text, i, found);
            if (end > i) {
                i = end;
                continue;
            }
            // No reading starts inside a word, so the rest of it need not be looked at.
            i++;
            while (i < n && Chars.isAsciiLetterOrDigit(text.charAt(i))) {
                i++;
            }
        }
        return found;
    }

    /**
     * Reads an IBAN starting at {@code start}; returns its end when one was found, else {@code start}.
     * A lower-case "o" is read as the digit first and, when the check fails, as the letter ("i e
     * seven oh, b o f i, ...": Bank of Ireland's BOFI).
     */
    private static int read(String text, int start, List<Detection> found) {
        CountryCode code = countryCodeAt(text, start);
        if (code == null || !IbanDetector.LENGTHS.containsKey(code.country())) {
            return start;
        }
        int end = read(text, start, code, found, false);
        return end > start ? end : read(text, start, code, found, true);
    }

    /** A country code said at the start of a reading, and where the reading goes on after it. */
    private record CountryCode(String country, int next) {
    }

    /** The country code said at {@code start} in one of the ways a reading starts with; else null. */
    private static CountryCode countryCodeAt(String text, int start) {
        // "A E, seven one, ...", "S-A zero eight ...": the country code spelled, apart or hyphenated.
        if (isSingle(text, start) && start + 2 < text.length() && (text.charAt(start + 1) == ' ' || text.charAt(start + 1) == '-')
                && Chars.isAsciiLetter(text.charAt(start + 2)) && isSingle(text, start + 2)) {
            return new CountryCode(("" + text.charAt(start) + text.charAt(start + 2)).toUpperCase(Locale.ROOT), start + 3);
        }
        if (start + 2 <= text.length() && Character.isUpperCase(text.charAt(start))
                && start + 1 < text.length() && Character.isUpperCase(text.charAt(start + 1))
                && Chars.isAsciiLetter(text.charAt(start + 1)) && !Chars.wordCharAt(text, start + 2)) {
            return new CountryCode(text.substring(start, start + 2), start + 2);
        }
        if (isSingle(text, start)) {
            // "G as in golf, B as in bravo, four five, ...": each letter of the code with a word for it.
            int firstEnd = spelledAsEnd(text, new Token(start, start + 1), text.charAt(start));
            Token second = firstEnd > start + 1 ? nextToken(text, firstEnd) : null;
            if (second != null && second.end() - second.start() == 1 && Chars.isAsciiLetter(text.charAt(second.start()))) {
                char letter = text.charAt(second.start());
                return new CountryCode(("" + text.charAt(start) + letter).toUpperCase(Locale.ROOT),
                        spelledAsEnd(text, second, letter));
            }
        }
        int natoEnd = natoWordEnd(text, start);
        if (natoEnd > 0) {
            // "golf bravo two nine november whiskey ...": the country code in the spelling alphabet.
            Token second = nextToken(text, natoEnd);
            char letter = second == null ? 0 : natoLetter(text, second.start(), second.end());
            return letter == 0 ? null : new CountryCode("" + natoLetter(text, start, natoEnd) + letter, second.end());
        }
        if (start + 2 < text.length() && text.charAt(start + 2) == ' ' && isLowerIbanCountry(text, start)) {
            // "nl zesentachtig asnb ...": speech-to-text writes the code as a word when it is said as one;
            // read only when its check digits are said right after it.
            String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
            Token next = nextToken(text, start + 2);
            if (next != null
                    && SpokenDigits.isNumberWord(text, next.start(), next.end())
                    && !Chars.onlyDigits(text, next.start(), next.end())) {
                return new CountryCode(country, start + 2);
            }
        }
        int nameEnd = letterWordEnd(text, start);
        if (nameEnd > 0) {
            // "e ese veinte, cero cero cuatro nueve ...", "i ti ventisette ...": the country code in the
            // letters' names (one of the two may be a single letter).
            Token second = nextToken(text, nameEnd);
            char letter = second == null ? 0 : letterOfName(text, second.start(), second.end());
            if (letter == 0 || (nameEnd - start == 1 && second.end() - second.start() == 1)) {
                return null;
            }
            return new CountryCode("" + letterOfName(text, start, nameEnd) + letter, second.end());
        }
        return null;
    }

    /** The registry's countries as two lower-case ASCII letters, indexed {@code 26 * first + second}. */
    private static final boolean[] IBAN_COUNTRIES = new boolean[26 * 26];

    static {
        for (String country : IbanDetector.LENGTHS.keySet()) {
            IBAN_COUNTRIES[26 * (country.charAt(0) - 'A') + country.charAt(1) - 'A'] = true;
        }
    }

    /** Whether two lower-case ASCII letters at {@code start} name a registry country ("nl", "be"). */
    private static boolean isLowerIbanCountry(String text, int start) {
        char first = text.charAt(start);
        char second = text.charAt(start + 1);
        return first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z'
                && IBAN_COUNTRIES[26 * (first - 'a') + second - 'a'];
    }

    private static int read(String text, int start, CountryCode code, List<Detection> found, boolean oIsLetter) {
        String country = code.country();
        int next = code.next();
        Integer length = IbanDetector.LENGTHS.get(country);
        if (length == null) {
            return start;
        }
        StringBuilder iban = new StringBuilder(length).append(country);
        boolean spoken = country.length() == 2 && next == start + 3;
        int end = next;
        List<Token> numberWords = new ArrayList<>();
        while (iban.length() < length) {
            Token token = nextToken(text, end);
            if (token == null) {
                break;
            }
            char named;
            if (spoken && token.end() - token.start() == 2 && text.regionMatches(true, token.start(), "um", 0, 2)) {
                // Portuguese "um" (1) alone, in a reading said in words ("..., três três dois sete, um"): a number
                // word only inside a run elsewhere (English's filler).
                iban.append('1');
                end = token.end();
            } else if (SpokenDigits.isNumberWord(text, token.start(), token.end()) && !Chars.onlyDigits(text, token.start(), token.end())
                    && !isLetterO(text, token, oIsLetter)) {
                // A group of spoken digits joined by blanks ("twenty nine", "six oh one six").
                numberWords.clear();
                numberWords.add(token);
                Token last = token;
                while (true) {
                    Token more = nextToken(text, last.end());
                    if (more != null && onlyBlanks(text, last.end(), more.start())
                            && SpokenIp.isAnd(text, more.start(), more.end())
                            && SpokenIp.numberWordAfter(text, more.end())) {
                        // "cuarenta y dos": the "and" is part of the group, read with it.
                        last = more;
                        continue;
                    }
                    if (more == null || !onlyBlanks(text, last.end(), more.start())
                            || !SpokenDigits.isNumberWord(text, more.start(), more.end())
                            || Chars.onlyDigits(text, more.start(), more.end())
                            || isLetterO(text, more, oIsLetter)) {
                        break;
                    }
                    numberWords.add(more);
                    last = more;
                }
                String digits = longestDigits(text, numberWords, length - iban.length());
                if (digits == null) {
                    break;
                }
                iban.append(digits);
                end = numberWords.get(numberWords.size() - 1).end();
                spoken = true;
            } else if (token.end() - token.start() == 1 && Chars.isAsciiLetter(text.charAt(token.start()))) {
                iban.append(Character.toUpperCase(text.charAt(token.start())));
                end = spelledAsEnd(text, token, text.charAt(token.start()));
                spoken = true;
            } else if (iban.length() >= CHECK_DIGITS_END && (named = letterOfName(text, token.start(), token.end())) != 0) {
                // A letter of the bank's code by its name ("i ti cinque uno, vu, zero sette ...").
                iban.append(named);
                end = spelledAsEnd(text, token, named);
                spoken = true;
            } else if (natoLetter(text, token.start(), token.end()) != 0) {
                iban.append(natoLetter(text, token.start(), token.end()));
                end = token.end();
                spoken = true;
            } else if (isGroup(text, token)) {
                iban.append(text, token.start(), token.end());
                end = token.end();
            } else {
                break;
            }
        }
        if (!spoken || iban.length() != length || !hasDigitsAt(iban, 2, 4)
                || IbanDetector.mod97(iban.toString().toUpperCase(Locale.ROOT)) != 1) {
            return start;
        }
        found.add(new Detection(EntityTypes.IBAN, start, end, CONFIDENCE, IbanDetector.NAME));
        return end;
    }

    /** The longest word that says "as in" ({@link SpokenEmail#SPELLED_AS}). */
    private static final int MAX_SPELLED_AS = SpokenEmail.SPELLED_AS.stream().mapToInt(String::length).max().orElseThrow();
    /** Chars of an IBAN up to its check digits: letters named after them belong to the bank's code. */
    private static final int CHECK_DIGITS_END = 4;
    /**
     * Where the {@code letter} said as {@code token} ends: after "come genova", "wie kaufmann" ({@link
     * SpokenEmail#SPELLED_AS}), "as in golf", when a word that starts with the letter spells it, else at
     * the token.
     */
    private static int spelledAsEnd(String text, Token token, char letter) {
        Token as = nextToken(text, token.end());
        if (as == null || !onlyBlanks(text, token.end(), as.start())) {
            return token.end();
        }
        boolean asWord = as.end() - as.start() <= MAX_SPELLED_AS
                && SpokenEmail.SPELLED_AS.contains(text.substring(as.start(), as.end()).toLowerCase(Locale.ROOT));
        if (!asWord && text.regionMatches(true, as.start(), "as in ", 0, 6)) {
            as = new Token(as.start(), as.start() + 5); // "G as in golf"
            asWord = true;
        }
        Token word = asWord ? nextToken(text, as.end()) : null;
        return word != null && onlyBlanks(text, as.end(), word.start())
                && Character.toLowerCase(text.charAt(word.start())) == Character.toLowerCase(letter)
                ? word.end() : token.end();
    }

    /** The words of the spelling alphabet (ICAO), by their letter: each starts with its own letter. */
    private static final String[] SPELLING_ALPHABET = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
        "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra",
        "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"};

    /**
     * The letter {@code text[start, end)} spells in the spelling alphabet ("golf" G, also "alfa",
     * "juliett", "whisky"), or 0. Compared only with the word of its first letter: no allocation.
     */
    static char natoLetter(String text, int start, int end) {
        int length = end - start;
        if (length < 4 || length > MAX_SPELLING_WORD || !Chars.isAsciiLetter(text.charAt(start))) {
            return 0;
        }
        char letter = Character.toUpperCase(text.charAt(start));
        String word = SPELLING_ALPHABET[letter - 'A'];
        boolean matches = (length == word.length() && text.regionMatches(true, start, word, 0, length))
                || (length == 4 && text.regionMatches(true, start, "alfa", 0, 4))
                || (length == 7 && text.regionMatches(true, start, "juliett", 0, 7))
                || (length == 6 && text.regionMatches(true, start, "whisky", 0, 6));
        return matches ? letter : 0;
    }

    /**
     * The end of the spelling alphabet's word at {@code start}, if one stands there as a whole word;
     * else -1. Tried at every word of every text: a word whose second letter is not its first letter's
     * word's (the other spellings share theirs) is passed over before it is read to its end.
     */
    private static int natoWordEnd(String text, int start) {
        char c = text.charAt(start);
        if (!Chars.isAsciiLetter(c) || start + 1 >= text.length() || Character.toLowerCase(text.charAt(start + 1))
                != SPELLING_ALPHABET[Character.toUpperCase(c) - 'A'].charAt(1)) {
            return -1;
        }
        int end = start;
        while (end < text.length() && end - start <= MAX_SPELLING_WORD && Chars.isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return !Chars.wordCharAt(text, end) && natoLetter(text, start, end) != 0 ? end : -1;
    }

    /** The longest word of the spelling alphabet ("november", "uniform"). */
    private static final int MAX_SPELLING_WORD = 8;

    /**
     * The letters' names in Spanish, in Dutch ("en el" NL, "bee ee" BE), Turkish's "re" ("te re" TR) and in
     * Italian ("i ti" IT, "esse emme" SM, "ci acca" CH), and the letters they name.
     */
    private static final String[] LETTER_NAMES = {"a", "be", "ce", "de", "e", "efe", "ge", "hache", "i", "jota", "ka",
        "ele", "eme", "ene", "o", "pe", "cu", "erre", "ere", "ese", "te", "u", "uve", "ve", "equis", "ye", "zeta",
        "bee", "cee", "dee", "ee", "ef", "gee", "ha", "ie", "jee", "el", "em", "en", "oo", "pee", "kuu", "er", "es",
        "tee", "uu", "vee", "wee", "iks", "zet",
        "re", // Turkish R ("te re on sekiz, ...": TR and its check digits)
        "bi", "ci", "di", "effe", "gi", "acca", "cappa", "elle", "emme", "enne", "pi", "esse", "ti", "vu", "ics",
        "ipsilon",
        // Portuguese ("pê tê cinquenta, ...": PT and its check digits).
        "b\u00ea", "c\u00ea", "d\u00ea", "g\u00ea", "p\u00ea", "qu\u00ea", "t\u00ea", "v\u00ea", "z\u00ea"};
    private static final String LETTERS_NAMED = "ABCDEFGHIJKLMNOPQRRSTUVVXYZ" + "BCDEFGHIJLMNOPQRSTUVWXZ" + "R"
            + "BCDFGHKLMNPSTVXY" + "BCDGPQTVZ";

    /**
     * The letter {@code text[start, end)} names in Spanish, Dutch, Italian or Portuguese ("ese" S, "pe" P, "elle"
     * L), or a single letter itself; else 0. Compared only with the names of the word's own first letter.
     */
    static char letterOfName(String text, int start, int end) {
        int length = end - start;
        if (length == 1 && Chars.isAsciiLetter(text.charAt(start))) {
            return Character.toUpperCase(text.charAt(start));
        }
        char first = Character.toLowerCase(text.charAt(start));
        if (length > MAX_LETTER_NAME || first < 'a' || first > 'z') {
            return 0;
        }
        for (int k : NAMES_BY_FIRST[first - 'a']) {
            String name = LETTER_NAMES[k];
            if (name.length() == length && text.regionMatches(true, start, name, 0, length)) {
                return LETTERS_NAMED.charAt(k);
            }
        }
        return 0;
    }

    private static final int MAX_LETTER_NAME = 7;
    /** Indexes into {@link #LETTER_NAMES} by the name's first letter: a word is compared only with those. */
    private static final int[][] NAMES_BY_FIRST = namesByFirst();

    private static int[][] namesByFirst() {
        int[][] byFirst = new int[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            char letter = c;
            byFirst[c - 'a'] = IntStream.range(0, LETTER_NAMES.length)
                    .filter(k -> LETTER_NAMES[k].charAt(0) == letter).toArray();
        }
        return byFirst;
    }

    /** The end of a letter or a letter's name ({@link #letterOfName}) at {@code start}, as a whole word; else -1. */
    private static int letterWordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && end - start <= MAX_LETTER_NAME && Character.isLetter(text.charAt(end))) {
            end++; // (any letter: Portuguese "pê")
        }
        return !Chars.wordCharAt(text, end) && letterOfName(text, start, end) != 0 ? end : -1;
    }

    /** A capital "O" is the letter; a lower-case one too when {@code oIsLetter}. */
    private static boolean isLetterO(String text, Token token, boolean oIsLetter) {
        char c = text.charAt(token.start());
        return token.end() - token.start() == 1 && (c == 'O' || (oIsLetter && c == 'o'));
    }

    /**
     * The digits of the longest prefix of {@code words} that still fits in {@code room} chars (the
     * words after it belong to what follows the IBAN), or null when not even the first word reads.
     */
    private static String longestDigits(String text, List<Token> words, int room) {
        for (int count = words.size(); count > 0; count--) {
            String digits = SpokenDigits.digits(text, words.get(0).start(), words.get(count - 1).end());
            if (digits != null && digits.length() <= room) {
                if (count < words.size()) {
                    words.subList(count, words.size()).clear();
                }
                return digits;
            }
        }
        return null;
    }

    /** The next word after {@code from}, when only blanks and at most one comma or hyphen lie between. */
    private static Token nextToken(String text, int from) {
        int i = from;
        int marks = 0;
        int dots = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            char c = text.charAt(i);
            if ((c == '\u2026' || c == '.' && text.startsWith("...", i)) && ++marks <= 1) {
                // "D E... eight three, ...": a caller's pause after the country code, one mark
                int width = c == '.' ? 3 : 1;
                dots += width - 1;
                i += width;
                continue;
            }
            if (!Character.isWhitespace(c) && (c != ',' && c != '-' || ++marks > 1)) {
                return null;
            }
            i++;
        }
        if (i == from || i - from - dots > MAX_GAP || i >= text.length()) {
            return null;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return new Token(start, i);
    }

    private static boolean onlyBlanks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '-') {
                return false;
            }
        }
        return to > from;
    }

    /** A written group of an IBAN: digits, or capitals and digits ("NWBK", "6016"). */
    private static boolean isGroup(String text, Token token) {
        if (token.end() - token.start() > 34) {
            return false;
        }
        boolean lower = token.end() - token.start() == BANK_CODE && Chars.isAsciiLetter(text.charAt(token.start()))
                && Character.isLowerCase(text.charAt(token.start()));
        for (int i = token.start(); i < token.end(); i++) {
            char c = text.charAt(i);
            if (!Chars.isAsciiDigit(c) && !(c >= 'A' && c <= 'Z') && !(lower && c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters of a bank's code as speech-to-text writes it when said as a word, in lower case ("abna",
     * "asnb"); the check digits must still hold.
     */
    private static final int BANK_CODE = 4;

    private static boolean hasDigitsAt(CharSequence iban, int from, int to) {
        return Chars.onlyDigits(iban, from, to);
    }

    private static boolean isSingle(String text, int index) {
        return !Chars.wordCharAt(text, index - 1) && !Chars.wordCharAt(text, index + 1);
    }
}
