/**
 * The operations endpoint of the Kafka Streams application: Prometheus metrics and Kubernetes
 * probes, served by {@link io.contactshield.topology.ops.OpsServer} on the JDK's HTTP server.
 *
 * <table>
 *   <caption>Endpoints (GET or HEAD; other methods 405, other paths 404)</caption>
 *   <tr><th>path</th><th>answer</th></tr>
 *   <tr><td>{@code /metrics}</td><td>the Micrometer registry in Prometheus text format 0.0.4, or
 *       OpenMetrics when {@code Accept} asks for {@code application/openmetrics-text}</td></tr>
 *   <tr><td>{@code /health/live}</td><td>200 when live, 503 when the pod should be restarted</td></tr>
 *   <tr><td>{@code /health/ready}</td><td>200 when ready, 503 otherwise; JSON with the state and
 *       details</td></tr>
 * </table>
 *
 * <p>{@link io.contactshield.topology.ops.MeterRegistries} makes the registry and binds the JVM and
 * system meters; {@link io.contactshield.topology.ops.StreamsHealth} maps the Kafka Streams state
 * (and extra readiness checks) to liveness and readiness. Nothing served or logged here holds a
 * value from a record: health details are states, counts and check names, and metric tags are
 * low-cardinality names.
 */
package io.contactshield.topology.ops;
