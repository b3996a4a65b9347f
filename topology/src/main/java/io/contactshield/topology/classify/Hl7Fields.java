package io.contactshield.topology.classify;

/**
 * HL7 v2 messages as they stand in a text, one segment a line ({@code PID|1||E1029^^^RBH^MR||...}):
 * which segment and which field a value fills, so that a detector can read a field by what the
 * standard puts there (PID-19 is the patient's SSN, PID-13 their home phone).
 */
final class Hl7Fields {

    /** A segment's id ("PID", "IN1") and a field's number in it, counted as HL7 counts (PID-19). */
    record Field(String segment, int index) {
    }

    /** Most chars of a segment read back from a field to the segment's id. */
    private static final int MAX_PREFIX = 800;

    private Hl7Fields() {
    }

    /**
     * The field whose value starts at {@code start}, right after a '|', or null when no segment id
     * (a capital and two capitals or digits, at the start of a line or after a blank) opens the line
     * before it.
     */
    static Field at(String text, int start) {
        if (start == 0 || text.charAt(start - 1) != '|') {
            return null;
        }
        int bars = 0;
        for (int i = start - 1; i >= 3 && start - i <= MAX_PREFIX; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return null;
            }
            if (c == '|') {
                bars++;
                if (segmentIdAt(text, i - 3)) {
                    return new Field(text.substring(i - 3, i), bars);
                }
            }
        }
        return null;
    }

    private static boolean segmentIdAt(String text, int at) {
        char before = at == 0 ? '\n' : text.charAt(at - 1);
        return (before == '\n' || before == '\r' || before == ' ') && isCapital(text.charAt(at))
                && (isCapital(text.charAt(at + 1)) || Chars.isAsciiDigit(text.charAt(at + 1)))
                && (isCapital(text.charAt(at + 2)) || Chars.isAsciiDigit(text.charAt(at + 2)));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
