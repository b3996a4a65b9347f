package io.contactshield.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro values as plain JSON, for people and for {@code jq}: records as objects, unions as the
 * value itself (no type wrapper), enums as their symbol, timestamps as ISO-8601, bytes as base64.
 * {@link #compact} also drops nulls and empty maps and arrays and shortens long base64, for the
 * console.
 */
final class AvroJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SHORT_BYTES = 24;

    private final boolean compact;

    private AvroJson(boolean compact) {
        this.compact = compact;
    }

    /** Everything, bytes in full: the dump files. */
    static JsonNode full(Object value) {
        return new AvroJson(false).render(value);
    }

    /** Without nulls and empties, long bytes shortened: the console. */
    static JsonNode compact(Object value) {
        return new AvroJson(true).render(value);
    }

    private JsonNode render(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            ObjectNode object = NODES.objectNode();
            for (Schema.Field field : record.getSchema().getFields()) {
                Object fieldValue = record.get(field.pos());
                if (compact && isEmpty(fieldValue)) {
                    continue;
                }
                object.set(field.name(), render(fieldValue));
            }
            return object;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), render(v)));
            return object;
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(render(item)));
            return array;
        }
        if (value instanceof ByteBuffer buffer) {
            ByteBuffer copy = buffer.duplicate();
            byte[] bytes = new byte[copy.remaining()];
            copy.get(bytes);
            return NODES.textNode(base64(bytes));
        }
        if (value instanceof byte[] bytes) {
            return NODES.textNode(base64(bytes));
        }
        if (value instanceof GenericFixed fixed) {
            return NODES.textNode(base64(fixed.bytes()));
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Instant || value instanceof LocalDate) {
            return NODES.textNode(value.toString());
        }
        // CharSequence (Utf8, String), enum symbols, anything else: its text.
        return NODES.textNode(value.toString());
    }

    private String base64(byte[] bytes) {
        String encoded = Base64.getEncoder().encodeToString(bytes);
        if (compact && bytes.length > SHORT_BYTES) {
            return encoded.substring(0, 32) + "...(" + bytes.length + " bytes)";
        }
        return encoded;
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || value instanceof Map<?, ?> map && map.isEmpty()
                || value instanceof Collection<?> items && items.isEmpty();
    }
}
