package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** StartSearch must find exactly what {@link Matcher#find()} finds, whatever the text. */
class StartSearchTest {

    // The features the detectors' patterns use: ordered alternations, case-insensitive Unicode
    // slices, optional leading parts, a look-behind before the start and a look-ahead at the end.
    private static final Pattern CUES = Pattern.compile(
            "(?<![\\p{L}\\d])(?:my[ ]name[ ]is|name[ ]?[:=]|[ _]?nom(?:bre)?|this[ ]is|it['’]s|thé|ßtr|stra(?:ss|ß)e)[ ]{0,2}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\d'’-])(?:Ma?c)?\\p{Lu}\\p{Ll}{1,24}(?:[ ]\\p{Lu}\\p{Ll}{1,24}){0,3}(?![\\p{L}\\d])");

    // A cue that must end where the region ends, as the person-name detector looks back from a name.
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:ok|name[ ]is|this[ ]is|thé|it['’]s|nom(?:bre)?),?\\s{1,4}\\z",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String ALPHABET = "abcmnstyhiéßeorMNTSICÉÅ _:='’-\u017f\u212a9 .";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void findsWhatFindFinds(long seed) {
        Random random = new Random(seed);
        StartSearch cues = StartSearch.of(CUES, (t, i) -> true);
        StartSearch words = StartSearch.of(WORDS, (t, i) -> true);
        StartSearch deepCues = StartSearch.of(CUES, (t, i) -> true, 10);
        // A hand-made test as the person-name detector writes one: ASCII capitals from the table,
        // the rest (non-ASCII capitals) from the test.
        StartSearch capitals = new StartSearch("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (t, i) -> Character.isUpperCase(t.charAt(i)));
        int matches = 0;
        for (int n = 0; n < 2_000; n++) {
            String text = randomText(random);
            List<String> expected = viaFind(CUES, text);
            assertThat(viaStartSearch(cues, CUES, text)).as(text).isEqualTo(expected);
            assertThat(viaStartSearch(deepCues, CUES, text)).as(text).isEqualTo(expected);
            assertThat(viaStartSearch(words, WORDS, text)).as(text).isEqualTo(viaFind(WORDS, text));
            assertThat(viaStartSearch(capitals, WORDS, text)).as(text).isEqualTo(viaFind(WORDS, text));
            matches += expected.size();
        }
        // The texts must exercise the patterns, or the comparison proves nothing.
        assertThat(matches).isGreaterThan(100);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void findsInARegionWhatRegionFindFinds(long seed) {
        Random random = new Random(seed);
        StartSearch cues = StartSearch.of(CUE_BEFORE,
                (t, i) -> i == 0 || !(Character.isLetter(t.charAt(i - 1)) || Chars.isAsciiDigit(t.charAt(i - 1))));
        int matches = 0;
        for (int n = 0; n < 2_000; n++) {
            String text = randomText(random) + " ok, Jo";
            // Half the regions end just after a blank, where a cue can end; the text goes on after them.
            int to = random.nextBoolean()
                    ? text.indexOf(' ', random.nextInt(text.length())) + 1
                    : random.nextInt(text.length() + 1);
            int from = random.nextInt(to + 1);
            boolean expected = CUE_BEFORE.matcher(text).useTransparentBounds(true).region(from, to).find();
            assertThat(cues.findIn(CUE_BEFORE.matcher(text), text, from, to)).as(text + " [" + from + ", " + to + ")")
                    .isEqualTo(expected);
            matches += expected ? 1 : 0;
        }
        assertThat(matches).isGreaterThan(80);
    }

    @ParameterizedTest
    @ValueSource(strings = {"My name is Jo", "MY NAME IS JO", "x, nombre: Ana", "_nom=Li", "it’s Kim",
        "ſtraße 4", "THÉ", "Straße", "this is", "nom", "a nom"})
    void admitsEveryStartOfTheCues(String text) {
        StartSearch cues = StartSearch.of(CUES, (t, i) -> true);
        assertThat(viaStartSearch(cues, CUES, text)).isEqualTo(viaFind(CUES, text)).isNotEmpty();
    }

    private static String randomText(Random random) {
        String[] pieces = {"my name is ", "Name: ", " nombre ", "this is ", "it’s ", "thé ", "Strasse ", "Mac Donald ",
            "McKay ", "Ann Lee ", "x", "9", " ", "_nom", "ſtraße"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(4) == 0) {
                text.append(pieces[random.nextInt(pieces.length)]);
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    private static List<String> viaFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }

    private static List<String> viaStartSearch(StartSearch search, Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        for (int from = 0; search.find(matcher, text, from); from = StartSearch.next(matcher)) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }
}
