package io.contactshield.topology.protect;

/**
 * Told how long each phase of {@link RecordProtector#protect} took, for metrics. Called on the
 * protecting thread; implementations must be cheap and must not throw.
 */
public interface ProtectionTimer {

    /** Does nothing. */
    ProtectionTimer NONE = new ProtectionTimer() {
        @Override
        public void classified(long nanos) {
        }

        @Override
        public void applied(long nanos) {
        }
    };

    /** Classification of one event took {@code nanos}. */
    void classified(long nanos);

    /** Applying the policy (tokenizing, masking, hashing) to one event's findings took {@code nanos}. */
    void applied(long nanos);
}
