package io.contactshield.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDocsTest {

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define("b.timeout.ms", Type.INT, 100, Range.atLeast(1), Importance.LOW, "Timeout | in ms.")
            .define("a.url", Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH, "Where to go.")
            .define("c.secret", Type.PASSWORD, "s3cret", Importance.MEDIUM, "Never shown.");

    @Test
    void rendersKeysMostImportantFirstWithEscapedCells() {
        assertThat(ConfigDocs.markdownTable(DEFINITION)).isEqualTo("""
                | key | type | default | valid values | importance | description |
                | --- | --- | --- | --- | --- | --- |
                | `a.url` | list | (required) |  | high | Where to go. |
                | `c.secret` | password | [hidden] |  | medium | Never shown. |
                | `b.timeout.ms` | int | 100 | [1,...] | low | Timeout \\| in ms. |
                """);
    }

    @Test
    void staleSectionFailsAndNamesTheFix(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("README.md"), "intro\n<!-- cfg:begin -->\nold\n<!-- cfg:end -->\nrest\n");

        assertThatThrownBy(() -> ConfigDocs.checkSection(file, "cfg", "new\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("is stale")
                .hasMessageContaining("-Dcontactshield.docs.update=true");
        assertThat(Files.readString(file)).contains("\nold\n");
    }

    @Test
    void currentSectionPasses(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("README.md"), "<!-- cfg:begin -->\nsame\n<!-- cfg:end -->\n");

        ConfigDocs.checkSection(file, "cfg", "same\n");
    }

    @Test
    void missingSectionFails(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("README.md"), "nothing here\n");

        assertThatThrownBy(() -> ConfigDocs.checkSection(file, "cfg", "x\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has no section");
    }

    @Test
    void updateModeRewritesOnlyTheSection(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("README.md"), "intro\n<!-- cfg:begin -->\nold\n<!-- cfg:end -->\nrest\n");
        System.setProperty(ConfigDocs.UPDATE_PROPERTY, "true");
        try {
            ConfigDocs.checkSection(file, "cfg", "new\n");
        } finally {
            System.clearProperty(ConfigDocs.UPDATE_PROPERTY);
        }

        assertThat(Files.readString(file)).isEqualTo("intro\n<!-- cfg:begin -->\nnew\n<!-- cfg:end -->\nrest\n");
    }
}
