package io.contactshield.benchmarks;

import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.crypto.Envelope;
import io.contactshield.serdes.crypto.RecordIdentity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many KMS calls a million envelopes cost: encrypts N records (default 1,000,000) spread
 * round robin over 10 tenants through the production stack ({@code Encryptor} over
 * {@code DataKeyCache} over {@code AwsKms}, against the KMS test server), decrypts every envelope
 * with a fresh {@code DecryptedKeyCache} as a consumer would, and prints the GenerateDataKey and
 * Decrypt calls the server counted, next to what the limits predict. Once with the production
 * limits, then with small message limits to show the rotation arithmetic.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.contactshield.benchmarks.KmsCallsPerMillion [records] [payload bytes]</pre>
 */
public final class KmsCallsPerMillion {

    private static final long SETTLE_MILLIS = 300;

    private KmsCallsPerMillion() {
    }

    public static void main(String[] args) throws InterruptedException {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int payloadBytes = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        System.out.printf("# %,d records of %,d bytes, round robin over %d tenants (%,d per tenant), purpose %s%n",
                records, payloadBytes, KmsFixture.TENANTS, records / KmsFixture.TENANTS, KmsFixture.PURPOSE);
        System.out.printf("# %-44s %9s %9s %9s %13s %9s %9s%n", "limits", "GDK", "expected", "Decrypt",
                "data keys", "GDK/1M", "Dec/1M");
        DataKeyLimits defaults = DataKeyLimits.defaults();
        run("defaults: 2^24 msgs soft, 2^25 hard, 75%", defaults, records, payloadBytes);
        run("100,000 msgs soft, 200,000 hard, 75%", defaults.withMessages(100_000, 200_000), records, payloadBytes);
        run("30,000 msgs soft, 60,000 hard, 75%", defaults.withMessages(30_000, 60_000), records, payloadBytes);
    }

    private static void run(String label, DataKeyLimits limits, int records, int payloadBytes)
            throws InterruptedException {
        byte[] plaintext = Records.payload(payloadBytes, 1);
        Set<String> dataKeys = new HashSet<>();
        long started = System.nanoTime();
        long generated;
        long decrypts;
        try (KmsFixture kms = KmsFixture.start();
                ContactShieldStack stack = new ContactShieldStack(kms, limits)) {
            List<String> tenants = kms.tenants;
            for (int i = 0; i < records; i++) {
                RecordIdentity identity = new RecordIdentity(tenants.get(i % tenants.size()),
                        "contact-" + (i % 50_000), "event-" + i);
                Envelope envelope = stack.encrypt(identity, plaintext);
                dataKeys.add(envelope.dataKeyId());
                // The consumer opens each envelope as it arrives: memory stays flat for any N.
                byte[] opened = stack.decrypt(identity, envelope.bytes());
                if (!Arrays.equals(opened, plaintext)) {
                    throw new IllegalStateException("Round trip failed at record " + i);
                }
            }
            // A refresh that started near the end runs in the background; let it reach the server.
            generated = settledCalls(kms, "GenerateDataKey");
            decrypts = kms.server.calls("Decrypt");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double perMillion = 1_000_000.0 / records;
        System.out.printf("  %-44s %9d %9d %9d %13d %9.1f %9.1f   (%.1f s, %,.0f round trips/s)%n", label, generated,
                expectedGenerateDataKey(limits, records), decrypts, dataKeys.size(), generated * perMillion,
                decrypts * perMillion, seconds, records / seconds);
    }

    /**
     * What the limits imply per tenant, for m records of one tenant and soft limit s: ceil(m/s) keys
     * are used; and the successor of the last one is generated in advance once it has served more
     * than floor(0.75 s) records (the refresh point), used or not.
     */
    static long expectedGenerateDataKey(DataKeyLimits limits, int records) {
        long perTenant = records / KmsFixture.TENANTS;
        long soft = limits.soft().messages();
        long used = (perTenant + soft - 1) / soft;
        long onLast = perTenant - (used - 1) * soft;
        long refreshPoint = (long) Math.floor(soft * limits.refreshAt());
        return KmsFixture.TENANTS * (used + (onLast > refreshPoint ? 1 : 0));
    }

    private static long settledCalls(KmsFixture kms, String operation) throws InterruptedException {
        long last = -1;
        long now = kms.server.calls(operation);
        while (now != last) {
            Thread.sleep(SETTLE_MILLIS);
            last = now;
            now = kms.server.calls(operation);
        }
        return now;
    }
}
