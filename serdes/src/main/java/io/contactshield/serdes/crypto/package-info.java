/**
 * Envelope encryption of payloads under per-tenant KMS data keys.
 *
 * <p>{@link io.contactshield.serdes.crypto.Encryptor} seals a payload in an
 * {@link io.contactshield.serdes.crypto.Envelope}; {@link io.contactshield.serdes.crypto.Decryptor}
 * opens it again for the same record, and reads its
 * {@link io.contactshield.serdes.crypto.EnvelopeHeader} for tools. The format is versioned and
 * written down byte by byte, with test vectors, in docs/envelope-format.md: AES-256-GCM with a
 * random 96-bit nonce, the header and the record's identity (tenant, contact id, event id) bound as
 * associated data, and the data key wrapped by the tenant's KMS key under the encryption context
 * {@code {tenant, purpose}}.
 *
 * <p>Data keys come from an {@link io.contactshield.serdes.crypto.EncryptionKeys} or
 * {@link io.contactshield.serdes.crypto.DecryptionKeys} lender, which caches them so that records
 * make no KMS call. Failures are typed: a
 * {@link io.contactshield.serdes.crypto.MalformedEnvelopeException} or an
 * {@link io.contactshield.serdes.crypto.EnvelopeAuthenticationException} (both
 * {@link io.contactshield.serdes.crypto.EnvelopeException}s, final) for the envelope, a
 * {@link io.contactshield.serdes.kms.KmsException} or
 * {@link io.contactshield.serdes.crypto.KeyUnavailableException} for the keys. No message, log line
 * or {@code toString} holds key material or payload bytes.
 */
package io.contactshield.serdes.crypto;
