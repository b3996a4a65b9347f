package io.contactshield.serdes.crypto;

import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.SecretKey;

/** A lease on one given key, for tests: {@code onClose} runs once, on the first close. */
final class TestLease implements DataKeyLease {

    private final String kmsKeyId;
    private final byte[] encryptedKey;
    private final SecretKey key;
    private final Runnable onClose;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestLease(String kmsKeyId, byte[] encryptedKey, SecretKey key, Runnable onClose) {
        this.kmsKeyId = kmsKeyId;
        this.encryptedKey = encryptedKey;
        this.key = key;
        this.onClose = onClose;
    }

    boolean isClosed() {
        return closed.get();
    }

    @Override
    public String dataKeyId() {
        return DataKeyIds.of(encryptedKey);
    }

    @Override
    public String kmsKeyId() {
        return kmsKeyId;
    }

    @Override
    public byte[] encryptedKey() {
        return encryptedKey;
    }

    @Override
    public SecretKey key() {
        return key;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.run();
        }
    }
}
