package io.contactshield.topology.cli;

import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.KeyScope;
import io.contactshield.schemas.OriginalRecord;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.crypto.DecryptedKeyCache;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.crypto.RecordIdentity;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.topology.app.ContactShieldConfig;
import io.contactshield.topology.pipeline.PipelineParts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Opens the envelopes of protected events and dead letters with the operator's own KMS
 * permissions (docs/pipeline.md, "Outputs"): a protected event's payload under the identity
 * (tenant, contact id, event id) and purpose {@code payload}; a dead letter's original under
 * (key tenant, contact id or "", dead-letter id) and purpose {@code dead-letter}, the key tenant
 * being the record's tenant for {@code TENANT} scope and {@code _quarantine} for {@code QUARANTINE}.
 * One KMS Decrypt per data key (cached). Built only by commands asked to decrypt.
 */
final class Originals implements AutoCloseable {

    private final Kms kms;
    private final DecryptedKeyCache keys;
    private final Decryptor decryptor;
    private final SpecificDatumReader<OriginalRecord> originalReader = new SpecificDatumReader<>(OriginalRecord.class);

    private Originals(Kms kms) {
        this.kms = kms;
        try {
            this.keys = DecryptedKeyCache.builder(kms).meterRegistry(new SimpleMeterRegistry()).build();
        } catch (RuntimeException e) {
            kms.close();
            throw e;
        }
        this.decryptor = new Decryptor(keys);
    }

    /**
     * The KMS of the configuration and a key cache over it.
     *
     * @throws RuntimeException if the KMS cannot be set up (its message says why)
     */
    static Originals create(ContactShieldConfig settings) {
        return new Originals(Kmses.create(settings.kms(), new SimpleMeterRegistry()));
    }

    /** A protected event's original input value: Confluent wire-format Avro or contact-record JSON. */
    byte[] open(ProtectedContactEvent event) {
        RecordIdentity identity = new RecordIdentity(event.getTenantId(), event.getContactId(), event.getEventId());
        return decryptor.decrypt(identity, RecordJson.bytes(event.getPayload().getEnvelope()));
    }

    /** A dead letter's original Kafka record. */
    OriginalRecord open(DeadLetter deadLetter) {
        if (deadLetter.getOriginal().getFormat() != PayloadFormat.ORIGINAL_RECORD) {
            throw new IllegalArgumentException("The dead letter's original is " + deadLetter.getOriginal().getFormat()
                    + ", not ORIGINAL_RECORD");
        }
        String keyTenant = deadLetter.getOriginal().getKeyScope() == KeyScope.TENANT
                ? Objects.requireNonNullElse(deadLetter.getTenantId(), "")
                : PipelineParts.QUARANTINE_TENANT;
        RecordIdentity identity = new RecordIdentity(keyTenant,
                Objects.requireNonNullElse(deadLetter.getContactId(), ""), deadLetter.getDeadLetterId());
        byte[] plaintext = decryptor.decrypt(identity, RecordJson.bytes(deadLetter.getOriginal().getEnvelope()));
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(plaintext, null);
            return originalReader.read(null, decoder);
        } catch (IOException e) {
            throw new UncheckedIOException("The decrypted original of dead letter " + deadLetter.getDeadLetterId()
                    + " is not an OriginalRecord", new IOException(e.getClass().getSimpleName()));
        }
    }

    @Override
    public void close() {
        keys.close();
        kms.close();
    }
}
