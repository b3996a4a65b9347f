package io.contactshield.serdes.consumer;

import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.crypto.DecryptedKeyCache;
import io.contactshield.serdes.crypto.DecryptionKeys;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.crypto.RecordIdentity;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.KmsConfig;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.serdes.registry.SchemaRegistryClient;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.serdes.registry.SchemaRegistryClients;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What a downstream consumer with KMS permissions uses to read {@code contacts.protected}: reads
 * the {@link ProtectedContactEvent}, decrypts its payload with the record's own identity (tenant,
 * contact id, event id) as associated data, and, for Avro payloads, decodes the original
 * {@link ContactEvent} through the schema registry.
 *
 * <p>One KMS Decrypt per data key, not per record: decrypted data keys are cached
 * ({@link DecryptedKeyCache}), bounded, dropped when idle and unwrapped again after a maximum age.
 *
 * <p>Failures are exceptions that name the reason, never garbage:
 * {@link io.contactshield.serdes.crypto.EnvelopeAuthenticationException} when the ciphertext does
 * not belong to this record or was altered; {@link io.contactshield.serdes.crypto.MalformedEnvelopeException}
 * for a broken envelope; {@link io.contactshield.serdes.kms.KmsException} when the KMS refuses
 * ({@code retriable()} says whether waiting helps: a revoked or disabled key does not); a
 * {@link SerializationException} for bytes that are not a protected event. Messages hold ids, never
 * payload.
 *
 * <p>Built by Kafka from configuration ({@link ProtectedEventDeserializerConfig}: schema registry,
 * {@code kms.*}, {@code decrypt.cache.*}; metrics go to Micrometer's global registry), or given its
 * parts. Values only; thread-safe once configured.
 */
public class ProtectedEventDeserializer implements Deserializer<DecryptedContactEvent> {

    private volatile Parts parts;

    /** Builds everything from {@link #configure(Map, boolean)}. */
    public ProtectedEventDeserializer() {
    }

    /**
     * Uses {@code registry} and {@code keys}, which the caller owns and closes; works without
     * {@link #configure(Map, boolean)}.
     */
    public ProtectedEventDeserializer(SchemaRegistryClient registry, DecryptionKeys keys) {
        Objects.requireNonNull(registry, "registry");
        this.parts = new Parts(new AvroDeserializer<>(registry, ProtectedContactEvent.class),
                new AvroDeserializer<>(registry, ContactEvent.class), new Decryptor(keys), List.of());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (isKey) {
            throw new IllegalArgumentException("ProtectedEventDeserializer reads record values, not keys");
        }
        if (parts != null) {
            return; // built from its parts: nothing to configure
        }
        parts = build(new ProtectedEventDeserializerConfig(configs), Metrics.globalRegistry);
    }

    /** Builds the registry client, the KMS stack and the key cache that this instance then owns. */
    private static Parts build(ProtectedEventDeserializerConfig config, MeterRegistry meters) {
        List<AutoCloseable> owned = new ArrayList<>();
        try {
            SchemaRegistryClient registry = SchemaRegistryClients.create(
                    new SchemaRegistryClientConfig(config.originals()), null);
            owned.add(registry);
            Kms kms = Kmses.create(new KmsConfig(config.originals()), meters);
            owned.add(kms);
            DecryptedKeyCache keys = DecryptedKeyCache.builder(kms)
                    .maximumSize(config.cacheMaxSize())
                    .idleExpiry(config.cacheIdle())
                    .maxAge(config.cacheMaxAge())
                    .meterRegistry(meters)
                    .build();
            owned.add(0, keys); // closed first: it wipes keys before the KMS goes
            return new Parts(new AvroDeserializer<>(registry, ProtectedContactEvent.class),
                    new AvroDeserializer<>(registry, ContactEvent.class), new Decryptor(keys), owned);
        } catch (RuntimeException e) {
            closeAll(owned);
            throw e;
        }
    }

    @Override
    public DecryptedContactEvent deserialize(String topic, byte[] data) {
        if (data == null) {
            return null; // a tombstone
        }
        Parts p = parts;
        if (p == null) {
            throw new IllegalStateException("ProtectedEventDeserializer used before configure()");
        }
        ProtectedContactEvent event = p.events.deserialize(topic, data);
        RecordIdentity identity = new RecordIdentity(event.getTenantId(), event.getContactId(), event.getEventId());
        byte[] plaintext = p.decryptor.decrypt(identity, bytesOf(event.getPayload().getEnvelope()));
        ContactEvent original = event.getPayload().getFormat() == PayloadFormat.CONFLUENT_AVRO
                ? p.originals.deserialize(topic, plaintext)
                : null;
        return new DecryptedContactEvent(event, plaintext, original);
    }

    @Override
    public void close() {
        Parts p = parts;
        if (p != null) {
            closeAll(p.owned);
        }
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        byte[] bytes = new byte[view.remaining()];
        view.get(bytes);
        return bytes;
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // One part failing to close must not leave the others open.
            }
        }
    }

    private record Parts(AvroDeserializer<ProtectedContactEvent> events, AvroDeserializer<ContactEvent> originals,
            Decryptor decryptor, List<AutoCloseable> owned) {
    }
}
