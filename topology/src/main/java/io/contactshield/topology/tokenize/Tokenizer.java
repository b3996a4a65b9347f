package io.contactshield.topology.tokenize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * Turns values into deterministic tokens: the same value of the same type in one tenant always
 * gives the same token under one key version; other tenants and other types give unrelated ones.
 * Uses each tenant's current token key from the {@link Keyring}. See {@code docs/tokens.md}.
 *
 * <p>Thread-safe. Exceptions never carry the value.
 */
public final class Tokenizer {

    /** Bytes of HMAC-SHA-256 kept in a one-way token: 128 bits, 22 base64url characters. */
    static final int ONE_WAY_BYTES = 16;

    private final KeySource keys;
    private final TokenModes modes;

    public Tokenizer(Keyring keyring, TokenModes modes) {
        this(KeySource.of(Objects.requireNonNull(keyring, "keyring")), modes);
    }

    Tokenizer(KeySource keys, TokenModes modes) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.modes = Objects.requireNonNull(modes, "modes");
    }

    /** The mode configured for {@code type}. */
    public TokenMode modeFor(String type) {
        return modes.modeFor(type);
    }

    /** The token of {@code value}, in the mode configured for {@code type}. */
    public Token tokenize(String tenantId, String type, String value) {
        return tokenize(tenantId, type, modes.modeFor(type), value);
    }

    /**
     * The token of {@code value} in {@code mode}, for policies that choose the mode per field.
     *
     * @throws IllegalArgumentException if {@code type} is not an entity type name, or {@code value}
     *         is not well-formed Unicode (an unpaired surrogate)
     * @throws TokenKeyException if the tenant has no token key
     */
    public Token tokenize(String tenantId, String type, TokenMode mode, String value) {
        Objects.requireNonNull(tenantId, "tenantId");
        TokenFormat.checkType(type);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(value, "value");
        TokenKey key = keys.current(tenantId);
        switch (mode) {
            case ONE_WAY:
                return oneWay(key, tenantId, type, value);
            case FORMAT_PRESERVING:
                Optional<Token> digits = formatPreserving(key, tenantId, type, value);
                if (digits.isPresent()) {
                    return digits.get();
                }
                // Not a digit string FF1 can take: a reversible token still protects it, and says what it is.
                return reversible(key, tenantId, type, value);
            case REVERSIBLE:
            default:
                return reversible(key, tenantId, type, value);
        }
    }

    private static Token reversible(TokenKey key, String tenantId, String type, String value) {
        byte[] plaintext = utf8(value);
        try {
            byte[] payload = key.siv(type).encryptDeterministically(plaintext, key.associatedData(type));
            return new Token(TokenFormat.print(type, true, key.version(), payload), type, TokenMode.REVERSIBLE, key.version());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-SIV encryption failed", e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static Token oneWay(TokenKey key, String tenantId, String type, String value) {
        byte[] plaintext = utf8(value);
        try {
            Mac mac = key.hmac(type);
            byte[] full = mac.doFinal(plaintext);
            byte[] payload = Arrays.copyOf(full, ONE_WAY_BYTES);
            return new Token(TokenFormat.print(type, false, key.version(), payload), type, TokenMode.ONE_WAY, key.version());
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static Optional<Token> formatPreserving(TokenKey key, String tenantId, String type, String value) {
        if (!Ff1Digits.accepts(value)) {
            return Optional.empty();
        }
        byte[] ff1Key = key.ff1Key(type);
        try {
            return Ff1Digits.encrypt(ff1Key, tweak(tenantId, type), value)
                    .map(text -> new Token(text, type, TokenMode.FORMAT_PRESERVING, key.version()));
        } finally {
            Arrays.fill(ff1Key, (byte) 0);
        }
    }

    private static boolean hasSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Binds a reversible token to its tenant, type and key version: moved elsewhere, it fails to open. */
    static byte[] associatedData(String tenantId, String type, int keyVersion) {
        return TokenKey.Encoding.lengthPrefixed(tenantId, type, Integer.toString(keyVersion));
    }

    /** FF1's tweak: the same digits of another tenant or type encrypt to unrelated digits. */
    static byte[] tweak(String tenantId, String type) {
        return TokenKey.Encoding.lengthPrefixed(tenantId, type);
    }

    /** Strict UTF-8: a string with an unpaired surrogate would not come back as it went in. */
    static byte[] utf8(String value) {
        if (!hasSurrogate(value)) {
            // Without surrogates the strict encoder and String's own encoding agree byte for byte.
            return value.getBytes(StandardCharsets.UTF_8);
        }
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The value is not well-formed Unicode (an unpaired surrogate)");
        }
    }
}
