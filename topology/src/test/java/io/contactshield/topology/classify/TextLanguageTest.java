package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hola, quiero cambiar el n\u00famero de mi l\u00ednea porque ya no uso el m\u00f3vil, gracias | ES",
        "Ol\u00e1, n\u00e3o consigo ligar para o meu banco, j\u00e1 tentei muito | PT",
        "Cliente: liguei para a loja e ningu\u00e9m atende, \u00e9 a da Baixa? | PT",
        "Buongiorno, sono la signora Bianchi e non ho ricevuto la fattura, grazie | IT",
        "Guten Tag, ich habe die Rechnung nicht bekommen, bitte um R\u00fcckruf | DE",
        "Bonjour, je suis cliente depuis dix ans et vous ne r\u00e9pondez pas, merci | FR",
        "Goedemiddag, ik heb mijn factuur niet ontvangen, graag een terugbelverzoek | NL",
        "Dzie\u0144 dobry, nie mam jeszcze faktury, prosz\u0119 o kontakt, dzi\u0119kuj\u0119 | PL",
        "Dobar dan, molim vas, trebam promijeniti broj mobitela na ugovoru | HR",
        "Dober dan, prosim, tukaj je stranka, ki je poklicala zaradi \u0161tevilke | SI",
        "Moien, ech hunn eng Fro zu menger Rechnung, an ech sinn \u00ebnner dr\u00e4i Nummeren z'erreechen | LU",
        // Short notes: words of notes that one language writes so.
        "Nota interna: NO cortar suministro de la p\u00f3liza GAS-0099871. Contacto de emergencia: Josefa (hermana) | ES",
        "Agent (Arnau): Bon dia! Quina \u00e9s l'adre\u00e7a? Voldria donar d'alta el gas, gr\u00e0cies | ES",
        "Nota: portabilidade do n\u00famero para a LusoLink. Operador doador: outro. | PT",
        "[h\u00edv\u00e1s 4472899, 00:00:39] \u00fcgyf\u00e9l: persze, m\u00e9g egyszer: nulla | HU",
        "Abone i\u00e7in gelen aramalar\u0131 engelle servisi a\u00e7\u0131ld\u0131. | TR",
        "[STT id-ID] penelepon: iya yang Telkomsel kosong delapan satu dua | ID",
        "[pozn\u00e1mka agenta] Klientka \u017e\u00e1d\u00e1 zp\u011btn\u00e9 vol\u00e1n\u00ed po 16:00. Dotaz k v\u00fdpisu. | CZ",
        "Opomba agenta: stranka prosi za prekinitev vezave, pogodba pote\u010de. Povratni klic po 16. uri. | SI",
        "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u03c3\u03b1\u03c2, \u03b8\u03ad\u03bb\u03c9 \u03bd\u03b1"
            + " \u03b1\u03bb\u03bb\u03ac\u03be\u03c9 \u03c4\u03bf \u03c0\u03c1\u03cc\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1 | GR",
        "Cliente do Funchal liga do fixo mas prefere ser contactado no telem\u00f3vel depois das 18h | PT",
        // Greek in Latin letters, an operator's SMS and a technician's chat.
        "Agapite pelati, i aitisi forititas tou arithmou sas oloklirothike | GR",
        "eimai ekso alla den apanta kaneis. pairnw ton pelati sto kinito | GR",
        "\u643a\u5e2f\u756a\u53f7\u306f\u5909\u308f\u308a\u307e\u3057\u305f\u3002\u304a\u9858\u3044\u3057\u307e\u3059 | JP"
    })
    void namesTheFirstRegionOfTheLanguage(String text, String region) {
        assertThat(TextLanguage.regions(text)).first().isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Two words of a script that one country writes are enough; Greek is Cyprus's too.
        "\u0395\u03ba\u03c0\u03c1\u03cc\u03c3\u03c9\u03c0\u03bf\u03c2: 9987 4512, \u03c3\u03c9\u03c3\u03c4\u03ac; | GR,CY",
        "Ch\u00e0o ch\u1ecb, s\u1ed1 \u0111i\u1ec7n tho\u1ea1i c\u1ee7a em l\u00e0 | VN",
        "Pak, saya sudah transfer tapi belum masuk, tolong dicek | ID,MY",
        // A Flemish agent's note; the words of an e-mail address ("...energie.be of") are not counted.
        "klant Tom Maes belt op (werk) ivm verhuis naar Leuven | NL,BE",
        // Number words that one language of the list writes so count as its words (Romanian is Moldova's
        // language too); Cyrillic counts by
        // Bulgarian's words alone.
        "klientka: sze\u015b\u0107set dziewi\u0119\u0107dziesi\u0105t osiem, trzysta trzydzie\u015bci dwa | PL",
        "client: zero \u0219apte patru unu, cinci \u0219ase \u0219apte, opt doi doi | RO,MD",
        "\u043a\u043b\u0438\u0435\u043d\u0442: \u043d\u0443\u043b\u0430 \u0434\u0432\u0435, \u0434\u0435\u0432\u0435\u0442"
            + " \u0447\u0435\u0442\u0438\u0440\u0438 \u0442\u0440\u0438, \u0441\u0435\u0434\u0435\u043c\u0434\u0435\u0441\u0435\u0442 | BG",
        "uw voorschot wordt aangepast naar 142,00/maand. vragen? facturatie@flandria-energie.be of | NL,BE",
        // Russian is read in Russia's and Kazakhstan's plans; Kazakh and Uzbek in their own.
        "\u0417\u0430\u043c\u0435\u0442\u043a\u0430 \u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440\u0430: \u043a\u043b\u0438\u0435\u043d\u0442\u043a\u0430 \u043f\u0440\u043e\u0441\u0438\u0442 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0443 \u043f\u043e\u0441\u043b\u0435 18:00, \u0441\u0432\u044f\u0437\u044c \u043f\u043e \u043d\u043e\u043c\u0435\u0440\u0443 \u043d\u0438\u0436\u0435 | RU,KZ",
        "\u041e\u043f\u0435\u0440\u0430\u0442\u043e\u0440: \u043d\u0430\u0437\u043e\u0432\u0438\u0442\u0435 \u043d\u043e\u043c\u0435\u0440 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430, \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430. \u041a\u043b\u0438\u0435\u043d\u0442: \u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u043f\u044f\u0442\u044c | RU,KZ",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u043c\u0435\u043d\u0456\u04a3 \u043d\u04e9\u043c\u0456\u0440\u0456\u043c \u0441\u0435\u0433\u0456\u0437 \u0436\u0435\u0442\u0456 \u0436\u04af\u0437 \u0436\u0435\u0442\u043f\u0456\u0441 \u0436\u0435\u0442\u0456, \u0440\u0430\u0445\u043c\u0435\u0442 | KZ",
        "Mijoz: assalomu alaykum, raqamim yangi, iltimos tekshiring | UZ",
        "\u0645\u0634\u062a\u0631\u06cc: \u0633\u0644\u0627\u0645\u060c \u0634\u0645\u0627\u0631\u0647 \u062c\u062f\u06cc\u062f\u0645 \u0631\u0648 \u0628\u0641\u0631\u0645\u0627\u06cc\u06cc\u062f\u060c \u0645\u0645\u0646\u0648\u0646 | IR",
        "\u0997\u09cd\u09b0\u09be\u09b9\u0995: \u0986\u09ae\u09be\u09b0 \u09a8\u09be\u09ae\u09cd\u09ac\u09be\u09b0 \u09ac\u09a6\u09b2\u09be\u09a4\u09c7 \u099a\u09be\u0987 | BD,IN",
        "\u06a9\u0627\u0644\u0631: \u0645\u06cc\u0631\u0627 \u0646\u0645\u0628\u0631 \u0679\u06be\u06cc\u06a9 \u06c1\u06d2\u060c \u0634\u06a9\u0631\u06cc\u06c1 | PK,IN",
        "\u12f0\u1295\u1260\u129b: \u1235\u120d\u12ac \u1320\u134d\u1276\u1265\u129b\u120d | ET,ER",
        "\u0bb5\u0bbe\u0b9f\u0bbf\u0b95\u0bcd\u0b95\u0bc8\u0baf\u0bbe\u0bb3\u0bb0\u0bcd: \u0b8e\u0ba9\u0bcd \u0b8e\u0ba3\u0bcd \u0bae\u0bbe\u0bb1\u0bbf\u0bb5\u0bbf\u0b9f\u0bcd\u0b9f\u0ba4\u0bc1 | LK,IN",
        // Hindi in Devanagari, and in Latin letters as Indian chats write it.
        "\u0906\u091c Hindi queue \u092e\u0947\u0902 \u0915\u0949\u0932 | IN,NP",
        "CALLER: arre sorry, woh purana hai. Naya wala number likho | IN",
        // India's other scripts: Gurmukhi, Odia.
        "\u0a17\u0a3e\u0a39\u0a15: \u0a2e\u0a47\u0a30\u0a3e \u0a28\u0a70\u0a2c\u0a30 \u0a39\u0a48 | IN",
        "\u0b17\u0b4d\u0b30\u0b3e\u0b39\u0b15: \u0b2e\u0b4b \u0b28\u0b2e\u0b4d\u0b2c\u0b30 | IN",
        // Egyptian and Gulf Arabic, by their own words.
        "\u0627\u0644\u0639\u0645\u064a\u0644: \u0627\u0644\u0631\u0642\u0645 \u0628\u062a\u0627\u0639\u064a \u0627\u062a\u063a\u064a\u0631 \u064a\u0627 \u0641\u0646\u062f\u0645\u060c \u0639\u0627\u064a\u0632 \u0627\u0639\u062f\u0644\u0647 \u062f\u0644\u0648\u0642\u062a\u064a | EG",
        "\u0627\u0644\u0639\u0645\u064a\u0644: \u0627\u0628\u063a\u0649 \u0627\u063a\u064a\u0631 \u0631\u0642\u0645 \u0627\u0644\u062c\u0648\u0627\u0644 \u0627\u0644\u062d\u064a\u0646 | SA,AE,KW,QA,BH,OM",
        // Bulgarian in Latin letters.
        "klient: zdraveyte, iskam da varna edin telefon, blagodarya | BG",
        // Written Cantonese, by the characters only it writes (its "is", "not", "right").
        "caller: \u6211 \u500b \u96fb\u8a71 \u4fc2 \u4e5d \u56db \u4e94 \u4e09 \u4e03 \u4e03 \u4e00 \u96f6 agent: \u5571 \u5514 \u5571 | HK,MO"
    })
    void namesTheRegionsOfScriptsAndOfSoutheastAsianLanguages(String text, String regions) {
        assertThat(TextLanguage.regions(text)).containsExactly(regions.split(","));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Customer wants to change the number on the account and says the app is not working",
        "Gracias",
        // As many English words as Spanish ones: no language stands out.
        "Customer said: hola, the app is muy lento y no funciona, thanks",
        "\u5ba2\u6237\u8981\u6c42\u56de\u7535",
        // Standard Chinese writes 係 in words ("relationship", Taiwan's legal "means"): no Cantonese.
        "\u672c\u689d\u4f8b\u6240\u7a31\u96fb\u8a71\u4fc2\u6307\u884c\u52d5\u96fb\u8a71\uff0c\u8207\u672c\u516c\u53f8\u4e4b\u95dc\u4fc2",
        // Ukrainian, in Cyrillic: none of Bulgarian's, Russian's or Kazakh's words.
        "\u0437\u0430\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443\u0439\u0442\u0435 \u043c\u0435\u043d\u0456 \u0431\u0443\u0434\u044c \u043b\u0430\u0441\u043a\u0430 \u0437\u0430\u0432\u0442\u0440\u0430",
        ""
    })
    void namesNoRegionForEnglishShortMixedOrUnplacedText(String text) {
        assertThat(TextLanguage.regions(text)).isEmpty();
    }

    @Test
    void namesTheCountryOfACurrencyCodeOrItsDollarSign() {
        String hk = "Client disputes HKD 5,600 at the merchant";
        assertThat(TextLanguage.paymentRegions(hk, 0, hk.length())).containsExactly("HK");
        String sg = "refund of S$40 approved";
        assertThat(TextLanguage.paymentRegions(sg, 0, sg.length())).containsExactly("SG");
        String br = "saldo de R$ 2.000,00";
        assertThat(TextLanguage.paymentRegions(br, 0, br.length())).containsExactly("BR");
        // In lower case, inside a word, or a code that is a word in capitals: none.
        for (String none : List.of("the sgd field", "USGDX 40", "PHP 8.2 upgrade", "TRY AGAIN", "USD 40 and EUR 12")) {
            assertThat(TextLanguage.paymentRegions(none, 0, none.length())).as(none).isEmpty();
        }
    }

    @Test
    void namesTheMaghrebForItsArabicInLatinLettersAndTunisianWordsInArabicLetters() {
        assertThat(TextLanguage.regions("Client: 3aslema, el puce mte3i ma t9rach\nAgent: Ahla bik, a3tini noumrou mte3ek w"
                + " noumrou el CIN mte3 moula el ligne")).containsExactly("MA", "DZ", "TN");
        assertThat(TextLanguage.regions("\u062d\u0628\u064a\u062a \u0646\u0633\u0623\u0644 \u0639\u0644\u0649"
                + " \u0627\u0644\u0641\u0627\u062a\u0648\u0631\u0629 \u0645\u062a\u0627\u0639 \u0627\u0644\u0641\u064a\u0628\u0631"))
                .isEmpty(); // one word of Tunisian's own is not enough
        String places = "un num\u00e9ro en Italie, livraison \u00e0 Casablanca puis Sfax";
        assertThat(TextLanguage.namedRegions(places, 0, places.length()))
                .containsExactly("IT", "MA", "TN");
    }
}
