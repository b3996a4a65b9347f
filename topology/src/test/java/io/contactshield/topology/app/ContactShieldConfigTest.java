package io.contactshield.topology.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.topology.pipeline.PipelineTopics;
import io.contactshield.testkit.docs.ConfigDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactShieldConfigTest {

    private static final Path README = Path.of("..", "README.md");

    private static Map<String, String> minimal() {
        Map<String, String> entries = new HashMap<>();
        entries.put("bootstrap.servers", "127.0.0.1:9092");
        entries.put("tenant.acme.kms.key.id", "alias/acme");
        entries.put("pipeline.quarantine.kms.key.id", "alias/quarantine");
        return entries;
    }

    @Test
    void aMinimalConfigurationRunsWithTheDefaults() {
        ContactShieldConfig config = ContactShieldConfig.of(minimal());
        config.requireRunnable();
        assertThat(config.topics()).isEqualTo(PipelineTopics.DEFAULTS);
        assertThat(config.tenantKeys().keyIdFor("acme")).isEqualTo("alias/acme");
        assertThat(config.tenantKeys().quarantineKeyId()).contains("alias/quarantine");
        assertThat(config.kafka()).containsEntry("bootstrap.servers", "127.0.0.1:9092")
                .doesNotContainKeys("tenant.acme.kms.key.id", "pipeline.quarantine.kms.key.id");
        assertThat(config.dataKeyLimits().hard().age()).isEqualTo(Duration.ofHours(4));
        assertThat(config.unknownKafkaKeys()).isEmpty();
    }

    @Test
    void everyBadKeyIsNamedAtOnceAndNoValueIsShown() {
        Map<String, String> entries = minimal();
        entries.put("pipeline.topic.protectd", "x");
        entries.put("kms.regoin", "eu-west-2");
        entries.put("tenant.acme.kms.keyid", "secret-value-1");
        entries.put("classify.min.confidence", "secret-value-2");
        entries.put("ops.http.port", "99999");
        assertThatThrownBy(() -> ContactShieldConfig.of(entries))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("classify.min.confidence")
                .hasMessageContaining("ops.http.port")
                .hasMessageNotContaining("secret-value");
        entries.remove("classify.min.confidence");
        entries.remove("ops.http.port");
        assertThatThrownBy(() -> ContactShieldConfig.of(entries))
                .hasMessageContaining("pipeline.topic.protectd: unknown key")
                .hasMessageContaining("pipeline.topic.protected")
                .hasMessageContaining("kms.regoin: unknown key")
                .hasMessageContaining("tenant.acme.kms.keyid: unknown key")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void identifierWordsReachTheClassifierAndABadOneIsNamed() {
        Map<String, String> entries = minimal();
        entries.put("classify.identifier.words", "Badge, member no ,Leseausweis");
        assertThat(ContactShieldConfig.of(entries).classifierSettings().identifierWords())
                .containsExactly("badge", "member no", "leseausweis");
        entries.put("classify.identifier.words", "badge,1234");
        assertThatThrownBy(() -> ContactShieldConfig.of(entries))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("classify.identifier.words");
    }

    @Test
    void runNeedsBrokersAQuarantineKeyAndATenant() {
        ContactShieldConfig config = ContactShieldConfig.of(Map.of("classify.scan.all.strings", "true"));
        assertThatThrownBy(config::requireRunnable)
                .hasMessageContaining("bootstrap.servers: missing")
                .hasMessageContaining("pipeline.quarantine.kms.key.id: missing")
                .hasMessageContaining("no tenant configured");
    }

    @Test
    void connectInstancesRouteToConfiguredTenantsOnly() {
        Map<String, String> entries = minimal();
        entries.put("tenant.acme.connect.instances",
                "arn:aws:connect:eu-west-2:111122223333:instance/abc, 444455556666");
        assertThat(ContactShieldConfig.of(entries).connectRoutes()).containsOnly(
                Map.entry("arn:aws:connect:eu-west-2:111122223333:instance/abc", "acme"),
                Map.entry("444455556666", "acme"));
        entries.put("tenant.globex.connect.instances", "444455556666");
        assertThatThrownBy(() -> ContactShieldConfig.of(entries))
                .hasMessageContaining("routed to two tenants")
                .hasMessageContaining("tenant 'globex' has no tenant.globex.kms.key.id");
    }

    @Test
    void theQuarantineTenantIdIsReserved() {
        Map<String, String> entries = minimal();
        entries.put("tenant._quarantine.kms.key.id", "alias/x");
        assertThatThrownBy(() -> ContactShieldConfig.of(entries)).hasMessageContaining("tenant._quarantine.kms.key.id");
    }

    @Test
    void hardDataKeyLimitsBelowSoftOnesAreRefused() {
        Map<String, String> entries = minimal();
        entries.put("data.key.soft.max.messages", "100");
        entries.put("data.key.hard.max.messages", "10");
        assertThatThrownBy(() -> ContactShieldConfig.of(entries)).hasMessageContaining("data.key.hard.max.messages");
    }

    @Test
    void kafkaKeysPassThroughAndStrangeOnesAreReported() {
        Map<String, String> entries = minimal();
        entries.put("security.protocol", "SSL");
        entries.put("ssl.truststore.location", "/etc/kafka/truststore.p12");
        entries.put("producer.linger.ms", "5");
        entries.put("schema.registry.url", "https://registry:8081");
        entries.put("bootstrap.server", "typo:9092");
        ContactShieldConfig config = ContactShieldConfig.of(entries);
        assertThat(config.kafka()).containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.location", "/etc/kafka/truststore.p12")
                .containsEntry("producer.linger.ms", "5")
                .doesNotContainKey("schema.registry.url");
        assertThat(config.registry()).containsEntry("schema.registry.url", "https://registry:8081");
        assertThat(config.unknownKafkaKeys()).containsExactly("bootstrap.server");
    }

    @Test
    void environmentVariablesOverrideTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ntenant.acme.kms.key.id=alias/acme\n"
                + "pipeline.quarantine.kms.key.id=alias/q\nclassify.default.region=GB\n", StandardCharsets.UTF_8);
        ContactShieldConfig config = ContactShieldConfig.load(file, Map.of(
                "CONTACT_SHIELD_BOOTSTRAP_SERVERS", "env:9092",
                "CONTACT_SHIELD_CLASSIFY_DEFAULT_REGION", "de",
                "PATH", "/usr/bin"));
        assertThat(config.kafka()).containsEntry("bootstrap.servers", "env:9092");
        assertThat(config.classifierSettings().defaultRegion()).isEqualTo("DE");
    }

    @Test
    void readmeDocumentsEveryKey() {
        ConfigDocs.checkSection(README, "pipeline-config", ConfigDocs.markdownTable(ContactShieldConfig.configDef()));
    }
}
