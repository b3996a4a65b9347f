package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.serdes.kms.KmsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DecryptorTest {

    private static final String SECRET = "Jane Doe, IBAN GB82 WEST 1234 5698 7654 32";
    private static final byte[] PLAINTEXT = SECRET.getBytes(StandardCharsets.UTF_8);

    private final FixedDataKeys keys = new FixedDataKeys("acme", "globex");
    private final Encryptor encryptor = new Encryptor(keys);
    private final Decryptor decryptor = new Decryptor(keys);
    private final RecordIdentity acme = new RecordIdentity("acme", "contact-1", "event-1");

    @Test
    void theEncryptionContextIsRebuiltFromTheExpectedTenantAndTheHeadersPurpose() {
        byte[] envelope = encryptor.encrypt(acme, "dead-letter", PLAINTEXT).bytes();

        assertThat(decryptor.decrypt(acme, envelope)).isEqualTo(PLAINTEXT);
        assertThat(keys.decryptContexts).containsExactly(Map.of("tenant", "acme", "purpose", "dead-letter"));
        assertThat(keys.decryptKmsKeyIds).containsExactly(FixedDataKeys.kmsKeyIdOf("acme"));
    }

    @Test
    void theHeaderCanBeReadWithoutAnyKey() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();

        EnvelopeHeader header = Decryptor.parseHeader(envelope);

        assertThat(header.formatVersion()).isEqualTo(1);
        assertThat(header.algorithmId()).isEqualTo(1);
        assertThat(header.purpose()).isEqualTo("payload");
        assertThat(header.kmsKeyId()).isEqualTo(FixedDataKeys.kmsKeyIdOf("acme"));
        assertThat(header.encryptedKey()).isEqualTo(keys.encryptedKeyOf("acme", "payload"));
        assertThat(header.dataKeyId()).isEqualTo(DataKeyIds.of(header.encryptedKey()));
        assertThat(header.ciphertextLength()).isEqualTo(PLAINTEXT.length + 16);
        assertThat(header.headerLength() + header.ciphertextLength()).isEqualTo(envelope.length);
        assertThat(keys.decryptLeases).hasValue(0);
    }

    @Test
    void theHeadersToStringShowsIdsAndSizesOnly() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        EnvelopeHeader header = Decryptor.parseHeader(envelope);

        assertThat(header.toString())
                .contains("version=1", "AES-256-GCM", "purpose=payload", header.kmsKeyId(), header.dataKeyId(),
                        "ciphertext=" + (PLAINTEXT.length + 16) + " bytes")
                .doesNotContain(HexFormat.of().formatHex(header.encryptedKey()).substring(0, 16))
                .doesNotContain("Jane");
    }

    @Test
    void aThrottledOrUnavailableKmsIsPassedOnForTheCallerToRetry() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        KmsException throttled = new KmsException(KmsException.Reason.THROTTLED, "Decrypt", "Rate exceeded");

        Decryptor throttledDecryptor = new Decryptor((kmsKeyId, encryptedKey, context) -> {
            throw throttled;
        });

        assertThatThrownBy(() -> throttledDecryptor.decrypt(acme, envelope)).isSameAs(throttled);
    }

    @Test
    void aShreddedKeyIsTheKmsVerdictNotAnAuthenticationFailure() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        KmsException disabled = new KmsException(KmsException.Reason.DISABLED, "Decrypt", "key is disabled");

        Decryptor shredded = new Decryptor((kmsKeyId, encryptedKey, context) -> {
            throw disabled;
        });

        assertThatThrownBy(() -> shredded.decrypt(acme, envelope)).isSameAs(disabled);
    }

    @Test
    void aDataKeyTheKmsWillNotUnwrapForThisTenantIsAnAuthenticationFailure() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        RecordIdentity globex = new RecordIdentity("globex", acme.contactId(), acme.eventId());

        assertThatThrownBy(() -> decryptor.decrypt(globex, envelope))
                .isInstanceOf(EnvelopeAuthenticationException.class)
                .hasCauseInstanceOf(KmsException.class)
                .satisfies(e -> assertThat(((EnvelopeAuthenticationException) e).expected()).isEqualTo(globex));
    }

    @Test
    void anAuthenticationFailureNamesTheExpectedIdsAndNothingElse() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        String dataKeyId = Decryptor.parseHeader(envelope).dataKeyId();
        RecordIdentity other = new RecordIdentity("acme", "contact-2", "event-7");

        assertThatThrownBy(() -> decryptor.decrypt(other, envelope))
                .isInstanceOf(EnvelopeAuthenticationException.class)
                .hasMessage("Envelope with data key " + dataKeyId + " failed authentication for tenant 'acme', "
                        + "contact 'contact-2', event 'event-7': it was altered, or it belongs to another tenant or record")
                .hasNoCause()
                .satisfies(e -> assertThat(((EnvelopeAuthenticationException) e).dataKeyId()).isEqualTo(dataKeyId));
    }

    @Test
    void theLeaseIsReturnedWhenAuthenticationFails() {
        byte[] envelope = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        envelope[envelope.length - 1] ^= 1;

        assertThatThrownBy(() -> decryptor.decrypt(acme, envelope)).isInstanceOf(EnvelopeAuthenticationException.class);
        assertThat(keys.decryptLeases).hasValue(1);
        assertThat(keys.openLeases).hasValue(0);
    }

    @Test
    void eachRecordLeasesItsKeyOnceAndReturnsIt() {
        for (int i = 0; i < 10; i++) {
            RecordIdentity identity = new RecordIdentity("acme", "contact-1", "event-" + i);
            decryptor.decrypt(identity, encryptor.encrypt(identity, "payload", PLAINTEXT).bytes());
        }

        assertThat(keys.decryptLeases).hasValue(10);
        assertThat(keys.openLeases).hasValue(0);
    }

    @Test
    void envelopesOfManyDataKeysInterleavedAllOpen() {
        // More data keys than a thread remembers headers of, in an order that defeats the memory.
        List<RecordIdentity> identities = new ArrayList<>();
        List<byte[]> envelopes = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            String tenant = k % 2 == 0 ? "acme" : "globex";
            keys.rotate(tenant, "payload");
            for (int i = 0; i < 3; i++) {
                RecordIdentity identity = new RecordIdentity(tenant, "contact-" + k, "event-" + i);
                identities.add(identity);
                envelopes.add(encrypt(identity, ("record " + k + "/" + i).getBytes(StandardCharsets.UTF_8)));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < envelopes.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(7));

        for (int round = 0; round < 2; round++) {
            for (int i : order) {
                String expected = "record " + identities.get(i).contactId().substring(8) + "/"
                        + identities.get(i).eventId().substring(6);
                assertThat(decryptor.decrypt(identities.get(i), envelopes.get(i)))
                        .asString(StandardCharsets.UTF_8).isEqualTo(expected);
            }
        }
    }

    @Test
    void manyThreadsDecryptAtOnce() throws Exception {
        List<byte[]> envelopes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            envelopes.add(encryptor.encrypt(acme, i % 2 == 0 ? "payload" : "dead-letter", PLAINTEXT).bytes());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (byte[] envelope : envelopes) {
                            assertThat(decryptor.decrypt(acme, envelope)).isEqualTo(PLAINTEXT);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(keys.openLeases).hasValue(0);
    }

    private byte[] encrypt(RecordIdentity identity, byte[] plaintext) {
        return encryptor.encrypt(identity, "payload", plaintext).bytes();
    }
}
