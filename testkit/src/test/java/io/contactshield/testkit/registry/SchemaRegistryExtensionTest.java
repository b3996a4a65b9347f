package io.contactshield.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

class SchemaRegistryExtensionTest {

    @Test
    void withoutAJarTheTestsFailSayingHowToBuildIt() {
        assertThatThrownBy(() -> SchemaRegistryExtension.serverJar(name -> null, name -> null))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining(SchemaRegistryServer.JAR_PROPERTY)
                .hasMessageContaining(SchemaRegistryServer.JAR_ENV)
                .hasMessageContaining(SchemaRegistryExtension.URL_PROPERTY)
                .hasMessageContaining("mvn -pl registry-server package");
    }

    @Test
    void aJarThatDoesNotExistFailsNamingItsSource(@TempDir Path dir) {
        String missing = dir.resolve("quarkus-run.jar").toString();

        assertThatThrownBy(() -> SchemaRegistryExtension.serverJar(Map.of(SchemaRegistryServer.JAR_PROPERTY, missing)::get,
                name -> null))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("system property")
                .hasMessageContaining("mvn -pl registry-server package");
    }

    @Test
    void thePropertyWinsOverTheEnvironment(@TempDir Path dir) throws IOException {
        Path fromProperty = Files.createFile(dir.resolve("a.jar"));
        Path fromEnvironment = Files.createFile(dir.resolve("b.jar"));

        assertThat(SchemaRegistryExtension.serverJar(Map.of(SchemaRegistryServer.JAR_PROPERTY, fromProperty.toString())::get,
                Map.of(SchemaRegistryServer.JAR_ENV, fromEnvironment.toString())::get)).isEqualTo(fromProperty);
        assertThat(SchemaRegistryExtension.serverJar(name -> null,
                Map.of(SchemaRegistryServer.JAR_ENV, fromEnvironment.toString())::get)).isEqualTo(fromEnvironment);
    }

    @Test
    void startRejectsAMissingJarAtOnce(@TempDir Path dir) {
        assertThatThrownBy(() -> SchemaRegistryServer.start(dir.resolve("missing.jar")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mvn -pl registry-server package");
    }
}
