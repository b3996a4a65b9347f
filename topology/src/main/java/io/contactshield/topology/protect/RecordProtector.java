package io.contactshield.topology.protect;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.Finding;
import io.contactshield.schemas.FindingSummary;
import io.contactshield.schemas.ProtectionAction;
import io.contactshield.serdes.avro.GeneratedTypeTrust;
import io.contactshield.topology.classify.RecordClassifier;
import io.contactshield.topology.classify.RecordPaths;
import io.contactshield.topology.policy.AppliedAction;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import io.contactshield.topology.classify.Detection;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Protects one contact event: classifies it ({@link RecordClassifier}), applies the protection
 * policy to every finding ({@link PolicyApplier}) and returns a protected copy with what was done.
 * A whole-field finding (a {@code pii} annotation) spans its whole value, so the value is replaced
 * whole; content findings replace their spans. The input event is never modified.
 *
 * <p>Fails closed: a finding whose field path cannot be found again in the copy is a bug, and
 * gives an {@link IllegalStateException} rather than a view with the value left in it. Exceptions
 * of the tokenizer (a tenant without a token key, say) pass through, for the caller to dead-letter.
 * No exception message holds a value. Thread-safe if the classifier and applier are.
 */
public final class RecordProtector {

    private static final Comparator<FindingSummary> SUMMARY_ORDER = Comparator
            .comparing(FindingSummary::getEntityType)
            .thenComparing(FindingSummary::getAction);

    private final RecordClassifier classifier;
    private final PolicyApplier applier;
    private final ProtectionTimer timer;

    public RecordProtector(RecordClassifier classifier, PolicyApplier applier) {
        this(classifier, applier, ProtectionTimer.NONE);
    }

