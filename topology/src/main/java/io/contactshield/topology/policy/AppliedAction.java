package io.contactshield.topology.policy;

import io.contactshield.topology.classify.Finding;

/** What was done to one finding, for the audit event. Holds no value. */
public record AppliedAction(Finding finding, PolicyAction action) {
}
