package io.contactshield.serdes.kms;

/**
 * No KMS key is configured for a tenant. Not retriable: a record of an unknown tenant goes to the
 * dead-letter path (encrypted under the quarantine key), never anywhere in clear.
 */
public class UnknownTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String tenantId;

    public UnknownTenantException(String tenantId) {
        super("No KMS key is configured for tenant '" + tenantId + "'");
        this.tenantId = tenantId;
    }

    public String tenantId() {
        return tenantId;
    }
}
