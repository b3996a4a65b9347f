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

    /**
     * This detection with another confidence, clamped to [0, 1] and rounded to a millionth: context
     * steps are added and taken away in tenths and twentieths, and without the rounding 0.7 lowered by
     * 0.2 would be 0.49999999999999994, below a threshold of 0.5 it is meant to meet.
     */
    public Detection withConfidence(double newConfidence) {
        double clamped = Math.max(0.0, Math.min(1.0, newConfidence));
        return new Detection(type, start, end, Math.round(clamped * CONFIDENCE_STEPS) / CONFIDENCE_STEPS, detector);
    }

    private static final double CONFIDENCE_STEPS = 1_000_000.0;
}
