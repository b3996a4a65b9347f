package io.contactshield.testkit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/**
 * Keeps the configuration tables in the docs generated from the {@link ConfigDef}s, so that a key,
 * its default and its documentation are written once, in code.
 *
 * <p>A table sits in a Markdown file between {@code <!-- NAME:begin -->} and
 * {@code <!-- NAME:end -->}. A test calls {@link #checkSection}: it fails when the table is stale,
 * and with {@code -Dcontactshield.docs.update=true} it rewrites the table instead.
 */
public final class ConfigDocs {

    /** System property that makes {@link #checkSection} rewrite stale sections. */
    public static final String UPDATE_PROPERTY = "contactshield.docs.update";

    private ConfigDocs() {
    }

    /** A Markdown table of every key: most important first, then by name. */
    public static String markdownTable(ConfigDef definition) {
        return markdownTable(definition, name -> true);
    }

    /** A Markdown table of the keys whose names {@code include} accepts. */
    public static String markdownTable(ConfigDef definition, Predicate<String> include) {
        List<ConfigKey> keys = definition.configKeys().values().stream()
                .filter(key -> !key.internalConfig && include.test(key.name))
                .sorted(Comparator.comparing((ConfigKey key) -> key.importance).thenComparing(key -> key.name))
                .toList();
        StringBuilder table = new StringBuilder()
                .append("| key | type | default | valid values | importance | description |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (ConfigKey key : keys) {
            table.append("| `").append(key.name).append("` | ")
                    .append(key.type.name().toLowerCase()).append(" | ")
                    .append(cell(defaultOf(key))).append(" | ")
                    .append(cell(key.validator == null ? "" : key.validator.toString())).append(" | ")
                    .append(key.importance.name().toLowerCase()).append(" | ")
                    .append(cell(key.documentation)).append(" |\n");
        }
        return table.toString();
    }

    /**
     * Checks that the section {@code name} of {@code file} holds {@code content}; rewrites it when
     * {@link #UPDATE_PROPERTY} is true.
     *
     * @throws AssertionError if the section is missing or stale (and not being updated)
     */
    public static void checkSection(Path file, String name, String content) {
        String begin = "<!-- " + name + ":begin -->\n";
        String end = "<!-- " + name + ":end -->";
        String text = read(file);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError(file + " has no section between '" + begin.strip() + "' and '" + end + "'");
        }
        String current = text.substring(from + begin.length(), to);
        if (current.equals(content)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(file, text.substring(0, from + begin.length()) + content + text.substring(to));
            return;
        }
        throw new AssertionError("The section '" + name + "' of " + file + " is stale: its code changed."
                + " Rewrite it with -D" + UPDATE_PROPERTY + "=true and commit the result.\n"
                + "--- expected ---\n" + content + "--- found ---\n" + current);
    }

    private static String defaultOf(ConfigKey key) {
        if (!key.hasDefault()) {
            return "(required)";
        }
        if (key.defaultValue == null) {
            return "null";
        }
        if (key.type == ConfigDef.Type.PASSWORD) {
            return "[hidden]";
        }
        String text = ConfigDef.convertToString(key.defaultValue, key.type);
        return text.isEmpty() ? "\"\"" : text;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
