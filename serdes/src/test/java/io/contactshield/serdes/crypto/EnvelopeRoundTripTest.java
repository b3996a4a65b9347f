package io.contactshield.serdes.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever is encrypted for a record decrypts to the same bytes for that record. */
class EnvelopeRoundTripTest {

    private static final int MIB = 1024 * 1024;

    private final FixedDataKeys keys = new FixedDataKeys("acme", "globex");
    private final Encryptor encryptor = new Encryptor(keys);
    private final Decryptor decryptor = new Decryptor(keys);

    @Property(tries = 200)
    void payloadsFromZeroBytesToOneMebibyteRoundTrip(
            @ForAll("payloads") byte[] plaintext,
            @ForAll("tenants") String tenant,
            @ForAll("purposes") String purpose) {
        RecordIdentity identity = new RecordIdentity(tenant, "contact-" + plaintext.length, "event-1");

        Envelope envelope = encryptor.encrypt(identity, purpose, plaintext);

        assertThat(envelope.bytes()).hasSize(Decryptor.parseHeader(envelope.bytes()).headerLength()
                + plaintext.length + 16);
        assertThat(decryptor.decrypt(identity, envelope.bytes())).isEqualTo(plaintext);
    }

    @Property(tries = 100)
    void anyUnicodeIdsRoundTrip(@ForAll("ids") String contactId, @ForAll("ids") String eventId) {
        RecordIdentity identity = new RecordIdentity("acme", contactId, eventId);
        byte[] plaintext = ("for " + contactId).getBytes(StandardCharsets.UTF_8);

        byte[] envelope = encryptor.encrypt(identity, "payload", plaintext).bytes();

        assertThat(decryptor.decrypt(identity, envelope)).isEqualTo(plaintext);
    }

    @Example
    void oneMebibyteRoundTrips() {
        byte[] plaintext = randomBytes(MIB, 42);
        RecordIdentity identity = new RecordIdentity("acme", "contact-1", "event-1");

        byte[] envelope = encryptor.encrypt(identity, "payload", plaintext).bytes();

        assertThat(decryptor.decrypt(identity, envelope)).isEqualTo(plaintext);
    }

    @Example
    void emptyPlaintextRoundTrips() {
        RecordIdentity identity = new RecordIdentity("acme", "contact-1", "event-1");

        byte[] envelope = encryptor.encrypt(identity, "payload", new byte[0]).bytes();

        assertThat(decryptor.decrypt(identity, envelope)).isEmpty();
    }

    @Example
    void sizesAroundTheAesBlockRoundTrip() {
        RecordIdentity identity = new RecordIdentity("acme", "contact-1", "event-1");
        for (int size : new int[] {1, 15, 16, 17, 31, 32, 33, 4095, 4096, 4097}) {
            byte[] plaintext = randomBytes(size, size);

            byte[] envelope = encryptor.encrypt(identity, "payload", plaintext).bytes();

            assertThat(decryptor.decrypt(identity, envelope)).as("%d bytes", size).isEqualTo(plaintext);
        }
    }

    // Sizes favour the small records a pipeline sees most, with a tail up to 1 MiB; the bytes come
    // from a seed, so large arrays cost one fill instead of a million generated elements.
    @Provide
    Arbitrary<byte[]> payloads() {
        Arbitrary<Integer> sizes = Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.integers().between(0, 256)),
                Tuple.of(30, Arbitraries.integers().between(257, 64 * 1024)),
                Tuple.of(10, Arbitraries.integers().between(64 * 1024 + 1, MIB)));
        return Combinators.combine(sizes, Arbitraries.longs()).as(EnvelopeRoundTripTest::randomBytes);
    }

    @Provide
    Arbitrary<String> tenants() {
        return Arbitraries.of("acme", "globex");
    }

    @Provide
    Arbitrary<String> purposes() {
        return Arbitraries.of("payload", "dead-letter", "a", "x".repeat(64), "v1.transcript_text");
    }

    // Valid Unicode only (lone surrogates are refused, see EncryptorTest), supplementary planes included.
    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .list().ofMaxSize(40)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }
}
