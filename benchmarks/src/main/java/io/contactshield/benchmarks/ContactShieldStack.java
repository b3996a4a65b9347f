package io.contactshield.benchmarks;

import io.contactshield.serdes.crypto.DataKeyCache;
import io.contactshield.serdes.crypto.DataKeyLimits;
import io.contactshield.serdes.crypto.DecryptedKeyCache;
import io.contactshield.serdes.crypto.Decryptor;
import io.contactshield.serdes.crypto.Encryptor;
import io.contactshield.serdes.crypto.Envelope;
import io.contactshield.serdes.crypto.RecordIdentity;
import io.contactshield.serdes.kms.AwsKms;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The production path, wired as the pipeline wires it: {@link Encryptor} over {@link DataKeyCache}
 * over {@link AwsKms}, and on the consumer side {@link Decryptor} over {@link DecryptedKeyCache}
 * over its own {@link AwsKms} (a consumer is another process with its own client).
 */
final class ContactShieldStack implements AutoCloseable {

    final Encryptor encryptor;
    final Decryptor decryptor;
    private final AwsKms producerKms;
    private final AwsKms consumerKms;
    private final DataKeyCache encryptionKeys;
    private final DecryptedKeyCache decryptionKeys;

    ContactShieldStack(KmsFixture kms, DataKeyLimits limits) {
        this.producerKms = kms.awsKms();
        this.consumerKms = kms.awsKms();
        // A registry per cache: each cache registers its own meters, and the global registry would
        // keep the meters of every trial of the JVM.
        this.encryptionKeys = DataKeyCache.builder(producerKms, kms.tenantKeys())
                .limits(limits)
                .meterRegistry(new SimpleMeterRegistry())
                .build();
        this.decryptionKeys = DecryptedKeyCache.builder(consumerKms)
                .meterRegistry(new SimpleMeterRegistry())
                .build();
        this.encryptor = new Encryptor(encryptionKeys);
        this.decryptor = new Decryptor(decryptionKeys);
    }

    Envelope encrypt(RecordIdentity identity, byte[] plaintext) {
        return encryptor.encrypt(identity, KmsFixture.PURPOSE, plaintext);
    }

    byte[] decrypt(RecordIdentity identity, byte[] envelope) {
        return decryptor.decrypt(identity, envelope);
    }

    /** What one envelope of {@code plaintext} costs in bytes, measured on a real envelope. */
    Overhead overhead(RecordIdentity identity, byte[] plaintext) {
        byte[] envelope = encrypt(identity, plaintext).bytes();
        int encryptedKeyBytes = Decryptor.parseHeader(envelope).encryptedKey().length;
        return new Overhead("contact-shield v1", plaintext.length, envelope.length, encryptedKeyBytes);
    }

    @Override
    public void close() {
        encryptionKeys.close();
        decryptionKeys.close();
        producerKms.close();
        consumerKms.close();
    }
}
