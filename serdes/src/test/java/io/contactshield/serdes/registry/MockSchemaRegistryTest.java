package io.contactshield.serdes.registry;

import static io.contactshield.serdes.TestSchemas.COUNTER;
import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static io.contactshield.serdes.TestSchemas.GREETING_V2;
import static io.contactshield.serdes.TestSchemas.GREETING_V2_REQUIRED_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {
    private final String scope = "test-" + UUID.randomUUID();
    private final SchemaRegistryClient registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void idsAreGivenInOrderFromOne() {
        assertThat(registry.register("a-value", GREETING_V1)).isEqualTo(1);
        assertThat(registry.register("b-value", COUNTER)).isEqualTo(2);
    }

    @Test
    void theSameSchemaGetsTheSameIdUnderEverySubject() {
        int first = registry.register("a-value", GREETING_V1);
        registry.register("c-value", COUNTER);

        assertThat(registry.register("b-value", GREETING_V1)).isEqualTo(first);
    }

    @Test
    void registeringAKnownSchemaAgainReturnsItsIdWithoutANewVersion() {
        int id = registry.register("a-value", GREETING_V1);

        assertThat(registry.register("a-value", GREETING_V1)).isEqualTo(id);
        assertThat(registry.versions("a-value")).containsExactly(1);
    }

    @Test
    void aCompatibleChangeBecomesTheNextVersion() {
        registry.register("a-value", GREETING_V1);
        int v2 = registry.register("a-value", GREETING_V2);

        RegisteredSchema latest = registry.latest("a-value");
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(v2);
        assertThat(latest.schema()).isEqualTo(GREETING_V2);
        assertThat(registry.version("a-value", 1).schema()).isEqualTo(GREETING_V1);
    }

    @Test
    void backwardIsTheDefaultAndRejectsANewFieldWithoutDefault() {
        registry.register("a-value", GREETING_V1);

        IncompatibleSchemaException e = catchThrowableOfType(IncompatibleSchemaException.class,
                () -> registry.register("a-value", GREETING_V2_REQUIRED_FIELD));

        assertThat(e.httpStatus()).isEqualTo(409);
        assertThat(e.errorCode()).isEqualTo(409);
        assertThat(e.getMessage()).contains("a-value", "BACKWARD");
        assertThat(registry.compatibility("a-value")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void levelNoneAcceptsAnyChange() {
        registry.register("a-value", GREETING_V1);
        registry.setCompatibility("a-value", CompatibilityLevel.NONE);

        assertThat(registry.register("a-value", COUNTER)).isPositive();
    }

    @Test
    void forwardRejectsAChangeOldReadersCannotRead() {
        registry.setCompatibility("a-value", CompatibilityLevel.FORWARD);
        registry.register("a-value", GREETING_V1);
        Schema withoutText = SchemaBuilder.record("Greeting").namespace(GREETING_V1.getNamespace()).fields()
                .requiredString("id").endRecord();

        assertThat(registry.isCompatible("a-value", withoutText)).isFalse();
        assertThat(registry.isCompatible("a-value", GREETING_V2_REQUIRED_FIELD)).isTrue();
    }

    @Test
    void transitiveLevelsCheckEveryEarlierVersion() {
        Schema v1 = SchemaBuilder.record("T").fields().requiredInt("x").endRecord();
        Schema v2 = SchemaBuilder.record("T").fields().endRecord();
        Schema v3 = SchemaBuilder.record("T").fields().name("x").type().stringType().stringDefault("").endRecord();
        registry.register("t-value", v1);
        registry.register("t-value", v2);

        assertThat(registry.isCompatible("t-value", v3)).isTrue();
        registry.setCompatibility("t-value", CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(registry.isCompatible("t-value", v3)).isFalse();
    }

    @Test
    void anUnknownSubjectIsNotFound40401() {
        SchemaRegistryNotFoundException e = catchThrowableOfType(SchemaRegistryNotFoundException.class,
                () -> registry.latest("nothing-value"));

        assertThat(e.errorCode()).isEqualTo(40401);
        assertThat(e.missing()).isEqualTo(SchemaRegistryNotFoundException.Missing.SUBJECT);
    }

    @Test
    void anUnknownSchemaInAKnownSubjectIsNotFound40403() {
        registry.register("a-value", GREETING_V1);

        SchemaRegistryNotFoundException e = catchThrowableOfType(SchemaRegistryNotFoundException.class,
                () -> registry.lookup("a-value", COUNTER));

        assertThat(e.errorCode()).isEqualTo(40403);
    }

    @Test
    void anUnknownIdIsNotFound40403() {
        assertThat(catchThrowableOfType(SchemaRegistryNotFoundException.class, () -> registry.schemaById(42)).missing())
                .isEqualTo(SchemaRegistryNotFoundException.Missing.SCHEMA);
    }

    @Test
    void anUnknownVersionIsNotFound40402() {
        registry.register("a-value", GREETING_V1);

        assertThat(catchThrowableOfType(SchemaRegistryNotFoundException.class, () -> registry.version("a-value", 3)).errorCode())
                .isEqualTo(40402);
    }

    @Test
    void testingCompatibilityRegistersNothing() {
        registry.register("a-value", GREETING_V1);

        assertThat(registry.isCompatible("a-value", GREETING_V2)).isTrue();
        assertThat(registry.versions("a-value")).containsExactly(1);
    }

    @Test
    void dropScopeForgetsEverything() {
        registry.register("a-value", GREETING_V1);

        MockSchemaRegistry.dropScope(scope);

        assertThat(registry.subjects()).isEmpty();
        assertThat(registry.register("b-value", COUNTER)).isEqualTo(1);
    }

    @Test
    void scopesAreSeparateRegistries() {
        registry.register("a-value", GREETING_V1);
        String other = scope + "-other";
        try {
            assertThat(MockSchemaRegistry.forScope(other).subjects()).isEmpty();
        } finally {
            MockSchemaRegistry.dropScope(other);
        }
    }

    @Test
    void aMockUrlSelectsTheScopeSharedByAllItsClients() {
        SchemaRegistryClient viaConfig = SchemaRegistryClients.create(
                Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://" + scope));

        int id = viaConfig.register("a-value", GREETING_V1);

        assertThat(registry.lookup("a-value", GREETING_V1).id()).isEqualTo(id);
    }
}
