package io.contactshield.serdes.registry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;

/** Counts the calls that reach a client, by method name. */
public class CountingSchemaRegistryClient implements SchemaRegistryClient {
    private final SchemaRegistryClient delegate;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public CountingSchemaRegistryClient(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    public int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void count(String method) {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public int register(String subject, Schema schema) {
        count("register");
        return delegate.register(subject, schema);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        count("lookup");
        return delegate.lookup(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
        count("schemaById");
        return delegate.schemaById(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        count("latest");
        return delegate.latest(subject);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        count("version");
        return delegate.version(subject, version);
    }

    @Override
    public List<Integer> versions(String subject) {
        count("versions");
        return delegate.versions(subject);
    }

    @Override
    public List<String> subjects() {
        count("subjects");
        return delegate.subjects();
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        count("isCompatible");
        return delegate.isCompatible(subject, schema);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        count("compatibility");
        return delegate.compatibility(subject);
    }

    @Override
    public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
        count("setCompatibility");
        return delegate.setCompatibility(subject, level);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
