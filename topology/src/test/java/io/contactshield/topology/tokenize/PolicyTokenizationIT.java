package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.serdes.kms.LocalKms;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.topology.classify.Detection;
import io.contactshield.topology.classify.Finding;
import io.contactshield.topology.policy.PolicyApplier;
import io.contactshield.topology.policy.ProtectionPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The policy over the real tokenizer: LocalKms and a keyring on the broker. */
class PolicyTokenizationIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final String NOTE = "mail jane@example.com";
    private static final List<Finding> FINDINGS =
            List.of(new Finding("agentNotes", new Detection("EMAIL", 5, 21, 0.9, "email")));

    private final LocalKms kms = LocalKms.generated();
    private Keyring keyring;
    private PolicyApplier tokenizing;
    private PolicyApplier hashing;

    @BeforeEach
    void startKeyring(TestInfo test) {
        KeyringConfig config = new KeyringConfig("keyring.policy." + test.getTestMethod().orElseThrow().getName(),
                Map.of("bootstrap.servers", KAFKA.bootstrapServers()), false, "it", Duration.ofSeconds(30));
        keyring = new Keyring(config, kms,
                new TenantKeys(Map.of("acme", "alias/acme", "globex", "alias/globex"), Optional.empty()),
                new RecordingAuditSink());
        keyring.start();
        KeyringAdmin admin = new KeyringAdmin(keyring);
        admin.create("acme", "ops");
        admin.create("globex", "ops");
        Tokenizer tokenizer = new Tokenizer(keyring, TokenModes.reversible());
        tokenizing = new PolicyApplier(ProtectionPolicy.defaults(), new PolicyTokenizer(tokenizer), null);
        hashing = new PolicyApplier(ProtectionPolicy.parse(Map.of("default.action", "HASH"), "test"), null,
                new OneWayHasher(tokenizer));
    }

    @AfterEach
    void close() {
        keyring.close();
        kms.close();
    }

    @Test
    void sameValueInSameTenantGivesTheSameToken() {
        String first = tokenizing.apply("acme", NOTE, FINDINGS).text();
        String second = tokenizing.apply("acme", NOTE, FINDINGS).text();

        assertThat(first).startsWith("mail tok_EMAIL_v1_");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void hashIsStablePerTenantAndDiffersAcrossTenants() {
        String acme = hashing.apply("acme", NOTE, FINDINGS).text();

        assertThat(acme).startsWith("mail tok_EMAIL_h1_");
        assertThat(hashing.apply("acme", NOTE, FINDINGS).text()).isEqualTo(acme);
        assertThat(hashing.apply("globex", NOTE, FINDINGS).text()).isNotEqualTo(acme);
    }
}
