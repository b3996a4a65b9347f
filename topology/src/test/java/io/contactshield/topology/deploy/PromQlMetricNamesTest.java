package io.contactshield.topology.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void findsTheMetricOfARate() {
        assertThat(PromQlMetricNames.of("sum by (outcome) (rate(contactshield_events_total{outcome=\"x\"}[5m]))"))
                .containsExactly("contactshield_events_total");
    }

    @Test
    void skipsLabelsOfGroupingAndMatching() {
        assertThat(PromQlMetricNames.of("sum by (application, reason) (rate(a_total[15m])) / ignoring (reason)"
                + " group_left sum by (application) (rate(b_total[15m])) > 0.01"))
                .containsExactlyInAnyOrder("a_total", "b_total");
    }

    @Test
    void skipsGrafanaVariablesStringsAndNumbers() {
        assertThat(PromQlMetricNames.of("histogram_quantile(0.99, sum by (le) (rate(x_seconds_bucket{app=~\"$application\","
                + " instance=~\"${instance}\"}[$__rate_interval]))) * 1e3"))
                .containsExactly("x_seconds_bucket");
    }

    @Test
    void skipsAggregationsWrittenWithTheGroupingFirst() {
        assertThat(PromQlMetricNames.of("max without (client_id) (lag_max) and on (instance) up_total offset 5m == bool 0"))
                .containsExactlyInAnyOrder("lag_max", "up_total");
    }

    @Test
    void readsMetricsInsideAbsent() {
        assertThat(PromQlMetricNames.of("absent(contactshield_events_total{application=\"contact-shield\"})"))
                .containsExactly("contactshield_events_total");
    }
}
