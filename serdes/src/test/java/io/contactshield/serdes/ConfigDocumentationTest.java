package io.contactshield.serdes;

import io.contactshield.serdes.avro.AvroSerdeConfig;
import io.contactshield.testkit.docs.ConfigDocs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is generated from the code; this keeps it so. */
class ConfigDocumentationTest {

    @Test
    void readmeListsEveryKeyOfTheSerde() {
        Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");

        ConfigDocs.checkSection(readme, "serdes-config", ConfigDocs.markdownTable(AvroSerdeConfig.configDef()));
    }
}
