package io.contactshield.serdes.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * In-memory schema registries, one per scope, shared by every client of that scope in the JVM.
 * {@code schema.registry.url=mock://SCOPE} selects one, as with Confluent's serializers.
 *
 * <p>It answers like a Confluent registry, with the same errors and codes (as if over HTTP): ids
 * are registry-wide and given in order from 1, the same schema text gets the same id under every
 * subject, registering a schema that a subject already holds returns its id, and a new version
 * must pass the subject's compatibility level (global default BACKWARD), checked with Avro's
 * {@link org.apache.avro.SchemaCompatibility}. Schemas are identified by their JSON text
 * ({@link Schema#toString()}), as the registry does.
 *
 * <p>For tests and demos; it keeps everything until {@link #dropScope(String)}.
 */
public final class MockSchemaRegistry {
    private static final ConcurrentHashMap<String, Registry> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {}

    /**
     * A client of the scope's registry. The client looks the scope up on every call, so after
     * {@link #dropScope(String)} it sees a fresh, empty registry.
     */
    public static SchemaRegistryClient forScope(String scope) {
        Objects.requireNonNull(scope, "scope");
        if (scope.isEmpty()) {
            throw new IllegalArgumentException("empty scope");
        }
        return new Client(scope);
    }

    /** Forgets everything registered in the scope. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    private static Registry registry(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new Registry());
    }

    private record Version(int id, int version, Schema schema, String text) {}

    /** One registry. Coarse locking: it is a test double, and clients cache in front of it. */
    private static final class Registry {
        private final Map<String, Integer> idsByText = new HashMap<>();
        private final Map<Integer, Schema> schemasById = new HashMap<>();
        private final Map<String, List<Version>> subjects = new TreeMap<>();
        private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
        private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

        synchronized int register(String subject, Schema schema) {
            String text = schema.toString();
            List<Version> versions = subjects.getOrDefault(subject, List.of());
            for (Version v : versions) {
                if (v.text().equals(text)) {
                    return v.id();
                }
            }
            CompatibilityLevel level = subjectLevels.getOrDefault(subject, globalLevel);
            if (!level.allows(schema, versions.stream().map(Version::schema).toList())) {
                throw RegistryErrors.of(409, 409,
                        "Schema being registered is incompatible with an earlier schema for subject \""
                                + subject + "\" (compatibility " + level + ")",
                        "register schema " + schema.getFullName() + " under subject '" + subject + "'");
            }
            int id = idsByText.computeIfAbsent(text, t -> idsByText.size() + 1);
            schemasById.putIfAbsent(id, schema);
            int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
            subjects.computeIfAbsent(subject, s -> new ArrayList<>()).add(new Version(id, version, schema, text));
            return id;
        }

        synchronized RegisteredSchema lookup(String subject, Schema schema) {
            String operation = "look up schema " + schema.getFullName() + " under subject '" + subject + "'";
            String text = schema.toString();
            for (Version v : existing(subject, operation)) {
                if (v.text().equals(text)) {
                    return new RegisteredSchema(subject, v.id(), v.version(), v.schema());
                }
            }
            throw RegistryErrors.of(404, SchemaRegistryNotFoundException.SCHEMA_NOT_FOUND, "Schema not found", operation);
        }

        synchronized Schema schemaById(int id) {
            Schema schema = schemasById.get(id);
            if (schema == null) {
                throw RegistryErrors.of(404, SchemaRegistryNotFoundException.SCHEMA_NOT_FOUND,
                        "Schema " + id + " not found", "fetch schema id " + id);
            }
            return schema;
        }

        synchronized RegisteredSchema latest(String subject) {
            List<Version> versions = existing(subject, "fetch the latest version of subject '" + subject + "'");
            Version v = versions.get(versions.size() - 1);
            return new RegisteredSchema(subject, v.id(), v.version(), v.schema());
        }

        synchronized RegisteredSchema version(String subject, int version) {
            String operation = "fetch version " + version + " of subject '" + subject + "'";
            for (Version v : existing(subject, operation)) {
                if (v.version() == version) {
                    return new RegisteredSchema(subject, v.id(), v.version(), v.schema());
                }
            }
            throw RegistryErrors.of(404, SchemaRegistryNotFoundException.VERSION_NOT_FOUND,
                    "Version " + version + " not found.", operation);
        }

        synchronized List<Integer> versions(String subject) {
            return existing(subject, "list the versions of subject '" + subject + "'").stream()
                    .map(Version::version).toList();
        }

        synchronized List<String> subjects() {
            return List.copyOf(subjects.keySet());
        }

        synchronized boolean isCompatible(String subject, Schema schema) {
            List<Version> versions = subjects.getOrDefault(subject, List.of());
            return subjectLevels.getOrDefault(subject, globalLevel)
                    .allows(schema, versions.stream().map(Version::schema).toList());
        }

        synchronized CompatibilityLevel compatibility(String subject) {
            return subjectLevels.getOrDefault(subject, globalLevel);
        }

        synchronized CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
            subjectLevels.put(subject, Objects.requireNonNull(level, "level"));
            return level;
        }

        private List<Version> existing(String subject, String operation) {
            List<Version> versions = subjects.get(subject);
            if (versions == null || versions.isEmpty()) {
                throw RegistryErrors.of(404, SchemaRegistryNotFoundException.SUBJECT_NOT_FOUND,
                        "Subject '" + subject + "' not found.", operation);
            }
            return versions;
        }
    }

    private static final class Client implements SchemaRegistryClient {
        private final String scope;

        Client(String scope) {
            this.scope = scope;
        }

        @Override
        public int register(String subject, Schema schema) {
            return registry(scope).register(subject, schema);
        }

        @Override
        public RegisteredSchema lookup(String subject, Schema schema) {
            return registry(scope).lookup(subject, schema);
        }

        @Override
        public Schema schemaById(int id) {
            return registry(scope).schemaById(id);
        }

        @Override
        public RegisteredSchema latest(String subject) {
            return registry(scope).latest(subject);
        }

        @Override
        public RegisteredSchema version(String subject, int version) {
            return registry(scope).version(subject, version);
        }

        @Override
        public List<Integer> versions(String subject) {
            return registry(scope).versions(subject);
        }

        @Override
        public List<String> subjects() {
            return registry(scope).subjects();
        }

        @Override
        public boolean isCompatible(String subject, Schema schema) {
            return registry(scope).isCompatible(subject, schema);
        }

        @Override
        public CompatibilityLevel compatibility(String subject) {
            return registry(scope).compatibility(subject);
        }

        @Override
        public CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level) {
            return registry(scope).setCompatibility(subject, level);
        }

        @Override
        public String toString() {
            return "MockSchemaRegistry[" + scope + "]";
        }
    }
}
