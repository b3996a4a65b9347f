package io.contactshield.topology.connect;

import static io.contactshield.topology.connect.CtrFixtures.at;
import static io.contactshield.topology.connect.CtrFixtures.bytes;
import static io.contactshield.topology.connect.CtrFixtures.minimal;
import static io.contactshield.topology.connect.CtrFixtures.utf8;
import static io.contactshield.topology.connect.CtrFixtures.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.topology.connect.ContactRecordException.Reason;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContactRecordMapperErrorTest {

    /** Planted wherever a malformed input can hold a value; it must never come back out. */
    static final String SECRET = "SECRET4111111111111111";

    private static final String VOICE_CONTACT = "3b6f2c4e-8a1d-4c5b-9e7f-0a2b4c6d8e0f";

    private final ContactRecordMapper mapper = CtrFixtures.mapper();

    private ContactRecordException failure(byte[] json) {
        ContactRecordException e = catchThrowableOfType(ContactRecordException.class, () -> mapper.map(json));
        assertThat(e).as("expected a ContactRecordException").isNotNull();
        assertHoldsNoInput(e, SECRET);
        return e;
    }

    static void assertHoldsNoInput(ContactRecordException e, String planted) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(e.getMessage()).isNotBlank().doesNotContain(planted);
        assertThat(e.toString()).doesNotContain(planted);
        assertThat(trace.toString()).doesNotContain(planted);
        assertThat(e.getCause()).isNull();
        assertThat(e.getSuppressed()).isEmpty();
    }

    private ContactRecordException failure(ObjectNode ctr) {
        return failure(bytes(ctr));
    }

    private static ObjectNode voiceWith(Consumer<ObjectNode> change) {
        ObjectNode ctr = voice();
        change.accept(ctr);
        return ctr;
    }

    static Stream<Arguments> malformedFields() {
        return Stream.of(
            Arguments.of("LastUpdateTimestamp", voiceWith(c -> c.put("LastUpdateTimestamp", SECRET))),
            Arguments.of("InitiationTimestamp", voiceWith(c -> c.put("InitiationTimestamp", "2019-08-22 " + SECRET))),
            Arguments.of("DisconnectTimestamp", voiceWith(c -> c.put("DisconnectTimestamp", 1566432572000L))),
            Arguments.of("ScheduledTimestamp", voiceWith(c -> c.put("ScheduledTimestamp", "2019-08-22T00:07:32"))),
            Arguments.of("ConnectedToSystemTimestamp",
                    voiceWith(c -> c.put("ConnectedToSystemTimestamp", "2019-02-30T00:00:00Z"))),
            Arguments.of("LastUpdateTimestamp",
                    voiceWith(c -> c.put("LastUpdateTimestamp", "+999999999-12-31T23:59:59Z"))),
            Arguments.of("Agent.ConnectedToAgentTimestamp",
                    voiceWith(c -> at(c, "Agent").put("ConnectedToAgentTimestamp", SECRET))),
            Arguments.of("Queue.EnqueueTimestamp", voiceWith(c -> at(c, "Queue").put("EnqueueTimestamp", ""))),
            Arguments.of("Recordings[0].StartTimestamp",
                    voiceWith(c -> ((ObjectNode) c.get("Recordings").get(0)).put("StartTimestamp", SECRET))),
            Arguments.of("Recording.Location",
                    voiceWith(c -> at(c, "Recording").putObject("Location").put("secret", SECRET))),
            Arguments.of("Attributes", voiceWith(c -> c.putArray("Attributes").add(SECRET))),
            Arguments.of("Attributes[entry 1]",
                    voiceWith(c -> at(c, "Attributes").putObject("greetingPlayed").put("x", SECRET))),
            Arguments.of("Tags[entry 0]", voiceWith(c -> at(c, "Tags").putArray("aws:connect:instanceId").add(SECRET))),
            Arguments.of("Agent", voiceWith(c -> c.put("Agent", SECRET))),
            Arguments.of("Agent.RoutingProfile", voiceWith(c -> at(c, "Agent").put("RoutingProfile", SECRET))),
            Arguments.of("Agent.HierarchyGroups.Level1",
                    voiceWith(c -> at(c, "Agent.HierarchyGroups").put("Level1", SECRET))),
            Arguments.of("Agent.HierarchyGroups.Level2.GroupName",
                    voiceWith(c -> at(c, "Agent.HierarchyGroups.Level2").putArray("GroupName").add(SECRET))),
            Arguments.of("Agent.AgentInteractionDuration",
                    voiceWith(c -> at(c, "Agent").put("AgentInteractionDuration", SECRET))),
            Arguments.of("Agent.NumberOfHolds", voiceWith(c -> at(c, "Agent").put("NumberOfHolds", 1.5))),
            Arguments.of("Queue.Duration", voiceWith(c -> at(c, "Queue").put("Duration", 4_000_000_000L))),
            Arguments.of("Queue", voiceWith(c -> c.putArray("Queue"))),
            Arguments.of("CustomerEndpoint.Address",
                    voiceWith(c -> at(c, "CustomerEndpoint").putObject("Address").put("digits", SECRET))),
            Arguments.of("SystemEndpoint", voiceWith(c -> c.put("SystemEndpoint", 7))),
            Arguments.of("Recordings", voiceWith(c -> c.putObject("Recordings").put("Location", SECRET))),
            Arguments.of("Recordings[1]", voiceWith(c -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                    c.get("Recordings")).add(SECRET))),
            Arguments.of("References[0].Value",
                    voiceWith(c -> c.putArray("References").addObject().put("Name", "n").putArray("Value").add(SECRET))),
            Arguments.of("References[entry 0]", voiceWith(c -> c.putObject("References").put("Ticket", SECRET))),
            Arguments.of("Name", voiceWith(c -> c.putObject("Name").put("first", SECRET))),
            Arguments.of("InstanceARN", voiceWith(c -> c.putArray("InstanceARN").add(SECRET))),
            Arguments.of("ContactDetails", voiceWith(c -> c.put("ContactDetails", SECRET))),
            Arguments.of("Campaign", voiceWith(c -> c.put("Campaign", SECRET))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFields")
    void aKnownFieldOfTheWrongShapeIsUnmappableAndNamesItsPath(String path, ObjectNode ctr) {
        ContactRecordException e = failure(ctr);

        assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
        assertThat(e.getMessage()).contains("field " + path + " ");
        assertThat(e.contactId()).isEqualTo(VOICE_CONTACT);
        assertHoldsNoInput(e, VOICE_CONTACT);
    }

    @Test
    void aLoneSurrogateEscapeIsUnmappable() {
        ContactRecordException e = failure(utf8("{\"ContactId\":\"c-1\",\"AWSAccountId\":\"210987654321\","
                + "\"Attributes\":{\"note\":\"" + SECRET + "\\ud800\"}}"));

        assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
        assertThat(e.getMessage()).contains("Attributes[entry 0]", "surrogate");
        assertThat(e.contactId()).isEqualTo("c-1");
    }

    @Test
    void aMissingContactIdIsUnmappable() {
        ContactRecordException e = failure(voiceWith(c -> c.remove("ContactId")));

        assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
        assertThat(e.getMessage()).contains("ContactId", "missing");
        assertThat(e.contactId()).isNull();
        assertThat(failure(voiceWith(c -> c.putNull("ContactId"))).getMessage()).contains("missing");
    }

    @Test
    void aContactIdThatIsNotAStringIsUnmappable() {
        for (ObjectNode ctr : new ObjectNode[] {
            voiceWith(c -> c.put("ContactId", 4111111111111111L)),
            voiceWith(c -> c.putObject("ContactId").put("id", SECRET)),
            voiceWith(c -> c.putArray("ContactId").add(SECRET))}) {
            ContactRecordException e = failure(ctr);
            assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
            assertThat(e.getMessage()).contains("ContactId is not a string");
            assertThat(e.contactId()).isNull();
            assertHoldsNoInput(e, "4111111111111111");
        }
    }

    @Test
    void aContactIdThatIsNoIdIsUnmappable() {
        for (String id : new String[] {"", " ", SECRET + " x", SECRET + "\n", "a".repeat(257)}) {
            ContactRecordException e = failure(voiceWith(c -> c.put("ContactId", id)));
            assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
            assertThat(e.contactId()).isNull();
            assertThat(e.getMessage()).doesNotContain("aaaa");
        }
    }

    @Test
    void noInstanceArnAndNoAccountIsAMissingTenant() {
        ContactRecordException e = failure(voiceWith(c -> {
            c.remove("InstanceARN");
            c.putNull("AWSAccountId");
        }));

        assertThat(e.reason()).isEqualTo(Reason.MISSING_TENANT);
        assertThat(e.contactId()).isEqualTo(VOICE_CONTACT);
        assertHoldsNoInput(e, VOICE_CONTACT);
    }

    @Test
    void anUnroutedInstanceAndAccountIsAnUnknownTenant() {
        ContactRecordException e = failure(voiceWith(c -> c
                .put("InstanceARN", "arn:aws:connect:us-east-1:999999999999:instance/"
                        + "00000000-0000-0000-0000-000000000000")
                .put("AWSAccountId", "999999999999")));

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_TENANT);
        assertThat(e.contactId()).isEqualTo(VOICE_CONTACT);
        assertHoldsNoInput(e, "999999999999");
        assertHoldsNoInput(e, VOICE_CONTACT);
    }

    @Test
    void aGarbageInstanceArnIsAnUnknownTenantUnlessTheAccountRoutes() throws Exception {
        assertThat(failure(minimal().put("InstanceARN", SECRET).putNull("AWSAccountId")).reason())
                .isEqualTo(Reason.UNKNOWN_TENANT);
        assertThat(mapper.map(bytes(minimal().put("InstanceARN", SECRET))).event().getTenantId())
                .isEqualTo(CtrFixtures.CHAT_TENANT);
    }

    @Test
    void aMalformedFieldIsReportedBeforeTheTenant() {
        ContactRecordException e = failure(minimal().putNull("AWSAccountId").put("LastUpdateTimestamp", SECRET));

        assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
    }

    static Stream<Arguments> notAContactRecord() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] invalidUtf8 = utf8("{\"ContactId\":\"c-1\",\"Name\":\"" + SECRET + "\"}");
        invalidUtf8[invalidUtf8.length - 4] = (byte) 0xC3;
        byte[] encodedSurrogate = utf8("{\"ContactId\":\"c-1\",\"Name\":\"" + SECRET + "xxx\"}");
        encodedSurrogate[encodedSurrogate.length - 5] = (byte) 0xED;
        encodedSurrogate[encodedSurrogate.length - 4] = (byte) 0xA0;
        encodedSurrogate[encodedSurrogate.length - 3] = (byte) 0x80;
        byte[] overlong = utf8("{\"ContactId\":\"c-1\",\"Name\":\"" + SECRET + "xx\"}");
        overlong[overlong.length - 4] = (byte) 0xC0;
        overlong[overlong.length - 3] = (byte) 0xAF;
        return Stream.of(
            Arguments.of("null", null),
            Arguments.of("empty", new byte[0]),
            Arguments.of("whitespace", utf8(" \n\t ")),
            Arguments.of("only a byte order mark", bom),
            Arguments.of("an array", utf8("[{\"ContactId\":\"" + SECRET + "\"}]")),
            Arguments.of("a string", utf8("\"" + SECRET + "\"")),
            Arguments.of("a number", utf8("4111111111111111")),
            Arguments.of("JSON null", utf8("null")),
            Arguments.of("truncated", utf8("{\"ContactId\":\"c-1\",\"Name\":\"" + SECRET)),
            Arguments.of("trailing garbage", utf8("{\"ContactId\":\"c-1\"} " + SECRET)),
            Arguments.of("a second object", utf8("{\"ContactId\":\"c-1\"}{\"ContactId\":\"" + SECRET + "\"}")),
            Arguments.of("an unquoted value", utf8("{\"ContactId\":\"c-1\",\"Name\":" + SECRET + "}")),
            Arguments.of("single quotes", utf8("{'ContactId':'" + SECRET + "'}")),
            Arguments.of("a comment", utf8("{\"ContactId\":\"c-1\" /* " + SECRET + " */}")),
            Arguments.of("a bad escape", utf8("{\"ContactId\":\"c-1\",\"Name\":\"" + SECRET + "\\q\"}")),
            Arguments.of("a raw control character", utf8("{\"ContactId\":\"c-1\",\"Name\":\"" + SECRET + "\u0001\"}")),
            Arguments.of("a duplicate key", utf8("{\"ContactId\":\"c-1\",\"" + SECRET + "\":1,\"" + SECRET + "\":2}")),
            Arguments.of("a duplicate ContactId", utf8("{\"ContactId\":\"c-1\",\"ContactId\":\"" + SECRET + "\"}")),
            Arguments.of("NaN", utf8("{\"ContactId\":\"c-1\",\"Queue\":{\"Duration\":NaN}}")),
            Arguments.of("a huge number", utf8("{\"ContactId\":\"c-1\",\"Name\":" + "9".repeat(5000) + "}")),
            Arguments.of("invalid UTF-8", invalidUtf8),
            Arguments.of("a UTF-8 encoded surrogate", encodedSurrogate),
            Arguments.of("an overlong UTF-8 encoding", overlong),
            Arguments.of("UTF-16", "{\"ContactId\":\"c-1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAContactRecord")
    void inputThatIsNotOneJsonObjectIsUnmappable(String what, byte[] json) {
        ContactRecordException e = failure(json);

        assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
        assertThat(e.contactId()).isNull();
        assertThat(e.getMessage()).startsWith("Contact record ");
    }

    @Test
    void syntaxErrorsNameTheLineAndColumn() {
        ContactRecordException e = failure(utf8("{\n  \"ContactId\": \"c-1\",\n  \"Name\": " + SECRET + "\n}"));

        assertThat(e.getMessage()).isEqualTo("Contact record is not well-formed JSON at line 3, column 11");
    }

    @Test
    void deepNestingIsUnmappableWithoutAStackOverflow() {
        for (String open : new String[] {"[", "{\"a\":"}) {
            String deep = "{\"ContactId\":\"c-1\",\"X\":" + open.repeat(200_000);
            ContactRecordException e = failure(utf8(deep));
            assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
            assertThat(e.getMessage()).contains("parser limit");
        }
    }

    @Test
    void nestingOneBeyondTheLimitIsUnmappable() {
        String open = "{\"a\":".repeat(ContactRecordMapper.MAX_NESTING_DEPTH);
        String close = "}".repeat(ContactRecordMapper.MAX_NESTING_DEPTH);
        ContactRecordException e = failure(utf8("{\"ContactId\":\"c-1\",\"AWSAccountId\":\"210987654321\","
                + "\"ContactDetails\":" + open + "\"" + SECRET + "\"" + close + "}"));

        assertThat(e.getMessage()).contains("parser limit");
    }

    @Test
    void aRecordOverTheSizeLimitIsUnmappable() {
        ObjectNode big = voice();
        big.putObject("Attributes").put("note", SECRET.repeat(2 * 1024 * 1024 / SECRET.length()));
        byte[] json = bytes(big);
        assertThat(json.length).isGreaterThan(2 * 1024 * 1024);

        ContactRecordException e = failure(json);
        assertThat(e.reason()).isEqualTo(Reason.UNMAPPABLE_JSON);
        assertThat(e.getMessage()).contains("larger than " + ContactRecordMapper.MAX_RECORD_BYTES);
    }

    @Test
    void aRecordJustUnderTheSizeLimitMaps() throws Exception {
        ObjectNode big = minimal();
        big.putObject("Attributes").put("note", "");
        byte[] empty = bytes(big);
        ObjectNode full = minimal();
        full.putObject("Attributes").put("note", "x".repeat(ContactRecordMapper.MAX_RECORD_BYTES - empty.length));
        byte[] json = bytes(full);
        assertThat(json).hasSize(ContactRecordMapper.MAX_RECORD_BYTES);

        assertThat(mapper.map(json).event().getAttributes().get("note")).hasSize(json.length - empty.length);
    }

    @Test
    void hugeExponentsAreRefusedCheaply() {
        for (String number : new String[] {"1e999999999", "-1e999999999", "1e-999999999", "12.5"}) {
            ContactRecordException e = failure(utf8("{\"ContactId\":\"c-1\",\"AWSAccountId\":\"210987654321\","
                    + "\"Queue\":{\"Duration\":" + number + "}}"));
            assertThat(e.getMessage()).contains("Queue.Duration");
        }
    }

    @Test
    void plantedValuesNeverReachAMessage() {
        // Every way in which a value could travel: keys, values, escapes, positions near the error.
        String[] inputs = {
            "{\"ContactId\":\"c\",\"" + SECRET + "\":{\"" + SECRET + "\":[" + SECRET + "]}}",
            "{\"ContactId\":\"c\",\"Name\":\"\\u" + SECRET + "\"}",
            "{\"ContactId\":\"" + SECRET + "\",\"Agent\":{\"Username\":{}}}",
            "{\"ContactId\":\"" + SECRET + "\"," + "\"LastUpdateTimestamp\":\"" + SECRET + "\"}",
            "{\"" + SECRET + "\":\"" + SECRET + "\"",
            "{\"ContactId\":\"c\",\"Name\":\"" + SECRET + "\"" + SECRET,
            SECRET + "{\"ContactId\":\"c\"}",
            "{\"ContactId\":\"c\",\"Attributes\":{\"" + SECRET + "\":{\"" + SECRET + "\":1}}}",
        };
        for (String input : inputs) {
            ContactRecordException e = failure(utf8(input));
            assertHoldsNoInput(e, SECRET);
        }
    }

    @Test
    void theContactIdIsOnlyInTheAccessorNeverInTheMessage() {
        ContactRecordException e = failure(utf8("{\"ContactId\":\"" + SECRET + "\",\"Queue\":7}"));

        assertThat(e.contactId()).isEqualTo(SECRET);
        assertThat(Arrays.asList(e.getMessage(), e.toString())).noneMatch(s -> s.contains(SECRET));
    }
}
