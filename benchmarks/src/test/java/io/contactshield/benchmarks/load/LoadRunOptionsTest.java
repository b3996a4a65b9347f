package io.contactshield.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.topology.pipeline.PipelineTopics;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadRunOptionsTest {

    @Test
    void brokerRunsInThisJvmByDefault() {
        LoadRun.Options options = LoadRun.Options.parse(new String[] {"--events", "1000"});

        assertThat(options.brokerCpus).isNull();
        assertThat(options.bootstrapServers).isNull();
    }

    @Test
    void brokerProcessTakesATasksetCpuListOrAny() {
        assertThat(LoadRun.Options.parse(new String[] {"--broker-process", "0"}).brokerCpus).isEqualTo("0");
        assertThat(LoadRun.Options.parse(new String[] {"--broker-process", "0-1,3"}).brokerCpus).isEqualTo("0-1,3");
        assertThat(LoadRun.Options.parse(new String[] {"--broker-process", "any"}).brokerCpus).isEqualTo("any");
    }

    @Test
    void brokerProcessRejectsWhatTasksetWouldNotTake() {
        assertThatThrownBy(() -> LoadRun.Options.parse(new String[] {"--broker-process", "0;rm"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--broker-process");
        assertThatThrownBy(() -> LoadRun.Options.parse(new String[] {"--broker-process", "-c"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bootstrapServersTakesHostPortPairs() {
        assertThat(LoadRun.Options.parse(new String[] {"--bootstrap-servers", "127.0.0.1:9092"}).bootstrapServers)
                .isEqualTo("127.0.0.1:9092");
        assertThat(LoadRun.Options.parse(new String[] {"--bootstrap-servers", "a:1,b:2"}).bootstrapServers).isEqualTo("a:1,b:2");
        assertThatThrownBy(() -> LoadRun.Options.parse(new String[] {"--bootstrap-servers", "localhost"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOST:PORT");
        assertThatThrownBy(() -> LoadRun.Options.parse(new String[] {"--bootstrap-servers", "a:1,"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChildBrokerAndAnExternalOneExcludeEachOther() {
        assertThatThrownBy(() -> LoadRun.Options.parse(new String[] {"--broker-process", "0", "--bootstrap-servers", "a:1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one or the other");
    }

    @Test
    void namesWithoutSuffixAreThePipelineDefaultsAndTheLoadRunOwn() {
        LoadRun.Names names = LoadRun.Names.of("");

        assertThat(names.protectInput()).isEqualTo(PipelineTopics.DEFAULTS.contacts());
        assertThat(names.protectedContacts()).isEqualTo(PipelineTopics.DEFAULTS.protectedContacts());
        assertThat(names.passInput()).isEqualTo("load.passthrough.in");
        assertThat(names.keyring()).isEqualTo("load.keyring");
        assertThat(names.protectionApplicationId()).isEqualTo("load-protection");
    }

    @Test
    void everyNameOfARunAgainstALongLivedBrokerHoldsTheRunId() {
        LoadRun.Names names = LoadRun.Names.of("-0fc557bb");

        assertThat(List.of(names.protectInput(), names.protectedContacts(), names.audit(), names.deadLetters(),
                names.connectInput(), names.passInput(), names.passOutput(), names.keyring(),
                names.protectionApplicationId(), names.passThroughApplicationId()))
                .allSatisfy(name -> assertThat(name).endsWith("-0fc557bb"))
                .doesNotHaveDuplicates();
    }
}
