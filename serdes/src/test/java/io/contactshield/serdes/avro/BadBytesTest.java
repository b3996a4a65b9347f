package io.contactshield.serdes.avro;

import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.serdes.registry.SchemaRegistryNotFoundException;
import io.contactshield.serdes.registry.SchemaRegistryUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every way a value can fail to be Confluent wire-format Avro, and what the deserializer says:
 * always a SerializationException naming the topic and the check, never the payload.
 */
class BadBytesTest {
    /** A card number: it must never show up in an exception message. */
    private static final String SECRET = "4111111111111111";

    private final String scope = "bad-bytes-" + UUID.randomUUID();
    private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
    private final AvroDeserializer<Object> deserializer = new AvroDeserializer<>(registry);
    private final int greetingId = registry.register("greetings-value", GREETING_V1);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    private SerializationException failure(byte[] bytes) {
        SerializationException e = catchThrowableOfType(SerializationException.class,
                () -> deserializer.deserialize("greetings", bytes));
        assertThat(e).as("deserializing must fail with a SerializationException").isNotNull();
        assertThat(e.getMessage()).contains("topic 'greetings'");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t)).as("message of %s", t.getClass()).doesNotContain(SECRET);
        }
        return e;
    }

    @Test
    void emptyBytesAreShorterThanTheHeader() {
        assertThat(failure(new byte[0]).getMessage())
                .contains("value of topic 'greetings' is 0 bytes long", "shorter than the 5-byte header");
    }

    @Test
    void fourBytesAreShorterThanTheHeader() {
        assertThat(failure(new byte[] {0, 0, 0, 1}).getMessage()).contains("4 bytes long", "shorter than the 5-byte header");
    }

    @Test
    void aWrongMagicByteIsNamed() {
        byte[] json = ("{\"card\":\"" + SECRET + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(failure(json).getMessage()).contains("starts with byte 0x7b", "not the magic byte 0x00");
    }

    @Test
    void anUnknownSchemaIdIsNamedWithTheRegistrysAnswer() {
        SerializationException e = failure(framed(9999, avro(GREETING_V1, "g-1", SECRET)));

        assertThat(e.getMessage()).contains("schema id 9999", "40403");
        assertThat(e).hasCauseInstanceOf(SchemaRegistryNotFoundException.class);
    }

    @Test
    void aTruncatedBodyIsReported() {
        byte[] whole = framed(greetingId, avro(GREETING_V1, "g-1", SECRET));

        SerializationException e = failure(Arrays.copyOf(whole, whole.length - 4));

        assertThat(e.getMessage()).contains("does not decode as schema id " + greetingId, GREETING_V1.getFullName());
    }

    @Test
    void aNegativeLengthIsReported() {
        assertThat(failure(framed(greetingId, varint(-5))).getMessage()).contains("negative");
    }

    @Test
    void aStringClaimingTwoGigabytesIsRefusedWithoutAllocatingIt() {
        byte[] body = concat(varint(2_000_000_000L), SECRET.getBytes(StandardCharsets.UTF_8));

        assertThat(failure(framed(greetingId, body)).getMessage()).contains("does not decode", "2000000000");
    }

    @Test
    void anArrayClaimingABillionItemsIsRefusedWithoutAllocatingIt() {
        Schema numbers = SchemaBuilder.record("Numbers").fields()
                .name("values").type().array().items().longType().noDefault().endRecord();
        int id = registry.register("numbers-value", numbers);

        assertThat(failure(framed(id, concat(varint(1_000_000_000L), new byte[] {2, 4, 6}))).getMessage())
                .contains("does not decode as schema id " + id);
    }

    @Test
    void aMapClaimingABillionEntriesIsRefusedWithoutAllocatingIt() {
        Schema labels = SchemaBuilder.record("Labels").fields()
                .name("labels").type().map().values().nullType().noDefault().endRecord();
        int id = registry.register("labels-value", labels);

        assertThat(failure(framed(id, concat(varint(1_000_000_000L), new byte[] {2, 'a'}))).getMessage())
                .contains("does not decode as schema id " + id);
    }

    @Test
    void anOutOfRangeUnionBranchIsReported() {
        Schema optional = SchemaBuilder.record("Optional").fields().optionalString("card").endRecord();
        int id = registry.register("optional-value", optional);

        assertThat(failure(framed(id, concat(varint(7), avroString(SECRET)))).getMessage())
                .contains("does not decode as schema id " + id);
    }

    @Test
    void anOutOfRangeEnumSymbolIsReported() {
        Schema colour = SchemaBuilder.record("Paint").fields()
                .name("colour").type().enumeration("Colour").symbols("RED", "GREEN").noDefault().endRecord();
        int id = registry.register("paint-value", colour);

        assertThat(failure(framed(id, varint(9))).getMessage()).contains("does not decode as schema id " + id);
    }

    @Test
    void deeplyNestedDataIsReportedInsteadOfOverflowingTheStack() {
        Schema node = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Node\",\"fields\":[{\"name\":\"next\",\"type\":[\"null\",\"Node\"]}]}");
        int id = registry.register("nodes-value", node);
        byte[] body = new byte[1_000_000];
        Arrays.fill(body, (byte) 2);

        assertThat(failure(framed(id, body)).getMessage()).contains("does not decode as schema id " + id);
    }

    @Test
    void bytesLeftOverAfterTheRecordAreRejected() {
        byte[] body = concat(avro(GREETING_V1, "g-1", "hello"), SECRET.getBytes(StandardCharsets.UTF_8));

        assertThat(failure(framed(greetingId, body)).getMessage())
                .contains("16 byte(s) left over after the record of schema id " + greetingId);
    }

    @Test
    void anUnreachableRegistryIsReportedAsSuchNotAsBadData() throws IOException {
        AvroDeserializer<Object> unreachable = new AvroDeserializer<>();
        unreachable.configure(Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, closedUrl(),
                SchemaRegistryClientConfig.MAX_ATTEMPTS_CONFIG, 1), false);

        SerializationException e = catchThrowableOfType(SerializationException.class,
                () -> unreachable.deserialize("greetings", framed(greetingId, avro(GREETING_V1, "g-1", SECRET))));

        assertThat(e).hasCauseInstanceOf(SchemaRegistryUnavailableException.class);
        assertThat(e.getMessage()).contains("Could not fetch schema id " + greetingId, "topic 'greetings'");
    }

    private static byte[] framed(int id, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireFormat.writeHeader(out, id);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] avro(Schema schema, String id, String text) {
        return concat(avroString(id), avroString(text));
    }

    private static byte[] avroString(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return concat(varint(utf8.length), utf8);
    }

    private static byte[] varint(long value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            encoder.writeLong(value);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String closedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
