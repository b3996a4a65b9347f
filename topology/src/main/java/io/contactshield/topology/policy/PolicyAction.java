package io.contactshield.topology.policy;

import io.contactshield.schemas.ProtectionAction;

/** What a {@link ProtectionPolicy} says to do with one piece of personal data. */
public enum PolicyAction {

    /** Replace with a deterministic per-tenant token ({@link ValueTokenizer}); the default. */
    TOKENIZE(ProtectionAction.TOKENIZED),

    /** Replace letters and digits with a mask character, keeping a few and every separator. */
    MASK(ProtectionAction.MASKED),

    /** Replace with {@code [REDACTED:TYPE]}. */
    REDACT(ProtectionAction.REDACTED),

    /** Replace with a keyed one-way hash ({@link ValueHasher}); never an unkeyed one. */
    HASH(ProtectionAction.HASHED);

    private final ProtectionAction audited;

    PolicyAction(ProtectionAction audited) {
        this.audited = audited;
    }

    /** How an audit event records this action. */
    public ProtectionAction audited() {
        return audited;
    }
}
