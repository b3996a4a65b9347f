package io.contactshield.topology.tokenize;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what was audited, for assertions. */
final class RecordingAuditSink implements TokenAuditSink {

    private final List<TokenAuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void emit(TokenAuditEvent event) {
        events.add(event);
    }

    List<TokenAuditEvent> events() {
        return events;
    }

    TokenAuditEvent last() {
        return events.get(events.size() - 1);
    }
}
