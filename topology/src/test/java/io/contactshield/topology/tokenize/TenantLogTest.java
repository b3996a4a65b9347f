package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantLogTest {

    private final TenantLog log = new TenantLog();

    @Test
    void candidateAtTheLowestOffsetWins() {
        candidate(1, "first", 5);
        candidate(1, "second", 6);

        assertThat(log.view().current().id()).isEqualTo("first");
    }

    @Test
    void loserTombstoneLeavesTheWinner() {
        candidate(1, "first", 5);
        candidate(1, "second", 6);

        tombstone(1, "second", 7);

        assertThat(log.view().current().id()).isEqualTo("first");
        assertThat(log.view().recordKeys()).hasSize(1);
    }

    @Test
    void highestLiveVersionIsCurrent() {
        candidate(1, "one", 1);
        candidate(2, "two", 2);

        assertThat(log.view().current().version()).isEqualTo(2);
        assertThat(log.view().live()).containsOnlyKeys(1, 2);
    }

    @Test
    void shredMarkerKillsEveryEarlierCandidate() {
        candidate(1, "one", 1);
        candidate(2, "two", 2);

        shred(2, 3);

        TenantView view = log.view();
        assertThat(view.live()).isEmpty();
        assertThat(view.shredded()).isTrue();
        assertThat(view.maxVersion()).isEqualTo(2);
    }

    @Test
    void candidateOfAShreddedVersionWrittenAfterTheMarkerStaysDead() {
        candidate(1, "one", 1);
        shred(1, 2);

        candidate(1, "late", 3);

        assertThat(log.view().live()).isEmpty();
    }

    @Test
    void newVersionAfterTheMarkerIsLive() {
        candidate(1, "one", 1);
        shred(1, 2);

        candidate(2, "recreated", 3);

        assertThat(log.view().current().id()).isEqualTo("recreated");
    }

    @Test
    void shredSurvivesCompactionOfTheTombstones() {
        // After compaction a fresh reader sees only the marker and what came after it.
        shred(3, 10);

        TenantView view = log.view();
        assertThat(view.shredded()).isTrue();
        assertThat(view.maxVersion()).isEqualTo(3);
    }

    private void candidate(int version, String id, long offset) {
        log.apply(new KeyringRecords.KeyRecord("acme", version, id, "local:alias/acme", new byte[] {1}, Instant.EPOCH),
                offset, KeyringRecords.keyRecordKey("acme", version, id));
    }

    private void tombstone(int version, String id, long offset) {
        log.apply(new KeyringRecords.KeyRecord("acme", version, id, null, null, null), offset,
                KeyringRecords.keyRecordKey("acme", version, id));
    }

    private void shred(int through, long offset) {
        log.apply(new KeyringRecords.ShredRecord("acme", through, false), offset, KeyringRecords.shredKey("acme"));
    }
}
