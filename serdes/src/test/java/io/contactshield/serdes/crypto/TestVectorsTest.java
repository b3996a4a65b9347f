package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.serdes.kms.PlaintextKey;
import io.contactshield.testkit.docs.ConfigDocs;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published test vectors (src/test/resources/envelope-test-vectors.json, embedded in
 * docs/envelope-format.md) hold: the fixed inputs give exactly these envelopes, the envelopes decrypt
 * to these plaintexts, and the recipe of the doc, followed with nothing but {@code javax.crypto},
 * agrees byte for byte. Regenerate (only when the format itself changes, with a new version) with
 * {@code -Dcontactshield.envelope.vectors.regenerate=true}, then refresh the doc's copy with
 * {@code -Dcontactshield.docs.update=true}.
 */
class TestVectorsTest {

    static final String RESOURCE = "/envelope-test-vectors.json";
    private static final Path RESOURCE_FILE = Path.of("src/test/resources/envelope-test-vectors.json");
    private static final Path DOC = Path.of("").toAbsolutePath().getParent().resolve("docs/envelope-format.md");
    private static final String DOC_SECTION = "envelope-test-vectors";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private static final String ACME_KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String GLOBEX_KEY = "arn:aws:kms:us-east-1:444455556666:key/0987dcba-09fe-87dc-65ba-ab0987654321";

    /** The fixed inputs every vector is made from. */
    record Input(String name, String description, String dataKey, String kmsKeyId, String encryptedDataKey,
            String purpose, RecordIdentity identity, String nonce, byte[] plaintext) {
    }

