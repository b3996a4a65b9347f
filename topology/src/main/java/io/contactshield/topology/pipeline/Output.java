package io.contactshield.topology.pipeline;

import java.util.Objects;

/**
 * One record the protect step emits, already serialized: the protected event, the audit event or
 * the dead letter of an input. The topology's {@code split()} routes it by kind.
 */
record Output(Kind kind, byte[] value) {

    enum Kind { PROTECTED, AUDIT, DEAD_LETTER }

    Output {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    // The bytes are a serialized event; never print them.
    @Override
    public String toString() {
        return "Output[" + kind + ", " + value.length + " bytes]";
    }
}
