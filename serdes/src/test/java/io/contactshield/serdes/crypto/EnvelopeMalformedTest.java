package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.contactshield.serdes.kms.KmsException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Bytes that are not a well-formed envelope give a {@link MalformedEnvelopeException} that says
 * what is wrong, before any allocation a length field could inflate and before any KMS call; never
 * an {@code OutOfMemoryError}, a {@code NegativeArraySizeException} or an index error.
 */
class EnvelopeMalformedTest {

    private static final String SECRET = "Jane Doe, 4111 1111 1111 1111";

    private final FixedDataKeys keys = new FixedDataKeys("acme");
    private final Encryptor encryptor = new Encryptor(keys);
    private final Decryptor decryptor = new Decryptor(keys);
    private final RecordIdentity identity = new RecordIdentity("acme", "contact-1", "event-1");
    private final byte[] envelope = encryptor.encrypt(identity, "payload", SECRET.getBytes(StandardCharsets.UTF_8))
            .bytes();
    private final TamperTest.Layout layout = TamperTest.Layout.of(envelope);

    @Example
    void emptyBytesAreMalformed() {
        assertMalformed(new byte[0], "empty");
    }

    @Example
    void truncatingAtEveryLengthFails() {
        int headerLength = Decryptor.parseHeader(envelope).headerLength();

        for (int length = 0; length < envelope.length; length++) {
            byte[] truncated = Arrays.copyOf(envelope, length);
            if (length < headerLength + 16) {
                // Too short for a header, a nonce and a tag: the structure itself is broken.
                assertThatThrownBy(() -> Decryptor.parseHeader(truncated)).as("%d bytes", length)
                        .isInstanceOf(MalformedEnvelopeException.class);
                assertThatThrownBy(() -> decryptor.decrypt(identity, truncated)).as("%d bytes", length)
                        .isInstanceOf(MalformedEnvelopeException.class);
            } else {
                // Structurally an envelope with a shorter ciphertext: the tag says it was cut.
                assertThatThrownBy(() -> decryptor.decrypt(identity, truncated)).as("%d bytes", length)
                        .isInstanceOf(EnvelopeAuthenticationException.class);
            }
        }
        assertThat(keys.decryptLeases.get()).as("KMS calls for malformed envelopes").isEqualTo(envelope.length
                - headerLength - 16);
    }

    @Example
    void aConfluentWireFormatRecordIsRecognisedAsNotAnEnvelope() {
        assertMalformed(new byte[] {0, 0, 0, 0, 7, 2, 'h', 'i'}, "Confluent Avro wire format");
    }

    @Example
    void aNewerFormatVersionIsNamed() {
        byte[] newer = envelope.clone();
        newer[0] = 2;

        assertMalformed(newer, "format version 2 is unknown");
    }

    @Example
    void aFirstByteFarFromAnyVersionIsNotEchoed() {
        byte[] json = "{\"name\":\"Jane\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Decryptor.parseHeader(json))
                .isInstanceOf(MalformedEnvelopeException.class)
                .hasMessageContaining("no known format version")
                .hasMessageNotContaining("123")
                .hasMessageNotContaining("{");
    }

    @Example
    void anUnknownAlgorithmIsNamed() {
        byte[] unknown = envelope.clone();
        unknown[1] = 2;

        assertMalformed(unknown, "unknown algorithm id 2");
    }

    @Example
    void oversizedLengthsAreRefusedBeforeAllocating() {
        assertMalformed(withU16(envelope, layout.kmsKeyIdLength(), 2049), "KMS key id length at offset "
                + layout.kmsKeyIdLength() + " is 2049, outside 1-2048");
        assertMalformed(withU16(envelope, layout.kmsKeyIdLength(), 0xffff), "is 65535, outside 1-2048");
        assertMalformed(withU16(envelope, layout.keyLength(), 4097), "encrypted data key length at offset "
                + layout.keyLength() + " is 4097, outside 1-4096");
        assertMalformed(withU16(envelope, layout.keyLength(), 0xffff), "is 65535, outside 1-4096");
        byte[] longPurpose = envelope.clone();
        longPurpose[2] = (byte) 65;
        assertMalformed(longPurpose, "purpose length at offset 2 is 65, outside 1-64");
        longPurpose[2] = (byte) 0xff;
        assertMalformed(longPurpose, "is 255, outside 1-64");
    }

    @Example
    void zeroLengthsAreRefused() {
        byte[] noPurpose = envelope.clone();
        noPurpose[2] = 0;

        assertMalformed(noPurpose, "purpose length at offset 2 is 0");
        assertMalformed(withU16(envelope, layout.kmsKeyIdLength(), 0), "KMS key id length");
        assertMalformed(withU16(envelope, layout.keyLength(), 0), "encrypted data key length");
    }

