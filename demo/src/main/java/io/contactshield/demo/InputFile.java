package io.contactshield.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code --input} file: newline-delimited Amazon Connect contact records, one JSON object per
 * line, published to {@code connect.ctr.raw} as they are. Lines that are not JSON objects are
 * published too (the pipeline dead-letters them); blank lines are skipped.
 */
record InputFile(List<Line> lines, Set<String> instanceArns) {

    // What tenant.<id>.connect.instances can hold: one ARN, no list separator, no blanks.
    private static final Pattern ROUTABLE = Pattern.compile("arn:[^,\\s]{1,250}");

    /** One line: its ContactId if it has one (the record key), and its text. */
    record Line(String contactId, String json) {
    }

    static InputFile read(Path file) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        List<Line> lines = new ArrayList<>();
        Set<String> arns = new LinkedHashSet<>();
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (text.isBlank()) {
                continue;
            }
            String contactId = null;
            try {
                JsonNode node = mapper.readTree(text);
                if (node != null && node.isObject()) {
                    contactId = node.path("ContactId").isTextual() ? node.get("ContactId").asText() : null;
                    JsonNode arn = node.path("InstanceARN");
                    if (arn.isTextual() && ROUTABLE.matcher(arn.asText().strip()).matches()) {
                        arns.add(arn.asText().strip());
                    }
                }
            } catch (IOException e) {
                // Not JSON: published as it is, and dead-lettered by the pipeline.
            }
            lines.add(new Line(contactId, text));
        }
        return new InputFile(List.copyOf(lines), java.util.Collections.unmodifiableSet(arns));
    }

    static InputFile none() {
        return new InputFile(List.of(), Set.of());
    }
}
