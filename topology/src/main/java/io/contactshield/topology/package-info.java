/**
 * The contact-shield Kafka Streams application. Empty until the pipeline lands: the topology
 * builder, classification ({@code classify}), tokenization ({@code tokenize}), audit
 * ({@code audit}), configuration, CLI and metrics go here, each a package of its own.
 */
package io.contactshield.topology;
