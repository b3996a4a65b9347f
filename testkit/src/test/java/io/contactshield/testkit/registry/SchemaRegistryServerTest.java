package io.contactshield.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaRegistryServerTest {

    @Test
    void readsEveryWordingOfATakenPortAsATakenPort() {
        assertThat(SchemaRegistryServer.portTaken("io.vertx.core.VertxException: Port already bound: 45077")).isTrue();
        assertThat(SchemaRegistryServer.portTaken("java.net.BindException: Address already in use")).isTrue();
        assertThat(SchemaRegistryServer.portTaken("13:22:27,125 ERROR [io.qua.run.Application] (main) Port 45077 seems to be"
                + " in use by another process. Quarkus may already be running or the port is used by another application."))
                .isTrue();
        assertThat(SchemaRegistryServer.portTaken("ERROR Failed to start application: datasource not configured")).isFalse();
    }
}
