package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenDigitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "oh seven seven double oh nine double oh one two three | 07700900123",
        "four one five five five five zero one eight two | 4155550182",
        "triple five one two three four | 5551234",
        "O seven seven zero zero nine zero zero one two three | 07700900123",
        "plus four four seven seven double oh nine double oh one two three | +447700900123",
        "one eight hundred five five five oh one nine nine | 18005550199",
        "oh seven seven double oh nine hundred four six one | 07700900461",
        "two one two five five five oh one seventy six | 2125550176",
        "two one two five five five oh one seventy-six | 2125550176",
        "five five five twenty one forty | 5552140",
        "null eins sieben eins zwei drei vier fünf | 01712345",
        "z\u00e9ro six trois neuf neuf huit un deux | 06399812",
        "seis cero cero uno dos tres cuatro | 6001234",
        "nul zes een twee drie vier vijf | 0612345",
        "555 zero one four three | 5550143",
        "z\u00e9ro six trente-neuf quatre-vingt-dix-huit vingt et un quarante-quatre | 0639982144",
        "z\u00e9ro un soixante et onze soixante-dix-sept quatre-vingts quatre-vingt-un | 0171778081",
        "z\u00e9ro six soixante-dix dix-neuf cinquante quatre-vingt-onze | 0670195091",
        "null eins sieben eins einundzwanzig vierunddrei\u00dfig sechsundf\u00fcnfzig | 0171213456",
        "null eins sieben eins zwoelf neunzehn achtundneunzig | 0171121998",
        "seis cero cero treinta y dos cuarenta y cinco | 6003245"
    })
    void writesSpokenDigitsAsDigits(String spoken, String digits) {
        assertThat(SpokenDigits.digitsOf("caller: it's " + spoken + " thanks")).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eighty one | 81",
        "one nine two | 192",
        "two fifty five | 255",
        "oh | 0",
        "192 | 192",
        "vingt et un | 21"
    })
    void readsTheDigitsOfAShortSpokenNumber(String spoken, String digits) {
        String text = "x " + spoken + " y";
        assertThat(SpokenDigits.digits(text, 2, 2 + spoken.length())).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighty apples", "double", "plus one", "one, two", "et"})
    void readsNoDigitsWhereAWordIsNoNumber(String words) {
        assertThat(SpokenDigits.digits(words, 0, words.length())).isNull();
    }

    @Test
    void keepsFrenchAndGermanLinkWordsOutsideANumberAsBreaks() {
        // "et" and "und" join only the numbers they belong to; elsewhere they end a run.
        assertThat(SpokenDigits.digitsOf("un deux trois et quatre cinq six sept")).isEmpty();
        assertThat(SpokenDigits.digitsOf("eins zwei drei und vier f\u00fcnf sechs sieben")).isEmpty();
    }

    @Test
    void keepsAPauseAsASpace() {
        assertThat(SpokenDigits.digitsOf("my number is five five five, zero one four three"))
                .containsExactly("555 0143");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have one or two things, three or four maybe",
        "your case number is four four seven one two nine and the wait is about twelve minutes",
        "it was one hundred forty nine dollars and ninety nine cents",
        "five five five and zero one four three",
        "five five five. Zero one four three",
        "five five five: zero one four three",
        "five five five (zero one four three)",
        "double charge on my card, double double",
        "a plus b plus one two three",
        "one, two, three, four, five, six",
        "5551234 and 2125550147, one",
        "call me on 212 555 0147 please"
    })
    void readsNoRunOfFewerThanSevenSpokenDigits(String text) {
        assertThat(SpokenDigits.digitsOf(text)).isEmpty();
        assertThat(SpokenDigits.rewrite(text)).isEmpty();
    }

    @Test
    void endsARunAtADoubleThatIsNotBeforeADigit() {
        assertThat(SpokenDigits.digitsOf("one two three four five six seven double, eight nine"))
                .containsExactly("1234567");
    }

    @Test
    void findsEachOfTwoRuns() {
        assertThat(SpokenDigits.digitsOf("one two three four five six seven or else eight eight eight one two three four"))
                .containsExactly("1234567", "8881234");
    }

    @Test
    void mapsEveryCharOfTheRewriteBackToTheWordsThatSaidIt() {
        String text = "call oh seven seven double oh, nine double oh one two three please";
        List<SpokenDigits.Rewrite> rewrites = SpokenDigits.rewrite(text);

        assertThat(rewrites).hasSize(2);
        SpokenDigits.Rewrite spaced = rewrites.get(0);
        assertThat(spaced.text).isEqualTo("call 07700 900123 please");
        int start = spaced.text.indexOf('0');
        int end = spaced.text.indexOf(" please");
        assertThat(text.substring(spaced.originalStart(start), spaced.originalEnd(end)))
                .isEqualTo("oh seven seven double oh, nine double oh one two three");
        // The second zero of "double oh" maps to the whole "double oh".
        assertThat(text.substring(spaced.originalStart(start + 3), spaced.originalEnd(start + 4))).isEqualTo("double oh");
        assertThat(spaced.touchesRun(0, 4)).isFalse();
        assertThat(spaced.touchesRun(3, start + 1)).isTrue();
        assertThat(rewrites.get(1).text).isEqualTo("call 07700900123 please");
    }

    @Test
    void rewritesNothingInATextWithoutDigitWords() {
        assertThat(SpokenDigits.rewrite("Customer asked about the refund for order 88172634, agent agreed.")).isEmpty();
    }
}
