package io.contactshield.benchmarks;

import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.crypto.RecordIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Cipher;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.utils.internals.ByteBufferOutputStream;

/**
 * Prints the bytes a protected message costs beyond its payload, for the three contenders of
 * {@link EnvelopeBenchmark} and a few payload sizes, measured on real messages made against the KMS
 * test server (the same lines the benchmark's set-up prints).
 *
 * <p>Then what remains of that overhead once Kafka compresses a batch of such records with its
 * default codec levels (zstd 3, lz4 9): the header of every envelope under one data key is the same
 * bytes, so batch compression removes most of it; nonces, tags and ciphertext do not compress.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.EnvelopeOverhead</pre>
 */
public final class EnvelopeOverhead {

    private static final int[] PAYLOAD_BYTES = {0, 1024, 16 * 1024, 64 * 1024};

    /** Records per batch: a producer batch of 1 KiB records at Kafka's default batch.size (16 KiB)
     *  holds about 13; larger batches (batch.size 128 KiB and up) are common at volume. */
    private static final int[] BATCH_RECORDS = {13, 100};

    private static final int BATCH_PAYLOAD_BYTES = 1024;

    // Record batch format v2, the only one Kafka 4 writes.
    private static final byte MAGIC_V2 = 2;

    private EnvelopeOverhead() {
    }

    public static void main(String[] args) {
        try (KmsFixture kms = KmsFixture.start();
                ContactShieldStack contactShield = new ContactShieldStack(kms, DataKeyLimits.defaults());
                EsdkStack esdk = new EsdkStack(kms)) {
            RawAesGcm raw = new RawAesGcm();
            Cipher cipher = RawAesGcm.newCipher();
            RecordIdentity identity = Records.identities(kms.tenants, 1, 1)[0];
            System.out.println("# record identity " + identity);
            for (int bytes : PAYLOAD_BYTES) {
                byte[] payload = Records.payload(bytes, bytes);
                System.out.println(contactShield.overhead(identity, payload).line());
                System.out.println(esdk.overhead(identity, payload).line());
                System.out.println(raw.overhead(cipher, payload).line());
            }

            byte[] payload = Records.payload(BATCH_PAYLOAD_BYTES, 2);
            for (int records : BATCH_RECORDS) {
                RecordIdentity[] identities = Records.identities(kms.tenants, records, records);
                System.out.printf("# compressed batch of %d records of %d B, %d tenants at random: overhead per record%n",
                        records, BATCH_PAYLOAD_BYTES, kms.tenants.size());
                compressed("contact-shield v1", identities, payload, id -> contactShield.encrypt(id, payload).bytes());
                compressed("AWS Encryption SDK 3.x", identities, payload, id -> esdk.encrypt(id, payload));
                compressed("raw AES-256-GCM", identities, payload, id -> raw.encrypt(cipher, payload));
            }
        }
    }

    private static void compressed(String variant, RecordIdentity[] identities, byte[] payload,
            Function<RecordIdentity, byte[]> protect) {
        List<byte[]> values = new ArrayList<>();
        for (RecordIdentity identity : identities) {
            values.add(protect.apply(identity));
        }
        int records = identities.length;
        System.out.printf("# compressed %-24s none %4d B, zstd-3 %4d B, lz4-9 %4d B%n", variant,
                perRecord(compress(values, Compression.NONE), records, payload),
                perRecord(compress(values, Compression.zstd().level(3).build()), records, payload),
                perRecord(compress(values, Compression.lz4().level(9).build()), records, payload));
    }

    /**
     * The values through Kafka's own codec streams, as a producer compresses a batch. Record framing
     * (lengths, offsets, keys) is left out: it is the same whatever protects the values.
     */
    private static int compress(List<byte[]> values, Compression compression) {
        ByteBufferOutputStream buffer = new ByteBufferOutputStream(64 * 1024);
        try (OutputStream out = compression.wrapForOutput(buffer, MAGIC_V2)) {
            for (byte[] value : values) {
                out.write(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.position();
    }

    // The payloads are random, so their ciphertexts cannot shrink: what compression saves comes
    // out of the overhead alone.
    private static int perRecord(int batchBytes, int records, byte[] payload) {
        return Math.round((float) batchBytes / records) - payload.length;
    }
}
