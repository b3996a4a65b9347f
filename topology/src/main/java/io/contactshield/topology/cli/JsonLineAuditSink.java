package io.contactshield.topology.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contactshield.topology.tokenize.TokenAuditEvent;
import io.contactshield.topology.tokenize.TokenAuditSink;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Audits key operations as one JSON line each on standard error, until the pipeline wires the
 * audit topic. Holds ids, versions and the principal only, as {@link TokenAuditEvent} does.
 */
final class JsonLineAuditSink implements TokenAuditSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter err;

    JsonLineAuditSink(PrintWriter err) {
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public void emit(TokenAuditEvent event) {
        ObjectNode line = JSON.createObjectNode()
                .put("audit", event.action().name())
                .put("time", event.time().toString())
                .put("tenantId", event.tenantId())
                .put("principal", event.principal());
        if (event.type() != null) {
            line.put("type", event.type());
        }
        if (event.keyVersion() != null) {
            line.put("keyVersion", event.keyVersion());
        }
        if (event.reason() != null) {
            line.put("reason", event.reason());
        }
        if (event.kmsKeyId() != null) {
            line.put("kmsKeyId", event.kmsKeyId());
        }
        synchronized (err) {
            err.println(line.toString());
            err.flush();
        }
    }
}
