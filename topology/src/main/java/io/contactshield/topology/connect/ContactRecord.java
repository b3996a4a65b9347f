package io.contactshield.topology.connect;
// TEMPORARY STUB
public record ContactRecord(io.contactshield.schemas.ContactEvent event, String dedupeKey) { }
