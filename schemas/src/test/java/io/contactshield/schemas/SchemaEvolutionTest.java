package io.contactshield.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every released version of a schema is kept under {@code src/test/resources/history/NAME/vN.avsc}.
 * The current schema must read data written with any of them (BACKWARD), so a pipeline upgrade never
 * breaks on old input. The schemas contact-shield writes must also be readable by consumers still on
 * an older version (FORWARD), since downstream teams upgrade on their own schedule.
 */
class SchemaEvolutionTest {

    /** The schemas contact-shield reads from producers. */
    private static final List<Schema> INPUTS = List.of(ContactEvent.getClassSchema());

    /** The schemas contact-shield writes for consumers. */
    private static final List<Schema> OUTPUTS = List.of(
            ProtectedContactEvent.getClassSchema(), AuditEvent.getClassSchema(),
            DeadLetter.getClassSchema(), OriginalRecord.getClassSchema());

    static Stream<Arguments> everySchemaWithEachEarlierVersion() {
        return Stream.concat(INPUTS.stream(), OUTPUTS.stream())
                .flatMap(current -> history(current).stream()
                        .map(old -> Arguments.of(current.getName(), old.version(), current, old.schema())));
    }

    static Stream<Arguments> everyOutputSchemaWithEachEarlierVersion() {
        return OUTPUTS.stream()
                .flatMap(current -> history(current).stream()
                        .map(old -> Arguments.of(current.getName(), old.version(), current, old.schema())));
    }

    @ParameterizedTest(name = "{0} reads data written with {1}")
    @MethodSource("everySchemaWithEachEarlierVersion")
    void currentSchemaReadsEveryEarlierVersion(String name, String version, Schema current, Schema old) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(current, old);

        assertThat(result.getType())
                .as("%s is not BACKWARD compatible with %s: %s", name, version, result.getResult())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest(name = "a consumer on {0} {1} reads what we write now")
    @MethodSource("everyOutputSchemaWithEachEarlierVersion")
    void earlierConsumersReadCurrentOutput(String name, String version, Schema current, Schema old) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(old, current);

        assertThat(result.getType())
                .as("%s %s cannot read the current %s: %s", name, version, name, result.getResult())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void latestRecordedVersionIsTheCurrentSchema() {
        // A changed schema must be recorded as a new version, so the next change is checked against it.
        for (Schema current : concat(INPUTS, OUTPUTS)) {
            List<Version> versions = history(current);
            assertThat(versions).as("history of %s", current.getName()).isNotEmpty();
            Version latest = versions.get(versions.size() - 1);
            assertThat(latest.schema())
                    .as("%s changed: add it as history/%s/v%d.avsc", current.getName(), current.getName(),
                            versions.size() + 1)
                    .isEqualTo(current);
        }
    }

    @Test
    void aRequiredFieldWithoutDefaultIsCaught() {
        // Guards the check itself: an incompatible change must not pass unnoticed.
        Schema current = ContactEvent.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        current.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(new Schema.Field("mandatory", SchemaBuilder.builder().stringType(), null, (Object) null));
        Schema next = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(),
                false, fields);

        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(next, current);

        assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(result.getResult().getIncompatibilities())
                .anySatisfy(i -> assertThat(i.getMessage()).contains("mandatory"));
    }

    record Version(String version, Schema schema) {
    }

    private static List<Version> history(Schema current) {
        List<Version> versions = new ArrayList<>();
        for (int n = 1; ; n++) {
            String resource = "/history/" + current.getName() + "/v" + n + ".avsc";
            try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Version("v" + n, new Schema.Parser().parse(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
    }

    private static List<Schema> concat(List<Schema> a, List<Schema> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
