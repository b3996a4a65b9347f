package io.contactshield.serdes.registry;

import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;

/**
 * A subject's compatibility level, as the Confluent REST API names them.
 *
 * <p>BACKWARD: consumers on the new schema can read data written with the previous one (they
 * upgrade first). FORWARD: consumers on the previous schema can read data written with the new
 * one. FULL: both. The {@code _TRANSITIVE} forms check against every earlier version rather than
 * only the latest.
 */
public enum CompatibilityLevel {
    NONE,
    BACKWARD,
    BACKWARD_TRANSITIVE,
    FORWARD,
    FORWARD_TRANSITIVE,
    FULL,
    FULL_TRANSITIVE;

    /** Parses a level name, ignoring case, as registries send them. */
    public static CompatibilityLevel parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown compatibility level: " + name, e);
        }
    }

    public boolean isTransitive() {
        return name().endsWith("_TRANSITIVE");
    }

    /**
     * Whether {@code candidate} may follow {@code previous} under this level, with Avro's own
     * reader/writer resolution rules (the same as the registry applies).
     *
     * @param previous the subject's versions, oldest first; may be empty
     */
    public boolean allows(Schema candidate, List<Schema> previous) {
        if (this == NONE || previous.isEmpty()) {
            return true;
        }
        List<Schema> against = isTransitive() ? previous : List.of(previous.get(previous.size() - 1));
        for (Schema earlier : against) {
            if (!allowsPair(candidate, earlier)) {
                return false;
            }
        }
        return true;
    }

    private boolean allowsPair(Schema candidate, Schema earlier) {
        switch (this) {
            case BACKWARD:
            case BACKWARD_TRANSITIVE:
                return canRead(candidate, earlier);
            case FORWARD:
            case FORWARD_TRANSITIVE:
                return canRead(earlier, candidate);
            case FULL:
            case FULL_TRANSITIVE:
                return canRead(candidate, earlier) && canRead(earlier, candidate);
            default:
                return true;
        }
    }

    private static boolean canRead(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibilityType.COMPATIBLE;
    }
}
