package io.contactshield.topology.protect;

import java.nio.ByteBuffer;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * A deep copy of an Avro record for the record protector to rewrite, made as Avro's
 * {@code GenericData.deepCopy} makes it, without its costs. Records, arrays and maps are new:
 * arrays are {@code GenericData.Array}s and maps {@code HashMap}s sized and filled in the
 * original's order, as Avro makes them, so a copy serializes to the same bytes. What cannot change
 * (strings, numbers, booleans, enum symbols, {@code java.time} values, UUIDs) is shared rather than
 * converted: Avro's copy turned every timestamp into a long and back, and the specific builder
 * checked every field, which cost a tenth of the protection step. Bytes are copied; anything else
 * (fixed) is left to Avro's own copy.
 */
final class RecordCopy {

    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    private RecordCopy() {
    }

    @SuppressWarnings("unchecked")
    static <T extends IndexedRecord> T of(T record) {
        return (T) record(record);
    }

    private static IndexedRecord record(IndexedRecord record) {
        Schema schema = record.getSchema();
        IndexedRecord copy = record instanceof SpecificRecord
                ? (IndexedRecord) SpecificData.newInstance(record.getClass(), schema)
                : new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            int pos = field.pos();
            copy.put(pos, value(field.schema(), record.get(pos)));
        }
        return copy;
    }

    private static Object value(Schema schema, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal || value instanceof UUID
                || value instanceof GenericData.EnumSymbol) {
            return value;
        }
        if (value instanceof IndexedRecord record) {
            return record(record);
        }
        if (value instanceof CharSequence text) {
            return GenericData.get().createString(text);
        }
        if (value instanceof List<?> list) {
            Schema array = branch(schema, Schema.Type.ARRAY);
            if (array != null) {
                GenericData.Array<Object> copy = new GenericData.Array<>(list.size(), array);
                for (Object element : list) {
                    copy.add(value(array.getElementType(), element));
                }
                return copy;
            }
        } else if (value instanceof Map<?, ?> map) {
            Schema mapSchema = branch(schema, Schema.Type.MAP);
            if (mapSchema != null) {
                Map<Object, Object> copy = new HashMap<>(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    copy.put(value(STRING, entry.getKey()),
                            value(mapSchema.getValueType(), entry.getValue()));
                }
                return copy;
            }
        } else if (value instanceof ByteBuffer bytes) {
            int start = bytes.position();
            byte[] copy = new byte[bytes.limit() - start];
            bytes.get(copy, 0, copy.length);
            bytes.position(start);
            return ByteBuffer.wrap(copy);
        }
        return SpecificData.getForSchema(schema).deepCopy(schema, value);
    }

    /** {@code schema} if it is of {@code type}, else its union branch of that type, else null. */
    private static Schema branch(Schema schema, Schema.Type type) {
        if (schema.getType() == type) {
            return schema;
        }
        if (schema.getType() == Schema.Type.UNION) {
            for (Schema each : schema.getTypes()) {
                if (each.getType() == type) {
                    return each;
                }
            }
        }
        return null;
    }
}
