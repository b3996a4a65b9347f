package io.contactshield.serdes.consumer;

import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.EncryptedPayload;
import io.contactshield.schemas.KeyScope;
import io.contactshield.schemas.PayloadFormat;
import io.contactshield.schemas.ProtectedContactEvent;
import io.contactshield.serdes.avro.AvroSerializer;
import io.contactshield.serdes.crypto.DataKeyCache;
import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.crypto.Encryptor;
import io.contactshield.serdes.crypto.Envelope;
import io.contactshield.serdes.crypto.RecordIdentity;
import io.contactshield.serdes.kms.KmsConfig;
import io.contactshield.serdes.kms.Kmses;
import io.contactshield.serdes.kms.TenantKeys;
import io.contactshield.serdes.registry.SchemaRegistryClientConfig;
import io.contactshield.testkit.kms.KmsTestServer;
import io.contactshield.testkit.kms.KmsTestServerExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes protected events the way the pipeline will: the original in the Confluent wire format,
 * encrypted with the record's identity, inside a {@link ProtectedContactEvent}. Everything goes
 * through the real KMS path (AWS SDK against the KMS test server) and a mock:// registry.
 */
final class ProtectedEvents implements AutoCloseable {

    static final String PURPOSE = "payload";

    /** Aliases are unique per server; the server lives as long as the test class. */
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Map<String, Object> config;
    private final List<KmsTestServer.Key> tenantKeys = new ArrayList<>();
    private final DataKeyCache keys;
    private final Encryptor encryptor;
    private final AvroSerializer<ContactEvent> originals = new AvroSerializer<>();
    private final AvroSerializer<ProtectedContactEvent> protectedEvents = new AvroSerializer<>();

    /** One KMS key per tenant, {@code tenant-0 ... tenant-(n-1)}, each behind an alias. */
    ProtectedEvents(KmsTestServerExtension kms, String registryScope, int tenants, DataKeyLimits limits) {
        this.config = consumerConfig(kms, registryScope);
        Map<String, String> byTenant = new HashMap<>();
        int instance = INSTANCES.incrementAndGet();
        for (int t = 0; t < tenants; t++) {
            KmsTestServer.Key key = kms.server().createKey();
            tenantKeys.add(key);
            String alias = "alias/run-" + instance + "-tenant-" + t;
            kms.server().createAlias(alias, key.keyId());
            byTenant.put("tenant-" + t, alias);
        }
        this.keys = DataKeyCache.builder(Kmses.create(config, new SimpleMeterRegistry()),
                        new TenantKeys(byTenant, Optional.empty()))
                .limits(limits)
                .build();
        this.encryptor = new Encryptor(keys);
        originals.configure(config, false);
        protectedEvents.configure(config, false);
    }

    /** What a consumer configures: registry and KMS, nothing else. */
    static Map<String, Object> consumerConfig(KmsTestServerExtension kms, String registryScope) {
        return Map.of(
                SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG, "mock://" + registryScope,
                KmsConfig.KMS_REGION_CONFIG, kms.region(),
                KmsConfig.KMS_ENDPOINT_CONFIG, kms.endpoint().toString(),
                KmsConfig.KMS_ACCESS_KEY_ID_CONFIG, "AKIAIOSFODNN7EXAMPLE",
                KmsConfig.KMS_SECRET_ACCESS_KEY_CONFIG, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    /** The KMS key of {@code tenant-t}. */
    KmsTestServer.Key tenantKey(int t) {
        return tenantKeys.get(t);
    }

    Map<String, Object> config() {
        return config;
    }

    static ContactEvent contact(int i, int tenants) {
        return ContactEvent.newBuilder()
                .setEventId("event-" + i)
                .setTenantId("tenant-" + (i % tenants))
                .setContactId("contact-" + (i / 3))
                .setEventTime(Instant.ofEpochMilli(1_780_000_000_000L + i))
                .setChannel(Channel.CHAT)
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress("+1415555" + (1000 + i % 9000)).build())
                .setAgentNotes("Caller " + i + " asked about invoice " + (i * 7))
                .build();
    }

    /** The protected event's bytes on {@code contacts.protected}. */
    byte[] protect(ContactEvent event) {
        byte[] original = originals.serialize("contacts.raw", event);
        Envelope envelope = encryptor.encrypt(
                new RecordIdentity(event.getTenantId(), event.getContactId(), event.getEventId()), PURPOSE, original);
        return protectedEvents.serialize("contacts.protected", protectedEvent(event, envelope));
    }

    static ProtectedContactEvent protectedEvent(ContactEvent event, Envelope envelope) {
        return ProtectedContactEvent.newBuilder()
                .setEventId(event.getEventId())
                .setTenantId(event.getTenantId())
                .setContactId(event.getContactId())
                .setProtectedAt(Instant.ofEpochMilli(1_780_000_000_000L))
                .setContact(event) // the tokenized view in real life; not what these tests look at
                .setPayload(EncryptedPayload.newBuilder()
                        .setFormat(PayloadFormat.CONFLUENT_AVRO)
                        .setKeyScope(KeyScope.TENANT)
                        .setKmsKeyId(envelope.kmsKeyId())
                        .setDataKeyId(envelope.dataKeyId())
                        .setEnvelope(ByteBuffer.wrap(envelope.bytes()))
                        .build())
                .setFindings(List.of())
                .build();
    }

    AvroSerializer<ProtectedContactEvent> protectedSerializer() {
        return protectedEvents;
    }

    @Override
    public void close() {
        keys.close();
        originals.close();
        protectedEvents.close();
    }
}
