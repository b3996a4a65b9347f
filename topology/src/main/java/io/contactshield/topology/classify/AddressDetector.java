package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds postal addresses in free text by their street line, the one part with a reliable shape:
 * a house number and capitalised street name with a street suffix ("42 Maple Avenue"), a French
 * street type ("14 rue de la Paix"), a German, Dutch or Nordic compound ("Hauptstraße 12",
 * "Keizersgracht 123") or a Romance street type ("Calle Mayor 25"). From there it extends over a
 * unit, city, state and postcode written next to it. A postcode or city alone is not an address.
 * Heuristic: lower-case streets and addresses without a house number are missed.
 */
public final class AddressDetector implements Detector {

    public static final String NAME = "address";

    // Bounded pieces only: each repetition has an upper limit, so a long run of capitalised words,
    // digits or spaces cannot make the engine backtrack more than a few dozen steps per position.
    private static final String CAP = "\\p{Lu}[\\p{L}'’.-]{0,25}";
    private static final String CITY_WORD = "\\p{Lu}[\\p{L}'’-]{1,25}(?![\\p{L}\\d])";
    private static final String CITY = CITY_WORD + "(?:[ ]" + CITY_WORD + "){0,2}";
    private static final String END = "(?![\\p{L}\\d])";
    private static final String UNIT = "(?:Flat|Apt|Apartment|Unit|Suite|Ste|Floor|Fl|Room)\\.?[ ]{0,2}#?[\\p{L}\\d-]{1,6}";
    // Only abbreviations take a dot: "Meadow Lane." ends a sentence, "Oak Dr." is the street.
    private static final String SUFFIX = "(?:Street|Road|Avenue|Lane|Drive|Boulevard|Court|Way|Place|Terrace|Close"
        + "|Crescent|Parkway|Square|Highway|Row|Gardens|Grove|Mews|Walk|Hill"
        + "|(?:St|Rd|Ave|Ln|Dr|Blvd|Ct|Pl|Pkwy|Sq|Hwy)\\.?)";
    private static final String HOUSE_NUMBER = "\\d{1,5}[A-Za-z]?(?:-\\d{1,5})?";

    private static final Pattern STREET_LINE = Pattern.compile(
        "(?<![\\p{L}\\d])(?:"
            // 42 Maple Avenue / Flat 3, 27 Queen's Road / 5th Avenue
            + "(?<unit>" + UNIT + ",?[ ]{1,2})?" + HOUSE_NUMBER + ",?[ ]{1,2}"
            + "(?:(?:" + CAP + "|\\d{1,3}(?:st|nd|rd|th))[ ]){1,4}?" + SUFFIX + END
            // 14 rue de la Paix / 3 avenue des Champs-Élysées
            + "|" + HOUSE_NUMBER + "(?:[ ]?(?:bis|ter))?,?[ ]{1,2}"
            + "(?i:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|cours|route)[ ]"
            + "(?:(?:de[ ]la|de|du|des)[ ]|d['’]|l['’])?" + CAP + "(?:[ ]" + CAP + "){0,3}" + END
            // Hauptstraße 12 / Keizersgracht 123 / Storgatan 14 / Berliner Straße 5
            + "|\\p{Lu}\\p{Ll}{1,30}(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|straat|laan|gracht"
            + "|kade|plein|singel|gatan|vägen|gade|vej|veien|[ -](?:Straße|Strasse|Str\\.|Weg|Platz|Allee))"
            + "[ ]{1,2}\\d{1,4}[a-zA-Z]?" + END
            // Calle Mayor 25 / Calle de Alcalá 50 / Rua Augusta 100 / Rue du Marché 8 / Via Roma 10
            + "|(?:Calle|C/|Avenida|Avda\\.|Plaza|Paseo|Carrer|Rua|Rue|Via|Viale|Piazza|Corso|Largo|Travessa)[ ]"
            + "(?:(?:de[ ]la|de[ ]los|de[ ]las|del|de|du|des|da|do|dos|das|di|della)[ ]|d['’]|l['’])?"
            + CAP + "(?:[ ]" + CAP + "){0,3},?[ ]{1,2}\\d{1,4}[a-zA-Z]?" + END
            + ")");

