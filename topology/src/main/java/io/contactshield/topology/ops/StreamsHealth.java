package io.contactshield.topology.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health of a Kafka Streams client, read from {@link KafkaStreams#state()} on every probe.
 *
 * <p>It reads the state rather than registering a {@link KafkaStreams.StateListener}, because a
 * client has only one listener and that one belongs to the application.
 *
 * <table>
 *   <caption>States and answers</caption>
 *   <tr><th>state</th><th>live</th><th>ready</th></tr>
 *   <tr><td>CREATED</td><td>yes</td><td>no</td></tr>
 *   <tr><td>REBALANCING</td><td>yes</td><td>no</td></tr>
 *   <tr><td>RUNNING</td><td>yes</td><td>yes, if every extra check passes</td></tr>
 *   <tr><td>PENDING_SHUTDOWN</td><td>yes</td><td>no</td></tr>
 *   <tr><td>NOT_RUNNING</td><td>no</td><td>no</td></tr>
 *   <tr><td>PENDING_ERROR, ERROR</td><td>no</td><td>no</td></tr>
 * </table>
 *
 * <p>Why: liveness failing makes Kubernetes restart the pod, so it fails only where a restart is
 * the remedy, that is where the client has stopped for good (ERROR, on its way there, or closed:
 * NOT_RUNNING is reached only through {@code close()}, and a closed client never runs again).
 * A rebalance is normal and passes by itself; restarting a rebalancing pod would only start
 * another rebalance. PENDING_SHUTDOWN is an orderly close in progress, which a restart would cut
 * short. Readiness is RUNNING only. This application serves no requests, so there is nothing for
 * a load balancer to route either way; readiness mainly gates rollouts, so that the next pod is
 * replaced only once this one has joined the group and is processing.
 *
 * <p>Extra readiness checks (a keyring reader that has loaded its keys, say) are ANDed into
 * readiness and never into liveness; each appears in the details as {@code check.NAME} with
 * {@code UP} or {@code DOWN}. A check that throws counts as {@code DOWN}.
 */
public final class StreamsHealth implements HealthCheck {

    private static final Logger log = LoggerFactory.getLogger(StreamsHealth.class);

    static final String STATE = "state";
    static final String STREAM_THREADS = "streamThreads";
    static final String CHECK_PREFIX = "check.";
    static final String UP = "UP";
    static final String DOWN = "DOWN";

    private final KafkaStreams streams;
    private final Map<String, BooleanSupplier> extraReadinessChecks;

    public StreamsHealth(KafkaStreams streams) {
        this(streams, Map.of());
    }

    /**
     * @param extraReadinessChecks named checks that must all pass for readiness, called on each
     *     probe (keep them cheap); iterated in name order
     */
    public StreamsHealth(KafkaStreams streams, Map<String, BooleanSupplier> extraReadinessChecks) {
        this.streams = Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(extraReadinessChecks, "extraReadinessChecks");
        Map<String, BooleanSupplier> checks = new TreeMap<>();
        extraReadinessChecks.forEach((name, check) -> {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("an extra readiness check needs a name");
            }
            checks.put(name, Objects.requireNonNull(check, name));
        });
        this.extraReadinessChecks = checks;
    }

    @Override
    public Health check() {
        KafkaStreams.State state = streams.state();
        Map<String, Boolean> extras = new LinkedHashMap<>();
        extraReadinessChecks.forEach((name, check) -> extras.put(name, passes(name, check)));
        return health(state, aliveStreamThreads(), extras);
    }

    /** The mapping of the class comment; {@code aliveStreamThreads} empty when unknown. */
    static Health health(KafkaStreams.State state, OptionalInt aliveStreamThreads, Map<String, Boolean> extras) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(STATE, state.name());
        aliveStreamThreads.ifPresent(n -> details.put(STREAM_THREADS, Integer.toString(n)));
        boolean extrasPass = true;
        for (Map.Entry<String, Boolean> extra : extras.entrySet()) {
            details.put(CHECK_PREFIX + extra.getKey(), extra.getValue() ? UP : DOWN);
            extrasPass &= extra.getValue();
        }
        return new Health(isLive(state), state == KafkaStreams.State.RUNNING && extrasPass, state.name(), details);
    }

    static boolean isLive(KafkaStreams.State state) {
        switch (state) {
            case CREATED:
            case REBALANCING:
            case RUNNING:
            case PENDING_SHUTDOWN:
                return true;
            case NOT_RUNNING:
            case PENDING_ERROR:
            case ERROR:
                return false;
            default:
                // A state added by a later Kafka: not known to be broken, so no restart.
                return true;
        }
    }

    /** Stream threads that have not died; those of a client not yet started count. */
    private OptionalInt aliveStreamThreads() {
        try {
            int alive = 0;
            for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
                if (!"DEAD".equals(thread.threadState())) {
                    alive++;
                }
            }
            return OptionalInt.of(alive);
        } catch (RuntimeException e) {
            // Details are a courtesy; the state alone decides.
            return OptionalInt.empty();
        }
    }

    private static boolean passes(String name, BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            // Only the class: a message could quote a value.
            log.warn("Readiness check {} failed with {}", name, e.getClass().getName());
            return false;
        }
    }
}
