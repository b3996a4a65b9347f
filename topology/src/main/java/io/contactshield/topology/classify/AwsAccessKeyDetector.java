package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS access key ids ({@code AKIA} long-term, {@code ASIA} temporary, and the rarer {@code ABIA} and
 * {@code ACCA} credentials, then 16 upper-case letters and digits, as a whole word: AWS's own are
 * base 32, others are read too), and the 40-char secret access key when a cue such as
 * {@code aws_secret_access_key} or "secret" stands just before it: without one, 40 base-64 chars
 * are as likely a hash or an id as a secret.
 *
 * <p>The other IAM unique-id prefixes ({@code AIDA} a user, {@code AROA} a role, {@code AGPA} a group,
 * {@code ANPA}/{@code ANVA} policies, {@code AIPA} an instance profile) name a principal, as its ARN
 * does, and sign nothing: they are no credential and not found.
 *
 * <p>Confidence: {@code AKIA}/{@code ASIA} keys 0.95, {@code ABIA}/{@code ACCA} 0.9, a key id with a
 * digit outside base 32 (0, 1, 8, 9) 0.8, secret keys 0.85.
 */
public final class AwsAccessKeyDetector implements Detector {

    static final String NAME = "aws-access-key";
    private static final double NOT_BASE32 = 0.8;

    private static final Pattern KEY_ID = Pattern.compile(
            "(?<![A-Za-z0-9])(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])");
    private static final Pattern SECRET = Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

    private static final int SECRET_LENGTH = 40;

