package io.contactshield.topology.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Contact records for the tests: the fixtures under resources/connect and ways to bend them. */
final class CtrFixtures {

    static final String VOICE_INSTANCE =
            "arn:aws:connect:us-east-1:123456789012:instance/9f3e1c2a-5b7d-4e8f-a1b2-c3d4e5f60718";
    static final String VOICE_TENANT = "acme";
    static final String CHAT_ACCOUNT = "210987654321";
    static final String CHAT_TENANT = "globex";

    static final ObjectMapper JSON = new ObjectMapper();

    private CtrFixtures() {
    }

    static ConnectTenants tenants() {
        return new ConnectTenants(Map.of(VOICE_INSTANCE, VOICE_TENANT, CHAT_ACCOUNT, CHAT_TENANT));
    }

    static ContactRecordMapper mapper() {
        return new ContactRecordMapper(tenants());
    }

    static ObjectNode load(String name) {
        try (InputStream in = CtrFixtures.class.getResourceAsStream("/connect/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode voice() {
        return load("voice-ctr.json");
    }

    static ObjectNode chat() {
        return load("chat-ctr.json");
    }

    static ObjectNode minimal() {
        return JSON.createObjectNode()
                .put("ContactId", "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")
                .put("AWSAccountId", CHAT_ACCOUNT);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The object at a dotted path of objects, e.g. {@code Agent.RoutingProfile}. */
    static ObjectNode at(ObjectNode root, String path) {
        ObjectNode node = root;
        for (String name : path.split("\\.")) {
            node = (ObjectNode) node.get(name);
        }
        return node;
    }
}
