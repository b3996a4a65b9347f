package io.contactshield.serdes.registry;

import java.util.Map;

/** Clients that production code never builds: an HTTP client with no cache, to count wire calls. */
public final class TestClients {
    private TestClients() {}

    public static SchemaRegistryClient uncachedRest(Map<String, ?> configs) {
        return new RestSchemaRegistryClient(SchemaRegistryClients.restSettings(new SchemaRegistryClientConfig(configs), null));
    }
}
