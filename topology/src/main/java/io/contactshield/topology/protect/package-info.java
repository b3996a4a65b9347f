/**
 * Protection of whole contact events: {@link io.contactshield.topology.protect.RecordProtector}
 * classifies an event, applies the protection policy to every finding and returns the readable
 * view with what was done ({@link io.contactshield.topology.protect.ProtectedContact}).
 *
 * <p>Nothing here logs or puts in an exception message a value from an event.
 */
package io.contactshield.topology.protect;
