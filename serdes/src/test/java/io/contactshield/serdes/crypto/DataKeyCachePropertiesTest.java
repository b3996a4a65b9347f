package io.contactshield.serdes.crypto;

import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.DIRECT;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.PURPOSE;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.TENANT;
import static io.contactshield.serdes.crypto.DataKeyCacheTestSupport.TENANT_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import io.contactshield.serdes.crypto.DataKeyCacheTestSupport.FakeKms;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DataKeyCachePropertiesTest {

    /** What one data key protected, in the order the keys were used. */
    private static final class Use {
        final String dataKeyId;
        long messages;
        long bytes;

        Use(String dataKeyId) {
            this.dataKeyId = dataKeyId;
        }
    }

    // With a healthy KMS: no key ever protects more than its soft limits; a key is given up only
    // when the next record would have crossed one; and the KMS sees one call per key used, plus at
    // most the one successor prepared ahead.
    @Property(tries = 300)
    void keysAreUsedUpToTheirSoftLimitsAndNoFurther(
            @ForAll @IntRange(min = 1, max = 40) int softMessages,
            @ForAll @IntRange(min = 1, max = 4000) int softBytes,
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 4000) Integer> records) {
        FakeKms kms = new FakeKms();
        DataKeyLimits limits = DataKeyLimits.defaults()
                .withMessages(softMessages, 2L * softMessages)
                .withBytes(softBytes, 2L * softBytes);
        List<Use> uses = new ArrayList<>();
        List<Integer> sizes = records.stream().map(n -> Math.min(n, softBytes)).toList();
        try (DataKeyCache cache = DataKeyCache.builder(kms, TENANT_KEYS).limits(limits).executor(DIRECT)
                .meterRegistry(new SimpleMeterRegistry()).build()) {
            for (int size : sizes) {
                try (DataKeyLease lease = cache.lease(TENANT, PURPOSE, size)) {
                    Use last = uses.isEmpty() ? null : uses.get(uses.size() - 1);
                    if (last == null || !last.dataKeyId.equals(lease.dataKeyId())) {
                        last = new Use(lease.dataKeyId());
                        uses.add(last);
                    }
                    last.messages++;
                    last.bytes += size;
                }
            }
        }

        assertThat(uses).allSatisfy(use -> {
            assertThat(use.messages).isLessThanOrEqualTo(softMessages);
            assertThat(use.bytes).isLessThanOrEqualTo(softBytes);
        });
        int record = 0;
        for (int i = 0; i < uses.size() - 1; i++) {
            Use use = uses.get(i);
            record += (int) use.messages;
            int next = sizes.get(record);
            assertThat(use.messages + 1 > softMessages || use.bytes + next > softBytes)
                    .as("key %d was given up early", i).isTrue();
        }
        assertThat(uses.stream().map(u -> u.dataKeyId).distinct().count()).isEqualTo(uses.size());
        assertThat(kms.generateCalls.get()).isBetween(uses.size(), uses.size() + 1);
        assertThat(kms.generated).allMatch(key -> key.isDestroyed());
    }
}
