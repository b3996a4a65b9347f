package io.contactshield.topology.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus/contact-shield-rules.yml has the shape Prometheus loads (CI also runs
 * {@code promtool check rules} on it when promtool is installed), every alert has a runbook whose
 * anchor exists in README.md, and the PrometheusRule in deploy/k8s carries the same groups.
 */
class AlertRulesTest {

    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");
    private static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");

    static JsonNode ruleFile() {
        return DeployFiles.yaml(DeployFiles.deploy("prometheus/contact-shield-rules.yml"));
    }

    /** Every rule of every group, alerting and recording. */
    static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : ruleFile().path("groups")) {
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    @Test
    void groupsHaveUniqueNamesAndRules() {
        Set<String> names = new HashSet<>();
        for (JsonNode group : ruleFile().path("groups")) {
            assertThat(names.add(group.path("name").asText())).isTrue();
            assertThat(group.path("rules")).isNotEmpty();
        }
        assertThat(names).isNotEmpty();
    }

    @Test
    void everyAlertHasAnExpressionASeverityAndValidDurations() {
        Set<String> alerts = new HashSet<>();
        for (JsonNode rule : rules()) {
            String name = rule.path("alert").asText();
            assertThat(name).as(rule.toString()).matches("ContactShield[A-Za-z]+");
            assertThat(alerts.add(name)).as("unique %s", name).isTrue();
            assertThat(rule.path("expr").asText()).as(name).isNotBlank();
            assertThat(rule.path("labels").path("severity").asText()).as(name).isIn(SEVERITIES);
            if (rule.has("for")) {
                assertThat(rule.path("for").asText()).as(name).matches(DURATION);
            }
        }
    }

    @Test
    void coversTheFailuresTheIssueNames() {
        List<String> names = rules().stream().map(r -> r.path("alert").asText()).toList();

        assertThat(names).contains("ContactShieldDeadLettersRising", "ContactShieldKmsErrors",
                "ContactShieldKmsThrottled", "ContactShieldNoProgress", "ContactShieldStreamThreadsDead",
                "ContactShieldStreamThreadReplacedRepeatedly", "ContactShieldDataKeyCacheHitRatioLow");
    }

    @Test
    void everyAlertHasSummaryDescriptionAndARunbookInTheReadme() {
        Set<String> anchors = readmeAnchors();
        for (JsonNode rule : rules()) {
            String name = rule.path("alert").asText();
            JsonNode annotations = rule.path("annotations");
            assertThat(annotations.path("summary").asText()).as(name).isNotBlank();
            assertThat(annotations.path("description").asText()).as(name).isNotBlank();
            assertThat(annotations.path("runbook").asText()).as(name).isNotBlank();
            String url = annotations.path("runbook_url").asText();
            assertThat(url).as(name).isEqualTo("README.md#" + name.toLowerCase(Locale.ROOT));
            assertThat(anchors).as("README heading for %s", name).contains(name.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void thePrometheusRuleForTheOperatorHasTheSameGroups() {
        JsonNode prometheusRule = DeployFiles.yaml(DeployFiles.deploy("k8s/prometheusrule.yaml"));

        assertThat(prometheusRule.path("kind").asText()).isEqualTo("PrometheusRule");
        assertThat(prometheusRule.path("spec").path("groups")).isEqualTo(ruleFile().path("groups"));
    }

    /** GitHub's anchors of the README's headings: lower case, punctuation dropped, spaces as dashes. */
    static Set<String> readmeAnchors() {
        Set<String> anchors = new HashSet<>();
        for (String line : DeployFiles.read(DeployFiles.root().resolve("README.md")).split("\n")) {
            if (line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }
}
