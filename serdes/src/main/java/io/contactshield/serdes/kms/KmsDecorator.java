package io.contactshield.serdes.kms;

import static io.contactshield.serdes.kms.KmsOperations.DECRYPT;
import static io.contactshield.serdes.kms.KmsOperations.DESCRIBE_KEY;
import static io.contactshield.serdes.kms.KmsOperations.ENCRYPT;
import static io.contactshield.serdes.kms.KmsOperations.GENERATE_DATA_KEY;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link Kms} that adds behaviour around every call of another: each operation goes through
 * {@link #call(String, Supplier)} with its KMS name, so a decorator says once what it adds and
 * cannot forget an operation.
 */
abstract class KmsDecorator implements Kms {

    protected final Kms delegate;

    KmsDecorator(Kms delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Runs {@code call}, the delegate's {@code operation} (GenerateDataKey, Decrypt, ...). */
    abstract <T> T call(String operation, Supplier<T> call);

    @Override
    public final DataKey generateDataKey(String keyId, Map<String, String> encryptionContext) {
        return call(GENERATE_DATA_KEY, () -> delegate.generateDataKey(keyId, encryptionContext));
    }

    @Override
    public final PlaintextKey decrypt(String keyId, byte[] encryptedKey, Map<String, String> encryptionContext) {
        return call(DECRYPT, () -> delegate.decrypt(keyId, encryptedKey, encryptionContext));
    }

    @Override
    public final byte[] encrypt(String keyId, byte[] plaintext, Map<String, String> encryptionContext) {
        return call(ENCRYPT, () -> delegate.encrypt(keyId, plaintext, encryptionContext));
    }

    @Override
    public final String describeKey(String keyId) {
        return call(DESCRIBE_KEY, () -> delegate.describeKey(keyId));
    }

    @Override
    public void close() {
        delegate.close();
    }
}
