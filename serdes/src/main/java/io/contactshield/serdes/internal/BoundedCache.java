package io.contactshield.serdes.internal;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo with single-flight loading: concurrent misses for one key run the
 * loader once and share its result or its exception. Failures are not cached.
 *
 * <p>Reads of a present key take no lock (the serializers call this for every record); loads and
 * evictions, which are rare, share one lock. When full, the entry loaded longest ago goes first:
 * the bound is a safety net against unbounded growth (a producer that builds a new schema per
 * record), not a tuned eviction policy.
 *
 * <p>Internal: not part of the public API, may change without notice.
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private final ConcurrentHashMap<K, CompletableFuture<V>> entries = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** Loaded keys, oldest first. Guarded by {@link #lock}. */
    private final LinkedHashSet<K> loadOrder = new LinkedHashSet<>();

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * The value for {@code key}, loading it if absent. The loader must not return null; what it
     * throws is rethrown to every caller waiting for that load.
     */
    public V get(K key, Function<? super K, ? extends V> loader) {
        CompletableFuture<V> existing = entries.get(key);
        if (existing == null) {
            CompletableFuture<V> mine = new CompletableFuture<>();
            existing = entries.putIfAbsent(key, mine);
            if (existing == null) {
                return load(key, mine, loader);
            }
        }
        return await(existing);
    }

    /** Stores {@code value} unless a value or a load for {@code key} is already there. */
    public void putIfAbsent(K key, V value) {
        Objects.requireNonNull(value, "value");
        CompletableFuture<V> done = CompletableFuture.completedFuture(value);
        if (entries.putIfAbsent(key, done) == null) {
            remember(key, done);
        }
    }

    /** Drops {@code key} if it still maps to {@code value}, so that the next get loads afresh. */
    public void invalidate(K key, V value) {
        synchronized (lock) {
            boolean removed = entries.computeIfPresent(key, (k, f) -> holds(f, value) ? null : f) == null;
            if (removed) {
                loadOrder.remove(key);
            }
        }
    }

    /** Number of loaded entries. */
    public int size() {
        synchronized (lock) {
            return loadOrder.size();
        }
    }

    private V load(K key, CompletableFuture<V> mine, Function<? super K, ? extends V> loader) {
        V value;
        try {
            value = Objects.requireNonNull(loader.apply(key), "loader returned null");
        } catch (RuntimeException | Error e) {
            entries.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        mine.complete(value);
        remember(key, mine);
        return value;
    }

    private void remember(K key, CompletableFuture<V> future) {
        synchronized (lock) {
            if (entries.get(key) != future) {
                return;
            }
            loadOrder.remove(key);
            loadOrder.add(key);
            Iterator<K> oldestFirst = loadOrder.iterator();
            while (loadOrder.size() > capacity) {
                K eldest = oldestFirst.next();
                oldestFirst.remove();
                entries.remove(eldest);
            }
        }
    }

    private static <V> boolean holds(CompletableFuture<V> future, V value) {
        return future.isDone() && !future.isCompletedExceptionally() && future.join() == value;
    }

    private static <V> V await(CompletableFuture<V> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("cache load was cancelled", e);
        }
    }
}
