package io.contactshield.serdes.crypto;

import io.contactshield.serdes.kms.PlaintextKey;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;

/**
 * A cached plaintext data key, reference counted: the cache holds one reference until it retires
 * the key, every lease holds one until it is closed, and whoever drops the last one destroys the
 * key. So a key rotated out or evicted in the middle of an encryption is wiped only after it.
 *
 * <p>Also counts the messages and bytes leased against it (the encrypting side's limits).
 */
final class DataKeyCacheHandle {

    private final PlaintextKey key;
    private final byte[] encryptedKey;
    private final String dataKeyId;
    private final String kmsKeyId;
    private final long createdNanos;
    private final AtomicLong messages = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    // Starts at one: the cache's own reference, dropped by retire().
    private final AtomicInteger references = new AtomicInteger(1);
    private final AtomicBoolean retired = new AtomicBoolean();

    /** Takes ownership of {@code key}, and of {@code encryptedKey}, which must not change afterwards. */
    DataKeyCacheHandle(PlaintextKey key, byte[] encryptedKey, String kmsKeyId, long createdNanos) {
        this.key = key;
        this.encryptedKey = encryptedKey;
        this.dataKeyId = DataKeyIds.of(encryptedKey);
        this.kmsKeyId = kmsKeyId;
        this.createdNanos = createdNanos;
    }

    String dataKeyId() {
        return dataKeyId;
    }

    String kmsKeyId() {
        return kmsKeyId;
    }

    long createdNanos() {
        return createdNanos;
    }

    long messages() {
        return messages.get();
    }

    long bytes() {
        return bytes.get();
    }

    /** Counts one message of {@code plaintextBytes}; returns the message count after it. */
    long countMessage(int plaintextBytes) {
        bytes.addAndGet(plaintextBytes);
        return messages.incrementAndGet();
    }

    /**
     * Takes a reference unless the key is already destroyed (the last reference went while the
     * caller looked), in which case the caller looks for the key again.
     */
    boolean tryRetain() {
        for (;;) {
            int n = references.get();
            if (n == 0) {
                return false;
            }
            if (references.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (references.decrementAndGet() == 0) {
            key.destroy();
        }
    }

    /** Drops the cache's reference, once; returns whether this call did. */
    boolean retire() {
        if (retired.compareAndSet(false, true)) {
            release();
            return true;
        }
        return false;
    }

    boolean isDestroyed() {
        return key.isDestroyed();
    }

    /** A lease over a reference the caller has already taken ({@link #tryRetain()}). */
    DataKeyLease lease() {
        return new Lease(this);
    }

    @Override
    public String toString() {
        return "DataKeyCacheHandle[dataKeyId=" + dataKeyId + ", kmsKey=" + kmsKeyId + "]";
    }

    private static final class Lease implements DataKeyLease {

        private static final AtomicIntegerFieldUpdater<Lease> CLOSED =
                AtomicIntegerFieldUpdater.newUpdater(Lease.class, "closed");

        private final DataKeyCacheHandle handle;
        private volatile int closed;

        Lease(DataKeyCacheHandle handle) {
            this.handle = handle;
        }

        @Override
        public String dataKeyId() {
            return handle.dataKeyId;
        }

        @Override
        public String kmsKeyId() {
            return handle.kmsKeyId;
        }

        @Override
        public byte[] encryptedKey() {
            // Shared, not copied: this is on every record's path and the contract forbids changes.
            return handle.encryptedKey;
        }

        @Override
        public SecretKey key() {
            if (closed != 0) {
                throw new IllegalStateException("The lease on data key " + handle.dataKeyId + " is closed");
            }
            return handle.key;
        }

        @Override
        public void close() {
            // Idempotent: a second close must not drop someone else's reference.
            if (CLOSED.compareAndSet(this, 0, 1)) {
                handle.release();
            }
        }

        @Override
        public String toString() {
            return "DataKeyLease[dataKeyId=" + handle.dataKeyId + ", kmsKey=" + handle.kmsKeyId
                    + (closed != 0 ? ", closed]" : "]");
        }
    }
}
