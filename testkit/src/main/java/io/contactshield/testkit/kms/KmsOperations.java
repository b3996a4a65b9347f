package io.contactshield.testkit.kms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.testkit.kms.TestKeyring.KeyState;
import io.contactshield.testkit.kms.TestKeyring.TestKey;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The KMS operations the test server implements, request JSON in, response JSON out, with AWS's
 * member names and, for errors, AWS's exception names.
 */
final class KmsOperations {

    static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";
    private static final int MAX_PLAINTEXT_BYTES = 4096;
    private static final int MAX_DATA_KEY_BYTES = 1024;

    private final TestKeyring keyring;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    KmsOperations(TestKeyring keyring, ObjectMapper json) {
        this.keyring = keyring;
        this.json = json;
    }

    ObjectNode dispatch(String operation, JsonNode request) {
        switch (operation) {
            case "CreateKey":
                return createKey(request);
            case "CreateAlias":
                keyring.createAlias(text(request, "AliasName", true), text(request, "TargetKeyId", true));
                return json.createObjectNode();
            case "DescribeKey":
                return describeKey(request);
            case "GenerateDataKey":
                return generateDataKey(request, true);
            case "GenerateDataKeyWithoutPlaintext":
                return generateDataKey(request, false);
            case "Encrypt":
                return encrypt(request);
            case "Decrypt":
                return decrypt(request);
            case "DisableKey":
                changeState(request, "DisableKey", KeyState.DISABLED);
                return json.createObjectNode();
            case "EnableKey":
                changeState(request, "EnableKey", KeyState.ENABLED);
                return json.createObjectNode();
            case "ScheduleKeyDeletion":
                return scheduleKeyDeletion(request);
            case "CancelKeyDeletion":
                return cancelKeyDeletion(request);
            default:
                throw KmsError.client("UnknownOperationException", "The test server does not implement " + operation);
        }
    }

    private ObjectNode createKey(JsonNode request) {
        String keySpec = text(request, "KeySpec", false);
        String keyUsage = text(request, "KeyUsage", false);
        if (keySpec != null && !keySpec.equals(SYMMETRIC_DEFAULT)) {
            throw KmsError.client("UnsupportedOperationException", "The test server only has SYMMETRIC_DEFAULT keys");
        }
        if (keyUsage != null && !keyUsage.equals("ENCRYPT_DECRYPT")) {
            throw KmsError.client("UnsupportedOperationException", "The test server only has ENCRYPT_DECRYPT keys");
        }
        TestKey key = keyring.create(text(request, "Description", false));
        ObjectNode response = json.createObjectNode();
        response.set("KeyMetadata", metadata(key));
        return response;
    }

    private ObjectNode describeKey(JsonNode request) {
        TestKey key = usableKey(request, "DescribeKey", false);
        ObjectNode response = json.createObjectNode();
        response.set("KeyMetadata", metadata(key));
        return response;
    }

    ObjectNode metadata(TestKey key) {
        ObjectNode metadata = json.createObjectNode()
                .put("AWSAccountId", TestKeyring.ACCOUNT_ID)
                .put("KeyId", key.id())
                .put("Arn", key.arn())
                .put("CreationDate", key.created().getEpochSecond() + key.created().getNano() / 1e9)
                .put("Enabled", key.state() == KeyState.ENABLED)
                .put("Description", key.description())
                .put("KeyUsage", "ENCRYPT_DECRYPT")
                .put("KeyState", key.state().awsName())
                .put("Origin", "AWS_KMS")
                .put("KeyManager", "CUSTOMER")
                .put("CustomerMasterKeySpec", SYMMETRIC_DEFAULT)
                .put("KeySpec", SYMMETRIC_DEFAULT)
                .put("MultiRegion", false);
        metadata.putArray("EncryptionAlgorithms").add(SYMMETRIC_DEFAULT);
        return metadata;
    }

    private ObjectNode generateDataKey(JsonNode request, boolean withPlaintext) {
        TestKey key = usableKey(request, withPlaintext ? "GenerateDataKey" : "GenerateDataKeyWithoutPlaintext", true);
        String keySpec = text(request, "KeySpec", false);
        JsonNode numberOfBytes = request.get("NumberOfBytes");
        if ((keySpec == null) == (numberOfBytes == null || numberOfBytes.isNull())) {
            throw KmsError.validation("Please specify either number of bytes or key spec.");
        }
        int length;
        if (keySpec != null) {
            if (keySpec.equals("AES_256")) {
                length = 32;
            } else if (keySpec.equals("AES_128")) {
                length = 16;
            } else {
                throw KmsError.validation("1 validation error detected: Value '" + keySpec
                        + "' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [AES_256, AES_128]");
            }
        } else {
            if (!numberOfBytes.canConvertToInt() || numberOfBytes.intValue() < 1 || numberOfBytes.intValue() > MAX_DATA_KEY_BYTES) {
                throw KmsError.validation("1 validation error detected: Value at 'numberOfBytes' failed to satisfy constraint:"
                        + " Member must have value between 1 and " + MAX_DATA_KEY_BYTES);
            }
            length = numberOfBytes.intValue();
        }
        byte[] plaintext = new byte[length];
        random.nextBytes(plaintext);
        ObjectNode response = json.createObjectNode()
                .put("CiphertextBlob", keyring.wrap(key, plaintext, context(request)))
                .put("KeyId", key.arn());
        if (withPlaintext) {
            response.put("Plaintext", plaintext);
        }
        return response;
    }

