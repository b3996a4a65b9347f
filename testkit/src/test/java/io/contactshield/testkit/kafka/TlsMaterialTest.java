package io.contactshield.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsMaterialTest {

    @TempDir
    Path dir;

    @Test
    void serverCertificateNamesTheLoopbackAddressAndLocalhost() throws Exception {
        TlsMaterial tls = TlsMaterial.generate(dir, "127.0.0.1");

        // 7 = iPAddress, 2 = dNSName (RFC 5280 GeneralName tags)
        assertThat(tls.serverCertificate().getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(7, "127.0.0.1"), List.of(2, "localhost"));
        assertThat(tls.serverCertificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(tls.caCertificate().getBasicConstraints()).isZero();
    }

    @Test
    void keystoreHoldsTheServerKeyWithItsChain() throws Exception {
        TlsMaterial tls = TlsMaterial.generate(dir, "127.0.0.1");

        KeyStore keys = load(tls.keystore(), tls.password());
        Certificate[] chain = keys.getCertificateChain(TlsMaterial.KEY_ALIAS);

        assertThat(keys.getKey(TlsMaterial.KEY_ALIAS, tls.password().toCharArray())).isInstanceOf(PrivateKey.class);
        assertThat(chain).containsExactly(tls.serverCertificate(), tls.caCertificate());
        assertThatCode(() -> tls.serverCertificate().verify(tls.caCertificate().getPublicKey())).doesNotThrowAnyException();
    }

    @Test
    void truststoreTrustsTheServerCertificateThroughTheCa() throws Exception {
        TlsMaterial tls = TlsMaterial.generate(dir, "127.0.0.1");

        KeyStore trust = load(tls.truststore(), tls.password());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        X509TrustManager manager = (X509TrustManager) factory.getTrustManagers()[0];

        assertThat(trust.size()).isEqualTo(1);
        assertThat(trust.isCertificateEntry(TlsMaterial.CA_ALIAS)).isTrue();
        assertThatCode(() -> manager.checkServerTrusted(
                new X509Certificate[] {tls.serverCertificate(), tls.caCertificate()}, "ECDHE_ECDSA"))
                .doesNotThrowAnyException();
    }

    @Test
    void everyCallMakesANewCa() {
        TlsMaterial first = TlsMaterial.generate(dir, "127.0.0.1");

        TlsMaterial second = TlsMaterial.generate(createDirectory(dir.resolve("other")), "127.0.0.1");

        assertThat(second.caCertificate().getPublicKey()).isNotEqualTo(first.caCertificate().getPublicKey());
        assertThat(second.password()).isNotEqualTo(first.password());
    }

    private static Path createDirectory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
