package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

    private final IbanDetector detector = new IbanDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    /** The IBAN for {@code country} and {@code bban}, check digits computed independently with BigInteger. */
    static String iban(String country, String bban) {
        String rearranged = (bban + country + "00").toUpperCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }

    private static String grouped(String iban) {
        return iban.replaceAll("(.{4})(?=.)", "$1 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606",
        "NL91ABNA0417164300", "ES9121000418450200051332", "BE68539007547034", "CH9300762011623852957",
        "IT60X0542811101000000123456", "NO9386011117947", "MT84MALT011000012345MTLCAST001S",
        "SA0380000000608010167519", "PL61109010140000071219812874", "AT611904300234573201", "IE29AIBK93115212345678",
        "PT50000201231234567890154", "LC55HEMM000100010012001200023015", "RU0304452522540817810538091310419"})
    void findsCompactIbansOfManyCountries(String iban) {
        assertThat(found("pay to " + iban + " please")).containsExactly(iban);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
        "BE68 5390 0754 7034", "NO93 8601 1117 947"})
    void findsIbansInGroupsOfFour(String iban) {
        assertThat(found("IBAN: " + iban + ", thanks")).containsExactly(iban);
    }

    @Test
    void readsAnIbanGroupedAsItsCountrysAccountNumberIs() {
        assertThat(found("\u041a\u0443\u0440'\u0454\u0440: UA67 305299 0000026513702090836 \u043e\u0439 \u0446\u0435 \u0441\u0442\u0430\u0440\u0438\u0439.")).containsExactly("UA67 305299 0000026513702090836");
        assertThat(found("IL 660 205 050 000 000 997 287")).containsExactly("IL 660 205 050 000 000 997 287");
        // Lower-case words are no IBAN's groups, whatever their checksum.
        assertThat(found("Delivery at 11002 Beechnut St Apt 4")).isEmpty();
    }

    @Test
    void aParticleGluedToAnIbanEndsItAsABlankWould() {
        assertThat(found("\uc218\ucde8\uacc4\uc88c DE56394889312754604991\uc758 \uc608\uae08\uc8fc \uc601\ubb38\uba85\uc744 \ub2e4\uc2dc \ud655\uc778 \ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.")).containsExactly("DE56394889312754604991");
        assertThat(found("IBAN DE56394889312754604991x")).isEmpty();
    }

    @Test
    void readsATurkishIbanSpokenWithTheLettersNames() {
        String spoken = "te re on sekiz, s\u0131f\u0131r s\u0131f\u0131r s\u0131f\u0131r be\u015f, dokuz s\u0131f\u0131r"
                + " \u00fc\u00e7 iki, yedi yedi bir iki, bir be\u015f \u00fc\u00e7 d\u00f6rt, iki \u00fc\u00e7 yedi sekiz,"
                + " d\u00f6rt sekiz";
        assertThat(found("m\u00fc\u015fteri: tabii, " + spoken)).containsExactly(spoken);
    }

    @Test
    void findsAnIbanWrittenInLowerCase() {
        assertThat(found("gb82 west 1234 5698 7654 32")).containsExactly("gb82 west 1234 5698 7654 32");
    }

    @Test
    void endsAGroupedIbanAtItsCountryLengthBeforeTheNextWord() {
        assertThat(found("BE68 5390 0754 7034 will do")).containsExactly("BE68 5390 0754 7034");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013001", "DE88370400440532013000", "GB82WEST12345698765433",
        "DE8937040044053201300", "DE893704004405320130000", "XX89370400440532013000", "DE89 3704 0044 0532 013 000",
        "DE89 3704 0044 0532 0130 0", "ADE89370400440532013000", "DE89370400440532013000X"})
    void rejectsWrongChecksumsLengthsCountriesAndShapes(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB12 order", "PO12345678901234", "ZIP 90210", "4111 1111 1111 1111", "A1B2C3D4E5F6G7H8"})
    void ignoresOtherCodes(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Property
    void findsAnyGermanIbanWithCorrectCheckDigits(@ForAll @NumericChars @StringLength(18) String bban) {
        String iban = iban("DE", bban);

        assertThat(found(grouped(iban))).containsExactly(grouped(iban));
    }

    @Property
    void rejectsAnyIbanWithOneDigitChanged(@ForAll @NumericChars @StringLength(18) String bban,
            @ForAll @IntRange(min = 2, max = 21) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        String iban = iban("DE", bban);
        char changed = (char) ('0' + (iban.charAt(position) - '0' + delta) % 10);

        assertThat(found(iban.substring(0, position) + changed + iban.substring(position + 1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iban=CH9300762011623852957", "IBAN:CH9300762011623852957", "x CH9300762011623852957.",
        "iban=DE89370400440532013000;", "\"iban\": \"GB82WEST12345698765432\""})
    void findsCompactIbansGluedToAKey(String text) {
        assertThat(new IbanDetector().detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isEqualTo(0.95));
    }

    @Test
    void findsALabelledCompactIbanOutsideTheCountryLengthOnlyWhenLabelled() {
        // 20 chars with valid check digits: one short of the Swiss length.
        String odd = "CH800076201162385295";
        assertThat(new IbanDetector().detect("iban=" + odd)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isEqualTo(IbanDetector.LABELLED));
        assertThat(new IbanDetector().detect("customerIban: " + odd)).hasSize(1);
        assertThat(new IbanDetector().detect("ref " + odd)).isEmpty();
        assertThat(new IbanDetector().detect("iban=CH800076201162385296")).isEmpty();
    }

    @Test
    void readsTheIbansOfWestAfricanBanks() {
        assertThat(new IbanDetector().detect("d\u00e9p\u00f4t sur le compte SN82SN0108783313327993410322."))
                .extracting(Detection::type).containsExactly(EntityTypes.IBAN);
    }

    @Test
    void readsAnIbanWithItsCountryCodeApartAndTheRestInFours() {
        assertThat(found("to iban mou: GR 9101 4017 3141 2086 6460 1131 4 (Eurobank?)"))
                .containsExactly("GR 9101 4017 3141 2086 6460 1131 4");
        assertThat(found("GR 9101 4017 3141 2086 6460 1131 5")).isEmpty(); // the check fails
    }
}
