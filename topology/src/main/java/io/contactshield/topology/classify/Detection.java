package io.contactshield.topology.classify;

/**
 * One piece of personal data found in a string: where (UTF-16 offsets, end exclusive), what, how
 * sure, and which detector. It never holds the value: callers that need it take
 * {@code text.substring(start, end)} from the text they own, inside the process.
 *
 * @param type an entity type ({@link EntityTypes}), upper case
 * @param start first char, inclusive
 * @param end last char, exclusive; greater than start
 * @param confidence 0.0 to 1.0
 * @param detector the detector's name, e.g. {@code "credit-card"}
 */
public record Detection(String type, int start, int end, double confidence, String detector) {

    public Detection {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("Confidence must be within [0, 1], not " + confidence);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Detection other) {
        return start < other.end && other.start < end;
    }

    public Detection withConfidence(double newConfidence) {
        return new Detection(type, start, end, Math.max(0.0, Math.min(1.0, newConfidence)), detector);
    }
}
