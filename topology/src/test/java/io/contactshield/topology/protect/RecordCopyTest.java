package io.contactshield.topology.protect;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.avro.GeneratedTypeTrust;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link RecordCopy} makes what the specific builder's deep copy made, without sharing anything mutable. */
class RecordCopyTest {

    @BeforeAll
    static void trust() {
        GeneratedTypeTrust.install();
    }

    @org.junit.jupiter.api.AfterAll
    static void dropRegistry() {
        MockSchemaRegistry.dropScope("record-copy-test");
    }

    private static ContactEvent event() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            attributes.put("key" + (i * 7919 % 97), "value " + i);
        }
        return ContactEvent.newBuilder()
                .setEventId("e-1").setTenantId("acme").setContactId("c-1")
                .setEventTime(Instant.parse("2025-01-02T03:04:05.123Z"))
                .setChannel(Channel.CHAT)
                .setCustomerEndpoint(new CustomerEndpoint("+1 415 555 0100", "TELEPHONE_NUMBER", null))
                .setAgent(Agent.newBuilder().setUsername("agent7").setHierarchyGroups(Map.of("level1", "emea", "level2", "uk"))
                        .build())
                .setAttributes(attributes)
                .setTranscript(List.of(
                        TranscriptSegment.newBuilder().setId("t1").setContent("hello")
                                .setAbsoluteTime(Instant.parse("2025-01-02T03:04:06Z")).build(),
                        TranscriptSegment.newBuilder().setId("t2").setContent("bye").build()))
                .build();
    }

    @Test
    void theCopyIsWhatTheBuildersDeepCopyIsByteForByte() {
        ContactEvent event = event();

        // (Not equals(): Avro compares arrays of timestamps without the class's conversions, for both.)
        assertThat(bytes(RecordCopy.of(event))).isEqualTo(bytes(ContactEvent.newBuilder(event).build()));
    }

    @Test
    void theCopySharesNoRecordListOrMapWithTheOriginal() {
        ContactEvent event = event();
        ContactEvent copy = RecordCopy.of(event);

        assertThat(copy).isNotSameAs(event);
        assertThat(copy.getCustomerEndpoint()).isNotSameAs(event.getCustomerEndpoint());
        assertThat(copy.getAgent()).isNotSameAs(event.getAgent());
        assertThat(copy.getAgent().getHierarchyGroups()).isNotSameAs(event.getAgent().getHierarchyGroups());
        assertThat(copy.getAttributes()).isNotSameAs(event.getAttributes());
        assertThat(copy.getTranscript()).isNotSameAs(event.getTranscript());
        assertThat(copy.getTranscript().get(0)).isNotSameAs(event.getTranscript().get(0));

        copy.getCustomerEndpoint().setAddress("changed");
        copy.getAttributes().put("key0", "changed");
        copy.getTranscript().set(1, copy.getTranscript().get(0));
        copy.getTranscript().get(0).setContent("changed");

        assertThat(event).isEqualTo(event());
    }

    private static byte[] bytes(ContactEvent event) {
        // The pipeline's own serializer, as the protected event is written.
        return new AvroSerializer<ContactEvent>(MockSchemaRegistry.forScope("record-copy-test")).serialize("contacts", event);
    }
}
