package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.AuditAction;
import io.contactshield.serdes.kms.LocalKms;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeyringIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final String PHONE = "+44 20 7946 0958";
    private static final TenantKeys TENANT_KEYS = new TenantKeys(Map.of(
            "acme", "alias/acme", "globex", "alias/globex", "t1", "alias/t", "t2", "alias/t", "t3", "alias/t",
            "t4", "alias/t", "t5", "alias/t"), Optional.empty());

    private final LocalKms kms = LocalKms.generated();
    private final RecordingAuditSink audit = new RecordingAuditSink();
    private final List<Keyring> keyrings = new ArrayList<>();
    private String topic;

    @BeforeEach
    void topicPerTest(TestInfo test) {
        topic = "keyring." + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeKeyrings() {
        keyrings.forEach(Keyring::close);
        kms.close();
    }

    @Test
    void createdKeyIsLoadedByAFreshInstance() {
        Keyring first = start("a", false, audit);
        new KeyringAdmin(first).create("acme", "ops");
        Token token = tokenizer(first).tokenize("acme", "PHONE_NUMBER", PHONE);

        Keyring fresh = start("b", false, new RecordingAuditSink());

        assertThat(tokenizer(fresh).tokenize("acme", "PHONE_NUMBER", PHONE)).isEqualTo(token);
        assertThat(new Detokenizer(fresh, audit).detokenize("acme", token.text(), "alice")).isEqualTo(PHONE);
    }

    @Test
    void createIsAuditedAndIdempotent() {
        KeyringAdmin admin = new KeyringAdmin(start("a", false, audit));

        TokenKeyInfo created = admin.create("acme", "ops");
        TokenKeyInfo again = admin.create("acme", "ops");

        assertThat(again).isEqualTo(created);
        assertThat(created.version()).isEqualTo(1);
        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.TOKEN_KEY_CREATED);
            assertThat(event.tenantId()).isEqualTo("acme");
            assertThat(event.keyVersion()).isEqualTo(1);
            assertThat(event.principal()).isEqualTo("ops");
            assertThat(event.kmsKeyId()).isEqualTo("local:alias/acme");
        });
    }

    @Test
    void keyringTopicIsCompactedWithOnePartition() throws Exception {
        start("a", false, audit);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions()).hasSize(1);
        }
    }

    @Test
    void tenantWithoutKeyIsRefusedWhenAutoCreationIsOff() {
        Keyring keyring = start("a", false, audit);

        assertThatThrownBy(() -> tokenizer(keyring).tokenize("acme", "PHONE_NUMBER", PHONE))
                .isInstanceOf(TokenKeyException.class)
                .extracting(e -> ((TokenKeyException) e).reason()).isEqualTo(TokenKeyException.Reason.NO_KEY);
    }

    @Test
    void rotationIsUsedForNewTokensAndOldTokensStillDetokenize() {
        Keyring keyring = start("a", false, audit);
        KeyringAdmin admin = new KeyringAdmin(keyring);
        admin.create("acme", "ops");
        Token before = tokenizer(keyring).tokenize("acme", "PHONE_NUMBER", PHONE);

        TokenKeyInfo rotated = admin.rotate("acme", "ops");
        Token after = tokenizer(keyring).tokenize("acme", "PHONE_NUMBER", PHONE);

        assertThat(rotated.version()).isEqualTo(2);
        assertThat(after.keyVersion()).isEqualTo(2);
        assertThat(after.text()).isNotEqualTo(before.text());
        Detokenizer detokenizer = new Detokenizer(start("b", false, audit), audit);
        assertThat(detokenizer.detokenize("acme", before.text(), "alice")).isEqualTo(PHONE);
        assertThat(detokenizer.detokenize("acme", after.text(), "alice")).isEqualTo(PHONE);
        assertThat(audit.events()).extracting(TokenAuditEvent::action).contains(AuditAction.TOKEN_KEY_ROTATED);
        assertThat(keyring.keys("acme")).extracting(TokenKeyInfo::version, TokenKeyInfo::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
    }

    @Test
    void shredMakesTokensIrreversibleOnEveryInstance() {
        Keyring shredder = start("a", false, audit);
        Keyring other = start("b", false, new RecordingAuditSink());
        KeyringAdmin admin = new KeyringAdmin(shredder);
        admin.create("acme", "ops");
        admin.rotate("acme", "ops");
        String token = tokenizer(shredder).tokenize("acme", "PHONE_NUMBER", PHONE).text();
        Detokenizer otherDetokenizer = new Detokenizer(other, audit);
        eventually(() -> other.keys("acme").size() == 2);
        assertThat(otherDetokenizer.detokenize("acme", token, "alice")).isEqualTo(PHONE);

        int through = admin.shred("acme", "dpo");

        assertThat(through).isEqualTo(2);
        eventually(() -> other.isShredded("acme"));
        assertThatThrownBy(() -> otherDetokenizer.detokenize("acme", token, "alice"))
                .isInstanceOf(DetokenizationException.class)
                .extracting(e -> ((DetokenizationException) e).reason())
                .isEqualTo(DetokenizationException.Reason.TENANT_SHREDDED);
        assertThat(audit.events()).extracting(TokenAuditEvent::action)
                .contains(AuditAction.TENANT_SHREDDED, AuditAction.DETOKENIZE_DENIED);
    }

    @Test
    void shreddedTenantIsNotSilentlyGivenANewKey() {
        Keyring first = start("a", false, audit);
        new KeyringAdmin(first).create("acme", "ops");
        new KeyringAdmin(first).shred("acme", "dpo");

        Keyring autoCreating = start("b", true, audit);

        assertThatThrownBy(() -> tokenizer(autoCreating).tokenize("acme", "PHONE_NUMBER", PHONE))
                .isInstanceOf(TokenKeyException.class)
                .extracting(e -> ((TokenKeyException) e).reason()).isEqualTo(TokenKeyException.Reason.SHREDDED);
    }

    @Test
    void explicitCreateAfterShredGivesANewVersionThatOldTokensCannotUse() {
        Keyring keyring = start("a", false, audit);
        KeyringAdmin admin = new KeyringAdmin(keyring);
        admin.create("acme", "ops");
        String old = tokenizer(keyring).tokenize("acme", "PHONE_NUMBER", PHONE).text();
        admin.shred("acme", "dpo");

        TokenKeyInfo recreated = admin.create("acme", "ops");

        assertThat(recreated.version()).isEqualTo(2);
        assertThat(tokenizer(keyring).tokenize("acme", "PHONE_NUMBER", PHONE).text()).isNotEqualTo(old);
        Detokenizer fresh = new Detokenizer(start("b", false, audit), audit);
        assertThatThrownBy(() -> fresh.detokenize("acme", old, "alice"))
                .isInstanceOf(DetokenizationException.class)
                .extracting(e -> ((DetokenizationException) e).reason())
                .isEqualTo(DetokenizationException.Reason.TENANT_SHREDDED);
    }

    @Test
    void twoInstancesAutoCreatingAtOnceAgree() throws Exception {
        RecordingAuditSink auditA = new RecordingAuditSink();
        RecordingAuditSink auditB = new RecordingAuditSink();
        Keyring a = start("a", true, auditA);
        Keyring b = start("b", true, auditB);
        List<String> tenants = List.of("t1", "t2", "t3", "t4", "t5");
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<List<Token>> fromA = CompletableFuture.supplyAsync(() -> tokenizeAll(a, tenants, barrier), pool);
            CompletableFuture<List<Token>> fromB = CompletableFuture.supplyAsync(() -> tokenizeAll(b, tenants, barrier), pool);

            assertThat(fromA.get(60, TimeUnit.SECONDS)).isEqualTo(fromB.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        // Exactly one instance created each tenant's key, and a latecomer picks the same winners.
        assertThat(auditA.events().size() + auditB.events().size()).isEqualTo(tenants.size());
        Keyring latecomer = start("c", true, audit);
        assertThat(tokenizeAll(latecomer, tenants, new CyclicBarrier(1)))
                .isEqualTo(tokenizeAll(a, tenants, new CyclicBarrier(1)));
        assertThat(audit.events()).isEmpty();
    }

    private List<Token> tokenizeAll(Keyring keyring, List<String> tenants, CyclicBarrier barrier) {
        Tokenizer tokenizer = tokenizer(keyring);
        List<Token> tokens = new ArrayList<>();
        for (String tenant : tenants) {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            tokens.add(tokenizer.tokenize(tenant, "PHONE_NUMBER", PHONE));
        }
        return tokens;
    }

    private Keyring start(String instance, boolean autoCreate, TokenAuditSink sink) {
        KeyringConfig config = new KeyringConfig(topic, Map.of("bootstrap.servers", KAFKA.bootstrapServers()),
                autoCreate, instance, Duration.ofSeconds(30));
        Keyring keyring = new Keyring(config, kms, TENANT_KEYS, sink);
        keyrings.add(keyring);
        keyring.start();
        return keyring;
    }

    private static Tokenizer tokenizer(Keyring keyring) {
        return new Tokenizer(keyring, TokenModes.reversible());
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
