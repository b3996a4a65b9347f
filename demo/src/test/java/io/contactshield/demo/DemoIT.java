package io.contactshield.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's main, end to end: a real broker, the real application, generated events plus an
 * {@code --input} file of three Amazon Connect contact records, dumped and checked.
 */
class DemoIT {

    private static final int EVENTS = 60;
    private static final int TENANTS = 2;
    private static final long SEED = 7;
    private static final String CTR_PHONE = "+14155550123";
    private static final String CTR_EMAIL = "ctr.caller@example.net";
    private static final String CTR_CARD = "4111 1111 1111 1111";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path temp;

    private static int exit;
    private static String report;
    private static String errors;
    private static Path dump;

    @BeforeAll
    static void runTheDemo() throws IOException {
        Path input = temp.resolve("ctr.jsonl");
        Files.write(input, List.of(
                ctr("a1b2c3d4-0000-4000-8000-000000000001", "arn:aws:connect:eu-west-1:999988887777:instance/"
                        + "11111111-2222-4333-8444-555555555555", "2026-03-02T09:00:00Z"),
                ctr("a1b2c3d4-0000-4000-8000-000000000002", "arn:aws:connect:eu-west-1:999988887777:instance/"
                        + "11111111-2222-4333-8444-555555555555", "2026-03-02T09:05:00Z"),
                ctr("a1b2c3d4-0000-4000-8000-000000000003", "arn:aws:connect:us-east-1:666655554444:instance/"
                        + "66666666-7777-4888-9999-000000000000", "2026-03-02T09:10:00Z")),
                StandardCharsets.UTF_8);
        dump = temp.resolve("dump");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        exit = EmbeddedDemo.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                "demo", "--events", Integer.toString(EVENTS), "--tenants", Integer.toString(TENANTS),
                "--seed", Long.toString(SEED), "--input", input.toString(), "--dump", dump.toString(),
                "--timeout", "90");
        report = out.toString(StandardCharsets.UTF_8);
        errors = err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exitsZeroAndAccountsForEveryRecord() {
        assertThat(exit).as(report + errors).isZero();
        long in = count("records in");
        long protectedEvents = count("protected");
        long deadLettered = count("dead-lettered");
        long duplicates = count("duplicates");
        assertThat(in).isEqualTo(EVENTS + 3);
        assertThat(protectedEvents + deadLettered + duplicates).isEqualTo(in);
        assertThat(protectedEvents).isPositive();
        assertThat(deadLettered).as("the malformed records at least").isGreaterThanOrEqualTo(
                ContactGenerator.malformedCount(EVENTS));
        assertThat(report).contains("in = protected + dead-lettered + duplicates", " OK")
                .contains("/metrics").contains("KMS calls").contains("hit ratio").contains("findings");
    }

    @Test
    void dumpsOneLinePerRecord() throws IOException {
        assertThat(exit).as(report + errors).isZero();
        List<JsonNode> protectedLines = lines("protected.jsonl");
        List<JsonNode> audits = lines("audit.jsonl");
        List<JsonNode> deadLetters = lines("dlq.jsonl");
        assertThat(protectedLines).hasSize((int) count("protected"));
        assertThat(deadLetters).hasSize((int) count("dead-lettered"));
        assertThat(audits).hasSize((int) count("audit events"));
        long recordAudits = audits.stream().map(a -> a.path("value").path("action").asText())
                .filter(Set.of("PROTECTED", "DEAD_LETTERED", "DUPLICATE_DROPPED")::contains).count();
        assertThat(recordAudits).isEqualTo(EVENTS + 3);
        assertThat(protectedLines).allSatisfy(line -> {
            assertThat(line.path("topic").asText()).isEqualTo("contacts.protected");
            assertThat(line.path("value").path("payload").path("envelope").asText()).matches("[A-Za-z0-9+/=]{40,}");
        });
        assertThat(deadLetters).allSatisfy(line ->
                assertThat(line.path("value").path("original").path("envelope").asText()).isNotEmpty());
    }

    @Test
    void protectedEventsCarryTokensAndNoPlantedValue() throws IOException {
        assertThat(exit).as(report + errors).isZero();
        String protectedText = Files.readString(dump.resolve("protected.jsonl"), StandardCharsets.UTF_8);
        assertThat(protectedText).contains("tok_EMAIL_v1_", "tok_PHONE_NUMBER_v1_", "tok_PERSON_NAME_v1_");

        ContactGenerator generator = new ContactGenerator(DemoTenant.first(TENANTS), SEED);
        generator.generate(EVENTS);
        Set<String> planted = generator.planted();
        assertThat(planted).hasSizeGreaterThan(100);
        List<String> everything = new ArrayList<>(planted);
        everything.addAll(List.of(CTR_PHONE, CTR_EMAIL, CTR_CARD));
        for (String file : List.of("protected.jsonl", "audit.jsonl", "dlq.jsonl")) {
            String text = Files.readString(dump.resolve(file), StandardCharsets.UTF_8);
            assertThat(everything).as(file).noneMatch(text::contains);
            assertThat(text).as(file).doesNotContainPattern("[a-z0-9.]+@(mail\\.)?example\\.(com|org|net)");
        }
    }

    @Test
    void reportShowsOneEventBeforeAndAfterWithoutRawValuesInTheProtectedOne() {
        assertThat(exit).as(report + errors).isZero();
        int input = report.indexOf("--- input:");
        int protectedAt = report.indexOf("--- protected:");
        int audit = report.indexOf("--- audit:");
        assertThat(input).isPositive().isLessThan(protectedAt);
        assertThat(protectedAt).isLessThan(audit);
        String protectedPart = report.substring(protectedAt, audit);
        assertThat(protectedPart).contains("tok_").contains("...(").doesNotContainPattern("@example\\.");
        ContactGenerator generator = new ContactGenerator(DemoTenant.first(TENANTS), SEED);
        generator.generate(EVENTS);
        assertThat(generator.planted()).noneMatch(report.substring(protectedAt)::contains);
    }

    private static long count(String label) {
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(label) + " +(\\d+)").matcher(report);
        assertThat(m.find()).as("'" + label + "' in:\n" + report).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(dump.resolve(file), StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static String ctr(String contactId, String instanceArn, String initiated) {
        String account = instanceArn.split(":")[4];
        return ("{\"AWSAccountId\":\"%s\",\"AWSContactTraceRecordFormatVersion\":\"2017-03-10\","
                + "\"Agent\":{\"Username\":\"agent7\",\"ConnectedToAgentTimestamp\":\"%s\"},"
                + "\"Attributes\":{\"note\":\"caller read card %s, email %s\"},\"Channel\":\"VOICE\","
                + "\"ContactId\":\"%s\",\"CustomerEndpoint\":{\"Address\":\"%s\",\"Type\":\"TELEPHONE_NUMBER\"},"
                + "\"InitiationMethod\":\"INBOUND\",\"InitiationTimestamp\":\"%s\",\"InstanceARN\":\"%s\","
                + "\"LastUpdateTimestamp\":\"%s\",\"Queue\":{\"Name\":\"Billing\"},"
                + "\"SystemEndpoint\":{\"Address\":\"+18005550100\",\"Type\":\"TELEPHONE_NUMBER\"}}")
                .formatted(account, initiated, CTR_CARD, CTR_EMAIL, contactId, CTR_PHONE, initiated, instanceArn,
                        initiated);
    }
}
