/**
 * The KMS port ({@link io.contactshield.serdes.kms.Kms}) and what plugs into it: the AWS KMS
 * adapter ({@link io.contactshield.serdes.kms.AwsKms}), a local adapter for development and the
 * demo only ({@link io.contactshield.serdes.kms.LocalKms}), and decorators that retry
 * ({@link io.contactshield.serdes.kms.RetryingKms}) and measure
 * ({@link io.contactshield.serdes.kms.InstrumentedKms}). {@link io.contactshield.serdes.kms.Kmses}
 * builds the stack from {@link io.contactshield.serdes.kms.KmsConfig}; tenants map to KMS keys in
 * {@link io.contactshield.serdes.kms.TenantKeys}.
 *
 * <p>Nothing here logs or puts in an exception message key material or plaintext; key ids and
 * KMS error codes are what messages carry.
 */
package io.contactshield.serdes.kms;
