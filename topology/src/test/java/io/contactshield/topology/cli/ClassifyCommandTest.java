package io.contactshield.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.Detection;
import io.contactshield.topology.classify.Detector;
import io.contactshield.topology.classify.TextClassifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Finds "a@b.com"-like words with confidence 0.926, so rounding shows. */
    private static final Detector FAKE = new Detector() {
        private final Pattern email = Pattern.compile("[a-z]+@[a-z]+\\.com");

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public List<Detection> detect(String text) {
            List<Detection> detections = new ArrayList<>();
            for (Matcher m = email.matcher(text); m.find(); ) {
                detections.add(new Detection("EMAIL", m.start(), m.end(), 0.926, name()));
            }
            return detections;
        }
    };

    private static List<String> classify(String input) throws IOException {
        return classify(input.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> classify(byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClassifyLines(new TextClassifier(List.of(FAKE), ClassifierSettings.defaults()))
                .run(new ByteArrayInputStream(input), out);
        return lines(out);
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).satisfiesAnyOf(t -> assertThat(t).isEmpty(), t -> assertThat(t).endsWith("\n"));
        return text.isEmpty() ? List.of() : List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static JsonNode json(String line) throws IOException {
        return JSON.readTree(line);
    }

    @Test
    void writesOneLineOfFindingsPerInputLineInOrder() throws IOException {
        List<String> out = classify("""
                {"id": "a", "text": "hi, I am at jane@example.com"}
                {"id": "b", "text": "nothing here"}
                {"id": "c", "text": "x@y.com and z@w.com"}
                """);

        assertThat(out).containsExactly(
                "{\"id\":\"a\",\"findings\":[{\"type\":\"EMAIL\",\"start\":12,\"end\":28,\"confidence\":0.93}]}",
                "{\"id\":\"b\",\"findings\":[]}",
                "{\"id\":\"c\",\"findings\":[{\"type\":\"EMAIL\",\"start\":0,\"end\":7,\"confidence\":0.93},"
                        + "{\"type\":\"EMAIL\",\"start\":12,\"end\":19,\"confidence\":0.93}]}");
    }

    @Test
    void numericIdsAreEchoedExactly() throws IOException {
        List<String> out = classify("{\"id\": 1.10, \"text\": \"\"}\n{\"id\": 123456789012345678901234567890, \"text\": \"\"}\n");

        assertThat(out).containsExactly(
                "{\"id\":1.10,\"findings\":[]}",
                "{\"id\":123456789012345678901234567890,\"findings\":[]}");
    }

    @Test
    void missingOrNullIdIsReplacedByTheLineNumber() throws IOException {
        List<String> out = classify("{\"id\": \"a\", \"text\": \"\"}\n{\"text\": \"a@b.com\"}\n{\"id\": null, \"text\": \"\"}\n");

        assertThat(out).containsExactly(
                "{\"id\":\"a\",\"findings\":[]}",
                "{\"line\":2,\"findings\":[{\"type\":\"EMAIL\",\"start\":0,\"end\":7,\"confidence\":0.93}]}",
                "{\"line\":3,\"findings\":[]}");
    }

    @Test
    void malformedLinesGiveErrorLinesAndProcessingGoesOn() throws IOException {
        List<String> out = classify("""
                {"id": "a", "text": "a@b.com"
                [1, 2]
                {"id": "c"}
                {"id": "d", "text": 42}
                {"id": {"x": 1}, "text": "a@b.com"}
                {"id": "f", "text": "a@b.com"} trailing
                {"id": "g", "text": "x", "text": "y"}
                {"id": "h", "text": "a@b.com"}
                """);

        assertThat(out).hasSize(8);
        assertThat(json(out.get(0)).get("line").asInt()).isEqualTo(1);
        assertThat(json(out.get(0)).get("error").asText()).startsWith("not valid JSON at column ");
        assertThat(json(out.get(1))).isEqualTo(json("{\"line\": 2, \"error\": \"not a JSON object\"}"));
        assertThat(json(out.get(2))).isEqualTo(json("{\"id\": \"c\", \"error\": \"no \\\"text\\\"\"}"));
        assertThat(json(out.get(3))).isEqualTo(json("{\"id\": \"d\", \"error\": \"\\\"text\\\" must be a string\"}"));
        assertThat(json(out.get(4))).isEqualTo(json("{\"line\": 5, \"error\": \"\\\"id\\\" must be a string or a number\"}"));
        assertThat(json(out.get(5)).get("line").asInt()).isEqualTo(6);
        assertThat(json(out.get(5)).get("error").asText()).startsWith("not valid JSON");
        assertThat(json(out.get(6)).get("error").asText()).startsWith("duplicate key");
        assertThat(out.get(7)).isEqualTo(
                "{\"id\":\"h\",\"findings\":[{\"type\":\"EMAIL\",\"start\":0,\"end\":7,\"confidence\":0.93}]}");
    }

    @Test
    void errorLinesNeverEchoTheText() throws IOException {
        List<String> out = classify("""
                {"id": "a", "text": jane@example.com}
                {"id": "b", "text": "jane@example.com" "555-0100"}
                {"id": "c", "text": ["jane@example.com"]}
                jane@example.com
                """);

        assertThat(out).hasSize(4).allSatisfy(line -> assertThat(line).doesNotContain("jane").doesNotContain("0100"));
    }

    @Test
    void blankLinesGiveErrorLinesSoOutputStaysOneLinePerInputLine() throws IOException {
        List<String> out = classify("{\"id\": \"a\", \"text\": \"\"}\n\n   \n{\"id\": \"d\", \"text\": \"\"}\n");

        assertThat(out).containsExactly(
                "{\"id\":\"a\",\"findings\":[]}",
                "{\"line\":2,\"error\":\"blank line\"}",
                "{\"line\":3,\"error\":\"blank line\"}",
                "{\"id\":\"d\",\"findings\":[]}");
    }

    @Test
    void offsetsCountUnicodeCodePointsNotUtf16Chars() throws IOException {
        // U+1F600 is two UTF-16 chars but one code point, as Python's str counts it.
        List<String> out = classify("{\"id\": \"a\", \"text\": \"\\ud83d\\ude00 caf\u00e9 a@b.com \ud83d\ude00 x@y.com\"}\n");

        JsonNode findings = json(out.get(0)).get("findings");
        assertThat(findings.get(0).get("start").asInt()).isEqualTo(7);
        assertThat(findings.get(0).get("end").asInt()).isEqualTo(14);
        assertThat(findings.get(1).get("start").asInt()).isEqualTo(17);
        assertThat(findings.get(1).get("end").asInt()).isEqualTo(24);
    }

    @Test
    void nonAsciiIdsAndTextAreReadAndWrittenAsUtf8() throws IOException {
        List<String> out = classify("{\"id\": \"f\u00fcr-\u00e9t\u00e9\", \"text\": \"\u00fc a@b.com\"}\n");

        assertThat(out).containsExactly(
                "{\"id\":\"f\u00fcr-\u00e9t\u00e9\",\"findings\":[{\"type\":\"EMAIL\",\"start\":2,\"end\":9,\"confidence\":0.93}]}");
    }

    @Test
    void aLineThatIsNotUtf8GivesAnErrorLine() throws IOException {
        byte[] input = "{\"id\": \"a\", \"text\": \"\u00ff\"}\n{\"id\": \"b\", \"text\": \"\"}\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(classify(input)).containsExactly(
                "{\"line\":1,\"error\":\"line is not valid UTF-8\"}",
                "{\"id\":\"b\",\"findings\":[]}");
    }

    @Test
    void crlfLineEndsAByteOrderMarkAndAMissingFinalNewlineAreAccepted() throws IOException {
        List<String> out = classify("\ufeff{\"id\": \"a\", \"text\": \"\"}\r\n{\"id\": \"b\", \"text\": \"a@b.com\"}");

        assertThat(out).containsExactly(
                "{\"id\":\"a\",\"findings\":[]}",
                "{\"id\":\"b\",\"findings\":[{\"type\":\"EMAIL\",\"start\":0,\"end\":7,\"confidence\":0.93}]}");
    }

    @Test
    void aLineOverTheLimitGivesAnErrorLineAndTheNextLineIsRead() throws IOException {
        byte[] huge = new byte[ClassifyLines.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] next = "\n{\"id\": \"b\", \"text\": \"\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] input = java.util.Arrays.copyOf(huge, huge.length + next.length);
        System.arraycopy(next, 0, input, huge.length, next.length);

        assertThat(classify(input)).containsExactly(
                "{\"line\":1,\"error\":\"line longer than " + ClassifyLines.MAX_LINE_BYTES + " bytes\"}",
                "{\"id\":\"b\",\"findings\":[]}");
    }

    @Test
    void emptyInputGivesNoOutput() throws IOException {
        assertThat(classify("")).isEmpty();
    }

    @Test
    void answersAreFlushedBeforeWaitingForMoreInput() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> seenBeforeSecondLine = new ArrayList<>();
        InputStream in = new InputStream() {
            private int reads;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                reads++;
                byte[] chunk = switch (reads) {
                    case 1 -> "{\"id\": \"a\", \"text\": \"\"}\n".getBytes(StandardCharsets.UTF_8);
                    case 2 -> {
                        seenBeforeSecondLine.add(out.toString(StandardCharsets.UTF_8));
                        yield "{\"id\": \"b\", \"text\": \"\"}\n".getBytes(StandardCharsets.UTF_8);
                    }
                    default -> new byte[0];
                };
                if (chunk.length == 0) {
                    return -1;
                }
                System.arraycopy(chunk, 0, buffer, offset, chunk.length);
                return chunk.length;
            }
        };

        new ClassifyLines(new TextClassifier(List.of(FAKE), ClassifierSettings.defaults())).run(in, out);

        assertThat(seenBeforeSecondLine).containsExactly("{\"id\":\"a\",\"findings\":[]}\n");
        assertThat(lines(out)).hasSize(2);
    }

    private static int run(String input, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return ContactShieldCommand.execute(args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err);
    }

    @Test
    void commandClassifiesWithTheBuiltInDetectorsAndExitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = run("{\"id\": \"a\", \"text\": \"Hi, my email is jane.roe@example.com\"}\nnot json\n",
                out, err, "classify");

        assertThat(status).isZero();
        List<String> lines = lines(out);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"type\":\"EMAIL\",\"start\":16,\"end\":36");
        assertThat(lines.get(1)).startsWith("{\"line\":2,\"error\":");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void regionAndMinimumConfidenceAreOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = run("{\"id\": \"a\", \"text\": \"a@b.com\"}\n", out, new ByteArrayOutputStream(),
                "classify", "--region", "gb", "--min-confidence", "1.0");

        assertThat(status).isZero();
        assertThat(lines(out)).hasSize(1);
    }

    @Test
    void identifierWordsKeepACentresOwnIdsOutOfThePhoneNumbers() {
        // "locker": no built-in identifier word (badge is one since the fourth session).
        String input = "{\"id\": \"a\", \"text\": \"door=L3 locker=212-555-0147 result=GRANT\"}\n";
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream configured = new ByteArrayOutputStream();

        assertThat(run(input, plain, new ByteArrayOutputStream(), "classify")).isZero();
        assertThat(run(input, configured, new ByteArrayOutputStream(), "classify", "--identifier-words", "locker,member no"))
                .isZero();

        assertThat(lines(plain).get(0)).contains("PHONE_NUMBER");
        assertThat(lines(configured).get(0)).isEqualTo("{\"id\":\"a\",\"findings\":[]}");
    }

    @Test
    void aBlankIdentifierWordIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run("", new ByteArrayOutputStream(), err, "classify", "--identifier-words", "badge, ,x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--identifier-words");
    }

    @Test
    void unknownRegionIsAUsageErrorWithExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = run("", new ByteArrayOutputStream(), err, "classify", "--region", "XY");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--region");
    }

    @Test
    void minimumConfidenceOutsideZeroToOneIsAUsageError() {
        assertThat(run("", new ByteArrayOutputStream(), new ByteArrayOutputStream(),
                "classify", "--min-confidence", "1.5")).isEqualTo(2);
    }

    @Test
    void missingSubcommandIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(run("", new ByteArrayOutputStream(), err)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("classify");
    }

    @Test
    void outputFailureEndsWithExitCodeOneAndNoText() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ContactShieldCommand.execute(new String[] {"classify"},
                new ByteArrayInputStream("{\"id\": \"a\", \"text\": \"a@b.com\"}\n".getBytes(StandardCharsets.UTF_8)),
                broken, err);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("I/O error").doesNotContain("a@b.com");
    }
}
