package io.contactshield.serdes.avro;

import org.apache.avro.Schema;

/**
 * The schema's full name, e.g. {@code io.contactshield.schemas.ContactEvent}: one lineage per
 * record type, across topics; lets a topic carry several types.
 */
public final class RecordNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return schema.getFullName();
    }
}
