package io.contactshield.topology.cli;

import io.contactshield.topology.tokenize.TokenAuditEvent;
import io.contactshield.topology.tokenize.TokenAuditSink;
import java.util.Objects;

/**
 * Audits a key operation twice: the operator's JSON line on standard error first, then the audit
 * topic. A topic write that fails is an {@link IllegalStateException} that says the operation
 * itself was done, so the command fails (status 1) rather than pass silently unaudited.
 */
final class TeeAuditSink implements TokenAuditSink {

    private final TokenAuditSink operator;
    private final TokenAuditSink topic;
    private final String topicName;

    TeeAuditSink(TokenAuditSink operator, TokenAuditSink topic, String topicName) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.topicName = Objects.requireNonNull(topicName, "topicName");
    }

    @Override
    public void emit(TokenAuditEvent event) {
        operator.emit(event);
        try {
            topic.emit(event);
        } catch (RuntimeException e) {
            throw new IllegalStateException(event.action() + " of tenant " + event.tenantId() + " was done, but its"
                    + " audit event could not be written to " + topicName + " (" + e.getMessage() + "); the JSON line"
                    + " above is its only record");
        }
    }
}
