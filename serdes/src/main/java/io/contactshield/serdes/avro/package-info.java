/**
 * Kafka serializer, deserializer and serde for Avro in Confluent's wire format (magic byte 0,
 * 4-byte big-endian schema id, Avro binary body), interoperable with Confluent's
 * {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer} and configured with the same keys
 * ({@link io.contactshield.serdes.avro.AvroSerdeConfig}).
 */
package io.contactshield.serdes.avro;
