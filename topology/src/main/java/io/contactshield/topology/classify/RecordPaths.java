package io.contactshield.topology.classify;

import java.util.regex.Pattern;

/**
 * Field path syntax of {@link RecordClassifier}: {@code a.b}, {@code a[3]}, {@code a["x.y"]}. Public
 * so that whatever finds a finding's field again (the record protector) uses the same rule.
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
}
