package io.contactshield.serdes.crypto;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the encrypting side keeps a data key: a soft limit, at which {@link DataKeyCache} moves
 * to a fresh key, and a hard limit, past which a key is never used, whatever the KMS says. A key
 * is rotated when ANY of messages, bytes or age reaches its limit.
 *
 * <p>A fresh key is generated in the background once the current one passes {@code refreshAt}
 * (a fraction) of any soft limit, and takes over when the current key reaches its soft limit, so
 * the hot path never waits for the KMS while the KMS answers. When it does not, the current key
 * stays in use past its soft limit until the hard limit; then encryption stops with a retriable
 * {@link KeyUnavailableException}.
 *
 * <p><b>Defaults, and why.</b>
 * <ul>
 *   <li><b>Messages: 2^24 (16,777,216) soft, 2^25 (33,554,432) hard.</b> Every record is sealed
 *   with AES-256-GCM under a fresh random 96-bit nonce. NIST SP 800-38D (8.3) caps random-nonce use
 *   at 2^32 messages per key, where the chance that two nonces collide (which would reveal the XOR
 *   of two plaintexts and the authentication key) is about n^2/2^97, i.e. 2^-33. At our hard limit
 *   it is about 2^-47, 16,384 times less; at the soft limit about 2^-49. Higher limits would save
 *   nothing that matters: at 10,000 records per second a tenant still rotates only every 28 minutes.
 *   Configured limits above 2^32 are rejected.</li>
 *   <li><b>Bytes: 64 GiB soft, 128 GiB hard.</b> It matches the message limit at a 4 KiB average
 *   record, so it bites only for large payloads, and it bounds how much data one leaked data key
 *   exposes. GCM's own bound on the total data per key (advantage about sigma^2/2^128 for sigma
 *   16-byte blocks) is negligible here: about 2^-62 at 128 GiB.</li>
 *   <li><b>Age: 1 hour soft, 4 hours hard.</b> The soft age bounds the time window one leaked data
 *   key exposes and how long a key lives in memory, and keeps KMS traffic at about one
 *   GenerateDataKey per tenant and purpose every 45 to 60 minutes (a successor is generated 15
 *   minutes ahead, and a key's age counts from its generation). The hard age is how long we keep encrypting
 *   with a key the KMS can no longer vouch for: with refresh starting at 45 minutes, it rides out a
 *   KMS disruption of at least three hours (regional KMS incidents on record lasted minutes to a
 *   few hours). Beyond that, stopping is cheap: Kafka keeps the input and nothing is lost or
 *   emitted in clear, while a day-long hard limit would keep encrypting for a tenant whose key may
 *   have been disabled or revoked hours ago.</li>
 *   <li><b>Refresh at 75%</b> of any soft limit: a quarter of the key's budget (15 minutes, 4
 *   million messages) for one background GenerateDataKey, with retries, to finish.</li>
 * </ul>
 *
 * @param soft when to move to a fresh key (the successor is prepared ahead)
 * @param hard when to stop using a key even though no successor could be had
 * @param refreshAt fraction of the soft limits at which the successor is generated, in (0, 1]
 */
public record DataKeyLimits(Limit soft, Limit hard, double refreshAt) {

    /** NIST SP 800-38D: at most 2^32 messages under one key with random 96-bit nonces. */
    public static final long MAX_MESSAGES_PER_KEY = 1L << 32;

    private static final DataKeyLimits DEFAULTS = new DataKeyLimits(
            new Limit(1L << 24, 64L << 30, Duration.ofHours(1)),
            new Limit(1L << 25, 128L << 30, Duration.ofHours(4)),
            0.75);

    /**
     * A bound on one data key's use; whichever of the three is reached first ends it.
     *
     * @param messages records encrypted under the key
     * @param bytes plaintext bytes encrypted under the key
     * @param age time since the key was generated
     */
    public record Limit(long messages, long bytes, Duration age) {

        public Limit {
            Objects.requireNonNull(age, "age");
            if (messages < 1 || bytes < 1 || age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("Data-key limits must be positive: messages="
                        + messages + ", bytes=" + bytes + ", age=" + age);
            }
            if (messages > MAX_MESSAGES_PER_KEY) {
                throw new IllegalArgumentException("At most 2^32 messages per data key with random 96-bit "
                        + "GCM nonces (NIST SP 800-38D), not " + messages);
            }
        }
    }

    public DataKeyLimits {
        Objects.requireNonNull(soft, "soft");
        Objects.requireNonNull(hard, "hard");
        if (hard.messages < soft.messages || hard.bytes < soft.bytes || hard.age.compareTo(soft.age) < 0) {
            throw new IllegalArgumentException("Hard data-key limits must not be below the soft ones: soft="
                    + soft + ", hard=" + hard);
        }
        if (!(refreshAt > 0 && refreshAt <= 1)) {
            throw new IllegalArgumentException("refreshAt must be in (0, 1], not " + refreshAt);
        }
    }

    /** 2^24 messages, 64 GiB, 1 hour soft; 2^25 messages, 128 GiB, 4 hours hard; refresh at 75%. */
    public static DataKeyLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with other soft and hard message limits. */
    public DataKeyLimits withMessages(long softMessages, long hardMessages) {
        return new DataKeyLimits(new Limit(softMessages, soft.bytes, soft.age),
                new Limit(hardMessages, hard.bytes, hard.age), refreshAt);
    }

    /** These limits with other soft and hard byte limits. */
    public DataKeyLimits withBytes(long softBytes, long hardBytes) {
        return new DataKeyLimits(new Limit(soft.messages, softBytes, soft.age),
                new Limit(hard.messages, hardBytes, hard.age), refreshAt);
    }

    /** These limits with other soft and hard age limits. */
    public DataKeyLimits withAge(Duration softAge, Duration hardAge) {
        return new DataKeyLimits(new Limit(soft.messages, soft.bytes, softAge),
                new Limit(hard.messages, hard.bytes, hardAge), refreshAt);
    }

    /** These limits with another refresh threshold. */
    public DataKeyLimits withRefreshAt(double fraction) {
        return new DataKeyLimits(soft, hard, fraction);
    }
}
