package io.contactshield.serdes.avro;

import org.apache.avro.Schema;

/**
 * Chooses the registry subject a record's schema is registered under. Implementations must be
 * thread-safe and cheap: the serializer calls this for every record. One that also implements
 * {@link org.apache.kafka.common.Configurable} is configured with the serde's configuration.
 *
 * @see TopicNameStrategy
 * @see RecordNameStrategy
 * @see TopicRecordNameStrategy
 */
@FunctionalInterface
public interface SubjectNameStrategy {
    String subjectName(String topic, boolean isKey, Schema schema);
}
