package io.contactshield.schemas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.avro.Schema;

/**
 * The convention by which an Avro schema says where personal data is.
 *
 * <ul>
 *   <li>{@code "pii": "PHONE_NUMBER"} on a field: the field always holds personal data of that
 *       entity type and is protected whatever its content. Several types may be given, separated by
 *       {@code |} ({@code "PHONE_NUMBER|EMAIL"}), when the field holds one of them: the classifier
 *       takes the first type whose detector accepts the value, and otherwise the first listed, so
 *       the field is protected either way.
 *   <li>{@code "pii.scan": true} on a field: free-form text that the content detectors scan. On a
 *       map or array of strings, every value is scanned.
 * </ul>
 *
 * Both properties apply to string fields only (optionally nullable, or maps and arrays of
 * strings), since only a string can be replaced by a token. Entity types are upper-case names: the
 * {@link #STANDARD_ENTITY_TYPES} or one a schema or detector adds (such as {@code CUSTOMER_ID}).
 */
public final class PiiAnnotations {

    /** Field property naming the entity type(s) a field always holds. */
    public static final String PII = "pii";

    /** Field property marking free-form text for content scanning. */
    public static final String SCAN = "pii.scan";

    /** The entity types every part of contact-shield knows by these exact names. */
    public static final Set<String> STANDARD_ENTITY_TYPES = Set.of(
            "EMAIL", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN", "IP_ADDRESS",
            "PERSON_NAME", "ADDRESS", "URL_CREDENTIALS", "AWS_ACCESS_KEY");

    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private PiiAnnotations() {
    }

    /**
     * The entity types a field is declared to hold, in order of preference; empty when the field
     * carries no {@code pii} property. Call {@link #problems(Schema)} first to reject malformed values.
     */
    public static List<String> declaredTypes(Schema.Field field) {
        Object value = field.getObjectProp(PII);
        if (!(value instanceof String text) || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).toList();
    }

    /** Whether the field is marked for content scanning. */
    public static boolean isScanned(Schema.Field field) {
        return Boolean.TRUE.equals(field.getObjectProp(SCAN));
    }

    /**
     * Every misuse of the convention in a schema and the schemas it contains, each naming the field
     * path; empty when the schema is well annotated. A producer schema with problems cannot be
     * classified safely and must be rejected, not guessed at.
     */
    public static List<String> problems(Schema schema) {
        List<String> problems = new ArrayList<>();
        collect(schema, "", problems, new IdentityHashMap<>());
        return problems;
    }

    private static void collect(Schema schema, String path, List<String> problems,
            Map<Schema, Boolean> visited) {
        switch (schema.getType()) {
            case RECORD -> {
                if (visited.put(schema, Boolean.TRUE) != null) {
                    return;
                }
                for (Schema.Field field : schema.getFields()) {
                    String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
                    checkField(field, fieldPath, problems);
                    collect(field.schema(), fieldPath, problems, visited);
                }
            }
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, path, problems, visited));
            case ARRAY -> collect(schema.getElementType(), path + "[]", problems, visited);
            case MAP -> collect(schema.getValueType(), path + "{}", problems, visited);
            default -> {
            }
        }
    }

    private static void checkField(Schema.Field field, String path, List<String> problems) {
        Object pii = field.getObjectProp(PII);
        Object scan = field.getObjectProp(SCAN);
        if (pii == null && scan == null) {
            return;
        }
        if (pii != null) {
            if (!(pii instanceof String text) || text.isBlank()) {
                problems.add(path + ": '" + PII + "' must be a string of entity types");
            } else {
                for (String type : text.split("\\|")) {
                    if (!ENTITY_TYPE.matcher(type.strip()).matches()) {
                        problems.add(path + ": '" + PII + "' names an invalid entity type '" + type.strip()
                                + "' (upper-case letters, digits and '_')");
                    }
                }
            }
        }
        if (scan != null && !(scan instanceof Boolean)) {
            problems.add(path + ": '" + SCAN + "' must be true or false");
        }
        if (pii != null && Boolean.TRUE.equals(scan)) {
            problems.add(path + ": has both '" + PII + "' and '" + SCAN + "'; an annotated field is"
                    + " protected whole, so scanning it means nothing");
        }
        if (!holdsOnlyStrings(field.schema())) {
            problems.add(path + ": is annotated but of type " + field.schema().getType()
                    + "; only strings (nullable, or in maps and arrays) can be protected");
        }
    }

    private static boolean holdsOnlyStrings(Schema schema) {
        return switch (schema.getType()) {
            case STRING -> true;
            case UNION -> schema.getTypes().stream()
                    .allMatch(branch -> branch.getType() == Schema.Type.NULL || holdsOnlyStrings(branch))
                    && schema.getTypes().stream().anyMatch(branch -> branch.getType() != Schema.Type.NULL);
            case ARRAY -> holdsOnlyStrings(schema.getElementType());
            case MAP -> holdsOnlyStrings(schema.getValueType());
            default -> false;
        };
    }
}
