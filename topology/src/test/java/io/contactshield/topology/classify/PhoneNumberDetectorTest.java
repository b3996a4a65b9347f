package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberDetectorTest {

    private final PhoneNumberDetector us = new PhoneNumberDetector("US");

    private static List<String> found(Detector detector, String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OCR fax hdr: FROM 512 555 0115  TO 866 555 0194  10/09/2025 14:22  P.01 | 866 555 0194",
        "ani 866 555 0194 10:30 inbound | 866 555 0194",
        "callback 866 555 0194 2025-10-09 | 866 555 0194",
        "Tel. 030 2847 1190 12.03.2025 | 030 2847 1190",
        // A note's date and a time glued to its "a" or "pm".
        "LM for clmt @ 404.555.0108 3/25 1015a, will retry | 404.555.0108",
        "cb 404 555 0108 930pm | 404 555 0108"
    })
    void aDateOrATimeAfterTheNumberIsNotItsLastGroup(String text, String number) {
        assertThat(found(new PhoneNumberDetector(text.startsWith("Tel.") ? "DE" : "US"), text)).contains(number);
    }

    @Test
    void readsNoBareDefaultRegionNumberInAnotherCountrysLanguageThatItsPlanDoesNotRead() {
        // Norwegian and Polish texts with an id that happens to be a valid US number.
        assertThat(found(us, "Agent: Hei og takk for at du ringer. Kan du bekrefte f\u00f8dselsnummeret ditt (11 siffer)? "
                + "Jeg trenger det for \u00e5 finne saken din.\nKunde: 15048812345")).isEmpty();
        assertThat(found(us, "12:01 Klient: czemu kurier chce 89,99 z\u0142 pobrania jak zap\u0142aci\u0142em przelewem?\n12:03 Konsultant: "
                + "Sprawdzi\u0142em, p\u0142atno\u015b\u0107 89,99 z\u0142 zaksi\u0119gowana 19.03 o 16:40, ID transakcji 7712004418. "
                + "Pobranie zosta\u0142o anulowane, kurier dostanie aktualizacj\u0119.")).isEmpty();
        // A phone's cue, a formatted number, a Spanish text (the US's second language) and an English one keep it.
        assertThat(found(us, "Kunde: mitt mobilnummer er 2125550148, takk for hjelpen og ha en fin dag")).containsExactly("2125550148");
        assertThat(found(us, "Kunde: jeg er i New York n\u00e5, ring meg p\u00e5 (212) 555-0148 takk")).containsExactly("(212) 555-0148");
        assertThat(found(us, "hola, quien me explica por qu\u00e9 no llega el pedido?? 9155550174")).containsExactly("9155550174");
        assertThat(found(us, "Risk team note: 2034761155 flagged")).containsExactly("2034761155");
    }

    @Test
    void aNameWithADateOfEightDigitsIsNoNumber() {
        assertThat(found(us, "Refund batch: ACH file 20250605-01, SEC code PPD")).isEmpty();
        assertThat(found(us, "Recording 0417-20260312-1125 to be purged.")).isEmpty();
        // Apart by blanks, the date is a record's next field.
        assertThat(found(us, "1187 CEDAR HOLLOW DR PLANO TX 75023 9725550138 128317097 19790611")).contains("9725550138");
    }

    @Test
    void aDateAndATimeAfterATerminalsIdMakeNoNumberOfIt() {
        assertThat(found(us, "pos-terminal 0447-03 2025-11-14 16:21:33 TXN 000912 SALE")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(212) 555-0147", "212-555-0147", "212.555.0147", "212 555 0147", "2125550147",
        "1-800-555-0199", "1 (415) 555-0132"})
    void findsNationalFormatsOfTheDefaultRegion(String number) {
        assertThat(found(us, "please ring " + number + " today")).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 212 555 0147", "+44 20 7946 0958", "+44 (0)20 7946 0958", "+49 30 12345678",
        "+33 6 12 34 56 78", "+91 98765 43210", "+34 612 345 678", "+31 6 12345678", "+442079460958",
        "0044 20 7946 0958", "0049 30 12345678"})
    void findsInternationalFormatsOfAnyRegion(String number) {
        assertThat(found(us, "number: " + number + ".")).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 7946 0958", "07911 123456", "(020) 7946 0958", "030 12345678", "030/12345678",
        "089 1234567", "01 23 45 67 89", "06 12 34 56 78", "06-12345678", "020 123 4567", "098765 43210"})
    void findsNationalFormatsOfOtherRegionsByTheirTrunkPrefix(String number) {
        assertThat(found(us, "left " + number + " yesterday")).containsExactly(number);
    }

    @Test
    void findsANationalNumberWithoutTrunkPrefixWhenAPhoneCueStandsBeforeIt() {
        assertThat(found(us, "my mobile is 612 345 678")).containsExactly("612 345 678");
    }

    @Test
    void ignoresANationalNumberWithoutTrunkPrefixWithoutACue() {
        assertThat(found(us, "room 612 345 678")).isEmpty();
    }

    @Test
    void readsTheDefaultRegionsNationalFormatWithoutACue() {
        assertThat(found(new PhoneNumberDetector("ES"), "room 612 345 678")).containsExactly("612 345 678");
    }

    @Test
    void givesTheDefaultRegionMoreConfidenceThanAForeignTrunkPrefix() {
        String text = "020 7946 0958";

        assertThat(new PhoneNumberDetector("GB").detect(text).get(0).confidence())
                .isGreaterThan(us.detect(text).get(0).confidence());
    }

    @Test
    void trustsInternationalFormAboveFormattedAboveBareDigits() {
        double international = us.detect("+1 212 555 0147").get(0).confidence();
        double formatted = us.detect("(212) 555-0147").get(0).confidence();
        double bare = us.detect("2125550147").get(0).confidence();

        assertThat(international).isGreaterThan(formatted);
        assertThat(formatted).isGreaterThan(bare);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-05-12", "12/05/2024", "12.05.2024", "05-12-2024", "10:30:45", "2024-05-12 10:30:00",
        "$1,234.56", "1,234,567.89", "EUR 1.234.567,89", "90210", "90210-1234", "order 48213377",
        "123e4567-e89b-12d3-a456-426614174000", "1Z999AA10123456784", "20240512103000", "1715509800123",
        "v10.0.19045", "build 10.0.19045.2965", "192.168.1.100", "4111 1111 1111 1111", "123-45-6789",
        "ABC2125550147", "2125550147XYZ",
        // An IPv4 network with its prefix length (libphonenumber reads some as Indian numbers).
        "TXT \"v=spf1 ip4:203.0.113.0/24 -all\"", "allow 192.168.1.0/24",
        // Dialled from abroad a North American number needs its area code; no country code is "4".
        "when I put +1 555 0199 the form said invalid", "Mailing ZIP+4 60614-3302 confirmed."
    })
    void ignoresNumbersThatAreNotPhoneNumbers(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @Test
    void findsEveryNumberInALine() {
        String text = "call (212) 555-0147 or +44 20 7946 0958, or at home 030 12345678";

        assertThat(found(us, text)).containsExactly("(212) 555-0147", "+44 20 7946 0958", "030 12345678");
    }

    @Test
    void acceptsInternationalFormsOnlyForTheUnknownRegion() {
        PhoneNumberDetector none = new PhoneNumberDetector("ZZ");

        assertThat(found(none, "+1 212 555 0147")).containsExactly("+1 212 555 0147");
        assertThat(found(none, "2125550147")).isEmpty();
    }

    @Test
    void rejectsAnUnknownRegion() {
        assertThatThrownBy(() -> new PhoneNumberDetector("XQ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresARunOfDigitsLongerThanAnyNumber() {
        assertThat(found(us, "1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 7700 900584", "+447700900233", "+44 (0)7700 900 987"})
    void acceptsAnInternationalNumberOfPossibleLengthInAnUnassignedRange(String number) {
        assertThat(found(us, "mob " + number + ", thanks")).containsExactly(number);
    }

    @Test
    void findsASevenDigitLocalNumberOnlyAfterAPhoneCue() {
        assertThat(found(us, "my number is 555-0142")).containsExactly("555-0142");
        assertThat(found(us, "room 555-0142")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mi m\u00f3vil es 612 34 56 78", "el fijo 91 123 45 67", "Handy: 612 34 56 78"})
    void readsPhoneCuesInTheCallersLanguage(String text) {
        assertThat(found(us, text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORD-2024-884213", "INV/2125550147", "ticket#2125550147", "0048812377", "KB 000123456"})
    void ignoresDigitsThatBelongToAnIdentifier(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"order_number=5581920", "orderNumber: 5551234", "invoice-no=5551234"})
    void doesNotTakeALocalNumberFromAnIdentifierKey(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone=5551234", "mobileNumber: 5551234", "call me on 5551234"})
    void takesALocalNumberFromAPhoneKey(String text) {
        assertThat(found(us, text)).containsExactly("5551234");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "IVR_CAPTURE | ani=+821055217734 | dnis=15990114 | menu_path=1>3>2 => 15990114",
        "IVR|2024-04-23 09:15:02|ANI=0312845590|DNIS=15882750|NODE=CARD_LOSS => 15882750",
        "sms_out|to=01047731025|from=15990114|msg=[\ud55c\ube5b\ubaa8\ubc14\uc77c] \ubc88\ud638\uc774\ub3d9 \uac1c\ud1b5\uc774 \uc644\ub8cc\ub418\uc5c8\uc2b5\ub2c8\ub2e4 => 15990114"
    })
    void readsAKoreanNationwideNumberBareUnderAPhoneKey(String text, String number) {
        assertThat(found(us, text)).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ani=+821055217734 order_no=15990114", "\uc8fc\ubb38\ubc88\ud638 15990114 \ub85c \uc870\ud68c\ud574 \uc8fc\uc138\uc694 010-4773-1025",
        "to=01047731025 from=20240415 msg=[\ud55c\ube5b\ubaa8\ubc14\uc77c] \uac1c\ud1b5 \uc644\ub8cc"})
    void leavesEightBareDigitsWithoutAPhoneKeyAlone(String text) {
        assertThat(found(us, text)).doesNotContain("15990114", "20240415");
    }

    @Test
    void readsChinasMobilesBareAndItsServiceNumbersInAChineseText() {
        assertThat(found(us, "\u4e70\u5bb6\uff1a\u9648\u6653\u71d5 13916284470 \u4e0a\u6d77\u5e02\u95f5\u884c\u533a\u4e03\u5b9d\u9547\u6f15\u5b9d\u8def3366\u5f0412\u53f7602\u5ba4")).containsExactly("13916284470");
        assertThat(found(us, "\u5982\u6709\u95ee\u9898\u8bf7\u8054\u7cfb400-186-2233\u3002\u56deT\u9000\u8ba2")).containsExactly("400-186-2233");
        // Without Han characters around, eleven bare digits say nothing of China.
        assertThat(found(us, "ref 13916284470 shipped")).isEmpty();
    }

    @Test
    void aTimesMinutesBeforeANumberAreNotItsFirstGroup() {
        assertThat(found(us, "Line status change log\n2024-06-13 20:40 336-555-0192 ACTIVE -> SUSPENDED_NONPAY"))
                .containsExactly("336-555-0192");
        // A FIX message's sending time, date and hour joined by a dash, is none; a time after a number is no part of it.
        assertThat(found(us, "8=FIX.4.4|9=178|35=D|49=CRESTVIEW|56=NYSEFIX|52=20251114-14:31:07.114|11=O-7F3K29-0012"))
                .isEmpty();
        assertThat(found(new PhoneNumberDetector("DE"), "Tel 030 2847 1190 12:30")).containsExactly("030 2847 1190");
        // Minutes that end in 1 are no country code of the number after them.
        assertThat(found(us, "03/19 09:11 512-555-0167 busy")).containsExactly("512-555-0167");
    }

    @Test
    void aNumberWithItsTrunkZeroIsReadWholeNotAsASevenDigitLocalNumberAfterIt() {
        // libphonenumber 9 takes seven digits as a valid US number: "3104882" alone.
        assertThat(found(us, "Tel. 030 3104882")).containsExactly("030 3104882");
        assertThat(found(us, "Agent: 0631 3104882, danke.")).containsExactly("0631 3104882");
        assertThat(found(us, "call 555 0199 now")).containsExactly("555 0199");
    }

    @Test
    void readsTheCallersAndCalledNumbersOfACallDetailRecordWithoutTheirPlus() {
        assertThat(found(us, "CDR: 20240615061902|639495026617|966504417206|IDD|00:11:04|CELL 40221|LAC 0991"))
                .containsExactly("639495026617", "966504417206");
        assertThat(found(us, "CDR: 20240317 101244 A=27824417730 B=27214483390 dur=183 cell=ZA-GP-4471"))
                .containsExactly("27824417730", "27214483390");
        // A party of ten digits: a Belgian landline.
        assertThat(found(us, "CDR: 2025-03-15 08:12:04;A=32472556180;B=3225136611;dur=00:04:12;cell=BXL-0412-A"))
                .containsExactly("32472556180", "3225136611");
        // A log's record name in lower case.
        assertThat(found(us, "2024-11-19T18:01:44Z [cdr] call_id=9b3e1f answer=1 a=972547120833 b=97239410062 dur=00:14:22"))
                .containsExactly("972547120833", "97239410062");
        // The same cells without the record's name, or the name inside another word, are ids.
        assertThat(found(us, "EXPORT: 20240615061902|639495026617|966504417206|IDD")).isEmpty();
        assertThat(found(us, "PCDRX: 20240615061902|639495026617|966504417206|IDD")).isEmpty();
    }

    @Test
    void aStatementLinesIndexIsNoTrunkPrefixButAPhoneLinesOneIs() {
        assertThat(found(us, "Statement 07/01/2024\nLine 1 (212) 555-0143  UNL65-5G  $65.00\nLine 2 (212) 555-0144  $65.00"))
                .containsExactly("(212) 555-0143", "(212) 555-0144");
        assertThat(found(us, "Call the after-hours line 1 (800) 555-0199, press 2.")).containsExactly("1 (800) 555-0199");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the meter reading is 048817.3 kWh", "call volume 2125550147.5 per hour", "phone 5551234.0"})
    void ignoresANumberWithADecimalFraction(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @Test
    void stillFindsANumberGroupedWithDots() {
        assertThat(found(us, "call 212.555.0147 today")).containsExactly("212.555.0147");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO:412 34 567", "NO:22 33 44 55", "DK:32 12 34 56", "FI:040 718 2294", "FI:(09) 3108 5000",
        "GR:6944127788", "SE:70-123 45 67"})
    void aCuedForeignNumberWrittenAsItsRegionWritesItIsRead(String example) {
        String region = example.substring(0, 2);
        String number = example.substring(3);
        assertThat(PhoneNumberDetector.writtenAsIn(region, number, 0, number.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO:41234567", "DK:3212-3456", "DK:3212 3456", "NO:4 1 2 3 4 5 6 7", "FI:40 718 2294",
        "FI:2923923"})
    void eightBareDigitsAreNoNordicNumberAndAFinnishOneHasItsZero(String example) {
        String region = example.substring(0, 2);
        String number = example.substring(3);
        assertThat(PhoneNumberDetector.writtenAsIn(region, number, 0, number.length())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"left 0421877 yesterday", "left 0441-1187 yesterday", "SP, 05435-000."})
    void aZeroLedRunOfFewerThanTenDigitsIsNoForeignNumberWithoutACue(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @Test
    void aShortGermanNumberIsStillReadAfterACue() {
        assertThat(found(us, "Telefon 0441 1187")).containsExactly("0441 1187");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"GET /ph/v2 HTTP/1.1\" 200 1843 \"-\"", "\"POST /ph HTTP/2\" 404 5550142",
        "GET /ph HTTP/1.0 200 5550142"})
    void theStatusAndSizeAfterAnHttpRequestAreNoNumber(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @Test
    void aNumberAfterAnHttpVersionThatIsNoRequestIsStillRead() {
        assertThat(PhoneNumberDetector.afterHttpRequest("HTTP/1.1\" 200", 10)).isTrue();
        assertThat(PhoneNumberDetector.afterHttpRequest("call 212", 5)).isFalse();
        assertThat(found(us, "HTTP/1.1 \"ok\", phone (212) 555-0147")).containsExactly("(212) 555-0147");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Call 1-800-FLOWERS today | 1-800-FLOWERS",
        "Agent: It's 1-800-555-01GO, available 24/7. | 1-800-555-01GO",
        "call (888) GET-HELP now | (888) GET-HELP",
        // The word's letters in other groups.
        "Corporate gifting desk: 1-877-GIFT-NPS, option 3 | 1-877-GIFT-NPS",
        "the website says 1-888-NORTH-PN? | 1-888-NORTH-PN",
        "Ligne client 1-800-BOREAL-1 (sans frais) | 1-800-BOREAL-1"
    })
    void readsATollFreeNumberWrittenWithLetters(String text, String number) {
        assertThat(found(us, text)).containsExactly(number);
    }

    @Test
    void readsAnInternationalNumberInASwitchsDialStringButNotAProxyLogsTimer() {
        assertThat(found(us, "[NOTICE] switch_channel.c:1104 New Channel sofia/external/+971507342219 [2c2be206]"))
                .containsExactly("+971507342219");
        assertThat(found(us, "_webrtc/webrtc-02 0/0/1/3/+4 101 221 - - ---- 421/418/3/1/0 0/0 \"GET /ws HTTP/1.1\""))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"see RFC 800-A now", "model 800-AB router", "1-800-flowers in lower case", "800-X1234567",
        "SKU 800-AB-CDEFGHIJK", "route 877-AB-CD"})
    void readsNoTollFreePrefixBeforeFewLettersOrLowerCase(String text) {
        assertThat(found(us, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A street line's house number after the number is not its last group.
        "Dispatch: WO-25-122310 cust Mei-Ling Ho (604) 555-0112 3377 Kingsway, Suite 207, Burnaby | (604) 555-0112",
        "call (604) 555-0112 12 Main Street | (604) 555-0112",
        // A square bracket opens a list, not the number.
        "linked_msisdn=[+447725980254, +447956383716] inbound_24h=14 | +447725980254",
        // The digit a phone's key is numbered with is not a country code.
        "Dialer result 10/16 11:02 L-88201799 phone1 678-555-0104 NO ANSWER | 678-555-0104",
        // A fixed-width report's columns, parted by two blanks or more.
        "7701442918 HUGHES, DARNELL          94  2186.40  602-555-0129 | 602-555-0129"
    })
    void readsTheNumberWithoutAHouseNumberAfterItOrAListsBracketOrAKeysDigitBefore(String text, String number) {
        assertThat(found(new PhoneNumberDetector("US"), text)).contains(number)
                .noneMatch(found -> found.contains("3377") || found.startsWith("[") || found.endsWith(" 12"));
    }

    @Test
    void keepsTheLastGroupOfANumberFollowedByANameThatWritesTheWholeNumber() {
        assertThat(found(new PhoneNumberDetector("US"), "ring +44 20 7946 0018 Tom said")).containsExactly("+44 20 7946 0018");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Airline tickets, an AWS account inside a quoted ARN.
        " 5 FA PAX 075-2412345671/ETIB/EUR1245.80/29NOV26",
        "Please refund the 2 cancelled tickets (055-2318851044, 055-2318851045) to my account",
        "{\"role\":\"arn:aws:iam::114477220933:role/cc-export\",\"expires\":\"2026-11-30\"}",
        // A US employer id as written.
        "le num\u00e9ro EIN de votre LLC (12-3456789) n'est pas n\u00e9cessaire",
        // Four, four and two digits split by dashes: a drug's NDC code, a licence's or a call's number.
        "NDC 0173-0682-20, inhaler", "Licence RBQ de l'\u00e9lectricien 5712-0844-01.", "QA review - call 9918-2271-04: verified",
        "the number is 5712-0844-01"})
    void readsNoPhoneInATicketNumberAQuotedArnAnEmployerIdOrFourFourTwo(String text) {
        assertThat(found(new PhoneNumberDetector("US"), text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A WhatsApp link's number, international without its '+'.
        "Guest: the host whatsapp is https://wa.me/385915623348 but he blocked me | 385915623348",
        "'NAS-145|Segway City Tour|16|9|Bahama Glide|wa.me/12425022100' | 12425022100",
        "chat: https://api.whatsapp.com/send?phone=4915123456789 | 4915123456789",
        // A date without its year and a time after the number are no groups of it.
        "verification callback; called +49 30 25557184 03/04 09:10 ET, confirmed by guest | +49 30 25557184",
        // A day and month after a number split by blanks; a number followed by the writer's "??".
        "вхідний дзвінок з +380 96 771 40 38 13.11 о 16:20 | +380 96 771 40 38",
        "My number is 5125550143?? Nobody called me back | 5125550143",
        "called me from +44 20 7946 0958?? is that legit | +44 20 7946 0958",
        // An Argentine mobile, thirteen digits with its trunk 0, area code and 15.
        "el celu de \u00e9l es 0341154987120 | 0341154987120"
    })
    void readsWhatsAppLinksAndStopsBeforeDatesTimesAndMarks(String text, String phone) {
        assertThat(found(new PhoneNumberDetector("US"), text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"boravak 05.07.\u201312.07.2025. Status: odjavljeno", "stay 05.07.-12.07.2025 booked",
        "wa.me/12345 is no number",
        // Thirteen digits after one 0, a call's id, a number with masked digits.
        "I own 0412180030021 and paid 0412180030012 by mistake", "secret key in call 1731581059.88412 \u2014 the caller",
        "cannot receive SMS code on US number +1 (312) 555-01?? \u2014 asked to re-enter",
        // The last group masked as long as the group before it.
        "you can call the partner via the app on 080 6917 xxxx bridge", "old line 212-555-XXXX",
        "i got a text from 1-800-555-01XX saying my order is delayed",
        // A North American number cut short in its own groups.
        "title co. fax 305-555-01 \u2014 incomplete #, called back", "what is this number 1-844-555-012 on the letter"})
    void readsNoPhoneInARangeOfDatesOrAShortLink(String text) {
        assertThat(found(new PhoneNumberDetector("US"), text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mi m\u00f3vil 612-345-678", "call 305-555-0199", "\u05dc\u05d4\u05ea\u05e7\u05e9\u05e8 \u05dc-1-800-222-333"})
    void nineDigitsInThreesAndIsraelsServiceNumbersAreNoCutNumber(String text) {
        assertThat(found(new PhoneNumberDetector("US"), text)).hasSize(1);
    }

    @Test
    void kissesAfterANumberMaskNoGroup() {
        assertThat(found(new PhoneNumberDetector("GB"), "ring me on 020 7946 0958 xx")).containsExactly("020 7946 0958");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"upi_vpa\":\"8800112233@paytm\",\"rrn\":\"433912006781\" | 8800112233",
        "refund to 9822104567@ybl please | 9822104567", "UPI 7012345678@okaxis | 7012345678",
        "UPI ID is 7829014455@okgodavari, same as mobile. | 7829014455",
        // A PBX's 9 for an outside line before the number.
        "03-16 14:02:11 dial out ext 2214 -> 9-1-903-555-0128 ok | 1-903-555-0128"
    })
    void anIndianMobileThatNamesAUpiAddressOrADialledLineIsThePhone(String text, String phone) {
        assertThat(found(new PhoneNumberDetector("US"), text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"refund to 1234567890@ybl", "mail 9822104567@ybl.com", "pay 9822104567@example",
        // Ten digits at the end of a word are no mobile of their own.
        "pay to a9822104567@ybl please"})
    void aUpiAddressWithoutAnIndianMobileOrAProvidersHandleHoldsNoPhone(String text) {
        assertThat(found(new PhoneNumberDetector("US"), text)).isEmpty();
    }

    @Test
    void theLastTenDigitsOfALongerRunBeforeAUpiHandleAreNoMobileOfTheirOwn() {
        assertThat(found(new PhoneNumberDetector("US"), "pay to 919822104567@ybl please")).doesNotContain("9822104567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"011 15-4982-1177", "11 15-5157-8442", "0341 15 555 1234", "011 15-6241-0937"})
    void readsAnArgentineMobileWithItsAreaCodeAndFifteenInAnyText(String number) {
        assertThat(found(new PhoneNumberDetector("US"), "tel_movil:\"" + number + "\",ciudad:\"Rosario\"")).containsExactly(number);
    }

    @Test
    void readsATrunkZeroInBracketsThatThePlanHasNoUseFor() {
        assertThat(found(us, "M\u00f3vil: +34 (0)611 48 29 03\nEmail: x")).containsExactly("+34 (0)611 48 29 03");
        assertThat(found(us, "call +44 (0)20 7946 0958 now")).containsExactly("+44 (0)20 7946 0958");
    }

    @Test
    void leavesOutACountAfterAnInternationalNumberThatIsValidWithoutIt() {
        assertThat(found(us, "seguimiento: llam\u00e9 al +54 9 261 455-7812 3 veces sin respuesta")).containsExactly("+54 9 261 455-7812");
    }

    @Test
    void readsAnInternationalNumberInsideTwoBrackets() {
        assertThat(found(us, "client Hatem Mejri ((+216) 95 385 298) a re\u00e7u une PS5")).containsExactly("(+216) 95 385 298");
        // A Belgian structured communication's marks are no '+' of a number.
        assertThat(found(us, "met mededeling +++637/5879/95316+++.")).isEmpty();
    }

    @Test
    void fourDigitsDashAndSixWithoutTrunkZeroAreNoNumber() {
        assertThat(found(us, "call me at 4418-220197 please")).isEmpty();
        assertThat(found(us, "call me at 441-822-0197 please")).containsExactly("441-822-0197");
    }

    @Test
    void mineAfterAPhoneNumberIsTheSpeakersOwnNumber() {
        assertThat(found(us, "Caller: um, 9003167245... that's my father's. mine is 9790421563"))
                .containsExactly("9003167245", "9790421563");
        // Without a phone number before it, "mine" says nothing of a run of digits.
        assertThat(found(us, "the booking was my father's. mine is 9790421563")).isEmpty();
    }

    @Test
    void aNumberTheTextCallsIncompleteRightAfterItIsNone() {
        assertThat(found(us, "Caller gave 0161 496 07 (incomplete) and hung up")).isEmpty();
        assertThat(found(us, "ligne 4471 rejet\u00e9e : tel=\"06 12 34 5\" (incomplet), cp=\"7501\"")).isEmpty();
        // What is incomplete after it is something else.
        assertThat(found(us, "call me on 020 7946 0018, the order arrived incomplete")).containsExactly("020 7946 0018");
    }

    @Test
    void asksLibphonenumberOnlyForRegionsItKnows() {
        // A mailbox under ".eu" names no region; libphonenumber would log a warning for every such question.
        Logger logger = Logger.getLogger("com.google.i18n.phonenumbers.PhoneNumberUtil");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            found(us, "From: <sip:+4915734821109@pstn.carrier-de.example>\nTo: <sip:+4930225558100@sbc.kestrelbank.eu> 4930225558100");
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(records).isEmpty();
    }

    @Test
    void readsAMexicanMobileWithTheOneItWasDialledWith() {
        assertThat(found(us, "Cliente: el nuevo es +52 1 33 1290 4467")).containsExactly("+52 1 33 1290 4467");
        assertThat(found(us, "\"CustomerEndpoint\":{\"Address\":\"+5218441276603\"}")).containsExactly("+5218441276603");
    }

    @Test
    void aUpsTrackingNumbersPackageDigitsAreNoNumber() {
        assertThat(found(us, "UPS exception: 1Z 4W6 81E 03 9284 7712 - address unknown")).isEmpty();
        assertThat(found(us, "Gu\u00eda 1Z 9Y8 47A 03 4478 2210 | UPS")).isEmpty();
        assertThat(found(us, "Size 1Z call 03 9284 7712 please")).containsExactly("03 9284 7712");
    }

    @Test
    void rangesWithAnEnDashAreNoNumbers() {
        assertThat(found(us, "Telephony number plan (internal extensions only): 4000\u20134099 revenues, 4100\u20134199 housing"))
                .isEmpty();
    }

    @Test
    void oneDigitRepeatedIsAPlaceholder() {
        assertThat(found(us, "rechazados por tel\u00e9fono inv\u00e1lido (ej. \"000000000\", \"666666666\", \"123456789\")"))
                .isEmpty();
        assertThat(found(us, "1.1% with placeholder phone 999-999-9999; call 212-555-0147")).containsExactly("212-555-0147");
    }

    @Test
    void aNumberWhoseLastGroupIsADecimalsDigitIsNone() {
        assertThat(found(us, "Churn model scores: BAN 771204556 0.81, BAN 330918475 0.64")).isEmpty();
        assertThat(found(us, "call me on 020 7946 0018.")).containsExactly("020 7946 0018");
    }

    @Test
    void aNumberSentInTwoChatMessagesIsFoundInBoth() {
        assertThat(found(us, "Customer: number is 07865 210\nCustomer: 437\nCustomer: sorry pressed enter too soon"))
                .containsExactly("07865 210", "437");
        assertThat(found(us, "Kunde: R\u00fcckrufnummer 0176 29\nKunde: 418 553\nKunde: sorry zu fr\u00fch abgeschickt"))
                .containsExactly("0176 29", "418 553");
        // Another speaker's message, no phone cue, or a log's lines are no such number.
        assertThat(found(us, "Customer: number is 07865 210\nAgent: 437 in the queue")).isEmpty();
        assertThat(found(us, "Customer: my order is 96325\nCustomer: 18470 sorry sent too early")).isEmpty();
        assertThat(found(us, "Driver check-call log load 44929918\n06:02 departed shipper")).isEmpty();
        // The second part after a few words, or after the other's short answer.
        assertThat(found(us, "Customer: my number is 07597 742\nCustomer: sorry pressed enter lol 160"))
                .containsExactly("07597 742", "160");
        assertThat(found(us, "Customer: new mobile 07944\nAgent: Yes, go on\nCustomer: 217 508"))
                .containsExactly("07944", "217 508");
        // The first part may open with the '+' (no cue needed then); the second part may have been read
        // as a local number of its own.
        assertThat(found(us, "Customer: mera dubai no. hai +971 50\nCustomer: 227 8841\nCustomer: sorry galti se"))
                .containsExactly("+971 50", "227 8841");
        assertThat(found(us, "Client: c'est le +351 96\nClient: 123 4567\nAgent: Merci"))
                .containsExactly("+351 96", "123 4567");
        assertThat(found(us, "Customer: can u call me\nCustomer: 0044 7712\nCustomer: 876 543\nAgent: Thanks"))
                .containsExactly("0044 7712", "876 543");
        // A chat export's time stamps before the speakers ("WhatsApp 18/03/25 19:40 - Cliente: ").
        assertThat(found(us, "WhatsApp 18/03/25 19:40 - Cliente: mi n\u00famero nuevo es +34 611\n"
                + "WhatsApp 18/03/25 19:40 - Cliente: 48 02 73\nWhatsApp 18/03/25 19:41 - Alcot\u00e1n: Gracias"))
                .containsExactly("+34 611", "48 02 73");
        assertThat(found(us, "WhatsApp 21:03 - Customer: hi my new number is 0505\nWhatsApp 21:03 - Customer: 219432 sorry"))
                .containsExactly("0505", "219432");
        // A bare time after the chat's name, a chat's hour and minute in brackets; the cue in the message after.
        assertThat(found(us, "Chat 15:10 Customer: my number is 022 555\nChat 15:10 Customer: 0178\nChat 15:11 Agent: thanks"))
                .containsExactly("022 555", "0178");
        assertThat(found(us, "[09:15] Kunde: nummeret er +47 938\n[09:15] Kunde: 44 120\n[09:16] Agent: takk"))
                .containsExactly("+47 938", "44 120");
        assertThat(found(us, "[2025/03/14, 08:20:15] Tendai Moyo: Hi, new number is +263 77\n"
                + "[2025/03/14, 08:20:31] Tendai Moyo: 214 5590\n[2025/03/14, 08:21:02] Agent Kagiso: Thanks"))
                .containsExactly("+263 77", "214 5590");
        assertThat(found(us, "[13:40:18] Customer: my number is 078 551\n[13:40:25] Customer: 2093\n[13:40:51] Agent: Thanks"))
                .containsExactly("078 551", "2093");
        // The channel's name in brackets before the time or the speaker ("[Chat] 15:32 Client :").
        assertThat(found(us, "[Chat] 15:32 Client : j'ai un nouveau num\u00e9ro de portable : 07 62\n"
                + "[Chat] 15:32 Client : 33 14 88\n[Chat] 15:33 Agent Lina : merci")).containsExactly("07 62", "33 14 88");
        assertThat(found(us, "[Chat] Client : mon num\u00e9ro c'est le +33\n[Chat] Client : 6 77 21 48 39\n[Chat] Agent : merci"))
                .containsExactly("+33", "6 77 21 48 39");
        assertThat(found(us, "[chat] Z\u00e1kazn\u00edk: volajte na 0905\n[chat] Z\u00e1kazn\u00edk: 118 347\n[chat] Agent SK-22: \u010eakujem"))
                .containsExactly("0905", "118 347");
        assertThat(found(us, "[chat 18:02] Cliente: il mio numero \u00e8 +39 339\n[chat 18:02] Cliente: 204 7718\n"
                + "[chat 18:03] Operatore: grazie")).containsExactly("+39 339", "204 7718");
        // The time after the speaker's name; a dash typed before sending; the cue in the speaker's message before.
        assertThat(found(us, "[chat] Customer 10:14: hi can you ring me back instead, my mobile is 07723 418\n"
                + "[chat] Customer 10:14: 906\n[chat] Customer 10:15: sorry hit enter lol")).containsExactly("07723 418", "906");
        assertThat(found(us, "[10:21:20] Customer: my num is (281) 555-\n[10:21:24] Customer: 0181"))
                .containsExactly("(281) 555-", "0181");
        assertThat(found(us, "[19:02] Kimberly Tran: Hi I need to change my appt, also my phone changed\n"
                + "[19:02] Kimberly Tran: its now 281 555 01\n[19:02] Kimberly Tran: 45\n[19:03] Agent Rafael: Got it"))
                .containsExactly("281 555 01", "45");
        assertThat(found(us, "[19:02] Kimberly Tran: Hi I need to change my appt\n"
                + "[19:02] Kimberly Tran: its now 281 555 01\n[19:02] Kimberly Tran: 45\n[19:03] Agent Rafael: Got it"))
                .isEmpty();
        // The cue in the speaker's message before the other's; a bracket of the channel and a time with seconds.
        assertThat(found(us, "Chat\nCustomer: hiya my number is\nAgent: Sorry, I think your message got cut off?\n"
                + "Customer: 07845 331\nCustomer: 904 sorry phone playing up")).containsExactly("07845 331", "904");
        assertThat(found(us, "[CHAT 14:02:40] Bot: What's the best number to reach you on?\n[CHAT 14:03:02] Visitor: 07451\n"
                + "[CHAT 14:03:05] Visitor: 234567\n[CHAT 14:03:09] Bot: Thanks.")).containsExactly("07451", "234567");
        // A sender's name and time with no colon ("Kendra 3:42 PM"); a role with brackets ("Buyer (US chat):").
        assertThat(found(us, "Kendra 3:42 PM my new cell is 405-555-\nKendra 3:42 PM 0189\nKendra 3:43 PM sorry hit enter lol"))
                .containsExactly("405-555-", "0189");
        // An area code in brackets alone as the first part; words after the second part, or its extension.
        assertThat(found(us, "Customer: 1 more thing, the old phone number i had was (709)\nCustomer: 555-0111 can u check it?"))
                .containsExactly("(709)", "555-0111");
        assertThat(found(us, "Customer: hello my number is 902-555\nCustomer: 0144, I'm calling about the roaming charges"))
                .containsExactly("902-555", "0144");
        assertThat(found(us, "Customer: can you call me back on my work number\nCustomer: its 416\nCustomer: 555 0191 ext 204"))
                .containsExactly("416", "555 0191");
        assertThat(found(us, "Customer: can you call me back on my work number\nCustomer: its 416\nCustomer: 555 0191 or 204"))
                .doesNotContain("416");
        // The country code with the bracketed area code alone; an extension is no first part.
        assertThat(found(us, "Customer: my phone number is +55 (11)\nCustomer: 3045-2290 its the office number"))
                .containsExactly("+55 (11)", "3045-2290");
        assertThat(found(us, "Customer: my US number is 1 (800) 555-0199 ext 4\nAgent: That's toll-free, a direct number?\n"
                + "Customer: 646-555-0111")).containsExactly("1 (800) 555-0199", "646-555-0111");
        assertThat(found(us, "[16:31] Kunde: meine nr 0172\n[16:31] Kunde: 5938 014\n[16:32] Agent: Danke"))
                .containsExactly("0172", "5938 014");
        // No cue, but the other's next message reads the two parts back as one number.
        assertThat(found(us, "Customer: 0917\nCustomer: 803 5512\nAgent: Thank you! So that's 0917 803 5512?\nCustomer: yes po"))
                .contains("0917", "803 5512");
        assertThat(found(us, "Customer: 0917\nCustomer: 803 5512\nAgent: Thank you! So that's 0917 803 5513?"))
                .doesNotContain("0917");
        // Slack's and Teams' copy: the sender and time on a line of their own above each message; other senders differ.
        assertThat(found(us, "Kaitlyn 9:14 AM\nmy dads cell is (803) 555-01\nKaitlyn 9:14 AM\n72\nKaitlyn 9:15 AM\nhe owns the car"))
                .containsExactly("(803) 555-01", "72");
        assertThat(found(us, "Olivia Brennan 16:05\nmy new mobile is 07723 418\nOlivia Brennan 16:05\noops\nOlivia Brennan 16:06\n906"))
                .containsExactly("07723 418", "906");
        assertThat(found(us, "Kaitlyn 9:14 AM\nmy dads cell is (803) 555-01\nMarco 9:14 AM\n72\nKaitlyn 9:15 AM\nhe owns the car"))
                .isEmpty();
        assertThat(found(us, "Buyer (US chat): can you call me at 917\nBuyer (US chat): 555-0134\nBuyer (US chat): thanks"))
                .containsExactly("917", "555-0134");
        // An area code in brackets opens the first part.
        assertThat(found(us, "Member: hello?? i typed my number wrong earlier its (206) 555\nMember: 0193\nAgent Luis: No worries"))
                .containsExactly("(206) 555", "0193");
        assertThat(found(us, "Customer: 0491 570\nCustomer: 110\nCustomer: thats my number, pls call after 5"))
                .containsExactly("0491 570", "110");
        assertThat(found(us, "Customer: 0491 570\nCustomer: 110\nCustomer: thats my order id")).isEmpty();
        assertThat(found(us, "Customer: 0491 570\nCustomer: 110\nAgent: is that your number?")).isEmpty();
        // The speaker's own message without digits between the two parts.
        assertThat(found(us, "Customer: il mio cell \u00e8 338 41\nCustomer: scusate mi \u00e8 partito l'invio\nCustomer: 27 905"))
                .containsExactly("338 41", "27 905");
        // A call transcript's stamps and roles answer prompts: the keys pressed for two of them are two values.
        assertThat(found(us, "[00:00:33] IVR: Please enter the last four digits of your phone number.\n[00:00:39] DTMF: 6615\n"
                + "[00:00:40] IVR: Please enter your ZIP code.\n[00:00:45] DTMF: 77074")).doesNotContain("6615", "77074");
        // A first message that holds a whole number is answered by the next.
        assertThat(found(us, "Customer: can u call me back? 347 555 0165\nAgent: Sure, what time?\nCustomer: after 6"))
                .containsExactly("347 555 0165");
        // Three messages, the second the digits alone, the third opening with the rest.
        assertThat(found(us, "Customer: my number 055\nCustomer: 301\nCustomer: 7729\nAgent: Thanks"))
                .containsExactly("055", "301", "7729");
        assertThat(found(us, "Cliente: te dejo mi n\u00famero: 636 12\nCliente: 90\nCliente: 45"))
                .containsExactly("636 12", "90", "45");
        // Or when the first two are no number of their own.
        assertThat(found(us, "Cliente: o n\u00famero \u00e9 +55 21\nCliente: 9 8114\nCliente: 2290\nAtendente: obrigado"))
                .containsExactly("+55 21", "9 8114", "2290");
        // Not without a cue, not when the other sends the third, nor when the third goes on with more digits.
        assertThat(found(us, "Customer: order 055\nCustomer: 301\nCustomer: 7729")).isEmpty();
        assertThat(found(us, "Customer: my number 055\nCustomer: 301\nAgent: 7729")).isEmpty();
        assertThat(found(us, "Customer: my number 055\nCustomer: 301\nCustomer: 7729 and 44")).isEmpty();
    }

    @Test
    void questionMarksAfterAWholeInternationalNumberAreTheWriters() {
        assertThat(found(us, "mismo cliente que llam\u00f3 ayer desde +34 644 71 09 83?? NO, ese es de otra cte."))
                .containsExactly("+34 644 71 09 83");
        // After a group cut short they mask its digits.
        assertThat(found(us, "Alt # on file (210) 555-01?? is incomplete")).isEmpty();
    }

    @Test
    void readsAMaghrebiNumberAfterItsWordForNumber() {
        assertThat(found(us, "\u062e\u0644\u0635\u062a \u0628\u064a\u0647\u0627 250 \u062f\u064a\u0646\u0627\u0631 \u0641\u064a \u0633\u0648\u0633\u0629\u060c \u0646\u0648\u0645\u0631\u0648 \u062a\u0644\u064a\u0641\u0648\u0646\u064a 98 431 206")).containsExactly("98 431 206");
    }

    @Test
    void readsASpanishNumberAfterCatalanAndSpanishWordsForCallAndMobile() {
        assertThat(found(us, "i si cal trucar-me al fix: 93 412 66 05")).containsExactly("93 412 66 05");
        assertThat(found(us, "Em podeu trucar al 688 902 144? S\u00f3c l'Oriol")).containsExactly("688 902 144");
        assertThat(found(us, "28031 Madrid. Mvl 619407328")).containsExactly("619407328");
        // Typed digit by digit.
        assertThat(found(us, "llamadme al 6 1 9 4 0 7 3 2 8 ya")).containsExactly("6 1 9 4 0 7 3 2 8");
    }

    @Test
    void readsAHongKongNumberAfterCantonesesWordForPhone() {
        assertThat(found(us, "Customer: ngoh giu Leung Chi Keung, dihn wa haih 9874 3321, ngoh yiu report"))
                .containsExactly("9874 3321");
    }
}
