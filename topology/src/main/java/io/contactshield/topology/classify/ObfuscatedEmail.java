package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses written to escape spam harvesters or mangled by autocorrect: {@code jason.t (at)
 * outlook [dot] com}, {@code rosa_delgado{at}hotmail{dot}com}, {@code tommy . lee . 88 @ gmail .
 * com}, {@code thandi.moyo @ gmail.com}, and with the callers' words in the brackets ({@code
 * ana_r.costa (arroba) example (ponto) pt}). The span is the address as written. Its "at" must be
 * written so (a word in brackets, or '@' with a blank on each side); plain addresses are {@link
 * EmailDetector}'s. Validated as a spoken address is: the last label a known top-level domain
 * ({@link SpokenEmail#TOP_LEVEL}).
 *
 * <p>Cost: the pattern runs only in a window around each '@' or bracketed "at"; a text without
 * one is passed over after one scan.
 */
final class ObfuscatedEmail {

    // A dot with a blank on one side only ends a sentence ("jaylen.w@aol.com. Is that yours?").
    // '@' with blanks on one side only is a handle or a domain ("our emails come from @northstar.example").
    // The words for "at" and "dot" in brackets, in English and in the callers' languages
    // ("ana_r.costa (arroba) example (ponto) pt", "mario.rossi [chiocciola] libero [punto] it").
    // "arobas" in Quebec; "(a)" and "(\u00e4t)" as Dutch and German writers bracket the sign; Dutch "[punt]".
    private static final String AT_WORDS = "(?:at|a|\u00e4t|arroba|arobase?|chiocciola)";
    private static final String DOT_WORDS = "(?:dot|punto|ponto|point|punkt|punt)";
    private static final String AT = "(?:@| {1,2}@ {1,2}| {0,2}[(\\[{] ?" + AT_WORDS + " ?[)\\]}] {0,2})";
    private static final String DOT = "(?:\\.| {1,2}\\. {1,2}| {0,2}[(\\[{] ?" + DOT_WORDS + " ?[)\\]}] {0,2})";
    private static final Pattern BRACKETED_DOT = Pattern.compile("[(\\[{] ?" + DOT_WORDS + " ?[)\\]}]",
            Pattern.CASE_INSENSITIVE);
    private static final String PART = "[A-Za-z0-9_%+-]{1,64}";
    private static final String LABEL = "[A-Za-z0-9-]{1,63}";
    // Possessive quantifiers: a separator is a few chars wide, so nothing backtracks far.
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9_.%+-])" + PART + "(?:" + DOT + PART + "){0,8}+" + AT + LABEL + "(?:" + DOT + LABEL + "){1,4}+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGN = Pattern.compile("(" + AT + ")|" + DOT, Pattern.CASE_INSENSITIVE);
    private static final double CONFIDENCE = 0.85;

    private ObfuscatedEmail() {
    }

    /** How far before and after its "at" sign an address is looked for. */
    private static final int BEFORE_AT = 100;
    private static final int AFTER_AT = 160;

    static List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher address = null;
        int searched = 0;
        for (int at = nextAt(text, 0); at >= 0; at = nextAt(text, at + 1)) {
            if (at < searched) {
                continue;
            }
            // Only around an "at" sign, not over the whole text: most text has none.
            address = address == null ? ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : address;
            address.region(Math.max(searched, at - BEFORE_AT), Math.min(text.length(), at + AFTER_AT));
            while (address.find()) {
                if (address.start() <= at && at < address.end()) {
                    add(address, found);
                    searched = address.end();
                    break;
                }
            }
        }
        addSaidAt(text, found);
        return found;
    }

    /**
     * Words said for the sign between a local part and a domain that are written out ("so that's
     * jane.doe at example.com", Polish "ewa.jankowska małpa wp.pl", Ukrainian "... собачка ukr.net").
     */
    private static final String[] SAID_AT = {" at ", " ma\u0142pa ", " \u0441\u043e\u0431\u0430\u0447\u043a\u0430 ",
        " \u0441\u043e\u0431\u0430\u043a\u0430 ", " arroba ", " arobase ", " chiocciola ", " \u00e4t "};
    private static final Pattern WRITTEN_LOCAL = Pattern.compile("[A-Za-z0-9_%+-]{1,64}(?:\\.[A-Za-z0-9_%+-]{1,64}){0,8}+");
    private static final Pattern WRITTEN_DOMAIN = Pattern.compile("(?:[A-Za-z0-9-]{1,63}\\.){1,4}+([A-Za-z]{2,24})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])");
    /** Most chars looked back from a said "at" for the local part written before it. */
    private static final int MAX_SAID_AT_LOCAL = 128;
    /** Files named before "at" a host ("report.pdf at drive.example.com") are no mailboxes. */
    private static final Set<String> FILE_ENDINGS = Set.of("pdf", "txt", "doc", "docx", "xls", "xlsx", "csv", "jpg",
            "jpeg", "png", "zip", "log", "json", "xml", "html", "htm");

    /**
     * An address written but for its sign, said as a word: the local part must look like a mailbox
     * (a dot, an underscore or a digit in it), the domain be written with a dot and end in a known
     * top-level domain. "meet at example.com" has no such local part.
     */
    private static void addSaidAt(String text, List<Detection> found) {
        for (String word : SAID_AT) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int localStart = at;
                while (localStart > 0 && at - localStart < MAX_SAID_AT_LOCAL && isLocalChar(text.charAt(localStart - 1))) {
                    localStart--;
                }
                int domainStart = at + word.length();
                if (localStart == at || (localStart > 0 && (text.charAt(localStart - 1) == '@'
                        || Character.isLetterOrDigit(text.charAt(localStart - 1))))
                        || !mailboxLike(text.substring(localStart, at)) || !dotInWordAt(text, domainStart)) {
                    continue; // (the cheap tests first: " at " stands in most English text)
                }
                Matcher local = WRITTEN_LOCAL.matcher(text).region(localStart, at);
                Matcher domain = WRITTEN_DOMAIN.matcher(text).region(domainStart, Math.min(text.length(), domainStart + 255))
                        .useTransparentBounds(true).useAnchoringBounds(false);
                if (!local.matches() || !domain.lookingAt()
                        || !SpokenEmail.TOP_LEVEL.contains(domain.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Detection address = new Detection(EntityTypes.EMAIL, localStart, domain.end(), CONFIDENCE, EmailDetector.NAME);
                if (found.stream().noneMatch(address::overlaps)) {
                    found.add(address);
                }
            }
        }
    }

    /** Whether the word at {@code start} has a dot between its letters or digits: "wp.pl", not "home". */
    private static boolean dotInWordAt(String text, int start) {
        for (int i = start + 1; i + 1 < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '.' && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocalChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }

    /** A dot, an underscore or a digit between letters, and no file's ending: "ewa.jankowska", "romaniuk72". */
    /** An amount, a currency's letters before it: "Purchase R899.00 at TAKEALOT.COM", "EUR12.50 at shop.de". */
    private static final Pattern AMOUNT = Pattern.compile("[A-Za-z]{1,3}\\d{1,9}[.,]\\d{2}");

    private static boolean mailboxLike(String local) {
        int dot = local.lastIndexOf('.');
        if (local.startsWith(".") || local.endsWith(".") || local.chars().noneMatch(Character::isLetter)
                || AMOUNT.matcher(local).matches()
                || (dot > 0 && FILE_ENDINGS.contains(local.substring(dot + 1).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return local.indexOf('.') > 0 || local.indexOf('_') > 0 || local.chars().anyMatch(Character::isDigit);
    }

    /**
     * The next "at" sign written so from {@code from} (a bracketed "at", or '@' with a blank on each
     * side), or -1. An address with a plain '@' whose dots alone are spaced is left out: rare, and
     * every plain address would cost a search.
     */
    private static int nextAt(String text, int from) {
        for (int i = Math.max(1, from); i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '@' && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ')
                    || ("([{".indexOf(text.charAt(i - 1)) >= 0 && bracketedAtWord(text, i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean bracketedAtWord(String text, int i) {
        char c = (char) (text.charAt(i) | 0x20);
        return (c == 'a' && (text.regionMatches(true, i, "at", 0, 2) || text.regionMatches(true, i, "arroba", 0, 6)
                || text.regionMatches(true, i, "arobas", 0, 6) || i + 1 < text.length() && ")]}".indexOf(text.charAt(i + 1)) >= 0))
                || (c == 'c' && text.regionMatches(true, i, "chiocciola", 0, 10))
                || (c == '\u00e4' && text.regionMatches(true, i, "\u00e4t", 0, 2)); // 'Ä' | 0x20 is 'ä'
    }

    private static void add(Matcher address, List<Detection> found) {
        String written = address.group();
        if (!obfuscated(written)) {
            return; // a plain address, EmailDetector's
        }
        String plain = SIGN.matcher(written).replaceAll(m -> m.group(1) != null ? "@" : "."); // group 1: an "at"
        int lastDot = plain.lastIndexOf('.');
        int at = plain.indexOf('@');
        if (at <= 0 || lastDot < at || !SpokenEmail.TOP_LEVEL.contains(plain.substring(lastDot + 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        String local = plain.substring(0, at);
        if (local.chars().noneMatch(Character::isLetter) || SpokenEmail.PROSE.contains(local.toLowerCase(Locale.ROOT))) {
            return; // "ending in @outlook.com", "22 @ gmail . com" of "jenny k 22 @ gmail . com"
        }
        found.add(new Detection(EntityTypes.EMAIL, address.start(), address.end(), CONFIDENCE, EmailDetector.NAME));
    }

    /**
     * A dot written as a word in brackets, an "at" in braces or in brackets after a blank, or '@' or a
     * dot with a blank beside it.
     * A bracketed "at" with plain dots ({@code jan.kowalski[at]onet.pl}) is {@link EmailDetector}'s.
     */
    private static boolean obfuscated(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (BRACKETED_DOT.matcher(written).find() || lower.contains("{at")) {
            return true;
        }
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if ((c == '@' || c == '.') && ((i > 0 && written.charAt(i - 1) == ' ')
                    || (i + 1 < written.length() && written.charAt(i + 1) == ' '))) {
                return true;
            }
            if ((c == '(' || c == '[') && i > 0 && written.charAt(i - 1) == ' ') {
                return true; // a bracketed "at" set apart: "kasia.nowak [at] o2.pl"
            }
        }
        return false;
    }
}
