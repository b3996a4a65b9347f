package io.contactshield.serdes.avro;

import java.io.EOFException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.AvroTypeException;
import org.apache.avro.SystemLimitException;

/**
 * Keeps record data out of exception messages.
 *
 * <p>Avro and conversions quote values in some messages: {@code UnresolvedUnionException} prints
 * the datum, the writer's type errors print the value, a UUID conversion prints the string. Such
 * a message would reach logs and dead letters through the cause chain. So a failure from inside
 * Avro is replaced by a {@link RedactedException} that keeps the original type and stack trace,
 * and its message only when the type is known to say nothing but lengths, indexes, types and
 * schema names.
 */
final class Redaction {
    static final String WITHHELD = "(message withheld: it may quote record data)";

    /**
     * Decoder and resolver failures: they report lengths, indexes, type, class and schema names.
     * (A SecurityException is Avro refusing to load a generated class from an untrusted package.)
     */
    private static final Set<Class<?>> SAFE_WHEN_READING = Set.of(
            EOFException.class,
            SystemLimitException.class,
            AvroTypeException.class,
            AvroRuntimeException.class,
            ArrayIndexOutOfBoundsException.class,
            IndexOutOfBoundsException.class,
            NegativeArraySizeException.class,
            SecurityException.class,
            StackOverflowError.class);

    /**
     * Writer failures whose message is free of values: Avro's null-field message is a field path
     * ("null value for (non-nullable) string at Payment.reference"). Its cast message is not: it
     * quotes the value ("value 4111... (a java.lang.String) cannot be cast to expected type int at
     * Payment.amount"), so only the trailing field path of a cast failure is kept.
     */
    private static final Set<Class<?>> SAFE_WHEN_WRITING = Set.of(NullPointerException.class);

    private static final Set<Class<?>> PATH_ONLY_WHEN_WRITING = Set.of(ClassCastException.class);

    /** A dotted Avro field path and nothing else: no spaces, no quotes, no value can pass. */
    private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private Redaction() {}

    static RedactedException reading(Throwable t) {
        return redact(t, SAFE_WHEN_READING, Set.of());
    }

    static RedactedException writing(Throwable t) {
        return redact(t, SAFE_WHEN_WRITING, PATH_ONLY_WHEN_WRITING);
    }

    private static RedactedException redact(Throwable t, Set<Class<?>> safe, Set<Class<?>> pathOnly) {
        // Avro's wrapping constructors make the message the cause's toString(), which the safe list
        // does not vouch for; the cause is redacted on its own below.
        boolean wraps = t instanceof AvroRuntimeException && t.getCause() != null;
        boolean keep = safe.contains(t.getClass()) && !wraps && t.getMessage() != null;
        String message = keep ? t.getMessage() : WITHHELD;
        if (!keep && pathOnly.contains(t.getClass())) {
            message += fieldPath(t.getMessage());
        }
        RedactedException redacted = new RedactedException(t.getClass().getName() + ": " + message,
                t.getCause() == null ? null : redact(t.getCause(), safe, pathOnly));
        redacted.setStackTrace(t.getStackTrace());
        return redacted;
    }

    /** " at Payment.amount" when the message ends with Avro's " at <field path>", else "". */
    static String fieldPath(String message) {
        if (message == null) {
            return "";
        }
        int at = message.lastIndexOf(" at ");
        if (at < 0) {
            return "";
        }
        String path = message.substring(at + 4);
        return FIELD_PATH.matcher(path).matches() ? " at " + path : "";
    }

    /** Stands in for a failure whose message was checked or withheld. */
    static final class RedactedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedactedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
