package io.contactshield.benchmarks;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The floor: AES-256-GCM alone, as the envelope runs it, without keys to look up, headers to write
 * or identities to encode. Output is nonce, ciphertext and tag; a fresh random 96-bit nonce per
 * message from one shared {@link SecureRandom} (as the {@code Encryptor} draws its nonces); the
 * caller brings its own {@link Cipher}, reused across messages.
 */
final class RawAesGcm {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;

    /**
     * Associated data as long as the envelope's: its header with the test server's data-key blob
     * (35 + 7 purpose + 75 ARN + 98 blob = 215 bytes, the tag excluded) and a typical record identity
     * (12 bytes of lengths + 9 + 15 + 36 = 72 bytes).
     */
    static final int AAD_BYTES = 215 + 72;

    private final SecretKey key;
    private final SecretKey[] keys;
    private final byte[] aad;
    private final SecureRandom random = new SecureRandom();

    RawAesGcm() {
        this(1);
    }

    /** With {@code keyCount} keys, for {@link #encrypt(Cipher, int, byte[])}; the first is the default. */
    RawAesGcm(int keyCount) {
        this.keys = new SecretKey[keyCount];
        for (int i = 0; i < keyCount; i++) {
            byte[] material = new byte[32];
            random.nextBytes(material);
            keys[i] = new SecretKeySpec(material, "AES");
        }
        this.key = keys[0];
        this.aad = new byte[AAD_BYTES];
        random.nextBytes(aad);
    }

    static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No AES-GCM in this JDK", e);
        }
    }

    byte[] encrypt(Cipher cipher, byte[] plaintext) {
        return encrypt(cipher, key, plaintext);
    }

    /** Under key number {@code keyIndex}: what one Cipher costs when consecutive records switch keys. */
    byte[] encrypt(Cipher cipher, int keyIndex, byte[] plaintext) {
        return encrypt(cipher, keys[keyIndex], plaintext);
    }

    private byte[] encrypt(Cipher cipher, SecretKey key, byte[] plaintext) {
        byte[] out = new byte[NONCE_BYTES + plaintext.length + TAG_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad);
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    byte[] decrypt(Cipher cipher, byte[] message) {
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, message, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(message, NONCE_BYTES, message.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Overhead overhead(Cipher cipher, byte[] plaintext) {
        return new Overhead("raw AES-256-GCM", plaintext.length, encrypt(cipher, plaintext).length, 0);
    }
}
