package io.contactshield.serdes.avro;

import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static io.contactshield.serdes.TestSchemas.GREETING_V2;
import static io.contactshield.serdes.TestSchemas.GREETING_V2_REQUIRED_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaEvolutionTest {
    private final String scope = "evolution-" + UUID.randomUUID();
    private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
    private final AvroSerializer<Object> serializer = new AvroSerializer<>(registry);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    private byte[] writtenWithV1() {
        return serializer.serialize("greetings", AvroSerdeTest.greeting("g-1", "hello"));
    }

    @Test
    void aNewerReaderSchemaSeesTheDefaultOfAnAddedField() {
        byte[] bytes = writtenWithV1();

        GenericRecord read = new AvroDeserializer<GenericRecord>(registry, GREETING_V2).deserialize("greetings", bytes);

        assertThat(read.getSchema()).isEqualTo(GREETING_V2);
        assertThat(read.get("text")).hasToString("hello");
        assertThat(read.get("language")).hasToString("en");
    }

    @Test
    void theReaderSchemaCanComeFromConfiguration() {
        byte[] bytes = writtenWithV1();
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(registry);
        deserializer.configure(Map.of(AvroSerdeConfig.AVRO_VALUE_READER_SCHEMA_CONFIG, GREETING_V2.toString()), false);

        assertThat(deserializer.deserialize("greetings", bytes).get("language")).hasToString("en");
    }

    @Test
    void anOlderReaderSchemaIgnoresAFieldItDoesNotKnow() {
        GenericRecord v2 = new GenericData.Record(GREETING_V2);
        v2.put("id", "g-1");
        v2.put("text", "hello");
        v2.put("language", "fr");
        byte[] bytes = serializer.serialize("greetings", v2);

        GenericRecord read = new AvroDeserializer<GenericRecord>(registry, GREETING_V1).deserialize("greetings", bytes);

        assertThat(read.getSchema()).isEqualTo(GREETING_V1);
        assertThat(read.get("text")).hasToString("hello");
    }

    @Test
    void aReaderSchemaThatCannotReadTheWriterIsRefusedNamingWhatBreaks() {
        byte[] bytes = writtenWithV1();
        int id = WireFormat.readId(bytes);
        AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>(registry, GREETING_V2_REQUIRED_FIELD);

        assertThatThrownBy(() -> deserializer.deserialize("greetings", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id " + id)
                .hasMessageContaining("language")
                .hasMessageNotContaining("hello");
    }

    @Test
    void oldContactEventDataReadsIntoTheGeneratedClassWithDefaults() {
        Schema timestamp = LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
        Schema firstContactEvent = SchemaBuilder.record("ContactEvent").namespace("io.contactshield.schemas").fields()
                .requiredString("eventId")
                .requiredString("tenantId")
                .name("eventTime").type(timestamp).noDefault()
                .requiredString("contactId")
                .endRecord();
        GenericRecord old = new GenericData.Record(firstContactEvent);
        old.put("eventId", "e-1");
        old.put("tenantId", "tenant-a");
        old.put("eventTime", Instant.parse("2024-05-01T10:15:30Z").toEpochMilli());
        old.put("contactId", "c-1");
        byte[] bytes = serializer.serialize("contacts", old);

        ContactEvent read = new AvroDeserializer<>(registry, ContactEvent.class).deserialize("contacts", bytes);

        assertThat(read.getContactId()).isEqualTo("c-1");
        assertThat(read.getEventTime()).isEqualTo(Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(read.getChannel()).isEqualTo(Channel.UNKNOWN);
        assertThat(read.getAttributes()).isEmpty();
        assertThat(read.getCustomerName()).isNull();
    }
}
