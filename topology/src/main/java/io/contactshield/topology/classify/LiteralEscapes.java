package io.contactshield.topology.classify;

/**
 * Text exported from a log, a JSON string or a spreadsheet often carries its tabs and line breaks
 * as the two characters {@code \t} and {@code \n}: {@code Travis Quintero\t(480) 555-0102}. Read as
 * written, the letter of the escape is glued to the value after it ({@code t(480)}) and a table's
 * rows are one line. {@link #asWhitespace} gives the view the classifier reads instead: each such
 * pair becomes a blank and the char it stands for, so that every offset stays that of the text.
 *
 * <p>Not rewritten: an escaped backslash ({@code \\n} is a backslash and an n), and a Windows path
 * ({@code C:\Users\nsmith}, {@code \\server\tickets}), where a backslash before n or t separates
 * names.
 */
final class LiteralEscapes {

    /** How far back a path's start is looked for. */
    private static final int MAX_PATH = 260;

    private LiteralEscapes() {
    }

    /**
     * {@code text} with each literal {@code \t}, {@code \n} and {@code \r} as a blank and a tab, a
     * blank and a line break, or two blanks; {@code text} itself when it holds none.
     */
    static String asWhitespace(String text) {
        int i = text.indexOf('\\');
        if (i < 0) {
            return text;
        }
        char[] chars = null;
        while (i >= 0 && i + 1 < text.length()) {
            char escaped = text.charAt(i + 1);
            if (escaped == '\\') {
                i = text.indexOf('\\', i + 2); // an escaped backslash, not the start of an escape
                continue;
            }
            if ((escaped == 't' || escaped == 'n' || escaped == 'r') && !inPath(text, i)) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
                chars[i + 1] = escaped == 't' ? '\t' : escaped == 'n' ? '\n' : ' ';
            }
            i = text.indexOf('\\', i + 1);
        }
        return chars == null ? text : new String(chars);
    }

    /** Whether the backslash at {@code at} is inside a drive or UNC path ({@code C:\...}, {@code \\host\...}). */
    private static boolean inPath(String text, int at) {
        int start = at;
        int limit = Math.max(0, at - MAX_PATH);
        while (start > limit && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '"'
                && text.charAt(start - 1) != '\'') {
            start--;
        }
        if (text.startsWith("\\\\", start)) {
            return true;
        }
        return start + 2 < text.length() && Character.isLetter(text.charAt(start)) && text.charAt(start + 1) == ':'
                && text.charAt(start + 2) == '\\';
    }
}
