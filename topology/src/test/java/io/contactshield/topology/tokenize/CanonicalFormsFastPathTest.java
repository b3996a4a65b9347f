package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CanonicalForms#northAmericanE164} stands in for libphonenumber's parse: wherever it
 * answers, the canonical form must be the one libphonenumber gives, or tokens change. The
 * reference here is the straightforward path (parse in the default region, E.164 if possible,
 * else the value as written), in every region whose country code is 1 and in others. A
 * libphonenumber upgrade that reads these shapes differently shows up here.
 */
class CanonicalFormsFastPathTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** After a libphonenumber upgrade, a run with {@code -DcanonicalFast.inputs=2000000} looks deeper. */
    private static final int INPUTS = Integer.getInteger("canonicalFast.inputs", 60_000);

    private static final String[] SEPARATORS = {"", "", "", " ", " ", "-", "-", ".", "(", ")", "  ", " - ", ") ",
        "\u00A0", "/", "x", "#", "+", "\uFF0D", "\u2013", ",", ";", "*", "a", "\t"};
    private static final String[] PREFIXES = {"", "", "", "+", "+", "+1", "+1 ", "1", "1 ", "1-", "+ ", "+(", "(",
        "(+", "011", "011 ", "0", "00", "+0", "+10", "+11", "-", ".", " ", "tel:", "\uFF0B", "++", "+ 1"};
    private static final String[] SUFFIXES = {"", "", "", "", " ", ".", ")", "-", "#", "x1", " ext 12", "5", "55",
        "\u0661", "\uFF15", "a", " / 2125550168", ";ext=1"};
    /** What the fast path reads: half of the inputs are made of these alone. */
    private static final String[] FAST_SEPARATORS = {"", "", " ", "-", ".", "(", ")", "  ", " - ", ") ", "--", "()"};
    private static final String[] FAST_PREFIXES = {"", "", "+1", "+1 ", "+1-", "+ 1 ", "+(1) ", "(", "+1 (", ".", "-"};
    private static final String DIGITS = "0123456789";

    private static List<String> regions() {
        TreeSet<String> regions = new TreeSet<>(UTIL.getRegionCodesForCountryCode(1));
        regions.addAll(List.of("GB", "DE", "FR", "IN", "MX", "BR", "JP", "AU", "IT", "RU"));
        return new ArrayList<>(regions);
    }

    /** The canonical phone form as it was before the fast path: libphonenumber alone. */
    private static String straightforward(String value, String region) {
        String trimmed = value.strip();
        if (trimmed.length() > 48 || trimmed.chars().noneMatch(Character::isDigit)) {
            return value;
        }
        try {
            PhoneNumber number = UTIL.parse(trimmed, region);
            return UTIL.isPossibleNumber(number) ? UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : value;
        } catch (NumberParseException e) {
            return value;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+14155550132", "+1 415 555 0132", "+1 (415) 555-0132", "(415) 555-0132", "415-555-0132",
        "415.555.0132", "4155550132", "(415)5550132", "+(1) 212 555 0167", "+ 1 212 555 0167", "212--555--0167",
        "(212) 555-0167)", "-212-555-0167", "2 1 2 5 5 5 0 1 6 7", "(((212))) 555 0167", "212 555 0167.", "+1 (2) 125550167"})
    void commonShapesAreReadWithoutLibphonenumberAndAgreeWithIt(String written) {
        String trimmed = written.strip();
        assertThat(CanonicalForms.northAmericanE164(trimmed, true)).isNotNull();
        for (String region : regions()) {
            assertThat(CanonicalForms.forRegion(region).canonical("PHONE_NUMBER", written))
                    .as("%s in %s", written, region)
                    .isEqualTo(straightforward(written, region));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10155550132", "+11155550132", "0155550132", "1155550132", "14155550132", "1-415-555-0132",
        "+1 415 555 01322", "+1415555013", "415 555 0132 x12", "+1 415 555 0132#", "+\uFF11 415 555 0132",
        "\u0664\u0661\u0665\u0665\u0665\u0665\u0660\u0661\u0663\u0662", "1-800-FLOWERS", "+2125550167", "415/555/0132",
        "+1 415 555 0132 / 415 555 0133", "", "+", "+1", "tel:+1-415-555-0132", "011 1 212 555 0167", "415\u00A0555\u00A00132"})
    void otherShapesAreLeftToLibphonenumber(String written) {
        assertThat(CanonicalForms.northAmericanE164(written.strip(), true)).isNull();
        assertThat(CanonicalForms.forRegion("US").canonical("PHONE_NUMBER", written))
                .isEqualTo(straightforward(written, "US"));
    }

    @Test
    void nationalNumbersAreReadFastOnlyInRegionsOfCountryCodeOne() {
        assertThat(CanonicalForms.northAmericanE164("415 555 0132", false)).isNull();
        assertThat(CanonicalForms.northAmericanE164("+1 415 555 0132", false)).isEqualTo("+14155550132");
        assertThat(CanonicalForms.forRegion("GB").canonical("PHONE_NUMBER", "415 555 0132"))
                .isEqualTo(straightforward("415 555 0132", "GB"));
    }

    @Test
    void agreesWithLibphonenumberOnRandomInputsInEveryRegion() {
        Random random = new Random(20_261_201L);
        List<String> regions = regions();
        List<CanonicalForms> forms = regions.stream().map(CanonicalForms::forRegion).toList();
        List<String> different = new ArrayList<>();
        int fast = 0;
        for (int i = 0; i < INPUTS; i++) {
            String value = candidate(random);
            if (CanonicalForms.northAmericanE164(value.strip(), true) != null) {
                fast++;
            }
            int r = random.nextInt(regions.size());
            // Every input in the default region and in one other, North American or not.
            for (int k : new int[] {regions.indexOf("US"), r}) {
                String expected = straightforward(value, regions.get(k));
                String actual = forms.get(k).canonical("PHONE_NUMBER", value);
                if (!expected.equals(actual) && different.size() < 20) {
                    different.add(regions.get(k) + " '" + value + "': libphonenumber " + expected + ", canonical " + actual);
                }
            }
        }
        assertThat(different).isEmpty();
        // The generator must reach the fast path often, or this test proves little.
        assertThat(fast).isGreaterThan(INPUTS / 5);
    }

    private static String candidate(Random random) {
        boolean fastShape = random.nextBoolean();
        String[] separators = fastShape ? FAST_SEPARATORS : SEPARATORS;
        StringBuilder text = new StringBuilder(pick(random, fastShape ? FAST_PREFIXES : PREFIXES));
        // Mostly ten digits, the shape of the fast path; sometimes fewer or more.
        int digits = random.nextInt(3) == 0 ? 7 + random.nextInt(7) : 10;
        for (int d = 0; d < digits; d++) {
            if (d > 0 && random.nextInt(3) == 0) {
                text.append(pick(random, separators));
            }
            // The area code (first of ten) is now and then 0 or 1, which the fast path must refuse.
            text.append(DIGITS.charAt(d == 0 && random.nextInt(4) != 0 ? 2 + random.nextInt(8) : random.nextInt(10)));
        }
        if (random.nextInt(4) == 0) {
            text.append(pick(random, fastShape ? FAST_SEPARATORS : SUFFIXES));
        }
        if (random.nextInt(10) == 0) {
            text.insert(0, ' ').append(' ');
        }
        return text.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
