package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressDetectorTest {

    private final IpAddressDetector detector = new IpAddressDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    /** The addresses the whole classifier reports in {@code text} (context words included). */
    private static List<String> classifiedAddresses(String text) {
        return TextClassifier.create(ClassifierSettings.defaults()).classify(text).stream()
                .filter(d -> d.type().equals(EntityTypes.IP_ADDRESS)).map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void readsBothEndsOfATunnelWrittenWithAnEllipsisBetween() {
        assertThat(addresses("IKE_SA vpn[4471] established between 2001:db8:4f20::12...2001:db8:9a::7"))
                .containsExactly("2001:db8:4f20::12", "2001:db8:9a::7");
        assertThat(addresses("established between 2001:db8:100::1[vpn-gw01]...2001:db8:77:3::a2[ops-laptop-114]"))
                .containsExactly("2001:db8:100::1", "2001:db8:77:3::a2");
    }

    /** What is found at the default threshold: a version is reported below it. */
    private List<String> addresses(String text) {
        return detector.detect(text).stream().filter(d -> d.confidence() >= 0.5)
                .map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2025-04-12 09:22:17 INFO deploy: rolled out contact-router 2.31.0.4 (build 8812) to 6/6 pods",
        "we shipped agent-desktop 4.12.0.3 last night",
        "customer portal returns HTTP 500 since 2.31.0.4 deploy. 37 errors in last hour",
        "the 10.2.0.15 release broke transfers",
        "AP 10.2.0.15 firmware rebooted at 14:22",
        // The last word of an aside in brackets right after it.
        "version strings such as 10.2.0.15 (AP fw) are no addresses",
        "running 10.2.0.15 (firmware) since Monday",
        "Docker image cc-router:2.31.0.4@sha256:3a7bd3e2360a3d29eea436fcfb7e44c7 pulled in 4.2 s.",
        // An address of 0.0.0.0/8 ("this network") names no host.
        "versions: lambda-auth 1.12.0, kvs-consumer 0.9.14.2."
    })
    void aDeployedReleasedOrPinnedVersionIsNoAddress(String text) {
        assertThat(found(text)).hasSize(1);
        assertThat(addresses(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "deployed to 203.0.113.4 at 09:00",
        "rolled out the new config on 203.0.113.4 tonight",
        "deployed the gateway 203.0.113.4 behind the firewall",
        "job from 203.0.113.4 deploy failed",
        "pulled cc-router from 203.0.113.4@registry",
        "ping 203.0.113.4 (core switch) timed out"
    })
    void aHostADeployGoesToIsStillAnAddress(String text) {
        assertThat(addresses(text)).containsExactly("203.0.113.4");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the ip address on the router says 203.0.113.4 firmware 1.0.4.62",
        "reader_ip=203.0.113.4 fw=3.12.0.44"
    })
    void aReleaseNounWithANumberOfItsOwnNamesThatNumber(String text) {
        assertThat(addresses(text)).contains("203.0.113.4");
    }

    @Test
    void anIpv6AddressWithAFiveDigitPortWithoutBracketsIsTheAddressBeforeThePort() {
        assertThat(found("deny tcp 2001:db8:ff00::42 -> 2001:db8:10::5:55012 rule=block-inbound"))
                .containsExactly("2001:db8:ff00::42", "2001:db8:10::5");
        assertThat(found("peer 2001:db8::1:99999 down")).isEmpty();
    }

    @Test
    void anIpv6AddressAfterAFirewallInterfaceNameAndColonIsTheAddressWithoutThePort() {
        assertThat(addresses("Built inbound TCP connection 4411 for outside:2001:db8::8/443 (2001:db8::8/443)"))
                .containsExactly("2001:db8::8", "2001:db8::8");
        assertThat(addresses("Teardown UDP connection 12 for dmz:2001:db8:5::20/8443 to vlan20:fe80::1/22"))
                .containsExactly("2001:db8:5::20", "fe80::1");
        // A word of hex letters only may be the address's first group: no name to cut off.
        assertThat(addresses("key abcdef:2001:db8::1 and ts:12:30")).isEmpty();
    }

    @Test
    void anIpv6AddressWithItsPortAfterADotAsTcpdumpWritesIt() {
        assertThat(found("21:55:03.991 IP6 2001:db8:a::4.52144 > 2001:db8:b::9.443: Flags [S]"))
                .containsExactly("2001:db8:a::4", "2001:db8:b::9");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Login IP: 203.0.113.57\nClient: 1.24.3.1 (build 20417)",
        "Version check: client 1.24.3.1, server 1.24.3.0, anti-cheat 4.12.0.3, launcher 2.8.1.19 - mismatch",
        // A minimum version.
        "Login IP: 203.0.113.57; agent softphones must be on 3.18.4.2 or later",
        "Login IP: 203.0.113.57; iOS 16.4.1.2 oder neuer"
    })
    void aBuildInBracketsOrAVersionLabelMakesVersions(String text) {
        assertThat(addresses(text)).allMatch(a -> a.startsWith("203."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "build: billing-export 3.14.2.7 sha256=9f2c41e7ab03",
        "Appli mobile 6.14.0.221, SDK paiement 3.2.10.4, device id 8f14e45f",
        "Version du connecteur vendeur PrestaShop : 3.9.1.2 ; module 2.14.0",
        "Agent: what's the firmware version under Settings > About?\nCustomer: 3.4.12.5",
        // Compounds, and the words of other languages and scripts.
        "Netz 10.88.14.0/24, VLAN 214, Druckerfirmware 4.11.2.7, Treiber 2.1.0.",
        "Boarding kiosk \u2014 yaz\u0131l\u0131m 3.2.18.7, firmware 1.0.44.2.",
        "\ub77c\uc6b0\ud130 \uc810\uac80 \uacb0\uacfc: \ud38c\uc6e8\uc5b4 3.2.1.18 / \uc2dc\ub9ac\uc5bc HBG5K2403118827"
    })
    void aVersionWordJustBeforeOrAVersionQuestionMakesAVersion(String text) {
        assertThat(addresses(text)).isEmpty();
    }

    @Test
    void aBuildInBracketsAfterTheNumberMakesAVersionAndAHostNameBeforeTheBracketAnAddress() {
        assertThat(addresses("Softphone client 10.2.0.15 (build 4471) crashed on agent-pc")).isEmpty();
        assertThat(addresses("Server: declaratie-api-02 (10.40.3.22) -> db-primary (10.40.9.5) latency p99 = 842ms"))
                .containsExactly("10.40.3.22", "10.40.9.5");
        assertThat(addresses("Server: PBX 18.2.0.4")).isEmpty();
        // After the word "ip", or after an address in the same value.
        assertThat(addresses("Server: gds-sync-02 (ip 198.51.100.40) disk /var 91% full")).containsExactly("198.51.100.40");
        assertThat(addresses("Server: sip-proxy-it-1 (198.51.100.8) \u2194 carrier SBC (203.0.113.201) \u2014 trunk UP"))
                .containsExactly("198.51.100.8", "203.0.113.201");
    }

    @Test
    void anInterfaceWithItsMaskWrittenDottedIsOneSpan() {
        assertThat(classifiedAddresses("wan.ip=198.51.100.61/255.255.255.248\nwan.gw=198.51.100.57"))
                .containsExactly("198.51.100.61/255.255.255.248", "198.51.100.57");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "firmware V9.0.11P1N12, WAN IP 203.0.113.188, DNS 8.8.8.8",
        "fw: DENY tcp 203.0.113.77:44321 -> 10.20.4.11:8443",
        "proxy http://build:Pr0xy-2025@10.0.0.8:3128",
        "firmware 5 installed on 10.20.4.11 last night",
        "Agent: which version of the app?\nCustomer: 4.2.1.9 and the router is 10.20.4.11"
    })
    void aVersionWordBeyondAnAddressWordOrAPunctuationLeavesTheAddress(String text) {
        assertThat(addresses(text)).anyMatch(a -> a.startsWith("10.") || a.startsWith("8.8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Agent Sofia: Kontrollera att du har senaste appversionen, 8.4.1.12.",
        "Ohjelmistoversio 4.2.18.7 tukee VoLTEa Virossa.",
        "Palvelu p\u00e4ivitettiin versioon 6.0.3.211.",
        "Rollback till 8.4.1.11. Allt ser OK ut."
    })
    void nordicVersionWordsAndARollbackNameVersions(String text) {
        assertThat(classifiedAddresses(text)).isEmpty();
    }

    @Test
    void aTracerouteArrowJoinsHops() {
        assertThat(classifiedAddresses("ping OK 14 ms; traceroute via 10.255.0.1 \u2192 198.51.100.254"))
                .containsExactly("10.255.0.1", "198.51.100.254");
    }

    @Test
    void anArrowBetweenQuadsNoProductWouldNumberJoinsHosts() {
        // No product moves from major 10 to 203: two hosts of a flow, whatever words stand before them.
        assertThat(classifiedAddresses("netflow top talkers 21:00-22:00: 10.24.8.113 \u2192 203.0.113.18 2.1 GB (RTP)"))
                .containsExactly("10.24.8.113", "203.0.113.18");
        assertThat(classifiedAddresses("top 10.24.8.113 -> 203.0.113.18")).containsExactly("10.24.8.113", "203.0.113.18");
        // Majors below 100 that differ may be one product's upgrade.
        assertThat(classifiedAddresses("SBC 8.1.3.2 -> 10.1.0.2 done")).isEmpty();
    }

    @Test
    void aQuadWithAPortNamedInWordsIsNoVersionOfTheSameProduct() {
        assertThat(classifiedAddresses("fw-rule-change: permit tcp from 198.51.100.0/24 to 10.40.1.12 port 8443; applied on"
                + " fw-edge-01 (PAN-OS 10.2.0.15)")).containsExactly("10.40.1.12");
    }

    @Test
    void anAddressALeaseReleasedIsStillAnAddress() {
        assertThat(addresses("Event log says \"WAN IP 198.51.100.142 released\" then \"DHCP lease renewed\"."))
                .containsExactly("198.51.100.142");
        // Software a client or server names is released.
        assertThat(addresses("Release note: softphone client 10.2.0.15 rolled out to EMEA pods")).isEmpty();
        // A pair of versions whose first a version's word names, after an address noun.
        assertThat(addresses("explained overnight FW maintenance (gateway FW 7.4.2.11 -> 7.4.2.14). Offered")).isEmpty();
        assertThat(addresses("dns: query A crm from 10.30.0.18 -> 10.30.0.2")).containsExactly("10.30.0.18", "10.30.0.2");
        // A port after the other side: a flow between two hosts, not an upgrade.
        assertThat(addresses("NetFlow top talker: 10.30.1.11 -> 198.51.100.14:443, 4.2 GB")).containsExactly("10.30.1.11", "198.51.100.14");
        // A version named after a dash, in the callers' languages.
        assertThat(addresses("10.2.0.15 \u2014 version du connecteur t\u00e9l\u00e9phonie d\u00e9ploy\u00e9e le 28/11.")).isEmpty();
    }

    @Test
    void aBuildLabelNamesNoVersionList() {
        assertThat(addresses("Build pipeline: scp artifact to 203.0.113.9")).containsExactly("203.0.113.9");
    }

    @Test
    void aCompressedIpv6AddressWithAServicePortWithoutBracketsIsTheAddressBeforeThePort() {
        assertThat(found("amqp://mq_agent@2001:db8:1::15:5672/vhost_cc")).containsExactly("2001:db8:1::15");
        // A flow between two private hosts, its transport after it; an address with its port after a product's name.
        assertThat(found("172.16.4.23 -> 172.16.9.200 TCP 5061 TLS handshake failed")).containsExactly("172.16.4.23", "172.16.9.200");
        // A WebRTC call's ICE candidate, its TURN server's port written the same way.
        assertThat(found("ICE connected local=10.20.8.77:40412 remote=2001:db8:7a::2c:3478 agent=Camille"))
                .containsExactly("10.20.8.77", "2001:db8:7a::2c");
        assertThat(found("instance=2001:db8:85a3::8a2e:370:7334:9100 job=sbc"))
                .containsExactly("2001:db8:85a3::8a2e:370:7334");
        assertThat(found("Via: SIP/2.0/TLS 2001:db8:10::25:5061;branch=z9hG4bK")).containsExactly("2001:db8:10::25");
        assertThat(found("lock_hub_mqtt: mqtts://2001:db8:4a1c::10:8883")).containsExactly("2001:db8:4a1c::10");
        // A group that is no service port, or one right after the "::", is the address's own.
        assertThat(found("from 2001:db8:85a3::8a2e:370:7334 today")).containsExactly("2001:db8:85a3::8a2e:370:7334");
        assertThat(found("from 2001:db8::443 today")).containsExactly("2001:db8::443");
        assertThat(found("from 2001:db8::1:25 today")).containsExactly("2001:db8::1:25");
    }

    @Test
    void aVendorAndModelCodeBeforeTheNumberMakeItTheDevicesFirmware() {
        assertThat(addresses("ext 4473  fe80::3e52:82ff:fe1a:9f05  Registered  Yealink T54W 96.86.0.70"))
                .containsExactly("fe80::3e52:82ff:fe1a:9f05");
        assertThat(addresses("user-agent Yealink SIP-T46U 108.86.0.20 expires 3600")).isEmpty();
        // A private network's host, SDP's connection line, a vendor in capitals.
        assertThat(addresses("Cisco C9300 10.1.1.1 is down")).containsExactly("10.1.1.1");
        assertThat(addresses("c=IN IP4 203.0.113.18 m=audio")).containsExactly("203.0.113.18");
        assertThat(addresses("ASUS RT-AX86U 203.0.113.7")).containsExactly("203.0.113.7");
    }

    @Test
    void theOtherSideOfAVersionBumpIsAVersion() {
        assertThat(addresses("upgrade Avaya SBCE 8.1.3.2 to 10.1.0.2 on sbc-lon-01")).isEmpty();
        assertThat(addresses("upgrade SBC cluster to 9.1.4.2 (from 9.0.11.7). Rollback plan")).isEmpty();
        // Without a bump's verb, two addresses either side of "to" are a range of hosts.
        assertThat(addresses("allow 10.0.0.1 to 10.0.0.9 on the trunk")).containsExactly("10.0.0.1", "10.0.0.9");
    }

    @Test
    void aOneDigitMajorVersionWithAZeroPatchIsAVersionUnlessACueNamesAnAddress() {
        assertThat(addresses("Jenkins build #4418 for crm-connector 2.18.0.3 failed")).isEmpty();
        assertThat(addresses("Image ivr-router:3.2.0.118.")).isEmpty();
        assertThat(addresses("since the 4.12.0.7 update of the app")).isEmpty();
        assertThat(addresses("resolvers 1.1.1.1 and 8.8.8.8, client 2.31.40.7")).containsExactly("1.1.1.1", "8.8.8.8", "2.31.40.7");
        assertThat(addresses("host 10.2.0.15 down")).containsExactly("10.2.0.15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.100", "10.0.0.1", "255.255.255.255", "0.0.0.0", "203.0.113.42", "172.16.254.1"})
    void findsIpv4Addresses(String address) {
        assertThat(found("from " + address + " at noon")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1:8080", "(10.0.0.1)", "10.0.0.1.", "ip=10.0.0.1,"})
    void findsTheAddressWithinPortsMasksAndPunctuation(String text) {
        assertThat(found(text)).containsExactly("10.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "192.168.1.256", "192.168.01.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "v1.2.3.4",
        "build1.2.3.4", "1.2.3.4b", "12.05.2024", "1.234.567.890", "10.0.0.1.2", "10..0.0.1"})
    void rejectsWhatIsNotAnIpv4Address(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void givesFourSingleDigitOctetsLessConfidenceThanAnAddressThatLooksLikeOne() {
        assertThat(detector.detect("1.2.3.4").get(0).confidence())
                .isLessThan(detector.detect("192.168.1.100").get(0).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:db8:85a3::8a2e:370:7334", "2001:db8::1",
        "fe80::1ff:fe23:4567:890a", "::ffff:192.0.2.1", "2001:DB8::ABCD", "1::", "::1", "64:ff9b::192.0.2.33"})
    void findsIpv6AddressesFullAndCompressed(String address) {
        assertThat(found("client " + address + " connected")).containsExactly(address);
    }

    @Test
    void endsAnIpv6AddressBeforeItsZoneAndTheSentence() {
        assertThat(found("link fe80::1%eth0 and 2001:db8::1.")).containsExactly("fe80::1", "2001:db8::1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10:30:45", "00:1A:2B:3C:4D:5E", "::", "1::2::3", "12345::1", "std::vector", "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::8", "::ffff:192.0.2.256", "Ratio 3:2", "gggg::1", "2001:db8::1x"})
    void rejectsWhatIsNotAnIpv6Address(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Property
    void findsEveryValidDottedQuad(@ForAll @IntRange(max = 255) int a, @ForAll @IntRange(max = 255) int b,
            @ForAll @IntRange(max = 255) int c, @ForAll @IntRange(max = 255) int d) {
        String address = a + "." + b + "." + c + "." + d;

        assertThat(found("host " + address + " down")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", "172.16.0.0/12", "192.168.1.0/24"})
    void givesACidrNetworkAConfidenceBelowTheDefaultThreshold(String text) {
        assertThat(detector.detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isLessThan(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reader.mask=255.255.255.0", "netmask 255.255.240.0", "255.0.0.0", "bcast 255.255.255.255"})
    void givesANetmaskOrTheBroadcastAddressAConfidenceBelowTheDefaultThreshold(String text) {
        assertThat(detector.detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isLessThan(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"255.255.0.7", "255.254.255.0", "254.255.255.0"})
    void keepsAQuadWhoseBitsAreNoMask(String text) {
        assertThat(detector.detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isGreaterThanOrEqualTo(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/8", "192.168.1.5/24", "203.0.113.9/32"})
    void keepsAHostAddressWithItsMask(String text) {
        assertThat(detector.detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isGreaterThanOrEqualTo(0.5));
        assertThat(found(text)).as("the interface as written, mask included").containsExactly(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bump venue-booking to 3.14.0.2", "Upgraded the softphone, from 6.2.0.1", "pinned sdk to 3.1.0.7",
        "rolled the agent back to 10.2.0.15", "User-Agent: PBX 18.2.0.4", "\"userAgent\":\"Softphone/4.2 (SDK 3.1.0.7)\"",
        "Server: Asterisk 18.2.0.4", "X-Mailer: Outlook 16.0.4266.1001 16.0.4.1",
        "https://downloads.example.com/fw/ONT-3.20.1.14.bin", "run setup-10.2.0.15.exe as admin"})
    void givesAVersionInABumpSentenceOrAProductHeaderAConfidenceBelowTheDefaultThreshold(String text) {
        assertThat(detector.detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isLessThan(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"updated the dns record to 203.0.113.9", "bump the gateway to 203.0.113.1", "moved it to 203.0.113.9",
        "Via: SIP/2.0/UDP 203.0.113.9:5060", "Server: 203.0.113.9", "User-Agent: PBX 1.2 ; Contact: <sip:7@203.0.113.9>",
        "bump done. Traffic now to 203.0.113.9", "User-Agent: PBX\nhost 203.0.113.9", "ping 203.0.113.9. Then retry"})
    void keepsAnAddressThatAThingWithAnAddressOrAnotherHeaderNames(String text) {
        assertThat(detector.detect(text)).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isGreaterThanOrEqualTo(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dns: query A crm.internal.example from 10.30.0.18 -> 10.30.0.2 ttl=300",
        "geoip: 192.0.2.143 -> NL, AS64496", "MULTI: Learn: 10.8.0.14 -> s.bakker",
        "! route 0.0.0.0/0 -> 203.0.113.70"})
    void anArrowToANameOrBetweenHostsIsNoUpgrade(String text) {
        assertThat(addresses(text)).isNotEmpty().allSatisfy(a -> assertThat(a).doesNotStartWith("0.0.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade 10.2.0.15 -> 10.2.1.3 done", "deploy 10.2.0.15 => 10.2.1.3",
        "firmware 3.2.2.172 \u2192 3.5.0.186"})
    void anArrowBetweenTwoFourPartNumbersIsAnUpgrade(String text) {
        assertThat(addresses(text)).isEmpty();
    }

    @Test
    void readsBothEndsOfAFirewallFlowWithPorts() {
        // An arrow between versions is an upgrade (10.2.0.15 -> 10.2.1.3); an address with a port is
        // an endpoint, and a firewall's host name ("fw-edge-02") is no firmware cue.
        String text = "2025-05-18 21:47:13 fw-edge-02 DENY UDP 192.0.2.133:56535 -> 10.28.217.222:8443 rule=330";

        assertThat(classifiedAddresses(text)).containsExactly("192.0.2.133", "10.28.217.222");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "POST /cases/CS-0098812/notes HTTP/1.1\" 201 512 \"-\" \"OrbisAgentDesktop/10.2.0.15 (Windows NT 10.0; Win64; x64)\"",
        "\"client\":\"AgentDesktop/10.4.2.117 (Windows NT 10.0; Win64)\""
    })
    void aProductTokenOfAUserAgentIsNoAddress(String text) {
        assertThat(addresses(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Certificate serial 4F:2A:91:0C:77:E3:18:5B expires 2026-04-02",
        "EUI-64 02:1A:2B:FF:FE:3C:4D:5E on port 3"})
    void bytesInHexPairsAreNoIpv6Address(String text) {
        assertThat(addresses(text)).isEmpty();
    }

    @Test
    void aNumberRolledOutOrReleasedIsARelease() {
        assertThat(addresses("Release note: softphone client 10.2.0.15 rolled out to EMEA pods")).isEmpty();
        assertThat(addresses("host 10.0.0.5 rolled back after the outage")).containsExactly("10.0.0.5");
    }

    @Test
    void anIpv6InterfaceKeepsItsPrefixLengthAndASingleDigitVersionEndingInZeroIsNoAddress() {
        assertThat(addresses("ipv6 address 2001:db8:ac10:fe00::1/64; description SBC")).containsExactly("2001:db8:ac10:fe00::1/64");
        assertThat(addresses("Agent on VPN (GlobalProtect 6.1.3.0), public IP shows as 198.51.100.201"))
                .containsExactly("198.51.100.201");
    }

    @Test
    void aCamelCaseProductNameBeforeANumberMakesItAVersionButNotALabelOfAnAddress() {
        assertThat(addresses("vpn session assigned=172.16.40.115 client=AnyConnect 5.1.2.42 os=Windows"))
                .containsExactly("172.16.40.115");
        assertThat(addresses("Service cti-bridge: ClusterIP 10.96.144.12, port 8443/TCP")).containsExactly("10.96.144.12");
        assertThat(addresses("Host bastion\n  HostName 203.0.113.120\n  User ops")).containsExactly("203.0.113.120");
        // A log line's bracketed component.
        assertThat(addresses("09:02:14,118 INFO  [PolicyAdmin 8.4.2.11] [http-nio-8443-exec-17] from 203.0.113.9"))
                .containsExactly("203.0.113.9");
    }

    @Test
    void aNumberGluedToANameByAHyphenIsATag() {
        assertThat(addresses("Rollback tag ivr-flows-2.6.9.102.")).isEmpty();
    }

    @Test
    void aUserAgentsProductTokenEndingItsQuotedStringIsNoAddress() {
        assertThat(addresses("\"POST /api/v2/tickets HTTP/1.1\" 201 512 \"-\" \"HelpdeskSync/4.12.0.3\" rt=0.084")).isEmpty();
        // Nor one before the next product token.
        assertThat(addresses("ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/122.0.0.0 Safari/537.36\" src=203.0.113.7")).containsExactly("203.0.113.7");
    }

    @Test
    void anAccountNumberInDottedGroupsRightAfterItsLabelIsNoAddress() {
        assertThat(classifiedAddresses("Beller: Hakrinbank, rekeningnummer 20.118.44.72.")).isEmpty();
        assertThat(classifiedAddresses("Beller: rekeningnummer staat in de app, mijn IP was 20.118.44.72.")).containsExactly("20.118.44.72");
    }

    @Test
    void aBastionsLoginFromOneHostToAnotherIsAFlowNotAnUpgrade() {
        assertThat(addresses("bastion login: ostrowski_r from 198.51.100.33 -> 10.42.0.5 (jump), session rec id 7d2f9a"))
                .containsExactlyInAnyOrder("198.51.100.33", "10.42.0.5");
        assertThat(addresses("fixes BankID login loop on Android 15; min SDK 26; backend 10.2.0.15 \u2192 10.2.0.16.")).isEmpty();
    }

    @Test
    void aKeysValueThatIsAProductTokenIsNoAddress() {
        assertThat(addresses("src=2001:db8:a0b:12f0::3 xff=192.0.2.58 app=seller-center/5.18.2.4 mfa=totp"))
                .containsExactlyInAnyOrder("2001:db8:a0b:12f0::3", "192.0.2.58");
    }

    @Test
    void anAddressBeforeANetmaskThatLeavesNoHostBitsIsTheNetwork() {
        assertThat(addresses("ip route 198.51.100.0 255.255.255.0 203.0.113.254 name BILLING"))
                .containsExactly("203.0.113.254");
        assertThat(addresses("ip address 198.51.100.7 255.255.255.0")).containsExactly("198.51.100.7");
        // An access list's network and wildcard mask; a host before the mask bits it sets stays.
        assertThat(addresses("access-list 10 permit 10.10.0.0 0.0.255.255")).isEmpty();
        assertThat(addresses("access-list 10 permit 10.10.0.7 0.0.255.255")).containsExactly("10.10.0.7");
    }

    @Test
    void aNetworkWithItsWildcardMaskStaysOneAfterIpAndBeforeAHostOfIt() {
        assertThat(classifiedAddresses("ACL cw-mgmt: permit ip host 192.0.2.10 any; deny ip 192.0.2.0 0.0.0.255 any log"))
                .containsExactly("192.0.2.10");
    }

    @Test
    void aBroadcastAddressIsNoHostsAddress() {
        assertThat(classifiedAddresses("ip addr show eth1: inet 198.51.100.65/27 brd 198.51.100.95 scope global eth1"))
                .containsExactly("198.51.100.65/27");
        assertThat(classifiedAddresses("eth0: inet 203.0.113.5 netmask 255.255.255.0 broadcast 203.0.113.255"))
                .containsExactly("203.0.113.5");
    }

    @Test
    void aFirmwareImageIsNoAddress() {
        assertThat(classifiedAddresses("ASA image 9.18.4.22 unchanged. Monitoring.")).isEmpty();
    }

    @Test
    void anIndonesianVersionBumpIsNoAddress() {
        assertThat(classifiedAddresses("Catatan change CHG-0420-07: upgrade core wallet dari 10.1.9.3 ke 10.2.0.15, DB migrasi"))
                .isEmpty();
    }

    @Test
    void aTicketsUpdateIsNoSoftwareUpdate() {
        assertThat(classifiedAddresses("SEC-2025-0040 update: 198.51.100.201 is the state DMV's integration NAT"))
                .containsExactly("198.51.100.201");
        assertThat(classifiedAddresses("Agent desktop update: 10.2.0.15 rolled out")).isEmpty();
        // A list of addresses has news too.
        assertThat(classifiedAddresses("Blocklist update: 203.0.113.88, 203.0.113.89 (credential stuffing, 14/03)"))
                .containsExactly("203.0.113.88", "203.0.113.89");
        assertThat(classifiedAddresses("Firmware update: 10.2.0.15, 10.2.0.16 (rollout 14/03)")).isEmpty();
    }

    @Test
    void aBuildNumberInBracketsAfterAVersionOrAfterPatchLevelIsNoAddress() {
        assertThat(classifiedAddresses("healthcheck OK: crm-lux v5.8.2 (10.2.0.15), ivr-at v4.12.0.3")).isEmpty();
        assertThat(classifiedAddresses("Build 2025.3.1, patch level 10.2.0.15. Page sent to on-call.")).isEmpty();
        // Four bare parts before the bracket are an address, and so is the one in it.
        assertThat(classifiedAddresses("DHCPREQUEST for 10.48.112.209 (10.40.0.12) from 90:9d:7d:22:c4:08"))
                .containsExactly("10.48.112.209", "10.40.0.12");
    }

    @Test
    void theDeviceVersionOfACefHeaderIsNoAddress() {
        assertThat(addresses("2026-11-29 09:20:11 CEF:0|Acme|WAF|6.2.1.4|1010|SQLi blocked|7|src=203.0.113.199 spt=443"))
                .containsExactly("203.0.113.199");
    }

    @Test
    void readsAddressesWithTcpdumpPortsAndAfterAnEllipsis() {
        assertThat(addresses("10:44:01.117 IP 198.51.100.44.49877 > 10.40.2.17.5061: Flags [S], seq 1829374650"))
                .containsExactly("198.51.100.44", "10.40.2.17");
        assertThat(addresses("charon[17] established between 192.0.2.14[gw.example]...203.0.113.9[203.0.113.9]"))
                .containsExactly("192.0.2.14", "203.0.113.9", "203.0.113.9");
        // A longer dotted number is still no address.
        assertThat(addresses("version 1.2.3.4.5 and 10.0.0.1.2 today")).isEmpty();
    }

    @Test
    void anAddressMovedAfterAnIpIsNamedOrLetOutByAFirewallIsNoVersion() {
        assertThat(classifiedAddresses("Jasmine - the HRIS webhook is hitting our old IP. Can you ask PeopleGrid to update it"
                + " to 203.0.113.12? The old one (203.0.113.9) is decommissioned")).containsExactly("203.0.113.12", "203.0.113.9");
        assertThat(classifiedAddresses("Victor: firewall updated, egress to 198.51.100.44 tcp/22 allowed."))
                .containsExactly("198.51.100.44");
        // A host's name with "ip" in it names no address: the rollback is to a version.
        assertThat(classifiedAddresses("pods on node ip-10-4-12-7 restarting\nFelix 02:15: rolled back fraud-scorer to 2.18.3.1,"
                + " error rate dropping")).isEmpty();
    }

    @Test
    void finnishAndEstonianSoftwareWordsNameVersions() {
        assertThat(classifiedAddresses("Modeemi: Huawei B535-232, ohjelmisto 11.0.2.1(H235SP1C983), IMEI 352463222791059.")).isEmpty();
        assertThat(classifiedAddresses("Ruuteri tarkvara 1.0.7.58 on vana, soovitan uuendust.")).isEmpty();
    }

    @Test
    void serbianVersionWordsAndMiuiNameVersions() {
        assertThat(classifiedAddresses("nadogradnja IMS jezgra na verziju 22.3.1.4, mogu\u0107i kratki prekidi")).isEmpty();
        assertThat(classifiedAddresses("VoLTE calls drop after 30s on Xiaomi 13T (MIUI 14.0.6.0), IMS registration OK")).isEmpty();
    }

    @Test
    void aUrlsHostUnderAServerKeyAndAnAddressAfterAPipeAreAddresses() {
        assertThat(classifiedAddresses("{\"model\":\"VVX450\",\"server\":\"ftp://PlcmSpIp:PlcmSpIp@192.0.2.55/\"}"))
                .containsExactly("192.0.2.55");
        assertThat(classifiedAddresses("Server: PBX 18.2.0.4")).isEmpty();
        assertThat(classifiedAddresses("User-Agent: Ribbon SBC 1000 v10.1.2 | no response after 32s, peer marked DOWN,"
                + " failover to 198.51.100.11")).containsExactly("198.51.100.11");
    }

    @Test
    void anAndAfterASpokenAddressIsNoPartOfItsLastOctet() {
        String text = "showing two registrations, one from one ninety eight dot fifty one dot one hundred dot two fourteen"
                + " and one from an IP in Romania";
        assertThat(classifiedAddresses(text)).containsExactly("one ninety eight dot fifty one dot one hundred dot two fourteen");
    }
}