    @Example
    void aLengthBeyondTheEndIsRefused() {
        // Within the bound, beyond the bytes there are.
        byte[] cut = Arrays.copyOf(envelope, layout.kmsKeyId() + 10);

        assertMalformed(withU16(cut, layout.kmsKeyIdLength(), 2048), "says 2048 bytes at offset "
                + layout.kmsKeyId() + ", but only 10 are left");
    }

    @Example
    void aDataKeyIdThatIsNotTheHashOfTheEncryptedKeyIsRefused() {
        byte[] otherKey = envelope.clone();
        otherKey[layout.key() + 20] ^= 1;

        assertMalformed(otherKey, "data-key id at offset " + layout.dataKeyId()
                + " is not the SHA-256 prefix of the encrypted data key");
    }

    @Example
    void aPurposeOutsideTheAllowedCharactersIsRefused() {
        byte[] spaced = envelope.clone();
        spaced[layout.purpose()] = ' ';

        assertMalformed(spaced, "purpose at offset 3 has characters outside");
    }

    @Example
    void aKmsKeyIdWithControlCharactersIsRefused() {
        byte[] newline = envelope.clone();
        newline[layout.kmsKeyId() + 3] = '\n';

        assertMalformed(newline, "KMS key id at offset " + layout.kmsKeyId() + " has characters outside visible ASCII");
    }

    @Example
    void malformedEnvelopesMakeNoKmsCall() {
        catchThrowable(() -> decryptor.decrypt(identity, new byte[] {1, 1, 7}));
        catchThrowable(() -> decryptor.decrypt(identity, withU16(envelope, layout.keyLength(), 0xffff)));

        assertThat(keys.decryptLeases).hasValue(0);
    }

    @Property(tries = 2000)
    void arbitraryBytesAreMalformedAndNothingElse(@ForAll @Size(max = 400) byte[] bytes) {
        Throwable thrown = catchThrowable(() -> Decryptor.parseHeader(bytes));

        // A random data-key id matches the SHA-256 of random bytes with probability 2^-128.
        assertThat(thrown).isInstanceOf(MalformedEnvelopeException.class);
    }

    @Property(tries = 2000)
    void arbitraryBytesAfterAPlausibleStartAreMalformedAndNothingElse(
            @ForAll("plausibleStarts") byte[] start, @ForAll @Size(max = 300) byte[] rest) {
        byte[] bytes = TamperTest.concat(start, rest);

        assertThat(catchThrowable(() -> Decryptor.parseHeader(bytes))).isInstanceOf(MalformedEnvelopeException.class);
        assertThat(catchThrowable(() -> decryptor.decrypt(identity, bytes)))
                .isInstanceOf(MalformedEnvelopeException.class);
    }

    @Property(tries = 1000)
    void changingHeaderBytesFailsWithoutPlaintext(
            @ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll byte value) {
        int at = position % layout.nonce();
        byte[] changed = envelope.clone();
        changed[at] = value;
        if (changed[at] == envelope[at]) {
            return;
        }

        Throwable thrown = catchThrowable(() -> decryptor.decrypt(identity, changed));

        assertThat(thrown).as("byte %d set to %d", at, value)
                .isInstanceOfAny(EnvelopeException.class, KmsException.class);
        assertThat(thrown.getMessage()).doesNotContain(SECRET);
    }

    @Property(tries = 1000)
    void anyValueOfALengthFieldFailsCleanly(@ForAll("lengthFields") int field, @ForAll @IntRange(max = 0xffff) int value) {
        byte[] changed = field == 2 ? envelope.clone() : withU16(envelope, field, value);
        if (field == 2) {
            changed[2] = (byte) value;
        }
        if (Arrays.equals(changed, envelope)) {
            return;
        }

        assertThat(catchThrowable(() -> decryptor.decrypt(identity, changed)))
                .isInstanceOf(MalformedEnvelopeException.class);
    }

    @Provide
    Arbitrary<Integer> lengthFields() {
        return Arbitraries.of(2, layout.kmsKeyIdLength(), layout.keyLength());
    }

    // Version 1, AES-256-GCM and a short purpose, so that parsing goes past the first bytes.
    @Provide
    Arbitrary<byte[]> plausibleStarts() {
        return Arbitraries.of(
                new byte[] {1, 1},
                new byte[] {1, 1, 7, 'p', 'a', 'y', 'l', 'o', 'a', 'd'},
                Arrays.copyOf(envelope, layout.kmsKeyId()),
                Arrays.copyOf(envelope, layout.key()));
    }

    private void assertMalformed(byte[] bytes, String reason) {
        assertThatThrownBy(() -> Decryptor.parseHeader(bytes))
                .isInstanceOf(MalformedEnvelopeException.class)
                .hasMessageStartingWith("Malformed envelope: ")
                .hasMessageContaining(reason);
        assertThatThrownBy(() -> decryptor.decrypt(identity, bytes))
                .isInstanceOf(MalformedEnvelopeException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(SECRET);
    }

    private static byte[] withU16(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) (value >>> 8);
        copy[at + 1] = (byte) value;
        return copy;
    }
}
