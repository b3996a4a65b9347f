package io.contactshield.topology.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The keyring topic's records, as JSON (readable with the console consumer; no key material in
 * plaintext). Keys:
 * <pre>
 *   {"kind":"token-key","tenant":"acme","version":1,"id":"&lt;uuid&gt;"}   a candidate key of a version
 *   {"kind":"shred","tenant":"acme"}                                 the tenant's shred marker
 * </pre>
 * Values ({@code format} 1):
 * <pre>
 *   {"format":1,"kmsKeyId":"arn:...","wrappedKey":"&lt;base64&gt;","createdAt":"2025-...Z","createdBy":"..."}
 *   {"format":1,"shreddedThroughVersion":3,"shreddedAt":"2025-...Z","shreddedBy":"..."}
 * </pre>
 * A null value is a tombstone. Every candidate has its own id so that no record is ever rewritten:
 * compaction then keeps the first candidate of a version where it was, and "lowest offset wins"
 * stays true for every reader, whenever it starts.
 */
final class KeyringRecords {

    static final String PURPOSE = "token-key";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyringRecords() {
    }

    /** A record of the keyring topic: a candidate key, a shred marker, or a tombstone of either. */
    sealed interface Entry permits KeyRecord, ShredRecord {
        String tenantId();
    }

    /** {@code wrappedKey} and {@code kmsKeyId} are null for a tombstone. */
    record KeyRecord(String tenantId, int version, String id, String kmsKeyId, byte[] wrappedKey, Instant createdAt)
            implements Entry {

        boolean tombstone() {
            return wrappedKey == null;
        }
    }

    /** {@code throughVersion} is 0 for a tombstone. */
    record ShredRecord(String tenantId, int throughVersion, boolean tombstone) implements Entry {
    }

    /** The encryption context that binds a wrapped token key to its tenant, purpose and version. */
    static Map<String, String> encryptionContext(String tenantId, int version) {
        return Map.of("tenant", tenantId, "purpose", PURPOSE, "version", Integer.toString(version));
    }

    static byte[] keyRecordKey(String tenantId, int version, String id) {
        ObjectNode key = JSON.createObjectNode();
        key.put("kind", "token-key");
        key.put("tenant", tenantId);
        key.put("version", version);
        key.put("id", id);
        return bytes(key);
    }

    static byte[] keyRecordValue(String kmsKeyId, byte[] wrappedKey, Instant createdAt, String createdBy) {
        ObjectNode value = JSON.createObjectNode();
        value.put("format", FORMAT);
        value.put("kmsKeyId", kmsKeyId);
        value.put("wrappedKey", Base64.getEncoder().encodeToString(wrappedKey));
        value.put("createdAt", createdAt.toString());
        value.put("createdBy", createdBy);
        return bytes(value);
    }

    static byte[] shredKey(String tenantId) {
        ObjectNode key = JSON.createObjectNode();
        key.put("kind", "shred");
        key.put("tenant", tenantId);
        return bytes(key);
    }

    static byte[] shredValue(int throughVersion, Instant shreddedAt, String shreddedBy) {
        ObjectNode value = JSON.createObjectNode();
        value.put("format", FORMAT);
        value.put("shreddedThroughVersion", throughVersion);
        value.put("shreddedAt", shreddedAt.toString());
        value.put("shreddedBy", shreddedBy);
        return bytes(value);
    }

    /**
     * The entry {@code key} and {@code value} hold.
     *
     * @throws IllegalArgumentException if they are not a keyring record (the message names the field only)
     */
    static Entry parse(byte[] key, byte[] value) {
        if (key == null) {
            throw new IllegalArgumentException("no record key");
        }
        JsonNode k = tree(key);
        String tenant = text(k, "tenant");
        String kind = text(k, "kind");
        JsonNode v = value == null ? null : tree(value);
        if (v != null && v.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("unknown value format " + v.path("format"));
        }
        switch (kind) {
            case "token-key": {
                int version = positive(k, "version");
                String id = text(k, "id");
                if (v == null) {
                    return new KeyRecord(tenant, version, id, null, null, null);
                }
                byte[] wrapped;
                try {
                    wrapped = Base64.getDecoder().decode(text(v, "wrappedKey"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("wrappedKey is not base64");
                }
                Instant createdAt;
                try {
                    createdAt = Instant.parse(text(v, "createdAt"));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("createdAt is not an ISO-8601 instant");
                }
                return new KeyRecord(tenant, version, id, text(v, "kmsKeyId"), wrapped, createdAt);
            }
            case "shred":
                return v == null ? new ShredRecord(tenant, 0, true)
                        : new ShredRecord(tenant, nonNegative(v, "shreddedThroughVersion"), false);
            default:
                throw new IllegalArgumentException("unknown record kind");
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode f = node.get(field);
        if (f == null || !f.isTextual() || f.asText().isEmpty()) {
            throw new IllegalArgumentException("missing or empty field " + field);
        }
        return f.asText();
    }

    private static int positive(JsonNode node, String field) {
        int n = nonNegative(node, field);
        if (n == 0) {
            throw new IllegalArgumentException("field " + field + " must be positive");
        }
        return n;
    }

    private static int nonNegative(JsonNode node, String field) {
        JsonNode f = node.get(field);
        if (f == null || !f.isInt() || f.asInt() < 0) {
            throw new IllegalArgumentException("field " + field + " is not a non-negative int");
        }
        return f.asInt();
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
