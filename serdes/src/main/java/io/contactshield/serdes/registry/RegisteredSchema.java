package io.contactshield.serdes.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A schema as registered under a subject.
 *
 * @param subject the subject
 * @param id the registry-wide schema id, the one written into the wire format
 * @param version the schema's version within the subject, from 1
 * @param schema the schema
 */
public record RegisteredSchema(String subject, int id, int version, Schema schema) {
    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
    }

    /** Short, for logs: the schema text is left out on purpose (it can be large). */
    @Override
    public String toString() {
        return "RegisteredSchema[subject=" + subject + ", id=" + id + ", version=" + version
                + ", schema=" + schema.getFullName() + "]";
    }
}
