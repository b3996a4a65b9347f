package io.contactshield.topology.tokenize;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the keyring knows of one tenant at one moment, immutable: the winning key of each live
 * version, and what a shred needs (every record key, the highest version ever seen).
 *
 * @param live version to its winning candidate (the one at the lowest offset)
 * @param shredded whether a shred marker exists (then only versions written after it are live)
 * @param maxVersion the highest version seen in a candidate or a shred marker, live or not
 * @param recordKeys the keys of every candidate record still in the topic, for tombstones
 */
record TenantView(NavigableMap<Integer, KeyEntry> live, boolean shredded, int maxVersion, List<byte[]> recordKeys) {

    static final TenantView EMPTY = new TenantView(new TreeMap<>(), false, 0, List.of());

    TenantView {
        live = Collections.unmodifiableNavigableMap(new TreeMap<>(live));
        recordKeys = List.copyOf(recordKeys);
    }

    /** The key new tokens use: the highest live version; null if none. */
    KeyEntry current() {
        Map.Entry<Integer, KeyEntry> last = live.lastEntry();
        return last == null ? null : last.getValue();
    }
}
