package io.contactshield.serdes.crypto;

import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.PlaintextKey;
import io.contactshield.serdes.kms.UnknownTenantException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * TEST SCAFFOLDING ONLY, standing in for the data-key caches and the KMS while the envelope code is
 * tested on its own: one AES-256 data key per (tenant, purpose), "wrapped" like a KMS would wrap it
 * (AES-GCM under a per-KMS-key master key, the KMS key id and the encryption context as associated
 * data), so that a wrong tenant, purpose or KMS key id fails to unwrap exactly where a real KMS would
 * answer InvalidCiphertextException. Counts leases and remembers the contexts asked for.
 */
final class FixedDataKeys implements EncryptionKeys, DecryptionKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> tenants;
    private final Map<String, byte[]> masterKeys = new ConcurrentHashMap<>();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    final AtomicInteger encryptLeases = new AtomicInteger();
    final AtomicInteger decryptLeases = new AtomicInteger();
    final AtomicInteger openLeases = new AtomicInteger();
    final List<Map<String, String>> decryptContexts = Collections.synchronizedList(new ArrayList<>());
    final List<String> decryptKmsKeyIds = Collections.synchronizedList(new ArrayList<>());

    private record Entry(String kmsKeyId, byte[] dataKey, byte[] encryptedKey) {
    }

    /** Knows {@code tenants}; each has its own KMS key, {@link #kmsKeyIdOf(String)}. */
    FixedDataKeys(String... tenants) {
        this.tenants = Set.of(tenants);
        for (String tenant : tenants) {
            masterKeys.put(kmsKeyIdOf(tenant), randomBytes(32));
        }
    }

    static String kmsKeyIdOf(String tenant) {
        return "arn:aws:kms:eu-west-1:111122223333:key/test-" + tenant;
    }

    /** Replaces the data key of (tenant, purpose) with a new one, as a cache rotation would. */
    void rotate(String tenant, String purpose) {
        current.put(tenant + "\u0000" + purpose, newEntry(tenant, purpose));
    }

    /** The current encrypted data key of (tenant, purpose). */
    byte[] encryptedKeyOf(String tenant, String purpose) {
        return entry(tenant, purpose).encryptedKey().clone();
    }

    @Override
    public DataKeyLease lease(String tenantId, String purpose, int plaintextBytes) {
        encryptLeases.incrementAndGet();
        if (!tenants.contains(tenantId)) {
            throw new UnknownTenantException(tenantId);
        }
        Entry entry = entry(tenantId, purpose);
        return lease(entry.kmsKeyId(), entry.encryptedKey(), entry.dataKey());
    }

    @Override
    public DataKeyLease lease(String kmsKeyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        decryptLeases.incrementAndGet();
        decryptContexts.add(Map.copyOf(encryptionContext));
        decryptKmsKeyIds.add(kmsKeyId);
        byte[] master = masterKeys.get(kmsKeyId);
        if (master == null) {
            throw new KmsException(KmsException.Reason.NOT_FOUND, "Decrypt", "Key '" + kmsKeyId + "' does not exist");
        }
        byte[] dataKey = unwrap(master, kmsKeyId, encryptedKey, encryptionContext);
        try {
            return lease(kmsKeyId, encryptedKey.clone(), dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * A lender that finds keys by the encrypted key alone and never checks the context or the KMS
     * key id: a careless cache. Envelopes must still fail to authenticate when moved, on the
     * strength of their associated data alone.
     */
    DecryptionKeys ignoringContext() {
        return (kmsKeyId, encryptedKey, context) -> {
            decryptLeases.incrementAndGet();
            for (Entry entry : current.values()) {
                if (Arrays.equals(entry.encryptedKey(), encryptedKey)) {
                    return lease(entry.kmsKeyId(), entry.encryptedKey(), entry.dataKey());
                }
            }
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, "Decrypt", "unknown blob");
        };
    }

    private Entry entry(String tenant, String purpose) {
        return current.computeIfAbsent(tenant + "\u0000" + purpose, k -> newEntry(tenant, purpose));
    }

    private Entry newEntry(String tenant, String purpose) {
        String kmsKeyId = kmsKeyIdOf(tenant);
        byte[] dataKey = randomBytes(32);
        byte[] encryptedKey = wrap(masterKeys.get(kmsKeyId), kmsKeyId, dataKey,
                EnvelopeFormat.encryptionContext(tenant, purpose));
        return new Entry(kmsKeyId, dataKey, encryptedKey);
    }

    private static byte[] wrap(byte[] master, String kmsKeyId, byte[] dataKey, Map<String, String> context) {
        try {
            byte[] nonce = randomBytes(12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(contextAad(kmsKeyId, context));
            byte[] sealed = cipher.doFinal(dataKey);
            byte[] blob = Arrays.copyOf(nonce, 12 + sealed.length);
            System.arraycopy(sealed, 0, blob, 12, sealed.length);
            return blob;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unwrap(byte[] master, String kmsKeyId, byte[] blob, Map<String, String> context) {
        try {
            if (blob.length < 12 + 16) {
                throw new GeneralSecurityException("short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, blob, 0, 12));
            cipher.updateAAD(contextAad(kmsKeyId, context));
            return cipher.doFinal(blob, 12, blob.length - 12);
        } catch (GeneralSecurityException e) {
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, "Decrypt",
                    "The ciphertext does not match key '" + kmsKeyId + "' and the encryption context");
        }
    }

    // Sorted, length-prefixed: a canonical form of the context, as KMS has one of its own.
    private static byte[] contextAad(String kmsKeyId, Map<String, String> context) {
        StringBuilder out = new StringBuilder().append(kmsKeyId.length()).append(':').append(kmsKeyId);
        new TreeMap<>(context).forEach((k, v) -> out.append(k.length()).append(':').append(k)
                .append(v.length()).append(':').append(v));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A lease on a copy of the key, destroyed on close, so a use after close fails loudly. */
    private DataKeyLease lease(String kmsKeyId, byte[] encryptedKey, byte[] dataKey) {
        PlaintextKey key = PlaintextKey.copyOf(dataKey);
        openLeases.incrementAndGet();
        return new TestLease(Objects.requireNonNull(kmsKeyId), encryptedKey, key, () -> {
            key.destroy();
            openLeases.decrementAndGet();
        });
    }
}
