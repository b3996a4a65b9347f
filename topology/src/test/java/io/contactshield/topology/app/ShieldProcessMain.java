package io.contactshield.topology.app;

import io.contactshield.serdes.registry.MockSchemaRegistry;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs contact-shield in a JVM of its own from a properties file, for tests that kill it. It
 * registers the pipeline's schemas in its {@code mock://} registry in the order the test JVM did
 * (see {@link ShieldHarness#registerSchemas}), prints {@value #STARTED} once the application has
 * started, and runs until killed.
 */
public final class ShieldProcessMain {

    static final String STARTED = "CONTACT-SHIELD-STARTED";

    private ShieldProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        ContactShieldConfig config = ContactShieldConfig.load(Path.of(args[0]), Map.of());
        String url = (String) config.registry().get("schema.registry.url");
        ShieldHarness.registerSchemas(MockSchemaRegistry.forScope(url.substring("mock://".length())),
                config.getString(ContactShieldConfig.CONTACTS_TOPIC_CONFIG),
                config.getString(ContactShieldConfig.PROTECTED_TOPIC_CONFIG),
                config.getString(ContactShieldConfig.AUDIT_TOPIC_CONFIG),
                config.getString(ContactShieldConfig.DEAD_LETTER_TOPIC_CONFIG));
        ContactShieldApplication application = ContactShieldApplication.create(config);
        application.start();
        System.out.println(STARTED);
        System.out.flush();
        Thread.currentThread().join();
    }
}
