package io.contactshield.schemas;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Realistic contact events for tests. Every value in them is invented. */
final class SampleEvents {

    private SampleEvents() {
    }

    static ContactEvent chatContact() {
        Instant start = Instant.parse("2026-11-01T10:00:00Z");
        return ContactEvent.newBuilder()
                .setEventId("6f1c2a8e-1111-4a4a-9c9c-000000000001")
                .setTenantId("acme")
                .setEventType(ContactEventType.CONTACT_RECORD)
                .setEventTime(start.plusSeconds(300))
                .setContactId("a1b2c3d4-0000-4000-8000-000000000001")
                .setInitialContactId("a1b2c3d4-0000-4000-8000-000000000001")
                .setChannel(Channel.CHAT)
                .setInitiationMethod("API")
                .setInstanceArn("arn:aws:connect:eu-west-1:111122223333:instance/11111111-2222-3333-4444-555555555555")
                .setAwsAccountId("111122223333")
                .setInitiationTimestamp(start)
                .setDisconnectTimestamp(start.plusSeconds(290))
                .setLastUpdateTimestamp(start.plusSeconds(295))
                .setCustomerEndpoint(CustomerEndpoint.newBuilder()
                        .setAddress("+14155550100").setType("TELEPHONE_NUMBER").setDisplayName("Jane Roe").build())
                .setSystemEndpoint(Endpoint.newBuilder().setAddress("+18005550199").setType("TELEPHONE_NUMBER").build())
                .setCustomerName("Jane Roe")
                .setAgent(Agent.newBuilder().setArn("arn:aws:connect:eu-west-1:111122223333:instance/x/agent/y")
                        .setUsername("agent.smith")
                        .setRoutingProfile(RoutingProfile.newBuilder().setName("Basic").build())
                        .setHierarchyGroups(Map.of("LEVEL1", "EMEA"))
                        .setNumberOfHolds(1).build())
                .setQueue(Queue.newBuilder().setName("Billing").setDurationSeconds(12).build())
                .setAgentNotes("Customer asked to update card 4111 1111 1111 1111; call back on 020 7946 0018.")
                .setAttributes(Map.of("accountNumber", "GB82WEST12345698765432", "intent", "billing"))
                .setTranscript(List.of(
                        TranscriptSegment.newBuilder().setId("t1").setParticipantRole("CUSTOMER")
                                .setContent("Hi, my email is jane.roe@example.com").setAbsoluteTime(start.plusSeconds(5)).build(),
                        TranscriptSegment.newBuilder().setId("t2").setParticipantRole("AGENT")
                                .setContent("Thanks, I can see your account.").setAbsoluteTime(start.plusSeconds(9)).build()))
                .setRecordings(List.of(Recording.newBuilder().setLocation("s3://bucket/recordings/c-1.wav")
                        .setType("AUDIO").setStatus("AVAILABLE").build()))
                .setReferences(List.of(Reference.newBuilder().setName("ticket").setType("URL")
                        .setValue("https://support.example.com/t/42").build()))
                .build();
    }
}
