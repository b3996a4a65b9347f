package io.contactshield.serdes.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactshield.serdes.registry.MockSchemaRegistry;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Avro quotes the offending value in some write errors; the serializer must not pass it on. */
class SerializerRedactionTest {
    private static final String SECRET = "4111111111111111";
    private static final Schema PAYMENT = SchemaBuilder.record("Payment").namespace("io.contactshield.serdes.test").fields()
            .requiredString("reference")
            .name("amount").type().intType().noDefault()
            .name("card").type().unionOf().nullType().and().longType().endUnion().nullDefault()
            .endRecord();

    private final String scope = "redaction-" + UUID.randomUUID();
    private final AvroSerializer<GenericRecord> serializer = new AvroSerializer<>(MockSchemaRegistry.forScope(scope));

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    private SerializationException failure(GenericRecord record) {
        SerializationException e = catchThrowableOfType(SerializationException.class,
                () -> serializer.serialize("payments", record));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("topic 'payments'", PAYMENT.getFullName(), "schema id");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t)).as("message of %s", t.getClass()).doesNotContain(SECRET);
        }
        return e;
    }

    private static GenericRecord payment() {
        GenericRecord record = new GenericData.Record(PAYMENT);
        record.put("reference", "r-1");
        record.put("amount", 100);
        return record;
    }

    @Test
    void aValueOutsideItsUnionIsReportedWithoutTheValue() {
        GenericRecord record = payment();
        record.put("card", SECRET);

        assertThat(failure(record).getMessage()).contains("UnresolvedUnionException", Redaction.WITHHELD);
    }

    @Test
    void aValueOfTheWrongTypeIsReportedWithoutTheValue() {
        GenericRecord record = payment();
        record.put("amount", SECRET);

        assertThat(failure(record).getMessage()).contains("ClassCastException", Redaction.WITHHELD, "at Payment.amount");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        GenericRecord record = payment();
        record.put("reference", null);

        assertThat(failure(record).getMessage()).contains("reference");
    }
}
