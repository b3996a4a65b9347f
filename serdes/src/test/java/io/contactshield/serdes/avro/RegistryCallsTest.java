package io.contactshield.serdes.avro;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.serdes.registry.RegistryPeer;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registry calls counted on the wire, against an HTTP peer. */
class RegistryCallsTest {
    private final RegistryPeer peer = RegistryPeer.start();

    @AfterEach
    void stop() {
        peer.close();
    }

    private Map<String, Object> config() {
        return Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, peer.url());
    }

    @Test
    void tenThousandSerializationsMakeOneRegistryCall() {
        try (AvroSerializer<GenericRecord> serializer = new AvroSerializer<>()) {
            serializer.configure(config(), false);

            for (int i = 0; i < 10_000; i++) {
                serializer.serialize("greetings", AvroSerdeTest.greeting("g-" + i, "hello " + i));
            }
        }

        assertThat(peer.requests()).extracting(r -> r.method() + " " + r.rawPath())
                .containsExactly("POST /subjects/greetings-value/versions");
    }

    @Test
    void aFreshDeserializerFetchesTheWriterSchemaOnce() {
        List<byte[]> records = new ArrayList<>();
        try (AvroSerializer<GenericRecord> serializer = new AvroSerializer<>()) {
            serializer.configure(config(), false);
            for (int i = 0; i < 10_000; i++) {
                records.add(serializer.serialize("greetings", AvroSerdeTest.greeting("g-" + i, "hello")));
            }
        }
        try (AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>()) {
            deserializer.configure(config(), false);
            for (byte[] record : records) {
                deserializer.deserialize("greetings", record);
            }
        }

        assertThat(peer.requests()).extracting(r -> r.method() + " " + r.rawPath())
                .containsExactly("POST /subjects/greetings-value/versions", "GET /schemas/ids/1");
    }

    @Test
    void concurrentFirstSerializationsMakeOneRegistryCall() throws Exception {
        peer.delayEveryReply(Duration.ofMillis(200));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (AvroSerializer<GenericRecord> serializer = new AvroSerializer<>()) {
            serializer.configure(config(), false);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "g-" + i;
                results.add(threads.submit(() -> serializer.serialize("greetings", AvroSerdeTest.greeting(id, "hello"))));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isNotEmpty();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(peer.requestCount()).isEqualTo(1);
    }
}
