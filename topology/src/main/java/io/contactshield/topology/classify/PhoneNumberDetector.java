package io.contactshield.topology.classify;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.RegionMetadataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Phone numbers, validated by libphonenumber ({@link Leniency#VALID}: a real number plan, not just
 * a digit count), in international form ({@code +44 20 7946 0958}, {@code 0044 ...}) for every
 * country, and in national form for the default region and for {@link #NATIONAL_REGIONS}.
 *
 * <p>A national number of a region other than the default is accepted only when it carries that
 * region's trunk prefix 0 and ten digits with it ({@code 020 7946 0958}, {@code 030 12345678}, {@code
 * 06 12 34 56 78}), or
 * when a phone cue ("call me", "phone", "mobile", "number") stands just before it, or names it just
 * after ("555 0199 that's my home number", "9876501234 is my mobile"; see
 * {@link ContextWords#phoneCueAfter}) with no negative cue before: without one, almost any 9 or 10
 * digit run is a valid number somewhere (India alone accepts most of them).
 *
 * <p>A cheap possessive pattern picks digit runs of at least seven digits first, and libphonenumber
 * only looks at a small window around each: libphonenumber over a whole text costs far more. Before
 * each libphonenumber run over a plain window (no '+', no '#', no extension label), {@link
 * PhoneValidityGate} works out the digit strings libphonenumber would try and skips the run when none
 * of them can be a number of the region: card and account numbers cost libphonenumber the most. A
 * plain candidate with quiet margins that is a valid number of the default region skips the
 * library's matcher ({@link PhoneValidityGate#wholeCandidateMatch}): the same finding, cheaper.
 *
 * <p>Confidence: international form 0.95, formatted national 0.85, bare digits 0.7; other regions'
 * national forms 0.75 formatted, 0.65 bare, 0.6 when only the cue admits them. A number with a
 * country code that has a possible length but is not assigned (fictional ranges) 0.8; a local number
 * without area code after a cue ({@code my number is 555-0142}) 0.55.
 */
public final class PhoneNumberDetector implements Detector {

    static final String NAME = "phone-number";

    /** Regions whose national formats are read even when they are not the default region. */
    static final List<String> NATIONAL_REGIONS = List.of("US", "GB", "DE", "FR", "IN", "ES", "NL", "IT", "PT",
            "BR", "PL", "SE", "NO", "DK", "FI", "GR", "CZ", "SK", "RO", "HU", "TR", "AT", "CH", "BE", "IE", "AU", "MX", "SG");

    /**
     * Regions whose numbers are written with the area code and its trunk prefix in brackets
     * ({@code (01) 630 1991}, {@code (02) 9374 4000}, {@code (030) 1234 5678}): so written, and valid
     * in the plan, a number needs no cue.
     */
    private static final List<String> BRACKETED_TRUNK_REGIONS = List.of("GB", "IE", "AU", "DE", "NL", "FR", "UA");

    /**
     * Regions that write the trunk prefix apart, before a bracketed area code, by that prefix: Turkey's
     * {@code 0 (312) 418 22 75} or {@code 0(850)2224567}, Russia's {@code 8 (921) 348-52-16}.
     */
    private static final Map<String, List<String>> SEPARATE_TRUNK_REGIONS = Map.of("0 (", List.of("TR"),
            "0(", List.of("TR"), "8 (", List.of("RU"));
    /** The one prefix of {@link #SEPARATE_TRUNK_REGIONS} two chars long, read where no three-char one stands. */
    private static final String GLUED_TRUNK_ZERO = "0(";


    /**
     * Regions whose national numbers are read after a cue only when no region of {@link
     * #NATIONAL_REGIONS} reads the number, and only written as {@link #writtenAsElsewhere} says:
     * with the region's trunk prefix where it has one ({@code (044) 235-71-18}, {@code 8 800 20 020},
     * {@code 01 430 22 15}), in groups where it has none ({@code 5341 2278}, {@code 662 4418}).
     */
    static final List<String> OTHER_REGIONS = List.of("EE", "LV", "LT", "SI", "HR", "RS", "BA", "ME", "MK", "AL",
            "BG", "UA", "RU", "IS", "LU", "MT", "CY", "IL", "AE", "SA", "QA", "KW", "EG", "MA", "ZA", "NG", "KE", "GH",
            "CN", "HK", "TW", "KR", "JP", "VN", "TH", "ID", "MY", "PH", "NZ", "AR", "CL", "CO", "PE", "LB", "JO", "PK",
            "UY", "CR", "GT", "PA", "DO", "EC", "BO", "PY", "SV", "HN", "BH", "OM", "TN", "DZ", "SN", "CI", "CM",
            "LK", "BD");

    /** Regions whose national numbers are read without a cue when they start with the trunk prefix 0. */
    static final List<String> TRUNK_ZERO_REGIONS = List.of("GB", "DE", "FR", "NL", "IN");

    private static final int MIN_DIGITS = 7;
    /** Fewest digits of a sender's number without its '+' (a country code and a national number). */
    private static final int MIN_SENDER_DIGITS = 10;
    /** A number in a shape only its region writes ({@link #ownShapeRegion}): as sure as a trunk prefix. */
    private static final double OWN_SHAPE = 0.75;
    /**
     * Digits a national number read by its trunk prefix alone, without a cue, must have: every GB,
     * FR, NL and IN number has ten or more with its 0, and so have nearly all German ones; shorter
     * zero-led runs ({@code 0412-2291}, {@code 0421877}, a postcode {@code 05435-000}) are member,
     * badge and account numbers as often, and a cue still admits a short German number.
     */
    private static final int MIN_TRUNK_ZERO_DIGITS = 10;
    /** E.164 numbers have at most 15 digits; a longer bare run is an identifier. */
    private static final int MAX_E164_DIGITS = 15;
    private static final int MAX_CANDIDATE = 40;
    /** Fewest digits before a spaced slash for it to list two numbers rather than set off an area code. */
    private static final int MIN_LISTED_DIGITS = 7;
    // Chars of context libphonenumber needs around a candidate: a letter right before or after
    // rejects it, a following ":30" marks a time.
    private static final int MARGIN_BEFORE = 2;
    private static final int MARGIN_AFTER = 6;

    /**
     * Where libphonenumber's view of the candidate at {@code start} begins: a bracket around it is left
     * out.
     */
    private static int windowStart(String text, int start) {
        if (start > 0 && text.charAt(start - 1) == '(' || start >= 3 && text.charAt(start - 1) == ' '
                && Chars.isAsciiDigit(text.charAt(start - 2))
                && (numberedWordBefore(text, start - 2) || minutesEndAt(text, start - 1))
                || start >= 2 && outsideLineAt(text, start - 2)) {
            // (Nor the digit a phone's key or a statement's line is numbered with, nor a time's minutes:
            // "phone1 678-555-0104", "Line 1 (212) 555-0143" and "09:11 512-555-0167" are no "1 678 ...",
            // and a match that started there would be dropped as read into a code, "1Z 999 AA1 01 ...";
            // nor a PBX's outside line, "9-1-903-555-0128".)
            return start;
        }
        return Math.max(0, start - MARGIN_BEFORE);
    }

    // A '+' may follow capitals directly: booking records glue a line's city to it ("LON+351962441087-M").
    // A Han, kana or Hangul letter may stand right before a number: those scripts glue particles to
    // it ("電話番号は06-6341-2290です"); so may a Hebrew one, as Hebrew glues its prepositions ("ל03-6140922",
    // to 03-...).
    // A candidate ends at two blanks in a row: they part the columns of a fixed-width report, and no number
    // is written with them. (Read on past them, a report of a hundred kilobytes was one candidate, cut
    // and searched again from each column: quadratic.)
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}_+(&&[^" + Chars.GLUING_SCRIPTS + "\\p{IsHebrew}]])|(?<=\\p{Lu})(?=\\+\\d))"
                    + "\\(?+[+(]{0,2}+\\d(?:[\\d\\u00A0\\-\\u2010-\\u2015./()]| (?! ))*+");
    // Most of a text is letters: try CANDIDATE only where its first char can stand, and not right after
    // an ASCII char its look-behind rejects (other chars are left to the pattern).
    private static final StartSearch CANDIDATE_START = new StartSearch("+(0123456789", (text, i) -> {
        char c = text.charAt(i);
        if (c != '+' && c != '(' && !Chars.isAsciiDigit(c)) {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        if (c == '+' && before >= 'A' && before <= 'Z') {
            return true;
        }
        return before >= 128 || !(Character.isLetterOrDigit(before) || before == '_' || before == '+' || before == '(');
    });
    private static final Pattern DATE_LIKE = Pattern.compile(
            // (A year has two digits or four, and four never start with 0: "06-30-123-4098" is a Hungarian
            // mobile, "0473.12.45.89" a Belgian one, not dates.)
            "\\(?(?:[1-9]\\d{3}([-./])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([-./])\\d{1,2}\\2(?:\\d\\d){1,2}"
            // A range of days: "covers 04/29-05/28", "Zeitraum 01.–15.11.2024"; of months: "statements
            // 04/2024-03/2025", "(06.2025–12.2025)".
            + "|\\d{1,2}\\.? ?[-\\u2013] ?\\d{1,2}\\.\\d{1,2}\\.(?:19|20)?\\d\\d"
            + "|\\d{1,2}/\\d{1,2} ?[-\\u2013] ?\\d{1,2}/\\d{1,2}|\\d{1,2}([./])(?:19|20)\\d\\d ?[-\\u2013] ?\\d{1,2}\\3(?:19|20)\\d\\d)(?!\\d).*");

    /**
     * A count or an amount with dots for thousands, as German, Dutch, Spanish and Portuguese write it
     * ({@code 1.204.883 Minuten}, {@code 12.345.678}): one or two digits, then groups of three. No plan
     * writes a phone number so.
     */
    /** An IPv4 network with its prefix length, as an SPF record or a firewall rule writes it: "203.0.113.0/24". */
    private static final Pattern IPV4_NETWORK = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}/\\d{1,2}");
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,2}(?:\\.\\d{3}){2,}");

    /** A Czech or Slovak birth number ({@code 681127/2391}, {@code 555211/979}): no plan writes a phone so. */
    private static final Pattern BIRTH_NUMBER = Pattern.compile("\\d{6}/\\d{3,4}");

    /**
     * A Nordic personal identity number: Swedish {@code 920728-6624} (YYMMDD-NNNN), Danish
     * {@code 081102-4460} and Finnish {@code 090566-0891} (DDMMYY-NNNN), six digits of a date, a dash
     * and four; or Norway's eleven-digit fødselsnummer ({@code 15048812345}: DDMMYY and five, its two
     * mod-11 check digits right). No plan writes a phone so.
     */
    static boolean nordicPersonalNumber(String text, int start, int end) {
        if (end - start == 11 && text.charAt(start + 6) == '-' && Chars.onlyDigits(text, start, start + 6)
                && Chars.onlyDigits(text, start + 7, end)) {
            int a = twoDigits(text, start);
            int b = twoDigits(text, start + 2);
            int c = twoDigits(text, start + 4);
            return isDayMonth(c, b) || isDayMonth(a, b); // YYMMDD or DDMMYY
        }
        if (end - start == 11 && Chars.onlyDigits(text, start, end)
                && isDayMonth(twoDigits(text, start) % 40, twoDigits(text, start + 2) % 40)) {
            // A D-number adds 40 to the day, an H-number 40 to the month. One Korean mobile written bare
            // in 121 passes the checks too ("01073825519": the 1st of July 1938): not in a Korean text. So
            // does one North American number in 121 written with its country code and no separator when its
            // area code reads as a month ("13125550147": the 13th of December 1955): not outside a
            // Scandinavian text.
            return fodselsnummerChecks(text, start)
                    && !(text.startsWith("010", start) && TextLanguage.regions(text).contains("KR"))
                    && !(nanpWithCountryCode(text, start) && !TextLanguage.regions(text).contains("NO"));
        }
        return false;
    }

    /** How far before a number "NHS" is looked for by {@link #nhsNumber}. */
    private static final int NHS_WINDOW = 400;
    private static final int NHS_DIGITS = 10;
    private static final int NHS_WRITTEN = "943 476 5919".length();

    /**
     * An NHS number as the NHS writes it ({@code 943 476 5919}: ten digits in threes and a four, the last
     * a mod-11 check of the nine before) in a text that names the NHS before it ("your NHS number?
     * Patient: 701 876 8187", "NHS numbers on today's list: 445 866 6908, ..."). Written as a North
     * American number is, it is none: a US number passes the check one time in eleven, and a text about
     * the NHS seldom holds one written so. (A phone field of an HL7 record whose patient id the NHS
     * assigned is written bare: "...^^^NHS^NH||...||2125550148".)
     */
    static boolean nhsNumber(String text, int start, int end) {
        if (end - start != NHS_WRITTEN || text.charAt(start + 3) != ' ' || text.charAt(start + 7) != ' '
                || Chars.countDigits(text, start, end) != NHS_DIGITS) {
            return false;
        }
        int nhs = text.lastIndexOf("NHS", start);
        if (nhs < 0 || start - nhs > NHS_WINDOW) {
            return false;
        }
        int sum = 0;
        int weight = NHS_DIGITS;
        int check = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Chars.isAsciiDigit(c)) {
                continue; // the two blanks
            } else if (weight > 1) {
                sum += weight-- * (c - '0');
            } else {
                check = c - '0';
            }
        }
        int expected = (11 - sum % 11) % 11;
        return expected != 10 && expected == check;
    }

    private static int twoDigits(String text, int at) {
        return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
    }

    private static boolean isDayMonth(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    private static final int[] FNR_WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] FNR_WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    /** Eleven digits read as 1, a North American area code and a local number ({@code 13125550147}). */
    private static boolean nanpWithCountryCode(String text, int start) {
        return text.charAt(start) == '1' && text.charAt(start + 1) >= '2' && text.charAt(start + 4) >= '2';
    }

    /** Both mod-11 check digits of a Norwegian fødselsnummer at {@code start}. */
    private static boolean fodselsnummerChecks(String text, int start) {
        int sum = 0;
        for (int i = 0; i < FNR_WEIGHTS_1.length; i++) {
            sum += FNR_WEIGHTS_1[i] * (text.charAt(start + i) - '0');
        }
        int k1 = (11 - sum % 11) % 11;
        if (k1 == 10 || k1 != text.charAt(start + 9) - '0') {
            return false;
        }
        sum = 0;
        for (int i = 0; i < FNR_WEIGHTS_2.length; i++) {
            sum += FNR_WEIGHTS_2[i] * (text.charAt(start + i) - '0');
        }
        int k2 = (11 - sum % 11) % 11;
        return k2 != 10 && k2 == text.charAt(start + 10) - '0';
    }

    /** A Brazilian postcode, the CEP ({@code 01426-001}): five digits, a dash, three. No plan writes a phone so. */
    private static final Pattern CEP = Pattern.compile("\\d{5}-\\d{3}");
    /** A year, a slash and a serial: a case's, claim's or order's number ("2025/004871"). */
    private static final Pattern YEAR_SLASH = Pattern.compile("(?:19|20)\\d{2}/\\d{4,}");
    /**
     * A Czech or Slovak account in its national form, a prefix, the number and the bank's four-digit
     * code after a slash ({@code 2536479565/0800}, {@code 19-2000145399/0800}); not an area code and a
     * subscriber's number ("0221/4711"), which start with the trunk's 0.
     */
    private static final Pattern CZECH_ACCOUNT = Pattern.compile("(?:\\d{1,6}-)?[1-9]\\d{5,9}/\\d{4}");
    /** A Latvian personal code as it is written, birth date and serial: {@code 170792-12604}. */
    private static final Pattern LATVIAN_PERSONAL_CODE = Pattern.compile("[0-3]\\d[01]\\d{3}-\\d{5}");
    /** A Norwegian bank account as it is written, 4.2.5: {@code 1207.44.18862}. */
    private static final Pattern NORWEGIAN_ACCOUNT = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{5}");
    /**
     * A case's or claim's number led by its year and a dash, of more digits than a number of eight:
     * {@code 2025-0311-21}, {@code 2025-118873}.
     */
    private static final Pattern YEAR_LED_CASE = Pattern.compile("(?:19[5-9]\\d|20[0-4]\\d)-\\d{2,}(?:-\\d+)*");
    /** A Malaysian identity card number (MyKad): birth date, place of birth, serial. */
    private static final Pattern MYKAD = Pattern.compile("\\d{6}-\\d{2}-\\d{4}");

    /**
     * A national number as Russia and Kazakhstan write it, after their trunk prefix 8: an area or
     * network code of three to five digits, in brackets or not, then groups that end in two pairs
     * ({@code 8 (702) 915-44-08}, {@code 8 (7172) 27-94-16}, {@code 8-702-611-09-44}).
     */
    private static final Pattern TRUNK_EIGHT = Pattern.compile("8[ -]?(?:\\(\\d{3,5}\\)|\\d{3,5})[ -]?\\d{1,3}(?:-\\d\\d){2}");

    /** A short number, a blank, then a whole number in brackets with separators inside: "1 (855-204-5020)". */
    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile("\\d{1,3} \\((\\d{3}[-. ]\\d{3}[-. ]\\d{4})\\)");

    // Five pairs of digits with one separator (01.99.00.12.89): the French way to write a number, not a date.
    private static final Pattern DIGIT_PAIRS = Pattern.compile("\\d\\d([-./ ])\\d\\d(?:\\1\\d\\d){3}");

    /** A Brazilian taxpayer number as it is written ({@code 123.456.789-09}); no plan writes a phone so. */
    /**
     * An airline ticket's number as written: the carrier's three-digit code, a dash, ten digits
     * ({@code 075-2412345671}); no numbering plan writes a phone number so.
     */
    private static final Pattern TICKET_NUMBER = Pattern.compile("\\d{3}-\\d{10}");
    private static final int TICKET_NUMBER_LENGTH = 14;
    /**
     * A US employer identification number as written, two digits, a dash, seven ({@code 12-3456789});
     * a plan that groups its numbers so writes them with the trunk 0 first ({@code 03-1234567}).
     */
    private static final Pattern EIN = Pattern.compile("[1-9]\\d-\\d{7}");
    private static final int EIN_LENGTH = 10;
    /**
     * A Korean business registration number as written, three digits, two and five ({@code
     * 214-86-51207}); no plan writes a phone number so.
     */
    private static final Pattern KOREAN_BUSINESS_NUMBER = Pattern.compile("\\d{3}-\\d{2}-\\d{5}");
    private static final int KOREAN_BUSINESS_NUMBER_LENGTH = 12;
    /**
     * Four digits, a dash, six, no trunk 0 first ({@code 4418-220197}, a rental agreement's number):
     * a plan that splits a ten-digit number so writes it with its trunk 0 ({@code 0912-345678}).
     */
    private static final Pattern FOUR_SIX = Pattern.compile("[1-9]\\d{3}-\\d{6}");
    private static final int FOUR_SIX_LENGTH = 11;
    /**
     * Four digits, four and two, split by dashes ({@code 0173-0682-20}): a drug's NDC code, a
     * licence's or a call's number. No plan writes a phone number so, whatever a cue says; in blanks
     * it may be one ({@code 1900 5459 88}).
     */
    private static final Pattern FOUR_FOUR_TWO = Pattern.compile("\\d{4}-\\d{4}-\\d{2}");
    private static final int FOUR_FOUR_TWO_LENGTH = 12;
    /**
     * Six digits or more, then shorter groups split by dashes ({@code 0284110-10-009}, a health plan's
     * group number): a plan writes its short area code first, not last.
     */
    private static final Pattern LONG_FIRST_GROUP = Pattern.compile("\\d{6,}(?:-\\d{1,3}){2,}");
    private static final Pattern CPF = Pattern.compile("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");
    private static final int CPF_LENGTH = 14;

    /** Currency words and signs that follow an amount ({@code 12 480 Ft}, {@code 1 299 kr}). */
    private static final List<String> CURRENCIES_AFTER = List.of("ft", "huf", "k\u010d", "czk", "z\u0142", "pln",
            "kr", "sek", "nok", "dkk", "eur", "\u20ac", "lei", "ron", "tl", "usd", "$", "\u00a3", "rub", "\u20bd",
            "uah", "\u20b4", "chf", "rs", "inr", "\u20b9");

    private static final Pattern EXTENSION = Pattern.compile(
            // (RFC 3966's ";ext=214" too; and libphonenumber's tilde, "555-0107. ~2,300 reminders", no extension here)
            "[ ,;.]*(?:ext\\.?|extn\\.?|extension|x|#|durchwahl|poste|app\\.?|int\\.?|~|\uff5e)[ .:=]*\\d*$",
            Pattern.CASE_INSENSITIVE);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;
    /** Per region, where it can say so: whether a window's digit strings can hold a number. */
    private final Map<String, PhoneValidityGate> gates = new HashMap<>();
    /** The default region, then {@link #NATIONAL_REGIONS} and {@link #OTHER_REGIONS}: the order {@link #addRegionsOf} tries. */
    private final List<String> regionsInOrder;

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
        regions.addAll(BRACKETED_TRUNK_REGIONS);
        regions.addAll(OTHER_REGIONS);
        regions.add(region);
        Set<String> inOrder = new LinkedHashSet<>();
        if (!region.equals("ZZ")) {
            inOrder.add(region);
        }
        inOrder.addAll(NATIONAL_REGIONS);
        inOrder.addAll(OTHER_REGIONS);
        this.regionsInOrder = List.copyOf(inOrder);
        for (String each : regions) {
            PhoneValidityGate gate = PhoneValidityGate.of(util, metadata, each);
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
        return detect(text, List::of, false);
    }

    /**
     * {@link #detect(String)}, with the plans of {@code saidIn} read as the default region's is: a
     * number said in words in a text of those countries' language needs no cue ("el de la empresa
     * es el nueve cuatro cuatro cero uno cinco siete tres nueve"). For the rewrites of spoken runs
     * ({@link TextClassifier}): words said are no identifier's written shape.
     */
    List<Detection> detect(String text, Supplier<List<String>> saidIn) {
        return detect(text, saidIn, true);
    }

    private List<Detection> detect(String text, Supplier<List<String>> saidIn, boolean spoken) {
        List<Detection> found = new ArrayList<>();
        List<int[]> unread = new ArrayList<>();
        List<int[]> bareUnread = new ArrayList<>();
        Matcher candidates = CANDIDATE.matcher(text);
        int from = 0;
        while (CANDIDATE_START.find(candidates, text, from)) {
            int start = afterDecimal(text, afterMinutes(text, listNumberEnd(text, candidates.start(), candidates.end()),
                    candidates.end()), candidates.end());
            if (outsideLineAt(text, candidates.start())) {
                start = candidates.start() + 2; // "dial out -> 9-1-903-555-0128": a PBX's digit for an outside line
            }
            int end = candidates.end();
            from = StartSearch.next(candidates);
            int opening = openingAtEnd(text, start, end);
            if (opening > start) {
                from = opening; // "failed=1 (+14785550199, ...)": the bracket that ends one candidate opens the next
            }
            int item = nextListItem(text, start, end);
            if (item > 0) {
                end = item; // "2) +91 80 4123 4567 3) 1800 425 1234": the next item is read on its own
                from = item;
            }
            // "7701442918 HUGHES, DARNELL   94  2186.40  602-555-0129": the candidate ended at two blanks, a
            // column's end; the next column is read on its own (CANDIDATE).
            boolean columnEnds = end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) == ' ';
            int spacedSlash = spacedSlashWithin(text, start, end);
            if (spacedSlash > start && spacedSlash + 3 < end && Chars.isAsciiDigit(text.charAt(spacedSlash - 1))
                    && (digitsBeforeSlash(text, start, spacedSlash) >= MIN_LISTED_DIGITS || listedAfterSlash(text, start)
                            || (spacedSlashWithin(text, spacedSlash + 3, end) > 0
                                    && (start == 0 || text.charAt(start - 1) == ' ')))) {
                // "0998 765 4321 / 0917 555 0188": a slash set off by blanks after a whole number lists
                // the next, which is read on its own (after an area code it is the area code's:
                // "030 / 2847 1190"); so do two such slashes, and one after a list's item ("ZIP 78229 /
                // 78230 / 78240").
                end = spacedSlash;
                from = spacedSlash + 3;
            }
            while (end > start && !Chars.isAsciiDigit(text.charAt(end - 1))) {
                end--;
            }
            if (end <= start || maskedDigitsAfter(text, end) && !wholeInternationalBeforeQuestion(text, start, end)
                    || truncatedNanp(text, start, end)
                    || isVersion(text, start, end) || inArn(text, start)
                    || hl7OtherField(text, start, end) || hourBeforeMinutes(text, start, end)
                    // After a digit and a colon: a port ("10.244.0.169:34353 - 38921") or a time's minutes.
                    || (start > 1 && text.charAt(start - 1) == ':' && Chars.isAsciiDigit(text.charAt(start - 2)))
                    || (start > 0 && text.charAt(start - 1) == '\u3012') // 〒530-0001: a Japanese postcode
                    || kernelTime(text, start, end)) {
                continue;
            }
            // (libphonenumber must not read on into the next item or column either.)
            int limit = item > 0 || columnEnds ? end + 1 : text.length();
            int firstRunEnd = Chars.digitRunEnd(text, start);
            Matcher bracketed = firstRunEnd - start <= 3 && text.startsWith(" (", firstRunEnd)
                    ? NUMBER_IN_BRACKETS.matcher(text).region(start, Math.min(text.length(), end + 1)) : null;
            if (bracketed != null && bracketed.matches()) {
                // "the number on page 1 (855-204-5020)": a page's or an item's number, then the phone in
                // brackets, written whole with its separators (a bracketed area code has none inside).
                start = bracketed.start(1);
                end = bracketed.end(1);
                limit = end + 1;
            }
            int aside = bracketAfterBlank(text, start, end);
            if (aside >= 0) {
                // "1800 419 2580 (9am–9pm)", "(212) 555-0147 (24/7)": hours or a note in brackets after
                // the number are not part of it, and libphonenumber must not see them either.
                end = aside;
                while (end > start && !Chars.isAsciiDigit(text.charAt(end - 1))) {
                    end--;
                }
                limit = end + 1;
            }
            // "TO 866 555 0194  10/09/2025 14:22", "ani 866 555 0194 10:30": a date or a time after the
            // number is not its last group, and libphonenumber must not see it either.
            for (int stamp = dateOrTimeAfterBlank(text, start, end); stamp > start; stamp = dateOrTimeAfterBlank(text, start, end)) {
                end = stamp;
                while (end > start && !Chars.isAsciiDigit(text.charAt(end - 1))) {
                    end--;
                }
                limit = end + 1;
            }
            int count = countAfterBlank(text, start, end);
            if (count > start && text.charAt(start) != '+') { // (Luxembourg's "+352 4379 1" ends in one digit)
                // "dzwoniłam na 801 300 445 3 razy": one digit and a word after a whole number of a main plan or
                // the text's language count something (three times); no plan writes a last group of one digit.
                String before = Chars.digitsOf(text, start, count);
                if (Stream.concat(NATIONAL_REGIONS.stream(), TextLanguage.regions(text).stream()).anyMatch(region -> isValid(before, region))) {
                    end = count;
                    limit = end + 1;
                }
            } else if (count > start && !isValid("+" + Chars.digitsOf(text, start, end), "ZZ")
                    && isValid("+" + Chars.digitsOf(text, start, count), "ZZ")) {
                end = count; // "llamé al +54 9 261 455-7812 3 veces": valid without the count, not with it
                limit = end + 1;
            }
            if (end > start && text.charAt(start) == '(' && unclosedBrackets(text, start, end) > 0) {
                start++; // "(186 2100 7742)", "(+1 (617) 555-0120)": a bracket around the number
            }
            int firstGroupEnd = Chars.digitRunEnd(text, start);
            if (isPartOfIdentifier(text, start) && firstGroupEnd + 1 < end && text.charAt(firstGroupEnd) == ' '
                    && (text.charAt(firstGroupEnd + 1) == '(' || text.charAt(firstGroupEnd + 1) == '+')) {
                // "PID-13 (773)555-0161": the identifier's digits end at the blank; the number is after it.
                start = firstGroupEnd + 1;
            }
            int field = nextFieldAfterBlank(text, start, end);
            if (field > start) {
                // "1) Becker 05121 2098814 2) Demir ...", "... / 085 772 0914 / 4 Barrack Street": the next list
                // item's number, or the next field after a spaced slash, is no group of the number.
                end = field;
                limit = end + 1;
            } else if (houseNumberFieldAfter(text, end)) {
                limit = Math.min(limit, end + 1);
            }
            int quantity = quantityAfterBlank(text, start, end);
            if (quantity > start) {
                // "call 303-555-0198 48h ahead": a quantity with its unit after the number is no group of it.
                end = quantity;
                limit = end + 1;
            }
            boolean gdsPhone = gdsPhone(text, start, end);
            if (gdsPhone) {
                limit = end + 1; // (libphonenumber would read the type's letter as a keypad's digit)
            }
            if (text.charAt(start) != '+' && continuesAsIdentifier(text, end) && !gdsPhone) {
                // "mob 07700 900845. 2-man team": the code after a sentence's end is not the number's,
                // and libphonenumber must not see it either.
                end = sentenceEndWithin(text, start, end);
                limit = end + 1;
            }
            int sentenceEnd = sentenceEndBeforeShortTail(text, start, end);
            if (sentenceEnd > start) {
                // "Verification code: 664-102. 2 of 2", "from +7 912 345-67-89. 0.8 BTC sent": one or
                // two digits, or a decimal number, after a sentence's end start the next sentence, not
                // the number's last group.
                end = sentenceEnd;
                limit = end + 1;
            }
            if (end - start > MAX_CANDIDATE || Chars.countDigits(text, start, end) < MIN_DIGITS
                    || oneDigitRepeated(text, start, end) || isPartOfIdentifier(text, start) || afterUpsShipperCode(text, start)
                    || (text.charAt(start) != '+' && continuesAsIdentifier(text, end) && !gdsPhone)
                    || IpAddressDetector.inProductHeader(text, start)
                    || (end - start == CPF_LENGTH && CPF.matcher(text.subSequence(start, end)).matches())
                    || (end - start == TICKET_NUMBER_LENGTH && TICKET_NUMBER.matcher(text.subSequence(start, end)).matches())
                    || (end - start == EIN_LENGTH && EIN.matcher(text.subSequence(start, end)).matches())
                    || (end - start == FOUR_SIX_LENGTH && FOUR_SIX.matcher(text.subSequence(start, end)).matches())
                    || (end - start == KOREAN_BUSINESS_NUMBER_LENGTH
                            && KOREAN_BUSINESS_NUMBER.matcher(text.subSequence(start, end)).matches())
                    || (end - start == FOUR_FOUR_TWO_LENGTH && FOUR_FOUR_TWO.matcher(text.subSequence(start, end)).matches())
                    || LONG_FIRST_GROUP.matcher(text.subSequence(start, end)).matches()
                    || amountBefore(text, end)
                    || DOTTED_THOUSANDS.matcher(text.subSequence(start, end)).matches()
                    || IPV4_NETWORK.matcher(text.subSequence(start, end)).matches()
                    || BIRTH_NUMBER.matcher(text.subSequence(start, end)).matches() || nordicPersonalNumber(text, start, end)
                    || nhsNumber(text, start, end)
                    || CEP.matcher(text.subSequence(start, end)).matches()
                    || MYKAD.matcher(text.subSequence(start, end)).matches()
                    || YEAR_SLASH.matcher(text.subSequence(start, end)).matches() || yearRange(text, start, end)
                    || medicareNumber(text, start, end) || holdsADatedGroup(text, start, end)
                    || CZECH_ACCOUNT.matcher(text.subSequence(start, end)).matches()
                    || NORWEGIAN_ACCOUNT.matcher(text.subSequence(start, end)).matches()
                    || LATVIAN_PERSONAL_CODE.matcher(text.subSequence(start, end)).matches()
                    || (Chars.countDigits(text, start, end) > 8
                            && YEAR_LED_CASE.matcher(text.subSequence(start, end)).matches())
                    || afterAccountPrefix(text, start) || postalItemId(text, start, end)
                    || (Chars.onlyDigits(text, start, end) && end - start > MAX_E164_DIGITS)
                    || longBareNational(text, start, end)
                    || dotsAndDashes(text, start, end) || slashBeforeZero(text, start, end)
                    || endsInDecimalFraction(text, start, end) || longRunBeforeOneDot(text, start, end)
                    || afterHttpRequest(text, start) || rangeOfCodes(text, start, end)
                    || (DATE_LIKE.matcher(text.subSequence(start, end)).matches()
                            && !DIGIT_PAIRS.matcher(text.subSequence(start, end)).matches())) {
                continue;
            }
            int before = found.size();
            inspect(text, start, end, limit, saidIn, spoken, found);
            int houseNumber = houseNumberAfterBlank(text, start, end);
            if (houseNumber > start && !readsFromStart(found, before, start)) {
                // "(604) 555-0112 3377 Kingsway": a street line's house number after the number, which
                // libphonenumber reads as its last group (and then finds the number not valid, or only
                // its local part); the number is read without it.
                List<Detection> partial = new ArrayList<>(found.subList(before, found.size()));
                found.subList(before, found.size()).clear();
                inspect(text, start, houseNumber, houseNumber + 1, saidIn, spoken, found);
                if (found.size() == before) {
                    found.addAll(partial);
                }
            }
            for (int k = found.size() - 1; k >= before; k--) {
                int at = found.get(k).start();
                if ((at < start && Chars.wordCharAt(text, at - 1)) || afterSlashedDigits(text, at)) {
                    // "1Z 999 AA1 01 2345 6784": libphonenumber read on into the margin before the
                    // candidate, to a digit glued to a code's letters; "10.0.0.0/8 172.16.0.0/12": or
                    // from a network's prefix length on.
                    found.remove(k);
                }
            }
            int afterDash = found.size() == before ? afterShortNumberAndDash(text, start, end) : -1;
            if (afterDash > 0) {
                // "lot 61 - 06 72 14 38 55": a lot's or a flat's number, then the phone after a spaced dash.
                inspect(text, afterDash, end, limit, saidIn, spoken, found);
            }
            // "8 (702) 915-44-08": Russia's and Kazakhstan's trunk prefix before an area code, which
            // the default region's plan reads without it ("(702) 915-44-08", Las Vegas): read again whole.
            boolean trunkEight = found.size() > before && !readsFromStart(found, before, start)
                    && TRUNK_EIGHT.matcher(text.subSequence(start, end)).matches();
            if ((found.size() == before || trunkEight) && (groupedNationalLength(text, start, end)
                    || bareNationalLength(text, start, end) || bareKeyedLength(text, start, end) || trunkEight
                    // (Said in words, the eight digits of the Gulf's and Singapore's mobiles: "double nine seven six
                    // zero one eight three kuwait".)
                    || spoken && Chars.onlyDigits(text, start, end) && end - start == MIN_BARE_KEYED)) {
                unread.add(new int[] {start, end, limit});
            }
            if (found.size() == before && Chars.onlyDigits(text, start, end)
                    && end - start >= MIN_SENDER_DIGITS && text.indexOf('@') >= 0) {
                bareUnread.add(new int[] {start, end});
            }
            if (found.size() == before && Chars.onlyDigits(text, start, end) && start > 0 && text.charAt(start - 1) == '/'
                    && afterChannelTechnology(text, start - 1)) {
                // "SIP/trunk-btcl/8801819642055": a trunk's dial string holds the number as E.164 without its '+'.
                PhoneNumber number = withoutPlus(text, start, end);
                if (number != null && util.isValidNumber(number)) {
                    found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, INTERNATIONAL_WITHOUT_PLUS, NAME));
                }
            }
        }
        if (!unread.isEmpty()) {
            addInTextRegions(text, unread, spoken, found);
        }
        if (!unread.isEmpty() && !found.isEmpty()) {
            addNationalFormsOfFound(text, unread, found);
        }
        if (!bareUnread.isEmpty()) {
            addInternationalOfMailDomains(text, bareUnread, found);
        }
        if (text.indexOf('%') >= 0) {
            addFormEncoded(text, found);
        }
        if (mayHoldVanityNumber(text)) {
            addVanityNumbers(text, found);
        }
        if (text.indexOf("13 ") >= 0) {
            addAustralianShortNumbers(text, found);
        }
        if (text.indexOf("CTC") >= 0) {
            addBookingContacts(text, found);
        }
        if (text.indexOf("wa.me/") >= 0 || text.indexOf("send?phone=") >= 0) {
            addWhatsAppLinks(text, found);
        }
        if (text.indexOf('@') >= 0) {
            addUpiHandles(text, found);
        }
        // A reading cut inside a group of digits is no number: "0220 3851 766 / 091" of "0220 3851 766 /
        // 0912 660 483", which the German plan, whose numbers may have a slash, reads on past the slash.
        found.removeIf(d -> d.end() < text.length() && Chars.isAsciiDigit(text.charAt(d.end()))
                && Chars.isAsciiDigit(text.charAt(d.end() - 1)));
        // Nor is one whose last group is a decimal's one digit: "BAN 771204556 0.81" is an account and a score.
        found.removeIf(d -> d.end() + 1 < text.length() && text.charAt(d.end()) == '.' && Chars.isAsciiDigit(text.charAt(d.end() + 1))
                && d.end() >= 2 && !Chars.isAsciiDigit(text.charAt(d.end() - 2)) && Chars.isAsciiDigit(text.charAt(d.end() - 1)));
        found.removeIf(d -> CALLED_INCOMPLETE.matcher(text).region(d.end(), text.length()).lookingAt());
        if (!spoken && text.indexOf('\n') > 0) {
            addSplitOverTurns(text, found);
        }
        if (!spoken && !found.isEmpty()) {
            dropBareReadsOfAnotherLanguagesText(text, found);
        }
        return found;
    }

    /**
     * Regions whose languages many of a default region's own callers speak: Spanish (read as Mexico's and
     * its neighbours') and Haitian Creole in the United States, where a bare number in a Spanish text is
     * as likely a caller's own as in an English one.
     */
    private static final Map<String, List<String>> SECOND_LANGUAGE_REGIONS = Map.of("US", List.of("MX", "HT"));

    /**
     * A bare run read in the default region's plan, in a text in another country's language that no plan
     * of that country reads ("Siparişiniz 3102257741 kargoya verildi", "Hallo, 3102257741 ..."), and no
     * phone's cue raises: an order's, a shipment's or a customer's number of that country, which happens
     * to be a valid number of the default region. Formatted, '+' or trunk-0 numbers are left: a caller
     * abroad writes their home number so.
     */
    private void dropBareReadsOfAnotherLanguagesText(String text, List<Detection> found) {
        List<String> languageRegions = null;
        for (int k = found.size() - 1; k >= 0; k--) {
            Detection d = found.get(k);
            if (!Chars.onlyDigits(text, d.start(), d.end()) || text.charAt(d.start()) == '0') {
                continue;
            }
            String digits = text.substring(d.start(), d.end());
            if (!isValid(digits, defaultRegion)) {
                continue;
            }
            if (languageRegions == null) {
                languageRegions = TextLanguage.regions(text, Math.max(0, d.start() - LANGUAGE_WINDOW),
                        Math.min(text.length(), d.end() + LANGUAGE_WINDOW));
            }
            if (languageRegions.isEmpty() || languageRegions.contains(defaultRegion)
                    || SECOND_LANGUAGE_REGIONS.getOrDefault(defaultRegion, List.of()).stream().anyMatch(languageRegions::contains)) {
                return;
            }
            if (languageRegions.stream().noneMatch(region -> isValid(digits, region))
                    && !ContextWords.raised(text, d.start(), EntityTypes.PHONE_NUMBER)) {
                found.remove(k);
            }
        }
    }

    /** A date written as one group, year first: 19xx or 20xx, a month and a day ("20250605"). */
    private static final Pattern COMPACT_DATE_GROUP = Pattern.compile("(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])");
    private static final int COMPACT_DATE_LENGTH = 8;

    /**
     * Whether one of several groups of {@code text[start, end)} is a date of eight digits, year first ("ACH file
     * 20250605-01", "Recording 0417-20260312-1125"), joined to another by a dash or another mark: a file's, a
     * batch's or a recording's name, dated; no plan groups a number so. (Apart by blanks, it is a record's next
     * field: "... TX 75023 9725550138 128317097 19790611".)
     */
    private static boolean holdsADatedGroup(String text, int start, int end) {
        int groupStart = Chars.nextDigit(text, start);
        while (groupStart >= 0 && groupStart < end) {
            int groupEnd = Chars.digitRunEnd(text, groupStart);
            boolean joinedByAMark = groupStart > start && !Character.isWhitespace(text.charAt(groupStart - 1))
                    || groupEnd < end && !Character.isWhitespace(text.charAt(groupEnd));
            if (groupEnd - groupStart == COMPACT_DATE_LENGTH && joinedByAMark
                    && COMPACT_DATE_GROUP.matcher(text.subSequence(groupStart, groupEnd)).matches()) {
                return true;
            }
            groupStart = Chars.nextDigit(text, groupEnd);
        }
        return false;
    }

    /**
     * Whether every digit of {@code text[start, end)} is the same ("666666666", "999-999-9999"): a placeholder
     * or a test value, as forms and exports fill a field; no plan gives a subscriber such a number.
     */
    static boolean oneDigitRepeated(String text, int start, int end) {
        char digit = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Chars.isAsciiDigit(c)) {
                if (digit != 0 && c != digit) {
                    return false;
                }
                digit = c;
            }
        }
        return true;
    }

    /** A UPS tracking number's "1Z", shipper account and service code, spaced as UPS prints them: "1Z 4W6 81E ". */
    private static final Pattern UPS_SHIPPER_CODE = Pattern.compile("(?<![A-Za-z0-9])1Z ?[0-9A-Z]{3} ?[0-9A-Z]{3} $");
    private static final int UPS_SHIPPER_CODE_LENGTH = "1Z 4W6 81E ".length();

    /**
     * Whether the digits at {@code start} are a UPS tracking number's package number ("1Z 4W6 81E 03 9284 7712"),
     * no phone: after the letters that open it.
     */
    static boolean afterUpsShipperCode(String text, int start) {
        return start >= UPS_SHIPPER_CODE_LENGTH - 2 && text.charAt(start - 1) == ' '
                && UPS_SHIPPER_CODE.matcher(text).region(Math.max(0, start - UPS_SHIPPER_CODE_LENGTH), start).find();
    }

    /** The confidence of a number a chat sent in two messages, in each of its parts. */
    private static final double SPLIT_OVER_TURNS = 0.8;
    /** Fewest and most digits of a number a chat sent in two messages, both parts together. */
    private static final int MIN_SPLIT_DIGITS = 9;
    private static final int MAX_SPLIT_DIGITS = 13;
    /** Longest speaker's tag that opens a chat message ("Customer:", "Kunde:"). */
    private static final int MAX_CHAT_TAG = 24;

    /**
     * A number sent in two chat messages, the first too soon ("Customer: number is 07865 210" then
     * "Customer: 437", "... sorry pressed enter too soon"): digits that end a message after a phone
     * cue and digits that open the same speaker's next message, valid as one number of the default
     * region or of a national plan, are that number's two parts, each labelled where it stands.
     */
    private void addSplitOverTurns(String text, List<Detection> found) {
        int lineEnd = text.indexOf('\n');
        while (lineEnd > 0 && lineEnd < text.length() - 1) {
            addSplitAt(text, lineEnd, found);
            lineEnd = text.indexOf('\n', lineEnd + 1);
        }
    }

    private void addSplitAt(String text, int lineEnd, List<Detection> found) {
        int firstEnd = lineEnd;
        while (firstEnd > 0 && (text.charAt(firstEnd - 1) == ' ' || text.charAt(firstEnd - 1) == '\r')) {
            firstEnd--;
        }
        // "my num is (281) 555-" then "0181": the dash the writer typed before sending is the first part's.
        boolean trailingDash = firstEnd > 1 && text.charAt(firstEnd - 1) == '-' && Chars.isAsciiDigit(text.charAt(firstEnd - 2));
        int firstStart = groupedDigitsStart(text, trailingDash ? firstEnd - 1 : firstEnd);
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        Matcher areaCodeAlone = BRACKETED_AREA_CODE_BEFORE.matcher(text).region(lineStart, firstEnd);
        boolean international = false;
        if (firstStart < 0 && areaCodeAlone.find()) {
            firstStart = areaCodeAlone.start(); // "the old phone number i had was (709)" then "555-0111"
            Matcher countryCode = COUNTRY_CODE_BEFORE.matcher(text).region(lineStart, firstStart);
            if (countryCode.find()) {
                firstStart = countryCode.start(); // "my phone number is +55 (11)" then "3045-2290"
                international = true;
            }
        }
        // "+971 50" then "227 8841": the first part may open with the international '+'.
        if (!international && firstStart > lineStart + 1 && text.charAt(firstStart - 1) == '+') {
            international = true;
            firstStart--;
        }
        if (firstStart > 0 && EXTENSION_BEFORE.matcher(text).region(lineStart, firstStart).find()) {
            return; // "1 (800) 555-0199 ext 4": an extension, not a number's first part
        }
        if (firstStart < 0 || firstStart <= lineStart || text.charAt(firstStart - 1) != ' ') {
            return;
        }
        Matcher areaCode = BRACKETED_AREA_CODE_BEFORE.matcher(text).region(lineStart, firstStart);
        if (!international && areaCode.find()) {
            firstStart = areaCode.start(); // "its (206) 555" then "0193": the area code in brackets is the first part's
        }
        // Or with the international prefix 00 ("Customer: 0044 7712" then "876 543"), read as the '+'.
        boolean doubleZero = !international && text.startsWith("00", firstStart) && firstStart + 2 < firstEnd
                && Chars.isAsciiDigit(text.charAt(firstStart + 2)) && text.charAt(firstStart + 2) != '0';
        international |= doubleZero;
        // Two messages of one speaker in a chat (a log's lines that end and start with digits are no chat),
        // perhaps with a message without digits between, the other's short answer ("Agent: Yes, go on") or the
        // speaker's own.
        int messageStart = messageStart(text, lineStart);
        String tag = chatTag(text, messageStart);
        if (tag.isEmpty()) {
            return;
        }
        int next = lineEnd + 1;
        String nextTag = chatTag(text, next);
        int nextEnd = lineEndAt(text, next + nextTag.length());
        int digitAfter = Chars.nextDigit(text, next + nextTag.length());
        boolean messageBetween = !nextTag.isEmpty() && (digitAfter < 0 || digitAfter >= nextEnd);
        if (messageBetween) {
            if (nextEnd >= text.length()) {
                return;
            }
            next = nextEnd + 1;
            nextTag = chatTag(text, next);
            nextEnd = lineEndAt(text, next + nextTag.length());
        }
        if (!sameSpeaker(tag, nextTag)) {
            return;
        }
        // The message's one group of digits, at its start or after a few words ("sorry pressed enter lol 160").
        int secondStart = Chars.nextDigit(text, next + nextTag.length());
        if (secondStart < 0 || secondStart >= nextEnd || secondStart - next > MAX_SPLIT_LEAD
                || Chars.wordCharAt(text, secondStart - 1)) {
            return;
        }
        int secondEnd = groupedDigitsEnd(text, secondStart, nextEnd);
        // The message goes on after the second part with words ("0144, I'm calling about ..."), perhaps after
        // the number's extension ("555 0191 ext 204"), but with no other digits.
        Matcher extension = EXTENSION_AFTER.matcher(text).region(secondEnd, nextEnd);
        int digitLater = Chars.nextDigit(text, extension.lookingAt() ? extension.end() : secondEnd);
        if (secondEnd < nextEnd && MESSAGE_END.indexOf(text.charAt(secondEnd)) < 0
                || digitLater >= 0 && digitLater < nextEnd) {
            return;
        }
        String firstDigits = Chars.digitsOf(text, firstStart, firstEnd).substring(doubleZero ? 2 : 0);
        String digits = firstDigits + Chars.digitsOf(text, secondStart, secondEnd);
        // The main plans, and those of the chat's language ("ito po number ko 0919 552" / "8804": the Philippines').
        List<String> regions = international ? List.of("ZZ")
                : Stream.concat(NATIONAL_REGIONS.stream(), TextLanguage.regions(text, lineStart, nextEnd).stream()).distinct().toList();
        String plus = international ? "+" : "";
        // Or in three messages, the second the digits alone: "Customer: my number 055" / "Customer: 301" /
        // "Customer: 7729", "o número é +55 21" / "9 8114" / "2290".
        int[] third = !validSplit(plus + digits, plus + firstDigits, regions) && onlyPunctuation(text, secondEnd, nextEnd)
                ? digitsMessageAfter(text, nextEnd, tag, false) : null;
        if (third != null) {
            digits += Chars.digitsOf(text, third[0], third[1]);
        }
        int lastLineEnd = third == null ? nextEnd : lineEndAt(text, third[1]);
        int start = firstStart;
        int end = third == null ? secondEnd : third[1];
        int partEnd = firstEnd;
        int secondPartStart = secondStart;
        int secondPartEnd = secondEnd;
        // Any part may have been read as a number of its own ("123 4567", a local number); any other
        // finding across them says they are no one number. A '+' is a phone's mark as a cue is.
        if (found.stream().anyMatch(d -> d.start() < end && start < d.end() && !isPart(d, start, partEnd)
                        && !isPart(d, secondPartStart, secondPartEnd) && !(third != null && isPart(d, third[0], third[1])))) {
            return;
        }
        if (!international && !ContextWords.raised(text, firstStart, EntityTypes.PHONE_NUMBER)
                && !cueInMessageAfter(text, lastLineEnd, tag) && !cueEndsMessageBefore(text, messageStart, tag)
                && !readBackAfter(text, lastLineEnd, digits)) {
            return;
        }
        if (validSplit(plus + digits, plus + firstDigits, regions)) {
            found.removeIf(d -> isPart(d, start, partEnd) || isPart(d, secondPartStart, secondPartEnd)
                    || third != null && isPart(d, third[0], third[1]));
            found.add(new Detection(EntityTypes.PHONE_NUMBER, firstStart, firstEnd, SPLIT_OVER_TURNS, NAME));
            found.add(new Detection(EntityTypes.PHONE_NUMBER, secondStart, secondEnd, SPLIT_OVER_TURNS, NAME));
            if (third != null) {
                found.add(new Detection(EntityTypes.PHONE_NUMBER, third[0], third[1], SPLIT_OVER_TURNS, NAME));
            }
        }
    }

    /**
     * Whether {@code digits} are one number valid in one of {@code regions} whose first part ({@code
     * firstDigits}) is none alone (a first message that holds a whole number is answered by the second:
     * "347 555 0165" ... "after 6").
     */
    private boolean validSplit(String digits, String firstDigits, List<String> regions) {
        int count = digits.length() - (digits.startsWith("+") ? 1 : 0);
        if (count < MIN_SPLIT_DIGITS || count > MAX_SPLIT_DIGITS) {
            return false;
        }
        for (String region : regions) {
            if (isValid(digits, region) && !isValid(firstDigits, region)) {
                return true;
            }
        }
        return false;
    }

    /** Most messages a card number is sent in. */
    private static final int MAX_CARD_PARTS = 4;

    /**
     * The parts of card numbers a chat sent in two to four messages ("Cliente: Número de tarjeta: 5134 1271" /
     * "Cliente: 5883 8903", "Cliente: 5513" / "Cliente: 8244" / "Cliente: 5044 9998"), each {@code {start,
     * end}}: digits that end a message after a card cue, and digits that make up each of the same speaker's
     * next messages, together a card number (Luhn and an issuer's range and length). Read here, where a
     * chat's speakers and messages are; {@link CreditCardDetector} reports the parts.
     */
    static List<int[]> cardSentInMessages(String text) {
        List<int[]> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEndAt(text, lineStart);
            int used = addCardFrom(text, lineStart, lineEnd, found);
            lineStart = (used > lineEnd ? used : lineEnd) + 1;
        }
        return found;
    }

    /** Reads a card number whose first part ends the message at {@code lineStart}; returns where reading went on to. */
    private static int addCardFrom(String text, int lineStart, int lineEnd, List<int[]> found) {
        int firstEnd = lineEnd;
        while (firstEnd > lineStart && " \r.,".indexOf(text.charAt(firstEnd - 1)) >= 0) {
            firstEnd--;
        }
        // (Most lines end otherwise: the speaker's tag is read only where digits end one.)
        int firstStart = firstEnd > lineStart ? groupedDigitsStart(text, firstEnd) : -1;
        if (firstStart < 0 || lineEnd >= text.length() - 1 || Chars.wordCharAt(text, firstStart - 1)
                || !Chars.isAsciiDigit(text.charAt(Math.min(text.length() - 1, lineEnd + 1 + chatTag(text, lineEnd + 1).length())))) {
            return lineEnd;
        }
        String tag = chatTag(text, lineStart);
        if (tag.isEmpty() || tag.endsWith("\n") || firstStart < lineStart + tag.length()) {
            return lineEnd;
        }
        // (The next message first: a cue is read only where one follows, digits alone.)
        int[] second = digitsMessageAfter(text, lineEnd, tag, true);
        if (second == null) {
            return lineEnd;
        }
        // The cue in the message or in the line before, the other's question ("¿Número de tarjeta ...?" / "Cliente: 5513").
        int lineAbove = lineStart < 2 ? lineStart : text.lastIndexOf('\n', lineStart - 2) + 1;
        String message = text.substring(lineStart, firstStart);
        String above = text.substring(lineAbove, Math.max(lineAbove, lineStart - 1));
        if (!ContextWords.raised(message, message.length(), EntityTypes.CREDIT_CARD)
                && !ContextWords.raised(above, above.length(), EntityTypes.CREDIT_CARD)) {
            return lineEnd;
        }
        List<int[]> parts = new ArrayList<>(List.of(new int[] {firstStart, firstEnd}));
        StringBuilder digits = new StringBuilder(Chars.digitsOf(text, firstStart, firstEnd));
        for (int[] next = second; next != null; ) {
            parts.add(next);
            digits.append(Chars.digitsOf(text, next[0], next[1]));
            int end = lineEndAt(text, next[1]);
            if (CreditCardDetector.isCardNumber(digits.toString())) {
                found.addAll(parts);
                return end;
            }
            next = parts.size() < MAX_CARD_PARTS && digits.length() < CreditCardDetector.MAX_DIGITS
                    ? digitsMessageAfter(text, end, tag, true) : null;
        }
        return lineEnd;
    }

    private static boolean isPart(Detection d, int start, int end) {
        return d.start() == start && d.end() == end;
    }

    /** Whether {@code text[from, to)} holds only blanks and the marks that may end a message. */
    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MESSAGE_END.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The blanks and marks that may end a chat message after a number's digits. */
    private static final String MESSAGE_END = " \r,.!?";

    /**
     * Where the text of the message on the line after {@code lineEnd} starts, past its tag, when the speaker
     * of {@code tag} sent it; -1 otherwise.
     */
    private static int sameSpeakersMessageAfter(String text, int lineEnd, String tag) {
        if (lineEnd >= text.length() - 1) {
            return -1;
        }
        String nextTag = chatTag(text, lineEnd + 1);
        if (!nextTag.isEmpty() && !sameSpeaker(tag, nextTag)) {
            // "Client: 555" / "Agent: oui" / "Client: 0163": the other's backchannel between two parts.
            int nextEnd = lineEndAt(text, lineEnd + 1);
            if (nextEnd < text.length() - 1 && SpokenFillers.isBackchannel(text, lineEnd + 1 + nextTag.length(), nextEnd)) {
                String afterTag = chatTag(text, nextEnd + 1);
                return sameSpeaker(tag, afterTag) ? nextEnd + 1 + afterTag.length() : -1;
            }
        }
        return sameSpeaker(tag, nextTag) ? lineEnd + 1 + nextTag.length() : -1;
    }

    /**
     * The digits of the message after the one ending at {@code lineEnd}, when the speaker of {@code tag}
     * sent it and it opens with them (right after the tag when {@code atTag}, else perhaps after marks) and
     * holds no others (a number's next part), as {@code {start, end}}; else null.
     */
    private static int[] digitsMessageAfter(String text, int lineEnd, String tag, boolean atTag) {
        int message = sameSpeakersMessageAfter(text, lineEnd, tag);
        if (message < 0) {
            return null;
        }
        int end = lineEndAt(text, message);
        int digit = Chars.nextDigit(text, message);
        if (digit < 0 || digit >= end || !onlyPunctuation(text, message, digit) || atTag && digit != message) {
            return null;
        }
        int groupsEnd = groupedDigitsEnd(text, digit, end);
        int later = Chars.nextDigit(text, groupsEnd);
        return groupsEnd < end && MESSAGE_END.indexOf(text.charAt(groupsEnd)) < 0 || later >= 0 && later < end
                ? null : new int[] {digit, groupsEnd};
    }

    /**
     * Whether the speaker's next message, right after the second part that ends its line at {@code
     * secondLineEnd}, says what the two were: "Customer: 0491 570" / "Customer: 110" / "Customer: thats my
     * number, pls call after 5". The cue comes after the digits here; that message alone is read.
     */
    private static boolean cueInMessageAfter(String text, int secondLineEnd, String tag) {
        int message = sameSpeakersMessageAfter(text, secondLineEnd, tag);
        if (message < 0) {
            return false;
        }
        int after = secondLineEnd + 1;
        int end = Math.min(lineEndAt(text, message), message + MAX_SPLIT_LEAD);
        int digit = Chars.nextDigit(text, message);
        if (digit >= 0 && digit < end) {
            end = digit; // "thats my number, pls call after 5": the cue stands before any other number
        }
        return ContextWords.raised(text.substring(after, end), end - after, EntityTypes.PHONE_NUMBER);
    }

    /**
     * Whether the message right after the second part's, the other's, reads the two parts back as one
     * number: "Customer: 0917" / "Customer: 803 5512" / "Agent: Thank you! So that's 0917 803 5512?".
     */
    private static boolean readBackAfter(String text, int secondLineEnd, String digits) {
        if (secondLineEnd >= text.length() - 1) {
            return false;
        }
        int after = secondLineEnd + 1;
        int end = lineEndAt(text, after);
        for (int i = Chars.nextDigit(text, after); i >= 0 && i < end; ) {
            int groupsEnd = groupedDigitsEnd(text, i, end);
            if (Chars.digitsOf(text, i, groupsEnd).equals(digits)) {
                return true;
            }
            i = Chars.nextDigit(text, groupsEnd);
        }
        return false;
    }

    /** A country code written with its '+' before a bracketed area code: "+55 " of "+55 (11)". */
    private static final Pattern COUNTRY_CODE_BEFORE = Pattern.compile("(?<= )\\+\\d{1,3} $");

    /** The word of a number's extension: "ext", "ext.", "x", "extension". */
    private static final String EXTENSION_WORD = "(?:ext\\.?|x|extension)";

    /** The word of an extension right before digits: "ext ", "x", "extension ". */
    private static final Pattern EXTENSION_BEFORE = Pattern.compile("(?<![\\p{L}])" + EXTENSION_WORD + " ?$", Pattern.CASE_INSENSITIVE);

    /** A number's extension after it: " ext 204", " x12", " extension 7". */
    private static final Pattern EXTENSION_AFTER = Pattern.compile(" ?" + EXTENSION_WORD + " ?\\d{1,6}\\b", Pattern.CASE_INSENSITIVE);

    /**
     * An area code in brackets at the end of a region: right before the first part's digits ("(206) " of
     * "its (206) 555"), or the whole first part ("(709)" of "the old phone number i had was (709)").
     */
    private static final Pattern BRACKETED_AREA_CODE_BEFORE = Pattern.compile("(?<= )\\(\\d{2,5}\\) ?$");

    /**
     * Whether the speaker's message right before the first part's ends in a phone cue: "Kimberly Tran: also
     * my phone changed" / "Kimberly Tran: its now 281 555 01" / "Kimberly Tran: 45".
     */
    private static boolean cueEndsMessageBefore(String text, int lineStart, String tag) {
        if (lineStart < 2) {
            return false;
        }
        int before = messageStart(text, text.lastIndexOf('\n', lineStart - 2) + 1);
        String otherTag = chatTag(text, before);
        if (!otherTag.isEmpty() && !sameSpeaker(tag, otherTag)) {
            // The other's question for the number: "Agent: Alors, le numéro de votre conjointe?" / "Client: c'est
            // le 514" / "Agent: oui" / "Client: 555" / ...
            String question = text.substring(before + otherTag.length(), lineStart - 1).strip();
            if (question.endsWith("?") && ContextWords.raised(question, question.length(), EntityTypes.PHONE_NUMBER)) {
                return true;
            }
        }
        if (!sameSpeaker(tag, otherTag) && before >= 2) {
            // (Perhaps before the other's message: "Customer: hiya my number is" / "Agent: Sorry, I think your
            // message got cut off?" / "Customer: 07845 331" / "Customer: 904".)
            lineStart = before;
            before = messageStart(text, text.lastIndexOf('\n', before - 2) + 1);
        }
        if (!sameSpeaker(tag, chatTag(text, before))) {
            return false;
        }
        String message = text.substring(before, lineStart - 1);
        return ContextWords.raised(message, message.length(), EntityTypes.PHONE_NUMBER);
    }

    /** Most chars from a message's start to the second part of a number sent in two ("sorry pressed enter lol 160"). */
    private static final int MAX_SPLIT_LEAD = 48;

    private static int lineEndAt(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * The time stamp a chat export writes before each message's speaker ("18/03/25 19:40 - ", "[18/03/2025,
     * 19:40:12] ", "[2025/03/14, 08:20:15] ", "21:03 - ", "[14:02] "), perhaps after the app's name; not a call
     * transcript's "[00:00:39] ", whose roles (IVR, DTMF) answer prompts, not each other's messages.
     */
    private static final Pattern CHAT_STAMP = Pattern.compile(
            "(?:\\p{L}+ )?(?:\\[?(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}),? \\d{1,2}:\\d{2}"
                    + "(?::\\d{2})?(?: ?[AaPp][Mm])?\\]?(?: -)?"
                    + "|\\d{1,2}:\\d{2}(?: ?[AaPp][Mm])? -"
                    // "Chat 15:41 Customer:": a bare time after the app's or channel's name; "[14:02] Kund:",
                    // "[13:40:18] Customer:", a chat's time of day in brackets (a call transcript's "[00:00:39]"
                    // counts from the call's start: its hour is 00).
                    + "|(?<=\\p{L} )\\d{1,2}:\\d{2}(?: ?[AaPp][Mm])?|\\[(?!00:)\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[AaPp][Mm])?\\]"
                    // "[Chat] 15:32 Client :", "[Chat] Client :", "[chat 10:31] Cliente:": the channel's name in
                    // brackets, perhaps with the time.
                    + "|\\[\\p{L}+\\](?: \\d{1,2}:\\d{2})?|\\[\\p{L}+ \\d{1,2}:\\d{2}(?::\\d{2})?\\]) ");

    /**
     * The speaker's tag with its colon and blanks that opens the line at {@code lineStart}, a chat
     * export's time stamp before it included, or the line itself with its break if it is a message's
     * header; "" if none.
     */
    private static String chatTag(String text, int lineStart) {
        int lineEnd = lineEndAt(text, lineStart);
        if (lineEnd < text.length() - 1 && SENDER_LINE.matcher(text).region(lineStart, lineEnd).matches()) {
            return text.substring(lineStart, lineEnd + 1); // the header with its line break: the message is the next line
        }
        Matcher stamp = CHAT_STAMP.matcher(text).region(lineStart, Math.min(text.length(), lineStart + MAX_CHAT_STAMP));
        int roleStart = stamp.lookingAt() ? stamp.end() : lineStart;
        String role = chatRole(text, roleStart);
        if (role.isEmpty()) {
            // "Kendra 3:42 PM hey so ...": a chat app's export names the sender and the time, no colon after.
            Matcher sender = SENDER_AND_TIME.matcher(text).region(lineStart, Math.min(text.length(), lineStart + MAX_CHAT_STAMP));
            return sender.lookingAt() ? sender.group() : "";
        }
        return text.substring(lineStart, roleStart) + role;
    }

    /**
     * Where the chat message whose text is the line at {@code lineStart} starts: at the line above if that
     * line is the message's header alone ("Kendra 3:42 PM" above "0189", as Slack and Teams copy a
     * conversation), else at the line itself.
     */
    private static int messageStart(String text, int lineStart) {
        if (lineStart < 2) {
            return lineStart;
        }
        int above = text.lastIndexOf('\n', lineStart - 2) + 1;
        return SENDER_LINE.matcher(text).region(above, lineStart - 1).matches() ? above : lineStart;
    }

    /**
     * A line that holds only a sender's name and the time of day, a header above the sender's message:
     * "Kendra 3:42 PM", "Olivia Brennan 16:05", "Aisha Bello [11:21 AM]".
     */
    private static final Pattern SENDER_LINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'.-]*){0,2}),? +\\[?\\d{1,2}:\\d{2}(?: ?[AaPp][Mm])?\\]? *\r?");

    /** A sender's name and a time of day that open a message: "Kendra 3:42 PM ", "Kaitlyn Moss 9:14 AM ". */
    private static final Pattern SENDER_AND_TIME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)? \\d{1,2}:\\d{2} ?[AaPp][Mm] ");

    /** Longest time stamp of a chat export: "WhatsApp [18/03/2025, 19:40:12 PM] ". */
    private static final int MAX_CHAT_STAMP = 40;

    /** Whether two chat tags name one speaker, whatever time stamps they carry. */
    private static boolean sameSpeaker(String tag, String other) {
        return !tag.isEmpty() && withoutStamp(tag).equalsIgnoreCase(withoutStamp(other));
    }

    private static String withoutStamp(String tag) {
        if (tag.endsWith("\n")) {
            Matcher header = SENDER_LINE.matcher(tag.stripTrailing());
            if (header.matches()) {
                return header.group(1);
            }
        }
        Matcher stamp = CHAT_STAMP.matcher(tag);
        String role = stamp.lookingAt() ? tag.substring(stamp.end()) : tag;
        Matcher time = ROLE_TIME.matcher(role);
        return time.find() ? role.substring(0, time.start()) : role; // "Customer 10:14: " is "Customer"
    }

    private static final Pattern ROLE_TIME_AT = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?:");
    private static final int MAX_ROLE_TIME = "10:14:22:".length();

    /** The time a chat writes after the speaker's name, before its colon ("[chat] Customer 10:14: ") or with AM or PM. */
    private static final Pattern ROLE_TIME = Pattern.compile(" \\d{1,2}:\\d{2}(?::\\d{2})?(?::| ?[AaPp][Mm]) *$");

    /** The speaker's role with its colon and blanks at {@code start} ("Cliente: "); "" if none. */
    private static String chatRole(String text, int start) {
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon - start > MAX_CHAT_TAG) {
            return "";
        }
        for (int i = start; i < colon; i++) {
            char c = text.charAt(i);
            // (Brackets too: "Buyer (US chat):".)
            if (!Character.isLetter(c) && c != ' ' && c != '_' && c != '.' && c != '(' && c != ')') {
                Matcher time = ROLE_TIME_AT.matcher(text).region(i, Math.min(text.length(), i + MAX_ROLE_TIME));
                if (i > start && text.charAt(i - 1) == ' ' && Chars.isAsciiDigit(c) && time.lookingAt()) {
                    colon = time.end() - 1; // "Customer 10:14: ": the time before the colon is the speaker's
                    break;
                }
                return "";
            }
        }
        int end = colon + 1;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return text.substring(start, end);
    }

    /** Where digits grouped by single blanks or dashes that end at {@code end} start; -1 if no digit ends there. */
    private static int groupedDigitsStart(String text, int end) {
        int i = end;
        while (i > 0 && (Chars.isAsciiDigit(text.charAt(i - 1))
                || (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-') && i >= 2 && Chars.isAsciiDigit(text.charAt(i - 2))
                        && i < end && Chars.isAsciiDigit(text.charAt(i)))) {
            i--;
        }
        return i < end && Chars.isAsciiDigit(text.charAt(i)) ? i : -1;
    }

    /** Where digits grouped by single blanks or dashes that start at {@code start} end; -1 if no digit starts there. */
    private static int groupedDigitsEnd(String text, int start, int limit) {
        int i = start;
        while (i < limit && (Chars.isAsciiDigit(text.charAt(i))
                || (text.charAt(i) == ' ' || text.charAt(i) == '-') && i > start && i + 1 < limit
                        && Chars.isAsciiDigit(text.charAt(i - 1)) && Chars.isAsciiDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i > start ? i : -1;
    }

    /**
     * A number the text itself calls incomplete right after it ({@code tel="06 12 34 5" (incomplet)},
     * "0161 496 07 (incomplete)", "05 22 45 67 8 ne marche plus (incomplet, ...)" is not): a digit or
     * more short of any number, it reaches nobody and names no line. (Only right after it: a number
     * followed by "the order arrived incomplete" is still a number.)
     */
    private static final Pattern CALLED_INCOMPLETE = Pattern.compile(
            "[\"'\u201d\u00bb]?\\s*[(\\[,\u2014\u2013-]?\\s*(?:(?:is|est|es|ist|\u00e8|\u00e9)\\s+)?"
                    + "(?:incomplete|incomplet|incompl\u00e8te|incompleto|incompleta|incomplet\u0103|unvollst\u00e4ndig"
                    + "|onvolledig|niekompletny)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A WhatsApp link's number ({@code https://wa.me/385915623348}, {@code
     * api.whatsapp.com/send?phone=4915123456789}): international, written without its '+'. Taken
     * when the number is valid as international.
     */
    private void addWhatsAppLinks(String text, List<Detection> found) {
        Matcher link = WHATSAPP_LINK.matcher(text);
        while (link.find()) {
            Detection phone = new Detection(EntityTypes.PHONE_NUMBER, link.start(1), link.end(1), BOOKING_CONTACT, NAME);
            if (isValid("+" + link.group(1), "ZZ")) {
                found.removeIf(d -> d.overlaps(phone)); // a national reading of part of it
                found.add(phone);
            }
        }
    }

    /**
     * An Indian mobile number that names a UPI payment address ({@code 9822104567@ybl}, {@code
     * 8800112233@paytm}): the payer's phone, as the payment apps make the address of it. Taken when the
     * handle after the '@' is a payment provider's and the number a valid Indian mobile.
     */
    private void addUpiHandles(String text, List<Detection> found) {
        // Only at an '@' with ten digits before it: the pattern's look-behind is not tried at every char.
        for (int at = text.indexOf('@', UPI_MOBILE_DIGITS); at >= 0; at = text.indexOf('@', at + 1)) {
            if (!Chars.isAsciiDigit(text.charAt(at - 1)) || !namesUpiAddress(text, at - UPI_MOBILE_DIGITS, at)) {
                continue;
            }
            Detection phone = new Detection(EntityTypes.PHONE_NUMBER, at - UPI_MOBILE_DIGITS, at, BOOKING_CONTACT, NAME);
            if (isMobile(text.substring(at - UPI_MOBILE_DIGITS, at), "IN")) {
                found.removeIf(phone::overlaps); // a reading that a cue alone admitted
                found.add(phone);
            }
        }
    }

    private static final int UPI_MOBILE_DIGITS = 10;

    /**
     * Whether {@code text[start, end)} is the user part of a UPI payment address ({@code 9822104567@ybl}):
     * the label before it ("UPI id") names the address, not the phone it is made of.
     */
    static boolean namesUpiAddress(String text, int start, int end) {
        return end < text.length() && text.charAt(end) == '@'
                && UPI_HANDLE.matcher(text).useTransparentBounds(true).region(start, text.length()).lookingAt();
    }

    /** The handles of India's UPI payment providers, as their apps write them after the '@'. */
    private static final Pattern UPI_HANDLE = Pattern.compile("(?<![\\w.+-])([6-9]\\d{9})@(?:ybl|ibl|axl|paytm|pt[a-z]{3,5}"
            + "|ok[a-z]{3,12}|upi|apl|yapl|rapl|axisbank|icici|sbi|hdfcbank|kotak|jio|airtel|freecharge|fbl"
            + "|wa(?:axis|hdfcbank|icici|sbi)|ikwik|idfcbank|yesbank|pnb|boi|barodampay|indus|federal)(?![\\w.@-])",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WHATSAPP_LINK = Pattern.compile("(?:wa\\.me/|send\\?phone=)\\+?(\\d{8,15})(?![\\d])");

    /**
     * A booking's (PNR's) phone contact elements, as IATA's reservations standard writes them: mobile,
     * home or business, the number with its country code and no '+', a language after a slash
     * ({@code SSR CTCM CR HK1 5511987654321/PT}), or as a booking's history shows them, without the
     * SSR's airline and status ({@code CTCM 989155026631}). Taken when the number is valid as
     * international.
     */
    private void addBookingContacts(String text, List<Detection> found) {
        Matcher contact = BOOKING_PHONE.matcher(text);
        while (contact.find()) {
            Detection phone = new Detection(EntityTypes.PHONE_NUMBER, contact.start(1), contact.end(1), BOOKING_CONTACT, NAME);
            if (found.stream().noneMatch(phone::overlaps) && isValid("+" + contact.group(1), "ZZ")) {
                found.add(phone);
            }
        }
    }

    private static final Pattern BOOKING_PHONE = Pattern.compile(
            "(?:SSR CTC[MHB] [A-Z0-9]{2} HK\\d[ /]|(?<![A-Z])CTC[MHB] )\\+?(\\d{8,15})(?![\\d])");
    private static final double BOOKING_CONTACT = 0.95;

    /**
     * Australia's six-digit numbers of companies and government lines, written {@code 13 24 86}: too
     * short for the candidates above, and six digits in pairs are anything anywhere else. Read where
     * the text is Australian: the default region, a number or a domain of Australia in it ("call 1800
     * 975 707 ... or 13 24 86", "example.com.au"), or a phone cue right before.
     */
    private void addAustralianShortNumbers(String text, List<Detection> found) {
        Matcher shortNumber = AU_SHORT_NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Boolean australian = null;
        // Tried only where "13 " stands: a search over the whole text costs a look-behind at every char.
        for (int at = text.indexOf("13 "); at >= 0; at = text.indexOf("13 ", at + 3)) {
            if (!shortNumber.region(at, text.length()).lookingAt()) {
                continue;
            }
            int start = shortNumber.start();
            if (australian == null) {
                australian = defaultRegion.equals("AU") || hasAustralianDomain(text) || hasAustralianNumber(text, found);
            }
            Detection phone = new Detection(EntityTypes.PHONE_NUMBER, start, shortNumber.end(), AU_SHORT, NAME);
            if ((australian || ContextWords.raised(text, start, EntityTypes.PHONE_NUMBER))
                    && found.stream().noneMatch(phone::overlaps) && isValid(shortNumber.group().replace(" ", ""), "AU")) {
                found.add(phone);
            }
        }
    }

    private static final Pattern AU_SHORT_NUMBER = Pattern.compile("(?<![\\w.,+/:-])13 \\d\\d \\d\\d(?![\\w/:]|[ .,-]\\d)");
    private static final double AU_SHORT = 0.7;

    /** A domain of Australia in the text ({@code harbourside.example.com.au}, {@code claims@x.net.au}). */
    private static boolean hasAustralianDomain(String text) {
        for (int i = text.indexOf(".au"); i >= 0; i = text.indexOf(".au", i + 1)) {
            if (i > 0 && Chars.isAsciiLetterOrDigit(text.charAt(i - 1)) && !Chars.wordCharAt(text, i + 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the numbers found is Australian. */
    private boolean hasAustralianNumber(String text, List<Detection> found) {
        Set<String> regions = new LinkedHashSet<>();
        for (Detection phone : found) {
            addRegionsOf(text, phone.start(), phone.end(), regions);
            if (regions.contains("AU")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a bracket or a '+' that ends the candidate {@code text[start, end)} after a blank starts, so
     * that the number it opens is read as a candidate of its own; -1 when none does.
     */
    private static int openingAtEnd(String text, int start, int end) {
        int open = end;
        while (open > start && (text.charAt(open - 1) == '(' || text.charAt(open - 1) == '+')) {
            open--;
        }
        return open < end && open > start + 1 && text.charAt(open - 1) == ' ' ? open : -1;
    }

    /** Fewest and most digits of a bare national mobile number read in the text's country. */
    private static final int MIN_BARE_NATIONAL = 9;
    private static final int MAX_BARE_NATIONAL = 11;

    /** Whether {@code text[start, end)} is a bare run of a national mobile number's length (9 to 11 digits). */
    private static boolean bareNationalLength(String text, int start, int end) {
        return Chars.onlyDigits(text, start, end) && end - start >= MIN_BARE_NATIONAL && end - start <= MAX_BARE_NATIONAL;
    }

    /**
     * Digits of the shortest bare number read under a phone's key in a region of the text: Korea's
     * nationwide numbers ({@code 15882750}), and the eight-digit numbers of the Nordic countries.
     */
    private static final int MIN_BARE_KEYED = 8;

    /**
     * Whether {@code text[start, end)} is a bare run of {@value #MIN_BARE_KEYED} digits under a phone's
     * key ({@code DNIS=15882750}); the key is looked for only after a key's separator, as reading it
     * costs more than the rest of a candidate ("case 00042817" is read often).
     */
    private static boolean bareKeyedLength(String text, int start, int end) {
        return end - start == MIN_BARE_KEYED && Chars.onlyDigits(text, start, end) && afterKeySeparator(text, start)
                && underPhoneKey(text, start);
    }

    /** Whether a key's '=' or ':' stands right before {@code start}, a quote or blanks between allowed. */
    private static boolean afterKeySeparator(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '"')) {
            i--;
        }
        return i > 0 && (text.charAt(i - 1) == '=' || text.charAt(i - 1) == ':');
    }

    /** Whether a phone's key, or a message's sender or recipient key, labels the run at {@code start}. */
    private static boolean underPhoneKey(String text, int start) {
        return ContextWords.labelledBy(text, start, ContextWords.PHONE_KEYS)
                || ContextWords.labelledBy(text, start, ContextWords.SENDER_LABELS);
    }

    /** Whether {@code digits} is a valid mobile number of {@code region}. */
    private boolean isMobile(String digits, String region) {
        try {
            PhoneNumber number = util.parse(digits, region);
            return util.isValidNumberForRegion(number, region)
                    && util.getNumberType(number) == PhoneNumberUtil.PhoneNumberType.MOBILE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Whether {@code digits} is a valid number of {@code region} (of its country code's, for "ZZ" and a '+'). */
    private boolean isValid(String digits, String region) {
        try {
            PhoneNumber number = util.parse(digits, region);
            return region.equals("ZZ") ? util.isValidNumber(number) : util.isValidNumberForRegion(number, region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * A North American toll-free number written with the letters of its keypad, as companies
     * advertise their lines: {@code 1-800-FLOWERS}, {@code 1-800-555-01GO}, {@code (888) GET-HELP}.
     * Upper-case letters only, at least two of them (digits alone are read as any number is), and the
     * seven to ten signs of a toll-free number after its prefix, in up to three groups as the word falls
     * ({@code 1-877-GIFT-NPS}, {@code 1-888-NORTH-PN}, {@code 1-800-BOREAL-1}).
     */
    private static final Pattern VANITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:1[-. ]?)?(?:\\(8(?:00|88|77|66|55|44|33)\\) ?|8(?:00|88|77|66|55|44|33)[-. ])"
                    + "(?:[A-Z0-9]{3} [A-Z0-9]{4}|[A-Z0-9]{2,10}(?:[-.][A-Z0-9]{1,8}){0,2})(?![\\p{L}\\p{N}])");
    private static final int MIN_VANITY_LETTERS = 2;
    private static final int MIN_VANITY_SIGNS = 7;
    private static final int MAX_VANITY_SIGNS = 10;
    private static final double VANITY_CONFIDENCE = 0.85;

    /**
     * An international number with a trunk prefix in brackets that its plan has no use for ({@code +34
     * (0)611 48 29 03}, as forms and people used to the British "+44 (0)20" write it): valid without the
     * "(0)", it is the number, the brackets and all.
     */
    private boolean addWithTrunkZeroInBrackets(String text, int start, int end, List<Detection> found) {
        int bracket = Chars.indexOf(text, '(', start, end);
        while (bracket >= 0 && !text.startsWith("(0)", bracket)) {
            bracket = Chars.indexOf(text, '(', bracket + 1, end); // only inside the candidate: "+" numbers are many in a long text
        }
        if (bracket < 0 || bracket + 3 > end || isValid("+" + Chars.digitsOf(text, start, end), "ZZ")) {
            return false;
        }
        String without = "+" + Chars.digitsOf(text, start, bracket) + Chars.digitsOf(text, bracket + 3, end);
        if (!isValid(without, "ZZ")) {
            return false;
        }
        found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, confidence(text.substring(start, end), true), NAME));
        return true;
    }

    /** Digits of a Mexican mobile with the country code and the "1" before it: 52, 1 and ten. */
    private static final int MEXICAN_MOBILE_WITH_ONE = 13;

    /**
     * A Mexican mobile written with the "1" that Mexico's plan dialled before mobiles from abroad until 2019
     * ({@code +52 1 55 6012 8894}, {@code +5218441276603}), as people and WhatsApp still write them;
     * libphonenumber reads the number only without it.
     */
    private boolean addMexicanMobileWithOne(String text, int start, int end, List<Detection> found) {
        String digits = Chars.digitsOf(text, start, end);
        if (digits.length() != MEXICAN_MOBILE_WITH_ONE || !digits.startsWith("521") || !isValid("+52" + digits.substring(3), "ZZ")) {
            return false;
        }
        found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, confidence(text.substring(start, end), true), NAME));
        return true;
    }

    /** Whether a toll-free prefix ("800", "888", ... "833") stands before a separator and an upper-case letter. */
    private static boolean mayHoldVanityNumber(String text) {
        for (int i = text.indexOf('8'); i >= 0 && i + 5 < text.length(); i = text.indexOf('8', i + 1)) {
            char second = text.charAt(i + 1);
            if (second == text.charAt(i + 2) && "0876543".indexOf(second) >= 0 && !Chars.isAsciiDigit(text.charAt(i + 3))) {
                for (int j = i + 4; j < Math.min(text.length(), i + 12); j++) {
                    if (text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void addVanityNumbers(String text, List<Detection> found) {
        Matcher vanity = VANITY.matcher(text);
        while (vanity.find()) {
            int letters = 0;
            int masks = 0;
            for (int i = vanity.start(); i < vanity.end(); i++) {
                if (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
                    letters++;
                    masks += text.charAt(i) == 'X' ? 1 : 0;
                }
            }
            int prefixEnd = text.indexOf('8', vanity.start() + (text.charAt(vanity.start()) == '1' ? 1 : 0)) + 3;
            int signs = 0;
            for (int i = prefixEnd; i < vanity.end(); i++) {
                signs += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
            }
            // (Letters that are all X mask digits, they spell no word: "1-800-555-01XX".)
            if (letters >= MIN_VANITY_LETTERS && masks < letters && signs >= MIN_VANITY_SIGNS && signs <= MAX_VANITY_SIGNS) {
                found.add(new Detection(EntityTypes.PHONE_NUMBER, vanity.start(), vanity.end(), VANITY_CONFIDENCE, NAME));
            }
        }
    }

    /** Chars before the first and after the last unread number whose words say the text's language. */
    private static final int LANGUAGE_WINDOW = 300;

    /** Most digits of a national number re-read in {@link #addInTextRegions}, trunk prefix included. */
    private static final int MAX_NATIONAL_DIGITS = 11;

    /** Whether the digit groups of {@code text[start, end)} end in one of at most two after one of four or more. */
    private static boolean pairAfterFour(String text, int start, int end) {
        int longest = 0;
        int group = 0;
        for (int i = start; i < end; i++) {
            if (Chars.isAsciiDigit(text.charAt(i))) {
                group++;
            } else if (group > 0) {
                longest = Math.max(longest, group);
                group = 0;
            }
        }
        return longest >= 4 && group > 0 && group <= 2;
    }

    /**
     * A candidate no plan took that {@link #addInTextRegions} may read again: written in groups (a
     * blank, dash, dot or bracket between digits, one kind of separator throughout but for a slash
     * after the first group), of a national
     * number's length, and not shaped as a US SSN, a Brazilian or Portuguese postcode ({@code
     * 05407-002}, {@code 4000-446}) or a year-led identifier ({@code 2025-0318-441}).
     */
    private static boolean groupedNationalLength(String text, int start, int end) {
        if (text.charAt(start) == '+' || Chars.countDigits(text, start, end) > MAX_NATIONAL_DIGITS
                || Chars.onlyDigits(text, start, end) || isSsnShaped(text, start, end)) {
            return false;
        }
        char separator = 0;
        boolean first = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Chars.isAsciiDigit(c) && c != '(' && c != ')') {
                if (first && (c == '/' || (c == '-' && Chars.indexOf(text, '-', i + 1, end) < 0
                        && Chars.indexOf(text, ' ', i + 1, end) > 0))) {
                    first = false;
                    // the area code set off by a slash, as Belgians and Germans write it: "02/647.18.40"; by a
                    // dash before blanks, as Malaysians do: "012-668 4903", "06-763 4410"
                    continue;
                }
                if (separator != 0 && c != separator) {
                    return false; // "01.01–30.09": a range of dates
                }
                separator = c;
                first = false;
            }
        }
        String shape = groupShape(text, start, end);
        boolean yearLed = (text.startsWith("19", start) || text.startsWith("20", start))
                && Chars.digitRunEnd(text, start) == start + 4 && text.charAt(start + 4) == '-';
        return !"5-3".equals(shape) && !"4-3".equals(shape) && !yearLed;
    }

    /**
     * A text that holds a phone number of a country other than the default region is written there
     * or to someone there: a grouped number in it that no plan took alone ("le confirmo el 612 34 56
     * 78" beside "el fijo 91 123 45 67"; "Billing 01 555 0112" beside "087 123 4567") is read in that
     * country's plan, written as that country writes its numbers ({@link #writtenAsIn}), as a whole.
     * Negative cues still lower it afterwards ({@link ContextWords}).
     */
    private void addInTextRegions(String text, List<int[]> unread, boolean spoken, List<Detection> found) {
        Set<String> regions = new LinkedHashSet<>();
        for (Detection phone : found) {
            addRegionsOf(text, phone.start(), phone.end(), regions);
        }
        // The language of the words around the numbers: a long text's is the same throughout, and
        // reading all of it would cost more than the rest of this.
        int from = Math.max(0, unread.get(0)[0] - LANGUAGE_WINDOW);
        int to = Math.min(text.length(), unread.get(unread.size() - 1)[1] + LANGUAGE_WINDOW);
        List<String> spokenRegions = TextLanguage.regions(text, from, to);
        regions.addAll(spokenRegions);
        addRegionsOfMailDomains(text, from, to, regions);
        // A currency of one country's ("₹49 without consent") comes before the places named: a caller pays where they live.
        List<String> paymentRegions = TextLanguage.paymentRegions(text, from, to);
        regions.addAll(paymentRegions);
        List<String> namedRegions = TextLanguage.namedRegions(text, from, to);
        regions.addAll(namedRegions);
        regions.remove(defaultRegion);
        if (regions.isEmpty()) {
            return;
        }
        for (int[] candidate : unread) {
            int start = candidate[0];
            int end = candidate[1];
            int windowStart = windowStart(text, start);
            int windowEnd = Math.min(candidate[2], end + MARGIN_AFTER);
            List<String> tried = PhoneValidityGate.digitStringsTried(text, windowStart, windowEnd);
            for (String region : regions) {
                if (!startsAsIn(region, text, start) || !writtenAsIn(region, text, start, end) || !mayBeValid(tried, region)
                        || !spoken && !writtenWithItsTrunkPrefix(region, text, start)) {
                    continue;
                }
                if (Chars.onlyDigits(text, start, end)
                        && !((spokenRegions.contains(region) || paymentRegions.contains(region)
                                        || spoken && namedRegions.contains(region))
                                && isMobile(text.substring(start, end), region))
                        && !underPhoneKey(text, start)) {
                    // A bare run only as a mobile number of the country whose language the text is in
                    // ("Π. Καραγιάννης 6973215481") or whose payments it deals in ("UPI", "₹"), or under a phone's
                    // key in a log or record ("DNIS=15882750" beside a Korean caller's number); another country's number
                    // elsewhere in the text, or a place, says less of a run of digits written so. Said in
                    // words, a number shows no grouping but the pauses the transcript wrote: a place named
                    // admits a mobile number of its country ("double nine seven six zero one eight three kuwait").
                    continue;
                }
                List<Detection> read = new ArrayList<>();
                addMatches(text.substring(windowStart, windowEnd), windowStart, region, Leniency.VALID, true, read);
                read.removeIf(d -> d.start() != start || d.end() != end);
                if (!read.isEmpty()) {
                    found.removeIf(d -> d.start() >= start && d.end() <= end); // a reading of a part of it
                    found.addAll(read);
                    break;
                }
            }
        }
    }

    /**
     * A bare run that no plan read, written with the country code of an e-mail address's country in
     * the same line but without its '+' ({@code 61491577644} beside {@code admin@kwtradies.example.com.au}
     * in a CRM export's row): that country's number, when valid there as a whole.
     */
    private void addInternationalOfMailDomains(String text, List<int[]> bare, List<Detection> found) {
        for (int[] run : bare) {
            int lineStart = text.lastIndexOf('\n', run[0]) + 1;
            int lineEnd = text.indexOf('\n', run[1]);
            Set<String> regions = new LinkedHashSet<>();
            addRegionsOfMailDomains(text, lineStart, lineEnd < 0 ? text.length() : lineEnd, regions);
            for (String region : regions) {
                String code = String.valueOf(util.getCountryCodeForRegion(region));
                if (text.startsWith(code, run[0]) && isValid("+" + text.substring(run[0], run[1]), region)) {
                    found.add(new Detection(EntityTypes.PHONE_NUMBER, run[0], run[1], INTERNATIONAL_WITHOUT_PLUS, NAME));
                    break;
                }
            }
        }
    }

    /**
     * An international number written without its '+' where its place says it is one (beside a mailbox
     * of its country, in a trunk's dial string): as sure as a number of another region read by its
     * trunk prefix.
     */
    private static final double INTERNATIONAL_WITHOUT_PLUS = 0.7;

    /**
     * The countries of the e-mail addresses in {@code text[from, to)}, by their domains' country codes
     * ("fergal.oconnell@example.ie" beside "01 555 0199"; {@code .uk} is Britain): a record that holds a
     * person's address in a country holds their number there too.
     */
    private void addRegionsOfMailDomains(String text, int from, int to, Set<String> regions) {
        for (int at = text.indexOf('@', from); at >= 0 && at < to; at = text.indexOf('@', at + 1)) {
            int end = at + 1;
            while (end < text.length() && (Chars.isAsciiLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                    || text.charAt(end) == '-')) {
                end++;
            }
            while (end > at + 1 && text.charAt(end - 1) == '.') {
                end--; // the full stop after an address
            }
            if (end - at > 4 && text.charAt(end - 3) == '.' && Chars.isAsciiLetter(text.charAt(end - 2))
                    && Chars.isAsciiLetter(text.charAt(end - 1))) {
                String region = text.substring(end - 2, end).toUpperCase(Locale.ROOT);
                region = region.equals("UK") ? "GB" : region;
                // (Asked only for a region it knows: libphonenumber logs a warning for each other, ".eu", ".io".)
                if (util.getSupportedRegions().contains(region)) {
                    regions.add(region);
                }
            }
        }
    }

    /**
     * The regions of a phone number found in the text, other than the default region: its country
     * code's main region when written with '+'; else every region whose plan validates it ("91 123 45
     * 67" is a Spanish and a German number), none when the default region's does.
     */
    private void addRegionsOf(String text, int start, int end, Set<String> regions) {
        String raw = text.substring(start, end);
        try {
            if (raw.startsWith("+") || raw.startsWith("(+")) {
                String region = util.getRegionCodeForCountryCode(util.parse(raw, "ZZ").getCountryCode());
                if (!region.equals(defaultRegion)) {
                    regions.add(region);
                }
                return;
            }
            List<String> tried = PhoneValidityGate.digitStringsTried(text, start, end);
            List<String> valid = new ArrayList<>();
            for (String region : regionsInOrder) {
                if (mayBeValid(tried, region) && util.isValidNumberForRegion(util.parse(raw, region), region)) {
                    if (region.equals(defaultRegion)) {
                        return;
                    }
                    valid.add(region);
                }
            }
            regions.addAll(valid);
        } catch (NumberParseException e) {
            // no region's number
        }
    }

    /**
     * {@code phone=%2B60123456789}: a web form's value encodes the '+'. Read as the international
     * number it stands for, valid in its country's plan; the span is the number as written.
     */
    private void addFormEncoded(String text, List<Detection> found) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (!text.regionMatches(true, i, "%2B", 0, 3)) {
                continue;
            }
            StringBuilder digits = new StringBuilder();
            int end = Chars.digitRunEnd(text, i + 3);
            digits.append(text, i + 3, end);
            // Its groups apart as the form encodes a blank: "%2B34%20663%2048%2090%2021", "%2B44+7911+123456".
            for (int gap = encodedBlankEnd(text, end); gap > end && Chars.digitRunEnd(text, gap) > gap; gap = encodedBlankEnd(text, end)) {
                end = Chars.digitRunEnd(text, gap);
                digits.append(text, gap, end);
            }
            if (digits.length() < MIN_DIGITS || digits.length() > MAX_E164_DIGITS || Chars.wordCharAt(text, end)) {
                continue;
            }
            PhoneNumber number = withoutPlus(digits.toString(), 0, digits.length());
            if (number != null && util.isValidNumber(number)) {
                found.add(new Detection(EntityTypes.PHONE_NUMBER, i, end, 0.9, NAME));
            }
        }
    }

    /** The end of a blank as a web form encodes it at {@code at} ("%20", '+'), or {@code at} when none stands there. */
    private static int encodedBlankEnd(String text, int at) {
        if (at < text.length() && text.charAt(at) == '+') {
            return at + 1;
        }
        return text.startsWith("%20", at) ? at + 3 : at;
    }

    /**
     * {@code 048817.3 kWh}, {@code 1234567.5}: a single digit after a final dot is a decimal fraction;
     * no phone plan ends with a one-digit group after a dot.
     */
    /** Where the first " / " stands in {@code text[start, end)}; -1 if none (no search past the candidate). */
    private static int spacedSlashWithin(String text, int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (text.charAt(i) == '/' && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return i - 1;
            }
        }
        return -1;
    }

    /** Most chars of a decimal number after a sentence's end in a candidate: "1234.56". */
    private static final int MAX_DECIMAL_TAIL = 7;

    /**
     * Where the sentence break ({@code ". "}) before the candidate's tail stands, when that tail is one
     * or two digits or a decimal number ({@code 0.8}, {@code 12.50}); -1 otherwise. Reads only the
     * candidate's last few chars.
     */
    private static int sentenceEndBeforeShortTail(String text, int start, int end) {
        for (int cut = end - 3; cut > start && cut >= end - MAX_DECIMAL_TAIL - 2; cut--) {
            if (text.charAt(cut) != '.' || text.charAt(cut + 1) != ' ') {
                continue;
            }
            int tail = end - cut - 2;
            if (Chars.onlyDigits(text, cut + 2, end)) {
                return tail <= 2 ? cut : -1;
            }
            int dot = end - 2;
            while (dot > cut + 2 && text.charAt(dot) != '.') {
                dot--;
            }
            return dot > cut + 2 && dot >= end - 3 && text.charAt(dot) == '.' && Chars.onlyDigits(text, cut + 2, dot)
                    && Chars.onlyDigits(text, dot + 1, end) ? cut : -1;
        }
        return -1;
    }

    /** Most digits before the one dot of a number written with a single dot ({@code 0412.345678}). */
    private static final int MAX_DIGITS_BEFORE_ONE_DOT = 7;

    /**
     * {@code 1731581059.88412}, a call's id (seconds and a sequence): digits, one dot, digits, with
     * more digits before the dot than any number split by a single dot has.
     */
    private static boolean longRunBeforeOneDot(String text, int start, int end) {
        int dot = Chars.digitRunEnd(text, start);
        return dot - start > MAX_DIGITS_BEFORE_ONE_DOT && dot + 1 < end && text.charAt(dot) == '.'
                && Chars.digitRunEnd(text, dot + 1) == end;
    }

    private static boolean endsInDecimalFraction(String text, int start, int end) {
        if (end - start >= 3 && text.charAt(end - 2) == '.' && Chars.isAsciiDigit(text.charAt(end - 3))) {
            return true;
        }
        // One dot and two decimals, digits only otherwise ("04412.38 m\u00b3"): a decimal number.
        return end - start >= 4 && text.charAt(end - 3) == '.' && Chars.onlyDigits(text, start, end - 3)
                && Chars.onlyDigits(text, end - 2, end);
    }

    /**
     * {@code "GET /api/v2/bookings HTTP/1.1" 200 1843}: in an access log the numbers after the request
     * are its status and size in bytes, whatever plan they fit.
     */
    static boolean afterHttpRequest(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '"') {
            i--;
        }
        // "HTTP/1.1", "HTTP/2", "HTTP/2.0" right before.
        int versionStart = i;
        while (versionStart >= 0 && (Chars.isAsciiDigit(text.charAt(versionStart)) || text.charAt(versionStart) == '.')) {
            versionStart--;
        }
        return versionStart < i && versionStart >= 4 && text.regionMatches(true, versionStart - 4, "HTTP/", 0, 5);
    }

    /** Whether a currency word or sign follows {@code end} ({@code 12 480 Ft}): the digits are an amount. */
    private static boolean amountBefore(String text, int end) {
        int i = end;
        if (i + 2 < text.length() && text.charAt(i) == ',' && Chars.isAsciiDigit(text.charAt(i + 1))
                && Chars.isAsciiDigit(text.charAt(i + 2)) && !Chars.wordCharAt(text, i + 3)) {
            i += 3; // "1 249,00 kr": the decimals of an amount, then its currency
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        for (String currency : CURRENCIES_AFTER) {
            int after = i + currency.length();
            if (text.regionMatches(true, i, currency, 0, currency.length())
                    && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code NL91 ABNA 0417 1643 01}: digits after an IBAN's country, check digits and bank code are
     * the account number of an IBAN (one that fails its check, or a fragment), not a phone.
     */
    private static boolean afterAccountPrefix(String text, int start) {
        int i = start - 1;
        if (i < 10 || text.charAt(i) != ' ') {
            return false;
        }
        int bankEnd = i;
        int bankStart = bankEnd;
        while (bankStart > 0 && Character.isLetterOrDigit(text.charAt(bankStart - 1)) && bankEnd - bankStart < 4) {
            bankStart--;
        }
        if (bankEnd - bankStart != 4 || bankStart < 5 || text.charAt(bankStart - 1) != ' ') {
            return false;
        }
        int country = bankStart - 5;
        return Chars.isAsciiLetter(text.charAt(country)) && Character.isUpperCase(text.charAt(country))
                && Chars.isAsciiLetter(text.charAt(country + 1)) && Character.isUpperCase(text.charAt(country + 1))
                && Chars.isAsciiDigit(text.charAt(country + 2)) && Chars.isAsciiDigit(text.charAt(country + 3))
                && (country == 0 || !Character.isLetterOrDigit(text.charAt(country - 1)));
    }

    /**
     * {@code ORD-2024-884213}, {@code INV/2125550147}, {@code 1A 123 456 7890 1}: digits hanging off a
     * code are part of it. Not a number with its '+' after a slash: a switch's dial string ({@code
     * sofia/external/+19175550168}).
     */
    /** Whether one or two slashes after a digit stand right before {@code at}: "0.0.0.0/8 ...", "98765//0012345". */
    private static boolean afterSlashedDigits(String text, int at) {
        int i = at - 1;
        int slashes = 0;
        while (i >= 0 && text.charAt(i) == '/' && slashes < 2) {
            i--;
            slashes++;
        }
        return slashes > 0 && i >= 0 && Chars.isAsciiDigit(text.charAt(i));
    }

    /** Most digits of any national number written bare with its trunk 0: Indonesia's {@code 081322755549}. */
    private static final int MAX_BARE_TRUNK_NATIONAL = 12;

    /**
     * Thirteen digits or more in one run after a single 0 ({@code 0412180030021}, a property-tax
     * account): longer than any national number is written without groups, but for an Argentine
     * mobile with its area code and 15 ({@code 0341 15 498 7120}, thirteen digits, said in words too).
     * With "00" they are a number dialled abroad ({@code 0041796124477}) and stay.
     */
    private static boolean longBareNational(String text, int start, int end) {
        if (end - start <= MAX_BARE_TRUNK_NATIONAL || text.charAt(start) != '0' || text.charAt(start + 1) == '0'
                || !Chars.onlyDigits(text, start, end)) {
            return false;
        }
        for (int fifteen = start + 3; fifteen <= start + 5; fifteen++) {
            if (text.startsWith("15", fifteen)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code 0900/0930}, {@code 01801/01803}: a slash before a 0 lists prefixes or numbers side by side;
     * an area code set off by a slash ({@code 02/647.18.40}) is followed by a subscriber's number, which
     * no plan starts with 0.
     */
    private static boolean slashBeforeZero(String text, int start, int end) {
        int slash = Chars.indexOf(text, '/', start, end);
        return slash > start && slash + 1 < end && text.charAt(slash + 1) == '0';
    }

    /**
     * {@code 09.254.294.3-407.000}, an Indonesian tax number: groups split by dots and by dashes in
     * one number are an identifier's; a phone number is written with one of them (brackets and
     * blanks aside). A dot right before a dash ends a date before a range's dash.
     */
    private static boolean dotsAndDashes(String text, int start, int end) {
        boolean dot = false;
        boolean dash = false;
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '-') && Chars.isAsciiDigit(text.charAt(i - 1))
                    && Chars.isAsciiDigit(text.charAt(i + 1))) {
                dot |= c == '.';
                dash |= c == '-';
            } else if (c == '.' && isDash(text.charAt(i + 1))) {
                return true; // "05.07.-12.07.2025", "05.07.–12.07.2025": a range of dates
            }
        }
        return dot && dash;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013';
    }

    /** 3GPP's GPSI of a subscriber, a number in international form without its '+': "msisdn-16175550129" in a 5G core's logs. */
    private static boolean afterGpsiPrefix(String text, int start) {
        return text.regionMatches(true, start - GPSI_MSISDN.length(), GPSI_MSISDN, 0, GPSI_MSISDN.length());
    }

    private static final String GPSI_MSISDN = "msisdn-";

    private static boolean isPartOfIdentifier(String text, int start) {
        if (start < 2) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (text.charAt(start) == '+' && start + 2 < text.length() && Chars.isAsciiDigit(text.charAt(start + 1))
                && text.charAt(start + 2) == ' ' && text.charAt(start + 1) != '1' && text.charAt(start + 1) != '7') {
            return true; // "ZIP+4 60614-3302": only 1 and 7 are country codes of one digit
        }
        if (before == ' ' && start >= 3 && Chars.isAsciiDigit(text.charAt(start - 3)) && Character.isUpperCase(text.charAt(start - 2))
                && (start == 3 || text.charAt(start - 4) == ' ')) {
            return true; // La Poste's registered letters: "recommandée 1A 123 456 7890 1"
        }
        if (before == ' ' && text.charAt(start - 2) == 'Z' && (start == 2 || !Character.isLetterOrDigit(text.charAt(start - 3)))
                && Chars.isAsciiDigit(text.charAt(start))) {
            return true; // Packeta's parcels, a 'Z' then the digits: "zásilka Z 418 2290 447"
        }
        if (before == '/' && text.charAt(start) == '+' && Chars.digitRunEnd(text, start + 1) - start > MIN_SENDER_DIGITS) {
            return false; // written whole, as a dial string is (not the "+4" of a proxy log's timers)
        }
        if (before == '/' && Chars.digitRunEnd(text, start) - start >= MIN_SENDER_DIGITS && afterChannelTechnology(text, start - 1)) {
            return false; // an Asterisk dial string: "PJSIP/18095550143@kestrel-trunk"
        }
        if (afterSlashedDigits(text, start)) {
            return true; // "0.0.0.0/8 ...", a German job centre's "BG-Nummer 98765//0012345"
        }
        return (before == '-' || before == '/' || before == '#' || before == '_' || before == '.')
                && Character.isLetterOrDigit(text.charAt(start - 2))
                && !(before == '#' && phoneWordEndsAt(text, start - 1)) // "ph#(317)555-0109", not "PO#88213"
                && !(before == '-' && Chars.isHebrew(text.charAt(start - 2))) // "ל-052-643-8817": to 052...
                && !afterGpsiPrefix(text, start)
                && !(before == '-' && outsideLineAt(text, start - 2))
                && !(before == '-' && SpokenDigits.nguniPrefixBefore(text, start - 1)); // "yi-078 331 5204": it's 078...
    }

    /**
     * Whether {@code text[start, end)} is the nine digits of a postal item's id (UPU S10) written
     * apart from its letters: two capitals, the digits, the country's two capitals ({@code CB 482 913
     * 675 MA}, {@code RR 123456785 DE}), as posts print it on a label.
     */
    private static boolean postalItemId(String text, int start, int end) {
        return Chars.countDigits(text, start, end) == POSTAL_ITEM_DIGITS && start >= 3 && text.charAt(start - 1) == ' '
                && twoCapitals(text, start - 3) && end + 3 <= text.length() && text.charAt(end) == ' '
                && twoCapitals(text, end + 1);
    }

    private static final int POSTAL_ITEM_DIGITS = 9;

    /** Whether two capital letters stand at {@code at} as a word of their own. */
    private static boolean twoCapitals(String text, int at) {
        return at + 2 <= text.length() && Character.isUpperCase(text.charAt(at)) && Character.isUpperCase(text.charAt(at + 1))
                && !Chars.wordCharAt(text, at - 1) && !Chars.wordCharAt(text, at + 2);
    }

    /** The channel technologies of an Asterisk dial string, as Asterisk writes them before the number's slash. */
    private static final List<String> CHANNEL_TECHNOLOGIES = List.of("PJSIP", "SIP", "IAX2", "DAHDI");

    /**
     * Whether one of {@link #CHANNEL_TECHNOLOGIES} ends at {@code slash}, a word of its own, or before a
     * peer's name that ends there ("SIP/trunk-intl/00966504417206": technology, peer, number).
     */
    private static boolean afterChannelTechnology(String text, int slash) {
        int peer = slash;
        while (peer > 0 && slash - peer <= MAX_PEER && (Character.isLetterOrDigit(text.charAt(peer - 1))
                || text.charAt(peer - 1) == '-' || text.charAt(peer - 1) == '_')) {
            peer--;
        }
        return channelTechnologyEndsAt(text, slash) || (peer < slash && peer > 0 && text.charAt(peer - 1) == '/'
                && channelTechnologyEndsAt(text, peer - 1));
    }

    /** Most chars of a peer's name between a channel technology and the number it dials. */
    private static final int MAX_PEER = 40;

    private static boolean channelTechnologyEndsAt(String text, int slash) {
        for (String technology : CHANNEL_TECHNOLOGIES) {
            int from = slash - technology.length();
            if (from >= 0 && text.startsWith(technology, from) && !Chars.wordCharAt(text, from - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letters that end at {@code end} are a word for a phone ("ph", "tel", "cell"). */
    private static boolean phoneWordEndsAt(String text, int end) {
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from < end && ContextWords.PHONE.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    /** Most digits and letters of a quantity with its unit glued on ("48h", "2x", "15min"). */
    private static final int MAX_QUANTITY_DIGITS = 3;
    private static final int MAX_UNIT_LETTERS = 3;

    /**
     * Where the blank before the candidate's last group stands when that group is a quantity with a
     * unit glued to it (up to three digits, then up to three letters and no more word): "48h", "2x"; or
     * with a unit of {@link #COUNT_UNITS} after a blank ("6 pages"); else -1.
     */
    private static int quantityAfterBlank(String text, int start, int end) {
        if (end + 1 < text.length() && text.charAt(end) == ' ' && countUnitAt(text, end + 1)) {
            // "from +1 (559) 555-0133 6 pages": a count with its unit a word of its own
            int blank = end;
            while (blank > start && Chars.isAsciiDigit(text.charAt(blank - 1))) {
                blank--;
            }
            return blank > start && text.charAt(blank - 1) == ' ' && end - blank <= MAX_QUANTITY_DIGITS ? blank - 1 : -1;
        }
        if (end >= text.length() || !Chars.isAsciiLetter(text.charAt(end))) {
            return -1;
        }
        int blank = end;
        while (blank > start && Chars.isAsciiDigit(text.charAt(blank - 1))) {
            blank--;
        }
        if (end - blank == 1 && blank > start && text.charAt(blank - 1) == ' ' && SpokenDigits.arabiziWordAt(text, blank)) {
            return blank - 1; // "... 12 03 3afak": Arabizi writes a letter as a digit, "3afak" is a word
        }
        int unitEnd = end;
        while (unitEnd < text.length() && unitEnd - end <= MAX_UNIT_LETTERS && Chars.isAsciiLetter(text.charAt(unitEnd))) {
            unitEnd++;
        }
        return blank > start && text.charAt(blank - 1) == ' ' && end - blank <= MAX_QUANTITY_DIGITS
                && unitEnd - end <= MAX_UNIT_LETTERS && !Chars.wordCharAt(text, unitEnd) ? blank - 1 : -1;
    }

    /** Units a count is written with, a word apart: a fax's pages, a call's minutes. */
    private static final Set<String> COUNT_UNITS = Set.of("page", "pages", "pp", "pgs", "min", "mins", "minutes", "sec",
            "secs", "seconds", "hrs", "hours", "days", "items", "attempts", "calls", "times");

    /** Whether one of {@link #COUNT_UNITS} stands at {@code at}, a word of its own. */
    private static boolean countUnitAt(String text, int at) {
        int end = at;
        while (end < text.length() && Chars.isAsciiLetter(text.charAt(end))) {
            end++;
        }
        return end > at && !Chars.wordCharAt(text, end) && COUNT_UNITS.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    /**
     * The type a reservation system writes after a phone in a passenger record ("AP YUL 418-555-0151-M",
     * "1.YYZ416-555-0143-H"): home, business, mobile, agency, travel agent.
     */
    private static final Pattern GDS_PHONE_TYPE = Pattern.compile("-[HBMAT](?![\\p{L}\\d-])");

    /**
     * An Amadeus record's phone element with its city or without ("AP YUL ", "3 AP "), or Sabre's item with its
     * city glued ("1.YYZ").
     */
    private static final Pattern GDS_PHONE_ELEMENT = Pattern.compile(
            "(?:(?<![\\p{L}])AP (?:\\p{Lu}{3} )?|(?<![\\d.])\\d{1,2}\\.\\p{Lu}{3})$");

    /** Whether {@code text[start, end)} is a phone of a passenger record, with its type after it: "AP YUL 418-555-0151-M". */
    private static boolean gdsPhone(String text, int start, int end) {
        return GDS_PHONE_TYPE.matcher(text).region(end, text.length()).lookingAt()
                && GDS_PHONE_ELEMENT.matcher(text).region(Math.max(0, start - 8), start).find();
    }

    /**
     * {@code 2024110418-NL}, {@code 7731_A}, {@code 2409081_052652}, {@code 1234567TA}: digits a code goes on from are part of
     * it. A Latin letter glued to the last digit makes a code too, but for an extension's {@code x} or
     * {@code e} ({@code 5550199x22}, {@code 5550199ext 22}).
     */
    private static boolean continuesAsIdentifier(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        if (text.startsWith("^^^", end)) {
            return true; // HL7's identifier with its assigning authority: "PID|1||4155456583^^^NHS^NH"
        }
        if (hl7PersonAfter(text, end)) {
            return true; // HL7's person with an id: "AIP|1||2355087190^RAO^ANJALI^^^MD", an NPI and a name
        }
        char after = text.charAt(end);
        if (after == '%') {
            return true; // a percentage, or a query's prefix of numbers: "WHERE msisdn LIKE '2783412%'"
        }
        if (after == '_') {
            // No one writes a phone's groups with an underscore: "firmware 2409081_052652", a file's name.
            return end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
        }
        if (after == '-') {
            return end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)) && !caseEndingAt(text, end + 1);
        }
        if (after == 'e' || after == 'E') {
            // An extension's "ext" or "e" alone, but not a hash's next hex digit ("commit 4992865e264cd...").
            return end + 1 < text.length() && Chars.isAsciiLetterOrDigit(text.charAt(end + 1))
                    && !text.regionMatches(true, end, "ext", 0, 3);
        }
        return Chars.isAsciiLetter(after) && after != 'x' && after != 'X';
    }

    /**
     * Whether a Hungarian or Finnish case ending stands at {@code from}, after the hyphen that joins it
     * to a number ("a 0670/228-1944-et", "06 70 333 1820-ra", "040 123 4567:ään"): up to four lower-case
     * letters, then no letter or digit. A code's suffix is written in capitals ("2024110418-NL").
     */
    private static boolean caseEndingAt(String text, int from) {
        int end = from;
        while (end < text.length() && end - from <= 4 && Character.isLowerCase(text.charAt(end))) {
            end++;
        }
        return end > from && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                && CASE_ENDINGS.contains(text.substring(from, end));
    }

    /** Hungarian and Finnish case endings a number takes after a hyphen (not a call id's "-xoqo"). */
    private static final Set<String> CASE_ENDINGS = Set.of("ra", "re", "r\u00f3l", "r\u0151l", "hoz", "hez", "h\u00f6z",
            "on", "en", "\u00f6n", "nak", "nek", "ba", "be", "ban", "ben", "t", "et", "at", "ot", "\u00f6t", "t\u00f3l",
            "t\u0151l", "val", "vel", "ig", "een", "aan", "\u00e4\u00e4n", "lle", "lta", "lt\u00e4", "sta", "st\u00e4",
            "ssa", "ss\u00e4", "n", "ta", "t\u00e4");

    /**
     * Where the candidate starting at {@code start} begins after the number of a list item ("1)
     * (847) 555-0153 re claim status; 2) ..."): one or two digits and a bracket that closes nothing,
     * then a blank, or one or two digits and a full stop at a line's start ("1. 514-555-0129"), or the
     * index of a word that numbers its items ("Line 1 (212) 555-0143"); {@code start} when there is none.
     */
    private static int listNumberEnd(String text, int start, int end) {
        int digits = Chars.digitRunEnd(text, start);
        if (digits - start >= 1 && digits - start <= 2 && digits + 2 < end && text.charAt(digits) == ' '
                && text.charAt(digits + 1) == '(' && indexWordBefore(text, start)) {
            return digits + 1; // "Line 1 (212) 555-0143": a statement's line, not the trunk prefix 1
        }
        if (digits - start >= 1 && digits - start <= 2 && digits + 2 < end && text.charAt(digits) == '.'
                && text.charAt(digits + 1) == ' ' && (start == 0 || text.charAt(start - 1) == '\n')) {
            return digits + 2; // "Callback list\n1. 514-555-0129": the item's number at the line's start, not a trunk prefix
        }
        if (digits - start < 1 || digits - start > 2 || digits + 2 >= end || text.charAt(digits) != ')'
                || text.charAt(digits + 1) != ' ' || (start > 0 && text.charAt(start - 1) == '(')) {
            return start;
        }
        return digits + 2;
    }

    /** A span of years: "all call recordings 2022-2025", "1998 - 2004". */
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:19|20)\\d\\d) ?[-\u2013] ?((?:19|20)\\d\\d)");

    /** Whether the candidate is a span of years, the second after the first. */
    private static boolean yearRange(String text, int start, int end) {
        Matcher years = YEAR_RANGE.matcher(text.subSequence(start, end));
        return years.matches() && Integer.parseInt(years.group(2)) > Integer.parseInt(years.group(1));
    }

    /** An Australian Medicare card's number as the card prints it: four, five and one digits ("6055 12377 9"). */
    private static final Pattern MEDICARE = Pattern.compile("[2-6]\\d{3} \\d{5} \\d");
    private static final int[] MEDICARE_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};

    /**
     * Whether the candidate is a Medicare card's number, its ninth digit the check digit of the eight
     * before (weights 1, 3, 7, 9): no plan groups a phone four, five and one.
     */
    private static boolean medicareNumber(String text, int start, int end) {
        if (!MEDICARE.matcher(text.subSequence(start, end)).matches()) {
            return false;
        }
        String digits = Chars.digitsOf(text, start, end);
        int sum = 0;
        for (int k = 0; k < MEDICARE_WEIGHTS.length; k++) {
            sum += (digits.charAt(k) - '0') * MEDICARE_WEIGHTS[k];
        }
        return sum % 10 == digits.charAt(8) - '0';
    }

    /** Most digits of a country code. */
    private static final int MAX_COUNTRY_CODE = 3;

    /**
     * A bare run that no plan read whose digits are a found international number's without its country
     * code: the same number in national form beside it ("A=+48 604 733 018 B=604733018 C=0048604733018",
     * a CRM's duplicates). It is that number, as sure.
     */
    private void addNationalFormsOfFound(String text, List<int[]> unread, List<Detection> found) {
        List<Detection> international = found.stream().filter(d -> text.charAt(d.start()) == '+' || text.startsWith("00", d.start()))
                .toList();
        for (int[] candidate : unread) {
            int start = candidate[0];
            int end = candidate[1];
            if (!Chars.onlyDigits(text, start, end) || end - start < MIN_BARE_KEYED
                    || found.stream().anyMatch(d -> d.start() < end && start < d.end())) {
                continue;
            }
            String digits = text.substring(start, end);
            for (Detection phone : international) {
                String whole = Chars.digitsOf(text, phone.start(), phone.end());
                String intl = text.charAt(phone.start()) == '+' ? whole : whole.substring(2);
                int codeLength = intl.length() - digits.length();
                if (intl.endsWith(digits) && codeLength >= 1 && codeLength <= MAX_COUNTRY_CODE
                        && !"ZZ".equals(util.getRegionCodeForCountryCode(Integer.parseInt(intl.substring(0, codeLength))))) {
                    found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, phone.confidence(), NAME));
                    break;
                }
            }
        }
    }

    /**
     * Where the candidate starting at {@code start} begins after a fraction of one ("cpu_util{...} 0.73
     * 1710512400": a metric's value before its time stamp); {@code start} when it does not start with one.
     */
    private static int afterDecimal(String text, int start, int end) {
        if (start + 2 >= end || text.charAt(start) != '0' || text.charAt(start + 1) != '.' || !Chars.isAsciiDigit(text.charAt(start + 2))
                || start > 0 && (Chars.isAsciiDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            return start;
        }
        int fraction = Chars.digitRunEnd(text, start + 2);
        return fraction + 1 < end && text.charAt(fraction) == ' ' ? fraction + 1 : start;
    }

    /** Digits of a kernel log's time stamp's fraction: "[  812.441203] nvme nvme0: ...". */
    private static final int KERNEL_TIME_FRACTION = 6;

    /** Whether the candidate is a kernel log's time stamp: seconds and microseconds in brackets, "[  812.441203]". */
    private static boolean kernelTime(String text, int start, int end) {
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int point = Chars.digitRunEnd(text, start);
        return before > 0 && text.charAt(before - 1) == '[' && point < end && text.charAt(point) == '.'
                && Chars.digitRunEnd(text, point + 1) == point + 1 + KERNEL_TIME_FRACTION
                && text.startsWith("]", point + 1 + KERNEL_TIME_FRACTION);
    }

    /** Whether the digit at {@code digit} numbers a phone's key ("phone1") or a statement's line ("Line 1"). */
    private static boolean numberedWordBefore(String text, int digit) {
        return phoneWordEndsAt(text, digit) || indexWordBefore(text, Chars.digitRunStart(text, digit + 1));
    }

    /**
     * Where the candidate starting at {@code start} begins after a time's minutes ("2024-06-13 20:40
     * 336-555-0192 ACTIVE", whose candidate opens with "40 "): two digits after a digit and ':', then a
     * blank; {@code start} when there are none.
     */
    private static int afterMinutes(String text, int start, int end) {
        return start + 3 < end && minutesEndAt(text, start + 2) && Chars.digitRunEnd(text, start) == start + 2
                && text.charAt(start + 2) == ' ' ? start + 3 : start;
    }

    /**
     * Whether the candidate {@code text[start, end)} ends in a time's hour glued to a date by a dash,
     * then ':' and two digits ({@code 52=20251114-14:31:07.114}, a FIX message's sending time). A
     * number with a time after a blank ("030 2847 1190 12:30") is read without the hour elsewhere.
     */
    private static boolean hourBeforeMinutes(String text, int start, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != ':' || !Chars.isAsciiDigit(text.charAt(end + 1))
                || !Chars.isAsciiDigit(text.charAt(end + 2))) {
            return false;
        }
        int hour = Chars.digitRunStart(text, end);
        return end - hour <= 2 && hour > start + 1 && text.charAt(hour - 1) == '-'
                && hour - 1 - Chars.digitRunStart(text, hour - 1) == DATE_DIGITS;
    }

    /** Digits of a date written without separators, {@code 20251114}. */
    private static final int DATE_DIGITS = 8;

    /** Whether a time's minutes end at {@code end}: a digit, ':' and two digits ("09:11"). */
    private static boolean minutesEndAt(String text, int end) {
        return end >= 4 && text.charAt(end - 3) == ':' && Chars.isAsciiDigit(text.charAt(end - 4))
                && Chars.isAsciiDigit(text.charAt(end - 2)) && Chars.isAsciiDigit(text.charAt(end - 1));
    }

    /**
     * HL7 v2's telephone fields, by segment: PID-13 and 14, NK1-5 and 6, GT1-6 and 7, IN1-7, IN2-63 and
     * 64, ORC-14, OBR-17, STF-10, PRD-5, CTD-5.
     */
    private static final Map<String, Set<Integer>> HL7_PHONE_FIELDS = Map.of("PID", Set.of(13, 14), "NK1", Set.of(5, 6),
            "GT1", Set.of(6, 7), "IN1", Set.of(7), "IN2", Set.of(63, 64), "ORC", Set.of(14), "OBR", Set.of(17),
            "STF", Set.of(10), "PRD", Set.of(5), "CTD", Set.of(5));

    /**
     * Whether {@code text[start, end)} fills a field of an HL7 v2 segment that holds no telephone
     * number ({@code PID|...||M||7001934455|420-01-7129}: PID-18, the patient's account number; an NPI
     * in PV1, an insurer's group number in IN1). A field that {@link #HL7_PHONE_FIELDS} names, and a
     * number written with a bracketed area code or a '+', are left to the rest of the reading.
     */
    private static boolean hl7OtherField(String text, int start, int end) {
        if ((end < text.length() && "|^~\r\n".indexOf(text.charAt(end)) < 0) || text.charAt(start) == '('
                || text.charAt(start) == '+') {
            return false; // (a number with its area code in brackets or its '+' is written as a phone, wherever it stands)
        }
        Hl7Fields.Field field = Hl7Fields.at(text, start);
        if (field == null) {
            return false;
        }
        Set<Integer> phoneFields = HL7_PHONE_FIELDS.get(field.segment());
        return phoneFields != null ? !phoneFields.contains(field.index()) : HL7_SEGMENTS.contains(field.segment());
    }

    /**
     * HL7 v2 segments of patient administration, orders, scheduling and billing that hold no telephone
     * field (MSH is left out: its field separator counts as its first field). A pipe export's own
     * three capitals ("USA|2125550147|...") are none of these.
     */
    private static final Set<String> HL7_SEGMENTS = Set.of("EVN", "PD1", "PV1", "PV2", "AIP", "AIL", "AIS", "AIG", "SCH",
            "RGS", "OBX", "AL1", "DG1", "PR1", "FT1", "ROL", "ACC", "UB1", "UB2", "NTE", "TXA", "MRG", "QRD", "RXE", "RXO");

    /**
     * Whether an HL7 component holding a name follows {@code end}: '^' and capitals that are no
     * telecommunication use code ("(210)555-0147^PRN^PH" is a phone with its use; "2355087190^RAO^ANJALI"
     * a provider's id with their name).
     */
    private static boolean hl7PersonAfter(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '^' || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isUpperCase(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd < text.length() && text.charAt(wordEnd) == '^'
                && !HL7_TELECOM_USES.contains(text.substring(end + 1, wordEnd));
    }

    /** HL7 v2's telecommunication use codes (table 0201), written after a number in an XTN field. */
    private static final Set<String> HL7_TELECOM_USES = Set.of("PRN", "ORN", "WPN", "VHN", "ASN", "EMR", "NET", "BPN",
            "PRS", "PH", "CP", "FX", "MD", "BP");

    /**
     * Whether the candidate at {@code start} follows a list's slash set off by blanks after a number of
     * its own ("78229 / "; not an id's digits, "TRK-09 / ").
     */
    private static boolean listedAfterSlash(String text, int start) {
        if (start < 4 || !text.startsWith(" / ", start - 3) || !Chars.isAsciiDigit(text.charAt(start - 4))) {
            return false;
        }
        int item = Chars.digitRunStart(text, start - 3);
        return item == 0 || text.charAt(item - 1) == ' ';
    }

    /** Words numbered with a digit of their own before a number: "Line 2 (212) 555-0144", "item 3 ...". */
    private static final Set<String> INDEXED_WORDS = Set.of("line", "item", "row", "slot");

    /** Whether one of {@link #INDEXED_WORDS}, opening a line, ends one blank before {@code start}. */
    private static boolean indexWordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int wordStart = start - 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // Only opening a line of a listing: in prose "the after-hours line 1 (800) 555-0199" is a phone
        // line, and the 1 its trunk prefix.
        return (wordStart == 0 || text.charAt(wordStart - 1) == '\n')
                && INDEXED_WORDS.contains(text.substring(wordStart, start - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the next item of a list starts inside the candidate {@code text[start, end)} (the blank
     * before {@code 3)} in "+91 80 4123 4567 3) 1800 425 1234"): one or two digits and a bracket that
     * closes none opened in the candidate, then a blank and the next number; -1 if none.
     */
    private static int nextListItem(String text, int start, int end) {
        for (int i = text.indexOf(')', start); i >= 0 && i < end; i = text.indexOf(')', i + 1)) {
            int digits = i;
            while (digits > start && i - digits < 2 && Chars.isAsciiDigit(text.charAt(digits - 1))) {
                digits--;
            }
            if (digits < i && digits > start && text.charAt(digits - 1) == ' ' && i + 2 < end && text.charAt(i + 1) == ' '
                    && (Chars.isAsciiDigit(text.charAt(i + 2)) || text.charAt(i + 2) == '+' || text.charAt(i + 2) == '(')
                    && unclosedBrackets(text, start, digits) <= 0) {
                return digits - 1;
            }
        }
        return -1;
    }

    /** Brackets opened and not closed in {@code text[start, end)}. */
    private static int unclosedBrackets(String text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return open;
    }

    /** {@code arn:aws:iam::112233445566:user/cc-ci}: digits inside an Amazon resource name are its account's id. */
    private static boolean inArn(String text, int start) {
        int token = start;
        while (token > 0 && !Character.isWhitespace(text.charAt(token - 1)) && text.charAt(token - 1) != '='
                && text.charAt(token - 1) != '"' && text.charAt(token - 1) != '\'') {
            token--; // (a quote opens a JSON value: "role":"arn:aws:iam::114477220933:role/cc-export")
        }
        return token < start && text.regionMatches(true, token, "arn:", 0, 4);
    }

    /**
     * Whether the question marks after a number follow one written whole with its '+' ("llamó desde +34
     * 644 71 09 83?? NO, ..."): the writer's, not two digits masked.
     */
    private boolean wholeInternationalBeforeQuestion(String text, int start, int end) {
        return text.charAt(end) == '?' && text.charAt(start) == '+' && isValid(text.substring(start, end), "ZZ");
    }

    /**
     * {@code +44 20 7946 0xxx}: digits written as {@code x} after the number make it a range or a
     * masked number, not one that can be dialled.
     */
    private static boolean maskedDigitsAfter(String text, int end) {
        if (end + 1 >= text.length()) {
            return false;
        }
        char first = text.charAt(end);
        char second = text.charAt(end + 1);
        if ((first == 'x' || first == 'X') && (second == 'x' || second == 'X')) {
            return true;
        }
        if ((first == ' ' || first == '-') && maskedGroupAt(text, end + 1) == end - Chars.digitRunStart(text, end)) {
            // "080 6917 xxxx", "555-XXXX": a group masked as long as the one before it ("07700 900123 xx"
            // signs off a message with kisses).
            return true;
        }
        // "555-01??", "555-01**": marks that finish a group of two digits; after a whole group they are
        // the writer's ("+44 20 7946 0958?? is that legit").
        int group = Chars.digitRunStart(text, end);
        return (first == '?' || first == '*') && second == first && end - group <= 2;
    }

    /**
     * {@code 305-555-01}, {@code 1-844-555-012}: a North American number written in its own dashed
     * groups with its last group cut short, an incomplete number ("it's missing a digit"), not another
     * country's that happens to have as many digits. (Three digits last stay readable without the
     * leading 1, as Spain's and the Czech Republic's nine digits are written, 612-345-678; and after
     * 1-800 and 1-700, Israel's national service numbers, 1-800-222-333.)
     */
    private static boolean truncatedNanp(String text, int start, int end) {
        if (end - start < TRUNCATED_NANP_MIN || end - start > TRUNCATED_NANP_MAX
                || text.charAt(start + 3) != '-' && !text.startsWith("1-", start)
                || end < text.length() - 1 && text.charAt(end) == '-' && Chars.isAsciiDigit(text.charAt(end + 1))) {
            return false;
        }
        Matcher truncated = TRUNCATED_NANP.matcher(text).region(start, end);
        return truncated.matches() && (truncated.group(3).length() < 3
                || truncated.group(1) != null && !truncated.group(2).equals("800") && !truncated.group(2).equals("700"));
    }

    private static final Pattern OUTSIDE_LINE = Pattern.compile("9-1-[2-9]\\d{2}-[2-9]\\d{2}-\\d{4}(?![\\d-])");

    /** Whether a North American number in dashed groups stands at {@code at} after a PBX's 9 for an outside line. */
    private static boolean outsideLineAt(String text, int at) {
        return text.startsWith("9-1-", at) && OUTSIDE_LINE.matcher(text).region(at, text.length()).lookingAt();
    }

    private static final int TRUNCATED_NANP_MIN = "305-555-0".length();
    private static final int TRUNCATED_NANP_MAX = "1-844-555-012".length();
    private static final Pattern TRUNCATED_NANP = Pattern.compile("(1-)?([2-9]\\d{2})-[2-9]\\d{2}-(\\d{1,3})");

    /** The length of a word of {@code x} alone at {@code at} (a masked group of digits), or 0. */
    private static int maskedGroupAt(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
            i++;
        }
        return Chars.wordCharAt(text, i) ? 0 : i - at;
    }

    /**
     * Where the rest of {@code text[start, end)} starts after a number of one to three digits that
     * opens it and a dash set off by blanks ("61 - 06 72 14 38 55"), when a word stands before it; -1
     * otherwise.
     */
    private static int afterShortNumberAndDash(String text, int start, int end) {
        int runEnd = Chars.digitRunEnd(text, start);
        if (runEnd - start > 3 || runEnd == start || runEnd + 3 >= end || !text.startsWith(" - ", runEnd)
                || !Chars.isAsciiDigit(text.charAt(runEnd + 3)) || start < 2 || text.charAt(start - 1) != ' '
                || !Character.isLetter(text.charAt(start - 2))) {
            return -1;
        }
        return runEnd + 3;
    }

    /**
     * The digits of {@code text[start, slash)} but a trunk prefix in brackets: "+43 (0) 2742 / 35 12 80"
     * holds a country and an area code before its slash, six digits, no whole number.
     */
    private static int digitsBeforeSlash(String text, int start, int slash) {
        int digits = Chars.countDigits(text, start, slash);
        for (int i = start; i + 3 <= slash; i++) {
            if (text.startsWith("(0)", i)) {
                return digits - 1;
            }
        }
        return digits;
    }

    /**
     * Whether the national number is a form's placeholder, zeros only ("+1 000 000 0000"): no plan
     * assigns it. (Not a digit and zeros, "600 000 000": one set labels it as a caller's mobile, another
     * as a record's default value, and only the words around it tell which.)
     */
    private static boolean placeholder(PhoneNumber number) {
        return number.getNationalNumber() == 0;
    }

    /** Shortest group of a range of codes ({@link #rangeOfCodes}): a phone's 4-4 halves ("9123-9456") are not read as one. */
    private static final int MIN_RANGE_GROUP = 5;

    private static final int MIN_EN_DASH_RANGE_GROUP = 4;

    /**
     * Whether {@code text[start, end)} is two groups of as many digits (five or more) joined by a dash
     * or a slash, the second greater than the first and both opening with the same digits but the last
     * three: a range or a pair of neighbouring codes, as a service area's ZIPs are listed
     * ("85735-85750", "85653/85658"). A phone number's halves are no such pair but by chance (about one
     * number in two hundred of that grouping).
     */
    private static boolean rangeOfCodes(String text, int start, int end) {
        int firstEnd = Chars.digitRunEnd(text, start);
        int length = firstEnd - start;
        // (An en dash, the typographer's sign of a range, joins groups of four too: "4000\u20134099 revenues".)
        boolean enDash = firstEnd < end && text.charAt(firstEnd) == '\u2013';
        if (length < (enDash ? MIN_EN_DASH_RANGE_GROUP : MIN_RANGE_GROUP) || end - firstEnd != length + 1
                || (text.charAt(firstEnd) != '-' && text.charAt(firstEnd) != '/' && !enDash)
                || Chars.digitRunEnd(text, firstEnd + 1) != end) {
            return false;
        }
        int shared = length - 3;
        return text.regionMatches(start, text, firstEnd + 1, shared)
                && text.substring(firstEnd + 1 + shared, end).compareTo(text.substring(start + shared, firstEnd)) > 0;
    }

    /**
     * {@code Chrome 122.0.6261.129}, {@code Windows 10.0.19045.5487}, {@code 6.4.3.5045}: groups split
     * by dots alone, at least four, one of them after the first a single {@code 0} or two of them a
     * single digit, are a version (also as the last word of the candidate); no plan writes a phone
     * number with such groups.
     */
    private static boolean isVersion(String text, int start, int end) {
        int blank = text.lastIndexOf(' ', end - 1);
        if (blank > start && isVersion(text, blank + 1, end)) {
            return true; // "Poly VVX 450 6.4.3.5045": a model number and the version after it
        }
        int groups = 0;
        int oneDigit = 0;
        boolean zeroGroup = false;
        int i = start;
        while (i < end) {
            int groupEnd = Chars.digitRunEnd(text, i);
            if (groupEnd == i) {
                return false;
            }
            if (groups > 0 && groupEnd - i == 1 && text.charAt(i) == '0') {
                zeroGroup = true;
            }
            oneDigit += groupEnd - i == 1 ? 1 : 0;
            groups++;
            if (groupEnd < end && text.charAt(groupEnd) != '.') {
                return false;
            }
            i = groupEnd + 1;
        }
        return groups >= 4 && (zeroGroup || oneDigit >= 2);
    }

    /**
     * Where a bracket opens after a blank in the candidate {@code text[start, end)} and is not closed
     * in it ({@code 1800 419 2580 (9}, the candidate of "... (9am–9pm)"); -1 if none does. A bracket
     * closed inside the candidate is an area code or a {@code (0)}.
     */
    private static int bracketAfterBlank(String text, int start, int end) {
        int open = text.lastIndexOf('(', end - 1);
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (open <= start || (close >= 0 && close < end)) {
            return -1;
        }
        char before = text.charAt(open - 1);
        return before == ' ' || before == '\u00a0' ? open : -1;
    }

    /**
     * A date as a candidate's last group ({@code 10/09/2025}, {@code 2025-10-09}, {@code 09.10.2025}),
     * also without its year after a slash ({@code called +49 30 25557184 03/04 09:10}): no plan ends a
     * number with a slash between its last digits.
     */
    private static final Pattern DATE_GROUP = Pattern.compile(
            "\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    /** Where the blank before a candidate's last group of one digit stands when a word follows it ("445 3 razy"); -1 if none. */
    private static int countAfterBlank(String text, int start, int end) {
        // (After a group of three digits at least: numbers typed digit by digit, "0 6 3 9 9 8 5 5 1 0", or in
        // pairs, "0221 / 98 76 54 3", end in such a group as their own.)
        boolean loneDigit = end - start > 6 && text.charAt(end - 2) == ' ' && Chars.onlyDigits(text, end - 5, end - 2);
        return loneDigit && end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLetter(text.charAt(end + 1))
                ? end - 2 : -1;
    }

    /**
     * Where the blank before the candidate's last group stands when that group is a date or a time's
     * hour (the {@code 10} of {@code 10:30}: the candidate stops at the colon); -1 when it is neither.
     */
    private static int dateOrTimeAfterBlank(String text, int start, int end) {
        int blank = end - 1;
        while (blank > start && text.charAt(blank) != ' ' && text.charAt(blank) != '\u00a0') {
            blank--;
        }
        if (blank <= start) {
            return -1;
        }
        int group = blank + 1;
        boolean hour = end - group <= 2 && Chars.onlyDigits(text, group, end) && end + 2 < text.length()
                && text.charAt(end) == ':' && Chars.isAsciiDigit(text.charAt(end + 1)) && Chars.isAsciiDigit(text.charAt(end + 2));
        return hour || timeWithMeridiem(text, group, end) || hasDateSeparator(text, group, end) && (DATE_GROUP.matcher(text.subSequence(group, end)).matches()
                || dayAndMonthAfterBlanks(text, start, blank, group, end)) ? blank : -1;
    }

    /**
     * Whether {@code text[group, end)} is a time of three or four digits glued to its "a", "p", "am" or
     * "pm", as notes write it ("LM for clmt @ 404.555.0108 3/25 1015a"): 1:00 to 12:59.
     */
    private static boolean timeWithMeridiem(String text, int group, int end) {
        if (end - group < 3 || end - group > 4 || !Chars.onlyDigits(text, group, end) || end >= text.length()) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(end));
        int after = end + 1 < text.length() && Character.toLowerCase(text.charAt(end + 1)) == 'm' ? end + 2 : end + 1;
        int time = Integer.parseInt(text, group, end, 10);
        return (c == 'a' || c == 'p') && !Chars.wordCharAt(text, after) && time / 100 >= 1 && time / 100 <= 12 && time % 100 < 60;
    }

    /**
     * Whether {@code text[group, end)} is a day and month without a year ({@code 13.11}) after groups
     * split by blanks only: "+380 96 771 40 38 13.11 о 16:20". A number written with dots
     * ({@code 06.12.34.56.78}) has no such last group.
     */
    private static boolean dayAndMonthAfterBlanks(String text, int start, int blank, int group, int end) {
        return DAY_AND_MONTH.matcher(text.subSequence(group, end)).matches() && Chars.indexOf(text, '.', start, group) < 0
                && Chars.indexOf(text, '-', start, blank) < 0 && Chars.indexOf(text, '/', start, blank) < 0;
    }

    private static final Pattern DAY_AND_MONTH = Pattern.compile("(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.?");

    /** Whether one of {@code found} from index {@code from} on starts at the candidate's first digit (or its bracket). */
    private static boolean readsFromStart(List<Detection> found, int from, int start) {
        for (int k = from; k < found.size(); k++) {
            if (found.get(k).start() <= start + 1) {
                return true;
            }
        }
        return false;
    }

    /** Most digits of a house number. */
    private static final int MAX_HOUSE_NUMBER = 5;

    /**
     * Where the blank before the candidate's last group stands when that group is a house number: one
     * to five digits after a single blank, then a blank and a capital ({@code 3377 Kingsway}), after at
     * least {@link #MIN_DIGITS} digits; -1 otherwise.
     */
    private static int houseNumberAfterBlank(String text, int start, int end) {
        int group = Math.max(start, Chars.digitRunStart(text, end));
        int blank = group - 1;
        return houseNumberAt(text, group, end) && blank > start && text.charAt(blank) == ' '
                && Chars.isAsciiDigit(text.charAt(blank - 1)) && Chars.countDigits(text, start, blank) >= MIN_DIGITS
                ? blank : -1;
    }

    /**
     * Where the candidate's last group starts another field, its separator included: a list item's
     * number of one or two digits glued to its ')' ({@code 2)}), or a house number after a spaced slash
     * ({@code / 4 Barrack Street}); -1 otherwise.
     */
    private static int nextFieldAfterBlank(String text, int start, int end) {
        int group = Math.max(start, Chars.digitRunStart(text, end));
        if (group - 1 <= start || text.charAt(group - 1) != ' ' || Chars.countDigits(text, start, group) < MIN_DIGITS) {
            return -1;
        }
        // (Not a number in brackets, "(+31 6 53 90 17 24)": its last group before the closing one.)
        if (end - group <= MAX_LIST_ITEM && end + 2 < text.length() && text.charAt(end) == ')' && text.charAt(end + 1) == ' '
                && Character.isLetter(text.charAt(end + 2)) && Chars.isAsciiDigit(text.charAt(group - 2))
                && !insideBrackets(text, start)) {
            return group - 1;
        }
        boolean slash = group - 3 > start && text.startsWith(" / ", group - 3) && Chars.isAsciiDigit(text.charAt(group - 4));
        return slash && end > group && houseNumberAt(text, group, end) ? group - 3 : -1;
    }

    /** Most digits of a list item's number ("2)"). */
    private static final int MAX_LIST_ITEM = 2;

    /** Whether {@code text[group, end)} may be a house number: a few digits, a blank and a capital after them. */
    private static boolean houseNumberAt(String text, int group, int end) {
        return end - group <= MAX_HOUSE_NUMBER && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isUpperCase(text.charAt(end + 1));
    }

    /** Whether a spaced slash and a house number follow {@code end}: the next field, which libphonenumber must not read on into. */
    private static boolean houseNumberFieldAfter(String text, int end) {
        if (!text.startsWith(" / ", end)) {
            return false;
        }
        int group = end + 3;
        int groupEnd = Chars.digitRunEnd(text, group);
        return groupEnd > group && houseNumberAt(text, group, groupEnd);
    }

    /** Whether a bracket opened before {@code start} in its line is still open there. */
    private static boolean insideBrackets(String text, int start) {
        int depth = 0;
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} holds a date's '/', '-' or '.': the cheap test before {@link #DATE_GROUP}. */
    private static boolean hasDateSeparator(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '-' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the candidate {@code text[start, end)} ends before its last sentence break ({@code ". "}),
     * trailing blanks and dots dropped; {@code start} when it holds none.
     */
    private static int sentenceEndWithin(String text, int start, int end) {
        for (int cut = end - 2; cut > start; cut--) {
            if (text.charAt(cut) == '.' && text.charAt(cut + 1) == ' ') {
                return cut;
            }
        }
        return start;
    }

    /** Most chars from a phone number to the "mine is" that sets a caller's own number beside it. */
    private static final int MINE_AFTER_PHONE = 80;
    private static final Pattern MINE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])mine(?:\\s+is|['\u2019]s)?[\\s:,]*$");

    /**
     * "... two four five... that's my father's. mine is 9790421563": after a phone number, "mine (is)"
     * sets the speaker's own beside it, of the same kind, whatever sentence the phone's cue was in.
     */
    private static boolean mineAfterAnother(String text, int start, List<Detection> found) {
        return found.stream().anyMatch(d -> d.end() <= start && start - d.end() <= MINE_AFTER_PHONE)
                && MINE_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find();
    }

    private void inspect(String text, int start, int end, int limit, Supplier<List<String>> saidIn, boolean spoken,
            List<Detection> found) {
        // A bracket around the number (left out of the candidate) is left out of libphonenumber's view too.
        int windowStart = windowStart(text, start);
        int windowEnd = Math.min(limit, end + MARGIN_AFTER);
        String window = text.substring(windowStart, windowEnd);
        List<String> tried = PhoneValidityGate.digitStringsTried(text, windowStart, windowEnd);
        List<String> trunkRegions = start + 3 <= text.length() ? SEPARATE_TRUNK_REGIONS.get(text.substring(start, start + 3)) : null;
        if (trunkRegions == null && text.startsWith(GLUED_TRUNK_ZERO, start)) {
            trunkRegions = SEPARATE_TRUNK_REGIONS.get(GLUED_TRUNK_ZERO);
        }
        if (trunkRegions != null) {
            // "0 (541) 207 33 18", "8 (921) 348-52-16": the trunk prefix written apart before the bracketed
            // area code, as Turkey and Russia write their numbers; another plan would read the rest without it.
            for (String region : trunkRegions) {
                if (!region.equals(defaultRegion) && mayBeValid(tried, region)
                        && addWholeNumber(text, start, end, region, confidence(text.substring(start, end), true), found)) {
                    return;
                }
            }
        }
        if (text.charAt(start) == '+' && addWithTrunkZeroInBrackets(text, start, end, found)) {
            return; // "+34 (0)611 48 29 03": a "(0)" written out of habit where the plan dials none
        }
        if (text.startsWith("+52 1 (", start) && addMexicanMobileWithOne(text, start, end, found)) {
            return; // "+52 1 (33) 2819-6645": a plan reads "(33) 2819-6645" alone, without the "+52 1"
        }
        int before = found.size();
        if (mayBeValid(tried, defaultRegion) && (addWholeCandidate(text, window, windowStart, start, end, found)
                || addMatches(window, windowStart, defaultRegion, Leniency.VALID, false, found))) {
            if (text.charAt(afterOpeningBrackets(text, start, end)) == '0' && !readsFromStart(found, before, start)
                    && wholeInTrunkZeroRegion(text, start, end, tried, saidIn, found)) {
                // "030 3104882", "0631 3104882": the default plan read only the digits after an area code with
                // its trunk 0 (NANP takes seven digits as a local number); a plan that dials with a trunk 0
                // reads the whole.
                found.subList(before, found.size() - 1).clear();
            }
            return;
        }
        for (String region : saidIn.get()) {
            if (!region.equals(defaultRegion) && startsAsIn(region, text, start) && mayBeValid(tried, region)
                    && addWholeNumber(text, start, end, region, confidence(text.substring(start, end), true), found)) {
                return;
            }
        }
        int lead = afterOpeningBrackets(text, start, end);
        if (text.charAt(lead) == '+' || text.startsWith("00", lead)) {
            // A '+' country code is strong evidence on its own: accept a number of possible length even
            // where the plan says unassigned (such as the UK's 07700 900xxx range kept for fiction).
            // Not so "00...": ids and account numbers start with zeros too. Australia dials out with
            // 0011 ("0011 44 20 7946 0018"), Britain and Germany with 00.
            String region = text.startsWith("0011", lead) && !defaultRegion.equals("AU") ? "AU"
                    : defaultRegion.equals("GB") ? "DE" : "GB";
            if (!(mayBeValid(tried, region) && addMatches(window, windowStart, region, Leniency.VALID, false, found))
                    && text.charAt(lead) == '+' && !addMexicanMobileWithOne(text, start, end, found)) {
                addMatches(window, windowStart, region, Leniency.POSSIBLE, false, found);
            }
            return;
        }
        if (text.charAt(lead) == '0' && !"AR".equals(defaultRegion) && argentineMobileShape(text, start, end)
                && mayBeValid(tried, "AR") && addWholeNumber(text, start, end, "AR", OWN_SHAPE, found)) {
            // "011 15-6241-0937": Argentina's shape, read before the plans that dial with a trunk 0, one of
            // which reads a part of it ("15-6241-0937" as a German mobile).
            return;
        }
        if (text.charAt(lead) == '0' && Chars.countDigits(text, start, end) >= MIN_TRUNK_ZERO_DIGITS) {
            for (String region : TRUNK_ZERO_REGIONS) {
                if (region.equals("FR") && pairAfterFour(text, start, end)) {
                    // France writes its numbers in pairs ("03 78 35 12 77") or glued: read without a cue,
                    // fours ending in a pair are a drug's code ("NDC ... 0378-3512-77") or a reference.
                    // (Other groupings stay: the French plan is how numbers of countries that write in
                    // threes are read here, "0905 123 456".)
                    continue;
                }
                if (!region.equals(defaultRegion) && mayBeValid(tried, region)
                        && addMatches(window, windowStart, region, Leniency.VALID, true, found)) {
                    return;
                }
            }
        }
        if (lead > start && text.charAt(lead) == '0' && bracketedAreaCode(text, start, end)) {
            for (String region : BRACKETED_TRUNK_REGIONS) {
                if (!region.equals(defaultRegion) && mayBeValid(tried, region)
                        && addWholeNumber(text, start, end, region, confidence(text.substring(start, end), true), found)) {
                    return;
                }
            }
        }
        if (text.charAt(start) == '(' && addBracketedCountryCode(text, start, end, found)) {
            return;
        }
        String shapeRegion = shapeRegion(text, start, end);
        if ("IN".equals(shapeRegion) && ContextWords.lowered(text, start, EntityTypes.PHONE_NUMBER)) {
            shapeRegion = null; // "My UTR from HMRC letter is 84219 63015": a UK tax reference is written in fives too
        }
        if (shapeRegion != null && !shapeRegion.equals(defaultRegion) && mayBeValid(tried, shapeRegion)
                && addWholeNumber(text, start, end, shapeRegion, OWN_SHAPE, found)) {
            return;
        }
        if (text.charAt(lead) != '0' && Chars.onlyDigits(text, start, end)
                && (ContextWords.labelledBy(text, start, ContextWords.INTERNATIONAL_LABELS) || afterGpsiPrefix(text, start))
                && addInternational(text, start, end, found)) {
            // (No number in international form: a national one under the label, "msisdn;...;124312790"
            // in a Polish operator's export, is read below.)
            return;
        }
        if (text.charAt(lead) != '0' && addKeyedInternational(text, start, end, found)) {
            return;
        }
        // The nearest cue must be a phone cue: in "order_number=5581920" the word "number" is part of
        // an identifier key, not a phone cue. A cue right after the number ("555 0199 that's my home
        // number", "9876501234 is my mobile") admits it too, unless a negative cue stands before.
        // In a transcript the prompt before the speaker's tag is a cue too ("on the number ending
        // three oh seven?" CLIENT: "yes, 512 884 307").
        int cueStart = ContextWords.beforeSpeakerTagAndReply(text, start);
        if (spoken && cueStart == start) {
            cueStart = beforeFalseStart(text, start);
        }
        double raise = 0;
        if (!ContextWords.raised(text, start, EntityTypes.PHONE_NUMBER)
                && (cueStart == start || !ContextWords.raised(text, cueStart, EntityTypes.PHONE_NUMBER))
                && !mineAfterAnother(text, start, found)) {
            if (!ContextWords.phoneCueAfter(text, end) || ContextWords.lowered(text, start, EntityTypes.PHONE_NUMBER)) {
                return;
            }
            raise = ContextWords.RAISE; // what the same cue before the number would add
        }
        if (isSsnShaped(text, start, end)) {
            // "caller with SSN 262-63-5419": three, two and four digits with dashes is how US Social
            // Security numbers are written, and no national plan writes its numbers that way.
            return;
        }
        // Of the regions whose plan validates the number, the one that reads most of it: "(11)
        // 98214-3307" is a Brazilian mobile with its area code, though another plan may take
        // "98214-3307" alone. The earlier region in the list wins a tie. A number counts for a region
        // only written as that region writes its numbers (writtenAsIn).
        List<Detection> best = List.of();
        // Under a phone's key ("tlf=41234567") a number needs no grouping to be read as one; nor does
        // one said in words after a word for a phone ("my phone is nine three two one double six eight
        // four"; not a weaker cue such as "caller", or Turkish "cep", Portuguese's postcode): a caller's
        // pauses are not always written, so a said number shows no grouping.
        boolean keyed = Chars.onlyDigits(text, start, end)
                && (ContextWords.labelledBy(text, start, ContextWords.PHONE_KEYS)
                        || (spoken && ContextWords.phoneWordBefore(text, start)
                                && ContextWords.near(text, start, ContextWords.PHONE_KEYS)));
        for (String region : NATIONAL_REGIONS) {
            if (region.equals(defaultRegion) || !startsAsIn(region, text, start) || !mayBeValid(tried, region)) {
                continue;
            }
            List<Detection> read = new ArrayList<>();
            addMatches(window, windowStart, region, Leniency.VALID, true, raise, read);
            read.removeIf(d -> !keyed && !writtenAsIn(region, text, d.start(), d.end())
                    || !spoken && !writtenWithItsTrunkPrefix(region, text, d.start()));
            if (coverage(read) > coverage(best)) {
                best = read;
            }
        }
        if (!best.isEmpty()) {
            found.addAll(best);
            return;
        }
        // "my number is 555-0142": a local number without area code is possible, not valid.
        PhoneValidityGate local = gates.get(defaultRegion);
        List<Detection> possible = new ArrayList<>();
        if (tried == null || local == null || local.mayBePossible(tried)) {
            addMatches(window, windowStart, defaultRegion, Leniency.POSSIBLE, true, raise, possible);
        }
        // A possible local number that leaves part of the candidate out ("15-6213-4470" of "011
        // 15-6213-4470") gives way to another country's plan that reads the whole of it.
        boolean whole = possible.stream().anyMatch(d -> d.start() == start && d.end() == end);
        if (!whole && (ContextWords.phoneWordBefore(text, start)
                || (cueStart < start && ContextWords.phoneWordBefore(text, cueStart))
                || ContextWords.phoneCueAfter(text, end))) {
            for (String region : OTHER_REGIONS) {
                if (region.equals(defaultRegion) || !(keyed || writtenAsElsewhere(region, text, start, end))
                        || !mayBeValid(tried, region)) {
                    continue;
                }
                List<Detection> read = new ArrayList<>();
                addMatches(window, windowStart, region, Leniency.VALID, true, raise, read);
                read.removeIf(d -> d.start() != start || d.end() != end);
                if (!read.isEmpty()) {
                    found.addAll(read);
                    return;
                }
            }
        }
        found.addAll(possible);
    }

    /**
     * Whether a national number of a foreign {@code region}, read after a cue, at {@code text[start,
     * end)} is written as that region writes its numbers. Norway and Denmark give every number eight
     * digits and take nearly any eight (a club, prescription or frequent-flyer number after "number"
     * too): read only in their grouping, blocks of two or three digits ({@code 412 34 567}, {@code 12
     * 34 56 78}). The Czech Republic gives every number nine digits and is read the same way, in its
     * groups of three ({@code 224 312 876}). Finland, Slovakia, Romania, Turkey, Austria, Switzerland,
     * Belgium, Ireland and Australia write their national numbers with the trunk prefix 0 ({@code
     * 0722 123 456}, {@code 0532 123 45 67}, {@code 087 123 4567}), Hungary with its 06 ({@code 06 30
     * 123 4567}, or a mobile's network code alone: {@code 30 456 7891}): without it, their plans take
     * many identifiers. Mexico is read only in its metropolitan grouping (see mexicanMetroGroups),
     * Singapore only in two groups of four. Other regions' plans say enough.
     */
    static boolean writtenAsIn(String region, String text, int start, int end) {
        int from = afterOpeningBrackets(text, start, end);
        switch (region) {
            case "FI", "SK", "RO", "TR", "AT", "CH", "BE", "IE", "AU":
                return from < end && text.charAt(from) == '0';
            case "HU":
                return text.startsWith("06", from) || hungarianMobileWithoutPrefix(text, from, end);
            case "SG":
                // Eight digits in two groups of four: "8765 4321", "9123-4088".
                return "4-4".equals(groupShape(text, from, end));
            case "CZ":
                // Three groups of three digits with one blank between: "224 312 876".
                return "3-3-3".equals(groupShape(text, from, end)) && text.charAt(from + 3) == ' ';
            case "MX":
                // Outside the three metropolitan areas, a three-digit area code and 3-4: "871 204 6619".
                return mexicanMetroGroups(text, start, end)
                        || "3-3-4".equals(groupShape(text, from, end)) && !mexicanMetroCodeAt(text, from);
            case "NO", "DK":
                int groups = 0;
                int i = from;
                while (i < end) {
                    int groupEnd = Math.min(end, Chars.digitRunEnd(text, i));
                    int length = groupEnd - i;
                    if (length < 2 || length > 3 || (groupEnd < end && text.charAt(groupEnd) != ' ')) {
                        return false;
                    }
                    groups++;
                    i = groupEnd + 1;
                }
                return groups >= 3;
            default:
                return true;
        }
    }

    /**
     * Whether a number of France, Germany, the Netherlands, Britain or Sweden written at {@code start} has its
     * trunk prefix 0 ({@code 01 44 90 82 61}, {@code 030 901820}): written, their national numbers always
     * do, and nine digits without it ("Mon numéro Lodgewell est 448 019 277") are a member's or an
     * order's. Said in words, a caller may leave the 0 out ("six, six, huit, douze, ..."). Other regions
     * say nothing here ({@link #writtenAsIn} holds theirs).
     */
    private static boolean writtenWithItsTrunkPrefix(String region, String text, int start) {
        if (!TRUNK_ZERO_WRITTEN.contains(region)) {
            return true;
        }
        int from = afterOpeningBrackets(text, start, text.length());
        return from < text.length() && text.charAt(from) == '0';
    }

    private static final Set<String> TRUNK_ZERO_WRITTEN = Set.of("FR", "DE", "NL", "GB", "SE");

    /** Where the number at {@code start} begins after the brackets that open it ("(030) ..."), before {@code limit}. */
    private static int afterOpeningBrackets(String text, int start, int limit) {
        int from = start;
        while (from < limit && text.charAt(from) == '(') {
            from++;
        }
        return from;
    }

    /**
     * {@code (01) 630 1991}: an area code of two to five digits in brackets at the start, then at least
     * two groups of digits, with blanks or dashes only.
     */
    private static boolean bracketedAreaCode(String text, int start, int end) {
        if (text.charAt(start) != '(') {
            return false;
        }
        int close = Chars.digitRunEnd(text, start + 1);
        if (close - start - 1 < 2 || close - start - 1 > 5 || close >= end || text.charAt(close) != ')') {
            return false;
        }
        int groups = 0;
        int i = close + 1;
        while (i < end) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '-') {
                return false;
            }
            int groupEnd = Chars.digitRunEnd(text, i + 1);
            if (groupEnd == i + 1 || groupEnd > end) {
                return false;
            }
            groups++;
            i = groupEnd;
        }
        return groups >= 2;
    }

    /** The candidate {@code text[start, end)} as one valid number of {@code region}, if it is one. */
    /**
     * Whether a plan that dials with a trunk 0, the text's language's first, reads {@code text[start,
     * end)} whole; its reading is then the last of {@code found}.
     */
    private boolean wholeInTrunkZeroRegion(String text, int start, int end, List<String> tried, Supplier<List<String>> saidIn,
            List<Detection> found) {
        List<String> regions = new ArrayList<>(saidIn.get());
        regions.addAll(TRUNK_ZERO_REGIONS);
        for (String region : regions) {
            if (!region.equals(defaultRegion) && mayBeValid(tried, region)
                    && addWholeNumber(text, start, end, region, confidence(text.substring(start, end), true), found)) {
                return true;
            }
        }
        return false;
    }

    private boolean addWholeNumber(String text, int start, int end, String region, double confidence,
            List<Detection> found) {
        try {
            PhoneNumber number = util.parse(text.substring(start, end), region);
            if (util.isValidNumberForRegion(number, region)) {
                found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, confidence, NAME));
                return true;
            }
        } catch (NumberParseException e) {
            // not a number of the region
        }
        return false;
    }

    /**
     * {@code (852) 2888 1187}: a country calling code in brackets, without its '+', before a valid
     * national number of that country (read only where the default region's plan took none of it:
     * {@code (212) 555-0147} is a New York number, not a Moroccan one).
     */
    private boolean addBracketedCountryCode(String text, int start, int end, List<Detection> found) {
        int close = Chars.digitRunEnd(text, start + 1);
        if (close - start - 1 < 1 || close - start - 1 > 3 || close >= end || text.charAt(close) != ')') {
            return false;
        }
        int code = Integer.parseInt(text.substring(start + 1, close));
        String region = util.getRegionCodeForCountryCode(code);
        if (code == util.getCountryCodeForRegion(defaultRegion) || "ZZ".equals(region)
                || ContextWords.lowered(text, start, EntityTypes.PHONE_NUMBER)) {
            return false;
        }
        try {
            PhoneNumber number = util.parse("+" + code + " " + text.substring(close + 1, end), "ZZ");
            if (util.isValidNumber(number)) {
                found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, 0.85, NAME));
                return true;
            }
        } catch (NumberParseException e) {
            // not a number of that country
        }
        return false;
    }

    /**
     * A bare digit run that its label calls an international number ({@code MSISDN 447700900563}):
     * read with the '+' it leaves out, a number of possible length for its country code.
     */
    private boolean addInternational(String text, int start, int end, List<Detection> found) {
        PhoneNumber number = withoutPlus(text, start, end);
        if (number != null && util.isPossibleNumber(number)) {
            found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, util.isValidNumber(number) ? 0.9 : 0.8, NAME));
            return true;
        }
        return addMexicanMobileWithOne(text, start, end, found); // "wa_id=5215523901187"
    }

    /**
     * A number in international form without its '+' where its label or its place says so, added when
     * valid: {@code mobile=60173502284} and {@code phone=234-805-661-0042} (eleven or more digits under
     * a phone's label that no national plan read), {@code {"from":"27823317406"}} (a messaging
     * platform's sender; "from" names dates and ids too, so only a valid number is read), and a
     * payment's party after its name ({@link #afterSendersName}). Kept out of {@code inspect}, which
     * the JIT compiles worse when it grows.
     */
    private boolean addKeyedInternational(String text, int start, int end, List<Detection> found) {
        boolean bare = Chars.onlyDigits(text, start, end);
        double confidence;
        if ((bare ? end - start > MIN_SENDER_DIGITS : groupedAfterCountryCode(text, start, end))
                && ContextWords.labelledBy(text, start, ContextWords.PHONE_KEYS)) {
            confidence = 0.8;
        } else if (bare && end - start >= MIN_SENDER_DIGITS
                && (ContextWords.labelledBy(text, start, ContextWords.SENDER_LABELS) || afterSendersName(text, start))) {
            confidence = 0.85;
        } else if (!bare && groupedAfterCountryCode(text, start, end) && ContextWords.raised(text, start, EntityTypes.PHONE_NUMBER)) {
            // "call me back i'm at work, 972-54-6610039", "my Korean mobile ...: 82 10 5512 7739": its country
            // code a group of its own, and a cue for a phone before it.
            confidence = 0.8;
        } else if (bare && (end - start > MIN_SENDER_DIGITS && laterItemOfKeyedList(text, start)
                || end - start >= MIN_SENDER_DIGITS && callRecordCell(text, start, end))) {
            // (A call record's party of ten digits too: Belgium's landlines, +32 2 513 66 11, have so many.)
            confidence = 0.8;
        } else {
            return false;
        }
        PhoneNumber number = withoutPlus(text, start, end);
        if (number != null && util.isValidNumber(number)) {
            found.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, confidence, NAME));
            return true;
        }
        return false;
    }

    /**
     * Whether {@code text[start, end)} is a cell of a call detail record: between the delimiters of a
     * row ('|', ',', ';', or a key's '=') on a line that names itself "CDR", in any case ("CDR: 20240615061244|
     * 639178045231|966504417206|IDD|..."). A call record's parties are numbers; a valid number there,
     * read with the '+' it leaves out, is one.
     */
    private static boolean callRecordCell(String text, int start, int end) {
        if (start == 0 || CELL_BEFORE.indexOf(text.charAt(start - 1)) < 0
                || (end < text.length() && CELL_AFTER.indexOf(text.charAt(end)) < 0)) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start) + 1;
        for (int i = Chars.indexOfIgnoreCase(text, CALL_RECORD, lineStart); i >= 0 && i < start;
                i = Chars.indexOfIgnoreCase(text, CALL_RECORD, i + 1)) {
            if (!Chars.wordCharAt(text, i - 1) && !Character.isLetter(i + CALL_RECORD.length() < text.length()
                    ? text.charAt(i + CALL_RECORD.length()) : ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at {@code start} follows, after a comma, a list of numbers in international
     * form without '+' that a phone's key labels ({@code failed_msisdn=255744902318,255767118340}): the
     * key names every item of its list, not the first only. Each earlier item holds more than
     * {@value #MIN_SENDER_DIGITS} digits, as a number so written does.
     */
    private static boolean laterItemOfKeyedList(String text, int start) {
        int at = start;
        for (int items = 0; items < MAX_KEYED_LIST_ITEMS; items++) {
            int itemEnd = at > 0 && text.charAt(at - 1) == ',' ? at - 1
                    : at > 1 && text.charAt(at - 1) == ' ' && text.charAt(at - 2) == ',' ? at - 2 : -1;
            if (itemEnd < 0) {
                return false;
            }
            int itemStart = itemEnd;
            while (itemStart > 0 && Chars.isAsciiDigit(text.charAt(itemStart - 1))) {
                itemStart--;
            }
            if (itemEnd - itemStart <= MIN_SENDER_DIGITS || Chars.wordCharAt(text, itemStart - 1)) {
                return false;
            }
            if (ContextWords.labelledBy(text, itemStart, ContextWords.PHONE_KEYS)) {
                return true;
            }
            at = itemStart;
        }
        return false;
    }

    /** Most items of a keyed list read back to its key. */
    private static final int MAX_KEYED_LIST_ITEMS = 8;

    /** A call detail record's name, in any case ("CDR: ...", a log's "[cdr] ..."). */
    private static final String CALL_RECORD = "cdr";
    private static final String CELL_BEFORE = "|,;=";
    private static final String CELL_AFTER = "|,; \n";

    /**
     * Whether {@code text[start, end)} is an international number's digits joined by dashes or by blanks,
     * its first group a country code of two or three digits ("234-805-661-0042", "61 491 570 159"), more than
     * {@value #MIN_SENDER_DIGITS} digits in all: the cheap test before its label is looked for (an
     * account's "7781-2231-0098" is not).
     */
    private boolean groupedAfterCountryCode(String text, int start, int end) {
        int first = Chars.digitRunEnd(text, start);
        return (first - start == 2 || first - start == 3) && first < end && (text.charAt(first) == '-' || text.charAt(first) == ' ')
                && !"ZZ".equals(util.getRegionCodeForCountryCode(Integer.parseInt(text.substring(start, first))))
                && Chars.countDigits(text, start, end) > MIN_SENDER_DIGITS && groupedThroughout(text, start, end, text.charAt(first));
    }

    /**
     * Whether {@code text[start, end)} is digit groups joined by single dashes or single blanks, one of
     * them throughout ("234-805-661-0042", "61 491 570 159").
     */
    private static boolean groupedThroughout(String text, int start, int end, char separator) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Chars.isAsciiDigit(c) && !(c == separator && i > start && i + 1 < end && Chars.isAsciiDigit(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** "from", "to" and the same in Swahili ("kwa") and Kinyarwanda ("kuri") before a payment's party. */
    private static final List<String> PARTY_WORDS = List.of("from", "to", "kwa", "kuri");
    /** Most words of a party's name between its word and its number. */
    private static final int MAX_PARTY_NAME_WORDS = 4;

    /**
     * Whether a mobile-money message names the party of a payment before {@code start}: "You have
     * received UGX 150,000 from OKELLO DAVID 256772118403", "kuri UWASE Diane (250788441203)": a word
     * for from or to, a name of capitalised words, then its number without the '+'.
     */
    private static boolean afterSendersName(String text, int start) {
        int i = start;
        if (i > 0 && text.charAt(i - 1) == '(') {
            i--;
        }
        int names = 0;
        while (names <= MAX_PARTY_NAME_WORDS) {
            if (i < 2 || text.charAt(i - 1) != ' ') {
                return false;
            }
            int wordEnd = i - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordEnd - wordStart < 2) {
                return false;
            }
            if (names > 0) {
                for (String word : PARTY_WORDS) {
                    if (word.length() == wordEnd - wordStart && text.regionMatches(true, wordStart, word, 0, word.length())) {
                        return true;
                    }
                }
            }
            if (!Character.isUpperCase(text.charAt(wordStart))) {
                return false;
            }
            names++;
            i = wordStart;
        }
        return false;
    }

    /** Most words of a false start (number words and fillers) read back over for its cue. */
    private static final int MAX_FALSE_START_WORDS = 16;

    /**
     * Where the number words said right before a spoken number begin, over fillers, pauses and words
     * of correction: a start the caller broke off and said again ("my number... nine seven four one,
     * two three... uh, 9741230456" as rewritten), whose cue stands before it; {@code start} when no
     * number word does.
     */
    private static int beforeFalseStart(String text, int start) {
        int at = start;
        boolean numberWords = false;
        for (int words = 0; words < MAX_FALSE_START_WORDS; words++) {
            int end = at;
            while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
                end--;
            }
            int begin = Chars.lettersStart(text, end);
            if (begin == end) {
                break;
            }
            if (SpokenDigits.isNumberWord(text, begin, end)) {
                numberWords = true;
            } else if (!SpokenFillers.isFiller(text, begin, end)
                    && !TextClassifier.isCorrecting(text.substring(begin, end).toLowerCase(Locale.ROOT))) {
                break; // (a false start corrected: "nine eight seven uh nahi 9876502214")
            }
            at = begin;
        }
        return numberWords ? at : start;
    }

    /** The digits {@code text[start, end)} read as an international number whose '+' was left out, or {@code null}. */
    private PhoneNumber withoutPlus(String text, int start, int end) {
        try {
            return util.parse("+" + text.substring(start, end), "ZZ");
        } catch (NumberParseException e) {
            return null; // no country code
        }
    }

    /**
     * Whether a candidate starting at {@code start} may be a number {@link #writtenAsIn} the region,
     * by its first digits alone: libphonenumber need not be asked for a trunk-prefix region's number
     * without its prefix.
     */
    private static boolean startsAsIn(String region, String text, int start) {
        int from = afterOpeningBrackets(text, start, text.length());
        return switch (region) {
            case "FI", "SK", "RO", "TR", "AT", "CH", "BE", "IE", "AU" -> from < text.length() && text.charAt(from) == '0';
            case "HU" -> text.startsWith("06", from) || hungarianMobileWithoutPrefix(text, from, text.length());
            default -> true;
        };
    }

    /**
     * Whether the candidate {@code text[start, end)} is written as a national number of one of {@link
     * #OTHER_REGIONS} is: led by the region's trunk prefix where it has one (a bracket before it
     * allowed), or else in two to four groups of two to four digits. China's mobiles have no trunk
     * prefix ({@code 138 1047 2293}): eleven digits from 1, in groups of three and four.
     */
    private boolean writtenAsElsewhere(String region, String text, int start, int end) {
        int from = afterOpeningBrackets(text, start, end);
        if (region.equals("CN") && text.charAt(from) == '1' && Chars.countDigits(text, from, end) == 11
                && groupedDigits(text, from, end, 3, 4)) {
            return true;
        }
        String trunk = util.getNddPrefixForRegion(region, true);
        if (trunk != null && !trunk.isEmpty()) {
            return text.startsWith(trunk, from);
        }
        return groupedDigits(text, from, end, 2, 4);
    }

    /** Two to four groups of {@code min} to {@code max} digits, each after one blank, dash or dot. */
    private static boolean groupedDigits(String text, int from, int end, int min, int max) {
        int groups = 0;
        int i = from;
        while (i < end) {
            int groupEnd = Chars.digitRunEnd(text, i);
            if (groupEnd - i < min || groupEnd - i > max || groupEnd > end) {
                return false;
            }
            groups++;
            if (groupEnd == end) {
                break;
            }
            char separator = text.charAt(groupEnd);
            if (separator != ' ' && separator != '-' && separator != '.') {
                return false;
            }
            i = groupEnd + 1;
        }
        return groups >= 2 && groups <= 4;
    }

    /**
     * The region that alone writes its phone numbers in the shape of {@code text[start, end)}, so that
     * the shape says "phone number" without a cue: a {@linkplain #tollFreeShape toll-free shape},
     * {@linkplain #brazilianAreaCodeShape Brazil's bracketed area code}, the mobiles of Korea,
     * Japan, China and Pakistan in their own grouping, or Spain's and Belgium's numbers in theirs. The plan of the region still validates it.
     * Null for any other shape. (India's mobiles in two groups of five, {@code 98200 12345}, are not
     * read so: UK tax references and grid references are written the same way.)
     */
    static String ownShapeRegion(String text, int start, int end) {
        if (brazilianAreaCodeShape(text, start, end)) {
            return "BR";
        }
        if (argentineMobileShape(text, start, end)) {
            return "AR";
        }
        String shape = groupShape(text, start, end);
        if (shape == null) {
            return null;
        }
        start = afterOpeningBrackets(text, start, end);
        if (tollFreeShape(shape, text, start)) {
            return shape.equals("4-3-3") || shape.equals("4-2-2-2") ? "AU" : shape.equals("4-3-4") ? "IN" : "MY";
        }
        return switch (shape) {
            // Mobiles: Korea's 010-4821-7730, Japan's 090-1234-5678, China's 186 2100 7742,
            // Pakistan's 0312-7741092.
            case "3-4-4" -> text.startsWith("010", start) ? "KR"
                    : text.startsWith("090", start) || text.startsWith("080", start) || text.startsWith("070", start) ? "JP"
                    : text.charAt(start) == '1' && text.charAt(start + 1) >= '3' ? "CN" : null;
            case "4-7" -> text.startsWith("03", start) ? "PK" : null;
            // India's mobiles in two fives, as India writes them: 98860 41172.
            case "5-5" -> text.charAt(start) >= '6' ? "IN" : null;
            // Spain's numbers of nine digits as Spain groups them: 690 44 12 58, 957 21 33 04.
            // Belgium's numbers with a two- or three-digit area code, as Belgium groups them: 02 511 23 45,
            // 050 12 34 56 (Spain's never start with the 0 that Belgium's trunk prefix is).
            case "3-2-2-2" -> text.charAt(start) >= '6' ? "ES" : text.charAt(start) == '0' ? "BE" : null;
            case "2-3-2-2" -> text.charAt(start) == '0' ? "BE" : null;
            // Belgium's mobiles: 0498 52 66 01.
            case "4-2-2-2" -> text.startsWith("04", start) ? "BE" : null;
            // Turkey's nationwide numbers, written 444 0 632.
            case "3-1-3" -> text.startsWith("444", start) ? "TR" : null;
            // Korea's nationwide service numbers: 1588-4417, 1544-8820, 1644-..., 1800-...
            case "4-4" -> text.charAt(start) == '1' && "568".indexOf(text.charAt(start + 1)) >= 0 && text.charAt(start + 4) == '-'
                    ? "KR" : null;
            default -> null;
        };
    }

    /** {@link #ownShapeRegion}, or China's where a Chinese text writes one of its numbers ({@link #chineseTextShape}). */
    private static String shapeRegion(String text, int start, int end) {
        String region = ownShapeRegion(text, start, end);
        if (region == null && chineseTextShape(text, start, end)) {
            return "CN";
        }
        return region == null ? arabicTextShape(text, start, end) : region;
    }

    /** Egypt's mobiles bare: 010, 011, 012 or 015 and eight digits more. */
    private static final Pattern EGYPTIAN_MOBILE = Pattern.compile("01[0125]\\d{8}");
    /** Saudi Arabia's (and the Emirates') mobiles bare: 05 and eight digits more. */
    private static final Pattern GULF_MOBILE = Pattern.compile("05\\d{8}");

    /**
     * An Egyptian or a Saudi mobile written bare ({@code 01514207386}, {@code 0553817264}) in a text
     * written in Arabic letters: Egypt's or Saudi Arabia's plan, whose mobiles alone have these shapes
     * among the plans of the Arabic-speaking world (a British "0151 ..." is no number of an Arabic text).
     * Null for any other number or text.
     */
    private static String arabicTextShape(String text, int start, int end) {
        String region = EGYPTIAN_MOBILE.matcher(text).region(start, end).matches() ? "EG"
                : GULF_MOBILE.matcher(text).region(start, end).matches() ? "SA" : null;
        return region != null && letterNear(text, start, end, Chars::isArabicLetter) ? region : null;
    }

    /** Digits of a Chinese mobile: 1, then 3 to 9, then nine more. */
    private static final int CN_MOBILE_DIGITS = 11;

    /**
     * A Chinese mobile written bare ({@code 13916284470}) or a 400 or 800 service number with dashes
     * ({@code 400-186-2233}) in a text written in Han characters: so the platforms, couriers and
     * operators of China write them, and the plan of China still validates it. (Han alone names no
     * country; a Han text and the shape of China's own numbers together do.)
     */
    private static boolean chineseTextShape(String text, int start, int end) {
        boolean mobile = end - start == CN_MOBILE_DIGITS && text.charAt(start) == '1' && text.charAt(start + 1) >= '3'
                && Chars.onlyDigits(text, start, end);
        boolean service = !mobile && (text.startsWith("400-", start) || text.startsWith("800-", start))
                && "3-3-4".equals(groupShape(text, start, end));
        if (!mobile && !service) {
            return false;
        }
        return letterNear(text, start, end, c -> Chars.isHan((char) c));
    }

    /** How far from a number a letter of its text's script is looked for: the text around it is in that script. */
    private static final int SCRIPT_WINDOW = 40;

    /** Whether a char {@code script} accepts stands within {@link #SCRIPT_WINDOW} chars of {@code text[start, end)}. */
    private static boolean letterNear(String text, int start, int end, IntPredicate script) {
        for (int i = Math.max(0, start - SCRIPT_WINDOW); i < Math.min(text.length(), end + SCRIPT_WINDOW); i++) {
            if (script.test(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Digits of an Argentine number after the trunk 0: area code and subscriber number. */
    private static final int AR_NATIONAL_DIGITS = 10;

    /**
     * {@code 011 15-4982-1177}, {@code 11 15-5157-8442}, {@code 0341 15 555 1234}: the area code (its
     * trunk 0 or not), then 15, the prefix Argentina dials a mobile with inside its area, then the
     * subscriber's digits, ten with the area code's, in two groups; blanks or dashes between.
     */
    private static boolean argentineMobileShape(String text, int start, int end) {
        int[] groups = new int[4];
        int count = 0;
        int i = start;
        while (i < end) {
            int groupEnd = Chars.digitRunEnd(text, i);
            if (groupEnd == i || count == groups.length) {
                return false;
            }
            groups[count++] = groupEnd - i;
            if (count == 2 && !(groupEnd - i == 2 && text.startsWith("15", i))) {
                return false;
            }
            if (groupEnd < end && text.charAt(groupEnd) != ' ' && text.charAt(groupEnd) != '-') {
                return false;
            }
            i = groupEnd + 1;
        }
        int area = groups[0] - (text.charAt(start) == '0' ? 1 : 0);
        return count == 4 && area >= 2 && area <= 4 && groups[2] >= 3 && groups[2] <= 4 && groups[3] == 4
                && area + groups[2] + groups[3] == AR_NATIONAL_DIGITS;
    }

    /**
     * {@code (11) 98437-2615}, {@code (21) 3456-7890}: a two-digit area code in brackets, then four or
     * five digits, a dash and four, is how Brazil writes its numbers (a North American area code has
     * three digits).
     */
    private static boolean brazilianAreaCodeShape(String text, int start, int end) {
        int localStart;
        if (end - start >= 14 && text.charAt(start) == '(' && Chars.digitRunEnd(text, start + 1) == start + 3
                && text.charAt(start + 3) == ')' && text.charAt(start + 4) == ' ') {
            localStart = start + 5; // "(11) 98214-3307"
        } else if (end - start == 13 && Chars.digitRunEnd(text, start) == start + 2 && text.charAt(start + 2) == ' '
                && text.charAt(start + 3) == '9') {
            localStart = start + 3; // "11 98214-3307": a mobile's nine digits after the area code, no brackets
        } else {
            return false;
        }
        int dash = Chars.digitRunEnd(text, localStart);
        int local = dash - localStart;
        return (local == 4 || local == 5) && dash < end && text.charAt(dash) == '-'
                && Chars.digitRunEnd(text, dash + 1) == end && end - dash - 1 == 4;
    }

    /**
     * Whether {@code text[start, end)} is written as only toll-free and shared-cost phone numbers are:
     * Australia's 1300 and 1800 numbers in groups of four, three and three ({@code 1800 812 345},
     * {@code 1300-975-707}), India's toll-free 1800 numbers in four, three and four ({@code 1800 419
     * 2580}, also the form of a US toll-free number with its 1), Malaysia's in groups of four, two and
     * four, or of one, three, two and four ({@code 1300-88-1234}, {@code 1-800-88-3838}). A label before such a number names the
     * line ("complaints: 1800 419 2580"), not an identifier.
     */
    static boolean tollFreeShape(String text, int start, int end) {
        String shape = groupShape(text, start, end);
        return shape != null && tollFreeShape(shape, text, start);
    }

    private static boolean tollFreeShape(String shape, String text, int start) {
        return switch (shape) {
            case "4-3-3" -> text.startsWith("1800", start) || text.startsWith("1300", start);
            case "4-3-4" -> text.startsWith("1800", start);
            // Malaysia's: 1-800-88-3838, 1300-88-1234, 1800-22-5566.
            case "1-3-2-4" -> text.startsWith("1-800", start) || text.startsWith("1-300", start);
            case "4-2-4" -> text.startsWith("1800", start) || text.startsWith("1300", start);
            // Australia's written in pairs: 1300 22 33 44.
            case "4-2-2-2" -> text.startsWith("1800", start) || text.startsWith("1300", start);
            default -> false;
        };
    }

    /**
     * The lengths of the digit groups of {@code text[start, end)} joined by dashes ({@code "4-3-3"}),
     * when it is only digit groups split by one blank or one dash each, the same every time, the first
     * perhaps in brackets and a blank ({@code "(983) 30 12 45"}: "3-2-2-2"); else null.
     */
    static String groupShape(String text, int start, int end) {
        StringBuilder shape = new StringBuilder(8);
        char separator = 0;
        // An area code in brackets, the first group: "(983) 30 12 45", and "744) 190 6632" after its bracket.
        boolean bracketed = start < end && text.charAt(start) == '(' || start > 0 && text.charAt(start - 1) == '(';
        int i = start < end && text.charAt(start) == '(' ? start + 1 : start;
        while (i < end) {
            int groupEnd = Chars.digitRunEnd(text, i);
            if (groupEnd == i || groupEnd > end) {
                return null;
            }
            if (shape.length() > 0) {
                shape.append('-');
            }
            shape.append(groupEnd - i);
            if (groupEnd == end) {
                return shape.toString();
            }
            char c = text.charAt(groupEnd);
            if (bracketed && c == ')' && shape.indexOf("-") < 0) { // (after the first group only)
                if (groupEnd + 1 >= end || text.charAt(groupEnd + 1) != ' ') {
                    return null;
                }
                i = groupEnd + 2;
                continue;
            }
            if ((c != ' ' && c != '-') || (separator != 0 && c != separator)) {
                return null;
            }
            separator = c;
            i = groupEnd + 1;
        }
        return null;
    }

    /**
     * A Hungarian mobile said or written without its 06: the network's code (20, 30, 31, 50, 70) as a
     * group of its own, then seven digits in groups ({@code 30 456 7891}, {@code 20 123 45 67}).
     */
    private static boolean hungarianMobileWithoutPrefix(String text, int from, int end) {
        if (end - from < 10 || Chars.digitRunEnd(text, from) != from + 2 || text.charAt(from + 2) != ' ') {
            return false;
        }
        String code = text.substring(from, from + 2);
        if (!(code.equals("20") || code.equals("30") || code.equals("31") || code.equals("50") || code.equals("70"))) {
            return false;
        }
        int digits = 0;
        int i = from + 3;
        while (i < end && Chars.isAsciiDigit(text.charAt(i))) {
            int groupEnd = Chars.digitRunEnd(text, i);
            digits += groupEnd - i;
            i = groupEnd;
            if (i < end && text.charAt(i) == ' ') {
                i++;
            }
        }
        return digits == 7;
    }

    /** Whether the area code of Mexico City (55), Guadalajara (33) or Monterrey (81) stands at {@code at}. */
    private static boolean mexicanMetroCodeAt(String text, int at) {
        return text.startsWith("55", at) || text.startsWith("33", at) || text.startsWith("81", at);
    }

    /**
     * A number of Mexico City, Guadalajara or Monterrey as Mexicans write it: the two-digit area code,
     * bracketed or not, and two groups of four ({@code 55 1234 5678}, {@code (33) 3812-4477}). Mexico's
     * plan takes nearly any ten digits, and other Mexican numbers are written as the US writes its own.
     */
    private static boolean mexicanMetroGroups(String text, int start, int end) {
        int i = start;
        boolean bracket = text.charAt(i) == '(';
        if (bracket) {
            i++;
        }
        if (end - i < 12 || !mexicanMetroCodeAt(text, i)) {
            return false;
        }
        i += 2;
        if (bracket) {
            if (text.charAt(i) != ')') {
                return false;
            }
            i++;
        }
        for (int group = 0; group < 2; group++) {
            if (i >= end || (text.charAt(i) != ' ' && text.charAt(i) != '-')) {
                return false;
            }
            if (Chars.digitRunEnd(text, i + 1) != i + 5) {
                return false;
            }
            i += 5;
        }
        return i == end;
    }

    /**
     * Whether libphonenumber may find a {@link Leniency#VALID} number of {@code region} in a window
     * whose tried digit strings are {@code tried}; {@code null} means unknown, so yes.
     */
    private boolean mayBeValid(List<String> tried, String region) {
        PhoneValidityGate gate = gates.get(region);
        return tried == null || gate == null || gate.mayBeValid(tried);
    }

    private static boolean isSsnShaped(String text, int start, int end) {
        return end - start == 11 && text.charAt(start + 3) == '-' && text.charAt(start + 6) == '-'
                && Chars.onlyDigits(text, start, start + 3) && Chars.onlyDigits(text, start + 4, start + 6)
                && Chars.onlyDigits(text, start + 7, end);
    }

    private static int coverage(List<Detection> detections) {
        int chars = 0;
        for (Detection detection : detections) {
            chars += detection.length();
        }
        return chars;
    }

    private boolean addMatches(String window, int offset, String region, Leniency leniency, boolean foreign,
            List<Detection> found) {
        return addMatches(window, offset, region, leniency, foreign, 0, found);
    }

    /**
     * What {@code addMatches} over the window adds for the default region and {@link Leniency#VALID}
     * where {@link PhoneValidityGate#wholeCandidateMatch} can say it without libphonenumber's matcher:
     * the candidate {@code text[start, end)} as the one number. False where it cannot say.
     */
    private boolean addWholeCandidate(String text, String window, int windowStart, int start, int end,
            List<Detection> found) {
        PhoneValidityGate gate = gates.get(defaultRegion);
        PhoneNumber number = gate == null ? null
                : gate.wholeCandidateMatch(window, start - windowStart, end - windowStart);
        return number != null
                && add(text.substring(start, end), start, number, 0, Leniency.VALID, false, 0, found);
    }

    private boolean addMatches(String window, int offset, String region, Leniency leniency, boolean foreign,
            double raise, List<Detection> found) {
        boolean any = false;
        for (PhoneNumberMatch match : util.findNumbers(window, region, leniency, Long.MAX_VALUE)) {
            any |= add(match.rawString(), match.start(), match.number(), offset, leniency, foreign, raise, found);
        }
        return any;
    }

    /** One of libphonenumber's matches, {@code raw} at {@code offset + matchStart}, as a finding. */
    private boolean add(String raw, int matchStart, PhoneNumber number, int offset, Leniency leniency,
            boolean foreign, double raise, List<Detection> found) {
        while (!raw.isEmpty() && (Character.isWhitespace(raw.charAt(0)) || raw.charAt(0) == '[' && raw.indexOf(']') < 0)) {
            // libphonenumber's match after a slash ("... / 0917 555 0188") keeps the blank after it,
            // and it reads a square bracket as a round one: "linked_msisdn=[+447725980254, ...]" opens a
            // list, not the number.
            raw = raw.substring(1);
            matchStart++;
        }
        int matchEnd = matchStart + raw.length();
        Matcher extension = EXTENSION.matcher(raw);
        if (number.hasExtension() && extension.find()) {
            // "0113 496 0991 ext 4412": the number is the finding; the extension is a desk's, and
            // a window may cut it short.
            matchEnd = matchStart + extension.start();
            raw = raw.substring(0, extension.start());
        }
        if (leniency == Leniency.POSSIBLE && Chars.countDigits(raw, 0, raw.length()) < MIN_DIGITS || placeholder(number)) {
            return false;
        }
        if (leniency == Leniency.POSSIBLE && (raw.startsWith("+") || raw.startsWith("(+"))
                && util.isPossibleNumberWithReason(number)
                        == PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY) {
            return false; // "+1 555 0199": dialled from abroad a number needs its area code
        }
        double confidence = Math.min(1.0,
                (leniency == Leniency.POSSIBLE ? (foreign ? 0.55 : 0.8) : confidence(raw, foreign)) + raise);
        if (raw.startsWith("(") && raw.indexOf(')') < 0) {
            // "(0113 496 0927)": the brackets hold the whole number, not an area code.
            matchStart++;
        }
        found.add(new Detection(EntityTypes.PHONE_NUMBER, offset + matchStart, offset + matchEnd, confidence, NAME));
        return true;
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
}
