package io.contactshield.topology.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicReference<Health> health =
            new AtomicReference<>(new Health(true, true, "RUNNING", Map.of("state", "RUNNING")));
    private PrometheusMeterRegistry registry;
    private OpsServer server;

    @BeforeEach
    void start() throws IOException {
        registry = MeterRegistries.prometheus(Map.of("application", "contact-shield"));
        server = OpsServer.start("127.0.0.1", 0, registry, health::get);
    }

    @AfterEach
    void stop() {
        server.close();
        registry.close();
    }

    @Test
    void bindsAnEphemeralPortAndNamesItInTheBaseUri() {
        assertThat(server.port()).isPositive();
        assertThat(server.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @Test
    void metricsServesCountersUnderTheirPrometheusNames() throws Exception {
        Counter.builder("contactshield.events").tag("outcome", "protected").register(registry).increment(3);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body())
                .contains("# TYPE contactshield_events_total counter")
                .contains("contactshield_events_total{application=\"contact-shield\",outcome=\"protected\"} 3.0");
    }

    @Test
    void metricsServesOpenMetricsWhenAcceptAsksForIt() throws Exception {
        Counter.builder("contactshield.events").tag("outcome", "protected").register(registry).increment();
        // What Prometheus sends.
        String accept = "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

        HttpResponse<String> response = send(request("/metrics").header("Accept", accept).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/openmetrics-text; version=1.0.0; charset=utf-8");
        assertThat(response.body())
                .contains("# TYPE contactshield_events counter")
                .contains("contactshield_events_total{application=\"contact-shield\",outcome=\"protected\"} 1.0")
                .endsWith("# EOF\n");
    }

    @Test
    void metricsServesJvmAndSystemMetersOnceBound() throws Exception {
        try (MeterRegistries.Binding jvm = MeterRegistries.bindJvmAndSystem(registry)) {
            String body = get("/metrics").body();

            assertThat(body).contains(
                    "jvm_memory_used_bytes{application=\"contact-shield\",area=\"heap\"",
                    "jvm_threads_live_threads{",
                    "jvm_classes_loaded_classes{",
                    "jvm_gc_",
                    "system_cpu_count{",
                    "process_uptime_seconds{",
                    "process_files_open_files{");
        }
    }

    @Test
    void liveIsOkWhileLiveEvenWhenNotReady() throws Exception {
        health.set(new Health(true, false, "REBALANCING", Map.of("state", "REBALANCING")));

        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(
                "{\"status\":\"UP\",\"state\":\"REBALANCING\",\"details\":{\"state\":\"REBALANCING\"}}");
    }

    @Test
    void liveIsUnavailableWhenNotLive() throws Exception {
        health.set(new Health(false, false, "ERROR", Map.of("state", "ERROR")));

        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).startsWith("{\"status\":\"DOWN\",\"state\":\"ERROR\"");
    }

    @Test
    void readyIsOkWhenReady() throws Exception {
        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(
                "{\"status\":\"UP\",\"state\":\"RUNNING\",\"details\":{\"state\":\"RUNNING\"}}");
    }

    @Test
    void readyIsUnavailableWithStateAndDetailsWhenNotReady() throws Exception {
        health.set(new Health(true, false, "RUNNING", Map.of("state", "RUNNING", "check.keyring", "DOWN")));

        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"state\":\"RUNNING\","
                + "\"details\":{\"check.keyring\":\"DOWN\",\"state\":\"RUNNING\"}}");
    }

    @Test
    void aHealthCheckThatThrowsIsUnavailableWithoutItsMessage() throws Exception {
        server.close();
        server = OpsServer.start("127.0.0.1", 0, registry, () -> {
            throw new IllegalStateException("4111 1111 1111 1111");
        });

        HttpResponse<String> live = get("/health/live");
        HttpResponse<String> ready = get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(503);
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body())
                .contains("\"state\":\"UNKNOWN\"", "IllegalStateException")
                .doesNotContain("4111");
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        assertThat(get("/metrics/extra").statusCode()).isEqualTo(404);
        assertThat(get("/health").statusCode()).isEqualTo(404);
    }

    @Test
    void otherMethodsAreNotAllowedAndSayWhatIs() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> response =
                    send(request("/metrics").method(method, HttpRequest.BodyPublishers.ofString("x")));

            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD");
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> get = get("/health/ready");

        HttpResponse<String> head = send(request("/health/ready").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(get.body().length());
    }

    @Test
    void headOfMetricsAndOfAnUnreadyProbeKeepTheirStatus() throws Exception {
        health.set(new Health(true, false, "CREATED", Map.of()));

        HttpResponse<String> metrics = send(request("/metrics").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> ready = send(request("/health/ready").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEmpty();
    }

    @Test
    void concurrentScrapesAllSucceed() throws Exception {
        MeterRegistries.Binding jvm = MeterRegistries.bindJvmAndSystem(registry);
        Counter.builder("contactshield.events").tag("outcome", "protected").register(registry).increment();
        try {
            List<CompletableFuture<HttpResponse<String>>> scrapes = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                scrapes.add(client.sendAsync(request(i % 4 == 0 ? "/health/ready" : "/metrics").GET().build(),
                        HttpResponse.BodyHandlers.ofString()));
            }

            for (CompletableFuture<HttpResponse<String>> scrape : scrapes) {
                HttpResponse<String> response = scrape.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                if (response.uri().getPath().equals("/metrics")) {
                    assertThat(response.body()).contains("contactshield_events_total", "jvm_memory_used_bytes");
                }
            }
        } finally {
            jvm.close();
        }
    }

    @Test
    void slowChecksRunOnTwoDaemonThreadsWhileTheRestWait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Set<Thread> handlers = ConcurrentHashMap.newKeySet();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        server.close();
        server = OpsServer.start("127.0.0.1", 0, registry, () -> {
            handlers.add(Thread.currentThread());
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return health.get();
        });

        List<CompletableFuture<HttpResponse<String>>> probes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            probes.add(client.sendAsync(request("/health/ready").GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (running.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
        assertThat(running.get()).isEqualTo(2);
        release.countDown();

        for (CompletableFuture<HttpResponse<String>> probe : probes) {
            assertThat(probe.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(mostRunning.get()).isEqualTo(2);
        assertThat(handlers).hasSize(2).allSatisfy(thread -> {
            assertThat(thread.isDaemon()).isTrue();
            assertThat(thread.getName()).startsWith("contact-shield-ops-");
        });
    }

    @Test
    void closeFreesThePortForANewServer() throws Exception {
        int port = server.port();
        get("/metrics");
        server.close();

        server = OpsServer.start("127.0.0.1", port, registry, health::get);

        assertThat(server.port()).isEqualTo(port);
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void closeIsPromptAndIdempotentAndStopsServing() throws Exception {
        get("/metrics");
        long started = System.nanoTime();

        server.close();
        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(900));
        assertThatThrownBy(() -> get("/metrics")).isInstanceOf(IOException.class);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(TIMEOUT);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
