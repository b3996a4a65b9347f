package io.contactshield.topology.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsHealthTest {

    @TempDir
    Path stateDir;

    @Test
    void onlyRunningIsReady() {
        for (State state : State.values()) {
            assertThat(StreamsHealth.health(state, OptionalInt.of(1), Map.of()).ready())
                    .as(state.name())
                    .isEqualTo(state == State.RUNNING);
        }
    }

    @Test
    void rebalancingIsLiveButNotReady() {
        Health health = StreamsHealth.health(State.REBALANCING, OptionalInt.of(2), Map.of());

        assertThat(health).isEqualTo(new Health(true, false, "REBALANCING",
                Map.of("state", "REBALANCING", "streamThreads", "2")));
    }

    @Test
    void runningIsLiveAndReady() {
        Health health = StreamsHealth.health(State.RUNNING, OptionalInt.of(2), Map.of());

        assertThat(health).isEqualTo(new Health(true, true, "RUNNING",
                Map.of("state", "RUNNING", "streamThreads", "2")));
    }

    @Test
    void createdAndPendingShutdownAreLive() {
        assertThat(StreamsHealth.health(State.CREATED, OptionalInt.empty(), Map.of()).live()).isTrue();
        assertThat(StreamsHealth.health(State.PENDING_SHUTDOWN, OptionalInt.empty(), Map.of()).live()).isTrue();
    }

    @Test
    void errorPendingErrorAndClosedAreNotLive() {
        for (State state : new State[] {State.ERROR, State.PENDING_ERROR, State.NOT_RUNNING}) {
            Health health = StreamsHealth.health(state, OptionalInt.of(0), Map.of());

            assertThat(health.live()).as(state.name()).isFalse();
            assertThat(health.ready()).as(state.name()).isFalse();
            assertThat(health.state()).isEqualTo(state.name());
        }
    }

    @Test
    void aFailingExtraCheckMakesRunningUnreadyAndNamesItself() {
        Map<String, Boolean> extras = new LinkedHashMap<>();
        extras.put("keyring", false);
        extras.put("registry", true);

        Health health = StreamsHealth.health(State.RUNNING, OptionalInt.of(1), extras);

        assertThat(health.live()).isTrue();
        assertThat(health.ready()).isFalse();
        assertThat(health.details())
                .containsEntry("check.keyring", "DOWN")
                .containsEntry("check.registry", "UP");
    }

    @Test
    void aFailingExtraCheckNeverTouchesLiveness() {
        Health health = StreamsHealth.health(State.REBALANCING, OptionalInt.of(1), Map.of("keyring", false));

        assertThat(health.live()).isTrue();
    }

    @Test
    void aCreatedClientIsLiveNotReadyAndCountsItsThreads() throws IOException {
        try (KafkaStreams streams = unstartedStreams(2)) {
            Health health = new StreamsHealth(streams).check();

            assertThat(health.live()).isTrue();
            assertThat(health.ready()).isFalse();
            assertThat(health.state()).isEqualTo("CREATED");
            assertThat(health.details())
                    .containsEntry("state", "CREATED")
                    .containsEntry("streamThreads", "2");
        }
    }

    @Test
    void aClosedClientIsNotLive() throws IOException {
        KafkaStreams streams = unstartedStreams(1);
        StreamsHealth health = new StreamsHealth(streams);
        streams.close(Duration.ofSeconds(10));

        Health closed = health.check();

        assertThat(closed.state()).isEqualTo("NOT_RUNNING");
        assertThat(closed.live()).isFalse();
        assertThat(closed.ready()).isFalse();
        assertThat(closed.details()).containsEntry("streamThreads", "0");
    }

    @Test
    void extraChecksAreCalledOnEveryProbeAndAThrowingOneIsDown() throws IOException {
        int[] calls = new int[1];
        BooleanSupplier counted = () -> ++calls[0] > 0;
        BooleanSupplier throwing = () -> {
            throw new IllegalStateException("secret");
        };
        try (KafkaStreams streams = unstartedStreams(1)) {
            StreamsHealth health = new StreamsHealth(streams, Map.of("counted", counted, "keyring", throwing));

            health.check();
            Health second = health.check();

            assertThat(calls[0]).isEqualTo(2);
            assertThat(second.details())
                    .containsEntry("check.counted", "UP")
                    .containsEntry("check.keyring", "DOWN");
            assertThat(second.ready()).isFalse();
        }
    }

    @Test
    void extraChecksNeedNames() throws IOException {
        try (KafkaStreams streams = unstartedStreams(1)) {
            assertThatThrownBy(() -> new StreamsHealth(streams, Map.of(" ", () -> true)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theOpsServerAnswersProbesFromAStreamsClient() throws Exception {
        PrometheusMeterRegistry registry = MeterRegistries.prometheus(Map.of());
        try (KafkaStreams streams = unstartedStreams(1);
             OpsServer server = OpsServer.start("127.0.0.1", 0, registry, new StreamsHealth(streams))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> ready = client.send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> live = client.send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\",\"state\":\"CREATED\","
                    + "\"details\":{\"state\":\"CREATED\",\"streamThreads\":\"1\"}}");
            assertThat(live.statusCode()).isEqualTo(200);
        } finally {
            registry.close();
        }
    }

    /** A client that is never started: it stays CREATED and reaches no broker. */
    private KafkaStreams unstartedStreams(int threads) throws IOException {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "ops-health-test");
        // Nothing listens on port 1; an unstarted client does not connect anyway.
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(stateDir, "state").toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        return new KafkaStreams(builder.build(), props);
    }
}
