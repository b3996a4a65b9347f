package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers that the SSA could have issued: area 001-899 except 666, group 01-99,
 * serial 0001-9999. Written {@code 123-45-6789} (or with the en dashes a word processor puts),
 * {@code 123 45 6789}, {@code 123.45.6789} (only after a cue) or, as forms and OCR space
 * the dashes, {@code 123 - 45 - 6789} (one separator, used consistently), or as nine bare digits only when an SSN cue ("SSN", "social security") stands
 * just before them, or an X12 qualifier or an HL7 field names them ({@link #x12Ssn}): nine bare digits
 * alone are far more often something else.
 *
 * <p>Confidence: dashed 0.85, spaced (dashes spaced too) 0.7, bare with a cue 0.6 (the cue then raises it further).
 */
public final class UsSsnDetector implements Detector {

    static final String NAME = "us-ssn";
    static final int SSN_DIGITS = 9;

    // A comma or a dot right before is a field's or a sentence's edge ("BP-0060131,Samuel Fairbairn,298-13-1551");
    // after a digit it is a number's separator ("1,298-13-1551"). A comma right after is the next field's
    // edge ("Chris Alvarez,385-07-2614,1991-02-11,CHI"). A letter after a dash makes a part's code ("cod 550-12-4410-B").
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<!" + Chars.SPACED_WORD_CHAR + ")(?<!-)(?<!\\d[.,])(?<!(?<!\\p{L})\\d[ -])(\\d{3})(-|[\\u2010-\\u2013]| - | |\\.)(\\d{2})\\2(\\d{4})(?!" + Chars.SPACED_WORD_CHAR
                    + "|[- .]\\d|-\\p{L})");
    private static final Pattern BARE = Pattern.compile(
            "(?<!" + Chars.SPACED_WORD_CHAR + ")(?<!-)(?<!\\d[.,])(\\d{3})(\\d{2})(\\d{4})(?!" + Chars.SPACED_WORD_CHAR + "|[.,-]\\d|-\\p{L})");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readsSpokenDigits() {
        return true;
    }

    @Override
    public List<Detection> detect(String text) {
        if (Chars.countDigits(text, 0, text.length()) < SSN_DIGITS) {
            return List.of();
        }
        List<Detection> found = new ArrayList<>();
        List<Detection> bareFound = new ArrayList<>();
        List<int[]> bareUncued = new ArrayList<>();
        Matcher separated = SEPARATED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher bare = BARE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // Both patterns open with a look-behind that rules out a digit before, so a match starts a
        // digit run: three digits then a separator, or exactly nine bare. One pass over the digit
        // runs tries each pattern only there, as find() would leftmost (never inside the last
        // match), instead of at every char of the text.
        int separatedFrom = 0;
        int bareFrom = 0;
        int n = text.length();
        int i = Chars.nextDigit(text, 0);
        while (i >= 0) {
            int runEnd = Chars.digitRunEnd(text, i);
            if (runEnd - i == 3 && i >= separatedFrom && runEnd < n
                    && (text.charAt(runEnd) == '-' || text.charAt(runEnd) == ' ' || text.charAt(runEnd) == '.'
                            || (text.charAt(runEnd) >= '\u2010' && text.charAt(runEnd) <= '\u2013'))
                    && separated.region(i, n).lookingAt()) {
                separatedFrom = StartSearch.next(separated);
                if (isIssuable(separated.group(1), separated.group(3), separated.group(4))) {
                    // Dashed (a word processor's en dash too): 0.85; spaced, also around dashes: 0.7; dotted
                    // ("social 548.25.7070"), as some forms write it: only with a cue (0.45).
                    double confidence = separated.group(2).equals(".") ? DOTTED
                            : separated.group(2).startsWith(" ") ? 0.7 : 0.85;
                    found.add(new Detection(EntityTypes.US_SSN, separated.start(), separated.end(), confidence, NAME));
                }
            } else if (runEnd - i == 9 && i >= bareFrom && bare.region(i, n).lookingAt()) {
                bareFrom = StartSearch.next(bare);
                if (isIssuable(bare.group(1), bare.group(2), bare.group(3)) && x12Ssn(text, bare.start())) {
                    bareFound.add(new Detection(EntityTypes.US_SSN, bare.start(), bare.end(), X12_QUALIFIED, NAME));
                } else if (isIssuable(bare.group(1), bare.group(2), bare.group(3))
                        && (ContextWords.near(text, bare.start(), ContextWords.SSN)
                                || ContextWords.ssnInPromptBefore(text, bare.start())
                                || (ContextWords.cueAfter(text, bare.end(), ContextWords.SSN)
                                        && !ContextWords.identifierBefore(text, bare.start())))) {
                    bareFound.add(new Detection(EntityTypes.US_SSN, bare.start(), bare.end(), 0.6, NAME));
                } else if (isIssuable(bare.group(1), bare.group(2), bare.group(3))) {
                    bareUncued.add(new int[] {bare.start(), bare.end()});
                }
            } else if (runEnd - i == SSN_DIGITS && i > 0 && runEnd < n && text.charAt(i - 1) == ','
                    && text.charAt(runEnd) == ',' && isIssuable(text.substring(i, i + 3), text.substring(i + 3, i + 5), text.substring(i + 5, runEnd))) {
                // A CSV cell between commas ("Rosa Gutierrez,186257309,3055550138"), which the bare
                // pattern reads as a number grouped with the next cell's digits.
                bareUncued.add(new int[] {i, runEnd});
            }
            i = Chars.nextDigit(text, runEnd);
        }
        addEchoesOfSeparated(text, bareUncued, found, bareFound);
        addInPeoplesRecords(text, bareUncued, found, bareFound);
        found.addAll(bareFound);
        return found;
    }

    /**
     * A bare run of nine digits without a cue that has the digits of an SSN written with separators
     * in the same text is that SSN again, as sure: a bot's log holds what the caller keyed
     * ({@code "inputTranscript":"059843317"}) beside what it understood ({@code "059-84-3317"}).
     */
    private static void addEchoesOfSeparated(String text, List<int[]> bareUncued, List<Detection> separated,
            List<Detection> bareFound) {
        for (int[] run : bareUncued) {
            for (Detection ssn : separated) {
                if (sameDigits(text, ssn.start(), ssn.end(), run[0])) {
                    bareFound.add(new Detection(EntityTypes.US_SSN, run[0], run[1], ssn.confidence(), NAME));
                    break;
                }
            }
        }
    }

    /**
     * A bare run of nine digits in a person's record: in a delimited row right after a person's name
     * ({@link DelimitedRows#afterPersonName}), in a row that holds no SSN written with separators (that
     * one is the person's SSN, and the bare digits something else: a passport or an account); or with a
     * date of birth right beside it, across the blanks or the delimiter of a record ({@code ...
     * 9725550138 128317097 19790611 DL47381190}: a bureau's, a payroll's, an enrolment's record holds
     * the SSN next to the birth date).
     */
    private static void addInPeoplesRecords(String text, List<int[]> bareUncued, List<Detection> separated,
            List<Detection> bareFound) {
        for (int[] run : bareUncued) {
            boolean inRecord = DelimitedRows.afterPersonName(text, run[0], run[1]) && !onSameLine(text, run[0], separated)
                    || birthDateAt(text, afterSeparators(text, run[1])) || birthDateEndsAt(text, beforeSeparators(text, run[0]));
            if (inRecord && bareFound.stream().noneMatch(d -> d.start() == run[0])) {
                bareFound.add(new Detection(EntityTypes.US_SSN, run[0], run[1], PERSONS_RECORD, NAME));
            }
        }
    }

    /** Whether one of {@code found} stands on the line of {@code index}. */
    private static boolean onSameLine(String text, int index, List<Detection> found) {
        for (Detection d : found) {
            if (Chars.indexOf(text, '\n', Math.min(d.start(), index), Math.max(d.start(), index)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Most blanks or delimiter chars between the nine digits and a date beside them. */
    private static final int MAX_SEPARATORS = 12;
    /** The years a date of birth of someone with an SSN on file falls in: 1900 to 2010. */
    private static final int FIRST_BIRTH_YEAR = 1900;
    private static final int LAST_BIRTH_YEAR = 2010;
    private static final int DATE_DIGITS = 8;

    private static int afterSeparators(String text, int from) {
        int i = from;
        while (i < text.length() && i - from < MAX_SEPARATORS && isSeparator(text.charAt(i))) {
            i++;
        }
        return i > from ? i : -1;
    }

    private static int beforeSeparators(String text, int to) {
        int i = to;
        while (i > 0 && to - i < MAX_SEPARATORS && isSeparator(text.charAt(i - 1))) {
            i--;
        }
        return i < to ? i : -1;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '|' || c == ',' || c == ';';
    }

    /** Whether eight digits at {@code start}, alone, are a birth date, YYYYMMDD or MMDDYYYY. */
    private static boolean birthDateAt(String text, int start) {
        int end = start + DATE_DIGITS;
        return start >= 0 && end <= text.length() && Chars.onlyDigits(text, start, end)
                && !Chars.wordCharAt(text, end) && isBirthDate(text, start);
    }

    /** Whether eight digits that end at {@code end}, alone, are a birth date. */
    private static boolean birthDateEndsAt(String text, int end) {
        int start = end - DATE_DIGITS;
        return start >= 0 && Chars.onlyDigits(text, start, end) && !Chars.wordCharAt(text, start - 1)
                && isBirthDate(text, start);
    }

    private static boolean isBirthDate(String text, int start) {
        int yearFirst = Integer.parseInt(text.substring(start, start + 4));
        int yearLast = Integer.parseInt(text.substring(start + 4, start + 8));
        return validDate(yearFirst, Integer.parseInt(text.substring(start + 4, start + 6)),
                        Integer.parseInt(text.substring(start + 6, start + 8)))
                || validDate(yearLast, Integer.parseInt(text.substring(start, start + 2)),
                        Integer.parseInt(text.substring(start + 2, start + 4)));
    }

    private static boolean validDate(int year, int month, int day) {
        return year >= FIRST_BIRTH_YEAR && year <= LAST_BIRTH_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** Nine bare digits in a person's record (beside a name or a birth date): as sure as nine digits behind a cue. */
    private static final double PERSONS_RECORD = 0.6;

    /** Whether the digits of {@code text[start, end)} are the nine digits at {@code bareStart}. */
    private static boolean sameDigits(String text, int start, int end, int bareStart) {
        int k = bareStart;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Chars.isAsciiDigit(c)) {
                if (c != text.charAt(k++)) {
                    return false;
                }
            }
        }
        return k == bareStart + SSN_DIGITS;
    }

    /** An SSN written with dots: below the threshold unless a cue raises it. */
    private static final double DOTTED = 0.45;

    /** An SSN its X12 element's qualifier or its HL7 field names: as sure as a dashed one. */
    private static final double X12_QUALIFIED = 0.85;

    /**
     * Whether the X12 element before {@code start} says an SSN follows: an NM1 segment's
     * identification code qualifier 34 ({@code NM1*IL*1*PELLETIER*JOSEE****34*540861132~}), as
     * benefit enrollments (834) and claims (837) carry a member's number (a REF segment's qualifier SY
     * is a key that {@link ContextWords} reads); or, in HL7 v2, the patient's SSN field of a PID
     * segment ({@link #hl7PatientSsn}).
     */
    private static boolean x12Ssn(String text, int start) {
        return start >= 4 && text.startsWith("*34*", start - 4)
                && text.lastIndexOf("NM1*", start) > text.lastIndexOf('~', start)
                || hl7PatientSsn(text, start);
    }

    /**
     * The fields of HL7 v2 that hold a social security number: PID-19 (the patient's), IN2-2 (the
     * insured's), GT1-12 (the guarantor's), NK1-37 (a next of kin's), each the field after that many '|'.
     */
    private static final Set<Hl7Fields.Field> HL7_SSN_FIELDS = Set.of(new Hl7Fields.Field("PID", 19),
            new Hl7Fields.Field("IN2", 2), new Hl7Fields.Field("GT1", 12), new Hl7Fields.Field("NK1", 37));

    /**
     * Whether the digits at {@code start} fill an SSN's field of HL7 v2 ({@code
     * PID|1||E1029384^^^DSH^MR||HERNANDEZ^MARIA||19850202|F|||...||S||7720455|634271185|||}, {@code
     * IN2|1|170779442|||...}).
     */
    private static boolean hl7PatientSsn(String text, int start) {
        if (start + SSN_DIGITS < text.length() && text.charAt(start + SSN_DIGITS) != '|') {
            return false;
        }
        Hl7Fields.Field field = Hl7Fields.at(text, start);
        return field != null && HL7_SSN_FIELDS.contains(field);
    }

    static boolean isIssuable(String area, String group, String serial) {
        int a = Integer.parseInt(area);
        return a != 0 && a != 666 && a < 900 && !group.equals("00") && !serial.equals("0000");
    }
}