    // The pattern opens with a look-behind, so find() would try it at every char of the text; a
    // secret is a whole run of exactly 40 of its chars.
    private static final StartSearch SECRET_START = new StartSearch(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", (text, i) -> {
        if (!isSecretChar(text.charAt(i)) || (i > 0 && isSecretChar(text.charAt(i - 1)))) {
            return false;
        }
        int end = i + 1;
        while (end < text.length() && isSecretChar(text.charAt(end))) {
            end++;
        }
        return end - i == SECRET_LENGTH;
    });

    @Override
    public String name() {
        return NAME;
    }

    /** Chars of a key id after its prefix. */
    private static final int KEY_ID_BODY = 16;
    private static final double SPELLED = 0.9;

    /**
     * A key id read out char by char from a console ("a k i a i d i x q l p w w t o l u six p k",
     * written down as "A K I A X T 5 U E X L N 3 R 7 Z K S Z X"):
     * the prefix AKIA or ASIA in single letters, then exactly sixteen single letters and digit words,
     * set apart by blanks. The span is the whole spelled form.
     */
    private static void addSpelledKeyIds(String text, List<Detection> found) {
        for (int i = 0; i + 7 <= text.length(); i++) {
            if ((i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                    || !(text.regionMatches(true, i, "a k i a ", 0, 8) || text.regionMatches(true, i, "a s i a ", 0, 8))) {
                continue;
            }
            int end = i + 7;
            int chars = 0;
            int at = i + 8;
            while (chars < KEY_ID_BODY && at < text.length()) {
                int wordEnd = at;
                while (wordEnd < text.length() && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                // (A letter, a digit written as one: "A K I A X T 5 U ...", or said: "... u six p k".)
                boolean letter = wordEnd - at == 1 && Chars.isAsciiLetterOrDigit(text.charAt(at));
                String digit = letter || wordEnd == at ? null : SpokenDigits.digits(text, at, wordEnd);
                if (!letter && (digit == null || digit.length() != 1)) {
                    break;
                }
                chars++;
                end = wordEnd;
                if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
                    break;
                }
                at = wordEnd + 1;
            }
            boolean more = end + 1 < text.length() && text.charAt(end) == ' '
                    && Chars.isAsciiLetterOrDigit(text.charAt(end + 1))
                    && !Chars.wordCharAt(text, end + 2);
            if (chars == KEY_ID_BODY && !more) {
                found.add(new Detection(EntityTypes.AWS_ACCESS_KEY, i, end, SPELLED, NAME));
                i = end;
            }
        }
    }

    /** The key chars in the order a typist runs through them: "AKIA0123456789ABCDEF" fills in a form. */
    private static final String KEY_CHARS_IN_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Fewest chars of a key id's body counting up, or one char repeated, that make it a placeholder. */
    private static final int PLACEHOLDER_RUN = 8;

    /**
     * Whether the body {@code text[start, end)} of a key id is a placeholder's: {@value #PLACEHOLDER_RUN}
     * chars or more that count up ("0123456789ABCDEF", "ABCDEFGHIJKLMNOP") or repeat one char
     * ("XXXXXXXXXXXXXXXX"); or a body that says it is an example and holds a char outside AWS's
     * base 32 ("AKIA0000EXAMPLE00000", "AKIA0B18X9Q1EXAMP0L1"). No key AWS issues is either; AWS's own
     * documentation example ({@code AKIAIOSFODNN7EXAMPLE}) is shaped as a real key and is still found.
     */
    static boolean isPlaceholder(String text, int start, int end) {
        String body = text.substring(start, end);
        boolean outsideBase32 = body.chars().anyMatch(c -> c == '0' || c == '1' || c == '8' || c == '9');
        if (body.contains("EXAMP") && outsideBase32) {
            return true;
        }
        if (outsideBase32 && body.chars().noneMatch(Character::isLetter)) {
            return true; // "AKIA0000111122223333": digits only, and not base 32, a runbook's stand-in
        }
        int up = 1;
        int same = 1;
        for (int i = start + 1; i < end; i++) {
            char previous = text.charAt(i - 1);
            char c = text.charAt(i);
            up = KEY_CHARS_IN_ORDER.indexOf(c) == KEY_CHARS_IN_ORDER.indexOf(previous) + 1 ? up + 1 : 1;
            same = c == previous ? same + 1 : 1;
            if (up >= PLACEHOLDER_RUN || same >= PLACEHOLDER_RUN) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher ids = KEY_ID.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // A key id starts with an 'A' that no letter or digit precedes: the pattern is tried at
        // those 'A's only (never inside the last match, as find() would leftmost).
        int n = text.length();
        for (int a = text.indexOf('A'); a >= 0; a = text.indexOf('A', a + 1)) {
            if ((a == 0 || !Chars.isAsciiLetterOrDigit(text.charAt(a - 1))) && ids.region(a, n).lookingAt()) {
                String prefix = ids.group(1);
                if (isPlaceholder(text, ids.start(1) + 4, ids.end())) {
                    a = ids.end() - 1;
                    continue;
                }
                double confidence = prefix.equals("AKIA") || prefix.equals("ASIA") ? 0.95 : 0.9;
                if (!isBase32(text, ids.start(1) + 4, ids.end())) {
                    // AWS writes key ids in base 32 (A-Z, 2-7); a 0, 1, 8 or 9 is a hand-typed or
                    // altered key, pasted where a real one would be, and still protected.
                    confidence = NOT_BASE32;
                }
                found.add(new Detection(EntityTypes.AWS_ACCESS_KEY, ids.start(), ids.end(), confidence, NAME));
                a = ids.end() - 1;
            }
        }
        if (text.contains("i a ") || text.contains("I A ")) {
            // Speech-to-text writes spelled letters in lower case, a note in capitals; one scan for them.
            addSpelledKeyIds(text, found);
        }
        if (hasSecretShapedRun(text) && hasSecretStem(text)) {
            Matcher secrets = SECRET.matcher(text);
            for (int from = 0; SECRET_START.find(secrets, text, from); from = StartSearch.next(secrets)) {
                if (looksRandom(text, secrets.start(), secrets.end())
                        && ((ContextWords.near(text, secrets.start(), ContextWords.AWS_SECRET)
                                        && !secretDenied(text, secrets.start()))
                                || keyIdBeside(text, secrets.start(), secrets.end(), found))) {
                    found.add(new Detection(EntityTypes.AWS_ACCESS_KEY, secrets.start(), secrets.end(), 0.85, NAME));
                }
            }
        }
        return found;
    }

    /** How far back from a 40-char string the word "secret" of a denial is looked for. */
    private static final int DENIAL_WINDOW = 40;
    private static final List<String> DENIALS = List.of("not a ", "not ", "no ", "non-", "isn't a ", "is not a ");

    /**
     * Whether the nearest "secret" before {@code start} is denied ("Build artifact checksum (not a
     * secret): Q5te..."): the writer says the string is no credential.
     */
    private static boolean secretDenied(String text, int start) {
        int from = Math.max(0, start - DENIAL_WINDOW);
        for (int i = start - "secret".length(); i >= from; i--) {
            if (text.regionMatches(true, i, "secret", 0, "secret".length())) {
                for (String denial : DENIALS) {
                    if (i >= denial.length() && text.regionMatches(true, i - denial.length(), denial, 0, denial.length())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Most chars between a secret and the key id it is paired with. */
    private static final int PAIR_DISTANCE = 100;

    /**
     * Whether a key id found in the text stands on the secret's line within {@link #PAIR_DISTANCE}
     * chars of it ("aws_secret_access_key for AKIA... is ...", "...: wJalr... (key id AKIA...)"):
     * the id's other half, where the cue word is too far to be read.
     */
    private static boolean keyIdBeside(String text, int start, int end, List<Detection> keyIds) {
        for (Detection id : keyIds) {
            int from = Math.min(id.end(), end);
            int to = Math.max(id.start(), start);
            if (Math.abs(id.start() - start) <= PAIR_DISTANCE + 40 && to - from <= PAIR_DISTANCE
                    && text.substring(from, to).indexOf('\n') < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBase32(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '0' || c == '1' || c == '8' || c == '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Upper and lower case letters and a digit, or base64's '/' or '+' (one secret in a thousand has no
     * digit: "GkyN/vaGawFURZocbnaULPTvXhbBXufTKszscbJV"): rules out hex digests and words.
     */
    private static boolean looksRandom(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        boolean digitOrSign = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digitOrSign |= (c >= '0' && c <= '9') || c == '/' || c == '+';
        }
        return upper && lower && digitOrSign;
    }

    /**
     * Whether a run of exactly 40 secret chars stands in {@code text}, as {@link #SECRET_START}
     * admits one: the cheap test before the cues are looked for in the whole text.
     */
    private static boolean hasSecretShapedRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSecretChar(text.charAt(i))) {
                run++;
            } else if (run == SECRET_LENGTH) {
                return true;
            } else {
                run = 0;
            }
        }
        return run == SECRET_LENGTH;
    }

    private static boolean isSecretChar(char c) {
        return Chars.isAsciiLetterOrDigit(c) || c == '/' || c == '+';
    }

    /**
     * Stems of the word "secret" in the callers' languages: "clave secreta", "chiave segreta", "klucz tajny", "секретний",
     * "シークレットキー", "시크릿 키", "密钥".
     */
    private static final String[] SECRET_STEMS = {"secr", "segret", "klucz", "geheim", "\u0441\u0435\u043a\u0440\u0435\u0442",
        // Japanese "shīkuretto", Korean "sikeurit" and "bimil", Chinese "miyao".
        "\u30b7\u30fc\u30af\u30ec", "\uc2dc\ud06c\ub9bf", "\ube44\ubc00", "\u5bc6\u94a5"};

    /**
     * Whether a stem of {@link #SECRET_STEMS} stands in {@code text}, compared as {@link
     * String#regionMatches(boolean, int, String, int, int)} does, in one pass: only a char that is a
     * stem's first letter, or non-ASCII (U+017F long s folds to 's'), is compared further.
     */
    private static boolean hasSecretStem(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 's' || c == 'k' || c == 'g' || c >= 128) {
                for (String stem : SECRET_STEMS) {
                    if (text.regionMatches(true, i, stem, 0, stem.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
