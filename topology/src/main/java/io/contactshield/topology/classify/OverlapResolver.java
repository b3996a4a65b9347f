package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reduces overlapping detections to one per span. The most specific type wins (a checksum or a
 * fixed structure says more than a shape: an IBAN over the card-like digits inside it, URL
 * credentials over the e-mail-like {@code password@host}), then the higher confidence, then the
 * longer span. A detection that overlaps a winner is dropped, not trimmed, so no finding ever
 * covers part of another.
 */
final class OverlapResolver {

    /** Most specific first; types not listed (added by other detectors) come after these. */
    private static final List<String> SPECIFICITY = List.of(
            EntityTypes.URL_CREDENTIALS,
            EntityTypes.AWS_ACCESS_KEY,
            EntityTypes.IBAN,
            EntityTypes.CREDIT_CARD,
            EntityTypes.US_SSN,
            EntityTypes.EMAIL,
            EntityTypes.IP_ADDRESS,
            EntityTypes.PHONE_NUMBER,
            EntityTypes.ADDRESS,
            EntityTypes.PERSON_NAME);

    private static final Comparator<Detection> PRECEDENCE = Comparator
            .comparingInt((Detection d) -> rank(d.type()))
            .thenComparing(Comparator.comparingDouble(Detection::confidence).reversed())
            .thenComparing(Comparator.comparingInt(Detection::length).reversed())
            .thenComparingInt(Detection::start)
            .thenComparing(Detection::detector);

    private OverlapResolver() {
    }

    /** Non-overlapping winners, sorted by start. */
    static List<Detection> resolve(List<Detection> detections) {
        if (detections.size() < 2) {
            return List.copyOf(detections);
        }
        List<Detection> byPrecedence = new ArrayList<>(detections);
        byPrecedence.sort(PRECEDENCE);
        TreeMap<Integer, Detection> kept = new TreeMap<>();
        for (Detection candidate : byPrecedence) {
            if (!overlapsKept(kept, candidate)) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    private static boolean overlapsKept(TreeMap<Integer, Detection> kept, Detection candidate) {
        // Kept spans do not overlap each other, so only the nearest one on either side can collide.
        Map.Entry<Integer, Detection> before = kept.floorEntry(candidate.start());
        if (before != null && before.getValue().overlaps(candidate)) {
            return true;
        }
        Map.Entry<Integer, Detection> after = kept.ceilingEntry(candidate.start());
        return after != null && after.getValue().overlaps(candidate);
    }

    private static int rank(String type) {
        int index = SPECIFICITY.indexOf(type);
        return index < 0 ? SPECIFICITY.size() : index;
    }
}
