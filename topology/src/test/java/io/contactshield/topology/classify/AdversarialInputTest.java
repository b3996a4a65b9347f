package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs of about 100 KB shaped to make a careless pattern backtrack or a scanner go quadratic.
 * The bound is a hang guard, far above the milliseconds these take; it is not a speed test.
 */
class AdversarialInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final List<Detector> DETECTORS = List.of(new EmailDetector(), new PhoneNumberDetector("US"),
            new CreditCardDetector(), new UsSsnDetector(), new IbanDetector(), new IpAddressDetector(),
            new UrlCredentialsDetector(), new AwsAccessKeyDetector());

    private static final TextClassifier CLASSIFIER = TextClassifier.create(ClassifierSettings.defaults());

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("a@ repeated", "a@".repeat(50_000)),
                Arguments.of("dotted local part then @", "a.".repeat(50_000) + "@example.com"),
                Arguments.of("@ then long domain", "jane@" + "a.".repeat(50_000)),
                Arguments.of("digits with dashes", "1-".repeat(30_000) + "1"),
                Arguments.of("digits with spaces", "12 ".repeat(33_000)),
                Arguments.of("digits with dots", "1.".repeat(50_000)),
                Arguments.of("one long digit run", "4".repeat(100_000)),
                Arguments.of("seven-digit runs", "1234567 x ".repeat(10_000)),
                Arguments.of("plus and brackets", "+(".repeat(50_000) + "1"),
                Arguments.of("double colons", "::".repeat(50_000)),
                Arguments.of("hex and colons", "ab:".repeat(33_000)),
                Arguments.of("user: repeated", "user:".repeat(20_000)),
                Arguments.of("scheme separators", "://".repeat(33_000)),
                Arguments.of("url with colons and ats", "https://" + "u:p@".repeat(25_000)),
                Arguments.of("many urls with credentials", "https://u:p@h ".repeat(7_500)),
                Arguments.of("AKIA repeated", "AKIA".repeat(25_000)),
                Arguments.of("secret cue and base64", "secret " + "Ab1/".repeat(25_000)),
                Arguments.of("IBAN prefixes", "DE89 ".repeat(20_000)),
                Arguments.of("SSN cue repeated", "ssn 123456789 ".repeat(7_000)),
                Arguments.of("cue words", "order call me card ".repeat(5_000)),
                Arguments.of("spoken digits", "one ".repeat(25_000)),
                Arguments.of("spoken digits with pauses", "five, ".repeat(16_000)),
                Arguments.of("double and triple", "double triple oh ".repeat(6_000)),
                Arguments.of("hundreds and tens", "nine hundred twenty ".repeat(5_000)),
                Arguments.of("plus before digits", "plus one ".repeat(11_000)),
                Arguments.of("spoken digits and cues", "card ssn call me one two three four five six seven ".repeat(2_000)),
                Arguments.of("spoken dots", "a dot ".repeat(16_000) + "at example dot com"),
                Arguments.of("spoken ats", "x at ".repeat(20_000) + "dot com"),
                Arguments.of("spoken address repeated", "j dot s at example dot com ".repeat(4_000)),
                Arguments.of("spelled letters", "a b ".repeat(25_000) + "at example dot com"),
                Arguments.of("spelled country codes", "G B two nine N ".repeat(7_000)),
                Arguments.of("spelled iban pieces", "D E eight nine ".repeat(7_000)),
                // Rows with no header in one line, and URLs without their scheme.
                Arguments.of("named rows in one line", "Lloyd Bell;439759566;".repeat(5_000)),
                Arguments.of("csv cells of nine digits", "Rosa Gutierrez,186257309,".repeat(4_000)),
                Arguments.of("scheme-relative urls", "a //x@y ".repeat(12_000)),
                Arguments.of("scheme-less userinfo", "u:p@h.example ".repeat(7_000)),
                Arguments.of("fixed-width columns", "2186.40  602-555-0129  ".repeat(4_500)),
                Arguments.of("as in letters", "G as in golf, ".repeat(7_000)),
                Arguments.of("digits before at", "k eighty one ".repeat(8_000) + "at example dot com"),
                Arguments.of("spoken dotted octets", "one nine two dot ".repeat(6_000)),
                Arguments.of("spoken quad repeated", "ip one dot two dot three dot four ".repeat(3_000)),
                Arguments.of("french compounds", "quatre-vingt-dix-huit et ".repeat(4_000)),
                Arguments.of("german compounds", "einundzwanzig ".repeat(7_000)),
                Arguments.of("phone cue after", "5550199 that's my home number ".repeat(3_300)),
                Arguments.of("interruptions between number words", "five five... wait, sorry, hold on my glasses... ".repeat(2_100)),
                Arguments.of("quantities after numbers", "call 303-555-0198 48h ".repeat(4_500)),
                Arguments.of("labels before comma lists", "acct 20041987, 613-555-0177, ".repeat(3_400)),
                Arguments.of("letters only", "a".repeat(100_000)),
                Arguments.of("whitespace only", " ".repeat(100_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyDetectorFinishes(String name, String input) {
        for (Detector detector : DETECTORS) {
            List<Detection> found = assertTimeoutPreemptively(HANG_GUARD, () -> detector.detect(input), detector.name());
            assertThat(found).allSatisfy(d -> assertThat(d.end()).isLessThanOrEqualTo(input.length()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theClassifierFinishes(String name, String input) {
        List<Detection> found = assertTimeoutPreemptively(HANG_GUARD, () -> CLASSIFIER.classify(input));

        assertThat(found).allSatisfy(d -> assertThat(d.end()).isLessThanOrEqualTo(input.length()));
    }
}
