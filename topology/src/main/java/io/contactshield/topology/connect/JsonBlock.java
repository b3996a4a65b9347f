package io.contactshield.topology.connect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of a contact record at its path, with typed reads of its fields. A field that is missing or JSON null reads
 * as absent; a field of the wrong shape throws {@link FieldProblem} naming its path (the data
 * model's own field names, array indexes, and map entries by position, since map keys are input)
 * and what is wrong, never the value.
 */
final class JsonBlock {

    /** Longer than any ISO-8601 date-time; keeps the parser from working on hostile strings. */
    private static final int MAX_TIMESTAMP_CHARS = 64;
    /** Digits before the point that an int can need; checked before any arithmetic on the value. */
    private static final int MAX_INT_DIGITS = 10;

    private final JsonNode node;
    private final String path;

    private JsonBlock(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The top-level object of a record. */
    static JsonBlock root(JsonNode object) {
        return new JsonBlock(object, "");
    }

    String path() {
        return path;
    }

    /** The raw node of a field, or null when it is missing or JSON null. */
    JsonNode field(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A nested object, or null when absent. */
    JsonBlock block(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw new FieldProblem(pathOf(name), "is not an object");
        }
        return new JsonBlock(value, pathOf(name));
    }

    /** The objects of an array, null elements left out; empty when absent. */
    List<JsonBlock> blocks(String name) {
        JsonNode value = field(name);
        List<JsonBlock> blocks = new ArrayList<>();
        if (value == null) {
            return blocks;
        }
        if (!value.isArray()) {
            throw new FieldProblem(pathOf(name), "is not an array");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = pathOf(name) + "[" + i + "]";
            if (element.isNull()) {
                continue;
            }
            if (!element.isObject()) {
                throw new FieldProblem(elementPath, "is not an object");
            }
            blocks.add(new JsonBlock(element, elementPath));
        }
        return blocks;
    }

    /** The entries of this object in order, as blocks where they are objects, by position otherwise. */
    List<Map.Entry<String, JsonNode>> entries() {
        return new ArrayList<>(node.properties());
    }

    /** A block for a value found by {@link #entries()}, at its entry path. */
    JsonBlock entryBlock(JsonNode value, int position) {
        return new JsonBlock(value, entryPath(path, position));
    }

    /** A known field of the wrong shape; carries no value and no stack trace. */
    static final class FieldProblem extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final String path;
        final String problem;

        FieldProblem(String path, String problem) {
            super(null, null, false, false);
            this.path = path;
            this.problem = problem;
        }
    }


    /**
     * A string. Numbers and booleans read as their JSON text: Connect's fields and attributes are
     * strings, and a producer that wrote {@code 42} for {@code "42"} meant the same thing. Objects
     * and arrays are not strings.
     */
    String text(String name) {
        JsonNode value = field(name);
        return value == null ? null : text(value, pathOf(name));
    }

    static String text(JsonNode node, String path) {
        if (node.isTextual()) {
            return checkedUnicode(node.textValue(), path);
        }
        if (node.isNumber() || node.isBoolean()) {
            // BigDecimal.toString, not toPlainString: 1e999999999 stays eleven characters.
            return node.asText();
        }
        throw new FieldProblem(path, "is not a string");
    }

    /**
     * A string map such as Attributes or Tags. Entries whose value is null are left out, as absent;
     * numbers and booleans read as their JSON text.
     */
    Map<String, String> stringMap(String name) {
        JsonBlock block = block(name);
        Map<String, String> map = new LinkedHashMap<>();
        if (block == null) {
            return map;
        }
        int position = 0;
        for (Map.Entry<String, JsonNode> entry : block.node.properties()) {
            String entryPath = entryPath(block.path, position);
            String key = checkedUnicode(entry.getKey(), entryPath);
            if (!entry.getValue().isNull()) {
                map.put(key, text(entry.getValue(), entryPath));
            }
            position++;
        }
        return map;
    }

    /** The path of a map entry: by position, since its key is a value from the input. */
    static String entryPath(String mapPath, int position) {
        return mapPath + "[entry " + position + "]";
    }

    /**
     * An ISO-8601 date-time with an offset ({@code 2019-08-22T00:07:32Z}, fractions of a second and
     * {@code +02:00} style offsets too), truncated to the millisecond as Avro's timestamp-millis
     * keeps it. Anything else, epoch numbers included, is a problem: a number does not say whether
     * it counts seconds or milliseconds.
     */
    Instant timestamp(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.textValue().length() > MAX_TIMESTAMP_CHARS) {
            throw new FieldProblem(pathOf(name), "is not an ISO-8601 timestamp");
        }
        try {
            Instant instant = OffsetDateTime.parse(value.textValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
            return Instant.ofEpochMilli(instant.toEpochMilli());
        } catch (DateTimeException | ArithmeticException e) {
            // Both messages quote the text; only the fact is kept. Years far from now overflow millis.
            throw new FieldProblem(pathOf(name), "is not an ISO-8601 timestamp");
        }
    }

    /**
     * A whole number that fits an int, such as a duration in seconds or a count. {@code 12.0} is
     * accepted, {@code 12.5} and {@code "12"} are not: Connect writes whole seconds as numbers, so
     * anything else is a producer we do not understand.
     */
    Integer wholeNumber(String name) {
        JsonNode node = field(name);
        String path = pathOf(name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw new FieldProblem(path, "is not a number");
        }
        if (node.canConvertToInt() && node.isIntegralNumber()) {
            return node.intValue();
        }
        BigDecimal value = node.decimalValue();
        // Magnitude first: arithmetic on 1e999999999 would build a billion-digit number.
        if (value.precision() - value.scale() > MAX_INT_DIGITS) {
            throw new FieldProblem(path, "is out of range");
        }
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new FieldProblem(path, "is not a whole number");
        }
        try {
            return whole.intValueExact();
        } catch (ArithmeticException e) {
            throw new FieldProblem(path, "is out of range");
        }
    }

    /**
     * The string itself, if it is well-formed UTF-16. JSON escapes can spell a lone surrogate,
     * which Avro would write as '?': the readable event would then differ from the encrypted
     * original without anyone noticing.
     */
    static String checkedUnicode(String s, String path) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FieldProblem(path, "holds an unpaired surrogate");
            }
        }
        return s;
    }
}
