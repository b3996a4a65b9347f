package io.contactshield.topology.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/grafana/contact-shield.json is importable into Grafana 10+ and provisionable: the data
 * source is a variable, every panel queries through it, filters by the application and instance
 * variables, and covers what operators watch. (That the metrics exist: {@link ExportedMetricsIT}.)
 */
class GrafanaDashboardTest {

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.*),\\s*[A-Za-z_][A-Za-z0-9_]*\\)");

    static JsonNode dashboard() {
        return DeployFiles.json(DeployFiles.deploy("grafana/contact-shield.json"));
    }

    /** Every panel, rows' collapsed panels included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            for (JsonNode inner : panel.path("panels")) {
                panels.add(inner);
            }
        }
        return panels;
    }

    /** The PromQL of every panel target and of every query variable ({@code label_values(m, l)} gives m). */
    static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            for (JsonNode target : panel.path("targets")) {
                expressions.add(target.path("expr").asText());
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if ("query".equals(variable.path("type").asText())) {
                JsonNode query = variable.path("query");
                String text = query.isObject() ? query.path("query").asText() : query.asText();
                Matcher m = LABEL_VALUES.matcher(text.strip());
                expressions.add(m.matches() ? m.group(1) : text);
            }
        }
        return expressions;
    }

    private static List<JsonNode> queryPanels() {
        return panels(dashboard()).stream().filter(p -> !"row".equals(p.path("type").asText())).toList();
    }

    @Test
    void isADashboardGrafanaTenImports() {
        JsonNode dashboard = dashboard();

        assertThat(dashboard.path("uid").asText()).isEqualTo("contact-shield");
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(dashboard.has("id")).as("no database id: it would clash on import").isFalse();
    }

    @Test
    void theDataSourceIsAVariable() {
        JsonNode variables = dashboard().path("templating").path("list");
        List<JsonNode> dataSources = new ArrayList<>();
        variables.forEach(v -> {
            if ("datasource".equals(v.path("type").asText())) {
                dataSources.add(v);
            }
        });

        assertThat(dataSources).singleElement().satisfies(v -> {
            assertThat(v.path("name").asText()).isEqualTo("DS_PROMETHEUS");
            assertThat(v.path("query").asText()).isEqualTo("prometheus");
        });
    }

    @Test
    void hasApplicationAndInstanceVariables() {
        Set<String> names = new HashSet<>();
        dashboard().path("templating").path("list").forEach(v -> names.add(v.path("name").asText()));

        assertThat(names).contains("application", "instance");
    }

    @Test
    void everyPanelAndTargetQueriesThroughTheDataSourceVariable() {
        for (JsonNode panel : queryPanels()) {
            assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText())
                    .isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("datasource").path("uid").asText()).isEqualTo("${DS_PROMETHEUS}");
            }
        }
    }

    @Test
    void everyQueryFiltersByApplicationAndInstance() {
        for (JsonNode panel : queryPanels()) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                // Every selector of the expression, not only the first.
                Matcher selectors = Pattern.compile("[a-z_:]+\\{([^}]*)}").matcher(expr);
                int count = 0;
                while (selectors.find()) {
                    count++;
                    assertThat(selectors.group(1)).as(expr)
                            .contains("application=~\"$application\"", "instance=~\"$instance\"");
                }
                assertThat(count).as(expr).isPositive();
            }
        }
    }

    @Test
    void panelIdsAreUniqueAndEveryPanelIsPlaced() {
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : panels(dashboard())) {
            assertThat(ids.add(panel.path("id").asInt())).as("id %s", panel.path("id")).isTrue();
            JsonNode pos = panel.path("gridPos");
            assertThat(pos.path("w").asInt()).isBetween(1, 24);
            assertThat(pos.path("x").asInt() + pos.path("w").asInt()).isLessThanOrEqualTo(24);
            assertThat(pos.path("h").asInt()).isPositive();
        }
    }

    @Test
    void coversWhatOperatorsWatch() {
        String all = String.join("\n", expressions(dashboard()));

        assertThat(all).contains(
                "contactshield_events_total",
                "contactshield_dead_letters_total",
                "contactshield_findings_total",
                "kms_operations_total",
                "kms_operation_duration_seconds_count",
                "datakey_cache_hits_total",
                "datakey_cache_misses_total",
                "histogram_quantile(0.99, sum by (le) (rate(contactshield_record_latency_seconds_bucket",
                "kafka_consumer_fetch_manager_records_lag_max",
                "kafka_stream_thread_thread_state",
                "kafka_consumer_coordinator_rebalance_total",
                "contactshield_stream_thread_replacements_total",
                "jvm_memory_used_bytes",
                "jvm_gc_pause_seconds");
    }
}
