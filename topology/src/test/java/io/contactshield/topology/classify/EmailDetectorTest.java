package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jane@example.com",
        "jane.doe@example.com",
        "jane.doe+orders@example.com",
        "first_last-1@mail.sub.example.co.uk",
        "o'brien@example.ie",
        "JANE.DOE@EXAMPLE.COM",
        "j@x.io",
        "100%real@example.org",
        "jos\u00e9@ex\u00e4mple.de",
        "jane@xn--exmple-cua.xn--p1ai"
    })
    void findsAddressesInTheirUsualShapes(String address) {
        assertThat(found("Reach me at " + address + " any time")).containsExactly(address);
    }

    @Test
    void leavesTheSentenceFullStopOutOfTheAddress() {
        assertThat(found("My email is jane@example.com.")).containsExactly("jane@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'jane@example.com'", "<jane@example.com>", "(jane@example.com)", "\"jane@example.com\","})
    void leavesQuotesAndBracketsOutOfTheAddress(String text) {
        assertThat(found(text)).containsExactly("jane@example.com");
    }

    @Test
    void reportsUtf16OffsetsOfEachAddress() {
        String text = "a: jane@example.com, b: bob@example.org";

        assertThat(detector.detect(text))
                .extracting(Detection::start, Detection::end)
                .containsExactly(tuple(3, 19), tuple(24, 39));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jane@localhost",
        "jane@example",
        "jane..doe@example.com",
        "jane.@example.com",
        "jane@example..com",
        "jane@-example.com",
        "jane@example-.com",
        "jane@example.c0m",
        "jane@example.c",
        "@jane_handle",
        "jane@",
        "logo@2x.png",
        "meet @ 10.30",
        "price 5@3.99"
    })
    void rejectsWhatIsNotAnAddress(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void rejectsALocalPartLongerThan64Chars() {
        assertThat(found("a".repeat(65) + "@example.com")).isEmpty();
        assertThat(found("a".repeat(64) + "@example.com")).hasSize(1);
    }

    @Test
    void leavesThePasswordOfUrlCredentialsToThatDetector() {
        assertThat(found("https://admin:secret@db.example.com/x")).isEmpty();
    }

    @Test
    void findsAMailtoAddress() {
        assertThat(found("mailto:jane@example.com")).containsExactly("jane@example.com");
    }

    @Property
    void findsAnyWellFormedAddressBetweenSpaces(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String local,
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String domain,
            @ForAll @AlphaChars @StringLength(min = 2, max = 6) String tld) {
        Assume.that(!EmailDetector.FILE_EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT)));
        String address = local + "@" + domain + "." + tld;

        assertThat(found("mail " + address + " now")).containsExactly(address);
    }

    @Test
    void ignoresTheHostPartOfAUrlWhosePasswordHoldsAHash() {
        assertThat(found("sftp://reports:Qw3rty#2024@sftp.example.com/out")).isEmpty();
    }
}
