package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataKeyIdsTest {

    @Test
    void theIdIsTheFirstSixteenBytesOfTheSha256OfTheEncryptedKeyInLowerCaseHex() {
        // SHA-256("") and SHA-256("abc") from FIPS 180-2, first 16 bytes.
        assertThat(DataKeyIds.of(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb924");
        assertThat(DataKeyIds.of("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223");
    }

    @Test
    void differentEncryptedKeysHaveDifferentIds() {
        assertThat(DataKeyIds.of(new byte[] {1})).isNotEqualTo(DataKeyIds.of(new byte[] {2})).hasSize(32);
    }
}
