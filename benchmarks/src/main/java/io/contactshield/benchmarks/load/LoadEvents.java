package io.contactshield.benchmarks.load;

import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ContactEventType;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Endpoint;
import io.contactshield.schemas.Queue;
import io.contactshield.schemas.TranscriptSegment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Invented contact events of a fixed serialized size, with the personal data a contact centre's
 * records carry, in the fields and the free text where it turns up: the customer's number and
 * name, a card number, an e-mail address, an IBAN, a postal address and a US SSN in agent notes,
 * attributes and transcript turns, between ordinary sentences. Phone numbers are from the
 * fictional 555-01xx ranges, addresses at example.com, card numbers the networks' test numbers.
 *
 * <p>Event {@code i} is the same in every run (its own seed); tenants go round in turn. Used by
 * {@link LoadRun} and by {@code ProtectionBenchmark}.
 */
public final class LoadEvents {

    private static final String[] FIRST = {"Jane", "John", "Mary", "Richard", "Priya", "Ahmed", "Olga", "Kenji",
        "Fatima", "Lucas", "Sofia", "Daniel", "Amara", "Chen", "Grace", "Mateo"};
    private static final String[] LAST = {"Roe", "Doe", "Major", "Miles", "Sharma", "Hassan", "Ivanova", "Tanaka",
        "Okafor", "Silva", "Rossi", "Murphy", "Nwosu", "Wei", "Kelly", "Garcia"};
    private static final String[] CARDS = {"4111 1111 1111 1111", "5555 5555 5555 4444", "4012888888881881",
        "3782 822463 10005"};
    private static final String[] IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606"};
    private static final String[] STREETS = {"Baker Street", "High Street", "Elm Avenue", "Mill Lane", "Church Road"};
    private static final String[] CITIES = {"London NW1 6XE", "Springfield, IL 62704", "Leeds LS1 4DY", "Austin, TX 78701"};
    private static final String[] FILLER = {
        "I was charged twice for the October invoice and I would like one of the payments refunded.",
        "Let me pull up the account, it will take a moment while the system loads.",
        "The parcel was meant to arrive on Tuesday but the tracking page has not changed since last week.",
        "I can see the order here, it was dispatched from the warehouse on the third.",
        "Could you also tell me when my contract renews? I think it is sometime next spring.",
        "Thank you for holding, I have spoken to my supervisor and we can waive the late fee this time.",
        "Is there anything else I can help you with today?",
        "No, that was everything, thanks for sorting it out so quickly.",
    };
    private static final Instant START = Instant.parse("2026-11-01T09:00:00Z");

    private final List<String> tenants;
    private final int targetBytes;
    private final Function<ContactEvent, byte[]> serializer;

    /**
     * @param serializer how the events are written (the Avro serializer of the input topic); its
     *     output is what {@code targetBytes} is measured on
     */
    public LoadEvents(List<String> tenants, int targetBytes, Function<ContactEvent, byte[]> serializer) {
        this.tenants = List.copyOf(tenants);
        this.targetBytes = targetBytes;
        this.serializer = serializer;
    }

    /** Event {@code index}, serialized, padded with ordinary talk to {@code targetBytes} (within a few bytes). */
    public Serialized serialized(long index) {
        ContactEvent event = event(index);
        byte[] bytes = serializer.apply(event);
        for (int round = 0; round < 3 && bytes.length != targetBytes; round++) {
            int missing = targetBytes - bytes.length;
            String padding = event.getTranscript().get(event.getTranscript().size() - 1).getContent().toString();
            int base = padding.length();
            if (missing > 0) {
                padding = padding + filler(index, missing);
            } else {
                padding = padding.substring(0, Math.max(0, base + missing));
            }
            event.getTranscript().get(event.getTranscript().size() - 1).setContent(padding);
            bytes = serializer.apply(event);
        }
        return new Serialized(event.getContactId().toString(), bytes);
    }

