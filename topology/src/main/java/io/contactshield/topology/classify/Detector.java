package io.contactshield.topology.classify;

import java.util.List;

/**
 * Finds one kind of personal data in free text, and validates what it finds (checksums, ranges,
 * registries), not just matches a shape. Implementations are stateless and thread-safe, use
 * precompiled patterns that cannot backtrack catastrophically, and never log the text.
 */
public interface Detector {

    /** Short stable name, reported in findings and audit events, e.g. {@code "credit-card"}. */
    String name();

    /** Everything this detector finds in {@code text}, in any order; possibly overlapping. */
    List<Detection> detect(String text);

    /**
     * Whether this detector reads numbers, so that {@link TextClassifier} should also run it over
     * spoken digits rewritten as digits ("oh seven seven double oh ..."). False by default.
     */
    default boolean readsSpokenDigits() {
        return false;
    }
}
