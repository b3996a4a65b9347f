package io.contactshield.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;

class ContactEventRoundTripTest {

    @Test
    void fullContactEventSurvivesBinaryRoundTrip() throws IOException {
        ContactEvent event = SampleEvents.chatContact();

        ContactEvent read = roundTrip(event);

        // Generated equals() trips over logical types inside arrays (it compares with a model that has
        // no conversions), so compare field by field instead.
        assertThat(read).usingRecursiveComparison().isEqualTo(event);
        assertThat(read.getTranscript()).hasSize(2);
        assertThat(read.getCustomerEndpoint().getAddress()).isEqualTo("+14155550100");
    }

    @Test
    void minimalContactEventTakesDefaults() throws IOException {
        ContactEvent minimal = ContactEvent.newBuilder()
                .setEventId("e-1").setTenantId("acme").setContactId("c-1")
                .setEventTime(Instant.parse("2026-11-01T10:00:00Z"))
                .build();

        ContactEvent read = roundTrip(minimal);

        assertThat(read.getChannel()).isEqualTo(Channel.UNKNOWN);
        assertThat(read.getEventType()).isEqualTo(ContactEventType.CONTACT_RECORD);
        assertThat(read.getAttributes()).isEmpty();
        assertThat(read.getTranscript()).isEmpty();
        assertThat(read.getCustomerEndpoint()).isNull();
    }

    @Test
    void protectedEventNestsTheReadableView() throws IOException {
        ContactEvent view = SampleEvents.chatContact();
        view.getCustomerEndpoint().setAddress("tok_PHONE_NUMBER_v1_AAAA");
        ProtectedContactEvent protectedEvent = ProtectedContactEvent.newBuilder()
                .setEventId(view.getEventId()).setTenantId(view.getTenantId())
                .setContactId(view.getContactId()).setProtectedAt(Instant.parse("2026-11-01T10:00:01Z"))
                .setContact(view)
                .setPayload(EncryptedPayload.newBuilder().setFormat(PayloadFormat.CONFLUENT_AVRO)
                        .setKeyScope(KeyScope.TENANT).setKmsKeyId("alias/acme").setDataKeyId("dk-1")
                        .setEnvelope(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3})).build())
                .setFindings(List.of(FindingSummary.newBuilder().setEntityType("PHONE_NUMBER")
                        .setAction(ProtectionAction.TOKENIZED).setCount(1).build()))
                .build();

        ProtectedContactEvent read = roundTrip(protectedEvent);

        assertThat(read).usingRecursiveComparison().isEqualTo(protectedEvent);
        assertThat(read.getContact().getCustomerEndpoint().getAddress()).startsWith("tok_");
    }

    /** Writes and reads with the generated class's own model, which knows its logical types. */
    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecordBase> T roundTrip(T record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<T>(record.getSchema(), record.getSpecificData()).write(record, encoder);
        encoder.flush();
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(record.getSchema(),
                record.getSchema(), record.getSpecificData());
        return reader.read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    }
}
