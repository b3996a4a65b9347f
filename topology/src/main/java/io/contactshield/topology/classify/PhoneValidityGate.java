package io.contactshield.topology.classify;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A necessary condition for {@code PhoneNumberUtil.findNumbers(window, region, leniency)} to find
 * anything with leniency VALID or POSSIBLE, modelled on libphonenumber 9.0's PhoneNumberMatcher and
 * parser. It exists because {@link PhoneNumberDetector} spends most of its time in libphonenumber on
 * digit runs that are no number at all (card, account, order numbers): the gate lets it skip those
 * calls without changing what it finds.
 *
 * <p>It mirrors library internals, so it is only as sound as that mirror: after any libphonenumber
 * upgrade, run {@code PhoneValidityGateTest} (for a deeper look also with {@code
 * -DphoneGate.windows=1000000}), which fails where the gate would skip a window the library finds a
 * number in; if it fails, fix the model (or stop using the gate) before shipping.
 *
 * <p>In a plain window (ASCII digits only, no plus sign, no '#', nothing between two digit groups
 * that could be an extension label) the matcher tries each chain of digit groups joined by at most
 * four of the candidate run's punctuation chars, then its "inner matches": the parts before and
 * after a slash, spaced hyphen or wide hyphen, and the pieces between brackets, dots or spaces. The
 * parser keeps all digits of a tried piece, then may strip the region's country code and national
 * prefix (twice); an international prefix would switch country, so it makes the gate say yes. A
 * valid number must match the general description and one number type of a region with the
 * country code; a possible one, a possible length of the region.
 *
 * <p>The other way round, {@link #wholeCandidateMatch} is a sufficient condition: most windows that
 * do hold a number hold it as a plain candidate ({@code +14155550123}, {@code (212) 555-0147}) with
 * no digit in the margins, and then the matcher's only find is the whole candidate once the parser
 * and the leniency's checks accept it. That skips the matcher's search and checks, a quarter of the
 * classifier's time on contact records; {@code PhoneFastPathTest} compares it with the library.
 */
final class PhoneValidityGate {

    /** libphonenumber's limit on punctuation chars between two digit blocks of one candidate. */
    private static final int MAX_PUNCTUATION = 4;
    /** libphonenumber's limits on digits per block and blocks per candidate, kept well clear of. */
    private static final int MAX_GROUPS = 20;
    private static final int MAX_GROUP_DIGITS = 20;
    /** Longer national numbers do not parse. */
    private static final int MAX_NATIONAL_LENGTH = 17;

    private final PhoneNumberUtil util;
    private final String region;
    /** Whether no number format of the region asks for the national prefix when formatting. */
    private final boolean nationalPrefixNeverRequired;
    private final String countryCode;
    private final Prefix internationalPrefix;
    /** {@code null} where the region has none. */
    private final Prefix nationalPrefix;
    /** Per region with the country code: its general description, then those of each number type. */
    private final Desc[][] regions;
    /** National number lengths {@link Leniency#POSSIBLE} accepts, local-only ones included. */
    private final boolean[] possibleLengths;
    /** Per region of {@link #regions}: its leading digits pattern, {@code null} where it has none. */
    private final Pattern[] leadingDigits;
    /** Per region of {@link #regions}: whether libphonenumber skips its mobile pattern (same as fixed line). */
    private final boolean[] sameMobileAndFixedLine;
    /** The calling codes libphonenumber knows, by value (1 to 999). */
    private final boolean[] callingCodes;

    private PhoneValidityGate(PhoneNumberUtil util, String region, boolean nationalPrefixNeverRequired,
            String countryCode, Prefix internationalPrefix, Prefix nationalPrefix, Desc[][] regions,
            boolean[] possibleLengths, Pattern[] leadingDigits, boolean[] sameMobileAndFixedLine,
            boolean[] callingCodes) {
        this.util = util;
        this.region = region;
        this.nationalPrefixNeverRequired = nationalPrefixNeverRequired;
        this.countryCode = countryCode;
        this.internationalPrefix = internationalPrefix;
        this.nationalPrefix = nationalPrefix;
        this.regions = regions;
        this.possibleLengths = possibleLengths;
        this.leadingDigits = leadingDigits;
        this.sameMobileAndFixedLine = sameMobileAndFixedLine;
        this.callingCodes = callingCodes;
    }

    /** The gate of {@code region}, or {@code null} where its metadata does not fit the model. */
    static PhoneValidityGate of(PhoneNumberUtil util, RegionMetadataSource source, String region) {
        if (!util.getSupportedRegions().contains(region)) {
            return null;
        }
        PhoneMetadata metadata = source.getMetadataForRegion(region);
        // The parser reads a stripped country code with the main region's metadata, and a transform
        // rule could rewrite digits rather than only strip them.
        if (metadata == null || !region.equals(util.getRegionCodeForCountryCode(metadata.getCountryCode()))
                || !metadata.getNationalPrefixTransformRule().isEmpty()) {
            return null;
        }
        int countryCode = metadata.getCountryCode();
        List<Desc[]> regions = new ArrayList<>();
        List<String> regionCodes = util.getRegionCodesForCountryCode(countryCode);
        Pattern[] leadingDigits = new Pattern[regionCodes.size()];
        boolean[] sameMobileAndFixedLine = new boolean[regionCodes.size()];
        for (String each : regionCodes) {
            PhoneMetadata other = source.getMetadataForRegion(each);
            if (other == null) {
                return null;
            }
            leadingDigits[regions.size()] = other.hasLeadingDigits() ? Pattern.compile(other.getLeadingDigits()) : null;
            sameMobileAndFixedLine[regions.size()] = other.getSameMobileAndFixedLinePattern();
            // libphonenumber's getNumberTypeHelper: the general description, then any one type.
            List<PhoneNumberDesc> types = List.of(other.getPremiumRate(), other.getTollFree(),
                    other.getSharedCost(), other.getVoip(), other.getPersonalNumber(), other.getPager(),
                    other.getUan(), other.getVoicemail(), other.getFixedLine(), other.getMobile());
            Desc[] descs = new Desc[types.size() + 1];
            descs[0] = new Desc(other.getGeneralDesc());
            for (int t = 0; t < types.size(); t++) {
                descs[t + 1] = new Desc(types.get(t));
            }
            regions.add(descs);
        }
        // libphonenumber's testNumberLength for an unknown type: the general lengths or local-only ones.
        PhoneNumberDesc general = metadata.getGeneralDesc();
        if (general.getPossibleLengthCount() == 0) {
            return null;
        }
        boolean[] possibleLengths = new boolean[MAX_NATIONAL_LENGTH + 1];
        for (List<Integer> list
                : List.of(general.getPossibleLengthList(), general.getPossibleLengthLocalOnlyList())) {
            for (int length : list) {
                if (length >= 0 && length <= MAX_NATIONAL_LENGTH) {
                    possibleLengths[length] = true;
                }
            }
        }
        // libphonenumber's isNationalPrefixPresentIfRequired for a number read in the region's national
        // form: it passes whatever format the number gets when no format asks for the prefix.
        boolean nationalPrefixNeverRequired = true;
        for (NumberFormat format : metadata.getNumberFormatList()) {
            String rule = format.getNationalPrefixFormattingRule();
            if (!rule.isEmpty() && !format.getNationalPrefixOptionalWhenFormatting()
                    && !FIRST_GROUP_ONLY.matcher(rule).matches()) {
                nationalPrefixNeverRequired = false;
            }
        }
        String prefix = metadata.getNationalPrefixForParsing();
        boolean[] callingCodes = new boolean[1000];
        for (int code : util.getSupportedCallingCodes()) {
            if (code > 0 && code < callingCodes.length) {
                callingCodes[code] = true;
            }
        }
        return new PhoneValidityGate(util, region, nationalPrefixNeverRequired, Integer.toString(countryCode),
                new Prefix(metadata.getInternationalPrefix()), prefix.isEmpty() ? null : new Prefix(prefix),
                regions.toArray(new Desc[0][]), possibleLengths, leadingDigits, sameMobileAndFixedLine, callingCodes);
    }

    /**
     * The digit strings libphonenumber may try to parse in the window {@code text[windowStart,
     * windowEnd)} (or more), or {@code null} where the window is not plain enough to say.
     */
    static List<String> digitStringsTried(String text, int windowStart, int windowEnd) {
        // Digit groups of the window, and what separates each from the next.
        int[] groupStart = new int[MAX_GROUPS];
        int[] groupEnd = new int[MAX_GROUPS];
        int groups = 0;
        int i = windowStart;
        while (i < windowEnd) {
            char c = text.charAt(i);
            if (Chars.isAsciiDigit(c)) {
                if (groups == MAX_GROUPS) {
                    return null;
                }
                groupStart[groups] = i;
                while (i < windowEnd && Chars.isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                if (i - groupStart[groups] > MAX_GROUP_DIGITS) {
                    return null;
                }
                groupEnd[groups++] = i;
            } else if (c == '+' || c == '\uFF0B' || c == '#' || c == '\uFF03' || Character.isSurrogate(c)
                    || Character.isDigit(c)) {
                return null; // an international number, an extension, or digits the model leaves out
            } else {
                i++;
            }
        }
        List<String> tried = new ArrayList<>();
        int first = 0;
        for (int g = 0; g < groups; g++) {
            int link = g == groups - 1 ? BREAK : link(text, groupEnd[g], groupStart[g + 1]);
            if (link == UNKNOWN) {
                return null;
            }
            if (link == BREAK) {
                addChain(text, groupStart, groupEnd, first, g, tried);
                first = g + 1;
            }
        }
        return tried;
    }

    private static final int LINK = 0;
    private static final int BREAK = 1;
    private static final int UNKNOWN = 2;

    /**
     * Whether libphonenumber's candidate pattern goes on across {@code text[from, to)} between two
     * digit groups: it does across up to four punctuation chars, and it could across an extension
     * label ("ext", "x", "int", ";ext=", ...); it cannot across a char no label or punctuation
     * has, or without a label across a char that is no punctuation.
     */
    private static int link(String text, int from, int to) {
        boolean punctuationOnly = true;
        boolean label = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isRunPunctuation(c)) {
                continue;
            }
            punctuationOnly = false;
            if (c == ',' || c == ':' || c == '=' || c == '\t') {
                continue;
            }
            if (c >= 128 || c == ';' || c == '~' || c == '[' || c == ']' || "aeinostxAEINOSTX".indexOf(c) >= 0) {
                label = true;
            } else {
                return BREAK; // a letter of no label, a line break, other ASCII punctuation
            }
        }
        if (punctuationOnly) {
            return to - from <= MAX_PUNCTUATION ? LINK : BREAK;
        }
        return label ? UNKNOWN : BREAK;
    }

    private static boolean isRunPunctuation(char c) {
        return c == ' ' || c == '\u00A0' || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '.'
                || c == '/' || c == '(' || c == ')';
    }

    /** The whole chain of groups {@code first..last}, and its inner matches. */
    private static void addChain(String text, int[] groupStart, int[] groupEnd, int first, int last,
            List<String> tried) {
        add(text, groupStart, groupEnd, first, last, tried);
        // Slash, hyphen with a space beside it, wide hyphen: libphonenumber splits once, at the first;
        // splitting at every one tries more, never less.
        for (int g = first; g < last; g++) {
            if (separatorHas(text, groupEnd[g], groupStart[g + 1], '/', '/')
                    || hasSpacedHyphen(text, groupEnd[g], groupStart[g + 1])
                    || separatorHas(text, groupEnd[g], groupStart[g + 1], '\u2012', '\u2015')) {
                add(text, groupStart, groupEnd, first, g, tried);
                add(text, groupStart, groupEnd, g + 1, last, tried);
            }
        }
        // Opening bracket, dot, space: libphonenumber tries the piece before the first and each piece
        // between two of them, so these must be exact.
        addPieces(text, groupStart, groupEnd, first, last, '(', '(', tried);
        addPieces(text, groupStart, groupEnd, first, last, '.', '.', tried);
        addPieces(text, groupStart, groupEnd, first, last, ' ', ' ', tried);
    }

    private static void addPieces(String text, int[] groupStart, int[] groupEnd, int first, int last,
            char from, char to, List<String> tried) {
        int piece = first;
        for (int g = first; g < last; g++) {
            if (separatorHas(text, groupEnd[g], groupStart[g + 1], from, to)
                    || (from == ' ' && separatorHas(text, groupEnd[g], groupStart[g + 1], '\u00A0', '\u00A0'))) {
                add(text, groupStart, groupEnd, piece, g, tried);
                piece = g + 1;
            }
        }
        if (piece > first) {
            add(text, groupStart, groupEnd, piece, last, tried);
        }
    }

    private static boolean hasSpacedHyphen(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '-' && isSpace(next)) || (isSpace(c) && next == '-')) {
                return true;
            }
        }
        return false;
    }

    /** The run's chars in {@code \p{Z}}: space and no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static boolean separatorHas(String text, int from, int to, char low, char high) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= low && c <= high) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int[] groupStart, int[] groupEnd, int first, int last,
            List<String> tried) {
        StringBuilder digits = new StringBuilder();
        for (int g = first; g <= last; g++) {
            digits.append(text, groupStart[g], groupEnd[g]);
        }
        String each = digits.toString();
        if (!tried.contains(each)) {
            tried.add(each);
        }
    }

    /** libphonenumber's formatting rule that writes the first group alone, no prefix. */
    private static final Pattern FIRST_GROUP_ONLY = Pattern.compile("\\(?\\$1\\)?");
    /** libphonenumber's limit on a candidate's digits (national number and country code), kept clear of. */
    private static final int MAX_PLAIN_DIGITS = 17;

    /**
     * The number {@code findNumbers(window, region, VALID)} finds where it finds just one, the whole
     * candidate {@code window[from, to)}; or {@code null} where only the library itself can say. The
     * candidate must be plain: a '+' or a bracketed first group, then digit groups with one space,
     * hyphen or dot between them. With no digit (nor a '+' or an opening bracket before it) in the
     * margins, the matcher's pattern matches the candidate and nothing else, its date, time stamp,
     * bracket and page checks cannot reject it, and the parse and checks below are all it does.
     */
    PhoneNumber wholeCandidateMatch(String window, int from, int to) {
        if (!isPlainCandidate(window, from, to) || !isQuietMargin(window, 0, from, true)
                || !isQuietMargin(window, to, window.length(), false)) {
            return null;
        }
        // VALID leniency: no Latin letter, '%' or currency sign right before (unless the candidate
        // starts with a bracket or '+') or right after; the library would then try inner matches.
        char first = window.charAt(from);
        if ((from > 0 && first != '+' && first != '(' && rejectsNeighbour(window.charAt(from - 1)))
                || (to < window.length() && rejectsNeighbour(window.charAt(to)))) {
            return null;
        }
        String digits = asciiDigits(window, from, to);
        boolean plus = first == '+';
        String national = plus ? nationalAfterCountryCode(digits) : nationalOfRegion(digits);
        if (national != null) {
            // What the parser makes of it, without the parser: a national number of this region.
            if (national.length() < MIN_LENGTH_FOR_NSN || national.length() > MAX_NATIONAL_LENGTH
                    || (!plus && !nationalPrefixNeverRequired) || !isValidNational(national)) {
                return null;
            }
            return numberOf(national);
        }
        return parsedByLibrary(window.substring(from, to));
    }

    /**
     * The number {@code findNumbers(candidate, region, VALID)} finds where it matches the whole plain
     * {@code candidate}, read by libphonenumber's parser; {@code null} where it finds none.
     */
    PhoneNumber parsedByLibrary(String candidate) {
        PhoneNumber number;
        try {
            number = util.parseAndKeepRawInput(candidate, region);
        } catch (NumberParseException e) {
            return null;
        }
        // No 'x' in the candidate: containsOnlyValidXChars holds.
        if (!util.isValidNumber(number) || (number.getCountryCodeSource() == CountryCodeSource.FROM_DEFAULT_COUNTRY
                && !nationalPrefixNeverRequired)) {
            return null;
        }
        number.clearCountryCodeSource();
        number.clearRawInput();
        number.clearPreferredDomesticCarrierCode();
        return number;
    }

    private static String asciiDigits(String text, int from, int to) {
        StringBuilder digits = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Chars.isAsciiDigit(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** libphonenumber's shortest national significant number. */
    private static final int MIN_LENGTH_FOR_NSN = 2;

    /**
     * The national number {@code parseAndKeepRawInput} reads from a plain candidate with a '+' and
     * these {@code digits} (country code first), where it is a number of this gate's country code
     * and the parser has nothing to strip from it; {@code null} where only the parser can say. The
     * parser takes the shortest leading digits that are a known calling code (a '0' first is none),
     * then strips a national prefix only where the region's prefix pattern starts the rest.
     */
    String nationalAfterCountryCode(String digits) {
        if (digits.length() <= MIN_LENGTH_FOR_NSN || digits.charAt(0) == '0') {
            return null;
        }
        for (int i = 1; i <= 3 && i <= digits.length(); i++) {
            if (callingCodes[Integer.parseInt(digits, 0, i, 10)]) {
                String national = digits.substring(i);
                return digits.startsWith(countryCode) && countryCode.length() == i && !startsWithNationalPrefix(national)
                        ? national : null;
            }
        }
        return null;
    }

    /**
     * The national number {@code parseAndKeepRawInput} reads from a plain candidate without a '+'
     * and with these {@code digits}, where the parser takes them as they are: no international
     * prefix, country code or national prefix of the region at their start; {@code null} otherwise.
     */
    String nationalOfRegion(String digits) {
        if (digits.length() < 3 || internationalPrefix.end(digits) >= 0 || digits.startsWith(countryCode)
                || startsWithNationalPrefix(digits)) {
            return null; // fewer than three digits: libphonenumber's viability test decides
        }
        return digits;
    }

    private boolean startsWithNationalPrefix(String national) {
        return nationalPrefix != null && !national.isEmpty() && nationalPrefix.end(national) >= 0;
    }

    /**
     * libphonenumber's {@code isValidNumber} for a number of this gate's country code and this
     * national significant number: the region the number belongs to (the first whose leading digits
     * start it, or whose plan has it), then whether that region's plan has it.
     */
    boolean isValidNational(String national) {
        if (regions.length == 1) {
            return hasType(0, national);
        }
        for (int r = 0; r < regions.length; r++) {
            if (leadingDigits[r] != null) {
                if (leadingDigits[r].matcher(national).lookingAt()) {
                    return hasType(r, national);
                }
            } else if (hasType(r, national)) {
                return true;
            }
        }
        return false;
    }

    /** libphonenumber's {@code getNumberTypeHelper(national, ...) != UNKNOWN} for region {@code r}. */
    private boolean hasType(int r, String national) {
        Desc[] descs = regions[r];
        if (!descs[0].matches(national)) {
            return false;
        }
        // The types in their order; the last is mobile, which is skipped where it is the fixed line's.
        int types = sameMobileAndFixedLine[r] ? descs.length - 1 : descs.length;
        for (int t = 1; t < types; t++) {
            if (descs[t].matches(national)) {
                return true;
            }
        }
        return false;
    }

    /** The number the parser makes of a national significant number of this gate's country code. */
    private PhoneNumber numberOf(String national) {
        PhoneNumber number = new PhoneNumber().setCountryCode(Integer.parseInt(countryCode))
                .setNationalNumber(Long.parseLong(national));
        if (national.length() > 1 && national.charAt(0) == '0') {
            number.setItalianLeadingZero(true);
            int zeros = 1;
            while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros != 1) {
                number.setNumberOfLeadingZeros(zeros);
            }
        }
        return number;
    }

    /** {@code +1 415 555 0123}, {@code (212) 555-0147}, {@code 212.555.0147}: ASCII only, no extension. */
    private static boolean isPlainCandidate(String window, int from, int to) {
        int i = from;
        if (i < to && window.charAt(i) == '+') {
            i++;
        } else if (i < to && window.charAt(i) == '(') {
            int close = i + 1;
            while (close < to && Chars.isAsciiDigit(window.charAt(close))) {
                close++;
            }
            if (close == i + 1 || close == to || window.charAt(close) != ')') {
                return false;
            }
            i = close + 1;
            if (i < to && (window.charAt(i) == ' ' || window.charAt(i) == '-')) {
                i++;
            }
        }
        // Digit groups with one separator between two of them, ending in a digit.
        boolean digitBefore = i > from && window.charAt(i - 1) == ')';
        for (; i < to; i++) {
            char c = window.charAt(i);
            if (Chars.isAsciiDigit(c)) {
                digitBefore = true;
            } else if ((c == ' ' || c == '-' || c == '.') && digitBefore) {
                digitBefore = false;
            } else {
                return false;
            }
        }
        int digits = Chars.countDigits(window, from, to);
        return digitBefore && Chars.isAsciiDigit(window.charAt(to - 1)) && digits > 0 && digits <= MAX_PLAIN_DIGITS;
    }

    /** No char where the matcher's pattern could start (before) or go on (after) the candidate. */
    private static boolean isQuietMargin(String window, int from, int to, boolean before) {
        for (int i = from; i < to; i++) {
            char c = window.charAt(i);
            if (Character.isDigit(c) || Character.isSurrogate(c) || (before && (c == '+' || c == '\uFF0B'
                    || c == '(' || c == '[' || c == '\uFF08' || c == '\uFF3B'))) {
                return false;
            }
        }
        return true;
    }

    /** libphonenumber's test of the chars beside a candidate: a Latin letter, '%' or a currency sign. */
    private static boolean rejectsNeighbour(char c) {
        if (c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
            return true;
        }
        if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.BASIC_LATIN || block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
                || block == Character.UnicodeBlock.LATIN_EXTENDED_A
                || block == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL
                || block == Character.UnicodeBlock.LATIN_EXTENDED_B
                || block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS;
    }

    /** Whether any of the {@code tried} digit strings may parse to a valid number of the region. */
    boolean mayBeValid(List<String> tried) {
        return mayParseTo(tried, true);
    }

    /** Whether any of the {@code tried} digit strings may parse to a possible number of the region. */
    boolean mayBePossible(List<String> tried) {
        return mayParseTo(tried, false);
    }

    private boolean mayParseTo(List<String> tried, boolean valid) {
        for (String digits : tried) {
            if (mayParseTo(digits, valid)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a national number the parser may make of {@code digits} may be valid (or possible). */
    private boolean mayParseTo(String digits, boolean valid) {
        int idd = internationalPrefix.end(digits);
        if (idd >= 0 && (idd == digits.length() || digits.charAt(idd) != '0')) {
            return true; // another country: not modelled
        }
        if (passes(digits, valid) || passes(stripNationalPrefix(digits), valid)) {
            return true;
        }
        if (!digits.startsWith(countryCode)) {
            return false;
        }
        String national = digits.substring(countryCode.length());
        String stripped = stripNationalPrefix(national);
        return passes(national, valid) || passes(stripped, valid) || passes(stripNationalPrefix(stripped), valid);
    }

    private boolean passes(String nationalNumber, boolean valid) {
        if (nationalNumber.length() > MAX_NATIONAL_LENGTH) {
            return false; // the parser rejects it as too long
        }
        return valid ? valid(nationalNumber) : possibleLengths[nationalNumber.length()];
    }

    private String stripNationalPrefix(String digits) {
        if (nationalPrefix == null || digits.isEmpty()) {
            return digits;
        }
        int end = nationalPrefix.end(digits);
        return end >= 0 ? digits.substring(end) : digits;
    }

    /** Whether some region with the country code has a number type {@code nationalNumber} matches. */
    private boolean valid(String nationalNumber) {
        for (Desc[] descs : regions) {
            if (descs[0].matches(nationalNumber)) {
                for (int t = 1; t < descs.length; t++) {
                    if (descs[t].matches(nationalNumber)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** libphonenumber's isNumberMatchingDesc: a possible length (any, if none listed), then the pattern. */
    private static final class Desc {
        private final boolean[] lengths = new boolean[MAX_NATIONAL_LENGTH + 1];
        /** {@code null} where the pattern is empty: nothing matches. */
        private final Pattern pattern;

        Desc(PhoneNumberDesc desc) {
            // -1 alone means no numbers of the type: it matches no length.
            for (int length : desc.getPossibleLengthList()) {
                if (length >= 0 && length <= MAX_NATIONAL_LENGTH) {
                    lengths[length] = true;
                }
            }
            if (desc.getPossibleLengthCount() == 0) {
                Arrays.fill(lengths, true);
            }
            String regex = desc.getNationalNumberPattern();
            pattern = regex.isEmpty() ? null : Pattern.compile(regex);
        }

        boolean matches(String nationalNumber) {
            return pattern != null && lengths[nationalNumber.length()] && pattern.matcher(nationalNumber).matches();
        }
    }

    /** A prefix pattern of the metadata, read as libphonenumber does: lookingAt over the digits. */
    private static final class Prefix {
        /** The prefix itself where the pattern is plain digits: then lookingAt is startsWith. */
        private final String literal;
        private final Pattern pattern;

        Prefix(String regex) {
            literal = Chars.onlyDigits(regex, 0, regex.length()) ? regex : null;
            pattern = Pattern.compile(regex);
        }

        /** Where the prefix ends at the start of {@code digits}, or -1 if it is not there. */
        int end(String digits) {
            if (literal != null) {
                return digits.startsWith(literal) ? literal.length() : -1;
            }
            Matcher matcher = pattern.matcher(digits);
            return matcher.lookingAt() ? matcher.end() : -1;
        }
    }
}
