package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jane@example.com",
        "jane.doe@example.com",
        "jane.doe+orders@example.com",
        "first_last-1@mail.sub.example.co.uk",
        "o'brien@example.ie",
        "JANE.DOE@EXAMPLE.COM",
        "j@x.io",
        "100%real@example.org",
        "jos\u00e9@ex\u00e4mple.de",
        "jane@xn--exmple-cua.xn--p1ai"
    })
    void findsAddressesInTheirUsualShapes(String address) {
        assertThat(found("Reach me at " + address + " any time")).containsExactly(address);
    }

    @Test
    void leavesTheSentenceFullStopOutOfTheAddress() {
        assertThat(found("My email is jane@example.com.")).containsExactly("jane@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'jane@example.com'", "<jane@example.com>", "(jane@example.com)", "\"jane@example.com\","})
    void leavesQuotesAndBracketsOutOfTheAddress(String text) {
        assertThat(found(text)).containsExactly("jane@example.com");
    }

    @Test
    void reportsUtf16OffsetsOfEachAddress() {
        String text = "a: jane@example.com, b: bob@example.org";

        assertThat(detector.detect(text))
                .extracting(Detection::start, Detection::end)
                .containsExactly(tuple(3, 19), tuple(24, 39));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jane@localhost",
        "jane@example",
        "jane..doe@example.com",
        "jane.@example.com",
        "jane@example..com",
        "jane@-example.com",
        "jane@example-.com",
        "jane@example.c0m",
        "jane@example.c",
        "@jane_handle",
        "jane@",
        "logo@2x.png",
        "meet @ 10.30",
        "price 5@3.99"
    })
    void rejectsWhatIsNotAnAddress(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void rejectsALocalPartLongerThan64Chars() {
        assertThat(found("a".repeat(65) + "@example.com")).isEmpty();
        assertThat(found("a".repeat(64) + "@example.com")).hasSize(1);
    }

    @Test
    void leavesThePasswordOfUrlCredentialsToThatDetector() {
        assertThat(found("https://admin:secret@db.example.com/x")).isEmpty();
    }

    @Test
    void findsAMailtoAddress() {
        assertThat(found("mailto:jane@example.com")).containsExactly("jane@example.com");
    }

    @Property
    void findsAnyWellFormedAddressBetweenSpaces(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String local,
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 20) String domain,
            @ForAll @AlphaChars @StringLength(min = 2, max = 6) String tld) {
        Assume.that(!EmailDetector.FILE_EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT)));
        String address = local + "@" + domain + "." + tld;

        assertThat(found("mail " + address + " now")).containsExactly(address);
    }

    @Test
    void ignoresTheHostPartOfAUrlWhosePasswordHoldsAHash() {
        assertThat(found("sftp://reports:Qw3rty#2024@sftp.example.com/out")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:jane.doe@pbx.example.com", "sips:jane.doe@pbx.example.com",
        "sip:jane.doe@pbx.example.com:5061;transport=tls", "<sip:jane.doe@pbx.example.com>"})
    void readsTheAddressOfASipUriAsAnEmailAddress(String uri) {
        assertThat(found("transfer to " + uri + " now")).containsExactly("jane.doe@pbx.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sip:+15125550198@198.51.100.235", "<sips:+15125550198@198.51.100.235:5061>"})
    void readsASipAddressWhoseHostIsAnIpv4Address(String uri) {
        assertThat(found("INVITE from " + uri + " to queue")).containsExactly("+15125550198@198.51.100.235");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSeq: 314159 INVITE | Call-ID: a84b4c76e66710@pc33.example.com | Contact: <sip:x>",
        "Message-ID: <CAF1x2Yb9@mail.example.com>", "In-Reply-To: <20251104.1234@mx.example.org>",
        "msgid=77a1b2@relay.example.net"})
    void readsNoMailboxInAMessageOrCallIdentifierHeader(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caller: yes k dot watanabe, at, jp dot example dot com | agent: thanks",
        "caller: it's k dot watanabe, at jp dot example dot com"})
    void readsASpokenAddressWithPausesAroundAt(String text) {
        assertThat(found(text)).singleElement().asString().startsWith("k dot watanabe").endsWith("dot com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"siti.n.ahmad%40gmail.com", "jan.kowalski[at]onet.pl", "jan.kowalski(at)onet.pl",
        "JAN.KOWALSKI[AT]ONET.PL"})
    void readsAnAtSignAsAWebFormOrAnObfuscatorWritesIt(String address) {
        assertThat(found("email=" + address + "&topic=billing")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna kropka nowak ma\u0142pa wp kropka pl", "karin punkt ek snabel-a telia punkt com",
        "oksana tochka shevchenko sobaka ukr tochka net", "helga punktur kristjans att simnet punktur is",
        "emma full stop wright at gmail dot com", "huw bevan at example dot cymru",
        "G-R-E-T-A dot S-C-H-U-L-Z at schulz hyphen logistik dot D-E"})
    void readsSpokenAddressesInMoreLanguages(String spoken) {
        assertThat(found("KLIENT: " + spoken + " | AGENT: ok")).containsExactly(spoken);
    }

    @Test
    void swedishThatIsAnAtOnlyAfterAWordForTheAddress() {
        assertThat(found("Kund: det \u00e4r viktigt att telia punkt se fungerar")).isEmpty();
        assertThat(found("FULLTR\u00daI: netfangi\u00f0? VI\u00d0SKIPTAVINUR: kari att gmail punktur com"))
                .containsExactly("kari att gmail punktur com");
    }

    @Test
    void aSharedMailboxAfterAPromptAndCommasAroundAJoinerAreReadAsSaid() {
        assertThat(found("Agent: Und Ihre E-Mail-Adresse?\nKunde: office at tischlerei minus huber punkt at"))
                .containsExactly("office at tischlerei minus huber punkt at");
        assertThat(found("I'll be at the office at example dot com")).isEmpty();
        assertThat(found("Agentin: Wie lautet Ihre Mailadresse?\nKunde: herbert punkt leitner, bindestrich, senior at aon punkt at"))
                .containsExactly("herbert punkt leitner, bindestrich, senior at aon punkt at");
        // Croatian "donja crta" (underscore); Slovenian "skupaj" (together) joins the words before.
        assertThat(found("Klijent: ivan donja crta pavlovic et hotmail to\u010dka com\nAgent: hvala"))
                .containsExactly("ivan donja crta pavlovic et hotmail to\u010dka com");
        assertThat(found("operaterka: prosim \u0161e e-naslov\nstranka: mojca vidmar afna gmail pika com, skupaj, brez pike"))
                .containsExactly("mojca vidmar afna gmail pika com");
        // Morocco's domain; Estonian "arved" (invoices) is no English verb before "ät".
        assertThat(found("CLIENT: c'est youssef et le mail y point elamrani arobase menara point ma"))
                .containsExactly("y point elamrani arobase menara point ma");
        assertThat(found("Klient: Raamatupidajale, arved \u00e4t p\u00e4rnumetall punkt ee \u2014 t\u00e4pit\u00e4hte ei ole"))
                .containsExactly("arved \u00e4t p\u00e4rnumetall punkt ee");
        assertThat(found("I started at example dot com")).isEmpty();
        // A comma before "at" after letters spelled with commas.
        assertThat(found("agent: J, M, E, D, I, N, A, seven eight, at hotmail dot com?\ncaller: correct"))
                .containsExactly("J, M, E, D, I, N, A, seven eight, at hotmail dot com");
        // Ukrainian "собачка", "крапка", "нижнє підкреслення".
        assertThat(found("Клієнт: bondarenko нижнє підкреслення andrii собачка ukr крапка net"))
                .containsExactly("bondarenko нижнє підкреслення andrii собачка ukr крапка net");
        // A written address with its sign said as a word; a file or prose before "at" is none.
        assertThat(found("\u2014 Czyli ewa.jankowska ma\u0142pa wp.pl, dobrze?")).containsExactly("ewa.jankowska ma\u0142pa wp.pl");
        assertThat(found("so that's jane.doe at example.com right")).containsExactly("jane.doe at example.com");
        assertThat(found("saved report.pdf at drive.example.com")).isEmpty();
        assertThat(found("meet at example.com")).isEmpty();
        // Two surname particles; an ellipsis typed as dots after "at"; a pause before a domain's dot only.
        assertThat(found("CALLER: pieter punt van der merwe at telkomsa punt net... sorry, I mean dot"))
                .containsExactly("pieter punt van der merwe at telkomsa punt net");
        assertThat(found("it's thembi dot nkosi at... transnet dot net")).containsExactly("thembi dot nkosi at... transnet dot net");
        assertThat(found("client: c, b, o, u, c, h, e, r, d, arobase globetrotter, point net\nagente: OK"))
                .containsExactly("c, b, o, u, c, h, e, r, d, arobase globetrotter, point net");
        // "No dashes" says the words are written together.
        assertThat(found("caller: it's bayou roof pros at gmail dot com, no dashes, bayouroofpros\nagent: okay"))
                .containsExactly("bayou roof pros at gmail dot com");
        // A mailbox masked but for its last letters; a message id under a program's key; Vietnamese "my".
        assertThat(found("sent a DocuSign to the email we have on file (m*******a@yahoo.com). Ref")).isEmpty();
        assertThat(found("via=EMAIL to=gerald.pemberton@comcast.net messageId=<20251110162014.7712@mail.example.org>"))
                .containsExactly("gerald.pemberton@comcast.net");
        assertThat(found("kh\u00e1ch h\u00e0ng: email c\u1ee7a t\u00f4i l\u00e0 minhtran s\u00e1u t\u00e1m a c\u00f2ng gmail"
                + " ch\u1ea5m com")).containsExactly("minhtran s\u00e1u t\u00e1m a c\u00f2ng gmail ch\u1ea5m com");
        // French "et" is "and", and an article opens no domain.
        assertThat(found("Mon num\u00e9ro de client Enovia est 300-118-442 et le point de fourniture LU0000010624")).isEmpty();
    }

    @Test
    void aFillerAfterTheCueIsNoPartOfTheMailbox() {
        assertThat(found("caller: the email is uh r kowalczyk at example dot pl, that's r then k"))
                .containsExactly("r kowalczyk at example dot pl");
        assertThat(found("caller: so the email's like bigmike dot bets at gmail dot com, bigmike all one word"))
                .containsExactly("bigmike dot bets at gmail dot com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I was, at, home dot com", "caller: watanabe, at, jp dot example dot com"})
    void readsNoPausedAtWithoutAJoinedLocalPart(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void readsTheMailboxOfAnAddressHeader() {
        assertThat(found("Reply-To: jane.doe@example.com | Call-ID: 7f@pbx.example.com"))
                .containsExactly("jane.doe@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail root@10.0.0.5 now", "sip:7@203.0.113.300", "sip:7@10.0.5",
        // A URL's password that is '+' and digits, and a FreeSWITCH channel's name, are no line's address.
        "ftp://ops:+4930123456@10.0.0.5/in", "New Channel sofia/external/+19175550168@203.0.113.12 [b9d7]",
        "from +4930@10.0.0.5", "from 61491570110@203.0.113.210"})
    void readsNoMailboxAtAnAddressOutsideASipUri(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void readsALinesNumberAtAHostAsASipAddressWithoutItsScheme() {
        assertThat(found("ACC: call from +61491570110@203.0.113.210 to queue")).containsExactly("+61491570110@203.0.113.210");
        assertThat(found("INVITE from <+639175550187@198.51.100.140>")).containsExactly("+639175550187@198.51.100.140");
        assertThat(found("+61491570110@203.0.113.210 rang")).containsExactly("+61491570110@203.0.113.210");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "john dot smith at gmail dot com",
        "priya underscore r at example dot org",
        "t dot nguyen at example dot co dot uk",
        "jsmith84 at outlook dot com",
        "sarah at yahoo dot com",
        "mary dash ann at example dot ie",
        "j.smith at example dot com",
        "jane @ example dot com",
        "John Dot Smith At Gmail Dot Com",
        "marie point dupont arobase orange point fr",
        "juan punto perez arroba correo punto es"
    })
    void findsSpokenAddressesAsTheWholeSpokenForm(String spoken) {
        assertThat(found("caller: it's " + spoken + ", thanks")).containsExactly(spoken);
    }

    @Test
    void findsASpokenAddressAtTheEndOfASentence() {
        assertThat(found("My email is john dot smith at gmail dot com.")).containsExactly("john dot smith at gmail dot com");
    }

    @Test
    void findsEachSpokenAddressAndItsRepetition() {
        String text = "caller: t dot nguyen at example dot com\nagent: t dot nguyen at example dot com got it";

        assertThat(detector.detect(text)).extracting(Detection::start, Detection::end)
                .containsExactly(tuple(8, 39), tuple(47, 78));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "please meet at the office dot",
        "meet me at the office dot com",
        "find us at example dot com",
        "look at example dot com for details",
        "I arrived at example dot com",
        "john at gmail",
        "john at gmail dot",
        "john at gmail dot whatever",
        "john at gmail dot. com",
        "we were at lunch, dot com bubble talk",
        "john dot at gmail dot com",
        "the dot at the end dot is fine",
        "it is available at example dot com",
        "john, at gmail dot com"
    })
    void ignoresProseThatIsNotASpokenAddress(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void readsAVerbFormBeforeAtAsAMailboxOnlyAfterAnEmailCue() {
        assertThat(found("it was shipped at example dot com")).isEmpty();
        assertThat(found("email: dispatched at example dot com")).containsExactly("dispatched at example dot com");
    }

    @Test
    void trustsAJoinedSpokenLocalPartMoreThanASingleWord() {
        double joined = detector.detect("it's john dot smith at gmail dot com").get(0).confidence();
        double single = detector.detect("it's johnsmith at gmail dot com").get(0).confidence();

        assertThat(joined).isGreaterThan(single);
        assertThat(single).isLessThan(detector.detect("it's johnsmith@gmail.com").get(0).confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"marta punto gil guion bajo ochenta y ocho arroba yahoo punto es",
        "ayse nokta yildirim et i\u015fareti gmail nokta com", "m punkt schubert \u00e4t gmx punkt de",
        // Portuguese "traço baixo" (underscore) and "hífen", Polish "myślnik" (a dash).
        "nuno tra\u00e7o baixo ferreira oitenta e oito arroba iol ponto pt", "rui h\u00edfen costa sete dois arroba sapo ponto pt",
        "auto my\u015blnik cz\u0119\u015bci my\u015blnik bis ma\u0142pa wp kropka pl"})
    void readsSignsSaidInTwoWordsAndNumbersJoinedByAnd(String spoken) {
        assertThat(found("KLIENT: " + spoken + " | AGENT: ok")).containsExactly(spoken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"l gallagher seventy seven at example dot net", "p r i y a dot raghavan, eight seven at gmail dot com",
        "r, dot, o k o n k w o, eight one, at gmail dot com",
        // The digits named as digits: "the number" after a pause goes on the segment before it.
        "h sandhu, the number two four, at hotmail dot c a", "h o w a r d dot l e e, the number seven, at gmail dot com",
        // A degree after the surname; an article joined by underscores.
        "vikram patel md at gmail dot com", "the underscore real underscore deal seventy at aol dot com"})
    void readsAnInitialBeforeTheNameAndPausesInsideTheLocalPart(String spoken) {
        assertThat(found("caller: it's " + spoken + "? | agent: thanks")).containsExactly(spoken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I called, at least twice, at example dot com", "I saw john, then mary, at example dot com"})
    void commasInProseJoinNoLocalPart(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"omar at hassan family dot example", "t dot delgado at rio grande logistics dot com",
        "connor b at hotmail dot co dot uk", "d j kowalski at outlook dot com", "kathy seven brooks at yahoo dot com",
        // "home" and "work" open no domain (below), but go on one said in words.
        "intake at meridian home care dot com", "jobs at acme home work dot org",
        // A letter and its digit, one label: a1.net, o2.co.uk, o2mail.de.
        "manoucheka pwen jozef arobaz gmail pwen com", "lukas punkt hofer at a eins punkt net",
        // Hundreds in the digits after a name.
        "cheikh point gueye deux cent vingt et un arobase gmail point com", "tyler one hundred twelve at gmail dot com", "lukas dot hofer at o two dot co dot uk", "s punkt nowak at o zwei mail punkt de"})
    void readsADomainLabelSaidInWordsAndInitialsAroundTheName(String spoken) {
        assertThat(found("caller: it's " + spoken + " | agent: thanks")).containsExactly(spoken);
    }

    @ParameterizedTest
    @ValueSource(strings = {"meet me at home depot dot com later", "we met at central park dot com",
        "I'll be at the office dot com", "she's at work dot ca I think", "I'm at home dot com is down"})
    void proseBeforeADottedWordIsNoDomain(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void readsNoMailboxInABracketedMessageIdAfterItsNameAndNoHebrewPrefix() {
        assertThat(found("Inbound e-mail parsing error: message-id <CAF8x1q=4410@mail.example.com> had 0 parts")).isEmpty();
        // "message id" in words, a few words between the header and the bracket, a header's list of ids.
        assertThat(found("Original message id <MW4PR11MB5873A2@MW4PR11MB5873.namprd11.prod.example.com>")).isEmpty();
        assertThat(found("it looked off. Message-ID was <0100018f3a2b@email.help-example.com>.")).isEmpty();
        assertThat(found("References: <CAB4nq=7aZ2@mail.example.com> <20250304.1122.99812@relay.example.net>")).isEmpty();
        // A mailbox in brackets after a sender's name, or far from a message id, is a mailbox.
        assertThat(found("From: Jane Roe <jane.roe@example.com>")).containsExactly("jane.roe@example.com");
        assertThat(found("message id 4471, please reply to <jane.roe@example.com>")).containsExactly("jane.roe@example.com");
        assertThat(found("\u05e9\u05dc\u05d9 \u05dc-yael.cohen@example.co.il. \u05ea\u05d5\u05d3\u05d4"))
                .containsExactly("yael.cohen@example.co.il");
        assertThat(found("\u05ea\u05e9\u05dc\u05d7\u05d5 \u05dcdanaf1990@hotmail.com")).containsExactly("danaf1990@hotmail.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vikram dot sethi at the rate yahoo dot co dot in", "m.l.santos underscore 88 at yahoo dot com dot ph",
        "usman dot ghani at the rate hotmail dot com"})
    void readsAtTheRateAndMoreCountryDomains(String spoken) {
        assertThat(found("caller: " + spoken + ". agent: ok")).containsExactly(spoken);
    }

    @Test
    void readsASpokenAddressSetOffByChinesePunctuation() {
        assertThat(found("\u6211\u91cd\u8986\uff1amandy dot lau at gmail dot com\u3002")).containsExactly("mandy dot lau at gmail dot com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mick dot o'shea at example dot com dot au", "m underline teixeira arroba hotmail ponto com",
        "yokasta punto perez arroba claro punto net punto do"})
    void readsApostrophesUnderlineAndLatinAmericanDomains(String spoken) {
        assertThat(found("caller: " + spoken + " | agent: ok")).containsExactly(spoken);
    }

    @Test
    void readsOneNameWordBetweenTheCueNounAndTheAddress() {
        assertThat(found("Agente: le env\u00edo el enlace al correo andres felipe punto moreno arroba gmail punto com, \u00bflo tiene?"))
                .containsExactly("andres felipe punto moreno arroba gmail punto com");
        assertThat(found("Customer: i want to update my email to joyce.santiago at yahoo dot com pls"))
                .containsExactly("joyce.santiago at yahoo dot com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jason.t (at) outlook [dot] com", "nikki[at]nikkibakes[dot]com[dot]au",
        "tommy . lee . 88 @ gmail . com", "fatima.b(at)yahoo(dot)co(dot)uk", "thandi.moyo @ gmail.com",
        "rosa_delgado{at}hotmail{dot}com", "ana_r.costa (arroba) example (ponto) pt",
        "mario.rossi [chiocciola] libero [punto] it", "kasia.nowak [at] o2.pl", "kasia.nowak (at) o2.pl",
        "martijn.devries(a)gmail.com", "m.ouali[at]hotmail[punt]com", "j.brandner (\u00e4t) liwest (punkt) at",
        "juanc.villasenor(arroba)gmail.com", "piotr.jaworski(ma\u0142pa)gmail.com", "jana.novakova[zavin\u00e1\u010d]seznam.cz"})
    void findsAddressesWrittenAgainstHarvestersOrSpacedByAutocorrect(String address) {
        assertThat(found("my email is " + address + " thanks")).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"our emails only come from @northstar.example today",
        "the address ending in @outlook.com, right?", "under the email jaylen.w@aol.com. Is that yours?",
        "meet me at (at) the office . com", "see clause (a) above. com"})
    void readsNoObfuscatedAddressInProse(String text) {
        assertThat(found(text)).allMatch(address -> address.equals("jaylen.w@aol.com"));
    }

    @Test
    void readsNoMailboxInASqlPatternOfWildcards() {
        assertThat(found("SELECT PatNum, Email FROM patient WHERE Email LIKE '%@example.com' LIMIT 3;")).isEmpty();
        assertThat(found("WHERE email LIKE '_%@example.org'")).isEmpty();
        assertThat(found("billing%ops@example.com")).containsExactly("billing%ops@example.com");
    }

    @Test
    void readsAGivenNameSaidBeforeASurnameAndANumberAsPartOfTheMailbox() {
        assertThat(found("caller: no sorry that's work, personal is ania mazur eighty eight at gmail dot com"))
                .containsExactly("ania mazur eighty eight at gmail dot com");
        assertThat(found("agent: where can i email it\ncaller: latoya simmons seventy nine at gmail dot com\nagent: okay"))
                .containsExactly("latoya simmons seventy nine at gmail dot com");
        // Not a word of prose, nor the cue ("my email's ...").
        assertThat(found("please email the report to mazur eighty eight at gmail dot com"))
                .containsExactly("mazur eighty eight at gmail dot com");
        assertThat(found("caller: my email's paula sixty six at sky dot com")).containsExactly("paula sixty six at sky dot com");
    }

    @Test
    void aLinkWordBeforeASpokenMailboxIsNoneOfIt() {
        assertThat(found("op: quindi francesca punto galli sette nove chiocciola libero punto it, giusto"))
                .containsExactly("francesca punto galli sette nove chiocciola libero punto it");
        assertThat(found("klienti po thot\u00eb q\u00eb email \u00ebsht\u00eb besa punto krasniqi chiocciola gmail punto com"))
                .containsExactly("besa punto krasniqi chiocciola gmail punto com");
    }

    @Test
    void findsAnAddressSentInTwoChatMessagesInItsTwoParts() {
        assertThat(found("Martina: mi email es martina.ruiz@\nMartina: outlook.es\nAgente: gracias"))
                .containsExactly("martina.ruiz@", "outlook.es");
        assertThat(found("it's john.smith@ \ngmail.com.")).containsExactly("john.smith@", "gmail.com");
        // Not where the next message is more than a domain, or no domain.
        assertThat(found("send it to ops@\nAgent: ok thanks, bye.")).isEmpty();
        assertThat(found("ping @\nteam.example")).isEmpty();
        // Deep in a long chat, where only the mailbox's reach before the '@' is joined to the domain.
        String earlier = "Agente: buenas tardes, le atiende Carla del servicio de atención al cliente. ¿En qué puedo ayudarle hoy?\n";
        assertThat(found(earlier + "Martina: es martina.ruiz@\nMartina: outlook.es")).containsExactly("martina.ruiz@", "outlook.es");
        String mailbox = "m".repeat(70);
        assertThat(found(earlier + "Martina: " + mailbox + "@\nMartina: outlook.es")).isEmpty();
    }
}
