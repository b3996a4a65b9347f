package io.contactshield.topology.app;

import static io.contactshield.topology.app.ShieldHarness.ACME;
import static io.contactshield.topology.app.ShieldHarness.GLOBEX;
import static io.contactshield.topology.app.ShieldHarness.UNKNOWN_TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The running application's operations endpoint, scraped as Prometheus and Kubernetes would. */
class MetricsEndpointIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension();

    private static final int GOOD = 30;
    private static final int GARBAGE = 3;
    private static final int UNKNOWN = 2;
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    @Test
    void countersTimersCacheKmsStreamsAndJvmMetricsAreScrapedAndProbesAnswer() throws Exception {
        try (ShieldHarness shield = new ShieldHarness("metrics", KAFKA, KMS.server(), dir, 2)) {
            shield.provisionTokenKeys(ACME, GLOBEX);
            KMS.server().resetCalls();
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            for (int i = 0; i < GOOD; i++) {
                records.add(shield.record(ContactEvents.contactId(i),
                        shield.avro(ContactEvents.contact(i, i % 2 == 0 ? ACME : GLOBEX))));
            }
            for (int i = 0; i < GARBAGE; i++) {
                records.add(shield.record("bad-" + i, ContactEvents.garbage(i)));
            }
            for (int i = 0; i < UNKNOWN; i++) {
                records.add(shield.record("stranger-" + i, shield.avro(ContactEvents.contact(100 + i, UNKNOWN_TENANT))));
            }
            shield.produce(records);

            try (ContactShieldApplication app = ContactShieldApplication.create(shield.config())) {
                app.start();
                URI base = app.ops().baseUri();
                ShieldHarness.eventually(Duration.ofSeconds(60), "every input counted",
                        () -> value(scrape(base), "contactshield_events_total", Map.of()) >= records.size());
                ShieldHarness.eventually(Duration.ofSeconds(30), "RUNNING",
                        () -> app.streams().state() == KafkaStreams.State.RUNNING);

                List<Sample> samples = scrape(base);

                assertThat(value(samples, "contactshield_events_total", Map.of("outcome", "protected", "source", "avro")))
                        .isEqualTo(GOOD);
                assertThat(value(samples, "contactshield_events_total",
                        Map.of("outcome", "dead_lettered", "source", "avro"))).isEqualTo(GARBAGE + UNKNOWN);
                assertThat(value(samples, "contactshield_events_total", Map.of("outcome", "duplicate"))).isZero();
                assertThat(value(samples, "contactshield_events_total", Map.of("source", "connect_ctr"))).isZero();
                assertThat(value(samples, "contactshield_dead_letters_total", Map.of("reason", "MALFORMED_BYTES")))
                        .isEqualTo(GARBAGE);
                assertThat(value(samples, "contactshield_dead_letters_total", Map.of("reason", "UNKNOWN_TENANT")))
                        .isEqualTo(UNKNOWN);
                // Every good event has at least an e-mail (transcript) and phone numbers (endpoint, attributes).
                assertThat(value(samples, "contactshield_findings_total", Map.of("type", "EMAIL", "action", "tokenized")))
                        .isGreaterThanOrEqualTo(GOOD);
                assertThat(value(samples, "contactshield_findings_total", Map.of("type", "PHONE_NUMBER")))
                        .isGreaterThanOrEqualTo(2 * GOOD);
                assertThat(value(samples, "contactshield_findings_total", Map.of("type", "CREDIT_CARD"))).isPositive();
                double findings = value(samples, "contactshield_findings_total", Map.of());
                assertThat(value(samples, "contactshield_tokens_total", Map.of())).isPositive().isEqualTo(findings);
                assertThat(value(samples, "contactshield_encrypted_bytes_total", Map.of()))
                        .isGreaterThan(GOOD * 500.0);
                assertThat(value(samples, "contactshield_record_seconds_count", Map.of())).isEqualTo(records.size());
                assertThat(value(samples, "contactshield_classify_seconds_count", Map.of())).isEqualTo(GOOD);
                assertThat(value(samples, "contactshield_encrypt_seconds_count", Map.of())).isEqualTo(records.size());
                assertThat(value(samples, "contactshield_record_latency_seconds_count", Map.of()))
                        .isEqualTo(records.size());
                assertThat(value(samples, "contactshield_stream_thread_replacements_total", Map.of())).isZero();
                assertThat(samples).anySatisfy(s -> assertThat(s.name()).isEqualTo("contactshield_record_seconds_bucket"));

                // Data keys: acme, globex and the quarantine key for the dead letters, each generated once.
                assertThat(value(samples, "datakey_generated_total", Map.of())).isEqualTo(3);
                assertThat(value(samples, "datakey_cache_misses_total", Map.of())).isPositive();
                assertThat(value(samples, "datakey_cache_hits_total", Map.of())
                        + value(samples, "datakey_cache_misses_total", Map.of())).isEqualTo(records.size());
                assertThat(value(samples, "datakey_cache_size", Map.of())).isGreaterThanOrEqualTo(3);
                assertThat(value(samples, "datakey_unavailable_total", Map.of())).isZero();
                assertThat(value(samples, "kms_operations_total", Map.of("operation", "GenerateDataKey", "outcome", "success")))
                        .isEqualTo(3);
                assertThat(value(samples, "kms_operations_total", Map.of("operation", "Decrypt", "outcome", "success")))
                        .as("token keys unwrapped by the keyring").isGreaterThanOrEqualTo(2);
                assertThat(value(samples, "kms_operations_total", Map.of("operation", "GenerateDataKey", "outcome", "unavailable")))
                        .isZero();
                assertThat(value(samples, "kms_operation_duration_seconds_count", Map.of("operation", "GenerateDataKey")))
                        .isEqualTo(3);
                assertThat(KMS.server().calls("GenerateDataKey")).isEqualTo(3);

                // Kafka Streams' own client metrics, through KafkaStreamsMetrics, and the JVM's.
                assertThat(samples).filteredOn(s -> s.name().startsWith("kafka_stream_")).isNotEmpty();
                assertThat(samples.stream().filter(s -> s.name().equals("kafka_stream_thread_process_total"))
                        .mapToDouble(Sample::value).sum())
                        .as("records processed by the stream thread; Kafka Streams metrics scraped: %s", samples.stream()
                                .map(Sample::name).filter(n -> n.startsWith("kafka_stream_")).distinct().toList())
                        .isGreaterThanOrEqualTo(records.size());
                assertThat(value(samples, "jvm_memory_used_bytes", Map.of())).isPositive();
                assertThat(value(samples, "jvm_threads_live_threads", Map.of())).isPositive();
                assertThat(samples).allSatisfy(s -> assertThat(s.labels()).containsEntry("application", "contact-shield"));

                HttpResponse<String> ready = get(base.resolve("/health/ready"));
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
                assertThat(ready.body()).contains("\"status\":\"UP\"", "\"state\":\"RUNNING\"", "\"check.keyring\":\"UP\"");
                HttpResponse<String> live = get(base.resolve("/health/live"));
                assertThat(live.statusCode()).isEqualTo(200);
                assertThat(get(base.resolve("/metrics")).headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
            }
        }
    }

    private HttpResponse<String> get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Sample> scrape(URI base) {
        HttpResponse<String> response = get(base.resolve("/metrics"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as("a Prometheus sample line: %s", line).isTrue();
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(3) != null) {
                Matcher label = LABEL.matcher(m.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(4))));
        }
        return samples;
    }

    /** The sum of the samples named {@code name} whose labels include {@code labels}; fails if there are none. */
    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> matching = samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
        assertThat(matching).as("samples of %s%s", name, labels).isNotEmpty();
        return matching.stream().mapToDouble(Sample::value).sum();
    }
}
