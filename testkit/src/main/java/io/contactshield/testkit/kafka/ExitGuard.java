package io.contactshield.testkit.kafka;

import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Kafka's {@code Exit.exit}/{@code Exit.halt} from ending the JVM while embedded brokers run.
 *
 * <p>A broker calls them on a fatal fault (e.g. a log dir failure or a metadata error), which would
 * kill a surefire/failsafe fork or the demo without a trace. While at least one broker holds the
 * guard, they log the request at ERROR and throw {@link KafkaExitException} in the calling Kafka
 * thread instead. The last release resets Kafka's default procedures (Kafka offers no way to read
 * the procedure in force, so one set by someone else while a broker runs is reset too).
 */
final class ExitGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);

    private static int holders; // guarded by ExitGuard.class

    private ExitGuard() {
    }

    static synchronized void acquire() {
        if (holders++ == 0) {
            Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
            Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
        }
    }

    static synchronized void release() {
        if (holders == 0) {
            return;
        }
        if (--holders == 0) {
            Exit.resetExitProcedure();
            Exit.resetHaltProcedure();
        }
    }

    private static void refuse(String kind, int status, String message) {
        KafkaExitException e = new KafkaExitException(kind, status, message);
        LOG.error("Embedded Kafka requested the JVM to {}; refused", kind, e);
        throw e;
    }

    /** What an embedded broker's request to exit or halt the JVM throws instead. */
    static final class KafkaExitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KafkaExitException(String kind, int status, String message) {
            super("Kafka called Exit." + kind + "(" + status + (message == null ? "" : ", " + message) + ")");
        }
    }
}
