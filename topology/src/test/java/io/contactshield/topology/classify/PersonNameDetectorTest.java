package io.contactshield.topology.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PersonNameDetectorTest {

    private final PersonNameDetector detector = new PersonNameDetector();

    private List<String> names(String text) {
        return names(detector, text);
    }

    /** The names {@code detector} reports at the default threshold, as written in {@code text}. */
    static List<String> names(PersonNameDetector detector, String text) {
        return detector.detect(text).stream()
            .filter(d -> d.confidence() >= 0.5)
            .map(d -> text.substring(d.start(), d.end()))
            .toList();
    }

    @Test
    void nameIsPersonName() {
        assertThat(detector.name()).isEqualTo("person-name");
    }

    @Test
    void findsNameAfterMyNameIs() {
        assertThat(names("hi, my name is Sarah Mitchell and I can't log in")).containsExactly("Sarah Mitchell");
    }

    @Test
    void reportsTypeOffsetsAndDetector() {
        Detection detection = detector.detect("my name is Sarah Mitchell").get(0);

        assertThat(detection.type()).isEqualTo(EntityTypes.PERSON_NAME);
        assertThat(detection.start()).isEqualTo(11);
        assertThat(detection.end()).isEqualTo(25);
        assertThat(detection.detector()).isEqualTo("person-name");
    }

    @Test
    void findsNameSpeaking() {
        assertThat(names("Good morning. This is Rajesh Kumar speaking, about ticket CS-204881"))
            .containsExactly("Rajesh Kumar");
    }

    @Test
    void findsSurnameAfterTitleWithoutTheTitle() {
        assertThat(names("Spoke to Mrs. Okafor; she confirmed the new number")).containsExactly("Okafor");
    }

    @Test
    void findsNameInKeyValueField() {
        assertThat(names("{\"customerName\":\"Rebecca Stone\",\"tier\":\"gold\"}")).containsExactly("Rebecca Stone");
    }

    @Test
    void findsNameAfterAccountHolderLabel() {
        assertThat(names("Customer Name: Ayesha Khan; Account Holder: Imran Khan")).containsExactly("Ayesha Khan", "Imran Khan");
    }

    @Test
    void keepsParticlesAndApostrophes() {
        assertThat(names("mijn naam is Sanne de Vries")).containsExactly("Sanne de Vries");
        assertThat(names("my name is Kevin O'Neill")).containsExactly("Kevin O'Neill");
    }

    @Test
    void findsCommonGivenNameWithSurnameWithoutContext() {
        assertThat(names("the account holder is my wife Maria Gonzalez")).containsExactly("Maria Gonzalez");
    }

    @Test
    void findsNameBeforeEmailInHeader() {
        assertThat(names("From: Hannah Fischer <hannah.fischer@example.de>")).containsExactly("Hannah Fischer");
    }

    @Test
    void introducedSingleGivenNameIsMoreConfidentThanAnUnknownWord() {
        double known = detector.detect("this is Priya from billing").get(0).confidence();
        double unknown = detector.detect("this is Zorblat from billing").get(0).confidence();

        assertThat(known).isGreaterThan(unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It's Monday and the parcel is late",
        "I'm Sorry but this is the third time",
        "Customer: Guten Tag, ich habe eine Frage",
        "This is Visa, not Mastercard",
        "Order ORD-2024-884213 shipped via DHL on 2024-03-12",
        "I'm on version 3.18.2 of the app",
        "my name is on the account",
        "Visa and Mastercard accepted; Amex not available"})
    void ignoresTextWithoutNames(String text) {
        assertThat(names(text)).isEmpty();
    }

    @Test
    void ignoresLowerCaseNamesAsAKnownLimit() {
        assertThat(names("my name is sarah mitchell")).isEmpty();
    }

    @Test
    void overlappingCuesGiveOneFinding() {
        assertThat(detector.detect("This is Rajesh Kumar speaking")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aa ", "Mr. ", "my name is ", "Maria ", "O'", "Aa-Aa", "Abcdefghijklmnopqrstuvwxyz", "a", "de "})
    void finishesOnHundredKilobytesOfAdversarialText(String unit) {
        String text = unit.repeat(100 * 1024 / unit.length());

        // A hang guard for catastrophic backtracking, far above the expected milliseconds.
        List<Detection> found = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> detector.detect(text));

        assertThat(found).allSatisfy(d -> assertThat(d.end()).isLessThanOrEqualTo(text.length()));
    }
}
