package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DataKeyLimitsTest {

    @Test
    void theDefaultsStayFarBelowTheNonceCollisionBound() {
        DataKeyLimits limits = DataKeyLimits.defaults();

        assertThat(limits.soft()).isEqualTo(new DataKeyLimits.Limit(1L << 24, 64L << 30, Duration.ofHours(1)));
        assertThat(limits.hard()).isEqualTo(new DataKeyLimits.Limit(1L << 25, 128L << 30, Duration.ofHours(4)));
        assertThat(limits.refreshAt()).isEqualTo(0.75);
        // n^2 / 2^97 at the hard limit, against 2^-32 for NIST's 2^32 messages.
        double collision = Math.pow(limits.hard().messages(), 2) / Math.pow(2, 97);
        assertThat(collision).isLessThan(Math.pow(2, -46));
    }

    @Test
    void moreThanTwoToTheThirtyTwoMessagesPerKeyIsRejected() {
        assertThatThrownBy(() -> DataKeyLimits.defaults().withMessages(1L << 24, (1L << 32) + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2^32");
    }

    @Test
    void hardLimitsBelowSoftOnesAreRejected() {
        assertThatThrownBy(() -> DataKeyLimits.defaults().withMessages(100, 99))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataKeyLimits.defaults().withBytes(100, 99))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataKeyLimits.defaults().withAge(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitsMustBePositiveAndTheRefreshThresholdAFraction() {
        assertThatThrownBy(() -> DataKeyLimits.defaults().withMessages(0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataKeyLimits.defaults().withAge(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataKeyLimits.defaults().withRefreshAt(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataKeyLimits.defaults().withRefreshAt(1.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DataKeyLimits.defaults().withRefreshAt(1).refreshAt()).isEqualTo(1);
    }
}
