package io.contactshield.topology.classify;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.util.Utf8;

/**
 * How {@link RecordClassifier} walks a record: the field path syntax ({@code a.b}, {@code a[3]},
 * {@code a["x.y"]}) and which union branch a value is in. Public so that whatever finds a
 * finding's field again (the record protector) walks the same way.
 */
public final class RecordPaths {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

    private RecordPaths() {
    }

    /** The path of the value under {@code key} in the map at {@code path}. */
    public static String mapEntry(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "[" + quote(key) + "]";
    }

    /**
     * The path of the key itself of the entry under {@code key} in the map at {@code path}: a key
     * can hold personal data ("jane@example.com" -> "vip") and is then a finding of its own.
     */
    public static String mapKey(String path, String key) {
        return mapEntry(path, key) + "#key";
    }

    /** The key as a JSON string literal, so any key, even one with quotes or brackets, reads back. */
    static String quote(String key) {
        StringBuilder quoted = new StringBuilder(key.length() + 2).append('"');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * The union branch a value was written as, by its Java kind; null if it cannot hold strings.
     * Only records, arrays, maps and strings matter here, so logical types (an {@code Instant} in a
     * nullable timestamp) need no conversion lookup.
     */
    public static Schema unionBranch(Schema union, Object value) {
        // The commonest values first, by their exact class (neither is a GenericContainer): a test
        // against an interface costs more.
        Class<?> kind = value == null ? null : value.getClass();
        if (kind != String.class && kind != Utf8.class && value instanceof GenericContainer container) {
            Integer index = union.getIndexNamed(container.getSchema().getFullName());
            return index == null ? null : union.getTypes().get(index);
        }
        Schema.Type wanted;
        if (kind == String.class || kind == Utf8.class || value instanceof CharSequence) {
            wanted = Schema.Type.STRING;
        } else if (value instanceof Map) {
            wanted = Schema.Type.MAP;
        } else if (value instanceof Collection) {
            wanted = Schema.Type.ARRAY;
        } else {
            return null;
        }
        for (Schema branch : union.getTypes()) {
            if (branch.getType() == wanted) {
                return branch;
            }
        }
        return null;
    }
}
