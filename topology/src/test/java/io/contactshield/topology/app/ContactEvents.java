package io.contactshield.topology.app;

import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ContactEventType;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Queue;
import io.contactshield.schemas.Reference;
import io.contactshield.schemas.TranscriptSegment;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contact events with personal data where contact centres put it. */
final class ContactEvents {

    private static final String[] FIRST = {"Samuel", "Priya", "Oliver", "Amelia", "Mohammed", "Grace", "Daniel", "Chloe"};
    private static final String[] LAST = {"Okafor", "Sharma", "Bennett", "Kowalski", "Hughes", "Nakamura", "Reyes", "Fischer"};
    private static final String[] CARDS = {"4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881"};
    private static final Instant BASE = Instant.parse("2026-11-29T09:00:00Z");

    private ContactEvents() {
    }

    static String eventId(int i) {
        return "evt-" + i;
    }

    static String contactId(int i) {
        return "contact-" + (i / 2);
    }

    /** Event {@code i}: two events per contact, varied personal data. */
    static ContactEvent contact(int i, String tenant) {
        String first = FIRST[i % FIRST.length];
        String last = LAST[(i / FIRST.length) % LAST.length];
        String phone = "+44 7700 900" + String.format("%03d", i % 1000);
        String email = first.toLowerCase() + "." + last.toLowerCase() + (i % 97) + "@example.org";
        String card = CARDS[i % CARDS.length];
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("callbackNumber", phone);
        attributes.put("queue", i % 3 == 0 ? "billing" : "support");
        attributes.put("language", "en-GB");
        if (i % 5 == 0) {
            attributes.put("customerEmail", email);
        }
        return ContactEvent.newBuilder()
                .setEventId(eventId(i))
                .setTenantId(tenant)
                .setEventType(i % 2 == 0 ? ContactEventType.CONTACT_RECORD : ContactEventType.TRANSCRIPT)
                .setEventTime(BASE.plusMillis(i * 250L))
                .setContactId(contactId(i))
                .setChannel(i % 4 == 0 ? Channel.CHAT : Channel.VOICE)
                .setInitiationMethod("INBOUND")
                .setCustomerEndpoint(new CustomerEndpoint(phone, "TELEPHONE_NUMBER", first + " " + last))
                .setCustomerName(first + " " + last)
                .setAgent(Agent.newBuilder().setUsername("agent" + (i % 40)).build())
                .setQueue(Queue.newBuilder().setName(i % 3 == 0 ? "billing" : "support").build())
                .setAgentNotes(i % 3 == 0
                        ? "Caller read card " + card + ", wants the receipt sent to " + email
                        : "Customer asked to update address; call back on " + phone)
                .setAttributes(attributes)
                .setTranscript(List.of(
                        TranscriptSegment.newBuilder().setParticipantRole("AGENT")
                                .setContent("Thank you for calling, how can I help?").build(),
                        TranscriptSegment.newBuilder().setParticipantRole("CUSTOMER")
                                .setContent("Hi, my email is " + email + " and my number is " + phone).build()))
                .setReferences(i % 7 == 0
                        ? List.of(Reference.newBuilder().setName("ticket").setType("STRING")
                                .setValue("ticket for " + email).build())
                        : List.of())
                .build();
    }

    /** Bytes that are not Confluent wire format (they hold a card number, as garbage often does). */
    static byte[] garbage(int i) {
        return ("{\"contact\":" + i + ",\"card\":\"" + CARDS[i % CARDS.length] + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
