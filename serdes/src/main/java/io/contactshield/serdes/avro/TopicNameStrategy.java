package io.contactshield.serdes.avro;

import org.apache.avro.Schema;

/**
 * {@code <topic>-key} or {@code <topic>-value}: one schema lineage per topic, the default (as with
 * Confluent's {@code io.confluent.kafka.serializers.subject.TopicNameStrategy}).
 */
public final class TopicNameStrategy implements SubjectNameStrategy {
    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + (isKey ? "-key" : "-value");
    }
}
