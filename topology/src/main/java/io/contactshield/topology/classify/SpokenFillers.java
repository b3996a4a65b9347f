package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A caller who hesitates inside a number says a filler between its words ("four one five, five five
 * five, zero one, uh, three nine"), or reads its dashes out ("one one eight dash four seven"): a
 * word that is no number word, so it would end the run there and leave two halves too short to
 * read. {@link #asPauses} gives the view {@link SpokenDigits} reads instead: each filler between two
 * number words is written as {@link #MARK}s, which a run reads as a pause, so every offset stays
 * that of the text.
 *
 * <p>"um" is also Portuguese for one ("nove um dois"): it is a filler only set off by commas on both
 * sides ("zero one, um, three").
 */
final class SpokenFillers {

    /** Stands for a filler's letters: a noncharacter, kept for a program's internal use. */
    static final char MARK = '\uFFFF';

    private static final String[] FILLERS = {"uh", "uhh", "uhm", "um", "umm", "hm", "hmm", "mm", "er", "erm",
            "err", "ehm", "eh", "ehh", "ah", "ahh", "\u00e4h", "\u00e4hm", "\u00f6h", "\u00f6hm", "\u00f8h", "\u00f6\u00f6",
            "euh", "eeh", "ee", "eee", "yyy", "yy", "\u0131\u0131\u0131", "\u03b5", "\u03b5\u03b5", "\u03b5\u03b5\u03b5", "\u03b5\u03bc",
            // Turkish "ıı" and "şey" ("thing", said while thinking), Romanian "ăă", Bulgarian "ъъ".
            "\u0131\u0131", "\u015fey",
            "\u0103\u0103", "\u0103\u0103\u0103", "\u044a\u044a", "\u044a\u044a\u044a",
            // "area code seven one three, then five five five, ...": a caller's "then" between groups.
            "then",
            // Spanish "este" ("dos uno cero, este, cinco cinco cinco"), as "um" in English; Portuguese
            // "hã" and "hum".
            "este", "h\u00e3", "hum", "ahn",
            // Croatian and Serbian "ovaj" ("nula devet jedan, ovaj, četiri četiri sedam"); Portuguese "é"
            // between groups ("onze, nove sete quatro, é, um dois, ...").
            "ovaj", "\u00e9",
            // Portuguese "tipo" (like: "nove meia dois um quatro, tipo, três zero oito sete"); Ukrainian
            // and Russian "е", "ее" in Cyrillic (Latin "e" links Italian and Portuguese numbers).
            "tipo", "\u0435", "\u0435\u0435",
            // Russian "э", "ээ", "эм" ("семьсот пять... э... восемь семьсот пять, ...").
            "\u044d", "\u044d\u044d", "\u044d\u044d\u044d", "\u044d\u043c",
            // "one one eight dash four seven dash ...": the dashes of a number as it is written, read out.
            "dash", "hyphen",
            // Welsh "um" ("dim saith wyth pedwar naw, ym, dau dau un, ...").
            "ym",
            // Korean "다시", the dash of a number read out ("공일공 다시 구이팔칠 다시 삼사공육").
            "\ub2e4\uc2dc",
            // Korean "어", "음", "아" (uh, um, ah: "공일공 사이... 어 공일공 사이칠일 ...").
            "\uc5b4", "\uc74c", "\uc544",
            // Vietnamese "er", "uh-huh", "ah" ("không chín tám... ờ không chín tám bảy, ...").
            "\u1edd", "\u1eeb", "\u1eebm", "\u00e0",
            // Japanese "の" said apart between a number's groups ("ゼロキューゼロ の ニーサンヨンゴー の ...").
            "\u306e"};
    private static final int MAX_FILLER = 6;
    /** The letters fillers start with: most words start otherwise and are not read further. */
    private static final String FIRST_LETTERS = "uhmeaytdo\u00e4\u00f6\u00f8\u00e9\u0131\u03b5\u0103\u044a\u015f\u0435"
            + "\u1edd\u1eeb\u00e0\ub2e4\uc5b4\uc74c\uc544\u044d\u306e";
    /**
     * Most blanks, commas and dots of an ellipsis between a filler and the number words around it,
     * on each side: "one two three... uh, seven eight nine", "eight one seven... uh... five five five".
     */
    private static final int MAX_SEPARATORS = 5;

    private SpokenFillers() {
    }

    /**
     * The trunk 0 of a number written in international form said with its brackets ("plus four four,
     * bracket nought bracket, one three one, ..." for +44 (0)131 ...): not dialled from abroad, so no
     * digit of the number.
     */
    private static final String[] BRACKETED_TRUNKS = {"bracket nought bracket", "bracket zero bracket", "bracket oh bracket"};

    /** {@code text} with each filler between two number words as {@link #MARK}s; {@code text} itself when it has none. */
    static String asPauses(String text) {
        char[] chars = null;
        int n = text.length();
        for (int k = text.indexOf("racket ", 1); k >= 0; k = text.indexOf("racket ", k + 1)) {
            int i = k - 1;
            for (String trunk : BRACKETED_TRUNKS) {
                int end = i + trunk.length();
                if (end <= n && Chars.regionMatchesIgnoreCase(text, i, trunk, trunk.length()) && betweenNumberWords(text, i, end)) {
                    chars = chars == null ? text.toCharArray() : chars;
                    Arrays.fill(chars, i, end, MARK);
                }
            }
        }
        // A filler stands after a blank or a comma (betweenNumberWords): only there is a word read.
        for (int i = 1; i < n; i++) {
            char before = text.charAt(i - 1);
            if ((before != ' ' && before != ',') || FIRST_LETTERS.indexOf(Character.toLowerCase(text.charAt(i))) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < n && end - i <= MAX_FILLER && Character.isLetter(text.charAt(end))) {
                end++;
            }
            // "area code four one eight, and then five five five, ...": "and" with the caller's "then" after a
            // pause ("the first six and last four? ... three three three and then four oh eight" is two).
            boolean andThen = end - i == 3 && i >= 2 && text.charAt(i - 2) == ',' && text.regionMatches(true, i, "and then", 0, 8)
                    && (i + 8 == n || !Character.isLetter(text.charAt(i + 8)));
            if (andThen) {
                end = i + 8;
            }
            if ((andThen || end - i <= MAX_FILLER && isFiller(text, i, end)) && betweenNumberWords(text, i, end)
                    && !pinyinTwo(text, i, end)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int k = i; k < end; k++) {
                    chars[k] = MARK;
                }
            }
        }
        if (text.indexOf('\u2014') >= 0 || text.indexOf('\u2013') >= 0 || text.indexOf(" - ") >= 0) {
            Matcher aside = ASIDE.matcher(text);
            while (aside.find()) {
                int before = Chars.lettersStart(text, aside.start());
                int after = aside.end();
                if (SpokenDigits.isNumberWord(text, before, aside.start())
                        && SpokenDigits.isNumberWord(text, after, Chars.lettersEnd(text, after))) {
                    chars = chars == null ? text.toCharArray() : chars;
                    Arrays.fill(chars, aside.start(), aside.end(), MARK);
                }
            }
        }
        if (text.indexOf("...") >= 0 || text.indexOf('\u2026') >= 0) {
            chars = markGroupsCorrected(text, chars);
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * An aside set off by dashes inside a number ("five five five\u2014 sorry I'm shaking\u2014 oh one nine four",
     * "two oh six - sorry, they just called my zone - two oh six, ..."): a few words, no digit, read as a pause.
     */
    private static final Pattern ASIDE = Pattern.compile(
            "(?<=\\p{L}) ?(?:\u2014|\u2013| -) (?:[\\p{L}'\u2019,!?]+ ){0,7}[\\p{L}'\u2019,!?]+ ?(?:\u2014|\u2013|- ) ?(?=\\p{L})");

    /**
     * A speaker's tag in a transcript: "AGENT:", "Customer:", "Agent Luis:", speech-to-text's "spk_1:" and
     * "Speaker 2:", a role in lower case ("anrufer:"), perhaps after a time stamp.
     */
    private static final String TAG = "(?:\\[[\\d:.]+\\][ \\t]*)?((?i:spk|speaker)[ _]?\\d{1,2}|\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)?|"
            + ContextWords.SPEAKERS.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ") ?:";
    /** What a listener says while the other reads a number out, inviting the rest. */
    private static final String BACKCHANNEL = "(?:mm-?hmm|mhm|mm|uh[- ]?huh|okay|ok|yes|yeah|yep|right|go on|go ahead|got it|sure"
            + "|take your time|alright|all right"
            // Scots' and northern English "yes", and "yup".
            + "|aye|yup"
            // Hindi's "yes" and "all right", as Indian agents say them in English calls ("haan ji", "theek hai").
            + "|haan ji|haan|han ji|ji haan|ji|theek hai|thik hai|achha|accha"
            + "|ja|s\u00ed|si|s\u00ec|oui|d'accord|vale|aj\u00e1|aja|claro"
            // Japanese "hai", Korean "ne" and "ye".
            + "|\u306f\u3044|\ub124|\uc608)";
    private static final Pattern BACKCHANNEL_ALONE = Pattern.compile("[ \\t]*(?i:" + BACKCHANNEL + ")[.!?,]*[ \\t]*");

    /** Whether {@code text[start, end)} is a listener's backchannel alone ("oui", "mm-hmm.", "ok!"), inviting the rest. */
    static boolean isBackchannel(String text, int start, int end) {
        return BACKCHANNEL_ALONE.matcher(text).region(start, end).matches();
    }

    /** The pause and line break between a number's part and a tag ("eight ...\nagent:"). */
    private static final String BREAK = "[ \\t]*[.\u2026,]*[ \\t]*(?:\\r?\\n[ \\t]*)?";
    private static final Pattern TURN_BETWEEN = Pattern.compile("(?<=\\p{L})" + BREAK + TAG + "[ \\t]*(?:(?i:" + BACKCHANNEL
            // (The rest perhaps after "then" or a filler: "Agent: okay\nCustomer: then five five five, ...".)
            + ")[.!?,]*" + BREAK + TAG + "[ \\t]*(?:(?i:then|and|uh|um),? )?)?[.\u2026]*[ \\t]*(?=\\p{L})");
    /** A caller's "hang on" after a number's first part, before the other's turn; after a letter and a pause. */
    private static final Pattern HOLD_BEFORE_TURN = Pattern.compile(
            "(?<=\\p{L})[.\u2026,]*[ \\t]*(?i:hang on|hold on|one sec(?:ond)?|wait)$");
    private static final int MAX_HOLD = 16;
    private static final Pattern TAG_ANYWHERE = Pattern.compile("(?<![\\p{L}])" + TAG);

    /**
     * Where a number read out in parts is broken by a turn: the other speaker's short answer ("two one two,
     * five five five... AGENT: mm-hmm. CUSTOMER: ...oh one nine two") or the same speaker's next turn
     * ("CALLER: yeah it's oh seven eight one two\n[00:02:39] CALLER: five five oh, two six one"), or the
     * other speaker's turn after a part read back ("agent: huit un neuf..." / "caller: cinq cinq cinq, ...").
     * Each {@code [from, to)} runs from the end of the number word before to the start of the one after; a
     * third element {@link #READ_BACK_ONLY} marks a hand-over without an ellipsis.
     */
    static List<int[]> turnsInsideNumbers(String text) {
        List<int[]> turns = new ArrayList<>();
        Matcher turn = null;
        int searched = 0;
        // Only where a tag's colon stands, read back to the word before the tag: most text has few colons,
        // and a pattern tried at every char would cost a tenth of the classifier's time on long text.
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int from = breakBeforeTag(text, colon, false);
            if (from < searched) {
                continue;
            }
            turn = turn == null ? TURN_BETWEEN.matcher(text).useTransparentBounds(true) : turn;
            if (!turn.region(from, text.length()).lookingAt()) {
                int named = breakBeforeTag(text, colon, true); // "Agent Luis:"
                if (named < searched || named == from || !turn.region(named, text.length()).lookingAt()) {
                    continue;
                }
            }
            searched = turn.end();
            int partEnd = turn.start();
            if (partEnd > 1 && ScriptNumerals.isGroupParticle(text.charAt(partEnd - 1))
                    && ScriptNumerals.mayHold(text.charAt(partEnd - 2))) {
                partEnd--; // "ゼロナナゼロの": the particle between groups, a pause
            }
            int before = Chars.lettersStart(text, partEnd);
            Matcher hold = HOLD_BEFORE_TURN.matcher(text).region(Math.max(0, partEnd - MAX_HOLD), partEnd);
            if (hold.find()) {
                // "it's oh six one... hang on\nagent: take your time\ncaller: two one eight, ...": the caller
                // looks the rest up.
                partEnd = hold.start();
                before = Chars.lettersStart(text, partEnd);
            } else if (isFiller(text, before, partEnd)) {
                // "it's two one oh, uh\nspk_0: take your time\nspk_1: five five five, ...": a filler before the turn
                int k = before;
                while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == ',')) {
                    k--;
                }
                if (k < before && k > 0 && Character.isLetter(text.charAt(k - 1))) {
                    partEnd = k;
                    before = Chars.lettersStart(text, k);
                }
            }
            int after = turn.end();
            int afterEnd = Chars.lettersEnd(text, after);
            if (afterEnd > after && isFiller(text, after, afterEnd)) {
                // "client: zéro six trente-neuf quatre-vingt-dix-huit\nclient: euh dix-neuf soixante-six": a filler
                // after the tag.
                int k = afterEnd;
                while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
                    k++;
                }
                after = k > afterEnd ? k : after;
            }
            if (!isNumberWord(text, before, partEnd) || !isNumberWord(text, after, Chars.lettersEnd(text, after))) {
                continue;
            }
            if (saidAgainAfter(text, partEnd, after)) {
                continue; // "el seis seis cinco eh / agente: sí / cliente: seis seis cinco, cuarenta, ...": a restart
            }
            String first = turn.group(1);
            String second = turn.group(2);
            String speaker = speakerBefore(text, before);
            boolean answered = second != null && !second.equals(first) && second.equals(speaker);
            boolean resumed = second == null && first.equals(speaker) && text.substring(turn.start(), turn.end()).indexOf('\n') >= 0;
            // "agent: huit un neuf...\ncaller: cinq cinq cinq, zéro cent sept": the agent reads back the first
            // part and trails off; the caller says the rest.
            // Without the ellipsis, only a read-back of a number said before reads so ("rådgiver: noll åtta tolv
            // trettiofyra" / "kund: femtiosex sjuttioåtta"): marked for the caller to check.
            boolean handedOver = second == null && !speaker.isEmpty() && !first.equals(speaker)
                    && text.substring(turn.start(), turn.end()).indexOf('\n') >= 0;
            if (answered || resumed || handedOver && ellipsisAt(text, partEnd)) {
                turns.add(new int[] {partEnd, after});
            } else if (handedOver && onlyNumberWordsInTurn(text, partEnd)) {
                turns.add(new int[] {partEnd, after, READ_BACK_ONLY});
            }
        }
        return turns;
    }

    /**
     * The mark, as a turn's third element, of a turn between two speakers' parts that only a read-back of
     * a number said before joins ({@link #turnsInsideNumbers}).
     */
    static final int READ_BACK_ONLY = 1;

    /** Whether the turn that {@code end} ends holds number words alone after its tag ("agent: noll åtta tolv trettiofyra"). */
    private static boolean onlyNumberWordsInTurn(String text, int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        int colon = text.indexOf(':', lineStart);
        if (colon < 0 || colon >= end) {
            return false;
        }
        int i = colon + 1;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                if (text.charAt(i) != ' ' && text.charAt(i) != ',') {
                    return false;
                }
                i++;
                continue;
            }
            int wordEnd = Chars.lettersEnd(text, i);
            if (!isNumberWord(text, i, wordEnd) && !NUMBER_JOINERS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
                return false;
            }
            i = wordEnd;
        }
        return true;
    }

    /** Words said inside a number read out: its '+' and the "and" of tens ("ochenta y uno"). */
    private static final Set<String> NUMBER_JOINERS = Set.of("plus", "y", "e", "et", "und", "og", "och", "and");

    /** Whether an ellipsis ("...", "…") stands right after {@code at}, blanks aside. */
    private static boolean ellipsisAt(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith("...", i) || text.startsWith("\u2026", i);
    }

    /** A number word, hundreds glued to the rest ("duecentoventi"), or numerals of a script ("공일공", "ゼロサン"). */
    private static boolean isNumberWord(String text, int start, int end) {
        return SpokenDigits.isNumberWord(text, start, end) || SpokenDigits.isGluedNumber(text, start, end)
                || ScriptNumerals.isNumerals(text, start, end);
    }

    /**
     * Whether the number words that end at {@code partEnd} are said again right from {@code after}: the
     * caller started over after the turn, and the words before it are a false start, not a part.
     */
    private static boolean saidAgainAfter(String text, int partEnd, int after) {
        List<String> before = new ArrayList<>();
        int end = partEnd;
        while (end > 0) {
            int start = Chars.lettersStart(text, end);
            if (start == end || !SpokenDigits.isNumberWord(text, start, end)) {
                break;
            }
            before.add(0, text.substring(start, end).toLowerCase(Locale.ROOT));
            end = start;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
                end--;
            }
        }
        int at = after;
        for (String word : before) {
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
                at++;
            }
            int wordEnd = Chars.lettersEnd(text, at);
            if (wordEnd == at || !text.substring(at, wordEnd).equalsIgnoreCase(word)) {
                return false;
            }
            at = wordEnd;
        }
        return !before.isEmpty();
    }

    /**
     * Where the pause before the speaker's tag whose colon stands at {@code colon} starts, right after the
     * word before it ("five five five... AGENT:", "... two\n[00:02:39] CALLER:"), the tag of one word or of
     * {@code twoWords}; -1 if no word stands there.
     */
    private static int breakBeforeTag(String text, int colon, boolean twoWords) {
        int i = colon > 0 && text.charAt(colon - 1) == ' ' ? colon - 1 : colon;
        int numbered = i;
        while (numbered > 0 && Chars.isAsciiDigit(text.charAt(numbered - 1))) {
            numbered--;
        }
        if (numbered < i && numbered > 1 && (text.charAt(numbered - 1) == '_' || text.charAt(numbered - 1) == ' ')
                && Character.isLetter(text.charAt(numbered - 2))) {
            i = numbered - 1; // "spk_1:", "Speaker 2:": the speaker's number after the word
        }
        int word = Chars.lettersStart(text, i);
        if (word == i) {
            return -1;
        }
        i = word;
        if (twoWords) {
            if (i < 2 || text.charAt(i - 1) != ' ' || !Character.isLetter(text.charAt(i - 2))) {
                return -1;
            }
            i = Chars.lettersStart(text, i - 1);
        }
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == ']') {
            int open = text.lastIndexOf('[', i - 1);
            i = open < 0 ? i : open; // a time stamp "[00:02:39]"
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
        }
        if (i > 0 && text.charAt(i - 1) == '\n') {
            i--;
            if (i > 0 && text.charAt(i - 1) == '\r') {
                i--;
            }
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
        }
        while (i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '\u2026' || text.charAt(i - 1) == ',')) {
            i--;
        }
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--; // "zero one seven eight ...": a blank before the pause
        }
        return i > 0 && Character.isLetter(text.charAt(i - 1)) ? i : -1;
    }

    /** The tag of the turn that {@code at} stands in; "" if none. */
    private static String speakerBefore(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at) + 1;
        Matcher tag = TAG_ANYWHERE.matcher(text).region(Math.max(0, lineStart), at);
        String last = "";
        while (tag.find()) {
            last = tag.group(1);
        }
        return last;
    }

    /** {@code text} with each of {@code turns} written as {@link #MARK}s: a number's parts read as one run. */
    static String withTurnsAsPauses(String text, List<int[]> turns) {
        char[] chars = text.toCharArray();
        for (int[] turn : turns) {
            Arrays.fill(chars, turn[0], turn[1], MARK);
        }
        return new String(chars);
    }

    /** Chinese digits in pinyin, without tones: a run of them says its two as "er". */
    private static final Set<String> PINYIN_DIGITS = Set.of("ling", "yao", "yi", "er", "liang", "san", "si", "wu", "liu", "qi",
            "ba", "jiu");

    /**
     * Whether the "er" at {@code text[start, end)} is Chinese's two between pinyin digits ("ling liu, er ba,
     * qi si"), not a hesitation.
     */
    private static boolean pinyinTwo(String text, int start, int end) {
        if (end - start != 2 || !text.regionMatches(true, start, "er", 0, 2)) {
            return false;
        }
        int before = start;
        while (before > 0 && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == ',')) {
            before--;
        }
        int beforeStart = Chars.lettersStart(text, before);
        return beforeStart < before && PINYIN_DIGITS.contains(text.substring(beforeStart, before).toLowerCase(Locale.ROOT))
                && PINYIN_DIGITS.contains(SpokenDigits.wordAfter(text, end));
    }

    /** Most words of a correction said between a group broken off and the group said again ("no sorry I mean"). */
    private static final int MAX_CORRECTION_WORDS = 4;

    /**
     * "four one five, five five five... sorry, five five five, oh one two three", "..., eight two... sorry,
     * eight two one oh": a group of a number broken off with an ellipsis, a correction (TextClassifier's
     * words, {@link TextClassifier#isCorrectionWord}) and the group said again from its first digit. The
     * correction is marked as a filler, so the run goes on over it and {@link SpokenDigits} drops the
     * group said first. Only inside a number (a group said before the one broken off): a number begun
     * again from its start, or begun wrong ("eight oh four... no, nine one five, ..."), is
     * TextClassifier's to read, with the correction as it stands.
     */
    private static char[] markGroupsCorrected(String text, char[] chars) {
        int n = text.length();
        char[] out = chars;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean dots = c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.';
            if (!dots && c != '\u2026') {
                continue;
            }
            int ellipsisStart = i;
            int after = i;
            while (after < n && isEllipsis(text.charAt(after))) {
                after++;
            }
            i = after;
            int wordsStart = after;
            while (wordsStart < n && isSeparator(text.charAt(wordsStart))) {
                wordsStart++;
            }
            int wordsEnd = -1;
            boolean correcting = false;
            int at = wordsStart;
            for (int words = 0; words < MAX_CORRECTION_WORDS && at < n && Character.isLetter(text.charAt(at)); words++) {
                int end = at;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(at, end).toLowerCase(Locale.ROOT);
                if (!TextClassifier.isCorrectionWord(word) || SpokenDigits.isNumberWord(text, at, end)) {
                    break;
                }
                correcting |= TextClassifier.isCorrecting(word);
                wordsEnd = end;
                at = end;
                while (at < n && isSeparator(text.charAt(at))) {
                    at++;
                }
            }
            if (!correcting || !betweenNumberWords(text, wordsStart, wordsEnd)
                    || !groupSaidAgain(text, ellipsisStart, wordsEnd)) {
                continue;
            }
            out = out == null ? text.toCharArray() : out;
            Arrays.fill(out, wordsStart, wordsEnd, MARK);
        }
        return out;
    }

    /**
     * Whether the number words right before {@code ellipsisStart} (blanks between, no pause: the group
     * broken off) follow a pause after other number words, and the words after {@code correctionEnd}
     * up to the next pause say the same digits first.
     */
    private static boolean groupSaidAgain(String text, int ellipsisStart, int correctionEnd) {
        int groupStart = ellipsisStart;
        int k = ellipsisStart;
        while (k > 0) {
            int wordEnd = k;
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = Chars.lettersStart(text, wordEnd);
            if (wordStart == wordEnd || !SpokenDigits.isNumberWord(text, wordStart, wordEnd)) {
                break;
            }
            groupStart = wordStart;
            k = wordStart;
        }
        if (groupStart == ellipsisStart || groupStart < 2 || text.charAt(groupStart - 1) != ' ' || text.charAt(groupStart - 2) != ',') {
            return false;
        }
        int previousEnd = groupStart - 2;
        int previousStart = Chars.lettersStart(text, previousEnd);
        if (previousStart == previousEnd || !SpokenDigits.isNumberWord(text, previousStart, previousEnd)) {
            return false;
        }
        int againStart = correctionEnd;
        while (againStart < text.length() && isSeparator(text.charAt(againStart))) {
            againStart++;
        }
        int againEnd = againStart;
        while (againEnd < text.length() && (Character.isLetter(text.charAt(againEnd)) || text.charAt(againEnd) == ' ')) {
            againEnd++;
        }
        String broken = SpokenDigits.saidDigits(text, groupStart, ellipsisStart);
        String again = SpokenDigits.saidDigits(text, againStart, againEnd);
        boolean endsThere = againEnd >= text.length() || text.charAt(againEnd) != ',';
        if (broken.length() >= MIN_GROUP_BROKEN_OFF && again.length() == broken.length() && !again.equals(broken) && endsThere) {
            // "..., drie nul, twee acht... nee sorry, twee negen": the last group said again corrected, its
            // last digit only, where the number ends.
            return again.startsWith(broken.substring(0, broken.length() - 1));
        }
        if (broken.length() < MIN_GROUP_BROKEN_OFF || !again.startsWith(broken)) {
            return false;
        }
        if (again.length() > broken.length()) {
            return true;
        }
        // Said again only as long as before: the number goes on after it ("..., five five five, oh one
        // two three"), not with its '+' ("..., шестьдесят... ой, нет, не шестьдесят, плюс семь, ...": the
        // caller starts again from the country code).
        int next = againEnd;
        while (next < text.length() && isSeparator(text.charAt(next))) {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return next > againEnd && nextEnd > next && SpokenDigits.isNumberWord(text, next, nextEnd);
    }

    /**
     * Fewest digits of a group broken off: one digit before an ellipsis is as often a number begun
     * wrong and said again from its start ("five five, oh... sorry, oh five five, oh one, ...").
     */
    private static final int MIN_GROUP_BROKEN_OFF = 2;

    static boolean isFiller(String text, int start, int end) {
        if (end - start > MAX_FILLER) {
            return false;
        }
        String[] fillers = FILLERS_BY_LENGTH[end - start];
        char[] firsts = FIRST_FOLDED_BY_LENGTH[end - start];
        char first = folded(text.charAt(start));
        for (int k = 0; k < fillers.length; k++) {
            if (firsts[k] == first && Chars.regionMatchesIgnoreCase(text, start, fillers[k], end - start)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #FILLERS} by length: most words tried are compared with the few of their own length only. */
    private static final String[][] FILLERS_BY_LENGTH = new String[MAX_FILLER + 1][];
    /** The {@link #folded} first char of each of {@link #FILLERS_BY_LENGTH}: most words differ there. */
    private static final char[][] FIRST_FOLDED_BY_LENGTH = new char[MAX_FILLER + 1][];

    static {
        for (int length = 0; length <= MAX_FILLER; length++) {
            int n = length;
            FILLERS_BY_LENGTH[length] = Arrays.stream(FILLERS).filter(f -> f.length() == n).toArray(String[]::new);
            FIRST_FOLDED_BY_LENGTH[length] = new char[FILLERS_BY_LENGTH[length].length];
            for (int k = 0; k < FILLERS_BY_LENGTH[length].length; k++) {
                FIRST_FOLDED_BY_LENGTH[length][k] = folded(FILLERS_BY_LENGTH[length][k].charAt(0));
            }
        }
    }

    /**
     * The lower case of {@code c}'s upper case: two chars that regionMatches ignoring case finds equal
     * fold to the same char (it compares chars, their upper cases and the lower cases of those).
     */
    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean betweenNumberWords(String text, int start, int end) {
        int before = start;
        int commasBefore = 0;
        boolean ellipsisBefore = false;
        while (before > 0 && start - before < MAX_SEPARATORS
                && (isSeparator(text.charAt(before - 1)) || isEllipsis(text.charAt(before - 1)))) {
            ellipsisBefore |= isEllipsis(text.charAt(before - 1));
            commasBefore += text.charAt(--before) == ',' ? 1 : 0;
        }
        int after = end;
        int commasAfter = 0;
        boolean ellipsisAfter = false;
        // (An ellipsis after it too: "eight one seven... uh... five five five".)
        while (after < text.length() && after - end < MAX_SEPARATORS
                && (isSeparator(text.charAt(after)) || isEllipsis(text.charAt(after)))) {
            ellipsisAfter |= isEllipsis(text.charAt(after));
            commasAfter += text.charAt(after++) == ',' ? 1 : 0;
        }
        // "um" without a comma on each side is Portuguese's one, unless pauses (ellipses, or an ellipsis
        // and a comma) set it off between English number words ("two oh four... um... five five five",
        // "five five five... um, oh one eight two").
        boolean umAsOne = end - start == 2 && text.regionMatches(true, start, "um", 0, 2) && commasBefore + commasAfter < 2;
        if (before == start || after == end || commasBefore > 1 || commasAfter > 1
                || (isDash(text, start, end) && commasBefore + commasAfter > 0 && !anotherDashSetOff(text, start, end))
                || (umAsOne && !((ellipsisBefore || commasBefore > 0) && (ellipsisAfter || commasAfter > 0)))) {
            return false;
        }
        int previousStart = before;
        while (previousStart > 0 && Character.isLetterOrDigit(text.charAt(previousStart - 1))) {
            previousStart--;
        }
        int nextEnd = after;
        while (nextEnd < text.length() && Character.isLetterOrDigit(text.charAt(nextEnd))) {
            nextEnd++;
        }
        if (previousStart + 2 == before && text.regionMatches(true, previousStart, "oh", 0, 2) && opensTurn(text, previousStart)) {
            return false; // "CALLER: Oh, er, oh one four two three, ...": a caller's "oh" before the number
        }
        return previousStart < before && nextEnd > after
                && (SpokenDigits.isNumberWord(text, previousStart, before) || ScriptNumerals.numeralAtEdge(text, previousStart, before, true))
                && (SpokenDigits.isNumberWord(text, after, nextEnd) || ScriptNumerals.numeralAtEdge(text, after, nextEnd, false))
                && (!umAsOne || (SpokenDigits.isEnglishWord(text, previousStart, before) && SpokenDigits.isEnglishWord(text, after, nextEnd)));
    }

    /** Whether only blanks and quotes stand between {@code index} and the start of the text, a line, a speaker's colon or a sentence. */
    private static boolean opensTurn(String text, int index) {
        int i = index;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '"')) {
            i--;
        }
        return i == 0 || ":\n.?!".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * Whether {@code text[start, end)} is "dash" or "hyphen": a dash read out within a number, said
     * inline; set off by commas it closes a reference's part as often ("two five zero four one two,
     * dash, zero zero eight seven").
     */
    static boolean isDash(String text, int start, int end) {
        return (end - start == 4 && text.regionMatches(true, start, "dash", 0, 4))
                || (end - start == 6 && text.regionMatches(true, start, "hyphen", 0, 6))
                || (end - start == 2 && text.startsWith("\ub2e4\uc2dc", start));
    }

    /** Chars either side of a dash set off by commas searched for a second one. */
    private static final int DASH_PAIR_WINDOW = 40;

    /**
     * Whether a second "dash" set off by commas stands near the one at {@code text[start, end)}: two
     * read the dashes of a number written so ("four four one, dash, five eight, dash, two zero one
     * nine"), where one alone closes a reference's part as often.
     */
    private static boolean anotherDashSetOff(String text, int start, int end) {
        String near = text.substring(Math.max(0, start - DASH_PAIR_WINDOW), Math.min(text.length(), end + DASH_PAIR_WINDOW))
                .toLowerCase(Locale.ROOT);
        int self = start - Math.max(0, start - DASH_PAIR_WINDOW);
        for (String dash : List.of(", dash,", ", hyphen,")) {
            for (int at = near.indexOf(dash); at >= 0; at = near.indexOf(dash, at + 1)) {
                if (at + 2 != self) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ',';
    }

    private static boolean isEllipsis(char c) {
        return c == '.' || c == '\u2026';
    }
}
