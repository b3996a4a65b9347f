package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.serdes.kms.PlaintextKey;
import io.contactshield.serdes.kms.UnknownTenantException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EncryptorTest {

    private static final byte[] PLAINTEXT = "Jane Doe called about card 4111 1111 1111 1111"
            .getBytes(StandardCharsets.UTF_8);

    private final FixedDataKeys keys = new FixedDataKeys("acme", "globex");
    private final Encryptor encryptor = new Encryptor(keys);
    private final Decryptor decryptor = new Decryptor(keys);
    private final RecordIdentity acme = new RecordIdentity("acme", "contact-1", "event-1");

    @Test
    void encryptingTheSamePlaintextTwiceGivesDifferentEnvelopes() {
        byte[] first = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        byte[] second = encryptor.encrypt(acme, "payload", PLAINTEXT).bytes();
        int nonce = Decryptor.parseHeader(first).headerLength() - 12;

        assertThat(Arrays.copyOfRange(first, nonce, nonce + 12)).isNotEqualTo(Arrays.copyOfRange(second, nonce, nonce + 12));
        assertThat(Arrays.copyOfRange(first, nonce + 12, first.length))
                .isNotEqualTo(Arrays.copyOfRange(second, nonce + 12, second.length));
        assertThat(decryptor.decrypt(acme, first)).isEqualTo(decryptor.decrypt(acme, second)).isEqualTo(PLAINTEXT);
    }

    @Test
    void noncesDoNotRepeatAcrossThreads() throws Exception {
        int threads = 4;
        int perThread = 25_000;
        Set<String> nonces = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RecordIdentity identity = new RecordIdentity(t % 2 == 0 ? "acme" : "globex", "contact-" + t, "event");
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        byte[] envelope = encryptor.encrypt(identity, "payload", PLAINTEXT).bytes();
                        int at = envelope.length - PLAINTEXT.length - 16 - 12;
                        nonces.add(HexFormat.of().formatHex(envelope, at, at + 12));
                        if (i % 1000 == 0) {
                            assertThat(decryptor.decrypt(identity, envelope)).isEqualTo(PLAINTEXT);
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

        assertThat(nonces).hasSize(threads * perThread);
        assertThat(keys.openLeases).hasValue(0);
    }

    @Test
    void theEnvelopeCarriesTheKeyIdsForAudit() {
        Envelope envelope = encryptor.encrypt(acme, "payload", PLAINTEXT);
        EnvelopeHeader header = Decryptor.parseHeader(envelope.bytes());
        byte[] encryptedKey = keys.encryptedKeyOf("acme", "payload");

        assertThat(envelope.kmsKeyId()).isEqualTo(FixedDataKeys.kmsKeyIdOf("acme")).isEqualTo(header.kmsKeyId());
        assertThat(envelope.dataKeyId())
                .isEqualTo(header.dataKeyId())
                .isEqualTo(DataKeyIds.of(encryptedKey))
                .matches("[0-9a-f]{32}");
        assertThat(header.encryptedKey()).isEqualTo(encryptedKey);
        assertThat(header.purpose()).isEqualTo("payload");
    }

    @Test
    void anEmptyPlaintextGivesJustAHeaderAndATag() {
        Envelope envelope = encryptor.encrypt(acme, "payload", new byte[0]);

        assertThat(envelope.bytes()).hasSize(Decryptor.parseHeader(envelope.bytes()).headerLength() + 16);
        assertThat(decryptor.decrypt(acme, envelope.bytes())).isEmpty();
    }

    @Test
    void thePlaintextLimitIsCheckedBeforeAKeyIsLeased() {
        Encryptor limited = new Encryptor(keys, 1024);

        assertThatThrownBy(() -> limited.encrypt(acme, "payload", new byte[1025]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A plaintext of 1025 bytes exceeds the limit of 1024 bytes");
        assertThat(keys.encryptLeases).hasValue(0);
        assertThat(decryptor.decrypt(acme, limited.encrypt(acme, "payload", new byte[1024]).bytes())).hasSize(1024);
    }

    @Test
    void theDefaultLimitIsEightMebibytes() {
        assertThat(Encryptor.DEFAULT_MAX_PLAINTEXT_BYTES).isEqualTo(8 * 1024 * 1024);
        assertThatThrownBy(() -> encryptor.encrypt(acme, "payload", new byte[Encryptor.DEFAULT_MAX_PLAINTEXT_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Encryptor(keys, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Encryptor(keys, Encryptor.MAX_PLAINTEXT_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPurposeOutsideTheFormatIsRefusedBeforeAKeyIsLeased() {
        for (String purpose : new String[] {"", "dead letter", "x".repeat(65), "zahlungsüberweisung", "a/b"}) {
            assertThatThrownBy(() -> encryptor.encrypt(acme, purpose, PLAINTEXT)).as(purpose)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("[A-Za-z0-9._-]");
        }
        assertThat(keys.encryptLeases).hasValue(0);
    }

    @Test
    void anIdThatIsNotValidUnicodeIsRefused() {
        RecordIdentity lone = new RecordIdentity("acme", "contact-\uD800", "event-1");

        assertThatThrownBy(() -> encryptor.encrypt(lone, "payload", PLAINTEXT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contact id is not valid Unicode");
        assertThat(keys.encryptLeases).hasValue(0);
    }

    @Test
    void anUnknownTenantIsTheLendersVerdictPassedOn() {
        assertThatThrownBy(() -> encryptor.encrypt(new RecordIdentity("initech", "c", "e"), "payload", PLAINTEXT))
                .isInstanceOf(UnknownTenantException.class);
    }

    @Test
    void anUnavailableKeyIsPassedOnForTheCallerToRetry() {
        KeyUnavailableException outage = new KeyUnavailableException("KMS down, hard limit reached", null);
        Encryptor starved = new Encryptor((tenant, purpose, bytes) -> {
            throw outage;
        });

        assertThatThrownBy(() -> starved.encrypt(acme, "payload", PLAINTEXT)).isSameAs(outage);
    }

    @Test
    void theLeaseIsReturnedAfterEveryEncryption() {
        encryptor.encrypt(acme, "payload", PLAINTEXT);
        encryptor.encrypt(acme, "dead-letter", new byte[0]);

        assertThat(keys.encryptLeases).hasValue(2);
        assertThat(keys.openLeases).hasValue(0);
    }

    @Test
    void anAes128DataKeyIsRefusedAndItsLeaseReturned() {
        TestLease lease = new TestLease("arn:aws:kms:eu-west-1:111122223333:key/k", new byte[] {1, 2, 3},
                PlaintextKey.copyOf(new byte[16]), () -> { });

        assertThatThrownBy(() -> new Encryptor((t, p, n) -> lease).encrypt(acme, "payload", PLAINTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("128 bits; envelopes use AES-256");
        assertThat(lease.isClosed()).isTrue();
    }

    @Test
    void aKmsKeyIdThatCannotBeWrittenSafelyIsRefusedWithoutEchoingIt() {
        TestLease lease = new TestLease("alias/evil\nINFO forged log line", new byte[] {1, 2, 3},
                PlaintextKey.copyOf(new byte[32]), () -> { });

        assertThatThrownBy(() -> new Encryptor((t, p, n) -> lease).encrypt(acme, "payload", PLAINTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("visible ASCII")
                .hasMessageNotContaining("forged");
        assertThat(lease.isClosed()).isTrue();
    }

    @Test
    void eachRotatedDataKeyGetsItsOwnHeader() {
        // More keys, interleaved, than a thread remembers headers of.
        List<Envelope> envelopes = new ArrayList<>();
        List<RecordIdentity> identities = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 20; k++) {
                String tenant = k % 2 == 0 ? "acme" : "globex";
                String purpose = "p" + k;
                keys.rotate(tenant, purpose);
                RecordIdentity identity = new RecordIdentity(tenant, "contact-" + k, "event-" + round);
                envelopes.add(encryptor.encrypt(identity, purpose, PLAINTEXT));
                identities.add(identity);
            }
        }

        for (int i = 0; i < envelopes.size(); i++) {
            Envelope envelope = envelopes.get(i);
            EnvelopeHeader header = Decryptor.parseHeader(envelope.bytes());
            assertThat(envelope.dataKeyId()).isEqualTo(header.dataKeyId()).isEqualTo(DataKeyIds.of(header.encryptedKey()));
            assertThat(decryptor.decrypt(identities.get(i), envelope.bytes())).isEqualTo(PLAINTEXT);
        }
        assertThat(envelopes.stream().map(Envelope::dataKeyId).distinct()).hasSize(60);
    }

    @Test
    void aRepeatedNonceFailsClosed() {
        // A random source stuck on one value: the JCA refuses the second encryption under the same
        // key and nonce, and the encryptor stops rather than retrying around it.
        SecureRandom stuck = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 7);
            }
        };
        Encryptor broken = new Encryptor(keys, Encryptor.DEFAULT_MAX_PLAINTEXT_BYTES, stuck);
        broken.encrypt(acme, "payload", PLAINTEXT);

        assertThatThrownBy(() -> broken.encrypt(acme, "payload", PLAINTEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("random source is broken");
        assertThat(keys.openLeases).hasValue(0);
    }

    @Test
    void toStringShowsIdsAndSizeButNoBytes() {
        Envelope envelope = encryptor.encrypt(acme, "payload", PLAINTEXT);
        String hex = HexFormat.of().formatHex(envelope.bytes());

        assertThat(envelope.toString())
                .isEqualTo("Envelope[kmsKeyId=" + envelope.kmsKeyId() + ", dataKeyId=" + envelope.dataKeyId() + ", "
                        + envelope.bytes().length + " bytes]")
                .doesNotContain(hex.substring(hex.length() - 32))
                .doesNotContain("Jane");
    }

    @Test
    void envelopesAreValuesComparedByContent() {
        Envelope envelope = encryptor.encrypt(acme, "payload", PLAINTEXT);
        Envelope copy = new Envelope(envelope.kmsKeyId(), envelope.dataKeyId(), envelope.bytes().clone());

        assertThat(copy).isEqualTo(envelope).hasSameHashCodeAs(envelope);
    }

}
