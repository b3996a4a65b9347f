package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.contactshield.serdes.kms.KmsException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * An envelope opens only unchanged and only for its own record: any change, any move to another
 * tenant or record, and any mix of two envelopes fails, and never yields a plaintext.
 */
class TamperTest {

    private static final String SECRET = "card 4111 1111 1111 1111, call back on +44 20 7946 0958";

    private final FixedDataKeys keys = new FixedDataKeys("acme", "globex");
    private final Encryptor encryptor = new Encryptor(keys);
    private final Decryptor decryptor = new Decryptor(keys);
    // Finds data keys by their wrapped bytes alone, checking neither tenant nor KMS key: whatever it
    // lets through, the associated data must stop.
    private final Decryptor carelessDecryptor = new Decryptor(keys.ignoringContext());

    private final RecordIdentity acme = new RecordIdentity("acme", "contact-1", "event-1");
    private final RecordIdentity globex = new RecordIdentity("globex", "contact-2", "event-2");

    @Test
    void flippingAnySingleBitFails() {
        byte[] envelope = seal(acme);
        Layout layout = Layout.of(envelope);

        for (int bit = 0; bit < envelope.length * 8; bit++) {
            byte[] flipped = flip(envelope, bit);
            String field = layout.fieldAt(bit / 8);

            Throwable strict = catchThrowable(() -> decryptor.decrypt(acme, flipped));
            Throwable careless = catchThrowable(() -> carelessDecryptor.decrypt(acme, flipped));

            assertThat(strict).as("bit %d in the %s", bit, field).isNotNull();
            assertThat(careless).as("bit %d in the %s, careless key lender", bit, field).isNotNull();
            switch (field) {
                case "nonce", "ciphertext", "tag" -> {
                    assertThat(strict).as("bit %d in the %s", bit, field)
                            .isInstanceOf(EnvelopeAuthenticationException.class);
                    assertThat(careless).as("bit %d in the %s", bit, field)
                            .isInstanceOf(EnvelopeAuthenticationException.class);
                }
                // A flipped key id may name a key that exists nowhere: KMS says NotFound before any
                // tag is checked. Still no plaintext, and no retry will help.
                case "KMS key id" -> assertThat(strict).as("bit %d in the %s", bit, field)
                        .isInstanceOfAny(EnvelopeException.class, KmsException.class)
                        .satisfies(e -> assertThat(!(e instanceof KmsException k) || !k.retriable()).isTrue());
                default -> assertThat(strict).as("bit %d in the %s", bit, field)
                        .isInstanceOf(EnvelopeException.class);
            }
            // With no KMS check in the way, the tag (over the header) is what catches a changed
            // purpose or KMS key id.
            assertThat(careless).as("bit %d in the %s, careless key lender", bit, field)
                    .isInstanceOf(EnvelopeException.class);
            assertThat(strict.getMessage()).doesNotContain(SECRET).doesNotContain("4111");
        }
    }

    @Test
    void swappingEncryptedDataKeysBetweenTenantsFails() {
        byte[] ofAcme = seal(acme);
        byte[] ofGlobex = seal(globex);
        // Acme's nonce and ciphertext under globex's header: its purpose, KMS key and data key.
        byte[] swapped = concat(keyPart(ofGlobex), nonceAndCiphertext(ofAcme));

        assertAuthenticationFails(acme, swapped);
        assertAuthenticationFails(new RecordIdentity("globex", acme.contactId(), acme.eventId()), swapped);
    }

    @Test
    void swappingCiphertextsBetweenTenantsFails() {
        byte[] ofAcme = seal(acme);
        byte[] ofGlobex = seal(globex);
        int acmeHeader = Decryptor.parseHeader(ofAcme).headerLength();
        int globexHeader = Decryptor.parseHeader(ofGlobex).headerLength();
        byte[] acmeHeaderGlobexCiphertext = concat(Arrays.copyOf(ofAcme, acmeHeader),
                Arrays.copyOfRange(ofGlobex, globexHeader, ofGlobex.length));
        byte[] globexHeaderAcmeCiphertext = concat(Arrays.copyOf(ofGlobex, globexHeader),
                Arrays.copyOfRange(ofAcme, acmeHeader, ofAcme.length));

        assertAuthenticationFails(acme, acmeHeaderGlobexCiphertext);
        assertAuthenticationFails(globex, acmeHeaderGlobexCiphertext);
        assertAuthenticationFails(acme, globexHeaderAcmeCiphertext);
        assertAuthenticationFails(globex, globexHeaderAcmeCiphertext);
    }

    @Test
    void anEnvelopeMovedToAnotherTenantFails() {
        byte[] envelope = seal(acme);

        assertAuthenticationFails(new RecordIdentity("globex", acme.contactId(), acme.eventId()), envelope);
    }

