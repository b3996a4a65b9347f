package io.contactshield.topology.classify;

import java.util.List;

/**
 * Four-part numbers in one text that read as versions together: "firmware 10.2.0.15 is the
 * approved baseline; 10.1.4.7 has the stack-merge bug", "reported as 10.2.0.15 (build 4471),
 * latest is 10.2.1.3". Where the text has a four-part number that its own context made a version
 * (a version word, a bump, a product name), another one that starts with the same number and that
 * no address word names ("host", "ip", "gateway", see {@link ContextWords#IP}) is a version of the
 * same thing, not an address; one with a port, or after a thing that has an address in its line
 * ("a stale DNS record pointing to 10.2.0.51"), stays an address. Networks and masks written with
 * their quad are no versions and do not count ({@code 10.0.0.0/8}, {@code 255.255.255.0}).
 */
final class VersionSiblings {

    private VersionSiblings() {
    }

    /** Whether a detection dropped below the threshold is a dotted quad that was read as a version. */
    static boolean isDottedQuadVersion(String text, Detection detection) {
        int end = detection.end();
        if (!detection.type().equals(EntityTypes.IP_ADDRESS) || !IpAddressDetector.isDottedQuad(text.substring(detection.start(), end))
                || text.startsWith("255.", detection.start())) {
            return false;
        }
        // A network's prefix or a mask after it: "10.0.0.0/8", "198.51.100.0 255.255.255.0".
        return !(end < text.length() && text.charAt(end) == '/') && !text.startsWith(" 255.", end);
    }

    /** Drops the IPv4 candidates that start as one of {@code versions} does and that no address word names. */
    static void drop(String text, List<Detection> versions, List<Detection> candidates) {
        candidates.removeIf(candidate -> candidate.type().equals(EntityTypes.IP_ADDRESS)
                && IpAddressDetector.isDottedQuad(text.substring(candidate.start(), candidate.end()))
                && versions.stream().anyMatch(version -> sameFirstPart(text, version, candidate))
                && !ContextWords.raised(text, candidate.start(), EntityTypes.IP_ADDRESS)
                && !IpAddressDetector.addressNounBefore(text, candidate.start())
                && !IpAddressDetector.portAfter(text, candidate.end()));
    }

    private static boolean sameFirstPart(String text, Detection a, Detection b) {
        int aDot = text.indexOf('.', a.start());
        int bDot = text.indexOf('.', b.start());
        return aDot - a.start() == bDot - b.start() && text.regionMatches(a.start(), text, b.start(), aDot - a.start());
    }
}
