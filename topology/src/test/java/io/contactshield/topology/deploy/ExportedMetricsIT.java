package io.contactshield.topology.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.registry.MockSchemaRegistry;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.topology.app.ContactShieldApplication;
import io.contactshield.topology.app.ContactShieldConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric the Grafana dashboard and the Prometheus alert rules query is one the running
 * application exports: the real application over the real broker (local KMS, in-memory registry),
 * a few events through it, then one scrape of {@code /metrics}. A panel over a metric that does
 * not exist would show "No data" for ever, and an alert over one would never fire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportedMetricsIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String CONTACTS = "deploy.contacts." + SUFFIX;
    private static final int EVENTS = 5;

    @TempDir
    static Path dir;

    private ContactShieldApplication application;
    private String scrape;

    @BeforeAll
    void runTheApplication() throws Exception {
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        Path keyFile = dir.resolve("master.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(masterKey));
        String registryScope = "deploy-" + SUFFIX;
        Map<String, String> entries = new TreeMap<>();
        entries.put("bootstrap.servers", KAFKA.bootstrapServers());
        entries.put("application.id", "contact-shield-deploy-" + SUFFIX);
        entries.put("state.dir", dir.resolve("state").toString());
        entries.put("commit.interval.ms", "100");
        entries.put("schema.registry.url", "mock://" + registryScope);
        entries.put("kms.provider", "local");
        entries.put("kms.local.master.key.file", keyFile.toString());
        entries.put("keyring.auto.create", "true");
        entries.put("keyring.topic", "deploy.keyring." + SUFFIX);
        entries.put("pipeline.topics.create", "true");
        entries.put("pipeline.topic.contacts", CONTACTS);
        entries.put("pipeline.topic.connect.records", "deploy.ctr." + SUFFIX);
        entries.put("pipeline.topic.protected", "deploy.protected." + SUFFIX);
        entries.put("pipeline.topic.audit", "deploy.audit." + SUFFIX);
        entries.put("pipeline.topic.dead.letters", "deploy.dlq." + SUFFIX);
        entries.put("pipeline.quarantine.kms.key.id", "local:quarantine");
        entries.put("tenant.acme.kms.key.id", "local:acme");
        entries.put("ops.http.host", "127.0.0.1");
        entries.put("ops.http.port", "0");
        application = ContactShieldApplication.create(ContactShieldConfig.of(entries));
        application.start();

        AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(MockSchemaRegistry.forScope(registryScope));
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> out = new KafkaProducer<>(producer, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                byte[] value = serializer.serialize(CONTACTS, event("c-" + i, "e-" + i));
                out.send(new ProducerRecord<>(CONTACTS, ("c-" + i).getBytes(StandardCharsets.UTF_8), value)).get();
            }
            // Not the wire format: a dead letter, so the dead-letter series move too.
            out.send(new ProducerRecord<>(CONTACTS, "bad".getBytes(StandardCharsets.UTF_8),
                    "not avro".getBytes(StandardCharsets.UTF_8))).get();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (processed() < EVENTS + 1) {
            assertThat(System.nanoTime()).as("records processed in time; streams %s", application.streams().state())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(application.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
        // One more fetch round, so the consumer's fetch metrics have samples.
        Thread.sleep(1_000);

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(application.ops().baseUri().resolve("metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        scrape = response.body();
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        if (Files.isDirectory(target)) {
            // Kept for whoever edits the dashboard: every series name the application exports.
            Files.writeString(target.resolve("contact-shield-metrics.txt"), scrape);
        }
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private double processed() {
        return application.meters().find("contactshield.events").counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private static ContactEvent event(String contactId, String eventId) {
        // Invented values: a reserved-for-fiction UK number and an example.com address.
        String phone = "+447700900123";
        return ContactEvent.newBuilder()
                .setEventId(eventId)
                .setTenantId("acme")
                .setEventTime(Instant.now())
                .setContactId(contactId)
                .setCustomerEndpoint(new CustomerEndpoint(phone, "TELEPHONE_NUMBER", null))
                .setCustomerName("Jane Example")
                .setAgentNotes("Wants the receipt sent to jane@example.com")
                .setAttributes(Map.of("queue", "billing"))
                .setTranscript(List.of(TranscriptSegment.newBuilder()
                        .setParticipantRole("CUSTOMER")
                        .setContent("call me back on " + phone)
                        .build()))
                .build();
    }

    /** Names of the series in the scrape, histogram buckets, counts and sums included. */
    private Set<String> exportedSeries() {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    @Test
    void everyMetricTheDashboardQueriesIsExported() {
        Set<String> queried = new TreeSet<>();
        for (String expr : GrafanaDashboardTest.expressions(GrafanaDashboardTest.dashboard())) {
            queried.addAll(PromQlMetricNames.of(expr));
        }

        assertThat(queried).as("metrics the dashboard queries").isNotEmpty();
        assertThat(exportedSeries()).containsAll(queried);
    }

    @Test
    void everyMetricTheAlertRulesQueryIsExported() {
        Set<String> queried = new TreeSet<>();
        for (JsonNode rule : AlertRulesTest.rules()) {
            queried.addAll(PromQlMetricNames.of(rule.path("expr").asText()));
        }

        assertThat(queried).as("metrics the alert rules query").isNotEmpty();
        assertThat(exportedSeries()).containsAll(queried);
    }

    @Test
    void everySeriesCarriesTheApplicationLabelTheDashboardFiltersOn() {
        assertThat(scrape).contains("contactshield_events_total{application=\"contact-shield\"");
    }
}
