/**
 * Amazon Connect contact records (CTRs) as the Kinesis-to-Kafka feed delivers them: one UTF-8 JSON
 * object per Kafka record value. {@link io.contactshield.topology.connect.ContactRecordMapper} turns
 * one into a {@link io.contactshield.schemas.ContactEvent} for the tenant that
 * {@link io.contactshield.topology.connect.ConnectTenants} routes its instance or account to, or
 * fails with a {@link io.contactshield.topology.connect.ContactRecordException} whose reason picks
 * the dead letter and whose message never holds a value from the record.
 */
package io.contactshield.topology.connect;
