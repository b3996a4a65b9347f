package io.contactshield.topology.connect;

import static io.contactshield.topology.connect.CtrFixtures.at;
import static io.contactshield.topology.connect.CtrFixtures.bytes;
import static io.contactshield.topology.connect.CtrFixtures.chat;
import static io.contactshield.topology.connect.CtrFixtures.minimal;
import static io.contactshield.topology.connect.CtrFixtures.utf8;
import static io.contactshield.topology.connect.CtrFixtures.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.ContactEventType;
import io.contactshield.schemas.Recording;
import io.contactshield.schemas.Reference;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactRecordMapperTest {

    private final ContactRecordMapper mapper = CtrFixtures.mapper();

    private ContactEvent map(JsonNode ctr) throws ContactRecordException {
        return mapper.map(bytes(ctr)).event();
    }

    /** The event with its id blanked; generated records are mutable, and a builder copy would need Avro's allow-list. */
    private static ContactEvent withoutEventId(ContactEvent event) {
        event.setEventId("-");
        return event;
    }

    @Test
    void voiceContactRecordMapsEveryKnownField() throws Exception {
        ContactRecord record = mapper.map(bytes(voice()));
        ContactEvent event = record.event();

        assertThat(event.getTenantId()).isEqualTo(CtrFixtures.VOICE_TENANT);
        assertThat(event.getEventType()).isEqualTo(ContactEventType.CONTACT_RECORD);
        assertThat(event.getContactId()).isEqualTo("3b6f2c4e-8a1d-4c5b-9e7f-0a2b4c6d8e0f");
        assertThat(event.getInitialContactId()).isNull();
        assertThat(event.getPreviousContactId()).isNull();
        assertThat(event.getNextContactId()).isNull();
        assertThat(event.getRelatedContactId()).isNull();
        assertThat(event.getChannel()).isEqualTo(Channel.VOICE);
        assertThat(event.getInitiationMethod()).isEqualTo("INBOUND");
        assertThat(event.getInstanceArn()).isEqualTo(CtrFixtures.VOICE_INSTANCE);
        assertThat(event.getAwsAccountId()).isEqualTo("123456789012");
        assertThat(event.getInitiationTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:07:32Z"));
        assertThat(event.getConnectedToSystemTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:07:33Z"));
        assertThat(event.getDisconnectTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:09:52Z"));
        assertThat(event.getLastUpdateTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:10:46Z"));
        assertThat(event.getScheduledTimestamp()).isNull();
        assertThat(event.getEventTime()).isEqualTo(Instant.parse("2019-08-22T00:10:46Z"));
        assertThat(event.getDisconnectReason()).isEqualTo("CUSTOMER_DISCONNECT");

        assertThat(event.getCustomerEndpoint().getAddress()).isEqualTo("+12065550123");
        assertThat(event.getCustomerEndpoint().getType()).isEqualTo("TELEPHONE_NUMBER");
        assertThat(event.getCustomerEndpoint().getDisplayName()).isNull();
        assertThat(event.getSystemEndpoint().getAddress()).isEqualTo("+18005550199");
        assertThat(event.getSystemEndpoint().getType()).isEqualTo("TELEPHONE_NUMBER");
        assertThat(event.getCustomerId()).isEqualTo("cp-7d9a6e5f4c3b2a10");
        assertThat(event.getCustomerName()).isNull();

        Agent agent = event.getAgent();
        assertThat(agent.getArn()).endsWith("/agent/5c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f");
        assertThat(agent.getUsername()).isEqualTo("jdoe");
        assertThat(agent.getRoutingProfile().getName()).isEqualTo("Basic Routing Profile");
        assertThat(agent.getRoutingProfile().getArn()).contains("/routing-profile/");
        assertThat(agent.getHierarchyGroups()).containsExactly(
                entry("LEVEL1", "EMEA"), entry("LEVEL2", "Dublin"), entry("LEVEL3", "Billing"));
        assertThat(agent.getConnectedToAgentTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:07:53Z"));
        assertThat(agent.getAgentInteractionDurationSeconds()).isEqualTo(108);
        assertThat(agent.getCustomerHoldDurationSeconds()).isEqualTo(12);
        assertThat(agent.getAfterContactWorkDurationSeconds()).isEqualTo(41);
        assertThat(agent.getNumberOfHolds()).isEqualTo(1);
        assertThat(agent.getLongestHoldDurationSeconds()).isEqualTo(12);

        assertThat(event.getQueue().getName()).isEqualTo("BasicQueue");
        assertThat(event.getQueue().getArn()).contains("/queue/");
        assertThat(event.getQueue().getEnqueueTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:07:36Z"));
        assertThat(event.getQueue().getDequeueTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:07:53Z"));
        assertThat(event.getQueue().getDurationSeconds()).isEqualTo(17);

        assertThat(event.getAttributes()).containsOnly(
                entry("accountNumber", "4111111111111111"), entry("greetingPlayed", "true"),
                entry("callbackNumber", "+1 206-555-0123"), entry("language", "en-US"));
        assertThat(event.getTags()).containsOnly(
                entry("aws:connect:instanceId", "9f3e1c2a-5b7d-4e8f-a1b2-c3d4e5f60718"),
                entry("aws:connect:systemEndpoint", "+18005550199"));

        assertThat(event.getRecordings()).singleElement().satisfies(recording -> {
            assertThat(recording.getLocation()).endsWith("_20190822T00:07_UTC.wav");
            assertThat(recording.getType()).isNull();
            assertThat(recording.getStatus()).isEqualTo("AVAILABLE");
            assertThat(recording.getMediaStreamType()).isEqualTo("AUDIO");
            assertThat(recording.getParticipantType()).isEqualTo("AGENT");
            assertThat(recording.getStorageType()).isEqualTo("S3");
            assertThat(recording.getStartTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:07:53Z"));
            assertThat(recording.getStopTimestamp()).isEqualTo(Instant.parse("2019-08-22T00:09:52Z"));
            assertThat(recording.getDeletionReason()).isNull();
        });
        assertThat(event.getReferences()).isEmpty();
        assertThat(event.getTranscript()).isEmpty();
        assertThat(event.getName()).isNull();
        assertThat(event.getDescription()).isNull();
        assertThat(event.getAgentNotes()).isNull();
        assertThat(event.getExtensions()).containsOnly(entry("AgentConnectionAttempts", "1"));

        assertThat(record.dedupeKey()).isEqualTo("3b6f2c4e-8a1d-4c5b-9e7f-0a2b4c6d8e0f|"
                + Instant.parse("2019-08-22T00:10:46Z").toEpochMilli());
        assertThat(event.getEventId()).isEqualTo(UUID.nameUUIDFromBytes(
                utf8("connect-ctr|" + record.dedupeKey())).toString());
    }

    @Test
    void chatContactRecordMapsWithOffsetsFractionsAndReferences() throws Exception {
        ContactEvent event = map(chat());

        assertThat(event.getTenantId()).isEqualTo(CtrFixtures.CHAT_TENANT);
        assertThat(event.getChannel()).isEqualTo(Channel.CHAT);
        assertThat(event.getInitiationMethod()).isEqualTo("API");
        assertThat(event.getInitialContactId()).isEqualTo("6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f90");
        assertThat(event.getCustomerEndpoint()).isNull();
        assertThat(event.getSystemEndpoint()).isNull();
        assertThat(event.getAgent().getConnectedToAgentTimestamp())
                .isEqualTo(Instant.parse("2024-03-05T13:02:10.250Z"));
        assertThat(event.getAgent().getHierarchyGroups()).isEmpty();
        assertThat(event.getAgent().getCustomerHoldDurationSeconds()).isNull();
        assertThat(event.getAgent().getNumberOfHolds()).isNull();
        assertThat(event.getLastUpdateTimestamp()).isEqualTo(Instant.parse("2024-03-05T13:08:12.345Z"));
        assertThat(event.getQueue().getDurationSeconds()).isEqualTo(66);
        assertThat(event.getRecordings()).extracting(Recording::getMediaStreamType).containsExactly("CHAT");
        assertThat(event.getReferences()).extracting(Reference::getName, Reference::getType, Reference::getStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Order page", "URL", null),
                        org.assertj.core.groups.Tuple.tuple("Receipt", "ATTACHMENT", "APPROVED"));
        assertThat(event.getReferences().get(0).getValue()).isEqualTo("https://shop.example.com/orders/A-20240305-17");
        assertThat(event.getAttributes()).containsEntry("customerName", "Jane Roe");
    }

    @Test
    void minimalContactRecordLeavesEverythingElseAbsent() throws Exception {
        ContactRecord record = mapper.map(bytes(minimal()));
        ContactEvent event = record.event();

        assertThat(event.getContactId()).isEqualTo("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");
        assertThat(event.getTenantId()).isEqualTo(CtrFixtures.CHAT_TENANT);
        assertThat(event.getChannel()).isEqualTo(Channel.UNKNOWN);
        assertThat(event.getEventTime()).isEqualTo(Instant.EPOCH);
        assertThat(event.getAgent()).isNull();
        assertThat(event.getQueue()).isNull();
        assertThat(event.getCustomerEndpoint()).isNull();
        assertThat(event.getInstanceArn()).isNull();
        assertThat(event.getLastUpdateTimestamp()).isNull();
        assertThat(event.getAttributes()).isEmpty();
        assertThat(event.getTags()).isEmpty();
        assertThat(event.getRecordings()).isEmpty();
        assertThat(event.getReferences()).isEmpty();
        assertThat(event.getExtensions()).isEmpty();
        assertThat(record.dedupeKey()).isNull();
    }

    @Test
    void jsonNullIsTheSameAsAbsent() throws Exception {
        ObjectNode nulls = minimal();
        for (String field : List.of("Agent", "Queue", "CustomerEndpoint", "SystemEndpoint", "Recording",
                "Recordings", "References", "Attributes", "Tags", "Channel", "LastUpdateTimestamp",
                "InstanceARN", "Name", "ContactDetails", "Campaign")) {
            nulls.putNull(field);
        }
        // Without LastUpdateTimestamp the event id hashes the bytes, which differ; nothing else may.
        assertThat(withoutEventId(map(nulls))).isEqualTo(withoutEventId(map(minimal())));
    }

    @Test
    void unknownFieldsAtEveryLevelAreIgnored() throws Exception {
        for (ObjectNode ctr : List.of(voice(), chat())) {
            ObjectNode extended = ctr.deepCopy();
            addUnknownFields(extended, Set.of("Attributes", "Tags", "ContactDetails"));

            assertThat(bytes(extended)).isNotEqualTo(bytes(ctr));
            assertThat(map(extended)).isEqualTo(map(ctr));
        }
    }

    /** Adds fields Connect might add tomorrow to every object, except open maps whose keys are data. */
    private static void addUnknownFields(JsonNode node, Set<String> openMaps) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!openMaps.contains(name)) {
                    addUnknownFields(object.get(name), Set.of());
                }
            }
            object.put("FutureScalar", "x");
            object.putObject("FutureBlock").put("Nested", 1).putArray("Deeper").addObject().put("Z", true);
            object.putArray("FutureList").add(1).add("two").addNull();
            object.putNull("FutureNull");
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> addUnknownFields(element, Set.of()));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2019-08-22T00:07:32Z,            2019-08-22T00:07:32Z",
        "2019-08-22T00:07:32.5Z,          2019-08-22T00:07:32.500Z",
        "2019-08-22T00:07:32.123Z,        2019-08-22T00:07:32.123Z",
        "2019-08-22T00:07:32.123456789Z,  2019-08-22T00:07:32.123Z",
        "2019-08-22T02:07:32+02:00,       2019-08-22T00:07:32Z",
        "2019-08-21T19:07:32.250-05:00,   2019-08-22T00:07:32.250Z",
        "2019-08-22T00:07:32+00:00,       2019-08-22T00:07:32Z",
    })
    void timestampsWithFractionsAndOffsetsBecomeEpochMillis(String text, String expected) throws Exception {
        ObjectNode ctr = minimal().put("LastUpdateTimestamp", text);
        ContactRecord record = mapper.map(bytes(ctr));

        assertThat(record.event().getLastUpdateTimestamp()).isEqualTo(Instant.parse(expected));
        assertThat(record.dedupeKey()).endsWith("|" + Instant.parse(expected).toEpochMilli());
    }

    @Test
    void eventTimeFallsBackToDisconnectThenInitiation() throws Exception {
        ObjectNode ctr = minimal()
                .put("InitiationTimestamp", "2020-01-01T00:00:00Z")
                .put("DisconnectTimestamp", "2020-01-01T00:05:00Z");
        assertThat(map(ctr).getEventTime()).isEqualTo(Instant.parse("2020-01-01T00:05:00Z"));

        ctr.remove("DisconnectTimestamp");
        assertThat(map(ctr).getEventTime()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void redeliveryMapsToTheSameEventIdAndDedupeKey() throws Exception {
        ContactRecord first = mapper.map(bytes(voice()));
        // Connect re-exports the same version with its fields in another order and other whitespace.
        ObjectNode reordered = CtrFixtures.JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        voice().fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        ObjectNode original = voice();
        names.forEach(name -> reordered.set(name, original.get(name)));
        ContactRecord again = new ContactRecordMapper(CtrFixtures.tenants())
                .map(CtrFixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(reordered));

        assertThat(again.dedupeKey()).isEqualTo(first.dedupeKey());
        assertThat(again.event().getEventId()).isEqualTo(first.event().getEventId());
        assertThat(again.event()).isEqualTo(first.event());
    }

    @Test
    void aNewerVersionOfTheContactHasAnotherEventIdAndDedupeKey() throws Exception {
        ContactRecord first = mapper.map(bytes(voice()));
        ContactRecord updated = mapper.map(bytes(voice().put("LastUpdateTimestamp", "2019-08-22T00:10:46.001Z")));

        assertThat(updated.dedupeKey()).isNotEqualTo(first.dedupeKey());
        assertThat(updated.event().getEventId()).isNotEqualTo(first.event().getEventId());
        assertThat(updated.event().getContactId()).isEqualTo(first.event().getContactId());
    }

    @Test
    void withoutLastUpdateTimestampTheEventIdHashesTheBytes() throws Exception {
        byte[] json = bytes(minimal().put("Name", "callback request"));
        ContactRecord record = mapper.map(json);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(json);

        assertThat(record.dedupeKey()).isNull();
        assertThat(record.event().getEventId()).isEqualTo(UUID.nameUUIDFromBytes(digest).toString());
        assertThat(mapper.map(json.clone()).event().getEventId()).isEqualTo(record.event().getEventId());
        assertThat(mapper.map(bytes(minimal().put("Name", "callback request!"))).event().getEventId())
                .isNotEqualTo(record.event().getEventId());
    }

    @ParameterizedTest
    @CsvSource({"VOICE, VOICE", "CHAT, CHAT", "TASK, TASK", "EMAIL, EMAIL", "voice, UNKNOWN",
        "VIDEO, UNKNOWN", "'', UNKNOWN"})
    void channelsOutsideTheEnumAreUnknown(String channel, Channel expected) throws Exception {
        assertThat(map(minimal().put("Channel", channel)).getChannel()).isEqualTo(expected);
    }

    @Test
    void numbersAndBooleansInStringFieldsReadAsTheirJsonText() throws Exception {
        byte[] json = utf8("{\"ContactId\":\"c-1\",\"AWSAccountId\":210987654321,\"Name\":1.50,"
                + "\"Attributes\":{\"n\":42,\"d\":1.10,\"e\":1e2,\"b\":false,\"gone\":null,\"s\":\"x\"},"
                + "\"Tags\":{\"big\":123456789012345678901234567890}}");
        ContactEvent event = mapper.map(json).event();

        assertThat(event.getAwsAccountId()).isEqualTo(CtrFixtures.CHAT_ACCOUNT);
        assertThat(event.getName()).isEqualTo("1.50");
        assertThat(event.getAttributes()).containsExactly(entry("n", "42"), entry("d", "1.10"), entry("e", "1E+2"),
                entry("b", "false"), entry("s", "x"));
        assertThat(event.getTags()).containsExactly(entry("big", "123456789012345678901234567890"));
    }

    @Test
    void wholeDurationsWrittenAsDecimalsAreAccepted() throws Exception {
        ObjectNode ctr = minimal();
        ctr.putObject("Queue").put("Duration", 17.0);
        ctr.putObject("Agent").put("NumberOfHolds", 0).put("CustomerHoldDuration", 1.2e1);

        ContactEvent event = map(ctr);
        assertThat(event.getQueue().getDurationSeconds()).isEqualTo(17);
        assertThat(event.getAgent().getNumberOfHolds()).isZero();
        assertThat(event.getAgent().getCustomerHoldDurationSeconds()).isEqualTo(12);
    }

    @Test
    void recordingsWinOverTheLegacyRecordingWhichIsUsedAlone() throws Exception {
        ObjectNode voice = voice();
        assertThat(map(voice).getRecordings()).extracting(Recording::getParticipantType).containsExactly("AGENT");

        voice.remove("Recordings");
        assertThat(map(voice).getRecordings()).singleElement().satisfies(recording -> {
            assertThat(recording.getType()).isEqualTo("AUDIO");
            assertThat(recording.getStatus()).isEqualTo("AVAILABLE");
            assertThat(recording.getParticipantType()).isNull();
        });

        voice.putArray("Recordings").addNull();
        assertThat(map(voice).getRecordings()).extracting(Recording::getType).containsExactly("AUDIO");
    }

    @Test
    void referencesKeyedByNameAreAcceptedToo() throws Exception {
        ObjectNode ctr = minimal();
        ObjectNode references = ctr.putObject("References");
        references.putObject("Ticket").put("Type", "URL").put("Value", "https://tickets.example.com/T-9");
        references.putNull("Gone");
        ctr.putArray("Unrelated");

        assertThat(map(ctr).getReferences()).singleElement().satisfies(reference -> {
            assertThat(reference.getName()).isEqualTo("Ticket");
            assertThat(reference.getType()).isEqualTo("URL");
            assertThat(reference.getValue()).isEqualTo("https://tickets.example.com/T-9");
        });
    }

    @Test
    void anUnnamedReferenceKeepsItsValue() throws Exception {
        ObjectNode ctr = minimal();
        ctr.putArray("References").addObject().put("Type", "STRING").put("Value", "call me on 206-555-0123");

        assertThat(map(ctr).getReferences()).singleElement().satisfies(reference -> {
            assertThat(reference.getName()).isEmpty();
            assertThat(reference.getValue()).isEqualTo("call me on 206-555-0123");
        });
    }

    @Test
    void taskFieldsAndContactDetailsReachTheEvent() throws Exception {
        ObjectNode task = minimal()
                .put("Channel", "TASK")
                .put("Name", "Refund for order 17")
                .put("Description", "Customer asked for a refund to IBAN GB82WEST12345698765432")
                .put("RelatedContactId", "c-related")
                .put("PreviousContactId", "c-previous")
                .put("NextContactId", "c-next")
                .put("ScheduledTimestamp", "2024-06-01T09:00:00Z")
                .put("AnsweringMachineDetectionStatus", "HUMAN_ANSWERED");
        task.putObject("Campaign").put("CampaignId", "camp-1");
        ObjectNode details = task.putObject("ContactDetails");
        details.put("Name", "Refund").put("Amount", 12.5);
        details.putObject("Nested").put("Note", "n").putNull("Nothing");
        details.putArray("List").add("a").add(true);

        ContactEvent event = map(task);
        assertThat(event.getChannel()).isEqualTo(Channel.TASK);
        assertThat(event.getName()).isEqualTo("Refund for order 17");
        assertThat(event.getDescription()).startsWith("Customer asked");
        assertThat(event.getRelatedContactId()).isEqualTo("c-related");
        assertThat(event.getPreviousContactId()).isEqualTo("c-previous");
        assertThat(event.getNextContactId()).isEqualTo("c-next");
        assertThat(event.getScheduledTimestamp()).isEqualTo(Instant.parse("2024-06-01T09:00:00Z"));
        assertThat(event.getExtensions()).containsExactly(
                entry("AnsweringMachineDetectionStatus", "HUMAN_ANSWERED"),
                entry("Campaign.CampaignId", "camp-1"),
                entry("ContactDetails.Name", "Refund"),
                entry("ContactDetails.Amount", "12.5"),
                entry("ContactDetails.Nested.Note", "n"),
                entry("ContactDetails.List[0]", "a"),
                entry("ContactDetails.List[1]", "true"));
    }

    @Test
    void emailEndpointsKeepTheirDisplayName() throws Exception {
        ObjectNode email = minimal().put("Channel", "EMAIL");
        email.putObject("CustomerEndpoint").put("Address", "jane.roe@example.com").put("Type", "EMAIL_ADDRESS")
                .put("DisplayName", "Jane Roe");
        email.putObject("SystemEndpoint").put("Address", "support@example.com").put("Type", "EMAIL_ADDRESS");

        ContactEvent event = map(email);
        assertThat(event.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(event.getCustomerEndpoint().getAddress()).isEqualTo("jane.roe@example.com");
        assertThat(event.getCustomerEndpoint().getDisplayName()).isEqualTo("Jane Roe");
        assertThat(event.getSystemEndpoint().getAddress()).isEqualTo("support@example.com");
    }

    @Test
    void hierarchyGroupsWithoutANameAreLeftOut() throws Exception {
        ObjectNode ctr = voice();
        at(ctr, "Agent.HierarchyGroups.Level2").remove("GroupName");
        at(ctr, "Agent.HierarchyGroups").putObject("Level6").put("GroupName", "beyond five");

        assertThat(map(ctr).getAgent().getHierarchyGroups()).containsOnlyKeys("LEVEL1", "LEVEL3");
    }

    @Test
    void aByteOrderMarkAndSurroundingWhitespaceAreAccepted() throws Exception {
        byte[] json = bytes(minimal());
        byte[] framed = new byte[json.length + 3 + 4];
        framed[0] = (byte) 0xEF;
        framed[1] = (byte) 0xBB;
        framed[2] = (byte) 0xBF;
        framed[3] = ' ';
        framed[4] = '\n';
        System.arraycopy(json, 0, framed, 5, json.length);
        framed[framed.length - 2] = '\r';
        framed[framed.length - 1] = '\n';

        assertThat(withoutEventId(mapper.map(framed).event())).isEqualTo(withoutEventId(mapper.map(json).event()));
    }

    @Test
    void nonAsciiTextSurvives() throws Exception {
        byte[] json = utf8("{\"ContactId\":\"c-1\",\"AWSAccountId\":\"210987654321\","
                + "\"Attributes\":{\"name\":\"Zoë Ångström \uD83D\uDE00\",\"escaped\":\"\\u00e9 \\ud83d\\ude00\"}}");

        assertThat(mapper.map(json).event().getAttributes())
                .containsExactly(entry("name", "Zoë Ångström \uD83D\uDE00"), entry("escaped", "é \uD83D\uDE00"));
    }

    @Test
    void nestingUpToTheLimitIsAccepted() throws Exception {
        // The record object itself is one level, so ContactDetails may open 63 more.
        String open = "{\"a\":".repeat(ContactRecordMapper.MAX_NESTING_DEPTH - 1);
        String close = "}".repeat(ContactRecordMapper.MAX_NESTING_DEPTH - 1);
        byte[] json = utf8("{\"ContactId\":\"c-1\",\"AWSAccountId\":\"210987654321\",\"ContactDetails\":"
                + open + "\"leaf\"" + close + "}");

        Map<String, String> extensions = mapper.map(json).event().getExtensions();
        assertThat(extensions).hasSize(1);
        assertThat(extensions.values()).containsExactly("leaf");
    }

    @Test
    void toStringHoldsNoValueFromTheRecord() throws Exception {
        ContactRecord record = mapper.map(bytes(voice()));

        assertThat(record.toString())
                .contains(record.event().getEventId())
                .doesNotContain("+12065550123", "4111111111111111", "3b6f2c4e", "jdoe");
    }
}
