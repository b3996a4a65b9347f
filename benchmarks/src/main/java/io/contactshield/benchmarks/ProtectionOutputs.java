package io.contactshield.benchmarks;

import io.contactshield.benchmarks.load.LoadEvents;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.DataKeyCache;
import io.contactshield.serdes.kms.LocalKms;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.TextClassifier;
import io.contactshield.topology.pipeline.PipelineParts;
import io.contactshield.topology.pipeline.PipelineTopics;
import io.contactshield.topology.pipeline.ProtectStep;
import io.contactshield.topology.policy.ProtectionPolicy;
import io.contactshield.topology.tokenize.TokenMode;
import io.contactshield.topology.tokenize.TokenModes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Writes every output of the protect step for a fixed set of inputs, with fixed token keys and a
 * fixed clock, one line per output: the protected and audit events as Avro JSON, with what is
 * random in them (the payload's envelope, but for its length, and the data-key id) blanked, and
 * the SHA-256 of their serialized bytes with the same blanked (so the order of map entries counts). Two builds
 * that write the same file produce the same tokens, views, findings and audit events; diff the
 * files to check that a speed-up changed nothing.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.ProtectionOutputs out.txt [events]
 * </pre>
 *
 * The inputs: the load run's events ({@link LoadEvents}, 10 tenants) and the benchmark's typical
 * contact with the customer's address in many written forms of phone numbers and e-mail addresses.
 * All of them go through the step twice: with the default policy, and with one that hashes, masks
 * and redacts and tokenizes phone numbers format-preserving and IBANs one-way. Each file ends with
 * the SHA-256 of the lines before it.
 */
public final class ProtectionOutputs {

    /** Written forms for an annotated phone-or-e-mail field, the usual and the odd. */
    static final List<String> ADDRESSES = List.of(
            "+14155550132", "+1 415 555 0132", "+1 (415) 555-0132", "(415) 555-0132", "415-555-0132",
            "415.555.0132", "4155550132", "1-415-555-0132", "14155550132", "+1-800-555-0199", "555-0132",
            "+44 20 7946 0958", "020 7946 0958", "+49 30 901820", "+33 1 42 68 53 00", "+10155550132",
            "+11155550132", "0155550132", "1155550132", "+1 415 555 01322", "(415)5550132", "+1415555013",
            "415 555 0132 x12", "+1 415 555 0132 ext. 12", "tel:+1-415-555-0132", "  +1 415 555 0132  ",
            "+1 415 555 0132#", "+１ ４１５ ５５５ ０１３２", "٤١٥٥٥٥٠١٣٢", "+1 415 555 0132 / 415 555 0133",
            "1-800-FLOWERS", "+1 (2) 125550167", "+(1) 212 555 0167", "+ 1 212 555 0167", "212--555--0167",
            "(212) 555-0167)", "-212-555-0167", "011 44 20 7946 0958", "+1 212 555 0167 1", "2125550167 ",
            "Jane.Roe@Example.COM", " jane.roe@example.com", "not a number", "", "12", "+1", "+",
            "(((212))) 555 0167", "212 555 0167.", "2 1 2 5 5 5 0 1 6 7", "+1 212 555 016７");

    private ProtectionOutputs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "protection-outputs.txt");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String scope = "protection-outputs-" + UUID.randomUUID();
        SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
        List<String> tenants = IntStream.range(0, ProtectionBenchmark.TENANTS)
                .mapToObj(i -> String.format("tenant-%02d", i)).toList();
        Map<String, String> kmsKeys = new HashMap<>();
        tenants.forEach(t -> kmsKeys.put(t, "local:" + t));
        TenantKeys tenantKeys = new TenantKeys(kmsKeys, Optional.of("local:quarantine"));
        List<String> lines = new ArrayList<>();
        try (DataKeyCache dataKeys = DataKeyCache.builder(LocalKms.generated(), PipelineParts.encryptionKeys(tenantKeys)).build()) {
            ClassifierSettings settings = ClassifierSettings.defaults();
            // The default policy (reversible tokens) for the first half of the inputs; every other
            // action and token mode for the second.
            ProtectStep step = new ProtectStep(ProtectionBenchmark.parts(registry, tenants, tenantKeys, dataKeys,
                    TextClassifier.create(settings), settings, new SimpleMeterRegistry(), ProtectionBenchmark.fixedClock()));
            ProtectStep mixed = new ProtectStep(ProtectionBenchmark.parts(registry, tenants, tenantKeys, dataKeys,
                    TextClassifier.create(settings), settings, new SimpleMeterRegistry(), ProtectionBenchmark.fixedClock(),
                    ProtectionPolicy.parse(Map.of("type.EMAIL.action", "HASH", "type.CREDIT_CARD.action", "MASK",
                            "type.US_SSN.action", "REDACT", "field.customerName.action", "HASH"), "outputs"),
                    new TokenModes(Map.of("PHONE_NUMBER", TokenMode.FORMAT_PRESERVING, "IBAN", TokenMode.ONE_WAY),
                            TokenMode.REVERSIBLE)));
            AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(registry);
            String topic = PipelineTopics.DEFAULTS.contacts();
            List<byte[]> inputs = new ArrayList<>();
            LoadEvents events = new LoadEvents(tenants, ProtectionBenchmark.EVENT_BYTES, e -> serializer.serialize(topic, e));
            for (int i = 0; i < count; i++) {
                inputs.add(events.serialized(i).value());
            }
            for (int i = 0; i < ADDRESSES.size(); i++) {
                ContactEvent contact = ClassificationBenchmark.typicalContact();
                contact.setTenantId(tenants.get(i % tenants.size()));
                contact.setEventId(new UUID(0xadd0_0000_0000_4000L, i).toString());
                contact.setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress(ADDRESSES.get(i))
                        .setType("TELEPHONE_NUMBER").build());
                contact.setAgentNotes("Call back on " + ADDRESSES.get(i) + " please, or " + ADDRESSES.get((i + 7) % ADDRESSES.size()));
                inputs.add(serializer.serialize(topic, contact));
            }
            AvroDeserializer<ProtectedContactEvent> protectedEvents = new AvroDeserializer<>(registry, ProtectedContactEvent.class);
            AvroDeserializer<AuditEvent> audits = new AvroDeserializer<>(registry, AuditEvent.class);
            for (int i = 0; i < 2 * inputs.size(); i++) {
                ProtectStep current = i < inputs.size() ? step : mixed;
                for (ProtectStep.Emitted emitted : current.process(inputs.get(i % inputs.size()), i, ProtectionBenchmark.TIMESTAMP)) {
                    String line = switch (emitted.kind()) {
                        case "PROTECTED" -> {
                            byte[] bytes = emitted.value().clone();
                            ProtectedContactEvent event = protectedEvents.deserialize(PipelineTopics.DEFAULTS.protectedContacts(),
                                    bytes);
                            // The envelope's length is fixed by the input; its bytes are random.
                            byte[] envelope = new byte[event.getPayload().getEnvelope().remaining()];
                            event.getPayload().getEnvelope().duplicate().get(envelope);
                            blank(bytes, envelope);
                            blank(bytes, event.getPayload().getDataKeyId().getBytes(StandardCharsets.UTF_8));
                            event.getPayload().setEnvelope(java.nio.ByteBuffer.wrap(new byte[0]));
                            event.getPayload().setDataKeyId("envelope of " + envelope.length + " bytes");
                            yield event + " bytes " + sha256(bytes);
                        }
                        case "AUDIT" -> {
                            byte[] bytes = emitted.value().clone();
                            AuditEvent audit = audits.deserialize(PipelineTopics.DEFAULTS.audit(), bytes);
                            blank(bytes, audit.getDataKeyId().getBytes(StandardCharsets.UTF_8));
                            audit.setDataKeyId("-");
                            yield audit + " bytes " + sha256(bytes);
                        }
                        default -> "dead letter of input " + i;
                    };
                    lines.add(i + " " + emitted.kind() + " " + emitted.key() + " " + line);
                }
            }
            step.close();
            mixed.close();
        } finally {
            MockSchemaRegistry.dropScope(scope);
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            lines.forEach(writer::println);
            writer.println("sha256 " + sha256(lines));
        }
        System.out.printf("%d inputs, %d outputs, sha256 %s -> %s%n", inputs(count), lines.size(), sha256(lines), out);
    }

    private static int inputs(int count) {
        return 2 * (count + ADDRESSES.size());
    }

    /** Zeroes the one place where {@code part} (random bytes or a random id) is in {@code bytes}. */
    private static void blank(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                java.util.Arrays.fill(bytes, i, i + part.length, (byte) 0);
                return;
            }
        }
        throw new IllegalStateException("Not found in the serialized event");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
