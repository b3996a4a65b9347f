package io.contactshield.serdes.kms;

import static io.contactshield.serdes.kms.KmsOperations.DECRYPT;
import static io.contactshield.serdes.kms.KmsOperations.DESCRIBE_KEY;
import static io.contactshield.serdes.kms.KmsOperations.ENCRYPT;
import static io.contactshield.serdes.kms.KmsOperations.GENERATE_DATA_KEY;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KMS of one local master key. <b>For development and the embedded demo only: NOT FOR
 * PRODUCTION.</b> The master key sits in a file or an environment variable (or only in memory),
 * with none of a real KMS's access control, audit, rotation or hardware protection; whoever reads
 * it reads every payload. Every instance says so in a WARN line when it is created.
 *
 * <p>Key ids: every {@code keyId} names its own key, derived from the one master key by binding the
 * name into the associated data, so a blob wrapped under one name does not unwrap under another.
 * Names are taken as given (aliases and ARNs are not resolved: {@code alias/a} and its key ARN would
 * be two different keys here). The "ARN" of a name is {@value #ARN_PREFIX}{@code NAME}, which is
 * what {@link DataKey#kmsKeyArn()} and {@link #describeKey} return; it names the same key again, so
 * {@code local:alias/a} and {@code alias/a} unwrap each other's blobs.
 *
 * <p>Blob format, version 1 ({@code encryptedKey} of a {@link DataKey}, result of {@link #encrypt}):
 * <pre>
 *   offset  size  field
 *   0       1     magic 0x4C ('L'), so that a blob of another KMS fails clearly
 *   1       1     version 0x01
 *   2       12    nonce, random per blob
 *   14      n+16  AES-256-GCM ciphertext of the n plaintext bytes, then the 128-bit tag
 * </pre>
 * Associated data (not stored): magic, version, then the key name and the encryption context as
 * a canonical encoding: the name as a 4-byte big-endian length and its UTF-8 bytes, the number of
 * context entries (4 bytes), then each entry, sorted by name ({@link String#compareTo}), as name
 * and value, each a 4-byte length and UTF-8 bytes. Another key name, another context, another
 * master key or any edited byte fails authentication: {@link KmsException.Reason#INVALID_CIPHERTEXT}.
 * A data key blob is 62 bytes.
 *
 * <p>Master key: 32 bytes, from a file (32 raw bytes, or their base64 with optional surrounding
 * whitespace), from an environment variable (base64), or generated at random (then whatever was
 * wrapped is lost with the process). {@link #close()} wipes it.
 */
public final class LocalKms implements Kms {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKms.class);

    /** Prefix of the names {@link #describeKey} and {@link DataKey#kmsKeyArn()} return. */
    public static final String ARN_PREFIX = "local:";

    static final byte MAGIC = 0x4C;
    static final byte VERSION = 1;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int HEADER_BYTES = 2 + NONCE_BYTES;
    private static final int MASTER_KEY_BYTES = 32;
    private static final int DATA_KEY_BYTES = 32;

    private final PlaintextKey masterKey;
    private final String source;
    private final SecureRandom random = new SecureRandom();

    private LocalKms(PlaintextKey masterKey, String source) {
        this.masterKey = masterKey;
        this.source = source;
        LOG.warn("LocalKms is for development and the embedded demo only, NOT FOR PRODUCTION: one master key ({}),"
                + " no access control, no audit. Use kms.provider=aws for real data.", source);
    }

    /** A local KMS with the master key {@code settings} name. */
    public static LocalKms create(LocalKmsSettings settings) {
        return create(settings, System::getenv);
    }

    static LocalKms create(LocalKmsSettings settings, Function<String, String> environment) {
        if (settings.masterKeyFile().isPresent()) {
            return fromFile(settings.masterKeyFile().get());
        }
        if (settings.masterKeyEnvironmentVariable().isPresent()) {
            return fromEnvironment(settings.masterKeyEnvironmentVariable().get(), environment);
        }
        return generated();
    }

    /**
     * A local KMS whose master key is in {@code file}: 32 raw bytes, or their base64.
     *
     * @throws IllegalArgumentException if the file holds neither (the message gives its size only)
     * @throws UncheckedIOException if it cannot be read
     */
    public static LocalKms fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local KMS master key file " + file, e);
        }
        try {
            byte[] key = content.length == MASTER_KEY_BYTES ? content.clone() : decodeBase64(content);
            if (key == null || key.length != MASTER_KEY_BYTES) {
                wipe(key);
                throw new IllegalArgumentException("The local KMS master key file " + file + " holds " + content.length
                        + " bytes: expected 32 raw bytes or their base64 (44 characters)");
            }
            return new LocalKms(PlaintextKey.adopt(key), "file " + file);
        } finally {
            wipe(content);
        }
    }

    /**
     * A local KMS whose master key is the base64 value of the environment variable {@code variable}.
     * The JVM keeps the environment as strings, which cannot be wiped.
     *
     * @throws IllegalArgumentException if the variable is unset or not the base64 of 32 bytes
     */
    public static LocalKms fromEnvironment(String variable) {
        return fromEnvironment(variable, System::getenv);
    }

    static LocalKms fromEnvironment(String variable, Function<String, String> environment) {
        Objects.requireNonNull(variable, "variable");
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The environment variable " + variable
                    + " that should hold the local KMS master key is not set");
        }
        byte[] key = decodeBase64(value.strip().getBytes(StandardCharsets.US_ASCII));
        if (key == null || key.length != MASTER_KEY_BYTES) {
            wipe(key);
            throw new IllegalArgumentException("The environment variable " + variable
                    + " does not hold the base64 of a 32-byte local KMS master key");
        }
        return new LocalKms(PlaintextKey.adopt(key), "environment variable " + variable);
    }

    /** A local KMS with a random master key that lives and dies with it: for the demo. */
    public static LocalKms generated() {
        byte[] key = new byte[MASTER_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new LocalKms(PlaintextKey.adopt(key), "generated, in memory only");
    }

    @Override
    public DataKey generateDataKey(String keyId, Map<String, String> encryptionContext) {
        String name = name(keyId, GENERATE_DATA_KEY);
        KmsOperations.checkContext(encryptionContext);
        byte[] key = new byte[DATA_KEY_BYTES];
        random.nextBytes(key);
        byte[] blob = seal(name, key, encryptionContext);
        return new DataKey(ARN_PREFIX + name, PlaintextKey.adopt(key), blob);
    }

    @Override
    public PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        String name = name(keyId, DECRYPT);
        Objects.requireNonNull(encryptedKey, "encryptedKey");
        KmsOperations.checkContext(encryptionContext);
        byte[] plaintext = open(name, encryptedKey, encryptionContext);
        if (!KmsOperations.isAesKeyLength(plaintext.length)) {
            int length = plaintext.length;
            wipe(plaintext);
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, DECRYPT,
                    "the blob of key " + ARN_PREFIX + name + " holds " + length + " bytes, not an AES key");
        }
        return PlaintextKey.adopt(plaintext);
    }

    @Override
    public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
        String name = name(keyId, ENCRYPT);
        Objects.requireNonNull(plaintext, "plaintext");
        KmsOperations.checkContext(encryptionContext);
        if (plaintext.length < 1 || plaintext.length > KmsOperations.MAX_ENCRYPT_BYTES) {
            throw new KmsException(KmsException.Reason.INVALID_REQUEST, ENCRYPT,
                    "can wrap 1 to " + KmsOperations.MAX_ENCRYPT_BYTES + " bytes, not " + plaintext.length);
        }
        return seal(name, plaintext, encryptionContext);
    }

    @Override
    public String describeKey(String keyId) {
        return ARN_PREFIX + name(keyId, DESCRIBE_KEY);
    }

    /** Wipes the master key; every later call fails with {@link IllegalStateException}. */
    @Override
    public void close() {
        masterKey.destroy();
    }

    @Override
    public String toString() {
        return "LocalKms[NOT FOR PRODUCTION, master key " + source + ", redacted]";
    }

    private byte[] seal(String name, byte[] plaintext, Map<String, String> context) {
        byte[] blob = new byte[HEADER_BYTES + plaintext.length + TAG_BYTES];
        blob[0] = MAGIC;
        blob[1] = VERSION;
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, blob, 2, NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, liveMasterKey(), new GCMParameterSpec(TAG_BYTES * 8, blob, 2, NONCE_BYTES));
            cipher.updateAAD(associatedData(name, context));
            cipher.doFinal(plaintext, 0, plaintext.length, blob, HEADER_BYTES);
            return blob;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed in the local KMS", e);
        }
    }

    private byte[] open(String name, byte[] blob, Map<String, String> context) {
        if (blob.length < HEADER_BYTES + TAG_BYTES || blob[0] != MAGIC || blob[1] != VERSION) {
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, DECRYPT,
                    "not a version 1 LocalKms blob (" + blob.length + " bytes)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, liveMasterKey(), new GCMParameterSpec(TAG_BYTES * 8, blob, 2, NONCE_BYTES));
            cipher.updateAAD(associatedData(name, context));
            return cipher.doFinal(blob, HEADER_BYTES, blob.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, DECRYPT,
                    "the blob is not a ciphertext of key " + ARN_PREFIX + name + " with this encryption context");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed in the local KMS", e);
        }
    }

    private PlaintextKey liveMasterKey() {
        if (masterKey.isDestroyed()) {
            throw new IllegalStateException("The local KMS is closed");
        }
        return masterKey;
    }

    static byte[] associatedData(String name, Map<String, String> context) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MAGIC);
            out.writeByte(VERSION);
            writeString(out, name);
            Map<String, String> sorted = new TreeMap<>(context);
            out.writeInt(sorted.size());
            for (Map.Entry<String, String> entry : sorted.entrySet()) {
                writeString(out, entry.getKey());
                writeString(out, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String name(String keyId, String operation) {
        KmsOperations.checkKeyId(keyId);
        String name = keyId.startsWith(ARN_PREFIX) ? keyId.substring(ARN_PREFIX.length()) : keyId;
        if (name.isBlank()) {
            throw new KmsException(KmsException.Reason.NOT_FOUND, operation, "'" + keyId + "' names no local key");
        }
        return name;
    }

    /** The bytes {@code text} (base64, surrounding whitespace allowed) encodes, or null if it is not base64. */
    private static byte[] decodeBase64(byte[] text) {
        int from = 0;
        int to = text.length;
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        byte[] trimmed = Arrays.copyOfRange(text, from, to);
        try {
            return Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        } finally {
            wipe(trimmed);
        }
    }

    private static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
