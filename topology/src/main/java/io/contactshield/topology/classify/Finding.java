package io.contactshield.topology.classify;

/**
 * A detection placed in a record: the field path (e.g. {@code customerEndpoint.address},
 * {@code attributes.note}, {@code transcript[3].content}) and what was found there. Whole-field
 * findings from a schema annotation span the whole value with confidence 1.0 and detector
 * {@code "schema"}. Never holds the value.
 */
public record Finding(String fieldPath, Detection detection) {

    public static final String SCHEMA_DETECTOR = "schema";

    public String type() {
        return detection.type();
    }
}
