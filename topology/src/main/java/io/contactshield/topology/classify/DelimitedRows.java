package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a delimited table pasted into free text (a CSV or TSV export in an agent note, a
 * payroll row in a ticket): a header line of short labels, then lines with as many cells split by
 * the same delimiter.
 *
 * <p>Inside a row a value stands between delimiters and numbers ({@code Webb,262-63-5419,4812.50}),
 * which the detectors read as part of a longer number, and its label is in the header, lines away
 * from the value, where no context word reaches. Each cell is therefore classified alone, behind
 * its column's header as a label ({@code SSN: 594640601}), in place of the row's reading; see
 * {@link TextClassifier}.
 *
 * <p>A cell may be quoted as CSV quotes it ({@code "Lucía Martínez","611 45 89 02"}, a delimiter or a
 * doubled quote inside); the quotes are not part of the cell. A line whose quotes do not close ends
 * the table. Tables without a header line are not recognised; their rows are read as ordinary text.
 */
final class DelimitedRows {

    private static final String DELIMITERS = ",;\t|";
    private static final int MIN_CELLS = 3;
    private static final int MAX_LABEL = 40;
    // Column names are a word or three ("SSN", "Phone number", "Date of birth"); prose with commas
    // has longer stretches between them.
    private static final int MAX_LABEL_WORDS = 3;
    // The first label may carry the text before the table on its line ("Payroll export: EMP").
    private static final int MAX_FIRST_LABEL = 80;

    /** One cell of a data row: its span in the text and its column's header. */
    record Cell(int start, int end, String header) {
    }

    private DelimitedRows() {
    }

    /** Every non-empty cell of every data row of every table in {@code text}; empty if there is none. */
    static List<Cell> cells(String text) {
        if (text.indexOf('\n') < 0) {
            return List.of();
        }
        List<Cell> cells = new ArrayList<>();
        List<int[]> lines = lines(text);
        int i = 0;
        while (i < lines.size()) {
            int[] line = lines.get(i);
            int headerStart = afterBracketedTag(text, line[0], line[1]);
            char delimiter = headerDelimiter(text, headerStart, line[1]);
            if (delimiter == 0) {
                i++;
                continue;
            }
            List<int[]> header = split(text, headerStart, line[1], delimiter);
            int rows = 0;
            int next = i + 1;
            while (next < lines.size()) {
                int[] row = lines.get(next);
                List<int[]> rowCells = split(text, row[0], row[1], delimiter);
                if (rowCells == null || rowCells.size() != header.size()) {
                    break;
                }
                for (int c = 0; c < rowCells.size(); c++) {
                    int[] cell = trimmed(text, rowCells.get(c));
                    if (cell[1] > cell[0]) {
                        int[] label = trimmed(text, header.get(c));
                        cells.add(new Cell(cell[0], cell[1], text.substring(label[0], label[1])));
                    }
                }
                rows++;
                next++;
            }
            i = rows > 0 ? next : i + 1;
        }
        return cells;
    }

    /**
     * Where a header line starts after a bracketed tag that opens it ({@code [export, faktury.csv]
     * cislo_faktury,ico,...}: the tag's comma is no delimiter of the table); {@code start} when none.
     */
    private static int afterBracketedTag(String text, int start, int end) {
        if (start >= end || text.charAt(start) != '[') {
            return start;
        }
        for (int k = start + 1; k < end && k - start <= MAX_FIRST_LABEL; k++) {
            if (text.charAt(k) == ']') {
                return k + 1 < end && text.charAt(k + 1) == ' ' ? k + 2 : start;
            }
        }
        return start;
    }

    /** The delimiter that makes {@code text[start, end)} a header line, or 0 if none does. */
    private static char headerDelimiter(String text, int start, int end) {
        for (int d = 0; d < DELIMITERS.length(); d++) {
            char delimiter = DELIMITERS.charAt(d);
            if (indexOf(text, delimiter, start, end) < 0) {
                continue;
            }
            List<int[]> labels = split(text, start, end, delimiter);
            if (labels != null && labels.size() >= MIN_CELLS && allLabels(text, labels)) {
                return delimiter;
            }
        }
        return 0;
    }

    /** Column names: short, with a letter, none blank or starting with a digit, no '@' (not a data row). */
    private static boolean allLabels(String text, List<int[]> labels) {
        for (int c = 0; c < labels.size(); c++) {
            int[] label = trimmed(text, labels.get(c));
            int length = label[1] - label[0];
            if (length == 0 || length > (c == 0 ? MAX_FIRST_LABEL : MAX_LABEL)) {
                return false;
            }
            boolean letter = false;
            for (int k = label[0]; k < label[1]; k++) {
                char ch = text.charAt(k);
                if (Character.isLetter(ch)) {
                    letter = true;
                } else if (ch == '@' || (c > 0 && Chars.isAsciiDigit(ch) && k == label[0])) {
                    return false;
                }
            }
            if (!letter || (c > 0 && words(text, label[0], label[1]) > MAX_LABEL_WORDS)) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text, int start, int end) {
        int words = 0;
        for (int k = start; k < end; k++) {
            if (!Character.isWhitespace(text.charAt(k)) && (k == start || Character.isWhitespace(text.charAt(k - 1)))) {
                words++;
            }
        }
        return words;
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new int[] {start, lineEnd});
            start = end + 1;
        }
        return lines;
    }

    /** The cells of a line, a delimiter inside quotes not counted; null when a quote does not close. */
    private static List<int[]> split(String text, int start, int end, char delimiter) {
        List<int[]> cells = new ArrayList<>();
        int cellStart = start;
        boolean quoted = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a quoted cell toggles twice
            } else if (c == delimiter && !quoted) {
                cells.add(new int[] {cellStart, k});
                cellStart = k + 1;
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(new int[] {cellStart, end});
        return cells;
    }

    /** The span without the blanks around it and, for a quoted cell, without its quotes. */
    private static int[] trimmed(String text, int[] span) {
        int start = span[0];
        int end = span[1];
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 2 && text.charAt(start) == '"' && text.charAt(end - 1) == '"') {
            start++;
            end--;
        }
        return new int[] {start, end};
    }

    /** Where {@code c} first stands in {@code text[start, end)}, -1 if nowhere: no search past the line. */
    private static int indexOf(String text, char c, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }
}
