package io.contactshield.serdes.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The id of a data key: the first 16 bytes of the SHA-256 of its encrypted (KMS-wrapped) form, as
 * 32 lower-case hex characters.
 *
 * <p>Derived from the wrapped key, never from the plaintext, so the id reveals nothing about the
 * key and anyone holding an envelope (an auditor, a consumer in another language) can recompute it
 * without KMS access. 128 bits keep accidental collisions out of reach for any number of keys we
 * will ever generate. The envelope header, the audit events and the key caches all use this one
 * derivation; docs/envelope-format.md describes it.
 */
public final class DataKeyIds {

    /** Bytes of the SHA-256 digest kept in the id. */
    static final int ID_BYTES = 16;

    private static final HexFormat HEX = HexFormat.of();

    private DataKeyIds() {
    }

    /** The id of the data key whose KMS-wrapped form is {@code encryptedKey}. */
    public static String of(byte[] encryptedKey) {
        Objects.requireNonNull(encryptedKey, "encryptedKey");
        byte[] digest = sha256().digest(encryptedKey);
        return HEX.formatHex(digest, 0, ID_BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (JCA standard algorithms).
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
