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
 * the table. Tables without a header line are not recognised; their rows are read as ordinary text,
 * but for one question the SSN detector asks of such a row: whether a cell stands right after a
 * person's name ({@link #afterPersonName}).
 */
final class DelimitedRows {

    private static final String DELIMITERS = ",;\t|";
    private static final int MIN_CELLS = 3;
    private static final int MIN_PIPED_CELLS = 2;
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
            if (next < lines.size() && isRule(text, lines.get(next)[0], lines.get(next)[1])) {
                next++; // a table's rule under its header: "-------------+------"
            }
            while (next < lines.size()) {
                int[] row = lines.get(next);
                List<int[]> rowCells = split(text, row[0], row[1], delimiter);
                if (rowCells != null && delimiter == ',' && rowCells.size() > header.size()) {
                    rowCells = withDecimalCommas(text, rowCells, rowCells.size() - header.size());
                }
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
     * Whether the cell {@code text[start, end)} of a delimited line stands right after a cell that
     * holds a person's name: {@code Payroll export row: Curtis Bell;439759566;4418 Oak Street},
     * {@code EMPLOYEE|E-661203|OKONKWO, CHIDI|227705583|...}, {@code "Ruiz, Hector",772094418,89.99}, or
     * the given name and the surname in two cells ({@code APP-20951,Priya,Raghunathan,287551046}).
     *
     * <p>Rows like these are pasted without their header (it is in another note or another record), so
     * no label names their numbers; a person's row is where an SSN stands beside the name. The name
     * must open with a given name (after the comma for "Surname, Given"), every word of it shaped as a
     * name, none a word that is no name ("Direct Deposit" is not one), and the line may hold neither a
     * letter beyond Latin-1 nor an amount with a decimal comma: a Polish or Greek customer file's nine
     * digits beside a name are a phone or a tax number, not an SSN.
     */
    static boolean afterPersonName(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || DELIMITERS.indexOf(text.charAt(before)) < 0) {
            return false;
        }
        char delimiter = text.charAt(before);
        int lineStart = before;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            if (--lineStart < start - MAX_ROW) {
                return false;
            }
        }
        int lineEnd = end;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
            if (++lineEnd > end + MAX_ROW) {
                return false;
            }
        }
        int after = end;
        while (after < lineEnd && text.charAt(after) == ' ') {
            after++;
        }
        if (after < lineEnd && text.charAt(after) != delimiter || beyondLatin1(text, lineStart, lineEnd)) {
            return false;
        }
        List<int[]> cells = split(text, lineStart, lineEnd, delimiter);
        if (cells == null || cells.size() < MIN_CELLS || decimalCommaCell(text, cells)) {
            return false;
        }
        int index = 0;
        while (cells.get(index)[1] < start) {
            index++;
        }
        return index > 0 && nameInCellBefore(text, cells, index) || surnameAndGivenNameAfter(text, cells, index);
    }

    /**
     * Whether the two cells after cell {@code index} are a surname and a given name, each one word:
     * {@code EMPLOYEE|160387742|BRANNIGAN|KYLE|J|1987-04-09|...}, a payroll file's person.
     */
    private static boolean surnameAndGivenNameAfter(String text, List<int[]> cells, int index) {
        if (index + 2 >= cells.size()) {
            return false;
        }
        int[] surname = trimmed(text, cells.get(index + 1));
        int[] given = trimmed(text, cells.get(index + 2));
        List<int[]> surnameWords = nameWords(text, surname[0], surname[1]);
        List<int[]> givenWords = nameWords(text, given[0], given[1]);
        return surnameWords != null && surnameWords.size() == 1 && givenWords != null && givenWords.size() == 1
                && isGivenName(text, givenWords.get(0));
    }

    /** Whether cell {@code index - 1} (with the one before it) holds a person's name, a given name first. */
    private static boolean nameInCellBefore(String text, List<int[]> cells, int index) {
        int[] name = trimmed(text, cells.get(index - 1));
        for (int label = name[1] - 2; label >= name[0]; label--) {
            if (text.charAt(label) == ':' && text.charAt(label + 1) == ' ') {
                name[0] = label + 2; // the line's own label before its first cell ("Payroll export row: ")
                break;
            }
        }
        List<int[]> words = nameWords(text, name[0], name[1]);
        if (words == null) {
            return false;
        }
        int comma = Chars.indexOf(text, ',', name[0], name[1]);
        if (comma >= 0) {
            // "OKONKWO, CHIDI": the surname, a comma, the given name
            int given = 0;
            while (given < words.size() && words.get(given)[0] < comma) {
                given++;
            }
            return given >= 1 && given <= 2 && words.size() - given >= 1 && words.size() - given <= 2
                    && isGivenName(text, words.get(given));
        }
        if (words.size() >= 2 && words.size() <= 4) {
            return isGivenName(text, words.get(0));
        }
        if (words.size() == 1 && index >= 2) {
            int[] first = trimmed(text, cells.get(index - 2));
            List<int[]> given = nameWords(text, first[0], first[1]);
            return given != null && given.size() == 1 && isGivenName(text, given.get(0));
        }
        return false;
    }

    /**
     * Most chars of a row on either side of the cell: a longer line is prose or a log, and the bound
     * keeps a text of many numbers from being read to its ends from each.
     */
    private static final int MAX_ROW = 400;

    /** Most words of a name in one cell: "Maria Jose de la Paredes" runs long, a sentence longer. */
    private static final int MAX_NAME_WORDS = 5;

    /**
     * The words of {@code text[start, end)} if every one is shaped as a name (a capital, then letters,
     * an apostrophe or hyphen inside, or an initial with its dot) and none is a word that is no name;
     * a comma may follow a word. Null otherwise.
     */
    private static List<int[]> nameWords(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int k = start;
        while (k < end) {
            while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
                k++;
            }
            if (k == end) {
                break;
            }
            int wordStart = k;
            if (!Character.isUpperCase(text.charAt(k))) {
                return null;
            }
            k++;
            while (k < end && (Character.isLetter(text.charAt(k))
                    || (text.charAt(k) == '\'' || text.charAt(k) == '-') && k + 1 < end && Character.isLetter(text.charAt(k + 1)))) {
                k++;
            }
            int wordEnd = k;
            if (k < end && text.charAt(k) == '.' && wordEnd - wordStart == 1) {
                k++; // an initial: "M."
            }
            if (k < end && text.charAt(k) != ' ' && text.charAt(k) != ',' || words.size() == MAX_NAME_WORDS
                    || NameLexicon.INSTANCE.isNotName(text, wordStart, wordEnd)) {
                return null;
            }
            words.add(new int[] {wordStart, wordEnd});
        }
        return words.isEmpty() ? null : words;
    }

    private static boolean isGivenName(String text, int[] word) {
        return word[1] - word[0] > 1 && NameLexicon.INSTANCE.isGivenName(text, word[0], word[1]);
    }

    /**
     * Whether a cell is an amount written with a decimal comma ({@code 89,99}, {@code "1 249,00"}): a
     * European file, whose nine digits beside a name are a phone or a tax number.
     */
    private static boolean decimalCommaCell(String text, List<int[]> cells) {
        for (int[] span : cells) {
            int[] cell = trimmed(text, span);
            int comma = cell[1] - 3;
            if (comma > cell[0] && text.charAt(comma) == ',' && Chars.onlyDigits(text, comma + 1, cell[1])
                    && Chars.isAsciiDigit(text.charAt(comma - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a letter beyond Latin-1 (Polish, Czech, Greek, ...) stands in {@code text[start, end)}. */
    private static boolean beyondLatin1(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c > '\u00ff' && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
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

    /**
     * Whether every label is one word: a two-column table's header ("msisdn | count"), not a
     * signature's line ("Omar Siddiqui | Group Enrollment Specialist").
     */
    private static boolean oneWordEach(String text, List<int[]> labels) {
        for (int[] cell : labels) {
            int[] label = trimmed(text, cell);
            if (Chars.indexOf(text, ' ', label[0], label[1]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[start, end)} is a table's rule: dashes, with '+', '|', '=' and blanks only. */
    private static boolean isRule(String text, int start, int end) {
        boolean dash = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '+' && c != '|' && c != '=' && c != ' ' && c != ':') {
                return false;
            }
        }
        return dash;
    }

    /** The delimiter that makes {@code text[start, end)} a header line, or 0 if none does. */
    private static char headerDelimiter(String text, int start, int end) {
        for (int d = 0; d < DELIMITERS.length(); d++) {
            char delimiter = DELIMITERS.charAt(d);
            if (Chars.indexOf(text, delimiter, start, end) < 0) {
                continue;
            }
            List<int[]> labels = split(text, start, end, delimiter);
            // Two columns are a table only between pipes or tabs (" msisdn | count"); with commas and
            // semicolons two words are as often prose ("Hi, thanks").
            int fewest = delimiter == '|' || delimiter == '\t' ? MIN_PIPED_CELLS : MIN_CELLS;
            if (labels != null && labels.size() >= fewest && allLabels(text, labels)
                    && (labels.size() >= MIN_CELLS || oneWordEach(text, labels))) {
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

    /**
     * The cells of a comma-delimited row that holds {@code extra} cells more than its header, with each
     * amount that an unquoted decimal comma split in two ({@code 2025-03-27,12,50,611234509}: "12,50")
     * joined again; null unless exactly {@code extra} such splits stand in the row, none sharing a
     * cell with another ({@code 12,50,61} reads two ways). A split is a cell
     * of one to seven digits and the next of exactly two, both unquoted and without blanks: a
     * spreadsheet's amount written in a European locale and exported without quotes.
     */
    private static List<int[]> withDecimalCommas(String text, List<int[]> cells, int extra) {
        List<Integer> splits = new ArrayList<>();
        for (int c = 0; c + 1 < cells.size(); c++) {
            int[] whole = cells.get(c);
            int[] cents = cells.get(c + 1);
            int digits = whole[1] - whole[0];
            if (digits >= 1 && digits <= MAX_AMOUNT_DIGITS && Chars.onlyDigits(text, whole[0], whole[1])
                    && cents[1] - cents[0] == 2 && Chars.onlyDigits(text, cents[0], cents[1])) {
                if (!splits.isEmpty() && splits.get(splits.size() - 1) == c - 1) {
                    return null; // "12,50,61": "12,50" and "61" or "12" and "50,61"
                }
                splits.add(c);
            }
        }
        if (splits.size() != extra) {
            return null;
        }
        List<int[]> joined = new ArrayList<>(cells);
        for (int k = splits.size() - 1; k >= 0; k--) {
            int c = splits.get(k);
            joined.set(c, new int[] {cells.get(c)[0], cells.get(c + 1)[1]});
            joined.remove(c + 1);
        }
        return joined;
    }

    /** Most digits before the decimal comma of an amount in {@link #withDecimalCommas}. */
    private static final int MAX_AMOUNT_DIGITS = 7;

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

}
