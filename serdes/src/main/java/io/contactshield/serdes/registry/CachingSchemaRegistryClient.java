package io.contactshield.serdes.registry;

import io.contactshield.serdes.internal.BoundedCache;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.apache.avro.Schema;

/**
 * Caches what never changes once registered: (subject, schema) to id, (subject, schema) to its
 * registered version, id to schema. The latest version of a subject does change, so it is kept
 * for a bounded time only. Concurrent misses for one key make one call. Everything else passes
 * through.
 *
 * <p>Schemas are compared with {@link Schema#equals}, which ignores documentation: two schemas
 * that differ only in their docs share an entry. They encode identically.
 */
final class CachingSchemaRegistryClient implements SchemaRegistryClient {
    private record SubjectSchema(String subject, Schema schema) {}

    private record Fetched(RegisteredSchema latest, long atNanos) {}

    private final SchemaRegistryClient delegate;
    private final BoundedCache<SubjectSchema, Integer> ids;
    private final BoundedCache<SubjectSchema, RegisteredSchema> lookups;
    private final BoundedCache<Integer, Schema> schemas;
    private final BoundedCache<String, Fetched> latest;
    private final long latestTtlNanos;
    private final LongSupplier nanoClock;

    /**
     * @param latestTtl how long a latest version is reused; negative for ever, zero for not at all
     */
    CachingSchemaRegistryClient(SchemaRegistryClient delegate, int capacity, Duration latestTtl, LongSupplier nanoClock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ids = new BoundedCache<>(capacity);
        this.lookups = new BoundedCache<>(capacity);
        this.schemas = new BoundedCache<>(capacity);
        this.latest = new BoundedCache<>(capacity);
        this.latestTtlNanos = latestTtl.isNegative() ? Long.MAX_VALUE : latestTtl.toNanos();
        this.nanoClock = nanoClock;
    }

    SchemaRegistryClient delegate() {
        return delegate;
    }

    @Override
    public int register(String subject, Schema schema) {
        return ids.get(new SubjectSchema(subject, schema), key -> {
            int id = delegate.register(subject, schema);
            // A serializer's own records then read back without a fetch.
            schemas.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        return lookups.get(new SubjectSchema(subject, schema), key -> {
            RegisteredSchema found = delegate.lookup(subject, schema);
            schemas.putIfAbsent(found.id(), found.schema());
            return found;
        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemas.get(id, delegate::schemaById);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        if (latestTtlNanos == 0) {
            return delegate.latest(subject);
        }
        Fetched fetched = latest.get(subject, this::fetchLatest);
        if (latestTtlNanos != Long.MAX_VALUE && nanoClock.getAsLong() - fetched.atNanos() >= latestTtlNanos) {
            latest.invalidate(subject, fetched);
            fetched = latest.get(subject, this::fetchLatest);
        }
        return fetched.latest();
    }

    private Fetched fetchLatest(String subject) {
        RegisteredSchema found = delegate.latest(subject);
        schemas.putIfAbsent(found.id(), found.schema());
        return new Fetched(found, nanoClock.getAsLong());
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return delegate.version(subject, version);
    }

    @Override
    public List<Integer> versions(String subject) {
        return delegate.versions(subject);
    }

    @Override
    public List<String> subjects() {
        return delegate.subjects();
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        return delegate.isCompatible(subject, schema);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return delegate.compatibility(subject);
    }

    @Override
    public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
        return delegate.setCompatibility(subject, level);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return "Caching[" + delegate + "]";
    }
}
