package io.contactshield.serdes.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.crypto.EnvelopeAuthenticationException;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProtectedEventDeserializerTest {

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension("eu-west-1");

    private static final String SCOPE = "protected-event-deserializer-test";

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void hundredThousandRecordsMakeOneKmsDecryptPerDataKey() {
        int tenants = 10;
        int records = 100_000;
        // Small message limits, so the run crosses several data keys per tenant.
        DataKeyLimits limits = DataKeyLimits.defaults().withMessages(3_000, 6_000);
        Set<String> dataKeys = new HashSet<>();
        try (ProtectedEvents producer = new ProtectedEvents(KMS, SCOPE, tenants, limits);
                ProtectedEventDeserializer consumer = new ProtectedEventDeserializer()) {
            consumer.configure(producer.config(), false);
            AvroDeserializer<ProtectedContactEvent> plain = new AvroDeserializer<>();
            plain.configure(Map.of("schema.registry.url", "mock://" + SCOPE, "specific.avro.reader", true), false);

            int intact = 0;
            for (int i = 0; i < records; i++) {
                ContactEvent event = ProtectedEvents.contact(i, tenants);
                byte[] bytes = producer.protect(event);

                DecryptedContactEvent read = consumer.deserialize("contacts.protected", bytes);

                dataKeys.add(read.protectedEvent().getPayload().getDataKeyId());
                if (event.equals(read.original())) {
                    intact++;
                }
            }

            assertThat(intact).isEqualTo(records);
            assertThat(dataKeys).hasSizeGreaterThanOrEqualTo(records / 3_000);
            assertThat(KMS.server().calls("Decrypt")).isEqualTo(dataKeys.size());
            // Each tenant's 10,000 records use keys for 3,000 + 3,000 + 3,000 + 1,000: the last key
            // never reaches the refresh point, so no key is generated that goes unused.
            assertThat(KMS.server().calls("GenerateDataKey")).isEqualTo(dataKeys.size());
        }
    }

    @Test
    void anEnvelopeMovedToAnotherRecordFailsAuthentication() {
        try (ProtectedEvents producer = new ProtectedEvents(KMS, SCOPE, 1, DataKeyLimits.defaults());
                ProtectedEventDeserializer consumer = new ProtectedEventDeserializer()) {
            consumer.configure(producer.config(), false);
            AvroDeserializer<ProtectedContactEvent> reader = new AvroDeserializer<>();
            reader.configure(Map.of("schema.registry.url", "mock://" + SCOPE, "specific.avro.reader", true), false);
            ProtectedContactEvent first = reader.deserialize("t", producer.protect(ProtectedEvents.contact(0, 1)));
            ProtectedContactEvent second = reader.deserialize("t", producer.protect(ProtectedEvents.contact(3, 1)));
            second.setPayload(first.getPayload());
            byte[] moved = producer.protectedSerializer().serialize("contacts.protected", second);

            assertThatThrownBy(() -> consumer.deserialize("contacts.protected", moved))
                    .isInstanceOf(EnvelopeAuthenticationException.class)
                    .hasMessageContaining("event-3")
                    .hasMessageNotContaining("+1415555");
        }
    }

    @Test
    void aDisabledTenantKeyIsAFinalKmsRefusalNotGarbage() {
        try (ProtectedEvents producer = new ProtectedEvents(KMS, SCOPE, 1, DataKeyLimits.defaults());
                ProtectedEventDeserializer consumer = new ProtectedEventDeserializer()) {
            consumer.configure(producer.config(), false);
            byte[] bytes = producer.protect(ProtectedEvents.contact(0, 1));
            KMS.server().disableKey(producer.tenantKey(0).keyId());

            assertThatThrownBy(() -> consumer.deserialize("contacts.protected", bytes))
                    .isInstanceOfSatisfying(KmsException.class, e -> {
                        assertThat(e.reason()).isEqualTo(KmsException.Reason.DISABLED);
                        assertThat(e.retriable()).isFalse();
                    });
        }
    }

    @Test
    void decryptedEventsNeverPrintTheirPlaintext() {
        try (ProtectedEvents producer = new ProtectedEvents(KMS, SCOPE, 1, DataKeyLimits.defaults());
                ProtectedEventDeserializer consumer = new ProtectedEventDeserializer()) {
            consumer.configure(producer.config(), false);

            DecryptedContactEvent read = consumer.deserialize("contacts.protected",
                    producer.protect(ProtectedEvents.contact(7, 1)));

            assertThat(read.original().getAgentNotes()).isEqualTo("Caller 7 asked about invoice 49");
            assertThat(read.toString()).contains("event-7").doesNotContain("Caller", "+1415555", "invoice");
        }
    }

    @Test
    void aTombstoneStaysNull() {
        try (ProtectedEventDeserializer consumer = new ProtectedEventDeserializer()) {
            consumer.configure(ProtectedEvents.consumerConfig(KMS, SCOPE), false);

            assertThat(consumer.deserialize("contacts.protected", null)).isNull();
        }
    }

    @Test
    void refusesToReadKeys() {
        try (ProtectedEventDeserializer consumer = new ProtectedEventDeserializer()) {
            assertThatThrownBy(() -> consumer.configure(ProtectedEvents.consumerConfig(KMS, SCOPE), true))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
