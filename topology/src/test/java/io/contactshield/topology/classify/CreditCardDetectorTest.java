package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardDetectorTest {

    private final CreditCardDetector detector = new CreditCardDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    /** {@code body} followed by the Luhn check digit that makes it valid. */
    static String withCheckDigit(String body) {
        for (char d = '0'; d <= '9'; d++) {
            if (CreditCardDetector.luhn(body + d)) {
                return body + d;
            }
        }
        throw new AssertionError("unreachable");
    }

    @Test
    void readsACardBeforeACountOfThings() {
        assertThat(found("Fraud queue alert: card 3566 7468 4669 4501 4 declined attempts")).containsExactly("3566 7468 4669 4501");
        // A card's own short last group stays its own.
        assertThat(found("I used my Diners Club 3056 9309 0259 04 to pay")).containsExactly("3056 9309 0259 04");
    }

    @Test
    void aParticleGluedToACardEndsItAsABlankWould() {
        assertThat(found("\uce74\ub4dc\ub294 4046-7548-5650-6415\uc774\uace0\uc694")).containsExactly("4046-7548-5650-6415");
        assertThat(found("\uce74\ub4dc\ub294 4046 7548 5650 6415\uc774\uace0\uc694")).containsExactly("4046 7548 5650 6415");
        assertThat(found("card 4046754856506415x")).isEmpty();
    }

    @Test
    void anExpirySaidAfterTheCardIsNoPartOfIt() {
        assertThat(found("it's 2221 3294 9524 2226 11 28.")).containsExactly("2221 3294 9524 2226");
        assertThat(found("it's 2221 3294 9524 2226 13 28.")).isEmpty(); // no month 13
        // Month and year in one group, making the run longer than any card.
        assertThat(found("card 4663 9952 0768 8558 1227 approved")).containsExactly("4663 9952 0768 8558");
        assertThat(found("card 4663 9952 0768 8558 1327 approved")).isEmpty();
    }

    @Test
    void aCardsCueAdmitsTheWholeRunGroupedAsTheCallerTypedIt() {
        assertThat(found("Kunde: Meine Karte: 37 1449 6353 98431. Die ist von meinem Mann")).containsExactly("37 1449 6353 98431");
        assertThat(found("order 37 1449 6353 98431 shipped")).isEmpty();
        assertThat(found("card: 3 71449 6353 98431")).isEmpty(); // (a group of one digit: no)
    }

    @Test
    void aSouthAfricanIdIsNoCardWithoutACardsCue() {
        // Thirteen digits: a date of birth, a sequence, a citizenship digit, an 8 and Luhn's check.
        assertThat(found("Customer: 6710220847188")).isEmpty();
        assertThat(found("Ouma (Sarie Koen, ID 5009275229082) is in 'n ouetehuis")).isEmpty();
        assertThat(found("card number 5009275229082 please")).containsExactly("5009275229082");
        assertThat(CreditCardDetector.isSouthAfricanId("6710220847188")).isTrue();
        assertThat(CreditCardDetector.isSouthAfricanId("4111111111119")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111111111111111", "4012888888881881", "4222222222222",          // Visa 16, 13
        "5555555555554444", "5105105105105100", "2223003122003222",       // Mastercard, 2-series
        "378282246310005", "371449635398431",                              // American Express
        "6011111111111117", "6011000990139424",                            // Discover
        "3530111333300000", "3566002020360505",                            // JCB
        "30569309025904", "38520000023237", "36227206271667",              // Diners Club
        "6200000000000005"                                                 // UnionPay
    })
    void findsTestNumbersOfEveryIssuer(String number) {
        assertThat(found("card " + number + " thanks")).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "6759649826438453", "6759 6498 2643 8453",                          // Maestro UK (6759)
        "5018", "5020", "5038", "5893", "6304", "6761", "6763",             // Maestro IINs, padded to 16 below
        "6070", "8112", "8200", "5080",                                     // RuPay
        "2200", "2204",                                                     // Mir
        "9792",                                                             // Troy
        "8600", "9860"                                                      // Uzcard, Humo
    })
    void findsMaestroRuPayAndMirNumbers(String number) {
        String card = number.length() >= 16 ? number : withCheckDigit(number + "0".repeat(15 - number.length()));

        assertThat(found("card " + card + " please")).containsExactly(card);
    }

    @ParameterizedTest
    @CsvSource({"6759, 13", "6759, 19", "5020, 18", "2201, 19"})
    void findsMaestroAndMirNumbersOfEveryLengthTheyIssue(String prefix, int length) {
        String number = withCheckDigit(prefix + "1".repeat(length - 1 - prefix.length()));

        assertThat(found(number)).containsExactly(number);
    }

    @ParameterizedTest
    @CsvSource({"6759, 12", "5020, 12", "8112, 15", "8112, 19", "2200, 15", "5900, 20", "9793, 16", "9792, 19", "8600, 19",
        "9861, 16", "8601, 16"})
    void rejectsLuhnValidNumbersOutsideTheAddedRangesAndLengths(String prefix, int length) {
        String number = withCheckDigit(prefix + "0".repeat(length - 1 - prefix.length()));

        assertThat(found(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6759649826438454", "6759 6498 2643 8454", "invoice 6012345678901235", "5612 3456 7890 1235"})
    void rejectsMaestroShapedNumbersThatFailLuhn(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2720", "6445", "6500", "6221 26", "3589", "3000", "3900", "6212 3456 7890 123", "4000 0000 0000 000"})
    void findsNumbersAtTheEdgesOfIssuerRangesAndLengths(String prefix) {
        String body = prefix.replace(" ", "");
        int length = body.startsWith("6212") || body.startsWith("4000") ? 19 : body.startsWith("30") || body.startsWith("39") ? 14 : 16;
        String number = withCheckDigit(body + "0".repeat(length - 1 - body.length()));

        assertThat(found(number)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005", "3782-822463-10005",
        "3056 930902 5904", "4222 2222 2222 2", "6212 3456 7890 1234 560"})
    void findsConsistentlyGroupedNumbers(String number) {
        String valid = number.startsWith("6212") ? groupFours(withCheckDigit("621234567890123456")) : number;

        assertThat(found("my card is " + valid + ", exp 12/27")).containsExactly(valid);
    }

    @Test
    void findsANumberTypedWithBlanksAndDashesMixed() {
        // (Until 2026-11-30 a mix was rejected; blind set 71 showed customers type cards so.)
        assertThat(found("Customer typed the card over chat: 4917-4845 8989 7107. Agent advised"))
                .containsExactly("4917-4845 8989 7107");
        assertThat(found("4111 1111-1111 1111")).containsExactly("4111 1111-1111 1111");
        // Other separators do not mix: a dot after a blank ends the number.
        assertThat(found("ref 4917 4845.8989 7107")).isEmpty();
    }

    private static String groupFours(String digits) {
        return digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111  1111 1111 1111", "41 1111 1111 1111 11", "411111 1111 111111",
        "4111 11 1111 1111 11"})
    void rejectsInconsistentGroups(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "1234567890123456", "order 5500000000000001", "4111 1111 1111 1112"})
    void rejectsNumbersThatFailLuhn(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"7, 16", "1, 16", "8, 16", "37, 16", "34, 14", "51, 14", "2721, 16", "4, 15", "4, 14", "6011, 15", "35, 16"})
    void rejectsLuhnValidNumbersOutsideIssuerRangesAndLengths(String prefix, int length) {
        String number = withCheckDigit(prefix + "0".repeat(length - 1 - prefix.length()));

        assertThat(found(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID4111111111111111", "4111111111111111A", "X-4111111111111111Z", "4111 1111 1111 1111 1111",
        "4111111111111111.50", "0.4111111111111111", "DE44 4111 1111 1111 1111 00", "94111111111111111"})
    void rejectsDigitsEmbeddedInALongerRun(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Z999AA10123456784", "20240512103000123", "1715509800123", "123e4567-e89b-12d3-a456-426614174000",
        "+1 212 555 0147", "2024-05-12 10:30:00", "$1,234,567.89", "90210-1234", "NL91 ABNA 0417 1643 00"})
    void ignoresOtherNumbers(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void findsEachOfTwoCardsInOneText() {
        assertThat(found("old 4111 1111 1111 1111 new 5555-5555-5555-4444"))
                .containsExactly("4111 1111 1111 1111", "5555-5555-5555-4444");
    }

    @Test
    void findsACardAfterAQuantity() {
        assertThat(found("2 4111111111111111")).containsExactly("4111111111111111");
    }

    @Test
    void trustsAGroupedNumberMoreThanABareOne() {
        assertThat(detector.detect("4111 1111 1111 1111").get(0).confidence())
                .isGreaterThan(detector.detect("4111111111111111").get(0).confidence());
    }

    @Property
    void findsAnyLuhnValidVisaNumberGroupedInFours(@ForAll @NumericChars @StringLength(15) String body) {
        String number = withCheckDigit("4" + body.substring(1));

        assertThat(found("card " + groupFours(number) + ".")).containsExactly(groupFours(number));
    }

    @Property
    void rejectsAnyVisaNumberWithOneDigitChanged(@ForAll @NumericChars @StringLength(15) String body,
            @ForAll @IntRange(min = 1, max = 15) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        String number = withCheckDigit("4" + body.substring(1));
        char changed = (char) ('0' + (number.charAt(position) - '0' + delta) % 10);
        String typo = number.substring(0, position) + changed + number.substring(position + 1);

        assertThat(found(typo)).isEmpty();
    }

    @Test
    void readsNoCardInTheDigitsOfAnInternationalPhoneNumber() {
        // 4915112345678 passes Luhn with a Visa prefix; after a '+' it is a German mobile.
        assertThat(detector.detect("{\"Callback\":\"+4915112345678\",\"Kundennr\":\"400218770\"}")).isEmpty();
    }

    @Test
    void aCardBeforeAWordThatStartsWithADigitIsTheCard() {
        assertThat(found("card 4111111111111111 3DS=challenge result=AUTHORISED")).containsExactly("4111111111111111");
        assertThat(found("card 4111 1111 1111 1111 2FA ok")).containsExactly("4111 1111 1111 1111");
        // Glued to letters itself, the run is part of a code.
        assertThat(found("ref 4111111111111111X")).isEmpty();
    }

    @Test
    void aJsonListOfTicketsHoldsNoCard() {
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        assertThat(classifier.classify("{\"tickets\":[\"5621004988321\",\"5621004988322\",\"5621004988323\"]}")).isEmpty();
    }

    @Test
    void aColumnOfFinnishIdentifiersHoldsNoCard() {
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        assertThat(classifier.classify("kp_tunnus|asiakas|sopimus\n643056102850728092|Juho Salonen|KE-2023-11482"))
                .noneMatch(d -> d.type().equals(EntityTypes.CREDIT_CARD));
    }

    @Test
    void aCardNumberSentInSeveralChatMessagesIsFoundInItsParts() {
        assertThat(found("[18:44] Cliente: N\u00famero de tarjeta: 5134 1271\n[18:44] Cliente: 5883 8903\n[18:45] Agente: Gracias"))
                .containsExactly("5134 1271", "5883 8903");
        // The cue in the other's question; three messages.
        assertThat(found("Agente: \u00bfN\u00famero de tarjeta para el pago?\nCliente: 5513\nCliente: 8244\nCliente: 5044 9998"
                + "\nAgente: Gracias")).containsExactly("5513", "8244", "5044 9998");
        assertThat(found("[\ucc44\ud305 14:02] \uace0\uac1d: \uce74\ub4dc\ubc88\ud638 5374 7331\n[\ucc44\ud305 14:02] \uace0\uac1d:"
                + " 2069 1400")).containsExactly("5374 7331", "2069 1400");
        // Not without a card's cue, not when the Luhn check fails, nor across two speakers.
        assertThat(found("Cliente: pedido 5134 1271\nCliente: 5883 8903")).isEmpty();
        assertThat(found("Cliente: Número de tarjeta: 5134 1271\nCliente: 5883 8904")).isEmpty();
        assertThat(found("Cliente: Número de tarjeta: 5134 1271\nAgente: 5883 8903")).isEmpty();
    }
}
