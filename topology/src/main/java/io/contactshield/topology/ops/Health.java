package io.contactshield.topology.ops;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One answer of a {@link HealthCheck}.
 *
 * @param live    false when the process should be restarted (the liveness probe fails)
 * @param ready   false when the instance should not count as available (the readiness probe fails)
 * @param state   a short machine-readable name of the state, such as a Kafka Streams state
 * @param details names and short values that explain the answer, served as JSON; they never hold
 *                a value from a record, since probes and their bodies end up in logs and dashboards
 */
public record Health(boolean live, boolean ready, String state, Map<String, String> details) {

    public Health {
        Objects.requireNonNull(state, "state");
        // Sorted, so that the JSON body is the same for the same answer.
        details = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(details, "details")));
    }
}
