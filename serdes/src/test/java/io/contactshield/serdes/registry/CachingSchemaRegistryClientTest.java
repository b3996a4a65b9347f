package io.contactshield.serdes.registry;

import static io.contactshield.serdes.TestSchemas.COUNTER;
import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static io.contactshield.serdes.TestSchemas.GREETING_V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingSchemaRegistryClientTest {
    private final String scope = "caching-" + UUID.randomUUID();
    private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);
    private final CountingSchemaRegistryClient counting = new CountingSchemaRegistryClient(registry);
    private final AtomicLong nanos = new AtomicLong();

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    private CachingSchemaRegistryClient cache(int capacity, Duration latestTtl) {
        return new CachingSchemaRegistryClient(counting, capacity, latestTtl, nanos::get);
    }

    @Test
    void registerReachesTheRegistryOncePerSubjectAndSchema() {
        CachingSchemaRegistryClient client = cache(100, Duration.ofMinutes(5));

        for (int i = 0; i < 1000; i++) {
            client.register("a-value", GREETING_V1);
        }
        client.register("b-value", GREETING_V1);

        assertThat(counting.calls("register")).isEqualTo(2);
    }

    @Test
    void aRegisteredSchemaIsKnownByIdWithoutAFetch() {
        CachingSchemaRegistryClient client = cache(100, Duration.ofMinutes(5));

        int id = client.register("a-value", GREETING_V1);

        assertThat(client.schemaById(id)).isEqualTo(GREETING_V1);
        assertThat(counting.calls("schemaById")).isZero();
    }

    @Test
    void schemaByIdIsFetchedOnce() {
        int id = registry.register("a-value", GREETING_V1);
        CachingSchemaRegistryClient client = cache(100, Duration.ofMinutes(5));

        client.schemaById(id);
        client.schemaById(id);

        assertThat(counting.calls("schemaById")).isEqualTo(1);
    }

    @Test
    void lookupIsCachedToo() {
        registry.register("a-value", GREETING_V1);
        CachingSchemaRegistryClient client = cache(100, Duration.ofMinutes(5));

        client.lookup("a-value", GREETING_V1);
        client.lookup("a-value", GREETING_V1);

        assertThat(counting.calls("lookup")).isEqualTo(1);
    }

    @Test
    void failuresAreNotCached() {
        CachingSchemaRegistryClient client = cache(100, Duration.ofMinutes(5));

        assertThatThrownBy(() -> client.schemaById(7)).isInstanceOf(SchemaRegistryNotFoundException.class);
        assertThatThrownBy(() -> client.schemaById(7)).isInstanceOf(SchemaRegistryNotFoundException.class);

        assertThat(counting.calls("schemaById")).isEqualTo(2);
    }

    @Test
    void theLatestVersionIsReusedUntilItsTtlThenFetchedAgain() {
        registry.register("a-value", GREETING_V1);
        CachingSchemaRegistryClient client = cache(100, Duration.ofSeconds(60));
        client.latest("a-value");
        registry.register("a-value", GREETING_V2);

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(client.latest("a-value").schema()).isEqualTo(GREETING_V1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(client.latest("a-value").schema()).isEqualTo(GREETING_V2);

        assertThat(counting.calls("latest")).isEqualTo(2);
    }

    @Test
    void aZeroTtlDoesNotCacheTheLatestVersion() {
        registry.register("a-value", GREETING_V1);
        CachingSchemaRegistryClient client = cache(100, Duration.ZERO);

        client.latest("a-value");
        client.latest("a-value");

        assertThat(counting.calls("latest")).isEqualTo(2);
    }

    @Test
    void theOldestEntryIsEvictedBeyondCapacity() {
        CachingSchemaRegistryClient client = cache(1, Duration.ofMinutes(5));

        client.register("a-value", GREETING_V1);
        client.register("b-value", COUNTER);
        client.register("a-value", GREETING_V1);

        assertThat(counting.calls("register")).isEqualTo(3);
    }

    @Test
    void concurrentMissesForOneSchemaMakeOneCall() throws Exception {
        CountDownLatch firstCallEntered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SchemaRegistryClient slow = new CountingSchemaRegistryClient(registry) {
            @Override
            public Schema schemaById(int id) {
                firstCallEntered.countDown();
                awaitQuietly(release);
                return super.schemaById(id);
            }
        };
        CountingSchemaRegistryClient calls = new CountingSchemaRegistryClient(slow);
        CachingSchemaRegistryClient client = new CachingSchemaRegistryClient(calls, 100, Duration.ofMinutes(5), nanos::get);
        int id = registry.register("a-value", GREETING_V1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Schema>> results = new ArrayList<>();
            results.add(threads.submit(() -> client.schemaById(id)));
            assertThat(firstCallEntered.await(10, TimeUnit.SECONDS)).isTrue();
            // The first load is in flight: every later caller must join it rather than call again.
            for (int i = 0; i < 7; i++) {
                results.add(threads.submit(() -> client.schemaById(id)));
            }
            release.countDown();
            for (Future<Schema> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(GREETING_V1);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(calls.calls("schemaById")).isEqualTo(1);
    }

    @Test
    void wrappingACachingClientAgainReturnsItAsIs() {
        SchemaRegistryClient once = SchemaRegistryClients.caching(registry, 10, Duration.ZERO);

        assertThat(SchemaRegistryClients.caching(once, 10, Duration.ZERO)).isSameAs(once);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
