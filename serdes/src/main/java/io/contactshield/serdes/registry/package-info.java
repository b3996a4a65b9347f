/**
 * A client of the Confluent Schema Registry REST API, for Avro schemas.
 *
 * <p>Public: {@link io.contactshield.serdes.registry.SchemaRegistryClient}, built by {@link
 * io.contactshield.serdes.registry.SchemaRegistryClients} from {@link
 * io.contactshield.serdes.registry.SchemaRegistryClientConfig} (an HTTP client on the JDK's
 * {@code java.net.http}, or the in-memory {@link io.contactshield.serdes.registry.MockSchemaRegistry}
 * for {@code mock://} URLs), {@link io.contactshield.serdes.registry.RegisteredSchema}, {@link
 * io.contactshield.serdes.registry.CompatibilityLevel} and the {@link
 * io.contactshield.serdes.registry.SchemaRegistryException} family. Everything else is
 * package-private.
 *
 * <p>Works with Confluent Schema Registry and with Apicurio Registry's Confluent-compatible API
 * ({@code /apis/ccompat/v7}). Not supported: schema references, non-Avro schema types, contexts,
 * deletion, OAuth token sources.
 */
package io.contactshield.serdes.registry;
