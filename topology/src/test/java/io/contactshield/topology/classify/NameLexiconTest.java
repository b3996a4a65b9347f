package io.contactshield.topology.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NameLexiconTest {

    private final NameLexicon lexicon = NameLexicon.INSTANCE;

    private static Set<String> commonEnglishWords() throws IOException {
        try (InputStream in = NameLexiconTest.class.getResourceAsStream("/names/common-english-words.txt")) {
            assertThat(in).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toSet());
        }
    }

    @Test
    void stopListIsAboutFiveHundredWords() throws IOException {
        assertThat(commonEnglishWords()).hasSizeGreaterThan(450);
    }

    @Test
    void noGivenNameIsACommonEnglishWord() throws IOException {
        Set<String> common = commonEnglishWords();

        assertThat(lexicon.givenNames()).filteredOn(common::contains).isEmpty();
    }

    @Test
    void lexiconCoversThousandsOfNames() {
        assertThat(lexicon.givenNames()).hasSizeGreaterThan(2000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chloé", "Chloe", "CHLOE", "Inès", "Ines", "Álvaro", "Alvaro", "Łukasz", "Lukasz",
        "Søren", "Soren", "Mehmet", "Aaliyah", "Keiko", "Lerato", "Kwame", "Hamish", "Conor", "Jess", "Mette",
        "Margaux", "Sunita", "Amara", "Haruto", "Kenji", "Aino", "Mei-Ling", "Jean-Pierre", "Min-jun"})
    void findsGivenNamesWithoutCaseOrDiacritics(String name) {
        assertThat(lexicon.isGivenName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Will", "May", "June", "Mark", "Bill", "Chase", "Summer", "Hope", "Grace", "Joy",
        "Faith", "Rose", "Art", "Max", "Jack", "Sky", "River", "Dawn", "Angel", "Amber", "Ruby", "Jade",
        "Crystal", "Victoria", "Paris", "Florence", "Georgia", "Sydney", "Austin", "Dallas", "Jordan",
        "Mai", "Kai", "Tor", "Wolf", "Luz", "Sol", "Nada", "Una", "Hoi", "Milan", "Zara", "Siri", "Alexa"})
    void leavesOutNamesThatAreWordsPlacesOrBrands(String word) {
        assertThat(lexicon.isGivenName(word)).isFalse();
    }

    @Test
    void foldsLettersThatDoNotDecompose() {
        assertThat(NameLexicon.fold("Łøđðıßæœþ")).isEqualTo("loddissaeoeth");
        assertThat(NameLexicon.fold("Plain")).isEqualTo("plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chloé", "Chloe", "CHLOE", "chLoE", "Mei-Ling", "Jean-Pierre", "Min-jun", "Jean-", "-Jean",
        "Will", "Łukasz", "Lukasz", "Søren", "\u212Aenji", "Kenji", "Team", "TEAM", "Monday", "Visa", "Re", "Mr", "X", ""})
    void readsAWordInsideATextAsTheWordAlone(String word) {
        String text = "«" + word + "»";
        int end = text.length() - 1;

        assertThat(lexicon.isGivenName(text, 1, end)).as(word).isEqualTo(lexicon.isGivenName(word));
        assertThat(lexicon.isNotName(text, 1, end)).as(word).isEqualTo(lexicon.isNotName(word));
    }
}
