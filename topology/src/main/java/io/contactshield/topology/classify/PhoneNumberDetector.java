package io.contactshield.topology.classify;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, validated by libphonenumber ({@link Leniency#VALID}: a real number plan, not just
 * a digit count), in international form ({@code +44 20 7946 0958}, {@code 0044 ...}) for every
 * country, and in national form for the default region and for {@link #NATIONAL_REGIONS}.
 *
 * <p>A national number of a region other than the default is accepted only when it carries that
 * region's trunk prefix 0 ({@code 020 7946 0958}, {@code 030 12345678}, {@code 06 12 34 56 78}), or
 * when a phone cue ("call me", "phone", "mobile", "number") stands just before it, or names it just
 * after ("555 0199 that's my home number", "9876501234 is my mobile"; see
 * {@link ContextWords#phoneCueAfter}) with no negative cue before: without one, almost any 9 or 10
 * digit run is a valid number somewhere (India alone accepts most of them).
 *
 * <p>A cheap possessive pattern picks digit runs of at least seven digits first, and libphonenumber
 * only looks at a small window around each: libphonenumber over a whole text costs far more. Before
 * each libphonenumber run over a plain window (no '+', no '#', no extension label), {@link
 * ValidityGate} works out the digit strings libphonenumber would try and skips the run when none of
 * them can be a number of the region: card and account numbers cost libphonenumber the most.
 *
 * <p>Confidence: international form 0.95, formatted national 0.85, bare digits 0.7; other regions'
 * national forms 0.75 formatted, 0.65 bare, 0.6 when only the cue admits them. A number with a
 * country code that has a possible length but is not assigned (fictional ranges) 0.8; a local number
 * without area code after a cue ({@code my number is 555-0142}) 0.55.
 */
public final class PhoneNumberDetector implements Detector {

    static final String NAME = "phone-number";

    /** Regions whose national formats are read even when they are not the default region. */
    static final List<String> NATIONAL_REGIONS = List.of("US", "GB", "DE", "FR", "IN", "ES", "NL", "IT", "PT");

    private static final List<String> TRUNK_ZERO_REGIONS = List.of("GB", "DE", "FR", "NL", "IN");

    private static final int MIN_DIGITS = 7;
    /** E.164 numbers have at most 15 digits; a longer bare run is an identifier. */
    private static final int MAX_E164_DIGITS = 15;
    private static final int MAX_CANDIDATE = 40;
    // Chars of context libphonenumber needs around a candidate: a letter right before or after
    // rejects it, a following ":30" marks a time.
    private static final int MARGIN_BEFORE = 2;
    private static final int MARGIN_AFTER = 6;

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_+(])[+(]{0,2}+\\d[\\d \\u00A0\\-\\u2010-\\u2015./()]*+");
    // Most of a text is letters: try CANDIDATE only where its first char can stand, and not right after
    // an ASCII char its look-behind rejects (other chars are left to the pattern).
    private static final StartSearch CANDIDATE_START = new StartSearch("+(0123456789", (text, i) -> {
        char c = text.charAt(i);
        if (c != '+' && c != '(' && !Chars.isAsciiDigit(c)) {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return before >= 128 || !(Character.isLetterOrDigit(before) || before == '_' || before == '+' || before == '(');
    });
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\(?(?:\\d{4}([-./])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([-./])\\d{1,2}\\2\\d{2,4})(?!\\d).*");

    // Five pairs of digits with one separator (01.99.00.12.89): the French way to write a number, not a date.
    private static final Pattern DIGIT_PAIRS = Pattern.compile("\\d\\d([-./ ])\\d\\d(?:\\1\\d\\d){3}");

    private static final Pattern EXTENSION = Pattern.compile(
            "[ ,;]*(?:ext\\.?|extn\\.?|extension|x|#|durchwahl|poste|app\\.?|int\\.?)[ .:]*\\d*$",
            Pattern.CASE_INSENSITIVE);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    /** Per region, where it can say so: whether a window's digit strings can hold a number. */
    private final Map<String, ValidityGate> gates = new HashMap<>();

    /** National formats of the US by default. */
    public PhoneNumberDetector() {
        this("US");
    }

    /**
     * @param defaultRegion ISO 3166-1 alpha-2 region whose national numbers need no cue, or
     *     {@code "ZZ"} for international forms only
     */
    public PhoneNumberDetector(String defaultRegion) {
        String region = defaultRegion.toUpperCase(Locale.ROOT);
        if (!region.equals("ZZ") && !util.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Unknown phone region " + defaultRegion);
        }
        this.defaultRegion = region;
        RegionMetadataSource metadata = DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource();
        Set<String> regions = new LinkedHashSet<>(NATIONAL_REGIONS);
        regions.addAll(TRUNK_ZERO_REGIONS);
        regions.add(region);
        for (String each : regions) {
            ValidityGate gate = ValidityGate.of(util, metadata, each);
            if (gate != null) {
                gates.put(each, gate);
            }
        }
    }

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
        Matcher candidates = CANDIDATE.matcher(text);
        for (int from = 0; CANDIDATE_START.find(candidates, text, from); from = StartSearch.next(candidates)) {
            int start = candidates.start();
            int end = candidates.end();
            while (end > start && !Chars.isAsciiDigit(text.charAt(end - 1))) {
                end--;
            }
            if (end - start > MAX_CANDIDATE || Chars.countDigits(text, start, end) < MIN_DIGITS
                    || isPartOfIdentifier(text, start) || continuesAsIdentifier(text, end)
                    || (Chars.onlyDigits(text, start, end) && end - start > MAX_E164_DIGITS)
                    || endsInDecimalFraction(text, start, end)
                    || (DATE_LIKE.matcher(text.subSequence(start, end)).matches()
                            && !DIGIT_PAIRS.matcher(text.subSequence(start, end)).matches())) {
                continue;
            }
            inspect(text, start, end, found);
        }
        return found;
    }

    /**
     * {@code 048817.3 kWh}, {@code 1234567.5}: a single digit after a final dot is a decimal fraction;
     * no phone plan ends with a one-digit group after a dot.
     */
    private static boolean endsInDecimalFraction(String text, int start, int end) {
        if (end - start >= 3 && text.charAt(end - 2) == '.' && Chars.isAsciiDigit(text.charAt(end - 3))) {
            return true;
        }
        // One dot and two decimals, digits only otherwise ("04412.38 m\u00b3"): a decimal number.
        return end - start >= 4 && text.charAt(end - 3) == '.' && Chars.onlyDigits(text, start, end - 3)
                && Chars.onlyDigits(text, end - 2, end);
    }

    /** {@code ORD-2024-884213}, {@code INV/2125550147}: digits hanging off a code are part of it. */
    private static boolean isPartOfIdentifier(String text, int start) {
        if (start < 2) {
            return false;
        }
        char before = text.charAt(start - 1);
        return (before == '-' || before == '/' || before == '#' || before == '_' || before == '.')
                && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    /** {@code 2024110418-NL}, {@code 7731_A}: digits a code goes on from are part of it. */
    private static boolean continuesAsIdentifier(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '_')
                && Character.isLetter(text.charAt(end + 1));
    }

    private void inspect(String text, int start, int end, List<Detection> found) {
        int windowStart = Math.max(0, start - MARGIN_BEFORE);
        int windowEnd = Math.min(text.length(), end + MARGIN_AFTER);
        String window = text.substring(windowStart, windowEnd);
        List<String> tried = ValidityGate.digitStringsTried(text, windowStart, windowEnd);
        if (mayBeValid(tried, defaultRegion)
                && addMatches(window, windowStart, defaultRegion, Leniency.VALID, false, found)) {
            return;
        }
        int lead = start;
        while (lead < end && text.charAt(lead) == '(') {
            lead++;
        }
        if (text.charAt(lead) == '+' || text.startsWith("00", lead)) {
            // A '+' country code is strong evidence on its own: accept a number of possible length even
            // where the plan says unassigned (such as the UK's 07700 900xxx range kept for fiction).
            // Not so "00...": ids and account numbers start with zeros too.
            String region = defaultRegion.equals("GB") ? "DE" : "GB"; // both dial out with 00
            if (!(mayBeValid(tried, region) && addMatches(window, windowStart, region, Leniency.VALID, false, found))
                    && text.charAt(lead) == '+') {
                addMatches(window, windowStart, region, Leniency.POSSIBLE, false, found);
            }
            return;
        }
        if (text.charAt(lead) == '0') {
            for (String region : TRUNK_ZERO_REGIONS) {
                if (!region.equals(defaultRegion) && mayBeValid(tried, region)
                        && addMatches(window, windowStart, region, Leniency.VALID, true, found)) {
                    return;
                }
            }
        }
        // The nearest cue must be a phone cue: in "order_number=5581920" the word "number" is part of
        // an identifier key, not a phone cue. A cue right after the number ("555 0199 that's my home
        // number", "9876501234 is my mobile") admits it too, unless a negative cue stands before.
        double raise = 0;
        if (!ContextWords.raised(text, start, EntityTypes.PHONE_NUMBER)) {
            if (!ContextWords.phoneCueAfter(text, end) || ContextWords.lowered(text, start, EntityTypes.PHONE_NUMBER)) {
                return;
            }
            raise = ContextWords.RAISE; // what the same cue before the number would add
        }
        for (String region : NATIONAL_REGIONS) {
            if (!region.equals(defaultRegion) && mayBeValid(tried, region)
                    && addMatches(window, windowStart, region, Leniency.VALID, true, raise, found)) {
                return;
            }
        }
        // "my number is 555-0142": a local number without area code is possible, not valid.
        ValidityGate local = gates.get(defaultRegion);
        if (tried == null || local == null || local.mayBePossible(tried)) {
            addMatches(window, windowStart, defaultRegion, Leniency.POSSIBLE, true, raise, found);
        }
    }

    /**
     * Whether libphonenumber may find a {@link Leniency#VALID} number of {@code region} in a window
     * whose tried digit strings are {@code tried}; {@code null} means unknown, so yes.
     */
    private boolean mayBeValid(List<String> tried, String region) {
        ValidityGate gate = gates.get(region);
        return tried == null || gate == null || gate.mayBeValid(tried);
    }

    private boolean addMatches(String window, int offset, String region, Leniency leniency, boolean foreign,
            List<Detection> found) {
        return addMatches(window, offset, region, leniency, foreign, 0, found);
    }

    private boolean addMatches(String window, int offset, String region, Leniency leniency, boolean foreign,
            double raise, List<Detection> found) {
        boolean any = false;
        for (PhoneNumberMatch match : util.findNumbers(window, region, leniency, Long.MAX_VALUE)) {
            String raw = match.rawString();
            int matchEnd = match.end();
            Matcher extension = EXTENSION.matcher(raw);
            if (match.number().hasExtension() && extension.find()) {
                // "0113 496 0991 ext 4412": the number is the finding; the extension is a desk's, and
                // a window may cut it short.
                matchEnd = match.start() + extension.start();
                raw = raw.substring(0, extension.start());
            }
            if (leniency == Leniency.POSSIBLE && Chars.countDigits(raw, 0, raw.length()) < MIN_DIGITS) {
                continue;
            }
            double confidence = Math.min(1.0,
                    (leniency == Leniency.POSSIBLE ? (foreign ? 0.55 : 0.8) : confidence(raw, foreign)) + raise);
            int matchStart = match.start();
            if (raw.startsWith("(") && raw.indexOf(')') < 0) {
                // "(0113 496 0927)": the brackets hold the whole number, not an area code.
                matchStart++;
            }
            found.add(new Detection(EntityTypes.PHONE_NUMBER, offset + matchStart, offset + matchEnd,
                    confidence, NAME));
            any = true;
        }
        return any;
    }

    private static double confidence(String raw, boolean foreign) {
        if (raw.startsWith("+") || raw.startsWith("(+")) {
            return 0.95;
        }
        if (raw.startsWith("00")) {
            return 0.85; // an international prefix, but policy and account numbers start with zeros too
        }
        boolean bare = Chars.onlyDigits(raw, 0, raw.length());
        if (!foreign) {
            return bare ? 0.7 : 0.85;
        }
        if (raw.startsWith("0") || raw.startsWith("(0")) {
            return bare ? 0.65 : 0.75;
        }
        return 0.6;
    }

    /**
     * A necessary condition for {@code PhoneNumberUtil.findNumbers(window, region, leniency)} to find
     * anything with leniency VALID or POSSIBLE, modelled on libphonenumber 9.0's PhoneNumberMatcher and
     * parser (recheck the model when upgrading it).
     *
     * <p>In a plain window (ASCII digits only, no plus sign, no '#', nothing between two digit groups
     * that could be an extension label) the matcher tries each chain of digit groups joined by at most
     * four of the candidate run's punctuation chars, then its "inner matches": the parts before and
     * after a slash, spaced hyphen or wide hyphen, and the pieces between brackets, dots or spaces. The
     * parser keeps all digits of a tried piece, then may strip the region's country code and national
     * prefix (twice); an international prefix would switch country, so it makes the gate say yes. A
     * valid number must match the general description and one number type of a region with the
     * country code; a possible one, a possible length of the region.
     */
    static final class ValidityGate {

        /** libphonenumber's limit on punctuation chars between two digit blocks of one candidate. */
        private static final int MAX_PUNCTUATION = 4;
        /** libphonenumber's limits on digits per block and blocks per candidate, kept well clear of. */
        private static final int MAX_GROUPS = 20;
        private static final int MAX_GROUP_DIGITS = 20;
        /** Longer national numbers do not parse. */
        private static final int MAX_NATIONAL_LENGTH = 17;

        private final String countryCode;
        private final Prefix internationalPrefix;
        /** {@code null} where the region has none. */
        private final Prefix nationalPrefix;
        /** Per region with the country code: its general description, then those of each number type. */
        private final Desc[][] regions;
        /** National number lengths {@link Leniency#POSSIBLE} accepts, local-only ones included. */
        private final boolean[] possibleLengths;

        private ValidityGate(String countryCode, Prefix internationalPrefix, Prefix nationalPrefix,
                Desc[][] regions, boolean[] possibleLengths) {
            this.countryCode = countryCode;
            this.internationalPrefix = internationalPrefix;
            this.nationalPrefix = nationalPrefix;
            this.regions = regions;
            this.possibleLengths = possibleLengths;
        }

        /** The gate of {@code region}, or {@code null} where its metadata does not fit the model. */
        static ValidityGate of(PhoneNumberUtil util, RegionMetadataSource source, String region) {
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
            for (String each : util.getRegionCodesForCountryCode(countryCode)) {
                PhoneMetadata other = source.getMetadataForRegion(each);
                if (other == null) {
                    return null;
                }
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
            String prefix = metadata.getNationalPrefixForParsing();
            return new ValidityGate(Integer.toString(countryCode), new Prefix(metadata.getInternationalPrefix()),
                    prefix.isEmpty() ? null : new Prefix(prefix), regions.toArray(new Desc[0][]), possibleLengths);
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
}
