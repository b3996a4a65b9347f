package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@link TextClassifier} reads text.
 *
 * @param defaultRegion ISO 3166-1 alpha-2 region (upper case) whose national phone formats are
 *     read without a country code, e.g. {@code "US"}; {@code "ZZ"} accepts only international forms
 * @param minConfidence findings below this confidence (after context words) are dropped, 0.0 to 1.0
 * @param identifierWords words this contact centre writes before its own identifiers ("badge",
 *     "member no", "Leseausweis"); where one is the nearest cue before a digit run, or names the key
 *     that holds it, the run is read as that identifier, not as a phone, card or SSN. Stored in
 *     lower case; each 1 to 64 chars with a letter
 */
public record ClassifierSettings(String defaultRegion, double minConfidence, List<String> identifierWords) {

    private static final int MAX_WORD = 64;

    /** Settings without identifier words of their own. */
    public ClassifierSettings(String defaultRegion, double minConfidence) {
        this(defaultRegion, minConfidence, List.of());
    }

    public ClassifierSettings {
        if (defaultRegion == null || !defaultRegion.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("Default region must be a two-letter ISO 3166 code, not " + defaultRegion);
        }
        defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("Minimum confidence must be within [0, 1], not " + minConfidence);
        }
        List<String> words = new ArrayList<>();
        for (String word : identifierWords == null ? List.<String>of() : identifierWords) {
            String trimmed = word == null ? "" : word.strip();
            if (trimmed.isEmpty() || trimmed.length() > MAX_WORD || trimmed.chars().noneMatch(Character::isLetter)) {
                // The word is configuration, not data: naming it helps the operator.
                throw new IllegalArgumentException("An identifier word must have 1 to " + MAX_WORD
                        + " chars and a letter, not '" + word + "'");
            }
            words.add(trimmed.toLowerCase(Locale.ROOT));
        }
        identifierWords = List.copyOf(words);
    }

    /** Region {@code US}, minimum confidence 0.5. */
    public static ClassifierSettings defaults() {
        return new ClassifierSettings("US", 0.5);
    }
}
