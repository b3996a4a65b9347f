package io.contactshield.topology.classify;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Four-part numbers in one text that read as versions together: "firmware 10.2.0.15 is the
 * approved baseline; 10.1.4.7 has the stack-merge bug", "reported as 10.2.0.15 (build 4471),
 * latest is 10.2.1.3". Where the text has a four-part number that its own context made a version
 * (a version word, a bump, a product name), another one that starts with the same number and that
 * no address word names ("host", "ip", "gateway", see {@link ContextWords#IP}) is a version of the
 * same thing, not an address; one with a port (":8443", " port 8443"), or after a thing that has an
 * address in its line ("a stale DNS record pointing to 10.2.0.51"), stays an address. Networks and masks written with
 * their quad are no versions and do not count ({@code 10.0.0.0/8}, {@code 255.255.255.0}).
 */
final class VersionSiblings {

    private VersionSiblings() {
    }

    /** Whether a detection dropped below the threshold is a dotted quad that was read as a version. */
    static boolean isDottedQuadVersion(String text, Detection detection) {
        int end = detection.end();
        if (!detection.type().equals(EntityTypes.IP_ADDRESS) || !IpAddressDetector.isDottedQuad(text.substring(detection.start(), end))
                || text.startsWith("255.", detection.start()) || IpAddressDetector.isHomeOrLinkLocal(text, detection.start())
                || IpAddressDetector.afterBroadcastKey(text, detection.start())) {
            return false;
        }
        // A network's prefix or a mask after it: "10.0.0.0/8", "198.51.100.0 255.255.255.0", an access
        // list's wildcard mask ("deny ip 192.0.2.0 0.0.0.255").
        return !(end < text.length() && text.charAt(end) == '/') && !text.startsWith(" 255.", end) && !text.startsWith(" 0.", end);
    }

    /** Octets two numbers of one network share: a /24's first three. */
    private static final int NETWORK_OCTETS = 3;

    /**
     * The reverse: a four-part number its context made a version ("Updated to 203.0.113.204") that
     * shares its first three octets with an address an address word names in the same text ("old WAN
     * 203.0.113.19") is an address of that network; it joins {@code candidates} as sure as that
     * address and leaves {@code versions}.
     */
    static void restoreAddressesOfNamedNetworks(String text, List<Detection> versions, List<Detection> candidates) {
        versions.removeIf(version -> {
            if (versionNounBefore(text, version.start())) {
                return false; // "with release 10.2.0.15" beside "10.2.0.51 (old host)": a release all the same
            }
            for (Detection address : List.copyOf(candidates)) {
                if (address.type().equals(EntityTypes.IP_ADDRESS)
                        && IpAddressDetector.isDottedQuad(text.substring(address.start(), address.end()))
                        && sameLeadingOctets(text, version, address, NETWORK_OCTETS)
                        && (ContextWords.raised(text, address.start(), EntityTypes.IP_ADDRESS)
                                || IpAddressDetector.addressNounBefore(text, address.start()))) {
                    candidates.add(new Detection(EntityTypes.IP_ADDRESS, version.start(), version.end(),
                            address.confidence(), version.detector()));
                    return true;
                }
            }
            return false;
        });
    }

    /** Words that name a version right before its number ("release 10.2.0.15", "v 4.1.0.2"). */
    private static final Set<String> VERSION_NOUNS = Set.of("release", "version", "firmware", "build", "v", "ver",
            "rev", "revision", "patch", "hotfix", "fw");

    private static boolean versionNounBefore(String text, int start) {
        int end = start;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ':')) {
            end--;
        }
        int wordStart = end;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart < end && VERSION_NOUNS.contains(text.substring(wordStart, end).toLowerCase(Locale.ROOT));
    }

    /** Drops the IPv4 candidates that start as one of {@code versions} does and that no address word names. */
    static void drop(String text, List<Detection> versions, List<Detection> candidates) {
        candidates.removeIf(candidate -> candidate.type().equals(EntityTypes.IP_ADDRESS)
                && IpAddressDetector.isDottedQuad(text.substring(candidate.start(), candidate.end()))
                && versions.stream().anyMatch(version -> sameLeadingOctets(text, version, candidate, 1))
                && !(candidate.start() > 0 && text.charAt(candidate.start() - 1) == '@') // "ssh ec2-user@10.0.44.7": a login's host
                && !inNetworkWritten(text, candidate)
                && !ContextWords.raised(text, candidate.start(), EntityTypes.IP_ADDRESS)
                && !IpAddressDetector.addressNounBefore(text, candidate.start())
                && !IpAddressDetector.portAfter(text, candidate.end()) && !IpAddressDetector.portWordAfter(text, candidate.end()));
    }

    /**
     * Whether the text writes a network with its prefix length that the quad {@code candidate} is in, by
     * its first three numbers ("network 10.60.8.0/24 ... Printer is at 10.60.8.44"): a host of it.
     */
    private static boolean inNetworkWritten(String text, Detection candidate) {
        String network = text.substring(candidate.start(), octetsEnd(text, candidate.start(), NETWORK_OCTETS));
        for (int at = text.indexOf(network); at >= 0; at = text.indexOf(network, at + 1)) {
            int end = Chars.digitRunEnd(text, at + network.length());
            if (at != candidate.start() && end < text.length() && text.charAt(end) == '/' && (at == 0 || !Chars.wordCharAt(text, at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether dotted quads {@code a} and {@code b} start with the same {@code octets} numbers. */
    private static boolean sameLeadingOctets(String text, Detection a, Detection b, int octets) {
        int aEnd = octetsEnd(text, a.start(), octets);
        int bEnd = octetsEnd(text, b.start(), octets);
        return aEnd - a.start() == bEnd - b.start() && text.regionMatches(a.start(), text, b.start(), aEnd - a.start());
    }

    /** Where the first {@code octets} numbers of the dotted quad at {@code start} end, each with its dot. */
    private static int octetsEnd(String text, int start, int octets) {
        int end = start;
        for (int octet = 0; octet < octets; octet++) {
            end = text.indexOf('.', end) + 1;
        }
        return end;
    }
}
