package io.contactshield.serdes.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry REST API that producers, consumers and operators
 * need, for Avro schemas.
 *
 * <p>Get one from {@link SchemaRegistryClients}: an HTTP client for {@code http(s)://} URLs or the
 * in-memory {@link MockSchemaRegistry} for {@code mock://scope}, both behind a cache.
 * Implementations are thread-safe. Failures are {@link SchemaRegistryException}s.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /**
     * Registers {@code schema} under {@code subject} ({@code POST /subjects/{subject}/versions}), or
     * finds it if it is already there, and returns its id.
     *
     * @throws IncompatibleSchemaException if the subject's compatibility level forbids the schema
     */
    int register(String subject, Schema schema);

    /**
     * Finds {@code schema} among the versions of {@code subject} ({@code POST /subjects/{subject}}),
     * without registering it.
     *
     * @throws SchemaRegistryNotFoundException if the subject or the schema under it is unknown
     */
    RegisteredSchema lookup(String subject, Schema schema);

    /**
     * The schema with this id ({@code GET /schemas/ids/{id}}).
     *
     * @throws SchemaRegistryNotFoundException if no schema has this id
     * @throws SchemaRegistryException if the schema is not Avro, or uses schema references
     */
    Schema schemaById(int id);

    /**
     * The newest version of {@code subject} ({@code GET /subjects/{subject}/versions/latest}).
     *
     * @throws SchemaRegistryNotFoundException if the subject is unknown
     */
    RegisteredSchema latest(String subject);

    /**
     * One version of {@code subject} ({@code GET /subjects/{subject}/versions/{version}}).
     *
     * @throws SchemaRegistryNotFoundException if the subject or the version is unknown
     */
    RegisteredSchema version(String subject, int version);

    /** The subject's versions, oldest first ({@code GET /subjects/{subject}/versions}). */
    List<Integer> versions(String subject);

    /** Every subject ({@code GET /subjects}). */
    List<String> subjects();

    /**
     * Whether registering {@code schema} under {@code subject} would pass the subject's
     * compatibility check ({@code POST /compatibility/subjects/{subject}/versions/latest}). A
     * subject with no versions accepts anything, as with Confluent.
     */
    boolean isCompatible(String subject, Schema schema);

    /**
     * The compatibility level that applies to {@code subject}: its own, or the registry's global one
     * if it has none ({@code GET /config/{subject}?defaultToGlobal=true}, then {@code GET /config}).
     *
     * <p>Apicurio 2.x answers NONE for a subject without a level of its own, although its global
     * level applies; there, setting a subject to NONE only removes the subject's own level.
     */
    CompatibilityLevel compatibility(String subject);

    /**
     * Sets the subject's own compatibility level ({@code PUT /config/{subject}}).
     *
     * @return the level the registry confirmed
     */
    CompatibilityLevel setCompatibility(String subject, CompatibilityLevel level);

    /** Releases what the client holds. Never throws. */
    @Override
    default void close() {}
}
