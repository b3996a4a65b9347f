package io.contactshield.serdes.crypto;

/**
 * The bytes are not an envelope this reader can parse: empty, truncated, an unknown format version
 * or algorithm, a length outside its bound or beyond the end, or a data-key id that is not derived
 * from the encrypted data key. The message names the field, the offset and the sizes.
 */
public class MalformedEnvelopeException extends EnvelopeException {

    private static final long serialVersionUID = 1L;

    MalformedEnvelopeException(String reason) {
        super("Malformed envelope: " + reason, null);
    }
}
