package io.contactshield.topology.tokenize;

import io.contactshield.schemas.AuditAction;
import io.contactshield.serdes.kms.DataKey;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.PlaintextKey;
import io.contactshield.serdes.kms.TenantKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenants' token keys, kept wrapped in a compacted single-partition Kafka topic and served
 * unwrapped from memory. {@link #start()} reads the topic from the beginning to its end; a thread
 * then follows it, so keys created, rotated or shredded by any instance reach every instance.
 *
 * <p>Several candidates may be written for one (tenant, version) when instances race to create it;
 * the candidate at the lowest offset wins, for every reader, and the writers of the others discard
 * them. A tenant's shred marker kills every key record before it and every version up to the one
 * it names; a shredded tenant gets a new key only through an explicit {@link KeyringAdmin#create}.
 * The record format is described in {@code docs/tokens.md}.
 *
 * <p>Thread-safe. Keys are unwrapped through the KMS on first use, once.
 */
public final class Keyring implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Keyring.class);
    private static final String AUTO_CREATE_PRINCIPAL_PREFIX = "auto-create:";

    private final KeyringConfig config;
    private final Kms kms;
    private final TenantKeys tenantKeys;
    private final TokenAuditSink audit;
    private final Clock clock;
    private final TopicPartition partition;
    private final Map<String, TenantView> views = new ConcurrentHashMap<>();
    // Written by the follower thread only.
    private final Map<String, TenantLog> logs = new HashMap<>();
    private final Object provisioning = new Object();
    private final Object progress = new Object();
    private volatile long position = -1;
    private volatile RuntimeException followerFailure;
    private volatile boolean running;
    private Admin admin;
    private KafkaProducer<byte[], byte[]> producer;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread follower;

    public Keyring(KeyringConfig config, Kms kms, TenantKeys tenantKeys, TokenAuditSink audit) {
        this(config, kms, tenantKeys, audit, Clock.systemUTC());
    }

    Keyring(KeyringConfig config, Kms kms, TenantKeys tenantKeys, TokenAuditSink audit, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.kms = Objects.requireNonNull(kms, "kms");
        this.tenantKeys = Objects.requireNonNull(tenantKeys, "tenantKeys");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.partition = new TopicPartition(config.topic(), 0);
    }

    /**
     * Creates the topic if missing, checks it has one partition, reads it to its end and starts
     * following it.
     *
     * @throws IllegalStateException if the topic has more than one partition or is not compacted
     * @throws KeyringException if Kafka does not answer within the timeout
     */
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("The keyring is already started");
        }
        admin = Admin.create(clientConfig(Map.of(AdminClientConfig.CLIENT_ID_CONFIG, clientId("admin"))));
        ensureTopic();
        producer = new KafkaProducer<>(clientConfig(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, clientId("producer"),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)),
                new ByteArraySerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(clientConfig(Map.of(
                ConsumerConfig.CLIENT_ID_CONFIG, clientId("consumer"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        running = true;
        follower = new Thread(this::follow, "keyring-follower-" + config.topic());
        follower.setDaemon(true);
        follower.start();
        catchUp();
        LOG.info("Keyring {} loaded: {} tenants", config.topic(), views.size());
    }

    /**
     * Whether the keyring is started and its follower still reads the topic. False after the
     * follower failed (the topic deleted, authorization revoked): new keys, rotations and shreds
     * would go unseen, so readiness reports it.
     */
    public boolean isHealthy() {
        return running && followerFailure == null;
    }

    /** The versions of {@code tenantId}'s token key that are live, oldest first; no key material. */
    public List<TokenKeyInfo> keys(String tenantId) {
        TenantView view = view(tenantId);
        KeyEntry current = view.current();
        List<TokenKeyInfo> infos = new ArrayList<>();
        view.live().values().forEach(entry -> infos.add(entry.info(entry == current)));
        return infos;
    }

    /** Whether {@code tenantId} was shredded and has no key created since. */
    public boolean isShredded(String tenantId) {
        TenantView view = view(tenantId);
        return view.shredded() && view.live().isEmpty();
    }

    /** Stops following the topic and wipes every unwrapped key. */
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = follower;
            if (consumer != null) {
                consumer.wakeup();
            }
        }
        if (thread != null) {
            try {
                thread.join(config.timeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
            }
            views.values().forEach(view -> view.live().values().forEach(KeyEntry::destroy));
            views.clear();
        }
    }

    /**
     * The key new tokens of {@code tenantId} use, created first if auto-creation is on and the tenant
     * never had one.
     *
     * @throws TokenKeyException if the tenant has none (or was shredded)
     */
    TokenKey currentKey(String tenantId) {
        KeyEntry current = view(tenantId).current();
        if (current == null) {
            current = autoCreate(tenantId);
        }
        return current.unwrap(kms);
    }

    /**
     * Version {@code version} of {@code tenantId}'s key, for detokenization.
     *
     * @throws TokenKeyException if it is not live: never created, or shredded
     */
    TokenKey key(String tenantId, int version) {
        TenantView view = view(tenantId);
        KeyEntry entry = view.live().get(version);
        if (entry == null) {
            if (view.shredded() && version <= view.maxVersion()) {
                throw new TokenKeyException(TokenKeyException.Reason.SHREDDED, tenantId,
                        "Token key version " + version + " of tenant " + tenantId + " was shredded");
            }
            throw new TokenKeyException(TokenKeyException.Reason.NO_KEY, tenantId,
                    "Tenant " + tenantId + " has no token key version " + version);
        }
        return entry.unwrap(kms);
    }

    /**
     * Creates the tenant's first key (or its first after a shred), unless it has one: then returns
     * that. Explicit provisioning, so allowed after a shred.
     */
    TokenKeyInfo create(String tenantId, String principal) {
        synchronized (provisioning) {
            catchUp();
            KeyEntry current = view(tenantId).current();
            if (current != null) {
                return current.info(true);
            }
            return provision(tenantId, principal, AuditAction.TOKEN_KEY_CREATED).info(true);
        }
    }

    /** Creates the next version of the tenant's key, which new tokens then use. */
    TokenKeyInfo rotate(String tenantId, String principal) {
        synchronized (provisioning) {
            catchUp();
            TenantView view = view(tenantId);
            if (view.current() == null) {
                throw noKey(tenantId, view);
            }
            return provision(tenantId, principal, AuditAction.TOKEN_KEY_ROTATED).info(true);
        }
    }

    /**
     * Writes the tenant's shred marker and a tombstone for each of its key records, and waits until
     * this instance has applied them.
     *
     * @return the highest version shredded (0 if the tenant had none)
     */
    int shred(String tenantId, String principal) {
        synchronized (provisioning) {
            catchUp();
            TenantView view = view(tenantId);
            int through = view.maxVersion();
            long last = send(KeyringRecords.shredKey(tenantId), KeyringRecords.shredValue(through, clock.instant(), principal));
            for (byte[] recordKey : view.recordKeys()) {
                last = Math.max(last, send(recordKey, null));
            }
            awaitPosition(last + 1);
            audit.emit(new TokenAuditEvent(clock.instant(), AuditAction.TENANT_SHREDDED, tenantId, null,
                    through == 0 ? null : through, principal, null, null));
            LOG.info("Shredded the token keys of tenant {} through version {}", tenantId, through);
            return through;
        }
    }

    private KeyEntry autoCreate(String tenantId) {
        if (!config.autoCreate()) {
            throw noKey(tenantId, view(tenantId));
        }
        synchronized (provisioning) {
            catchUp();
            TenantView view = view(tenantId);
            if (view.current() != null) {
                return view.current();
            }
            // A shredded tenant must not silently get a new key: only an explicit create gives it one.
            if (view.shredded()) {
                throw noKey(tenantId, view);
            }
            return provision(tenantId, AUTO_CREATE_PRINCIPAL_PREFIX + config.instanceId(), AuditAction.TOKEN_KEY_CREATED);
        }
    }

    /** Writes a candidate for the next version, reads back and returns the winner. Holds {@code provisioning}. */
    private KeyEntry provision(String tenantId, String principal, AuditAction action) {
        int version = view(tenantId).maxVersion() + 1;
        String kmsKeyId = tenantKeys.keyIdFor(tenantId);
        String id = UUID.randomUUID().toString();
        byte[] recordKey = KeyringRecords.keyRecordKey(tenantId, version, id);
        try (DataKey generated = kms.generateDataKey(kmsKeyId, KeyringRecords.encryptionContext(tenantId, version))) {
            long offset = send(recordKey, KeyringRecords.keyRecordValue(generated.kmsKeyArn(), generated.encryptedKey(),
                    clock.instant(), principal));
            awaitPosition(offset + 1);
            KeyEntry winner = view(tenantId).live().get(version);
            if (winner == null) {
                // A shred marker landed between our read and our write.
                throw noKey(tenantId, view(tenantId));
            }
            if (!winner.id().equals(id)) {
                LOG.info("Another instance created token key version {} of tenant {} first; discarding ours", version, tenantId);
                send(recordKey, null);
                return winner;
            }
            byte[] plaintext = generated.plaintext().getEncoded();
            winner.adopt(PlaintextKey.adopt(plaintext));
            audit.emit(new TokenAuditEvent(clock.instant(), action, tenantId, null, version, principal, null,
                    generated.kmsKeyArn()));
            LOG.info("Created token key version {} of tenant {} under KMS key {}", version, tenantId, generated.kmsKeyArn());
            return winner;
        }
    }

    private TokenKeyException noKey(String tenantId, TenantView view) {
        if (view.shredded()) {
            return new TokenKeyException(TokenKeyException.Reason.SHREDDED, tenantId, "Tenant " + tenantId
                    + " was shredded: it gets a new token key only by an explicit create");
        }
        return new TokenKeyException(TokenKeyException.Reason.NO_KEY, tenantId, "Tenant " + tenantId
                + " has no token key: create one first");
    }

    private TenantView view(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        checkRunning();
        return views.getOrDefault(tenantId, TenantView.EMPTY);
    }

    private long send(byte[] key, byte[] value) {
        try {
            RecordMetadata metadata = producer.send(new ProducerRecord<>(config.topic(), 0, key, value))
                    .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return metadata.offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringException("Interrupted while writing to the keyring " + config.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KeyringException("Cannot write to the keyring " + config.topic(), e);
        }
    }

    /** Waits until this instance has applied every record written before now. */
    private void catchUp() {
        long end;
        try {
            end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition)
                    .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS).offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringException("Interrupted while reading the end of the keyring " + config.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KeyringException("Cannot read the end of the keyring " + config.topic(), e);
        }
        awaitPosition(end);
    }

    private void awaitPosition(long offset) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        synchronized (progress) {
            while (position < offset) {
                if (followerFailure != null) {
                    throw new KeyringException("The keyring " + config.topic() + " stopped following its topic",
                            followerFailure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new KeyringException("The keyring " + config.topic() + " did not reach offset " + offset
                            + " within " + config.timeout() + " (at " + position + ")", null);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new KeyringException("Interrupted while reading the keyring " + config.topic(), e);
                }
            }
        }
    }

    private void follow() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(record);
                }
                long next = consumer.position(partition);
                synchronized (progress) {
                    position = next;
                    progress.notifyAll();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                fail(new IllegalStateException("woken up while running", e));
            }
        } catch (RuntimeException e) {
            LOG.error("The keyring {} stopped following its topic", config.topic(), e);
            fail(e);
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    private void fail(RuntimeException e) {
        synchronized (progress) {
            followerFailure = e;
            progress.notifyAll();
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        KeyringRecords.Entry entry;
        try {
            entry = KeyringRecords.parse(record.key(), record.value());
        } catch (IllegalArgumentException e) {
            LOG.warn("Skipping keyring record at offset {}: {}", record.offset(), e.getMessage());
            return;
        }
        TenantLog log = logs.computeIfAbsent(entry.tenantId(), t -> new TenantLog());
        log.apply(entry, record.offset(), record.key());
        views.put(entry.tenantId(), log.view());
    }

    private void ensureTopic() {
        try {
            try {
                admin.createTopics(List.of(new NewTopic(config.topic(), Optional.of(1), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("Created the keyring topic {}", config.topic());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            TopicDescription description = describeTopic();
            if (description.partitions().size() != 1) {
                throw new IllegalStateException("The keyring topic " + config.topic() + " has "
                        + description.partitions().size() + " partitions: it must have exactly one, so that"
                        + " offsets order every write");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeyringException("Interrupted while checking the keyring topic " + config.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KeyringException("Cannot check or create the keyring topic " + config.topic(), e);
        }
    }

    /**
     * Describes the keyring topic, waiting out the moment after its creation when the broker's
     * metadata does not know it yet (UnknownTopicOrPartition), within the keyring timeout.
     */
    private TopicDescription describeTopic() throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        while (true) {
            try {
                return admin.describeTopics(List.of(config.topic())).allTopicNames()
                        .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS).get(config.topic());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private Map<String, Object> clientConfig(Map<String, Object> own) {
        Map<String, Object> merged = new HashMap<>(config.kafka());
        merged.putAll(own);
        return merged;
    }

    private String clientId(String role) {
        return "contact-shield-keyring-" + config.instanceId() + "-" + role;
    }

    private void checkRunning() {
        if (!running) {
            throw new IllegalStateException("The keyring is not started");
        }
    }
}
