package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers said in words through speech-to-text, read by the classifier and mapped back onto the words. */
class SpokenNumbersTest {

    private static final TextClassifier CLASSIFIER = TextClassifier.create(ClassifierSettings.defaults());

    private static List<String> found(String text) {
        return CLASSIFIER.classify(text).stream().map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "caller: it's oh seven seven zero zero nine double oh one two three | PHONE_NUMBER:oh seven seven zero zero nine double oh one two three",
        "my number is four one five five five five zero one eight two | PHONE_NUMBER:four one five five five five zero one eight two",
        "call me back on oh seven seven double oh nine hundred four six one | PHONE_NUMBER:oh seven seven double oh nine hundred four six one",
        "my number is five five five, zero one four three | PHONE_NUMBER:five five five, zero one four three",
        "reach me on plus four four seven seven double oh nine double oh one two three | PHONE_NUMBER:plus four four seven seven double oh nine double oh one two three",
        "call me on two one two, five five five, oh one seven six please | PHONE_NUMBER:two one two, five five five, oh one seven six",
        // An area code said in the brackets it is written in, the brackets with it.
        "caller: my number is (seven one three) five five five, zero one four two | PHONE_NUMBER:(seven one three) five five five, zero one four two",
        "meine Handynummer ist null eins sieben eins, zwei drei vier fünf sechs sieben acht | PHONE_NUMBER:null eins sieben eins, zwei drei vier fünf sechs sieben acht",
        "the card is four two four two, four two four two, four two four two, four two four two | CREDIT_CARD:four two four two, four two four two, four two four two, four two four two",
        "card number four one one one one one one one, one one one one one one one one | CREDIT_CARD:four one one one one one one one, one one one one one one one one",
        "social security number is one two three, four five, six seven eight nine | US_SSN:one two three, four five, six seven eight nine",
        "caller: my social is oh five nine\u2026 oh seven\u2026 three four nine eight | US_SSN:oh five nine\u2026 oh seven\u2026 three four nine eight",
        // Speech-to-text's "for", "won", "too" for digits; "for" first after "is" or "number".
        "my number is for one five, five five five, oh one nine eight | PHONE_NUMBER:for one five, five five five, oh one nine eight",
        "my call back is eight oh one five five five oh won too six | PHONE_NUMBER:eight oh one five five five oh won too six",
        // The last digit where the turn ends; the first after a turn's tag; "to" for two at either end.
        "CUSTOMER: it's two oh six, five five five, oh one four for AGENT: thanks | PHONE_NUMBER:two oh six, five five five, oh one four for",
        "AGENT: what's your home phone CUSTOMER: ate five seven, five five five, oh one nine one, and my cell"
            + " | PHONE_NUMBER:ate five seven, five five five, oh one nine one",
        "CUSTOMER: um my other phone is to oh six, five five five, oh one six to AGENT: and that's a landline"
            + " | PHONE_NUMBER:to oh six, five five five, oh one six to"
    })
    void findsSpokenNumbersAsTheWordsThatSaidThem(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void forBeforeANumberAfterAVerbIsThePreposition() {
        assertThat(found("call me back for zero eight one, double two, seven four four, nine oh one"))
                .containsExactly("PHONE_NUMBER:zero eight one, double two, seven four four, nine oh one");
        // "to" between amounts and hours is the word; Danish "to" is two.
        assertThat(found("your premium goes from one eighty-seven twenty-two to two oh four fifteen a month")).isEmpty();
        assertThat(found("we are open from nine to five, call seven one eight five five five zero one two three"))
                .containsExactly("PHONE_NUMBER:seven one eight five five five zero one two three");
        assertThat(found("Agent: Hvad er dit telefonnummer? S\u00e6lger: to otte, fire ni, tre en, syv seks."))
                .containsExactly("PHONE_NUMBER:to otte, fire ni, tre en, syv seks");
    }

    @Test
    void mapsAMixedWrittenAndSpokenNumberOntoBoth() {
        String text = "it's +44 seven seven double oh nine double oh one two three ok";

        assertThat(CLASSIFIER.classify(text)).extracting(Detection::type, Detection::start, Detection::end)
                .containsExactly(tuple(EntityTypes.PHONE_NUMBER, 5, text.indexOf(" ok")));
    }

    @Test
    void reportsAWrittenNumberOnceNextToASpokenOne() {
        assertThat(found("call (212) 555-0147 or four one five five five five zero one eight two"))
                .containsExactly("PHONE_NUMBER:(212) 555-0147", "PHONE_NUMBER:four one five five five five zero one eight two");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "caller: the order number is one two three four five six seven eight nine",
        "agent: ticket two zero two six one one two nine is escalated",
        "caller: order one one two two three three four four five five",
        "your case number is four four seven one two nine and the wait is about twelve minutes",
        "it was one hundred forty nine dollars and ninety nine cents due on the fifth",
        "I have one or two things, three or four maybe five",
        "the invoice is four one one one one one one one one one one one one one one two",
        "card four one one one one one one one one one one one one one one two",
        "the order number is four one five five five five zero one eight two",
        "one two three four five six seven",
        // A position said as decimals: the digits after "point", and those before "point" and a number word.
        "Caller: the GPS on my phone says minus thirty three point eight six eight eight, one five one point two oh nine three",
        "caller: it reads four one five five five five zero one eight two point five",
        // A group in the middle of a longer number said in groups: an identity card's.
        "caller: CNIC number hai four two one zero one, seven six five four three two one, three. agent: shukriya",
        "caller: my Emirates ID is seven eight four, nineteen seventy nine, three three two one four five six, eight.",
        // A money transfer's reference.
        "caller: my transfer number is five five six one, two zero nine, eight three four"
    })
    void leavesSpokenNonNumbersAndHardNegativesAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AGENT: what's the serial on the back of the router? CALLER: C X four zero one nine eight eight four two one one.",
        "CALLER: the code is B A, four one five, five five five, zero one four three",
        "CALLER: it's K L four one five five five five zero one eight two",
        // A lower-case vowel after other spelled letters is one of them.
        "caller: k d r b n e oh seven seven three one oh nine",
        // Letters by their Spanish names: a claim's reference, a meter's serial.
        "CLIENTE: s\u00ed, erre e ce, veinticinco, cero cero cuatro uno uno",
        "CLIENTE: ce ge, uno ocho, cero cero dos nueve uno cuatro"
    })
    void aNumberSaidRightAfterSpelledLettersIsACode(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aNumberSaidAfterAWordForAPhoneNeedsNoGrouping() {
        // Eight digits of Hong Kong, said without a pause: written so, a bare run would need a key.
        assertThat(found("caller: hello my name is leung chi wai ah my phone is nine three two one double six eight four"))
                .containsExactly("PHONE_NUMBER:nine three two one double six eight four");
        // Not after a weaker cue: a speaker's tag, or "cep" (Turkish mobile, Brazilian postcode).
        // (Nine digits said one by one with no cue are read as an SSN: nineDigitsSaidOneByOneWithNoCueAreAnSsn.)
        assertThat(found("caller: two eight seven six one four four oh nine")).noneMatch(f -> f.startsWith("PHONE_NUMBER:"));
        assertThat(found("cliente: moro em curitiba, cep oito zero dois quarenta, um trinta")).isEmpty();
        // Nor written: "my phone is 93216684" keeps needing its grouping.
        assertThat(found("my phone is 93216684")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"caller: it's an EIN, eight four, three three one oh nine two seven",
        "[00:00:26] CALLER: tax ID is seven four, three three one nine zero two eight"})
    void nineDigitsSaidAsAnEmployerIdAreNeitherSsnNorPhone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aThenBetweenTheGroupsOfASpokenNumberIsAPause() {
        assertThat(found("caller: my number is area code seven one three, then five five five, oh one nine nine"))
                .containsExactly("PHONE_NUMBER:seven one three, then five five five, oh one nine nine");
    }

    @Test
    void nineDigitsSaidAsASocialSecurityNumberStayOne() {
        assertThat(found("CALLER: my social is three two two, five six, nine zero seven one"))
                .containsExactly("US_SSN:three two two, five six, nine zero seven one");
    }

    @Test
    void lettersSpelledWithHyphensBeforeASpokenNumberMakeACode() {
        assertThat(found("AGENT: the member ID off the card? CALLER: uh yeah, it's B-C-H, eight two two, four one nine, oh six"))
                .isEmpty();
    }

    @Test
    void oneLetterBeforeASpokenNumberIsNoCode() {
        assertThat(found("flat B, my number is four one five five five five zero one eight two"))
                .containsExactly("PHONE_NUMBER:four one five five five five zero one eight two");
    }

    @Test
    void aSpeakerTagIsNoCueForTheNumberSaidInItsTurn() {
        // The prompt before the tag says what is said.
        assertThat(found("IVR TRANSCRIPT: \"Please say or enter your account number.\" CALLER: \"four four one zero zero"
                + " two three nine eight one\". IVR: \"Thank you.\"")).isEmpty();
        assertThat(found("AGENT: what's the best number? CALLER: four one five five five five zero one eight two"))
                .containsExactly("PHONE_NUMBER:four one five five five five zero one eight two");
        assertThat(found("CALLER: five five five, zero one four three")).containsExactly("PHONE_NUMBER:five five five, zero one four three");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CALLER: my number's five five five, zero one, uh, seven three. AGENT: 555-0173. CALLER: yep."
            + " | five five five, zero one, uh, seven three | 555-0173",
        "KUNDE: nummeret mitt er ni to fire, fem seks, sju \u00e5tte en. AGENT: 924 56 781, takk."
            + " | ni to fire, fem seks, sju \u00e5tte en | 924 56 781",
        "CLIENTE: mi n\u00famero es el seis cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis."
            + " AGENTE: 655 12 34 56, gracias. | seis cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis"
            + " | 655 12 34 56"
    })
    void aWrittenReadBackOfASpokenPhoneNumberIsThatNumber(String text, String spoken, String written) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + spoken, "PHONE_NUMBER:" + written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ANRUFER: die Festnetznummer ist null drei null, neun null eins, acht zwei, sieben drei drei."
            + " AGENT: neun null eins acht zwei sieben drei drei, danke. | null drei null, neun null eins,"
            + " acht zwei, sieben drei drei | neun null eins acht zwei sieben drei drei",
        "CLIENTE: mi m\u00f3vil es seis uno dos, tres cuatro cinco, seis siete ocho. AGENTE: Entonces seis uno dos,"
            + " tres cuatro cinco, seis siete ocho, perfecto. | seis uno dos, tres cuatro cinco, seis siete ocho"
            + " | seis uno dos, tres cuatro cinco, seis siete ocho"
    })
    void aSpokenReadBackOfAllOrTheLastSevenDigitsIsThatNumber(String text, String spoken, String readBack) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + spoken, "PHONE_NUMBER:" + readBack);
    }

    @Test
    void aDutchReadBackWithoutTheTrunkZeroSaysOneAsEen() {
        String text = "KLANT: het nummer is nul zes, drie\u00ebnveertig, achttien, zevenentwintig, nul vijf.\n"
                + "MEDEWERKER: dus zes vier drie \u00e9\u00e9n acht twee zeven nul vijf zonder de nul, klopt dat?";
        String spoken = "nul zes, drie\u00ebnveertig, achttien, zevenentwintig, nul vijf";
        String readBack = "zes vier drie \u00e9\u00e9n acht twee zeven nul vijf";
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + spoken, "PHONE_NUMBER:" + readBack);
    }

    @Test
    void aFormOrACertificateTheSsnIsForLabelsNoOtherNumber() {
        // "the claim form" is the paper the number goes on; "for the death certificate" what it is asked for.
        assertThat(found("Caller: The insurance company wants the Social for my aunt, she's the one who died.\n"
                + "Agent: Okay, we'll put it on the claim form. Go ahead.\nCaller: two six one, oh four, seven seven one nine."))
                .containsExactly("US_SSN:two six one, oh four, seven seven one nine");
        assertThat(found("Agent: Now, the Social Security number for your husband, for the death certificate.\n"
                + "Caller: Okay. Three six two... three six two, five five, oh eight oh one."))
                .containsExactly("US_SSN:Three six two... three six two, five five, oh eight oh one");
        // A claim's number is still none.
        assertThat(found("Agent: and the claim number? Caller: two six one, oh four, seven seven one nine.")).isEmpty();
        // Nor is Sri Lanka's identity card number.
        assertThat(found("Agent: and your NIC?\nCaller: eight five two three four one five six seven V.")).isEmpty();
    }

    @Test
    void aSpokenReadBackOfASpokenSsnIsThatSsn() {
        assertThat(found("AGENT: and your social? CALLER: one nine nine, oh three, two eight one four."
                + " AGENT: thank you. I'm reading back one nine nine oh three two eight one four."))
                .containsExactly("US_SSN:one nine nine, oh three, two eight one four",
                        "US_SSN:one nine nine oh three two eight one four");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGENT: and a number for the courier? CALLER: it's 0 7 4 1 2, 8 8 3, 3 0 6. | PHONE_NUMBER:0 7 4 1 2, 8 8 3, 3 0 6",
        "AGENT: I'm gonna need your social. CALLER: 2 9 7, 3 9, 7 8 2 0. | US_SSN:2 9 7, 3 9, 7 8 2 0"
    })
    void readsANumberDictatedDigitByDigitInWrittenDigits(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void readsNoDictationInAShortListOfDigits() {
        assertThat(found("rooms 1 2 3 4 5 6 are free, floors 7 8")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Agent: perfect, and a phone number in case the payment fails | Caller: two oh six, five five five, oh one eight seven",
        "agent: okay what's the number on the account | caller: six oh four, five five five, oh one two eight",
        "agent: ma'am please tell me the mobile number registered | customer: nine eight four five one, two zero seven three six"
    })
    void aNegativeCueThatLabelsNothingLeavesThePhoneCue(String text) {
        assertThat(found(text)).singleElement().asString().startsWith("PHONE_NUMBER:");
    }

    @Test
    void anActionOnAClaimIsNoLabelForTheSsnThatOpensIt() {
        assertThat(found("AGENT: I just need your full Social to open the claim. CALLER: seven oh three, oh five,"
                + " eight nine six five.")).containsExactly("US_SSN:seven oh three, oh five, eight nine six five");
    }

    @Test
    void aReadBackOfFewerThanSevenDigitsIsNone() {
        assertThat(found("CALLER: my number is oh two oh, seven nine four six, oh seven three three."
                + " AGENT: ending three three? that's four six oh seven three three"))
                .containsExactly("PHONE_NUMBER:oh two oh, seven nine four six, oh seven three three");
    }

    @Test
    void aPromptBeforeTheTagIsACueForAReplyThatStartsWithYes() {
        String text = "KONSULTANT: a kod sms wysy\u0142amy nadal na numer ko\u0144cz\u0105cy si\u0119 na trzysta"
                + " siedem?\nKLIENT: tak, tak, pi\u0119\u0107set dwana\u015bcie, osiemset osiemdziesi\u0105t cztery,"
                + " trzysta siedem, ale prosz\u0119 szybko";

        assertThat(found(text)).containsExactly("PHONE_NUMBER:pi\u0119\u0107set dwana\u015bcie, osiemset"
                + " osiemdziesi\u0105t cztery, trzysta siedem");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KUND: mitt nummer \u00e4r noll sju tre, sex fyra fem, tjugotre, arton. AGENT: tack."
            + " | noll sju tre, sex fyra fem, tjugotre, arton",
        "KUNDE: mit nummer er toogtyve, femogtredive, otteogfyrre, tolv. AGENT: tak."
            + " | toogtyve, femogtredive, otteogfyrre, tolv",
        "KLIENT: m\u00f3j numer to sze\u015b\u0107set jeden, dwie\u015bcie trzydzie\u015bci, czterysta"
            + " pi\u0119\u0107dziesi\u0105t sze\u015b\u0107. | sze\u015b\u0107set jeden, dwie\u015bcie"
            + " trzydzie\u015bci, czterysta pi\u0119\u0107dziesi\u0105t sze\u015b\u0107",
        "M\u00dc\u015eTER\u0130: numaram s\u0131f\u0131r be\u015f y\u00fcz k\u0131rk iki, alt\u0131 y\u00fcz yetmi\u015f"
            + " sekiz, on iki, otuz d\u00f6rt. | s\u0131f\u0131r be\u015f y\u00fcz k\u0131rk iki, alt\u0131 y\u00fcz"
            + " yetmi\u015f sekiz, on iki, otuz d\u00f6rt",
        "ASIAKAS: numeroni on nolla nelj\u00e4 yksi, kaksi kolme nelj\u00e4, viisi kuusi seitsem\u00e4n."
            + " | nolla nelj\u00e4 yksi, kaksi kolme nelj\u00e4, viisi kuusi seitsem\u00e4n",
        "Z\u00c1KAZN\u00cdK: \u010d\u00edslo smlouvy 2024/11/004471, volejte na sedm sedm sedm, dvacet t\u0159i,"
            + " \u010dty\u0159icet p\u011bt, \u0161edes\u00e1t jedna. | sedm sedm sedm, dvacet t\u0159i,"
            + " \u010dty\u0159icet p\u011bt, \u0161edes\u00e1t jedna",
        "PASSAGEIRA: o meu telem\u00f3vel \u00e9 o nove um dois, tr\u00eas quatro cinco, zero oito sete. | nove um dois,"
            + " tr\u00eas quatro cinco, zero oito sete",
        "ATENDENTE: o melhor telefone pra contato? CLIENTE: anota a\u00ed, vinte e um, nove nove quatro um oito, vinte e"
            + " dois, meia sete, \u00e9 celular | vinte e um, nove nove quatro um oito, vinte e dois, meia sete",
        "\u00dcGYF\u00c9L: a telefonsz\u00e1mom harminc, n\u00e9gy \u00f6t hat, h\u00e9t nyolc kilenc egy."
            + " | harminc, n\u00e9gy \u00f6t hat, h\u00e9t nyolc kilenc egy",
        "KUNDE: nummeret mitt er ni en to, fire \u00e5tte, tre null seks. | ni en to, fire \u00e5tte, tre null seks",
        "CLIENT : oui, \u00e0 Gen\u00e8ve, c'est le z\u00e9ro vingt-deux, trois cent quarante-cinq, soixante-sept, onze."
            + " | z\u00e9ro vingt-deux, trois cent quarante-cinq, soixante-sept, onze",
        "CUSTOMER: lah the number is nine one two three, four oh eight seven. | nine one two three, four oh eight seven",
        "CLIENTE: o meu celular \u00e9 onze, nove oito sete, seiscentos e cinquenta e quatro, trezentos e vinte e um."
            + " | onze, nove oito sete, seiscentos e cinquenta e quatro, trezentos e vinte e um",
        "CLIENTE: il mio numero \u00e8 tre quattro sette, novecento ottanta sette, cinquecento quaranta."
            + " | tre quattro sette, novecento ottanta sette, cinquecento quaranta",
        "Z\u00c1KAZN\u00cdK: volejte na \u0161est set t\u0159i, \u010dty\u0159i sta \u010dty\u0159icet osm, sto"
            + " sedmdes\u00e1t dva. | \u0161est set t\u0159i, \u010dty\u0159i sta \u010dty\u0159icet osm, sto"
            + " sedmdes\u00e1t dva",
        "\u00dcGYF\u00c9L: a sz\u00e1mom nulla hat, harminc, egy kett\u0151 h\u00e1rom, n\u00e9gy \u00f6t hat h\u00e9t."
            + " | nulla hat, harminc, egy kett\u0151 h\u00e1rom, n\u00e9gy \u00f6t hat h\u00e9t"
    })
    void findsANumberSaidInTheCallersLanguageAfterItsCue(String text, String expected) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Croatia +385 91, Slovenia +386 41, Slovakia 0912, Ukraine +380 50, Russia +7 912.
        "KLIJENT: moj broj mobitela je plus tri osam pet, devet jedan, dva tri \u010detiri, pet \u0161est sedam osam."
            + " | plus tri osam pet, devet jedan, dva tri \u010detiri, pet \u0161est sedam osam",
        "STRANKA: moja telefonska \u0161tevilka je plus tri osam \u0161est, \u0161tiri ena, ena dva tri, \u0161tiri"
            + " pet \u0161est. | plus tri osam \u0161est, \u0161tiri ena, ena dva tri, \u0161tiri pet \u0161est",
        "Z\u00c1KAZN\u00cdK: moje telef\u00f3nne \u010d\u00edslo je nula dev\u00e4\u0165 jedna dva, jedna dva tri,"
            + " \u0161tyri p\u00e4\u0165 \u0161es\u0165. | nula dev\u00e4\u0165 jedna dva, jedna dva tri, \u0161tyri"
            + " p\u00e4\u0165 \u0161es\u0165",
        "KLIYENT: miy nomer telefonu plus try visim nul, pyat nul, odyn dva try, chotyry pyat shist sim."
            + " | plus try visim nul, pyat nul, odyn dva try, chotyry pyat shist sim",
        "KLIENT: moy nomer plus sem, devyatsot dvenadtsat, trista sorok pyat, shestdesyat sem, vosemdesyat devyat."
            + " | plus sem, devyatsot dvenadtsat, trista sorok pyat, shestdesyat sem, vosemdesyat devyat",
        // Spain in Catalan, Galician and Basque.
        "CLIENT: el meu tel\u00e8fon \u00e9s el sis u dos, tres quatre cinc, sis set vuit."
            + " | sis u dos, tres quatre cinc, sis set vuit",
        "CLIENTE: o meu tel\u00e9fono \u00e9 o seis un dous, tres catro cinco, seis sete oito."
            + " | seis un dous, tres catro cinco, seis sete oito",
        "BEZEROA: nire telefono zenbakia sei bat bi, hiru lau bost, sei zazpi zortzi da."
            + " | sei bat bi, hiru lau bost, sei zazpi zortzi",
        // Catalan hundreds, a Catalan false start broken off before the number, Galician hundreds after "plus".
        "CLIENT: el meu m\u00f2bil \u00e9s el sis-cents vint-i-nou, quaranta-u, vint-i-dos, trenta-tres."
            + " | sis-cents vint-i-nou, quaranta-u, vint-i-dos, trenta-tres",
        "CLIENT: el meu n\u00famero \u00e9s sis sis u... no, sis set u, dos vuit, u quatre, nou sis."
            + " | sis sis u... no, sis set u, dos vuit, u quatre, nou sis",
        "CLIENTE: o meu m\u00f3bil \u00e9 m\u00e1is trinta e catro, seiscentos vinte e nove, corenta e un, vinte e"
            + " dous, trinta e tres. | m\u00e1is trinta e catro, seiscentos vinte e nove, corenta e un, vinte e dous,"
            + " trinta e tres",
        // Estonia +372 5, Latvia +371 2, Lithuania +370 6, Iceland +354 611.
        "KLIENT: minu telefoninumber plus kolm seitse kaks, viis \u00fcks kaks kolm, neli viis kuus seitse."
            + " | plus kolm seitse kaks, viis \u00fcks kaks kolm, neli viis kuus seitse",
        "KLIENTS: mans t\u0101lru\u0146a numurs ir plus tr\u012bs septi\u0146i viens, divi viens divi tr\u012bs,"
            + " \u010detri pieci se\u0161i septi\u0146i. | plus tr\u012bs septi\u0146i viens, divi viens divi"
            + " tr\u012bs, \u010detri pieci se\u0161i septi\u0146i",
        "KLIENTAS: mano telefono numeris plus trys septyni nulis, \u0161e\u0161i vienas du, trys keturi penki"
            + " \u0161e\u0161i septyni. | plus trys septyni nulis, \u0161e\u0161i vienas du, trys keturi penki"
            + " \u0161e\u0161i septyni",
        "VI\u00d0SKIPTAVINUR: s\u00edman\u00famer mitt er plus \u00fer\u00edr fimm fj\u00f3rir, sex einn einn,"
            + " einn tveir \u00fer\u00edr fj\u00f3rir. | plus \u00fer\u00edr fimm fj\u00f3rir, sex einn einn, einn"
            + " tveir \u00fer\u00edr fj\u00f3rir",
        // Indonesia +62 812, Malaysia +60 12, Kenya +254 712, Israel +972 2, Saudi Arabia +966 50.
        "PELANGGAN: nomor saya plus enam dua, delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol."
            + " | plus enam dua, delapan satu dua, tiga empat lima enam, tujuh delapan sembilan nol",
        "PELANGGAN: nombor telefon saya plus enam kosong, satu dua, tiga empat lima, enam tujuh lapan sembilan."
            + " | plus enam kosong, satu dua, tiga empat lima, enam tujuh lapan sembilan",
        "MTEJA: namba yangu ya simu ni plus mbili tano nne, saba moja mbili, tatu nne tano, sita saba nane."
            + " | plus mbili tano nne, saba moja mbili, tatu nne tano, sita saba nane",
        "LAKOACH: mispar hatelefon sheli plus tesha sheva shtaim, shtaim, achat shtaim shalosh, arba chamesh shesh"
            + " sheva. | plus tesha sheva shtaim, shtaim, achat shtaim shalosh, arba chamesh shesh sheva",
        "AL-AMEEL: raqam hatifi plus tisa sitta sitta, khamsa sifr, wahid ithnan thalatha, arbaa khamsa sitta sabaa."
            + " | plus tisa sitta sitta, khamsa sifr, wahid ithnan thalatha, arbaa khamsa sitta sabaa",
        // China +86 138, Korea +82 10, Vietnam +84 91: a long run of the language's own words.
        "KEHU: wo de shoujihao shi plus ba liu, yao san ba, ling ling yao san, ba ling ling ling."
            + " | plus ba liu, yao san ba, ling ling yao san, ba ling ling ling",
        "GOGAEK: jeonhwabeonho neun plus pal i, il gong, il i sam sa, o yuk chil pal."
            + " | plus pal i, il gong, il i sam sa, o yuk chil pal",
        "KH\u00c1CH H\u00c0NG: s\u1ed1 \u0111i\u1ec7n tho\u1ea1i c\u1ee7a t\u00f4i l\u00e0 plus t\u00e1m b\u1ed1n,"
            + " ch\u00edn m\u1ed9t, hai ba b\u1ed1n, n\u0103m s\u00e1u b\u1ea3y t\u00e1m. | plus t\u00e1m"
            + " b\u1ed1n, ch\u00edn m\u1ed9t, hai ba b\u1ed1n, n\u0103m s\u00e1u b\u1ea3y t\u00e1m"
    })
    void findsAPhoneNumberSaidInAFurtherLanguageAfterItsCue(String text, String expected) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CALLER: ba ba black sheep, have you any wool, call me on Monday",
        "CALLER: my phone? i o sa, i o sa, that's what the kids sing",
        "AGENT: phone call about Kim Il-sung, Kim Jong-il and Li Yi San, Wu Liu Qi, Ba Er San Si",
        "PELANGGAN: nomor antrean saya satu, saya beli satu buku dan dua pensil, tiga hari lalu",
        "PELANGGAN: telepon dari Lima, dua tahun, satu anak, tiga kucing",
        "CALLER: my number? Sita, Saba and Tisa met Nane and Tano in Moja",
        "KLIJENT: broj narud\u017ebe je pet, i to je sve"
    })
    void readsNoPhoneNumberInWordsThatAreNumbersOnlyElsewhere(String text) {
        // The names are names; no number is read from them.
        assertThat(found(text)).filteredOn(finding -> !finding.startsWith("PERSON_NAME:")).isEmpty();
    }

    @Test
    void onlyTheSameDigitsMakeAReadBack() {
        assertThat(found("my number's five five five, zero one four three. Room 555-0144, order AB5550143."))
                .containsExactly("PHONE_NUMBER:five five five, zero one four three");
    }

    @Test
    void readsNothingMoreInTextWithoutDigitWords() {
        String text = "Cust called re double charge on 4012 8888 8888 1881, callback (617) 555-0123.";

        assertThat(found(text)).containsExactly("CREDIT_CARD:4012 8888 8888 1881", "PHONE_NUMBER:(617) 555-0123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGENT: Parakalo, to kinito sas? PELATIS: exi enia efta, tria ena dio, tessera pente exi okto."
            + " | exi enia efta, tria ena dio, tessera pente exi okto",
        "OPERETA: odenwa bangou wo onegai shimasu. KYAKU: zero hachi zero, yon ichi ni san, roku nana hachi kyuu."
            + " | zero hachi zero, yon ichi ni san, roku nana hachi kyuu"
    })
    void findsANumberSaidInGreekInLatinLettersOrInRomanisedJapanese(String text, String expected) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGENT: mobile number please. CUSTOMER: nau aath saat, chhe paanch chaar, teen do ek shunya."
            + " | nau aath saat, chhe paanch chaar, teen do ek shunya",
        "AGENT: mobile please. CUSTOMER: soon paet song, nueng sam si, ha hok chet paet."
            + " | soon paet song, nueng sam si, ha hok chet paet",
        // Urdu's zero, romanised; Welsh "um" between groups.
        "Agent (Imran): Ji, aap ka naya mobile number?\\nCaller: zero saat paanch, do teen, aath aath chaar, sifar nau ek"
            + " | zero saat paanch, do teen, aath aath chaar, sifar nau ek",
        "Asiant: y rhif ff\u00f4n?\\nCwsmer: Ie, dim saith wyth pedwar naw, ym, dau dau un, pump chwech saith."
            + " | dim saith wyth pedwar naw, ym, dau dau un, pump chwech saith",
        "AGENT: phone number? KLANT: nul agt twee, ses vyf vier, drie twee een nul."
            + " | nul agt twee, ses vyf vier, drie twee een nul",
        "AGENT: broj mobitela? KLIJENT: nula devetsto osamdeset, \u0161eststo dvanaest."
            + " | nula devetsto osamdeset, \u0161eststo dvanaest",
        // Gujarati "chhe" (is) before and after a number, in a text that speaks Gujarati: not Hindi's six.
        "caller: maro number chhe nav aath be paanch, shunya chha ek, chaar saat tran haan e j"
            + " | nav aath be paanch, shunya chha ek, chaar saat tran",
        "caller: maru naam jignesh parmar, number nav nav zero nav aath, be chha saat tran char che"
            + " | nav nav zero nav aath, be chha saat tran char",
        // Romanised Korean digits after a word with its particle glued by a hyphen ("-neun", not German's nine).
        "\uace0\uac1d: jeonhwabeonho-neun gong il gong, sa sa il chil, i gong gu sam ieyo"
            + " | gong il gong, sa sa il chil, i gong gu sam",
        // Somali's words that are words elsewhere too, in a long run of their own.
        "caller: haa numberkeyga mareykanka waa lix eber laba, shan shan shan, eber kow lix afar puntland"
            + " | lix eber laba, shan shan shan, eber kow lix afar",
        // Pinyin's "er" between its digits is two, not a hesitation; its "yao" before a word after the run is the verb.
        "wo fa guo de haoma shi ling liu, er ba, qi si, yao jiu, ling wu | ling liu, er ba, qi si, yao jiu, ling wu",
        "kehu de shouji shi yao san jiu, ling yao er wu, ba ba liu san, yao qiu jin tian hui dian."
            + " | yao san jiu, ling yao er wu, ba ba liu san",
        // Darija's own number words in Arabic script; Tunisian in Latin chat spelling after "noumrou".
        "\u0627\u0644\u0631\u0642\u0645 \u0647\u0648 \u0632\u064a\u0631\u0648 \u0633\u062a\u0629\u060c \u0633\u062a\u0629 \u062e\u0645\u0633\u0629\u060c \u062a\u0644\u0627\u062a\u0629 \u062c\u0648\u062c\u060c \u0633\u0628\u0639\u0629 \u0648\u0627\u062d\u062f\u060c \u062a\u0633\u0639\u0629 \u062a\u0645\u0646\u064a\u0629 \u0639\u0627\u0641\u0627\u0643"
            + " | \u0632\u064a\u0631\u0648 \u0633\u062a\u0629\u060c \u0633\u062a\u0629 \u062e\u0645\u0633\u0629\u060c \u062a\u0644\u0627\u062a\u0629 \u062c\u0648\u062c\u060c \u0633\u0628\u0639\u0629 \u0648\u0627\u062d\u062f\u060c \u062a\u0633\u0639\u0629 \u062a\u0645\u0646\u064a\u0629",
        "noumrou mte3 omi tes3a thmanya, arb3a setta sab3a, zouz wa7ed sfer ken ma jawbtekch"
            + " | tes3a thmanya, arb3a setta sab3a, zouz wa7ed sfer",
        // Darija's tens after a unit and "u" (and), its teens; Frisian's teens, tens and compounds; Gronings;
        // Papiamento.
        "moutassil: ah numero dyali zero stta, tmnya u rb3in, tnach, sb3a u sittin, tlatin ... ah ghir hadak"
            + " | zero stta, tmnya u rb3in, tnach, sb3a u sittin, tlatin",
        "myn n\u00fbmer is nul seis tweintich, fyftjin, s\u00e2nentritich, njoggenenfjirtich"
            + " | nul seis tweintich, fyftjin, s\u00e2nentritich, njoggenenfjirtich",
        "beller: nul vief negen zeuven, vaar een twee, drij vief acht | nul vief negen zeuven, vaar een twee, drij vief acht",
        "yamad\u00f3: bon dia eh mi number ta sero seis, dos shete, sinku ocho, kuater un, nuebe dos ... danki"
            + " | sero seis, dos shete, sinku ocho, kuater un, nuebe dos",
        // Flemish "allee" (come on) before the number said again.
        "beller: mijn gsm is nul vier negenenzestig... allee nul vier negenenzestig, vierendertig, achtentwintig, elf ja"
            + " | nul vier negenenzestig... allee nul vier negenenzestig, vierendertig, achtentwintig, elf",
        // Tigrinya in Ge'ez script; Sylheti's and Punjabi's own in Latin letters.
        "caller: \u1241\u133d\u122a \u1235\u120d\u12a8\u12ed \u12dc\u122e \u1238\u12cd\u12d3\u1270 \u1230\u1208\u1235\u1270 \u1238\u121e\u1295\u1270 \u12dc\u122e\u1363 \u1213\u1219\u123d\u1270 \u1213\u1219\u123d\u1270 \u12ad\u120d\u1270\u1363 \u1213\u12f0 \u123d\u12f1\u123d\u1270 \u12a3\u122d\u1263\u12d5\u1270 \u12a5\u12e9"
            + " | \u12dc\u122e \u1238\u12cd\u12d3\u1270 \u1230\u1208\u1235\u1270 \u1238\u121e\u1295\u1270 \u12dc\u122e\u1363 \u1213\u1219\u123d\u1270 \u1213\u1219\u123d\u1270 \u12ad\u120d\u1270\u1363 \u1213\u12f0 \u123d\u12f1\u123d\u1270 \u12a3\u122d\u1263\u12d5\u1270",
        "caller: tar number zero sat sair sat sair, shunno tin fas, noy aat shunno"
            + " | zero sat sair sat sair, shunno tin fas, noy aat shunno",
        "mera number likh lo ji zero satt satt do satt, tinn ikk panj, chhe sifar chaar"
            + " | zero satt satt do satt, tinn ikk panj, chhe sifar chaar",
        // Urdu script and Gurmukhi read in India's plan too; Odia in its script and romanised, Nepali's own
        // words in Devanagari, Bhojpuri's.
        "\u06a9\u0627\u0644\u0631: \u062c\u06cc \u0645\u06cc\u0631\u0627 \u0646\u0645\u0628\u0631 \u06c1\u06d2 \u0646\u0648 \u0622\u0679\u06be \u0627\u06cc\u06a9 \u0635\u0641\u0631\u060c \u0686\u0627\u0631 \u0633\u0627\u062a \u062a\u06cc\u0646\u060c \u062f\u0648 \u062f\u0648 \u0686\u06be"
            + " | \u0646\u0648 \u0622\u0679\u06be \u0627\u06cc\u06a9 \u0635\u0641\u0631\u060c \u0686\u0627\u0631 \u0633\u0627\u062a \u062a\u06cc\u0646\u060c \u062f\u0648 \u062f\u0648 \u0686\u06be",
        "\u0a17\u0a3e\u0a39\u0a15: \u0a2e\u0a47\u0a30\u0a3e \u0a28\u0a70\u0a2c\u0a30 \u0a39\u0a48 \u0a28\u0a4c\u0a02 \u0a05\u0a71\u0a20 \u0a38\u0a71\u0a24 \u0a26\u0a4b, \u0a07\u0a71\u0a15 \u0a2a\u0a70\u0a1c, \u0a1b\u0a47 \u0a1b\u0a47 \u0a1a\u0a3e\u0a30 \u0a38\u0a71\u0a24, \u0a05\u0a17\u0a32\u0a47 \u0a39\u0a2b\u0a3c\u0a24\u0a47"
            + " | \u0a28\u0a4c\u0a02 \u0a05\u0a71\u0a20 \u0a38\u0a71\u0a24 \u0a26\u0a4b, \u0a07\u0a71\u0a15 \u0a2a\u0a70\u0a1c, \u0a1b\u0a47 \u0a1b\u0a47 \u0a1a\u0a3e\u0a30 \u0a38\u0a71\u0a24",
        "\u0b17\u0b4d\u0b30\u0b3e\u0b39\u0b15: \u0b2e\u0b4b \u0b28\u0b2e\u0b4d\u0b2c\u0b30 \u0b28\u0b05 \u0b1a\u0b3e\u0b30\u0b3f \u0b24\u0b3f\u0b28\u0b3f \u0b38\u0b3e\u0b24, \u0b1b\u0b05 \u0b26\u0b41\u0b07 \u0b36\u0b42\u0b28, \u0b2a\u0b3e\u0b1e\u0b4d\u0b1a \u0b0f\u0b15 \u0b06\u0b20\u0964 \u0b17\u0b24\u0b15\u0b3e\u0b32\u0b3f"
            + " | \u0b28\u0b05 \u0b1a\u0b3e\u0b30\u0b3f \u0b24\u0b3f\u0b28\u0b3f \u0b38\u0b3e\u0b24, \u0b1b\u0b05 \u0b26\u0b41\u0b07 \u0b36\u0b42\u0b28, \u0b2a\u0b3e\u0b1e\u0b4d\u0b1a \u0b0f\u0b15 \u0b06\u0b20",
        "\u0917\u094d\u0930\u093e\u0939\u0915: \u092e\u0947\u0930\u094b \u0928\u092e\u094d\u092c\u0930 \u0928\u094c \u0906\u0920 \u092a\u093e\u0901\u091a \u090f\u0915, \u0936\u0942\u0928\u094d\u092f \u091a\u093e\u0930, \u0926\u0941\u0908 \u0938\u093e\u0924 \u0924\u0940\u0928 \u0924\u0940\u0928 \u0939\u094b"
            + " | \u0928\u094c \u0906\u0920 \u092a\u093e\u0901\u091a \u090f\u0915, \u0936\u0942\u0928\u094d\u092f \u091a\u093e\u0930, \u0926\u0941\u0908 \u0938\u093e\u0924 \u0924\u0940\u0928 \u0924\u0940\u0928",
        "caller: mo number lekhantu, na chari tini atha, eka eka, dui pancha sata chha"
            + " | na chari tini atha, eka eka, dui pancha sata chha",
        "caller: hamar number ba saat sunna sunna chaar, ek du, paanch paanch saat aath, kal se net na chalat ba"
            + " | saat sunna sunna chaar, ek du, paanch paanch saat aath",
        // Kurmanji (counted as Turkish); Russian in Latin letters with soft signs as apostrophes; Iraqi Arabizi.
        "Xer\u00eedar: Hejmara min sifir yek heft \u015fe\u015f, \u00e7ar p\u00eanc du, he\u015ft he\u015ft, yek neh e"
            + " | sifir yek heft \u015fe\u015f, \u00e7ar p\u00eanc du, he\u015ft he\u015ft, yek neh",
        "klient: moj nomer telefona vosem devjat'sot dvadcat' pjat', sto sorok odin, dvadcat' dva, tridcat' tri, ja zvonju"
            + " | vosem devjat'sot dvadcat' pjat', sto sorok odin, dvadcat' dva, tridcat' tri",
        "caller: eh moj nomer nol' odin shest' tri, dva chetyre odin, vosem' sem', pjat' devjat'"
            + " | nol' odin shest' tri, dva chetyre odin, vosem' sem', pjat' devjat'",
        "customer: raqmi el 3iraqi sifr sab3a sab3a sifr, tlatha khamsa arba3a, tis3a wa7ad ithnen sab3a, w el almani"
            + " | sifr sab3a sab3a sifr, tlatha khamsa arba3a, tis3a wa7ad ithnen sab3a",
        // German "warten se" and Russian "ну" (well) before the number said again.
        "caller: null zwei zwei eins \u00e4h warten se null zwei zwei eins, vier sieben eins null, drei acht sechs"
            + " | null zwei zwei eins \u00e4h warten se null zwei zwei eins, vier sieben eins null, drei acht sechs",
        "\u0443 \u043c\u0435\u043d\u044f \u043d\u043e\u043c\u0435\u0440 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430 \u043d\u0435\u043c\u0435\u0446\u043a\u0438\u0439 \u043d\u043e\u043b\u044c \u043e\u0434\u0438\u043d \u0441\u0435\u043c\u044c \u043f\u044f\u0442\u044c \u043d\u0443 \u043d\u043e\u043b\u044c \u043e\u0434\u0438\u043d \u0441\u0435\u043c\u044c \u043f\u044f\u0442\u044c, \u0434\u0432\u0430 \u0434\u0432\u0430 \u0442\u0440\u0438, \u0447\u0435\u0442\u044b\u0440\u0435 \u0432\u043e\u0441\u0435\u043c\u044c, \u0434\u0435\u0432\u044f\u0442\u044c \u043e\u0434\u0438\u043d"
            + " | \u043d\u043e\u043b\u044c \u043e\u0434\u0438\u043d \u0441\u0435\u043c\u044c \u043f\u044f\u0442\u044c \u043d\u0443 \u043d\u043e\u043b\u044c \u043e\u0434\u0438\u043d \u0441\u0435\u043c\u044c \u043f\u044f\u0442\u044c, \u0434\u0432\u0430 \u0434\u0432\u0430 \u0442\u0440\u0438, \u0447\u0435\u0442\u044b\u0440\u0435 \u0432\u043e\u0441\u0435\u043c\u044c, \u0434\u0435\u0432\u044f\u0442\u044c \u043e\u0434\u0438\u043d",
        // "One" before a toll-free code is its 1, not a pronoun ("the card one ...").
        "caller: i called the number on the back of the card one eight hundred, five five five, oh one three four but"
            + " | one eight hundred, five five five, oh one three four",
        // Cantonese in Yale's spelling after its word for phone.
        "caller: ngoh sing Mak, dihn wa haih ng yih gau ling, chat chat yat luhk, mgoi | ng yih gau ling, chat chat yat luhk",
        // Russian "plus" in Latin letters.
        "klient: nomer plyus sem, devyatsot dvadtsat shest, pyatsot pyatdesyat odin, nol tri, sorok sem eto mama"
            + " | plyus sem, devyatsot dvadtsat shest, pyatsot pyatdesyat odin, nol tri, sorok sem"
    })
    void findsANumberSaidInHindiThaiAfrikaansOrWithCroatianHundreds(String text, String expected) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me: go go go, ni hao, san francisco", "my number? the trio, tria and dio, pente",
        "call: shi san go roku", "call me, I do teen yoga and no sat at home", "phone: the song si ha was a hit",
        "my number is one, I do so, I do"})
    void readsNoNumberInJapaneseOrGreekSyllablesOutOfTheirRun(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aCallerTagIsNoCueWhereThePromptBeforeItHasOne() {
        // "caller" is a phone cue ("caller 07700 900123"), but as a speaker's tag before the words of a
        // turn it names who speaks: the prompt's own cue decides, here an identifier's.
        assertThat(found("[14:10:02] AGENT: Can I have the member number? | [14:10:06] CALLER: it's seven seven, oh four"
                + " one, two two nine")).isEmpty();
        assertThat(found("AGENT: Can I have the member number? | CALLER: it's 77 041 229")).isEmpty();
        // A courtesy after the prompt's label leaves it the prompt's last word.
        assertThat(found("Agent: can I have your policy number please?\nCaller: 0045-778812-03")).isEmpty();
        assertThat(found("Agente: \u00bfme facilita su n\u00famero de p\u00f3liza, por favor?\nCliente: 0045-778812-03")).isEmpty();
        assertThat(found("Agent: can I have your policy number please, and your callback?\nCaller: 0045-778812-03"))
                .containsExactly("PHONE_NUMBER:0045-778812-03");
        // Without a cue in the prompt, the tag still stands for the caller's number.
        assertThat(found("caller: it's five five five, zero one four three, same area code"))
                .containsExactly("PHONE_NUMBER:five five five, zero one four three");
    }

    @Test
    void aPromptsLabelThatEndsThePurposeOfItsPhoneWordLeavesTheReplyAPhone() {
        // "to text the confirmation" is what the cell is for, not what is asked; "Visitor:" a chat's speaker.
        assertThat(found("Agent: What's a good cell to text the confirmation?\nVisitor: 940 555 0129"))
                .containsExactly("PHONE_NUMBER:940 555 0129");
        assertThat(found("Agent: What's a good cell to text the confirmation?\nCustomer: 940 555 0129"))
                .containsExactly("PHONE_NUMBER:940 555 0129");
        assertThat(found("Agent: and the confirmation number?\nCustomer: 9405550129")).isEmpty();
    }

    @Test
    void aSpeakersTagInBracketsIsReadAsOneWithAColon() {
        // "[caller]" opening a line names who speaks, as "CALLER:" does: the prompt before it decides.
        assertThat(found("[agent] what is your meter number?\n[caller] it's three seven one, nine four, five two,"
                + " zero eight one six")).isEmpty();
        assertThat(found("[agent] pole. meter number ni?\n[caller] ni tatu saba moja, tisa nne, tano mbili, sifuri nane"
                + " moja sita")).isEmpty();
        assertThat(found("[Agent 2]: and the account number?\n[Caller]: 4155550123")).isEmpty();
        assertThat(found("[agent] best callback number?\n[caller] it's four one five, five five five, zero one two three"))
                .containsExactly("PHONE_NUMBER:four one five, five five five, zero one two three");
        // Only a role opening a line is a tag; the view keeps every offset.
        assertThat(ContextWords.withBracketedTagsAsColonTags("[caller] it's\n[SPK_0]: hi [agent] x [INFO] y"))
                .isEqualTo("caller:  it's\nSPK_0  : hi [agent] x [INFO] y");
    }

    @Test
    void aRoleThatNamesAnIdentifierIsASpeakersTagAfterAPromptForANumber() {
        // "player 40211" is a player's id, "Player:" under a prompt for a phone who answers it.
        assertThat(found("Agent Will: Sure, what's the best number?\nPlayer: 9735550156\nAgent Will: Got it"))
                .containsExactly("PHONE_NUMBER:9735550156");
        assertThat(found("Agent: best number to call?\nPlayer: it's 9735550156")).containsExactly("PHONE_NUMBER:9735550156");
        // Under a chat's time stamp, and a prompt that names where the number is on file.
        assertThat(found("[14:03] Agent: Can you confirm the mobile number on the account?\n[14:03] Player: 07700 900418"))
                .containsExactly("PHONE_NUMBER:07700 900418");
        assertThat(found("Agent: Can you confirm the mobile number on the account?\nGuest: 07700 900418"))
                .containsExactly("PHONE_NUMBER:07700 900418");
        // Alone, after a prompt for an account, or after a line with a number of its own, the role labels an id.
        assertThat(found("Player: 9735550156")).isEmpty();
        assertThat(found("Agent: and the account?\nPlayer: 9735550156")).isEmpty();
        assertThat(found("phone 973-555-0199\nPlayer: 9735550156")).containsExactly("PHONE_NUMBER:973-555-0199");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The number of a place ("von der Wohnung"), the number on a policy: a phone's.
        "Agent: ...ok und die Nummer von der Wohnung in Klagenfurt?\\nKunde: null vier sechs drei, f\u00fcnf eins zwo, acht"
            + " acht null\\nAgent: Danke. | null vier sechs drei, f\u00fcnf eins zwo, acht acht null",
        "AGENT: okay, and the number on the policy?\\nCALLER: oh seven six, um, four four oh, three two one nine\\nAGENT:"
            + " thank you | oh seven six, um, four four oh, three two one nine"
    })
    void theNumberOfAPlaceOrOnAPolicyIsAPhone(String text, String phone) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly("PHONE_NUMBER:" + phone);
    }

    @Test
    void aCroatianWordForWrongCorrectsAFalseStart() {
        assertThat(found("klijent: ovaj, broj je nula devet osam, tri... ne, krivo, nula devet osam, \u010detiri \u010detiri"
                + " nula, jedan devet dva tri")).containsExactly("PHONE_NUMBER:nula devet osam, tri... ne, krivo, nula devet"
                        + " osam, \u010detiri \u010detiri nula, jedan devet dva tri");
    }

    @Test
    void aDateOfBirthAskedWithTheSocialLowersNoSsn() {
        assertThat(found("AGENT: for the install credit check, I'll need the social and date of birth for both applicants."
                + " Let's start with you.\nCALLER: okay, eight one one, nine one, six five one five, and I'm October second"))
                .containsExactly("US_SSN:eight one one, nine one, six five one five");
    }

    @Test
    void inErrorIsNoErrorsCode() {
        assertThat(found("SSN entered in error (219865503) belongs to spouse; corrected to own SSN 366-71-0842."))
                .containsExactly("US_SSN:219865503", "US_SSN:366-71-0842");
        assertThat(found("error 219865503")).isEmpty();
    }

    @Test
    void aNumberBegunWrongTwiceIsReadFromItsFirstAttempt() {
        assertThat(found("caller: my number is seven one three, five five... no sorry, seven one three, four five... ugh,"
                + " seven one three, five five five, zero one eight eight")).containsExactly("PHONE_NUMBER:seven one three,"
                        + " five five... no sorry, seven one three, four five... ugh, seven one three, five five five, zero one eight eight");
    }

    @Test
    void ukrainianFalseStartsAndWordsWithAnApostrophe() {
        assertThat(found("на номер нуль дев'яносто дев'ять... \u0435... нуль дев'яносто дев'ять, вісімсот сімдесят чотири,"
                + " дванадцять, нуль три бо")).containsExactly("PHONE_NUMBER:нуль дев'яносто дев'ять... \u0435... нуль"
                        + " дев'яносто дев'ять, вісімсот сімдесят чотири, дванадцять, нуль три");
        assertThat(found("абонент: нуль шістдесят три... шістдесят три... ні, нуль сімдесят три, сто двадцять, сорок"
                + " чотири, нуль нуль")).containsExactly("PHONE_NUMBER:нуль шістдесят три... шістдесят три... ні, нуль"
                        + " сімдесят три, сто двадцять, сорок чотири, нуль нуль");
    }

    @Test
    void aCapitalConsonantBeforeSpokenDigitsMakesACode() {
        assertThat(found("caller: sí, T cero cuatro ocho dos dos nueve uno cero cinco tres\nagent: perfecto")).isEmpty();
        assertThat(found("caller: my number is five five five zero one two three")).hasSize(1);
    }

    @Test
    void aSlipBrokenOffByAnEllipsisIsPartOfTheNumberSaidAgain() {
        // Digits broken off by an ellipsis that begin as the number does but in their last digit, with no word
        // of correction: the number's false start, as the eval README has it since the twenty-fourth session
        // (blind sets 148, 162 and 196 label such a slip from its first digit).
        assertThat(found("ejen: boleh saya dapatkan nombor telefon?\npemanggil: kosong satu sembilan, tiga tiga enam... eh,"
                + " kosong satu sembilan, tiga tiga lapan, dua kosong empat satu")).containsExactly("PHONE_NUMBER:kosong satu"
                        + " sembilan, tiga tiga enam... eh, kosong satu sembilan, tiga tiga lapan, dua kosong empat satu");
    }

    @Test
    void aTurkishCorrectionWithYaAndLettersBeforeThen() {
        assertThat(found("m\u00fc\u015fteri: s\u0131f\u0131r be\u015f y\u00fcz otuz... pardon ya, s\u0131f\u0131r be\u015f"
                + " y\u00fcz k\u0131rk be\u015f, y\u00fcz on dokuz, otuz \u00fc\u00e7, s\u0131f\u0131r yedi\ntemsilci: tamam"))
                .containsExactly("PHONE_NUMBER:s\u0131f\u0131r be\u015f y\u00fcz otuz... pardon ya, s\u0131f\u0131r be\u015f"
                        + " y\u00fcz k\u0131rk be\u015f, y\u00fcz on dokuz, otuz \u00fc\u00e7, s\u0131f\u0131r yedi");
        // Letters spelled first, then the digits of one member id.
        assertThat(found("caller: it's letters first, J Q U, then eight four seven two two one nine zero five")).isEmpty();
    }

    @Test
    void brazilianPeraiCorrectsAndAhnIsAFiller() {
        assertThat(found("transcri\u00e7\u00e3o: cliente o n\u00famero do cart\u00e3o \u00e9 cinco tr\u00eas, n\u00e3o, pera\u00ed,"
                + " cinco tr\u00eas quatro cinco, nove dois dois seis, zero tr\u00eas quatro oito, zero seis quatro nove"))
                .containsExactly("CREDIT_CARD:cinco tr\u00eas, n\u00e3o, pera\u00ed, cinco tr\u00eas quatro cinco, nove dois"
                        + " dois seis, zero tr\u00eas quatro oito, zero seis quatro nove");
        assertThat(found("transcri\u00e7\u00e3o: cliente meu n\u00famero \u00e9 vinte e um, nove nove quatro, ahn, vinte e um"
                + " nove nove quatro zero dois, seis seis um tr\u00eas agente")).containsExactly("PHONE_NUMBER:vinte e um, nove"
                        + " nove quatro, ahn, vinte e um nove nove quatro zero dois, seis seis um tr\u00eas");
    }

    @Test
    void readsHaitianCreoleNumberWordsBesideEachOtherOnly() {
        assertThat(found("caller: mwen pa genyen l, men nimewo telef\u00f2n mwen se n\u00e8f senk kat, senk senk senk, zewo en"
                + " sis kat")).containsExactly("PHONE_NUMBER:n\u00e8f senk kat, senk senk senk, zewo en sis kat");
        // French "en" after a French number is no Creole one.
        assertThat(found("client: oui c'est plus trois trois, un, quatre-vingt-dix-neuf, z\u00e9ro z\u00e9ro, quarante-cinq,"
                + " soixante-sept en France, chez ma fille")).containsExactly("PHONE_NUMBER:plus trois trois, un,"
                        + " quatre-vingt-dix-neuf, z\u00e9ro z\u00e9ro, quarante-cinq, soixante-sept");
    }

    @Test
    void getMeBackAtIsAPhoneCue() {
        assertThat(found("caller: this is Frank from the Atlantic City office, you can get me back at five five five, oh one"
                + " two three, it's a six oh nine number")).contains("PHONE_NUMBER:five five five, oh one two three");
    }

    @Test
    void thePromptBeforeATimeStampedTagIsReadAsFarAsALongQuestion() {
        assertThat(found("[14:10:11] AGENT: and to verify, the social security number on the account? | [14:10:14]"
                + " CALLER: four five eight, one nine, two two seven three"))
                .containsExactly("US_SSN:four five eight, one nine, two two seven three");
    }

    @Test
    void anEllipsisTypedAsThreeDotsIsAPause() {
        assertThat(found("[00:02:25] CALLER: it's oh seven five eight four... three two oh, nine one seven"))
                .containsExactly("PHONE_NUMBER:oh seven five eight four... three two oh, nine one seven");
        assertThat(found("caller: my social is six one eight ... one one ... two six eight six"))
                .containsExactly("US_SSN:six one eight ... one one ... two six eight six");
    }

    @Test
    void aNumberBrokenOffAndSaidAgainIsOneNumber() {
        String text = "Caller: the landline is oh one one three, four nine six, oh... sorry, let me start again, oh one"
                + " one three, four nine six, oh two one seven";

        // One number, its false start taken in (eval/README.md: the digits said first are protected too).
        assertThat(found(text)).containsExactly("PHONE_NUMBER:oh one one three, four nine six, oh... sorry, let me start"
                + " again, oh one one three, four nine six, oh two one seven");
        // Two numbers of which neither begins the other are both said.
        assertThat(found("my number is five five five, zero one four three, or five five five, zero one eight two"))
                .containsExactly("PHONE_NUMBER:five five five, zero one four three", "PHONE_NUMBER:five five five, zero one eight two");
    }

    @Test
    void aLongFalseStartOrOneDigitLeftOutIsTheNumberSaidAgain() {
        // Eight digits broken off, then the whole number: the rewrite wrote the false start's digits too.
        assertThat(found("CLIENTE: O meu n\u00famero \u00e9 o nove seis tr\u00eas, dois dois zero, quatro um... quer dizer,"
                + " nove seis tr\u00eas, dois dois zero, quatro um sete. AGENTE: Certo"))
                .containsExactly("PHONE_NUMBER:nove seis tr\u00eas, dois dois zero, quatro um... quer dizer, nove seis tr\u00eas,"
                        + " dois dois zero, quatro um sete");
        // The number said with a digit left out and said again whole after a correction.
        assertThat(found("CLIENTE: O meu n\u00famero \u00e9 o nove seis, dois dois zero, quatro um sete... quer dizer,"
                + " nove seis tr\u00eas, dois dois zero, quatro um sete. AGENTE: Certo"))
                .containsExactly("PHONE_NUMBER:nove seis, dois dois zero, quatro um sete... quer dizer, nove seis tr\u00eas,"
                        + " dois dois zero, quatro um sete");
        // The agent's read-back in the next turn is a number of its own.
        assertThat(found("Caller: it's seven oh four, five five five, oh one... hold on... oh one three six.\n"
                + "Agent: seven zero four, five five five, zero one three six?"))
                .contains("PHONE_NUMBER:seven zero four, five five five, zero one three six");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A few digits broken off with a correction, and the number said again: one span, so that the
        // digits said first are protected too.
        "spk_1: yeah my number's four one five uh no four one six five five five oh one three two"
            + " | PHONE_NUMBER:four one five uh no four one six five five five oh one three two |",
        "CUSTOMER: the social is two one seven sorry two one eight, three three, four oh nine one. AGENT: thank you"
            + " | US_SSN:two one seven sorry two one eight, three three, four oh nine one |",
        // The part said first long enough to be a run of its own, and a word before it that reads as
        // a digit (Portuguese "o", the article) but does not begin the number.
        "cliente: \u00e9 o nove dois sete, oito zero quatro... n\u00e3o, desculpe, nove dois sete, oito zero quatro, um um seis"
            + " | PHONE_NUMBER:nove dois sete, oito zero quatro... n\u00e3o, desculpe, nove dois sete, oito zero quatro, um um seis |",
        // Dutch: "nee wacht" (no, wait), a unit stressed as the numeral in a compound ("\u00e9\u00e9nenzeventig").
        "klant nul zes eh nee wacht nul zes vierentwintig, achtendertig, \u00e9\u00e9nenzeventig, nul twee dat is het"
            + " | PHONE_NUMBER:nul zes eh nee wacht nul zes vierentwintig, achtendertig, \u00e9\u00e9nenzeventig, nul twee |",
        // No word of correction, only a pause and a hesitation, and the digits said first said again.
        "agent dus het is nul zes vier vijf twee... eh nul zes vier vijf twee twee \u00e9\u00e9n acht acht negen? klant ja"
            + " | PHONE_NUMBER:nul zes vier vijf twee... eh nul zes vier vijf twee twee \u00e9\u00e9n acht acht negen |",
        // Sentences said in pairs, "Eén" as a sentence starts it; a unit broken off that began a compound
        // ("een..." of "eenenzestig"); hundreds glued to the rest, corrected.
        "Beller: Nul zes. E\u00e9n vier. Eh... nul zes, veertien, achtentwintig, drie\u00ebnzestig, nul negen."
            + " | PHONE_NUMBER:Nul zes. E\u00e9n vier. Eh... nul zes, veertien, achtentwintig, drie\u00ebnzestig, nul negen |",
        "Beller: nul zes een... eh... nul zes, eenenzestig, zesentachtig, veertig, negenenveertig"
            + " | PHONE_NUMBER:nul zes een... eh... nul zes, eenenzestig, zesentachtig, veertig, negenenveertig |",
        "terugbellen op nul vierhonderdachtennegentig... nee, nul vier negen acht, vijfenveertig, zestig, twee\u00ebntwintig."
            + " | PHONE_NUMBER:nul vierhonderdachtennegentig... nee, nul vier negen acht, vijfenveertig, zestig,"
            + " twee\u00ebntwintig |",
        // Swiss "natel" (a mobile) names what it numbers: "le numéro de natel" is a phone's.
        "mon num\u00e9ro de natel, c'est le z\u00e9ro septante-six, cinq cent douze, trente-quatre, cinquante-six"
            + " | PHONE_NUMBER:z\u00e9ro septante-six, cinq cent douze, trente-quatre, cinquante-six |",
        // Indian English with Hinglish words is read in India's plan.
        "CALLER: arre sorry, woh purana hai. Naya wala nine three two four, zero six, seven seven eight one."
            + " | PHONE_NUMBER:nine three two four, zero six, seven seven eight one |",
        // Begun twice, then interrupted with words of the caller's own and said whole.
        "Beller: nul zes... nul zes... sorry ik moet even kijken... nul zes, zevenendertig, vierentachtig, elf, nul drie."
            + " | PHONE_NUMBER:nul zes... nul zes... sorry ik moet even kijken... nul zes, zevenendertig, vierentachtig,"
            + " elf, nul drie |",
        // Marathi's own words for two, five and six among Hindi's.
        "Caller: maza number nau ek saha saat, teen teen aath, don chaar shunya aahe, recharge zala nahi"
            + " | PHONE_NUMBER:nau ek saha saat, teen teen aath, don chaar shunya |",
        // Tens broken off that began tens and a unit.
        "client: z\u00e9ro quatre septante... z\u00e9ro quatre septante et un, vingt-deux, quatre-vingt-trois, dix-neuf"
            + " | PHONE_NUMBER:z\u00e9ro quatre septante... z\u00e9ro quatre septante et un, vingt-deux, quatre-vingt-trois,"
            + " dix-neuf |",
        // German "zu erreichen" (to be reached) asks for a phone.
        "Kunde: Die Nummer, unter der ich tags\u00fcber zu erreichen bin: null sieben eins eins, zweiundzwanzig,"
            + " vierundachtzig, neunhundertf\u00fcnfzehn. | PHONE_NUMBER:null sieben eins eins, zweiundzwanzig,"
            + " vierundachtzig, neunhundertf\u00fcnfzehn |",
        // A caller's "Oh" before a filler opens the turn, not the number.
        "CALLER: Oh, er, oh one four two three, five six seven, eight two nine."
            + " | PHONE_NUMBER:oh one four two three, five six seven, eight two nine |",
        // German "warte"; a '+' said before the digits broken off is part of the span too.
        "KUNDE: meine nummer null neun eins eins, zwo acht drei \u00e4h warte null neun eins eins, zwo acht drei sieben,"
            + " vier sechs f\u00fcnf | PHONE_NUMBER:null neun eins eins, zwo acht drei \u00e4h warte null neun eins eins, zwo acht"
            + " drei sieben, vier sechs f\u00fcnf |",
        "KUNDE: plus vier neun eins sieben \u00e4h nein plus vier neun eins f\u00fcnf zwo, zwo acht vier sieben, eins neun"
            + " drei null | PHONE_NUMBER:plus vier neun eins sieben \u00e4h nein plus vier neun eins f\u00fcnf zwo, zwo acht vier"
            + " sieben, eins neun drei null |",
        // Italian "più" for the '+'; "il numero da portare" is the number to port, not a thing's.
        "spk_1: pi\u00f9 tre sette otto, sei sei, uno nove otto, tre zero uno"
            + " | PHONE_NUMBER:pi\u00f9 tre sette otto, sei sei, uno nove otto, tre zero uno |",
        "spk_0: il numero da portare \u00e8 tre nove tre, cinque uno quattro, quarantasette, cinquantanove"
            + " | PHONE_NUMBER:tre nove tre, cinque uno quattro, quarantasette, cinquantanove |",
        // Romanian "no, wait:" and Scots "naw sorry" between a false start and the number.
        "Client: Da, zero \u0219apte \u0219apte, nou\u0103 unu... nu, sta\u021bi: zero \u0219apte \u0219apte \u0219ase"
            + " nou\u0103, unu opt doi, patru cinci \u0219ase, \u0103sta e cel englezesc."
            + " | PHONE_NUMBER:zero \u0219apte \u0219apte, nou\u0103 unu... nu, sta\u021bi: zero \u0219apte \u0219apte"
            + " \u0219ase nou\u0103, unu opt doi, patru cinci \u0219ase |",
        "Caller: Aye, it's oh seven eight, uh, oh seven eight two four... naw sorry, oh seven eight four two, six one five,"
            + " nine oh three. | PHONE_NUMBER:oh seven eight, uh, oh seven eight two four... naw sorry, oh seven eight four"
            + " two, six one five, nine oh three |",
        // Not a correction, or a whole number before it: two numbers, or the one said.
        "my number's four one five and four one six five five five oh one three two"
            + " | PHONE_NUMBER:four one six five five five oh one three two |",
        "caller: it's oh seven nine five eight, double oh four, one six two. No sorry, oh seven nine five eight, double"
            + " oh four, one two six | PHONE_NUMBER:oh seven nine five eight, double oh four, one six two"
            + " | PHONE_NUMBER:oh seven nine five eight, double oh four, one two six"
    })
    void digitsBrokenOffWithACorrectionArePartOfTheNumberSaidAgain(String text, String expected, String second) {
        assertThat(found(text)).containsExactlyElementsOf(second == null ? List.of(expected) : List.of(expected, second));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uh the ssn is one one eight dash four seven dash three three five six"
            + " | US_SSN:one one eight dash four seven dash three three five six",
        // Both dashes set off by commas read a number's dashes as it is written.
        "CALLER: sure, four four one, dash, five eight, dash, two zero one nine"
            + " | US_SSN:four four one, dash, five eight, dash, two zero one nine",
        "call me on four one five dash five five five dash oh one three two"
            + " | PHONE_NUMBER:four one five dash five five five dash oh one three two"
    })
    void aDashReadOutBetweenTheGroupsOfANumberIsAPause(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // An employer id said with its dash, a reference's parts set off by commas, a claim's code.
        "the tax id for the business is eight eight dash one two three four five six seven",
        "AGENT: the reference for today's call is two five zero four one two, dash, zero zero eight seven.",
        "your claim, number C L M dash two zero two five dash zero zero six one one seven two, has been closed"
    })
    void aDashReadOutJoinsNoIdentifierToANumber(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "Plus" in Estonian, Lithuanian and Icelandic.
        "Klient: Minu number on pluss kolm seitse kaks, viis \u00fcks kaks kolm, neli viis kuus \u00fcheksa."
            + " | PHONE_NUMBER:pluss kolm seitse kaks, viis \u00fcks kaks kolm, neli viis kuus \u00fcheksa",
        "Klientas: Mano numeris plius trys septyni nulis, \u0161e\u0161i penki, septyni a\u0161tuoni, devyni nulis, vienas du."
            + " | PHONE_NUMBER:plius trys septyni nulis, \u0161e\u0161i penki, septyni a\u0161tuoni, devyni nulis, vienas du"
    })
    void readsPlusInTheCallersLanguages(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void aNumberTheCallerNamesAPhoneAfterItIsOneWhateverLabelCameBefore() {
        assertThat(found("Agent: what's the meter number on the front of the meter? Caller: it's, um, eight three two, five"
                + " five five, oh one oh four, oh wait, that's my phone, sorry."))
                .containsExactly("PHONE_NUMBER:eight three two, five five five, oh one oh four");
        assertThat(found("Caller: yeah, they gave me a case number, it's eight three two, five five five, oh one eight eight..."
                + " no, sorry, that's my husband's phone"))
                .containsExactly("PHONE_NUMBER:eight three two, five five five, oh one eight eight");
        // Named something else after it, the label before stands.
        assertThat(found("Caller: the case number is eight three two, five five five, oh one oh four, that's my account number"))
                .isEmpty();
    }

    @Test
    void anAsideBetweenDashesInsideANumberIsAPause() {
        assertThat(found("CUSTOMER: four one two... four one two, five five five\u2014 sorry I'm shaking\u2014 oh one nine four"
                + " AGENT: take your time")).containsExactly(
                        "PHONE_NUMBER:four one two... four one two, five five five\u2014 sorry I'm shaking\u2014 oh one nine four");
        // Not between number words that make no number.
        assertThat(found("we open nine - ten on Sundays - five days a week")).isEmpty();
    }

    @Test
    void aNumberReadOutAcrossTurnsIsLabelledInItsParts() {
        // The agent's "mm-hmm" between the parts, on one line as Contact Lens writes a transcript.
        assertThat(found("CUSTOMER: yeah my number is two one two, five five five... AGENT: mm-hmm. CUSTOMER: ...oh one"
                + " nine two. AGENT: Great, and is that a cell phone?"))
                .containsExactly("PHONE_NUMBER:two one two, five five five", "PHONE_NUMBER:oh one nine two");
        assertThat(found("CUSTOMER: yeah it's, um, three one four... AGENT: uh-huh. CUSTOMER: five five five... AGENT: okay."
                + " CUSTOMER: oh one nine nine."))
                .containsExactly("PHONE_NUMBER:three one four", "PHONE_NUMBER:five five five", "PHONE_NUMBER:oh one nine nine");
        // The same speaker's next turn.
        assertThat(found("[00:02:33] AGENT: can I just take a contact number in case we get cut off?\n"
                + "[00:02:36] CALLER: yeah it's oh seven eight one two\n[00:02:39] CALLER: five five oh, two six one\n"
                + "[00:02:41] AGENT: thanks")).containsExactly("PHONE_NUMBER:oh seven eight one two",
                        "PHONE_NUMBER:five five oh, two six one");
        // Speech-to-text's numbered speakers; "take your time" and a filler before it, "then" after it.
        assertThat(found("spk_0: and what's a good callback number\nspk_1: it's nine oh one\nspk_0: mm-hmm\n"
                + "spk_1: five five five, oh one four three")).containsExactly("PHONE_NUMBER:nine oh one",
                        "PHONE_NUMBER:five five five, oh one four three");
        assertThat(found("spk_0: and a phone for him\nspk_1: he got a Texas number, it's two one oh, uh\nspk_0: take your time\n"
                + "spk_1: five five five, oh one three eight")).containsExactly("PHONE_NUMBER:two one oh",
                        "PHONE_NUMBER:five five five, oh one three eight");
        assertThat(found("Agent: can I get a callback number\nCustomer: yeah it's uh area code four one seven\nAgent: okay\n"
                + "Customer: then five five five, zero one six six")).containsExactly("PHONE_NUMBER:four one seven",
                        "PHONE_NUMBER:five five five, zero one six six");
        // Roles in lower case; not a start said again after the turn, which is a false start.
        assertThat(found("anrufer: null eins sieben drei\nagent: mhm\nanrufer: neun zwo acht, vier f\u00fcnf sechs eins"))
                .containsExactly("PHONE_NUMBER:null eins sieben drei", "PHONE_NUMBER:neun zwo acht, vier f\u00fcnf sechs eins");
        assertThat(found("cliente: el tel\u00e9fono es el seis seis cinco eh\nagente: s\u00ed\ncliente: seis seis cinco, cuarenta, doce,"
                + " setenta y nueve")).containsExactly("PHONE_NUMBER:seis seis cinco, cuarenta, doce, setenta y nueve");
        // Spanish "ajá" between the parts; the caller's "hang on" before the other's turn.
        assertThat(found("cliente: el n\u00famero de mi hijo es ocho uno siete\nagente: aj\u00e1\ncliente: cinco cinco cinco"
                + "\nagente: s\u00ed\ncliente: cero uno noventa y dos")).containsExactly("PHONE_NUMBER:ocho uno siete",
                        "PHONE_NUMBER:cinco cinco cinco", "PHONE_NUMBER:cero uno noventa y dos");
        assertThat(found("agent: can i take a number for the callback\ncaller: yeah it's oh six one... hang on\n"
                + "agent: take your time\ncaller: two one eight, six six four, that's Limerick"))
                .containsExactly("PHONE_NUMBER:oh six one", "PHONE_NUMBER:two one eight, six six four");
        // Korean and Japanese roles and answers ("고객:", "네"; "お客様:", "はい"), numerals of their scripts, and
        // the particle between groups left out of a part.
        assertThat(found("\uc0c1\ub2f4\uc6d0: \ubc88\ud638 \ubd88\ub7ec\uc8fc\uc138\uc694\n\uace0\uac1d: \uacf5\uc77c\uacf5\n"
                + "\uc0c1\ub2f4\uc6d0: \ub124\n\uace0\uac1d: \uad6c\uc77c\uc0ac\ud314\n\uc0c1\ub2f4\uc6d0: \ub124\n\uace0\uac1d:"
                + " \uc774\uc721\uacf5\uc0bc")).containsExactly("PHONE_NUMBER:\uacf5\uc77c\uacf5",
                        "PHONE_NUMBER:\uad6c\uc77c\uc0ac\ud314", "PHONE_NUMBER:\uc774\uc721\uacf5\uc0bc");
        assertThat(found("\u304a\u5ba2\u69d8: \u30bc\u30ed\u30b5\u30f3\u306e\n\u30aa\u30da\u30ec\u30fc\u30bf\u30fc: \u306f\u3044\n"
                + "\u304a\u5ba2\u69d8: \u3054\u30fc\u306a\u306a\u308d\u304f\u306b\u30fc\u306e\n\u30aa\u30da\u30ec\u30fc\u30bf\u30fc:"
                + " \u306f\u3044\n\u304a\u5ba2\u69d8: \u3044\u3061\u3044\u3061\u306f\u3061\u3088\u3093"))
                .containsExactly("PHONE_NUMBER:\u30bc\u30ed\u30b5\u30f3", "PHONE_NUMBER:\u3054\u30fc\u306a\u306a\u308d\u304f\u306b\u30fc",
                        "PHONE_NUMBER:\u3044\u3061\u3044\u3061\u306f\u3061\u3088\u3093");
        // Italian "sì" between the parts, a part of hundreds glued to the rest.
        assertThat(found("operatore: allora mi dica il numero\ncliente: tre quattro nove\noperatore: s\u00ec\ncliente: duecentoventi"
                + "\noperatore: s\u00ec\ncliente: ottantanove, dodici")).containsExactly("PHONE_NUMBER:tre quattro nove",
                        "PHONE_NUMBER:duecentoventi", "PHONE_NUMBER:ottantanove, dodici");
        // A filler after the tag of the same speaker's next turn.
        assertThat(found("agent: votre num\u00e9ro de mobile s'il vous pla\u00eet\nclient: z\u00e9ro six trente-neuf"
                + " quatre-vingt-dix-huit\nclient: euh dix-neuf soixante-six")).containsExactly(
                        "PHONE_NUMBER:z\u00e9ro six trente-neuf quatre-vingt-dix-huit", "PHONE_NUMBER:dix-neuf soixante-six");
        // A card number too, each part a card's where it was said, none a phone number.
        assertThat(found("caller: the refund should go to my visa, the number is four zero nine eight\nagent: mm-hmm\n"
                + "caller: four one five seven\nagent: yes\ncaller: one one zero five, nine eight five two"))
                .containsExactly("CREDIT_CARD:four zero nine eight", "CREDIT_CARD:four one five seven",
                        "CREDIT_CARD:one one zero five, nine eight five two");
        // And a social security number.
        assertThat(found("caller: it's, um, my social is one three nine\nagent: okay\ncaller: four four\nagent: mm-hmm\n"
                + "caller: one thousand\nagent: thank you")).containsExactly("US_SSN:one three nine", "US_SSN:four four",
                        "US_SSN:one thousand");
        // Not the agent's own words after the caller's, nor a number said whole and then another's digits.
        assertThat(found("CALLER: it's two one two, five five five... AGENT: five five five? CALLER: yes")).isEmpty();
        assertThat(found("spk_1: it's nine oh one\nspk_0: five five five\nspk_1: yes")).isEmpty();
    }

    @Test
    void anIcelandicPromptToCallNamesTheNumberSaidAfterIt() {
        String text = "\u00de: \u00cd hva\u00f0a n\u00famer getum vi\u00f0 hringt? | V: sex einn einn, tveir \u00fer\u00edr"
                + " fj\u00f3rir fimm.";
        assertThat(found(text)).containsExactly("PHONE_NUMBER:sex einn einn, tveir \u00fer\u00edr fj\u00f3rir fimm");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "B\u00fcrger (CH): Mini Nummere isch null sibe n\u00fc\u00fcn, vier eis zw\u00f6i, f\u00fcf s\u00e4chs, dr\u00fc acht."
            + " | PHONE_NUMBER:null sibe n\u00fc\u00fcn, vier eis zw\u00f6i, f\u00fcf s\u00e4chs, dr\u00fc acht"
    })
    void readsSwissGermanFive(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Said in the language of the text, a number needs no cue: its countries' plans read it.
        "CLIENTE: el de la empresa es el nueve cuatro cuatro cero uno cinco siete tres nueve eh bueno es un fijo de bilbao"
            + " | PHONE_NUMBER:nueve cuatro cuatro cero uno cinco siete tres nueve",
        // "Number of" a person or a place is theirs, not a thing's.
        "la hermana vive en chicago el n\u00famero de ella es tres uno dos, cinco cinco cinco, cero uno setenta y cinco"
            + " | PHONE_NUMBER:tres uno dos, cinco cinco cinco, cero uno setenta y cinco",
        // Portuguese "mais" for the '+'; a false start broken off with an ellipsis and "não".
        "cliente: sou de cabo verde, o n\u00famero \u00e9 mais duzentos e trinta e oito, nove cinco dois, trinta e sete,"
            + " dezoito | PHONE_NUMBER:mais duzentos e trinta e oito, nove cinco dois, trinta e sete, dezoito",
        "cliente: \u00e9 \u00e9 onze nove sete... n\u00e3o, onze nove oito sete tr\u00eas quatro dois dois um zero agente: ok"
            + " | PHONE_NUMBER:onze nove sete... n\u00e3o, onze nove oito sete tr\u00eas quatro dois dois um zero",
        // Spanish "más" for the '+'.
        "CLIENTE: desde fuera de espa\u00f1a me llaman al m\u00e1s treinta y cuatro seis siete nueve cero cinco siete"
            + " cuatro cero uno verdad | PHONE_NUMBER:m\u00e1s treinta y cuatro seis siete nueve cero cinco siete cuatro cero uno"
    })
    void readsANumberSaidInTheTextsLanguageInItsCountriesPlans(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CLIENTE: el n\u00famero de pedido es nueve cuatro cuatro cero uno cinco siete tres nueve",
        "cliente: ya le di el n\u00famero de la orden, es el ocho cuatro, dos uno, tres siete, nueve nueve"
    })
    void anIdentifiersLabelStillNamesANumberSaidInTheTextsLanguage(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aDateOfBirthSaidAsMonthDayAndYearIsNoNumber() {
        assertThat(found("Caller: Clarence Oduya, eight fifteen nineteen forty-seven.")).noneMatch(f -> f.startsWith("PHONE"));
    }

    @Test
    void countingFromOneIsNoNumberButFromZeroItIs() {
        assertThat(found("CUSTOMER: okay one two three four five six seven eight nine ten, can you hear me")).isEmpty();
        assertThat(found("caller: i'm in dublin, it's oh one, two three four, five six seven eight"))
                .containsExactly("PHONE_NUMBER:oh one, two three four, five six seven eight");
    }

    @Test
    void aNumberSaidInWordsIsReadBackFromOneWrittenInTheSameText() {
        assertThat(found("Cliente: anot\u00e1, once, cuatro ocho tres dos, setenta y siete, cincuenta y uno | Agente: Te leo:"
                + " 011 4832-7751, \u00bfest\u00e1 bien?"))
                .containsExactly("PHONE_NUMBER:once, cuatro ocho tres dos, setenta y siete, cincuenta y uno",
                        "PHONE_NUMBER:011 4832-7751");
    }

    @Test
    void aNumberSaidInWordsThatItsLabelNamesSomethingElseIsNoReadBackAndNeitherIsItsWrittenForm() {
        assertThat(found("Kundin: Meine Bestellnummer ist die drei null zwo, vier acht zwo neun eins sieben drei.\n"
                + "Agent: 302-4829173, gefunden.")).isEmpty();
        assertThat(found("Klant: Mijn ondernemingsnummer is nul vier zeven acht, acht \u00e9\u00e9n twee, drie acht acht.\n"
                + "Agent: Ik noteer BE 0478.812.388.")).isEmpty();
        // A label at the end of the turn before is the prompt's, not the reply's.
        assertThat(found("AGENT: our fax for transfers is eight six six, five five five, zero one two zero, with your"
                + " account number\nCALLER: okay eight six six five five five zero one two zero"))
                .containsExactly("PHONE_NUMBER:eight six six, five five five, zero one two zero",
                        "PHONE_NUMBER:eight six six five five five zero one two zero");
        // A Swiss "Natel" is a mobile.
        assertThat(found("Kunde: Meine Natelnummer ist null sieben neun, vier vier eins, achtundachtzig, siebenundzwanzig.\n"
                + "Agent: Also 079 441 88 27, merci.")).containsExactly(
                        "PHONE_NUMBER:null sieben neun, vier vier eins, achtundachtzig, siebenundzwanzig",
                        "PHONE_NUMBER:079 441 88 27");
    }

    @Test
    void aReplyWithoutACueOfItsOwnIsReadFromThePromptBeforeItsTag() {
        assertThat(found("agent: i'll need the social to verify the account\ncaller: sure it's six one oh, three eight,"
                + " four eight five five")).containsExactly("US_SSN:six one oh, three eight, four eight five five");
    }

    @Test
    void aBeginningBrokenOffAfterAnEllipsisAndSaidAgainIsPartOfTheNumber() {
        // As a false start with a word of correction is (the eval README's convention since
        // 2026-11-29): the digits said first are protected too. Blind set 20 labels these two without
        // the beginning; it was written before the convention.
        assertThat(found("AGENT: social security number please? | [00:03:33] CALLER: ok it's two nine oh... two nine oh,"
                + " seven five, one one four four | [00:03:39] AGENT: thank you"))
                .containsExactly("US_SSN:two nine oh... two nine oh, seven five, one one four four");
        assertThat(found("SPEAKER_0: the social? SPEAKER_1: it's, uh... five, four, four... five four four, one eight, six"
                + " two seven three | SPEAKER_0: and your date of birth?"))
                .containsExactly("US_SSN:five, four, four... five four four, one eight, six two seven three");
        // Broken off with a filler after most of the number.
        assertThat(found("Caller: it's five zero three, five five five, oh one uh, five zero three, five five five, oh one"
                + " one four. Agent: Thanks"))
                .containsExactly("PHONE_NUMBER:five zero three, five five five, oh one uh, five zero three, five five five,"
                        + " oh one one four");
        // Two digits said again after an ellipsis.
        assertThat(found("caller: my number is nine eight... nine eight seven two, three three one six"))
                .containsExactly("PHONE_NUMBER:nine eight... nine eight seven two, three three one six");
        // Hindi "no" in Devanagari between the false start and the number said again.
        assertThat(found("\u0917\u094d\u0930\u093e\u0939\u0915: \u092e\u0947\u0930\u093e \u0928\u0902\u092c\u0930 \u0932\u093f\u0916\u093f\u090f"
                + " \u0928\u094c \u0906\u0920 \u090f\u0915 \u0924\u0940\u0928, \u092a\u093e\u0901\u091a... \u0928\u0939\u0940\u0902,"
                + " \u0928\u094c \u0906\u0920 \u090f\u0915 \u0924\u0940\u0928, \u092a\u093e\u0901\u091a \u0924\u0940\u0928,"
                + " \u0926\u094b \u0928\u094c \u091b\u0939 \u0926\u094b"))
                .containsExactly("PHONE_NUMBER:\u0928\u094c \u0906\u0920 \u090f\u0915 \u0924\u0940\u0928, \u092a\u093e\u0901\u091a..."
                        + " \u0928\u0939\u0940\u0902, \u0928\u094c \u0906\u0920 \u090f\u0915 \u0924\u0940\u0928, \u092a\u093e\u0901\u091a"
                        + " \u0924\u0940\u0928, \u0926\u094b \u0928\u094c \u091b\u0939 \u0926\u094b");
        // Or after a dash set apart, as a transcript writes a break; a dash joined to its word is no break.
        assertThat(found("CUSTOMER: it's a nine one six \u2014 nine one six five five five oh one three two AGENT: got it"))
                .containsExactly("PHONE_NUMBER:nine one six \u2014 nine one six five five five oh one three two");
        assertThat(found("Caller: it's two oh six - sorry, they just called my zone - two oh six, five five five, oh one"
                + " four one Agent: sorry")).containsExactly("PHONE_NUMBER:two oh six - sorry, they just called my zone - two"
                        + " oh six, five five five, oh one four one");
        // A filler after an area code whose exchange starts alike is a pause, not a restart.
        assertThat(found("call me on five five five, uh, five five five, oh one two three please"))
                .containsExactly("PHONE_NUMBER:five five five, uh, five five five, oh one two three");
        // Digits before the pause that begin the number said after it but in their last: its false start.
        assertThat(found("agent dus het is nul zes vier vier... eh nul zes vier vijf twee twee \u00e9\u00e9n acht acht negen?"))
                .containsExactly("PHONE_NUMBER:nul zes vier vier... eh nul zes vier vijf twee twee \u00e9\u00e9n acht acht negen");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AGENT: I'll need your full social for the disability claim. | CALLER: Okay... three eight one, four four, oh two nine six.",
        "AGENT: I'll need your social to open the account. | CALLER: sure, it's four six eight, two two, nine one oh five.",
        "Agent: I'll need the full social to run the financing for the service contract.\nCustomer: Okay, it's five three"
            + " one, eight two, six six four nine."
    })
    void aNegativeCueThatIsThePurposeOfTheAskedNumberDoesNotLowerIt(String text) {
        assertThat(found(text)).singleElement().asString().startsWith("US_SSN:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SPEAKER_1 [00:03:55]: so the group number is uh seven seven four, four one, double oh nine | SPEAKER_0 [00:04:01]: ok",
        "[00:00:18] IVR: Please enter your policy number followed by pound. | [00:00:21] DTMF: 4 4 0 8 1 7 7 2 9 # | IVR: Thanks.",
        "AGENT: your prescription number please | CALLER: one one two, three four, five six | AGENT: 1123456, for the atorvastatin",
        // The identifier's noun beyond the cue window, right before its "number".
        "IVR> Please enter your 10 digit account number followed by pound. INPUT: 8812345509# RESULT: MATCH"
    })
    void thePromptBeforeANumberedOrAnyOtherTagNamesAnIdentifier(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aLabelWithItsOwnNumberBeforeAColonLabelsNothingAfterIt() {
        assertThat(found("SSN captured in a free-text field by mistake on case 00918944: \"318-44-2097\" (redacted)"))
                .containsExactly("US_SSN:318-44-2097");
    }

    @Test
    void aNumberCorrectedRightAfterItIsAPhoneNumberToo() {
        assertThat(found("Agente: Pode confirmar o seu contacto? Cliente: \u00c9 o nove um dois, tr\u00eas quatro cinco, seis sete"
                + " oito... n\u00e3o, espere, \u00e9 nove um seis, tr\u00eas quatro cinco, seis sete oito."))
                .containsExactly("PHONE_NUMBER:nove um dois, tr\u00eas quatro cinco, seis sete oito",
                        "PHONE_NUMBER:nove um seis, tr\u00eas quatro cinco, seis sete oito");
        assertThat(found("my number is five five five, zero one four three, and my order is one two three four five six seven"))
                .containsExactly("PHONE_NUMBER:five five five, zero one four three");
    }

    @Test
    void digitsKeyedAfterAnIvrPromptForTheSsnAreTheSsn() {
        assertThat(found("IVR: please enter your social security number followed by the pound key. DTMF received: 752301186#"))
                .containsExactly("US_SSN:752301186");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "customer: do you need the whole thing it's three six three five one six three nine one | three six three five one six three nine one",
        "agent: let me read that back five one two four eight three zero nine seven caller: yep | five one two four eight three zero nine seven",
        "caller: my social is one four three, two seven, eight eight five six and his is six oh nine one three two two seven four"
            + " | six oh nine one three two two seven four",
        "agent: ok i\u2019ll note that, so six one two four oh oh eight seven three, thanks | six one two four oh oh eight seven three"
    })
    void nineDigitsSaidOneByOneWithNoCueAreAnSsn(String text, String ssn) {
        assertThat(found(text)).contains("US_SSN:" + ssn);
    }


    @Test
    void nineDigitsReadingBackAPhoneSaidBeforeStayThatPhone() {
        String readBack = "agent: bernie dot hayes at eircom dot net and oh one eight three seven four four one two, thanks";
        // Alone, under nothing but the agent's tag, the nine digits are read as an SSN ...
        assertThat(found(readBack)).contains("US_SSN:oh one eight three seven four four one two");
        // ... but after the caller said them as a phone number, they read that number back.
        assertThat(found("caller: it's bernie dot hayes at eircom dot net and the number is oh one, eight three seven,"
                + " four four one two | " + readBack))
                .contains("PHONE_NUMBER:oh one, eight three seven, four four one two",
                        "PHONE_NUMBER:oh one eight three seven four four one two")
                .noneMatch(f -> f.startsWith("US_SSN:"));
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The false start read as the number is, with its hundreds, "e" and "double".
        "Cliente: pode, novecentos e vinte e sete... h\u00e3... novecentos e vinte e sete, oitocentos e dezoito,"
            + " quatrocentos e vinte e um, \u00e9 o do trabalho."
            + " | novecentos e vinte e sete... h\u00e3... novecentos e vinte e sete, oitocentos e dezoito, quatrocentos e vinte e um",
        "Caller: you can reach me at two oh one, double five seven... sorry, two zero one, five double five, oh one oh"
            + " eight, that's my work phone"
            + " | two oh one, double five seven... sorry, two zero one, five double five, oh one oh eight"
    })
    void aFalseStartIsReadAsTheNumberIs(String text, String phone) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + phone);
    }

    @Test
    void digitsDictatedOneByOneAreAnSsnGroupedAsOneOrAfterNothingButASpeakersTag() {
        assertThat(found("caller: I wrote it down, one moment. 6 1 4 - 2 7 - 3 3 9 0"))
                .containsExactly("US_SSN:6 1 4 - 2 7 - 3 3 9 0");
        assertThat(found("caller: 3 2 4 5 7 1 9 8 8")).containsExactly("US_SSN:3 2 4 5 7 1 9 8 8");
        // A member's or an account's number, dictated after the prompt of another turn, stays no SSN.
        assertThat(found("CUSTOMER 00:00:12 it's W as in William 8 8 0 4 1 7 6 2 3, and the group is 0 0 4 7 1 2."))
                .noneMatch(f -> f.startsWith("US_SSN:"));
        assertThat(found("Beller: Dat is 7 3 0 0 4 1 8 8 2.")).noneMatch(f -> f.startsWith("US_SSN:"));
    }

    @Test
    void aOneCountingAThingAfterANumberIsNoDigitOfIt() {
        assertThat(found("Caller: my wife's is nine one nine, five five five, zero one nine one, one digit different."))
                .containsExactly("PHONE_NUMBER:nine one nine, five five five, zero one nine one");
    }

    @Test
    void anOhOfSurpriseAfterANumberIsNoDigitOfIt() {
        assertThat(found("caller: my son's number is one eight hundred, five five five, oh one three four, oh no wait,"
                + " that's your number on the letter"))
                .containsExactly("PHONE_NUMBER:one eight hundred, five five five, oh one three four");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Polish "nie" is "no" (Spain's NIE labels only the number right after it).
        "Klientka: nie, ju\u017c nie. Nowy to siedemset dwadzie\u015bcia osiem, trzysta czterdzie\u015bci, pi\u0119\u0107set"
            + " sze\u015b\u0107dziesi\u0105t jeden."
            + " | siedemset dwadzie\u015bcia osiem, trzysta czterdzie\u015bci, pi\u0119\u0107set sze\u015b\u0107dziesi\u0105t jeden",
        // "numer do mnie": the number to reach me by, not a thing's number.
        "[STT] Klient: numer do mnie, yyy, osiemset czterdzie\u015bci siedem, pi\u0119\u0107set pi\u0119\u0107dziesi\u0105t"
            + " pi\u0119\u0107, zero sto siedemna\u015bcie, to jest w Niles, pod Chicago."
            + " | osiemset czterdzie\u015bci siedem, pi\u0119\u0107set pi\u0119\u0107dziesi\u0105t pi\u0119\u0107, zero sto siedemna\u015bcie",
        // A long hesitation before the number said again ("chwileczk\u0119", just a moment).
        "[STT] Klient: m\u00f3j numer to sze\u015b\u0107set... yyy... chwileczk\u0119... sze\u015b\u0107set sze\u015b\u0107,"
            + " pi\u0119\u0107set dwana\u015bcie, osiemset dziewi\u0119\u0107dziesi\u0105t trzy."
            + " | sze\u015b\u0107set... yyy... chwileczk\u0119... sze\u015b\u0107set sze\u015b\u0107, pi\u0119\u0107set dwana\u015bcie,"
            + " osiemset dziewi\u0119\u0107dziesi\u0105t trzy"
    })
    void readsPolishNumbersSaidInWords(String text, String phone) {
        assertThat(found(text)).containsExactly("PHONE_NUMBER:" + phone);
    }

    @Test
    void thePhoneNumberOnTheContractIsAPhoneNumber() {
        assertThat(found("Agent: can I get the phone number on the contract? Caller: yeah it's six one four, five five"
                + " five, zero one three two.")).containsExactly("PHONE_NUMBER:six one four, five five five, zero one three two");
    }

    @Test
    void aHyphenJoinsTheWordsOfAFalseStart() {
        assertThat(found("Client: Vous pouvez me rappeler au z\u00e9ro quatre, deux cent vingt-trois... pardon, z\u00e9ro"
                + " quatre, deux deux trois, quarante-cinq, soixante-sept, c'est \u00e0 Li\u00e8ge."))
                .containsExactly("PHONE_NUMBER:z\u00e9ro quatre, deux cent vingt-trois... pardon, z\u00e9ro quatre, deux deux"
                        + " trois, quarante-cinq, soixante-sept");
    }

    @Test
    void aDutchWorkNumberIsAPhone() {
        assertThat(found("Klant: Mag ik u mijn werknummer geven? Nul vier nul, twee vier vijf, zevenenzeventig,"
                + " eenendertig. En vraag naar Ingrid."))
                .containsExactly("PHONE_NUMBER:Nul vier nul, twee vier vijf, zevenenzeventig, eenendertig");
    }

    @Test
    void aCzechTextReadsItsNumbersInItsPlan() {
        assertThat(found("[STT hovor 09:33:40] Klient: Kur\u00fdr mi volal z \u010d\u00edsla \u0161est set osm, dvacet dva,"
                + " nula jedna, devades\u00e1t a pak u\u017e to nikdo nebral."))
                .containsExactly("PHONE_NUMBER:\u0161est set osm, dvacet dva, nula jedna, devades\u00e1t");
    }

    @Test
    void hungarianSaysTheTrunkPrefixAsSix() {
        assertThat(found("\u00fcgyf\u00e9l: hat-harminc, dupla h\u00e9t, h\u00e9t, tizenegy, hatvan, igen, h\u00e1rom hetes"))
                .containsExactly("PHONE_NUMBER:hat-harminc, dupla h\u00e9t, h\u00e9t, tizenegy, hatvan");
        assertThat(found("az e-mail, amire a link megy, az farkas alulvon\u00e1s adam kukac gmail pont com"))
                .containsExactly("EMAIL:farkas alulvon\u00e1s adam kukac gmail pont com");
    }

    @Test
    void theSocialOnTheLoanIsTheSocial() {
        assertThat(found("Caller: the social on the loan is four eight nine, one six, three three two five, he passed"))
                .containsExactly("US_SSN:four eight nine, one six, three three two five");
    }

    @Test
    void aWrittenEchoOfASpokenSsnIsThatSsn() {
        String text = "IVR> caller said: \"five three five, two eight, six four oh three\" asr_conf=0.91 normalized=535286403";
        assertThat(found(text)).containsExactly("US_SSN:five three five, two eight, six four oh three", "US_SSN:535286403");
    }

    @Test
    void aSpeakersTagAloneMakesNoPhoneOfNineDigitsSaidOneByOne() {
        assertThat(found("caller: it's five one seven two two nine four oh eight agent: thanks, and your date of birth"))
                .containsExactly("US_SSN:five one seven two two nine four oh eight");
        // Read back by the agent: the same SSN.
        assertThat(found("caller: it's one eight seven oh six eight eight one six agent: one eight seven oh six eight eight"
                + " one six caller: yes")).containsExactly("US_SSN:one eight seven oh six eight eight one six",
                        "US_SSN:one eight seven oh six eight eight one six");
        // Asked for a phone, it stays whatever the phone detector made of it.
        assertThat(found("agent: what's the best phone number? caller: it's five one seven two two nine four oh eight"))
                .noneMatch(f -> f.startsWith("US_SSN:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "caller: the routing number is two one one two seven four four five oh",
        "caller: seven oh three four four one two oh six that's my zip code plus four",
        "caller: the dispute number they gave me was d s p two five oh four one eight eight three two",
        "agent: Let me read that back, W two eight four seven one nine three oh five, group four five eight two one.",
        "caller: the vin is J T D B R three two E seven two oh one two three four five six",
        "caller: my group is two five oh, four one eight, eight three two",
        "caller: it was two thousand and six, four one eight, eight three two"
    })
    void nineDigitsNamedOrSpelledOrGroupedOtherwiseAreNoSsn(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("US_SSN:"));
    }

    @Test
    void aNumberThatIsSomeonesOwnIsAPhoneInTheCountriesPlans() {
        assertThat(found("Cliente: mi n\u00famero es nueve nueve cuatro, doce, treinta y cuatro, cincuenta y seis."))
                .containsExactly("PHONE_NUMBER:nueve nueve cuatro, doce, treinta y cuatro, cincuenta y seis");
    }

    @Test
    void trebleIsTriple() {
        assertThat(found("Agent: and your number in case we get cut off? | Caller: oh seven eight nine oh, treble two, four one five"))
                .containsExactly("PHONE_NUMBER:oh seven eight nine oh, treble two, four one five");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Numerals glued to each other and to the words around them: Japanese kana, Hangul, Chinese, Thai.
        "\u5ba2\u300c\u30bc\u30ed\u306f\u3061\u30bc\u30ed\u3001\u3055\u3093\u306a\u306a\u3044\u3061\u3044\u3061\u3001"
            + "\u3054\u30fc\u3088\u3093\u306b\u30fc\u308d\u304f\u300d\u3067\u304a\u9858\u3044\u3057\u307e\u3059"
            + " | \u30bc\u30ed\u306f\u3061\u30bc\u30ed\u3001\u3055\u3093\u306a\u306a\u3044\u3061\u3044\u3061\u3001"
            + "\u3054\u30fc\u3088\u3093\u306b\u30fc\u308d\u304f",
        "\uace0\uac1d \"\uacf5\uc77c\uacf5, \uc624\ud314\uc0bc\uc774, \uc77c\uad6c\uc0ac\uc0ac\uc694\""
            + " | \uacf5\uc77c\uacf5, \uc624\ud314\uc0bc\uc774, \uc77c\uad6c\uc0ac\uc0ac",
        "\u5ba2\u6237\"\u5e7a\u4e09\u4e5d,\u5e7a\u4e8c\u96f6\u516b,\u56db\u56db\u4e03\u516d\""
            + " | \u5e7a\u4e09\u4e5d,\u5e7a\u4e8c\u96f6\u516b,\u56db\u56db\u4e03\u516d",
        "\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e2b\u0e01 \u0e2a\u0e2d\u0e07, "
            + "\u0e2a\u0e35\u0e48 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e41\u0e1b\u0e14, \u0e40\u0e08\u0e47\u0e14 "
            + "\u0e40\u0e08\u0e47\u0e14 \u0e40\u0e01\u0e49\u0e32 \u0e28\u0e39\u0e19\u0e22\u0e4c"
            + " | \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e2b\u0e01 \u0e2a\u0e2d\u0e07, "
            + "\u0e2a\u0e35\u0e48 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e41\u0e1b\u0e14, \u0e40\u0e08\u0e47\u0e14 "
            + "\u0e40\u0e08\u0e47\u0e14 \u0e40\u0e01\u0e49\u0e32 \u0e28\u0e39\u0e19\u0e22\u0e4c",
        // Arabic and Hebrew number words, written apart, with the Arabic comma as a pause.
        "\u0631\u0642\u0645 \u062c\u0648\u0627\u0644\u064a \u0635\u0641\u0631 \u062e\u0645\u0633\u0629 \u0633\u062a\u0629\u060c "
            + "\u0623\u0631\u0628\u0639\u0629 \u0623\u0631\u0628\u0639\u0629 \u062b\u0645\u0627\u0646\u064a\u0629\u060c "
            + "\u0648\u0627\u062d\u062f \u0627\u062b\u0646\u064a\u0646 \u062b\u0644\u0627\u062b\u0629 \u0633\u0628\u0639\u0629."
            + " | \u0635\u0641\u0631 \u062e\u0645\u0633\u0629 \u0633\u062a\u0629\u060c "
            + "\u0623\u0631\u0628\u0639\u0629 \u0623\u0631\u0628\u0639\u0629 \u062b\u0645\u0627\u0646\u064a\u0629\u060c "
            + "\u0648\u0627\u062d\u062f \u0627\u062b\u0646\u064a\u0646 \u062b\u0644\u0627\u062b\u0629 \u0633\u0628\u0639\u0629",
        // Tagalog number words mixed with English ones in one number.
        "Caller gave spoken number zero nine four five, dalawa zero walo, pito pito isa anim, thanks"
            + " | zero nine four five, dalawa zero walo, pito pito isa anim"
    })
    void readsNumbersSaidInOtherScriptsAndInTagalog(String text, String phone) {
        assertThat(found(text)).contains("PHONE_NUMBER:" + phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Numeral syllables inside ordinary words, and too few of them, are no number.
        "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u7bc0\u8ab2",
        "\uc774\uc0ac \uc77c\uc815\uc744 \uc624\ub298 \ud655\uc778\ud588\uc2b5\ub2c8\ub2e4",
        "\u3057\u3054\u3068\u306b\u3044\u304f"
    })
    void readsNoNumberInProseOfThoseScripts(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // French hundreds before French tens and teens, and a zero before "cent".
        "Mon num\u00e9ro, c'est le quatre cent dix-huit, cinq cent cinquante-cinq, z\u00e9ro cent quatre-vingt-onze."
            + " | quatre cent dix-huit, cinq cent cinquante-cinq, z\u00e9ro cent quatre-vingt-onze",
        // Hindi and Urdu number words with English digits in one number.
        "number note kijiye: nau aath do do, zero four, ek saat chhe teen | nau aath do do, zero four, ek saat chhe teen",
        "caller: zero three three three, paanch do aath, ek chaar chay nau. agent: theek hai?"
            + " | zero three three three, paanch do aath, ek chaar chay nau",
        // "double" in German.
        "Meine Nummer ist null acht neun, doppel neun, doppel neun, acht, zwei doppel eins."
            + " | null acht neun, doppel neun, doppel neun, acht, zwei doppel eins"
    })
    void readsFrenchHundredsAndDoubleInOtherLanguages(String text, String phone) {
        assertThat(found(text)).contains("PHONE_NUMBER:" + phone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A name spelled out before the number is no code's letters.
        "Caller: it's Ahmed Qureshi, Q U R E S H I, seven seven eight, five five five, oh one three three"
            + " | seven seven eight, five five five, oh one three three",
        // "in case" is a condition, not a case's number.
        "Agent: And your own phone, Vivian, in case we need to reach the authorized representative?\\n"
            + "Caller 2: six seven eight, five five five, zero one six three. | six seven eight, five five five, zero one six three",
        // Slovenian: "moj sin" is my son (no Canadian SIN), "nič" zero, "ne, oprostite" a correction.
        "stranka: naj vas pokli\u010de moj sin, Jaka, on ve vse o tem, ni\u010d \u0161est pet, ena dva tri, \u0161tiri pet \u0161est"
            + " | ni\u010d \u0161est pet, ena dva tri, \u0161tiri pet \u0161est",
        "operater: in \u0161tevilka, kamor vas lahko pokli\u010de tehnik?\\nstranka: ni\u010d \u0161tiri ena, dva ni\u010d..."
            + " ne, oprostite, ni\u010d \u0161tiri ena, dva ni\u010d \u0161est, sedem sedem ni\u010d"
            + " | ni\u010d \u0161tiri ena, dva ni\u010d... ne, oprostite, ni\u010d \u0161tiri ena, dva ni\u010d \u0161est, sedem sedem ni\u010d",
        // Croatian: "ovaj" is a filler, "šesto" the hundreds of 678 as it is spoken.
        "agent: koji je broj na koji se mogu javiti?\\nkupac: nula devet jedan, ovaj, \u010detiri \u010detiri sedam, dvadeset dva deset"
            + " | nula devet jedan, ovaj, \u010detiri \u010detiri sedam, dvadeset dva deset",
        "telefonist: aha, a fiksni broj?\\nkupac: nula dvadeset jedan, tristo \u010detrdeset pet, \u0161esto sedamdeset osam"
            + " | nula dvadeset jedan, tristo \u010detrdeset pet, \u0161esto sedamdeset osam"
    })
    void readsNumbersAfterASpelledNameAConditionASonAndInCroatianAndSlovenianSpeech(String text, String phone) {
        // "\\n" in a row stands for a line break (a row of @CsvSource cannot hold one).
        assertThat(found(text.replace("\\n", "\n"))).contains("PHONE_NUMBER:" + phone);
    }

    @Test
    void anSsnSaidAfterAFalseStartAndReadBackKeepsItsFalseStart() {
        assertThat(found("caller: so the social is six two four, eight three... sorry, six two four, eight three, five six nine zero\n"
                + "agent: six two four eight three five six nine zero, thank you")).containsExactly(
                "US_SSN:six two four, eight three... sorry, six two four, eight three, five six nine zero",
                "US_SSN:six two four eight three five six nine zero");
    }

    @Test
    void anSsnCueBeforeWhereTheNumberIsOnFileNamesTheNumberAfterIt() {
        assertThat(found("Caller: and the social security number on the old account was two five nine, one four, one zero three two,"
                + " that's what the previous tenant said")).containsExactly("US_SSN:two five nine, one four, one zero three two");
    }

    @Test
    void aFalseStartWithADigitChangedIsNoNumberOfItsOwnAfterAPhonePrompt() {
        assertThat(found("[00:01:10] AGENTE: necesito un tel\u00e9fono de contacto\n[00:01:15] CLIENTE: s\u00ed, es el eh seis"
                + " cuarenta y cinco, doce, treinta y... no perd\u00f3n, seis cuarenta y seis, doce, treinta y cuatro, cincuenta y ocho"))
                .containsExactly("PHONE_NUMBER:seis cuarenta y cinco, doce, treinta y... no perd\u00f3n, seis cuarenta y seis, doce,"
                        + " treinta y cuatro, cincuenta y ocho");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A false start of a few digits whose last word alone starts as the number does, and one that
        // reads as an employer id's first two digits.
        "caller: ok my SSN is five one two\u2026 sorry, two three nine, eight zero, five three three zero"
            + " | US_SSN:five one two\u2026 sorry, two three nine, eight zero, five three three zero",
        "my social is five five, oh\u2026 sorry, oh five five, oh one, two six five oh"
            + " | US_SSN:five five, oh\u2026 sorry, oh five five, oh one, two six five oh",
        // "hang on, it's" corrects.
        "caller: I was given a number to call back, oh two oh, seven nine four six... no hang on, it's oh two oh, seven nine four six,"
            + " oh nine five eight | PHONE_NUMBER:oh two oh, seven nine four six... no hang on, it's oh two oh, seven nine four six,"
            + " oh nine five eight",
        // Broken off and corrected, fewer digits than the number: one number, whatever they said.
        "Client : mon cell c'est le cinq huit un, cinq cinq cinq, z\u00e9ro un... euh non, quatre un huit, cinq cinq cinq,"
            + " z\u00e9ro un huit quatre. | PHONE_NUMBER:cinq huit un, cinq cinq cinq, z\u00e9ro un... euh non, quatre un huit,"
            + " cinq cinq cinq, z\u00e9ro un huit quatre",
        // Where the number is on file, in Spanish.
        "AGENTE: \u00bfme confirma el n\u00famero de tel\u00e9fono registrado en la cuenta?\\nCLIENTE: es el tres cero cinco, cinco cinco"
            + " cinco, cero uno siete dos | PHONE_NUMBER:tres cero cinco, cinco cinco cinco, cero uno siete dos",
        // "so I can pull up the transaction": the prompt's purpose, not a label of the card.
        "agent: okay and for the dispute, can I get the full card number so I can pull up the transaction\\ncaller: it's four nine five"
            + " four, three seven two eight, nine three four six, one five seven five"
            + " | CREDIT_CARD:four nine five four, three seven two eight, nine three four six, one five seven five",
        // "what is it" between a false start and the number.
        "CALLER: it's four four three five five five... what is it... four four three, five five five, zero one six six. yeah."
            + " | PHONE_NUMBER:four four three five five five... what is it... four four three, five five five, zero one six six",
        // Portuguese "é" between the groups of a number.
        "[00:00:15] CLIENTE: \u00e9 onze, nove sete quatro, \u00e9, um dois, tr\u00eas tr\u00eas oito cinco"
            + " | PHONE_NUMBER:onze, nove sete quatro, \u00e9, um dois, tr\u00eas tr\u00eas oito cinco",
        // Spanish "perdona" and the caller's reason between a number broken off with a comma and the same
        // number said again; English "be" and Portuguese "ele" name no letter.
        "[00:00:33] CLIENTE: a ver, mi n\u00famero es el... seis... tres... nueve, perdona que lo tengo nuevo... seis tres nueve, ochenta, catorce, veintid\u00f3s"
            + " | PHONE_NUMBER:seis... tres... nueve, perdona que lo tengo nuevo... seis tres nueve, ochenta, catorce, veintid\u00f3s",
        "caller: if you're ringing from overseas it'd be plus six one, four nine one, five seven three, seven seven oh"
            + " | PHONE_NUMBER:plus six one, four nine one, five seven three, seven seven oh",
        // An interjection and a filler ("oh", "um": Portuguese "one") are no false start; another number
        // named after the correction is no false start of it.
        "caller: oh, um, sorry yeah, so it's oh two oh, seven nine four six, oh double three four"
            + " | PHONE_NUMBER:oh two oh, seven nine four six, oh double three four",
        "anruferin: meine nummer ist null drei null, \u00e4hm, nein warten sie, die festnetznummer ist null drei\u00dfig, achtundvierzig,"
            + " zweiundsiebzig, neunzehn, sechsunddrei\u00dfig | PHONE_NUMBER:null drei\u00dfig, achtundvierzig, zweiundsiebzig, neunzehn, sechsunddrei\u00dfig",
        // A beginning said again with the trunk prefix 8; a hundreds word broken off began its hundred.
        "[00:00:21] \u041a\u043b\u0438\u0435\u043d\u0442: \u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u043f\u044f\u0442\u044c... \u044d... \u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u043f\u044f\u0442\u044c, \u0448\u0435\u0441\u0442\u044c\u0441\u043e\u0442 \u0434\u0432\u0435\u043d\u0430\u0434\u0446\u0430\u0442\u044c, \u0432\u043e\u0441\u0435\u043c\u044c\u0434\u0435\u0441\u044f\u0442, \u0441\u043e\u0440\u043e\u043a \u0447\u0435\u0442\u044b\u0440\u0435"
            + " | PHONE_NUMBER:\u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u043f\u044f\u0442\u044c... \u044d... \u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u043f\u044f\u0442\u044c, \u0448\u0435\u0441\u0442\u044c\u0441\u043e\u0442 \u0434\u0432\u0435\u043d\u0430\u0434\u0446\u0430\u0442\u044c, \u0432\u043e\u0441\u0435\u043c\u044c\u0434\u0435\u0441\u044f\u0442, \u0441\u043e\u0440\u043e\u043a \u0447\u0435\u0442\u044b\u0440\u0435",
        "\u041a\u043b\u0438\u0435\u043d\u0442: \u0430\u043b\u0451, \u044d\u0442\u043e \u0441\u043b\u0443\u0436\u0431\u0430 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438? \u043a\u043e\u0440\u043e\u0447\u0435 \u0442\u0435\u043b\u0435\u0444\u043e\u043d \u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442... \u044d... \u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u0432\u043e\u0441\u0435\u043c\u044c, \u0434\u0432\u0435\u0441\u0442\u0438 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c \u043e\u0434\u0438\u043d,"
            + " \u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442, \u0442\u0440\u0438\u0434\u0446\u0430\u0442\u044c \u0441\u0435\u043c\u044c | PHONE_NUMBER:\u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442... \u044d... \u0432\u043e\u0441\u0435\u043c\u044c \u0441\u0435\u043c\u044c\u0441\u043e\u0442 \u0432\u043e\u0441\u0435\u043c\u044c, \u0434\u0432\u0435\u0441\u0442\u0438 \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c \u043e\u0434\u0438\u043d,"
            + " \u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442, \u0442\u0440\u0438\u0434\u0446\u0430\u0442\u044c \u0441\u0435\u043c\u044c",
        // Persian, with its hundreds and "\u0648" (and); a false start broken off with "no, sorry"; "\u0646\u0647" (9)
        // after "\u0648" is nine, before "wait" or alone after a pause "no".
        "\u0645\u0634\u062a\u0631\u06cc: \u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u0633\u06cc \u0648 \u067e\u0646\u062c\u060c \u062f\u0648\u06cc\u0633\u062a \u0648 \u0628\u06cc\u0633\u062a \u0648 \u0634\u0634\u060c \u062f\u0647\u060c \u0686\u0647\u0644 \u0648 \u0646\u0647 | PHONE_NUMBER:\u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u0633\u06cc \u0648 \u067e\u0646\u062c\u060c \u062f\u0648\u06cc\u0633\u062a \u0648 \u0628\u06cc\u0633\u062a \u0648 \u0634\u0634\u060c \u062f\u0647\u060c \u0686\u0647\u0644 \u0648 \u0646\u0647",
        "\u0645\u0634\u062a\u0631\u06cc: \u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u062f\u0648\u0627\u0632\u062f\u0647... \u0627\u0650 \u0646\u0647 \u0628\u0628\u062e\u0634\u06cc\u062f... \u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u0633\u06cc \u0648 \u067e\u0646\u062c\u060c \u062f\u0648\u06cc\u0633\u062a \u0648 \u0628\u06cc\u0633\u062a \u0648 \u0634\u0634\u060c \u062f\u0647\u060c \u0686\u0647\u0644 \u0648 \u0646\u0647"
            + " | PHONE_NUMBER:\u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u062f\u0648\u0627\u0632\u062f\u0647... \u0627\u0650 \u0646\u0647 \u0628\u0628\u062e\u0634\u06cc\u062f... \u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u0633\u06cc \u0648 \u067e\u0646\u062c\u060c \u062f\u0648\u06cc\u0633\u062a \u0648 \u0628\u06cc\u0633\u062a \u0648 \u0634\u0634\u060c \u062f\u0647\u060c \u0686\u0647\u0644 \u0648 \u0646\u0647",
        "\u0645\u0634\u062a\u0631\u06cc: \u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u0633\u06cc\u060c \u062f\u0648\u06cc\u0633\u062a \u0648 \u0686\u0647\u0644 \u0648 \u067e\u0646\u062c\u060c \u0647\u0641\u062a\u0627\u062f \u0648 \u0647\u0641\u062a\u060c \u0647\u0634\u062a\u0627\u062f \u0648 \u06cc\u06a9 ... \u0646\u0647"
            + " | PHONE_NUMBER:\u0635\u0641\u0631 \u0646\u0647\u0635\u062f \u0648 \u0633\u06cc\u060c \u062f\u0648\u06cc\u0633\u062a \u0648 \u0686\u0647\u0644 \u0648 \u067e\u0646\u062c\u060c \u0647\u0641\u062a\u0627\u062f \u0648 \u0647\u0641\u062a\u060c \u0647\u0634\u062a\u0627\u062f \u0648 \u06cc\u06a9",
        "\u0645\u0634\u062a\u0631\u06cc: \u0635\u0641\u0631 \u06cc\u06a9 \u0647\u0641\u062a \u0634\u0634\u060c \u0686\u0647\u0627\u0631 \u0686\u0647\u0627\u0631 \u06cc\u06a9 \u0646\u0647\u060c \u062f\u0648 \u0647\u0634\u062a \u067e\u0646\u062c \u0647\u0641\u062a | PHONE_NUMBER:\u0635\u0641\u0631 \u06cc\u06a9 \u0647\u0641\u062a \u0634\u0634\u060c \u0686\u0647\u0627\u0631 \u0686\u0647\u0627\u0631 \u06cc\u06a9 \u0646\u0647\u060c \u062f\u0648 \u0647\u0634\u062a \u067e\u0646\u062c \u0647\u0641\u062a",
        // The French creoles of the Antilles and R\u00e9union; Portuguese "o" (the article) before "zero".
        "Appelant : alors mon nimero s\u00e9 z\u00e9ro sis n\u00e8f d\u00e9, karant-s\u00e8t, dis-wit, trant-inn... zot i p\u00e9 rap\u00e8l amwin ?"
            + " | PHONE_NUMBER:z\u00e9ro sis n\u00e8f d\u00e9, karant-s\u00e8t, dis-wit, trant-inn",
        "Cliente: e o fixo aqui em Fran\u00e7a \u00e9 o zero tr\u00eas, oitenta e oito, vinte e quatro, quinze, sessenta."
            + " | PHONE_NUMBER:zero tr\u00eas, oitenta e oito, vinte e quatro, quinze, sessenta",
        // Frisian and Limburgish.
        "beller: o, moai! myn n\u00fbmer is nul fiif ien twa, seis s\u00e2n acht, trije njoggen fjouwer en ik haw in fraach"
            + " | PHONE_NUMBER:nul fiif ien twa, seis s\u00e2n acht, trije njoggen fjouwer",
        "Klant: mien nummer is nul-veer-vief, vief-veer-twie, ach-ein-nul-zeve, bel mich mer nao zes oer"
            + " | PHONE_NUMBER:nul-veer-vief, vief-veer-twie, ach-ein-nul-zeve",
        // Somali, Gujarati in its script and romanised, Punjabi in Gurmukhi.
        "CALLER: lambarkaygu waa eber toddoba saddex sagaal kow, shan shan toddoba, siddeed laba eber | PHONE_NUMBER:eber toddoba saddex sagaal kow, shan shan toddoba, siddeed laba eber",
        "CALLER: \u0aae\u0abe\u0ab0\u0acb \u0aa8\u0a82\u0aac\u0ab0 \u0a9b\u0ac7 \u0ab6\u0ac2\u0aa8\u0acd\u0aaf \u0ab8\u0abe\u0aa4 \u0a9a\u0abe\u0ab0 \u0a9b \u0aaa\u0abe\u0a82\u0a9a, \u0aac\u0ac7 \u0aac\u0ac7 \u0a86\u0aa0, \u0aa8\u0ab5 \u0a8f\u0a95 \u0aa4\u0acd\u0ab0\u0aa3 | PHONE_NUMBER:\u0ab6\u0ac2\u0aa8\u0acd\u0aaf \u0ab8\u0abe\u0aa4 \u0a9a\u0abe\u0ab0 \u0a9b \u0aaa\u0abe\u0a82\u0a9a, \u0aac\u0ac7 \u0aac\u0ac7 \u0a86\u0aa0, \u0aa8\u0ab5 \u0a8f\u0a95 \u0aa4\u0acd\u0ab0\u0aa3",
        "CALLER: ghar no number shunya ek ek chha, be chha aath, shunya chaar panch saat, mummy tya j hoy | PHONE_NUMBER:shunya ek ek chha, be chha aath, shunya chaar panch saat",
        "CALLER (PA/EN): \u0a1c\u0a40 \u0a2e\u0a47\u0a30\u0a3e \u0a28\u0a70\u0a2c\u0a30 \u0a32\u0a3f\u0a16\u0a4b, \u0a2a\u0a70\u0a1c \u0a2a\u0a70\u0a1c \u0a28\u0a4c\u0a02, \u0a2a\u0a70\u0a1c \u0a2a\u0a70\u0a1c \u0a2a\u0a70\u0a1c, \u0a1c\u0a3c\u0a40\u0a30\u0a4b \u0a07\u0a71\u0a15 \u0a38\u0a71\u0a24 \u0a38\u0a71\u0a24 | PHONE_NUMBER:\u0a2a\u0a70\u0a1c \u0a2a\u0a70\u0a1c \u0a28\u0a4c\u0a02, \u0a2a\u0a70\u0a1c \u0a2a\u0a70\u0a1c \u0a2a\u0a70\u0a1c, \u0a1c\u0a3c\u0a40\u0a30\u0a4b \u0a07\u0a71\u0a15 \u0a38\u0a71\u0a24 \u0a38\u0a71\u0a24",
        // Bengali digits and English ones in Bengali letters (with "double"), Bengali romanised with Hindi;
        // Bengali "\u09a8\u09be" (no) corrects.
        "\u0997\u09cd\u09b0\u09be\u09b9\u0995: \u0986\u09ae\u09be\u09b0 \u09a8\u09be\u09ae\u09cd\u09ac\u09be\u09b0 \u09b6\u09c2\u09a8\u09cd\u09af \u098f\u0995 \u09a8\u09af\u09bc \u098f\u0995 \u099a\u09be\u09b0, \u09b8\u09be\u09a4 \u09b6\u09c2\u09a8\u09cd\u09af \u0986\u099f, \u09a4\u09bf\u09a8 \u09a6\u09c1\u0987 \u09aa\u09be\u0981\u099a | PHONE_NUMBER:\u09b6\u09c2\u09a8\u09cd\u09af \u098f\u0995 \u09a8\u09af\u09bc \u098f\u0995 \u099a\u09be\u09b0, \u09b8\u09be\u09a4 \u09b6\u09c2\u09a8\u09cd\u09af \u0986\u099f, \u09a4\u09bf\u09a8 \u09a6\u09c1\u0987 \u09aa\u09be\u0981\u099a",
        "\u0997\u09cd\u09b0\u09be\u09b9\u0995: \u099c\u09bf\u09b0\u09cb \u0993\u09af\u09bc\u09be\u09a8 \u09b8\u09c7\u09ad\u09c7\u09a8 \u09a1\u09be\u09ac\u09b2 \u09b8\u09c7\u09ad\u09c7\u09a8, \u09ab\u09be\u0987\u09ad \u0993\u09af\u09bc\u09be\u09a8 \u099f\u09c1, \u098f\u0987\u099f \u099c\u09bf\u09b0\u09cb \u09a8\u09be\u0987\u09a8 | PHONE_NUMBER:\u099c\u09bf\u09b0\u09cb \u0993\u09af\u09bc\u09be\u09a8 \u09b8\u09c7\u09ad\u09c7\u09a8 \u09a1\u09be\u09ac\u09b2 \u09b8\u09c7\u09ad\u09c7\u09a8, \u09ab\u09be\u0987\u09ad \u0993\u09af\u09bc\u09be\u09a8 \u099f\u09c1, \u098f\u0987\u099f \u099c\u09bf\u09b0\u09cb \u09a8\u09be\u0987\u09a8",
        "caller: shunno ek sat tin noy, char shunno dui, choy ek aat | PHONE_NUMBER:shunno ek sat tin noy, char shunno dui, choy ek aat",
        "\u0997\u09cd\u09b0\u09be\u09b9\u0995: \u0986\u09ae\u09be\u09b0 \u09ab\u09cb\u09a8 \u09a8\u09be\u09ae\u09cd\u09ac\u09be\u09b0 \u099c\u09bf\u09b0\u09cb \u0993\u09af\u09bc\u09be\u09a8 \u098f\u0987\u099f... \u09a8\u09be, \u099c\u09bf\u09b0\u09cb \u0993\u09af\u09bc\u09be\u09a8 \u09a8\u09be\u0987\u09a8 \u098f\u0987\u099f \u0993\u09af\u09bc\u09be\u09a8, \u099f\u09c1 \u09a5\u09cd\u09b0\u09bf \u09a5\u09cd\u09b0\u09bf, \u09ab\u09cb\u09b0 \u09b8\u09bf\u0995\u09cd\u09b8 \u09b8\u09bf\u0995\u09cd\u09b8"
            + " | PHONE_NUMBER:\u099c\u09bf\u09b0\u09cb \u0993\u09af\u09bc\u09be\u09a8 \u098f\u0987\u099f... \u09a8\u09be, \u099c\u09bf\u09b0\u09cb \u0993\u09af\u09bc\u09be\u09a8 \u09a8\u09be\u0987\u09a8 \u098f\u0987\u099f \u0993\u09af\u09bc\u09be\u09a8, \u099f\u09c1 \u09a5\u09cd\u09b0\u09bf \u09a5\u09cd\u09b0\u09bf, \u09ab\u09cb\u09b0 \u09b8\u09bf\u0995\u09cd\u09b8 \u09b8\u09bf\u0995\u09cd\u09b8",
        // A card begun, broken off with the caller's words and said again whole.
        "Caller: It's four two two five, eight zero six eight, uh, wait, let me get my glasses... four two two five, eight zero six"
            + " eight, four one five three, nine six three nine | CREDIT_CARD:four two two five, eight zero six eight, uh, wait, let me"
            + " get my glasses... four two two five, eight zero six eight, four one five three, nine six three nine",
        // Swahili: "hapana" (no) corrects; a card's sixteen words, most of them words of other languages too,
        // after "kadi" (card).
        "[mteja] sifuri saba moja tatu, nne nne sifuri... hapana hapana, sifuri saba moja tatu, nne sifuri nne, mbili moja nane"
            + " | PHONE_NUMBER:sifuri saba moja tatu, nne nne sifuri... hapana hapana, sifuri saba moja tatu, nne sifuri nne, mbili moja nane",
        "[agent] nambari zilizoko mbele ya kadi tafadhali\\n[caller] tano moja nne tisa, sita sita mbili tano, nane tano sita saba,"
            + " tisa moja sita nane | CREDIT_CARD:tano moja nne tisa, sita sita mbili tano, nane tano sita saba, tisa moja sita nane",
        // Urdu: "\u0633\u0648" (hundred) after a unit, "\u0688\u0628\u0644" (double), "\u067e\u0644\u0633" (plus).
        "\u06a9\u0627\u0644\u0631: \u0645\u06cc\u0631\u0627 \u0646\u0645\u0628\u0631 \u06c1\u06d2 \u0635\u0641\u0631 \u062a\u06cc\u0646 \u0633\u0648\u060c \u0686\u0627\u0631 \u067e\u0627\u0646\u0686 \u062f\u0648\u060c \u0627\u06cc\u06a9 \u0622\u0679\u06be \u0646\u0648 \u0633\u0627\u062a | PHONE_NUMBER:\u0635\u0641\u0631 \u062a\u06cc\u0646 \u0633\u0648\u060c \u0686\u0627\u0631 \u067e\u0627\u0646\u0686 \u062f\u0648\u060c \u0627\u06cc\u06a9 \u0622\u0679\u06be \u0646\u0648 \u0633\u0627\u062a",
        "\u06a9\u0627\u0644\u0631: \u0645\u06cc\u0631\u0627 \u0646\u0645\u0628\u0631 \u06c1\u06d2 \u0635\u0641\u0631 \u062a\u06cc\u0646 \u0686\u0627\u0631 \u062f\u0648\u060c \u0688\u0628\u0644 \u0633\u0627\u062a\u060c \u0627\u06cc\u06a9 \u0646\u0648\u060c \u062a\u06cc\u0646 \u0622\u0679\u06be \u067e\u0627\u0646\u0686 | PHONE_NUMBER:\u0635\u0641\u0631 \u062a\u06cc\u0646 \u0686\u0627\u0631 \u062f\u0648\u060c \u0688\u0628\u0644 \u0633\u0627\u062a\u060c \u0627\u06cc\u06a9 \u0646\u0648\u060c \u062a\u06cc\u0646 \u0622\u0679\u06be \u067e\u0627\u0646\u0686",
        "\u06a9\u0633\u0679\u0645\u0631: \u0627\u0646 \u06a9\u0627 \u0646\u0645\u0628\u0631 \u067e\u0644\u0633 \u0646\u0648 \u0633\u0627\u062a \u0627\u06cc\u06a9\u060c \u067e\u0627\u0646\u0686 \u0622\u0679\u06be\u060c \u062f\u0648 \u0635\u0641\u0631 \u0646\u0648\u060c \u0686\u06be \u0686\u06be \u062a\u06cc\u0646 \u0686\u0627\u0631 | PHONE_NUMBER:\u067e\u0644\u0633 \u0646\u0648 \u0633\u0627\u062a \u0627\u06cc\u06a9\u060c \u067e\u0627\u0646\u0686 \u0622\u0679\u06be\u060c \u062f\u0648 \u0635\u0641\u0631 \u0646\u0648\u060c \u0686\u06be \u0686\u06be \u062a\u06cc\u0646 \u0686\u0627\u0631",
        // Amharic, its groups parted by the Ethiopic comma "\u1363"; tens before a unit ("\u1230\u1263", "\u12d8\u1320\u1293 \u12a0\u122b\u1275").
        "\u12f0\u1295\u1260\u129b: \u12a5... \u1235\u120d\u12ac \u12dc\u122e \u12d8\u1320\u129d \u12a0\u1295\u12f5 \u1201\u1208\u1275\u1363 \u1230\u1263\u1275 \u1235\u121d\u1295\u1275\u1363 \u1236\u1235\u1275 \u12a0\u122b\u1275\u1363 \u12dc\u122e \u1235\u12f5\u1235\u1275 | PHONE_NUMBER:\u12dc\u122e \u12d8\u1320\u129d \u12a0\u1295\u12f5 \u1201\u1208\u1275\u1363 \u1230\u1263\u1275 \u1235\u121d\u1295\u1275\u1363 \u1236\u1235\u1275 \u12a0\u122b\u1275\u1363 \u12dc\u122e \u1235\u12f5\u1235\u1275",
        "\u12f0\u1295\u1260\u129b: \u1241\u1325\u122c \u12dc\u122e \u12d8\u1320\u129d \u1201\u1208\u1275 \u12a0\u121d\u1235\u1275\u1363 \u12a0\u1235\u122b \u12a0\u1295\u12f5\u1363 \u1230\u1263\u1363 \u12d8\u1320\u1293 \u12a0\u122b\u1275 | PHONE_NUMBER:\u12dc\u122e \u12d8\u1320\u129d \u1201\u1208\u1275 \u12a0\u121d\u1235\u1275\u1363 \u12a0\u1235\u122b \u12a0\u1295\u12f5\u1363 \u1230\u1263\u1363 \u12d8\u1320\u1293 \u12a0\u122b\u1275",
        // Tamil, in its script and romanised (a card after "Mastercard").
        "Caller: \u0baa\u0bc2\u0b9c\u0bcd\u0b9c\u0bbf\u0baf\u0bae\u0bcd \u0b90\u0ba8\u0bcd\u0ba4\u0bc1 \u0b90\u0ba8\u0bcd\u0ba4\u0bc1, \u0bae\u0bc2\u0ba9\u0bcd\u0bb1\u0bc1 \u0b87\u0bb0\u0ba3\u0bcd\u0b9f\u0bc1 \u0b92\u0ba9\u0bcd\u0bb1\u0bc1, \u0b8e\u0b9f\u0bcd\u0b9f\u0bc1 \u0b8f\u0bb4\u0bc1 \u0ba8\u0bbe\u0ba9\u0bcd\u0b95\u0bc1 \u0b92\u0ba9\u0bcd\u0bb1\u0bc1 | PHONE_NUMBER:\u0baa\u0bc2\u0b9c\u0bcd\u0b9c\u0bbf\u0baf\u0bae\u0bcd \u0b90\u0ba8\u0bcd\u0ba4\u0bc1 \u0b90\u0ba8\u0bcd\u0ba4\u0bc1, \u0bae\u0bc2\u0ba9\u0bcd\u0bb1\u0bc1 \u0b87\u0bb0\u0ba3\u0bcd\u0b9f\u0bc1 \u0b92\u0ba9\u0bcd\u0bb1\u0bc1, \u0b8e\u0b9f\u0bcd\u0b9f\u0bc1 \u0b8f\u0bb4\u0bc1 \u0ba8\u0bbe\u0ba9\u0bcd\u0b95\u0bc1 \u0b92\u0ba9\u0bcd\u0bb1\u0bc1",
        "Caller: naan en Mastercard number solren, anju anju naalu anju, ezhu moonu anju zero, ombodhu moonu aaru ettu, ombodhu anju"
            + " anju naalu | CREDIT_CARD:anju anju naalu anju, ezhu moonu anju zero, ombodhu moonu aaru ettu, ombodhu anju anju naalu",
        // German "bin ich" is a verb, not a bin's number.
        "Anrufer: erreichbar bin ich unter null sechs eins, zwei sechs sieben, dreiunddrei\u00dfig, elf"
            + " | PHONE_NUMBER:null sechs eins, zwei sechs sieben, dreiunddrei\u00dfig, elf",
        // So is Austrian and Bavarian "bin i".
        "Anruferin: erreichbar bin i unter null sechs sechs vier, drei acht eins, zwa zwa neun null, am Vormittag"
            + " | PHONE_NUMBER:null sechs sechs vier, drei acht eins, zwa zwa neun null"
    })
    void readsFalseStartsCorrectionsAndGermanVerbsAsCallersSayThem(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly(expected);
    }

    @Test
    void aNumberReadBackKeepsTheFalseStartItWasFirstSaidWith() {
        assertThat(found("AGENTE: vou precisar confirmar um n\u00famero de celular pra mandar o token\n"
                + "CLIENTE: nove um nove... n\u00e3o, nove nove um nove zero, tr\u00eas sete oito oito, com DDD onze\n"
                + "AGENTE: ent\u00e3o onze, nove nove um nove zero, tr\u00eas sete oito oito, vou enviar agora")).containsExactly(
                "PHONE_NUMBER:nove um nove... n\u00e3o, nove nove um nove zero, tr\u00eas sete oito oito",
                "PHONE_NUMBER:onze, nove nove um nove zero, tr\u00eas sete oito oito");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A number broken off, a few words of the caller's own with a word of correction, and the same
        // number begun again: one number, false start included.
        "CALLER: okay, it's five five three one, oh seven three... wait, sorry, let me start over, five five three one,"
            + " zero seven three nine, one two seven nine, three eight zero three. AGENT: okay"
            + " | CREDIT_CARD:five five three one, oh seven three... wait, sorry, let me start over, five five three one,"
            + " zero seven three nine, one two seven nine, three eight zero three",
        "AGENT: the subscriber's Social. CALLER: it's, uh, seven eight oh... sorry, hold on, I have it written down. Seven"
            + " eight oh, nine five, three eight zero seven. | US_SSN:seven eight oh... sorry, hold on, I have it written"
            + " down. Seven eight oh, nine five, three eight zero seven",
        // One digit broken off by an ellipsis and corrected.
        "AGENT: and the social? CALLER: okay, it's nine... sorry, zero nine zero, seven seven, five six five nine."
            + " | US_SSN:nine... sorry, zero nine zero, seven seven, five six five nine",
        // Romanian hundreds ("o sută" is one hundred) and teens as they are said ("doișpe").
        "client \u2014 da... zero \u0219apte sute patruzeci \u0219i doi, o sut\u0103 optsprezece, cinci sute treizeci"
            + " | PHONE_NUMBER:zero \u0219apte sute patruzeci \u0219i doi, o sut\u0103 optsprezece, cinci sute treizeci",
        "STT: v\u0103 rog s\u0103 nota\u021bi \u0219i telefonul so\u021biei, zero \u0219apte \u0219ase nou\u0103,"
            + " treizeci \u0219i trei, patruzeci \u0219i patru, doi\u0219pe, da | PHONE_NUMBER:zero \u0219apte \u0219ase"
            + " nou\u0103, treizeci \u0219i trei, patruzeci \u0219i patru, doi\u0219pe"
    })
    void readsANumberBegunAgainAfterAnInterruptionAndRomanianHundredsAndTeens(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void aWordOfOneAndAPauseLaterIsNoFalseStart() {
        assertThat(found("CALLER: the number is the same one hold on... it's four seven oh, five five five, zero one two two"))
                .containsExactly("PHONE_NUMBER:four seven oh, five five five, zero one two two");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A group broken off with a filler or an ellipsis and said again whole: its digits said once.
        "CALLER: it's four two three, five five five, oh one, uh, oh one two eight\\nAGENT: okay"
            + " | PHONE_NUMBER:four two three, five five five, oh one, uh, oh one two eight",
        "CALLER: it's nine one nine, five five five, zero one... zero one six one"
            + " | PHONE_NUMBER:nine one nine, five five five, zero one... zero one six one",
        // Greek: "συγγνώμη" (sorry) and "ε" (a filler) before the number said again.
        "\u03a0\u03b5\u03bb\u03ac\u03c4\u03b7\u03c2: \u03c4\u03bf \u03ba\u03b9\u03bd\u03b7\u03c4\u03cc"
            + " \u03bc\u03bf\u03c5 \u03b5\u03af\u03bd\u03b1\u03b9 \u03ad\u03be\u03b9 \u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1"
            + " \u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b1\u2026 \u03b5 \u03c3\u03c5\u03b3\u03b3\u03bd\u03ce\u03bc\u03b7"
            + " \u03ad\u03be\u03b9 \u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1 \u03c4\u03c1\u03af\u03b1,"
            + " \u03b4\u03ce\u03b4\u03b5\u03ba\u03b1, \u03bf\u03b3\u03b4\u03cc\u03bd\u03c4\u03b1,"
            + " \u03c4\u03b5\u03c4\u03c1\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1 \u03c0\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1"
            + " \u03ad\u03be\u03b9 | PHONE_NUMBER:\u03ad\u03be\u03b9 \u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1"
            + " \u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b1\u2026 \u03b5 \u03c3\u03c5\u03b3\u03b3\u03bd\u03ce\u03bc\u03b7"
            + " \u03ad\u03be\u03b9 \u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1 \u03c4\u03c1\u03af\u03b1,"
            + " \u03b4\u03ce\u03b4\u03b5\u03ba\u03b1, \u03bf\u03b3\u03b4\u03cc\u03bd\u03c4\u03b1,"
            + " \u03c4\u03b5\u03c4\u03c1\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1 \u03c0\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1"
            + " \u03ad\u03be\u03b9",
        // A phone asked for "on your storage account": the account is where it is on file.
        "AGENT: what's the phone number on your storage account\\nCALLER: eight zero one, five five five, zero one six six"
            + " | PHONE_NUMBER:eight zero one, five five five, zero one six six",
        // A social asked for "on the travel loan": the loan is what it is given for, no loan number.
        "agent: and your social security number for the US credit check on the travel loan\\ncaller: sure it's five nine"
            + " one, five four, seven two eight six | US_SSN:five nine one, five four, seven two eight six"
    })
    void readsAGroupSaidAgainGreekCorrectionsAndNumbersOnAnAccountOrLoanOfAKind(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly(expected);
    }

    @Test
    void spanishOpeningQuestionMarkInsideAReadBackKeepsTheRun() {
        assertThat(found("Agente: vale, nueve uno cuatro, cinco cinco, tres dos... \u00bfuno ocho?\nCliente: eso."))
                .containsExactly("PHONE_NUMBER:nueve uno cuatro, cinco cinco, tres dos... \u00bfuno ocho");
    }

    @Test
    void englishOhAfterAPauseAtTheEndOfADutchRunIsNoZero() {
        assertThat(found("Beller: creditcard? Ja die heb ik, vijf vijf \u00e9\u00e9n vijf, drie drie \u00e9\u00e9n negen, acht negen"
                + " drie twee, vier vijf zeven vijf... oh mag dat niet?")).containsExactly("CREDIT_CARD:vijf vijf \u00e9\u00e9n vijf,"
                + " drie drie \u00e9\u00e9n negen, acht negen drie twee, vier vijf zeven vijf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A card's and an IBAN's groups said as numbers of four digits, in French and Spanish.
        "Appelante : bon, ma carte... quatre mille neuf cent soixante-dix-huit, sept mille quarante-six, deux mille deux"
            + " cent trente, mille quatre cent soixante-dix-huit. | CREDIT_CARD:quatre mille neuf cent soixante-dix-huit,"
            + " sept mille quarante-six, deux mille deux cent trente, mille quatre cent soixante-dix-huit",
        "je vous dicte l'IBAN : F R soixante-seize, trois mille, deux mille quatre cent un, sept mille quatre cent"
            + " cinquante et un, quatre mille quatre cent soixante et onze, neuf mille six cent quarante-neuf, quatre cent"
            + " quatre-vingt-six. | IBAN:F R soixante-seize, trois mille, deux mille quatre cent un, sept mille quatre cent"
            + " cinquante et un, quatre mille quatre cent soixante et onze, neuf mille six cent quarante-neuf, quatre cent"
            + " quatre-vingt-six"
    })
    void readsGroupsSaidInThousands(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A false start that ends in a compound joined by hyphens is read from the compound's first word.
        "Appelant : le num\u00e9ro c'est... z\u00e9ro quatre, quatre-vingt-onze... euh non, z\u00e9ro quatre, deux cent"
            + " vingt-trois, quarante-cinq, soixante et un. | PHONE_NUMBER:z\u00e9ro quatre, quatre-vingt-onze... euh non,"
            + " z\u00e9ro quatre, deux cent vingt-trois, quarante-cinq, soixante et un"
    })
    void readsAFalseStartEndingInAHyphenatedCompound(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void oneGroupSaidInThousandsIsAYearOrAnAmount() {
        assertThat(found("agente: su reclamo qued\u00f3 registrado con el n\u00famero ce ese dos mil veinticinco, ciento"
                + " dieciocho mil setecientos cuarenta y dos")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Tamil and Telugu in Latin letters: India's numbers.
        "Customer: Sir, number onbadhu ettu naalu rendu, poojyam moonu, anju aaru ezhu onnu. Tamil la sonna puriyudha?"
            + " | PHONE_NUMBER:onbadhu ettu naalu rendu, poojyam moonu, anju aaru ezhu onnu",
        "Customer: naa number tommidi aidu, okati okati, moodu naalugu, enimidi edu sunna rendu andi. | PHONE_NUMBER:tommidi"
            + " aidu, okati okati, moodu naalugu, enimidi edu sunna rendu",
        // Tamil's zero from Arabic, "saibar".
        "STT: en peran number ezhudhikonga \u2013 ombodhu moonu aaru rendu, ettu aaru aaru, saibar ezhu rendu | PHONE_NUMBER:ombodhu"
            + " moonu aaru rendu, ettu aaru aaru, saibar ezhu rendu",
        // Kannada and Malayalam.
        "caller: nanna number ombattu elu naalku ondu, eradu mooru sonne, naalku aidu aaru sir, order id naanu message maadtini"
            + " | PHONE_NUMBER:ombattu elu naalku ondu, eradu mooru sonne, naalku aidu aaru",
        "caller: ente number ombathu naalu naalu ezhu, poojyam onnu onnu, randu randu moonu, chetta onnu call back cheyyamo"
            + " | PHONE_NUMBER:ombathu naalu naalu ezhu, poojyam onnu onnu, randu randu moonu"
    })
    void readsTamilAndTeluguNumberWordsInLatinLetters(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Danish sixty ("tres", Spanish three) beside Danish tens; older Norwegian thirty ("seks og tredve").
        "KUNDE: mit mobilnummer er enoghalvfems, tres, femten, fireogtyve | PHONE_NUMBER:enoghalvfems, tres, femten, fireogtyve",
        "KUNDE: jo det er eh, nittitre, to og f\u00f8rti, seks og tredve, null en, det er fasttelefonen min | PHONE_NUMBER:nittitre, to og"
            + " f\u00f8rti, seks og tredve, null en",
        "cliente: mi n\u00famero es el seis... seis cinco tres... eh... seis cinco tres, cero uno, noventa y dos, cuarenta y ocho."
            + " | PHONE_NUMBER:seis... seis cinco tres... eh... seis cinco tres, cero uno, noventa y dos, cuarenta y ocho",
        // Bokmål's "syv" in a compound; Icelandic tens after an Icelandic prompt.
        "KUNDE: nummeret er nittisyv, seksti, null fire, elleve | PHONE_NUMBER:nittisyv, seksti, null fire, elleve",
        "FULLTR\u00daI: og \u00ed hva\u00f0a s\u00edma n\u00e6 \u00e9g \u00ed \u00feig VI\u00d0SKIPTAVINUR: sex n\u00edu n\u00fall,"
            + " fj\u00f6rut\u00edu og tveir, sext\u00edu og sj\u00f6 | PHONE_NUMBER:sex n\u00edu n\u00fall, fj\u00f6rut\u00edu og tveir,"
            + " sext\u00edu og sj\u00f6",
        // Swiss German hundreds glued to the rest.
        "chund: mini frau isch under null sibe sibe, f\u00f6ifhundertn\u00fc\u00fcnes\u00e4chzg, dr\u00fcezw\u00e4nzg, z\u00e4h erreichbar"
            + " | PHONE_NUMBER:null sibe sibe, f\u00f6ifhundertn\u00fc\u00fcnes\u00e4chzg, dr\u00fcezw\u00e4nzg, z\u00e4h",
        // A home number in Finnish and Swedish.
        "ASIAKAS: kotinumero on nolla kolme, kaks yks kaks, kolme nelj\u00e4 viis kuus, soittakaa sinne | PHONE_NUMBER:nolla kolme,"
            + " kaks yks kaks, kolme nelj\u00e4 viis kuus",
        "KUND: hemnumret noll tre ett, tre nio noll, noll sex, sjutton | PHONE_NUMBER:noll tre ett, tre nio noll, noll sex, sjutton"
    })
    void readsNordicTensSwissHundredsAndHomeNumbers(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "one" counted after "missed" is no digit of the number said again after it.
        "Caller: my number is nine eight four five zero, one two three six... oh wait, I missed one... nine eight four"
            + " five zero, one two three six nine. | PHONE_NUMBER:nine eight four five zero, one two three six... oh wait, I"
            + " missed one... nine eight four five zero, one two three six nine"
    })
    void aDigitCountedNotSaidIsNoDigit(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void theCueBeforeAFalseStartNamesTheNumberSaidAgain() {
        // An Indian mobile, which the default region's plan does not read: only the cue admits it.
        assertThat(found("caller: my number... nine seven four one, two three... uh, nine seven four one two three zero four five six"))
                .containsExactly("PHONE_NUMBER:nine seven four one, two three... uh, nine seven four one two three zero four five six");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Nine digits dictated in a Spanish text are a Spanish mobile, not an SSN without a cue.
        "Cliente: s\u00ed, el n\u00famero es el... espera que lo busque... ya. Es el 6 7 1 0 4 9 2 1 3. | PHONE_NUMBER:6 7 1 0 4"
            + " 9 2 1 3"
    })
    void digitsDictatedInAnotherCountrysLanguageStayItsPhone(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Welsh: "dim" (0), "un" (1), "tri" (3), "pump" (5) and "naw" (9) only beside its other number words.
        "Fy enw i yw Gwenllian Parry a fy rhif ff\u00f4n yw dim un naw saith dim, chwech un dau, tri pedwar pump."
            + " | PHONE_NUMBER:dim un naw saith dim, chwech un dau, tri pedwar pump",
        "Meinir Huws, tel dim un dau pedwar wyth, tri wyth dau, dim dim dim | PHONE_NUMBER:dim un dau pedwar wyth, tri"
            + " wyth dau, dim dim dim"
    })
    void readsWelshNumberWords(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Haitian Creole tens joined to their unit, and its word for '+'.
        "Kliyan: Si gen pwobl\u00e8m rele m nan plis senk zewo n\u00e8f, trant-kat, senkant-de, swasant-s\u00e8t, katreven-en"
            + " | PHONE_NUMBER:plis senk zewo n\u00e8f, trant-kat, senkant-de, swasant-s\u00e8t, katreven-en",
        // Haiti's eight digits, in a Creole text.
        "Kliyan: Bonjou, mwen bezwen achte yon tik\u00e8 pou manman m\\nAjan: Ak nimewo telef\u00f2n li?\\nKliyan: trant-sis,"
            + " kat, senk, senkant-s\u00e8t, dizn\u00e8f | PHONE_NUMBER:trant-sis, kat, senk, senkant-s\u00e8t, dizn\u00e8f"
    })
    void readsHaitianCreoleNumberWords(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Hindi, Marathi and Bengali in Latin letters, their own words for false starts too short or cut off by a
        // correction, and English "double" in their run.
        "CALLER: mera number hai nau nau... nau nau do teen, shunya saat, chaar chaar, ek chhe | PHONE_NUMBER:nau nau..."
            + " nau nau do teen, shunya saat, chaar chaar, ek chhe",
        "CALLER: nau saha don... sorry, nau saha zero, don paach, ek ek, aath saat chaar | PHONE_NUMBER:nau saha don..."
            + " sorry, nau saha zero, don paach, ek ek, aath saat chaar",
        // Two digits broken off, then Hindi "no" or "no no".
        "Caller: nau aath... nahi, nau saat aath, paanch paanch, do shunya, ek ek chaar Agent: ji"
            + " | PHONE_NUMBER:nau aath... nahi, nau saat aath, paanch paanch, do shunya, ek ek chaar",
        "Caller: mera number hai nau aath... nahi nahi, nau saat aath, chaar chaar, teen do, ek zero paanch Agent: ji"
            + " | PHONE_NUMBER:nau aath... nahi nahi, nau saat aath, chaar chaar, teen do, ek zero paanch",
        "CALLER: nau aath don zero... ho, nau aath don zero, saha saat, ek ek, teen aath | PHONE_NUMBER:nau aath don zero..."
            + " ho, nau aath don zero, saha saat, ek ek, teen aath",
        "CALLER: haan, noy chhoy saat char, double ek, aat paanch, dui saat | PHONE_NUMBER:noy chhoy saat char, double ek,"
            + " aat paanch, dui saat"
    })
    void readsFalseStartsAndDoublesInRomanisedIndianLanguages(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void frenchDemandeAfterAPronounIsAskNoRequest() {
        String number = "z\u00e9ro quatre, quatre-vingt-onze, soixante-deux, trente-sept, quatre-vingt-cinq";
        assertThat(found("FILLE: attendez je lui demande... il dit " + number)).containsExactly("PHONE_NUMBER:" + number);
        assertThat(found("FILLE: votre demande... il dit " + number)).isEmpty();
    }

    @Test
    void aCreoleOrderNumberIsNoPhone() {
        assertThat(found("CLIENT: Bonjou, mwen te f\u00e8 yon k\u00f2mand. Nimewo k\u00f2mand lan se 3301-902.")).isEmpty();
    }

    @Test
    void aWrittenReadBackThatItsLabelNamesSomethingElseMakesNeitherAPhone() {
        assertThat(found("CALLER: it's nine eight one, two two four, seven zero six\nAGENT: okay, KTN 981224706 added to"
                + " both segments.")).isEmpty();
        assertThat(found("CALLER: it's nine eight one, two two four, seven zero six\nAGENT: okay, 981224706 added."))
                .containsExactly("PHONE_NUMBER:nine eight one, two two four, seven zero six", "PHONE_NUMBER:981224706");
    }

    @Test
    void welshWordsThatAreEverydayWordsAreNoDigitsAlone() {
        assertThat(found("the pump is dim, un tri naw? call me later")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A number begun with its international prefix, interrupted ("the international one": no digit),
        // and said again with its '+'.
        "CALLER: so that's the... oh four four... no hang on, I'll give you the international one... plus four four,"
            + " seven four two six, six one three, one eight six | PHONE_NUMBER:oh four four... no hang on, I'll give you"
            + " the international one... plus four four, seven four two six, six one three, one eight six",
        // Another number begun before the interruption is not this one's.
        "CALLER: so that's the... oh six one... no hang on, I'll give you the international one... plus four four,"
            + " seven four two six, six one three, one eight six | PHONE_NUMBER:plus four four, seven four two six, six"
            + " one three, one eight six"
    })
    void readsANumberBegunWithItsPrefixAndSaidAgainInInternationalForm(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The area code said alone, then the whole number from its start: one number, said twice.
        "Kunde: Ach so, null vier fünf zwo eins. Also komplett null vier fünf zwo eins, sieben sieben acht, eins zwo vier."
            + " | PHONE_NUMBER:null vier fünf zwo eins. Also komplett null vier fünf zwo eins, sieben sieben acht, eins"
            + " zwo vier",
        "Caller: oh two oh. The whole thing is oh two oh, seven nine four six, oh one two three."
            + " | PHONE_NUMBER:oh two oh. The whole thing is oh two oh, seven nine four six, oh one two three",
        // Other digits before the words are another value's.
        "Caller: zip nine four one oh five. The whole number is four one five, two two three, oh one four two."
            + " | PHONE_NUMBER:four one five, two two three, oh one four two",
        // One digit broken off by an ellipsis and said again; an area code and a digit broken off.
        "Caller: um it's two... two oh two, five five five, zero one eight three\\nAgent: got it."
            + " | PHONE_NUMBER:two... two oh two, five five five, zero one eight three",
        "КЛИЕНТКА: нула осем седем, нула... нула осем седем, девет едно осем, две нула четири шест, на него ми е вайбърът"
            + " | PHONE_NUMBER:нула осем седем, нула... нула осем седем, девет едно осем, две нула четири шест"
    })
    void readsAnAreaCodeSaidAloneBeforeTheWholeNumberAsItsFalseStart(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[STT te-IN] Caller: \u0c28\u0c3e \u0c28\u0c02\u0c2c\u0c30\u0c4d \u0c06\u0c30\u0c41 \u0c2e\u0c42\u0c21\u0c41"
            + " \u0c38\u0c41\u0c28\u0c4d\u0c28\u0c3e \u0c30\u0c46\u0c02\u0c21\u0c41, \u0c12\u0c15\u0c1f\u0c3f"
            + " \u0c28\u0c3e\u0c32\u0c41\u0c17\u0c41 \u0c10\u0c26\u0c41, \u0c0e\u0c28\u0c3f\u0c2e\u0c3f\u0c26\u0c3f"
            + " \u0c0f\u0c21\u0c41 \u0c06\u0c30\u0c41 | 6302145876",
        "[STT ml-IN] Caller: \u0d0e\u0d28\u0d4d\u0d31\u0d46 \u0d28\u0d2e\u0d4d\u0d2a\u0d7c plus nine one,"
            + " \u0d12\u0d2e\u0d4d\u0d2a\u0d24\u0d4d \u0d28\u0d3e\u0d32\u0d4d \u0d28\u0d3e\u0d32\u0d4d"
            + " \u0d0f\u0d34\u0d4d, \u0d12\u0d28\u0d4d\u0d28\u0d4d \u0d30\u0d23\u0d4d\u0d1f\u0d4d"
            + " \u0d2e\u0d42\u0d28\u0d4d\u0d28\u0d4d, \u0d28\u0d3e\u0d32\u0d4d \u0d05\u0d1e\u0d4d\u0d1a\u0d4d"
            + " \u0d06\u0d31\u0d4d | 919447123456",
        "[STT kn-IN] Caller: \u0ca8\u0ca8\u0ccd\u0ca8 \u0ca8\u0c82\u0cac\u0cb0\u0ccd \u0c92\u0c82\u0cac\u0ca4\u0ccd\u0ca4\u0cc1"
            + " \u0c8e\u0c82\u0c9f\u0cc1 \u0c8e\u0cb0\u0ca1\u0cc1 \u0cb8\u0cca\u0ca8\u0ccd\u0ca8\u0cc6,"
            + " \u0c92\u0c82\u0ca6\u0cc1 \u0ca8\u0cbe\u0cb2\u0ccd\u0c95\u0cc1 \u0c90\u0ca6\u0cc1,"
            + " \u0c86\u0cb0\u0cc1 \u0c8f\u0cb3\u0cc1 \u0cae\u0cc2\u0cb0\u0cc1 | 9820145673",
        "Caller: number poojyam anchu anchu, onnu onnu ettu, ezhu ezhu randu poojyam | 0551187720"
    })
    void readsTeluguMalayalamAndKannadaNumberWords(String text, String digits) {
        List<Detection> found = CLASSIFIER.classify(text);
        assertThat(found).extracting(Detection::type).containsExactly(EntityTypes.PHONE_NUMBER);
        assertThat(SpokenDigits.saidDigits(text, found.get(0).start(), found.get(0).end())).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A card's first group said wrong, a hesitation, and the card said whole: one span.
        "Caller: sure, it's four five four, uh, four six five four, nine four one nine, eight two seven nine, three two seven one."
            + " | CREDIT_CARD:four five four, uh, four six five four, nine four one nine, eight two seven nine, three two seven one",
        // An amount before it is not its false start.
        "Caller: it's forty five, uh, four six five four, nine four one nine, eight two seven nine, three two seven one."
            + " | CREDIT_CARD:four six five four, nine four one nine, eight two seven nine, three two seven one",
        // Two digits said again as the card starts, or broken off by an ellipsis.
        "Caller: my Amex is three four, uh, three four eight eight, eight seven zero zero one, seven four three five nine one"
            + " | CREDIT_CARD:three four, uh, three four eight eight, eight seven zero zero one, seven four three five nine one",
        "Caller: it's a Visa, four zero... four two six nine, eight zero seven six, four five seven one, nine eight five seven,"
            + " zero two five. | CREDIT_CARD:four zero... four two six nine, eight zero seven six, four five seven one, nine"
            + " eight five seven, zero two five"
    })
    void readsACardsFirstGroupSaidWrongBeforeAHesitation(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A short beginning said again after a filler: read both ways, the plan takes the number said again.
        "cliente: s\u00ed el tel\u00e9fono es el seis cuatro siete, eh, seis cuatro siete, noventa, dieciocho, veintitr\u00e9s"
            + " | PHONE_NUMBER:seis cuatro siete, eh, seis cuatro siete, noventa, dieciocho, veintitr\u00e9s",
        // An area code and an exchange alike stay one number.
        "caller: it's two one two, uh, five five five, oh one two three | PHONE_NUMBER:two one two, uh, five five five, oh one two three"
    })
    void readsAShortBeginningSaidAgainAfterAFiller(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A number written in digits, broken off and written again from its start: one span from the first digits.
        "[09:03:44] CLIENT: oui c'est le 07 52... attendez... 07 52 18 64 33 | PHONE_NUMBER:07 52... attendez... 07 52 18 64 33",
        "pelanggan: nomor saya nol delapan lima dua eh nol delapan lima tiga satu satu enam dua empat tujuh tujuh"
            + " | PHONE_NUMBER:nol delapan lima dua eh nol delapan lima tiga satu satu enam dua empat tujuh tujuh",
        // Corrected in Finnish ("tai siis", or rather) and Danish ("undskyld", sorry).
        "asiakas: joo mun numero on nolla nelj\u00e4 nolla... tai siis nolla viisi nolla, seitsem\u00e4n kuusi viisi, nelj\u00e4 kolme kaksi yksi"
            + " | PHONE_NUMBER:nolla nelj\u00e4 nolla... tai siis nolla viisi nolla, seitsem\u00e4n kuusi viisi, nelj\u00e4 kolme kaksi yksi",
        "kunde: ja mit nummer det er tyve, toogtredive... \u00f8h nej undskyld, tyve, treogtredive, femogfyrre, otteoghalvfjerds"
            + " | PHONE_NUMBER:tyve, toogtredive... \u00f8h nej undskyld, tyve, treogtredive, femogfyrre, otteoghalvfjerds",
        // Its last digit a slip on the same number.
        "Kunde: Mini Nummere isch 079 44... nei sorry, 079 484 12 90 | PHONE_NUMBER:079 44... nei sorry, 079 484 12 90",
        "CALLER: it's 415 55... sorry, 415 555 0123 | PHONE_NUMBER:415 55... sorry, 415 555 0123",
        // Other digits before the ellipsis, or a word that is no correction, are not the number's.
        "Item 3... then call 415 555 0123 | PHONE_NUMBER:415 555 0123",
        "Ref 42... sorry, 415 555 0123 | PHONE_NUMBER:415 555 0123",
        // An IBAN written or said again from its start: its first words, the last broken off.
        "c'est FR76 3000 3741... euh pardon, FR76 3000 3741 8071 1859 0691 430. | IBAN:FR76 3000 3741... euh pardon,"
            + " FR76 3000 3741 8071 1859 0691 430",
        "alors F R sept six, un quatre cinq... euh non pardon, F R sept six, un quatre cinq z\u00e9ro, cinq huit six"
            + " z\u00e9ro, cinq sept sept huit, deux cinq cinq sept, quatre un neuf z\u00e9ro, un un cinq. | IBAN:F R sept six,"
            + " un quatre cinq... euh non pardon, F R sept six, un quatre cinq z\u00e9ro, cinq huit six z\u00e9ro, cinq sept"
            + " sept huit, deux cinq cinq sept, quatre un neuf z\u00e9ro, un un cinq",
        "compte DE12 5000... euh pardon, FR76 3000 3741 8071 1859 0691 430. | IBAN:FR76 3000 3741 8071 1859 0691 430"
    })
    void readsANumberWrittenInDigitsBrokenOffAndWrittenAgain(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A group broken off with an ellipsis and a correction, and said again: whole, or from its digits.
        "CALLER: my number is four one five, five five five... sorry, five five five, zero one two three"
            + " | PHONE_NUMBER:four one five, five five five... sorry, five five five, zero one two three",
        "CALLER: my number is four one five, five five... no sorry, five five five, zero one two three"
            + " | PHONE_NUMBER:four one five, five five... no sorry, five five five, zero one two three",
        "CALLER: okay the card is five two zero zero, eight two eight two, eight two eight two, eight two... sorry,"
            + " eight two one oh\\nAGENT: let me read that back | CREDIT_CARD:five two zero zero, eight two eight two,"
            + " eight two eight two, eight two... sorry, eight two one oh",
        // The last group said again corrected in its last digit, where the number ends.
        "Beller: Haar nummer is nul zes, \u00e9\u00e9n vier, zeven zeven, drie nul, twee acht... nee sorry, twee negen."
            + " | PHONE_NUMBER:nul zes, \u00e9\u00e9n vier, zeven zeven, drie nul, twee acht... nee sorry, twee negen",
        // One digit broken off is a number begun wrong and said again from its start.
        "CALLER: my social is five five, oh... sorry, oh five five, oh one, two six five oh"
            + " | US_SSN:five five, oh... sorry, oh five five, oh one, two six five oh"
    })
    void readsAGroupBrokenOffWithACorrectionAndSaidAgain(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Estonian as a text language (its words name Estonia's plan); Finnish and Estonian corrections.
        "klient: jah minu number on viis kolm neli \u00fcks, kaks kaks seitse kaheksa, palun"
            + " | PHONE_NUMBER:viis kolm neli \u00fcks, kaks kaks seitse kaheksa",
        "klient: kaardi number on neli kaheksa kuus... ei oota, neli kaheksa kuus kaks, neli viis \u00fcks null, null"
            + " seitse null kuus, kaks seitse \u00fcheksa \u00fcks | CREDIT_CARD:neli kaheksa kuus... ei oota, neli"
            + " kaheksa kuus kaks, neli viis \u00fcks null, null seitse null kuus, kaks seitse \u00fcheksa \u00fcks",
        "ASIAKAS: nolla yheks\u00e4n... ei kun nolla yheks\u00e4n kaks seittem\u00e4n nelj\u00e4 yks yks yks kaheksa nolla,"
            + " se on t\u00f6iss\u00e4 | PHONE_NUMBER:nolla yheks\u00e4n... ei kun nolla yheks\u00e4n kaks"
            + " seittem\u00e4n nelj\u00e4 yks yks yks kaheksa nolla"
    })
    void readsEstonianNumbersAndFinnishAndEstonianCorrections(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // An interruption with pauses of its own between the number broken off and the number said again.
        "CALLER: four two six three, nine eight two six... hang on my glasses... four two six three, nine eight two six,"
            + " four oh two six, nine two nine nine\\nAGENT: okay | CREDIT_CARD:four two six three, nine eight two six... hang on"
            + " my glasses... four two six three, nine eight two six, four oh two six, nine two nine nine",
        "CALLER: my number is, uh, it's seven three seven... five five five... oh one... hold on let me look at it... seven"
            + " three seven, five five five, zero one six six | PHONE_NUMBER:seven three seven... five five five... oh one..."
            + " hold on let me look at it... seven three seven, five five five, zero one six six"
    })
    void readsANumberBegunAgainAfterAnInterruptionWithPausesOfItsOwn(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly(expected);
    }

    @Test
    void readsBulgarianCorrectionsAndTheSpokenFortyAsSaid() {
        // "не" (no) corrects; "четиресет" is forty as callers say it.
        assertThat(found("\u041a\u041b\u0418\u0415\u041d\u0422: \u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c"
                + " \u0441\u0435\u0434\u0435\u043c, \u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c \u0435\u0434\u043d\u043e..."
                + " \u043d\u0435, \u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c \u0441\u0435\u0434\u0435\u043c"
                + " \u0441\u0435\u0434\u0435\u043c, \u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c \u0435\u0434\u043d\u043e,"
                + " \u0434\u0432\u0435 \u0442\u0440\u0438 \u0447\u0435\u0442\u0438\u0440\u0438"))
                .hasSize(1).allMatch(f -> f.startsWith("PHONE_NUMBER:\u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c"
                        + " \u0441\u0435\u0434\u0435\u043c, \u043e\u0441\u0435\u043c"));
        assertThat(found("\u041a\u041b\u0418\u0415\u041d\u0422: \u0437\u0430\u043f\u0438\u0448\u0435\u0442\u0435 \u043c\u0438"
                + " \u043c\u043e\u0431\u0438\u043b\u043d\u0438\u044f: \u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c"
                + " \u0434\u0435\u0432\u0435\u0442 \u0441\u0435\u0434\u0435\u043c, \u0434\u0432\u0435\u0441\u0442\u0430 \u0438"
                + " \u0435\u0434\u043d\u043e, \u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e\u0442\u0438\u043d"
                + " \u0447\u0435\u0442\u0438\u0440\u0435\u0441\u0435\u0442 \u0438 \u043e\u0441\u0435\u043c"))
                .hasSize(1).allMatch(f -> f.endsWith("\u0447\u0435\u0442\u0438\u0440\u0435\u0441\u0435\u0442 \u0438"
                        + " \u043e\u0441\u0435\u043c"));
    }

    @Test
    void readsANorwegianMobileSaidInWordsWithItsCorrection() {
        assertThat(found("kunde: mobilen min er fire en to, seks... nei vent, fire en to, seks sju, tre ni null\nagent: fire en"
                + " to, seks sju, tre ni null?\nkunde: ja, det er riktig")).containsExactly(
                "PHONE_NUMBER:fire en to, seks... nei vent, fire en to, seks sju, tre ni null",
                "PHONE_NUMBER:fire en to, seks sju, tre ni null");
    }

    @Test
    void theArticleAfterItsIsNoSpelledLetterButAnEAfterItIs() {
        assertThat(found("Caller: Hi, I have my card, it's a five one zero five, one zero five one, zero five one zero, five one"
                + " zero zero, expires December 2026")).containsExactly("CREDIT_CARD:five one zero five, one zero five one, zero"
                + " five one zero, five one zero zero");
        assertThat(found("caller: it's e o two oh two six one one four five oh two")).isEmpty();
    }

    @Test
    void readsMaghrebiArabicNumberWordsWrittenWithDigits() {
        assertThat(found("agent: chno howa ra9m? | client: zero sitta, tlata, jouj, sitta, sb3a, rb3a, ts3oud, tmnya, wa7ed"
                + " | agent: safi")).containsExactly("PHONE_NUMBER:zero sitta, tlata, jouj, sitta, sb3a, rb3a, ts3oud, tmnya,"
                        + " wa7ed");
        // Unit, "w" and tens: "thmanya w tes3in" is 98; a Tunisian mobile of eight digits.
        assertThat(SpokenDigits.rewrite("client: thmanya w tes3in, khamsa w 3echrin, thmanya w sab3in, khamsa w tmanin")
                .get(0).text).isEqualTo("client: 98 25 78 85");
        // Other words glued to digits stay two words.
        assertThat(SpokenDigits.rewrite("an mp3 player, B2B, 3G and 5amsa")).isEmpty();
    }

    @Test
    void aFalseStartBeforeAnArabicExcuseMeOrNoPardonIsTheNumbers() {
        assertThat(found("client: zero sitta, tmnya, wa7ed, tes3a... ah smeh lia... zero sitta, tmnya, wa7ed, tes3a, wa7ed,"
                + " tmnya, rb3a, tes3a, tmnya | agent: safi")).containsExactly("PHONE_NUMBER:zero sitta, tmnya, wa7ed, tes3a..."
                        + " ah smeh lia... zero sitta, tmnya, wa7ed, tes3a, wa7ed, tmnya, rb3a, tes3a, tmnya");
        // Arabic "la" (no) is said with "pardon": "... la la pardon ..." is a correction, not words of one's own.
        assertThat(found("client: zero sitta, tmnya, wa7ed... la la pardon... zero sitta, tmnya, wa7ed, tes3a, wa7ed, tmnya,"
                + " rb3a, tes3a, tmnya")).containsExactly("PHONE_NUMBER:zero sitta, tmnya, wa7ed... la la pardon... zero"
                        + " sitta, tmnya, wa7ed, tes3a, wa7ed, tmnya, rb3a, tes3a, tmnya");
    }

    @Test
    void forBetweenDigitsSaidOneByOneIsFour() {
        assertThat(found("Caller: so it's three oh five, five five five, oh one for seven"))
                .containsExactly("PHONE_NUMBER:three oh five, five five five, oh one for seven");
        assertThat(SpokenDigits.rewrite("press one for sales, two for billing, nine for anything else")).isEmpty();
    }

    @Test
    void aLetterSpelledWithCommeAndALetterAfterItStartACode() {
        assertThat(found("agent: la r\u00e9f\u00e9rence de votre r\u00e9clamation c'est R comme Rabat, C, deux z\u00e9ro"
                + " deux cinq, z\u00e9ro z\u00e9ro quatre, huit huit un | client: merci")).isEmpty();
    }

    @Test
    void aPersonAfterNumberOfYourKeepsThePhone() {
        assertThat(found("agent: quel est le num\u00e9ro de votre fille madame | client: z\u00e9ro sept, soixante et un,"
                + " trente-deux, soixante-cinq, z\u00e9ro six | agent: merci")).containsExactly("PHONE_NUMBER:z\u00e9ro sept,"
                        + " soixante et un, trente-deux, soixante-cinq, z\u00e9ro six");
        assertThat(found("le num\u00e9ro indiqu\u00e9 sur la commande a onze chiffres | client: ah oui c'est z\u00e9ro sept,"
                + " quatre-vingt-quinze, quatre-vingt-quatre, trente-six, soixante-neuf")).containsExactly("PHONE_NUMBER:z\u00e9ro"
                        + " sept, quatre-vingt-quinze, quatre-vingt-quatre, trente-six, soixante-neuf");
    }

    @Test
    void readsVietnameseTensAndTheirShortForms() {
        assertThat(SpokenDigits.rewrite("KH: s\u1ed1 tui l\u00e0 kh\u00f4ng ch\u00edn ba, hai l\u0103m, b\u1ea3y b\u1ea3y, b\u1ed1n"
                + " m\u1ed1t, ch\u00edn \u0111\u00f3 em").get(1).text).isEqualTo("KH: s\u1ed1 tui l\u00e0 0932577419 \u0111\u00f3 em");
        assertThat(SpokenDigits.rewrite("s\u1ed1 n\u00f3 l\u00e0 kh\u00f4ng ba b\u1ed1n t\u00e1m, b\u1ea3y m\u01b0\u01a1i hai,"
                + " m\u01b0\u1eddi m\u1ed9t, n\u0103m l\u0103m").get(1).text).isEqualTo("s\u1ed1 n\u00f3 l\u00e0 0348721155");
        assertThat(SpokenDigits.rewrite("s\u1ed1 di \u0111\u1ed9ng c\u1ee7a ch\u1ecb l\u00e0 c\u1ed9ng t\u00e1m t\u01b0, ch\u00edn"
                + " m\u1ed9t, hai ba t\u01b0, n\u0103m s\u00e1u b\u1ea3y t\u00e1m").get(1).text)
                .isEqualTo("s\u1ed1 di \u0111\u1ed9ng c\u1ee7a ch\u1ecb l\u00e0 +84912345678");
    }

    @Test
    void aVietnameseFalseStartIsTheNumbersAndNotSoIsNoZero() {
        assertThat(found("KH: s\u1ed1 anh l\u00e0 kh\u00f4ng ch\u00edn t\u00e1m... \u1edd kh\u00f4ng ch\u00edn t\u00e1m b\u1ea3y,"
                + " ba m\u1ed9t hai, n\u0103m b\u1ed1n s\u00e1u")).containsExactly("PHONE_NUMBER:kh\u00f4ng ch\u00edn t\u00e1m..."
                        + " \u1edd kh\u00f4ng ch\u00edn t\u00e1m b\u1ea3y, ba m\u1ed9t hai, n\u0103m b\u1ed1n s\u00e1u");
        assertThat(found("tui g\u1ecdi h\u1ecfi sao c\u00e1i sim kh\u00f4ng ch\u00edn b\u1ea3y t\u00e1m, s\u00e1u m\u1ed9t b\u1ed1n,"
                + " kh\u00f4ng hai n\u0103m... kh\u00f4ng ph\u1ea3i, kh\u00f4ng")).containsExactly("PHONE_NUMBER:kh\u00f4ng ch\u00edn"
                        + " b\u1ea3y t\u00e1m, s\u00e1u m\u1ed9t b\u1ed1n, kh\u00f4ng hai n\u0103m");
    }

    @Test
    void twoLettersSpelledBeforeOneStartACode() {
        assertThat(found("Caller: the tracking was one Z nine nine nine A A one zero one two three four five six seven eight"
                + " four")).isEmpty();
        assertThat(found("it's a big one, five five five, oh one two three")).isEmpty();
    }

    @Test
    void aPhoneAskedForAsABillShowsItIsAPhone() {
        assertThat(found("Agent: I'm gonna need the billing telephone number exactly as it shows on your AT and T bill\nCaller:"
                + " it's two one six five five five zero one four four no wait that's the fax, the main one is two one six five"
                + " five five zero one four zero")).containsExactly("PHONE_NUMBER:two one six five five five zero one four four",
                        "PHONE_NUMBER:two one six five five five zero one four zero");
    }

    @Test
    void readsHindiNumberWordsInDevanagari() {
        assertThat(found("AGT: \u092e\u0948\u0921\u092e \u0905\u092a\u0928\u093e \u092e\u094b\u092c\u093e\u0907\u0932"
                + " \u0928\u0902\u092c\u0930 \u092c\u0924\u093e\u0907\u090f\u0964 CUST: \u0928\u094c \u091a\u093e\u0930"
                + " \u090f\u0915 \u091a\u093e\u0930, \u0926\u094b \u091b\u0939 \u0938\u093e\u0924, \u0906\u0920"
                + " \u0936\u0942\u0928\u094d\u092f \u0924\u0940\u0928")).containsExactly("PHONE_NUMBER:\u0928\u094c"
                        + " \u091a\u093e\u0930 \u090f\u0915 \u091a\u093e\u0930, \u0926\u094b \u091b\u0939 \u0938\u093e\u0924,"
                        + " \u0906\u0920 \u0936\u0942\u0928\u094d\u092f \u0924\u0940\u0928");
    }

    @Test
    void readsMarathiNumberWordsInDevanagari() {
        assertThat(found("\u0917\u094d\u0930\u093e\u0939\u0915: \u092e\u093e\u091d\u093e \u0928\u0902\u092c\u0930 \u0928\u090a \u0906\u0920 \u0926\u094b\u0928 \u0926\u094b\u0928 \u0938\u093e\u0924, \u092a\u093e\u091a \u0936\u0942\u0928\u094d\u092f \u090f\u0915 \u091a\u093e\u0930 \u0938\u0939\u093e \u0906\u0939\u0947"))
                .containsExactly("PHONE_NUMBER:\u0928\u090a \u0906\u0920 \u0926\u094b\u0928 \u0926\u094b\u0928 \u0938\u093e\u0924, \u092a\u093e\u091a \u0936\u0942\u0928\u094d\u092f \u090f\u0915 \u091a\u093e\u0930 \u0938\u0939\u093e");
    }

    @Test
    void aFillerBetweenCommasKeepsALongRunOfHinglishWhole() {
        assertThat(SpokenDigits.rewrite(SpokenFillers.asPauses(
                "customer: number likh lo uh saat saat zero, do aath, uh, teen teen, nau ek chaar haan")).get(1).text).isEqualTo("customer: number likh lo uh 7702833914 haan");
        // Vietnamese "à không" after a number is "oh, no", not a zero of it.
        assertThat(found("KH: s\u1ed1 em l\u00e0 kh\u00f4ng ch\u00edn kh\u00f4ng, m\u1ed9t hai ba, b\u1ed1n n\u0103m s\u00e1u"
                + " b\u1ea3y... \u00e0 kh\u00f4ng")).containsExactly("PHONE_NUMBER:kh\u00f4ng ch\u00edn kh\u00f4ng, m\u1ed9t hai"
                        + " ba, b\u1ed1n n\u0103m s\u00e1u b\u1ea3y");
    }

    @Test
    void haanBeforeANumberSaidAgainIsPartOfItsFalseStart() {
        assertThat(found("cust: phone number, uh, nine eight nine nine, uh, eight eight, seven seven... haan, nine eight nine"
                + " nine eight eight seven seven six six")).containsExactly("PHONE_NUMBER:nine eight nine nine, uh, eight eight,"
                        + " seven seven... haan, nine eight nine nine eight eight seven seven six six");
    }

    @Test
    void japaneseAndThaiNumbersWithLongKanaKanjiZerosHyphensAndPlus() {
        assertThat(found("\u304a\u5ba2\u69d8\uff1a\u3048\u3063\u3068\u3001\u305c\u308d\u306f\u3061\u305c\u308d\u3001\u3088\u3093\u3088\u3093\u3044\u3061\u306a\u306a\u3001\u306b\u3044\u306b\u3044\u304d\u3085\u3046\u305c\u308d\u3067\u3059")).containsExactly("PHONE_NUMBER:\u305c\u308d\u306f\u3061\u305c\u308d\u3001\u3088\u3093\u3088\u3093\u3044\u3061\u306a\u306a\u3001\u306b\u3044\u306b\u3044\u304d\u3085\u3046\u305c\u308d");
        assertThat(found("\u30aa\u30da\u30ec\u30fc\u30bf\u30fc\uff1a\u6298\u308a\u8fd4\u3057\u306e\u304a\u96fb\u8a71\u756a\u53f7\u306f\u3001\u3007\u516d\u306e\u516d\u4e09\u56db\u4e94\u306e\u4e00\u4e8c\u4e5d\u3007\u3001\u5927\u962a\u306e\u3054\u81ea\u5b85\u3067\u3088\u308d\u3057\u3044\u3067\u3059\u304b")).containsExactly("PHONE_NUMBER:\u3007\u516d\u306e\u516d\u4e09\u56db\u4e94\u306e\u4e00\u4e8c\u4e5d\u3007");
        assertThat(found("\u304a\u5ba2\u69d8\uff1a\u5bb6\u306e\u96fb\u8a71\u306f\u3007\u4e09\u2010\u516d\u516b\u3007\u4e94\u2010\u4e8c\u4e8c\u4e09\u4e00\u3067\u3059\u3002")).containsExactly("PHONE_NUMBER:\u3007\u4e09\u2010\u516d\u516b\u3007\u4e94\u2010\u4e8c\u4e8c\u4e09\u4e00");
        assertThat(found("\u304a\u5ba2\u69d8\uff1a\u30a2\u30e1\u30ea\u30ab\u306e\u643a\u5e2f\u304b\u3089\u304b\u3051\u3066\u307e\u3059\u3002\u30d7\u30e9\u30b9\u3044\u3061\u3001\u3088\u3093\u3044\u3061\u3054\u3001\u3054\u30fc\u3054\u30fc\u3054\u30fc\u3001\u305c\u308d\u3044\u3061\u3055\u3093\u306b\u3067\u3059")).containsExactly("PHONE_NUMBER:\u30d7\u30e9\u30b9\u3044\u3061\u3001\u3088\u3093\u3044\u3061\u3054\u3001\u3054\u30fc\u3054\u30fc\u3054\u30fc\u3001\u305c\u308d\u3044\u3061\u3055\u3093\u306b");
        // A numeral said long ("ななー") is the same numeral.
        assertThat(found("\u304a\u5ba2\u69d8\uff1a\u30ab\u30fc\u30c9\u306e\u756a\u53f7\u3067\u3059\u3088\u306d\u3002\u3055\u3093\u3054\u30fc\u306b\u30fc\u306f\u3061\u3001\u306a\u306a\u308d\u304f\u306a\u306a\u30fc\u3044\u3061\u3001\u3054\u30fc\u305c\u308d\u305c\u308d\u308d\u304f\u3001\u304d\u3085\u3046\u306b\u30fc\u3055\u3093\u308d\u304f\u3002")).containsExactly("CREDIT_CARD:\u3055\u3093\u3054\u30fc\u306b\u30fc\u306f\u3061\u3001\u306a\u306a\u308d\u304f\u306a\u306a\u30fc\u3044\u3061\u3001\u3054\u30fc\u305c\u308d\u305c\u308d\u308d\u304f\u3001\u304d\u3085\u3046\u306b\u30fc\u3055\u3093\u308d\u304f");
        // にいち is に and いち (2 1), not にい and ち.
        assertThat(SpokenDigits.rewrite("\u304a\u5ba2\u69d8: \u30bc\u30ed\u3055\u3093\u306e \u308d\u304f\u3054\u3088\u3093\u3055\u3093\u306e \u306b\u3044\u3061\u306f\u3061\u304d\u3085\u3046\u3067\u3059\u3002").get(0).text).isEqualTo("\u304a\u5ba2\u69d8: 03 6543 2189\u3067\u3059\u3002");
    }

    @Test
    void anAreaCodeAndExchangeSaidTwiceAndAStartOverAreFalseStarts() {
        assertThat(found("Caller: the phone... um... four oh eight five five five, four oh eight five five five zero one eight eight"))
                .containsExactly("PHONE_NUMBER:four oh eight five five five, four oh eight five five five zero one eight eight");
        assertThat(found("Caller: three four... three four eight nine... sorry let me start over, three four eight nine, six seven"
                + " nine nine five, five seven one seven six eight")).containsExactly("CREDIT_CARD:three four... three four eight"
                        + " nine... sorry let me start over, three four eight nine, six seven nine nine five, five seven one seven six eight");
        // Two numbers, the second longer, that share fewer than six first digits stay two.
        assertThat(found("Caller: four oh eight five five, four oh eight five five five zero one eight eight"))
                .containsExactly("PHONE_NUMBER:four oh eight five five five zero one eight eight");
    }

    @Test
    void aHanNumeralThatOpensAWordIsPartOfTheWord() {
        assertThat(found("\u5ba2\u6237\uff1a\u5582\uff0c\u90a3\u4e2a\u6211\u521a\u624d\u6253\u7684\u662f\u96f6\u4e8c\u96f6 \u4e09\u516b\u516b\u4e00 \u4e8c\u4e09\u56db\u4e03\uff0c\u4e00\u76f4\u6ca1\u4eba\u63a5")).containsExactly("PHONE_NUMBER:\u96f6\u4e8c\u96f6 \u4e09\u516b\u516b\u4e00 \u4e8c\u4e09\u56db\u4e03");
    }

    @Test
    void chineseFalseStartsCorrectedWithBuDuiOrBuShi() {
        assertThat(found("\u5ba2\u6237\uff1a\u4e00\u4e94\u4e5d\uff0c\u5443\uff0c\u4e00\u4e94\u4e5d\u4e8c\uff0c\u4e0d\u5bf9\u4e0d\u5bf9\uff0c\u4e00\u4e94\u4e5d \u4e8c\u516b \u4e09\u96f6 \u56db\u56db \u4e03\u516d")).containsExactly("PHONE_NUMBER:\u4e00\u4e94\u4e5d\uff0c\u5443\uff0c\u4e00\u4e94\u4e5d\u4e8c\uff0c\u4e0d\u5bf9\u4e0d\u5bf9\uff0c\u4e00\u4e94\u4e5d \u4e8c\u516b \u4e09\u96f6 \u56db\u56db \u4e03\u516d");
        assertThat(found("\u5ba2\u6237\uff1a\u8bf6\u4f60\u597d\uff0c\u6211\u8fd9\u4e2a\u624b\u673a\u53f7\uff0c\u55ef\uff0c\u4e00\u4e03\u4e09\uff0c\u4e00\u4e03\u4e09\u4e8c\uff0c\u4e0d\u662f\uff0c\u4e00\u4e03\u4e09 \u4e8c\u96f6 \u516b \u4e09 \u4e94 \u4e94 \u4e00 \u56db\uff0c\u8fd9\u4e2a\u53f7")).containsExactly("PHONE_NUMBER:\u4e00\u4e03\u4e09\uff0c\u4e00\u4e03\u4e09\u4e8c\uff0c\u4e0d\u662f\uff0c\u4e00\u4e03\u4e09 \u4e8c\u96f6 \u516b \u4e09 \u4e94 \u4e94 \u4e00 \u56db");
    }

    @Test
    void bulgarianInLatinLettersAndARomanianPhoneOnTheOrder() {
        assertThat(found("klient: ne znam nomera na porachkata, no telefonat na dashterya mi e nula osem sedem osem, tri tri"
                + " nula, dve edno pet\noperator: edin moment"))
                .containsExactly("PHONE_NUMBER:nula osem sedem osem, tri tri nula, dve edno pet");
        assertThat(found("agent: \u00eemi spune\u021bi v\u0103 rog num\u0103rul de telefon de pe comand\u0103\nclient: da e zero \u0219apte doi trei,"
                + " patru cinci unu, opt opt doi")).containsExactly("PHONE_NUMBER:zero \u0219apte doi trei, patru cinci unu, opt opt doi");
    }

    @Test
    void cantoneseDigitsSaidApartAreHongKongsAndCorrectedWithMhHouYiSi() {
        assertThat(found("caller: \u6211 \u500b \u96fb\u8a71 \u4fc2 \u4e5d \u56db \u4e94 \u4e8c... \u5514 \u597d\u610f\u601d \u4e5d \u56db \u4e94 \u4e09 \u4e03 \u4e03 \u4e00 \u96f6\n"
                + "agent: \u4e5d \u56db \u4e94 \u4e09 \u4e03 \u4e03 \u4e00 \u96f6 \u5571 \u5514 \u5571")).containsExactly(
                "PHONE_NUMBER:\u4e5d \u56db \u4e94 \u4e8c... \u5514 \u597d\u610f\u601d \u4e5d \u56db \u4e94 \u4e09 \u4e03 \u4e03 \u4e00 \u96f6",
                "PHONE_NUMBER:\u4e5d \u56db \u4e94 \u4e09 \u4e03 \u4e03 \u4e00 \u96f6");
    }

    @Test
    void hebrewNumbersWithPlusPrefixesAndCorrections() {
        assertThat(found("\u05e0\u05e6\u05d9\u05d2: \u05d0\u05d6 \u05d4\u05de\u05e1\u05e4\u05e8 \u05dc\u05d7\u05d6\u05e8\u05d4 \u05d4\u05d5\u05d0 \u05e4\u05dc\u05d5\u05e1 \u05ea\u05e9\u05e2 \u05e9\u05d1\u05e2 \u05e9\u05ea\u05d9\u05d9\u05dd, \u05d7\u05de\u05e9 \u05d0\u05e8\u05d1\u05e2, \u05e9\u05e9 \u05e9\u05e9, \u05e9\u05d1\u05e2 \u05e9\u05d1\u05e2, \u05e9\u05de\u05d5\u05e0\u05d4 \u05e9\u05de\u05d5\u05e0\u05d4 \u05ea\u05e9\u05e2")).containsExactly("PHONE_NUMBER:\u05e4\u05dc\u05d5\u05e1 \u05ea\u05e9\u05e2 \u05e9\u05d1\u05e2 \u05e9\u05ea\u05d9\u05d9\u05dd, \u05d7\u05de\u05e9 \u05d0\u05e8\u05d1\u05e2, \u05e9\u05e9 \u05e9\u05e9, \u05e9\u05d1\u05e2 \u05e9\u05d1\u05e2, \u05e9\u05de\u05d5\u05e0\u05d4 \u05e9\u05de\u05d5\u05e0\u05d4 \u05ea\u05e9\u05e2");
        assertThat(found("\u05d4\u05dc\u05e7\u05d5\u05d7 \u05d4\u05ea\u05e7\u05e9\u05e8 \u05de\u05de\u05e1\u05e4\u05e8 \u05d7\u05e1\u05d5\u05d9. \u05d1\u05d9\u05e7\u05e9 \u05e9\u05e0\u05d7\u05d6\u05d5\u05e8 \u05d0\u05dc\u05d9\u05d5 \u05dc\u05d0\u05e4\u05e1 \u05d0\u05e8\u05d1\u05e2, \u05e9\u05de\u05d5\u05e0\u05d4 \u05e9\u05dc\u05d5\u05e9 \u05e9\u05ea\u05d9\u05d9\u05dd, \u05e9\u05d1\u05e2 \u05d0\u05d7\u05ea \u05d0\u05d7\u05ea \u05e9\u05e9")).containsExactly("PHONE_NUMBER:\u05d0\u05e4\u05e1 \u05d0\u05e8\u05d1\u05e2, \u05e9\u05de\u05d5\u05e0\u05d4 \u05e9\u05dc\u05d5\u05e9 \u05e9\u05ea\u05d9\u05d9\u05dd, \u05e9\u05d1\u05e2 \u05d0\u05d7\u05ea \u05d0\u05d7\u05ea \u05e9\u05e9");
        assertThat(found("\u05dc\u05e7\u05d5\u05d7\u05d4: \u05dc\u05e0\u05d9\u05d9\u05d3, \u05d0\u05e4\u05e1 \u05d7\u05de\u05e9 \u05d0\u05e8\u05d1\u05e2... \u05d0\u05d4 \u05e1\u05dc\u05d9\u05d7\u05d4, \u05d0\u05e4\u05e1 \u05d7\u05de\u05e9 \u05e9\u05de\u05d5\u05e0\u05d4, \u05e9\u05dc\u05d5\u05e9 \u05e9\u05ea\u05d9\u05d9\u05dd \u05e9\u05e9, \u05ea\u05e9\u05e2 \u05d0\u05d7\u05ea \u05d0\u05e4\u05e1 \u05d0\u05d7\u05ea")).containsExactly("PHONE_NUMBER:\u05d0\u05e4\u05e1 \u05d7\u05de\u05e9 \u05d0\u05e8\u05d1\u05e2... \u05d0\u05d4 \u05e1\u05dc\u05d9\u05d7\u05d4, \u05d0\u05e4\u05e1 \u05d7\u05de\u05e9 \u05e9\u05de\u05d5\u05e0\u05d4, \u05e9\u05dc\u05d5\u05e9 \u05e9\u05ea\u05d9\u05d9\u05dd \u05e9\u05e9, \u05ea\u05e9\u05e2 \u05d0\u05d7\u05ea \u05d0\u05e4\u05e1 \u05d0\u05d7\u05ea");
    }

    @Test
    void japaneseAndThaiFalseStartsBeforeTheNumberSaidAgain() {
        assertThat(found("\u304a\u5ba2\u69d8\uff1a\u3059\u307f\u307e\u305b\u3093\u3001\u305c\u308d\u306f\u3061\u305c\u308d\u3001\u3055\u3093\u3055\u3093\u306a\u306a\u3088\u3093\u2026\u3048\u30fc\u3068\u3001\u305c\u308d\u306f\u3061\u305c\u308d\u3001\u3055\u3093\u3055\u3093\u306a\u306a\u3088\u3093\u3001\u3044\u3061\u306b\u3044\u305c\u308d\u308d\u304f\u3067\u3059")).containsExactly("PHONE_NUMBER:\u305c\u308d\u306f\u3061\u305c\u308d\u3001\u3055\u3093\u3055\u3093\u306a\u306a\u3088\u3093\u2026\u3048\u30fc\u3068\u3001\u305c\u308d\u306f\u3061\u305c\u308d\u3001\u3055\u3093\u3055\u3093\u306a\u306a\u3088\u3093\u3001\u3044\u3061\u306b\u3044\u305c\u308d\u308d\u304f");
        assertThat(found("\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e41\u0e1b\u0e14 \u0e2a\u0e35\u0e48 \u0e40\u0e01\u0e49\u0e32 \u0e28\u0e39\u0e19\u0e22\u0e4c... \u0e40\u0e2d\u0e48\u0e2d \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e41\u0e1b\u0e14 \u0e2a\u0e35\u0e48 \u0e40\u0e01\u0e49\u0e32 \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e2a\u0e2d\u0e07 \u0e2a\u0e32\u0e21 \u0e2a\u0e32\u0e21 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e40\u0e08\u0e47\u0e14 \u0e04\u0e48\u0e30")).containsExactly("PHONE_NUMBER:\u0e28\u0e39\u0e19\u0e22\u0e4c \u0e41\u0e1b\u0e14 \u0e2a\u0e35\u0e48 \u0e40\u0e01\u0e49\u0e32 \u0e28\u0e39\u0e19\u0e22\u0e4c... \u0e40\u0e2d\u0e48\u0e2d \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e41\u0e1b\u0e14 \u0e2a\u0e35\u0e48 \u0e40\u0e01\u0e49\u0e32 \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e2a\u0e2d\u0e07 \u0e2a\u0e32\u0e21 \u0e2a\u0e32\u0e21 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e40\u0e08\u0e47\u0e14");
        assertThat(found("\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: \u0e42\u0e17\u0e23\u0e08\u0e32\u0e01\u0e40\u0e1a\u0e2d\u0e23\u0e4c \u0e1a\u0e27\u0e01\u0e2b\u0e01\u0e2b\u0e01 \u0e41\u0e1b\u0e14 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e2b\u0e49\u0e32 \u0e2b\u0e49\u0e32 \u0e2b\u0e01... \u0e40\u0e2d\u0e48\u0e2d \u0e1a\u0e27\u0e01 \u0e2b\u0e01 \u0e2b\u0e01 \u0e41\u0e1b\u0e14 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e2b\u0e49\u0e32 \u0e2b\u0e49\u0e32 \u0e2b\u0e01 \u0e2a\u0e2d\u0e07 \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e2a\u0e35\u0e48 \u0e40\u0e01\u0e49\u0e32 \u0e04\u0e48\u0e30")).containsExactly("PHONE_NUMBER:\u0e1a\u0e27\u0e01\u0e2b\u0e01\u0e2b\u0e01 \u0e41\u0e1b\u0e14 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e2b\u0e49\u0e32 \u0e2b\u0e49\u0e32 \u0e2b\u0e01... \u0e40\u0e2d\u0e48\u0e2d \u0e1a\u0e27\u0e01 \u0e2b\u0e01 \u0e2b\u0e01 \u0e41\u0e1b\u0e14 \u0e2b\u0e19\u0e36\u0e48\u0e07 \u0e2b\u0e49\u0e32 \u0e2b\u0e49\u0e32 \u0e2b\u0e01 \u0e2a\u0e2d\u0e07 \u0e28\u0e39\u0e19\u0e22\u0e4c \u0e2a\u0e35\u0e48 \u0e40\u0e01\u0e49\u0e32");
    }

    @Test
    void koreanPlusBeforeACountryCodeSaidInHangul() {
        assertThat(found("\uace0\uac1d: \ud50c\ub7ec\uc2a4 \uc77c \uc774\uc77c\uc0bc \uc624\uc624\uc624 \uacf5\uc77c\uc721\uc0ac\uc694 LA\uc694")).containsExactly("PHONE_NUMBER:\ud50c\ub7ec\uc2a4 \uc77c \uc774\uc77c\uc0bc \uc624\uc624\uc624 \uacf5\uc77c\uc721\uc0ac");
        assertThat(found("\uace0\uac1d: \ud55c\uad6d \ubc88\ud638\ub294 \ud50c\ub7ec\uc2a4 \ud314\uc774 \uc77c\uacf5 \uc0bc\ud314\ud314\uc774 \uc0ac\uc0ac\uce60\uc77c\uc774\uc5d0\uc694")).containsExactly("PHONE_NUMBER:\ud50c\ub7ec\uc2a4 \ud314\uc774 \uc77c\uacf5 \uc0bc\ud314\ud314\uc774 \uc0ac\uc0ac\uce60\uc77c");
        // Chinese "加" (plus) before the country code.
        assertThat(found("\u5ba2\u6237\uff1a\u6211\u7684\u65e5\u672c\u53f7\u7801\u662f\u52a0\u516b\u4e00\uff0c\u4e5d\u96f6\uff0c"
                + "\u56db\u4e94\u4e94\u4e03\uff0c\u4e8c\u4e00\u4e09\u516b")).containsExactly("PHONE_NUMBER:\u52a0\u516b\u4e00\uff0c"
                        + "\u4e5d\u96f6\uff0c\u56db\u4e94\u4e94\u4e03\uff0c\u4e8c\u4e00\u4e09\u516b");
    }

    @Test
    void koreanNumbersWithEOrDashWordsBetweenTheirGroups() {
        assertThat(found("\uace0\uac1d: \uacf5\uc77c\uacf5\uc5d0 \uce60\uc0bc\ud314\uc774\uc5d0 \uc624\uc624\uc77c\uad6c"))
                .containsExactly("PHONE_NUMBER:\uacf5\uc77c\uacf5\uc5d0 \uce60\uc0bc\ud314\uc774\uc5d0"
                        + " \uc624\uc624\uc77c\uad6c");
        assertThat(found("\uace0\uac1d: \uc5b4 \uc81c \ubc88\ud638\uac00\uc694 \uacf5\uc77c\uacf5 \ub2e4\uc2dc"
                + " \uad6c\uc774\ud314\uce60 \ub2e4\uc2dc \uc0bc\uc0ac\uacf5\uc721\uc778\ub370\uc694"))
                .containsExactly("PHONE_NUMBER:\uacf5\uc77c\uacf5 \ub2e4\uc2dc \uad6c\uc774\ud314\uce60 \ub2e4\uc2dc"
                        + " \uc0bc\uc0ac\uacf5\uc721");
        // The copula after a number ("...일구이에요") is no two.
        assertThat(SpokenDigits.rewrite("\uace0\uac1d: \uacf5\uc77c\uacf5 \uce60\uc0bc\ud314\uc774 \uc624\uc624\uc77c\uad6c\uc774\uc5d0\uc694")
                .get(0).text).isEqualTo("\uace0\uac1d: 01073825519\uc774\uc5d0\uc694");
    }

    @Test
    void aKoreanMobileWhoseDigitsPassNorwaysChecksIsAMobileInAKoreanText() {
        assertThat(found("\uace0\uac1d: \uacf5\uc77c\uacf5 \uce60\uc0bc\ud314\uc774 \uc624\uc624\uc77c\uad6c"))
                .containsExactly("PHONE_NUMBER:\uacf5\uc77c\uacf5 \uce60\uc0bc\ud314\uc774 \uc624\uc624\uc77c\uad6c");
        assertThat(found("f\u00f8dselsnummer 01073825519")).isEmpty();
    }
}
