package io.contactshield.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiAnnotationsTest {

    @ParameterizedTest
    @ValueSource(classes = {ContactEvent.class, ProtectedContactEvent.class, AuditEvent.class,
            DeadLetter.class, OriginalRecord.class})
    void shippedSchemasFollowTheConvention(Class<?> type) throws Exception {
        Schema schema = (Schema) type.getField("SCHEMA$").get(null);

        assertThat(PiiAnnotations.problems(schema)).isEmpty();
    }

    @Test
    void contactEventMarksItsPersonalData() {
        Map<String, Schema.Field> fields = fieldsByPath(ContactEvent.getClassSchema());

        assertThat(PiiAnnotations.declaredTypes(fields.get("customerEndpoint.address")))
                .containsExactly("PHONE_NUMBER", "EMAIL");
        assertThat(PiiAnnotations.declaredTypes(fields.get("customerName"))).containsExactly("PERSON_NAME");
        assertThat(PiiAnnotations.declaredTypes(fields.get("customerEndpoint.displayName")))
                .containsExactly("PERSON_NAME");
        assertThat(fields).hasEntrySatisfying("attributes", f -> assertThat(PiiAnnotations.isScanned(f)).isTrue())
                .hasEntrySatisfying("agentNotes", f -> assertThat(PiiAnnotations.isScanned(f)).isTrue())
                .hasEntrySatisfying("transcript[].content", f -> assertThat(PiiAnnotations.isScanned(f)).isTrue())
                .hasEntrySatisfying("references[].value", f -> assertThat(PiiAnnotations.isScanned(f)).isTrue())
                .hasEntrySatisfying("extensions", f -> assertThat(PiiAnnotations.isScanned(f)).isTrue());
    }

    @Test
    void theContactCentresOwnEndpointIsNotPersonalData() {
        Map<String, Schema.Field> fields = fieldsByPath(ContactEvent.getClassSchema());

        assertThat(PiiAnnotations.declaredTypes(fields.get("systemEndpoint.address"))).isEmpty();
        assertThat(PiiAnnotations.isScanned(fields.get("systemEndpoint.address"))).isFalse();
    }

    @Test
    void outputSchemasDeclareNoPersonalDataOfTheirOwn() {
        // Audit events and dead letters carry ids, types and counts only: nothing in them is
        // annotated, because nothing in them may ever hold a value.
        for (Schema schema : List.of(AuditEvent.getClassSchema(), DeadLetter.getClassSchema())) {
            assertThat(fieldsByPath(schema).values())
                    .noneMatch(f -> !PiiAnnotations.declaredTypes(f).isEmpty() || PiiAnnotations.isScanned(f));
        }
    }

    @Test
    void rejectsAnnotationOnANonStringField() {
        Schema schema = parse("""
                {"type":"record","name":"R","fields":[{"name":"n","type":"long","pii":"CREDIT_CARD"}]}""");

        assertThat(PiiAnnotations.problems(schema)).singleElement().asString()
                .startsWith("n: is annotated but of type LONG");
    }

    @Test
    void rejectsMalformedEntityTypes() {
        Schema schema = parse("""
                {"type":"record","name":"R","fields":[
                  {"name":"a","type":"string","pii":"phone"},
                  {"name":"b","type":"string","pii":""},
                  {"name":"c","type":"string","pii":42}]}""");

        assertThat(PiiAnnotations.problems(schema)).containsExactly(
                "a: 'pii' names an invalid entity type 'phone' (upper-case letters, digits and '_')",
                "b: 'pii' must be a string of entity types",
                "c: 'pii' must be a string of entity types");
    }

    @Test
    void rejectsScanFlagThatIsNotABoolean() {
        Schema schema = parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string","pii.scan":"yes"}]}""");

        assertThat(PiiAnnotations.problems(schema)).containsExactly("a: 'pii.scan' must be true or false");
    }

    @Test
    void rejectsBothAnnotationsOnOneField() {
        Schema schema = parse("""
                {"type":"record","name":"R","fields":[
                  {"name":"a","type":["null","string"],"pii":"EMAIL","pii.scan":true}]}""");

        assertThat(PiiAnnotations.problems(schema)).singleElement().asString()
                .startsWith("a: has both 'pii' and 'pii.scan'");
    }

    @Test
    void acceptsStringsInsideUnionsMapsAndArraysAndReportsNestedPaths() {
        Schema schema = parse("""
                {"type":"record","name":"R","fields":[
                  {"name":"m","type":{"type":"map","values":"string"},"pii.scan":true},
                  {"name":"l","type":{"type":"array","items":["null","string"]},"pii":"EMAIL"},
                  {"name":"items","type":{"type":"array","items":{"type":"record","name":"I","fields":[
                    {"name":"x","type":"int","pii":"IBAN"}]}}}]}""");

        assertThat(PiiAnnotations.problems(schema)).containsExactly(
                "items[].x: is annotated but of type INT; only strings (nullable, or in maps and arrays) can be protected");
    }

    @Test
    void declaredTypesAreEmptyForUnannotatedFields() {
        Schema schema = parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"}]}""");

        assertThat(PiiAnnotations.declaredTypes(schema.getField("a"))).isEmpty();
        assertThat(PiiAnnotations.isScanned(schema.getField("a"))).isFalse();
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }

    /** Fields of a schema and the records inside it, by the path the classifier reports. */
    private static Map<String, Schema.Field> fieldsByPath(Schema schema) {
        Map<String, Schema.Field> fields = new LinkedHashMap<>();
        collect(schema, "", fields);
        return fields;
    }

    private static void collect(Schema schema, String path, Map<String, Schema.Field> fields) {
        switch (schema.getType()) {
            case RECORD -> {
                for (Schema.Field f : schema.getFields()) {
                    String p = path.isEmpty() ? f.name() : path + "." + f.name();
                    if (fields.putIfAbsent(p, f) == null) {
                        collect(f.schema(), p, fields);
                    }
                }
            }
            case UNION -> schema.getTypes().forEach(t -> collect(t, path, fields));
            case ARRAY -> collect(schema.getElementType(), path + "[]", fields);
            case MAP -> collect(schema.getValueType(), path + "{}", fields);
            default -> {
            }
        }
    }
}
