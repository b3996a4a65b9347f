package io.contactshield.topology.classify;

import java.util.List;

/** How {@link RecordClassifier} treats the strings under one field. */
record RecordMode(Kind kind, List<String> declaredTypes) {

    enum Kind { NONE, SCAN, ANNOTATED }

    static final RecordMode NONE = new RecordMode(Kind.NONE, List.of());
    static final RecordMode SCAN = new RecordMode(Kind.SCAN, List.of());

    RecordMode {
        declaredTypes = List.copyOf(declaredTypes);
    }

    static RecordMode annotated(List<String> declaredTypes) {
        return new RecordMode(Kind.ANNOTATED, declaredTypes);
    }
}
