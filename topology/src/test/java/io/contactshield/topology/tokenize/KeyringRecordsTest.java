package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyringRecordsTest {

    private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05Z");

    @Test
    void keyRecordReadsBack() {
        byte[] key = KeyringRecords.keyRecordKey("acme", 3, "id-1");
        byte[] value = KeyringRecords.keyRecordValue("local:alias/acme", new byte[] {1, 2, 3}, CREATED, "ops");

        KeyringRecords.KeyRecord record = (KeyringRecords.KeyRecord) KeyringRecords.parse(key, value);

        assertThat(record.tenantId()).isEqualTo("acme");
        assertThat(record.version()).isEqualTo(3);
        assertThat(record.id()).isEqualTo("id-1");
        assertThat(record.kmsKeyId()).isEqualTo("local:alias/acme");
        assertThat(record.wrappedKey()).containsExactly(1, 2, 3);
        assertThat(record.createdAt()).isEqualTo(CREATED);
        assertThat(record.tombstone()).isFalse();
    }

    @Test
    void keyRecordIsReadableJson() {
        assertThat(new String(KeyringRecords.keyRecordKey("acme", 1, "id-1"), StandardCharsets.UTF_8))
                .isEqualTo("{\"kind\":\"token-key\",\"tenant\":\"acme\",\"version\":1,\"id\":\"id-1\"}");
    }

    @Test
    void nullValueIsATombstone() {
        KeyringRecords.Entry entry = KeyringRecords.parse(KeyringRecords.keyRecordKey("acme", 1, "id-1"), null);

        assertThat(((KeyringRecords.KeyRecord) entry).tombstone()).isTrue();
    }

    @Test
    void shredMarkerReadsBack() {
        KeyringRecords.Entry entry = KeyringRecords.parse(KeyringRecords.shredKey("acme"),
                KeyringRecords.shredValue(4, CREATED, "dpo"));

        assertThat(entry).isEqualTo(new KeyringRecords.ShredRecord("acme", 4, false));
    }

    @Test
    void foreignRecordIsRejected() {
        assertThatThrownBy(() -> KeyringRecords.parse("not json".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownFormatIsRejected() {
        byte[] value = "{\"format\":2}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KeyringRecords.parse(KeyringRecords.shredKey("acme"), value))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void encryptionContextBindsTenantPurposeAndVersion() {
        assertThat(KeyringRecords.encryptionContext("acme", 2))
                .containsOnly(org.assertj.core.api.Assertions.entry("tenant", "acme"),
                        org.assertj.core.api.Assertions.entry("purpose", "token-key"),
                        org.assertj.core.api.Assertions.entry("version", "2"));
    }
}
