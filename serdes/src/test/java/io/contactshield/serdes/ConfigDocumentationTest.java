package io.contactshield.serdes;

import io.contactshield.serdes.avro.AvroSerdeConfig;
import io.contactshield.serdes.consumer.ProtectedEventDeserializerConfig;
import io.contactshield.serdes.kms.KmsConfig;
import io.contactshield.testkit.docs.ConfigDocs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's configuration table is generated from the code; this keeps it so. */
class ConfigDocumentationTest {

    private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");

    @Test
    void readmeListsEveryKeyOfTheSerde() {
        ConfigDocs.checkSection(README, "serdes-config", ConfigDocs.markdownTable(AvroSerdeConfig.configDef()));
    }

    @Test
    void readmeListsEveryKeyOfTheKms() {
        ConfigDocs.checkSection(README, "kms-config", ConfigDocs.markdownTable(KmsConfig.configDef()));
    }

    @Test
    void readmeListsTheDecryptingConsumersOwnKeys() {
        ConfigDocs.checkSection(README, "decrypt-config", ConfigDocs.markdownTable(
                ProtectedEventDeserializerConfig.configDef(), name -> name.startsWith("decrypt.")));
    }
}
