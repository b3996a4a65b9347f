package io.contactshield.testkit.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.contactshield.testkit.internal.LocalHost;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM,
 * for integration tests and the embedded demo.
 *
 * <p>It listens on {@code 127.0.0.1} only: a {@code PLAINTEXT} broker listener (see
 * {@link #bootstrapServers()}) and a {@code CONTROLLER} listener for the KRaft quorum of one. Data
 * lives in a fresh temporary directory that {@link #close()} deletes.
 *
 * <p>TLS: started with {@link ClientListeners#SSL} or {@link ClientListeners#PLAINTEXT_AND_SSL}, the
 * broker also (or only) opens an {@code SSL} listener with a certificate made at start: a
 * throwaway CA and a server certificate for {@code 127.0.0.1} and {@code localhost}, as PKCS12
 * files in the broker's temporary directory. {@link #sslClientConfig()} gives what a client needs
 * to reach it, hostname verification on. Clients are not asked for certificates
 * ({@code ssl.client.auth=none}); the controller listener stays PLAINTEXT, and so does the
 * inter-broker listener unless SSL is the only one (then the broker's own connections, e.g.
 * transaction markers, use TLS too).
 *
 * <p>Defaults chosen for tests on small machines (all overridable, see {@link #start(Map)}):
 * <ul>
 *   <li>replication factor 1 and min ISR 1 for every internal topic (consumer offsets, transaction
 *       state, share-group state), one partition each, so transactions and exactly-once work on one
 *       node;</li>
 *   <li>{@code auto.create.topics.enable=false}: tests and the demo create their topics explicitly
 *       ({@link #createTopic}), as a production cluster usually requires; a misspelt topic name fails
 *       instead of silently creating a second topic;</li>
 *   <li>{@code num.partitions=1}, {@code group.initial.rebalance.delay.ms=0}, few threads, and a
 *       2 MiB log-cleaner dedupe buffer (the default allocates 128 MiB of heap at start).</li>
 * </ul>
 *
 * <p>Ports: the controller port must be known before the broker starts (the quorum voter list and
 * the broker's controller connection name it), so both ports are chosen by binding an ephemeral
 * port and releasing it. Another process could take such a port in the moment between; the broker
 * would then fail to bind, and {@link #start} retries with new ports (a few times).
 *
 * <p>While any embedded broker runs, Kafka's {@code Exit.exit}/{@code Exit.halt} (called by the
 * broker on a fatal fault) are replaced by procedures that log and throw instead of ending the JVM,
 * so a broker fault cannot kill a test fork or the demo. The JVM-wide defaults are restored when
 * the last embedded broker closes.
 *
 * <p>Thread-safe. Not meant for production use.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final String HOST = LocalHost.LOOPBACK;
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String SSL_LISTENER = "SSL";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;
    private static final int START_ATTEMPTS = 3;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final Path tempDir;
    private final String clusterId;
    private final int brokerPort; // -1 without a PLAINTEXT listener
    private final int sslPort; // -1 without an SSL listener
    private final TlsMaterial tls; // null without an SSL listener
    private final Properties config;

    private KafkaRaftServer server; // guarded by this; null once shut down
    private boolean closed; // guarded by this

    private EmbeddedKafkaBroker(Path tempDir, String clusterId, int brokerPort, int sslPort, TlsMaterial tls,
            Properties config) {
        this.tempDir = tempDir;
        this.clusterId = clusterId;
        this.brokerPort = brokerPort;
        this.sslPort = sslPort;
        this.tls = tls;
        this.config = config;
    }

    /** The listeners a broker opens for clients (besides its PLAINTEXT controller listener). */
    public enum ClientListeners {
        /** One PLAINTEXT listener: {@link #bootstrapServers()}. */
        PLAINTEXT,
        /** One SSL listener only: {@link #sslClientConfig()}; {@link #bootstrapServers()} names it too. */
        SSL,
        /** Both: PLAINTEXT at {@link #bootstrapServers()}, SSL at {@link #sslBootstrapServers()}. */
        PLAINTEXT_AND_SSL;

        boolean plaintext() {
            return this != SSL;
        }

        boolean ssl() {
            return this != PLAINTEXT;
        }
    }

    /** Starts a broker with the default configuration; see the class comment. */
    public static EmbeddedKafkaBroker start() {
        return start(Map.of());
    }

    /**
     * Starts a broker whose configuration is the default one with {@code overrides} applied last
     * (Kafka broker property names, e.g. {@code "auto.create.topics.enable" -> "true"}).
     *
     * <p>Overrides replace values verbatim. The listener and quorum keys ({@code listeners},
     * {@code advertised.listeners}, {@code listener.security.protocol.map},
     * {@code controller.quorum.voters}, {@code log.dirs}) are written by this class with ports and
     * paths chosen at start, so overriding them is not supported; an extra listener (e.g. TLS) is
     * to be added as an option of its own that merges into these keys.
     *
     * @throws IllegalStateException if the broker cannot be formatted or started
     */
    public static EmbeddedKafkaBroker start(Map<String, String> overrides) {
        return start(ClientListeners.PLAINTEXT, overrides);
    }

    /**
     * Starts a broker with the given client listeners and {@code overrides} (as in
     * {@link #start(Map)}; the {@code ssl.*} keys of the SSL listener are written by this class and
     * can be overridden, e.g. {@code ssl.client.auth}).
     *
     * @throws IllegalStateException if the certificates cannot be made, or the broker cannot be
     *     formatted or started
     */
    public static EmbeddedKafkaBroker start(ClientListeners listeners, Map<String, String> overrides) {
        return start(listeners, overrides, LocalHost::freePort);
    }

    /** Port source as a parameter so that the bind-retry path can be tested. */
    static EmbeddedKafkaBroker start(Map<String, String> overrides, PortSource ports) {
        return start(ClientListeners.PLAINTEXT, overrides, ports);
    }

    static EmbeddedKafkaBroker start(ClientListeners listeners, Map<String, String> overrides, PortSource ports) {
        Objects.requireNonNull(listeners, "listeners");
        Objects.requireNonNull(overrides, "overrides");
        ExitGuard.acquire();
        Path tempDir = null;
        boolean started = false;
        try {
            tempDir = Files.createTempDirectory("embedded-kafka-");
            String clusterId = Uuid.randomUuid().toString();
            Path logDir = Files.createDirectories(tempDir.resolve("data"));
            TlsMaterial tls = listeners.ssl() ? TlsMaterial.generate(tempDir, HOST) : null;
            for (int attempt = 1; ; attempt++) {
                // The source may give the same port twice (a port closed after the check is free again
                // at once): Kafka refuses two listeners on one port, so each is drawn until it differs.
                int controllerPort = ports.next();
                int brokerPort = listeners.plaintext() ? distinctPort(ports, controllerPort, -1) : -1;
                int sslPort = listeners.ssl() ? distinctPort(ports, controllerPort, brokerPort) : -1;
                Properties config = brokerConfig(logDir, controllerPort, brokerPort, sslPort, tls, overrides);
                Path configFile = tempDir.resolve("server.properties");
                writeConfig(config, configFile);
                if (attempt == 1) {
                    format(clusterId, configFile);
                }
                EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(tempDir, clusterId, brokerPort, sslPort, tls, config);
                try {
                    broker.startServer();
                } catch (IllegalStateException e) {
                    if (attempt < START_ATTEMPTS && isBindFailure(e)) {
                        LOG.warn("Embedded Kafka broker could not bind one of ports {}, {}, {} (taken meanwhile);"
                                + " retrying with new ports", controllerPort, brokerPort, sslPort);
                        continue;
                    }
                    throw e;
                }
                started = true;
                return broker;
            }
        } catch (IOException e) {
            throw new IllegalStateException("Embedded Kafka broker failed to start", e);
        } finally {
            if (!started) {
                if (tempDir != null) {
                    LocalHost.deleteRecursively(tempDir);
                }
                ExitGuard.release();
            }
        }
    }

    /**
     * {@code host:port} of the PLAINTEXT listener, for {@code bootstrap.servers}; on a broker with
     * an SSL listener only, of that one (reach it with {@link #sslClientConfig()}).
     */
    public String bootstrapServers() {
        return HOST + ":" + (brokerPort > 0 ? brokerPort : sslPort);
    }

    /**
     * {@code host:port} of the SSL listener.
     *
     * @throws IllegalStateException if the broker has none
     */
    public String sslBootstrapServers() {
        requireSsl();
        return HOST + ":" + sslPort;
    }

    /**
     * What a Kafka client (producer, consumer, admin, Kafka Streams) needs to reach the SSL
     * listener, as string values: {@code bootstrap.servers}, {@code security.protocol=SSL}, the
     * truststore holding this broker's CA ({@code ssl.truststore.location}, {@code .password},
     * {@code .type=PKCS12}) and {@code ssl.endpoint.identification.algorithm=https} (hostname
     * verification on: the certificate names {@code 127.0.0.1} and {@code localhost}).
     *
     * @throws IllegalStateException if the broker has no SSL listener
     */
    public Map<String, Object> sslClientConfig() {
        requireSsl();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, sslBootstrapServers());
        c.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL");
        c.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.truststore().toString());
        c.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, tls.password());
        c.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, TlsMaterial.STORE_TYPE);
        c.put(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, "https");
        return c;
    }

    /**
     * What a client needs to reach the broker's first client listener: {@code bootstrap.servers}
     * alone for PLAINTEXT, {@link #sslClientConfig()} on a broker with an SSL listener only.
     */
    public Map<String, Object> clientConfig() {
        if (brokerPort > 0) {
            return new LinkedHashMap<>(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
        }
        return sslClientConfig();
    }

    private void requireSsl() {
        if (tls == null) {
            throw new IllegalStateException("This embedded broker has no SSL listener; start it with "
                    + ClientListeners.class.getSimpleName() + "." + ClientListeners.SSL + " or "
                    + ClientListeners.PLAINTEXT_AND_SSL);
        }
    }

    /** The KRaft cluster id this broker was formatted with. */
    public String clusterId() {
        return clusterId;
    }

    /**
     * Creates a topic with replication factor 1 and waits until the broker serves all its
     * partitions.
     *
     * @throws org.apache.kafka.common.errors.TopicExistsException if it exists already
     */
    public void createTopic(String name, int partitions) {
        createTopic(name, partitions, Map.of());
    }

    /**
     * Creates a topic with replication factor 1 and the given topic configs (e.g.
     * {@code "cleanup.policy" -> "compact"}) and waits until the broker serves all its partitions.
     *
     * @throws org.apache.kafka.common.errors.TopicExistsException if it exists already
     */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        Objects.requireNonNull(name, "name");
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(Map.copyOf(configs));
        try (Admin admin = Admin.create(clientConfig())) {
            await(admin.createTopics(List.of(topic)).all(), "create topic " + name);
            awaitLeaders(admin, name, partitions);
        }
    }

    /**
     * Shuts the broker down cleanly and starts it again on the same ports with the same data:
     * committed records, consumer offsets and transaction state survive, and clients reconnect.
     *
     * @throws IllegalStateException if closed, or if the broker fails to come back
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("Embedded Kafka broker is closed");
        }
        stopServer();
        startServer();
    }

    /** Shuts the broker down and deletes its data. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            stopServer();
        } finally {
            LocalHost.deleteRecursively(tempDir);
            ExitGuard.release();
        }
    }

    /** The temporary directory holding the config file and the log dir; deleted on close. */
    Path directory() {
        return tempDir;
    }

    /** The certificates of the SSL listener; null without one. */
    TlsMaterial tls() {
        return tls;
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + listenersText() + ", clusterId=" + clusterId + "]";
    }

    /** {@code 127.0.0.1:9092} for a PLAINTEXT-only broker, else the listeners with their names. */
    private String listenersText() {
        if (tls == null) {
            return bootstrapServers();
        }
        return (brokerPort > 0 ? BROKER_LISTENER + "://" + HOST + ":" + brokerPort + " " : "")
                + SSL_LISTENER + "://" + HOST + ":" + sslPort;
    }

    private synchronized void startServer() {
        long startNanos = System.nanoTime();
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            raftServer.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(raftServer);
            throw new IllegalStateException("Embedded Kafka broker failed to start on " + listenersText(), e);
        }
        server = raftServer;
        LOG.info("Embedded Kafka broker started on {} in {} ms (cluster {}, data in {})",
                listenersText(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), clusterId, tempDir);
    }

    private synchronized void stopServer() {
        KafkaRaftServer raftServer = server;
        server = null;
        if (raftServer != null) {
            long startNanos = System.nanoTime();
            shutdownQuietly(raftServer);
            LOG.info("Embedded Kafka broker on {} stopped in {} ms",
                    listenersText(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        }
    }

    private static void shutdownQuietly(KafkaRaftServer raftServer) {
        try {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka broker did not shut down cleanly", e);
        }
    }

    private static Properties brokerConfig(Path logDir, int controllerPort, int brokerPort, int sslPort, TlsMaterial tls,
            Map<String, String> overrides) {
        List<String> clientListeners = new ArrayList<>();
        List<String> protocols = new ArrayList<>();
        if (brokerPort > 0) {
            clientListeners.add(BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
            protocols.add(BROKER_LISTENER + ":PLAINTEXT");
        }
        if (sslPort > 0) {
            clientListeners.add(SSL_LISTENER + "://" + HOST + ":" + sslPort);
            protocols.add(SSL_LISTENER + ":SSL");
        }
        protocols.add(CONTROLLER_LISTENER + ":PLAINTEXT");
        Map<String, String> c = new LinkedHashMap<>();
        c.put("process.roles", "broker,controller");
        c.put("node.id", Integer.toString(NODE_ID));
        c.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        c.put("listeners", String.join(",", clientListeners) + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        c.put("advertised.listeners", String.join(",", clientListeners));
        c.put("listener.security.protocol.map", String.join(",", protocols));
        c.put("controller.listener.names", CONTROLLER_LISTENER);
        c.put("inter.broker.listener.name", brokerPort > 0 ? BROKER_LISTENER : SSL_LISTENER);
        c.put("log.dirs", logDir.toString());
        if (tls != null) {
            // Unprefixed, so that they serve the SSL listener and, on an SSL-only broker, the
            // broker's own client connections to it (inter-broker listener).
            c.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, TlsMaterial.STORE_TYPE);
            c.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, tls.keystore().toString());
            c.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, tls.password());
            c.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG, tls.password());
            c.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, TlsMaterial.STORE_TYPE);
            c.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.truststore().toString());
            c.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, tls.password());
            c.put("ssl.client.auth", "none");
            c.put(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, "https");
        }

        c.put("num.partitions", "1");
        c.put("default.replication.factor", "1");
        c.put("min.insync.replicas", "1");
        c.put("auto.create.topics.enable", "false");
        c.put("offsets.topic.replication.factor", "1");
        c.put("offsets.topic.num.partitions", "1");
        c.put("transaction.state.log.replication.factor", "1");
        c.put("transaction.state.log.min.isr", "1");
        c.put("transaction.state.log.num.partitions", "1");
        c.put("share.coordinator.state.topic.replication.factor", "1");
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("share.coordinator.state.topic.num.partitions", "1");
        c.put("group.initial.rebalance.delay.ms", "0");

        // Small footprint on small machines.
        c.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        c.put("num.network.threads", "2");
        c.put("num.io.threads", "2");
        c.put("background.threads", "2");
        c.put("num.recovery.threads.per.data.dir", "1");
        c.put("num.replica.fetchers", "1");
        // Fail instead of hanging if the broker never becomes ready.
        c.put("server.max.startup.time.ms", "120000");

        c.putAll(overrides);
        Properties props = new Properties();
        props.putAll(c);
        return props;
    }

    private static void writeConfig(Properties config, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            config.store(out, "embedded Kafka broker (io.contactshield.testkit.kafka.EmbeddedKafkaBroker)");
        }
    }

    /** {@code kafka-storage.sh format}, as a call: writes meta.properties and the bootstrap metadata. */
    private static void format(String clusterId, Path configFile) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {
                "format", "--cluster-id", clusterId, "--config", configFile.toString(), "--ignore-formatted"
            }, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Formatting the embedded Kafka log dir failed: "
                    + buffer.toString(StandardCharsets.UTF_8).strip(), e);
        }
        String output = buffer.toString(StandardCharsets.UTF_8).strip();
        if (rc != 0) {
            throw new IllegalStateException("Formatting the embedded Kafka log dir failed (" + rc + "): " + output);
        }
        LOG.debug("kafka-storage format: {}", output);
    }

    private static void awaitLeaders(Admin admin, String topic, int partitions) {
        long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
                if (description.partitions().size() == partitions
                        && description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw unwrap(e, "describe topic " + topic);
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Timed out describing topic " + topic, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for topic " + topic, e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + topic + " has no leader for all partitions after " + ADMIN_TIMEOUT);
            }
            LocalHost.sleep(20, "partition leaders of " + topic);
        }
    }

    private static void await(org.apache.kafka.common.KafkaFuture<?> future, String what) {
        try {
            future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unwrap(e, what);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out: " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + what, e);
        }
    }

    /** Kafka's own (unchecked) exceptions pass through, so callers can catch e.g. TopicExistsException. */
    private static RuntimeException unwrap(ExecutionException e, String what) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
            re.addSuppressed(new IllegalStateException("while trying to " + what));
            return re;
        }
        return new IllegalStateException("Failed to " + what, cause);
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    /** Source of port numbers for the listeners. */
    @FunctionalInterface
    interface PortSource {
        int next();
    }

    /** Most draws for a port that differs from the ones taken before giving up. */
    private static final int DISTINCT_PORT_DRAWS = 16;

    /** The next port of {@code ports} that is neither {@code first} nor {@code second}. */
    private static int distinctPort(PortSource ports, int first, int second) {
        for (int draw = 0; draw < DISTINCT_PORT_DRAWS; draw++) {
            int port = ports.next();
            if (port != first && port != second) {
                return port;
            }
        }
        throw new IllegalStateException("The port source kept giving ports already taken: " + first + ", " + second);
    }
}
