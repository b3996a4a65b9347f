package io.contactshield.topology.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class AddressDetectorTest {

    private final AddressDetector detector = new AddressDetector();

    private List<String> addresses(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void nameIsAddress() {
        assertThat(detector.name()).isEqualTo("address");
    }

    @Test
    void reportsTypeOffsetsAndDetector() {
        Detection detection = detector.detect("I live at 42 Maple Avenue").get(0);

        assertThat(detection.type()).isEqualTo(EntityTypes.ADDRESS);
        assertThat(detection.start()).isEqualTo(10);
        assertThat(detection.end()).isEqualTo(25);
        assertThat(detection.detector()).isEqualTo("address");
    }

    @Test
    void findsUsAddressWithCityStateAndZip() {
        assertThat(addresses("new address is 42 Maple Avenue, Springfield, IL 62704 thanks"))
            .containsExactly("42 Maple Avenue, Springfield, IL 62704");
    }

    @Test
    void findsUnitAfterStreet() {
        assertThat(addresses("I live at 17 Elm Street, Apt 4B, Boston, MA 02118."))
            .containsExactly("17 Elm Street, Apt 4B, Boston, MA 02118");
    }

    @Test
    void findsFlatBeforeHouseNumberAndUkPostcode() {
        assertThat(addresses("Flat 3, 27 Queen's Road, Bristol BS8 1QU"))
            .containsExactly("Flat 3, 27 Queen's Road, Bristol BS8 1QU");
    }

    @Test
    void findsAbbreviatedSuffixWithDot() {
        assertThat(addresses("ship to 1250 Market St. today")).containsExactly("1250 Market St.");
    }

    @Test
    void leavesSentenceFullStopOutOfTheSpan() {
        assertThat(addresses("Yes, it's 31 Meadow Lane.")).containsExactly("31 Meadow Lane");
    }

    @Test
    void findsGermanStreetWithPostcodeBeforeCity() {
        assertThat(addresses("ich wohne in der Hauptstraße 12, 10115 Berlin"))
            .containsExactly("Hauptstraße 12, 10115 Berlin");
    }

    @Test
    void findsFrenchStreet() {
        assertThat(addresses("mon adresse est 14 rue de la Paix, 75002 Paris"))
            .containsExactly("14 rue de la Paix, 75002 Paris");
    }

    @Test
    void findsSpanishStreet() {
        assertThat(addresses("vivo en Calle Mayor 25, 28013 Madrid")).containsExactly("Calle Mayor 25, 28013 Madrid");
    }

    @Test
    void findsDutchStreetWithDutchPostcode() {
        assertThat(addresses("Ik woon op Keizersgracht 123, 1015 CJ Amsterdam"))
            .containsExactly("Keizersgracht 123, 1015 CJ Amsterdam");
    }

    @Test
    void cityAloneExtendsOnlyAtTheEndOfASentence() {
        assertThat(addresses("And you're at 5 Clarence Street, Leeds?")).containsExactly("5 Clarence Street, Leeds");
        assertThat(addresses("Delivered to 5 Clarence Street, Thanks for waiting")).containsExactly("5 Clarence Street");
    }

    @Test
    void streetWithContextIsMoreConfidentThanStreetAlone() {
        double alone = detector.detect("31 Meadow Lane").get(0).confidence();
        double withPostcode = detector.detect("31 Meadow Lane, Leeds LS12 3RT").get(0).confidence();

        assertThat(withPostcode).isGreaterThan(alone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "postcode SW1A 1AA",
        "The ZIP code 90210 is outside our delivery area.",
        "Order 5531209 placed 11 Jan",
        "Flight BA0287 departs 19:05, gate B32, seat 14C.",
        "Shipment weight 12.75 kg, dimensions 60 x 40 x 35 cm, 3 pieces.",
        "I'll call back at 18:30 on Street level",
        "ORD-2024-884213 shipped on 2024-03-12"})
    void ignoresTextWithoutAddresses(String text) {
        assertThat(addresses(text)).isEmpty();
    }

    @Test
    void missesLowerCaseStreetsAsAKnownLimit() {
        assertThat(addresses("i live at 42 maple avenue")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 ", "1 Aa ", "Aa ", "Calle Aa ", "12 rue Aa ", "Flat 1, ", ", Aa", "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "1 Aa Aa Aa Aa Aa Aa Aa Aa, "})
    void finishesOnHundredKilobytesOfAdversarialText(String unit) {
        String text = unit.repeat(100 * 1024 / unit.length());

        // A hang guard for catastrophic backtracking, far above the expected milliseconds.
        List<Detection> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> detector.detect(text));

        assertThat(found).allSatisfy(d -> assertThat(d.end()).isLessThanOrEqualTo(text.length()));
    }
}
