package io.contactshield.topology.pipeline;

import io.contactshield.serdes.kms.DataKey;
import io.contactshield.serdes.kms.Kms;
import io.contactshield.serdes.kms.KmsException;
import io.contactshield.serdes.kms.PlaintextKey;
import java.util.Map;

/** A KMS that can be switched to answer every call as unavailable, as a KMS outage does. */
final class FailingKms implements Kms {

    private final Kms delegate;
    volatile boolean failing;

    FailingKms(Kms delegate) {
        this.delegate = delegate;
    }

    private void check(String operation) {
        if (failing) {
            throw new KmsException(KmsException.Reason.UNAVAILABLE, operation, "test outage");
        }
    }

    @Override
    public DataKey generateDataKey(String keyId, Map<String, String> encryptionContext) {
        check("GenerateDataKey");
        return delegate.generateDataKey(keyId, encryptionContext);
    }

    @Override
    public PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        check("Decrypt");
        return delegate.decrypt(keyId, encryptedKey, encryptionContext);
    }

    @Override
    public byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
        check("Encrypt");
        return delegate.encrypt(keyId, plaintext, encryptionContext);
    }

    @Override
    public String describeKey(String keyId) {
        check("DescribeKey");
        return delegate.describeKey(keyId);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
