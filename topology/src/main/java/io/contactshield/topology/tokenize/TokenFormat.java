package io.contactshield.topology.tokenize;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of self-describing tokens: {@code tok_<TYPE>_<marker><version>_<base64url>}, the
 * marker {@code v} for reversible (AES-SIV) and {@code h} for one-way (HMAC) tokens, the payload in
 * base64url without padding. A type is upper-case ASCII letters and digits in words joined by
 * single underscores, so the first {@code _v<digits>_} or {@code _h<digits>_} ends it even though
 * base64url may itself hold underscores.
 */
final class TokenFormat {

    static final String PREFIX = "tok_";
    static final int MAX_TYPE_LENGTH = 64;

    private static final Pattern TOKEN = Pattern.compile(
            "tok_([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*?)_([vh])([1-9][0-9]{0,9})_([A-Za-z0-9_-]*)");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private TokenFormat() {
    }

    /** A parsed self-describing token; {@code reversible} is false for one-way tokens. */
    record Parsed(String type, boolean reversible, int keyVersion, byte[] payload) {
    }

    static String print(String type, boolean reversible, int keyVersion, byte[] payload) {
        checkType(type);
        if (keyVersion < 1) {
            throw new IllegalArgumentException("Key versions start at 1, not " + keyVersion);
        }
        return PREFIX + type + (reversible ? "_v" : "_h") + keyVersion + "_" + ENCODER.encodeToString(payload);
    }

    /** The token {@code text} describes, or empty if it is not a well-formed self-describing token. */
    static Optional<Parsed> parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = TOKEN.matcher(text);
        if (!m.matches() || m.group(1).length() > MAX_TYPE_LENGTH) {
            return Optional.empty();
        }
        String encoded = m.group(4);
        // Length 1 mod 4 is never the unpadded base64 of whole bytes.
        if (encoded.length() % 4 == 1) {
            return Optional.empty();
        }
        byte[] payload;
        try {
            payload = DECODER.decode(encoded);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One text per token: reject encodings with non-zero trailing bits, which decode to the same bytes.
        if (!ENCODER.encodeToString(payload).equals(encoded)) {
            return Optional.empty();
        }
        long version = Long.parseLong(m.group(3));
        if (version > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(m.group(1), m.group(2).equals("v"), (int) version, payload));
    }

    /**
     * Whether {@code type} is upper-case words of A-Z and 0-9 joined by single underscores, at most
     * {@link #MAX_TYPE_LENGTH} characters: {@code [A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*}, read without a
     * regular expression since every token checks it (TokenFormatTest compares the two).
     */
    static boolean isType(String type) {
        int length = type.length();
        if (length == 0 || length > MAX_TYPE_LENGTH || type.charAt(0) < 'A' || type.charAt(0) > 'Z') {
            return false;
        }
        boolean afterUnderscore = false;
        for (int i = 1; i < length; i++) {
            char c = type.charAt(i);
            if (c == '_') {
                if (afterUnderscore) {
                    return false;
                }
                afterUnderscore = true;
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                afterUnderscore = false;
            } else {
                return false;
            }
        }
        return !afterUnderscore;
    }

    static boolean isSelfDescribing(String text) {
        return text.startsWith(PREFIX);
    }

    /**
     * @throws IllegalArgumentException unless {@code type} is a valid entity type name
     */
    static String checkType(String type) {
        Objects.requireNonNull(type, "type");
        if (!isType(type)) {
            throw new IllegalArgumentException("An entity type is upper-case words of A-Z and 0-9 joined by '_',"
                    + " at most " + MAX_TYPE_LENGTH + " characters: '" + type + "' is not");
        }
        return type;
    }
}
