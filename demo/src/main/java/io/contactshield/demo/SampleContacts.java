package io.contactshield.demo;

import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ContactEventType;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Endpoint;
import io.contactshield.schemas.Queue;
import io.contactshield.schemas.TranscriptSegment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Invented contact events with the kinds of personal data real ones carry: phone numbers from the
 * fictional 555-01xx range, example.com addresses, the well-known test card number and a test IBAN.
 * Deterministic for a given index, so runs can be compared.
 */
final class SampleContacts {

    private static final String[] NAMES = {"Jane Roe", "John Doe", "Mary Major", "Richard Miles"};
    private static final String[] TENANTS = {"acme", "globex"};
    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    private SampleContacts() {
    }

    static ContactEvent contact(int index) {
        String name = NAMES[index % NAMES.length];
        String phone = String.format("+1415555%04d", 100 + index % 100);
        String email = name.toLowerCase().replace(' ', '.') + index + "@example.com";
        Instant at = START.plusSeconds(index * 7L);
        String contactId = new UUID(0x5eed_0000_0000_4000L, index).toString();
        return ContactEvent.newBuilder()
                .setEventId(new UUID(0xe7e7_0000_0000_4000L, index).toString())
                .setTenantId(TENANTS[index % TENANTS.length])
                .setEventType(ContactEventType.CONTACT_RECORD)
                .setEventTime(at.plusSeconds(240))
                .setContactId(contactId)
                .setInitialContactId(contactId)
                .setChannel(index % 3 == 0 ? Channel.VOICE : Channel.CHAT)
                .setInitiationMethod("INBOUND")
                .setInstanceArn("arn:aws:connect:eu-west-1:111122223333:instance/0000-demo")
                .setInitiationTimestamp(at)
                .setDisconnectTimestamp(at.plusSeconds(230))
                .setLastUpdateTimestamp(at.plusSeconds(235))
                .setCustomerEndpoint(CustomerEndpoint.newBuilder()
                        .setAddress(phone).setType("TELEPHONE_NUMBER").build())
                .setSystemEndpoint(Endpoint.newBuilder()
                        .setAddress("+18005550199").setType("TELEPHONE_NUMBER").build())
                .setCustomerName(name)
                .setAgent(Agent.newBuilder().setUsername("agent" + index % 7).setNumberOfHolds(index % 2).build())
                .setQueue(Queue.newBuilder().setName(index % 2 == 0 ? "Billing" : "Support").build())
                .setAgentNotes("Verified caller. Card on file 4111 1111 1111 1111, call back on " + phone + ".")
                .setAttributes(Map.of("iban", "GB82WEST12345698765432", "intent", "billing"))
                .setTranscript(List.of(
                        TranscriptSegment.newBuilder().setId("t1").setParticipantRole("CUSTOMER")
                                .setContent("Hi, this is " + name + ", my email is " + email)
                                .setAbsoluteTime(at.plusSeconds(3)).build(),
                        TranscriptSegment.newBuilder().setId("t2").setParticipantRole("AGENT")
                                .setContent("Thanks, I have found your account.")
                                .setAbsoluteTime(at.plusSeconds(8)).build()))
                .build();
    }
}
