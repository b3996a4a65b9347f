package io.contactshield.serdes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        loads.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void aLoadedValueIsReturnedWithoutLoadingAgain() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);

        assertThat(cache.get("a", this::load)).isEqualTo("A");
        assertThat(cache.get("a", this::load)).isEqualTo("A");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aFailedLoadIsRethrownAndNotRemembered() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);

        assertThatThrownBy(() -> cache.get("a", k -> {
            throw new IllegalStateException("registry down");
        })).hasMessage("registry down");

        assertThat(cache.get("a", this::load)).isEqualTo("A");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theOldestLoadedEntryGoesFirstWhenFull() {
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.get("c", this::load);

        cache.get("b", this::load);
        cache.get("a", this::load);

        assertThat(loads).hasValue(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void invalidateDropsTheEntryOnlyIfItStillHoldsThatValue() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);
        String loaded = cache.get("a", this::load);

        cache.invalidate("a", new String("A"));
        cache.get("a", this::load);
        cache.invalidate("a", loaded);
        cache.get("a", this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void putIfAbsentKeepsAnExistingValue() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);
        cache.putIfAbsent("a", "first");
        cache.putIfAbsent("a", "second");

        assertThat(cache.get("a", this::load)).isEqualTo("first");
        assertThat(loads).hasValue(0);
    }
}
