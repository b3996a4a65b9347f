package io.contactshield.serdes.crypto;

import io.contactshield.serdes.kms.DataKey;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.PlaintextKey;
import io.contactshield.serdes.kms.TenantKeys;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** A counting fake KMS, a manual clock and small helpers for the key-cache tests. */
final class DataKeyCacheTestSupport {

    static final String TENANT = "acme";
    static final String OTHER_TENANT = "globex";
    static final String KEY_ID = "alias/acme";
    static final String OTHER_KEY_ID = "alias/globex";
    static final String PURPOSE = "payload";
    static final TenantKeys TENANT_KEYS =
            new TenantKeys(Map.of(TENANT, KEY_ID, OTHER_TENANT, OTHER_KEY_ID), Optional.empty());
    /** Runs background work on the caller's thread, so that the tests are deterministic. */
    static final Executor DIRECT = Runnable::run;

    private DataKeyCacheTestSupport() {
    }

    static String arnOf(String keyId) {
        return "arn:aws:kms:eu-west-1:111122223333:key/" + keyId.replace("alias/", "");
    }

    /** Waits, without a fixed sleep, until {@code condition} holds; fails after 10 seconds. */
    static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Condition not met within 10 seconds");
            }
            Thread.sleep(1);
        }
    }

    /** A monotonic clock that moves only when told. */
    static final class ManualTicker {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        long read() {
            return nanos.get();
        }

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    /** Holds the next call in the KMS until released. */
    static final class Gate {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        void pass() {
            entered.countDown();
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void awaitEntered() throws InterruptedException {
            if (!entered.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("Nothing reached the KMS within 10 seconds");
            }
        }

        void open() {
            release.countDown();
        }
    }

    /**
     * A KMS in memory: data keys wrapped with AES-256-GCM under one master key, with the KMS key id
     * and the encryption context bound as associated data, as the real one binds them. Counts its
     * calls and can be made to fail or to hang.
     */
    static final class FakeKms implements Kms {
        final AtomicInteger generateCalls = new AtomicInteger();
        final AtomicInteger decryptCalls = new AtomicInteger();
        final List<PlaintextKey> generated = new CopyOnWriteArrayList<>();
        final List<PlaintextKey> decrypted = new CopyOnWriteArrayList<>();
        final List<Map<String, String>> generateContexts = new CopyOnWriteArrayList<>();
        private final AtomicReference<Gate> generateGate = new AtomicReference<>();
        private final AtomicReference<Gate> decryptGate = new AtomicReference<>();
        private final SecureRandom random = new SecureRandom();
        private final SecretKeySpec master;
        private volatile KmsException.Reason failure;
        private volatile int dataKeyBytes = 32;

        FakeKms() {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            master = new SecretKeySpec(bytes, "AES");
        }

        /** Every call fails with {@code reason} until {@link #recover()}. */
        void failWith(KmsException.Reason reason) {
            failure = reason;
        }

        void recover() {
            failure = null;
        }

        void dataKeyBytes(int bytes) {
            dataKeyBytes = bytes;
        }

        /** The next GenerateDataKey waits until the returned gate is opened. */
        Gate holdNextGenerate() {
            Gate gate = new Gate();
            generateGate.set(gate);
            return gate;
        }

        Gate holdNextDecrypt() {
            Gate gate = new Gate();
            decryptGate.set(gate);
            return gate;
        }

        @Override
        public DataKey generateDataKey(String keyId, Map<String, String> encryptionContext) {
            generateCalls.incrementAndGet();
            generateContexts.add(Map.copyOf(encryptionContext));
            Gate gate = generateGate.getAndSet(null);
            if (gate != null) {
                gate.pass();
            }
            failIfAsked("GenerateDataKey", keyId);
            byte[] key = new byte[dataKeyBytes];
            random.nextBytes(key);
            byte[] wrapped = wrap(keyId, key, encryptionContext);
            PlaintextKey plaintext = PlaintextKey.adopt(key);
            generated.add(plaintext);
            return new DataKey(arnOf(keyId), plaintext, wrapped);
        }

        @Override
        public PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
            decryptCalls.incrementAndGet();
            Gate gate = decryptGate.getAndSet(null);
            if (gate != null) {
                gate.pass();
            }
            failIfAsked("Decrypt", keyId);
            PlaintextKey plaintext = PlaintextKey.adopt(unwrap(keyId, encryptedKey, encryptionContext));
            decrypted.add(plaintext);
            return plaintext;
        }

        @Override
        public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
            failIfAsked("Encrypt", keyId);
            return wrap(keyId, plaintext, encryptionContext);
        }

        @Override
        public String describeKey(String keyId) {
            failIfAsked("DescribeKey", keyId);
            return arnOf(keyId);
        }

        /** A data key wrapped as GenerateDataKey would, without counting a call. */
        DataKey newDataKey(String keyId, Map<String, String> encryptionContext) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            byte[] wrapped = wrap(keyId, key, encryptionContext);
            return new DataKey(arnOf(keyId), PlaintextKey.adopt(key), wrapped);
        }

        private void failIfAsked(String operation, String keyId) {
            KmsException.Reason reason = failure;
            if (reason != null) {
                throw new KmsException(reason, operation, "fake KMS told to fail for " + keyId);
            }
        }

        private byte[] wrap(String keyId, byte[] plaintext, Map<String, String> context) {
            try {
                byte[] nonce = new byte[12];
                random.nextBytes(nonce);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, nonce));
                cipher.updateAAD(aad(keyId, context));
                byte[] sealed = cipher.doFinal(plaintext);
                return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private byte[] unwrap(String keyId, byte[] wrapped, Map<String, String> context) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(128, wrapped, 0, 12));
                cipher.updateAAD(aad(keyId, context));
                return cipher.doFinal(wrapped, 12, wrapped.length - 12);
            } catch (AEADBadTagException e) {
                throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, "Decrypt",
                        "not a ciphertext of " + keyId + " with this context");
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, "Decrypt", "malformed ciphertext");
            }
        }

        private static byte[] aad(String keyId, Map<String, String> context) {
            StringBuilder aad = new StringBuilder(keyId);
            new TreeMap<>(context).forEach((k, v) -> aad.append('\0').append(k).append('=').append(v));
            return aad.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
