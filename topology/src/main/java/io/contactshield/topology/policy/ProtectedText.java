package io.contactshield.topology.policy;

import java.util.List;

/**
 * A string with its findings replaced, and what was done to each finding (in the order the
 * findings were given).
 */
public record ProtectedText(String text, List<AppliedAction> actions) {

    public ProtectedText {
        actions = List.copyOf(actions);
    }

    // The text may still hold personal data no detector found: keep it out of logs.
    @Override
    public String toString() {
        return "ProtectedText[length=" + text.length() + ", actions=" + actions + "]";
    }
}
