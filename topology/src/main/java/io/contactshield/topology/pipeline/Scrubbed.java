package io.contactshield.topology.pipeline;

/**
 * Exception text that may be written to a dead letter, an audit event or a log.
 *
 * <p>contact-shield's own exceptions are written never to hold a value from a record, so their
 * messages are kept. An exception thrown from anywhere else (a library, the JDK) may quote what it
 * choked on, so only its class name is kept. "Thrown by contact-shield" is read from the top
 * frame of the stack trace, which is where the exception was created.
 */
final class Scrubbed {

    private static final String OWN_PACKAGE = "io.contactshield.";

    private Scrubbed() {
    }

    static String message(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2_000; t = t.getCause()) {
            if (text.length() > 0) {
                text.append("; caused by ");
            }
            text.append(t.getClass().getName());
            if (ownThrow(t) && t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }

    private static boolean ownThrow(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith(OWN_PACKAGE);
    }
}
