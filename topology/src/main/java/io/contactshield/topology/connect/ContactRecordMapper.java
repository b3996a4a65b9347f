package io.contactshield.topology.connect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ContactEventType;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.Endpoint;
import io.contactshield.schemas.Queue;
import io.contactshield.schemas.Recording;
import io.contactshield.schemas.Reference;
import io.contactshield.schemas.RoutingProfile;
import io.contactshield.topology.connect.ContactRecordException.Reason;
import io.contactshield.topology.connect.JsonBlock.FieldProblem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps one Amazon Connect contact record (the JSON object that Connect's Kinesis export writes and
 * a Kinesis-to-Kafka feed delivers as the record value) to a {@link ContactEvent}, following
 * Connect's contact-record data model. Safe for use by several threads.
 *
 * <p>What it accepts, and why:
 * <ul>
 * <li>One JSON object in UTF-8, at most {@value #MAX_RECORD_BYTES} bytes and {@value #MAX_NESTING_DEPTH}
 *     levels deep, with an optional byte order mark and surrounding whitespace. Invalid UTF-8, an
 *     empty or null value, trailing content and duplicate keys are {@code UNMAPPABLE_JSON}: with
 *     duplicates, two readers of the same bytes could see different contacts.
 * <li>Fields Connect adds over time, at any level, are ignored, as Connect asks of its readers.
 *     JSON null is the same as a missing field; a missing block (Agent, Queue, CustomerEndpoint,
 *     Recording, ...) maps to null or empty.
 * <li>Only ContactId is required: a string of 1 to {@value #MAX_CONTACT_ID_CHARS} characters without
 *     whitespace or control characters (Connect's are UUIDs).
 * <li>Timestamps are ISO-8601 date-times with an offset, as Connect writes them, truncated to the
 *     millisecond. Epoch numbers are refused, since they do not say their unit.
 * <li>Durations and counts are whole JSON numbers that fit an int ({@code 12.0} is whole).
 * <li>A string field or a string-map value (Attributes, Tags) that holds a number or a boolean
 *     reads as its JSON text; one that holds an object or an array is {@code UNMAPPABLE_JSON}, as is
 *     any known block of the wrong JSON type, and a string with an unpaired surrogate escape.
 * <li>Recordings wins over the legacy single Recording, which only describes the first of them;
 *     Recording is used when Recordings is absent or empty. References may be an array of
 *     {Name, Type, Value, Status} or, as StartTaskContact takes them, an object keyed by name.
 *     An array reference without a Name gets the empty name the schema needs, keeping its value.
 * <li>Channel VOICE, CHAT, TASK and EMAIL map to the enum as Connect spells them; any other value,
 *     another case included, is UNKNOWN, as the schema asks of readers.
 * <li>Agent.HierarchyGroups Level1..Level5 map to LEVEL1..LEVEL5 and the group's name.
 * <li>Extensions keep a few scalar fields the event has no field for (AgentConnectionAttempts,
 *     AnsweringMachineDetectionStatus, Campaign.CampaignId) and the task's lightly typed
 *     ContactDetails, flattened to {@code ContactDetails.key} (nested {@code .key} and {@code [i]}),
 *     so that detectors scan them.
 * </ul>
 *
 * <p>The event id is derived, never random, so that a redelivered record maps to the same event:
 * a name-based UUID of {@code connect-ctr|ContactId|LastUpdateTimestamp-millis}, or of the SHA-256
 * of the record's bytes when it has no LastUpdateTimestamp. The event time is LastUpdateTimestamp,
 * else DisconnectTimestamp, else InitiationTimestamp, else the epoch.
 *
 * <p>A record that is malformed is {@code UNMAPPABLE_JSON} even when its tenant is also missing or
 * unknown: the shape is checked first, then InstanceARN and AWSAccountId are routed through
 * {@link ConnectTenants}.
 *
 * <p>Failures are {@link ContactRecordException}s whose messages name a field path (map entries by
 * position, since map keys are input) or a line and column, and never a value from the record;
 * the JSON parser's exceptions quote the input, so they are neither the message nor the cause.
 */
public final class ContactRecordMapper {

    /** Connect's contact records are a few KiB; a megabyte is far beyond any real one. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;
    /** Connect's records nest about five levels; this bounds the work of hostile input. */
    public static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_CONTACT_ID_CHARS = 256;

    private static final int MAX_HIERARCHY_LEVEL = 5;
    private static final String EVENT_ID_PREFIX = "connect-ctr|";

    private final ConnectTenants tenants;
    private final ObjectReader reader;

    public ContactRecordMapper(ConnectTenants tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(MAX_RECORD_BYTES)
                        .build())
                // Locations must not carry a snippet of the input.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.reader = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Numbers copied into string fields keep their digits: 1.10 stays 1.10.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build()
                .reader();
    }

    /**
     * Maps one contact record.
     *
     * @param json the Kafka record value: one contact record as UTF-8 JSON
     * @throws ContactRecordException with a reason and a message that never holds a value from the input
     */
    public ContactRecord map(byte[] json) throws ContactRecordException {
        JsonNode root = parse(json);
        String contactId = contactId(root);
        ContactEvent.Builder event;
        try {
            event = mapFields(JsonBlock.root(root));
        } catch (FieldProblem problem) {
            throw new ContactRecordException(Reason.UNMAPPABLE_JSON,
                    "Contact record field " + problem.path + " " + problem.problem, contactId);
        }
        event.setContactId(contactId);

        String instanceArn = event.getInstanceArn();
        String accountId = event.getAwsAccountId();
        if (instanceArn == null && accountId == null) {
            throw new ContactRecordException(Reason.MISSING_TENANT,
                    "Contact record has neither InstanceARN nor AWSAccountId to route it to a tenant", contactId);
        }
        Optional<String> tenant = tenants.tenantOf(instanceArn, accountId);
        if (tenant.isEmpty()) {
            throw new ContactRecordException(Reason.UNKNOWN_TENANT,
                    "Contact record's InstanceARN and AWSAccountId are routed to no tenant", contactId);
        }
        event.setTenantId(tenant.get());

        Instant lastUpdate = event.getLastUpdateTimestamp();
        String dedupeKey = null;
        if (lastUpdate != null) {
            dedupeKey = contactId + "|" + lastUpdate.toEpochMilli();
            event.setEventId(UUID.nameUUIDFromBytes((EVENT_ID_PREFIX + dedupeKey)
                    .getBytes(StandardCharsets.UTF_8)).toString());
        } else {
            event.setEventId(UUID.nameUUIDFromBytes(sha256(json)).toString());
        }
        event.setEventTime(firstNonNull(lastUpdate, event.getDisconnectTimestamp(),
                event.getInitiationTimestamp(), Instant.EPOCH));
        return new ContactRecord(event.build(), dedupeKey);
    }

    private JsonNode parse(byte[] json) throws ContactRecordException {
        if (json == null) {
            throw unmappable("Contact record value is null");
        }
        if (json.length > MAX_RECORD_BYTES) {
            throw unmappable("Contact record is larger than " + MAX_RECORD_BYTES + " bytes");
        }
        int start = json.length >= 3 && json[0] == (byte) 0xEF && json[1] == (byte) 0xBB && json[2] == (byte) 0xBF
                ? 3 : 0;
        String text;
        try {
            // Decoded here, strictly, rather than by the parser: it would pass some ill-formed
            // sequences (encoded surrogates) that the rest of the pipeline cannot hold.
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json, start, json.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unmappable("Contact record is not valid UTF-8");
        }
        if (text.isBlank()) {
            throw unmappable("Contact record is empty");
        }
        JsonNode root;
        try {
            root = reader.readTree(text);
        } catch (JsonProcessingException e) {
            throw unmappable("Contact record " + category(e) + location(e.getLocation()));
        } catch (RuntimeException e) {
            // Not expected of the parser; whatever it is, its message may quote the input.
            throw unmappable("Contact record could not be parsed as JSON");
        }
        if (root == null || !root.isObject()) {
            throw unmappable("Contact record is not a JSON object");
        }
        return root;
    }

    private static String category(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "exceeds a parser limit (nesting deeper than " + MAX_NESTING_DEPTH
                    + " levels, or an over-long number, string or name)";
        }
        if (e instanceof JsonEOFException) {
            return "ends before its JSON value is complete";
        }
        if (e instanceof MismatchedInputException) {
            return "has content after its JSON value";
        }
        // The original message is read, never passed on: it names the key.
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate ")) {
            return "has a duplicate object key";
        }
        return "is not well-formed JSON";
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String contactId(JsonNode root) throws ContactRecordException {
        JsonNode node = root.get("ContactId");
        if (node == null || node.isNull()) {
            throw unmappable("Contact record field ContactId is missing");
        }
        if (!node.isTextual()) {
            throw unmappable("Contact record field ContactId is not a string");
        }
        String id = node.textValue();
        if (!isContactId(id)) {
            throw unmappable("Contact record field ContactId is not 1 to " + MAX_CONTACT_ID_CHARS
                    + " characters without whitespace, control characters or unpaired surrogates");
        }
        return id;
    }

    static boolean isContactId(String id) {
        if (id.isEmpty() || id.length() > MAX_CONTACT_ID_CHARS) {
            return false;
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.SURROGATE) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static ContactEvent.Builder mapFields(JsonBlock ctr) {
        ContactEvent.Builder event = ContactEvent.newBuilder()
                .setEventType(ContactEventType.CONTACT_RECORD)
                .setInitialContactId(ctr.text("InitialContactId"))
                .setPreviousContactId(ctr.text("PreviousContactId"))
                .setNextContactId(ctr.text("NextContactId"))
                .setRelatedContactId(ctr.text("RelatedContactId"))
                .setChannel(channel(ctr.text("Channel")))
                .setInitiationMethod(ctr.text("InitiationMethod"))
                .setInstanceArn(ctr.text("InstanceARN"))
                .setAwsAccountId(ctr.text("AWSAccountId"))
                .setInitiationTimestamp(ctr.timestamp("InitiationTimestamp"))
                .setConnectedToSystemTimestamp(ctr.timestamp("ConnectedToSystemTimestamp"))
                .setDisconnectTimestamp(ctr.timestamp("DisconnectTimestamp"))
                .setLastUpdateTimestamp(ctr.timestamp("LastUpdateTimestamp"))
                .setScheduledTimestamp(ctr.timestamp("ScheduledTimestamp"))
                .setDisconnectReason(ctr.text("DisconnectReason"))
                .setCustomerEndpoint(customerEndpoint(ctr.block("CustomerEndpoint")))
                .setSystemEndpoint(endpoint(ctr.block("SystemEndpoint")))
                .setCustomerId(ctr.text("CustomerId"))
                // Contact records carry no customer name, agent notes or transcript. Set anyway:
                // a default left to build() is read through Avro's class allow-list, which would
                // refuse the schema classes unless the JVM is configured to trust them.
                .setCustomerName(null)
                .setAgentNotes(null)
                .setTranscript(new ArrayList<>())
                .setAgent(agent(ctr.block("Agent")))
                .setQueue(queue(ctr.block("Queue")))
                .setName(ctr.text("Name"))
                .setDescription(ctr.text("Description"))
                .setAttributes(ctr.stringMap("Attributes"))
                .setTags(ctr.stringMap("Tags"))
                .setRecordings(recordings(ctr))
                .setReferences(references(ctr))
                .setExtensions(extensions(ctr));
        return event;
    }

    private static Channel channel(String channel) {
        if (channel == null) {
            return Channel.UNKNOWN;
        }
        return switch (channel) {
            case "VOICE" -> Channel.VOICE;
            case "CHAT" -> Channel.CHAT;
            case "TASK" -> Channel.TASK;
            case "EMAIL" -> Channel.EMAIL;
            default -> Channel.UNKNOWN;
        };
    }

    private static CustomerEndpoint customerEndpoint(JsonBlock block) {
        if (block == null) {
            return null;
        }
        return CustomerEndpoint.newBuilder()
                .setAddress(block.text("Address"))
                .setType(block.text("Type"))
                .setDisplayName(block.text("DisplayName"))
                .build();
    }

    private static Endpoint endpoint(JsonBlock block) {
        if (block == null) {
            return null;
        }
        return Endpoint.newBuilder()
                .setAddress(block.text("Address"))
                .setType(block.text("Type"))
                .setDisplayName(block.text("DisplayName"))
                .build();
    }

    private static Agent agent(JsonBlock block) {
        if (block == null) {
            return null;
        }
        JsonBlock profile = block.block("RoutingProfile");
        return Agent.newBuilder()
                .setArn(block.text("ARN"))
                .setUsername(block.text("Username"))
                .setRoutingProfile(profile == null ? null : RoutingProfile.newBuilder()
                        .setArn(profile.text("ARN"))
                        .setName(profile.text("Name"))
                        .build())
                .setHierarchyGroups(hierarchyGroups(block.block("HierarchyGroups")))
                .setConnectedToAgentTimestamp(block.timestamp("ConnectedToAgentTimestamp"))
                .setAgentInteractionDurationSeconds(block.wholeNumber("AgentInteractionDuration"))
                .setCustomerHoldDurationSeconds(block.wholeNumber("CustomerHoldDuration"))
                .setAfterContactWorkDurationSeconds(block.wholeNumber("AfterContactWorkDuration"))
                .setNumberOfHolds(block.wholeNumber("NumberOfHolds"))
                .setLongestHoldDurationSeconds(block.wholeNumber("LongestHoldDuration"))
                .build();
    }

    private static Map<String, String> hierarchyGroups(JsonBlock block) {
        Map<String, String> groups = new LinkedHashMap<>();
        if (block == null) {
            return groups;
        }
        for (int level = 1; level <= MAX_HIERARCHY_LEVEL; level++) {
            JsonBlock group = block.block("Level" + level);
            String name = group == null ? null : group.text("GroupName");
            if (name != null) {
                groups.put("LEVEL" + level, name);
            }
        }
        return groups;
    }

    private static Queue queue(JsonBlock block) {
        if (block == null) {
            return null;
        }
        return Queue.newBuilder()
                .setArn(block.text("ARN"))
                .setName(block.text("Name"))
                .setEnqueueTimestamp(block.timestamp("EnqueueTimestamp"))
                .setDequeueTimestamp(block.timestamp("DequeueTimestamp"))
                .setDurationSeconds(block.wholeNumber("Duration"))
                .build();
    }

    private static List<Recording> recordings(JsonBlock ctr) {
        List<Recording> recordings = new ArrayList<>();
        for (JsonBlock block : ctr.blocks("Recordings")) {
            recordings.add(recording(block));
        }
        // Mapped even when Recordings wins, so that a malformed one is reported all the same.
        JsonBlock legacyBlock = ctr.block("Recording");
        Recording legacy = legacyBlock == null ? null : recording(legacyBlock);
        if (recordings.isEmpty() && legacy != null) {
            recordings.add(legacy);
        }
        return recordings;
    }

    private static Recording recording(JsonBlock block) {
        return Recording.newBuilder()
                .setLocation(block.text("Location"))
                .setType(block.text("Type"))
                .setStatus(block.text("Status"))
                .setMediaStreamType(block.text("MediaStreamType"))
                .setParticipantType(block.text("ParticipantType"))
                .setStorageType(block.text("StorageType"))
                .setStartTimestamp(block.timestamp("StartTimestamp"))
                .setStopTimestamp(block.timestamp("StopTimestamp"))
                .setDeletionReason(block.text("DeletionReason"))
                .build();
    }

    private static List<Reference> references(JsonBlock ctr) {
        List<Reference> references = new ArrayList<>();
        JsonNode node = ctr.field("References");
        if (node != null && node.isObject()) {
            // StartTaskContact's shape: name -> {Type, Value}.
            JsonBlock byName = ctr.block("References");
            int position = 0;
            for (Map.Entry<String, JsonNode> entry : byName.entries()) {
                JsonNode value = entry.getValue();
                if (!value.isNull()) {
                    JsonBlock block = byName.entryBlock(value, position);
                    if (!value.isObject()) {
                        throw new FieldProblem(block.path(), "is not an object");
                    }
                    String name = JsonBlock.checkedUnicode(entry.getKey(), block.path());
                    references.add(reference(block, name));
                }
                position++;
            }
            return references;
        }
        for (JsonBlock block : ctr.blocks("References")) {
            String name = block.text("Name");
            // The schema requires a name; an unnamed reference still carries a value worth scanning.
            references.add(reference(block, name == null ? "" : name));
        }
        return references;
    }

    private static Reference reference(JsonBlock block, String name) {
        return Reference.newBuilder()
                .setName(name)
                .setType(block.text("Type"))
                .setValue(block.text("Value"))
                .setStatus(block.text("Status"))
                .build();
    }

    private static Map<String, String> extensions(JsonBlock ctr) {
        Map<String, String> extensions = new LinkedHashMap<>();
        putIfPresent(extensions, "AgentConnectionAttempts", ctr.text("AgentConnectionAttempts"));
        putIfPresent(extensions, "AnsweringMachineDetectionStatus", ctr.text("AnsweringMachineDetectionStatus"));
        JsonBlock campaign = ctr.block("Campaign");
        if (campaign != null) {
            putIfPresent(extensions, "Campaign.CampaignId", campaign.text("CampaignId"));
        }
        JsonNode details = ctr.field("ContactDetails");
        if (details != null) {
            if (!details.isObject()) {
                throw new FieldProblem("ContactDetails", "is not an object");
            }
            flatten(details, "ContactDetails", "ContactDetails", extensions);
        }
        return extensions;
    }

    /**
     * Copies every scalar under {@code node} into {@code out}, keyed by its JSON path. The depth is
     * bounded by the parser's nesting limit. {@code problemPath} names entries by position.
     */
    private static void flatten(JsonNode node, String key, String problemPath, Map<String, String> out) {
        if (node.isObject()) {
            int position = 0;
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String entryPath = JsonBlock.entryPath(problemPath, position++);
                String name = JsonBlock.checkedUnicode(entry.getKey(), entryPath);
                flatten(entry.getValue(), key + "." + name, entryPath, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), key + "[" + i + "]", problemPath + "[" + i + "]", out);
            }
        } else if (!node.isNull()) {
            out.put(key, JsonBlock.text(node, problemPath));
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static ContactRecordException unmappable(String message) {
        return new ContactRecordException(Reason.UNMAPPABLE_JSON, message, null);
    }
}
