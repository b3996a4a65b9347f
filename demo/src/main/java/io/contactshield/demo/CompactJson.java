package io.contactshield.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON for the console: an object or array that fits on one line is written on one line, a
 * bigger one is spread over several, one member per line.
 */
final class CompactJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WIDTH = 120;

    private CompactJson() {
    }

    static String print(JsonNode node) {
        StringBuilder text = new StringBuilder();
        write(node, 0, text);
        return text.toString();
    }

    private static void write(JsonNode node, int indent, StringBuilder text) {
        String inline = inline(node);
        if (!node.isContainerNode() || node.isEmpty() || indent + inline.length() <= WIDTH) {
            text.append(inline);
            return;
        }
        String pad = " ".repeat(indent + 2);
        boolean object = node.isObject();
        text.append(object ? "{\n" : "[\n");
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                text.append(pad).append(quote(field.getKey())).append(": ");
                write(field.getValue(), indent + 2, text);
                text.append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                text.append(pad);
                write(node.get(i), indent + 2, text);
                text.append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        text.append(" ".repeat(indent)).append(object ? "}" : "]");
    }

    private static String inline(JsonNode node) {
        if (!node.isContainerNode()) {
            return node.toString();
        }
        StringBuilder text = new StringBuilder();
        if (node.isObject()) {
            text.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                text.append(quote(field.getKey())).append(": ").append(inline(field.getValue()));
                if (fields.hasNext()) {
                    text.append(", ");
                }
            }
            return text.append('}').toString();
        }
        text.append('[');
        for (int i = 0; i < node.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(inline(node.get(i)));
        }
        return text.append(']').toString();
    }

    private static String quote(String name) {
        try {
            return JSON.writeValueAsString(name);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
