package io.contactshield.serdes.crypto;

import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.DIRECT;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.KEY_ID;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.OTHER_TENANT;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.PURPOSE;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.TENANT;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.TENANT_KEYS;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.arnOf;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.FakeKms;
import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.Gate;
import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.ManualTicker;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.PlaintextKey;
import io.contactshield.serdes.kms.UnknownTenantException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataKeyCacheTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final FakeKms kms = new FakeKms();
    private final ManualTicker ticker = new ManualTicker();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    /** Soft limit of {@code messages} (hard twice that), no byte or age limit in reach. */
    private static DataKeyLimits messageLimits(long messages) {
        return DataKeyLimits.defaults().withMessages(messages, 2 * messages);
    }

    private DataKeyCache cache(DataKeyLimits limits) {
        return cache(DataKeyCache.builder(kms, TENANT_KEYS).limits(limits).executor(DIRECT));
    }

    private DataKeyCache cache(DataKeyCache.Builder builder) {
        DataKeyCache cache = builder.ticker(ticker::read).meterRegistry(registry)
                .retryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1)).build();
        toClose.add(cache);
        return cache;
    }

    /** Leases and closes; returns the data key id used. */
    private static String encrypt(DataKeyCache cache, int bytes) {
        try (DataKeyLease lease = cache.lease(TENANT, PURPOSE, bytes)) {
            assertThat(lease.key().getEncoded()).hasSize(32);
            return lease.dataKeyId();
        }
    }

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    // One GenerateDataKey per key used, plus the successor fetched ahead once the last key in use
    // passed 75% of its limit.
    @ParameterizedTest(name = "{1} records under a {0}-message limit make {2} calls")
    @CsvSource({
        "100, 1, 1",
        "100, 75, 1",
        "100, 76, 2",
        "100, 100, 2",
        "100, 101, 2",
        "100, 1000, 11",
        "100, 1050, 11",
        "100, 1076, 12",
        "1, 10, 11",
        "16777216, 100000, 1",
    })
    void aKeyIsUsedForExactlyItsMessageLimit(long limit, int records, int expectedCalls) {
        DataKeyCache cache = cache(messageLimits(limit));

        Map<String, Integer> usesPerKey = new LinkedHashMap<>();
        for (int i = 0; i < records; i++) {
            usesPerKey.merge(encrypt(cache, 100), 1, Integer::sum);
        }

        assertThat(kms.generateCalls).hasValue(expectedCalls);
        assertThat(usesPerKey).hasSize((int) ((records + limit - 1) / limit));
        List<Integer> uses = new ArrayList<>(usesPerKey.values());
        assertThat(uses.subList(0, uses.size() - 1)).allMatch(n -> n == limit);
    }

    @ParameterizedTest(name = "{2} records of {1} bytes under a {0}-byte limit make {3} calls")
    @CsvSource({
        "1000, 100, 7, 1",
        "1000, 100, 8, 2",
        "1000, 100, 10, 2",
        "1000, 100, 11, 2",
        "1000, 100, 100, 11",
        "1000, 300, 10, 4",
        "1000, 1000, 3, 4",
        "1000, 0, 10000, 1",
    })
    void aKeyIsUsedUntilItsByteLimit(long limit, int recordBytes, int records, int expectedCalls) {
        DataKeyCache cache = cache(DataKeyLimits.defaults().withBytes(limit, 2 * limit));

        Map<String, Long> bytesPerKey = new LinkedHashMap<>();
        for (int i = 0; i < records; i++) {
            bytesPerKey.merge(encrypt(cache, recordBytes), (long) recordBytes, Long::sum);
        }

        assertThat(kms.generateCalls).hasValue(expectedCalls);
        assertThat(bytesPerKey.values()).allMatch(bytes -> bytes <= limit);
    }

    // One record a minute: the successor is generated once the key is older than 45 minutes and
    // takes over once it is older than 60; a key's age counts from its generation.
    @ParameterizedTest(name = "one record a minute for {0} minutes makes {1} calls")
    @CsvSource({
        "1, 1",
        "46, 1",
        "47, 2",
        "62, 2",
        "93, 3",
        "180, 4",
    })
    void aKeyIsUsedUntilItsAgeLimit(int minutes, int expectedCalls) {
        DataKeyCache cache = cache(DataKeyLimits.defaults());

        Set<String> used = new LinkedHashSet<>();
        for (int minute = 0; minute < minutes; minute++) {
            used.add(encrypt(cache, 100));
            ticker.advance(Duration.ofMinutes(1));
        }

        assertThat(kms.generateCalls).hasValue(expectedCalls);
        assertThat(used).hasSizeBetween(expectedCalls - 1, expectedCalls);
    }

    @Test
    void theSuccessorTakesOverWhenTheCurrentKeyPassesItsSoftAge() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        String first = encrypt(cache, 10);

        ticker.advance(Duration.ofMinutes(45).plusSeconds(1));
        assertThat(encrypt(cache, 10)).isEqualTo(first);
        assertThat(kms.generateCalls).hasValue(2);

        ticker.advance(Duration.ofMinutes(15));
        String second = encrypt(cache, 10);
        assertThat(second).isNotEqualTo(first);
        assertThat(kms.generateCalls).hasValue(2);
        assertThat(kms.generated.get(0).isDestroyed()).isTrue();
    }

    @Test
    void thirtyTwoThreadsMissingAtOnceMakeOneCall() throws Exception {
        DataKeyCache cache = cache(DataKeyCache.builder(kms, TENANT_KEYS));
        Gate gate = kms.holdNextGenerate();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                ids.add(threads.submit(() -> {
                    start.await();
                    return encrypt(cache, 100);
                }));
            }
            start.countDown();
            gate.awaitEntered();
            // Every thread has missed and is waiting for the one call in flight.
            awaitCondition(() -> counter(DataKeyCache.MISSES, "side", "encrypt") == 32);
            gate.open();

            Set<String> distinct = ConcurrentHashMap.newKeySet();
            for (Future<String> id : ids) {
                distinct.add(id.get(10, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
            assertThat(kms.generateCalls).hasValue(1);
        } finally {
            gate.open();
            threads.shutdownNow();
        }
    }

    @Test
    void theRefreshRunsInTheBackgroundWhileLeasesKeepUsingTheCurrentKey() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            DataKeyCache cache = cache(DataKeyCache.builder(kms, TENANT_KEYS)
                    .limits(messageLimits(100)).executor(background));
            String first = encrypt(cache, 10);
            Gate gate = kms.holdNextGenerate();

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                // Record 76 starts the refresh, which hangs in the KMS; records up to the hard
                // limit go on with the current key without waiting for it.
                for (int i = 2; i <= 150; i++) {
                    assertThat(encrypt(cache, 10)).isEqualTo(first);
                }
            });
            gate.awaitEntered();
            assertThat(counter(DataKeyCache.PAST_SOFT_LIMIT)).isEqualTo(50);

            gate.open();
            background.submit(() -> { }).get(10, TimeUnit.SECONDS);
            assertThat(encrypt(cache, 10)).isNotEqualTo(first);
            assertThat(kms.generateCalls).hasValue(2);
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void duringAnOutageTheCachedKeyServesUntilItsHardLimitThenLeasesFailRetriably() {
        DataKeyCache cache = cache(messageLimits(10));
        String first = encrypt(cache, 10);
        kms.failWith(KmsException.Reason.UNAVAILABLE);

        for (int i = 2; i <= 20; i++) {
            assertThat(encrypt(cache, 10)).isEqualTo(first);
        }
        KeyUnavailableException unavailable = catchThrowableOfType(KeyUnavailableException.class,
                () -> cache.lease(TENANT, PURPOSE, 10));

        assertThat(unavailable.getCause()).isInstanceOfSatisfying(KmsException.class,
                cause -> assertThat(cause.retriable()).isTrue());
        assertThat(unavailable).hasMessageContaining(TENANT).hasMessageContaining("retry later");
        // One failed refresh; the backoff keeps the hot path off the failing KMS.
        assertThat(kms.generateCalls).hasValue(2);
        assertThat(counter(DataKeyCache.PAST_SOFT_LIMIT)).isEqualTo(10);
        assertThat(counter(DataKeyCache.REFRESH_FAILURES, "side", "encrypt", "reason", "unavailable")).isEqualTo(1);
        assertThat(counter(DataKeyCache.UNAVAILABLE, "side", "encrypt", "reason", "unavailable")).isEqualTo(1);
        assertThat(kms.generated.get(0).isDestroyed()).isTrue();
    }

    @Test
    void duringAnOutageTheCachedKeyServesUntilItsHardAge() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        String first = encrypt(cache, 10);
        kms.failWith(KmsException.Reason.THROTTLED);

        ticker.advance(Duration.ofHours(4));
        assertThat(encrypt(cache, 10)).isEqualTo(first);
        ticker.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KeyUnavailableException.class);
    }

    @Test
    void onceTheKmsIsBackANewKeyIsUsed() {
        DataKeyCache cache = cache(messageLimits(10));
        String first = encrypt(cache, 10);
        kms.failWith(KmsException.Reason.UNAVAILABLE);
        for (int i = 2; i <= 20; i++) {
            encrypt(cache, 10);
        }
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KeyUnavailableException.class);

        kms.recover();
        // Still backing off: no call, no key.
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KeyUnavailableException.class);
        ticker.advance(Duration.ofMinutes(1));

        assertThat(encrypt(cache, 10)).isNotEqualTo(first);
        assertThat(kms.generateCalls).hasValue(3);
    }

    @Test
    void aRefreshRetriedAfterItsBackoffReplacesAKeyPastItsSoftLimit() {
        DataKeyCache cache = cache(messageLimits(10));
        String first = encrypt(cache, 10);
        kms.failWith(KmsException.Reason.UNAVAILABLE);
        for (int i = 2; i <= 12; i++) {
            encrypt(cache, 10);
        }
        kms.recover();
        ticker.advance(Duration.ofMinutes(1));

        // Past the soft limit, the next lease retries the refresh; its key takes over at once
        // (here on the caller's thread; with a background executor, from the next lease on).
        String second = encrypt(cache, 10);
        assertThat(second).isNotEqualTo(first);
        assertThat(encrypt(cache, 10)).isEqualTo(second);
        assertThat(kms.generateCalls).hasValue(3);
    }

    @Test
    void aColdStartDuringAnOutageFailsRetriablyAndCallsAgainOnlyAfterTheBackoff() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        kms.failWith(KmsException.Reason.UNAVAILABLE);

        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KeyUnavailableException.class);
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KeyUnavailableException.class);
        assertThat(kms.generateCalls).hasValue(1);

        ticker.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KeyUnavailableException.class);
        assertThat(kms.generateCalls).hasValue(2);

        kms.recover();
        ticker.advance(Duration.ofMinutes(1));
        encrypt(cache, 10);
        assertThat(kms.generateCalls).hasValue(3);
        assertThat(counter(DataKeyCache.MISSES, "side", "encrypt")).isEqualTo(4);
    }

    @Test
    void aRefusedKeyStopsEncryptionAtTheSoftLimit() {
        DataKeyCache cache = cache(messageLimits(10));
        String first = encrypt(cache, 10);
        kms.failWith(KmsException.Reason.DISABLED);

        for (int i = 2; i <= 10; i++) {
            assertThat(encrypt(cache, 10)).isEqualTo(first);
        }
        KmsException refused = catchThrowableOfType(KmsException.class, () -> cache.lease(TENANT, PURPOSE, 10));

        assertThat(refused).isNotInstanceOf(KeyUnavailableException.class);
        assertThat(refused.reason()).isEqualTo(KmsException.Reason.DISABLED);
        assertThat(refused.retriable()).isFalse();
        assertThat(kms.generated.get(0).isDestroyed()).isTrue();
        // Refused again without a call until the backoff passes.
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 10)).isInstanceOf(KmsException.class);
        assertThat(kms.generateCalls).hasValue(2);
    }

    @Test
    void aRefusalOnColdStartIsRethrownAsNotRetriable() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        kms.failWith(KmsException.Reason.ACCESS_DENIED);

        KmsException refused = catchThrowableOfType(KmsException.class, () -> cache.lease(TENANT, PURPOSE, 10));

        assertThat(refused.reason()).isEqualTo(KmsException.Reason.ACCESS_DENIED);
        assertThat(refused.getCause()).isInstanceOf(KmsException.class);
        assertThat(counter(DataKeyCache.UNAVAILABLE, "side", "encrypt", "reason", "access_denied")).isEqualTo(1);
    }

    @Test
    void aRotatedOutKeyIsDestroyedOnlyAfterItsLastLeaseCloses() {
        DataKeyCache cache = cache(messageLimits(2));
        DataKeyLease held = cache.lease(TENANT, PURPOSE, 10);
        encrypt(cache, 10);
        String next = encrypt(cache, 10);
        PlaintextKey first = (PlaintextKey) held.key();

        assertThat(next).isNotEqualTo(held.dataKeyId());
        assertThat(first.isDestroyed()).isFalse();
        assertThat(first.getEncoded()).hasSize(32);

        held.close();
        assertThat(first.isDestroyed()).isTrue();
        held.close();
        assertThatThrownBy(held::key).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownTenantFailsWithoutAKmsCall() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());

        assertThatThrownBy(() -> cache.lease("initech", PURPOSE, 10))
                .isInstanceOfSatisfying(UnknownTenantException.class,
                        e -> assertThat(e.tenantId()).isEqualTo("initech"));
        assertThat(kms.generateCalls).hasValue(0);
        assertThat(cache.keyCount()).isZero();
    }

    @Test
    void eachTenantAndPurposeHasItsOwnKeyUnderItsTenantsContext() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());

        try (DataKeyLease a = cache.lease(TENANT, "payload", 1);
                DataKeyLease b = cache.lease(TENANT, "dead-letter", 1);
                DataKeyLease c = cache.lease(OTHER_TENANT, "payload", 1)) {
            assertThat(Set.of(a.dataKeyId(), b.dataKeyId(), c.dataKeyId())).hasSize(3);
            assertThat(a.kmsKeyId()).isEqualTo(arnOf(KEY_ID));
        }
        assertThat(kms.generateContexts).containsExactly(
                Map.of("tenant", TENANT, "purpose", "payload"),
                Map.of("tenant", TENANT, "purpose", "dead-letter"),
                Map.of("tenant", OTHER_TENANT, "purpose", "payload"));
    }

    @Test
    void aLeaseCarriesAKeyThatTheKmsUnwrapsFromItsEncryptedKey() throws Exception {
        DataKeyCache cache = cache(DataKeyLimits.defaults());

        try (DataKeyLease lease = cache.lease(TENANT, PURPOSE, 5);
                PlaintextKey unwrapped = kms.decrypt(KEY_ID, lease.encryptedKey(),
                        Map.of("tenant", TENANT, "purpose", PURPOSE))) {
            assertThat(((PlaintextKey) lease.key()).sameKeyAs(unwrapped)).isTrue();
            assertThat(lease.dataKeyId()).isEqualTo(DataKeyIds.of(lease.encryptedKey()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, lease.key(), new GCMParameterSpec(128, new byte[12]));
            assertThat(cipher.doFinal(new byte[5])).hasSize(21);
        }
    }

    @Test
    void aRecordTooLargeForAnyKeyIsRejected() {
        DataKeyCache cache = cache(DataKeyLimits.defaults().withBytes(1000, 2000));

        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(kms.generateCalls).hasValue(0);
    }

    @Test
    void aDataKeyOfTheWrongLengthIsNeverUsed() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        kms.dataKeyBytes(16);

        KmsException refused = catchThrowableOfType(KmsException.class, () -> cache.lease(TENANT, PURPOSE, 10));

        assertThat(refused.reason()).isEqualTo(KmsException.Reason.INVALID_REQUEST);
        assertThat(kms.generated.get(0).isDestroyed()).isTrue();
    }

    @Test
    void idleTenantsAreDroppedAndTheirKeysDestroyed() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        encrypt(cache, 10);
        ticker.advance(Duration.ofMinutes(119));
        cache.cleanUp();
        assertThat(cache.keyCount()).isEqualTo(1);

        ticker.advance(Duration.ofMinutes(2));
        cache.cleanUp();

        assertThat(cache.keyCount()).isZero();
        assertThat(kms.generated.get(0).isDestroyed()).isTrue();
        assertThat(counter(DataKeyCache.EVICTIONS, "side", "encrypt", "cause", "idle")).isEqualTo(1);
        encrypt(cache, 10);
        assertThat(kms.generateCalls).hasValue(2);
    }

    @Test
    void keysPastTheirHardAgeAreDestroyedEvenWhenNobodyAsks() {
        DataKeyCache cache = cache(DataKeyCache.builder(kms, TENANT_KEYS).executor(DIRECT)
                .idleExpiry(Duration.ofHours(8)));
        encrypt(cache, 10);

        ticker.advance(Duration.ofHours(4).plusSeconds(1));
        cache.cleanUp();

        assertThat(kms.generated.get(0).isDestroyed()).isTrue();
        assertThat(cache.keyCount()).isZero();
    }

    @Test
    void closeDestroysEveryKeyThatIsNotLeased() {
        DataKeyCache cache = cache(messageLimits(100));
        for (int i = 0; i < 80; i++) {
            encrypt(cache, 10);
        }
        DataKeyLease held = cache.lease(OTHER_TENANT, PURPOSE, 10);

        cache.close();

        assertThat(kms.generated).hasSize(3);
        assertThat(kms.generated).filteredOn(PlaintextKey::isDestroyed).hasSize(2);
        held.close();
        assertThat(kms.generated).allMatch(PlaintextKey::isDestroyed);
        assertThatThrownBy(() -> cache.lease(TENANT, PURPOSE, 1)).isInstanceOf(IllegalStateException.class);
        assertThat(registry.find(DataKeyCache.SIZE).gauge()).isNull();
    }

    @Test
    void theDefaultExecutorRefreshesInTheBackgroundAndStopsOnClose() throws Exception {
        DataKeyCache cache = DataKeyCache.builder(kms, TENANT_KEYS).limits(messageLimits(4))
                .meterRegistry(registry).build();
        try {
            for (int i = 0; i < 4; i++) {
                encrypt(cache, 1);
            }
            awaitCondition(() -> cache.keyCount() == 2);
            assertThat(kms.generateCalls).hasValue(2);
        } finally {
            cache.close();
        }
        assertThat(kms.generated).allMatch(PlaintextKey::isDestroyed);
    }

    @Test
    void metricsCountHitsMissesGenerationsAndSize() {
        DataKeyCache cache = cache(messageLimits(10));
        for (int i = 0; i < 25; i++) {
            encrypt(cache, 10);
        }

        assertThat(counter(DataKeyCache.HITS, "side", "encrypt")).isEqualTo(24);
        assertThat(counter(DataKeyCache.MISSES, "side", "encrypt")).isEqualTo(1);
        assertThat(counter(DataKeyCache.GENERATED)).isEqualTo(3);
        assertThat(registry.get(DataKeyCache.SIZE).tags("side", "encrypt").gauge().value()).isEqualTo(1);
        assertThat(counter(DataKeyCache.PAST_SOFT_LIMIT)).isZero();
        assertThat(registry.getMeters()).allSatisfy(meter ->
                assertThat(meter.getId().getTags()).noneMatch(tag -> tag.getValue().equals(TENANT)));
    }

    @Test
    void theListenerHearsOfGeneratedFailedAndRetiredKeys() {
        List<String> events = new CopyOnWriteArrayList<>();
        DataKeyListener listener = new DataKeyListener() {
            @Override
            public void onGenerated(String tenantId, String purpose, String kmsKeyId, String dataKeyId) {
                events.add("generated " + tenantId + " " + purpose + " " + kmsKeyId + " " + dataKeyId);
            }

            @Override
            public void onGenerationFailed(String tenantId, String purpose, String kmsKeyId, KmsException failure) {
                events.add("failed " + tenantId + " " + purpose + " " + kmsKeyId + " " + failure.reason());
            }

            @Override
            public void onRetired(String tenantId, String purpose, String dataKeyId, long messages, long bytes) {
                events.add("retired " + dataKeyId + " " + messages + " " + bytes);
            }
        };
        DataKeyCache cache = cache(DataKeyCache.builder(kms, TENANT_KEYS).executor(DIRECT)
                .limits(messageLimits(2)).listener(listener));

        String first = encrypt(cache, 7);
        encrypt(cache, 7);
        String second = encrypt(cache, 7);
        kms.failWith(KmsException.Reason.THROTTLED);
        encrypt(cache, 7);

        assertThat(events).containsExactly(
                "generated acme payload " + arnOf(KEY_ID) + " " + first,
                "generated acme payload " + arnOf(KEY_ID) + " " + second,
                "retired " + first + " 3 21",
                "failed acme payload " + KEY_ID + " THROTTLED");
    }

    @Test
    void aFailingListenerDoesNotStopEncryption() {
        DataKeyCache cache = cache(DataKeyCache.builder(kms, TENANT_KEYS).executor(DIRECT)
                .listener(new DataKeyListener() {
                    @Override
                    public void onGenerated(String tenantId, String purpose, String kmsKeyId, String dataKeyId) {
                        throw new IllegalStateException("audit topic down");
                    }
                }));

        encrypt(cache, 10);
        assertThat(kms.generateCalls).hasValue(1);
    }

    @Test
    void leasesNeverShowKeyMaterial() {
        DataKeyCache cache = cache(DataKeyLimits.defaults());
        try (DataKeyLease lease = cache.lease(TENANT, PURPOSE, 10)) {
            String hex = HexFormat.of().formatHex(lease.key().getEncoded());
            assertThat(lease.toString()).doesNotContain(hex).contains(lease.dataKeyId());
            assertThat(lease.key().toString()).doesNotContain(hex);
        }
    }
}
