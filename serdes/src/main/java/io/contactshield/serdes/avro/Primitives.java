package io.contactshield.serdes.avro;

import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;

/** The Avro schemas of plain Java values, for keys and values that are not records. */
final class Primitives {
    private static final Schema NULL = Schema.create(Type.NULL);
    private static final Schema BOOLEAN = Schema.create(Type.BOOLEAN);
    private static final Schema INT = Schema.create(Type.INT);
    private static final Schema LONG = Schema.create(Type.LONG);
    private static final Schema FLOAT = Schema.create(Type.FLOAT);
    private static final Schema DOUBLE = Schema.create(Type.DOUBLE);
    private static final Schema STRING = Schema.create(Type.STRING);
    private static final Schema BYTES = Schema.create(Type.BYTES);

    private Primitives() {}

    /** The schema of {@code value}, or null if it is no Avro primitive. */
    static Schema schemaOf(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof CharSequence) {
            return STRING;
        }
        if (value instanceof Integer) {
            return INT;
        }
        if (value instanceof Long) {
            return LONG;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Float) {
            return FLOAT;
        }
        if (value instanceof ByteBuffer) {
            return BYTES;
        }
        return null;
    }
}
