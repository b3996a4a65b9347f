package io.contactshield.testkit.kms;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class its own {@link KmsTestServer}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KmsTestServerExtension KMS = new KmsTestServerExtension();
 *
 * @Test
 * void generates() {
 *     KmsTestServer.Key key = KMS.server().createKey();
 *     ... endpointOverride(KMS.endpoint()), region(Region.of(KMS.region())) ...
 * }
 * }</pre>
 *
 * <p>One server per test class (it starts in milliseconds), closed after the class, so that the
 * switches and counters of one class never leak into another. Before each test the faults are
 * cleared and the call counters reset; keys and aliases are kept for the whole class. Register it
 * on a {@code static} field.
 */
public final class KmsTestServerExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final String region;
    private volatile KmsTestServer server;

    /** A server in {@value KmsTestServer#DEFAULT_REGION}. */
    public KmsTestServerExtension() {
        this(KmsTestServer.DEFAULT_REGION);
    }

    public KmsTestServerExtension(String region) {
        this.region = region;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = KmsTestServer.start(region);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        KmsTestServer s = server();
        s.clearFaults();
        s.resetCalls();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        KmsTestServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
    }

    /** The server of the running test class. */
    public KmsTestServer server() {
        KmsTestServer s = server;
        if (s == null) {
            throw new IllegalStateException("KMS test server not started: register KmsTestServerExtension on a static field"
                    + " with @RegisterExtension, and use it from tests or @BeforeAll/@BeforeEach methods");
        }
        return s;
    }

    /** {@code http://127.0.0.1:PORT}, for the SDK's {@code endpointOverride}. */
    public URI endpoint() {
        return server().endpoint();
    }

    public String region() {
        return region;
    }
}
