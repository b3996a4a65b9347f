package io.contactshield.demo;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ContactEventType;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Endpoint;
import io.contactshield.schemas.Queue;
import io.contactshield.schemas.RoutingProfile;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.GeneratedTypeTrust;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Invented contact-centre traffic for the demo, with personal data written the way people write
 * it: e-mail addresses, phone numbers in national and E.164 formats, card numbers with spaces or
 * dashes, IBANs, names after "my name is", postal addresses. Everything is fictional: phone
 * numbers from the ranges reserved for drama (US 555-01xx, UK 020 7946 0xxx and 07700 900xxx),
 * example.* mail domains, the card networks' published test numbers, IBANs with valid check digits
 * for made-up accounts.
 *
 * <p>Of {@code n} generated records about 94% are Avro {@link ContactEvent}s, 5% (at least 4)
 * Amazon Connect contact records as JSON, one of them repeated exactly, and 1% (at least 4)
 * malformed: bytes that are not Avro, an unknown schema id, a truncated event, an event of a
 * tenant nobody configured. Deterministic for a seed. Every personal value it writes into an
 * event is kept in {@link #planted()}, so a test can check none of them comes out in clear.
 */
final class ContactGenerator {

    static final String CONTACTS_TOPIC = "contacts.raw";
    static final String CONNECT_TOPIC = "connect.ctr.raw";
    static final String UNKNOWN_TENANT = "wayne-enterprises";

    /** One record to publish. */
    sealed interface Input permits AvroEvent, TruncatedEvent, RawBytes, ConnectRecord {
        String topic();

        String key();
    }

    /** A contact event, to be published in the Confluent wire format. */
    record AvroEvent(ContactEvent event) implements Input {
        public String topic() {
            return CONTACTS_TOPIC;
        }

        public String key() {
            return event.getContactId();
        }
    }

    /** A contact event whose serialized bytes are cut in half: a body that does not decode. */
    record TruncatedEvent(ContactEvent event) implements Input {
        public String topic() {
            return CONTACTS_TOPIC;
        }

        public String key() {
            return event.getContactId();
        }
    }

    /** Bytes as they are. */
    record RawBytes(String topic, String key, byte[] value, String label) implements Input {
    }

    /** An Amazon Connect contact record, one JSON object. */
    record ConnectRecord(String key, String json) implements Input {
        public String topic() {
            return CONNECT_TOPIC;
        }
    }

    private static final String[] FIRST = {"Jane", "John", "Mary", "Richard", "Priya", "Tomasz", "Aisha", "Carlos",
        "Sven", "Fatima", "Liam", "Sofia", "Ahmed", "Grace", "Elena", "Daniel"};
    private static final String[] LAST = {"Roe", "Doe", "Major", "Miles", "Patel", "Nowak", "Khan", "Garcia",
        "Larsen", "Haddad", "Murphy", "Rossi", "Okafor", "Kowalski", "Petrova", "Brennan"};
    private static final String[] MAIL_DOMAINS = {"example.com", "example.org", "example.net", "mail.example.com"};
    private static final String[] US_AREAS = {"212", "312", "415", "617", "206", "303", "512"};
    private static final String[][] CARDS = {
        {"4111", "1111", "1111", "1111"}, {"5555", "5555", "5555", "4444"}, {"4242", "4242", "4242", "4242"},
        {"6011", "1111", "1111", "1117"}, {"5105", "1051", "0510", "5100"}, {"4012", "8888", "8888", "1881"},
    };
    private static final String[] US_STREETS = {"Evergreen Terrace", "Oak Lane", "Maple Street", "Cedar Avenue",
        "Lakeview Drive", "Hillcrest Road", "Pine Street"};
    private static final String[][] US_CITIES = {{"Springfield", "IL", "627"}, {"Austin", "TX", "787"},
        {"Portland", "OR", "972"}, {"Denver", "CO", "802"}, {"Columbus", "OH", "432"}};
    private static final String[] UK_STREETS = {"Station Road", "Church Lane", "Kings Avenue", "Mill Road",
        "Baker Street", "Victoria Road"};
    private static final String[][] UK_TOWNS = {{"Leeds", "LS"}, {"Manchester", "M"}, {"Bristol", "BS"},
        {"London", "NW"}, {"Sheffield", "S"}};
    private static final String[] QUEUES = {"Billing", "Support", "Cards", "Retention", "Sales"};
    private static final String[] AGENTS = {"asmith", "bkumar", "cjones", "dlopez", "ewilson", "fnguyen"};
    private static final Instant START = Instant.parse("2026-03-02T08:30:00Z");

    static {
        // Avro 1.12 builds only trusted classes; the generated schema classes are ours.
        GeneratedTypeTrust.install();
    }

    private final List<DemoTenant> tenants;
    private final Random random;
    private final Set<String> planted = new LinkedHashSet<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private Instant clock = START;

    ContactGenerator(List<DemoTenant> tenants, long seed) {
        if (tenants.isEmpty()) {
            throw new IllegalArgumentException("at least one tenant");
        }
        this.tenants = List.copyOf(tenants);
        this.random = new Random(seed);
    }

    /** How many of {@code n} records are Connect contact records (the exact repeat included). */
    static int connectCount(int n) {
        return Math.max(4, n / 20);
    }

    /** How many of {@code n} records are malformed. */
    static int malformedCount(int n) {
        return Math.max(4, n / 100);
    }

    /** The smallest {@code n} that leaves room for at least one Avro contact event. */
    static final int MIN_EVENTS = 9;

    /**
     * {@code n} records in a shuffled order, as several producers would interleave them.
     *
     * @throws IllegalArgumentException if {@code n} is below {@link #MIN_EVENTS}
     */
    List<Input> generate(int n) {
        if (n < MIN_EVENTS) {
            throw new IllegalArgumentException("--events must be at least " + MIN_EVENTS + ", not " + n);
        }
        int connect = connectCount(n);
        int malformed = malformedCount(n);
        int avro = n - connect - malformed;
        List<Input> inputs = new ArrayList<>(n);
        for (int i = 0; i < avro; i++) {
            inputs.add(new AvroEvent(contactEvent(tenants.get(i % tenants.size()))));
        }
        String repeated = null;
        for (int i = 0; i < connect - 1; i++) {
            ConnectRecord record = connectRecord(tenants.get(i % tenants.size()));
            inputs.add(record);
            if (repeated == null) {
                repeated = record.json();
                // A Kinesis-to-Kafka feed redelivers: the exact same record, same key, same bytes.
                inputs.add(new ConnectRecord(record.key(), repeated));
            }
        }
        for (int i = 0; i < malformed; i++) {
            inputs.add(malformed(i));
        }
        // Keep the repeat after its original, so the original is the one that is delivered.
        List<Input> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, random);
        return repeatAfterOriginal(shuffled);
    }

    /** Every personal value written into the generated records, as written. */
    Set<String> planted() {
        return Collections.unmodifiableSet(planted);
    }

    private static List<Input> repeatAfterOriginal(List<Input> inputs) {
        int first = -1;
        int second = -1;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) instanceof ConnectRecord record) {
                Integer before = seen.putIfAbsent(record.json(), i);
                if (before != null) {
                    first = before;
                    second = i;
                }
            }
        }
        if (first >= 0 && second >= 0) {
            Input moved = inputs.remove(first);
            inputs.add(second, moved);
        }
        return inputs;
    }

    // ---- people ---------------------------------------------------------------------------

    private record Person(String first, String last, String email, Phone phone, String card, String iban,
            String address) {
        String name() {
            return first + " " + last;
        }
    }

    /** One phone number: as the endpoint holds it (E.164), as people say it, and as agents type it. */
    private record Phone(String e164, String national, String spaced) {
    }

    private Person person() {
        String first = pick(FIRST);
        String last = pick(LAST);
        String email = (random.nextBoolean() ? first + "." + last : first.charAt(0) + last) + (10 + random.nextInt(90))
                + "@" + pick(MAIL_DOMAINS);
        email = email.toLowerCase(Locale.ROOT);
        return new Person(first, last, email, phone(), card(), iban(), address());
    }

    private Phone phone() {
        int line = random.nextInt(100);
        switch (random.nextInt(3)) {
            case 0 -> {
                String area = pick(US_AREAS);
                String last4 = String.format("01%02d", line);
                return new Phone("+1" + area + "555" + last4,
                        random.nextBoolean() ? "(" + area + ") 555-" + last4 : area + "-555-" + last4,
                        "+1 " + area + " 555 " + last4);
            }
            case 1 -> {
                String tail = String.format("0%03d", random.nextInt(1000));
                return new Phone("+44207946" + tail, "020 7946 " + tail, "+44 20 7946 " + tail);
            }
            default -> {
                String tail = String.format("%03d", random.nextInt(1000));
                return new Phone("+447700900" + tail, "07700 900" + tail, "+44 7700 900" + tail);
            }
        }
    }

    private String card() {
        String[] groups = CARDS[random.nextInt(CARDS.length)];
        return switch (random.nextInt(3)) {
            case 0 -> String.join(" ", groups);
            case 1 -> String.join("-", groups);
            default -> String.join("", groups);
        };
    }

    private String iban() {
        String country;
        String bban;
        if (random.nextBoolean()) {
            country = "GB";
            bban = pick(new String[] {"WEST", "NWBK", "BARC", "MIDL"}) + digits(6) + digits(8);
        } else {
            country = "DE";
            bban = digits(8) + digits(10);
        }
        String iban = country + checkDigits(country, bban) + bban;
        if (random.nextBoolean()) {
            return iban;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
        }
        return grouped.toString();
    }

    // ISO 13616: move the country and "00" to the end, letters to numbers, 98 minus mod 97.
    static String checkDigits(String country, String bban) {
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            numeric.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : Character.toString(c));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", check);
    }

    private String address() {
        if (random.nextBoolean()) {
            String[] city = US_CITIES[random.nextInt(US_CITIES.length)];
            return (10 + random.nextInt(9000)) + " " + pick(US_STREETS) + ", " + city[0] + ", " + city[1] + " "
                    + city[2] + String.format("%02d", random.nextInt(100));
        }
        String[] town = UK_TOWNS[random.nextInt(UK_TOWNS.length)];
        return (1 + random.nextInt(200)) + " " + pick(UK_STREETS) + ", " + town[0] + " " + town[1]
                + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    private String plant(String value) {
        planted.add(value);
        return value;
    }

    // ---- Avro contact events -------------------------------------------------------------------

    private ContactEvent contactEvent(DemoTenant tenant) {
        Person p = person();
        Channel channel = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> Channel.VOICE;
            case 4, 5, 6 -> Channel.CHAT;
            case 7, 8 -> Channel.TASK;
            default -> Channel.EMAIL;
        };
        Instant initiated = tick();
        Instant connected = initiated.plusSeconds(20 + random.nextInt(120));
        Instant disconnected = connected.plusSeconds(60 + random.nextInt(600));
        String contactId = uuid();
        String agentUser = pick(AGENTS);
        String queueName = pick(QUEUES);

        ContactEvent.Builder event = ContactEvent.newBuilder()
                .setEventId(uuid())
                .setTenantId(tenant.id())
                .setEventType(channel == Channel.VOICE ? ContactEventType.TRANSCRIPT
                        : channel == Channel.CHAT ? ContactEventType.CHAT_MESSAGE : ContactEventType.CONTACT_RECORD)
                .setEventTime(disconnected.plusSeconds(5))
                .setContactId(contactId)
                .setInitialContactId(contactId)
                .setChannel(channel)
                .setInitiationMethod(channel == Channel.TASK ? "API" : "INBOUND")
                .setInstanceArn(tenant.instanceArn())
                .setAwsAccountId(tenant.awsAccountId())
                .setInitiationTimestamp(initiated)
                .setConnectedToSystemTimestamp(initiated.plusMillis(400))
                .setDisconnectTimestamp(disconnected)
                .setLastUpdateTimestamp(disconnected.plusSeconds(2))
                .setDisconnectReason(random.nextBoolean() ? "CUSTOMER_DISCONNECT" : "AGENT_DISCONNECT")
                .setCustomerId(plant("CUST-" + (100000 + random.nextInt(900000))))
                .setAgent(Agent.newBuilder()
                        .setArn(tenant.arn("agent", uuid()))
                        .setUsername(agentUser)
                        .setRoutingProfile(RoutingProfile.newBuilder()
                                .setArn(tenant.arn("routing-profile", uuid())).setName(queueName + " Agents").build())
                        .setConnectedToAgentTimestamp(connected)
                        .setAgentInteractionDurationSeconds((int) (disconnected.getEpochSecond() - connected.getEpochSecond()))
                        .setNumberOfHolds(random.nextInt(3))
                        .build())
                .setQueue(Queue.newBuilder()
                        .setArn(tenant.arn("queue", uuid()))
                        .setName(queueName)
                        .setEnqueueTimestamp(initiated.plusSeconds(2))
                        .setDequeueTimestamp(connected)
                        .setDurationSeconds((int) (connected.getEpochSecond() - initiated.getEpochSecond()))
                        .build());

        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("intent", pick(new String[] {"billing", "card_lost", "address_change", "refund", "complaint"}));
        attributes.put("language", "en-GB");
        switch (channel) {
            case VOICE -> {
                event.setCustomerEndpoint(CustomerEndpoint.newBuilder()
                        .setAddress(plant(p.phone().e164())).setType("TELEPHONE_NUMBER").build());
                event.setSystemEndpoint(Endpoint.newBuilder().setAddress("+18005550100").setType("TELEPHONE_NUMBER").build());
                event.setCustomerName(plant(p.name()));
                attributes.put("callbackNumber", plant(p.phone().national()));
                event.setTranscript(voiceTranscript(p, initiated));
                event.setAgentNotes("Caller verified (DOB + postcode). Wants refund to " + plant(p.iban())
                        + ". Call back on " + plant(p.phone().spaced()) + " after 5pm.");
            }
            case CHAT -> {
                event.setCustomerEndpoint(CustomerEndpoint.newBuilder()
                        .setAddress(plant(p.email())).setType("EMAIL_ADDRESS")
                        .setDisplayName(plant(p.name())).build());
                event.setTranscript(chatTranscript(p, initiated));
                event.setAgentNotes("Chat: customer " + plant(p.email()) + " updated address to "
                        + plant(p.address()) + ". Sent confirmation.");
                attributes.put("customerNote", "pls call " + plant(p.phone().national()) + " if the chat drops");
            }
            case TASK -> {
                // A bare name with no cue ("Refund request for Jane Major") is not always found: the
                // person-name detector needs a cue such as "my name is" or "Name:" for names it cannot place.
                event.setName("Refund request - duplicate card charge");
                event.setDescription("Web form. Name: " + plant(p.name()) + ", email " + plant(p.email()) + ". Says card "
                        + plant(p.card()) + " was charged twice. Refund to IBAN " + plant(p.iban()) + ".");
                event.setAgentNotes("Checked with the card team; phone " + plant(p.phone().spaced()) + " on file.");
            }
            case EMAIL -> {
                event.setCustomerEndpoint(CustomerEndpoint.newBuilder()
                        .setAddress(plant(p.email())).setType("EMAIL_ADDRESS").build());
                event.setName("Re: change of address");
                event.setDescription("Hello, my name is " + plant(p.name()) + ". I have moved to " + plant(p.address())
                        + ", please update my account. You can reach me on " + plant(p.phone().national()) + ".");
                event.setAgentNotes("Address updated; confirmation sent to " + plant(p.email()) + ".");
            }
            default -> throw new IllegalStateException(channel.name());
        }
        event.setAttributes(attributes);
        event.setTags(Map.of("AWS:Connect:Channel", channel.name()));
        return event.build();
    }

    private List<TranscriptSegment> voiceTranscript(Person p, Instant at) {
        List<String[]> turns = new ArrayList<>();
        turns.add(new String[] {"AGENT", "Thank you for calling, how can I help you today?"});
        turns.add(new String[] {"CUSTOMER", "Hi, my name is " + plant(p.name()) + " and there's a payment on my card I don't recognise."});
        turns.add(new String[] {"AGENT", "I'm sorry to hear that. Can you read me the card number please?"});
        turns.add(new String[] {"CUSTOMER", "Yes, it's " + plant(p.card()) + "."});
        turns.add(new String[] {"AGENT", "Thanks. And the best number to reach you?"});
        turns.add(new String[] {"CUSTOMER", "My mobile, " + plant(p.phone().national()) + ", or email me at " + plant(p.email()) + "."});
        turns.add(new String[] {"AGENT", "I've blocked the card and a new one goes to the address we hold."});
        return segments(turns, at, "Customer");
    }

    private List<TranscriptSegment> chatTranscript(Person p, Instant at) {
        List<String[]> turns = new ArrayList<>();
        turns.add(new String[] {"SYSTEM", "Customer has joined the chat."});
        turns.add(new String[] {"CUSTOMER", "hello, my name is " + plant(p.name()) + ", I moved house"});
        turns.add(new String[] {"AGENT", "Welcome! What is the new address?"});
        turns.add(new String[] {"CUSTOMER", plant(p.address())});
        turns.add(new String[] {"AGENT", "Done. Can I confirm your email?"});
        turns.add(new String[] {"CUSTOMER", "its " + plant(p.email()) + " and my number is " + plant(p.phone().spaced())});
        turns.add(new String[] {"CUSTOMER", "also please refund the fee to " + plant(p.iban())});
        return segments(turns, at, "Customer");
    }

    private List<TranscriptSegment> segments(List<String[]> turns, Instant at, String customerName) {
        List<TranscriptSegment> segments = new ArrayList<>();
        long offset = 0;
        for (int i = 0; i < turns.size(); i++) {
            String role = turns.get(i)[0];
            long length = 1500 + random.nextInt(4000);
            segments.add(TranscriptSegment.newBuilder()
                    .setId("seg-" + (i + 1))
                    .setParticipantRole(role)
                    .setDisplayName(role.equals("CUSTOMER") ? customerName : role.equals("AGENT") ? "Agent" : null)
                    .setContentType("text/plain")
                    .setContent(turns.get(i)[1])
                    .setAbsoluteTime(at.plusMillis(offset))
                    .setBeginOffsetMillis(offset)
                    .setEndOffsetMillis(offset + length)
                    .setSentiment(role.equals("CUSTOMER") ? pick(new String[] {"NEUTRAL", "NEGATIVE", "POSITIVE"}) : null)
                    .build());
            offset += length + 300;
        }
        return segments;
    }

    // ---- Amazon Connect contact records ---------------------------------------------------------

    private ConnectRecord connectRecord(DemoTenant tenant) {
        Person p = person();
        Instant initiated = tick();
        Instant enqueued = initiated.plusSeconds(8);
        Instant connected = enqueued.plusSeconds(15 + random.nextInt(90));
        Instant disconnected = connected.plusSeconds(90 + random.nextInt(500));
        String contactId = uuid();
        String agentUser = pick(AGENTS);
        String queueName = pick(QUEUES);
        ObjectNode root = json.createObjectNode();
        root.put("AWSAccountId", tenant.awsAccountId());
        root.put("AWSContactTraceRecordFormatVersion", "2017-03-10");
        ObjectNode agent = root.putObject("Agent");
        agent.put("ARN", tenant.arn("agent", uuid()));
        agent.put("AfterContactWorkDuration", 10 + random.nextInt(60));
        agent.put("AgentInteractionDuration", disconnected.getEpochSecond() - connected.getEpochSecond());
        agent.put("ConnectedToAgentTimestamp", iso(connected));
        agent.put("CustomerHoldDuration", 0);
        agent.putNull("HierarchyGroups");
        agent.put("LongestHoldDuration", 0);
        agent.put("NumberOfHolds", 0);
        ObjectNode profile = agent.putObject("RoutingProfile");
        profile.put("ARN", tenant.arn("routing-profile", uuid()));
        profile.put("Name", queueName + " Agents");
        agent.put("Username", agentUser);
        root.put("AgentConnectionAttempts", 1);
        ObjectNode attributes = root.putObject("Attributes");
        // A bare name in an attribute ("customerName": "Jane Roe") is not always found: the person-name
        // detector needs a cue for names it cannot place, so the flow's note carries one.
        attributes.put("callbackNumber", plant(p.phone().national()));
        attributes.put("verificationNote", "Caller said my name is " + plant(p.name()) + ", read card "
                + plant(p.card()) + " and email " + plant(p.email()));
        attributes.put("intent", "card_dispute");
        root.put("Channel", "VOICE");
        root.put("ConnectedToSystemTimestamp", iso(initiated.plusMillis(350)));
        root.put("ContactId", contactId);
        ObjectNode customer = root.putObject("CustomerEndpoint");
        customer.put("Address", plant(p.phone().e164()));
        customer.put("Type", "TELEPHONE_NUMBER");
        root.put("DisconnectReason", "CUSTOMER_DISCONNECT");
        root.put("DisconnectTimestamp", iso(disconnected));
        root.put("InitialContactId", contactId);
        root.put("InitiationMethod", "INBOUND");
        root.put("InitiationTimestamp", iso(initiated));
        root.put("InstanceARN", tenant.instanceArn());
        root.put("LastUpdateTimestamp", iso(disconnected.plusSeconds(3)));
        ArrayNode streams = root.putArray("MediaStreams");
        streams.addObject().put("Type", "AUDIO");
        root.putNull("NextContactId");
        root.putNull("PreviousContactId");
        ObjectNode queue = root.putObject("Queue");
        queue.put("ARN", tenant.arn("queue", uuid()));
        queue.put("DequeueTimestamp", iso(connected));
        queue.put("Duration", connected.getEpochSecond() - enqueued.getEpochSecond());
        queue.put("EnqueueTimestamp", iso(enqueued));
        queue.put("Name", queueName);
        String location = "connect-" + tenant.awsAccountId() + "/connect/" + tenant.id() + "/CallRecordings/"
                + iso(initiated).substring(0, 10).replace('-', '/') + "/" + contactId + ".wav";
        ObjectNode recording = root.putObject("Recording");
        recording.put("DeletionReason", (String) null);
        recording.put("Location", location);
        recording.put("Status", "AVAILABLE");
        recording.put("Type", "AUDIO");
        ObjectNode recordingEntry = root.putArray("Recordings").addObject();
        recordingEntry.putNull("DeletionReason");
        recordingEntry.put("Location", location);
        recordingEntry.put("MediaStreamType", "AUDIO");
        recordingEntry.put("ParticipantType", "ALL");
        recordingEntry.put("StartTimestamp", iso(connected));
        recordingEntry.put("Status", "AVAILABLE");
        recordingEntry.put("StopTimestamp", iso(disconnected));
        recordingEntry.put("StorageType", "S3");
        root.putArray("References");
        ObjectNode system = root.putObject("SystemEndpoint");
        system.put("Address", "+18005550100");
        system.put("Type", "TELEPHONE_NUMBER");
        root.putObject("Tags").put("aws:connect:instanceId", tenant.instanceId());
        root.putNull("TransferCompletedTimestamp");
        root.putNull("TransferredToEndpoint");
        return new ConnectRecord(contactId, root.toString());
    }

    // ---- malformed records -----------------------------------------------------------------------

    private Input malformed(int i) {
        return switch (i % 4) {
            case 0 -> {
                byte[] garbage = new byte[40 + random.nextInt(80)];
                random.nextBytes(garbage);
                garbage[0] = (byte) (1 + random.nextInt(120)); // not the wire format's magic byte 0
                yield new RawBytes(CONTACTS_TOPIC, uuid(), garbage, "garbage bytes");
            }
            case 1 -> {
                byte[] unknownSchema = new byte[30];
                random.nextBytes(unknownSchema);
                unknownSchema[0] = 0;
                unknownSchema[1] = 0x7f;  // schema id 0x7fxxxxxx: never registered
                yield new RawBytes(CONTACTS_TOPIC, uuid(), unknownSchema, "unknown schema id");
            }
            case 2 -> new TruncatedEvent(contactEvent(tenants.get(0)));
            default -> {
                ContactEvent event = contactEvent(tenants.get(0));
                event.setTenantId(UNKNOWN_TENANT);
                yield new AvroEvent(event);
            }
        };
    }

    static byte[] truncate(byte[] serialized) {
        byte[] cut = new byte[Math.max(6, serialized.length / 2)];
        System.arraycopy(serialized, 0, cut, 0, Math.min(cut.length, serialized.length));
        return cut;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Instant tick() {
        clock = clock.plusMillis(500 + random.nextInt(20_000));
        return clock;
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
