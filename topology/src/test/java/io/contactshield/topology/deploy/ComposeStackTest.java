package io.contactshield.topology.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactshield.topology.app.ContactShieldConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose holds together without Docker: the compose file parses, every file it mounts or
 * builds from exists, the configuration it mounts is one {@code contact-shield run} accepts, the
 * KMS keys it names are the ones the LocalStack hook creates, and Prometheus and Grafana load the
 * rules and the dashboard of deploy/.
 */
class ComposeStackTest {

    private static final Path COMPOSE = DeployFiles.deploy("compose");

    private static JsonNode compose() {
        return DeployFiles.yaml(COMPOSE.resolve("docker-compose.yml"));
    }

    private static JsonNode service(String name) {
        JsonNode service = compose().path("services").path(name);
        assertThat(service.isObject()).as("service %s", name).isTrue();
        return service;
    }

    /** host path to container path of the service's bind mounts. */
    private static Map<Path, String> bindMounts(String service) {
        Map<Path, String> mounts = new HashMap<>();
        for (JsonNode volume : service(service).path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts[0].startsWith(".") || parts[0].startsWith("/")) {
                mounts.put(COMPOSE.resolve(parts[0]).normalize(), parts[1]);
            }
        }
        return mounts;
    }

    private static Path mountedAt(String service, String containerPath) {
        return bindMounts(service).entrySet().stream().filter(e -> e.getValue().equals(containerPath))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError(service + " mounts nothing at " + containerPath));
    }

    private static List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        compose().path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> environment = new HashMap<>();
        service(service).path("environment").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        return environment;
    }

    @Test
    void hasTheWholeStack() {
        assertThat(serviceNames()).contains("kafka", "schema-registry", "localstack", "contact-shield", "prometheus", "grafana");
    }

    @Test
    void everyMountedFileExists() {
        serviceNames().forEach(name ->
                bindMounts(name).keySet().forEach(path -> assertThat(path).as("%s mounts", name).exists()));
    }

    @Test
    void contactShieldIsBuiltFromTheDockerfile() {
        JsonNode build = service("contact-shield").path("build");
        Path context = COMPOSE.resolve(build.path("context").asText()).normalize();

        assertThat(context).isEqualTo(DeployFiles.root().normalize());
        assertThat(context.resolve(build.path("dockerfile").asText())).isRegularFile();
    }

    @Test
    void theMountedConfigurationIsOneRunAccepts() {
        Path file = mountedAt("contact-shield", "/etc/contact-shield/contact-shield.properties");
        ContactShieldConfig config = ContactShieldConfig.load(file, environment("contact-shield"));

        config.requireRunnable();
        assertThat(config.unknownKafkaKeys()).isEmpty();
        assertThat(config.kafka()).containsEntry("state.dir", "/var/lib/contact-shield");
        assertThat(config.getInt(ContactShieldConfig.OPS_PORT_CONFIG)).isEqualTo(9404);
        assertThat(service("contact-shield").path("ports")).extracting(JsonNode::asText).contains("9404:9404");
    }

    @Test
    void theLocalStackHookCreatesEveryKeyTheConfigurationNames() {
        Path file = mountedAt("contact-shield", "/etc/contact-shield/contact-shield.properties");
        ContactShieldConfig config = ContactShieldConfig.load(file, environment("contact-shield"));
        String hook = DeployFiles.read(mountedAt("localstack", "/etc/localstack/init/ready.d/create-keys.sh"));

        config.tenantKeys().byTenant().values().forEach(key -> assertThat(key).startsWith("alias/"));
        config.tenantKeys().byTenant().values().forEach(key -> assertThat(hook).contains(key.substring("alias/".length())));
        assertThat(hook).contains(config.tenantKeys().quarantineKeyId().orElseThrow().substring("alias/".length()));
    }

    @Test
    void prometheusScrapesContactShieldAndLoadsTheRules() {
        JsonNode prometheus = DeployFiles.yaml(mountedAt("prometheus", "/etc/prometheus/prometheus.yml"));
        Path rules = mountedAt("prometheus", prometheus.path("rule_files").get(0).asText());

        assertThat(rules).isEqualTo(DeployFiles.deploy("prometheus/contact-shield-rules.yml").normalize());
        assertThat(prometheus.path("scrape_configs").get(0).path("static_configs").get(0).path("targets"))
                .extracting(JsonNode::asText).containsExactly("contact-shield:9404");
    }

    @Test
    void grafanaProvisionsTheDashboardAndADefaultPrometheus() {
        JsonNode dataSources = DeployFiles.yaml(mountedAt("grafana", "/etc/grafana/provisioning/datasources/contact-shield.yml"));
        JsonNode providers = DeployFiles.yaml(mountedAt("grafana", "/etc/grafana/provisioning/dashboards/contact-shield.yml"));
        String folder = providers.path("providers").get(0).path("options").path("path").asText();

        assertThat(dataSources.path("datasources").get(0).path("type").asText()).isEqualTo("prometheus");
        assertThat(dataSources.path("datasources").get(0).path("isDefault").asBoolean()).isTrue();
        assertThat(mountedAt("grafana", folder + "/contact-shield.json"))
                .isEqualTo(DeployFiles.deploy("grafana/contact-shield.json").normalize());
    }
}
