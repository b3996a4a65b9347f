package io.contactshield.testkit.kms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The test server's KMS keys and aliases, and its ciphertext blobs.
 *
 * <p>Blob format (this server's own; real KMS blobs differ and are opaque to clients either way):
 * <pre>
 *   1 byte   version, 0x01
 *   1 byte   n, length of the key id
 *   n bytes  key id (UUID, ASCII)
 *   12 bytes nonce
 *   rest     AES-256-GCM ciphertext and 16-byte tag, under the key's material
 * </pre>
 * The associated data is the header (version, n, key id) followed by the encryption context,
 * sorted by key, each key and value as a 4-byte big-endian length and UTF-8 bytes; so another
 * context, another key or any edited byte fails to decrypt. The key id in the blob is what lets
 * Decrypt work without a KeyId, as it does on AWS.
 */
final class TestKeyring {

    static final String ACCOUNT_ID = "111122223333";

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String ALIAS_PREFIX = "alias/";

    private final String region;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, TestKey> keys = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();

    TestKeyring(String region) {
        this.region = region;
    }

    String region() {
        return region;
    }

    TestKey create(String description) {
        byte[] material = new byte[32];
        random.nextBytes(material);
        String id = UUID.randomUUID().toString();
        TestKey key = new TestKey(id, keyArn(id), material, description == null ? "" : description, Instant.now());
        keys.put(id, key);
        return key;
    }

    void createAlias(String aliasName, String targetKeyId) {
        if (aliasName == null || !aliasName.startsWith(ALIAS_PREFIX) || aliasName.length() == ALIAS_PREFIX.length()
                || aliasName.startsWith("alias/aws/")) {
            throw KmsError.client("InvalidAliasNameException", "Alias must start with 'alias/' and must not start with 'alias/aws/'");
        }
        if (targetKeyId == null || targetKeyId.startsWith(ALIAS_PREFIX) || targetKeyId.contains(":alias/")) {
            throw KmsError.validation("TargetKeyId must be a key id or a key ARN");
        }
        TestKey target = resolve(targetKeyId);
        if (aliases.putIfAbsent(aliasName, target.id()) != null) {
            throw KmsError.client("AlreadyExistsException", "An alias with the name " + aliasArn(aliasName) + " already exists");
        }
    }

    /**
     * The key named by a key id, key ARN, alias name or alias ARN.
     *
     * @throws KmsError NotFoundException if there is none
     */
    TestKey resolve(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw KmsError.validation("KeyId must not be empty");
        }
        String resource = identifier;
        if (identifier.startsWith("arn:")) {
            String[] parts = identifier.split(":", 6);
            if (parts.length != 6 || !parts[2].equals("kms")) {
                throw KmsError.client("NotFoundException", "Invalid keyId " + identifier);
            }
            if (!parts[3].equals(region) || !parts[4].equals(ACCOUNT_ID)) {
                throw KmsError.client("NotFoundException", "Key '" + identifier + "' does not exist");
            }
            resource = parts[5];
            if (resource.startsWith("key/")) {
                resource = resource.substring("key/".length());
            } else if (!resource.startsWith(ALIAS_PREFIX)) {
                throw KmsError.client("NotFoundException", "Invalid keyId " + identifier);
            }
        }
        if (resource.startsWith(ALIAS_PREFIX)) {
            String target = aliases.get(resource);
            TestKey key = target == null ? null : keys.get(target);
            if (key == null) {
                throw KmsError.client("NotFoundException", "Alias " + aliasArn(resource) + " is not found.");
            }
            return key;
        }
        TestKey key = keys.get(resource);
        if (key == null) {
            throw KmsError.client("NotFoundException", "Key '" + keyArn(resource) + "' does not exist");
        }
        return key;
    }

    byte[] wrap(TestKey key, byte[] plaintext, Map<String, String> context) {
        byte[] header = header(key.id());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.material(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(header, context));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The key that wrapped {@code blob}, from its header.
     *
     * @throws KmsError InvalidCiphertextException if the blob is malformed or names no key of ours
     */
    TestKey wrappingKey(byte[] blob) {
        if (blob.length < 2 || blob[0] != VERSION || blob.length < 2 + (blob[1] & 0xff) + NONCE_BYTES + TAG_BITS / 8) {
            throw invalidCiphertext();
        }
        TestKey key = keys.get(new String(blob, 2, blob[1] & 0xff, StandardCharsets.US_ASCII));
        if (key == null) {
            throw invalidCiphertext();
        }
        return key;
    }

    /** The plaintext of {@code blob}, which {@code key} (its {@link #wrappingKey}) wrapped. */
    byte[] unwrap(TestKey key, byte[] blob, Map<String, String> context) {
        int headerLength = 2 + (blob[1] & 0xff);
        byte[] header = Arrays.copyOf(blob, headerLength);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.material(), "AES"),
                    new GCMParameterSpec(TAG_BITS, blob, headerLength, NONCE_BYTES));
            cipher.updateAAD(associatedData(header, context));
            int offset = headerLength + NONCE_BYTES;
            return cipher.doFinal(blob, offset, blob.length - offset);
        } catch (AEADBadTagException e) {
            throw invalidCiphertext();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String keyArn(String keyId) {
        return "arn:aws:kms:" + region + ":" + ACCOUNT_ID + ":key/" + keyId;
    }

    String aliasArn(String aliasName) {
        return "arn:aws:kms:" + region + ":" + ACCOUNT_ID + ":" + aliasName;
    }

    private static KmsError invalidCiphertext() {
        // AWS says nothing more about a ciphertext it cannot decrypt; neither do we.
        return KmsError.client("InvalidCiphertextException", null);
    }

    private static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + id.length).put(VERSION).put((byte) id.length).put(id).array();
    }

    private static byte[] associatedData(byte[] header, Map<String, String> context) {
        Map<String, String> sorted = new TreeMap<>(context);
        int size = header.length;
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            size += 8 + utf8(entry.getKey()).length + utf8(entry.getValue()).length;
        }
        ByteBuffer aad = ByteBuffer.allocate(size).put(header);
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
            byte[] name = utf8(entry.getKey());
            byte[] value = utf8(entry.getValue());
            aad.putInt(name.length).put(name).putInt(value.length).put(value);
        }
        return aad.array();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What a key can do, as DescribeKey's KeyState says it. */
    enum KeyState {
        ENABLED("Enabled"), DISABLED("Disabled"), PENDING_DELETION("PendingDeletion");

        private final String awsName;

        KeyState(String awsName) {
            this.awsName = awsName;
        }

        String awsName() {
            return awsName;
        }
    }

    /** One KMS key: a symmetric encryption key with its own AES-256 material. */
    static final class TestKey {
        private final String id;
        private final String arn;
        private final byte[] material;
        private final String description;
        private final Instant created;
        private volatile KeyState state = KeyState.ENABLED;
        private volatile boolean accessDenied;

        TestKey(String id, String arn, byte[] material, String description, Instant created) {
            this.id = id;
            this.arn = arn;
            this.material = material;
            this.description = description;
            this.created = created;
        }

        String id() {
            return id;
        }

        String arn() {
            return arn;
        }

        byte[] material() {
            return material;
        }

        String description() {
            return description;
        }

        Instant created() {
            return created;
        }

        KeyState state() {
            return state;
        }

        void state(KeyState value) {
            state = value;
        }

        boolean accessDenied() {
            return accessDenied;
        }

        void accessDenied(boolean value) {
            accessDenied = value;
        }

        @Override
        public String toString() {
            return "TestKey[" + arn + ", " + state + "]";
        }
    }
}
