package io.contactshield.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * An invented tenant of the demo: its id, the KMS key that protects it (a name for the local KMS)
 * and the Amazon Connect instance its contact records come from.
 */
record DemoTenant(String id, String region, String awsAccountId, String instanceId, String kmsKeyId) {

    static final int MAX = 8;
    static final String QUARANTINE_KEY = "alias/contact-shield-quarantine";

    private static final String[][] KNOWN = {
        {"acme", "eu-west-2", "111122223333", "0a1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d"},
        {"globex", "us-east-1", "444455556666", "1b2c3d4e-5f6a-4b7c-9d0e-1f2a3b4c5d6e"},
        {"initech", "us-west-2", "777788889999", "2c3d4e5f-6a7b-4c8d-8e1f-2a3b4c5d6e7f"},
        {"umbrella", "eu-central-1", "123456789012", "3d4e5f6a-7b8c-4d9e-9f2a-3b4c5d6e7f80"},
        {"hooli", "us-west-1", "210987654321", "4e5f6a7b-8c9d-4e0f-8a3b-4c5d6e7f8091"},
        {"stark", "us-east-2", "135792468013", "5f6a7b8c-9d0e-4f1a-9b4c-5d6e7f8091a2"},
        {"wonka", "eu-west-1", "246813579024", "6a7b8c9d-0e1f-4a2b-8c5d-6e7f8091a2b3"},
        {"cyberdyne", "ap-southeast-2", "975318642097", "7b8c9d0e-1f2a-4b3c-9d6e-7f8091a2b3c4"},
    };

    /** The first {@code count} demo tenants, 1 to {@value #MAX}. */
    static List<DemoTenant> first(int count) {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("--tenants must be 1 to " + MAX + ", not " + count);
        }
        List<DemoTenant> tenants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] t = KNOWN[i];
            tenants.add(new DemoTenant(t[0], t[1], t[2], t[3], "alias/contact-shield-" + t[0]));
        }
        return List.copyOf(tenants);
    }

    String instanceArn() {
        return "arn:aws:connect:" + region + ":" + awsAccountId + ":instance/" + instanceId;
    }

    String arn(String kind, String id) {
        return instanceArn() + "/" + kind + "/" + id;
    }
}
