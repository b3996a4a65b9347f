package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds personal data in one string with a set of {@link Detector}s: applies the context words
 * before each span ({@link ContextWords}), drops what falls below the minimum confidence, and keeps
 * one finding per span (the most specific type, then the highest confidence). Stateless and
 * thread-safe when its detectors are; never logs or throws with the text.
 */
public final class TextClassifier {

    private final List<Detector> detectors;
    private final ClassifierSettings settings;

    /** Every built-in detector, with the phone numbers of {@code settings.defaultRegion()}. */
    public static TextClassifier create(ClassifierSettings settings) {
        return new TextClassifier(List.of(
                new EmailDetector(),
                new PhoneNumberDetector(settings.defaultRegion()),
                new CreditCardDetector(),
                new UsSsnDetector(),
                new IbanDetector(),
                new IpAddressDetector(),
                new UrlCredentialsDetector(),
                new AwsAccessKeyDetector(),
                new PersonNameDetector(),
                new AddressDetector()
        ), settings);
    }

    public TextClassifier(List<Detector> detectors, ClassifierSettings settings) {
        this.detectors = List.copyOf(detectors);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * What {@code text} holds, sorted by start, no two overlapping, each at least the minimum
     * confidence; empty for null or empty text.
     */
    public List<Detection> classify(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Detection> candidates = new ArrayList<>();
        for (Detector detector : detectors) {
            for (Detection detection : detector.detect(text)) {
                Detection adjusted = ContextWords.apply(text, detection);
                if (adjusted.confidence() >= settings.minConfidence()) {
                    candidates.add(adjusted);
                }
            }
        }
        return OverlapResolver.resolve(candidates);
    }
}
