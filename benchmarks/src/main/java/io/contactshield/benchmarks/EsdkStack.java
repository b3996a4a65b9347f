package io.contactshield.benchmarks;

import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CommitmentPolicy;
import com.amazonaws.encryptionsdk.CryptoAlgorithm;
import com.amazonaws.encryptionsdk.CryptoMaterialsManager;
import com.amazonaws.encryptionsdk.CryptoResult;
import com.amazonaws.encryptionsdk.ParsedCiphertext;
import com.amazonaws.encryptionsdk.caching.CachingCryptoMaterialsManager;
import com.amazonaws.encryptionsdk.caching.LocalCryptoMaterialsCache;
import com.amazonaws.encryptionsdk.kmssdkv2.KmsMasterKeyProvider;
import io.contactshield.serdes.crypto.RecordIdentity;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The yardstick: the AWS Encryption SDK for Java 3.x set up as fast as it goes for this job.
 *
 * <ul>
 *   <li>Suite {@code ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY} under
 *   {@code RequireEncryptRequireDecrypt}: key commitment, no ECDSA signature (the default, signing
 *   suite signs every message: issue 3 recorded about 1,000 messages/s against 48,000).</li>
 *   <li>A caching CMM ({@link CachingCryptoMaterialsManager} over a {@link LocalCryptoMaterialsCache})
 *   per tenant, over a strict {@link KmsMasterKeyProvider} (AWS SDK v2) of the tenant's key. This is
 *   the legacy path of 3.x, and the only one that reuses data keys: the 3.x KMS keyring calls KMS
 *   for every message. Limits as contact-shield's defaults: 2^24 messages, 64 GiB, one hour.</li>
 *   <li>Encryption context {@code {"tenant": t, "purpose": "payload"}}: the same context
 *   contact-shield gives KMS. The record's contact and event ids are NOT in it: the ESDK stores the
 *   context in every message (more bytes) and the caching CMM keys its cache by it (a data key per
 *   record, a KMS call per record). contact-shield binds them in the associated data for free.</li>
 *   <li>Decryption checks that the message's context names the expected tenant, as the ESDK leaves
 *   that to the caller; contact-shield's decryptor checks the tenant (and the record) itself.</li>
 * </ul>
 */
final class EsdkStack implements AutoCloseable {

    static final CryptoAlgorithm SUITE = CryptoAlgorithm.ALG_AES_256_GCM_HKDF_SHA512_COMMIT_KEY;

    private static final int CACHE_CAPACITY = 100;

    private final AwsCrypto crypto;
    private final KmsClient producerClient;
    private final KmsClient consumerClient;
    private final Map<String, CryptoMaterialsManager> encryptCmms = new HashMap<>();
    private final Map<String, CryptoMaterialsManager> decryptCmms = new HashMap<>();
    private final Map<String, Map<String, String>> contexts = new HashMap<>();

    EsdkStack(KmsFixture kms) {
        this.crypto = AwsCrypto.builder()
                .withCommitmentPolicy(CommitmentPolicy.RequireEncryptRequireDecrypt)
                .withEncryptionAlgorithm(SUITE)
                .build();
        this.producerClient = kms.kmsClient();
        this.consumerClient = kms.kmsClient();
        // One cache per side, shared by the tenants' CMMs (each CMM has its own partition), as one
        // producer and one consumer process would have.
        LocalCryptoMaterialsCache producerCache = new LocalCryptoMaterialsCache(CACHE_CAPACITY);
        LocalCryptoMaterialsCache consumerCache = new LocalCryptoMaterialsCache(CACHE_CAPACITY);
        kms.keyArnByTenant.forEach((tenant, arn) -> {
            encryptCmms.put(tenant, cachingCmm(provider(producerClient, arn), producerCache));
            decryptCmms.put(tenant, cachingCmm(provider(consumerClient, arn), consumerCache));
            contexts.put(tenant, Map.of("tenant", tenant, "purpose", KmsFixture.PURPOSE));
        });
    }

    private static KmsMasterKeyProvider provider(KmsClient client, String keyArn) {
        // Every region gets the client pointed at the test server; the keys all live in its region.
        return KmsMasterKeyProvider.builder()
                .customRegionalClientSupplier(region -> client)
                .buildStrict(keyArn);
    }

    private static CryptoMaterialsManager cachingCmm(KmsMasterKeyProvider provider, LocalCryptoMaterialsCache cache) {
        return CachingCryptoMaterialsManager.newBuilder()
                .withMasterKeyProvider(provider)
                .withCache(cache)
                .withMaxAge(1, TimeUnit.HOURS)
                .withMessageUseLimit(1L << 24)
                .withByteUseLimit(64L << 30)
                .build();
    }

    byte[] encrypt(RecordIdentity identity, byte[] plaintext) {
        String tenant = identity.tenantId();
        return crypto.encryptData(encryptCmms.get(tenant), plaintext, contexts.get(tenant)).getResult();
    }

    byte[] decrypt(RecordIdentity identity, byte[] message) {
        String tenant = identity.tenantId();
        CryptoResult<byte[], ?> result = crypto.decryptData(decryptCmms.get(tenant), message);
        if (!tenant.equals(result.getEncryptionContext().get("tenant"))) {
            throw new IllegalStateException("An ESDK message of another tenant");
        }
        return result.getResult();
    }

    /** What one message of {@code plaintext} costs in bytes, measured on a real message. */
    Overhead overhead(RecordIdentity identity, byte[] plaintext) {
        byte[] message = encrypt(identity, plaintext);
        int encryptedKeyBytes = new ParsedCiphertext(message).getEncryptedKeyBlobs().get(0).getEncryptedDataKeyLen();
        return new Overhead("AWS Encryption SDK 3.x", plaintext.length, message.length, encryptedKeyBytes);
    }

    @Override
    public void close() {
        producerClient.close();
        consumerClient.close();
    }
}
