package io.contactshield.demo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one demo run does.
 *
 * @param events generated input records
 * @param tenants demo tenants, 1 to {@value DemoTenant#MAX}
 * @param input newline-delimited Amazon Connect contact records to publish as well, or null
 * @param dump the directory to write protected.jsonl, audit.jsonl and dlq.jsonl to, or null
 * @param metricsPort port of the pipeline's HTTP endpoint, 0 for a free one
 * @param timeout how long processing may take once the input is published
 * @param seed the generator's seed
 * @param interactive whether progress is one line redrawn with {@code \r} (a terminal)
 */
record DemoOptions(int events, int tenants, Path input, Path dump, int metricsPort, Duration timeout, long seed,
        boolean interactive) {
}
