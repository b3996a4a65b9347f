package io.contactshield.serdes.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import org.apache.avro.AvroRuntimeException;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void aFieldPathIsKeptOnlyWhenTheMessageEndsWithOne() {
        assertThat(Redaction.fieldPath("value x (a java.lang.String) cannot be cast to expected type int at Payment.amount"))
                .isEqualTo(" at Payment.amount");
        assertThat(Redaction.fieldPath("value meet at noon (a java.lang.String) cannot be cast to expected type int"))
                .isEmpty();
        assertThat(Redaction.fieldPath(null)).isEmpty();
    }

    @Test
    void aWrappingAvroExceptionLosesItsMessageButKeepsItsRedactedCause() {
        AvroRuntimeException wrapper = new AvroRuntimeException(new IllegalArgumentException("Invalid UUID string: 4111"));

        Redaction.RedactedException redacted = Redaction.reading(wrapper);

        assertThat(redacted.getMessage()).isEqualTo(AvroRuntimeException.class.getName() + ": " + Redaction.WITHHELD);
        assertThat(redacted.getCause().getMessage())
                .isEqualTo(IllegalArgumentException.class.getName() + ": " + Redaction.WITHHELD);
    }

    @Test
    void aDecoderMessageAboutLengthsIsKept() {
        EOFException eof = new EOFException("Attempted to read 10 bytes, but only 3 bytes are available");

        assertThat(Redaction.reading(eof).getMessage()).endsWith("Attempted to read 10 bytes, but only 3 bytes are available");
        assertThat(Redaction.reading(eof).getStackTrace()).isEqualTo(eof.getStackTrace());
    }
}
