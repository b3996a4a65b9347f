package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International Bank Account Numbers: a country code from the IBAN registry, the exact length that
 * country uses, and the ISO 13616 mod-97 check. Written compact ({@code DE89370400440532013000}) or
 * in groups of four separated by single spaces ({@code DE89 3704 0044 0532 0130 00}), in either case.
 *
 * <p>The country's length says where the number ends, so a word after a grouped IBAN is never
 * swallowed. Confidence 0.95: a random string passes mod-97 once in 97 tries, and the country
 * length and shape first. A compact string that passes mod-97 but not the country table is reported
 * at {@link #LABELLED} only when an IBAN label stands right before it.
 *
 * <p>An IBAN read out letter by letter with spoken digits ("G B two nine N W B K six oh ...") is
 * read by {@link SpokenIban}, with the same country lengths and check.
 */
public final class IbanDetector implements Detector {

    static final String NAME = "iban";

    /** Total IBAN length per country, from the SWIFT IBAN registry. */
    static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BR", 29), Map.entry("BY", 28),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FK", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
            Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MN", 20),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33), Map.entry("SA", 24),
            Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20),
            Map.entry("YE", 30),
            // Not in the SWIFT registry but issued by the banks of West and Central Africa, Algeria,
            // Morocco, Madagascar, Iran and the Portuguese-speaking countries, and written on their
            // statements (the check digits are the same mod 97).
            Map.entry("AO", 25), Map.entry("BF", 28), Map.entry("BJ", 28), Map.entry("CF", 27), Map.entry("CG", 27),
            Map.entry("CI", 28), Map.entry("CM", 27), Map.entry("CV", 25), Map.entry("DZ", 26), Map.entry("GA", 27),
            Map.entry("GQ", 27), Map.entry("GW", 25), Map.entry("IR", 26), Map.entry("KM", 27), Map.entry("MA", 28),
            Map.entry("MG", 27), Map.entry("ML", 28), Map.entry("MZ", 25), Map.entry("NE", 28), Map.entry("SN", 28),
            Map.entry("TD", 27), Map.entry("TG", 28));

    /** A labelled IBAN outside the country table: above the default threshold, below a registry match. */
    static final double LABELLED = 0.7;

    // The country code and the check digits, also with a blank between ("NL 86 TRIO 3278 2925 52").
    private static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Za-z]{2} ?\\d{2}");

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
        List<Detection> found = new ArrayList<>();
        Matcher starts = START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = nextStart(text, from); at >= 0; at = nextStart(text, from)) {
            if (!starts.region(at, text.length()).lookingAt()) {
                from = at + 1;
                continue;
            }
            int start = at;
            from = starts.end();
            String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
            Integer length = LENGTHS.get(country);
            int end = length == null ? -1 : readBody(text, starts.end(), length - 4);
            if (end < 0 && length != null && text.charAt(start + 2) == ' ') {
                // "GR 9101 4017 3141 ...": the country code apart, the rest in fours from the check digits.
                end = readBody(text, start + 2, length - 2);
            }
            if (end < 0 && length != null && Character.isUpperCase(text.charAt(start)) && !firstGroupOfFour(text, starts.end())) {
                // "UA67 305299 0000026513702090836": grouped as the country's own account number is, the bank
                // code and the account apart; the length and the check digits still decide. (Groups of
                // four that go wrong later, "DE89 3704 0044 0532 013 000", are a slip, not a grouping.)
                end = readLooseBody(text, starts.end(), length - 4);
            }
            if (end >= 0 && !Chars.spacedWordCharAt(text, end) && mod97(text.substring(start, end).replace(" ", "")) == 1) {
                found.add(new Detection(EntityTypes.IBAN, start, end, 0.95, NAME));
                from = end;
                continue;
            }
            end = labelledCompactEnd(text, start);
            if (end >= 0) {
                found.add(new Detection(EntityTypes.IBAN, start, end, LABELLED, NAME));
                from = end;
            }
        }
        found.addAll(SpokenIban.detect(text));
        return found;
    }

    /**
     * The first index from {@code from} where START can match as far as ASCII tells, or -1. find()
     * would try START's look-behind at every char, and a StartSearch test is a call per char: this
     * loop is most of the detector's time either way, so it is kept plain.
     */
    private static int nextStart(String text, int from) {
        for (int i = from; i + 3 < text.length(); i++) {
            int digits = i + 2 < text.length() && text.charAt(i + 2) == ' ' ? i + 3 : i + 2;
            if (digits + 1 < text.length() && Chars.isAsciiDigit(text.charAt(digits + 1)) && Chars.isAsciiDigit(text.charAt(digits))
                    && Chars.isAsciiLetter(text.charAt(i + 1)) && Chars.isAsciiLetter(text.charAt(i))
                    && (i == 0 || !Chars.isAsciiLetterOrDigit(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * End of a compact mod-97-valid IBAN of any registry-possible length (15 to 34) labelled as one
     * ({@code iban=}, {@code customerIban: }, {@code IBAN }), or -1. The label and the check digits
     * together are strong evidence even where the country table disagrees: registries change, a
     * copied number may have lost or gained a char (a form that keeps a valid checksum is rare but
     * is still the customer's bank account), and IBAN-like national formats exist outside the registry.
     */
    private static int labelledCompactEnd(String text, int start) {
        if (!isIbanLabelled(text, start)) {
            return -1;
        }
        int end = start;
        while (end < text.length() && Chars.isAsciiLetterOrDigit(text.charAt(end))) {
            end++;
        }
        int length = end - start;
        if (length < 15 || length > 34 || Chars.wordCharAt(text, end)) {
            return -1;
        }
        return mod97(text.substring(start, end)) == 1 ? end : -1;
    }

    private static boolean isIbanLabelled(String text, int start) {
        if (ContextWords.keyWords(text, start).contains("iban")) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ':' || text.charAt(i) == '=')) {
            i--;
        }
        return i >= 3 && text.regionMatches(true, i - 3, "iban", 0, 4) && !Chars.wordCharAt(text, i - 4);
    }

    /** End of a body of {@code chars} letters and digits, compact or in space-separated fours; -1 if none. */
    private static int readBody(String text, int from, int chars) {
        boolean grouped = from < text.length() && text.charAt(from) == ' ';
        int i = from;
        int read = 0;
        while (read < chars) {
            if (grouped && read % 4 == 0) {
                if (i >= text.length() || text.charAt(i) != ' ') {
                    return -1;
                }
                i++;
            }
            if (i >= text.length() || !Chars.isAsciiLetterOrDigit(text.charAt(i))) {
                return -1;
            }
            i++;
            read++;
        }
        return i;
    }

    /** Whether the body after the check digits at {@code from} opens with a group of four: " 3704 ...". */
    private static boolean firstGroupOfFour(String text, int from) {
        int i = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
        int end = i;
        while (end < text.length() && Chars.isAsciiLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end - i == 4;
    }

    /** Like {@link #readBody}, with single blanks between groups of any length, and no lower-case letter. */
    private static int readLooseBody(String text, int from, int chars) {
        int i = from;
        int read = 0;
        while (read < chars) {
            if (i + 1 < text.length() && text.charAt(i) == ' ' && Chars.isAsciiLetterOrDigit(text.charAt(i + 1))
                    && Chars.isAsciiLetterOrDigit(text.charAt(i - 1))) {
                i++;
            }
            if (i >= text.length() || !Chars.isAsciiLetterOrDigit(text.charAt(i)) || Character.isLowerCase(text.charAt(i))) {
                return -1;
            }
            i++;
            read++;
        }
        return i;
    }

    /** ISO 7064 mod 97-10 over the IBAN with its first four chars moved to the end, letters as 10-35. */
    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
