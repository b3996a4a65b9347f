package io.contactshield.serdes.kms;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Objects;

/**
 * The one way to build the KMS stack from configuration ({@link KmsConfig} keys):
 * <pre>
 *   kms.provider=aws:   InstrumentedKms -&gt; RetryingKms -&gt; AwsKms
 *   kms.provider=local: InstrumentedKms -&gt; LocalKms   (nothing of it is worth retrying)
 * </pre>
 * Metrics see each call once, as its caller does; the retries inside are visible as latency. The
 * data-key caches are built on top of the result by the crypto package.
 */
public final class Kmses {

    private Kmses() {
    }

    /** The KMS {@code configs} describe, instrumented in {@code registry}. */
    public static Kms create(Map<String, ?> configs, MeterRegistry registry) {
        return create(new KmsConfig(configs), registry);
    }

    /** The KMS {@code config} describes, instrumented in {@code registry}. */
    public static Kms create(KmsConfig config, MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        Kms kms = config.isLocal()
                ? LocalKms.create(config.localSettings())
                : new RetryingKms(AwsKms.create(config.awsSettings()), config.retryPolicy());
        return new InstrumentedKms(kms, registry);
    }
}
