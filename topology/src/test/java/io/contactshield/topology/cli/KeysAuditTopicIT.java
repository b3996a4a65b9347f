package io.contactshield.topology.cli;

import static io.contactshield.topology.cli.PipelineHarness.cli;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.testkit.kafka.KafkaBrokerExtension;
import io.contactshield.topology.cli.PipelineHarness.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contact-shield keys create|rotate|shred} with a schema registry in the configuration:
 * audited on the audit topic as well as on standard error.
 */
class KeysAuditTopicIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path dir;

    private PipelineHarness pipeline;
    private Path config;

    @BeforeEach
    void configure() throws Exception {
        pipeline = new PipelineHarness(KAFKA.bootstrapServers(), dir, "keys-audit");
        KAFKA.createTopic(pipeline.topic("audit"), 1);
        config = pipeline.write(pipeline.entries(), "keys");
    }

    private Result keys(String operation, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"keys", operation, "--tenant", "acme", "--config", config.toString()}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return cli(args);
    }

    private List<AuditEvent> keyAudits(int count) {
        return pipeline.audits(events -> events.size() >= count);
    }

    @Test
    void createRotateAndShredAreAuditedOnTheAuditTopicAndOnStandardError() {
        Result created = keys("create", "--principal", "ops-a");
        Result rotated = keys("rotate", "--principal", "ops-a");
        Result shredded = keys("shred", "--yes", "--principal", "ops-b");

        assertThat(created.status()).as(created.err()).isZero();
        assertThat(rotated.status()).as(rotated.err()).isZero();
        assertThat(shredded.status()).as(shredded.err()).isZero();
        assertThat(created.err()).contains("\"audit\":\"TOKEN_KEY_CREATED\"");
        assertThat(shredded.err()).contains("\"audit\":\"TENANT_SHREDDED\"");
        List<AuditEvent> audits = keyAudits(3);
        assertThat(audits).extracting(AuditEvent::getAction).containsExactly(AuditAction.TOKEN_KEY_CREATED,
                AuditAction.TOKEN_KEY_ROTATED, AuditAction.TENANT_SHREDDED);
        assertThat(audits).extracting(AuditEvent::getPrincipal).containsExactly("ops-a", "ops-a", "ops-b");
        assertThat(audits).allSatisfy(audit -> assertThat(audit.getTenantId()).isEqualTo("acme"));
        assertThat(audits.get(1).getTokenKeyVersion()).isEqualTo(2);
        assertThat(audits.get(0).getKmsKeyId()).isEqualTo("local:acme");
    }

    @Test
    void listWritesNoAuditEvent() {
        keys("create", "--principal", "ops-a");

        Result listed = keys("list");

        assertThat(listed.status()).as(listed.err()).isZero();
        assertThat(keyAudits(1)).hasSize(1);
    }

    @Test
    void anAuditTopicThatCannotBeWrittenFailsTheCommandSayingTheOperationWasDone() throws Exception {
        Map<String, String> entries = pipeline.entries();
        entries.put("pipeline.topic.audit", pipeline.topic("no-such-audit"));
        entries.put("max.block.ms", "1500");
        config = pipeline.write(entries, "no-audit");

        Result created = keys("create", "--principal", "ops-a");

        assertThat(created.status()).isEqualTo(1);
        assertThat(created.err()).contains("\"audit\":\"TOKEN_KEY_CREATED\"")
                .contains("was done, but its audit event could not be written to " + pipeline.topic("no-such-audit"));
        assertThat(keys("list").out()).contains("acme\t1\tcurrent\t");
    }
}
