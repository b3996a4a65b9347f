package io.contactshield.topology.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro data as plain JSON for people and {@code jq}: records as objects, unions as their value
 * (no type wrapper), enums as strings, timestamps as ISO-8601, bytes as base64. The bytes of an
 * envelope are shown as their length unless asked for in full: they are opaque without a key.
 */
final class RecordJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean fullEnvelopes;

    RecordJson(boolean fullEnvelopes) {
        this.fullEnvelopes = fullEnvelopes;
    }

    JsonNode render(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case UNION:
                return render(value, branch(schema, value));
            case RECORD:
                IndexedRecord record = (IndexedRecord) value;
                ObjectNode object = NODES.objectNode();
                for (Schema.Field field : record.getSchema().getFields()) {
                    Object fieldValue = record.get(field.pos());
                    if ("envelope".equals(field.name()) && fieldValue instanceof ByteBuffer buffer && !fullEnvelopes) {
                        object.set(field.name(), NODES.objectNode().put("length", buffer.remaining()));
                    } else {
                        object.set(field.name(), render(fieldValue, field.schema()));
                    }
                }
                return object;
            case ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (Object item : (Collection<?>) value) {
                    array.add(render(item, schema.getElementType()));
                }
                return array;
            case MAP:
                ObjectNode map = NODES.objectNode();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    map.set(entry.getKey().toString(), render(entry.getValue(), schema.getValueType()));
                }
                return map;
            case ENUM:
                return NODES.textNode(value instanceof GenericEnumSymbol<?> symbol ? symbol.toString() : value.toString());
            case FIXED:
                return NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) value).bytes()));
            case BYTES:
                return NODES.textNode(Base64.getEncoder().encodeToString(bytes((ByteBuffer) value)));
            case LONG:
                return timestamp(schema, value) != null ? NODES.textNode(timestamp(schema, value).toString())
                        : NODES.numberNode(((Number) value).longValue());
            case INT:
                return NODES.numberNode(((Number) value).intValue());
            case FLOAT:
            case DOUBLE:
                return NODES.numberNode(((Number) value).doubleValue());
            case BOOLEAN:
                return NODES.booleanNode((Boolean) value);
            case STRING:
                return NODES.textNode(value.toString());
            case NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(value.toString());
        }
    }

    private static Schema branch(Schema union, Object value) {
        if (value instanceof Instant) {
            for (Schema type : union.getTypes()) {
                if (type.getType() == Schema.Type.LONG) {
                    return type;
                }
            }
        }
        return union.getTypes().get(GenericData.get().resolveUnion(union, value));
    }

    private static Instant timestamp(Schema schema, Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        LogicalType logical = schema.getLogicalType();
        if (logical != null && value instanceof Long millis) {
            if ("timestamp-millis".equals(logical.getName()) || "local-timestamp-millis".equals(logical.getName())) {
                return Instant.ofEpochMilli(millis);
            }
            if ("timestamp-micros".equals(logical.getName())) {
                return Instant.EPOCH.plusNanos(millis * 1000);
            }
        }
        return null;
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    /**
     * Puts {@code bytes} as {@code name} when they are text (valid UTF-8 without control characters
     * other than tab and line breaks), else as {@code nameBase64}; null as null.
     */
    static void putBytes(ObjectNode node, String name, byte[] bytes) {
        if (bytes == null) {
            node.putNull(name);
            return;
        }
        String text = text(bytes);
        if (text != null) {
            node.put(name, text);
        } else {
            node.put(name + "Base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    /** The bytes as a string if they are printable UTF-8, else null. */
    static String text(byte[] bytes) {
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return null;
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return null;
            }
        }
        return chars.toString();
    }
}
