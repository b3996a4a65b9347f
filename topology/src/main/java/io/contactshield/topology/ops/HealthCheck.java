package io.contactshield.topology.ops;

/**
 * Says whether the application is alive and ready, for the {@code /health} endpoints of
 * {@link OpsServer}. Called on the server's handler threads, once per probe: keep it cheap and
 * non-blocking, and never put a value from a record into what it returns.
 */
@FunctionalInterface
public interface HealthCheck {

    Health check();
}
