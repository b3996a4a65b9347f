package io.contactshield.serdes.avro;

import static io.contactshield.serdes.TestSchemas.COUNTER;
import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static io.contactshield.serdes.TestSchemas.GREETING_V2;
import static io.contactshield.serdes.TestSchemas.GREETING_V2_REQUIRED_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.registry.CompatibilityLevel;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {
    private final String scope = "serde-" + UUID.randomUUID();
    private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    private Map<String, Object> config(Object... keysAndValues) {
        Map<String, Object> config = new HashMap<>();
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://" + scope);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            config.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return config;
    }

    private <T> AvroSerializer<T> serializer(boolean isKey, Object... keysAndValues) {
        AvroSerializer<T> serializer = new AvroSerializer<>();
        serializer.configure(config(keysAndValues), isKey);
        return serializer;
    }

    private <T> AvroDeserializer<T> deserializer(boolean isKey, Object... keysAndValues) {
        AvroDeserializer<T> deserializer = new AvroDeserializer<>();
        deserializer.configure(config(keysAndValues), isKey);
        return deserializer;
    }

    static ContactEvent contactEvent() {
        return ContactEvent.newBuilder()
                .setEventId("e-1")
                .setTenantId("tenant-a")
                .setEventTime(Instant.parse("2024-05-01T10:15:30Z"))
                .setContactId("c-1")
                .setCustomerName("Ada Lovelace")
                .setAttributes(Map.of("note", "call back tomorrow"))
                .build();
    }

    static GenericRecord greeting(String id, String text) {
        GenericRecord record = new GenericData.Record(GREETING_V1);
        record.put("id", id);
        record.put("text", text);
        return record;
    }

    @Test
    void aSpecificRecordRoundTripsAsItsGeneratedClass() {
        try (AvroSerde<ContactEvent> serde = AvroSerde.specific(ContactEvent.class)) {
            serde.configure(config(), false);
            ContactEvent event = contactEvent();

            byte[] bytes = serde.serializer().serialize("contacts", event);

            assertThat(serde.deserializer().deserialize("contacts", bytes)).isEqualTo(event);
        }
    }

    @Test
    void specificAvroReaderFindsTheGeneratedClassByTheWriterSchemaName() {
        byte[] bytes = serializer(false).serialize("contacts", contactEvent());

        Object read = deserializer(false, AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true).deserialize("contacts", bytes);

        assertThat(read).isInstanceOf(ContactEvent.class).isEqualTo(contactEvent());
    }

    @Test
    void aGenericRecordRoundTripsWithTheWriterSchema() {
        byte[] bytes = serializer(false).serialize("greetings", greeting("g-1", "hello"));

        GenericRecord read = this.<GenericRecord>deserializer(false).deserialize("greetings", bytes);

        assertThat(read.getSchema()).isEqualTo(GREETING_V1);
        assertThat(read.get("id")).hasToString("g-1");
        assertThat(read.get("text")).hasToString("hello");
    }

    @Test
    void withoutSpecificReaderARecordIsReadAsGeneric() {
        byte[] bytes = serializer(false).serialize("contacts", contactEvent());

        Object read = deserializer(false).deserialize("contacts", bytes);

        assertThat(read).isInstanceOf(GenericData.Record.class);
        assertThat(((GenericRecord) read).get("contactId")).hasToString("c-1");
    }

    @Test
    void aStringKeyRoundTripsAsAStringUnderTheKeySubject() {
        byte[] bytes = serializer(true).serialize("contacts", "c-1");

        assertThat(deserializer(true).deserialize("contacts", bytes)).isEqualTo("c-1");
        assertThat(registry.subjects()).containsExactly("contacts-key");
    }

    @Test
    void bytesRoundTripAsAByteArray() {
        byte[] bytes = serializer(false).serialize("blobs", new byte[] {1, 2, 3});

        assertThat(deserializer(false).deserialize("blobs", bytes)).isEqualTo(new byte[] {1, 2, 3});
    }

    @Test
    void nullIsATombstoneInBothDirections() {
        assertThat(serializer(false).serialize("contacts", null)).isNull();
        assertThat(deserializer(false).deserialize("contacts", null)).isNull();
    }

    @Test
    void theWireFormatIsMagicByteThenBigEndianSchemaIdThenTheAvroBody() throws Exception {
        registry.register("other-value", COUNTER);
        registry.register("other2-value", GREETING_V2);
        GenericRecord record = greeting("g-1", "hello");

        byte[] bytes = serializer(false).serialize("greetings", record);

        int id = registry.lookup("greetings-value", GREETING_V1).id();
        assertThat(id).isEqualTo(3);
        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0, 0, 0, 0, 3);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(plainAvro(record));
    }

    @Test
    void theDefaultSubjectIsTheTopicNameWithValueSuffix() {
        serializer(false).serialize("greetings", greeting("g-1", "hello"));

        assertThat(registry.subjects()).containsExactly("greetings-value");
    }

    @Test
    void confluentsRecordNameStrategyClassNameIsAccepted() {
        serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY_CONFIG,
                "io.confluent.kafka.serializers.subject.RecordNameStrategy").serialize("greetings", greeting("g-1", "hi"));

        assertThat(registry.subjects()).containsExactly(GREETING_V1.getFullName());
    }

    @Test
    void topicRecordNameStrategyIsAcceptedByItsSimpleName() {
        serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY_CONFIG, "TopicRecordNameStrategy")
                .serialize("greetings", greeting("g-1", "hi"));

        assertThat(registry.subjects()).containsExactly("greetings-" + GREETING_V1.getFullName());
    }

    @Test
    void aStrategyMayBeGivenAsAClassObject() {
        serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY_CONFIG, RecordNameStrategy.class)
                .serialize("greetings", greeting("g-1", "hi"));

        assertThat(registry.subjects()).containsExactly(GREETING_V1.getFullName());
    }

    @Test
    void anUnknownStrategyIsAConfigurationError() {
        assertThatThrownBy(() -> serializer(false, AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY_CONFIG, "com.example.Nope"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("com.example.Nope");
    }

    @Test
    void withoutAutoRegistrationAnUnregisteredSchemaIsRefused() {
        AvroSerializer<GenericRecord> serializer = serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, false);

        assertThatThrownBy(() -> serializer.serialize("greetings", greeting("g-1", "hi")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not registered under subject 'greetings-value'")
                .hasMessageContaining("auto.register.schemas=false");
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void withoutAutoRegistrationARegisteredSchemaIsUsed() {
        int id = registry.register("greetings-value", GREETING_V1);

        byte[] bytes = this.<GenericRecord>serializer(false, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, false)
                .serialize("greetings", greeting("g-1", "hi"));

        assertThat(WireFormat.readId(bytes)).isEqualTo(id);
    }

    @Test
    void anIncompatibleSchemaIsRefusedNamingTheSubject() {
        registry.register("greetings-value", GREETING_V1);
        GenericRecord record = new GenericData.Record(GREETING_V2_REQUIRED_FIELD);
        record.put("id", "g-1");
        record.put("text", "hi");
        record.put("language", "fr");

        assertThatThrownBy(() -> serializer(false).serialize("greetings", record))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("incompatible with subject 'greetings-value'")
                .hasMessageNotContaining("fr");
    }

    @Test
    void useLatestVersionWritesWithTheLatestSchemaAndConvertsTheRecord() {
        registry.register("greetings-value", GREETING_V1);
        int latestId = registry.register("greetings-value", GREETING_V2);

        byte[] bytes = serializer(false, AvroSerdeConfig.USE_LATEST_VERSION_CONFIG, true)
                .serialize("greetings", greeting("g-1", "hi"));

        assertThat(WireFormat.readId(bytes)).isEqualTo(latestId);
        GenericRecord read = this.<GenericRecord>deserializer(false).deserialize("greetings", bytes);
        assertThat(read.getSchema()).isEqualTo(GREETING_V2);
        assertThat(read.get("text")).hasToString("hi");
        assertThat(read.get("language")).hasToString("en");
        assertThat(registry.versions("greetings-value")).containsExactly(1, 2);
    }

    @Test
    void useLatestVersionRefusesALatestSchemaThatCannotReadTheRecord() {
        registry.setCompatibility("greetings-value", CompatibilityLevel.NONE);
        registry.register("greetings-value", GREETING_V1);
        registry.register("greetings-value", COUNTER);
        AvroSerializer<GenericRecord> serializer = serializer(false, AvroSerdeConfig.USE_LATEST_VERSION_CONFIG, true);

        assertThatThrownBy(() -> serializer.serialize("greetings", greeting("g-1", "hi")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("latest schema of subject 'greetings-value'")
                .hasMessageContaining("cannot read")
                .hasMessageNotContaining("g-1");
    }

    @Test
    void aValueThatIsNoAvroTypeIsRefused() {
        AvroSerializer<Object> serializer = serializer(false);

        assertThatThrownBy(() -> serializer.serialize("things", new Object()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("neither an Avro record nor an Avro primitive");
    }

    @Test
    void aSerializerUsedBeforeConfigureSaysSo() {
        assertThatThrownBy(() -> new AvroSerializer<>().serialize("t", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("configure()");
    }

    @Test
    void aSerdeGivenAClientWorksWithoutConfiguration() {
        try (AvroSerde<GenericRecord> serde = AvroSerde.generic(registry)) {
            byte[] bytes = serde.serializer().serialize("greetings", greeting("g-1", "hi"));

            assertThat(serde.deserializer().deserialize("greetings", bytes).get("text")).hasToString("hi");
        }
    }

    @Test
    void aSpecificSerdeRefusesARecordOfAnotherType() {
        byte[] bytes = serializer(false).serialize("greetings", greeting("g-1", "hi"));
        try (AvroSerde<ContactEvent> serde = AvroSerde.specific(ContactEvent.class, registry)) {
            assertThatThrownBy(() -> serde.deserializer().deserialize("greetings", bytes))
                    .isInstanceOf(SerializationException.class)
                    .hasMessageContaining("ContactEvent");
        }
    }

    private static byte[] plainAvro(GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
