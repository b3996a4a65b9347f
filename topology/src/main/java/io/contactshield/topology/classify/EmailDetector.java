package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * E-mail addresses: an RFC 5322 dot-atom local part (the characters people actually use: letters,
 * digits, {@code . _ % + - '}), sub-addresses such as {@code jane+orders@}, and a domain of at
 * least two labels (letters and digits of any script, inner hyphens, at most 63 chars each) whose
 * top-level label is letters only. A trailing dot or hyphen is punctuation, not part of the address.
 *
 * <p>A SIP address ({@code sip:jane.doe@pbx.example.com}, {@code sips:...}) is reported as an
 * e-mail address on its {@code user@host}, without the scheme, a {@code :port} or {@code ;params}:
 * it addresses a person's line the way an e-mail address addresses their mailbox (often it is the
 * same string), and a detector cannot tell a person's line from a queue's. Its host may be an
 * IPv4 address ({@code sip:+15125550198@198.51.100.235}), a trunk's or a phone's.
 *
 * <p>Addresses spoken through speech-to-text ("john dot smith at gmail dot com") are found by
 * {@link SpokenEmail}.
 *
 * <p>Scans from each {@code @} outwards within RFC limits (64 chars left, 253 right) instead of
 * running a regular expression, so no input makes it backtrack. Confidence 0.9.
 */
public final class EmailDetector implements Detector {

    static final String NAME = "email";

    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;
    /** Fewest chars of a local part after a chat's correcting star ("*marieke.postma@..."): fewer are a mask's end ("*a@"). */
    private static final int MIN_CORRECTED_LOCAL = 3;
    private static final int MAX_LABEL = 63;
    private static final double CONFIDENCE = 0.9;

    /** Names like {@code logo@2x.png} are image files, not addresses. */
    static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg",
            "webp", "bmp", "ico", "css", "js", "pdf", "txt", "log");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            Detection detection = at(text, at, 1);
            if (detection != null) {
                found.add(detection);
            } else {
                splitAcrossMessages(text, at, found);
            }
            at = text.indexOf('@', at + 1);
        }
        List<Detection> written = found.isEmpty() ? List.of() : List.copyOf(found);
        for (String sign : WRITTEN_AT_SIGNS) {
            for (int i = Chars.indexOfIgnoreCase(text, sign, 0); i >= 0; i = Chars.indexOfIgnoreCase(text, sign, i + sign.length())) {
                Detection detection = at(text, i, sign.length());
                if (detection != null) {
                    found.add(detection);
                }
            }
        }
        for (int element = text.indexOf(GDS_EMAIL); element >= 0; element = text.indexOf(GDS_EMAIL, element + 1)) {
            // A booking's e-mail contact element writes '@' as "//" ("SSR CTCE CR HK1 BIA.SOUZA//GMAIL.COM",
            // or as a remark, "RM *CTCE RENATA.QUISPE//GMAIL.COM"), as IATA's reservations standard has it;
            // only there, where no URL's "//" stands.
            if (element > 0 && text.charAt(element - 1) != ' ' && text.charAt(element - 1) != '*') {
                continue;
            }
            int lineEnd = text.indexOf('\n', element);
            int sign = text.indexOf("//", element);
            if (sign > 0 && (lineEnd < 0 || sign < lineEnd)) {
                Detection detection = at(text, sign, 2);
                if (detection != null) {
                    found.add(detection);
                }
            }
        }
        for (int sign = text.indexOf("//", 1); sign > 0; sign = text.indexOf("//", sign + 2)) {
            // The same written in a booking's remark or an agent's note in the GDS's capitals ("Updated SSR.
            // Contact RENEE.DUBOIS//HARBOURLINEHOTELS.COM"): an address in capitals only, no URL's "//".
            if (Character.isUpperCase(text.charAt(sign - 1)) || Chars.isAsciiDigit(text.charAt(sign - 1))) {
                Detection detection = at(text, sign, 2);
                if (detection != null && !found.contains(detection) && capitalsOnly(text, detection.start(), detection.end())) {
                    found.add(detection);
                }
            }
        }
        found.addAll(SpokenEmail.detect(text, written));
        found.addAll(ScriptEmail.detect(text));
        found.addAll(ObfuscatedEmail.detect(text));
        return found;
    }

    /** Most chars of a chat message's tag before the domain sent on its own ("Martina: ", "[11:06] Cliente: "). */
    private static final int MAX_MESSAGE_TAG = 40;

    /** Most chars of a mailbox before the '@' that an address split across messages may have (RFC 5321's 64, and a char before it). */
    private static final int MAX_JOINED_MAILBOX = 65;

    /**
     * An address sent in two chat messages, its mailbox and '@' at the end of one and its domain alone in
     * the next ("Martina: mi email es martina.ruiz@\nMartina: outlook.es"): found in its two parts, as
     * a number's parts said in two turns are. Only where the next message holds the domain and nothing
     * else, and the two make one address.
     */
    private static void splitAcrossMessages(String text, int at, List<Detection> found) {
        int lineEnd = at + 1;
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        if (lineEnd >= text.length() || text.charAt(lineEnd) != '\n') {
            return;
        }
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        nextEnd = nextEnd < 0 ? text.length() : nextEnd;
        int domainStart = lineEnd + 1;
        int tag = text.indexOf(": ", domainStart);
        if (tag >= 0 && tag < nextEnd && tag - domainStart <= MAX_MESSAGE_TAG && text.lastIndexOf('.', tag) < domainStart) {
            domainStart = tag + 2;
        }
        while (domainStart < nextEnd && text.charAt(domainStart) == ' ') {
            domainStart++;
        }
        int domainEnd = nextEnd;
        while (domainEnd > domainStart && (text.charAt(domainEnd - 1) == ' ' || text.charAt(domainEnd - 1) == '.')) {
            domainEnd--;
        }
        if (domainEnd == domainStart) {
            return;
        }
        // Only the mailbox's reach before the '@' is joined to the domain, not the whole text before it.
        int from = Math.max(0, at - MAX_JOINED_MAILBOX);
        String joined = text.substring(from, at + 1) + text.substring(domainStart, domainEnd);
        Detection whole = at(joined, at - from, 1);
        if (whole != null && whole.end() == joined.length() && (whole.start() > 0 || from == 0)) {
            found.add(new Detection(EntityTypes.EMAIL, from + whole.start(), at + 1, CONFIDENCE, NAME));
            found.add(new Detection(EntityTypes.EMAIL, domainStart, domainEnd, CONFIDENCE, NAME));
        }
    }

    private static boolean capitalsOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The element of a booking (PNR) that holds a passenger's e-mail address, as a service request or a remark. */
    private static final String GDS_EMAIL = "CTCE ";
    /** Amadeus's element for a passenger's e-mail address, glued to it by its dash. */
    private static final String GDS_EMAIL_ELEMENT = "APE-";

    /**
     * The at-sign as a web form encodes it ({@code siti.n.ahmad%40gmail.com}) and as people write it
     * against address harvesters ({@code jan.kowalski[at]onet.pl}, Dutch and German {@code
     * martijn.devries(a)gmail.com}, {@code j.brandner(\u00e4t)liwest.at}, Spanish {@code juanc.villasenor(arroba)gmail.com}).
     */
    private static final List<String> WRITTEN_AT_SIGNS = List.of("%40", "[at]", "(at)", "(a)", "[a]", "(\u00e4t)", "[\u00e4t]",
            "(arroba)", "[arroba]", "(arobase)", "[arobase]", "(chiocciola)", "[chiocciola]",
            // Polish and Czech/Slovak names of the sign: "monkey", "zavináč".
            "(ma\u0142pa)", "[ma\u0142pa]", "(malpa)", "[malpa]", "(zavin\u00e1\u010d)", "[zavin\u00e1\u010d]");

    /** The address around the at-sign {@code text[at, at + atLength)}, or {@code null}. */
    private static Detection at(String text, int at, int atLength) {
        int start = at;
        while (start > 0 && at - start <= MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
            start--;
        }
        if (at - start > MAX_LOCAL || start > 0 && isLocalChar(text.charAt(start - 1))) {
            return null; // longer than RFC 5321 allows
        }
        // Quotes and dots before the address belong to the sentence: 'jane@example.com'.
        while (start < at && (text.charAt(start) == '.' || text.charAt(start) == '\'')) {
            start++;
        }
        // So does a Hebrew prefix joined by a hyphen ("ל-yael.cohen@example.co.il": to yael.cohen@...).
        int hebrew = start;
        while (hebrew < at && Chars.isHebrew(text.charAt(hebrew))) {
            hebrew++;
        }
        if (hebrew > start && hebrew + 1 < at && text.charAt(hebrew) == '-' && text.charAt(hebrew + 1) < 128) {
            start = hebrew + 1;
        } else if (hebrew > start && hebrew < at && Chars.isAsciiLetterOrDigit(text.charAt(hebrew))) {
            start = hebrew; // or glued to it ("לdanaf1990@hotmail.com")
        }
        // And an Amharic preposition glued to a Latin mailbox ("በmeron.assefa@ethionet.et": by meron.assefa@...).
        int geez = start;
        while (geez < at && Chars.isEthiopic(text.charAt(geez))) {
            geez++;
        }
        if (geez > start && geez < at && text.charAt(geez) < 128) {
            start = geez;
        }
        // And a booking's e-mail element in Amadeus ("APE-FLOR.AGUIRRE@OUTLOOK.COM"), written at a line's start.
        if (text.startsWith(GDS_EMAIL_ELEMENT, start) && at - start > GDS_EMAIL_ELEMENT.length()
                && (start == 0 || Character.isWhitespace(text.charAt(start - 1)))) {
            start += GDS_EMAIL_ELEMENT.length();
        }
        if (start == at || text.charAt(at - 1) == '.' || hasDoubleDot(text, start, at) || onlyWildcards(text, start, at)) {
            return null;
        }
        if (isUrlUserInfo(text, start) || isMessageId(text, start)
                || (start > 0 && text.charAt(start - 1) == '*' && !afterX12EmailQualifier(text, start)
                        && !((start == 1 || Character.isWhitespace(text.charAt(start - 2))) && at - start >= MIN_CORRECTED_LOCAL))) {
            // (nor a mailbox masked but for its last letters: "m*******a@yahoo.com"; but an X12 PER
            // segment's e-mail element, "*EM*dwhitfield@midwestpaper.example~", is an address, and so is
            // one a chat corrects with a star before it: "klant: *marieke.postma@hotmail.com")
            return null;
        }
        int domainStart = at + atLength;
        int end = domainStart;
        while (end < text.length() && end - domainStart <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
            end++;
        }
        if (end - domainStart > MAX_DOMAIN) {
            return null;
        }
        while (end > domainStart && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
            end--;
        }
        if (!isDomain(text, domainStart, end)
                && !(isSipUser(text, start) && IpAddressDetector.isDottedQuad(text.substring(domainStart, end)))) {
            return null;
        }
        return new Detection(EntityTypes.EMAIL, start, end, CONFIDENCE, NAME);
    }

    /**
     * {@code sip:+15125550198@198.51.100.235}: a SIP address's host may be an IPv4 address. So may one a
     * switch's log writes without its scheme, a line's number in E.164 at a host, as a word of its own
     * ("ACC: call from +61491570110@203.0.113.210", "INVITE from +639175550187@198.51.100.140"); not a
     * URL's {@code user:password@} before a host, whose password follows a ':', nor the end of a
     * FreeSWITCH channel's name ("sofia/external/+19175550168@203.0.113.12", which most sets label as
     * its number and its host).
     */
    private static boolean isSipUser(String text, int localStart) {
        return text.regionMatches(true, localStart - 4, "sip:", 0, 4)
                || text.regionMatches(true, localStart - 5, "sips:", 0, 5)
                || isE164Line(text, localStart);
    }

    private static final int MIN_E164_DIGITS = 8;
    private static final int MAX_E164_DIGITS = 15;

    /** Whether the local part at {@code localStart} is '+' and a number's digits alone, right before the '@', after a blank or '<'. */
    private static boolean isE164Line(String text, int localStart) {
        if (localStart >= text.length() || text.charAt(localStart) != '+'
                || localStart > 0 && !Character.isWhitespace(text.charAt(localStart - 1)) && text.charAt(localStart - 1) != '<') {
            return false;
        }
        int end = Chars.digitRunEnd(text, localStart + 1);
        int digits = end - localStart - 1;
        return digits >= MIN_E164_DIGITS && digits <= MAX_E164_DIGITS && end < text.length() && text.charAt(end) == '@';
    }

    /** Most chars of an identifier before the part read as a local part ({@code CAF8x1q=}). */
    private static final int MAX_ID_PREFIX = 64;

    /** Headers whose value is a message's or a call's identifier in {@code local@host} form. */
    private static final List<String> MESSAGE_ID_HEADERS = List.of("call-id", "message-id", "in-reply-to",
            "references", "content-id", "x-message-id", "msgid", "msg-id", "thread-index", "messageid", "message_id");
    /**
     * {@link #MESSAGE_ID_HEADERS} and a mail log's short key for the message id ({@code mid=<...@...>}),
     * which names one only as a key, before ':' or '=': as a word it is "mid-June", "send it mid".
     */
    private static final List<String> MESSAGE_ID_KEYS = Stream.concat(MESSAGE_ID_HEADERS.stream(), Stream.of("mid")).toList();

    /**
     * {@code Call-ID: a84b4c76e66710@pc33.example.com}, {@code Message-ID: <CAF1x...@mail.example.com>}:
     * the value of such a header names a call or a message, not a mailbox.
     */
    private static boolean isMessageId(String text, int localStart) {
        int i = localStart;
        // An identifier in angle brackets may hold chars no mailbox starts with ("<CAF8x1q=4410@...>"):
        // its header stands before the bracket.
        int open = i;
        while (open > 0 && open > localStart - MAX_ID_PREFIX && text.charAt(open - 1) != '<'
                && !Character.isWhitespace(text.charAt(open - 1))) {
            open--;
        }
        boolean bracketed = open > 0 && text.charAt(open - 1) == '<';
        if (bracketed) {
            i = open - 1;
            // "References: <CAB4nq=7aZ2@mail.example.com> <20250304.1122.99812@relay.example.net>": the
            // ids before it in the header's list, and "Message-ID was <...>": a few words after the header.
            int previous = i;
            while (previous > 0 && text.charAt(previous - 1) == ' ') {
                previous--;
            }
            while (previous > 0 && text.charAt(previous - 1) == '>') {
                int before = text.lastIndexOf('<', previous - 1);
                if (before < 0 || previous - before > MAX_ID_PREFIX * 4) {
                    break;
                }
                previous = before;
                while (previous > 0 && text.charAt(previous - 1) == ' ') {
                    previous--;
                }
            }
            if (headerWithin(text, previous)) {
                return true;
            }
        }
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '<')) {
            i--;
        }
        boolean separator = i > 0 && (text.charAt(i - 1) == ':' || text.charAt(i - 1) == '=');
        if (i == 0 || !(separator || (bracketed && i < open - 1))) {
            return false; // "Message-ID: ...", "msgid=...", or "message-id <...>"
        }
        int end = separator ? i - 1 : i;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (String header : separator ? MESSAGE_ID_KEYS : MESSAGE_ID_HEADERS) {
            int from = end - header.length();
            if (from >= 0 && text.regionMatches(true, from, header, 0, header.length())
                    && (from == 0 || !isLocalChar(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** Chars before an identifier's bracket in which its header may stand, with a word or two between. */
    private static final int HEADER_WINDOW = 16;

    /**
     * Whether a message-id header (or "message id") ends within {@value #HEADER_WINDOW} chars before
     * {@code end}, on the same line.
     */
    private static boolean headerWithin(String text, int end) {
        int from = end;
        while (from > 0 && end - from < HEADER_WINDOW && text.charAt(from - 1) != '\n') {
            from--;
        }
        String before = text.substring(from, end).toLowerCase(Locale.ROOT);
        for (String header : MESSAGE_ID_HEADERS) {
            if (before.contains(header)) {
                return true;
            }
        }
        return before.contains("message id");
    }

    /** {@code https://user:secret@host}: an {@code @} inside a URL's authority is URL credentials, not a mailbox. */
    private static boolean isUrlUserInfo(String text, int localStart) {
        int i = localStart;
        int limit = Math.max(0, localStart - 1024);
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '/') {
            i--;
        }
        return i >= 3 && text.startsWith("://", i - 3);
    }

    private static boolean hasDoubleDot(String text, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDomain(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        int labels = 0;
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                int length = i - labelStart;
                if (length == 0 || length > MAX_LABEL
                        || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == end && !isTopLevel(text.substring(labelStart, end))) {
                    return false;
                }
                labelStart = i + 1;
            }
        }
        return labels >= 2;
    }

    private static boolean isTopLevel(String label) {
        if (label.startsWith("xn--") && label.length() > 4) {
            return true;
        }
        if (label.length() < 2 || FILE_EXTENSIONS.contains(label.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (!Character.isLetter(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[start, at)} holds only SQL's wildcards: {@code LIKE '%@example.com'} is a query's pattern. */
    private static boolean onlyWildcards(String text, int start, int at) {
        for (int i = start; i < at; i++) {
            if (text.charAt(i) != '%' && text.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }

    /** Whether an X12 element qualified as an e-mail ({@code *EM*}) ends right before {@code start}. */
    private static boolean afterX12EmailQualifier(String text, int start) {
        return start >= 4 && text.startsWith("*EM*", start - 4);
    }

    // Han, kana, Hangul and Thai glue their words to an address ("我邮箱是chen@qq.com，", "...ne.jpで"):
    // no part of it.
    private static boolean isLocalChar(char c) {
        return Chars.isSpacedLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }

    private static boolean isDomainChar(char c) {
        return Chars.isSpacedLetterOrDigit(c) || c == '-' || c == '.';
    }
}