    private static final Pattern UNIT_AFTER = Pattern.compile(",?[ ]{1,2}" + UNIT + END);
    private static final String POSTCODE_FIRST = "(?:\\d{4}[ ]?[A-Z]{2}|\\d{4}-\\d{3}|\\d{3}[ ]\\d{2}|\\d{4,5})" + END;
    private static final String POSTCODE_AFTER =
        "(?:\\d{5}-\\d{4}|[A-Z]{1,2}\\d[A-Z\\d]?[ ]?\\d[A-Z]{2}|\\d{4,6}|\\d{1,2})" + END;
    private static final Pattern LOCALITY = Pattern.compile(
        // , 10115 Berlin / , 1015 CJ Amsterdam
        ",?[ ]{1,2}" + POSTCODE_FIRST + "[ ]{1,2}" + CITY
            // , Springfield, IL 62704 / , Leeds LS6 1DR / , Melbourne VIC 3000 / , Dublin 4
            + "|,[ ]{1,2}" + CITY + "(?:,?[ ]{1,2}[A-Z]{2,3}" + END + ")?,?[ ]{1,2}" + POSTCODE_AFTER
            + "|,[ ]{1,2}" + CITY + ",?[ ]{1,2}[A-Z]{2}" + END
            // , Leeds? -- a city alone only where the sentence or field ends after it
            + "|,[ ]{1,2}" + CITY + "(?=$|[.?!;\"')\\]\\n])"
            // , SW1A 1AA
            + "|,?[ ]{1,2}[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2}" + END);

    // Where a street line can start, per branch of STREET_LINE (see nextStart).
    private static final String[] UNIT_STARTS = {"Fl", "Ap", "Unit", "Su", "Ste", "Room"};
    private static final String[] ROMANCE_STARTS = {"Calle ", "C/ ", "Avenida ", "Avda. ", "Plaza ", "Paseo ",
        "Carrer ", "Rua ", "Rue ", "Via ", "Viale ", "Piazza ", "Corso ", "Largo ", "Travessa "};
    // The French street types, and "bis" / "ter" after a blank ("14 bis rue ..."), lower case.
    private static final String[] FRENCH_STARTS = {"rue", "av", "bou", "bd", "pla", "che", "all", "imp", "qua",
        "cou", "rou", "bis", "ter"};
    private static final int COMPOUND_LOWER = 80; // \p{Ll}{1,30} and a suffix, surrogate pairs counted twice

    static final double STREET_ONLY = 0.7;
    static final double WITH_LOCALITY = 0.9;
    private static final int LOOKAHEAD = 120;

    public AddressDetector() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        // The matchers are made when first needed: most texts have no start, and making a matcher of
        // these patterns (hundreds of groups to clear) costs more than the search for one.
        Matcher street = null;
        Matcher unit = null;
        Matcher locality = null;
        int from = 0;
        for (int at = nextStart(text, from); at >= 0; at = nextStart(text, from)) {
            if (street == null) {
                street = STREET_LINE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (!street.region(at, text.length()).lookingAt()) {
                from = at + 1;
                continue;
            }
            int end = street.end();
            boolean extended = street.group("unit") != null;
            if (unit == null) {
                unit = UNIT_AFTER.matcher(text);
                locality = LOCALITY.matcher(text);
            }
            if (unit.region(end, Math.min(text.length(), end + LOOKAHEAD)).lookingAt()) {
                end = unit.end();
                extended = true;
            }
            if (locality.region(end, Math.min(text.length(), end + LOOKAHEAD)).lookingAt()) {
                end = locality.end();
                extended = true;
            }
            found.add(new Detection(EntityTypes.ADDRESS, street.start(), end,
                extended ? WITH_LOCALITY : STREET_ONLY, NAME));
            from = end;
        }
        found.sort(Comparator.comparingInt(Detection::start));
        return found;
    }

