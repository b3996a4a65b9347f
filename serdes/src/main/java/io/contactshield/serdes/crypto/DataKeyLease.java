package io.contactshield.serdes.crypto;

import javax.crypto.SecretKey;

/**
 * A data key lent out for one encryption or decryption. The lender keeps the key alive until every
 * lease on it is closed, and only then destroys it, so a key rotated out or evicted in the middle
 * of a call is never wiped under that call. Use in try-with-resources; never keep the key.
 */
public interface DataKeyLease extends AutoCloseable {

    /** Short, stable id of the data key (see docs/envelope-format.md); safe to log and audit. */
    String dataKeyId();

    /** The KMS key that wrapped the data key (ARN, or the local key's name). */
    String kmsKeyId();

    /** The wrapped data key as the KMS returned it. Callers must not modify the array. */
    byte[] encryptedKey();

    /** The plaintext AES-256 key, valid until {@link #close()}. */
    SecretKey key();

    /** Returns the lease; never throws. */
    @Override
    void close();
}
