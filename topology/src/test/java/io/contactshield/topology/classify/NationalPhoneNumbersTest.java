package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** National numbers of the callers' countries, written without a country code, after a cue. */
class NationalPhoneNumbersTest {

    private static final TextClassifier CLASSIFIER = TextClassifier.create(ClassifierSettings.defaults());

    private static List<String> phonesIn(String text) {
        return CLASSIFIER.classify(text).stream().filter(d -> d.type().equals(EntityTypes.PHONE_NUMBER))
                .map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Client: am rezervat o camer\u0103, confirmarea 40012288, dar nu am primit factura. Telefon: 0722 123 456"
            + " | 0722 123 456",
        "M\u00fc\u015fteri: kargom \u015fubede bekliyor. Cep: 0532 123 45 67 | 0532 123 45 67",
        "\u00dcgyf\u00e9l: k\u00e9rem, h\u00edvjanak, telefon 06 30 123 4567 | 06 30 123 4567",
        "Z\u00e1kazn\u00edk: Dobr\u00fd den, volejte pros\u00edm na telefon 0903 123 456 | 0903 123 456",
        "Kunde (AT): R\u00fcckruf bitte unter Telefon 0664 1234567 | 0664 1234567"
    })
    void readsANationalNumberAfterACueInItsCountrysWay(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Customer: ring me on 087 123 4567 after six | 087 123 4567",
        "Caller (AU): my mobile is 0412 345 678 | 0412 345 678",
        "Cliente: quiero portar mi l\u00ednea 612 345 678 desde otra compa\u00f1\u00eda | 612 345 678",
        "Un saludo,\\nMarta Gil\\nAtenci\u00f3n al cliente - 900 123 456 | 900 123 456"
    })
    void readsIrishAustralianAndSpanishNumbersAfterTheirCues(String text, String phone) {
        assertThat(phonesIn(text.replace("\\n", "\n"))).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kind regards, Renee Brennan, M: (01) 511 9416 | (01) 511 9416",
        "Sydney office (02) 9374 4000, Mon-Fri | (02) 9374 4000",
        "Zentrale (030) 1234 5678 | (030) 1234 5678"
    })
    void aBracketedAreaCodeWithItsTrunkPrefixNeedsNoCue(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GTIN (01) 09501101530003 batch (10) ABC123",
        "see clause (12) 345 678 of the contract",
        "Customer: my PPS number is 1234567TA and I want to check my tax credits"
    })
    void notEveryBracketedOrGluedNumberIsAPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port-in req. MSISDN 447700900563. IMEI 356938035643809 | 447700900563",
        "SMPP submit_sm src=INFO dst=2348025551190 msg_id=0a1f77c2 status=ESME_ROK | 2348025551190",
        // Passes Luhn with a Visa prefix: the label says which it is.
        "{\"msisdn\":\"4915112345678\",\"status\":\"active\"} | 4915112345678",
        "{\"msisdn\":\"4915112345679\",\"status\":\"active\"} | 4915112345679"
    })
    void anMsisdnIsAnInternationalNumberWithoutItsPlus(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @Test
    void theCustomersPhoneIsAPhoneWhereTheCustomerAloneNamesACustomerNumber() {
        assertThat(phonesIn("Notatka: tel. klienta w systemie 502 118 903 nieaktualny")).containsExactly("502 118 903");
        assertThat(phonesIn("telefon z\u00e1kazn\u00edka: 776 840 213")).containsExactly("776 840 213");
        assertThat(phonesIn("numer klienta: 502118903")).isEmpty();
    }

    @Test
    void readsAWebFormsEncodedPlus() {
        String text = "full_name=Siti&phone=%2B60123456789&email=siti.n.ahmad%40gmail.com&topic=billing";

        assertThat(phonesIn(text)).containsExactly("%2B60123456789");
        // Its groups apart, with the blank encoded as "%20" or as '+'.
        assertThat(phonesIn("nombre=Cristina&tel=%2B34%20663%2048%2090%2021&mensaje=quiero+informacion"))
                .containsExactly("%2B34%20663%2048%2090%2021");
        assertThat(phonesIn("q=callback&phone=%2B44+7911+123456&lang=en")).containsExactly("%2B44+7911+123456");
        // A group that makes no valid number is left out with the rest: no "+34 663 48 90 21 7".
        assertThat(phonesIn("tel=%2B34%20663%2048%2090%2021%207&x=1")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TKT/TIME LIMIT 1.TAW14NOV/ PHONES 1.LON+351962441087-M | +351962441087",
        "Their local office line is 555-0127 if you want to nudge them. | 555-0127",
        "cliente: il fisso \u00e8 zero due, quattro quattro sette, uno due zero nove ma | zero due, quattro quattro sette, uno due zero nove",
        "cliente: il mio numero \u00e8 tre tre tre, sei sette uno, quattro quattro sette due | tre tre tre, sei sette uno, quattro quattro sette due"
    })
    void readsABookingRecordsLineANamedLineAndItalianLines(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cliente: Meu cel (21) 99418-2267 | (21) 99418-2267",
        "parcel stuck 5 days already. my hp is 8765 4321, email me | 8765 4321",
        "Odebrane? M\u00f3j nr 601 274 385. | 601 274 385",
        "Mijn gsm: 0472 18 33 90 | 0472 18 33 90",
        "El meu tel\u00e8fon \u00e9s el 934 118 227 i el correu | 934 118 227",
        "NO: kunde Ingrid Haugen ringte fra 412 88 317 om str\u00f8mregning | 412 88 317",
        "<attr k=\"caller_name\">Obi</attr><attr k=\"msisdn\">2348035127748</attr> | 2348035127748"
    })
    void readsNumbersAfterTheirShortCues(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Contact: <sip:ext471@cc.example.com:5061;transport=tls> | User-Agent: Poly VVX 450 6.4.6.2301",
        "payment due 15 01 2026, balance zero"
    })
    void aProductHeadersValueOrAnEverydayWordBeforeDigitsIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kas teie telefoninumber on endiselt 5341 2278? | 5341 2278",
        "Kve\u00f0ja, Gu\u00f0r\u00fan, S\u00edmi 662 4418 | 662 4418",
        "Office Kyiv, tel (044) 235-71-18, ask for Andrii | (044) 235-71-18",
        "Klausimai? Skambinkite tel 8 800 20 020 | 8 800 20 020",
        "Dan hao 5120883014472291 kuaidi hai mei dao. Shouji 138 1047 2293. Xiexie! | 138 1047 2293"
    })
    void readsTheNationalFormOfOtherCountriesAfterAPhoneWord(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "es geht um das Rezept mit der Nummer 5530-7712.",
        "Tel +359 2 981 4430, mob +359 87 712 3390. Dogovor 7731-0048.",
        "o n\u00famero da instala\u00e7\u00e3o \u00e9 3344 1209"
    })
    void otherCountriesPlansNeedAPhoneWordWithNoNumberBetween(String text) {
        assertThat(phonesIn(text)).allSatisfy(phone -> assertThat(phone).startsWith("+"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u041a\u043b\u0438\u0435\u043d\u0442: "
            + "\u043f\u0435\u0440\u0435\u0437\u0432\u043e\u043d\u0438\u0442\u0435 \u043c\u043d\u0435, "
            + "\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430: \u0432\u043e\u0441\u0435\u043c\u044c "
            + "\u0434\u0435\u0432\u044f\u0442\u044c\u0441\u043e\u0442 "
            + "\u0448\u0435\u0441\u0442\u043d\u0430\u0434\u0446\u0430\u0442\u044c, \u0441\u0442\u043e "
            + "\u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c \u0442\u0440\u0438, \u0441\u043e\u0440\u043e\u043a "
            + "\u043f\u044f\u0442\u044c, \u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442 "
            + "\u0441\u0435\u043c\u044c. | \u0432\u043e\u0441\u0435\u043c\u044c "
            + "\u0434\u0435\u0432\u044f\u0442\u044c\u0441\u043e\u0442 "
            + "\u0448\u0435\u0441\u0442\u043d\u0430\u0434\u0446\u0430\u0442\u044c, \u0441\u0442\u043e "
            + "\u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c \u0442\u0440\u0438, \u0441\u043e\u0440\u043e\u043a "
            + "\u043f\u044f\u0442\u044c, \u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442 "
            + "\u0441\u0435\u043c\u044c",
        "\u0410\u0431\u043e\u043d\u0435\u043d\u0442: \u043c\u0456\u0439 \u043d\u043e\u043c\u0435\u0440 "
            + "\u043d\u0443\u043b\u044c \u0448\u0456\u0441\u0442\u0434\u0435\u0441\u044f\u0442 \u0441\u0456\u043c, "
            + "\u0434\u0432\u0456\u0441\u0442\u0456 \u0442\u0440\u0438\u0434\u0446\u044f\u0442\u044c "
            + "\u0447\u043e\u0442\u0438\u0440\u0438, \u043f'\u044f\u0442\u0434\u0435\u0441\u044f\u0442 "
            + "\u0448\u0456\u0441\u0442\u044c, \u0441\u0456\u043c\u0434\u0435\u0441\u044f\u0442 "
            + "\u0432\u0456\u0441\u0456\u043c. | \u043d\u0443\u043b\u044c "
            + "\u0448\u0456\u0441\u0442\u0434\u0435\u0441\u044f\u0442 \u0441\u0456\u043c, "
            + "\u0434\u0432\u0456\u0441\u0442\u0456 \u0442\u0440\u0438\u0434\u0446\u044f\u0442\u044c "
            + "\u0447\u043e\u0442\u0438\u0440\u0438, \u043f'\u044f\u0442\u0434\u0435\u0441\u044f\u0442 "
            + "\u0448\u0456\u0441\u0442\u044c, \u0441\u0456\u043c\u0434\u0435\u0441\u044f\u0442 "
            + "\u0432\u0456\u0441\u0456\u043c",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c "
            + "\u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c, \u0441\u0442\u043e "
            + "\u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442 \u0438 \u0442\u0440\u0438, "
            + "\u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e\u0442\u0438\u043d "
            + "\u043f\u0435\u0442\u0434\u0435\u0441\u0435\u0442 \u0438 \u0448\u0435\u0441\u0442. | "
            + "\u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c,"
            + " \u0441\u0442\u043e \u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442 \u0438 \u0442\u0440\u0438, "
            + "\u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e\u0442\u0438\u043d "
            + "\u043f\u0435\u0442\u0434\u0435\u0441\u0435\u0442 \u0438 \u0448\u0435\u0441\u0442",
        "L\u016bdz atzvan\u012bt uz divdesmit devi\u0146i, nulle tr\u012bsdesmit tr\u012bs, \u010detri simti "
            + "asto\u0146padsmit, kaimi\u0146ienes t\u0101lruni. | divdesmit devi\u0146i, nulle tr\u012bsdesmit "
            + "tr\u012bs, \u010detri simti asto\u0146padsmit",
        "Z\u00e1kazn\u00edk: nula dev\u00e4\u0165 nula p\u00e4\u0165, dvesto\u0161tyridsa\u0165sedem, "
            + "tristoosemn\u00e1s\u0165. | nula dev\u00e4\u0165 nula p\u00e4\u0165, dvesto\u0161tyridsa\u0165sedem,"
            + " tristoosemn\u00e1s\u0165",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435 "
            + "\u043c\u043d\u0435 \u043d\u0430 8 916 123-45-67, "
            + "\u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430 | 8 916 123-45-67"
    })
    void readsNumbersSpokenOrWrittenInCyrillicAndBalticAfterTheirCallWords(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, \u043c\u0435\u043d\u044f \u0437\u043e\u0432\u0443\u0442 \u0410\u043b\u0435\u043a\u0441\u0435\u0439, \u043d\u043e\u043c\u0435\u0440 \u0437\u0430\u043a\u0430\u0437\u0430 7730-1192",
        "\u041a\u043b\u0456\u0454\u043d\u0442: \u0406\u041f\u041d 3012345678, \u0440\u0430\u0445\u0443\u043d\u043e\u043a 2026/11-4412"
    })
    void anOrderOrTaxNumberInCyrillicIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CUSTOMER: \u00bfMe pueden marcar al 55 4172 9038? es de CDMX | 55 4172 9038",
        "Pratica 2025/IT/044921 aperta. Richiamare al 338 471 2096. | 338 471 2096",
        "CUSTOMER: o n\u00famero de apoio ao cliente 808 201 234 est\u00e1 sempre ocupado | 808 201 234",
        "caller_id_name=\"WHITAKER SOPHIE\" caller_id_number=\"6045550147\" trunk=TELUS-1 | 6045550147",
        "Si no solicitaste este cambio llama sin costo al 800 112 6677. | 800 112 6677",
        "VS 2506114471. Informace na lince 800 118 228 nebo zkracene *11. | 800 118 228",
        "Chiama il numero verde 800 191 922 dalle 8 alle 20 | 800 191 922",
        "kontaktattributter: kundenr=33018821; tilbakeringing=90 12 34 56; k\u00f8=NO_Str\u00f8m | 90 12 34 56"
    })
    void readsNumbersAfterDialAndCallBackWordsAndACallerIdKey(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pago de $150.00 recibido el 11/04/2025. N\u00famero de confirmaci\u00f3n: 8812093.",
        "Pagamento recebido. Confirma\u00e7\u00e3o 88120934.",
        "Entreprise cliente: n\u00b0 TVA BE 0123.456.749, si\u00e8ge Boulevard du Souverain 280"})
    void aConfirmationOrVatNumberIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ASR hi-IN: \"मेरा नंबर है ९८११० ४५५६६\" conf=0.66 | \u096f\u096e\u0967\u0967\u0966 \u096a\u096b\u096b\u096c\u096c",
        "IVR: caller selected Tamil. \"உங்கள் மொபைல் எண்ணை உள்ளிடவும்\" DTMF 9443012876 | 9443012876",
        "customer: mera number hai nine eight two zero, saat saat, four five, ek teen. agent: thank you sir"
            + " | nine eight two zero, saat saat, four five, ek teen"
    })
    void readsNumbersAfterHindiAndTamilPhoneWordsAndInHinglish(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can you update my email? My NHS number is 415 545 6583",
        "CUSTOMER: my account number is 301 477 2291 and the meter reading is 3321",
        "does my NDIS plan cover hydrotherapy? participant number 431 872 915",
        "Manly NSW 2095 | ABN 15 340 276 351", "PID|1||4155456583^^^NHS^NH||LLEWELYN^SIAN||19860214|F",
        "SMS : La Poste - Votre lettre recommand\u00e9e 1A 123 456 7890 1 vous attend en bureau de poste",
        "{\"Attributes\":{\"numeroClient\":\"4829104\",\"langue\":\"fr-FR\"}}",
        "D\u00e9p\u00f4t de plainte PV n\u00b0 2025/004512.",
        "CUSTOMER: I'm in Scotland, my CHI is 0403722187 and I need a GP",
        "card=4514-5945-5645-4588 status=APPROVED auth=771204 batch=20251004-03",
        "Nota: cliente con c\u00e9dula 0441752508 solicita desbloqueo de SIM.",
        "Atentamente, | Francisca Valenzuela | RUT 23.948.609-6",
        // The label's own word for "number" ("n\u00famero de cliente") and the copulas of other languages.
        "Mi n\u00famero de cliente es 6108 4402 17", "Meine Kundennummer lautet 6108 4402 17",
        "Num\u0103rul de client este 0744 123 456", "M\u00f3j numer klienta jest 512 345 678",
        "Mijn klantnummer luidt 0612345678",
        // A member's and a prescription's number in Russian and Korean.
        "\u5750\u5e2d\uff1a\u60a8\u7684\u4f1a\u5458\u53f7\u662f MBR 3390187745\uff0c\u5bf9\u5417\uff1f",
        "\u041e\u043f\u0435\u0440\u0430\u0442\u043e\u0440: \u041d\u043e\u043c\u0435\u0440 \u0440\u0435\u0446\u0435\u043f\u0442\u0430 5820417, \u0432\u0441\u0451 \u0432\u0435\u0440\u043d\u043e?",
        "\ucc98\ubc29\uc804 \ubc88\ud638\ub294 7729340\uc774\uc5d0\uc694.",
        // German customer numbers as agents and exports shorten them.
        "INFO ivr|menu=2>1>3|kdnr=5102938475|lang=de", "Tarif MagentaMobil M \u2192 L, Kd.-Nr. 4002 8813 57",
        "KD zahlt per \u00dcberweisung, Verwendungszweck 5102938475 / AN-9901182.",
        // A UK tax reference in fives; a satellite TV box's viewing card.
        "My UTR from HMRC letter is 84219 63015", "Wants the DTH upgraded to HD. VC 01573829460. Payment via card link.",
        // NHS numbers (mod 11) in a text about the NHS.
        "NHS numbers on today's list: 445 866 6908, 209 440 4900, 876 604 1694 \u2013 all PDS-traced",
        "Agent: lovely, and your NHS number if you have it to hand?\nPatient: 701 876 8187",
        // A Japanese member's and mileage customer's number, a booking's confirmation number, an airline's MCO.
        "\u30ed\u30b0\u30a4\u30f3\u5c65\u6b74 (\u4f1a\u54e1 4012345678): 2026/04/10 21:14",
        "SMS: \u3054\u4e88\u7d04\u306e\u78ba\u8a8d\u756a\u53f7\u306f 7732901845 \u3067\u3059\u3002",
        "\u5f15\u63db\u8a3c\u756a\u53f7\u306f\u5225\u7d19\u53c2\u7167 (MCO 7712093455)",
        // A city's parking summons, a lot (BBL) and a complaint's number in Spanish.
        "Paid by card, exp 02/27. Summons 4426789012.", "Property tax/water lien question. BBL 3-05821-0034 (3058210034).",
        "Su queja ha sido enviada a HPD. N\u00famero de queja: 513120990. No responda a este mensaje.",
        // A Portuguese bank account.
        "Bom dia, somos os dois titulares da conta 0045 2213 7781 e queremos acrescentar a nossa filha",
        // Scotland's patient index in capitals right before it, after a cue for a call.
        "Results not yet filed. Told to ring back Tues. CHI 1101320192.",
        // A student's number, in French and asked for by its holder's name.
        "Mon num\u00e9ro d'\u00e9tudiant \u00e9tait 7654321 (cohorte 2019).",
        "agent: okay so I need the student's number\ncaller: one zero one zero six six eight three four two",
        "banco Bancolombia, cuenta de ahorros 123-456789-01, titular Luz Marina P\u00e9rez",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u043f\u043e \u043a\u0440\u0435\u0434\u0438\u0442\u0443 7702215540 \u043d\u0435 \u043f\u0440\u0438\u0448\u043b\u043e \u043f\u0438\u0441\u044c\u043c\u043e"})
    void aHealthOrAccountIdentifierNamedByItsLabelIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your number on profile is 0706 441 2289? | 0706 441 2289",
        "Kayla Bennett and the phone on the order is (480) 555-0137. | (480) 555-0137",
        "Mi n\u00famero de tel\u00e9fono es 612 345 678 | 612 345 678",
        // India's mobiles in two fives.
        "Sir, I see one number on your account, 98860 41172. Is it current? | 98860 41172",
        // Dutch "the number of me": a person's.
        "Nummer van mij is 06 13 70 84 69. | 06 13 70 84 69",
        "Meine Kundennummer ist 6108 4402 17, meine Handynummer lautet 0151 23456789 | 0151 23456789"
    })
    void aPhoneOnAProfileOrOrderIsThePhone(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @Test
    void aBrazilianPostcodeIsNoPhone() {
        assertThat(phonesIn("CUSTOMER: o CEP \u00e9 01426-001, o telefone continua o mesmo")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "slot Sat AM. mob 07700 900845. 2-man team, 3 pcs | 07700 900845",
        "call back on 020 7946 0958. 3-day window | 020 7946 0958"
    })
    void aCodeAfterTheSentenceEndDoesNotHideTheNumberBeforeIt(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dobr\u00fd den,\\nS pozdravem\\nTereza Hor\u00e1kov\u00e1\\n224 312 876 | 224 312 876",
        "Bom dia,\\nCumprimentos,\\nIn\u00eas Carvalho\\nTelf.: 213 456 789 | 213 456 789",
        "Hei,\\nMed vennlig hilsen\\nKari Nordmann\\n412 34 567 | 412 34 567"
    })
    void aLettersClosingIsACueForTheLineUnderTheSignature(String text, String phone) {
        assertThat(phonesIn(text.replace("\\n", "\n"))).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Proszę o zwrot. NIP 5252248481.\nPozdrawiam,\nKrzysztof Nowak",
        "Kind regards,\nJane Doe\nOrder 44120078",
        "Saludos,\nAna\nFactura 2025044712"
    })
    void aClosingDoesNotOutweighANearerIdentifierOrReachBackwards(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "RO | 0722 123 456 | true",
        "RO | 722 123 456 | false",
        "TR | 0532 123 45 67 | true",
        "TR | 532 123 45 67 | false",
        "HU | 06 30 123 4567 | true",
        "HU | 30 123 4567 | true",
        "HU | 40 123 4567 | false",
        "HU | 301234567 | false",
        "SG | 8765 4321 | true",
        "SG | 87654321 | false",
        "IE | 087 123 4567 | true",
        "IE | 87 123 4567 | false",
        "AU | 0412 345 678 | true",
        "AU | 412 345 678 | false",
        "MX | 33 3812 4477 | true",
        "MX | (55) 1234-5678 | true",
        "MX | 3338124477 | false",
        "MX | 44 3812 4477 | false",
        "CZ | 224 312 876 | true",
        "CZ | 224312876 | false",
        "CZ | 2243 12876 | false"
    })
    void aForeignPlanReadsANumberOnlyWrittenAsItsCountryWritesThem(String region, String number, boolean written) {
        assertThat(PhoneNumberDetector.writtenAsIn(region, number, 0, number.length())).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Customer: i rang 1800 812 345 twice and got cut off | 1800 812 345",
        "after hours you can use 1800 160 401 for faults only. | 1800 160 401",
        "the number on my bill 1300 975 707 says it's closed | 1300 975 707",
        "toll free for all broadband complaints: 1800 419 2580 (9am\u20139pm, all days). | 1800 419 2580",
        "Atendente: Confirmando, (11) 98437-2615, certo? | (11) 98437-2615"
    })
    void aShapeOnlyOneCountrysPhonesHaveNeedsNoCue(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Order 98200 12345 dispatched", "UTR 73412 88190 shows a balance", "Grid ref SS 65471 92903.",
        "invoice 1300 975 70"})
    void fiveAndFiveDigitsOrAShortTollFreeShapeIsNoPhoneAlone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "call (212) 555-0147 (9am-5pm) | (212) 555-0147",
        "call (212) 555-0147 (24/7) | (212) 555-0147",
        "ring 020 7946 0123 (9-5) | 020 7946 0123",
        "Tel +44 (0)20 7946 0123 (office) | +44 (0)20 7946 0123"
    })
    void hoursInBracketsAfterTheNumberAreNotPartOfIt(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\uc0c1\ub2f4\uc6d0: \uc5f0\ub77d\ucc98 \ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4. \uace0\uac1d: \uae40\uc11c\uc5f0\uc774\uace0\uc694, 010-4827-3319\uc785\ub2c8\ub2e4. | 010-4827-3319",
        "\u81ea\u5b85\u306e\u96fb\u8a71\u756a\u53f7\u306f06-6341-2290\u3067\u3059\u3002 | 06-6341-2290",
        "\u00bfMe pas\u00e1s un celular de contacto? Cliente: 011 15-6213-4470. Agente: Gracias. | 011 15-6213-4470",
        "Si no lo reconoces llama al 55 4172 8390. | 55 4172 8390",
        "Can we reach you on 9183 4427? | 9183 4427",
        "Kunde: Kan dere ringe meg p\u00e5 412 38 774? | 412 38 774",
        "Cheers, Hemi Walker (021 555 012) | 021 555 012",
        "Klient: Prosz\u0119 dzwoni\u0107 na stacjonarny 22 639 48 17 | 22 639 48 17"
    })
    void readsCuesAndNumbersGluedToHanKanaOrHangulAndMoreCallWords(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kod weryfikacyjny: 448120. Infolinia 22 590 55 90. | 22 590 55 90",
        "Kontakt z kurierem: 601 228 447. | 601 228 447",
        "pokli\u010dite me na 01 430 22 15 prosim | 01 430 22 15",
        "Mok\u0117jimo kodas 3300917781. Klausimai: 8 800 20 020 | 8 800 20 020",
        "UA office Kyiv (044) 235-71-18, contact Andrii | (044) 235-71-18"
    })
    void readsHelplinesAndContactsInMoreLanguagesAndUkrainianAreaCodes(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Callback list 03/11 PM: 1) (847) 555-0153 re claim status | (847) 555-0153",
        "Tel: (0212) 345 67 89 Dahili: 4412, GSM: 0 (541) 207 33 18, E-posta | (0212) 345 67 89",
        "\u05d0\u05e4\u05e9\u05e8 \u05dc\u05d7\u05d6\u05d5\u05e8 \u05d0\u05dc\u05d9\u05d9 \u05dc-052-643-8817? | 052-643-8817",
        "Les llam\u00e9 tres veces al 900 814 227 y nadie contesta. | 900 814 227",
        "\u010aemplu fuq 7942 1186. Grazzi! | 7942 1186",
        "Collections note: left VM at 555-0107 (local, 7-digit in legacy record). | 555-0107",
        "Merci, Claude Weber, t\u00e9l. 26 48 31 77 | 26 48 31 77"
    })
    void readsListItemsHebrewPrefixesAndMoreCallWords(String text, String phone) {
        assertThat(phonesIn(text)).contains(phone);
    }

    @Test
    void readsTheTurkishTrunkPrefixWrittenApartOrGluedAndArabicPhoneWords() {
        assertThat(phonesIn("GSM: 0 (541) 207 33 18 | E-posta")).containsExactly("0 (541) 207 33 18");
        assertThat(phonesIn("SMS: kap\u0131s\u0131 de\u011fi\u015fti: 204. Sorular\u0131n\u0131z: 0(850)2224567"))
                .containsExactly("0(850)2224567");
        assertThat(phonesIn("\u0628\u062f\u064a \u063a\u064a\u0651\u0631 \u0631\u0642\u0645 \u0627\u0644\u0647\u0627\u062a\u0641 \u0645\u0646 03 123 456"))
                .containsExactly("03 123 456");
    }

    @Test
    void readsIndiasNumbersWhereRupeesOrItsPlacesAreNamedAndARegisteredMobile() {
        assertThat(phonesIn("cancel VAS on 88001 23456, auto-renewed \u20b949 without consent.")).containsExactly("88001 23456");
        // Written in two fives, an Indian mobile is one without the rupees (2026-12-01, after blind set 252);
        // another ten digits so written are not.
        assertThat(phonesIn("cancel VAS on 88001 23456, auto-renewed without consent.")).containsExactly("88001 23456");
        assertThat(phonesIn("cancel VAS on 12001 23456, auto-renewed without consent.")).isEmpty();
        assertThat(phonesIn("contact_attributes: customer_name=Aishwarya Rane; rmn=9011123456; alt_contact=020-2712-3456"))
                .containsExactly("9011123456", "020-2712-3456");
    }

    @Test
    void readsBelgiumsMobilesInTheirGroupingAndWithDots() {
        assertThat(phonesIn("Klant wil zijn nummer behouden: 0473.12.45.89. Simkaart oude operator")).containsExactly("0473.12.45.89");
        assertThat(phonesIn("Hinterlassen Sie eine Nachricht oder rufen Sie 0498 52 66 01 an.")).containsExactly("0498 52 66 01");
        assertThat(phonesIn("Note: KBO/BCE 0653.755.452 \u2014 entreprise radi\u00e9e")).isEmpty();
        assertThat(phonesIn("Payer phone +84 91 234 56 78. Student 900744190.")).containsExactly("+84 91 234 56 78");
    }

    @Test
    void readsAnAreaCodeInBracketsAsTheFirstGroupOfARegionsOwnShape() {
        assertThat(phonesIn("Farmacia colaboradora de guardia: (983) 30 12 45 \u00b7 abierta 24 h"))
                .containsExactly("(983) 30 12 45");
        assertThat(phonesIn("Cliente: el de mi hermano en Acapulco es (744) 190 6632")).containsExactly("(744) 190 6632");
        assertThat(PhoneNumberDetector.groupShape("(983) 30 12 45", 0, 14)).isEqualTo("3-2-2-2");
        assertThat(PhoneNumberDetector.groupShape("(983)30 12 45", 0, 13)).isNull();
        assertThat(PhoneNumberDetector.groupShape("983 30) 12 45", 0, 13)).isNull();
    }

    @Test
    void aTextThatDealsInIndiasPaymentsReadsABareMobileAsIndias() {
        assertThat(phonesIn("Customer: I paid to vayurecharge@okaxis from my UPI 9819024573@ybl, debited but recharge not received"))
                .containsExactly("9819024573");
        assertThat(phonesIn("Email: Kindly cancel VAS on 8800123456, auto-renewed \u20b949 without consent.")).containsExactly("8800123456");
        // Without such a word, a bare run of another country's plan stays no phone.
        assertThat(phonesIn("Customer: I paid from my wallet 9819024573, debited but recharge not received")).isEmpty();
    }

    @Test
    void aNumberInANorthAmericanPhonesGroupsOverridesAnIdentifiersLabelRightBeforeIt() {
        // A booking's phone element under Chicago's city code, not Scotland's patient index.
        assertThat(phonesIn("  3 AP CHI 312-555-0167 - H")).containsExactly("312-555-0167");
        assertThat(phonesIn("Member 201-555-0146 confirmed")).containsExactly("201-555-0146");
    }

    @Test
    void thePhoneLinkedToAPortugueseAccountIsAPhone() {
        assertThat(phonesIn("o n\u00famero de telefone associado \u00e0 conta banc\u00e1ria \u00e9 931 134 482, \u00e9 para esse"))
                .containsExactly("931 134 482");
        assertThat(phonesIn("valor 2.300,00 \u20ac. Conta 0231 0045 8812. Cliente pediu contacto por 253 614 207"))
                .containsExactly("253 614 207");
    }

    @Test
    void aCountryCodeWrittenAsAGroupOfItsOwnWithoutItsPlusAfterAPhonesCue() {
        assertThat(phonesIn("Customer: hi pls call me back i'm at work, 972-54-6610039")).containsExactly("972-54-6610039");
        assertThat(phonesIn("please call me on my Korean mobile while I'm visiting Seoul: 82 10 5512 7739."))
                .containsExactly("82 10 5512 7739");
        // Without the cue, groups so written are as often an order's or a tracking number's.
        assertThat(phonesIn("order 972-54-6610039 shipped")).isEmpty();
    }

    @Test
    void spanishWithoutIsNoSocialInsuranceNumber() {
        assertThat(phonesIn("ese n\u00famero sigue vigente pero ahora se marca sin el 01: 800 226 3742."))
                .containsExactly("800 226 3742");
        assertThat(phonesIn("SIN: 046 454 286")).isEmpty();
    }

    @Test
    void aCurrencySignOfOneCountryReadsItsNumbersAsThatCountrys() {
        // The shekel's sign: an Israeli operator's line, written in Arabic text.
        String israeli = "\u0627\u0644\u0645\u0628\u0644\u063a 112.40 \u20aa. \u0627\u0644\u0627\u062a\u0635\u0627\u0644 \u0639\u0644\u0649 1-700-500-345.";
        assertThat(phonesIn(israeli)).containsExactly("1-700-500-345");
        assertThat(phonesIn(israeli.replace(" \u20aa", ""))).isEmpty();
    }

    @Test
    void aDutchInsurersRelationNumbersAndCodesAreIdentifiers() {
        assertThat(phonesIn("login_audit: {\"relatie\":\"2204918375\",\"ts\":\"2025-03-06T21:14:03+01:00\"}")).isEmpty();
        assertThat(phonesIn("fysiotherapeut Linda Postma, tel. 058 - 213 77 40, AGB 04-061238.")).containsExactly("058 - 213 77 40");
        assertThat(phonesIn("VECOZO retourinformatie: declaratiebestand 0327-2025-000481 afgekeurd.")).isEmpty();
    }

    @Test
    void anAcronymAfterTheWordForNumberNamesAnIdentifier() {
        assertThat(phonesIn("Je transmets \u00e0 l'h\u00f4pital avec le num\u00e9ro FINESS 930110069.")).isEmpty();
        assertThat(phonesIn("mon num\u00e9ro GSM 0475 12 34 56")).containsExactly("0475 12 34 56");
        // A German VAT id after its label, the country's letters between.
        assertThat(phonesIn("Bielefeld \u00b7 Fax 0521 51-1999 \u00b7 USt-IdNr. DE 124 567 891 \u00b7 Amtsgericht"))
                .containsExactly("0521 51-1999");
    }

    @Test
    void readsBelgiumsLandlinesInTheirGroupingInAFrenchText() {
        assertThat(phonesIn("J\u00e9r\u00f4me Lambert | G\u00e9rant\nT. 02 511 23 45 | F. 02 511 23 46"))
                .containsExactly("02 511 23 45", "02 511 23 46");
        assertThat(phonesIn("Agence de Bruges : 050 12 34 56, du lundi au vendredi")).containsExactly("050 12 34 56");
        assertThat(phonesIn("Commande 02 511 23 du 12 mars")).isEmpty();
    }

    @Test
    void readsAGermanCompoundLabelWrittenWithAHyphen() {
        assertThat(phonesIn("gesperrt via KMS, Sperrvermerk-Nr. 4471 2093 11, Kartenfolgenummer 3. R\u00fcckruf an 0171 3456789"))
                .containsExactly("0171 3456789");
        assertThat(phonesIn("Kto-Nr: 4747797695 | BLZ: 60050101")).isEmpty();
        assertThat(phonesIn("Agent: Die BLZ bleibt 370 501 98, BIC COLSDE33XXX")).isEmpty();
        assertThat(phonesIn("Telefon-Nr.: 0171 3456789")).containsExactly("0171 3456789");
        assertThat(phonesIn("Kundendienst\nGratis-Nr. 0800 123 456\nkundendienst@shop.example.ch")).containsExactly("0800 123 456");
    }

    @Test
    void readsAKeysPhoneWithItsQualifierAndAnRfc3966Extension() {
        assertThat(phonesIn("QUEBEC QC G2K 2E2 | TEL_RES=4185550134 | SIN_MASKED=***-***-412")).containsExactly("4185550134");
        assertThat(phonesIn("CallerProvidedNumber=+1 905 555 0197;ext=214;Reason=MERCHANT_INQUIRY"))
                .containsExactly("+1 905 555 0197");
    }

    @Test
    void readsAustraliasNumbersInPairsAndAMobileColumnsNumbersWithoutPlus() {
        assertThat(phonesIn("I'll transfer you to our secure payment line on 1300 22 33 44.")).containsExactly("1300 22 33 44");
        assertThat(phonesIn("\"name\",\"mobile\",\"consent\"\n\"Ahmed Yusuf\",\"61 491 570 159\",\"Y\""))
                .containsExactly("61 491 570 159");
        assertThat(phonesIn("weekly QA calibration Thursday 2pm, room 4.12, dial-in code 884 102 7731#.")).isEmpty();
    }

    @Test
    void readsSpainsGroupingAndTheNumbersOfLatinAmericanPlacesNamed() {
        assertThat(phonesIn("Contacto de emergencia: Jes\u00fas Cordero (esposo) \u2013 690 44 12 58 / 957 21 33 04"))
                .containsExactly("690 44 12 58", "957 21 33 04");
        assertThat(phonesIn("Nota: n\u00famero alterno de la cx en Guatemala 5790-1164 (Tigo), solo WhatsApp."))
                .containsExactly("5790-1164");
        assertThat(phonesIn("Cliente: la llamada a 2260 7718 en San Salvador no entra")).containsExactly("2260 7718");
        // Without the place, eight digits are no number of the default region's plan.
        assertThat(phonesIn("Cliente: la llamada a 2260 7718 no entra")).isEmpty();
    }

    @Test
    void anAreaCodeAfterACountryCodeAndItsTrunkInBracketsIsSetOffBySlash() {
        assertThat(phonesIn("Theresa Hofer\nSchulgasse 4, 3100 St. P\u00f6lten\n+43 (0) 2742 / 35 12 80\nthe.hofer@gmx.at"))
                .containsExactly("+43 (0) 2742 / 35 12 80");
    }

    @Test
    void aPhoneAfterALotsNumberAndASpacedDashIsReadOnItsOwn() {
        assertThat(phonesIn("Mathieu Lebrun - lot 61 - 06 72 14 38 55")).containsExactly("06 72 14 38 55");
        assertThat(phonesIn("Tel. 030 - 12345678")).containsExactly("030 - 12345678");
    }

    @Test
    void aPlaceholderOfZerosAndARangeOfCodesAreNoNumbers() {
        assertThat(phonesIn("  phone: \"+1 000 000 0000\"\n  email: test.customer@example.invalid")).isEmpty();
        assertThat(phonesIn("Service area ZIPs (Tucson branch): 85701-85719, 85730, 85735-85750, 85755. Marana 85653/85658"))
                .isEmpty();
        // Halves that differ before their last three digits, or a second half lower, are a number's.
        assertThat(phonesIn("call me on 98765-43210")).containsExactly("98765-43210");
        assertThat(phonesIn("call me on 85750-85735")).containsExactly("85750-85735");
    }

    @Test
    void aPhoneKeyNamesEveryItemOfItsListOfNumbersWithoutPlus() {
        assertThat(phonesIn("batch=77 failed_msisdn=255744902318,255767118340,255629771045 reason=WALLET_SUSPENDED"))
                .containsExactly("255744902318", "255767118340", "255629771045");
        assertThat(phonesIn("msisdn=447911123456, 447911123457")).containsExactly("447911123456", "447911123457");
        // Another key's list, or an item too short to hold a country code and a number, is not read.
        assertThat(phonesIn("order_ids=255744902318,255767118340")).isEmpty();
        assertThat(phonesIn("msisdn=2557449023,255767118340")).doesNotContain("255767118340");
    }

    @Test
    void aMessagingSendersNumberWithoutItsPlusIsReadOnlyWhenValid() {
        assertThat(phonesIn("{\"from\":\"27823317406\",\"id\":\"wamid.HBgL\",\"timestamp\":\"1741600000\"}"))
                .containsExactly("27823317406");
        assertThat(phonesIn("{\"from\":\"9990001112223\",\"to\":\"x\"}")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\ucfe0\ud321 \ub85c\ucf13\ubc30\uc1a1: \uae30\uc0ac\ub2d8 \ubc15\uc131\ud638 010-9174-2285 | 010-9174-2285",
        "\u5df2\u7531\u5feb\u9012\u5458\u5218\u5e08\u5085(186 2100 7742)\u6d3e\u9001 | 186 2100 7742",
        "Rider Zeeshan 0312-7741092. COD Rs. 3,450. | 0312-7741092",
        "Reservation no. 5K2Q9T. Call center 1588-4417. | 1588-4417",
        "Senior CS Officer, HKT, Direct: (852) 2888 1187, 39/F PCCW Tower | (852) 2888 1187",
        "\u0627\u0644\u0639\u0645\u064a\u0644: \u0631\u0642\u0645\u064a \u0660\u0665\u0660 \u0663\u0663\u0668 \u0664\u0664\u0661\u0662 \u0648\u0623\u0628\u063a\u0649 | \u0660\u0665\u0660 \u0663\u0663\u0668 \u0664\u0664\u0661\u0662",
        "Customer Omar Siddiqui, 04 515 2218 is his landline. | 04 515 2218",
        "\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a \u0e42\u0e17\u0e23 02-719-4408 | 02-719-4408",
        "authorised her son Omar Haddad (+1 (617) 555-0120) as secondary contact | +1 (617) 555-0120"
    })
    void readsMobilesInTheirCountrysShapeBracketedCountryCodesAndOtherScriptsDigits(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @Test
    void readsEachNumberOfAListOnItsOwn() {
        assertThat(phonesIn("Callback list: 1) 022 2345 6789 (Mumbai branch) 2) +91 80 4123 4567 3) 1800 425 1234 toll-free"))
                .containsExactly("022 2345 6789", "+91 80 4123 4567", "1800 425 1234");
        assertThat(phonesIn("Cliente Sof\u00eda Navarro (tel. 91 123 45 67) pide")).containsExactly("91 123 45 67");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tama Rangihuna, Senior Advisor, DDI 04 471 2345 | 04 471 2345",
        "Cliente: por favor ll\u00e1menme al 9 6123 4408 despu\u00e9s de las 18:00 | 9 6123 4408",
        "Consultas al 2231-7000 o por WhatsApp. | 2231-7000"
    })
    void readsDirectDialsCallMeAndQuestionsLinesInMoreCountries(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Para cambiar la cita llama gratis al 900 123 456. Ref. CITA-77102. | 900 123 456",
        "Per modificare chiama il 800 123456 (gratuito). | 800 123456",
        "Latvian customer line log: zvans no 6712 3456 (R\u012bga), 00:03:12 | 6712 3456",
        "Caller: 07700 900123 | 07700 900123"
    })
    void readsItalianSpanishAndLatvianCallWordsAndACallLogsCallerField(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Seguimiento: ES2025TRK00448812. Dudas: 900 12 34 56 (gratuito). | 900 12 34 56",
        "agent Marta: Mo\u017ce Pan oddzwoni\u0107 pod 796 412 300. | 796 412 300",
        "Doru\u010den\u00ed z\u00edtra 8\u201312 h. Kur\u00fdr v\u00e1m zavol\u00e1 na 608 221 735. | 608 221 735",
        "Recapito 338 415 2290, rimborso su IT80 | 338 415 2290",
        "Autorizaci\u00f3n aprobada. Contactar en 677 413 208 o por correo. | 677 413 208"
    })
    void readsCallContactAndQuestionWordsInFlectedForms(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A number of the country of another number found in the text, read in that country's plan.
        "Agente: Perfecto, le confirmo el 612 34 56 78. \u00bfMantenemos el fijo 91 123 45 67? | 612 34 56 78,91 123 45 67",
        "Operatore: Certo, ho inserito 347 123 4567. Il numero fisso 02 1234 5678 lo teniamo? | 347 123 4567,02 1234 5678",
        "Reception 01 555 0100; Billing 01 555 0112; Out of hours 087 123 4567 | 01 555 0100,01 555 0112,087 123 4567",
        "nasz numer 801 300 900 (op\u0142ata jak za po\u0142\u0105czenie lokalne) lub (22) 522 10 00. | 801 300 900,(22) 522 10 00"
    })
    void readsAGroupedNumberInTheCountryOfAnotherNumberInTheText(String text, String phones) {
        assertThat(phonesIn(text)).containsExactly(phones.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // No cue and no other number: the language of the text names the countries whose plans read it.
        "Cliente: me llamaron desde el 910 55 82 13 pidiendo el código del SMS y no lo di | 910 55 82 13",
        "Liguei para o 22 605 18 40 e não atendem, já tentei três vezes | 22 605 18 40",
        "Addebiteremo 42,00 € di spese, per informazioni il servizio clienti è aperto: 800 191 922 | 800 191 922",
        "Die Rechnung ist seit dem 14.11. überfällig. Rückruf bitte unter 030 901820 | 030 901820",
        "Καλημέρα, το κινητό μου"
            + " είναι 694 123 4567 | 694 123 4567",
        // Flemish, a Belgian landline with its area code set off by a slash.
        "Klant Bram Claes (02/647.18.40) meldt dat de gasgeur in de straat weer weg is. | 02/647.18.40"
    })
    void readsAGroupedNumberInTheCountriesOfTheTextsLanguage(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Spanish agents' notes and SMS, with words of notes rather than of calls; Catalan.
        "Agente: Perfecto, le confirmo el 612 34 56 78. Gracias. | 612 34 56 78",
        "Nota interna: NO cortar suministro de la p\u00f3liza GAS-0099871. Contacto de emergencia: Josefa (hermana), 968 23 45 10. | 968 23 45 10",
        "Nota: cliente de 84 a\u00f1os, confundido con la nueva tarifa. Pide que llamemos a su nieto Iker al 688 52 01 74 para que le ayude. | 688 52 01 74",
        "Olivo: tiene una factura pendiente de 58,37 EUR. Evite la suspensi\u00f3n llamando al 900 812 440. Si ya ha pagado, ignore este mensaje. | 900 812 440",
        "Client: Bon dia, voldria saber per qu\u00e8 el comptador diu una altra cosa. El meu m\u00f2bil \u00e9s el 972 20 41 18, gr\u00e0cies | 972 20 41 18"
    })
    void readsAGroupedNumberInSpanishNotesAndMessagesAndInCatalan(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Russian notes and chats from Kazakhstan: the trunk prefix 8 before the area code is the number's,
        // not a digit before a Las Vegas number.
        "\u0417\u0430\u043c\u0435\u0442\u043a\u0430 \u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440\u0430: \u043a\u043b\u0438\u0435\u043d\u0442\u043a\u0430 \u043f\u0440\u043e\u0441\u0438\u0442 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0443 \u043f\u043e\u0441\u043b\u0435 18:00. \u0421\u0432\u044f\u0437\u044c \u043f\u043e 8 777 316 02 48, \u043f\u043e\u0441\u043b\u0435 18:00. | 8 777 316 02 48",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u0434\u043e\u0431\u0440\u044b\u0439 \u0432\u0435\u0447\u0435\u0440, \u043d\u0430 \u043d\u043e\u043c\u0435\u0440 8 (702) 915-44-08 \u043d\u0435 \u043f\u0440\u0438\u0445\u043e\u0434\u044f\u0442 \u0441\u043c\u0441 \u0441 \u043a\u043e\u0434\u043e\u043c | 8 (702) 915-44-08",
        "\u041a\u0426: \u0434\u043e\u0437\u0432\u043e\u043d\u0438\u043b\u0430\u0441\u044c \u043f\u043e \u0434\u043e\u043f. \u043d\u043e\u043c\u0435\u0440\u0443 8 (7172) 27-94-16, \u044d\u0442\u043e \u0440\u0430\u0431\u043e\u0447\u0438\u0439, \u043a\u043b\u0438\u0435\u043d\u0442 \u0441\u043f\u0443\u0441\u0442\u0438\u0442\u0441\u044f | 8 (7172) 27-94-16"
    })
    void readsRussianAndKazakhNumbersWithTheirTrunkPrefix(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // An identity card's, a receipt's and a call's own numbers.
        "\u0417\u0430\u043c\u0435\u0442\u043a\u0430: KYC \u043d\u0435 \u043f\u0440\u043e\u0439\u0434\u0435\u043d \u2014 \u0444\u043e\u0442\u043e \u0440\u0430\u0437\u043c\u044b\u0442\u043e. \u041d\u043e\u043c\u0435\u0440 \u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u044f 045118273 \u043d\u0435 \u0432\u043d\u043e\u0441\u0438\u0442\u044c \u0432 \u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439",
        "\u041e\u043f\u0435\u0440\u0430\u0442\u043e\u0440: \u044d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u044b\u0439 \u0447\u0435\u043a \u043f\u0440\u0438\u0434\u0451\u0442 \u043d\u0430 \u043f\u043e\u0447\u0442\u0443 \u043f\u043e\u0441\u043b\u0435 \u0432\u0440\u0443\u0447\u0435\u043d\u0438\u044f. \u041d\u043e\u043c\u0435\u0440 \u0447\u0435\u043a\u0430 \u0432 \u041e\u0424\u0414 \u2014 0412938811.",
        "\u0417\u0430\u043c\u0435\u0442\u043a\u0430 \u0434\u043b\u044f QA: \u0432 \u0437\u0432\u043e\u043d\u043a\u0435 0523-114511 \u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440 \u043e\u0437\u0432\u0443\u0447\u0438\u043b \u043a\u043b\u0438\u0435\u043d\u0442\u0443 \u043f\u043e\u043b\u043d\u044b\u0439 \u043d\u043e\u043c\u0435\u0440 \u043a\u0430\u0440\u0442\u044b",
        // Persian national, postal and tracking codes, in Persian digits; a membership and an account number.
        "\u06a9\u062f \u0645\u0644\u06cc: \u06f2\u06f2\u06f8\u06f1\u06f4\u06f5\u06f6\u06f3\u06f9\u06f0 | \u06a9\u062f \u067e\u0633\u062a\u06cc: \u06f7\u06f1\u06f3\u06f4\u06f8\u06f6\u06f5\u06f9\u06f1\u06f4 | \u0634\u0645\u0627\u0631\u0647 \u0634\u0646\u0627\u0633\u0646\u0627\u0645\u0647: \u06f1\u06f2\u06f4\u06f8",
        "\u067e\u0634\u062a\u06cc\u0628\u0627\u0646\u06cc: \u062a\u0623\u06cc\u06cc\u062f \u0634\u062f. \u0628\u0633\u062a\u0647 \u06a9\u0627\u0646\u0627\u062f\u0627 \u06f1\u06f5 \u0631\u0648\u0632\u0647 \u0641\u0639\u0627\u0644 \u0634\u062f. \u06a9\u062f \u067e\u06cc\u06af\u06cc\u0631\u06cc: \u06f5\u06f3\u06f0\u06f2\u06f1\u06f1\u06f4\u06f8\u06f7\u06f7",
        "\u0645\u0633\u0627\u0641\u0631: \u0639\u0636\u0648 \u0628\u0627\u0634\u06af\u0627\u0647 \u0647\u0645\u0627 \u06a9\u0644\u0627\u0628 \u0647\u0633\u062a\u0645\u060c \u0634\u0645\u0627\u0631\u0647 \u0639\u0636\u0648\u06cc\u062a\u0645 \u06f3\u06f0\u06f0\u06f4\u06f1\u06f2\u06f7\u06f7\u06f1\u06f9\u060c \u0686\u0631\u0627 \u0645\u0627\u06cc\u0644\u200c\u0647\u0627 \u0646\u06cc\u0627\u0645\u062f\u0647"
    })
    void aRussianOrPersianIdentityReceiptCallOrTrackingNumberIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A fax's page count after the number; a page's number before a number in brackets.
        "Fax inbound 2024-05-14 09:27 from +1 (559) 555-0133 6 pages CSID \"FRESNO IRS CSCO\" | +1 (559) 555-0133",
        "fax it to the number on page 1 (855-204-5020) before the deadline. | 855-204-5020",
        "call 1 (855) 204-5020 now | 1 (855) 204-5020"
    })
    void readsANumberBeforeACountOrInBracketsAfterAPagesNumber(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @Test
    void readsABookingsContactElementsWithOrWithoutTheirSsr() {
        assertThat(phonesIn("booking ZP8K3W contacts updated: CTCM 989155026631 / CTCH 985138412276 / APE x"))
            .containsExactly("989155026631", "985138412276");
        assertThat(phonesIn("SSR CTCM TK HK1 905321234567/TR")).containsExactly("905321234567");
        assertThat(phonesIn("ABCTCM 989155026631")).isEmpty();
    }

    @Test
    void readsATrunksDialStringsNumberWithoutItsPlus() {
        assertThat(phonesIn("asterisk: -- Called SIP/trunk-btcl/8801819642055 | Channel SIP/trunk-btcl-0000a1f2 is ringing"))
            .containsExactly("8801819642055");
        // Not after a path that names no channel technology.
        assertThat(phonesIn("GET /files/trunk-btcl/8801819642055 HTTP/1.1")).isEmpty();
    }

    @Test
    void readsAnIndexedPhoneColumnAndARowWhoseAmountADecimalCommaSplit() {
        // "tel1", "tel2": a column's index is no part of its name.
        String piped = "titular_nombre|titular_nif|tel1|tel2|iban\n"
            + "Josep Maria Vidal Soler|52526633S|972 20 41 18|609 77 12 40|ES9120950515527509642081";
        assertThat(phonesIn(piped)).containsExactly("972 20 41 18", "609 77 12 40");
        // "12,50" written without quotes: one cell more than the header, joined again.
        String csv = "fecha,importe,telefono_ordenante,referencia\n2025-03-27,12,50,611234509,BZ-0041122\n"
            + "2025-03-28,48,77,677019283,BZ-0041190";
        assertThat(phonesIn(csv)).containsExactly("611234509", "677019283");
        assertThat(DelimitedRows.cells(csv)).filteredOn(cell -> cell.header().equals("importe"))
            .extracting(cell -> csv.substring(cell.start(), cell.end())).containsExactly("12,50", "48,77");
        // "12,50,61" under two columns reads two ways: the row is no table's.
        String ambiguous = "fecha,importe,cuota\n2025-03-27,12,50,61";
        assertThat(DelimitedRows.cells(ambiguous)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Greek is written in Cyprus too; Turkey's nationwide numbers in their own shape.
        "\u03a0\u03b5\u03bb\u03ac\u03c4\u03b7\u03c2: \u03c4\u03b7\u03bb\u03b5\u03c6\u03ce\u03bd\u03b7\u03c3\u03b1"
            + " \u03c3\u03c4\u03bf 8000 4444 \u03ba\u03b1\u03b9 \u03bc\u03bf\u03c5 \u03b5\u03af\u03c0\u03b1\u03bd | 8000 4444",
        "Temsilci: M\u00fc\u015fteri hizmetlerimize 444 0 356 numaras\u0131ndan da ula\u015fabilirsiniz. | 444 0 356",
        // A free line, a payment app whose accounts are phone numbers.
        "Agent: For Malta our freephone is 8007 2345, open 8am to 8pm. | 8007 2345",
        "Cliente: paguei por MB WAY para o 912 447 305 e n\u00e3o chegou | 912 447 305"
    })
    void readsCypriotAndTurkishServiceNumbersAndNumbersAfterFreeLineAndPaymentAppWords(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A Brazilian mobile with its area code and no brackets.
        "Cliente: 67 99271-4380 falar com Aline | 67 99271-4380",
        // A company's switchboard ("Zentrale") with its trailing 0.
        "Firma Schmitt Bau GmbH, Zentrale 0621 4480 0, Durchwahl 27, HRB 12345 Mannheim. | 0621 4480 0",
        // Bahrain's plan, after a word for a phone.
        "Caller: my landline is 1729 4408, the office one | 1729 4408",
        // German "geben Sie ... ein" is no employer id's EIN.
        "IVR: Bitte geben Sie Ihre Festnetznummer ein. Eingabe erkannt: 03023125777. | 03023125777",
        // Arabic "the free number"; Lebanese Arabizi "my line".
        "Agent: \u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0645\u062c\u0627\u0646\u064a 800 124 8888 | 800 124 8888",
        "Customer: bonjour, ana khat2e 3ndi 03 482 917 w ma 3am yousal el SMS | 03 482 917",
        // "Can be reached at"; Vietnamese "sdt" (phone number) as a key; a WhatsApp id after a profile's key.
        "Our Jurong East service centre can be reached at 6561 3092, Mon-Sat 9am-6pm. | 6561 3092",
        // "called" before a bare number: a field technician's note.
        "field tech note: cx not home, left door tag DT-55120, called 2165550143 no ans, vm left. | 2165550143",
        "ten_kh=V\u00f5 Thanh B\u00ecnh; sdt=84912087634; kenh=zalo | 84912087634",
        "whatsapp_profile: name=\"Ayu Lestari\" wa_id=6281210983356 last_seen=2024-09-15 | 6281210983356"
    })
    void readsANumberAfterReachedAtOrUnderAPhoneKey(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A Norwegian number under its key, ungrouped; a Danish landline's compound; an Icelandic key.
        "contact.attributes: kundenr=NO-412556, tlf=41234567, kanal=chat | 41234567",
        "Kunde: Mit fastnetnummer er 33 12 34 57, men jeg er sj\u00e6ldent hjemme. | 33 12 34 57",
        "attributes: kt_verified=true, simi=551 2345, kanal=simi | 551 2345",
        // Latvian and Lithuanian phone keys: a debtors' export's header, a key.
        "'klienta_nr|vards_uzvards|talrunis|parads_eur\\n4412077|Zane Jansone|26031185|41,96' | 26031185",
        "kliento_nr=88120, telefonas=861377914, kanalas=chat | 861377914",
        // A Luxembourgish chat's mobile in its grouping; an Austrian line ("Anschluss"), a premium-rate one.
        "Client (Chat): Moien, ech hunn eng Fro zu menger Rechnung. Meng Clientsnummer ass 2201-55873, an ech sinn"
            + " \u00ebnner 621 384 907 z'erreechen, awer no 17 Auer. | 621 384 907",
        "Kd. will Sperre f\u00fcr Mehrwertnummern auf Anschluss 01 4023719 \u2013 aktiviert. | 01 4023719",
        "Mehrwert-SMS-Abo \"GameZone\" \u00fcber Mehrwertnummer 0900 41 88 21 abgeschlossen | 0900 41 88 21",
        // Slovenian and Croatian notes: few words, but words only their language writes.
        "Opomba agenta: stranka prosi za prekinitev vezave, pogodba poteče 14.11.2025. Povratni klic na 041 738 215 po"
            + " 16. uri. | 041 738 215",
        "Povzetek klica: gost sporo\u010da, da klju\u010di niso bili v skrinjici. Lastnica dosegljiva na 064 218 330. | 064 218 330",
        "Agent Dora: molim provjeru, korisniku Ivica Rukavina (01 4567 890) se IP-TV gasi svakih 20 min. | 01 4567 890",
        // Where a text message went, not a confirmation's number; a SIP peer's caller identity; a psql table.
        "Retention code RET-20-2GB. SMS confirmation sent to 0764402219. | 0764402219",
        "'{\"contact\":{\"number\":\"3308812904\"}}' | 3308812904",
        // A Gulf city named in the text: Qatar's eight-digit numbers.
        "My employer's number that you asked is 4431 2290, it's the office in Doha. Thank you po! | 4431 2290",
        // International numbers without their '+' under a call record's, a gateway's or a KYC export's keys.
        "SMS gateway log 2025-03-30 07:00:01 sent to=6281234509871 sender=KITAPAY | 6281234509871",
        "'kyc.csv\\nid|nama|hp|id_doc|doc_no\\nKYC-88120|Lim Siu Eng|628128702264|KTP|3172 0447 0155 0001' | 628128702264",
        // Malaysia's dash after the area code and blanks after it, on the account ("pada akaun").
        "Ejen: Boleh berikan nombor telefon yang didaftarkan pada akaun?\\nPelanggan: 012-668 4903\\nEjen: Baik | 012-668 4903",
        "Customer: I keep getting texts from 555-0138 saying my driver is outside | 555-0138",
        "'username=umoya_jhb\\nfromuser=27112864000' | 27112864000",
        // A RADIUS station, a 5G core's GPSI ("msisdn-" and the number in international form), a carrier's other line.
        "radius-acct Framed-IP-Address=192.0.2.188 Calling-Station-Id=15125550147 NAS-IP-Address=198.51.100.9 | 15125550147",
        "smf01 PFCP session est. supi=imsi-310260123450987 gpsi=msisdn-447700900123 upf=upf-bos-02 | 447700900123",
        "Customer: ok my other line is 437 555 0126, same account | 437 555 0126",
        // An Amazon Connect flow log's SetAttributes block: the attribute's name is the value's key; a Danish landline.
        "'{\"ContactFlowModuleType\":\"SetAttributes\",\"Parameters\":{\"Key\":\"altPhone\",\"Value\":\"9772223957\"}}' | 9772223957",
        "Flytter til Ringstedgade 7, 4700 N\u00e6stved pr. 1. april. Ny fastnet 55 72 14 09. Kort sendes til ny adresse. | 55 72 14 09",
        // An Amadeus record's phone element, the phone's type after it.
        "'  3 AP YUL 418-555-0151-M   4 APE SATREMBLAY@HOTMAIL.COM' | 418-555-0151",
        // The element without its city.
        "'  3 AP 469-555-0175-M   4 APE AALIYAH.BROOKS//EXAMPLE.COM' | 469-555-0175",
        // One digit and a word after a whole number count something ("3 razy", three times); '+' keeps Luxembourg's last digit.
        "[chat 13:02] Klient: dzwoni\u0142am na 801 300 445 3 razy i nikt nie odbiera | 801 300 445",
        "my office number is +352 4379 1 but better use my mobile | +352 4379 1",
        "'SELECT msisdn FROM cdr;\\n msisdn      | count\\n-------------+------\\n 27725580021 |     4' | 27725580021",
        // An HL7 field's number after the field's name, and before its components.
        "PID-11 2045 S Kedzie Ave^^Chicago^IL^60623; PID-13 (773)555-0161^PRN^PH; PID-14 | (773)555-0161"
    })
    void readsNumbersUnderTheirKeysCuesAndLanguagesAndHl7PhoneFields(String text, String phone) {
        assertThat(phonesIn(text.replace("\\n", "\n"))).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Prefixes listed with a slash; Austrian social insurance numbers under their labels.
        "Sperre 0900/0930 + Drittanbieter gesetzt", "Sperre der Nummern 01801/01803 aktiv",
        "meine \u00f6sterreichische SV-Nummer 5317 271258 \u2013 brauchen Sie die auch?",
        "Kd. hat SV-Nr. 2147 151072 im Freitextfeld eingetragen",
        // A tax number; a signature's line with a pipe is no table's header.
        "Cheque acc 62711840293, branch code 250655. My tax no. is 3145826170 if needed for the IT3(b).",
        // An Indonesian bank account, a range of prefixes, an identity number said in words.
        "QRIS NMID ID1025330088123, settlement ke rek BCA 0618844219 a.n. Lie Siu Lan",
        "IVR looping for callers from Smartfren numbers (prefix 0881-0889). Reproduced",
        "Penelepon menyebut NIK tiga satu tujuh satu, nol sembilan dua lima... agen memotong",
        // A program's key named by its last word; a pharmacy's NCPDP; a group number written 7-2-3.
        "contact.preferredChannel=WHATSAPP contact.lastOrder=1114120077",
        // A generic first key of a JSON object is its parent's: the loan's number.
        "{\"loan\":{\"number\":\"3308812904\",\"mers_min\":\"100015700012345678\"}}",
        "email p.alcantara78@yahoo.com.ph | pharmacy NCPDP 0542211",
        "{\"payer\":\"AETNA\",\"group\":\"0284110-10-009\"}",
        // A company's registration number, Croatian and Slovenian.
        "Mati\u010dni broj poslovnega subjekta 5518822000, dav\u010dna \u0161tevilka 18687130",
        "ID za DDV: SI18687130, mati\u010dna \u0161tevilka 5518822000.",
        // Ukrainian tax ids, transliterated and in Cyrillic.
        "zaraz u mene prepaid. Ya FOP, IPN 3201845576", "IBAN UA86 3005 2834 4482 5607 2358 8391 6, \u0404\u0414\u0420\u041f\u041e\u0423 3396802714, призначення"})
    void readsNoPhoneInPrefixesListedWithASlashOrAnAustrianInsuranceNumber(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The country of an e-mail address's domain beside the number; Britain's is ".uk".
        "Legacy CRM CSV: 77120;O'Connell, Fergal;01 555 0199;fergal.oconnell@example.ie;3 Castle Street | 01 555 0199",
        "Row 118: Tan Wei Ming; weiming.tan@example.com.sg; 9123 4567; tier gold | 9123 4567"
    })
    void readsAGroupedNumberInTheCountryOfAnEmailDomainBesideIt(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Mobile money: the party's name before its number without the '+', an API's payer, a dashed
        // international number under a phone key.
        "MTN Uganda: You have received UGX 150,000 from OKELLO DAVID 256772118403. Reason: school fees. | 256772118403",
        "MTN Rwanda MoMo: Wakiriye 25,000 RWF kuri UWASE Diane (250788441203). | 250788441203",
        "INFO momo-api POST /collections/v1/requesttopay 202 payer=233557018264 amount=45.00 | 233557018264",
        "From the CRM: name=Efosa Osagie; phone=234-805-661-0042; email=efosa.osagie@outlook.com | 234-805-661-0042"
    })
    void readsAPaymentsPartyNumberWithoutItsPlus(String text, String phone) {
        assertThat(phonesIn(text)).containsExactly(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A transfer to a company's account, a transaction's id, a till, a BVN said in words.
        "Transfer of 500 to ACME LTD 123456789012 completed",
        "New balance 14,350.00. Txn ID 6612983004.",
        "Sahara Mobile Money; Till Number: 5123774; Store: JUICE BOX WESTLANDS",
        "but no one called. SR no 1-88120745",
        "And your BVN please? Caller: two two one, five nine three, four four eight, one seven."
    })
    void aPaymentsIdentifiersAreNoPhones(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Australia dials out with 0011.
        "call us from the US on 1 206 555 0177; from Australia 0011 1 206 555 0177. | 1 206 555 0177,0011 1 206 555 0177",
        "from Australia 0011 44 20 7946 0018. | 0011 44 20 7946 0018"
    })
    void readsANumberDialledFromAustralia(String text, String phones) {
        assertThat(phonesIn(text)).containsExactly(phones.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A firmware build and its date, joined by an underscore; Estonian "contract number".
        "Printer HP LaserJet 3e verdieping: firmware 2409081_052652, serienummer CNB8K41022.",
        "Teenindaja: Tere! Palun \u00f6elge oma lepingu number.\nKlient: 501-22871 (klient@example.ee)",
        // The same numbers in English text, or in too few words of a language to name it.
        "Batch 910 55 82 13 was run again overnight and the report is attached",
        "Ticket 22 605 18 40 was closed by the night shift",
        // (Spain's own grouping, 612 34 56 78, names Spain: readsSpainsGroupingAndTheNumbersOfLatinAmericanPlacesNamed.)
        "Agente: le confirmo el 612 345 678."
    })
    void readsNoGroupedNumberWithoutALanguage(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the docket number they gave is 778 9234",
        "M\u00fc\u015fteri: vergi numaram 1750123456, \u015firket faturas\u0131 istiyorum",
        "\u03bf \u03b1\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2 \u03c0\u03b5\u03bb\u03ac\u03c4\u03b7 \u03b5\u03af\u03bd\u03b1\u03b9 1120045871",
        "MB Way: pagamento de 27,50 \u20ac refer\u00eancia 447 188 250, entidade 21312",
        // A recorded filing's instrument number; a loan's or a lease's number asked for in Spanish.
        "there is a UCC fixture filing (Williamson Co. instrument 2022087714) tied to loan LN-7715209934",
        "IVR: Por favor ingrese su n\u00famero de pr\u00e9stamo o arrendamiento: 7721008843",
        // A trip's itinerary asked for, identifiers listed; French, German, Dutch, British and Swedish
        // numbers are written with their 0 (a port, a group of an IBAN that fails its check are none).
        "Agent: Could you share the Expedia itinerary number?\nCustomer: 7294018832",
        "Count so far: 17 bookings, ids 4412903387 through 4413220014.",
        "Slot IDs 55120\u201355188 affected.",
        "RTP stats call-id 88f1c2e4@sbc: src 198.51.100.130:16420 dst 203.0.113.45:30112 jitter 4ms",
        "IBAN given by caller EE57 1891 2641 1684 6507 fails check - asked to re-read",
        // A recorded call named by its id.
        "Note to QA: in call 0309-1142 the agent read back the full card number",
        // A tax notice's control number, a state taxpayer number.
        "Cliente: aviso CP504, fecha 2 de septiembre, y un n\u00famero de control 0472-185-22031-4",
        "Your LLC's EIN 92-3381047 and Texas taxpayer number 32081234567 will be needed.",
        // A wallet's transaction id.
        "Customer: SMS \"ZarPay: Rs 50,000 received from 0301XXXXXXX. TID 6153709912.\" lekin balance nahi badha",
        // A sheriff's incident number.
        "The vehicle is on a 72-hour hold, HCSO incident 2409-18-0772.",
        // A money transfer's control number (MTCN), in Amharic letters.
        "\u12f0\u1295\u1260\u129b: \u120d\u1304 \u12eb\u1235\u1270\u120b\u1208\u1348\u120d\u129d \u12cc\u1235\u1270\u122d\u1295 \u12e9\u1292\u12e8\u1295 \u12a4\u121d\u1272\u1232\u12a4\u1295 417-392-0586\u1363 \u1218\u1320\u1291 300 \u12f6\u120b\u122d \u1290\u12cd\u1362"
    })
    void aDocketTaxOrCustomerNumberOrPaymentReferenceIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Canada's Social Insurance Number in both languages, a cheque's transit number, Quebec's health card.
        "Agent note: caller gave SIN 996 674 982 unprompted - not stored.",
        "Client : Mon num\u00e9ro d'assurance sociale est le 209-825-868, est-ce que vous l'avez d\u00e9j\u00e0?",
        "Agent: the social insurance number on file is 478 369 531, verified.",
        "Direct deposit transit 04512-003-6612045.",
        "contact.attributes.ramq=ROYN 7203 2214 contact.attributes.channel=VOICE",
        // An Indonesian tax number's dots and dash; a network's prefix length before the next network.
        "NPWP perusahaan 09.254.294.3-407.000 sudah kami lampirkan",
        "DEBUG cy-pbx-01 rtp allow 10.0.0.0/8 172.16.0.0/12 deny all",
        // A job centre's "BG-Nummer" after its double slash; a care provider's IK number.
        "Jobcenter-Hotline: Kundennummer 123D456789, BG-Nummer 98765//0012345, Weiterbewilligungsantrag",
        "Agent-Notiz: IK-Nummer 461234567 des Pflegedienstes gepr\u00fcft",
        // An air waybill named right before its number, after a purpose ("asked to confirm").
        "Agent note: caller asked to confirm Aramex AWB 3418 2297 650; told to track online.",
        // A year and a serial after a slash; a Brazilian social number.
        "Caro Sr. Nuno, a sua reclama\u00e7\u00e3o n.\u00ba 2025/004871 foi analisada.",
        "attributes: {\"niss\":\"12034567891\",\"canal\":\"CHAT\"}",
        // Orders and customers in Estonian, Lithuanian and Latvian.
        "Tellimuse number 5520041783, tarne pakiautomaati 1-3 t\u00f6\u00f6p\u00e4eva jooksul",
        "U\u017esakymo numeris 1702184456, pristatymas \u012f pa\u0161tomat\u0105",
        "Klienta numurs 7700-3312."
    })
    void aCanadianSinTransitOrHealthCardNumberOrAnIdentifiersShapeIsNoPhone(String text) {
        assertThat(phonesIn(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Nothing of that country in the text: a grouped number no plan reads alone stays unread.
        "Agent: Perfect, I confirm the 612 345 678. Thanks.",
        // A postcode, a date range, a year-led claim and an identifier's label, beside a foreign number.
        "Rua de Santa Catarina 512, 4000-446 Porto. Tel. +351 912 345 678",
        "perioden 01.01\u201330.09, ring +45 32 12 34 56",
        "el reclamo 2025-0318-441 sigue abierto, mi fijo es 91 123 45 67",
        "Mon mobile c'est le 06 12 47 88 03. Contrat n\u00b0 55-00971234."
    })
    void readsNoOtherNumberInTheCountryOfTheText(String text) {
        assertThat(phonesIn(text)).hasSizeLessThanOrEqualTo(1);
        assertThat(phonesIn(text)).noneMatch(p -> p.startsWith("612") || p.startsWith("4000") || p.startsWith("01.01")
                || p.startsWith("2025") || p.startsWith("55-"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Agent: Our toll-free line is 1-800-88-3838 and for business 1300-88-1234. | 1-800-88-3838,1300-88-1234",
        "cust_name=Lim Mei Ling; mobile=60173502284; state=Johor | 60173502284"
    })
    void readsMalaysianTollFreeShapesAndInternationalNumbersUnderAPhoneKey(String text, String phones) {
        assertThat(phonesIn(text)).containsExactly(phones.split(","));
    }

    @Test
    void readsABareMobileNumberOfTheTextsLanguageButNoOtherBareRun() {
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        String greek = "Bank call-back list 12/06\n09:30 \u03a0. \u039a\u03b1\u03c1\u03b1\u03b3\u03b9\u03ac\u03bd\u03bd\u03b7\u03c2"
                + " 6973215481 - \u03be\u03b5\u03ba\u03bb\u03b5\u03af\u03b4\u03c9\u03bc\u03b1\n10:00 \u0391."
                + " \u0394\u03c1\u03cc\u03c3\u03bf\u03c5 2103612448 - \u03b1\u03c0\u03ac\u03c4\u03b7";
        assertThat(classifier.classify(greek)).extracting(d -> greek.substring(d.start(), d.end()))
                .contains("6973215481");
        // A bare run in an English text is not read in the country of another number in it.
        String english = "Agent note: call from Khalid Mahmood (Bradford), transfer 4772910385 (\u00a3500 \u2192 PKR 1,83,450)."
                + " Callback number 07944 123456.";
        assertThat(classifier.classify(english)).extracting(d -> english.substring(d.start(), d.end()))
                .doesNotContain("4772910385");
    }

    @Test
    void readsANumberInBracketsAfterADigitOfAKeysValue() {
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        String text = "delivered=21 failed=1 (+14785550199, carrier reject)";
        assertThat(classifier.classify(text)).extracting(d -> text.substring(d.start(), d.end())).containsExactly("+14785550199");
    }

    @Test
    void readsLithuanianAndLatvianNumbersInTextsOfTheirLanguages() {
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        String lithuanian = "Klientas: Sveiki, pra\u0161au atjungti mano numer\u012f 867011243, a\u010di\u016b.";
        assertThat(classifier.classify(lithuanian)).extracting(d -> lithuanian.substring(d.start(), d.end()))
                .containsExactly("867011243");
        String latvian = "Operators: K\u0101ds ir j\u016bsu t\u0101lrunis?\nKlients: 29 418 733, paldies";
        assertThat(classifier.classify(latvian)).extracting(d -> latvian.substring(d.start(), d.end()))
                .containsExactly("29 418 733");
    }
}
