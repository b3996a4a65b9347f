package io.contactshield.serdes.registry;

import static io.contactshield.serdes.TestSchemas.COUNTER;
import static io.contactshield.serdes.TestSchemas.GREETING_V1;
import static io.contactshield.serdes.TestSchemas.GREETING_V2;
import static io.contactshield.serdes.TestSchemas.GREETING_V2_REQUIRED_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.contactshield.testkit.registry.SchemaRegistryExtension;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The HTTP client against a real registry (Apicurio's Confluent API, global compatibility
 * BACKWARD). Where Apicurio and Confluent differ the assertions accept both.
 */
class SchemaRegistryClientIT {
    @RegisterExtension
    static final SchemaRegistryExtension REGISTRY = new SchemaRegistryExtension();

    private final String subject = "it-" + UUID.randomUUID() + "-value";

    /** No cache: every call goes to the registry. */
    private static SchemaRegistryClient client() {
        return TestClients.uncachedRest(Map.of(SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, REGISTRY.url()));
    }

    @Test
    void aRegisteredSchemaIsServedBackByItsId() {
        SchemaRegistryClient client = client();

        int id = client.register(subject, GREETING_V1);

        assertThat(client.schemaById(id)).isEqualTo(GREETING_V1);
    }

    @Test
    void registeringTheSameSchemaAgainReturnsTheSameIdAndNoNewVersion() {
        SchemaRegistryClient client = client();
        int id = client.register(subject, GREETING_V1);

        assertThat(client.register(subject, GREETING_V1)).isEqualTo(id);
        assertThat(client.versions(subject)).containsExactly(1);
    }

    @Test
    void theSameSchemaUnderTwoSubjectsHasOneId() {
        SchemaRegistryClient client = client();

        assertThat(client.register(subject + "-other", COUNTER)).isEqualTo(client.register(subject, COUNTER));
    }

    @Test
    void lookupFindsTheRegisteredVersion() {
        SchemaRegistryClient client = client();
        int id = client.register(subject, GREETING_V1);

        RegisteredSchema found = client.lookup(subject, GREETING_V1);

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.schema()).isEqualTo(GREETING_V1);
    }

    @Test
    void lookupOfAnUnregisteredSchemaIsNotFound() {
        SchemaRegistryClient client = client();
        client.register(subject, GREETING_V1);

        SchemaRegistryNotFoundException e = catchThrowableOfType(SchemaRegistryNotFoundException.class,
                () -> client.lookup(subject, COUNTER));

        // Confluent: 40403 (schema); Apicurio: 40401 (subject), for a subject that does exist.
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.errorCode()).isIn(40401, 40403);
    }

    @Test
    void anUnknownSubjectIsNotFound() {
        SchemaRegistryNotFoundException e = catchThrowableOfType(SchemaRegistryNotFoundException.class,
                () -> client().latest(subject));

        // Confluent: 40401 (subject); Apicurio: 40402 (no version 'latest').
        assertThat(e.missing()).isIn(SchemaRegistryNotFoundException.Missing.SUBJECT, SchemaRegistryNotFoundException.Missing.VERSION);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(catchThrowableOfType(SchemaRegistryNotFoundException.class, () -> client().schemaById(Integer.MAX_VALUE)))
                .isNotNull();
    }

    @Test
    void latestFollowsNewVersions() {
        SchemaRegistryClient client = client();
        client.register(subject, GREETING_V1);
        int v2 = client.register(subject, GREETING_V2);

        RegisteredSchema latest = client.latest(subject);

        assertThat(latest.id()).isEqualTo(v2);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.schema()).isEqualTo(GREETING_V2);
        assertThat(client.version(subject, 1).schema()).isEqualTo(GREETING_V1);
        assertThat(client.versions(subject)).containsExactly(1, 2);
        assertThat(client.subjects()).contains(subject);
    }

    @Test
    void anIncompatibleChangeIsRejectedWithATypedException() {
        SchemaRegistryClient client = client();
        client.register(subject, GREETING_V1);

        IncompatibleSchemaException e = catchThrowableOfType(IncompatibleSchemaException.class,
                () -> client.register(subject, GREETING_V2_REQUIRED_FIELD));

        assertThat(e.httpStatus()).isEqualTo(409);
        // Confluent sends 409, Apicurio 0.
        assertThat(e.errorCode()).isIn(0, 409);
        assertThat(client.versions(subject)).containsExactly(1);
    }

    @Test
    void theCompatibilityTestAnswersWithoutRegistering() {
        SchemaRegistryClient client = client();
        client.register(subject, GREETING_V1);

        assertThat(client.isCompatible(subject, GREETING_V2)).isTrue();
        assertThat(client.isCompatible(subject, GREETING_V2_REQUIRED_FIELD)).isFalse();
        assertThat(client.versions(subject)).containsExactly(1);
    }

    @Test
    void aSubjectWithoutVersionsIsCompatibleWithAnything() {
        assertThat(client().isCompatible(subject, GREETING_V1)).isTrue();
    }

    @Test
    void aSubjectWithoutItsOwnLevelReportsTheGlobalOneOrNone() {
        SchemaRegistryClient client = client();
        client.register(subject, GREETING_V1);

        // Confluent: the global level (BACKWARD). Apicurio 2.4: NONE, meaning "no rule of its own";
        // the global rule still applies (see anIncompatibleChangeIsRejectedWithATypedException).
        assertThat(client.compatibility(subject)).isIn(CompatibilityLevel.BACKWARD, CompatibilityLevel.NONE);
    }

    @Test
    void aStricterSubjectLevelIsSetAndApplied() {
        SchemaRegistryClient client = client();
        client.register(subject, GREETING_V1);
        Schema withoutText = SchemaBuilder.record("Greeting").namespace(GREETING_V1.getNamespace()).fields()
                .requiredString("id").endRecord();

        assertThat(client.setCompatibility(subject, CompatibilityLevel.FULL)).isEqualTo(CompatibilityLevel.FULL);

        assertThat(client.compatibility(subject)).isEqualTo(CompatibilityLevel.FULL);
        // Backward compatible, but readers of v1 need 'text': FULL refuses it.
        assertThatThrownBy(() -> client.register(subject, withoutText)).isInstanceOf(IncompatibleSchemaException.class);
    }
}