    /**
     * The first index from {@code from} where STREET_LINE can match, as far as a look at the text
     * around it tells, or -1. find() would run all four branches at every word start; this admits
     * a house number, a unit, a Romance street type or a compound street name only where its shape
     * is there, loosely (admitting too much only costs time). A plain loop, not a StartSearch: a
     * call per char would cost more than the rest of the detector.
     */
    private static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') : Character.isUpperCase(c) || Character.isSurrogate(c)) {
                if (canStart(text, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether STREET_LINE can match at {@code i}, where a digit or a capital stands. */
    private static boolean canStart(String text, int i) {
        if (i > 0 && Chars.isAsciiLetterOrDigit(text.charAt(i - 1))) {
            return false; // the look-behind fails
        }
        if (Chars.isAsciiDigit(text.charAt(i))) {
            return canStartHouseNumber(text, i);
        }
        return startsWithAny(text, i, UNIT_STARTS) || startsWithAny(text, i, ROMANCE_STARTS) || canStartCompound(text, i);
    }

    /**
     * Whether a "42 Maple Avenue" or "14 bis rue de la Paix" can start at the digit at {@code i}: at
     * most five digits, the rest of the house number and a comma, a blank or two, then a capital, an
     * ordinal ("5th"), or the first letter of a French street type or of "bis" / "ter".
     */
    private static boolean canStartHouseNumber(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && Chars.isAsciiDigit(text.charAt(j))) {
            j++;
        }
        if (j - i > 5) {
            return false;
        }
        // "12b", "12-14", "14bis", "12," before the blank: at most eleven chars.
        int limit = Math.min(n, j + 12);
        while (j < limit && text.charAt(j) != ' ') {
            char c = text.charAt(j);
            if (!Chars.isAsciiLetterOrDigit(c) && c != '-' && c != ',') {
                return false;
            }
            j++;
        }
        if (j >= limit) {
            return false;
        }
        j++;
        if (j < n && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= n) {
            return false;
        }
        char c = text.charAt(j);
        if (Chars.isAsciiDigit(c)) {
            int k = j;
            while (k < n && k - j <= 3 && Chars.isAsciiDigit(text.charAt(k))) {
                k++;
            }
            return k - j <= 3 && k < n && "snrt".indexOf(text.charAt(k)) >= 0;
        }
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') || startsWithAnyIgnoreCase(text, j, FRENCH_STARTS);
        }
        return Character.isUpperCase(c) || Character.isSurrogate(c);
    }

    /**
     * Whether a "Hauptstraße 12" or "Berliner Straße 5" can start at {@code i}: a capital, lower-case
     * letters, then the dot of "str.", the blank before the house number, or the blank or hyphen
     * before a capitalised street word.
     */
    private static boolean canStartCompound(String text, int i) {
        int j = i + 1;
        int limit = Math.min(text.length(), i + 1 + COMPOUND_LOWER);
        while (j < limit && (Character.isLowerCase(text.charAt(j)) || Character.isSurrogate(text.charAt(j)))) {
            j++;
        }
        if (j == i + 1 || j + 1 >= text.length()) {
            return false;
        }
        char after = text.charAt(j + 1);
        switch (text.charAt(j)) {
            case '.':
                return after == ' ';
            case ' ':
                return Chars.isAsciiDigit(after) || after == ' ' || isStreetWordInitial(after);
            case '-':
                return isStreetWordInitial(after);
            default:
                return false;
        }
    }

    private static boolean isStreetWordInitial(char c) {
        return c == 'S' || c == 'W' || c == 'P' || c == 'A';
    }

    private static boolean startsWithAny(String text, int i, String[] prefixes) {
        for (String prefix : prefixes) {
            if (regionMatches(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #startsWithAny} with ASCII letters compared without case, as {@code (?i)} does. */
    private static boolean startsWithAnyIgnoreCase(String text, int i, String[] prefixes) {
        for (String prefix : prefixes) {
            if (i + prefix.length() <= text.length() && matchesIgnoreCase(text, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesIgnoreCase(String text, int i, String lowerPrefix) {
        for (int k = 0; k < lowerPrefix.length(); k++) {
            char c = text.charAt(i + k);
            if (c != lowerPrefix.charAt(k) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lowerPrefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatches(String text, int i, String prefix) {
        if (i + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
