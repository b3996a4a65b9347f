package io.contactshield.topology.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application's meter registry and the JVM and system meters bound to it.
 *
 * <pre>{@code
 * PrometheusMeterRegistry registry = MeterRegistries.prometheus(Map.of("application", "contact-shield"));
 * MeterRegistries.Binding jvm = MeterRegistries.bindJvmAndSystem(registry);
 * OpsServer ops = OpsServer.start("0.0.0.0", 8080, registry, new StreamsHealth(streams));
 * // ... on shutdown, in reverse order:
 * ops.close(); jvm.close(); registry.close();
 * }</pre>
 */
public final class MeterRegistries {

    private MeterRegistries() {
    }

    /**
     * A new Prometheus registry with the given tags on every meter. The caller owns it: close it
     * on shutdown, after the {@link OpsServer} that scrapes it.
     *
     * <p>Common tags are set before anything is registered, since Micrometer applies them to
     * meters registered afterwards only. Keep them few and low-cardinality (application,
     * environment, region): Prometheus adds {@code instance} and {@code job} itself.
     */
    public static PrometheusMeterRegistry prometheus(Map<String, String> commonTags) {
        Objects.requireNonNull(commonTags, "commonTags");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<Tag> tags = new ArrayList<>();
        new TreeMap<>(commonTags).forEach((key, value) -> tags.add(Tag.of(key, value)));
        registry.config().commonTags(tags);
        return registry;
    }

    /**
     * Binds JVM memory, garbage collection, threads, class loading, processor, uptime and file
     * descriptor meters (Prometheus names such as {@code jvm_memory_used_bytes},
     * {@code jvm_gc_pause_seconds}, {@code jvm_threads_live_threads},
     * {@code jvm_classes_loaded_classes}, {@code system_cpu_usage}, {@code process_uptime_seconds},
     * {@code process_files_open_files}). Bind once per registry: a second garbage-collection
     * binding would count every pause twice.
     *
     * @return the binding to close on shutdown: the garbage-collection meters listen to GC
     *     notifications of the platform MXBeans, and closing removes those listeners. The meters
     *     themselves stay in the registry until it is closed.
     */
    public static Binding bindJvmAndSystem(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                gc.close();
            }
        };
    }

    /** Meters bound to a registry that hold resources of their own; {@link #close()} is idempotent. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {

        @Override
        void close();
    }
}
