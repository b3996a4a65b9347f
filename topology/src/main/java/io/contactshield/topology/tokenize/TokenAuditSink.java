package io.contactshield.topology.tokenize;

/**
 * Where token-key operations and detokenizations are audited (the audit topic, once wired).
 *
 * <p>{@link #emit} runs before the audited result is handed out: if it throws, a detokenization
 * returns no value. Implementations are thread-safe.
 */
@FunctionalInterface
public interface TokenAuditSink {

    void emit(TokenAuditEvent event);
}