    @Test
    void decryptingWithAnotherRecordsIdentityFails() {
        byte[] envelope = seal(acme);

        assertAuthenticationFails(new RecordIdentity("acme", "contact-9", acme.eventId()), envelope);
        assertAuthenticationFails(new RecordIdentity("acme", acme.contactId(), "event-9"), envelope);
        assertAuthenticationFails(new RecordIdentity("acme", acme.eventId(), acme.contactId()), envelope);
    }

    @Test
    void idsAreLengthPrefixedSoTheirBoundariesCannotShift() {
        byte[] envelope = seal(new RecordIdentity("acme", "ab", "c"));

        assertAuthenticationFails(new RecordIdentity("acme", "a", "bc"), envelope);
        assertAuthenticationFails(new RecordIdentity("acme", "abc", ""), envelope);
        assertAuthenticationFails(new RecordIdentity("acmeab", "", "c"), envelope);
    }

    @Test
    void aSameTenantEnvelopeOfAnotherPurposeCannotBeRelabelled() {
        byte[] payload = seal(acme);
        byte[] deadLetter = encryptor.encrypt(acme, "dead-letter", SECRET.getBytes(StandardCharsets.UTF_8)).bytes();

        // The payload's ciphertext behind the dead-letter header, and the other way round.
        assertAuthenticationFails(acme, concat(keyPart(deadLetter), nonceAndCiphertext(payload)));
        assertAuthenticationFails(acme, concat(keyPart(payload), nonceAndCiphertext(deadLetter)));
    }

    @Test
    void truncatingOrExtendingTheCiphertextFails() {
        byte[] envelope = seal(acme);

        assertAuthenticationFails(acme, Arrays.copyOf(envelope, envelope.length - 1));
        assertAuthenticationFails(acme, Arrays.copyOf(envelope, envelope.length + 1));
    }

    @Test
    void theUntouchedEnvelopeStillOpens() {
        byte[] envelope = seal(acme);

        assertThat(decryptor.decrypt(acme, envelope)).asString(StandardCharsets.UTF_8).isEqualTo(SECRET);
        assertThat(carelessDecryptor.decrypt(acme, envelope)).asString(StandardCharsets.UTF_8).isEqualTo(SECRET);
    }

    private void assertAuthenticationFails(RecordIdentity identity, byte[] envelope) {
        for (Decryptor d : new Decryptor[] {decryptor, carelessDecryptor}) {
            assertThatThrownBy(() -> d.decrypt(identity, envelope))
                    .isInstanceOf(EnvelopeAuthenticationException.class)
                    .hasMessageContaining("tenant '" + identity.tenantId() + "'")
                    .hasMessageNotContaining(SECRET);
        }
        assertThat(keys.openLeases).hasValue(0);
    }

    private byte[] seal(RecordIdentity identity) {
        return encryptor.encrypt(identity, "payload", SECRET.getBytes(StandardCharsets.UTF_8)).bytes();
    }

    /** The header up to the nonce: version, algorithm, purpose, data-key id, KMS key id, encrypted key. */
    static byte[] keyPart(byte[] envelope) {
        return Arrays.copyOf(envelope, Decryptor.parseHeader(envelope).headerLength() - 12);
    }

    static byte[] nonceAndCiphertext(byte[] envelope) {
        return Arrays.copyOfRange(envelope, Decryptor.parseHeader(envelope).headerLength() - 12, envelope.length);
    }

    static byte[] flip(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8] ^= (byte) (0x80 >>> (bit % 8));
        return copy;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Where each field of a well-formed envelope starts, following docs/envelope-format.md. */
    record Layout(int purpose, int dataKeyId, int kmsKeyIdLength, int kmsKeyId, int keyLength, int key,
            int nonce, int ciphertext, int tag) {

        static Layout of(byte[] envelope) {
            int purpose = 3;
            int dataKeyId = purpose + (envelope[2] & 0xff);
            int kmsKeyIdLength = dataKeyId + 16;
            int kmsKeyId = kmsKeyIdLength + 2;
            int keyLength = kmsKeyId + u16(envelope, kmsKeyIdLength);
            int key = keyLength + 2;
            int nonce = key + u16(envelope, keyLength);
            return new Layout(purpose, dataKeyId, kmsKeyIdLength, kmsKeyId, keyLength, key, nonce, nonce + 12,
                    envelope.length - 16);
        }

        String fieldAt(int offset) {
            if (offset == 0) {
                return "version";
            } else if (offset == 1) {
                return "algorithm";
            } else if (offset == 2) {
                return "purpose length";
            } else if (offset < dataKeyId) {
                return "purpose";
            } else if (offset < kmsKeyIdLength) {
                return "data-key id";
            } else if (offset < kmsKeyId) {
                return "KMS key id length";
            } else if (offset < keyLength) {
                return "KMS key id";
            } else if (offset < key) {
                return "encrypted key length";
            } else if (offset < nonce) {
                return "encrypted key";
            } else if (offset < ciphertext) {
                return "nonce";
            } else if (offset < tag) {
                return "ciphertext";
            }
            return "tag";
        }

        private static int u16(byte[] b, int at) {
            return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
        }
    }
}
