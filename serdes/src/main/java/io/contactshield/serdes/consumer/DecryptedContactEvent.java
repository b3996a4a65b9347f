package io.contactshield.serdes.consumer;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;

/**
 * A protected event with its original payload decrypted.
 *
 * @param protectedEvent the event as published: tokens, masks and the envelope
 * @param plaintext the original payload exactly as the producer wrote it (for
 *     {@link PayloadFormat#CONFLUENT_AVRO}, Confluent wire-format bytes; for
 *     {@link PayloadFormat#CONNECT_CTR_JSON}, UTF-8 JSON)
 * @param original the original decoded through the schema registry, for Avro payloads; null for
 *     other formats
 */
public record DecryptedContactEvent(ProtectedContactEvent protectedEvent, byte[] plaintext, ContactEvent original) {

    public PayloadFormat format() {
        return protectedEvent.getPayload().getFormat();
    }

    /** Ids and sizes only: the plaintext is personal data and never belongs in a log line. */
    @Override
    public String toString() {
        return "DecryptedContactEvent[tenant=" + protectedEvent.getTenantId()
                + ", contact=" + protectedEvent.getContactId()
                + ", event=" + protectedEvent.getEventId()
                + ", format=" + format()
                + ", plaintext=" + plaintext.length + " bytes, redacted]";
    }
}
