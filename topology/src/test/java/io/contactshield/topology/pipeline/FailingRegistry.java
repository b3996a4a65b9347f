package io.contactshield.topology.pipeline;

import io.contactshield.serdes.registry.CompatibilityLevel;
import io.contactshield.serdes.registry.RegisteredSchema;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryUnavailableException;
import java.util.List;
import org.apache.avro.Schema;

/** A registry that can be switched to answer every call as unreachable, as a registry outage does. */
final class FailingRegistry implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    volatile boolean failing;

    FailingRegistry(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    private void check() {
        if (failing) {
            throw new SchemaRegistryUnavailableException("test outage", 503, -1, null, null);
        }
    }

    @Override
    public int register(String subject, Schema schema) {
        check();
        return delegate.register(subject, schema);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        check();
        return delegate.lookup(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
        check();
        return delegate.schemaById(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        check();
        return delegate.latest(subject);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        check();
        return delegate.version(subject, version);
    }

    @Override
    public List<Integer> versions(String subject) {
        check();
        return delegate.versions(subject);
    }

    @Override
    public List<String> subjects() {
        check();
        return delegate.subjects();
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        check();
        return delegate.isCompatible(subject, schema);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        check();
        return delegate.compatibility(subject);
    }

    @Override
    public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
        check();
        return delegate.setCompatibility(subject, level);
    }
}
