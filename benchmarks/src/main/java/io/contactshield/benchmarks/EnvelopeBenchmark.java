package io.contactshield.benchmarks;

import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.crypto.Envelope;
import io.contactshield.serdes.crypto.RecordIdentity;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Envelope encryption and decryption per record: contact-shield's production path, the AWS
 * Encryption SDK (the alternative we would otherwise use), and raw AES-256-GCM (the floor), on the
 * same payloads and record identities, in one run. See BENCHMARKS.md for how to run it and what it
 * found.
 *
 * <p>Each contender's state prints the bytes its messages cost ({@code # overhead ...} lines), so
 * the overhead figures come from the run. The KMS test server's call counts are printed when a
 * trial ends ({@code # KMS calls ...}): a handful per trial, i.e. the caches work and no record
 * waits for KMS once warm.
 *
 * <p>Decryption benchmarks open envelopes made in the trial's set-up, with fresh decrypt-side
 * caches: the first records of the warm-up pay the KMS Decrypt calls, as a consumer's first records
 * do.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
// A fixed heap: the decrypt states hold 1,024 messages of up to 16 KiB per contender, and a heap
// that grows during measurement would add its own noise.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EnvelopeBenchmark {

    /** Records per set; a power of two, so that the cursor wraps with a mask. */
    static final int RECORDS = 1024;

    private static final long SEED = 20_250_101L;

    /** The payload and the records it belongs to. */
    @State(Scope.Benchmark)
    public static class Payload {

        @Param({"1024", "16384"})
        public int payloadBytes;

        byte[] plaintext;
        /** Records of all tenants, interleaved at random as on a shared topic. */
        RecordIdentity[] identities;
        /** Records of the first tenant only, to show what switching data keys costs. */
        RecordIdentity[] oneTenant;

        @Setup(Level.Trial)
        public void setUp(Kms kms) {
            plaintext = Records.payload(payloadBytes, SEED);
            identities = Records.identities(kms.fixture.tenants, RECORDS, SEED);
            oneTenant = Records.identities(kms.fixture.tenants.subList(0, 1), RECORDS, SEED);
        }
    }

    /** The KMS test server and its tenants' keys, for one trial. */
    @State(Scope.Benchmark)
    public static class Kms {

        KmsFixture fixture;

        @Setup(Level.Trial)
        public void setUp() {
            fixture = KmsFixture.start();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            // On a line of its own: JMH has printed "Iteration N: " and waits for the score.
            System.out.println(System.lineSeparator() + "# KMS calls in this trial: " + fixture.server.calls());
            fixture.close();
        }
    }

    /** Which record comes next, per thread. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        int next() {
            int current = next;
            next = (current + 1) & (RECORDS - 1);
            return current;
        }
    }

    /** contact-shield with production defaults, and envelopes of every record for the decrypt side. */
    @State(Scope.Benchmark)
    public static class ContactShield {

        ContactShieldStack stack;
        byte[][] envelopes;
        byte[][] oneTenantEnvelopes;

        @Setup(Level.Trial)
        public void setUp(Kms kms, Payload payload) {
            stack = new ContactShieldStack(kms.fixture, DataKeyLimits.defaults());
            envelopes = new byte[RECORDS][];
            oneTenantEnvelopes = new byte[RECORDS][];
            for (int i = 0; i < RECORDS; i++) {
                envelopes[i] = stack.encrypt(payload.identities[i], payload.plaintext).bytes();
                oneTenantEnvelopes[i] = stack.encrypt(payload.oneTenant[i], payload.plaintext).bytes();
            }
            report(stack.overhead(payload.identities[0], payload.plaintext));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            stack.close();
        }
    }

    /** The AWS Encryption SDK, and its messages of every record for the decrypt side. */
    @State(Scope.Benchmark)
    public static class Esdk {

        EsdkStack stack;
        byte[][] messages;

        @Setup(Level.Trial)
        public void setUp(Kms kms, Payload payload) {
            stack = new EsdkStack(kms.fixture);
            messages = new byte[RECORDS][];
            for (int i = 0; i < RECORDS; i++) {
                messages[i] = stack.encrypt(payload.identities[i], payload.plaintext);
            }
            report(stack.overhead(payload.identities[0], payload.plaintext));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            stack.close();
        }
    }

    /** One AES-256 key and the messages of every record for the decrypt side. */
    @State(Scope.Benchmark)
    public static class Raw {

        RawAesGcm aes;
        byte[][] messages;
        /** Per record, the key of its tenant: the records' tenants, as indexes. */
        int[] keyIndexes;

        @Setup(Level.Trial)
        public void setUp(Payload payload, Kms kms) {
            aes = new RawAesGcm(KmsFixture.TENANTS);
            keyIndexes = new int[RECORDS];
            for (int i = 0; i < RECORDS; i++) {
                keyIndexes[i] = kms.fixture.tenants.indexOf(payload.identities[i].tenantId());
            }
            Cipher cipher = RawAesGcm.newCipher();
            messages = new byte[RECORDS][];
            for (int i = 0; i < RECORDS; i++) {
                messages[i] = aes.encrypt(cipher, payload.plaintext);
            }
            report(aes.overhead(cipher, payload.plaintext));
        }
    }

    /** The floor keeps one Cipher per thread, as the Encryptor and Decryptor do. */
    @State(Scope.Thread)
    public static class ThreadCipher {

        final Cipher cipher = RawAesGcm.newCipher();
    }

    // Set-up runs after JMH printed "Iteration 1: "; a line of its own keeps the figure greppable.
    static void report(Overhead overhead) {
        System.out.println(System.lineSeparator() + overhead.line());
    }

    @Benchmark
    public Envelope contactShieldEncrypt(ContactShield contactShield, Payload payload, Cursor cursor) {
        return contactShield.stack.encrypt(payload.identities[cursor.next()], payload.plaintext);
    }

    @Benchmark
    public byte[] contactShieldDecrypt(ContactShield contactShield, Payload payload, Cursor cursor) {
        int i = cursor.next();
        return contactShield.stack.decrypt(payload.identities[i], contactShield.envelopes[i]);
    }

    /**
     * As {@link #contactShieldEncrypt} with every record of one tenant: one data key, so the
     * thread's Cipher keeps its AES key schedule from record to record, as the floor's does.
     */
    @Benchmark
    public Envelope contactShieldEncryptOneTenant(ContactShield contactShield, Payload payload, Cursor cursor) {
        return contactShield.stack.encrypt(payload.oneTenant[cursor.next()], payload.plaintext);
    }

    @Benchmark
    public byte[] contactShieldDecryptOneTenant(ContactShield contactShield, Payload payload, Cursor cursor) {
        int i = cursor.next();
        return contactShield.stack.decrypt(payload.oneTenant[i], contactShield.oneTenantEnvelopes[i]);
    }

    @Benchmark
    public byte[] esdkEncrypt(Esdk esdk, Payload payload, Cursor cursor) {
        return esdk.stack.encrypt(payload.identities[cursor.next()], payload.plaintext);
    }

    @Benchmark
    public byte[] esdkDecrypt(Esdk esdk, Payload payload, Cursor cursor) {
        int i = cursor.next();
        return esdk.stack.decrypt(payload.identities[i], esdk.messages[i]);
    }

    @Benchmark
    public byte[] rawAesGcmEncrypt(Raw raw, Payload payload, ThreadCipher cipher) {
        return raw.aes.encrypt(cipher.cipher, payload.plaintext);
    }

    /**
     * The floor when consecutive records belong to different tenants, as in
     * {@link #contactShieldEncrypt}: one Cipher, the key of each record's tenant. Not a contender:
     * it shows what re-initialising a Cipher with another key costs (the AES key schedule).
     */
    @Benchmark
    public byte[] rawAesGcmEncryptKeySwitch(Raw raw, Payload payload, ThreadCipher cipher, Cursor cursor) {
        return raw.aes.encrypt(cipher.cipher, raw.keyIndexes[cursor.next()], payload.plaintext);
    }

    @Benchmark
    public byte[] rawAesGcmDecrypt(Raw raw, ThreadCipher cipher, Cursor cursor) {
        return raw.aes.decrypt(cipher.cipher, raw.messages[cursor.next()]);
    }
}
