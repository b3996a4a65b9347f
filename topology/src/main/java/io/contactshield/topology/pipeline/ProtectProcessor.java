package io.contactshield.topology.pipeline;

import io.contactshield.schemas.AuditAction;
import io.contactshield.schemas.AuditEvent;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.DeadLetter;
import io.contactshield.schemas.DeadLetterReason;
import io.contactshield.schemas.EncryptedPayload;
import io.contactshield.schemas.KeyScope;
import io.contactshield.schemas.OriginalRecord;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.schemas.RecordHeader;
import io.contactshield.schemas.SourceRecord;
import io.contactshield.serdes.avro.AvroDeserializer;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.Envelope;
import io.contactshield.serdes.crypto.KeyUnavailableException;
import io.contactshield.serdes.crypto.RecordIdentity;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.UnknownTenantException;
import io.contactshield.serdes.registry.SchemaRegistryException;
import io.contactshield.serdes.registry.SchemaRegistryNotFoundException;
import io.contactshield.topology.connect.ContactRecord;
import io.contactshield.topology.connect.ContactRecordException;
import io.contactshield.topology.protect.ProtectedContact;
import io.contactshield.topology.tokenize.KeyringException;
import io.contactshield.topology.tokenize.TokenKeyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The one step of the pipeline: decodes an input record, protects it and emits, serialized, its
 * protected event and audit event, or its dead letter and audit event, or (for an exact repeat of
 * a contact record) its audit event alone. All of one input's outputs are forwarded within its
 * {@code process} call, so under exactly-once they commit together or not at all.
 *
 * <p>Two kinds of failure, kept apart on purpose:
 * <ul>
 *   <li>What is wrong with the record (bad bytes, unknown schema, unmappable JSON, unknown tenant,
 *       a policy that cannot be applied, a KMS key the KMS refuses) gives a dead letter, so one bad
 *       record never stops the stream.</li>
 *   <li>What is wrong with a dependency (no data key to be had because the KMS is down past the
 *       cache's hard limit, the schema registry unreachable, the keyring unreadable) is thrown.
 *       The task fails, its transaction aborts, and {@link RetryingUncaughtExceptionHandler}
 *       replaces the stream thread after a backoff, which resumes from the last commit: nothing
 *       is written for the record, nothing is skipped.</li>
 * </ul>
 *
 * <p>Nothing this class writes holds a value from a record other than its ids: messages come from
 * {@link Scrubbed}, and ids in dead letters and failure audits must look like ids.
 */
final class ProtectProcessor implements Processor<byte[], byte[], String, Output> {

    static final String PAYLOAD_PURPOSE = "payload";
    static final String DEAD_LETTER_PURPOSE = "dead-letter";
    static final String DEDUPE_STORE = "connect-record-dedupe";

    // Producer-chosen ids of records that failed are shown only when they look like ids, so a
    // record with a phone number in its contact id field leaks nothing through its dead letter.
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

    private final InputFormat format;
    private final PipelineParts parts;
    private ProcessorContext<String, Output> context;
    private WindowStore<String, Long> dedupe;
    private AvroDeserializer<ContactEvent> contacts;
    private AvroSerializer<ProtectedContactEvent> protectedEvents;
    private AvroSerializer<AuditEvent> auditEvents;
    private AvroSerializer<DeadLetter> deadLetters;
    private final SpecificDatumWriter<OriginalRecord> originalWriter = new SpecificDatumWriter<>(OriginalRecord.class);
    private BinaryEncoder encoder;

    ProtectProcessor(InputFormat format, PipelineParts parts) {
        this.format = format;
        this.parts = parts;
    }

    @Override
    public void init(ProcessorContext<String, Output> context) {
        this.context = context;
        if (format == InputFormat.CONNECT_CTR) {
            this.dedupe = context.getStateStore(DEDUPE_STORE);
        }
        this.contacts = new AvroDeserializer<>(parts.registry(), ContactEvent.class);
        this.protectedEvents = new AvroSerializer<>(parts.registry());
        this.auditEvents = new AvroSerializer<>(parts.registry());
        this.deadLetters = new AvroSerializer<>(parts.registry());
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        long started = System.nanoTime();
        RecordMetadata metadata = context.recordMetadata()
                .orElseThrow(() -> new IllegalStateException("A protected record must come from a topic"));
        SourceRecord source = new SourceRecord(metadata.topic(), metadata.partition(), metadata.offset(),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()));
        try {
            Decoded decoded = decode(record, source);
            if (decoded.dedupeKey() != null && seenBefore(decoded.dedupeKey(), record.timestamp())) {
                emitDuplicate(record, decoded.event(), source);
            } else {
                emitProtected(record, decoded, source);
                if (decoded.dedupeKey() != null) {
                    dedupe.put(decoded.dedupeKey(), record.timestamp(), record.timestamp());
                }
            }
        } catch (Rejected rejected) {
            emitDeadLetter(record, source, rejected);
        }
        long now = parts.clock().millis();
        parts.metrics().recordProcessed(System.nanoTime() - started, record.timestamp(), now);
    }

    @Override
    public void close() {
        // The serializers and deserializer share the injected registry client, which they do not own.
        contacts.close();
        protectedEvents.close();
        auditEvents.close();
        deadLetters.close();
    }

    private record Decoded(ContactEvent event, String dedupeKey) {
    }

    private Decoded decode(Record<byte[], byte[]> record, SourceRecord source) throws Rejected {
        byte[] value = record.value();
        if (value == null) {
            throw new Rejected(DeadLetterReason.MALFORMED_BYTES, "The record has no value (a tombstone)");
        }
        Decoded decoded = format == InputFormat.AVRO ? decodeAvro(source.getTopic(), value) : decodeConnect(value);
        ContactEvent event = decoded.event();
        if (event.getContactId().isEmpty() || event.getEventId().isEmpty()) {
            throw new Rejected(DeadLetterReason.SCHEMA_MISMATCH, "The event has an empty contactId or eventId")
                    .ids(event);
        }
        if (event.getTenantId().isEmpty()) {
            throw new Rejected(DeadLetterReason.MISSING_TENANT, "The event names no tenant").ids(event);
        }
        if (!parts.tenantKeys().knows(event.getTenantId())) {
            throw new Rejected(DeadLetterReason.UNKNOWN_TENANT,
                    "The event's tenant has no KMS key in the configuration").ids(event);
        }
        for (Map.Entry<String, String> id : Map.of("contactId", event.getContactId(), "eventId", event.getEventId())
                .entrySet()) {
            Optional<String> type = parts.protector().personalDataIn(id.getValue());
            if (type.isPresent()) {
                throw new Rejected(DeadLetterReason.POLICY_ERROR, "The event's " + id.getKey() + " holds what looks"
                        + " like personal data (" + type.get() + "); ids are written in clear, so it cannot be"
                        + " protected").ids(event);
            }
        }
        return decoded;
    }

    private Decoded decodeAvro(String topic, byte[] value) throws Rejected {
        if (value.length < 5 || value[0] != 0) {
            throw new Rejected(DeadLetterReason.MALFORMED_BYTES, "The value (" + value.length
                    + " bytes) is not in the Confluent wire format (magic byte 0, 4-byte schema id)");
        }
        try {
            return new Decoded(contacts.deserialize(topic, value), null);
        } catch (SerializationException e) {
            if (causedBy(e, SchemaRegistryNotFoundException.class)) {
                throw new Rejected(DeadLetterReason.UNKNOWN_SCHEMA, e.getMessage());
            }
            if (causedBy(e, SchemaRegistryException.class)) {
                // The registry is down or refuses us: no record is at fault. Fail the task and retry.
                throw e;
            }
            // The deserializer's messages name topics, schema ids and names, lengths: never values.
            // A decoding failure has a (redacted) cause; a schema that cannot be read has none.
            throw new Rejected(e.getCause() != null ? DeadLetterReason.MALFORMED_BYTES : DeadLetterReason.SCHEMA_MISMATCH,
                    e.getMessage());
        }
    }

    private Decoded decodeConnect(byte[] value) throws Rejected {
        try {
            ContactRecord mapped = parts.connectMapper().map(value);
            return new Decoded(mapped.event(), mapped.dedupeKey());
        } catch (ContactRecordException e) {
            DeadLetterReason reason = switch (e.reason()) {
                case MISSING_TENANT -> DeadLetterReason.MISSING_TENANT;
                case UNKNOWN_TENANT -> DeadLetterReason.UNKNOWN_TENANT;
                case UNMAPPABLE_JSON -> DeadLetterReason.UNMAPPABLE_JSON;
            };
            Rejected rejected = new Rejected(reason, e.getMessage());
            rejected.contactId = safeId(e.contactId());
            throw rejected;
        }
    }

    private boolean seenBefore(String dedupeKey, long timestamp) {
        long retention = parts.dedupeRetention().toMillis();
        long from = Math.max(0, timestamp - retention);
        try (KeyValueIterator<Windowed<String>, Long> seen = dedupe.backwardFetch(dedupeKey, dedupeKey,
                Instant.ofEpochMilli(from), Instant.ofEpochMilli(timestamp + retention))) {
            return seen.hasNext();
        }
    }

    private void emitProtected(Record<byte[], byte[]> record, Decoded decoded, SourceRecord source) throws Rejected {
        ContactEvent event = decoded.event();
        String tenantId = event.getTenantId();
        ProtectedContact protectedContact;
        try {
            protectedContact = parts.protector().protect(tenantId, event);
        } catch (TokenKeyException e) {
            throw new Rejected(DeadLetterReason.POLICY_ERROR, e.getMessage()).ids(event);
        } catch (KeyUnavailableException | KeyringException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Rejected(DeadLetterReason.POLICY_ERROR, Scrubbed.message(e)).ids(event);
        }
        Envelope envelope;
        try {
            envelope = encrypt(new RecordIdentity(tenantId, event.getContactId(), event.getEventId()),
                    PAYLOAD_PURPOSE, record.value());
        } catch (UnknownTenantException e) {
            throw new Rejected(DeadLetterReason.UNKNOWN_TENANT, "The event's tenant has no KMS key").ids(event);
        } catch (KmsException e) {
            Rejected rejected = new Rejected(DeadLetterReason.PROCESSING_ERROR,
                    "The KMS refused the tenant's key: " + e.reason()).ids(event);
            rejected.tenantKeyRefused = true;
            throw rejected;
        } catch (IllegalArgumentException e) {
            // The Encryptor's own refusal (a payload over its limit); its message names sizes only.
            throw new Rejected(DeadLetterReason.PROCESSING_ERROR, Scrubbed.message(e)).ids(event);
        }
        long now = parts.clock().millis();
        ProtectedContactEvent protectedEvent = ProtectedContactEvent.newBuilder()
                .setEventId(event.getEventId())
                .setTenantId(tenantId)
                .setContactId(event.getContactId())
                .setProtectedAt(Instant.ofEpochMilli(now))
                .setContact(protectedContact.contact())
                .setPayload(new EncryptedPayload(format.payloadFormat(), KeyScope.TENANT, envelope.kmsKeyId(),
                        envelope.dataKeyId(), ByteBuffer.wrap(envelope.bytes())))
                .setFindings(protectedContact.summary())
                .setTokenKeyVersion(protectedContact.tokenKeyVersion())
                .build();
        byte[] protectedBytes = protectedEvents.serialize(parts.topics().protectedContacts(), protectedEvent);
        if (protectedBytes.length > parts.maxRecordBytes()) {
            throw new Rejected(DeadLetterReason.PROCESSING_ERROR, "The protected event is " + protectedBytes.length
                    + " bytes, more than the " + parts.maxRecordBytes() + " an output record may have").ids(event);
        }
        Map<String, String> details = new TreeMap<>();
        details.put("format", format.payloadFormat().name());
        details.put("payloadBytes", Integer.toString(record.value().length));
        AuditEvent audit = audit(AuditAction.PROTECTED, source)
                .setTenantId(tenantId)
                .setContactId(event.getContactId())
                .setEventId(event.getEventId())
                .setFindings(protectedContact.findings())
                .setSummary(protectedContact.summary())
                .setKmsKeyId(envelope.kmsKeyId())
                .setDataKeyId(envelope.dataKeyId())
                .setKeyScope(KeyScope.TENANT)
                .setTokenKeyVersion(protectedContact.tokenKeyVersion())
                .setDetails(details)
                .build();
        byte[] auditBytes = auditEvents.serialize(parts.topics().audit(), audit);
        String key = event.getContactId();
        context.forward(new Record<>(key, new Output(Output.Kind.PROTECTED, protectedBytes), record.timestamp()));
        context.forward(new Record<>(key, new Output(Output.Kind.AUDIT, auditBytes), record.timestamp()));
        parts.metrics().protectedEvent(format, tenantId, protectedContact.summary());
    }

    private void emitDuplicate(Record<byte[], byte[]> record, ContactEvent event, SourceRecord source) {
        AuditEvent audit = audit(AuditAction.DUPLICATE_DROPPED, source)
                .setTenantId(event.getTenantId())
                .setContactId(event.getContactId())
                .setEventId(event.getEventId())
                .setReason("DUPLICATE")
                .build();
        byte[] auditBytes = auditEvents.serialize(parts.topics().audit(), audit);
        context.forward(new Record<>(event.getContactId(), new Output(Output.Kind.AUDIT, auditBytes),
                record.timestamp()));
        parts.metrics().duplicate(format, event.getTenantId());
    }

    private void emitDeadLetter(Record<byte[], byte[]> record, SourceRecord source, Rejected rejected) {
        String deadLetterId = UUID.nameUUIDFromBytes(("dead-letter|" + source.getTopic() + "|" + source.getPartition()
                + "|" + source.getOffset()).getBytes(StandardCharsets.UTF_8)).toString();
        byte[] original = original(record);
        boolean tenantKey = rejected.tenantId != null && parts.tenantKeys().knows(rejected.tenantId)
                && !rejected.tenantKeyRefused;
        String keyTenant = tenantKey ? rejected.tenantId : PipelineParts.QUARANTINE_TENANT;
        String contactId = rejected.contactId == null ? "" : rejected.contactId;
        Envelope envelope;
        try {
            envelope = encrypt(new RecordIdentity(keyTenant, contactId, deadLetterId), DEAD_LETTER_PURPOSE, original);
        } catch (KmsException | UnknownTenantException e) {
            if (!tenantKey) {
                // The quarantine key itself is refused: nothing may be written in clear, and a dead
                // letter that cannot be sealed cannot be written. Stop, so an operator fixes the key.
                throw new KeyUnavailableException("The KMS refused the quarantine key", null);
            }
            keyTenant = PipelineParts.QUARANTINE_TENANT;
            tenantKey = false;
            envelope = encrypt(new RecordIdentity(keyTenant, contactId, deadLetterId), DEAD_LETTER_PURPOSE, original);
        }
        KeyScope scope = tenantKey ? KeyScope.TENANT : KeyScope.QUARANTINE;
        long now = parts.clock().millis();
        DeadLetter deadLetter = DeadLetter.newBuilder()
                .setDeadLetterId(deadLetterId)
                .setEventTime(Instant.ofEpochMilli(now))
                .setReason(rejected.reason)
                .setMessage(rejected.getMessage())
                .setTenantId(rejected.tenantId)
                .setContactId(rejected.contactId)
                .setEventId(rejected.eventId)
                .setSource(source)
                .setOriginal(new EncryptedPayload(PayloadFormat.ORIGINAL_RECORD, scope, envelope.kmsKeyId(),
                        envelope.dataKeyId(), ByteBuffer.wrap(envelope.bytes())))
                .setAttempts(attempts(record) + 1)
                .setApplication(parts.application())
                .build();
        byte[] deadLetterBytes = deadLetters.serialize(parts.topics().deadLetters(), deadLetter);
        Map<String, String> details = new TreeMap<>();
        details.put("message", rejected.getMessage());
        details.put("deadLetterId", deadLetterId);
        AuditEvent audit = audit(AuditAction.DEAD_LETTERED, source)
                .setTenantId(rejected.tenantId)
                .setContactId(rejected.contactId)
                .setEventId(rejected.eventId)
                .setReason(rejected.reason.name())
                .setKmsKeyId(envelope.kmsKeyId())
                .setDataKeyId(envelope.dataKeyId())
                .setKeyScope(scope)
                .setDetails(details)
                .build();
        byte[] auditBytes = auditEvents.serialize(parts.topics().audit(), audit);
        context.forward(new Record<>(rejected.contactId, new Output(Output.Kind.DEAD_LETTER, deadLetterBytes),
                record.timestamp()));
        context.forward(new Record<>(rejected.contactId, new Output(Output.Kind.AUDIT, auditBytes), record.timestamp()));
        parts.metrics().deadLettered(format, rejected.tenantId, rejected.reason);
    }

    private Envelope encrypt(RecordIdentity identity, String purpose, byte[] plaintext) {
        long started = System.nanoTime();
        Envelope envelope;
        try {
            envelope = parts.encryptor().encrypt(identity, purpose, plaintext);
        } catch (KmsException e) {
            if (e.reason().retriable()) {
                throw new KeyUnavailableException("No data key for the record: the KMS is " + e.reason(), e);
            }
            throw e;
        }
        parts.metrics().encrypted(System.nanoTime() - started, plaintext.length);
        return envelope;
    }

    private AuditEvent.Builder audit(AuditAction action, SourceRecord source) {
        String auditId = UUID.nameUUIDFromBytes(("audit|" + source.getTopic() + "|" + source.getPartition() + "|"
                + source.getOffset()).getBytes(StandardCharsets.UTF_8)).toString();
        return AuditEvent.newBuilder()
                .setAuditId(auditId)
                .setEventTime(Instant.ofEpochMilli(parts.clock().millis()))
                .setAction(action)
                .setSource(source)
                .setApplication(parts.application());
    }

    // The record as read, so a replay can produce it again byte for byte. Avro binary, no header.
    private byte[] original(Record<byte[], byte[]> record) {
        List<RecordHeader> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new RecordHeader(header.key(),
                    header.value() == null ? null : ByteBuffer.wrap(header.value())));
        }
        OriginalRecord original = new OriginalRecord(
                record.key() == null ? null : ByteBuffer.wrap(record.key()),
                record.value() == null ? null : ByteBuffer.wrap(record.value()),
                headers,
                Instant.ofEpochMilli(Math.max(0, record.timestamp())));
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                64 + (record.value() == null ? 0 : record.value().length));
        try {
            encoder = EncoderFactory.get().binaryEncoder(out, encoder);
            originalWriter.write(original, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode an OriginalRecord", e);
        }
        return out.toByteArray();
    }

    private static int attempts(Record<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(ContactShieldTopology.DEAD_LETTER_ATTEMPTS_HEADER);
        if (header == null || header.value() == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(new String(header.value(), StandardCharsets.US_ASCII).trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The id, if it looks like an id and the detectors find no personal data in it; else null. */
    private String safeId(String id) {
        return id != null && SAFE_ID.matcher(id).matches() && parts.protector().personalDataIn(id).isEmpty() ? id : null;
    }

    /** A record that cannot be protected, and what is known of it. Its message holds no value. */
    private final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        final DeadLetterReason reason;
        String tenantId;
        String contactId;
        String eventId;
        boolean tenantKeyRefused;

        Rejected(DeadLetterReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        Rejected ids(ContactEvent event) {
            tenantId = safeId(event.getTenantId());
            contactId = safeId(event.getContactId());
            eventId = safeId(event.getEventId());
            return this;
        }
    }
}
