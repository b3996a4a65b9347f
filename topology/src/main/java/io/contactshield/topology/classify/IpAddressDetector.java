package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * IP addresses. IPv4: four dotted decimal octets 0-255, none with a leading zero, that are not part
 * of a longer dotted number ({@code 1.2.3.4.5}; but tcpdump's {@code 198.51.100.44.49877 > ...}
 * port and an address after an ellipsis are read) or glued to a word ({@code v1.2.3.4}, {@code
 * build1.2.3.4}). IPv6: eight groups of one to four hex digits, or fewer with one {@code ::}, with
 * an optional trailing dotted IPv4 ({@code ::ffff:192.0.2.1}); parsed here, never resolved. A port
 * written after an IPv6 address without the brackets RFC 5952 asks for is left out of it when it
 * cannot be a group (five digits) or is a service's well-known port after a {@code ::}
 * ({@code 2001:db8:1::15:5672}).
 *
 * <p>Version strings: a version glued to "v" is not an address; a separate "version", "release" or
 * "build" just before lowers the confidence below the default threshold (a context cue), and
 * four single-digit octets ({@code 1.2.3.4}) start lower, since they are as often a section or a
 * version number as an address. A quad beside a version of the same first part is one too ({@link
 * VersionSiblings}, read by {@link TextClassifier}).
 *
 * <p>A CIDR network ({@code 10.0.0.0/8}), a network before its netmask ({@code ip route 198.51.100.0
 * 255.255.255.0}) or a netmask ({@code 255.255.255.0}) is configuration, not someone's address: it
 * is reported at {@link #NETWORK}, below the default threshold, and so are the other side of a
 * version bump ({@code upgrade SBCE 8.1.3.2 to 10.1.0.2}, see {@link #otherSideOfBump}), the device
 * version of a CEF header, and
 * a version in words ({@code bump venue-booking to 3.14.0.2}, see {@link #isVersionBump}; {@code
 * rolled out contact-router 2.31.0.4}, see {@link #isDeployedVersion}; {@code since 2.31.0.4
 * deploy}, see {@link #namesARelease}), a container image's tag ({@code
 * cc-router:2.31.0.4@sha256:...}) or a version in a product header ({@code User-Agent: PBX
 * 18.2.0.4}, see {@link #inProductHeader}). A product word right before the number ("Agent
 * desktop 4.12.0.3") or a version key ({@code appVersion=}) lowers it through {@link ContextWords}.
 *
 * <p>Confidence: IPv4 0.85 (0.65 when every octet is one digit; 0.45, below the default threshold,
 * when it is shaped like a version: one digit, any, zero, any, {@code 2.8.0.17}); IPv6 0.85, 0.75 when compressed,
 * 0.55 with fewer than three explicit groups ({@code ::1}).
 *
 * <p>An IPv4 address read out with spoken dots ("one nine two dot oh dot two dot one") is read by
 * {@link SpokenIp}.
 */
public final class IpAddressDetector implements Detector {

    static final String NAME = "ip-address";

    // Not part of a longer dotted number, but after an ellipsis ("192.0.2.1[gw]...203.0.113.201[id]", a
    // VPN's log), and before a port written tcpdump's way ("198.51.100.44.49877 > 10.40.2.17.5061: ").
    // Han, kana, Hangul and Thai may stand right before or after it: those scripts glue their words to
    // it ("登录IP为203.0.113.77", "管理地址192.168.1.1，").
    private static final Pattern IPV4 = Pattern.compile(
            "(?<!" + Chars.SPACED_WORD_CHAR + ")(?<!(?<!\\.\\.)\\.)(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})"
                    + "(?!" + Chars.SPACED_WORD_CHAR + "|\\.\\d(?!\\d{0,4}(?: > |: )))");
    private static final Pattern IPV6_CANDIDATE = Pattern.compile(
            // (An ellipsis stands between two addresses where strongSwan writes a tunnel's ends: "between
            // 2001:db8:4f20::12...2001:db8:9a::7"; no address has two dots in a row.)
            "(?<![\\p{L}\\p{N}_:])(?<!(?<!\\.\\.)\\.)[0-9A-Fa-f:](?:[0-9A-Fa-f:]|\\.(?!\\.)){1,44}+");

    /**
     * Whether the dotted quad at {@code start} is in 192.168.0.0/16 or 169.254.0.0/16: a home or
     * link-local network's host, never a product's version, whatever words stand around it.
     */
    static boolean isHomeOrLinkLocal(String text, int start) {
        return (text.startsWith("192.168.", start) || text.startsWith("169.254.", start))
                && (start == 0 || !Chars.isAsciiDigit(text.charAt(start - 1)));
    }

    /**
     * Whether the dotted quad at {@code start} has two or more three-digit parts and a third part
     * other than 0 ("198.51.100.201"). Products number their versions with small parts; the large
     * ones they use come first ("Chrome 120.0.0.0"), are too large for an address ("10.0.19045.3803"),
     * or stand around a third part of 0 (a Yealink phone's firmware "108.86.0.100"). So a product's
     * name right before such a number ("softphone 198.51.100.201") names the host it runs on.
     */
    static boolean hasTwoThreeDigitParts(String text, int start, int end) {
        int threeDigitParts = 0;
        int i = start;
        for (int part = 0; part < 4; part++) {
            int partEnd = Chars.digitRunEnd(text, i);
            if (partEnd == i || partEnd > end || part < 3 && (partEnd == end || text.charAt(partEnd) != '.')
                    || part == 2 && partEnd - i == 1 && text.charAt(i) == '0') {
                return false; // not written as a dotted quad ("192 dot 168 ..."), or a version's x.y.0.z
            }
            if (partEnd - i == 3) {
                threeDigitParts++;
            }
            i = partEnd + 1;
        }
        return threeDigitParts >= 2;
    }

    /** Most digits of a port: 65535. */
    private static final int MAX_PORT_DIGITS = 5;

    /** Longest IPv6 candidate: the pattern's first char and its 44 more. */
    private static final int IPV6_CANDIDATE_MAX = 45;

    /** {@link #IPV6_CANDIDATE} without its look-behind, for a candidate right after an interface's name. */
    private static final Pattern AFTER_INTERFACE_NAME = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}+");

    /** A network stays findable with a lower threshold, but below the default 0.5 even after an "ip" cue. */
    static final double NETWORK = 0.3;

    private static final Pattern CIDR_PREFIX = Pattern.compile("/(\\d{1,2})(?!\\d)");
    private static final Pattern CIDR6_PREFIX = Pattern.compile("/(\\d{1,3})(?!\\d)");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher v4 = IPV4.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // The look-behind rules out a digit or a dot before, so a match starts a digit run of one to
        // three digits followed by a dot: the pattern is tried only there (never inside the last
        // match, as find() would leftmost), instead of at every char of the text.
        int from = 0;
        int n = text.length();
        int i = Chars.nextDigit(text, 0);
        while (i >= 0) {
            int runEnd = Chars.digitRunEnd(text, i);
            if (runEnd - i <= 3 && i >= from && runEnd < n && text.charAt(runEnd) == '.'
                    && (i == 0 || text.charAt(i - 1) != '.' || text.startsWith("...", i - 3)) && v4.region(i, n).lookingAt()) {
                from = StartSearch.next(v4);
                addIpv4(text, v4, found);
            }
            i = Chars.nextDigit(text, runEnd);
        }
        if (text.indexOf(':') >= 0) {
            List<Detection> ipv6 = new ArrayList<>();
            findIpv6(text, ipv6);
            // The dotted tail of ::ffff:192.0.2.1 is part of the IPv6 address, not a second address.
            found.removeIf(dotted -> ipv6.stream().anyMatch(v6 -> v6.start() <= dotted.start() && dotted.end() <= v6.end()));
            found.addAll(ipv6);
        }
        found.addAll(SpokenIp.detect(text));
        return found;
    }

    private static void addIpv4(String text, Matcher v4, List<Detection> found) {
        boolean smallOctets = true;
        for (int g = 1; g <= 4; g++) {
            smallOctets &= v4.group(g).length() == 1;
        }
        if (validOctets(v4)) {
            // No product numbers its versions 192.168.x.x or 169.254.x.x: a home or link-local network's
            // host, whatever stands around it ("LG-TV 192.168.1.102 2.4GHz").
            // (Nor is an address of 0.0.0.0/8, "this network", a host's: "kvs-consumer 0.9.14.2" is a version.)
            double confidence = isNetwork(text, v4) || isNetmask(v4) || isWildcardMask(v4) || afterBroadcastKey(text, v4.start())
                    || v4.group(1).equals("0")
                    ? NETWORK
                    : isHomeOrLinkLocal(text, v4.start()) ? 0.85
                    : isVersionTransition(text, v4.start(), v4.end())
                    || inUrlPath(text, v4.start()) || isVersionBump(text, v4.start())
                    || inProductHeader(text, v4.start()) || isDeployedVersion(text, v4.start())
                    || namesARelease(text, v4.start(), v4.end()) || isImageTag(text, v4.end())
                    || isImageTagAfterName(text, v4.start()) || afterCamelCaseName(text, v4.start())
                    || afterVendorAndModel(text, v4.start())
                    || isFileName(text, v4.end()) || isProductToken(text, v4.start(), v4.end())
                    || releasedAfter(text, v4.start(), v4.end()) || singleDigitZeroVersion(text, v4.start(), v4.end())
                    || afterNameAndHyphen(text, v4.start()) || otherSideOfBump(text, v4.start(), v4.end())
                    || buildOfVersionBefore(text, v4.start())
                    || cefDeviceVersion(text, v4.start(), v4.end()) || inListOfVersions(text, v4.start())
                    || (versionShaped(v4) && versionNounInClause(text, v4.start())) || labelledAsVersions(text, v4.start())
                    || (shortOctets(v4) && (versionNamedJustBefore(text, v4.start()) || answersVersionQuestion(text, v4.start())))
                    || buildAfter(text, v4.end()) || minimumVersion(text, v4.end())
                    ? NETWORK : versionShaped(v4) ? VERSION_SHAPED : smallOctets ? 0.65 : 0.85;
            // An interface written with its mask ("ip address 203.0.113.65/29") is the address as
            // written, mask included; a network's prefix stays outside (it is reported low anyway).
            int end = confidence == NETWORK ? v4.end() : withMask(text, v4.end(), 32);
            found.add(new Detection(EntityTypes.IP_ADDRESS, v4.start(), end, confidence, NAME));
        }
    }

    /**
     * Whether the address is the network of a CIDR range that follows it ({@code 10.0.0.0/8}): a
     * prefix below 32 with every host bit zero names a range in configuration, not a machine or a
     * person. {@code 10.0.0.1/8} (an interface and its mask) and {@code /32} stay addresses.
     */
    private static boolean isNetwork(String text, Matcher v4) {
        Matcher prefix = CIDR_PREFIX.matcher(text).region(v4.end(), text.length());
        if (!prefix.lookingAt()) {
            return maskedNetwork(text, v4);
        }
        int length = Integer.parseInt(prefix.group(1));
        if (length >= 32) {
            return false;
        }
        long hostMask = (1L << (32 - length)) - 1;
        return (addressOf(v4) & hostMask) == 0;
    }

    /**
     * {@code ip route 198.51.100.0 255.255.255.0 203.0.113.254}: an address followed by a netmask
     * that zeroes none of its bits, with a host part of zero, is the network the mask names (routes,
     * ACLs and interface configuration write networks so).
     */
    private static boolean maskedNetwork(String text, Matcher v4) {
        int at = v4.end();
        if (at >= text.length() || text.charAt(at) != ' ') {
            return false;
        }
        Matcher mask = IPV4.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(at + 1, text.length());
        if (!mask.lookingAt()) {
            return false;
        }
        long maskBits = addressOf(mask);
        if (isWildcardMask(mask)) {
            // "access-list 10 permit 10.10.0.0 0.0.255.255": an ACL's wildcard mask names the host bits
            return maskBits != 0 && (addressOf(v4) & maskBits) == 0;
        }
        return isNetmask(mask) && maskBits != 0xFFFFFFFFL && (addressOf(v4) & ~maskBits & 0xFFFFFFFFL) == 0;
    }

    /**
     * Whether the quad follows an interface's broadcast key ({@code inet 198.51.100.65/27 brd
     * 198.51.100.95}, ifconfig's {@code broadcast 198.51.100.95}): the network's last address, which
     * names every host on it and none.
     */
    static boolean afterBroadcastKey(String text, int start) {
        return keyBefore(text, start, "brd", false) || keyBefore(text, start, "broadcast", true);
    }

    /** Whether {@code key}, a word of its own, and one blank stand right before {@code start}. */
    private static boolean keyBefore(String text, int start, String key, boolean ignoreCase) {
        int keyStart = start - 1 - key.length();
        return keyStart >= 0 && text.charAt(start - 1) == ' ' && text.regionMatches(ignoreCase, keyStart, key, 0, key.length())
                && !Chars.wordCharAt(text, keyStart - 1);
    }

    /**
     * Whether the quad is a wildcard mask, a netmask inverted as access lists write it ({@code
     * 0.0.255.255}, {@code 0.0.0.63}): only zeros and then ones, starting with 0. No host has such an
     * address either.
     */
    private static boolean isWildcardMask(Matcher v4) {
        long bits = addressOf(v4);
        return v4.group(1).equals("0") && bits != 0 && (bits & (bits + 1)) == 0;
    }

    /** The 32-bit value of a matched quad. */
    private static long addressOf(Matcher v4) {
        long address = 0;
        for (int g = 1; g <= 4; g++) {
            address = (address << 8) | Integer.parseInt(v4.group(g));
        }
        return address;
    }

    /** {@code end} moved past a prefix length of at most {@code max} right after it ({@code /29}), if there is one. */
    private static int withMask(String text, int end, int max) {
        Matcher prefix = CIDR_PREFIX.matcher(text).region(end, text.length());
        if (prefix.lookingAt() && Integer.parseInt(prefix.group(1)) <= max) {
            return prefix.end();
        }
        if (max == 32 && end + 1 < text.length() && text.charAt(end) == '/' && text.startsWith("255.", end + 1)) {
            // "wan.ip=198.51.100.61/255.255.255.248": the mask written dotted.
            Matcher mask = IPV4.matcher(text).region(end + 1, text.length());
            if (mask.lookingAt() && isNetmask(mask) && !Chars.wordCharAt(text, mask.end())) {
                return mask.end();
            }
        }
        return end;
    }

    /**
     * Whether the quad is a netmask ({@code 255.255.255.0}, {@code 255.255.240.0}) or the broadcast
     * address: leading ones and then only zeros, starting with 255. No host has such an address;
     * it is configuration, reported as {@link #NETWORK} like a CIDR network.
     */
    private static boolean isNetmask(Matcher v4) {
        if (!v4.group(1).equals("255")) {
            return false;
        }
        long inverted = ~addressOf(v4) & 0xFFFFFFFFL;
        return (inverted & (inverted + 1)) == 0;
    }

    /**
     * Whether an IPv6 address ending in {@code ::} is followed by a prefix length below 128
     * ({@code 2001:db8::/32}): the network of a range, as {@link #isNetwork} for IPv4. An address
     * with explicit trailing groups keeps its confidence even with a prefix (an interface).
     */
    private static boolean isNetwork6(String text, int start, int end) {
        if (!text.startsWith("::", end - 2)) {
            return false;
        }
        Matcher prefix = CIDR6_PREFIX.matcher(text).region(end, text.length());
        return prefix.lookingAt() && Integer.parseInt(prefix.group(1)) < 128;
    }

    /**
     * {@code 10.2.0.15 -> 10.2.1.3}: an upgrade from one version to another, on either side of an
     * arrow. Not an endpoint with a port ({@code 192.0.2.133:56535 -> 10.28.217.222:8443}, a
     * firewall's flow): a version has no port.
     */
    private static boolean isVersionTransition(String text, int start, int end) {
        if (portAfter(text, end)) {
            return false;
        }
        int after = skipBlanks(text, end);
        boolean transition;
        int pairStart = start;
        if (text.startsWith("->", after) || text.startsWith("=>", after) || text.startsWith("\u2192", after)) {
            int other = skipBlanks(text, after + (text.charAt(after) == '\u2192' ? 1 : 2));
            // (A port after the other side makes the pair a flow: "10.30.1.11 -> 198.51.100.14:443".)
            // (So does a transport after it: "172.16.4.23 -> 172.16.9.200 TCP 5061".)
            transition = dottedFourPartAt(text, other) && !portAfter(text, dottedRunEnd(text, other))
                    && !transportAfter(text, dottedRunEnd(text, other)) && majorsOfOneProduct(text, start, other);
        } else {
            int before = blanksBefore(text, start);
            int arrow = before >= 2 && (text.startsWith("->", before - 2) || text.startsWith("=>", before - 2)) ? before - 2
                    : before >= 1 && text.charAt(before - 1) == '\u2192' ? before - 1 : -1;
            pairStart = arrow < 0 ? -1 : dottedFourPartBefore(text, arrow);
            transition = pairStart >= 0 && !transportAfter(text, end) && majorsOfOneProduct(text, pairStart, start);
        }
        // "dns: query A crm from 10.30.0.18 -> 10.30.0.2": a thing with an address named before the
        // pair makes it a flow between two hosts, not an upgrade; unless a version's word names the
        // pair's first number ("gateway FW 7.4.2.11 -> 7.4.2.14").
        String before = transition ? previousWord(text, pairStart) : "";
        return transition && (PAIR_VERSION_WORDS.contains(before)
                || !addressNounBefore(text, start) && !flowWordBefore(text, start) && !HOST_NAME.matcher(before).matches());
    }

    /**
     * A host's name as server lists write it, letters, a dash and a number ("cbs-app-01", "web-2"): the pair
     * after it is the host's old and new address ("cbs-app-01 10.18.6.21 -> 10.58.6.21"), not an upgrade.
     */
    private static final Pattern HOST_NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\\d{1,3}");

    /** Highest major version read on either side of an upgrade whose majors differ. */
    private static final int MAX_MOVED_MAJOR = 99;

    /**
     * Whether the four-part numbers at {@code first} and {@code second} may be two versions of one
     * product: the same first number, or two below 100 ("8.1.3.2 -> 10.1.0.2"). A product does not
     * move from major 10 to 203: "10.24.8.113 → 203.0.113.18" is a flow between two hosts.
     */
    private static boolean majorsOfOneProduct(String text, int first, int second) {
        int a = leadingNumber(text, first);
        int b = leadingNumber(text, second);
        return a == b || a <= MAX_MOVED_MAJOR && b <= MAX_MOVED_MAJOR;
    }

    /** The number the digits at {@code at} make, up to the first non-digit (three digits at most read). */
    private static int leadingNumber(String text, int at) {
        int value = 0;
        for (int i = at; i < text.length() && i < at + 4 && Chars.isAsciiDigit(text.charAt(i)); i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /**
     * Whether a port named in words follows {@code end} ("to 10.40.1.12 port 8443"): an endpoint, as
     * {@link #portAfter} reads one written with a colon.
     */
    static boolean portWordAfter(String text, int end) {
        int i = skipBlanks(text, end);
        if (i == end || !text.regionMatches(true, i, "port", 0, 4)) {
            return false;
        }
        int digit = skipBlanks(text, i + 4);
        return digit > i + 4 && digit < text.length() && Chars.isAsciiDigit(text.charAt(digit));
    }

    /** Transports a flow between two hosts names after them. */
    private static final List<String> TRANSPORTS = List.of("TCP", "UDP", "TLS", "SCTP", "ICMP", "tcp", "udp", "tls", "sctp", "icmp");

    /** Whether a transport's name stands right after {@code end}, a blank between: a flow, not an upgrade. */
    private static boolean transportAfter(String text, int end) {
        int i = skipBlanks(text, end);
        return i > end && phraseAt(text, i, TRANSPORTS, false);
    }

    /** Whether one of {@code phrases} stands at {@code at} as whole words. */
    private static boolean phraseAt(String text, int at, List<String> phrases, boolean ignoreCase) {
        for (String phrase : phrases) {
            if (text.regionMatches(ignoreCase, at, phrase, 0, phrase.length()) && !Chars.wordCharAt(text, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    /** Words right before the first of a pair of versions that name it a version. */
    private static final Set<String> PAIR_VERSION_WORDS = Set.of("fw", "firmware", "version", "release", "build", "v",
            "ver", "sw", "software");

    /**
     * {@code upgrade Avaya SBCE 8.1.3.2 to 10.1.0.2}, {@code upgrade the cluster to 9.1.4.2 (from
     * 9.0.11.7)}: the number on the other side of a version bump ({@link #isVersionBump}) is the
     * version it moves from. Without the bump's verb ("allow 10.0.0.1 to 10.0.0.9") two numbers are
     * a range of hosts.
     */
    static boolean otherSideOfBump(String text, int start, int end) {
        int to = skipBlanks(text, end);
        if (text.regionMatches(true, to, "to ", 0, 3)) {
            int other = skipBlanks(text, to + 3);
            return dottedFourPartAt(text, other) && isVersionBump(text, other);
        }
        int from = blanksBefore(text, start);
        if (from < 4 || !text.regionMatches(true, from - 4, "from", 0, 4)) {
            return false;
        }
        int mark = blanksBefore(text, from - 4);
        if (mark == 0 || (text.charAt(mark - 1) != '(' && text.charAt(mark - 1) != ',')) {
            return false;
        }
        int other = dottedFourPartBefore(text, mark - 1);
        return other >= 0 && isVersionBump(text, other);
    }

    /**
     * {@code CEF:0|Acme|WAF|6.2.1.4|1010|SQLi blocked|7|src=...}: the fourth field of a Common Event
     * Format header is the device's version.
     */
    static boolean cefDeviceVersion(String text, int start, int end) {
        if (start == 0 || text.charAt(start - 1) != '|' || end >= text.length() || text.charAt(end) != '|') {
            return false;
        }
        int cef = text.lastIndexOf("CEF:", start);
        if (cef < 0 || text.indexOf('\n', cef) >= 0 && text.indexOf('\n', cef) < start) {
            return false;
        }
        int pipes = 0;
        for (int i = cef; i < start; i++) {
            pipes += text.charAt(i) == '|' ? 1 : 0;
        }
        return pipes == 3;
    }

    /** {@code i}, moved forward over the blanks there. */
    private static int skipBlanks(String text, int i) {
        int at = i;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** {@code i}, moved back over the blanks before it. */
    private static int blanksBefore(String text, int i) {
        int at = i;
        while (at > 0 && text.charAt(at - 1) == ' ') {
            at--;
        }
        return at;
    }

    /** {@code 10.40.2.11:8080}: a port right after the number, which a version never has. */
    static boolean portAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ':' && Chars.isAsciiDigit(text.charAt(end + 1));
    }

    /**
     * Below the default threshold, so that only a cue that names an address ("ip 2.8.0.17") keeps a
     * {@link #versionShaped} number.
     */
    static final double VERSION_SHAPED = 0.45;

    /**
     * {@code 2.8.0.17}, {@code 4.12.0.7}, {@code 3.2.0.118}: a major version of one digit, a minor,
     * a zero patch and a build. Hosts whose address starts with 1 to 9 and has a zero third octet
     * are rare in a contact centre's text (the networks of 1.0.0.0/8 to 9.0.0.0/8 belong to a few
     * operators; the well-known resolvers 1.1.1.1, 8.8.8.8 and 9.9.9.9 are not of this shape), while
     * versions of this shape are everywhere in release notes and logs without a version word.
     */
    private static boolean versionShaped(Matcher v4) {
        String first = v4.group(1);
        return first.length() == 1 && first.charAt(0) != '0' && v4.group(3).equals("0");
    }

    /** A version or an address ({@code 10.2.1.3}) starts at {@code i}: the other side of an upgrade. */
    private static boolean dottedFourPartAt(String text, int i) {
        int at = i;
        for (int part = 0; part < 4; part++) {
            int partEnd = Chars.digitRunEnd(text, at);
            if (partEnd == at || (part < 3 && (partEnd >= text.length() || text.charAt(partEnd) != '.'))) {
                return false;
            }
            at = partEnd + 1;
        }
        return true;
    }

    /** Where the run of digits and dots from {@code start} ends. */
    private static int dottedRunEnd(String text, int start) {
        int i = start;
        while (i < text.length() && (Chars.isAsciiDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** Where a version or an address ending right before the blanks before {@code mark} starts, or -1. */
    private static int dottedFourPartBefore(String text, int mark) {
        int end = blanksBefore(text, mark);
        int i = end;
        while (i > 0 && (Chars.isAsciiDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return i < end && dottedFourPartAt(text, i) ? i : -1;
    }

    /** How far back, within the line, a thing with an address is looked for. */
    private static final int ADDRESS_NOUN_WINDOW = 60;

    /** Whether one of {@link #ADDRESS_NOUNS} ("dns", "peer", "route") stands before {@code start} in its line. */
    static boolean addressNounBefore(String text, int start) {
        return wordBefore(text, start, Math.max(0, start - ADDRESS_NOUN_WINDOW), ADDRESS_NOUNS, false);
    }

    /** Whether one of {@link #FLOW_WORDS}, as a word of its own, stands before {@code start} in its line. */
    private static boolean flowWordBefore(String text, int start) {
        return wordBefore(text, start, Math.max(0, start - ADDRESS_NOUN_WINDOW), FLOW_WORDS, true);
    }

    /**
     * Whether one of {@code words} stands in {@code text[from, start)}, in the line of {@code start};
     * {@code alone}: not joined to another word by '-', '_', '.' or '/'.
     */
    private static boolean wordBefore(String text, int start, int from, Set<String> words, boolean alone) {
        int i = start;
        while (i > from) {
            int wordEnd = i;
            while (wordEnd > from && !Character.isLetter(text.charAt(wordEnd - 1))) {
                if (text.charAt(wordEnd - 1) == '\n') {
                    return false;
                }
                wordEnd--;
            }
            if (wordEnd < i && text.startsWith(". ", wordEnd) && wordEnd + 2 <= i && wordEnd + 2 < text.length()
                    && Character.isUpperCase(text.charAt(wordEnd + 2))) {
                // "... for the VPN connector. Upgrade path: 4.2.1.8 → 4.2.3.2": a sentence ends between
                return false;
            }
            int wordStart = wordEnd;
            while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart < wordEnd && words.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))
                    && (!alone || (!joinedAt(text, wordStart - 1) && !joinedAt(text, wordEnd)))) {
                return true;
            }
            i = wordStart;
        }
        return false;
    }

    /** Whether {@code text[i]} joins two parts of one token ("contact-flow-exporter", "flow_log"). */
    private static boolean joinedAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '-' || c == '_' || c == '.' || c == '/';
    }

    /** Verbs that move software from one version to another. */
    private static final Set<String> BUMP_VERBS = Set.of("bump", "bumps", "bumped", "bumping", "upgrade",
            "upgrades", "upgraded", "upgrading", "downgrade", "downgrades", "downgraded", "downgrading", "update",
            "updates", "updated", "updating", "rollback", "roll", "rolls", "rolled", "revert", "reverts", "reverted", "reverting",
            "pin", "pins", "pinned", "pinning",
            // The same in the languages of the centres: Portuguese, Spanish, German, French, Italian, Dutch.
            "atualizar", "atualize", "atualizem", "atualizou", "atualizado", "actualizar", "actualice", "actualicen",
            "actualiza", "actualiz\u00f3", "actualizado", "aktualisieren", "aktualisiert", "updaten", "upgraden",
            "mettre", "mis", "mise", "aggiornare", "aggiorna", "aggiornate", "aggiornato", "bijwerken", "bijgewerkt");
    /**
     * Prepositions of a bump in the languages of {@link #BUMP_VERBS}: "atualizem o plugin para 3.2.1.7",
     * "mettre à jour vers 4.1.0.2", "soll auf 10.2.0.17 aktualisieren".
     */
    private static final Set<String> BUMP_PREPOSITIONS = Set.of("to", "from", "para", "a", "auf", "vers", "naar", "von",
            "de", "desde", "da", "van",
            // Indonesian and Malay "from", "to" ("upgrade core wallet dari 10.1.9.3 ke 10.2.0.15").
            "dari", "ke");
    /** Things that have an address: named between the verb and the number, they make it one. */
    static final Set<String> ADDRESS_NOUNS = Set.of("ip", "ips", "address", "addr", "host", "hostname",
            "server", "client", "gateway", "gw", "router", "proxy", "dns", "record", "firewall", "allowlist",
            "whitelist", "blocklist", "blacklist", "denylist", "acl", "waf", "route", "nat", "peer", "endpoint", "vpn", "subnet", "interface", "nic", "resolver",
            "lan", "wan", "dhcp", "static",
            // A device's management address ("OLT-LDS-07 mgmt 10.44.7.21") and a virtual one.
            "mgmt", "management", "loopback", "vip",
            // Where a firewall lets traffic go ("firewall updated, egress to 198.51.100.44").
            "egress", "ingress");
    /**
     * The words of a firewall's or a VPC's flow log: an arrow after them joins two hosts ("VPC flow log:
     * ACCEPT 10.40.3.17 -> 10.40.12.8 443 tcp"), not two versions. Read as words of their own only:
     * "contact-flow-exporter 10.2.0.15 -> 10.2.1.0" is a version bump.
     */
    private static final Set<String> FLOW_WORDS = Set.of("flow", "netflow", "sflow", "ipfix", "accept", "accepted", "reject", "rejected", "deny",
            "denied", "drop", "dropped", "permit", "permitted", "blocked", "src", "dst", "tcp", "udp", "traffic",
            "packet", "packets",
            // A route's hops: "traceroute via 10.255.0.1 → 198.51.100.254".
            "traceroute", "tracert", "hop", "hops", "via",
            // A remote login's way from a client to a host: "bastion login: ostrowski_r from 198.51.100.33 ->
            // 10.42.0.5" (not "login" alone: "fixes BankID login loop ...; backend 10.2.0.15 → 10.2.0.16").
            "ssh", "rdp", "bastion");
    /** How many words before "to" or "from" the verb is looked for. */
    private static final int BUMP_WORDS = 8;

    /**
     * {@code bump venue-booking to 3.14.0.2}, {@code upgraded the agent from 6.2.0.1}: a number after
     * "to" or "from" whose clause moves software to another version (bump, upgrade, update, revert,
     * pin) is a version, the transition of {@link #isVersionTransition} written in words. A thing
     * with an address named in between ("updated the DNS record to", "bumped the gateway to") keeps
     * the number an address.
     */
    static boolean isVersionBump(String text, int start) {
        int end = blanksBefore(text, start);
        int wordStart = wordStartBefore(text, end);
        String preposition = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
        if (!BUMP_PREPOSITIONS.contains(preposition)) {
            return false;
        }
        return (verbOfClause(text, wordStart, ADDRESS_NOUNS, BUMP_VERBS) || bumpVerbAfter(text, start))
                && !ipNamedBefore(text, start);
    }

    /** How far before a number "IP" is looked for by {@link #ipNamedBefore}. */
    private static final int IP_NAMED_WINDOW = 80;

    /**
     * Whether the word "IP" stands shortly before {@code start}, in the sentence before too: "the
     * webhook is hitting our old IP. Can you ask them to update it to 203.0.113.12?" moves an address.
     */
    private static boolean ipNamedBefore(String text, int start) {
        for (int i = start - 2; i >= Math.max(0, start - IP_NAMED_WINDOW); i--) {
            if ((text.charAt(i) == 'I' || text.charAt(i) == 'i') && (text.charAt(i + 1) == 'P' || text.charAt(i + 1) == 'p')
                    && !Chars.wordCharAt(text, i - 1) && " .,;:?!)\n".indexOf(text.charAt(i + 2)) >= 0) {
                // (Not a host's name: "node ip-10-4-12-7".)
                return true;
            }
        }
        return false;
    }

    /** A bump's verb right after the number, as German puts it last: "soll auf 10.2.0.17 aktualisieren". */
    private static boolean bumpVerbAfter(String text, int start) {
        int i = skipBlanks(text, dottedRunEnd(text, start));
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > i && BUMP_VERBS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /** Verbs that put software out: the thing they name directly, with its number, is a release. */
    private static final Set<String> DEPLOY_VERBS = Set.of("deploy", "deploys", "deployed", "deploying", "rolled",
            "rolling", "rollout", "release", "releases", "released", "releasing", "ship", "ships", "shipped",
            "shipping", "promoted", "promoting");
    /** Prepositions that send a deployed thing to a host: "deployed to 10.0.0.5" names a machine. */
    private static final Set<String> DESTINATIONS = Set.of("to", "on", "onto", "at", "from", "via", "in", "into",
            "for", "with", "against", "by");
    private static final Set<String> DEPLOY_STOPS = Stream.concat(DESTINATIONS.stream(), ADDRESS_NOUNS.stream())
            .collect(Collectors.toUnmodifiableSet());

    /**
     * {@code rolled out contact-router 2.31.0.4}, {@code deployed agent-desktop 4.12.0.3}: a number
     * that a deploy verb's object ends with is the release put out. With a preposition between
     * ("deployed to 10.0.0.5", "rolled out on 203.0.113.4") or a thing that has an address, it is a
     * host.
     */
    static boolean isDeployedVersion(String text, int start) {
        return verbOfClause(text, start, DEPLOY_STOPS, DEPLOY_VERBS);
    }

    /**
     * Whether one of {@code verbs} stands within {@link #BUMP_WORDS} words before {@code end} in the
     * same clause (words joined by blanks or joiners only), with none of {@code stops} on the way.
     */
    private static boolean verbOfClause(String text, int end, Set<String> stops, Set<String> verbs) {
        int at = end;
        for (int words = 0; words < BUMP_WORDS; words++) {
            while (at > 0 && isBlankOrJoiner(text.charAt(at - 1))) {
                at--;
            }
            if (at == 0 || !Chars.wordCharAt(text, at - 1)) {
                return false; // the clause ends: a sentence mark, a quote, a bracket or the text's start
            }
            int from = wordStartBefore(text, at);
            String word = text.substring(from, at).toLowerCase(Locale.ROOT);
            if (stops.contains(word) || ORIGIN_VERBS.contains(word)) {
                return false; // "reverted change made from 192.0.2.93": where it was made, not a version
            }
            if (verbs.contains(word) && !text.startsWith("PIN", from)) {
                return true; // (not a "transfer PIN 3309, requested ... from 198.51.100.88")
            }
            at = from;
        }
        return false;
    }

    /** Verbs whose "from" names where something came from: a host, not a version moved from. */
    private static final Set<String> ORIGIN_VERBS = Set.of("made", "sent", "requested", "logged", "accessed", "came",
            "connected", "originated", "signed", "submitted", "placed");

    /**
     * A version: two to four parts after its "v" ({@code v5.8.2}), two or three without it ({@code
     * 4.12.1}); four bare parts are an address ({@code DHCPREQUEST for 10.48.112.209 (10.40.0.12)}).
     */
    private static final Pattern VERSION_TOKEN = Pattern.compile("[vV]\\d{1,4}(?:\\.\\d{1,5}){1,3}|\\d{1,4}(?:\\.\\d{1,5}){1,2}");
    /** Longest {@link #VERSION_TOKEN} looked at. */
    private static final int MAX_VERSION_TOKEN = 24;

    /**
     * {@code crm-lux v5.8.2 (10.2.0.15)}: a four-part number in brackets right after a version is that
     * release's build number, not a host.
     */
    private static boolean buildOfVersionBefore(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != '(' || text.charAt(start - 2) != ' ') {
            return false;
        }
        int end = start - 2;
        int from = end;
        while (from > 0 && end - from < MAX_VERSION_TOKEN && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        return VERSION_TOKEN.matcher(text).region(from, end).matches();
    }

    /** Most chars of an aside in brackets after a number whose last word names a release: "(AP fw)". */
    private static final int MAX_ASIDE = 24;

    /** Nouns for a release that name the number right before them: "since 2.31.0.4 deploy". */
    private static final Set<String> RELEASE_NOUNS = Set.of("deploy", "deployment", "release", "rollout", "hotfix",
            "upgrade", "patch", "changelog", "firmware", "fw", "version", "build");

    /**
     * {@code since 2.31.0.4 deploy}, {@code the 10.2.0.15 release}, {@code 10.2.0.15 (AP fw)}: the word
     * after the number, or the last word of a short aside in brackets right after it, names a release,
     * unless the word before makes it a host's ({@code from 203.0.113.9 deploy job}).
     */
    static boolean namesARelease(String text, int start, int end) {
        String previous = previousWord(text, start);
        if (DESTINATIONS.contains(previous) || ADDRESS_NOUNS.contains(previous)) {
            return false;
        }
        int from = skipBlanks(text, end);
        if (from == end) {
            return false;
        }
        if (text.charAt(from) == '(') {
            int close = from + 1;
            while (close < text.length() && close - from <= MAX_ASIDE && text.charAt(close) != ')') {
                close++;
            }
            if (close >= text.length() || text.charAt(close) != ')') {
                return false;
            }
            int firstEnd = from + 1;
            while (firstEnd < close && Character.isLetter(text.charAt(firstEnd))) {
                firstEnd++;
            }
            if (firstEnd > from + 1 && RELEASE_NOUNS.contains(text.substring(from + 1, firstEnd).toLowerCase(Locale.ROOT))
                    && numberAfterNoun(text, firstEnd)) {
                return true; // "1.24.3.1 (build 20417)": the release's own build number
            }
            int last = close;
            while (last > from && Character.isLetter(text.charAt(last - 1))) {
                last--;
            }
            return last < close && (last == from + 1 || text.charAt(last - 1) == ' ')
                    && RELEASE_NOUNS.contains(text.substring(last, close).toLowerCase(Locale.ROOT));
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return to > from && !Chars.wordCharAt(text, to)
                && RELEASE_NOUNS.contains(text.substring(from, to).toLowerCase(Locale.ROOT))
                && !numberAfterNoun(text, to);
    }

    /**
     * Whether a number follows the noun ending at {@code end}, after blanks, '=' or ':': the noun names
     * that number ("192.168.1.254 firmware 1.0.4.62", "reader_ip=10.40.3.21 fw=3.12.0.44"), not the one
     * before it.
     */
    private static boolean numberAfterNoun(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '=' || text.charAt(i) == ':')) {
            i++;
        }
        return i < text.length() && Chars.isAsciiDigit(text.charAt(i));
    }

    /**
     * {@code cc-router:2.31.0.4@sha256:3a7b...}: the tag of a container image, pinned to its digest,
     * is the image's version.
     */
    static boolean isImageTag(String text, int end) {
        return text.startsWith("@sha", end);
    }

    /**
     * {@code image: flowdesk/connector:10.2.0.15}: a container image's tag, the number after a
     * repository path ('/' in the name) and its ':'.
     */
    static boolean isImageTagAfterName(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ':') {
            return false;
        }
        int name = start - 1;
        while (name > 0
                && (Chars.isAsciiLetterOrDigit(text.charAt(name - 1)) || "-_./".indexOf(text.charAt(name - 1)) >= 0)) {
            name--;
        }
        int slash = text.lastIndexOf('/', start - 2);
        return slash >= name && Chars.isAsciiLetter(text.charAt(start - 2))
                && !URI_SCHEMES.contains(text.substring(slash + 1, start - 1).toLowerCase(Locale.ROOT));
    }

    /** Schemes whose ':' an address follows ({@code trunk-b/sip:198.51.100.151:5060}): no image's tag. */
    private static final Set<String> URI_SCHEMES = Set.of("sip", "sips", "tel", "http", "https", "tcp", "udp", "tls",
            "ws", "wss", "ftp", "sftp", "ssh", "ldap", "ldaps", "rtsp");

    /**
     * {@code 3.14.2.7}: no octet of more than two digits. Versions look like this; so do the
     * well-known resolvers (8.8.8.8), which is why the tests that read such a number as a version
     * want a version's word close before it with no address word in between.
     */
    private static boolean shortOctets(Matcher v4) {
        for (int g = 1; g <= 4; g++) {
            if (v4.group(g).length() > 2) {
                return false;
            }
        }
        return true;
    }

    /** {@code 10.2.0.15 (build 4471)}: a build number in brackets right after the number makes it a version. */
    private static boolean buildAfter(String text, int end) {
        int i = skipBlanks(text, end);
        return i + 7 < text.length() && text.charAt(i) == '(' && text.regionMatches(true, i + 1, "build", 0, 5)
                && (text.charAt(i + 6) == ' ' || text.charAt(i + 6) == '#' || Character.isDigit(text.charAt(i + 6)));
    }

    /**
     * What follows a minimum version, never a host: "softphones must be on 3.18.4.2 or later", "iOS 16.4.1.2
     * oder neuer", "versi\u00f3n 5.1.0.3 o superior".
     */
    private static final List<String> MINIMUM_AFTER = List.of("or later", "or newer", "or higher", "or above",
            "and later", "and above", "and newer", "oder neuer", "oder h\u00f6her", "ou sup\u00e9rieure", "ou plus r\u00e9cente",
            "o superior", "o posterior", "of hoger", "of nieuwer", "of later", "o successiva", "o superiore");

    /** {@code 3.18.4.2 or later}: a minimum version. */
    private static boolean minimumVersion(String text, int end) {
        return phraseAt(text, skipBlanks(text, end), MINIMUM_AFTER, true);
    }

    /** Words read back from a number for a version's word before it. */
    private static final int VERSION_WORD_REACH = 6;

    /**
     * {@code SDK paiement 3.2.10.4}, {@code build: billing-export 3.14.2.7}, {@code Version du
     * connecteur vendeur PrestaShop : 3.9.1.2}: a version's word (in the centres' languages: any word
     * that starts with "versi" or ends with "firmware" or "version", and build, release, SDK, software and
     * their words in other scripts) a few words before the number, in
     * the same part of the sentence (no comma, bracket, line break, '@' or '/' between: "ftp://firmware:pw@10.60.17.20" is a host), names it a version. An
     * address word or a preposition that sends something to a host in between ("firmware 9, WAN IP
     * ...", "firmware pushed to ...") leaves it an address, and so does an arrow ("-&gt;": a flow). Not
     * "fw", which a firewall's log writes for itself.
     */
    static boolean versionNamedJustBefore(String text, int start) {
        int i = start;
        for (int words = 0; words < VERSION_WORD_REACH; words++) {
            while (i > 0 && !Character.isLetter(text.charAt(i - 1))) {
                char c = text.charAt(i - 1);
                if (c == '\n' || c == ',' || c == ';' || c == '(' || c == ')' || c == '|' || c == '=' || c == '>'
                        || c == '@' || c == '/' || (c == '.' && i < text.length() && text.charAt(i) == ' ')) {
                    return false;
                }
                i--;
            }
            int wordEnd = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i == wordEnd) {
                return false;
            }
            String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            if (word.startsWith("versi") || word.endsWith("firmware") || word.endsWith("version")
                    || VERSION_WORDS_BEFORE.contains(word)) {
                return true; // (and compounds: "Druckerfirmware", "appversion")
            }
            if (ADDRESS_NOUNS.contains(word) || DESTINATIONS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> VERSION_WORDS_BEFORE = Set.of("firmware", "build", "release", "sdk", "software",
            // Portuguese and Polish "version"; Turkish "version", "software", "firmware".
            "vers\u00e3o", "versao", "wersja", "s\u00fcr\u00fcm", "s\u00fcr\u00fcm\u00fc", "yaz\u0131l\u0131m",
            "yaz\u0131l\u0131m\u0131", "firmware\u0131",
            // Russian "version", "firmware"; Korean "firmware", "version"; Japanese "version", "firmware".
            "\u0432\u0435\u0440\u0441\u0438\u044f", "\u043f\u0440\u043e\u0448\u0438\u0432\u043a\u0430",
            "\ud38c\uc6e8\uc5b4", "\ubc84\uc804", "\u30d0\u30fc\u30b8\u30e7\u30f3",
            "\u30d5\u30a1\u30fc\u30e0\u30a6\u30a7\u30a2",
            // Hebrew "firmware", "version (of)"; Persian and Arabic "firmware", "version".
            "\u05e7\u05d5\u05e9\u05d7\u05d4", "\u05d2\u05e8\u05e1\u05d4", "\u05d2\u05e8\u05e1\u05ea",
            "\u0641\u0631\u06cc\u0645\u0648\u0631", "\u0646\u0633\u062e\u0647", "\u0625\u0635\u062f\u0627\u0631",
            // Vietnamese "bản" of "phiên bản" (version).
            "b\u1ea3n");

    /**
     * {@code Agent: which firmware version is it?\nCustomer: 3.4.12.5}: a turn that is nothing but
     * the number answers the question of the turn before, and a question about a version gets a version.
     */
    static boolean answersVersionQuestion(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (lineStart == 0 || !isSpeakerTag(text, lineStart, start)) {
            return false;
        }
        int after = start;
        while (after < text.length() && (Character.isDigit(text.charAt(after)) || text.charAt(after) == '.')) {
            after++;
        }
        if (after < text.length() && text.charAt(after) != '\n') {
            return false;
        }
        int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        String previous = text.substring(previousStart, lineStart - 1).toLowerCase(Locale.ROOT);
        return previous.indexOf('?') >= 0 && (previous.contains("versi") || previous.contains("firmware"));
    }

    /** {@code Customer: }: one or two words and a colon from the line's start to {@code end}. */
    private static boolean isSpeakerTag(String text, int lineStart, int end) {
        int colon = text.lastIndexOf(':', end - 1);
        if (colon < lineStart || end - lineStart > 24 || text.substring(colon + 1, end).strip().length() > 0) {
            return false;
        }
        for (int i = lineStart; i < colon; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != ' ') {
                return false;
            }
        }
        return colon > lineStart;
    }

    /** {@code ivr-flows-2.6.9.102}: a number glued to a name by a hyphen is that name's version, a tag. */
    static boolean afterNameAndHyphen(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
    }

    /**
     * {@code Firmware on the fax server is 7.3.0.112}: a {@link #versionShaped} number in a clause
     * that a version noun opens is that version, though an address word ("server") stands nearer.
     * Only for that shape, which hosts rarely have: "the server running firmware 8 is at 10.40.7.25"
     * keeps its address.
     */
    private static boolean versionNounInClause(String text, int start) {
        return wordBefore(text, start, clauseStart(text, start), CLAUSE_VERSION_NOUNS, false);
    }

    private static final Set<String> CLAUSE_VERSION_NOUNS = Set.of("firmware", "version", "release", "build");

    /**
     * Nouns that label a clause of versions. Not "build" or "release": "Build pipeline: scp artifact to
     * 203.0.113.9" names a host.
     */
    private static final Set<String> VERSION_LABELS = Set.of("version", "versions", "firmware");

    /** Most chars between a clause's version noun and the colon of its label: "Version check:". */
    private static final int MAX_LABEL_TAIL = 16;

    /**
     * {@code Version check: client 1.24.3.1, server 1.24.3.0, launcher 2.8.1.19}: a clause labelled by
     * one of {@link #VERSION_LABELS} and a colon lists versions, whatever their names ("client" and "server" name the
     * software here, not hosts).
     */
    private static boolean labelledAsVersions(String text, int start) {
        int from = skipBlanks(text, clauseStart(text, start));
        int wordEnd = from;
        while (wordEnd < start && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (!VERSION_LABELS.contains(text.substring(from, wordEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int colon = wordEnd;
        while (colon < start && colon - wordEnd <= MAX_LABEL_TAIL && text.charAt(colon) != ':') {
            colon++;
        }
        return colon < start && text.charAt(colon) == ':';
    }

    /** Chars a clause is read back over at most. */
    private static final int CLAUSE_WINDOW = 80;

    /** Where the clause around {@code start} begins: after a line break, ';', or a '.' that ends a sentence. */
    private static int clauseStart(String text, int start) {
        int from = Math.max(0, start - CLAUSE_WINDOW);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == ';' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * {@code softphone v2.14.3, streams.js 2.6.1, agent-workspace 10.2.0.15}, {@code 3.2.1, 3.2.2-rc1,
     * 10.2.0.15}: a number, after a single name or alone, in a list whose item before it is a version
     * of two or three parts is a version too.
     */
    static boolean inListOfVersions(String text, int start) {
        int before = blanksBefore(text, start);
        int name = before;
        while (name > 0 && !Character.isWhitespace(text.charAt(name - 1)) && text.charAt(name - 1) != ',') {
            name--;
        }
        if (name < before && (!Character.isLetter(text.charAt(name)) || namesAnAddress(text.substring(name, before)))) {
            return false; // "Firmware 7.57, WAN-IP 203.0.113.88"
        }
        int comma = blanksBefore(text, name);
        if (comma == 0 || text.charAt(comma - 1) != ',') {
            return false;
        }
        Matcher previous = LISTED_VERSION.matcher(text).region(Math.max(0, comma - 1 - LISTED_VERSION_WINDOW), comma - 1);
        return previous.find();
    }

    /** Whether a part of the name ("WAN-IP", "mgmt_ip") is one of {@link #ADDRESS_NOUNS}. */
    private static boolean namesAnAddress(String name) {
        for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ADDRESS_NOUNS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a list item that is a version of two or three parts, with its name or alone ("streams.js
     * 2.6.1", "softphone v2.14.3", "3.2.2-rc1").
     */
    private static final Pattern LISTED_VERSION = Pattern.compile(
            "(?:^|[ ,:])(?:[A-Za-z][\\w.-]* )?v?\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,4})?(?:-[A-Za-z][\\w.]*)?$");
    private static final int LISTED_VERSION_WINDOW = 40;

    /**
     * {@code GlobalProtect 6.1.3.0}: four one-digit parts ending in 0 are a version; a host's address
     * does not end in 0 in its own network's first 10 addresses.
     */
    static boolean singleDigitZeroVersion(String text, int start, int end) {
        return end - start == 7 && text.charAt(end - 1) == '0';
    }

    /**
     * {@code softphone client 10.2.0.15 rolled out to EMEA pods}, {@code 4.12.0.7 released}, {@code
     * 10.2.0.15 - release tag}: a number that is rolled out, released or listed as a release is a
     * release, not a host.
     */
    static boolean releasedAfter(String text, int start, int end) {
        int i = skipBlanks(text, end);
        if (i == end) {
            return false;
        }
        if (LEASED_NOUNS.contains(previousWord(text, start))) {
            return false; // "WAN IP 198.51.100.142 released": a DHCP lease's address, given back
        }
        return phraseAt(text, i, RELEASE_VERBS, true);
    }

    /**
     * Of {@link #ADDRESS_NOUNS}, those that name an address a lease gives and takes back; not "client"
     * or "server", which name software that is released ("softphone client 10.2.0.15 rolled out").
     */
    private static final Set<String> LEASED_NOUNS = Set.of("ip", "address", "addr", "wan", "lan", "dhcp");

    private static final List<String> RELEASE_VERBS = List.of("rolled out", "released", "was released", "is released",
            "went live", "is live", "shipped",
            // A list of releases: "10.2.0.15 - release tag for the Android app", "4.1.0.2 – hotfix".
            "- release", "\u2013 release", "- hotfix", "\u2013 hotfix",
            // The same with "version" in the callers' languages: "10.2.0.15 — version du connecteur".
            "- version", "\u2013 version", "\u2014 version", "\u2014 release", "- versi\u00f3n", "\u2013 versi\u00f3n",
            "\u2014 versi\u00f3n", "- versione", "\u2013 versione", "\u2014 versione");

    /**
     * {@code OrbisAgentDesktop/10.2.0.15 (Windows NT 10.0; Win64; x64)}, {@code "HelpdeskSync/4.12.0.3"}:
     * a product token of a User-Agent, its name glued to the version by a slash and its platform in
     * brackets, the next product token ({@code Chrome/122.0.0.0 Safari/537.36}) or the quote that ends the
     * string after it, wherever the string stands (an access log
     * quotes it without a header), or a key's whole value ({@code app=seller-center/5.18.2.4}).
     */
    static boolean isProductToken(String text, int start, int end) {
        if (start < 2 || text.charAt(start - 1) != '/') {
            return false;
        }
        int name = start - 1;
        while (name > 0 && (Chars.isAsciiLetterOrDigit(text.charAt(name - 1)) || text.charAt(name - 1) == '-'
                || text.charAt(name - 1) == '_')) {
            name--;
        }
        if (name == start - 1 || !Chars.isAsciiLetter(text.charAt(name))) {
            return false;
        }
        boolean platformAfter = text.startsWith(" (", end) || (end < text.length() && text.charAt(end) == '"')
                || productTokenAt(text, end + 1) && text.charAt(end) == ' ';
        // (Also a key's value that is a product token alone: "app=seller-center/5.18.2.4 mfa=totp".)
        boolean keyed = name > 0 && text.charAt(name - 1) == '='
                && (end == text.length() || text.charAt(end) == ' ' || text.charAt(end) == '&' || text.charAt(end) == ';');
        return platformAfter && (name == 0 || text.charAt(name - 1) == ' ' || text.charAt(name - 1) == '"') || keyed;
    }

    /** Whether a product token of a user agent ("Safari/537.36") starts at {@code i}: letters, a slash, a digit. */
    private static boolean productTokenAt(String text, int i) {
        int slash = i;
        while (slash < text.length() && Chars.isAsciiLetter(text.charAt(slash))) {
            slash++;
        }
        return slash > i && slash + 1 < text.length() && text.charAt(slash) == '/' && Chars.isAsciiDigit(text.charAt(slash + 1));
    }

    /**
     * {@code client=AnyConnect 5.1.2.42}, {@code GlobalProtect 6.1.3.0}: a product's name written in
     * camel case (a capital inside a word of letters) right before the number is the product's, and the
     * number its version; hosts are not named so.
     */
    static boolean afterCamelCaseName(String text, int start) {
        int end = start - 1;
        if (end < 2 || text.charAt(end) != ' ') {
            return false;
        }
        int name = end;
        boolean innerCapital = false;
        while (name > 0 && Chars.isAsciiLetter(text.charAt(name - 1))) {
            name--;
            innerCapital |= name < end - 1 && Character.isUpperCase(text.charAt(name + 1))
                    && Character.isLowerCase(text.charAt(name));
        }
        // (A log line's bracketed component too: "[PolicyAdmin 8.4.2.11] [http-nio-8443-exec-17]".)
        return innerCapital && Character.isUpperCase(text.charAt(name)) && (name == 0 || text.charAt(name - 1) == ' '
                || text.charAt(name - 1) == '=' || text.charAt(name - 1) == '[' || text.charAt(name - 1) == '(')
                && !namesAHost(text.substring(name, end));
    }

    /** Most chars of a device's model code ("SIP-T46U", "GXP1625"). */
    private static final int MAX_MODEL = 12;

    /**
     * {@code Yealink SIP-T46U 108.86.0.20}, {@code Grandstream GXP1625 1.0.11.23}: a vendor's name and a
     * model code (capitals and digits) right before the number make it the device's firmware, as a
     * SIP user agent or an inventory writes it. Not in a private network ({@code Cisco C9300 10.1.1.1}
     * is a host of the site), nor after SDP's {@code IN IP4}.
     */
    static boolean afterVendorAndModel(String text, int start) {
        int modelEnd = start - 1;
        if (modelEnd < 4 || text.charAt(modelEnd) != ' ' || text.startsWith("10.", start) || text.startsWith("172.", start)) {
            return false;
        }
        int model = modelEnd;
        boolean letter = false;
        boolean digit = false;
        while (model > 0 && modelEnd - model < MAX_MODEL && (Character.isUpperCase(text.charAt(model - 1))
                && Chars.isAsciiLetter(text.charAt(model - 1)) || Chars.isAsciiDigit(text.charAt(model - 1)) || text.charAt(model - 1) == '-')) {
            model--;
            letter |= Chars.isAsciiLetter(text.charAt(model));
            digit |= Chars.isAsciiDigit(text.charAt(model));
        }
        if (!letter || !digit || model < 2 || text.charAt(model - 1) != ' ' || text.startsWith("IP", model)) {
            return false;
        }
        int vendor = model - 1;
        while (vendor > 0 && Character.isLowerCase(text.charAt(vendor - 1)) && Chars.isAsciiLetter(text.charAt(vendor - 1))) {
            vendor--;
        }
        return vendor > 0 && model - 1 - vendor >= 2 && Character.isUpperCase(text.charAt(vendor - 1))
                && Chars.isAsciiLetter(text.charAt(vendor - 1))
                && (vendor == 1 || !Chars.isAsciiLetterOrDigit(text.charAt(vendor - 2)));
    }

    /**
     * Whether a camel-case word is a label of an address ("ClusterIP", "HostName", "RemoteAddress",
     * "ComputerName"): one of its humps is one of {@link #ADDRESS_NOUNS} or "name".
     */
    private static boolean namesAHost(String camelCase) {
        for (String hump : camelCase.split("(?<=[a-z])(?=[A-Z])")) {
            String lower = hump.toLowerCase(Locale.ROOT);
            if (ADDRESS_NOUNS.contains(lower) || lower.equals("name")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ONT-3.20.1.14.bin}, {@code setup-10.2.0.15.exe}: a file name's extension right after the
     * number makes it the file's version; an address is not followed by {@code .} and a letter.
     */
    static boolean isFileName(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '.' && Chars.isAsciiLetter(text.charAt(end + 1));
    }

    /** The word (letters, digits, '-', '_', '.', '/') before {@code start} and its blanks, lower-cased. */
    private static String previousWord(String text, int start) {
        int before = blanksBefore(text, start);
        return text.substring(wordStartBefore(text, before), before).toLowerCase(Locale.ROOT);
    }

    /** Where the word (letters, digits, '-', '_', '.', '/') ending at {@code end} starts. */
    private static int wordStartBefore(String text, int end) {
        int i = end;
        while (i > 0 && (Chars.wordCharAt(text, i - 1) || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '.'
                || text.charAt(i - 1) == '/')) {
            i--;
        }
        return i;
    }

    private static boolean isBlankOrJoiner(char c) {
        return c == ' ' || c == ',';
    }

    /** Headers whose value names software and its version: {@code User-Agent: PBX 18.2.0.4}. */
    private static final Set<String> PRODUCT_HEADERS = Set.of("useragent", "ua", "xmailer", "server");
    /** How far back on its line a number's header is looked for. */
    private static final int MAX_HEADER_VALUE = 200;

    /**
     * Whether the number stands in the value of a User-Agent, X-Mailer or Server header ({@code
     * User-Agent: PBX 18.2.0.4}, {@code "userAgent":"Softphone/4.2 (SDK 3.1.0.7)"}): product tokens
     * and versions, not addresses. The nearest {@code Name:} or {@code name=} before the number on its
     * line is its header ({@code Via: SIP/2.0/TLS 203.0.113.77} is not one). A Server header's value
     * is a host as often as a product, so there the number is a version only after a product token.
     */
    static boolean inProductHeader(String text, int start) {
        int limit = Math.max(0, start - MAX_HEADER_VALUE);
        for (int i = start - 1; i > limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '|') {
                return false; // (a pipe ends a header's value in a log flattened to one line: "User-Agent: ... | failover to ...")
            }
            if (c != ':' && c != '=') {
                continue;
            }
            int after = i + 1;
            if (c == ':' && after < text.length() && !(text.charAt(after) == ' ' || text.charAt(after) == '"')) {
                continue; // "rv:109.0", "sip:alice@...": no header
            }
            int nameEnd = i;
            if (nameEnd > 0 && text.charAt(nameEnd - 1) == '"') {
                nameEnd--;
            }
            int nameStart = nameEnd;
            while (nameStart > 0 && (Chars.wordCharAt(text, nameStart - 1) || text.charAt(nameStart - 1) == '-')) {
                nameStart--;
            }
            if (nameStart == nameEnd || !Character.isLetter(text.charAt(nameStart))) {
                continue; // a port, a time, an IPv6 group
            }
            String name = text.substring(nameStart, nameEnd).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
            if (!PRODUCT_HEADERS.contains(name)) {
                return false;
            }
            if (!name.equals("server")) {
                return true;
            }
            if (isUrlHost(text, after, start)) {
                return false; // "server":"ftp://PlcmSpIp:PlcmSpIp@192.0.2.55/": a URL's host
            }
            if (afterHostName(text, start)) {
                return false; // "Server: declaratie-api-02 (10.40.3.22)": a host's name and its address
            }
            String wordBefore = Chars.wordBefore(text, start);
            if (wordBefore.equals("ip") || wordBefore.equals("addr") || wordBefore.equals("address") || addressBetween(text, after, start)) {
                // "Server: gds-sync-02 (ip 198.51.100.40)", "Server: sip-proxy-it-1 (198.51.100.8) \u2194 carrier SBC
                // (203.0.113.201)": the value names hosts by their addresses.
                return false;
            }
            // "Server: PBX 18.2.0.4" names a product; "server: 10.0.0.5" a host, and so does
            // "Server=tcp:198.51.100.31,1433", a connection string's protocol before its host.
            int scheme = start;
            if (scheme > after && text.charAt(scheme - 1) == ':') {
                scheme--;
                while (scheme > after && Character.isLetter(text.charAt(scheme - 1))) {
                    scheme--;
                }
            }
            for (int k = after; k < scheme; k++) {
                if (Character.isLetter(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** Whether an IPv4 address stands in {@code text[from, to)}. */
    private static boolean addressBetween(String text, int from, int to) {
        Matcher v4 = IPV4.matcher(text).region(from, to);
        while (v4.find()) {
            if (validOctets(v4)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the four groups {@link #IPV4} matched are octets of 0 to 255 without leading zeros. */
    private static boolean validOctets(Matcher v4) {
        for (int g = 1; g <= 4; g++) {
            if (!isOctet(v4.group(g))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the number stands in brackets right after a host's name: a word of letters and digits
     * joined by hyphens, with a digit or a hyphen in it ({@code declaratie-api-02 (10.40.3.22)}).
     */
    private static boolean afterHostName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '(') {
            return false;
        }
        int end = blanksBefore(text, start - 1);
        int i = end;
        boolean digitOrHyphen = false;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            digitOrHyphen |= Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-';
            i--;
        }
        return i < end && digitOrHyphen && Character.isLetter(text.charAt(i));
    }

    /**
     * A path segment of a URL ({@code https://support.example.com/hub5/rn/10.2.1.3}): release notes
     * and downloads name versions there; an address in a URL is its host, right after "//".
     */
    /**
     * Whether {@code text[from, start)} is a URL up to its host, so that {@code start} is the host:
     * a scheme's "://" and, at most, user information before an '@' ({@code ftp://user:pw@}).
     */
    private static boolean isUrlHost(String text, int from, int start) {
        int scheme = text.lastIndexOf("://", start);
        if (scheme < from) {
            return false;
        }
        for (int i = scheme + 3; i < start; i++) {
            char c = text.charAt(i);
            if (c == '/' || Character.isWhitespace(c) || (c == '@' && i != start - 1)) {
                return false;
            }
        }
        return start == scheme + 3 || text.charAt(start - 1) == '@';
    }

    private static boolean inUrlPath(String text, int start) {
        if (start < 1 || text.charAt(start - 1) != '/' || (start >= 2 && text.charAt(start - 2) == '/')) {
            return false;
        }
        int i = start - 1;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, start).contains("://");
    }

    /**
     * The look-behind of a candidate rules out every char a candidate is made of, so a candidate can
     * only start where a run of those chars does, one per run, and only one holding a ':' can be an
     * address: runs are found from their colons, and the pattern is tried once per run rather than
     * at every hex letter of the prose.
     */
    private static void findIpv6(String text, List<Detection> found) {
        Matcher candidates = IPV6_CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int scanned = 0;
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', scanned)) {
            int runStart = colon;
            while (runStart > scanned && isIpv6RunChar(text.charAt(runStart - 1)) && !dotsAt(text, runStart - 2)) {
                runStart--;
            }
            scanned = colon + 1;
            while (scanned < n && isIpv6RunChar(text.charAt(scanned)) && !dotsAt(text, scanned)) {
                scanned++;
            }
            Matcher candidate = candidates;
            int afterName = afterInterfaceName(text, runStart, colon);
            if (afterName > 0) {
                // "outside:2001:db8::8/443": a firewall names the interface before the address, glued
                // by a colon that the candidate's look-behind refuses.
                candidate = AFTER_INTERFACE_NAME.matcher(text).region(afterName, n);
                if (!candidate.lookingAt()) {
                    continue;
                }
            } else if (colon - runStart >= IPV6_CANDIDATE_MAX || !candidates.region(runStart, n).lookingAt()) {
                continue; // no candidate, or one ending before the colon: no address
            }
            int start = candidate.start();
            int end = candidate.end();
            if (Chars.wordCharAt(text, end) || (end < text.length() && text.charAt(end) == ':')) {
                continue; // longer than any address, or glued to a word
            }
            // A sentence may end right after the address: "from fe80::1." or "use ::1:".
            while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ':')
                    && !text.startsWith("::", end - 2)) {
                end--;
            }
            int groups = ipv6Groups(text.substring(start, end));
            int dot = text.indexOf('.', start);
            if (groups < 0 && dot > start && dot < end && text.lastIndexOf('.', end - 1) == dot
                    && end - dot - 1 <= MAX_PORT_DIGITS && Chars.onlyDigits(text, dot + 1, end)) {
                // "IP6 2001:db8:a::4.52144 > 2001:db8:b::9.443:": tcpdump writes the port after a dot.
                int withoutPort = ipv6Groups(text.substring(start, dot));
                if (withoutPort >= 0) {
                    groups = withoutPort;
                    end = dot;
                }
            }
            int port = groups < 0 ? text.lastIndexOf(':', end - 1) : -1;
            if (port > start && isFiveDigitPort(text, port + 1, end)) {
                // "2001:db8:10::5:55012": five decimal digits are no 16-bit group but a port written
                // without the brackets RFC 5952 asks for; the address is what stands before it.
                groups = ipv6Groups(text.substring(start, port));
                end = groups >= 0 ? port : end;
            } else if (groups >= 0 && isServicePortAfterCompressed(text, start, end)) {
                // "2001:db8:1::15:5672": a compressed address whose last group is a
                // service's well-known port in decimal is that address and its port, written without
                // brackets; the port is no part of the address.
                end = text.lastIndexOf(':', end - 1);
                groups = ipv6Groups(text.substring(start, end));
            }
            if (groups >= 0 && !text.substring(start, end).contains("::") && hexPairs(text, start, end)) {
                continue; // "Serial 4F:2A:91:0C:77:E3:18:5B": bytes in hex, an EUI-64, a serial or a fingerprint
            }
            if (groups >= 0) {
                boolean compressed = text.substring(start, end).contains("::");
                boolean network = isNetwork6(text, start, end);
                double confidence = network ? NETWORK : !compressed ? 0.85 : groups >= 3 ? 0.75 : 0.55;
                int prefixEnd = network || afterName > 0 ? end : prefixLengthEnd(text, end);
                // An interface written with its prefix length ("ipv6 address 2001:db8:ac10:fe00::1/64")
                // keeps it in the span, as an IPv4 interface keeps its mask; after an interface's name
                // ("inside:fe80::1/22") a firewall writes the port there. A link-local address's zone
                // ("fe80::1ff:fe23:4567:890a%eth0") stays outside, as most labelled sets put it: it names the
                // host's own interface, not the address.
                found.add(new Detection(EntityTypes.IP_ADDRESS, start, prefixEnd, confidence, NAME));
            }
        }
    }

    /**
     * Whether {@code text[start, end)} is bytes written as pairs of hex digits between colons, as
     * serial numbers, fingerprints and EUI-64 identifiers are; an address's groups are written without
     * leading zeros and rarely all of two digits.
     */
    private static boolean hexPairs(String text, int start, int end) {
        for (int i = start; i < end; i += 3) {
            if (i + 2 > end || (i + 2 < end && text.charAt(i + 2) != ':')
                    || text.charAt(i) == ':' || text.charAt(i + 1) == ':' || text.charAt(i) == '.' || text.charAt(i + 1) == '.') {
                return false;
            }
        }
        return true;
    }

    /** The end of an IPv6 prefix length ({@code /64}, 0 to 128) right after {@code end}, or {@code end}. */
    private static int prefixLengthEnd(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '/') {
            return end;
        }
        int digitsEnd = Chars.digitRunEnd(text, end + 1);
        if (digitsEnd == end + 1 || digitsEnd - end - 1 > 3 || Chars.wordCharAt(text, digitsEnd)
                || Integer.parseInt(text.substring(end + 1, digitsEnd)) > 128) {
            return end;
        }
        return digitsEnd;
    }

    /**
     * Ports of services whose addresses turn up in logs, configuration and SIP headers (web, mail,
     * SIP, STUN and TURN of a WebRTC call's ICE candidates, databases, brokers, monitoring). Only ports
     * of three or more digits: a two-digit decimal group ({@code ::1:25}) is as likely an address's own
     * group.
     */
    private static final Set<String> SERVICE_PORTS = Set.of(
            "443", "465", "587", "636", "993", "995", "1194", "1433", "1521", "1883", "8883", "2049", "2181", "2379",
            "3000", "3306", "3389", "3478", "4443", "5060", "5061", "5349", "5222", "5432", "5671", "5672", "5900", "6379",
            "6443", "8000", "8008", "8080", "8081", "8088", "8443", "8888", "9000", "9042", "9090", "9092",
            "9093", "9100", "9200", "9300", "9443");

    /**
     * Whether the address {@code text[start, end)} has a {@code ::} and after it, not right after
     * it, a last group that is a {@link #SERVICE_PORTS service port}, with a valid address before it.
     */
    private static boolean isServicePortAfterCompressed(String text, int start, int end) {
        int colon = text.lastIndexOf(':', end - 1);
        int doubleColon = text.indexOf("::", start);
        return doubleColon >= 0 && colon > doubleColon + 1 && colon < end
                && SERVICE_PORTS.contains(text.substring(colon + 1, end))
                && ipv6Groups(text.substring(start, colon)) >= 0;
    }

    /** Five decimal digits up to 65535: a port, never a 16-bit hex group (at most four digits). */
    private static boolean isFiveDigitPort(String text, int start, int end) {
        return end - start == 5 && Chars.onlyDigits(text, start, end) && Integer.parseInt(text.substring(start, end)) <= 65535;
    }

    /**
     * After {@code text[runStart, colon)}, where a run of address chars starts inside a word: the
     * start of the address after that word and its colon when the word is a name (a letter that is no
     * hex digit in it, as in "outside", "dmz", "vlan20") and a hex digit follows the colon; else -1.
     */
    private static int afterInterfaceName(String text, int runStart, int colon) {
        if (runStart == 0 || !Character.isLetter(text.charAt(runStart - 1)) || colon + 1 >= text.length()
                || Character.digit(text.charAt(colon + 1), 16) < 0) {
            return -1;
        }
        int wordStart = colon;
        boolean name = false;
        while (wordStart > 0 && (Character.isLetterOrDigit(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '_'
                || text.charAt(wordStart - 1) == '-')) {
            name |= Character.isLetter(text.charAt(wordStart - 1)) && Character.digit(text.charAt(wordStart - 1), 16) < 0;
            wordStart--;
        }
        return name && wordStart < runStart ? colon + 1 : -1;
    }

    /** Whether two dots stand at {@code i}: no part of an address, but what a log writes between two. */
    private static boolean dotsAt(String text, int i) {
        return i >= 0 && i + 1 < text.length() && text.charAt(i) == '.' && text.charAt(i + 1) == '.';
    }

    private static boolean isIpv6RunChar(char c) {
        return c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Explicit 16-bit groups of a valid IPv6 address (an embedded IPv4 counts two), or -1. */
    static int ipv6Groups(String candidate) {
        int doubleColon = candidate.indexOf("::");
        if (doubleColon >= 0 && candidate.indexOf("::", doubleColon + 1) >= 0) {
            return -1;
        }
        if (candidate.indexOf(':') < 0) {
            return -1;
        }
        int groups;
        if (doubleColon < 0) {
            groups = countGroups(candidate, true);
            return groups == 8 ? groups : -1;
        }
        String head = candidate.substring(0, doubleColon);
        String tail = candidate.substring(doubleColon + 2);
        int headGroups = head.isEmpty() ? 0 : countGroups(head, false);
        int tailGroups = tail.isEmpty() ? 0 : countGroups(tail, true);
        if (headGroups < 0 || tailGroups < 0) {
            return -1;
        }
        groups = headGroups + tailGroups;
        // "::" stands for at least one zero group; a bare "::" says nothing about anyone.
        return groups <= 7 && groups >= 1 ? groups : -1;
    }

    private static int countGroups(String part, boolean ipv4AllowedLast) {
        String[] pieces = part.split(":", -1);
        int groups = 0;
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == pieces.length - 1 && ipv4AllowedLast && piece.indexOf('.') >= 0) {
                if (!isDottedQuad(piece)) {
                    return -1;
                }
                groups += 2;
            } else if (isHexGroup(piece)) {
                groups++;
            } else {
                return -1;
            }
        }
        return groups;
    }

    private static boolean isHexGroup(String piece) {
        if (piece.isEmpty() || piece.length() > 4) {
            return false;
        }
        for (int i = 0; i < piece.length(); i++) {
            if (Character.digit(piece.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Four decimal octets of at most 255, without leading zeros: an IPv4 address and nothing else. */
    static boolean isDottedQuad(String piece) {
        String[] octets = piece.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !Chars.onlyDigits(octet, 0, octet.length()) || !isOctet(octet)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctet(String octet) {
        if (octet.length() > 1 && octet.charAt(0) == '0') {
            return false;
        }
        return Integer.parseInt(octet) <= 255;
    }
}
