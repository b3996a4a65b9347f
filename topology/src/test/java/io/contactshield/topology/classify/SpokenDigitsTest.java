package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenDigitsTest {

    @Test
    void aPortugueseArticleAfterARunIsNoZero() {
        assertThat(SpokenDigits.digitsOf("o meu social \u00e9 dois tr\u00eas seis, nove nove, seis sete dois nove, o telefone"))
                .containsExactly("236 99 6729");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "oh seven seven double oh nine double oh one two three | 07700900123",
        "four one five five five five zero one eight two | 4155550182",
        "triple five one two three four | 5551234",
        "O seven seven zero zero nine zero zero one two three | 07700900123",
        "plus four four seven seven double oh nine double oh one two three | +447700900123",
        "one eight hundred five five five oh one nine nine | 18005550199",
        "oh seven seven double oh nine hundred four six one | 07700900461",
        "two one two five five five oh one seventy six | 2125550176",
        "two one two five five five oh one seventy-six | 2125550176",
        "five five five twenty one forty | 5552140",
        "null eins sieben eins zwei drei vier fünf | 01712345",
        "z\u00e9ro six trois neuf neuf huit un deux | 06399812",
        "seis cero cero uno dos tres cuatro | 6001234",
        "nul zes een twee drie vier vijf | 0612345",
        "555 zero one four three | 5550143",
        // English's filler between English words, Portuguese's one between Portuguese words.
        "four oh eight um five five five zero one two nine | 408 5550129",
        // Before "zero", English's and Portuguese's both, in a run with no word only Portuguese says.
        "nine oh five five five five um zero one one six | 905555 0116",
        "dois zero um cinco cinco cinco zero um zero nove | 2015550109",
        "nove um dois tr\u00eas quatro cinco seis sete oito | 912345678",
        // Italy's dialects: Sicilian, Neapolitan (its apostrophes for a last vowel) and Venetian.
        "tri ottu novi, cincu dui setti, zeru unu novi ottu | 389 527 0198",
        "tre quatt' sett', ott' ott' doje, uno cinc', nov' zero | 347 882 15 90",
        "zero quatro uno, sinque do sie, sete oto, nove nove | 041 526 78 99",
        // Bavarian: its one and two, and its compounds with an r or n before the "a" ("zwoaradreißig" 32).
        "null oans sieben f\u00fcnf, zwoa zwoa, acht neun, drei null, vier | 0175 22 89 30 4",
        "null achtzig einunddrei\u00dfig, vierundvierzig, zwoaradrei\u00dfig, siebzehn | 08031 44 32 17",
        // A unit that Turkish "yüz" multiplies opens its group of three; it is not the tens' unit.
        "art\u0131 doksan be\u015f y\u00fcz k\u0131rk iki iki y\u00fcz on iki otuz \u00fc\u00e7 elli | +905422123350",
        "z\u00e9ro six trente-neuf quatre-vingt-dix-huit vingt et un quarante-quatre | 0639982144",
        "z\u00e9ro un soixante et onze soixante-dix-sept quatre-vingts quatre-vingt-un | 0171778081",
        "z\u00e9ro six soixante-dix dix-neuf cinquante quatre-vingt-onze | 0670195091",
        "null eins sieben eins einundzwanzig vierunddrei\u00dfig sechsundf\u00fcnfzig | 0171213456",
        "null eins sieben eins zwoelf neunzehn achtundneunzig | 0171121998",
        "seis cero cero treinta y dos cuarenta y cinco | 6003245",
        // Portuguese "duplo", and a count of zeros ("dois zeros", "tr\u00eas ceros", "deux z\u00e9ros").
        "nove um cinco seis um sete quatro duplo seis | 915617466",
        "zero sete oito dois zeros nove zero um oito seis cinco | 07800901865",
        "tres ceros uno dos tres cuatro cinco | 00012345",
        // Polish "podwójne".
        "zero sze\u015b\u0107 podw\u00f3jne cztery siedemna\u015bcie osiemdziesi\u0105t dwa | 06441782"
    })
    void writesSpokenDigitsAsDigits(String spoken, String digits) {
        assertThat(SpokenDigits.digitsOf("caller: it's " + spoken + " thanks")).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Norwegian, Danish (pairs, "et" is one) and Swedish (tens and units as one word).
        "ni to fire, fem seks, sju \u00e5tte en | 924 56 781",
        "tre et, fire to, otte syv, seks fem | 31 42 87 65",
        "to og tyve, femogfyrre, nul otte, et to | 22 45 08 12",
        "noll sju noll, ett tv\u00e5 tre, fyrtiofem, sextiosju | 070 123 45 67",
        "fire tolv, tjueen, trettito | 412 21 32",
        // Greek, with and without accents.
        "\u03ad\u03be\u03b9 \u03b5\u03bd\u03bd\u03b9\u03ac \u03b5\u03c0\u03c4\u03ac, \u03b4\u03cd\u03bf \u03c4\u03c1\u03af\u03b1 \u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b1 \u03c0\u03ad\u03bd\u03c4\u03b5 | 697 2345",
        "\u0395\u039e\u0399 \u03b5\u03bd\u03bd\u03b9\u03b1 \u03b5\u03c0\u03c4\u03b1, \u03c3\u03b1\u03c1\u03ac\u03bd\u03c4\u03b1 \u03c0\u03ad\u03bd\u03c4\u03b5 \u03b4\u03ce\u03b4\u03b5\u03ba\u03b1 | 697 4512",
        // Polish and Turkish in groups of three, their hundreds words read by the word after them.
        "pi\u0119\u0107set dwana\u015bcie, trzysta czterdzie\u015bci pi\u0119\u0107, sze\u015b\u0107set siedemdziesi\u0105t osiem | 512 345 678",
        "sze\u015b\u0107set pi\u0119\u0107, sto dwadzie\u015bcia, jeden dwa trzy | 605 120 123",
        "s\u0131f\u0131r be\u015f y\u00fcz otuz iki, y\u00fcz yirmi \u00fc\u00e7, k\u0131rk be\u015f, altm\u0131\u015f yedi | 0532 123 45 67",
        "sifir bes yuz otuz iki, on bir on iki | 0532 1112",
        "SIFIR BE\u015e Y\u00dcZ OTUZ \u0130K\u0130, ALTI ALTI YED\u0130 | 0532 667",
        // Spanish teens, tens with "y" and hundreds; Portuguese with "e"; Italian and Dutch compounds.
        "seis cincuenta y cinco, doce, treinta y cuatro, cincuenta y seis | 655 12 34 56",
        "seiscientos cincuenta y cinco, once, veintid\u00f3s | 655 11 22",
        "nove um dois, trinta e quatro, cinquenta e seis, dezoito | 912 34 56 18",
        "zero tre quattro sette ventotto trentuno novantanove | 0347283199",
        "nul zes twaalf vijfenveertig achtentwintig drie\u00ebntwintig | 0612452823",
        // Finnish, Czech, Romanian and Hungarian digits.
        "nolla nelj\u00e4 yksi kaksi kolme viisi kuusi | 0412356",
        "sedm sedm sedm dva t\u0159i \u010dty\u0159i p\u011bt | 7772345",
        "zero \u0219apte doi doi unu doi trei | 0722123",
        "hat h\u00e1rom egy kett\u0151 n\u00e9gy \u00f6t nyolc | 6312458",
        // Their tens: Czech and Romanian apart ("douăzeci și trei"), Hungarian as one word ("harminchat").
        "sedm sedm sedm, dvacet t\u0159i, \u010dty\u0159icet p\u011bt, \u0161edes\u00e1t jedna | 777 23 45 61",
        "zero \u0219apte doi doi, dou\u0103zeci \u0219i trei, patruzeci \u0219i cinci | 0722 23 45",
        "nulla hat, harminc, egy kett\u0151 h\u00e1rom, tizenkett\u0151, harminchat | 06 30 123 12 36"
    })
    void readsTheNumberWordsOfOtherLanguages(String spoken, String digits) {
        assertThat(SpokenDigits.digitsOf("x: " + spoken + ".")).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Croatian, Slovenian, Slovak; Russian and Ukrainian in Latin letters, Russian in hundreds.
        "nula devet jedan, dva tri \u010detiri, pet \u0161est sedam osam | 091 234 5678",
        "ni\u010d \u0161tiri ena, ena dva tri, \u0161tiri pet \u0161est | 041 123 456",
        "nula dev\u00e4\u0165 jedna dva, jedna dva tri, \u0161tyri p\u00e4\u0165 \u0161es\u0165 | 0912 123 456",
        "nula devet jedan, dvadeset jedan, \u010detrdeset pet | 091 21 45",
        "vosem devyatsot dvenadtsat, trista sorok pyat, shestdesyat sem, vosemdesyat devyat | 8912 345 67 89",
        "nul pyat nul, odyn dva try, chotyry pyat shist sim | 050 123 4567",
        "nol shist sim, odyn dva try, chotyry p'yat, shist sim | 067 123 45 67",
        // Catalan ("set" is 7 next to Catalan number words), Galician, Basque.
        "sis u dos, tres quatre cinc, sis set vuit | 612 345 678",
        "sis, noranta-dos, vint-i-u, trenta-tres | 6 92 21 33",
        "seis un dous, tres catro cinco, seis sete oito | 612 345 678",
        "sei bat bi, hiru lau bost, sei zazpi zortzi | 612 345 678",
        // Estonian, Latvian, Lithuanian, Icelandic.
        "viis \u00fcks kaks kolm neli viis kuus seitse | 51234567",
        "divi viens divi tr\u012bs \u010detri pieci se\u0161i septi\u0146i | 21234567",
        "\u0161e\u0161i vienas du trys keturi penki septyni | 6123457",
        "sex einn einn, einn tveir \u00fer\u00edr fj\u00f3rir | 611 1234",
        // Indonesian and Malay, Swahili, Hebrew and Arabic in Latin letters.
        "kosong lapan satu dua, tiga empat lima enam | 0812 3456",
        "nol delapan satu dua tiga empat lima | 0812345",
        "sifuri saba moja mbili, tatu nne tano sita | 0712 3456",
        "efes chamesh efes, achat shtaim shalosh arba chamesh shesh sheva | 050 1234567",
        "sifr khamsa sifr, wahid ithnan thalatha arbaa khamsa sitta sabaa | 050 1234567",
        // Chinese, Korean and Vietnamese in a long run of their own words.
        "yao san ba, ling ling yao san, ba ling ling ling | 138 0013 8000",
        "y\u0101o s\u0101n b\u0101, l\u00edng l\u00edng y\u0101o s\u0101n, b\u0101 l\u00edng l\u00edng l\u00edng | 138 0013 8000",
        "gong il gong, il i sam sa, o yuk chil pal | 010 1234 5678",
        "kh\u00f4ng ch\u00edn m\u1ed9t, hai ba b\u1ed1n, n\u0103m s\u00e1u b\u1ea3y t\u00e1m | 091 234 5678",
        "khong chin mot, hai ba bon, nam sau bay tam | 091 234 5678"
    })
    void readsTheDigitsOfFurtherLanguages(String spoken, String digits) {
        assertThat(SpokenDigits.digitsOf("x: " + spoken + ".")).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Russian, Ukrainian (with each of its apostrophes), Bulgarian and Serbian in Cyrillic.
        "\u0432\u043e\u0441\u0435\u043c\u044c \u0434\u0435\u0432\u044f\u0442\u044c\u0441\u043e\u0442 \u0448\u0435\u0441\u0442\u043d\u0430\u0434\u0446\u0430\u0442\u044c, \u0441\u0442\u043e \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c \u0442\u0440\u0438, \u0441\u043e\u0440\u043e\u043a \u043f\u044f\u0442\u044c, \u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442 \u0441\u0435\u043c\u044c | 8916 123 45 67",
        "\u043d\u0443\u043b\u044c \u0448\u0456\u0441\u0442\u0434\u0435\u0441\u044f\u0442 \u0441\u0456\u043c, \u0434\u0432\u0456\u0441\u0442\u0456 \u0442\u0440\u0438\u0434\u0446\u044f\u0442\u044c \u0447\u043e\u0442\u0438\u0440\u0438, \u043f'\u044f\u0442\u0434\u0435\u0441\u044f\u0442 \u0448\u0456\u0441\u0442\u044c, \u0441\u0456\u043c\u0434\u0435\u0441\u044f\u0442 \u0432\u0456\u0441\u0456\u043c | 067 234 56 78",
        "\u043d\u0443\u043b\u044c \u0434\u0435\u0432\u2019\u044f\u0442\u044c \u0432\u0456\u0441\u0456\u043c, \u043f\u2019\u044f\u0442\u0441\u043e\u0442, \u0434\u0432\u0430\u0434\u0446\u044f\u0442\u044c, \u0441\u043e\u0440\u043e\u043a \u0441\u0456\u043c | 098 500 20 47",
        "\u043d\u0443\u043b\u044c \u0434\u0435\u0432\u02bc\u044f\u0442\u044c \u0432\u0456\u0441\u0456\u043c, \u0442\u0440\u0438 \u0442\u0440\u0438 \u043e\u0434\u0438\u043d, \u0434\u0432\u0430\u0434\u0446\u044f\u0442\u044c, \u0441\u043e\u0440\u043e\u043a \u0441\u0456\u043c | 098 331 20 47",
        "\u043d\u0443\u043b\u0430 \u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c \u043e\u0441\u0435\u043c, \u0441\u0442\u043e \u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442 \u0438 \u0442\u0440\u0438, \u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e\u0442\u0438\u043d \u043f\u0435\u0442\u0434\u0435\u0441\u0435\u0442 \u0438 \u0448\u0435\u0441\u0442 | 0888 123 456",
        "\u043d\u0443\u043b\u0430 \u0448\u0435\u0437\u0434\u0435\u0441\u0435\u0442 \u0447\u0435\u0442\u0438\u0440\u0438, \u0441\u0442\u043e \u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442 \u0442\u0440\u0438, \u0447\u0435\u0442\u0440\u0434\u0435\u0441\u0435\u0442 \u043f\u0435\u0442, \u0448\u0435\u0437\u0434\u0435\u0441\u0435\u0442 \u0441\u0435\u0434\u0430\u043c | 064 123 45 67",
        // Hundreds glued to the rest (Slovak, Hungarian), the Slovenian unit before its tens, Latvian
        // and Lithuanian hundreds after a unit, and a hundreds word alone.
        "nula dev\u00e4\u0165 nula p\u00e4\u0165, dvesto\u0161tyridsa\u0165sedem, tristoosemn\u00e1s\u0165 | 0905 247 318",
        "nulla hat, harminc, n\u00e9gysz\u00e1ztizennyolc, huszonkett\u0151, hetven\u00f6t | 06 30 418 22 75",
        "ni\u010d \u0161tiri ena, dvesto \u0161tiriindvajset, tristo petin\u0161estdeset | 041 224 365",
        "divdesmit devi\u0146i, nulle tr\u012bsdesmit tr\u012bs, \u010detri simti asto\u0146padsmit | 29 033 418",
        "a\u0161tuoni \u0161e\u0161i \u0161imtai devyniasde\u0161imt devyni, dvide\u0161imt, vienas \u0161imtas keturiolika | 8699 20 114",
        "osiemset, sto dwadzie\u015bcia, trzysta trzydzie\u015bci | 800 120 330"
    })
    void readsCyrillicNumbersAndHundredsGluedOrAlone(String spoken, String digits) {
        assertThat(SpokenDigits.digitsOf("x: " + spoken + ".")).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Swiss German; German, Dutch and Swedish hundreds glued to the rest; Finnish tens and unit glued.
        "null sibe n\u00fc\u00fcn, zwei drei vier, f\u00fc\u00fcf s\u00e4chs, sibe acht | 079 234 56 78",
        // Swiss German tens, teens and compounds of a unit, "e" and tens.
        "null sibe n\u00fc\u00fcn, dr\u00fc zw\u00f6i f\u00f6if, vierzg, s\u00e4chsezw\u00e4nzg | 079 325 40 26",
        "null vier vier, s\u00e4chs s\u00e4chs acht, achz\u00e4, null null | 044 668 18 00",
        // Swabian and Bavarian digits with an "e".
        "null siebe eins eins, zwo drei, f\u00fcnfe, vier acht, zwo sieben | 0711 23 5 48 27",
        "null acht neune, zwoa drei viere, sechse siebene | 089 234 67",
        "null oans sieben null, zwoa drei f\u00fcmf, acht neine, oans sechse | 0170 235 89 16",
        "null dreie vier eens, f\u00fcmf sechse, zwee zwee, acht siem, null | 0341 56 22 87 0",
        "null oins sibbe sechs, vier f\u00fcnf, drei oins, neunzeh, zwoi acht | 0176 45 31 19 28",
        "null zwo zwo null drei, sibbe, eins, achtunddressich, zw\u00f6lf | 02203 7 1 38 12",
        "null zwo zwo eins, fuffzig, dreiundsechzig, achtundzwanzig, neun | 0221 50 63 28 9",
        // Ukrainian in Latin letters, "tridtsyat" as some write its 30.
        "nol shistdesyat sim, dvisti tridtsyat chotyry, pyatdesyat shist, simdesyat visim | 067 234 56 78",
        "null dreihundertvierundzwanzig, f\u00fcnf sechs sieben acht | 0324 5678",
        "nul vierhonderdzeventig, twaalf, vierendertig, zesenvijftig | 0470 12 34 56",
        "noll sjuttio, etthundratjugotre, fyrtiofem, sextiosju | 070 123 45 67",
        "nolla nelj\u00e4kymment\u00e4, yksi kaksi kolme, nelj\u00e4kymment\u00e4viisi, kuusikymment\u00e4seitsem\u00e4n | 040 123 45 67",
        // Luxembourgish: units, a teen, and tens after unit and "an" or, before most consonants, "a".
        "sechs zwee eent, zwielef, v\u00e9ierandr\u00ebsseg, sechsafofzeg | 621 12 34 56",
        "f\u00ebnnef v\u00e9ier eent zwee, null siwen aacht n\u00e9ng, dr\u00e4i | 5412 0789 3"
    })
    void readsSwissGermanAndGluedGermanicAndFinnishNumbers(String spoken, String digits) {
        assertThat(SpokenDigits.digitsOf("x: " + spoken + ".")).containsExactly(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Syllables and words of other languages: Chinese, Korean and Vietnamese need a long run of their own.
        "ba ba black sheep, have you any wool, yes sir, yes sir, three bags full",
        "i o sa i o sa and so on",
        "Kim Il-sung met Kim Jong-il in Pyongyang, Il Sung Gu",
        "Li Yi San, Wu Liu Qi and Ba Er San Si came",
        "I said ba san si wu liu qi and then one two three",
        "Nam and Hai went to the bay with Tam, ba, mot",
        // Indonesian quantities, Lima the city, names that are Swahili or Arabic numbers.
        "saya beli satu buku dan dua pensil, tiga hari lalu",
        "dia tinggal di Lima selama dua tahun dengan satu anak",
        "Sita, Saba and Tisa met Nane and Tano in Moja",
        "the pet shop set a sis and a nou deu sale",
        "du bist ein guter Freund, sex and the city",
        "sem problema, sim, sem d\u00favida",
        "try to stop, try it one two three"
    })
    void readsNoWordThatIsANumberOnlyInAnotherLanguage(String text) {
        assertThat(SpokenDigits.digitsOf(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Everyday words elsewhere count only among number words of their own language.
        "five five five to one two three four",
        "call me on five five five, on one two three four",
        "ni uno ni dos ni tres ni cuatro ni cinco",
        "fire one two three four, fire five six",
        "I once said one two three, once four five",
        "va bene, sto uno due tre sto quattro",
        "un deux trois et quatre cinq six sept"
    })
    void readsNoAmbiguousWordAmongNumberWordsOfAnotherLanguage(String text) {
        assertThat(SpokenDigits.digitsOf(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Japanese の and Korean 의 between the groups; the Korean copula 이 before a particle is no two.
        "\u643a\u5e2f\u304c\u30bc\u30ed\u304d\u3085\u3046\u30bc\u30ed\u306e \u306a\u306a\u306b\u3055\u3093\u3044\u3061\u306e \u3088\u3093\u306f\u3061\u3054\u308d\u304f\u3067\u3059\u3002 | 090 7231 4856",
        "\ud734\ub300\ud3f0 \ubc88\ud638\ub294 \uacf5\uc77c\uacf5\uc758 \uc774\uc0bc\uc0ac\uc624\uc758 \uc721\uce60\ud314\uad6c\uc785\ub2c8\ub2e4. | 010 2345 6789",
        "\ubc88\ud638\ub294 \uacf5\uc77c\uacf5, \uc0ac\ud314\uc774\uce60, \uc0bc\uc0bc\uad6c\uc77c\uc774\uc694. | 010 4827 3391"
    })
    void readsTheParticlesBetweenJapaneseAndKoreanGroupsAsPauses(String text, String digits) {
        assertThat(SpokenDigits.digitsOf(text)).containsExactly(digits);
    }

    @Test
    void readsEighteenHundredAsATollFreePrefix() {
        assertThat(SpokenDigits.digitsOf("call our helpline, eighteen hundred, one zero two, four four eight eight, open"))
                .containsExactly("1800 102 4488");
    }

    @Test
    void readsARunOfOhsAsEnglishZerosNotKoreanFives() {
        assertThat(SpokenDigits.digitsOf("Mastercard, two two two one, oh oh oh oh, oh oh oh oh, oh oh oh nine."))
                .containsExactly("2221 0000 0000 0009");
        assertThat(SpokenDigits.digitsOf("x: gong il gong, sa sam i il, pal chil yuk o.")).containsExactly("010 4321 8765");
    }

    @Test
    void joinsAnApostropheOnlyInsideANumberWordOrBetweenCyrillicLetters() {
        // "o'clock" stays "o" (zero) and "clock", which ends the run; "p'yat" is Ukrainian five.
        assertThat(SpokenDigits.digitsOf("call at five o'clock one two three four five six seven"))
                .containsExactly("1234567");
        assertThat(SpokenDigits.digitsOf("chotyry p'yat shist sim visim dev'yat nol")).containsExactly("4567890");
    }

    @Test
    void readsAnAmbiguousWordAsALinkWhereItsOwnLanguageIsNotSpoken() {
        // Danish "et" is one; French "et" and Dutch "en" join the parts of a number.
        assertThat(SpokenDigits.digitsOf("z\u00e9ro six soixante et onze vingt et un quatre-vingts"))
                .containsExactly("06712180");
        assertThat(SpokenDigits.digitsOf("nul zes vier en twintig dertig twaalf")).containsExactly("06243012");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Swiss German zero; German hundreds glued to the rest at the start of a run, "zwo" in a compound.
        "mini nummer isch n\u00fcll sibe acht, s\u00e4chs n\u00fcn zw\u00f6i, n\u00fcll vier, eis acht | 078 692 04 18",
        "nummer null eins sieben eins hundertzweiundneunzig vier f\u00fcnf | 017119245"
    })
    void readsSwissGermanAndGluedGermanHundreds(String text, String digits) {
        assertThat(SpokenDigits.digitsOf(text)).containsExactly(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hundertzweiundneunzig | 192", "hundertzwoundneunzig | 192",
        "zweihundertdrei | 203", "hundertdreizehn | 113", "honderdtwintig | 120",
        // Italian, with the hundred's vowel dropped before "ottanta" and "otto", and "tré" at the end.
        "trecentotrentacinque | 335", "centonovantadue | 192", "trecentottanta | 380", "centotto | 108",
        "duecentotr\u00e9 | 203"})
    void readsAGluedHundredsWordAlone(String word, String digits) {
        assertThat(SpokenDigits.digits(word, 0, word.length())).isEqualTo(digits);
    }

    @Test
    void endsARunAtTheEndOfALine() {
        // The next turn's time stamp is no part of the number said at the end of the one before.
        assertThat(SpokenDigits.digitsOf("Caller: namba yangu ni sifuri saba mbili nane, tisa moja tano, tatu sita nne\n"
                + "00:00:41 Agent: Asante.")).containsExactly("0728 915 364");
    }

    @Test
    void readsAnAmbiguousWordByTheWordsAfterAWordTwoLanguagesShare() {
        // "nul" is Dutch and Danish: Dutch "vier" after it makes "en" the Dutch "and", Danish "fire" the one.
        assertThat(SpokenDigits.digitsOf("punt com en nul vier negen negen drie twee zes zes vijf \u00e9\u00e9n klopt"))
                .containsExactly("0499326651");
        assertThat(SpokenDigits.digitsOf("nummeret er en nul fire, ni to tre fem")).containsExactly("104 9235");
        // Portuguese "um" beside "seis" and "nove", which Spanish and Italian share.
        assertThat(SpokenDigits.digitsOf("\u00e9 o nove seis um, cinco cinco zero, tr\u00eas nove dois"))
                .containsExactly("961 550 392");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eighty one | 81",
        "one nine two | 192",
        "two fifty five | 255",
        "oh | 0",
        "192 | 192",
        "vingt et un | 21"
    })
    void readsTheDigitsOfAShortSpokenNumber(String spoken, String digits) {
        String text = "x " + spoken + " y";
        assertThat(SpokenDigits.digits(text, 2, 2 + spoken.length())).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighty apples", "double", "plus one", "one, two", "et"})
    void readsNoDigitsWhereAWordIsNoNumber(String words) {
        assertThat(SpokenDigits.digits(words, 0, words.length())).isNull();
    }

    @Test
    void keepsFrenchAndGermanLinkWordsOutsideANumberAsBreaks() {
        // "et" and "und" join only the numbers they belong to; elsewhere they end a run.
        assertThat(SpokenDigits.digitsOf("un deux trois et quatre cinq six sept")).isEmpty();
        assertThat(SpokenDigits.digitsOf("eins zwei drei und vier f\u00fcnf sechs sieben")).isEmpty();
    }

    @Test
    void keepsAPauseAsASpace() {
        assertThat(SpokenDigits.digitsOf("my number is five five five, zero one four three"))
                .containsExactly("555 0143");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have one or two things, three or four maybe",
        "your case number is four four seven one two nine and the wait is about twelve minutes",
        "it was one hundred forty nine dollars and ninety nine cents",
        "five five five and zero one four three",
        "five five five. Zero one four three",
        "five five five: zero one four three",
        "five five five (zero one four three)",
        "double charge on my card, double double",
        "a plus b plus one two three",
        "one, two, three, four, five, six",
        "5551234 and 2125550147, one",
        "call me on 212 555 0147 please"
    })
    void readsNoRunOfFewerThanSevenSpokenDigits(String text) {
        assertThat(SpokenDigits.digitsOf(text)).isEmpty();
        assertThat(SpokenDigits.rewrite(text)).isEmpty();
    }

    @Test
    void endsARunAtADoubleThatIsNotBeforeADigit() {
        assertThat(SpokenDigits.digitsOf("one two three four five six seven double, eight nine"))
                .containsExactly("1234567");
    }

    @Test
    void findsEachOfTwoRuns() {
        assertThat(SpokenDigits.digitsOf("one two three four five six seven or else eight eight eight one two three four"))
                .containsExactly("1234567", "8881234");
    }

    @Test
    void mapsEveryCharOfTheRewriteBackToTheWordsThatSaidIt() {
        String text = "call oh seven seven double oh, nine double oh one two three please";
        List<SpokenDigits.Rewrite> rewrites = SpokenDigits.rewrite(text);

        assertThat(rewrites).hasSize(2);
        SpokenDigits.Rewrite spaced = rewrites.get(0);
        assertThat(spaced.text).isEqualTo("call 07700 900123 please");
        int start = spaced.text.indexOf('0');
        int end = spaced.text.indexOf(" please");
        assertThat(text.substring(spaced.originalStart(start), spaced.originalEnd(end)))
                .isEqualTo("oh seven seven double oh, nine double oh one two three");
        // The second zero of "double oh" maps to the whole "double oh".
        assertThat(text.substring(spaced.originalStart(start + 3), spaced.originalEnd(start + 4))).isEqualTo("double oh");
        assertThat(spaced.touchesRun(0, 4)).isFalse();
        assertThat(spaced.touchesRun(3, start + 1)).isTrue();
        assertThat(rewrites.get(1).text).isEqualTo("call 07700900123 please");
    }

    @Test
    void rewritesNothingInATextWithoutDigitWords() {
        assertThat(SpokenDigits.rewrite("Customer asked about the refund for order 88172634, agent agreed.")).isEmpty();
    }
}
