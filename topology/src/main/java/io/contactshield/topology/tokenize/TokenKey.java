package io.contactshield.topology.tokenize;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.subtle.AesSiv;
import com.google.crypto.tink.subtle.Hkdf;
import io.contactshield.serdes.kms.PlaintextKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One unwrapped version of a tenant's token key: the 256-bit root, and the subkeys HKDF-SHA256
 * derives from it, one per (mode, type), so that a subkey exposed through one purpose says nothing
 * of the others. Subkeys and the primitives built on them are cached; {@link #destroy()} wipes what
 * we hold (copies inside JCA and Tink objects are dropped for the garbage collector, not wiped).
 */
final class TokenKey {

    static final int SIV_KEY_BYTES = 64;
    static final int HMAC_KEY_BYTES = 32;
    static final int FF1_KEY_BYTES = 32;
    private static final String INFO_LABEL = "contact-shield/token-subkey/1";

    private final String tenantId;
    private final int version;
    private final PlaintextKey root;
    private final Map<String, DeterministicAead> sivs = new ConcurrentHashMap<>();
    private final Map<String, Mac> macs = new ConcurrentHashMap<>();
    private final Map<String, byte[]> ff1Keys = new ConcurrentHashMap<>();
    private final Map<String, byte[]> associatedData = new ConcurrentHashMap<>();
    private volatile boolean destroyed;

    /** Takes ownership of {@code root}. */
    TokenKey(String tenantId, int version, PlaintextKey root) {
        if (root.length() != 32) {
            throw new IllegalArgumentException("A token key has 32 bytes, not " + root.length());
        }
        this.tenantId = tenantId;
        this.version = version;
        this.root = root;
    }

    String tenantId() {
        return tenantId;
    }

    int version() {
        return version;
    }

    DeterministicAead siv(String type) {
        checkLive();
        return sivs.computeIfAbsent(type, t -> {
            byte[] key = derive(TokenMode.REVERSIBLE, t, SIV_KEY_BYTES);
            try {
                return new AesSiv(key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-SIV is not available", e);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        });
    }

    /**
     * {@link Tokenizer#associatedData} of this key's tenant and version for {@code type}, made once
     * per type (it holds no secret and no value). Shared: callers must not modify it.
     */
    byte[] associatedData(String type) {
        return associatedData.computeIfAbsent(type, t -> Tokenizer.associatedData(tenantId, t, version));
    }

    /** A fresh HMAC-SHA-256 keyed for {@code type}: {@link Mac} is not thread-safe, so each call gets its own. */
    Mac hmac(String type) {
        checkLive();
        Mac prototype = macs.computeIfAbsent(type, t -> {
            byte[] key = derive(TokenMode.ONE_WAY, t, HMAC_KEY_BYTES);
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        });
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The HmacSHA256 provider cannot clone a keyed Mac", e);
        }
    }

    /** A copy of the FF1 key for {@code type}, which the caller wipes. */
    byte[] ff1Key(String type) {
        checkLive();
        byte[] copy = ff1Keys.computeIfAbsent(type, t -> derive(TokenMode.FORMAT_PRESERVING, t, FF1_KEY_BYTES)).clone();
        // destroy() raises the flag before it wipes: a copy taken before a live check is never a wiped (zero) key.
        if (destroyed) {
            Arrays.fill(copy, (byte) 0);
            checkLive();
        }
        return copy;
    }

    boolean isDestroyed() {
        return destroyed;
    }

    void destroy() {
        destroyed = true;
        root.destroy();
        ff1Keys.values().forEach(key -> Arrays.fill(key, (byte) 0));
        ff1Keys.clear();
        sivs.clear();
        macs.clear();
        associatedData.clear();
    }

    private byte[] derive(TokenMode mode, String type, int size) {
        byte[] ikm = root.getEncoded();
        try {
            // As in ff1Key: a root copied while destroy() wipes it could be zeros; the flag tells.
            checkLive();
            byte[] info = Encoding.lengthPrefixed(INFO_LABEL, mode.name(), tenantId, type);
            return Hkdf.computeHkdf("HMACSHA256", ikm, new byte[0], info, size);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HKDF-SHA256 is not available", e);
        } finally {
            Arrays.fill(ikm, (byte) 0);
        }
    }

    private void checkLive() {
        if (destroyed) {
            throw new TokenKeyException(TokenKeyException.Reason.SHREDDED, tenantId,
                    "Token key version " + version + " of tenant " + tenantId + " was shredded");
        }
    }

    @Override
    public String toString() {
        return "TokenKey[" + tenantId + " v" + version + (destroyed ? ", destroyed]" : ", redacted]");
    }

    /** Unambiguous byte encodings for HKDF info, SIV associated data and FF1 tweaks. */
    static final class Encoding {

        private Encoding() {
        }

        /** Each part as a 4-byte big-endian length and its UTF-8 bytes. */
        static byte[] lengthPrefixed(String... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64);
            for (String part : parts) {
                byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
                writeInt(out, utf8.length);
                out.writeBytes(utf8);
            }
            return out.toByteArray();
        }

        private static void writeInt(ByteArrayOutputStream out, int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }
    }
}
