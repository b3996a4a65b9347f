package io.contactshield.topology.classify;

import io.contactshield.schemas.PiiAnnotations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Finds the personal data in an Avro record, specific or generic, by its schema's annotations
 * ({@link PiiAnnotations}) and by content.
 *
 * <ul>
 *   <li>A string under a field with {@code "pii": "TYPE"} is one whole-value finding of that type,
 *       confidence 1.0, detector {@link Finding#SCHEMA_DETECTOR}, whatever its content. With
 *       {@code "TYPE_A|TYPE_B"} the text classifier runs on the value and the first listed type
 *       whose detection covers the whole value (surrounding whitespace aside) wins; if none does,
 *       the first listed type: the field is protected either way.
 *   <li>A string under a field with {@code "pii.scan": true}, and with {@code scanAllStrings} every
 *       other string, goes through the {@link TextClassifier}; each detection is a finding.
 *   <li>Annotations on a map or array field apply to every value in it, however deep.
 *   <li>Empty strings are never findings: there is nothing in them to protect.
 * </ul>
 *
 * <p>Field paths name where a value is: record fields joined by dots
 * ({@code customerEndpoint.address}), array elements by index ({@code transcript[3].content}),
 * map values by key after a dot ({@code attributes.note}). A key that is not made only of ASCII
 * letters, digits, {@code _}, {@code -} and {@code $} is written in brackets as a JSON string
 * literal instead ({@code attributes["order.id"]}, {@code attributes["say \"hi\""]}), so a path
 * reads back unambiguously. A union adds nothing to the path.
 *
 * <p>The keys of a scanned map are scanned too, since producers put values in keys
 * ({@code {"jane@example.com": "vip"}}): a key's findings have the path {@link RecordPaths#mapKey}
 * ({@code attributes["jane@example.com"]#key}), and the record protector replaces the key in the
 * view and names the entry by its protected key in audit paths. A scanned map's value is read with
 * its key as context ({@code customerName=Jane Roe}), as is a scanned field named {@code ...Name}.
 *
 * <p>A schema whose annotations have {@linkplain PiiAnnotations#problems(Schema) problems} cannot
 * be classified safely and is rejected with an {@link IllegalArgumentException} that names the
 * schema and the problems, never a value. Thread-safe.
 */
public final class RecordClassifier {

    private static final int MAX_CACHED_SCHEMAS = 1_000;

    // Longer keys are not names of fields: they are data, and read as context they would only cost.
    private static final int MAX_CUE_LENGTH = 64;

    private final TextClassifier textClassifier;
    private final boolean scanAllStrings;
    // Schemas seen so far, checked once each; a producer has few schemas.
    private final Map<Schema, Boolean> checkedSchemas = new ConcurrentHashMap<>();
    // Record schemas (nested ones too) seen so far, with how each field is classified.
    private final Map<Schema, RecordMode[]> fieldModes = new ConcurrentHashMap<>();

    /**
     * @param textClassifier classifies free text
     * @param scanAllStrings whether strings that carry no annotation are scanned too, not only
     *     those marked {@code pii.scan}
     */
    public RecordClassifier(TextClassifier textClassifier, boolean scanAllStrings) {
        this.textClassifier = Objects.requireNonNull(textClassifier, "textClassifier");
        this.scanAllStrings = scanAllStrings;
    }

    /**
     * Every finding in the record, in schema field order (and array and map iteration order within
     * a field), each finding's offsets in UTF-16 chars of its string.
     *
     * @throws IllegalArgumentException if the record's schema has annotation problems
     */
    /** What the detectors find in one string, as in a scanned field. */
    public List<Detection> classifyText(String text) {
        return textClassifier.classify(text);
    }

    public List<Finding> classify(IndexedRecord record) {
        Objects.requireNonNull(record, "record");
        check(record.getSchema());
        List<Finding> findings = new ArrayList<>();
        walkRecord(record, "", findings);
        return findings;
    }

    private void check(Schema schema) {
        if (checkedSchemas.containsKey(schema)) {
            return;
        }
        List<String> problems = PiiAnnotations.problems(schema);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Schema " + schema.getFullName()
                    + " has PII annotation problems and cannot be classified safely: "
                    + String.join("; ", problems));
        }
        if (checkedSchemas.size() >= MAX_CACHED_SCHEMAS) {
            checkedSchemas.clear();
        }
        checkedSchemas.put(schema, Boolean.TRUE);
    }

    private void walkRecord(IndexedRecord record, String path, List<Finding> findings) {
        Schema schema = record.getSchema();
        RecordMode[] modes = fieldModes(schema);
        for (Schema.Field field : schema.getFields()) {
            Object value = record.get(field.pos());
            if (value == null) {
                continue;
            }
            String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
            RecordMode mode = modes[field.pos()];
            if (mode.kind() == RecordMode.Kind.SCAN && value instanceof CharSequence text
                    && field.name().endsWith("Name")) {
                classifyWithCue(field.name(), text.toString(), fieldPath, findings);
            } else {
                walk(field.schema(), value, fieldPath, mode, findings);
            }
        }
    }

    /**
     * How each field of a record schema is classified, by position: read from the schema's
     * annotations once per schema rather than once per field of every record (property lookups
     * and parsing were most of the walk's own cost).
     */
    private RecordMode[] fieldModes(Schema schema) {
        RecordMode[] modes = fieldModes.get(schema);
        if (modes == null) {
            List<Schema.Field> fields = schema.getFields();
            modes = new RecordMode[fields.size()];
            for (Schema.Field field : fields) {
                List<String> declaredTypes = PiiAnnotations.declaredTypes(field);
                if (!declaredTypes.isEmpty()) {
                    modes[field.pos()] = RecordMode.annotated(declaredTypes);
                } else if (PiiAnnotations.isScanned(field) || scanAllStrings) {
                    modes[field.pos()] = RecordMode.SCAN;
                } else {
                    modes[field.pos()] = RecordMode.NONE;
                }
            }
            if (fieldModes.size() >= MAX_CACHED_SCHEMAS) {
                fieldModes.clear();
            }
            fieldModes.put(schema, modes);
        }
        return modes;
    }

    private void walk(Schema schema, Object value, String path, RecordMode mode, List<Finding> findings) {
        if (value == null) {
            return;
        }
        switch (schema.getType()) {
            case UNION -> {
                Schema branch = RecordPaths.unionBranch(schema, value);
                if (branch != null) {
                    walk(branch, value, path, mode, findings);
                }
            }
            case RECORD -> {
                if (value instanceof IndexedRecord nested) {
                    walkRecord(nested, path, findings);
                }
            }
            case ARRAY -> {
                if (value instanceof Collection<?> elements) {
                    int index = 0;
                    for (Object element : elements) {
                        walk(schema.getElementType(), element, path + "[" + index + "]", mode, findings);
                        index++;
                    }
                }
            }
            case MAP -> {
                if (value instanceof Map<?, ?> entries) {
                    for (Map.Entry<?, ?> entry : entries.entrySet()) {
                        String key = String.valueOf(entry.getKey());
                        String entryPath = RecordPaths.mapEntry(path, key);
                        if (mode.kind() == RecordMode.Kind.SCAN && mayHoldData(key)) {
                            // Producers put values in keys too; a key is scanned like a value.
                            for (Detection detection : textClassifier.classify(key)) {
                                findings.add(new Finding(RecordPaths.mapKey(path, key), detection));
                            }
                        }
                        if (mode.kind() == RecordMode.Kind.SCAN && entry.getValue() instanceof CharSequence text) {
                            classifyWithCue(key, text.toString(), entryPath, findings);
                        } else {
                            walk(schema.getValueType(), entry.getValue(), entryPath, mode, findings);
                        }
                    }
                }
            }
            case STRING -> {
                if (value instanceof CharSequence chars) {
                    classifyString(chars.toString(), path, mode, findings);
                }
            }
            default -> {
                // Numbers, booleans, bytes, fixed and enums hold no replaceable text.
            }
        }
    }

    private void classifyString(String value, String path, RecordMode mode, List<Finding> findings) {
        if (value.isEmpty() || mode.kind() == RecordMode.Kind.NONE) {
            return;
        }
        if (mode.kind() == RecordMode.Kind.SCAN) {
            for (Detection detection : textClassifier.classify(value)) {
                findings.add(new Finding(path, detection));
            }
            return;
        }
        String type = wholeValueType(value, mode.declaredTypes());
        findings.add(new Finding(path, new Detection(type, 0, value.length(), 1.0, Finding.SCHEMA_DETECTOR)));
    }

    /**
     * Whether a map key may hold personal data: a digit, an '@', a blank or a ':' (every detected type
     * but a name needs one, and a name written as a key has a blank). A key of letters, '_', '-' and
     * '.' alone ({@code customerName}, {@code crm.notes}) is a field name, and classifying every one
     * cost the record classifier a third of its speed.
     */
    private static boolean mayHoldData(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == ':' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Classifies a scanned value as if written {@code key=value}, so the key is read as context:
     * an attribute {@code customerName} holding a bare "Jane Roe", {@code callbackNumber} holding
     * ten digits, or a transcript's {@code displayName}, are found as a note "customerName=Jane Roe"
     * would be. Findings are reported on the value alone; the key itself is never a finding.
     */
    private void classifyWithCue(String key, String value, String path, List<Finding> findings) {
        if (value.isEmpty()) {
            return;
        }
        if (key.isEmpty() || key.length() > MAX_CUE_LENGTH) {
            classifyString(value, path, RecordMode.SCAN, findings);
            return;
        }
        int shift = key.length() + 1;
        for (Detection detection : textClassifier.classify(key + "=" + value)) {
            if (detection.end() <= shift) {
                continue;
            }
            int start = Math.max(0, detection.start() - shift);
            findings.add(new Finding(path, new Detection(detection.type(), start, detection.end() - shift,
                    detection.confidence(), detection.detector())));
        }
    }

    private String wholeValueType(String value, List<String> declaredTypes) {
        if (declaredTypes.size() == 1) {
            return declaredTypes.get(0);
        }
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        List<Detection> detections = textClassifier.classify(value);
        for (String type : declaredTypes) {
            for (Detection detection : detections) {
                if (detection.type().equals(type) && detection.start() <= start && detection.end() >= end) {
                    return type;
                }
            }
        }
        return declaredTypes.get(0);
    }
}
