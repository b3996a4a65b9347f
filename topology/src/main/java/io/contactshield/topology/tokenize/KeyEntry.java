package io.contactshield.topology.tokenize;

import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.PlaintextKey;
import java.time.Instant;

/**
 * A candidate token key as read from the keyring topic: wrapped until first use, then unwrapped
 * once (concurrent first uses make one KMS call) and kept until the key is shredded.
 */
final class KeyEntry {

    private final String tenantId;
    private final int version;
    private final String id;
    private final long offset;
    private final byte[] recordKey;
    private final String kmsKeyId;
    private final byte[] wrappedKey;
    private final Instant createdAt;
    private volatile TokenKey unwrapped;
    private boolean destroyed;

    KeyEntry(KeyringRecords.KeyRecord record, long offset, byte[] recordKey) {
        this.tenantId = record.tenantId();
        this.version = record.version();
        this.id = record.id();
        this.offset = offset;
        this.recordKey = recordKey;
        this.kmsKeyId = record.kmsKeyId();
        this.wrappedKey = record.wrappedKey();
        this.createdAt = record.createdAt();
    }

    int version() {
        return version;
    }

    String id() {
        return id;
    }

    long offset() {
        return offset;
    }

    byte[] recordKey() {
        return recordKey;
    }

    TokenKeyInfo info(boolean current) {
        return new TokenKeyInfo(tenantId, version, kmsKeyId, createdAt, current);
    }

    String kmsKeyId() {
        return kmsKeyId;
    }

    TokenKey unwrap(Kms kms) {
        TokenKey key = unwrapped;
        if (key != null) {
            return key;
        }
        synchronized (this) {
            checkLive();
            if (unwrapped == null) {
                PlaintextKey root = kms.decrypt(kmsKeyId, wrappedKey, KeyringRecords.encryptionContext(tenantId, version));
                unwrapped = new TokenKey(tenantId, version, root);
            }
            return unwrapped;
        }
    }

    /** Uses the plaintext this instance generated, sparing a KMS call; takes ownership of {@code root}. */
    synchronized void adopt(PlaintextKey root) {
        if (destroyed || unwrapped != null) {
            root.destroy();
        } else {
            unwrapped = new TokenKey(tenantId, version, root);
        }
    }

    synchronized void destroy() {
        destroyed = true;
        TokenKey key = unwrapped;
        if (key != null) {
            key.destroy();
        }
    }

    private void checkLive() {
        if (destroyed) {
            throw new TokenKeyException(TokenKeyException.Reason.SHREDDED, tenantId,
                    "Token key version " + version + " of tenant " + tenantId + " was shredded");
        }
    }
}