    private ObjectNode encrypt(JsonNode request) {
        TestKey key = usableKey(request, "Encrypt", true);
        checkAlgorithm(request);
        byte[] plaintext = blob(request, "Plaintext");
        if (plaintext.length < 1 || plaintext.length > MAX_PLAINTEXT_BYTES) {
            throw KmsError.validation("1 validation error detected: Value at 'plaintext' failed to satisfy constraint:"
                    + " Member must have length between 1 and " + MAX_PLAINTEXT_BYTES);
        }
        return json.createObjectNode()
                .put("CiphertextBlob", keyring.wrap(key, plaintext, context(request)))
                .put("KeyId", key.arn())
                .put("EncryptionAlgorithm", SYMMETRIC_DEFAULT);
    }

    private ObjectNode decrypt(JsonNode request) {
        checkAlgorithm(request);
        byte[] blob = blob(request, "CiphertextBlob");
        String keyId = text(request, "KeyId", false);
        TestKey pinned = keyId == null ? null : keyring.resolve(keyId);
        TestKey key = keyring.wrappingKey(blob);
        if (pinned != null && pinned != key) {
            throw KmsError.client("IncorrectKeyException",
                    "The key ID in the request does not identify a KMS key that can perform this operation.");
        }
        checkUsable(key, "Decrypt", true);
        byte[] plaintext = keyring.unwrap(key, blob, context(request));
        return json.createObjectNode()
                .put("KeyId", key.arn())
                .put("Plaintext", plaintext)
                .put("EncryptionAlgorithm", SYMMETRIC_DEFAULT);
    }

    private void changeState(JsonNode request, String operation, KeyState target) {
        TestKey key = usableKey(request, operation, false);
        if (key.state() == KeyState.PENDING_DELETION) {
            throw KmsError.client("KMSInvalidStateException", key.arn() + " is pending deletion.");
        }
        key.state(target);
    }

    private ObjectNode scheduleKeyDeletion(JsonNode request) {
        TestKey key = usableKey(request, "ScheduleKeyDeletion", false);
        JsonNode days = request.get("PendingWindowInDays");
        int window = days == null || days.isNull() ? 30 : days.intValue();
        if (window < 7 || window > 30) {
            throw KmsError.validation("PendingWindowInDays must be between 7 and 30");
        }
        key.state(KeyState.PENDING_DELETION);
        Instant deletion = Instant.now().plus(window, ChronoUnit.DAYS);
        return json.createObjectNode()
                .put("KeyId", key.arn())
                .put("DeletionDate", deletion.getEpochSecond())
                .put("KeyState", KeyState.PENDING_DELETION.awsName())
                .put("PendingWindowInDays", window);
    }

    private ObjectNode cancelKeyDeletion(JsonNode request) {
        TestKey key = usableKey(request, "CancelKeyDeletion", false);
        if (key.state() != KeyState.PENDING_DELETION) {
            throw KmsError.client("KMSInvalidStateException", key.arn() + " is not pending deletion.");
        }
        // As on AWS: a key whose deletion is cancelled comes back disabled.
        key.state(KeyState.DISABLED);
        return json.createObjectNode().put("KeyId", key.arn());
    }

    private TestKey usableKey(JsonNode request, String operation, boolean cryptographic) {
        TestKey key = keyring.resolve(text(request, "KeyId", true));
        checkUsable(key, operation, cryptographic);
        return key;
    }

    /** Access first, then state, as AWS authorizes before it looks at the key. */
    private static void checkUsable(TestKey key, String operation, boolean cryptographic) {
        if (key.accessDenied()) {
            throw KmsError.client("AccessDeniedException", "User: arn:aws:iam::" + TestKeyring.ACCOUNT_ID
                    + ":user/test is not authorized to perform: kms:" + operation + " on resource: " + key.arn()
                    + " because no identity-based policy allows the kms:" + operation + " action");
        }
        if (!cryptographic) {
            return;
        }
        if (key.state() == KeyState.DISABLED) {
            throw KmsError.client("DisabledException", key.arn() + " is disabled.");
        }
        if (key.state() == KeyState.PENDING_DELETION) {
            throw KmsError.client("KMSInvalidStateException", key.arn() + " is pending deletion.");
        }
    }

    private static void checkAlgorithm(JsonNode request) {
        String algorithm = text(request, "EncryptionAlgorithm", false);
        if (algorithm != null && !algorithm.equals(SYMMETRIC_DEFAULT)) {
            throw KmsError.client("InvalidKeyUsageException", "The test server's keys only support " + SYMMETRIC_DEFAULT);
        }
    }

    private static String text(JsonNode request, String member, boolean required) {
        JsonNode node = request.get(member);
        if (node == null || node.isNull()) {
            if (required) {
                throw KmsError.validation("1 validation error detected: Value null at '" + lowerFirst(member)
                        + "' failed to satisfy constraint: Member must not be null");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw KmsError.client("SerializationException", member + " must be a string");
        }
        return node.textValue();
    }

    private static byte[] blob(JsonNode request, String member) {
        String text = text(request, member, true);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw KmsError.client("SerializationException", member + " is not base64");
        }
    }

    private static Map<String, String> context(JsonNode request) {
        JsonNode node = request.get("EncryptionContext");
        Map<String, String> context = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return context;
        }
        if (!node.isObject()) {
            throw KmsError.client("SerializationException", "EncryptionContext must be an object");
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isTextual()) {
                throw KmsError.client("SerializationException", "EncryptionContext values must be strings");
            }
            context.put(entry.getKey(), entry.getValue().textValue());
        }
        return context;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
