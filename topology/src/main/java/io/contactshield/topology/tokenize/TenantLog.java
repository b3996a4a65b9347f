package io.contactshield.topology.tokenize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the keyring has read of one tenant, and the rules that make one {@link TenantView} of
 * it: of the candidates of a version, the one at the lowest offset wins; the shred marker kills
 * every candidate before it and every version up to the one it names. Both rules hold on a
 * compacted topic, since no candidate record is ever rewritten. Not thread-safe: the keyring's
 * follower thread owns it.
 */
final class TenantLog {

    private final Map<String, KeyEntry> candidates = new HashMap<>();
    private long markerOffset = -1;
    private int shreddedThrough;

    void apply(KeyringRecords.Entry entry, long offset, byte[] recordKey) {
        if (entry instanceof KeyringRecords.KeyRecord key) {
            String slot = key.version() + "/" + key.id();
            KeyEntry removed = key.tombstone() ? candidates.remove(slot)
                    : candidates.put(slot, new KeyEntry(key, offset, recordKey));
            if (removed != null) {
                removed.destroy();
            }
        } else {
            KeyringRecords.ShredRecord shred = (KeyringRecords.ShredRecord) entry;
            markerOffset = shred.tombstone() ? -1 : offset;
            shreddedThrough = shred.throughVersion();
        }
    }

    /** The view now; wipes candidates the shred marker killed. */
    TenantView view() {
        TreeMap<Integer, KeyEntry> live = new TreeMap<>();
        List<byte[]> recordKeys = new ArrayList<>();
        int maxVersion = shreddedThrough;
        List<KeyEntry> byOffset = new ArrayList<>(candidates.values());
        byOffset.sort(Comparator.comparingLong(KeyEntry::offset));
        for (KeyEntry entry : byOffset) {
            recordKeys.add(entry.recordKey());
            maxVersion = Math.max(maxVersion, entry.version());
            if (entry.offset() < markerOffset || entry.version() <= shreddedThrough) {
                entry.destroy();
            } else {
                live.putIfAbsent(entry.version(), entry);
            }
        }
        return new TenantView(live, markerOffset >= 0, maxVersion, recordKeys);
    }
}
