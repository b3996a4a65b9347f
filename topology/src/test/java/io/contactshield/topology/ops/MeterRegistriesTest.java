package io.contactshield.topology.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeterRegistriesTest {

    private PrometheusMeterRegistry registry;

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void commonTagsAreOnEveryMeterInNameOrder() {
        registry = MeterRegistries.prometheus(Map.of("region", "eu", "application", "contact-shield"));

        Counter.builder("contactshield.findings").tag("type", "EMAIL").register(registry).increment();

        assertThat(registry.scrape()).contains(
                "contactshield_findings_total{application=\"contact-shield\",region=\"eu\",type=\"EMAIL\"} 1.0");
    }

    @Test
    void jvmAndSystemMetersAreBoundAndTheBindingClosesTwice() {
        registry = MeterRegistries.prometheus(Map.of());

        MeterRegistries.Binding binding = MeterRegistries.bindJvmAndSystem(registry);

        assertThat(registry.find("jvm.memory.used").gauges()).isNotEmpty();
        assertThat(registry.find("jvm.threads.live").gauge()).isNotNull();
        assertThat(registry.find("jvm.classes.loaded").gauge()).isNotNull();
        assertThat(registry.find("system.cpu.count").gauge()).isNotNull();
        assertThat(registry.find("process.uptime").timeGauge()).isNotNull();
        assertThat(registry.find("process.files.open").gauge()).isNotNull();
        assertThat(registry.find("jvm.gc.memory.allocated").counter()).isNotNull();
        assertThatCode(() -> {
            binding.close();
            binding.close();
        }).doesNotThrowAnyException();
    }
}
