package io.contactshield.topology.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contactshield.topology.classify.Detection;
import io.contactshield.topology.classify.TextClassifier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The work of {@code contact-shield classify}: one JSON line out per line in, in order (see
 * docs/classify-cli.md). Reads bytes itself, not through a {@code Reader}, so that a line that is
 * not UTF-8 is an error for that line rather than lost line boundaries or silent replacement
 * characters, and so that output is flushed exactly when the next read could block: interactive
 * callers see each answer at once, piped input is not slowed by a flush per line.
 */
final class ClassifyLines {

    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final int READ_BUFFER = 64 * 1024;

    private final TextClassifier classifier;
    private final ObjectReader jsonReader;
    private final JsonFactory jsonFactory;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    private InputStream in;
    private final byte[] buffer = new byte[READ_BUFFER];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int lineLength;
    private boolean lineTooLong;
    private JsonGenerator out;

    ClassifyLines(TextClassifier classifier) {
        this.classifier = classifier;
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Ids go back out exactly as they came: 1.10 stays 1.10, big integers stay exact.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.jsonReader = mapper.reader();
        this.jsonFactory = mapper.getFactory();
    }

    /** Classifies every line of {@code input} to {@code output}; returns at the end of input. */
    void run(InputStream input, OutputStream output) throws IOException {
        this.in = input;
        this.out = jsonFactory.createGenerator(
                new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), READ_BUFFER));
        out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        out.setRootValueSeparator(null);
        long lineNumber = 0;
        while (readLine()) {
            lineNumber++;
            if (lineTooLong) {
                writeError(lineNumber, null, "line longer than " + MAX_LINE_BYTES + " bytes");
                continue;
            }
            int offset = 0;
            if (lineNumber == 1 && lineLength >= 3
                    && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb && (line[2] & 0xff) == 0xbf) {
                offset = 3;
            }
            String text;
            try {
                text = utf8.reset().decode(ByteBuffer.wrap(line, offset, lineLength - offset)).toString();
            } catch (CharacterCodingException e) {
                writeError(lineNumber, null, "line is not valid UTF-8");
                continue;
            }
            handle(lineNumber, text);
        }
        out.flush();
    }

    private void handle(long lineNumber, String text) throws IOException {
        if (text.isBlank()) {
            writeError(lineNumber, null, "blank line");
            return;
        }
        JsonNode request;
        try {
            request = jsonReader.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson's messages quote the input: never pass them on.
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "duplicate key" : "not valid JSON";
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            writeError(lineNumber, null, column > 0 ? what + " at column " + column : what);
            return;
        }
        if (request == null || !request.isObject()) {
            writeError(lineNumber, null, "not a JSON object");
            return;
        }
        JsonNode id = request.get("id");
        if (id != null && !id.isNull() && !id.isTextual() && !id.isNumber()) {
            writeError(lineNumber, null, "\"id\" must be a string or a number");
            return;
        }
        if (id != null && id.isNull()) {
            id = null;
        }
        JsonNode value = request.get("text");
        if (value == null) {
            writeError(lineNumber, id, "no \"text\"");
            return;
        }
        if (!value.isTextual()) {
            writeError(lineNumber, id, "\"text\" must be a string");
            return;
        }
        String freeText = value.textValue();
        List<Detection> detections;
        try {
            detections = classifier.classify(freeText);
        } catch (RuntimeException | StackOverflowError e) {
            // The class only: a detector's message could quote the text.
            writeError(lineNumber, id, "classification failed (" + e.getClass().getSimpleName() + ")");
            return;
        }
        writeFindings(lineNumber, id, freeText, detections);
    }

    private void writeFindings(long lineNumber, JsonNode id, String text, List<Detection> detections)
            throws IOException {
        out.writeStartObject();
        writeWho(lineNumber, id);
        out.writeArrayFieldStart("findings");
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (Detection detection : detections) {
            out.writeStartObject();
            out.writeStringField("type", detection.type());
            out.writeNumberField("start", offsets.of(detection.start()));
            out.writeNumberField("end", offsets.of(detection.end()));
            out.writeNumberField("confidence", Math.round(detection.confidence() * 100) / 100.0);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeRaw('\n');
    }

    private void writeError(long lineNumber, JsonNode id, String message) throws IOException {
        out.writeStartObject();
        writeWho(lineNumber, id);
        out.writeStringField("error", message);
        out.writeEndObject();
        out.writeRaw('\n');
    }

    private void writeWho(long lineNumber, JsonNode id) throws IOException {
        if (id == null) {
            out.writeNumberField("line", lineNumber);
        } else {
            out.writeFieldName("id");
            out.writeTree(id);
        }
    }

    /**
     * Reads the next line (without its {@code \n} or {@code \r\n}) into {@link #line}; false at
     * the end of input. A line over {@link #MAX_LINE_BYTES} is skipped to its end and flagged.
     */
    private boolean readLine() throws IOException {
        lineLength = 0;
        lineTooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                // About to wait for input: let the caller see every answer so far.
                out.flush();
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any && lineLength > 0 && line[lineLength - 1] == '\r') {
                        lineLength--;
                    }
                    return any;
                }
            }
            any = true;
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
        }
    }

    private void append(int from, int count) {
        if (lineTooLong) {
            return;
        }
        if ((long) lineLength + count > MAX_LINE_BYTES) {
            lineTooLong = true;
            lineLength = 0;
            line = new byte[1024];
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLength + count, Math.min(MAX_LINE_BYTES, line.length * 2)));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    /** UTF-16 index to code point index, as Python's {@code str} and most JSON readers count. */
    static final class CodePointOffsets {

        private final String text;
        private final boolean bmpOnly;

        CodePointOffsets(String text) {
            this.text = text;
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) {
                surrogates = Character.isSurrogate(text.charAt(i));
            }
            this.bmpOnly = !surrogates;
        }

        int of(int utf16Index) {
            return bmpOnly ? utf16Index : text.codePointCount(0, utf16Index);
        }
    }
}
