package io.contactshield.testkit.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority and one server certificate it signed, made at run time for
 * the embedded broker's SSL listener, written as PKCS12 files.
 *
 * <p>The server certificate names {@code 127.0.0.1} (IP address) and {@code localhost} (DNS name)
 * as subject alternative names, so clients keep hostname verification on
 * ({@code ssl.endpoint.identification.algorithm=https}, Kafka's default). Keys are EC P-256,
 * signatures SHA256withECDSA, made by the JDK's providers; Bouncy Castle only builds the
 * certificates. Validity: from an hour ago (clock skew) for {@link #VALIDITY}.
 *
 * <p>The keystore holds the server key with the chain (server, CA); the truststore holds the CA
 * certificate only, which is what a client needs. Both have the same random password, which is no
 * secret: the files live in the broker's temporary directory and die with it.
 */
final class TlsMaterial {

    static final String STORE_TYPE = "PKCS12";
    static final String KEY_ALIAS = "broker";
    static final String CA_ALIAS = "ca";
    static final Duration VALIDITY = Duration.ofDays(7);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final Path keystore;
    private final Path truststore;
    private final String password;
    private final X509Certificate caCertificate;
    private final X509Certificate serverCertificate;

    private TlsMaterial(Path keystore, Path truststore, String password, X509Certificate caCertificate,
            X509Certificate serverCertificate) {
        this.keystore = keystore;
        this.truststore = truststore;
        this.password = password;
        this.caCertificate = caCertificate;
        this.serverCertificate = serverCertificate;
    }

    /**
     * Generates the CA and the server certificate for {@code host} (an IP address literal, also
     * named) and {@code localhost}, and writes {@code broker.keystore.p12} and
     * {@code broker.truststore.p12} into {@code dir}.
     */
    static TlsMaterial generate(Path dir, String host) {
        SecureRandom random = new SecureRandom();
        try {
            Instant now = Instant.now();
            Instant notBefore = now.minus(Duration.ofHours(1));
            Instant notAfter = now.plus(VALIDITY);

            KeyPair caKeys = ecKeyPair(random);
            X500Name caName = new X500Name("CN=contact-shield testkit CA " + HexFormat.of().toHexDigits(random.nextInt()));
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caName, serial(random),
                    Date.from(notBefore), Date.from(notAfter), caName, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCertificate = sign(ca, caKeys.getPrivate());

            KeyPair serverKeys = ecKeyPair(random);
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCertificate, serial(random),
                    Date.from(notBefore), Date.from(notAfter), new X500Name("CN=" + host), serverKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.iPAddress, host),
                        new GeneralName(GeneralName.dNSName, "localhost")}))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(serverKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(caCertificate));
            X509Certificate serverCertificate = sign(server, caKeys.getPrivate());

            String password = HexFormat.of().formatHex(bytes(random, 16));
            Path keystore = dir.resolve("broker.keystore.p12");
            Path truststore = dir.resolve("broker.truststore.p12");
            KeyStore keys = emptyStore();
            keys.setKeyEntry(KEY_ALIAS, serverKeys.getPrivate(), password.toCharArray(),
                    new Certificate[] {serverCertificate, caCertificate});
            write(keys, keystore, password);
            KeyStore trust = emptyStore();
            trust.setCertificateEntry(CA_ALIAS, caCertificate);
            write(trust, truststore, password);
            return new TlsMaterial(keystore, truststore, password, caCertificate, serverCertificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Could not generate the embedded broker's TLS certificates", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the embedded broker's key and trust stores to " + dir, e);
        }
    }

    /** PKCS12 file with the server's private key and its chain (server, CA). */
    Path keystore() {
        return keystore;
    }

    /** PKCS12 file with the CA certificate as a trusted entry. */
    Path truststore() {
        return truststore;
    }

    /** Password of both stores and of the key entry. */
    String password() {
        return password;
    }

    X509Certificate caCertificate() {
        return caCertificate;
    }

    X509Certificate serverCertificate() {
        return serverCertificate;
    }

    private static KeyPair ecKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(64, random).add(BigInteger.ONE);
    }

    private static byte[] bytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(STORE_TYPE);
        store.load(null, null);
        return store;
    }

    private static void write(KeyStore store, Path file, String password) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }
}
