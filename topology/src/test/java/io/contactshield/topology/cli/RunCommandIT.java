package io.contactshield.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClients;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.testkit.registry.SchemaRegistryExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contact-shield run} as an operator runs it: a separate JVM, a properties file, a real
 * broker and a real registry, stopped with SIGTERM.
 */
class RunCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();

    private static final String EMAIL = "leak.canary.7731@example.org";
    private static final String PHONE = "+44 7700 900761";

    @TempDir
    Path dir;

    private Path config(int port, String prefix) throws IOException {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        Path masterKey = dir.resolve("master.key");
        Files.writeString(masterKey, Base64.getEncoder().encodeToString(master));
        Path file = dir.resolve("contact-shield.properties");
        Files.writeString(file, String.join("\n",
                "bootstrap.servers=" + KAFKA.bootstrapServers(),
                "application.id=" + prefix + "-app",
                "state.dir=" + dir.resolve("state"),
                "commit.interval.ms=200",
                "schema.registry.url=" + REGISTRY.url(),
                "kms.provider=local",
                "kms.local.master.key.file=" + masterKey,
                "pipeline.quarantine.kms.key.id=local:quarantine",
                "tenant.acme.kms.key.id=local:acme",
                "pipeline.topic.contacts=" + prefix + ".raw",
                "pipeline.topic.connect.records=" + prefix + ".ctr",
                "pipeline.topic.protected=" + prefix + ".protected",
                "pipeline.topic.audit=" + prefix + ".audit",
                "pipeline.topic.dead.letters=" + prefix + ".dlq",
                "pipeline.topics.create=true",
                "keyring.topic=" + prefix + ".keyring",
                "keyring.auto.create=true",
                "ops.http.host=127.0.0.1",
                "ops.http.port=" + port,
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ContactShieldCommand.execute(args, new ByteArrayInputStream(new byte[0]), out, err, Map.of(), null);
        lastOut = out.toString(StandardCharsets.UTF_8);
        lastErr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private String lastOut;
    private String lastErr;

    @Test
    void validateConfigAcceptsAGoodFile() throws IOException {
        Path file = config(0, "validate");
        assertThat(run("run", "--config", file.toString(), "--validate-config")).isEqualTo(RunCommand.OK);
        assertThat(lastOut).contains("configuration OK: 1 tenants");
    }

    @Test
    void validateConfigNamesEveryBadKeyAndExitsWithTwo() throws IOException {
        Path file = config(0, "invalid");
        Files.writeString(file, "pipeline.topic.protectd=x\nkms.regoin=eu\nops.http.port=not-a-port\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("run", "--config", file.toString(), "--validate-config")).isEqualTo(RunCommand.USAGE);
        assertThat(lastErr).contains("ops.http.port");
        Files.writeString(file, Files.readString(file).replace("ops.http.port=not-a-port\n", ""));
        assertThat(run("run", "--config", file.toString(), "--validate-config")).isEqualTo(RunCommand.USAGE);
        assertThat(lastErr).contains("pipeline.topic.protectd: unknown key").contains("kms.regoin: unknown key");
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        assertThat(run("run", "--config", dir.resolve("nope.properties").toString())).isEqualTo(RunCommand.USAGE);
        assertThat(lastErr).contains("cannot read");
    }

    @Test
    void runsAsAServiceProtectsAndStopsGracefullyOnSigterm() throws Exception {
        int port = freePort();
        Path file = config(port, "svc");
        Path log = dir.resolve("run.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ContactShieldCommand.class.getName(), "run", "--config", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReady(port, process, log);
            produce();
            Map<AuditAction, Integer> actions = awaitAudits(6);
            assertThat(actions).containsEntry(AuditAction.PROTECTED, 5).containsEntry(AuditAction.DEAD_LETTERED, 1);

            HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("contactshield_events_total{");

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
            // The JVM reports a SIGTERM as 128 + 15 whatever main returns; the shutdown hook ran.
            assertThat(process.exitValue()).isIn(0, 143);
            String output = Files.readString(log);
            assertThat(output).contains("contact-shield started").contains("contact-shield stopped");
            assertThat(output).doesNotContain(EMAIL).doesNotContain(PHONE).doesNotContain(PHONE.replace(" ", ""));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitReady(int port, Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("contact-shield run exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 90 s:\n" + Files.readString(log));
    }

    private void produce() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        try (SchemaRegistryClient registry = SchemaRegistryClients.create(Map.of("schema.registry.url", REGISTRY.url()));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            AvroSerializer<ContactEvent> serializer = new AvroSerializer<>(registry);
            for (int i = 0; i < 5; i++) {
                ContactEvent event = ContactEvent.newBuilder()
                        .setEventId("e-" + i)
                        .setTenantId("acme")
                        .setEventTime(Instant.now())
                        .setContactId("c-" + i)
                        .setCustomerEndpoint(new CustomerEndpoint(PHONE, "TELEPHONE_NUMBER", null))
                        .setAgentNotes("send the receipt to " + EMAIL)
                        .build();
                producer.send(new ProducerRecord<>("svc.raw", ("c-" + i).getBytes(StandardCharsets.UTF_8),
                        serializer.serialize("svc.raw", event)));
            }
            producer.send(new ProducerRecord<>("svc.raw", null, ("garbage " + EMAIL).getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }
    }

    private Map<AuditAction, Integer> awaitAudits(int expected) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "run-it-reader");
        Map<AuditAction, Integer> actions = new HashMap<>();
        List<byte[]> values = new ArrayList<>();
        try (SchemaRegistryClient registry = SchemaRegistryClients.create(Map.of("schema.registry.url", REGISTRY.url()));
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                        new ByteArrayDeserializer())) {
            AvroDeserializer<AuditEvent> audits = new AvroDeserializer<>(registry, AuditEvent.class);
            consumer.subscribe(List.of("svc.audit"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    AuditEvent audit = audits.deserialize("svc.audit", record.value());
                    if (audit.getSource() != null) {
                        values.add(record.value());
                        actions.merge(audit.getAction(), 1, Integer::sum);
                    }
                }
            }
        }
        for (byte[] value : values) {
            assertThat(new String(value, StandardCharsets.ISO_8859_1)).doesNotContain(EMAIL);
        }
        return actions;
    }
}
