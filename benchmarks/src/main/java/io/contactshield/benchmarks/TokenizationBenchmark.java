package io.contactshield.benchmarks;

import io.contactshield.serdes.kms.LocalKms;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.testkit.kafka.EmbeddedKafkaBroker;
import io.contactshield.topology.tokenize.Keyring;
import io.contactshield.topology.tokenize.KeyringAdmin;
import io.contactshield.topology.tokenize.KeyringConfig;
import io.contactshield.topology.tokenize.Token;
import io.contactshield.topology.tokenize.TokenMode;
import io.contactshield.topology.tokenize.TokenModes;
import io.contactshield.topology.tokenize.Tokenizer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tokens per second for each mode, on a phone number as contact records carry it. The token key
 * comes from the real keyring (an in-process broker, LocalKms wrapping), loaded once at setup as in
 * the pipeline; the hot path is key derivation lookups and the cipher.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenizationBenchmark {

    @Param({"REVERSIBLE", "ONE_WAY", "FORMAT_PRESERVING"})
    public TokenMode mode;

    private EmbeddedKafkaBroker broker;
    private Keyring keyring;
    private Tokenizer tokenizer;
    private final String[] values = new String[1024];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        broker = EmbeddedKafkaBroker.start();
        TenantKeys tenants = new TenantKeys(Map.of("acme", "alias/acme"), Optional.empty());
        keyring = new Keyring(new KeyringConfig("bench.keyring", Map.of("bootstrap.servers", broker.bootstrapServers()),
                false, "bench", Duration.ofSeconds(30)), LocalKms.generated(), tenants, event -> { });
        keyring.start();
        new KeyringAdmin(keyring).create("acme", "bench");
        tokenizer = new Tokenizer(keyring, TokenModes.reversible());
        for (int i = 0; i < values.length; i++) {
            values[i] = String.format("+1 (415) 555-%04d", i);
        }
        // The keyring reads its topic in the background: wait until the new key is there.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                tokenizer.tokenize("acme", "PHONE_NUMBER", mode, values[0]);
                break;
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(20);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        keyring.close();
        broker.close();
    }

    @Benchmark
    public Token tokenize() {
        String value = values[next++ & (values.length - 1)];
        return tokenizer.tokenize("acme", "PHONE_NUMBER", mode, value);
    }
}
