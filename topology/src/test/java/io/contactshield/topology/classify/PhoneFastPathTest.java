package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber.CountryCodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PhoneValidityGate#wholeCandidateMatch} stands in for libphonenumber's matcher: wherever it
 * answers, {@code findNumbers} must find exactly that one number at exactly that place, or the
 * detector's findings change. A libphonenumber upgrade that changes the matcher shows up here.
 */
class PhoneFastPathTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** After a libphonenumber upgrade, a run with {@code -DphoneFast.windows=1000000} looks deeper. */
    private static final int WINDOWS = Integer.getInteger("phoneFast.windows", 40_000);

    /** Text before a candidate: quiet ones, and ones that start a match or reject a neighbour. */
    private static final String[] BEFORE = {"", "", " ", "n ", ": ", "on ", "\n", "=", "a", "x", "$", "%", "\u00e9",
        "(", "(+", "+", "+ ", "1 ", "5", "\uFF10", "[", "\uFF08", "- ", ". ", "/", "#", "\u20ac", "\u0660", "_", "\"",
        "\u4e2d", "\u0416", "#:"};
    /** Text after a candidate: quiet ones, letters, extensions, times, digits of other scripts. */
    private static final String[] AFTER = {"", "", ".", ". ", " or at", " ", ",", ")", "\n", "a", "x", "x12", " x 12",
        " ext 12", " ext. 4", ";ext=5", ":30", ":3", " 5", ". 5", "-", "/", "/5", "#", "5#", "\uFF10", "\u0660", "%",
        "\u20ac", "$", "\u00e9", "\u0416", " (", "(1)", "-a", " - 12", ",,12", "\u2013 9", "!", "\"", "~", "~1",
        " \u0301", "\u0301"};
    private static final String[] SEPARATORS = {" ", " ", "-", "-", ".", "", "  ", " - ", "/", "\u00A0", "\u2013", "x",
        ")", "("};
    private static final String[] PREFIXES = {"", "", "", "+", "+", "+", "1 ", "0", "00", "011", "(", "(+", "+0"};

    private static Map<String, PhoneValidityGate> gates;
    private static List<String> samples;

    @BeforeAll
    static void setUp() {
        gates = PhoneExamples.gates(List.of("US", "GB", "DE", "FR", "IN", "ES", "NL", "IT", "PT", "PL", "SE", "AU",
                "CH", "IE", "MX", "CA", "AR", "RU", "CN", "ZA", "NZ", "AT", "BE", "DK", "NO", "FI", "HU", "CZ", "GR"));
        assertThat(gates).containsKeys("US", "GB", "DE", "FR", "IN");
        samples = new ArrayList<>();
        for (PhoneExamples.Example example : PhoneExamples.all()) {
            samples.add(example.national());
            samples.add(example.international());
            samples.add(example.e164());
            samples.add(example.nationalSignificant());
        }
        samples.sort(null); // getSupportedRegions is a hash set: fix the order so the seed fixes the windows
    }

    @Test
    void answersOnlyWhereLibphonenumberFindsTheWholeCandidateAlone() {
        Random random = new Random(20_251_130L);
        List<String> different = new ArrayList<>();
        long asked = 0;
        long answered = 0;
        long libraryFinds = 0;
        for (int i = 0; i < WINDOWS; i++) {
            String before = pick(random, BEFORE);
            String candidate = candidate(random);
            String window = before + candidate + pick(random, AFTER);
            int from = before.length();
            int to = from + candidate.length();
            for (Map.Entry<String, PhoneValidityGate> each : gates.entrySet()) {
                if (random.nextInt(4) != 0 && !each.getKey().equals("US")) {
                    continue; // every region gets many windows; the default region gets them all
                }
                asked++;
                PhoneNumber fast = each.getValue().wholeCandidateMatch(window, from, to);
                List<PhoneNumberMatch> matches = new ArrayList<>();
                UTIL.findNumbers(window, each.getKey(), Leniency.VALID, Long.MAX_VALUE).forEach(matches::add);
                if (!matches.isEmpty()) {
                    libraryFinds++;
                }
                if (fast == null) {
                    continue;
                }
                answered++;
                if (matches.size() != 1 || matches.get(0).start() != from
                        || !matches.get(0).rawString().equals(candidate) || !matches.get(0).number().equals(fast)) {
                    different.add(each.getKey() + " [" + window + "] at " + from + ": " + fast + " vs " + matches);
                }
            }
        }
        assertThat(different).as("windows where the fast path and libphonenumber differ").isEmpty();
        // The windows must exercise the fast path, or the check above proves nothing (with
        // libphonenumber 9.0.19: 300,463 asked, 15,397 answered, 71,884 library finds).
        System.out.printf("phone fast path: %,d asked, %,d answered, %,d library finds%n", asked, answered,
                libraryFinds);
        assertThat(answered).isGreaterThan(10_000);
        assertThat(libraryFinds).isGreaterThan(answered);
    }

    /**
     * Where the gate reads a plain candidate without the parser ({@code nationalAfterCountryCode},
     * {@code nationalOfRegion}, {@code isValidNational}), it must read what {@code
     * parseAndKeepRawInput} and {@code isValidNumber} read, in every region that has a gate: the
     * same national number and country code, the same validity, and for the whole candidate the
     * same number as the library's path.
     */
    @Test
    void readsPlainCandidatesAsTheParserDoes() {
        Map<String, PhoneValidityGate> all = PhoneExamples.gates(new TreeSet<>(UTIL.getSupportedRegions()));
        List<String> regions = new ArrayList<>(all.keySet());
        Random random = new Random(20_261_129L);
        List<String> different = new ArrayList<>();
        long read = 0;
        long valid = 0;
        for (int i = 0; i < WINDOWS * 5; i++) {
            String region = i % 3 == 0 ? "US" : pick(random, regions);
            PhoneValidityGate gate = all.get(region);
            String candidate = plainCandidate(random, region);
            String digits = candidate.replaceAll("[^0-9]", "");
            boolean plus = candidate.startsWith("+");
            String national = plus ? gate.nationalAfterCountryCode(digits) : gate.nationalOfRegion(digits);
            PhoneNumber library;
            try {
                library = UTIL.parseAndKeepRawInput(candidate, region);
            } catch (NumberParseException e) {
                library = null;
            }
            if (national != null) {
                read++;
                boolean inRange = national.length() >= 2 && national.length() <= 17;
                if (library == null ? inRange : !inRange
                        || !UTIL.getNationalSignificantNumber(library).equals(national)
                        || library.getCountryCode() != UTIL.getCountryCodeForRegion(region)
                        || library.getCountryCodeSource() != (plus ? CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN
                                : CountryCodeSource.FROM_DEFAULT_COUNTRY)
                        || gate.isValidNational(national) != UTIL.isValidNumber(library)) {
                    different.add(region + " [" + candidate + "]: " + national + " vs " + library);
                }
            }
            PhoneNumber fast = gate.wholeCandidateMatch(candidate, 0, candidate.length());
            PhoneNumber expected = gate.parsedByLibrary(candidate);
            if (expected != null) {
                valid++;
            }
            if (fast == null ? expected != null : !fast.equals(expected)) {
                different.add(region + " [" + candidate + "] whole: " + fast + " vs " + expected);
            }
        }
        assertThat(different).as("plain candidates the gate and the parser read differently").isEmpty();
        System.out.printf("phone plain reading: %,d read without the parser, %,d valid%n", read, valid);
        assertThat(read).isGreaterThan(WINDOWS);
        assertThat(valid).isGreaterThan(WINDOWS / 4);
    }

    /** A plain candidate of {@code region}'s country code or another: '+', a bracketed group or neither. */
    private static String plainCandidate(Random random, String region) {
        String digits;
        int kind = random.nextInt(6);
        if (kind == 0) {
            digits = Integer.toString(UTIL.getCountryCodeForRegion(region)) + pick(random, samples).replaceAll("[^0-9]", "");
        } else if (kind == 1) {
            digits = pick(random, samples).replaceAll("[^0-9]", "");
        } else {
            PhoneNumber example = UTIL.getExampleNumberForType(region,
                    PhoneNumberUtil.PhoneNumberType.values()[random.nextInt(PhoneNumberUtil.PhoneNumberType.values().length)]);
            if (example == null) {
                example = UTIL.getExampleNumber(region);
            }
            digits = (random.nextBoolean() ? Integer.toString(example.getCountryCode()) : "")
                    + UTIL.getNationalSignificantNumber(example);
        }
        if (random.nextInt(3) == 0) {
            char[] chars = digits.toCharArray();
            chars[random.nextInt(chars.length)] = (char) ('0' + random.nextInt(10));
            digits = new String(chars);
        }
        if (random.nextInt(8) == 0) {
            digits = digits.substring(0, Math.max(1, digits.length() - 1 - random.nextInt(3)));
        }
        if (digits.length() > 17) {
            digits = digits.substring(0, 17);
        }
        StringBuilder candidate = new StringBuilder();
        int i = 0;
        int shape = random.nextInt(3);
        if (shape == 0) {
            candidate.append('+');
        } else if (shape == 1 && digits.length() > 4) {
            int area = 1 + random.nextInt(4);
            candidate.append('(').append(digits, 0, area).append(')').append(pick(random, new String[] {"", " ", "-"}));
            i = area;
        }
        String separator = pick(random, new String[] {"", " ", "-", "."});
        while (i < digits.length()) {
            int group = Math.min(digits.length() - i, 2 + random.nextInt(4));
            candidate.append(digits, i, i + group);
            i += group;
            if (i < digits.length()) {
                candidate.append(random.nextInt(4) == 0 ? pick(random, new String[] {" ", "-", "."}) : separator);
            }
        }
        return candidate.toString();
    }

    /** The load test's numbers and their like: the fast path must answer these. */
    @ParameterizedTest
    @ValueSource(strings = {"+14155550123", "on +14155550123.", "n (212) 555-0147 or at", "n 212-555-0147.",
        "+44 20 7946 0958", "s 415.555.0142 ", "+49 30 12345678"})
    void answersForPlainNumbers(String window) {
        int from = 0;
        while (!(Chars.isAsciiDigit(window.charAt(from)) || window.charAt(from) == '+' || window.charAt(from) == '(')) {
            from++;
        }
        int to = window.length();
        while (!Chars.isAsciiDigit(window.charAt(to - 1))) {
            to--;
        }
        assertThat(gates.get("US").wholeCandidateMatch(window, from, to)).as(window).isNotNull();
    }

    /** A plain number, an example's digits cut anew, or an example as formatted, maybe with a digit changed. */
    private static String candidate(Random random) {
        String sample = pick(random, samples);
        String digits = sample.replaceAll("[^0-9]", "");
        if (random.nextInt(3) == 0) {
            digits = "1415555" + String.format("%04d", random.nextInt(10_000));
        }
        if (random.nextInt(4) == 0) {
            char[] chars = digits.toCharArray();
            chars[random.nextInt(chars.length)] = (char) ('0' + random.nextInt(10));
            digits = new String(chars);
        }
        if (random.nextInt(5) == 0) {
            return sample; // brackets, odd separators and all
        }
        StringBuilder candidate = new StringBuilder(pick(random, PREFIXES));
        int i = 0;
        if (random.nextInt(4) == 0 && digits.length() > 4) {
            int area = 1 + random.nextInt(4);
            candidate.append('(').append(digits, 0, area).append(')').append(pick(random, new String[] {"", " ", "-",
                "  ", "."}));
            i = area;
        }
        while (i < digits.length()) {
            int group = Math.min(digits.length() - i, 1 + random.nextInt(5));
            candidate.append(digits, i, i + group);
            i += group;
            if (i < digits.length()) {
                candidate.append(random.nextInt(3) == 0 ? pick(random, SEPARATORS) : " ");
            }
        }
        return candidate.toString();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