    public RecordProtector(RecordClassifier classifier, PolicyApplier applier, ProtectionTimer timer) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.applier = Objects.requireNonNull(applier, "applier");
        this.timer = Objects.requireNonNull(timer, "timer");
        // Copying an event instantiates its generated enums and records, which Avro 1.12 refuses
        // for untrusted classes.
        GeneratedTypeTrust.install();
    }

    /**
     * The entity type of the first personal data the detectors find in an identifier, if any.
     * Ids (tenant, contact, event) are copied in clear into keys, protected events, audit events
     * and dead letters, so one that holds a phone number or an e-mail address must not be.
     */
    public Optional<String> personalDataIn(String id) {
        List<Detection> found = classifier.classifyText(id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).type());
    }

    /**
     * @param tenantId the tenant whose token keys protect the values
     * @throws IllegalArgumentException if the event's schema has annotation problems
     */
    public ProtectedContact protect(String tenantId, ContactEvent event) {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(event, "event");
        long started = System.nanoTime();
        List<io.contactshield.topology.classify.Finding> found = classifier.classify(event);
        long classified = System.nanoTime();
        timer.classified(classified - started);
        // A deep copy, as Avro's builder would make it but without converting every value.
        ContactEvent copy = RecordCopy.of(event);
        AppliedAction[] applied = new AppliedAction[found.size()];
        Rewriter rewriter = null;
        if (!found.isEmpty()) {
            Map<String, List<Integer>> byPath = new LinkedHashMap<>();
            for (int i = 0; i < found.size(); i++) {
                byPath.computeIfAbsent(found.get(i).fieldPath(), p -> new ArrayList<>()).add(i);
            }
            rewriter = new Rewriter(tenantId, found, byPath, applied);
            rewriter.record(copy, "");
            if (!byPath.isEmpty()) {
                throw new IllegalStateException("Findings at " + byPath.keySet() + " of event " + event.getEventId()
                        + " name no string of the event; it was not protected");
            }
        }
        timer.applied(System.nanoTime() - classified);
        List<Finding> findings = new ArrayList<>(found.size());
        Map<String, Map<ProtectionAction, Integer>> counts = new TreeMap<>();
        Map<String, String> keyPaths = rewriter == null ? Map.of() : rewriter.keyPaths;
        for (AppliedAction action : applied) {
            findings.add(audited(action, keyPaths));
            counts.computeIfAbsent(action.finding().type(), t -> new TreeMap<>())
                    .merge(action.action().audited(), 1, Integer::sum);
        }
        List<FindingSummary> summary = new ArrayList<>();
        counts.forEach((type, byAction) -> byAction.forEach((action, count) ->
                summary.add(new FindingSummary(type, action, count))));
        summary.sort(SUMMARY_ORDER);
        Integer tokenKeyVersion = null;
        for (AppliedAction action : applied) {
            if (action.tokenKeyVersion() != null
                    && (tokenKeyVersion == null || action.tokenKeyVersion() > tokenKeyVersion)) {
                tokenKeyVersion = action.tokenKeyVersion();
            }
        }
        return new ProtectedContact(copy, findings, summary, tokenKeyVersion);
    }

    /**
     * The audit's finding. Its field path names map entries by their protected keys where a key held
     * personal data, so that no audit event spells out a key such as an e-mail address.
     */
    private static Finding audited(AppliedAction applied, Map<String, String> keyPaths) {
        io.contactshield.topology.classify.Finding finding = applied.finding();
        String path = finding.fieldPath();
        // Inner maps' keys were renamed first, under the outer keys' original paths: one pass in that order.
        for (Map.Entry<String, String> keyPath : keyPaths.entrySet()) {
            String entry = keyPath.getKey();
            if (path.startsWith(entry) && (path.length() == entry.length() || "[.#".indexOf(path.charAt(entry.length())) >= 0)) {
                path = keyPath.getValue() + path.substring(entry.length());
            }
        }
        return Finding.newBuilder()
                .setFieldPath(path)
                .setEntityType(finding.type())
                .setStart(finding.detection().start())
                .setEnd(finding.detection().end())
                .setConfidence(finding.detection().confidence())
                .setDetector(finding.detection().detector())
                .setAction(applied.action().audited())
                .build();
    }

    /**
     * Walks the copy as {@link RecordClassifier} walks the original, building the same field paths,
     * and replaces each string that has findings. Consumes {@code byPath} as it goes.
     */
    private final class Rewriter {

        private final String tenantId;
        private final List<io.contactshield.topology.classify.Finding> found;
        private final Map<String, List<Integer>> byPath;
        private final AppliedAction[] applied;
        /** The path of each map entry whose key was protected, to the path under its protected key. */
        final Map<String, String> keyPaths = new LinkedHashMap<>();

        Rewriter(String tenantId, List<io.contactshield.topology.classify.Finding> found,
                Map<String, List<Integer>> byPath, AppliedAction[] applied) {
            this.tenantId = tenantId;
            this.found = found;
            this.byPath = byPath;
            this.applied = applied;
        }

        void record(IndexedRecord record, String path) {
            for (Schema.Field field : record.getSchema().getFields()) {
                Object value = record.get(field.pos());
                if (value == null) {
                    continue;
                }
                String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
                Object replaced = value(field.schema(), value, fieldPath);
                if (replaced != value) {
                    record.put(field.pos(), replaced);
                }
            }
        }

        // The value to put in place of value: a new string if it had findings, else value itself.
        @SuppressWarnings("unchecked")
        private Object value(Schema schema, Object value, String path) {
            if (value == null || byPath.isEmpty()) {
                return value;
            }
            switch (schema.getType()) {
                case UNION -> {
                    Schema branch = RecordPaths.unionBranch(schema, value);
                    return branch == null ? value : value(branch, value, path);
                }
                case RECORD -> {
                    if (value instanceof IndexedRecord nested) {
                        record(nested, path);
                    }
                    return value;
                }
                case ARRAY -> {
                    if (value instanceof List<?> elements) {
                        List<Object> list = (List<Object>) elements;
                        for (int i = 0; i < list.size(); i++) {
                            Object element = list.get(i);
                            Object replaced = value(schema.getElementType(), element, path + "[" + i + "]");
                            if (replaced != element) {
                                list.set(i, replaced);
                            }
                        }
                    }
                    return value;
                }
                case MAP -> {
                    if (value instanceof Map<?, ?> entries) {
                        Map<Object, Object> map = (Map<Object, Object>) entries;
                        Map<Object, Object> changes = new HashMap<>();
                        Map<Object, String> renames = new LinkedHashMap<>();
                        for (Map.Entry<Object, Object> entry : map.entrySet()) {
                            String key = String.valueOf(entry.getKey());
                            Object replaced = value(schema.getValueType(), entry.getValue(), RecordPaths.mapEntry(path, key));
                            if (replaced != entry.getValue()) {
                                changes.put(entry.getKey(), replaced);
                            }
                            List<Integer> keyFindings = byPath.remove(RecordPaths.mapKey(path, key));
                            if (keyFindings != null) {
                                renames.put(entry.getKey(), protect(key, keyFindings));
                            }
                        }
                        map.putAll(changes);
                        renames.forEach((key, protectedKey) -> {
                            Object entryValue = map.remove(key);
                            String unique = protectedKey;
                            // Two keys masked or redacted alike must not overwrite each other in the view.
                            for (int n = 2; map.containsKey(unique); n++) {
                                unique = protectedKey + " (" + n + ")";
                            }
                            map.put(unique, entryValue);
                            keyPaths.put(RecordPaths.mapEntry(path, String.valueOf(key)), RecordPaths.mapEntry(path, unique));
                        });
                    }
                    return value;
                }
                case STRING -> {
                    List<Integer> indices = value instanceof CharSequence ? byPath.remove(path) : null;
                    return indices == null ? value : protect(value.toString(), indices);
                }
                default -> {
                    return value;
                }
            }
        }

        private String protect(String text, List<Integer> indices) {
            List<io.contactshield.topology.classify.Finding> here = new ArrayList<>(indices.size());
            indices.forEach(i -> here.add(found.get(i)));
            ProtectedText result = applier.apply(tenantId, text, here);
            for (int k = 0; k < indices.size(); k++) {
                applied[indices.get(k)] = result.actions().get(k);
            }
            return result.text();
        }
    }
}