    /** A serialized event and its record key (the contact id). */
    public record Serialized(String key, byte[] value) {
    }

    private ContactEvent event(long index) {
        SplittableRandom random = new SplittableRandom(0x10adL * 1_000_003L + index);
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String name = first + " " + last;
        String phone = String.format("+1415555%04d", 100 + random.nextInt(100));
        String spokenPhone = String.format("(212) 555-%04d", 100 + random.nextInt(100));
        String email = (first + "." + last).toLowerCase(Locale.ROOT) + random.nextInt(1000) + "@example.com";
        String card = CARDS[random.nextInt(CARDS.length)];
        String iban = IBANS[random.nextInt(IBANS.length)];
        String address = (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)] + ", "
                + CITIES[random.nextInt(CITIES.length)];
        String ssn = String.format("%03d-%02d-%04d", 100 + random.nextInt(500), 10 + random.nextInt(80),
                1000 + random.nextInt(9000));
        Instant at = START.plusSeconds(index * 3);
        String contactId = new UUID(0x5eed_0000_0000_4000L, index).toString();
        List<TranscriptSegment> transcript = new ArrayList<>();
        transcript.add(segment("t1", "CUSTOMER", "Hi, this is " + name + ".", at.plusSeconds(5)));
        transcript.add(segment("t2", "AGENT", "Can I take the card number and your date of birth please?", at.plusSeconds(11)));
        transcript.add(segment("t3", "CUSTOMER", "Sure, it is " + card + " and you can reach me on " + spokenPhone
                + " or at " + email + ".", at.plusSeconds(20)));
        transcript.add(segment("t4", "AGENT", FILLER[1], at.plusSeconds(41)));
        transcript.add(segment("t5", "CUSTOMER", "Send the letter to " + address + ", thanks.", at.plusSeconds(60)));
        return ContactEvent.newBuilder()
                .setEventId(new UUID(0xe7e7_0000_0000_4000L, index).toString())
                .setTenantId(tenants.get((int) (index % tenants.size())))
                .setEventType(ContactEventType.CONTACT_RECORD)
                .setEventTime(at.plusSeconds(240))
                .setContactId(contactId)
                .setInitialContactId(contactId)
                .setChannel(index % 3 == 0 ? Channel.VOICE : Channel.CHAT)
                .setInitiationMethod("INBOUND")
                .setInstanceArn("arn:aws:connect:eu-west-2:111122223333:instance/0000-load")
                .setInitiationTimestamp(at)
                .setDisconnectTimestamp(at.plusSeconds(230))
                .setLastUpdateTimestamp(at.plusSeconds(235))
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress(phone).setType("TELEPHONE_NUMBER").build())
                .setSystemEndpoint(Endpoint.newBuilder().setAddress("+18005550199").setType("TELEPHONE_NUMBER").build())
                .setCustomerName(name)
                .setAgent(Agent.newBuilder().setUsername("agent" + index % 17).setNumberOfHolds((int) (index % 2)).build())
                .setQueue(Queue.newBuilder().setName(index % 2 == 0 ? "Billing" : "Support").build())
                .setAgentNotes("Verified caller with SSN " + ssn + ". Refund to IBAN " + iban + ", call back on " + phone + ".")
                .setAttributes(Map.of("intent", "billing", "callbackEmail", email))
                .setTranscript(transcript)
                .build();
    }

    private static TranscriptSegment segment(String id, String role, String content, Instant time) {
        return TranscriptSegment.newBuilder().setId(id).setParticipantRole(role).setContent(content)
                .setAbsoluteTime(time).build();
    }

    private static String filler(long index, int length) {
        StringBuilder text = new StringBuilder(length + 100);
        int i = (int) (index % FILLER.length);
        while (text.length() < length) {
            text.append(' ').append(FILLER[i++ % FILLER.length]);
        }
        return text.substring(0, length);
    }
}
