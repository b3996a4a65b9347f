package io.contactshield.topology.app;

import io.contactshield.schemas.ApplicationInfo;
import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.KeyScope;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.DataKeyListener;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.topology.pipeline.PipelineParts;
import io.contactshield.topology.tokenize.TokenAuditEvent;
import io.contactshield.topology.tokenize.TokenAuditSink;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes key events to the audit topic: token keys created, rotated and shredded and
 * detokenizations (from the keyring and detokenizer), data keys generated and KMS failures (from
 * the data-key cache). Record events are audited by the topology itself, inside its transactions;
 * these happen outside any record, so they have a producer of their own.
 *
 * <p>A token event is acknowledged before {@link #emit} returns, so a detokenization whose audit
 * cannot be written hands out no value. Data-key events are sent without waiting (the cache's
 * listener must be quick); a failed send is logged. Keyed by tenant, so one tenant's key events
 * stay in order.
 */
public final class AuditTopicSink implements TokenAuditSink, DataKeyListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTopicSink.class);

    private final String topic;
    private final ApplicationInfo application;
    private final KafkaProducer<String, byte[]> producer;
    private final AvroSerializer<AuditEvent> serializer;
    private final Duration timeout;

    public AuditTopicSink(String topic, Map<String, Object> kafka, SchemaRegistryClient registry,
            ApplicationInfo application, Duration timeout) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.application = Objects.requireNonNull(application, "application");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        Map<String, Object> config = ContactShieldConfig.clientSettings(kafka, ProducerConfig.configNames());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, application.getInstanceId() + "-audit");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.serializer = new AvroSerializer<>(registry);
    }

    @Override
    public void emit(TokenAuditEvent event) {
        AuditEvent audit = base(event.action(), event.time(), event.tenantId())
                .setTokenKeyVersion(event.keyVersion())
                .setPrincipal(event.principal())
                .setReason(event.reason())
                .setKmsKeyId(event.kmsKeyId())
                .setDetails(event.type() == null ? Map.of() : Map.of("type", event.type()))
                .build();
        try {
            producer.send(record(event.tenantId(), audit)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing an audit event");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write an audit event to " + topic + ": "
                    + (e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName()));
        }
    }

    @Override
    public void onGenerated(String tenantId, String purpose, String kmsKeyId, String dataKeyId) {
        Map<String, String> details = new TreeMap<>();
        details.put("purpose", purpose);
        send(tenantId, base(AuditAction.DATA_KEY_GENERATED, Instant.now(), tenantId)
                .setKmsKeyId(kmsKeyId)
                .setDataKeyId(dataKeyId)
                .setKeyScope(PipelineParts.QUARANTINE_TENANT.equals(tenantId) ? KeyScope.QUARANTINE : KeyScope.TENANT)
                .setDetails(details)
                .build());
    }

    @Override
    public void onGenerationFailed(String tenantId, String purpose, String kmsKeyId, KmsException failure) {
        Map<String, String> details = new TreeMap<>();
        details.put("purpose", purpose);
        details.put("operation", String.valueOf(failure.operation()));
        details.put("retriable", Boolean.toString(failure.reason().retriable()));
        send(tenantId, base(AuditAction.KMS_ERROR, Instant.now(), tenantId)
                .setKmsKeyId(kmsKeyId)
                .setReason(failure.reason().name())
                .setDetails(details)
                .build());
    }

    private void send(String tenantId, AuditEvent audit) {
        try {
            producer.send(record(tenantId, audit), (metadata, e) -> {
                if (e != null) {
                    LOG.warn("Could not write a {} audit event to {}: {}", audit.getAction(), topic,
                            e.getClass().getSimpleName());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not write a {} audit event to {}: {}", audit.getAction(), topic, e.getClass().getSimpleName());
        }
    }

    private ProducerRecord<String, byte[]> record(String tenantId, AuditEvent audit) {
        return new ProducerRecord<>(topic, tenantId, serializer.serialize(topic, audit));
    }

    private AuditEvent.Builder base(AuditAction action, Instant time, String tenantId) {
        return AuditEvent.newBuilder()
                .setAuditId(UUID.randomUUID().toString())
                .setEventTime(time)
                .setAction(action)
                .setTenantId(PipelineParts.QUARANTINE_TENANT.equals(tenantId) ? null : tenantId)
                .setApplication(application);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
