package io.contactshield.serdes.crypto;

import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.KEY_ID;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.OTHER_KEY_ID;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.PURPOSE;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.TENANT;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.awaitCondition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.FakeKms;
import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.Gate;
import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.ManualTicker;
import io.contactshield.serdes.kms.DataKey;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.PlaintextKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecryptedKeyCacheTest {

    private static final Map<String, String> CONTEXT = Map.of("tenant", TENANT, "purpose", PURPOSE);

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

    private DecryptedKeyCache cache() {
        return cache(DecryptedKeyCache.builder(kms));
    }

    private DecryptedKeyCache cache(DecryptedKeyCache.Builder builder) {
        DecryptedKeyCache cache = builder.ticker(ticker::read).meterRegistry(registry).build();
        toClose.add(cache);
        return cache;
    }

    private DataKey dataKey() {
        DataKey dataKey = kms.newDataKey(KEY_ID, CONTEXT);
        toClose.add(dataKey);
        return dataKey;
    }

    /** Leases, checks the key against the one generated, closes; returns the unwrapped key. */
    private static PlaintextKey decrypt(DecryptedKeyCache cache, DataKey dataKey) {
        try (DataKeyLease lease = cache.lease(KEY_ID, dataKey.encryptedKey(), CONTEXT)) {
            PlaintextKey key = (PlaintextKey) lease.key();
            assertThat(key.sameKeyAs(dataKey.plaintext())).isTrue();
            assertThat(lease.dataKeyId()).isEqualTo(DataKeyIds.of(dataKey.encryptedKey()));
            assertThat(lease.kmsKeyId()).isEqualTo(KEY_ID);
            return key;
        }
    }

    private double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    @Test
    void aConsumerMakesOneDecryptPerDataKeyNotOnePerRecord() {
        DecryptedKeyCache cache = cache();
        List<DataKey> dataKeys = new ArrayList<>();
        List<byte[]> blobs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            dataKeys.add(dataKey());
            blobs.add(dataKeys.get(i).encryptedKey());
        }

        for (int record = 0; record < 100_000; record++) {
            int k = record % 10;
            // A fresh array per record, as a parser slicing envelopes would hand over.
            try (DataKeyLease lease = cache.lease(KEY_ID, blobs.get(k).clone(), Map.copyOf(CONTEXT))) {
                if (record < 20) {
                    assertThat(((PlaintextKey) lease.key()).sameKeyAs(dataKeys.get(k).plaintext())).isTrue();
                }
            }
        }

        assertThat(kms.decryptCalls).hasValue(10);
        assertThat(counter(DataKeyCache.MISSES, "side", "decrypt")).isEqualTo(10);
        assertThat(counter(DataKeyCache.HITS, "side", "decrypt")).isEqualTo(99_990);
        assertThat(registry.get(DataKeyCache.SIZE).tags("side", "decrypt").gauge().value()).isEqualTo(10);
    }

    @Test
    void thirtyTwoThreadsMissingAtOnceMakeOneDecrypt() throws Exception {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        Gate gate = kms.holdNextDecrypt();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            List<Future<PlaintextKey>> keys = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                keys.add(threads.submit(() -> {
                    start.await();
                    return decrypt(cache, dataKey);
                }));
            }
            start.countDown();
            gate.awaitEntered();
            awaitCondition(() -> counter(DataKeyCache.MISSES, "side", "decrypt") == 32);
            gate.open();

            for (Future<PlaintextKey> key : keys) {
                assertThat(key.get(10, TimeUnit.SECONDS)).isSameAs(kms.decrypted.get(0));
            }
            assertThat(kms.decryptCalls).hasValue(1);
        } finally {
            gate.open();
            threads.shutdownNow();
        }
    }

    @Test
    void aBlobPresentedWithAnotherContextDoesNotHitTheEntryOfItsOwn() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        decrypt(cache, dataKey);
        Map<String, String> otherTenant = Map.of("tenant", "globex", "purpose", PURPOSE);

        KmsException refused = catchThrowableOfType(KmsException.class,
                () -> cache.lease(KEY_ID, dataKey.encryptedKey(), otherTenant));

        assertThat(refused.reason()).isEqualTo(KmsException.Reason.INVALID_CIPHERTEXT);
        assertThat(kms.decryptCalls).hasValue(2);
        decrypt(cache, dataKey);
        assertThat(kms.decryptCalls).hasValue(2);
    }

    @Test
    void aBlobPresentedUnderAnotherKmsKeyDoesNotHitTheEntryOfItsOwn() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        decrypt(cache, dataKey);

        assertThatThrownBy(() -> cache.lease(OTHER_KEY_ID, dataKey.encryptedKey(), CONTEXT))
                .isInstanceOf(KmsException.class);
        assertThat(kms.decryptCalls).hasValue(2);
    }

    @Test
    void aContextInAnotherMapTypeStillHits() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        decrypt(cache, dataKey);

        try (DataKeyLease lease = cache.lease(KEY_ID, dataKey.encryptedKey(), new HashMap<>(CONTEXT))) {
            assertThat(lease.dataKeyId()).isEqualTo(DataKeyIds.of(dataKey.encryptedKey()));
        }
        assertThat(kms.decryptCalls).hasValue(1);
    }

    @Test
    void theCallerChangingItsArrayAfterwardsDoesNotChangeTheEntry() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        byte[] blob = dataKey.encryptedKey();
        cache.lease(KEY_ID, blob, CONTEXT).close();

        blob[0] ^= 1;
        decrypt(cache, dataKey);

        assertThat(kms.decryptCalls).hasValue(1);
    }

    @Test
    void evictionBySizeDestroysTheKey() {
        DecryptedKeyCache cache = cache(DecryptedKeyCache.builder(kms).maximumSize(2));

        for (int i = 0; i < 3; i++) {
            decrypt(cache, dataKey());
        }
        cache.cleanUp();

        assertThat(cache.size()).isEqualTo(2);
        assertThat(kms.decrypted).filteredOn(PlaintextKey::isDestroyed).hasSize(1);
        assertThat(counter(DataKeyCache.EVICTIONS, "side", "decrypt", "cause", "size")).isEqualTo(1);
    }

    @Test
    void anEvictedKeyIsDestroyedOnlyAfterItsLastLeaseCloses() {
        DecryptedKeyCache cache = cache(DecryptedKeyCache.builder(kms).idleExpiry(Duration.ofMinutes(15)));
        DataKey dataKey = dataKey();
        DataKeyLease held = cache.lease(KEY_ID, dataKey.encryptedKey(), CONTEXT);

        ticker.advance(Duration.ofMinutes(16));
        cache.cleanUp();

        assertThat(cache.size()).isZero();
        assertThat(kms.decrypted.get(0).isDestroyed()).isFalse();
        held.close();
        assertThat(kms.decrypted.get(0).isDestroyed()).isTrue();
    }

    @Test
    void idleKeysExpireAndAreUnwrappedAgainWhenNeeded() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        decrypt(cache, dataKey);
        ticker.advance(Duration.ofMinutes(14));
        decrypt(cache, dataKey);
        ticker.advance(Duration.ofMinutes(14));
        cache.cleanUp();
        assertThat(kms.decrypted.get(0).isDestroyed()).isFalse();

        ticker.advance(Duration.ofMinutes(2));
        cache.cleanUp();

        assertThat(kms.decrypted.get(0).isDestroyed()).isTrue();
        assertThat(counter(DataKeyCache.EVICTIONS, "side", "decrypt", "cause", "expired")).isEqualTo(1);
        decrypt(cache, dataKey);
        assertThat(kms.decryptCalls).hasValue(2);
    }

    @Test
    void aKeyInConstantUseIsUnwrappedAgainAfterItsMaxAge() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        for (int minute = 0; minute <= 60; minute++) {
            decrypt(cache, dataKey);
            ticker.advance(Duration.ofMinutes(1));
        }
        assertThat(kms.decryptCalls).hasValue(2);
    }

    @Test
    void retriableFailuresPropagateAndAreNotRemembered() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        kms.failWith(KmsException.Reason.THROTTLED);

        KmsException failure = catchThrowableOfType(KmsException.class,
                () -> cache.lease(KEY_ID, dataKey.encryptedKey(), CONTEXT));
        assertThat(failure.retriable()).isTrue();

        kms.recover();
        decrypt(cache, dataKey);
        assertThat(kms.decryptCalls).hasValue(2);
        assertThat(counter(DataKeyCache.UNAVAILABLE, "side", "decrypt", "reason", "throttled")).isEqualTo(1);
    }

    @Test
    void refusalsAreRememberedBriefly() {
        DecryptedKeyCache cache = cache();
        DataKey dataKey = dataKey();
        kms.failWith(KmsException.Reason.ACCESS_DENIED);

        for (int i = 0; i < 5; i++) {
            KmsException refused = catchThrowableOfType(KmsException.class,
                    () -> cache.lease(KEY_ID, dataKey.encryptedKey(), CONTEXT));
            assertThat(refused.reason()).isEqualTo(KmsException.Reason.ACCESS_DENIED);
            assertThat(refused.retriable()).isFalse();
        }
        assertThat(kms.decryptCalls).hasValue(1);

        kms.recover();
        ticker.advance(Duration.ofSeconds(31));
        decrypt(cache, dataKey);
        assertThat(kms.decryptCalls).hasValue(2);
    }

    @Test
    void aDataKeyThatIsNotAes256IsRefused() {
        DecryptedKeyCache cache = cache();
        kms.dataKeyBytes(16);
        DataKey shortKey = kms.generateDataKey(KEY_ID, CONTEXT);
        toClose.add(shortKey);

        KmsException refused = catchThrowableOfType(KmsException.class,
                () -> cache.lease(KEY_ID, shortKey.encryptedKey(), CONTEXT));

        assertThat(refused.reason()).isEqualTo(KmsException.Reason.INVALID_CIPHERTEXT);
        assertThat(kms.decrypted.get(0).isDestroyed()).isTrue();
    }

    @Test
    void closeDestroysEveryKeyThatIsNotLeased() {
        DecryptedKeyCache cache = cache();
        decrypt(cache, dataKey());
        DataKeyLease held = cache.lease(KEY_ID, dataKey().encryptedKey(), CONTEXT);

        cache.close();

        assertThat(kms.decrypted).filteredOn(PlaintextKey::isDestroyed).hasSize(1);
        held.close();
        assertThat(kms.decrypted).allMatch(PlaintextKey::isDestroyed);
        assertThatThrownBy(() -> cache.lease(KEY_ID, new byte[60], CONTEXT)).isInstanceOf(IllegalStateException.class);
        assertThat(registry.find(DataKeyCache.SIZE).tags("side", "decrypt").gauge()).isNull();
    }

    @Test
    void bothSidesShareOneRegistryWithConsistentTags() {
        DecryptedKeyCache decrypting = cache();
        DataKeyCache encrypting = DataKeyCache.builder(kms, DataKeyCacheTestSupport.TENANT_KEYS)
                .executor(DataKeyCacheTestSupport.DIRECT).meterRegistry(registry).build();
        toClose.add(encrypting);
        try (DataKeyLease lease = encrypting.lease(TENANT, PURPOSE, 10)) {
            decrypting.lease(KEY_ID, lease.encryptedKey(), CONTEXT).close();
        }

        assertThat(registry.get(DataKeyCache.SIZE).gauges()).hasSize(2);
        assertThat(registry.get(DataKeyCache.MISSES).counters()).hasSize(2)
                .allSatisfy(c -> assertThat(c.count()).isEqualTo(1));
    }
}
