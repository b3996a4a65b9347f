package io.contactshield.topology.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactshield.topology.app.ContactShieldConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s parses and holds together: every resource the kustomization lists exists and has
 * apiVersion, kind and a name; the pods run as a non-root user on a read-only root with every
 * capability dropped, with resources and a state volume at state.dir; the probes hit the health
 * endpoints on the port the configuration serves them on; and the configuration itself is one
 * {@code contact-shield run} accepts, given the secrets the pod gets from its environment.
 */
class KubernetesManifestsTest {

    private static final Path K8S = DeployFiles.deploy("k8s");
    /** The endpoints the ops server answers (OpsServer). */
    private static final Set<String> OPS_PATHS = Set.of("/metrics", "/health/live", "/health/ready");

    private static JsonNode kustomization() {
        return DeployFiles.yaml(K8S.resolve("kustomization.yaml"));
    }

    private static List<JsonNode> resources() {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode resource : kustomization().path("resources")) {
            Path file = K8S.resolve(resource.asText());
            assertThat(file).as("resource listed in kustomization.yaml").isRegularFile();
            documents.addAll(DeployFiles.yamlDocuments(file));
        }
        return documents;
    }

    private static JsonNode resource(String kind) {
        List<JsonNode> found = resources().stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode container() {
        JsonNode containers = resource("StatefulSet").path("spec").path("template").path("spec").path("containers");
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The ConfigMap's contact-shield.properties, from the kustomization's generator. */
    private static Path configFile() {
        for (JsonNode generator : kustomization().path("configMapGenerator")) {
            if ("contact-shield-config".equals(generator.path("name").asText())) {
                for (JsonNode file : generator.path("files")) {
                    String entry = file.asText();
                    String path = entry.contains("=") ? entry.substring(entry.indexOf('=') + 1) : entry;
                    if (path.endsWith("contact-shield.properties")) {
                        return K8S.resolve(path);
                    }
                }
            }
        }
        throw new AssertionError("no contact-shield.properties in the contact-shield-config generator");
    }

    /** What the pod's environment gives: the Secret's values, here stand-ins. */
    private static Map<String, String> podEnvironment() {
        Map<String, String> environment = new HashMap<>();
        for (JsonNode variable : container().path("env")) {
            String value = variable.has("valueFrom") ? "from-secret" : variable.path("value").asText();
            environment.put(variable.path("name").asText(), value);
        }
        return environment;
    }

    private static ContactShieldConfig config() {
        return ContactShieldConfig.load(configFile(), podEnvironment());
    }

    @Test
    void everyFileInTheFolderIsListedAndParses() throws Exception {
        Set<String> listed = new HashSet<>();
        kustomization().path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertThat(DeployFiles.yamlDocuments(file)).as(file.toString()).isNotEmpty();
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    assertThat(listed).as("kustomization.yaml lists %s", file.getFileName())
                            .contains(file.getFileName().toString());
                }
            }
        }
    }

    @Test
    void everyResourceHasApiVersionKindAndName() {
        Set<String> kinds = new HashSet<>();
        for (JsonNode resource : resources()) {
            assertThat(resource.path("apiVersion").asText()).as(resource.toString()).isNotBlank();
            assertThat(resource.path("kind").asText()).as(resource.toString()).isNotBlank();
            assertThat(resource.path("metadata").path("name").asText()).as(resource.toString()).isNotBlank();
            kinds.add(resource.path("kind").asText());
        }

        assertThat(kinds).contains("StatefulSet", "Service", "ServiceAccount", "PodDisruptionBudget",
                "NetworkPolicy", "ServiceMonitor", "PrometheusRule");
    }

    @Test
    void theConfigurationIsOneRunAccepts() {
        ContactShieldConfig config = config();

        config.requireRunnable();
        assertThat(config.unknownKafkaKeys()).isEmpty();
        assertThat(config.kafka()).containsEntry("sasl.jaas.config", "from-secret");
        assertThat(config.registry()).containsEntry("basic.auth.user.info", "from-secret");
    }

    @Test
    void noSecretIsWrittenIntoTheConfiguration() {
        String text = DeployFiles.read(configFile());

        assertThat(text).doesNotContainPattern("(?m)^\\s*(sasl\\.jaas\\.config|basic\\.auth\\.user\\.info"
                + "|kms\\.secret\\.access\\.key|ssl\\.[a-z.]*password)\\s*=");
    }

    @Test
    void theStateVolumeIsMountedAtStateDir() {
        String stateDir = config().kafka().get("state.dir").toString();
        JsonNode statefulSet = resource("StatefulSet");
        Map<String, String> mounts = new HashMap<>();
        container().path("volumeMounts").forEach(m -> mounts.put(m.path("name").asText(), m.path("mountPath").asText()));
        Set<String> claims = new HashSet<>();
        statefulSet.path("spec").path("volumeClaimTemplates").forEach(c -> claims.add(c.path("metadata").path("name").asText()));

        assertThat(claims).contains("state");
        assertThat(mounts).containsEntry("state", stateDir).containsEntry("tmp", "/tmp")
                .containsEntry("config", "/etc/contact-shield");
    }

    @Test
    void probesHitTheHealthEndpointsOnTheConfiguredPort() {
        int port = config().getInt(ContactShieldConfig.OPS_PORT_CONFIG);
        Map<String, Integer> ports = new HashMap<>();
        container().path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        JsonNode c = container();

        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/ready");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            JsonNode get = c.path(probe).path("httpGet");
            assertThat(OPS_PATHS).as(probe).contains(get.path("path").asText());
            JsonNode probePort = get.path("port");
            int resolved = probePort.isInt() ? probePort.asInt() : ports.getOrDefault(probePort.asText(), -1);
            assertThat(resolved).as("%s port", probe).isEqualTo(port);
        }
    }

    @Test
    void theServiceAndServiceMonitorScrapeTheOpsPort() {
        int port = config().getInt(ContactShieldConfig.OPS_PORT_CONFIG);
        JsonNode service = resource("Service");
        JsonNode monitor = resource("ServiceMonitor");
        JsonNode statefulSet = resource("StatefulSet");

        assertThat(service.path("spec").path("clusterIP").asText()).isEqualTo("None");
        assertThat(statefulSet.path("spec").path("serviceName").asText()).isEqualTo(service.path("metadata").path("name").asText());
        assertThat(service.path("spec").path("ports").get(0).path("port").asInt()).isEqualTo(port);
        assertThat(service.path("spec").path("ports").get(0).path("name").asText()).isEqualTo("ops");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("port").asText()).isEqualTo("ops");
        assertThat(endpoint.path("path").asText()).isEqualTo("/metrics");
        assertThat(labelsMatch(monitor.path("spec").path("selector").path("matchLabels"), service.path("metadata").path("labels")))
                .as("ServiceMonitor selects the Service").isTrue();
        assertThat(labelsMatch(service.path("spec").path("selector"), podLabels())).as("Service selects the pods").isTrue();
    }

    @Test
    void thePodRunsNonRootOnAReadOnlyRootWithNoCapabilities() {
        JsonNode pod = resource("StatefulSet").path("spec").path("template").path("spec").path("securityContext");
        JsonNode c = container().path("securityContext");

        assertThat(pod.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("runAsUser").asInt()).isPositive();
        assertThat(pod.path("fsGroup").asInt()).as("the state volume writable by the user").isPositive();
        assertThat(pod.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
        assertThat(c.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(c.path("allowPrivilegeEscalation").isBoolean()).isTrue();
        assertThat(c.path("allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(c.path("capabilities").path("drop")).extracting(JsonNode::asText).containsExactly("ALL");
    }

    @Test
    void resourcesAreRequestedAndLimited() {
        JsonNode resources = container().path("resources");

        assertThat(resources.path("requests").path("cpu").asText()).isNotBlank();
        assertThat(resources.path("requests").path("memory").asText()).isNotBlank();
        assertThat(resources.path("limits").path("memory").asText()).isNotBlank();
        assertThat(resources.path("limits").path("cpu").asText()).isNotBlank();
    }

    @Test
    void secretsComeFromSecretReferences() {
        List<JsonNode> fromSecrets = new ArrayList<>();
        container().path("env").forEach(v -> {
            if (v.path("valueFrom").has("secretKeyRef")) {
                fromSecrets.add(v);
            }
        });

        assertThat(fromSecrets).extracting(v -> v.path("name").asText())
                .contains("CONTACT_SHIELD_SASL_JAAS_CONFIG", "CONTACT_SHIELD_BASIC_AUTH_USER_INFO");
        assertThat(resource("ServiceAccount").path("metadata").path("annotations").path("eks.amazonaws.com/role-arn").asText())
                .startsWith("arn:aws:iam::");
        assertThat(resource("StatefulSet").path("spec").path("template").path("spec").path("serviceAccountName").asText())
                .isEqualTo(resource("ServiceAccount").path("metadata").path("name").asText());
    }

    @Test
    void theDisruptionBudgetAndNetworkPolicySelectThePods() {
        JsonNode pdb = resource("PodDisruptionBudget");
        JsonNode policy = resource("NetworkPolicy");
        int port = config().getInt(ContactShieldConfig.OPS_PORT_CONFIG);

        assertThat(labelsMatch(pdb.path("spec").path("selector").path("matchLabels"), podLabels())).isTrue();
        assertThat(labelsMatch(policy.path("spec").path("podSelector").path("matchLabels"), podLabels())).isTrue();
        assertThat(policy.path("spec").path("policyTypes")).extracting(JsonNode::asText).contains("Ingress", "Egress");
        assertThat(policy.path("spec").path("ingress")).hasSize(1);
        assertThat(policy.path("spec").path("ingress").get(0).path("ports")).extracting(p -> p.path("port").asInt())
                .containsExactly(port);
        List<Integer> egressPorts = new ArrayList<>();
        policy.path("spec").path("egress").forEach(e -> e.path("ports").forEach(p -> egressPorts.add(p.path("port").asInt())));
        assertThat(egressPorts).contains(53, 443, 8081, 9094);
    }

    private static JsonNode podLabels() {
        return resource("StatefulSet").path("spec").path("template").path("metadata").path("labels");
    }

    private static boolean labelsMatch(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> entry : selector.properties()) {
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
