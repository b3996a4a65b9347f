package io.contactshield.serdes.kms;

import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * AES key material in plaintext, as one buffer this object owns and can wipe.
 *
 * <p>It is a JCA {@link SecretKey}, so ciphers are initialised from it directly; {@link #getEncoded()}
 * hands out a copy (the JCA providers copy and clear what they are given), and {@link #destroy()}
 * zero-fills the buffer, after which every use fails. {@code toString} never shows the bytes, and
 * the class is not serializable in practice (writing it fails), so it cannot leak through logs or
 * Java serialization. What a provider keeps inside an initialised {@code Cipher} is beyond reach; a
 * cipher re-initialised with another key overwrites it.
 */
public final class PlaintextKey implements SecretKey, AutoCloseable {

    private static final long serialVersionUID = 1L;

    private final transient byte[] bytes;
    private transient volatile boolean destroyed;

    private PlaintextKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Takes ownership of {@code bytes}: the caller must not keep or wipe them; {@link #destroy()}
     * does.
     *
     * @throws IllegalArgumentException unless 16, 24 or 32 bytes long
     */
    public static PlaintextKey adopt(byte[] bytes) {
        if (bytes == null || (bytes.length != 16 && bytes.length != 24 && bytes.length != 32)) {
            throw new IllegalArgumentException("An AES key has 16, 24 or 32 bytes, not "
                    + (bytes == null ? "none" : bytes.length));
        }
        return new PlaintextKey(bytes);
    }

    /** A copy of {@code bytes}, which the caller keeps and should wipe. */
    public static PlaintextKey copyOf(byte[] bytes) {
        return adopt(bytes == null ? null : bytes.clone());
    }

    @Override
    public String getAlgorithm() {
        return "AES";
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    /** A copy of the key bytes; the caller wipes it after use. */
    @Override
    public byte[] getEncoded() {
        checkNotDestroyed();
        return bytes.clone();
    }

    /** Key length in bytes. */
    public int length() {
        return bytes.length;
    }

    /** Constant-time comparison of the key bytes, for tests and self-checks. */
    public boolean sameKeyAs(PlaintextKey other) {
        checkNotDestroyed();
        other.checkNotDestroyed();
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    /** Same as {@link #destroy()}, for try-with-resources. */
    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "PlaintextKey[AES-" + (bytes.length * 8) + (destroyed ? ", destroyed]" : ", redacted]");
    }

    // Identity semantics: two keys are never "equal" by content through equals(), which could be
    // used as an oracle; SecretKeySpec compares bytes, this class deliberately does not.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("The key was destroyed");
        }
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        throw new java.io.NotSerializableException("PlaintextKey is never serialized");
    }
}
