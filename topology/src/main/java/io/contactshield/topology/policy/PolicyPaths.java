package io.contactshield.topology.policy;

/**
 * The field path syntax of findings ({@code a.b}, {@code a[3]}, {@code a["x.y"]}) as policy rules
 * use it: rules name fields and map keys but no array index, so one rule covers every element.
 */
final class PolicyPaths {

    private PolicyPaths() {
    }

    /** The path with every array index ({@code [3]}) removed; quoted map keys are left alone. */
    static String withoutIndices(String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder result = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                int end = endOfQuoted(path, i + 1);
                if (end < 0) {
                    return result.append(path, i, path.length()).toString();
                }
                result.append(path, i, end + 1);
                i = end + 1;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    return result.append(path, i, path.length()).toString();
                }
                i = close + 1;
            } else {
                result.append(c);
                i++;
            }
        }
        return result.toString();
    }

    /**
     * Why a rule path is not usable, or null if it is: dot-separated field names and map keys,
     * with {@code ["..."]} (a JSON string literal) for a key that is not a plain name.
     */
    static String problem(String rulePath) {
        if (rulePath.isEmpty()) {
            return "the field path is empty";
        }
        int i = 0;
        boolean expectName = true;
        while (i < rulePath.length()) {
            char c = rulePath.charAt(i);
            if (c == '[') {
                if (i + 1 >= rulePath.length() || rulePath.charAt(i + 1) != '"') {
                    return "array indices are not part of rule paths (write transcript.content, not"
                            + " transcript[3].content); brackets hold only quoted map keys";
                }
                if (expectName && i == 0) {
                    return "a path starts with a field name";
                }
                int end = endOfQuoted(rulePath, i + 1);
                if (end < 0) {
                    return "a bracketed key is not a closed JSON string in brackets";
                }
                i = end + 1;
                expectName = false;
            } else if (c == '.') {
                if (expectName) {
                    return "the field path has an empty name";
                }
                expectName = true;
                i++;
            } else if (c == ']' || c == '"' || Character.isWhitespace(c)) {
                return "the field path has an unexpected '" + c + "'";
            } else {
                expectName = false;
                i++;
            }
        }
        return expectName ? "the field path ends with '.'" : null;
    }

    // Index of the ']' closing a JSON string literal that starts at quote, or -1.
    private static int endOfQuoted(String path, int quote) {
        int i = quote + 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1 < path.length() && path.charAt(i + 1) == ']' ? i + 1 : -1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
