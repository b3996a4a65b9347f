package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Labels that name a digit run as an identifier, not a phone number, and the phone cues they leave alone. */
class IdentifierLabelTest {

    private static final TextClassifier CLASSIFIER = TextClassifier.create(ClassifierSettings.defaults());

    private static List<String> phonesIn(String text) {
        return CLASSIFIER.classify(text).stream().filter(d -> d.type().equals(EntityTypes.PHONE_NUMBER))
                .map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I need a refill of my inhaler, Rx number 6620418, pharmacy on file is Main St.",
        "{\"Queue\":\"PharmacyRefills\",\"RxNumber\":\"6620418\"}",
        "CALLER: and the prescription number is six six two, zero four one eight.",
        "AGENT: the reservation number is one four seven, two two nine, zero zero eight; two nights",
        "my frequent flyer number is four four one nine, two two zero one",
        "my university card number is 2301774615, I lost it",
        "AGENT: Tak, og faktura nummer 2025044712 er betalt.",
        "Numer zam\u00f3wienia 5252248481 zosta\u0142 anulowany",
        // A Canadian police occurrence; a Polish company's tax number.
        "Installer ETA 20 min. HRPS occurrence 25-112403.",
        "Dzie\u0144 dobry, dzwoni\u0119 w sprawie faktury. NIP firmy 5252248481. Prosz\u0119 o kontakt.",
        // A vehicle title, a credit bureau's dispute, a record, an airline's bag report.
        "TX title for Carmen Ruiz printed 10/29, title # 05440218831, mailed to the customer",
        "ACDV 024-88120-17: consumer Heather Lindqvist disputes 60 day late",
        "lang=it|menu=2|ani=anonymous|input_pir=3262945678|result=PIR_FOUND",
        // Croatian and Slovenian customers, meters, metering points, payers and tax numbers.
        "Kupac: Broj ugovora je 55012-HR, a korisni\u010dki broj 3004561278. Adresa ista.",
        "Broj korisnika 3004601177, adresa instalacije ista kao na ugovoru",
        "Broj brojila na slici 3911 0427, stanje 08752.",
        "Agent: Broj va\u0161eg obra\u010dunskog mjernog mjesta je 0100872231, a broj brojila 22940175.",
        "Prosim preverite. \u0160tevilka pla\u010dnika 600231998.",
        "{\"placnik\":\"600231612\",\"ime\":\"Tja\u0161a\"}",
        "operater: lahko poveste dav\u010dno \u0161tevilko\nstranka: ja, sedem \u0161tiri dva ena osem ni\u010d pet tri",
        "Agent: I see it was issued on May 22nd, check number 40019283.",
        "claim CLM-05054829. pol# 2133875221 (not a phone). veh reg KX21 LMN",
        "firmware upgraded on router sn 06291917950; build 8942264",
        "Cliente: necesito mi constancia, mi folio es 7712093841",
        "reporte fuga de agua, cuenta 01-334-5501-7, usuario en sitio",
        "appt booked, txt confirm sent. pt no 1130582.",
        "Can someone call me back? My EIN is 74-2839105.",
        "Benefici\u00e1ria Tha\u00eds Lopes, carteirinha 0 882 000145993 00 7.",
        "cliente: s\u00ec, la polizza \u00e8 quattro quattro sette uno due zero nove",
        "Kyaku: chuumon bangou 250-4471209 no shouhin ga mada todokimasen.",
        "Your reservation (No. 2025-11-7731) for 2 to 5 December is confirmed.",
        "OTA res 4123987765 via channel manager v3.14.2, guest e-mail missing",
        "Ozempic is still pending, Rx# 6120449-03, NDC 0169-4130-13. can you check?",
        "Hej, jeg har sendt en skadesanmeldelse (sag 2025-118-442).",
        "Dobr\u00fd de\u0148, posielam \u010d\u00edslo poistky 9691-0993-18.",
        "name corr per passport. E-tkt 053-2158840217 reissued",
        "devo pagare la TARI 2025 (avviso n. 2025/002379, \u20ac 318,00)",
        "Colet deteriorat. AWB 1579974688.",
        "Bestelnr. 3301-2948-1733 niet ontvangen",
        "contact.attributes.ssn_last4=0010 | contact.attributes.loan_no=3300918845 | contact.attributes.agent=H",
        "BG client Georgi Petrov (EGN 8503124471 \u2013 ne se zapisva)",
        "TC kimlik no 12345678950 (gerekirse)",
        "Org.nr: 987 654 321 MVA",
        "Cliente: oi, meu CPF \u00e9 123.456.789-09 e o pedido BR-771203 n\u00e3o chegou.",
        "Sz\u00e1ml\u00e1ja (2026/44120) 12 480 Ft. Befizet\u00e9si hat\u00e1rid\u0151: 2026.11.20.",
        "IBAN-controle mislukt voor NL91 ABNA 0417 1643 01, klant gevraagd om nieuw rekeningnummer",
        "ivr menu=2>1 intent=callback_number valid=true ts=1730551221",
        "Jag har f\u00e5tt faktura tv\u00e5 g\u00e5nger. Mitt OCR-nummer \u00e4r 7712098431.",
        "Z\u00e1kazn\u00edk reklamuje fakturu 2026100882, VS 2026100882.",
        "Unit 4, 18 Chapel St, St Kilda VIC 3182. NMI 6305442188."
    })
    void anIdentifiersNounBeforeTheWordNumberNamesThatIdentifiersNumber(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I applied for the MSc, applicant no. 2025-004417, no login yet",
        "I can see application 2025-004417 was submitted on 14 Feb.",
        "Notice date 03/27/2026, IRS contact R. Dominguez, ID 1000223844.",
        "SIM swap request (ZA, Cell C): customer Keabetswe Moloi, ID 0103154046082.",
        "Form W-2 box a: Employee's social security number 356-64-1702 | b: EIN 56-2291804 | c: Employer",
        "Maputo, reembolso para a conta, NUIT 184349672, obrigado",
        "agent: payment of $1,180.00 annual premium on 6612093374 approved, conf PMT-88419001.",
        "Visitor: how much is the cash value on 7702418853? and can I take a loan",
        "Producer: This is Jerome Baptiste, writing number HB-44817, NPN 8834120.",
        "TIN:  Employer identification number  86-3047719",
        // "today's call" is the call itself, no cue for the reference number before it.
        "Agent: reference number for today's call is 118-447-2093, please keep it for your records.",
        "SMS from tech: compressor part 5304517886 arrived, can do Thursday 8-10am? -Luis",
        // French "réf." and a "numClient" key.
        "Dossier surendettement : plan Banque de France r\u00e9f. 097-2026-00318, dette gel\u00e9e.",
        "\"Attributes\":{\"numClient\":\"5502183947\",\"motif\":\"facturation\"}",
        // A bag's tag right after "bag"; miles moved to or from a member's account.
        "BagsTracker alert: bag 0398447893 scanned at LHR T4 arrivals",
        "Note: award ticket refunded. Miles redeposited to 3309155871, $5.60 back to Visa x7916.",
        "Agent: Done, the miles from 3309155871 are now combined with the other account.",
        "Loyalty fraud review: 84,000 miles redeemed from 2048813369 for award tickets",
        // A service request's, a purchase and a work order's number after their capitals.
        "Caller wants to stay anonymous, declined name and number. Routed to BARC, SR 25-00419102.",
        "Agent: I see SR 25-00419005, it's still open, I'll escalate it.",
        "PO#4500012345 approved by procurement",
        // Airlines' and hotels' programmes, a trusted traveller's pass; a part's number with a letter after it.
        "Agent: So your Aeroplan number is 512 884 306, and you have 61,400 points.",
        "Agent: The Marriott Bonvoy number on file is 088 412 771 and the hotel rate code is AAA-S.",
        "Agent: your Global Entry number is 158 244 379 and PASSID matches",
        "part 418-555-0151-A shipped to the depot",
        // A query's prefix of numbers.
        "SELECT msisdn, name FROM wallets WHERE msisdn LIKE '2783412%'; -- 14 rows returned",
        // A carrier's cell tower.
        "gps unit dev=ign-44 fw=3.2.14 last_ping=2024-03-15T10:41Z cell_tower=310-410-2291",
        // A carrier's billing account number.
        "Port-out PIN regenerated for BAN 911640287, masked ******. Sent via SMS to the primary line.",
        // Ten bare digits after "cust": a customer number.
        "IVR id-capture step=ID_CAPTURE input=DTMF result=MATCH cust=7712009341",
        "Online banking login audit for cust 7712009341: 13/03 21:47 198.51.100.14 (known device)",
        "auth event=login_failed user=cust:4418229071 ip=203.0.113.9",
        // "the number" asked for is the one named before it.
        "Customer: my Palmera Rewards number isn't showing on my boarding pass\nAgent: Could you share the number?\n"
            + "Customer: 4471902385",
        "Claim CLM-2025-0830015 status: PENDING_PARTS. Part 5304522428 backordered, supplier ETA 2025-08-04.",
        "Her member number is 4410 9921 and her TFN is 321 654 987. Form attached.",
        "Agent: I see National Producer Number 8821405 on the application, yes.",
        "Caller: the I-94 number is 35218847106, okay",
        "my passport number is PA4471920 and my visa grant number is 0526817741203",
        "Pakettisi 7782093311 on noudettavissa Pakettiautomaatista K-Market Kallio",
        "Numer zam\u00f3wienia 2025/04/118834, NIP 5252248481.",
        "Rezerwacja 5252248481 potwierdzona",
        "\u0391\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2 \u03b5\u03b9\u03c3\u03b9\u03c4\u03b7\u03c1\u03af\u03bf\u03c5 390-2418837761.",
        "Dobr\u00fd den, v\u00fdpadek internetu, z\u00e1kaznick\u00e9 \u010d\u00edslo 4471029, router m\u00e1 MAC adresu"
    })
    void identifierNounsOfTheCallersLanguagesLabelTheirNumbers(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "stroomstoring niet opgelost, storingsnummer 2025-04-8812.",
        "terugbetaling graag, ondernemingsnummer 0403.170.701.",
        "Tlf. 31 42 87 65. Kundenr. 30044712.",
        "Kundennr 2025044712 bitte angeben",
        "warte auf die Gutschrift (Bestellnr. 30044718). Mit freundlichen Gr\u00fc\u00dfen",
        "\u00dcgyf\u00e9lsz\u00e1m 2025044712, k\u00e9rem"
    })
    void aCompoundEndingInAWordForNumberNamesAnIdentifier(String text) {
        assertThat(phonesIn(text)).doesNotContain("2025-04-8812", "0403.170.701", "30044712", "2025044712", "30044718");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my number 555-0142 | 555-0142",
        "{\"phoneNumber\":\"5550142\"} | 5550142",
        "R\u00fcckrufnummer: 555-0142 | 555-0142",
        "Klant belt over boeking 6WWS29; terugbelnummer 06-12345678, e-mail | 06-12345678",
        "invoice paid, my number is 555-0142 | 555-0142",
        "KLIENT: m\u00f3j numer to 512 345 678. | 512 345 678",
        "Rx 6620418 has 2 refills left. We'll text 555-0126 when it's ready | 555-0126",
        "CUSTOMER: registered number is 2125550147 | 2125550147",
        "cx called re: refill Rx 6620418, DOB verified, cb # 5035550177, ready 15:00 | 5035550177",
        "Agent note: applicant Gurpreet Sandhu 2125550147 asked for an expedite | 2125550147",
        "sipari\u015f numaram TR-88120457, telefonum 0532 418 27 63 | 0532 418 27 63",
        // A program's key names its value by its last word: the applicant's phone.
        "applicant.ssn=656-12-7730 applicant.phone=773-555-0121 | 773-555-0121",
        "applicantPhone=7735550121 | 7735550121",
        // "the call back number" stays a phone's.
        "Agent: what's the call back number? Caller: 614 555 0132 | 614 555 0132",
        // A relative's "no." and a number ported in are phones.
        "Cx came with son; son's no. 7387 22 1904 added as alternate contact | 7387 22 1904",
        "PORT-IN completed for 9769 014 523 in the 20/05 23:00 window. | 9769 014 523",
        // "bag" further off, and miles not moved to the number, name no identifier.
        "Caller: I lost my bag at the gate, call me at 3055550175 | 3055550175",
        "Caller: can I use my miles to upgrade? my number is 3055550175 | 3055550175",
        // Other capitals before a number, and "Sr." (Mr.), name no record.
        "Caller in CT 860-555-0100 asked for a callback | 860-555-0100",
        "Llamar al Sr 612 345 678 por la tarde | 612 345 678",
        // A number after "cust" with its trunk zero, or after the speaker's tag "Cust:".
        "Ops note: barred PSMS, refunded. cust 07888 456123 | 07888 456123",
        "Agent: hey can u call me back\\nCust: 2025550175\\nAgent: sure | 2025550175",
        // Not when a phone cue stands between.
        "Customer: my order number is late, please call me\\nAgent: Could you share the number?\\nCustomer: 4471902385"
            + " | 4471902385"
    })
    void aPhonesCompoundAndTheWordNumberAloneStayPhoneCues(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LIS\u2192GRU 23MAR | seat 34C | EMD 0472190034418 | baggage 2PC",
        "Ap\u00f3lice n.\u00ba 0049-7721-03 | Ramo: Autom\u00f3vel",
        "ul. Kwiatowa 7/12, 02-511 Warszawa. | Numer klienta: 4401287733 | Pozdrawiam",
        "Z\u00e1kazn\u00edk: Dobr\u00fd den, vol\u00e1m kv\u016fli faktu\u0159e \u010d. 2026004418.",
        // ... and the last word of "RxNumber" is the prescription's number, of "phone_order_id" the order's id.
        "RxNumber=7735550121",
        "phone_order_id=7735550121"
    })
    void readsAirlineDocumentsPoliciesAndCustomerNumbersInMoreLanguagesAsIdentifiers(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Our RC number is 1448203 and TIN 20188472-0001.",
        "Jeg har betalt regningen (KID 0012044817263) den 10.03",
        "Grace Njoroge | P.O. Box 44120-00100, Nairobi",
        "Inbound calls to DID range +44 20 7946 0xxx failing with SIP 503",
        "CTI adapter 5.24 / Windows 10.0.19045.5487 / Chrome 122.0.6261.129. Known-good"
    })
    void readsCompanyAndPaymentReferencesPostBoxesRangesAndVersionsAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "lambda ani_lookup: matched profile 7781-20445 in 38 ms",
        "eventName=CreateAccessKey userIdentity.arn=arn:aws:iam::112233445566:user/cc-ci",
        "Your LPG consumer no. 7123004518 for subsidy credit",
        "Medicare card 2123 45670 1, IRN 1",
        "IRD number 049-091-850 supplied for KiwiSaver",
        "Pajak: NPWP 09.254.294.3-407.000 diterima",
        "\u0641\u0627\u062a\u0648\u0631\u0629 \u0631\u0642\u0645 7718204 \u0628\u062a\u0627\u0631\u064a\u062e 2025/03/02"
    })
    void readsProfilesArnsConsumerMedicareAndTaxNumbersAndArabicInvoicesAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have called your company four times (case numbers 2024-118832, 2024-119047, 2024-120516 and 2024-121133).",
        "Gate agent notes: 3 pax offloaded (no visa for CY), bags pulled: tags 0235 418 220, 0235 418 221, 0235 418 222.",
        "My phone is on file. Our ticket numbers are 235 4381328249 and 235 9499269480.",
        "It's supposed to be free for members. Member 5512009318. The portal showed my IP",
        "Pre-reg checklist for HAR 5004471289: insurance verified (Y)",
        "Beneficiary: Obi Kelechi, GTB 0233471192. Payment stuck in compliance review",
        "Agent: Your transfer of \u20a635,000.00 to Access Bank 0690000031 was successful.",
        "Chat pre-survey: Sujet: Facturation / Num\u00e9ro de compte: 563 902 117",
        "CRM export (key=value): member=2209447158 name=\"Amelia Hart\"",
        "Subject: Duplicate profiles merge\nProfiles 4418229703 and 4418229730 belong to the same member.",
        "Agente: Buen d\u00eda. \u00bfN\u00famero de cuenta? | Cliente: 4412 0098 71. | Agente: Gracias.",
        "O senhor tem o n\u00famero da ap\u00f3lice? | Cliente: tenho, 0431.77.220918-4. | Atendente: ok",
        "ext 4471  Registered  Poly VVX 450 6.4.3.5045 | ext 4472",
        "candidate:1 1 udp 2122260223 2001:db8:3c4d:15::1a2f 50212 typ host",
        "requerente Ant\u00f4nio, NIT 123.45678.90-1, per\u00edcia em 14/05/2025",
        "Atendente: c\u00f3digo de postagem para devolu\u00e7\u00e3o: 4418827103."
    })
    void readsListsUnderOneLabelPromptsAsLabelsAndVersionsModelsAndCodesAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Priya speaking. Do you have your NHS number? | Caller: 943 476 5919. | Agent: Thanks",
        "Mortgage redemption statement requested, roll number 77/418820-3, figure valid to",
        "CI: 1 test failed. Run 8123401872, attempt 2.",
        "\u9234\u6728 \u69d8\u3088\u308a\u3001\u3012530-0001 \u5927\u962a\u5e9c"
    })
    void readsAPromptEndingInALabelRollNumbersCiRunsAndJapanesePostcodesAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AGENTE 00:09:12: su n\u00famero de reclamaci\u00f3n es 4 4 7 1 0 0 9 8 2 3 guion 0 1, y el ajustador",
        "\u00bfMe confirma su n\u00famero de miembro? | Customer: 44817702-01",
        "Su n\u00famero de orden es 7720-11845 y su pedido llegar\u00e1",
        "mi solicitud de Medicaid, n\u00famero de caso 1000447719 | Agente"
    })
    void aNumberOfAThingIsThatThingsNumber(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"su n\u00famero de tel\u00e9fono es 612 34 56 78", "mon num\u00e9ro de ligne est le 07 81 22 45 90",
        "El tel\u00e9fono de casa es 2908 4417, llamen despu\u00e9s"})
    void aNumberOfAPhoneOrAPlaceIsAPhone(String text) {
        assertThat(phonesIn(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Num\u00e9ro d'entreprise BE 0403.170.701, TVA BE0403170701",
        "Codice cliente 8004471932, PDR 00881234567890, fattura n. 2025/E/004781",
        "sz\u00e1mla 2025/004471, \u00f6sszeg 18 450 Ft",
        "Buchungsdatum 02.04.2025, Valuta 03.04.2025, Belegnummer 4471188250."
    })
    void readsEnterpriseSupplyPointInvoiceAndVoucherNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A label that gave its own number leaves the number of another shape after a comma to itself.
        "Cust verified, acct 20041987, 613-555-0177 is the best callback | 613-555-0177",
        "Order 88812345, 613-555-0177, left voicemail | 613-555-0177",
        // ... and the number after its sentence.
        "Ref 3391-70026. Caller 480-555-0181 asked for a supervisor | 480-555-0181",
        // A cue that ends with its clause ("my account, it came from ...") labels nothing after it.
        "caller: I got a weird text about my account, it came from five one five, five five five, zero one nine nine"
            + " | five one five, five five five, zero one nine nine"
    })
    void aLabelSpentOnItsOwnNumberOrClauseLeavesTheNextNumberAPhone(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // One label for a list of numbers of one shape, or for a clearing number and its account.
        "tickets 4471220019, 4471220020 and 4471220021 merged",
        "dragits från konto 8327-9, 914 287 553-4. Ärende skapat.",
        // "the account number, it's ..." still labels the number said right after it.
        "AGENT: and the account number, it's 4471 2231 99?"
    })
    void aLabelStillNamesAListOfOneShapeAndANumberAfterItsOwnComma(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // An X12 segment's first element is its reference; Romanian accounts, permits and meter codes.
        "Keystone 835 files since 03/08 contain PLB*2533314789*20251231*WO:2025022400776*-47.00~ adjusted",
        "Am mutat totul la alt\u0103 banc\u0103. Nr. cont intern 0451-228814-001. Sold 0,00.",
        "Aviz de racordare ATR nr. 7012306034 emis pentru loc de consum",
        "\u041e\u043f\u0435\u0440\u0430\u0442\u043e\u0440: \u0412\u0430\u0448 \u043d\u043e\u043c\u0435\u0440"
            + " \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f 118-0412."
    })
    void readsX12ReferencesAndRomanianAccountsAndPermitsAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PER*IC*JANE*TE*3035550148*EX*22~ | 3035550148",
        // "de pe cont": the number on the account, not the account's number.
        "agent: am nevoie de num\u0103rul de telefon secundar de pe cont\\nclient: 0751 220 341 | 0751 220 341"
    })
    void aPerSegmentsPhoneAndANumberOnTheAccountStayPhones(String text, String phone) {
        assertThat(phonesIn(text.replace("\\n", "\n"))).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A quantity with its unit after the number is no group of it.
        "Access for viewing is by appointment only \u2014 call 303-555-0198 48h ahead. | 303-555-0198",
        // Greek "in the booking"; a call record's calling and called numbers without their '+'.
        "\u03a0\u03b5\u03bb\u03ac\u03c4\u03b7\u03c2: \u0391\u03bb\u03bb\u03ac\u03b6\u03c9 \u03c4\u03bf"
            + " \u03ba\u03b9\u03bd\u03b7\u03c4\u03cc \u03c3\u03c4\u03b7\u03bd \u03ba\u03c1\u03ac\u03c4\u03b7\u03c3\u03b7"
            + " \u03c3\u03b5 697 5510 224 \u03b3\u03b9\u03b1 \u03c4\u03b1 SMS | 697 5510 224",
        "id,ts,calling,duration_s\\n1,2025-06-10 09:14:02,306977340128,184 | 306977340128"
    })
    void readsAPhoneBeforeAQuantityInABookingAndInACallRecord(String text, String phone) {
        assertThat(phonesIn(text.replace("\\n", "\n"))).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A motor carrier's DOT number; Greek supply and bill numbers; a JSON list of tickets.
        "Agent: Yes \u2014 USDOT 2841937, MC-981204. You can look us up on FMCSA",
        "\u039f \u03bb\u03bf\u03b3\u03b1\u03c1\u03b9\u03b1\u03c3\u03bc\u03cc\u03c2 \u03c3\u03b1\u03c2 1102345987"
            + " \u03c0\u03bf\u03c3\u03bf\u03cd 25,00\u20ac",
        "\u03bc\u03b5 \u03b1\u03c1\u03b9\u03b8\u03bc\u03cc \u03c0\u03b1\u03c1\u03bf\u03c7\u03ae\u03c2 1 12783409-01 6"
    })
    void readsDotNumbersAndGreekSupplyAndBillNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A travelcard's and an activation letter's numbers; Italian "il numero della mia carta".
        "Passenger: hi, my travelcard number is on the card, 331-908-112, can you check",
        "Nouveau num\u00e9ro v\u00e9rifi\u00e9 via lettre d'activation n\u00b0 771-003-219.",
        "Cliente: Scusi, il numero della mia carta met\u00e0-prezzo \u00e8 8 301 442 79 6? Non lo trovo."
    })
    void readsTravelcardActivationAndCardNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @Test
    void aKeyForACallBackNamesAPhone() {
        assertThat(phonesIn("eingabe_ticketnr=184772660921\nrueckruf_nr=0794488120\nergebnis=callback_queued"))
                .containsExactly("0794488120");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A licence's number; a firewall log's message id.
        "Licence RBQ 5712-0844-01, panneau 200 A",
        "date=2024-11-06 time=05:41:18 devname=\"FGT-HQ\" logid=\"0101039947\" type=\"event\" subtype=\"vpn\""
    })
    void readsLicenceNumbersAndLogIdsAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Estonian invoice and grid contract, a Swedish loan, Russian reference and client numbers.
        "Klient: Tere, mul on k\u00fcsimus arve kohta. Arve nr 2503-448172 summa on 24,99 \u20ac",
        "V\u00f5rguleping 2019-004471, peakaitse 3\u00d725 A.",
        "Kunden Mikael \u00d6hman ringde om bol\u00e5net. L\u00e5n 1872-445901, r\u00e4ntebindning 12 m\u00e5n",
        "\u0423\u043a\u0430\u0436\u0438\u0442\u0435 \u0441\u0441\u044b\u043b\u043e\u0447\u043d\u044b\u0439"
            + " \u043d\u043e\u043c\u0435\u0440 5573932985.",
        "\u041d\u043e\u043c\u0435\u0440 \u043a\u043b\u0438\u0435\u043d\u0442\u0430 2208417."
    })
    void readsEstonianSwedishAndRussianIdentifiersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Russia's trunk prefix written apart before the bracketed code; "мой номер" stays a phone cue.
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u043c\u043e\u0439 \u043d\u043e\u043c\u0435\u0440 8 (921) 348-52-16,"
            + " \u0432\u044b \u043c\u043d\u0435 \u0437\u0432\u043e\u043d\u0438\u043b\u0438? | 8 (921) 348-52-16",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u041c\u043e\u0439 \u043d\u043e\u043c\u0435\u0440 2614 8094,"
            + " \u043f\u0438\u0448\u0438\u0442\u0435 \u0432 WhatsApp. | 2614 8094"
    })
    void readsRussianNumbersWithTheirTrunkPrefixAndAfterMyNumber(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AGENT: what's the juror number on the summons\nCALLER: it's uh three zero four, five two two, six one nine",
        "Juror contact update \u2014 juror 304526618 \u2014 Oksana Hrytsenko",
        "AGENT: okay, what's the envelope number\nCALLER: eight eight two one, seven seven, oh four"
    })
    void readsJurorAndEnvelopeNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Bulgarian client and subscriber numbers (Cyrillic and Latin), a Serbian request's number.
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u043a\u043b\u0438\u0435\u043d\u0442\u0441\u043a\u0438"
            + " \u043d\u043e\u043c\u0435\u0440 1200488173, \u0434\u043e\u0433\u043e\u0432\u043e\u0440\u044a\u0442",
        "Klientski nomer 1200377840, ime Denitsa Zhelyazkova",
        "\u0412\u0430\u0448 \u0437\u0430\u0445\u0442\u0435\u0432 \u0431\u0440\u043e\u0458 5530817"
            + " \u0458\u0435 \u043f\u0440\u0438\u043c\u0459\u0435\u043d."
    })
    void readsBulgarianAndSerbianCustomerAndRequestNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @Test
    void aNumberAfterALetterSpelledWithAWordForItIsACodesNotAPhone() {
        assertThat(phonesIn("AGENT: can I get the order number? CALLER: it's W as in William, two two one nine, eight seven one,"
                + " one one oh two.")).isEmpty();
        // A letter spelled after the number leaves it a phone.
        assertThat(phonesIn("CALLER: my number is two one two, five five five, zero one four three, that's M as in Mary for the"
                + " last name")).containsExactly("two one two, five five five, zero one four three");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Norwegian accounts (4.2.5) and claim numbers led by their year.
        "Pengeoverf\u00f8ring mellom egne kontoer: fra 1207.44.18862 til 1207.44.19001, kr 5 000",
        "Emne: Skadesak 2025-0311-21 \u2014 vannlekkasje",
        "med forskellige skadenumre (2025-0302-14 og 2025-0302-15). Er det en fejl?"
    })
    void readsNorwegianAccountsAndYearLedClaimNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @Test
    void aNorwegianWorkNumberAfterAYearLedCaseNumberIsAPhone() {
        assertThat(phonesIn("Notat: Kunde ringer igjen ang. sak 2025-118873. \u00d8nsker \u00e5 bli kontaktet p\u00e5 jobbnummer"
                + " 55 30 18 74 mellom 12 og 14.")).containsExactly("55 30 18 74");
    }

    @Test
    void anAuthorizationsNumberIsNoPhone() {
        assertThat(phonesIn("Please call me at (773) 555-0190 after 5 PM Central. Order # 4478112, auth # 0912-4471-33."))
                .containsExactly("(773) 555-0190");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A Latvian personal code, an object's code, a Russian payment code, a Lithuanian shipment.
        "\"vards\":\"Ilze\",\"uzvards\":\"Kalni\u0146a\",\"pk\":\"170792-12604\"",
        "L\u016bdz atzvan\u012bt, l\u016bdzu. Objekta kods 2201-7731.",
        "\u041e\u043f\u043b\u0430\u0442\u0438\u0442\u044c \u043c\u043e\u0436\u043d\u043e \u0441"
            + " \u043a\u043e\u0434\u043e\u043c \u043f\u043b\u0430\u0442\u0435\u0436\u0430 5002311788.",
        "U\u017esakymas perduotas kurjeriui. Siuntos numeris 05812000347921."
    })
    void readsLatvianCodesRussianPaymentCodesAndLithuanianShipmentsAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rental toll dispute - Sunbelt RA# 4418-220197. Cust says she opted out",
        "double billed, once by the rental and once on my E-ZPass. Rental RA 5519-992014, my tag 004 12881374.",
        "Subject: TollEase invoice TE-8830192 for rental 4418-231044",
        "l'envoi se fait par Amana en 48-72h, suivi CB 482 913 675 MA. Le livreur appellera",
        "\u0646\u062d\u0628 \u0646\u0639\u0631\u0641. \u0631\u0642\u0645 \u0627\u0644\u062d\u0631\u064a\u0641"
                + " 3001188274\u060c"
    })
    void readsRentalAgreementsPostalItemsAndTunisianCustomerNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @Test
    void aFrenchBranchCodeIsNoSsn() {
        assertThat(CLASSIFIER.classify("Code guichet 140-22-0013, agence Hay Hassani")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2025-05-30 12:44:10 lnp-check tn=+19055550163 spid=0018 lrn=9052180000 carrier=\"Bell Canada\"",
        "loc=LOC-0044 routed via selective router SR-AUS-2 esrk=5128190911 psap_id=4431",
        "Mai\" phone=+84 83 6019 442 tax_code=0312456789 created=2023-11-02"
    })
    void readsRoutingNumbersAndTaxCodesAsNoPhone(String text) {
        assertThat(phonesIn(text)).doesNotContain("9052180000", "5128190911", "0312456789");
    }

    @Test
    void numbersAssignedFromInventoryArePhones() {
        assertThat(phonesIn("Customer needs to add 5 DIDs in the 713 area code. Assigned from inventory: 713-555-0152,"
                + " 713-555-0153, 713-555-0157. Assigned to TG-1187.")).containsExactly("713-555-0152", "713-555-0153",
                        "713-555-0157");
    }

    @Test
    void readsADialStringsNumberAndAnSmsRecipientWithoutPlus() {
        assertThat(phonesIn("asterisk: -- Executing [+18095550143@from-internal:1] Dial(\"PJSIP/301-0000a1f2\","
                + " \"PJSIP/18095550143@kestrel-trunk,60\") in new stack")).containsExactly("+18095550143", "18095550143");
        assertThat(phonesIn("2025-04-04 18:22:31 MT to=84776209113 sender=VISEN tpl=OTP_LOGIN status=DELIVERED"))
                .containsExactly("84776209113");
        // Technology, peer and number: "SIP/trunk-intl/00966504417206"; not a path's last part.
        assertThat(phonesIn("[ofw-callback:3] Dial(\"SIP/trunk-0001a3f2\", \"SIP/trunk-intl/00966504417206,45,tT\") in new stack"))
                .containsExactly("00966504417206");
        assertThat(phonesIn("see docs/trunk-intl/00966504417206 for the archive")).isEmpty();
    }

    @Test
    void hl7AndX12ElementsSayWhatTheirDigitsAre() {
        // A provider's id before their name in an HL7 composite; a phone before its use code.
        assertThat(phonesIn("AIP|1||2355087190^RAO^ANJALI^^^MD|CARDIOLOGY")).isEmpty();
        assertThat(phonesIn("PID|1||E1029^^^RBH^MR||DELGADO^MARIBEL||19640312|F|||212 MAIN^^SAN ANTONIO^TX^78225"
                + "||2105550158^PRN^CP^maribel@example.com")).containsExactly("2105550158");
        // An N4 segment's ZIP+4, a BPR segment's account after "DA"; a PER segment's telephone after "TE".
        assertThat(phonesIn("N3*1520 W MULBERRY AVE~N4*SAN ANTONIO*TX*782012207~DMG*D8*19790522*M~")).isEmpty();
        assertThat(phonesIn("BPR*I*18422.60*C*ACH*CCP*01*111000025*DA*4418203377*1066033492**01*114000093*DA*8800129914"))
                .isEmpty();
        assertThat(phonesIn("PER*IC*BILLING*TE*2105550147~")).containsExactly("2105550147");
        // PID-18, the patient's account, and a PV1 attending doctor's NPI are no phones; PID-13 is one.
        assertThat(phonesIn("PID|1||E1029^^^RBH^MR||DELGADO^MARIBEL||19640312|F|||212 MAIN^^SAN ANTONIO^TX^78225"
                + "||(210)555-0147^PRN^PH|||M||7001934455|420-01-7129")).containsExactly("(210)555-0147");
        assertThat(phonesIn("PV1|1|I|4W^412^B^RBH||||2355087190^RAO^ANJALI^^^MD|||CAR||||1|||2355087190|IN||AETNA"))
                .isEmpty();
        assertThat(phonesIn("PID|1||4155456583^^^NHS^NH||SMITH^JOHN||19800101|M|||1 MAIN ST||2125550147|2125550148"))
                .containsExactly("2125550147", "2125550148");
    }

    @Test
    void thaiBookingAndServiceCodesAreNoPhones() {
        assertThat(phonesIn("\u0e1e\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19: \u0e15\u0e23\u0e27\u0e08\u0e2a\u0e2d\u0e1a\u0e41\u0e25\u0e49\u0e27 \u0e01\u0e32\u0e23\u0e08\u0e2d\u0e07\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48 7712095583 \u0e2a\u0e33\u0e40\u0e23\u0e47\u0e08\u0e04\u0e48\u0e30")).isEmpty();
        assertThat(phonesIn("\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: \u0e42\u0e14\u0e19\u0e2b\u0e31\u0e01\u0e40\u0e07\u0e34\u0e19\u0e04\u0e48\u0e32\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23 SMS \u0e23\u0e2b\u0e31\u0e2a\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23 4541234 \u0e04\u0e48\u0e30")).isEmpty();
        assertThat(phonesIn("\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: \u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23 0812345678 \u0e04\u0e48\u0e30")).containsExactly("0812345678");
    }

    @Test
    void accountsMatchedOnAnAgentsScreenAreNoPhones() {
        assertThat(phonesIn("CTI screen pop: ANI 606-555-0131 matched 2 accounts: 7729660318 (WHITLEY, AMBROSE)"))
                .containsExactly("606-555-0131");
    }

    @Test
    void aHebrewPrepositionGluedToANumberIsNoPartOfIt() {
        assertThat(phonesIn("note: \"\u05dc\u05e7\u05d5\u05d7 \u05d1\u05d9\u05e7\u05e9 \u05dc\u05d7\u05d6\u05d5\u05e8 \u05d0\u05dc\u05d9\u05d5 \u05de\u05d7\u05e8 \u05d1-10:00 \u05dc03-6140922. \u05dc\u05d0 \u05dc\u05d7\u05d9\u05d9\u05d1 \u05d0\u05ea \u05d4\u05d1\u05d9\u05e7\u05d5\u05e8\"")).containsExactly("03-6140922");
        // An order's number is none.
        assertThat(phonesIn("\u05e0\u05e6\u05d9\u05d2: \u05de\u05e6\u05d0\u05ea\u05d9 \u05d0\u05ea \u05d4\u05d4\u05d6\u05de\u05e0\u05d4 4418240793, \u05d4\u05d9\u05d0 \u05d1\u05d3\u05e8\u05da")).isEmpty();
    }

    @Test
    void numbersListedWithSlashesAreReadOneByOne() {
        assertThat(phonesIn("ZIP 78229 / 78230 / 78240 accounts were mailed with the wrong return address")).isEmpty();
        assertThat(phonesIn("call 0998 765 4321 / 0917 555 0188")).containsExactly("0998 765 4321", "0917 555 0188");
        assertThat(phonesIn("Tel. 030 / 2847 1190")).containsExactly("030 / 2847 1190");
    }

    @Test
    void aReadingCutInsideAGroupIsNoNumber() {
        assertThat(phonesIn("S\u0110T: 0220 3851 766 / 0912 660 483")).doesNotContain("0220 3851 766 / 091");
    }

    @Test
    void vietnameseCallAndContactWordsAreCues() {
        assertThat(phonesIn("neu ko ve thi goi lai 1900 55 88 18")).containsExactly("1900 55 88 18");
        assertThat(phonesIn("M\u1ecdi th\u1eafc m\u1eafc xin li\u00ean h\u1ec7 0270 3822 016.")).containsExactly("0270 3822 016");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Carrier called re: detention on LD 7731902. Arrived 06:45 for 07:00 appt",
        "filed cargo claim CLM-24-00417 for the 6 crushed pallets on PRO 0428871552. Please have the driver",
        "Sent EFS check #2039948114 via text to the driver. Fee $12 deducted",
        "Email: nadia.rahimi.logistics@gmail.com\nMC: 1311045  DOT: 3702298",
        "Agent: Hi Tom\u00e1s, what's your MC?\nCaller: one two eight eight four zero two"
    })
    void readsFreightLoadsProNumbersFuelChecksAndCarrierNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @Test
    void aLowerCaseProAndAPhoneAfterACarriersNumberStayPhones() {
        assertThat(phonesIn("CLIENT: rappelez-moi sur mon portable pro z\u00e9ro sept, cinquante et un, quatre-vingt-neuf,"
                + " trente-deux, soixante-quatre")).hasSize(1);
        assertThat(phonesIn("Caller: doing a carrier reference check on Cowtown Carriers, MC one zero nine three three seven"
                + " six.\nAgent: Sure, who am I speaking with?\nCaller: Hannah Brandt, four one four, five five five, zero one"
                + " five seven.")).containsExactly("four one four, five five five, zero one five seven");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I moved and my old work email no longer works. My donor number is 1192207. Thank you.",
        "[\uc8fc\ubb38\uc0c1\uc138] \uac00\uac8c: \ud669\uae08\uce58\ud0a8 \ubd09\ucc9c\uc810(\uc0ac\uc5c5\uc790"
                + " 214-86-51207) | \uba54\ub274: \ubc18\ubc18\uce58\ud0a8 1",
        "support_mail: \"help@baedalmoa.co.kr\"\nbiz_no: \"220-88-61734\""
    })
    void readsDonorNumbersAndKoreanBusinessNumbersAsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @Test
    void aScandinavianHarIsNoHospitalAccount() {
        assertThat(phonesIn("Kunden har 0701 234 567 som nytt nummer")).containsExactly("0701 234 567");
    }

    @Test
    void aMemberSpeakingOrAMembersPhoneInItsGroupsStaysAPhone() {
        assertThat(phonesIn("Agent: Any mobile number?\nMember: 646-555-0181")).containsExactly("646-555-0181");
        assertThat(phonesIn("Address updated (USPS validated). Member 201-555-0146 confirmed. Cards re-sent."))
                .containsExactly("201-555-0146");
    }
}
