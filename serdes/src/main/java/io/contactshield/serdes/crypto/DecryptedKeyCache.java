package io.contactshield.serdes.crypto;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.PlaintextKey;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * The decrypting side's data keys: each wrapped data key is unwrapped by the KMS (Decrypt) once,
 * then served from memory, so a consumer makes one KMS call per data key, not one per record.
 *
 * <ul>
 *   <li><b>Keyed by everything the KMS checks</b>: the KMS key id, the wrapped key's bytes and the
 *   encryption context. A blob presented with another context or under another KMS key never hits
 *   an entry unwrapped for a different one; it goes to the KMS, which refuses it.</li>
 *   <li><b>Single flight</b>: concurrent misses for one data key make one Decrypt; the others wait
 *   for it and share its key or its failure.</li>
 *   <li><b>Bounded</b>: at most {@code maximumSize} keys (Caffeine's size eviction, close to LRU),
 *   each dropped after {@code idleExpiry} without use and at the latest {@code maxAge} after it was
 *   unwrapped. A dropped key is destroyed once its last lease is closed.</li>
 *   <li><b>Failures</b> propagate as the {@link KmsException} the KMS gave
 *   ({@link KmsException#retriable()} tells the caller what to do). Retriable ones (throttling,
 *   outage) are not remembered: the next record tries again. Refusals (invalid ciphertext, access
 *   denied, disabled key) are remembered for {@code refusalTtl}, so a consumer that skips or
 *   dead-letters the records of a refused data key does not make one Decrypt per record; the
 *   window is short so that a repaired grant or re-enabled key takes effect quickly.</li>
 * </ul>
 *
 * <p><b>Defaults, and why.</b> {@code maximumSize} 10,000: a consumer following the head of a topic
 * needs about one key per tenant, purpose and producer instance (producers rotate hourly), and an
 * entry costs well under 1 KiB, so the bound is a few MiB. {@code idleExpiry} 15 minutes: a key
 * rotated out upstream stops being used; it should not stay in memory for long after. {@code maxAge}
 * 1 hour: bounds how long a consumer keeps decrypting after the tenant's KMS key was disabled or its
 * access revoked (crypto-shredding reaches consumers within the hour) at the cost of one Decrypt per
 * data key per hour. {@code refusalTtl} 30 seconds.
 *
 * <p>Metrics: {@code datakey.cache.hits} and {@code datakey.cache.misses} ({@code side=decrypt}),
 * {@code datakey.cache.size}, {@code datakey.cache.evictions} (by {@code cause}: size, expired) and
 * {@code datakey.unavailable} (failed leases, by {@code reason}). One cache per meter registry.
 *
 * <p>Thread-safe. Close it to destroy every key it holds.
 */
public final class DecryptedKeyCache implements DecryptionKeys, AutoCloseable {

    private static final String SIDE = "decrypt";
    private static final String OPERATION = "Decrypt";
    private static final int AES_256_BYTES = 32;

    private final Kms kms;
    private final LongSupplier ticker;
    private final MeterRegistry registry;
    private final Cache<CacheKey, DataKeyCacheHandle> keys;
    private final Cache<CacheKey, KmsException> refusals;
    private final ConcurrentHashMap<CacheKey, CompletableFuture<DataKeyCacheHandle>> loading = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private final Counter hits;
    private final Counter misses;
    private final Map<RemovalCause, Counter> evictions = new EnumMap<>(RemovalCause.class);
    private final Map<KmsException.Reason, Counter> unavailable = new EnumMap<>(KmsException.Reason.class);
    private final Gauge size;

    private DecryptedKeyCache(Builder builder) {
        this.kms = builder.kms;
        this.ticker = builder.ticker;
        this.registry = builder.registry;
        boolean systemTime = builder.ticker == Builder.SYSTEM_TICKER;

        for (RemovalCause cause : RemovalCause.values()) {
            if (cause.wasEvicted()) {
                evictions.put(cause, Counter.builder(DataKeyCache.EVICTIONS).tag(DataKeyCache.SIDE_TAG, SIDE)
                        .tag(DataKeyCache.CAUSE_TAG, cause.name().toLowerCase(Locale.ROOT))
                        .description("Cached data keys dropped").register(registry));
            }
        }
        for (KmsException.Reason reason : KmsException.Reason.values()) {
            unavailable.put(reason, Counter.builder(DataKeyCache.UNAVAILABLE).tag(DataKeyCache.SIDE_TAG, SIDE)
                    .tag(DataKeyCache.REASON_TAG, reason.name().toLowerCase(Locale.ROOT))
                    .description("Data-key leases refused because no usable key could be had").register(registry));
        }
        this.hits = Counter.builder(DataKeyCache.HITS).tag(DataKeyCache.SIDE_TAG, SIDE)
                .description("Data-key leases served from the cache without waiting").register(registry);
        this.misses = Counter.builder(DataKeyCache.MISSES).tag(DataKeyCache.SIDE_TAG, SIDE)
                .description("Data-key leases that had to wait for the KMS, or found no usable key").register(registry);

        Caffeine<Object, Object> keyBuilder = Caffeine.newBuilder()
                .maximumSize(builder.maximumSize)
                .expireAfterAccess(builder.idleExpiry)
                .expireAfterWrite(builder.maxAge)
                .ticker(ticker::getAsLong)
                // Maintenance on the calling thread: destroying a key is cheap, and it keeps
                // the common pool out of the key's life cycle.
                .executor(Runnable::run);
        if (systemTime) {
            // Expired keys are wiped on time even when no record comes to trigger maintenance.
            keyBuilder.scheduler(Scheduler.systemScheduler());
        }
        this.keys = keyBuilder.<CacheKey, DataKeyCacheHandle>removalListener((key, handle, cause) -> {
            if (handle != null) {
                handle.retire();
            }
            Counter evicted = evictions.get(cause);
            if (evicted != null) {
                evicted.increment();
            }
        }).build();
        this.refusals = Caffeine.newBuilder()
                .maximumSize(builder.maximumSize)
                .expireAfterWrite(builder.refusalTtl)
                .ticker(ticker::getAsLong)
                .executor(Runnable::run)
                .build();
        this.size = Gauge.builder(DataKeyCache.SIZE, keys, Cache::estimatedSize).tag(DataKeyCache.SIDE_TAG, SIDE)
                .description("Data keys held in memory").register(registry);
    }

    /** A builder over the KMS that unwraps data keys; everything else has a default. */
    public static Builder builder(Kms kms) {
        return new Builder(kms);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the cache is closed
     */
    @Override
    public DataKeyLease lease(String kmsKeyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        Objects.requireNonNull(kmsKeyId, "kmsKeyId");
        Objects.requireNonNull(encryptedKey, "encryptedKey");
        Objects.requireNonNull(encryptionContext, "encryptionContext");
        ensureOpen();
        // The caller's arrays serve for the lookup; a key that is stored gets its own copies.
        CacheKey probe = new CacheKey(kmsKeyId, encryptedKey, encryptionContext);
        DataKeyCacheHandle cached = keys.getIfPresent(probe);
        if (cached != null && cached.tryRetain()) {
            hits.increment();
            return cached.lease();
        }
        misses.increment();
        CacheKey key = probe.copy();
        for (;;) {
            ensureOpen();
            KmsException refusal = refusals.getIfPresent(key);
            if (refusal != null) {
                throw failure(refusal, true);
            }
            cached = keys.getIfPresent(key);
            if (cached != null && cached.tryRetain()) {
                return cached.lease();
            }
            CompletableFuture<DataKeyCacheHandle> mine = new CompletableFuture<>();
            CompletableFuture<DataKeyCacheHandle> theirs = loading.putIfAbsent(key, mine);
            if (theirs == null) {
                return load(key, mine);
            }
            DataKeyCacheHandle loaded;
            try {
                loaded = theirs.get();
            } catch (ExecutionException e) {
                throw failure(e.getCause(), true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable.get(KmsException.Reason.UNAVAILABLE).increment();
                throw new KmsException(KmsException.Reason.UNAVAILABLE, OPERATION,
                        "interrupted while waiting for a data key", e);
            }
            if (loaded.tryRetain()) {
                return loaded.lease();
            }
            // Evicted and destroyed between its load and now: look again.
        }
    }

    /** Destroys every key not leased right now (the rest when their leases close). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        keys.invalidateAll();
        refusals.invalidateAll();
        keys.cleanUp();
        registry.remove(size);
    }

    /** Runs pending evictions and expiries now (Caffeine otherwise does it as it goes). */
    void cleanUp() {
        keys.cleanUp();
        refusals.cleanUp();
    }

    long size() {
        return keys.estimatedSize();
    }

    private DataKeyLease load(CacheKey key, CompletableFuture<DataKeyCacheHandle> mine) {
        try {
            // A load that finished between our lookup and our claim: use it, do not call again.
            DataKeyCacheHandle cached = keys.getIfPresent(key);
            if (cached != null && cached.tryRetain()) {
                mine.complete(cached);
                return cached.lease();
            }
            DataKeyCacheHandle handle = unwrap(key);
            // Our own reference before the key is published: an eviction cannot wipe it under us.
            handle.tryRetain();
            DataKeyCacheHandle raced = keys.asMap().putIfAbsent(key, handle);
            if (raced != null) {
                handle.retire();
            }
            if (closed.get()) {
                keys.invalidateAll();
            }
            mine.complete(handle);
            return handle.lease();
        } catch (KmsException e) {
            if (!e.retriable()) {
                refusals.put(key, e);
            }
            mine.completeExceptionally(e);
            throw failure(e, false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    private DataKeyCacheHandle unwrap(CacheKey key) {
        PlaintextKey plaintext;
        try {
            plaintext = kms.decrypt(key.kmsKeyId, key.encryptedKey.clone(), key.context);
        } catch (KmsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KmsException(KmsException.Reason.UNAVAILABLE, OPERATION,
                    "unexpected " + e.getClass().getName() + " from the KMS client", e);
        }
        if (plaintext.length() != AES_256_BYTES) {
            int bits = plaintext.length() * 8;
            plaintext.destroy();
            throw new KmsException(KmsException.Reason.INVALID_CIPHERTEXT, OPERATION,
                    "the wrapped data key is AES-" + bits + ", not AES-256");
        }
        return new DataKeyCacheHandle(plaintext, key.encryptedKey, key.kmsKeyId, ticker.getAsLong());
    }

    /** Counts the failure; a fresh exception when several callers may throw the same one. */
    private RuntimeException failure(Throwable cause, boolean shared) {
        if (!(cause instanceof KmsException refusal)) {
            unavailable.get(KmsException.Reason.UNAVAILABLE).increment();
            return cause instanceof RuntimeException runtime && !shared ? runtime
                    : new KmsException(KmsException.Reason.UNAVAILABLE, OPERATION,
                            "unexpected " + cause.getClass().getName(), cause);
        }
        unavailable.get(refusal.reason()).increment();
        return shared
                ? new KmsException(refusal.reason(), refusal.operation(), "the data key could not be unwrapped", refusal)
                : refusal;
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The decrypted-key cache is closed");
        }
    }

    /** What the KMS binds a wrapped data key to. Compares the blob's bytes, not the array. */
    private static final class CacheKey {
        final String kmsKeyId;
        final byte[] encryptedKey;
        final Map<String, String> context;
        private final int hash;

        CacheKey(String kmsKeyId, byte[] encryptedKey, Map<String, String> context) {
            this.kmsKeyId = kmsKeyId;
            this.encryptedKey = encryptedKey;
            this.context = context;
            this.hash = 31 * (31 * kmsKeyId.hashCode() + Arrays.hashCode(encryptedKey)) + context.hashCode();
        }

        CacheKey copy() {
            return new CacheKey(kmsKeyId, encryptedKey.clone(), Map.copyOf(context));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CacheKey that
                    && hash == that.hash
                    && kmsKeyId.equals(that.kmsKeyId)
                    && Arrays.equals(encryptedKey, that.encryptedKey)
                    && context.equals(that.context);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "CacheKey[kmsKey=" + kmsKeyId + ", dataKeyId=" + DataKeyIds.of(encryptedKey) + "]";
        }
    }

    /** Configures a {@link DecryptedKeyCache}. */
    public static final class Builder {
        private static final LongSupplier SYSTEM_TICKER = System::nanoTime;

        private final Kms kms;
        private long maximumSize = 10_000;
        private Duration idleExpiry = Duration.ofMinutes(15);
        private Duration maxAge = Duration.ofHours(1);
        private Duration refusalTtl = Duration.ofSeconds(30);
        private MeterRegistry registry = Metrics.globalRegistry;
        private LongSupplier ticker = SYSTEM_TICKER;

        private Builder(Kms kms) {
            this.kms = Objects.requireNonNull(kms, "kms");
        }

        /** Most data keys held at once; default 10,000. */
        public Builder maximumSize(long maximumSize) {
            if (maximumSize < 1) {
                throw new IllegalArgumentException("maximumSize must be at least 1, not " + maximumSize);
            }
            this.maximumSize = maximumSize;
            return this;
        }

        /** How long an unused key stays; default 15 minutes. */
        public Builder idleExpiry(Duration idleExpiry) {
            this.idleExpiry = positive(idleExpiry, "idleExpiry");
            return this;
        }

        /** How long any key stays before it is unwrapped again; default 1 hour. */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = positive(maxAge, "maxAge");
            return this;
        }

        /** How long a refusal (a non-retriable failure) is remembered; default 30 seconds. */
        public Builder refusalTtl(Duration refusalTtl) {
            this.refusalTtl = positive(refusalTtl, "refusalTtl");
            return this;
        }

        /** Where the metrics go; default Micrometer's global registry. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** A monotonic clock in nanoseconds, like (and by default) {@link System#nanoTime()}. */
        public Builder ticker(LongSupplier ticker) {
            this.ticker = Objects.requireNonNull(ticker, "ticker");
            return this;
        }

        public DecryptedKeyCache build() {
            return new DecryptedKeyCache(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + duration);
            }
            return duration;
        }
    }
}
