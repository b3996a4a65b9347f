package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv4 addresses read out with a spoken "dot": "one nine two dot oh dot two dot one", "192 dot 0 dot
 * 2 dot 1", "ten dot twenty dot thirty dot forty". The span is the whole spoken form.
 *
 * <p>Four groups of number words or digits ({@link SpokenDigits#digits}), each a valid octet (0-255,
 * no leading zero: "oh one" is not an octet), joined by the word "dot" (or point, punkt, punto)
 * with nothing else between; a fifth group or a dot before or after means a longer dotted number,
 * not an address. Confidence {@link #CUED} when a network word (ip, address, router, server, host,
 * gateway ...) stands within {@link #CUE_WINDOW} chars before or after, else {@link #UNCUED}, and
 * {@link #SMALL} when every octet is one digit and no cue is near ("one dot two dot three dot
 * four" is as often a section or a version). A version cue before lowers it as for a written
 * address ({@link ContextWords}).
 *
 * <p>A prefix length said after it ("slash twenty nine") is part of an interface's address, as it is
 * written ({@code 203.0.113.65/29}); a network said so, every host bit zero ("ten dot zero dot zero
 * dot zero slash eight"), names a range, not a machine, and is no finding.
 *
 * <p>Cost: a text without a spoken dot word is passed over after one cheap scan for it.
 */
final class SpokenIp {

    static final double CUED = 0.85;
    static final double UNCUED = 0.65;
    static final double SMALL = 0.45;
    static final int CUE_WINDOW = 48;
    private static final int MAX_GROUP_WORDS = 5;

    private static final List<String> DOTS = List.of("dot", "point", "punkt", "punto", "punt", "ponto");
    private static final int MAX_DOT_LENGTH = DOTS.stream().mapToInt(String::length).max().orElse(0);
    static final List<String> CUES = List.of("ip", "ips", "address", "router", "server", "host", "gateway", "modem",
            "dns", "ping", "vpn", "subnet", "lan", "wifi", "network", "firewall", "proxy", "adresse", "direcci\u00f3n");

    private SpokenIp() {
    }

    /** A group of number words or a dot word: {@code [start, end)}, the digits of a group. */
    private record Item(int start, int end, String digits) {
        boolean isDot() {
            return digits == null;
        }
    }

    static List<Detection> detect(String text) {
        if (!hasDotToken(text) || !SpokenEmail.hasDotWord(text)) {
            return List.of();
        }
        List<Detection> found = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int groupStart = -1;
        int groupEnd = -1;
        int beforeLast = -1; // where the group's word before its last ends
        int beforeAnd = -1; // where the group's word before its last "and" ends
        int groupWords = 0;
        while (i <= n) {
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                if (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '-') {
                    // Punctuation ends a group and the address ("192.0.2.1" is read by the written rule),
                    // but a comma beside a dot word is a pause: "one nine two, dot one six eight, dot one".
                    // So is an ellipsis before a dot word: "one ninety two dot one sixty eight... dot zero dot one".
                    char c = text.charAt(i);
                    boolean pause = c == ',' && (afterDot(items, groupStart) || dotWordAfter(text, i + 1))
                            || (c == '.' || c == '\u2026') && ellipsisBeforeDotWord(text, i);
                    groupStart = closeGroup(text, items, groupStart, groupEnd, beforeLast, beforeAnd, groupWords);
                    groupWords = 0;
                    if (!pause) {
                        addressEnds(text, items, found);
                    }
                }
                i++;
                continue;
            }
            boolean dot = isDot(text, start, i);
            // "one hundred" inside a group is its octet: "one nine eight dot fifty one dot one hundred dot
            // ..."; so is "noventa y dos", its "and" between two number words.
            // A hundreds word glued to the rest ("hundertzweiundneunzig"), and "hundert" alone after a
            // dot ("punkt hundert punkt"), are octets too.
            boolean afterDot = afterDot(items, groupStart);
            if (!dot && (SpokenDigits.isNumberWord(text, start, i) || SpokenDigits.isGluedNumber(text, start, i)
                    || ((groupStart >= 0 || afterDot) && SpokenDigits.isHundredWord(text, start, i))
                    || (groupStart >= 0 && isAnd(text, start, i) && numberWordAfter(text, i)))) {
                if (groupStart < 0) {
                    groupStart = start;
                    beforeAnd = -1;
                }
                if (isAnd(text, start, i)) {
                    beforeAnd = groupEnd;
                }
                beforeLast = groupEnd;
                groupEnd = i;
                groupWords++;
                continue;
            }
            // Only the last group, closed by a word that is no dot, may leave its last word out.
            groupStart = closeGroup(text, items, groupStart, groupEnd, dot ? -1 : beforeLast, dot ? -1 : beforeAnd, groupWords);
            groupWords = 0;
            if (dot) {
                items.add(new Item(start, i, null));
            } else {
                addressEnds(text, items, found);
            }
        }
        closeGroup(text, items, groupStart, groupEnd, beforeLast, beforeAnd, groupWords);
        addressEnds(text, items, found);
        return found;
    }

    /**
     * Adds the group being read, if any, to {@code items} (with empty digits when it is no octet);
     * returns -1. A last word that spoils the octet ("setenta y siete o sea": "o" is a zero too) is
     * left out of it, and so is an "and" with the words after it ("two fourteen and one from ...").
     */
    private static int closeGroup(String text, List<Item> items, int start, int end, int beforeLast, int beforeAnd,
            int words) {
        if (start >= 0) {
            String digits = words > MAX_GROUP_WORDS ? null : SpokenDigits.digits(text, start, end);
            if (digits == null || !isOctet(digits)) {
                for (int shorterEnd : new int[] {words > 1 ? beforeLast : -1, beforeAnd}) {
                    String shorter = shorterEnd > start ? SpokenDigits.digits(text, start, shorterEnd) : null;
                    if (shorter != null && isOctet(shorter)) {
                        items.add(new Item(start, shorterEnd, shorter));
                        return -1;
                    }
                }
            }
            items.add(new Item(start, end, digits != null && isOctet(digits) ? digits : ""));
        }
        return -1;
    }

    /**
     * Something that is neither a group nor a dot follows: reads the items gathered (exactly group
     * dot group dot group dot group, every group an octet), then forgets them.
     */
    private static void addressEnds(String text, List<Item> items, List<Detection> found) {
        if (items.size() == 7 && shape(items)) {
            boolean small = true;
            boolean valid = true;
            for (int g = 0; g < 7; g += 2) {
                valid &= !items.get(g).digits().isEmpty();
                small &= items.get(g).digits().length() == 1;
            }
            if (valid) {
                int start = items.get(0).start();
                int end = items.get(6).end();
                int prefixStart = afterSlashWord(text, end);
                int prefixEnd = prefixStart < 0 ? end : prefixEnd(text, prefixStart, end);
                if (prefixEnd > end) {
                    int bits = Integer.parseInt(SpokenDigits.digits(text, prefixStart, prefixEnd));
                    long address = 0;
                    for (int g = 0; g < 7; g += 2) {
                        address = address << 8 | Integer.parseInt(items.get(g).digits());
                    }
                    if (bits < 32 && (address & ((1L << (32 - bits)) - 1)) == 0) {
                        items.clear();
                        return; // "ten dot zero dot zero dot zero slash eight": a network, no host
                    }
                    end = prefixEnd; // an interface's address with its mask, as it is written
                }
                double confidence = cueNear(text, start, end) ? CUED : small ? SMALL : UNCUED;
                found.add(new Detection(EntityTypes.IP_ADDRESS, start, end, confidence, IpAddressDetector.NAME));
            }
        }
        items.clear();
    }

    /** Where the words after a "slash" ("barre") right after {@code end} start; -1 when none follows. */
    private static int afterSlashWord(String text, int end) {
        int slash = end;
        while (slash < text.length() && text.charAt(slash) == ' ') {
            slash++;
        }
        if (text.regionMatches(true, slash, "slash ", 0, 6)) {
            return slash + 6;
        }
        return text.regionMatches(true, slash, "barre ", 0, 6) ? slash + 6 : -1; // French "barre huit"
    }

    /**
     * The end of a prefix length said after an address and its "slash" ("... dot sixty five slash
     * twenty nine"): one or two number words from {@code from} saying 0 to 32; {@code end} when none.
     */
    private static int prefixEnd(String text, int from, int end) {
        int to = from;
        int best = end;
        for (int words = 0; words < 2; words++) {
            while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
                to++;
            }
            String digits = to > from ? SpokenDigits.digits(text, from, to) : null;
            if (digits == null || digits.length() > 2 || Integer.parseInt(digits) > 32) {
                break;
            }
            best = to;
            if (to >= text.length() || text.charAt(to) != ' ') {
                break;
            }
            to++;
        }
        return best;
    }

    private static boolean shape(List<Item> items) {
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).isDot() != (k % 2 == 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cueNear(String text, int start, int end) {
        int from = Math.max(0, start - CUE_WINDOW);
        int to = Math.min(text.length(), end + CUE_WINDOW);
        for (int i = from; i < to; i++) {
            if (i >= start && i < end || Chars.wordCharAt(text, i - 1) || !Character.isLetter(text.charAt(i))) {
                continue;
            }
            for (String cue : CUES) {
                if (i + cue.length() <= to && text.regionMatches(true, i, cue, 0, cue.length())
                        && !Chars.wordCharAt(text, i + cue.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some token (a run of letters and digits, as {@link #detect} reads them) is a dot word:
     * without one there is no address to read. Only tokens that open with a d or p (or a non-ASCII
     * char) are compared, so this pass costs far less than the token scan or the letter tests of
     * {@link SpokenEmail#hasDotWord}, and prose without a dot word ends here.
     */
    private static boolean hasDotToken(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char folded = (char) (c | 0x20);
            if (c < 128 && folded != 'd' && folded != 'p' || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            while (end < n && end - i <= MAX_DOT_LENGTH && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (isDot(text, i, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no group is being read and the last item read is a dot word. */
    private static boolean afterDot(List<Item> items, int groupStart) {
        return groupStart < 0 && !items.isEmpty() && items.get(items.size() - 1).isDot();
    }

    /** Whether a dot word follows {@code from} after blanks. */
    /**
     * Whether an ellipsis ("..." or "…") starts at {@code at} and a dot word follows it past blanks; {@code
     * at} is then moved over by the caller one char at a time, each char of it a pause.
     */
    private static boolean ellipsisBeforeDotWord(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '\u2026')) {
            i++;
        }
        int back = at;
        while (back > 0 && (text.charAt(back - 1) == '.' || text.charAt(back - 1) == '\u2026')) {
            back--; // at is a later char of the same ellipsis
        }
        boolean ellipsis = text.charAt(back) == '\u2026' || text.charAt(at) == '\u2026' || i - back >= 3;
        return ellipsis && dotWordAfter(text, i);
    }

    private static boolean dotWordAfter(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end > start && isDot(text, start, end);
    }

    /** "And" between the words of a number: Spanish "y", Italian and Portuguese "e", German "und" ... */
    private static final List<String> ANDS = List.of("y", "e", "i", "and", "und", "en", "og", "och", "et",
            // Romanian "și" (both its commas), Bulgarian and Serbian "и".
            "\u0219i", "\u015fi", "\u0438");

    static boolean isAnd(String text, int start, int end) {
        for (String and : ANDS) {
            if (and.length() == end - start && text.regionMatches(true, start, and, 0, and.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number word follows the blank after {@code end}. */
    static boolean numberWordAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > end + 1 && SpokenDigits.isNumberWord(text, end + 1, wordEnd);
    }

    private static boolean isDot(String text, int start, int end) {
        for (String dot : DOTS) {
            if (dot.length() == end - start && text.regionMatches(true, start, dot, 0, dot.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOctet(String digits) {
        return digits.length() <= 3 && (digits.length() == 1 || digits.charAt(0) != '0')
                && Integer.parseInt(digits) <= 255;
    }
}
