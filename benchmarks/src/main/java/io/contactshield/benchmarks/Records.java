package io.contactshield.benchmarks;

import io.contactshield.serdes.crypto.RecordIdentity;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Record identities and payloads shaped like the pipeline's, from a fixed seed. */
final class Records {

    private Records() {
    }

    /**
     * {@code count} identities: tenants drawn at random (a topic interleaves them), contact ids
     * like a CRM's, event ids as UUIDs. Distinct events, so every envelope's associated data differs
     * as in production; a fixed seed, so every run and every contender sees the same records.
     */
    static RecordIdentity[] identities(List<String> tenants, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RecordIdentity[] identities = new RecordIdentity[count];
        for (int i = 0; i < count; i++) {
            String tenant = tenants.get(random.nextInt(tenants.size()));
            String contact = String.format("contact-%07d", random.nextInt(10_000_000));
            String event = new UUID(random.nextLong(), random.nextLong()).toString();
            identities[i] = new RecordIdentity(tenant, contact, event);
        }
        return identities;
    }

    /** A payload of {@code bytes} random bytes: AES-GCM's cost does not depend on the content. */
    static byte[] payload(int bytes, long seed) {
        byte[] payload = new byte[bytes];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < bytes; i++) {
            payload[i] = (byte) random.nextInt(256);
        }
        return payload;
    }
}
