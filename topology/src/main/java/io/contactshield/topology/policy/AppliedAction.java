package io.contactshield.topology.policy;

import io.contactshield.topology.classify.Finding;

/**
 * What was done to one finding, for the audit event. Holds no value.
 *
 * @param tokenKeyVersion the version of the tenant's token key that made the token or hash, or null
 *     for a mask or redaction (or a tokenizer that does not say)
 */
public record AppliedAction(Finding finding, PolicyAction action, Integer tokenKeyVersion) {

    public AppliedAction(Finding finding, PolicyAction action) {
        this(finding, action, null);
    }
}
