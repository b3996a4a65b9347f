package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Credentials written into a URL: {@code scheme://user:password@host}, and a bare access token in
 * the user part ({@code https://ghp_...@github.com}). The finding spans the userinfo only
 * ({@code user:password}), so the scheme, host and path stay readable after tokenization. A SIP
 * URI with a password ({@code sip:user:password@host}) is read too.
 *
 * <p>The authority ends at the first {@code /}, {@code ?} or whitespace, and the last {@code @} in
 * it ends the userinfo, so a raw {@code @} inside a password is still covered. A {@code #} does not
 * end it: people put raw {@code #} in passwords far more often than a fragment right after a host. Scans
 * from each {@code ://} forwards a bounded distance; no regular expression.
 *
 * <p>Confidence: user and password 0.95; a token-like user part alone (20+ letters and digits) 0.8.
 */
public final class UrlCredentialsDetector implements Detector {

    static final String NAME = "url-credentials";

    private static final int MAX_SCHEME = 32;
    private static final int MAX_AUTHORITY = 1024;
    private static final int MIN_TOKEN = 20;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        int separator = text.indexOf("://");
        while (separator >= 0) {
            int next = separator + 3;
            if (hasScheme(text, separator)) {
                Detection detection = userInfo(text, separator + 3);
                if (detection != null) {
                    found.add(detection);
                    next = detection.end();
                }
            }
            separator = text.indexOf("://", next);
        }
        addSipCredentials(text, found);
        addSchemeRelative(text, found);
        addSchemeless(text, found);
        return found;
    }

    /** Schemes whose URIs are written without "//" ({@code sip:user@host}): no user of a scheme-less URL. */
    private static final List<String> OPAQUE_SCHEMES = List.of("sip", "sips", "tel", "mailto", "urn", "data", "news");

    /**
     * {@code upload ok: sepa_out:N4vig!o2026@sftp.partner.example/SDD/IN/}, {@code
     * source=etl_reader:Pl4n3t!x9@10.20.3.15:5432/misure}: a URL a program logs without its scheme, the
     * user and password before the host, the host followed by its path or port (or an IPv4 host alone).
     */
    private static void addSchemeless(String text, List<Detection> found) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < MAX_AUTHORITY && !boundsSchemeless(text.charAt(start - 1))) {
                start--;
            }
            int colon = Chars.indexOf(text, ':', start, at);
            if (colon <= start || colon + 1 >= at || at + 1 >= text.length() || !isHostStart(text.charAt(at + 1))
                    || OPAQUE_SCHEMES.contains(text.substring(start, colon).toLowerCase(java.util.Locale.ROOT))
                    || Chars.indexOf(text, '/', start, at) >= 0
                    || isMaskedOrTemplate(text, colon + 1, at) || !hostWithPathOrPort(text, at + 1)
                    || covered(found, start, at)) {
                continue;
            }
            found.add(new Detection(EntityTypes.URL_CREDENTIALS, start, at, 0.9, NAME));
        }
    }

    /** Whether one of {@code found} spans {@code [start, end)} already. */
    private static boolean covered(List<Detection> found, int start, int end) {
        for (Detection d : found) {
            if (d.start() <= start && d.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /** What stands before a scheme-less URL: a blank, a quote, a bracket, a key's '='. */
    private static boolean boundsSchemeless(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '=' || c == '(' || c == '<' || c == '[';
    }

    /** Whether the host at {@code start} is followed by a path or a port, or is an IPv4 address. */
    private static boolean hostWithPathOrPort(String text, int start) {
        int end = start;
        boolean dotsAndDigits = true;
        int dots = 0;
        while (end < text.length() && end - start < MAX_AUTHORITY
                && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '-')) {
            char c = text.charAt(end);
            dotsAndDigits &= Chars.isAsciiDigit(c) || c == '.';
            dots += c == '.' ? 1 : 0;
            end++;
        }
        if (end == start || dots == 0) {
            return false;
        }
        if (end < text.length() && (text.charAt(end) == '/' || text.charAt(end) == ':' && Chars.digitAt(text, end + 1))) {
            return true;
        }
        return dotsAndDigits && dots == 3;
    }

    /**
     * {@code //deploy:npm_Tk2026Pitg@registry.example/}: a URL without its scheme, as an {@code .npmrc}
     * writes a registry's, its "//" opening a token (after a blank, a quote or '=').
     */
    private static void addSchemeRelative(String text, List<Detection> found) {
        for (int slashes = text.indexOf("//"); slashes >= 0; slashes = text.indexOf("//", slashes + 2)) {
            char before = slashes == 0 ? ' ' : text.charAt(slashes - 1);
            if (Character.isWhitespace(before) || before == '"' || before == '\'' || before == '=') {
                Detection detection = userInfo(text, slashes + 2);
                if (detection != null) {
                    found.add(detection);
                }
            }
        }
    }

    /**
     * {@code sip:trunk0192:Hq4vR9zeLp@198.51.100.9:5060}: a SIP URI has no "//", and a password
     * written into it stands between the user's colon and the '@' (RFC 3261 allows it, and PBX
     * configuration dumps carry it). A SIP URI without a password is an address ({@link EmailDetector}).
     */
    private static void addSipCredentials(String text, List<Detection> found) {
        // From each '@' (rare in text) back to the start of its token: cheaper than looking for "sip:".
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int tokenStart = at;
            while (tokenStart > 0 && at - tokenStart < MAX_AUTHORITY && !boundsSipUri(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            int scheme = text.regionMatches(true, tokenStart, "sip:", 0, 4) ? 4
                    : text.regionMatches(true, tokenStart, "sips:", 0, 5) ? 5 : 0;
            if (scheme == 0 || at + 1 >= text.length() || !isHostStart(text.charAt(at + 1))) {
                continue;
            }
            int start = tokenStart + scheme;
            int colon = Chars.indexOf(text, ':', start, at);
            if (colon > start && colon + 1 < at) {
                found.add(new Detection(EntityTypes.URL_CREDENTIALS, start, at, 0.9, NAME));
            }
        }
    }

    /** What stands around a SIP URI in a header or a configuration line: {@code <sip:...>;}, {@code proxy=sip:...}. */
    private static boolean boundsSipUri(char c) {
        return c == ';' || c == '>' || c == '<' || c == '/' || c == '?' || c == ',' || c == '"' || c == '='
                || Character.isWhitespace(c);
    }

    private static boolean hasScheme(String text, int separator) {
        int i = separator;
        while (i > 0 && separator - i < MAX_SCHEME && isSchemeChar(text.charAt(i - 1))) {
            i--;
        }
        while (i < separator && !Character.isLetter(text.charAt(i))) {
            i++; // a scheme starts with a letter: "${PAYMENTS_SFTP:-sftp://...}", a shell default's "-" before it
        }
        return i < separator;
    }

    private static Detection userInfo(String text, int start) {
        int limit = Math.min(text.length(), start + MAX_AUTHORITY);
        int at = -1;
        int i = start;
        while (i < limit && !endsAuthority(text.charAt(i))) {
            if (text.charAt(i) == '@') {
                at = i;
            }
            i++;
        }
        if (at <= start || at + 1 >= text.length() || !(isHostStart(text.charAt(at + 1)) || placeholderHost(text, at + 1))) {
            return null;
        }
        int colon = Chars.indexOf(text, ':', start, at); // (no search past the '@': "//x@y" many times holds no colon)
        if (colon >= 0) {
            if (colon + 1 == at || isMaskedOrTemplate(text, colon + 1, at)) {
                return null; // "user:@host", "user:****@host", "user:${DB_PASSWORD}@host": no password in it
            }
            return new Detection(EntityTypes.URL_CREDENTIALS, start, at, 0.95, NAME);
        }
        if (isTokenLike(text, start, at) && !sentryHost(text, at + 1, i)) {
            return new Detection(EntityTypes.URL_CREDENTIALS, start, at, 0.8, NAME);
        }
        return null;
    }

    /**
     * Whether a placeholder stands for the host at {@code start}, followed by a port or a path ({@code
     * http://debug:debug@<gw-ip>:8080/}, {@code @{host}/}): a runbook's or a finding's URL carries the
     * real password for every host it stands for.
     */
    private static boolean placeholderHost(String text, int start) {
        char open = text.charAt(start);
        if (open != '<' && open != '{') {
            return false;
        }
        char close = open == '<' ? '>' : '}';
        int end = start + 1;
        while (end < text.length() && end - start < MAX_AUTHORITY && (Character.isLetterOrDigit(text.charAt(end))
                || text.charAt(end) == '-' || text.charAt(end) == '_' || text.charAt(end) == '.')) {
            end++;
        }
        return end > start + 1 && end + 1 < text.length() && text.charAt(end) == close
                && (text.charAt(end + 1) == '/' || text.charAt(end + 1) == ':');
    }

    /**
     * Whether the host at {@code text[start, end)} is Sentry's ({@code o4471.ingest.sentry.io}): a
     * DSN's key before it is public by design, a project's address for error reports, no secret.
     */
    private static boolean sentryHost(String text, int start, int end) {
        String host = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        return host.endsWith("sentry.io") || host.contains(".sentry.io") || host.startsWith("sentry.");
    }

    /**
     * Whether the password {@code text[start, end)} is masked ({@code ****}, {@code ••••}, {@code xxxx}, an ellipsis)
     * or a template's variable ({@code ${DB_PASSWORD}}, {@code {{password}}}, {@code <password>},
     * {@code $PGPASSWORD}, {@code %s}): what a log or a sample configuration shows in its place.
     */
    static boolean isMaskedOrTemplate(String text, int start, int end) {
        String password = text.substring(start, end);
        if (password.length() >= 3 && password.chars().allMatch(c -> c == '*' || c == '\u2022' || c == 'x' || c == 'X')) {
            return true;
        }
        if (password.equals("\u2026") || password.equals("...")) {
            return true; // left out: "curl https://rwapi:…@api.example"
        }
        return (password.startsWith("${") || password.startsWith("{{") || password.startsWith("<"))
                        && (password.endsWith("}") || password.endsWith(">"))
                || password.equals("%s")
                || (password.length() > 1 && password.charAt(0) == '$'
                        && password.chars().skip(1).allMatch(c -> (c >= 'A' && c <= 'Z') || c == '_' || Chars.isAsciiDigit((char) c)));
    }

    private static boolean isTokenLike(String text, int start, int end) {
        if (end - start < MIN_TOKEN) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '_' && c != '-') {
                return false;
            }
        }
        return letter && digit;
    }

    private static boolean endsAuthority(char c) {
        return c == '/' || c == '?' || Character.isWhitespace(c);
    }

    private static boolean isHostStart(char c) {
        return Character.isLetterOrDigit(c) || c == '[';
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '+' || c == '.' || c == '-';
    }
}
