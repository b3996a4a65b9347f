package io.contactshield.serdes.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Turns a registry's error answer into the matching {@link SchemaRegistryException}. */
final class RegistryErrors {
    private static final int MAX_MESSAGE_CHARS = 500;

    private RegistryErrors() {}

    static boolean isRetryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    /** Parses {@code {"error_code": 40401, "message": "..."}} leniently: proxies answer HTML. */
    static SchemaRegistryException fromResponse(
            int status, String body, String operation, ObjectMapper json) {
        int errorCode = SchemaRegistryException.NO_ERROR_CODE;
        String message = null;
        if (body != null && !body.isBlank()) {
            try {
                JsonNode node = json.readTree(body);
                if (node != null && node.isObject()) {
                    JsonNode code = node.get("error_code");
                    if (code != null && code.canConvertToInt()) {
                        errorCode = code.asInt();
                    }
                    JsonNode text = node.get("message");
                    if (text != null && text.isTextual()) {
                        message = sanitize(text.asText());
                    }
                }
            } catch (IOException notJson) {
                // Keep the status alone: a non-JSON body (an HTML error page) is not worth quoting.
            }
        }
        return of(status, errorCode, message, operation);
    }

    static SchemaRegistryException of(int status, int errorCode, String registryMessage, String operation) {
        String message = operation + " failed: HTTP " + status
                + (errorCode == SchemaRegistryException.NO_ERROR_CODE ? "" : ", error_code " + errorCode)
                + (registryMessage == null ? "" : ": " + registryMessage);
        if (status == 401 || status == 403) {
            return new SchemaRegistryAuthException(message, status, errorCode, registryMessage);
        }
        if (status == 404) {
            return new SchemaRegistryNotFoundException(message, status, errorCode, registryMessage);
        }
        if (status == 409) {
            return new IncompatibleSchemaException(message, status, errorCode, registryMessage);
        }
        if (status == 422 && (errorCode == InvalidSchemaException.INVALID_SCHEMA || errorCode <= 0)) {
            return new InvalidSchemaException(message, status, errorCode, registryMessage);
        }
        if (isRetryable(status)) {
            return new SchemaRegistryUnavailableException(message, status, errorCode, registryMessage, null);
        }
        return new SchemaRegistryException(message, status, errorCode, registryMessage);
    }

    /** One line, bounded: a registry message must not be able to forge or flood log lines. */
    static String sanitize(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE_CHARS + 3));
        for (int i = 0; i < text.length() && out.length() < MAX_MESSAGE_CHARS; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (text.length() > MAX_MESSAGE_CHARS) {
            out.append("...");
        }
        return out.toString();
    }
}
