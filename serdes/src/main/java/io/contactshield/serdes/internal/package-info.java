/** Helpers shared by the serdes packages. Not API: may change without notice. */
package io.contactshield.serdes.internal;
