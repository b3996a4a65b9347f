package io.contactshield.topology.tokenize;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * FF1 (NIST SP 800-38G, radix 10, BouncyCastle) over the ASCII digits of a value, every separator
 * kept in its place. The digit count must be at least {@value #MIN_DIGITS} (a domain of at least
 * 10^6, SP 800-38G rev. 1) and at most {@value #MAX_DIGITS} (identifiers are shorter; the bound
 * caps the cost); separators are those of phone, card and account numbers: {@value #SEPARATORS}.
 * Anything else is not a digit string, and {@link #encrypt} says so with an empty result.
 */
final class Ff1Digits {

    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 64;
    static final String SEPARATORS = " -.()/+";
    private static final int RADIX = 10;

    private Ff1Digits() {
    }

    /** Whether FF1 takes {@code value}. */
    static boolean accepts(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (SEPARATORS.indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS;
    }

    static Optional<String> encrypt(byte[] key, byte[] tweak, String value) {
        return accepts(value) ? Optional.of(process(true, key, tweak, value)) : Optional.empty();
    }

    static Optional<String> decrypt(byte[] key, byte[] tweak, String token) {
        return accepts(token) ? Optional.of(process(false, key, tweak, token)) : Optional.empty();
    }

    private static String process(boolean encrypt, byte[] key, byte[] tweak, String text) {
        byte[] digits = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[n++] = (byte) (c - '0');
            }
        }
        byte[] out = new byte[n];
        try {
            FPEFF1Engine engine = new FPEFF1Engine();
            engine.init(encrypt, new FPEParameters(new KeyParameter(key), RADIX, tweak));
            engine.processBlock(digits, 0, n, out, 0);
            char[] result = text.toCharArray();
            int j = 0;
            for (int i = 0; i < result.length; i++) {
                if (result[i] >= '0' && result[i] <= '9') {
                    result[i] = (char) ('0' + out[j++]);
                }
            }
            return new String(result);
        } finally {
            Arrays.fill(digits, (byte) 0);
            Arrays.fill(out, (byte) 0);
        }
    }
}