    static List<Input> fixedInputs() {
        String acmePayloadKey = range(0x00, 32);
        String acmePayloadBlob = blob("acme/payload", 184);
        return List.of(
                new Input("empty-plaintext", "Zero-length plaintext: the envelope is the header and the 16-byte tag.",
                        acmePayloadKey, ACME_KEY, acmePayloadBlob, "payload",
                        new RecordIdentity("acme", "c-0001", "e-0001"), range(0x00, 12), new byte[0]),
                new Input("short-ascii", "A short ASCII plaintext under the same data key as empty-plaintext.",
                        acmePayloadKey, ACME_KEY, acmePayloadBlob, "payload",
                        new RecordIdentity("acme", "c-0001", "e-0002"), range(0x10, 12),
                        "Hello, contact-shield!".getBytes(StandardCharsets.UTF_8)),
                new Input("binary-dead-letter", "All 256 byte values, under the tenant's dead-letter data key.",
                        range(0x20, 32), ACME_KEY, blob("acme/dead-letter", 184), "dead-letter",
                        new RecordIdentity("acme", "c-0001", "e-0003"), range(0x20, 12), unhex(range(0x00, 256))),
                new Input("other-tenant", "Another tenant, KMS key and data key; the same contact and event ids as "
                        + "empty-plaintext, which the tenant id in the associated data keeps apart.",
                        range(0x40, 32), GLOBEX_KEY, blob("globex/payload", 184), "payload",
                        new RecordIdentity("globex", "c-0001", "e-0001"), range(0x30, 12),
                        "{\"note\":\"call back tomorrow\"}".getBytes(StandardCharsets.UTF_8)),
                new Input("unicode-ids", "Non-ASCII ids (UTF-8 in the associated data, one of them outside the BMP), "
                        + "a KMS alias as key id and a short encrypted key as a local KMS makes.",
                        range(0x60, 32), "alias/contact-shield-local", blob("local", 60), "payload",
                        new RecordIdentity("tenant-\u00fc", "kontakt-\u00df-\uD83D\uDE00", "e-0005"), range(0x40, 12),
                        "Gr\u00fc\u00dfe".getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<JsonNode> vectors() {
        return stream(committed().get("vectors"));
    }

    static Stream<JsonNode> invalidVectors() {
        return stream(committed().get("invalid"));
    }

    @Test
    void theCommittedVectorsAreWhatTheFixedInputsGive() {
        assertThat(generate()).isEqualTo(committed());
    }

    @Test
    void theDocEmbedsTheCommittedVectors() {
        ConfigDocs.checkSection(DOC, DOC_SECTION, "```json\n" + committedText() + "```\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encryptingTheFixedInputsReproducesTheEnvelope(JsonNode vector) {
        Encryptor encryptor = new Encryptor(fixedKey(vector));

        Envelope envelope = encryptor.encryptWithFixedNonce(identity(vector), vector.get("purpose").asText(),
                bytes(vector, "plaintext"), bytes(vector, "nonce"));

        assertThat(HEX.formatHex(envelope.bytes())).isEqualTo(vector.get("envelope").asText());
        assertThat(envelope.dataKeyId()).isEqualTo(vector.get("dataKeyId").asText());
        assertThat(envelope.kmsKeyId()).isEqualTo(vector.get("kmsKeyId").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decryptingTheEnvelopeWithTheDataKeyGivesThePlaintext(JsonNode vector) {
        Decryptor decryptor = new Decryptor(fixedKey(vector));

        byte[] plaintext = decryptor.decrypt(identity(vector), bytes(vector, "envelope"));

        assertThat(HEX.formatHex(plaintext)).isEqualTo(vector.get("plaintext").asText());
        assertThat(Decryptor.parseHeader(bytes(vector, "envelope")).headerLength())
                .isEqualTo(bytes(vector, "header").length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theDocumentedRecipeAgreesUsingPlainJavaxCrypto(JsonNode vector) throws Exception {
        byte[] envelope = bytes(vector, "envelope");
        Recipe parsed = Recipe.parse(envelope);

        assertThat(parsed.purpose).isEqualTo(vector.get("purpose").asText());
        assertThat(parsed.kmsKeyId).isEqualTo(vector.get("kmsKeyId").asText());
        assertThat(HEX.formatHex(parsed.encryptedKey)).isEqualTo(vector.get("encryptedDataKey").asText());
        assertThat(HEX.formatHex(parsed.dataKeyId)).isEqualTo(vector.get("dataKeyId").asText());
        assertThat(HEX.formatHex(parsed.nonce)).isEqualTo(vector.get("nonce").asText());
        assertThat(HEX.formatHex(envelope, 0, parsed.headerLength)).isEqualTo(vector.get("header").asText());
        assertThat(Map.of("tenant", vector.at("/recordIdentity/tenantId").asText(), "purpose", parsed.purpose))
                .isEqualTo(JSON.convertValue(vector.get("encryptionContext"), Map.class));

        byte[] aad = Recipe.associatedData(envelope, parsed.headerLength, identity(vector));
        assertThat(HEX.formatHex(aad)).isEqualTo(vector.get("associatedData").asText());

        SecretKey key = new SecretKeySpec(bytes(vector, "dataKey"), "AES");
        Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
        decrypt.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, parsed.nonce));
        decrypt.updateAAD(aad);
        byte[] plaintext = decrypt.doFinal(envelope, parsed.headerLength, envelope.length - parsed.headerLength);
        assertThat(HEX.formatHex(plaintext)).isEqualTo(vector.get("plaintext").asText());

        Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
        encrypt.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, parsed.nonce));
        encrypt.updateAAD(aad);
        byte[] ciphertext = encrypt.doFinal(plaintext);
        assertThat(HEX.formatHex(ciphertext)).isEqualTo(vector.get("ciphertext").asText())
                .isEqualTo(HEX.formatHex(envelope, parsed.headerLength, envelope.length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVectors")
    void invalidVectorsFailAsTheyPromise(JsonNode invalid) {
        JsonNode base = vectorNamed(invalid.get("base").asText());
        byte[] envelope = bytes(invalid, "envelope");
        // The data key is handed over whatever the context, so it is the envelope that must fail.
        Decryptor decryptor = new Decryptor((kmsKeyId, encryptedKey, context) ->
                fixedLease(base, PlaintextKey.copyOf(bytes(base, "dataKey"))));
        String expected = invalid.get("expected").asText();

        Class<? extends EnvelopeException> failure = switch (expected) {
            case "malformed" -> MalformedEnvelopeException.class;
            case "authentication" -> EnvelopeAuthenticationException.class;
            default -> throw new AssertionError("unknown expectation " + expected);
        };
        assertThatThrownBy(() -> decryptor.decrypt(identity(invalid), envelope)).isInstanceOf(failure);
        // The recipe, with javax.crypto alone, refuses them too.
        Class<? extends Exception> recipeFailure =
                expected.equals("malformed") ? IllegalArgumentException.class : AEADBadTagException.class;
        assertThatThrownBy(() -> {
            Recipe parsed = Recipe.parse(envelope);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(bytes(base, "dataKey"), "AES"),
                    new GCMParameterSpec(128, parsed.nonce));
            cipher.updateAAD(Recipe.associatedData(envelope, parsed.headerLength, identity(invalid)));
            cipher.doFinal(envelope, parsed.headerLength, envelope.length - parsed.headerLength);
        }).isInstanceOf(recipeFailure);
    }

    @Test
    @EnabledIfSystemProperty(named = "contactshield.envelope.vectors.regenerate", matches = "true")
    void regenerate() throws IOException {
        Files.writeString(RESOURCE_FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n",
                StandardCharsets.UTF_8);
    }

    // --- the recipe of docs/envelope-format.md, written from the doc, sharing no code with the format ---

    /** Decryption steps 1-3 of the doc: parse the header. Throws IllegalArgumentException if malformed. */
    private static final class Recipe {
        String purpose;
        byte[] dataKeyId;
        String kmsKeyId;
        byte[] encryptedKey;
        byte[] nonce;
        int headerLength;

        static Recipe parse(byte[] envelope) throws GeneralSecurityException {
            try {
                ByteBuffer in = ByteBuffer.wrap(envelope);
                Recipe r = new Recipe();
                require(in.get() == 1, "version");
                require(in.get() == 1, "algorithm");
                int purposeLength = in.get() & 0xff;
                require(purposeLength >= 1 && purposeLength <= 64, "purpose length");
                r.purpose = new String(take(in, purposeLength), StandardCharsets.US_ASCII);
                require(r.purpose.matches("[A-Za-z0-9._-]+"), "purpose");
                r.dataKeyId = take(in, 16);
                int kmsKeyIdLength = in.getShort() & 0xffff;
                require(kmsKeyIdLength >= 1 && kmsKeyIdLength <= 2048, "KMS key id length");
                r.kmsKeyId = new String(take(in, kmsKeyIdLength), StandardCharsets.US_ASCII);
                require(r.kmsKeyId.matches("[\\x21-\\x7e]+"), "KMS key id");
                int keyLength = in.getShort() & 0xffff;
                require(keyLength >= 1 && keyLength <= 4096, "encrypted key length");
                r.encryptedKey = take(in, keyLength);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(r.encryptedKey);
                require(Arrays.equals(Arrays.copyOf(digest, 16), r.dataKeyId), "data-key id");
                r.nonce = take(in, 12);
                r.headerLength = in.position();
                require(in.remaining() >= 16, "tag");
                return r;
            } catch (java.nio.BufferUnderflowException e) {
                throw new IllegalArgumentException("truncated", e);
            }
        }

        /** Step 5: the header bytes, then u32 length + UTF-8 of tenant id, contact id, event id. */
        static byte[] associatedData(byte[] envelope, int headerLength, RecordIdentity identity) {
            ByteArrayOutputStream aad = new ByteArrayOutputStream();
            aad.write(envelope, 0, headerLength);
            try (DataOutputStream out = new DataOutputStream(aad)) {
                for (String id : List.of(identity.tenantId(), identity.contactId(), identity.eventId())) {
                    byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return aad.toByteArray();
        }

        private static byte[] take(ByteBuffer in, int n) {
            byte[] out = new byte[n];
            in.get(out);
            return out;
        }

        private static void require(boolean ok, String what) {
            if (!ok) {
                throw new IllegalArgumentException("bad " + what);
            }
        }
    }

    // --- generation from the fixed inputs ---

    static JsonNode generate() {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", "Test vectors of the contact-shield envelope format, version 1 "
                + "(docs/envelope-format.md). All byte strings are lower-case hex. Each vector was made from "
                + "fixed inputs (data key, encrypted data key, nonce) by the Java implementation and re-checked "
                + "with javax.crypto alone. The encrypted data keys are opaque placeholders: real ones come from "
                + "KMS GenerateDataKey, and decrypting needs only the data key given here.");
        root.put("formatVersion", 1);
        ArrayNode vectors = root.putArray("vectors");
        Map<String, ObjectNode> byName = new java.util.HashMap<>();
        for (Input input : fixedInputs()) {
            ObjectNode vector = vector(input);
            vectors.add(vector);
            byName.put(input.name(), vector);
        }
        ArrayNode invalid = root.putArray("invalid");
        ObjectNode shortAscii = byName.get("short-ascii");
        byte[] envelope = bytes(shortAscii, "envelope");
        int headerLength = bytes(shortAscii, "header").length;
        invalid.add(invalid("wrong-tenant", "empty-plaintext's envelope opened for another tenant's record.",
                byName.get("empty-plaintext"), bytes(byName.get("empty-plaintext"), "envelope"),
                new RecordIdentity("globex", "c-0001", "e-0001"), "authentication"));
        invalid.add(invalid("wrong-event", "short-ascii's envelope opened for another event of the same contact.",
                shortAscii, envelope, new RecordIdentity("acme", "c-0001", "e-0003"), "authentication"));
        byte[] flippedTag = envelope.clone();
        flippedTag[flippedTag.length - 1] ^= 0x01;
        invalid.add(invalid("flipped-tag-bit", "short-ascii with the last bit of the tag flipped.",
                shortAscii, flippedTag, identity(shortAscii), "authentication"));
        byte[] flippedHeader = envelope.clone();
        flippedHeader[3] ^= 0x20;
        invalid.add(invalid("changed-purpose", "short-ascii with the purpose changed to 'Payload' (a well-formed "
                        + "header that the tag no longer covers; a real KMS would already refuse the context).",
                shortAscii, flippedHeader, identity(shortAscii), "authentication"));
        invalid.add(invalid("truncated", "short-ascii cut one byte short of a tag after the header.",
                shortAscii, Arrays.copyOf(envelope, headerLength + 15), identity(shortAscii), "malformed"));
        byte[] version2 = envelope.clone();
        version2[0] = 0x02;
        invalid.add(invalid("unknown-version", "short-ascii with format version 2.",
                shortAscii, version2, identity(shortAscii), "malformed"));
        byte[] otherId = envelope.clone();
        otherId[3 + "payload".length()] ^= 0x01;
        invalid.add(invalid("data-key-id-mismatch", "short-ascii with one bit of the data-key id flipped.",
                shortAscii, otherId, identity(shortAscii), "malformed"));
        return root;
    }

    private static ObjectNode vector(Input input) {
        byte[] nonce = unhex(input.nonce());
        Encryptor encryptor = new Encryptor((tenant, purpose, bytes) ->
                fixedLease(input.kmsKeyId(), unhex(input.encryptedDataKey()), PlaintextKey.copyOf(unhex(input.dataKey()))));
        Envelope envelope = encryptor.encryptWithFixedNonce(input.identity(), input.purpose(), input.plaintext(), nonce);
        byte[] bytes = envelope.bytes();
        int headerLength = Decryptor.parseHeader(bytes).headerLength();
        byte[] aad = TestVectorsTest.concat(Arrays.copyOf(bytes, headerLength), EnvelopeFormat.identity(input.identity()));

        ObjectNode vector = JSON.createObjectNode();
        vector.put("name", input.name());
        vector.put("description", input.description());
        vector.put("dataKey", input.dataKey());
        vector.put("kmsKeyId", input.kmsKeyId());
        vector.put("encryptedDataKey", input.encryptedDataKey());
        vector.put("dataKeyId", envelope.dataKeyId());
        vector.put("purpose", input.purpose());
        ObjectNode context = vector.putObject("encryptionContext");
        context.put("tenant", input.identity().tenantId());
        context.put("purpose", input.purpose());
        putIdentity(vector, input.identity());
        vector.put("nonce", input.nonce());
        vector.put("plaintext", HEX.formatHex(input.plaintext()));
        vector.put("header", HEX.formatHex(bytes, 0, headerLength));
        vector.put("associatedData", HEX.formatHex(aad));
        vector.put("ciphertext", HEX.formatHex(bytes, headerLength, bytes.length));
        vector.put("envelope", HEX.formatHex(bytes));
        return vector;
    }

    private static ObjectNode invalid(String name, String description, ObjectNode base, byte[] envelope,
            RecordIdentity identity, String expected) {
        ObjectNode invalid = JSON.createObjectNode();
        invalid.put("name", name);
        invalid.put("description", description);
        invalid.put("base", base.get("name").asText());
        putIdentity(invalid, identity);
        invalid.put("envelope", HEX.formatHex(envelope));
        invalid.put("expected", expected);
        return invalid;
    }

    private static void putIdentity(ObjectNode node, RecordIdentity identity) {
        ObjectNode id = node.putObject("recordIdentity");
        id.put("tenantId", identity.tenantId());
        id.put("contactId", identity.contactId());
        id.put("eventId", identity.eventId());
    }

    // --- helpers ---

    private static JsonNode committed() {
        try {
            return JSON.readTree(committedText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String committedText() {
        try (InputStream in = TestVectorsTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError(RESOURCE + " is missing; generate it with "
                        + "-Dcontactshield.envelope.vectors.regenerate=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode vectorNamed(String name) {
        return vectors().filter(v -> v.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no vector " + name));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static RecordIdentity identity(JsonNode vector) {
        JsonNode id = vector.get("recordIdentity");
        return new RecordIdentity(id.get("tenantId").asText(), id.get("contactId").asText(), id.get("eventId").asText());
    }

    private static byte[] bytes(JsonNode vector, String field) {
        return unhex(vector.get(field).asText());
    }

    private static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    /** {@code n} bytes counting up from {@code first}, as hex. */
    private static String range(int first, int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) (first + i);
        }
        return HEX.formatHex(bytes);
    }

    /** A placeholder for a KMS blob: SHA-256 of the label and a counter, repeated to {@code n} bytes. */
    private static String blob(String label, int n) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; out.size() < n; i++) {
                out.write(MessageDigest.getInstance("SHA-256").digest((label + "/" + i).getBytes(StandardCharsets.UTF_8)));
            }
            return HEX.formatHex(Arrays.copyOf(out.toByteArray(), n));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return TamperTest.concat(a, b);
    }

    private static VectorKeys fixedKey(JsonNode vector) {
        return new VectorKeys(vector);
    }

    /** Lends the data key of one vector, checking that it is asked for as the doc says. */
    private static final class VectorKeys implements EncryptionKeys, DecryptionKeys {
        private final JsonNode vector;

        VectorKeys(JsonNode vector) {
            this.vector = vector;
        }

        @Override
        public DataKeyLease lease(String tenantId, String purpose, int plaintextBytes) {
            assertThat(tenantId).isEqualTo(vector.at("/recordIdentity/tenantId").asText());
            assertThat(purpose).isEqualTo(vector.get("purpose").asText());
            return fixedLease(vector, PlaintextKey.copyOf(bytes(vector, "dataKey")));
        }

        @Override
        public DataKeyLease lease(String kmsKeyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
            assertThat(kmsKeyId).isEqualTo(vector.get("kmsKeyId").asText());
            assertThat(HEX.formatHex(encryptedKey)).isEqualTo(vector.get("encryptedDataKey").asText());
            assertThat(encryptionContext).isEqualTo(JSON.convertValue(vector.get("encryptionContext"), Map.class));
            return fixedLease(vector, PlaintextKey.copyOf(bytes(vector, "dataKey")));
        }
    }


    private static DataKeyLease fixedLease(JsonNode vector, PlaintextKey key) {
        return fixedLease(vector.get("kmsKeyId").asText(), bytes(vector, "encryptedDataKey"), key);
    }

    private static DataKeyLease fixedLease(String kmsKeyId, byte[] encryptedKey, PlaintextKey key) {
        return new TestLease(kmsKeyId, encryptedKey, key, key::destroy);
    }
}
