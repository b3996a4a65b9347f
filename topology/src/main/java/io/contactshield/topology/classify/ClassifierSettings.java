package io.contactshield.topology.classify;

import java.util.Locale;

/**
 * How {@link TextClassifier} reads text.
 *
 * @param defaultRegion ISO 3166-1 alpha-2 region (upper case) whose national phone formats are
 *     read without a country code, e.g. {@code "US"}; {@code "ZZ"} accepts only international forms
 * @param minConfidence findings below this confidence (after context words) are dropped, 0.0 to 1.0
 */
public record ClassifierSettings(String defaultRegion, double minConfidence) {

    public ClassifierSettings {
        if (defaultRegion == null || !defaultRegion.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("Default region must be a two-letter ISO 3166 code, not " + defaultRegion);
        }
        defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("Minimum confidence must be within [0, 1], not " + minConfidence);
        }
    }

    /** Region {@code US}, minimum confidence 0.5. */
    public static ClassifierSettings defaults() {
        return new ClassifierSettings("US", 0.5);
    }
}
