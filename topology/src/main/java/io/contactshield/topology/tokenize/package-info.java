/**
 * Deterministic per-tenant tokenization: {@link io.contactshield.topology.tokenize.Tokenizer}
 * (AES-SIV reversible, HMAC one-way and FF1 format-preserving tokens),
 * {@link io.contactshield.topology.tokenize.Detokenizer} (audited), the
 * {@link io.contactshield.topology.tokenize.Keyring} of wrapped token keys in a compacted Kafka
 * topic, and {@link io.contactshield.topology.tokenize.KeyringAdmin} to create, rotate and shred
 * them. Formats and semantics: {@code docs/tokens.md}.
 *
 * <p>Nothing here logs or puts in an exception message a value, a token or key material.
 */
package io.contactshield.topology.tokenize;
