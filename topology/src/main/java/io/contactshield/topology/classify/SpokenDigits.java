package io.contactshield.topology.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Speech-to-text writes numbers as words ("oh seven seven double oh nine double oh one two three",
 * "five five five, zero one four three", "plus four four ..."). This rewrites each run of at least
 * {@link #MIN_DIGITS} spoken digits as digits, keeps where every char of the rewrite came from, so
 * that the number detectors can read the rewrite and their spans be mapped back onto the original.
 *
 * <p>A run is a sequence of digit words (zero/oh/o, one to nine, the ten to ninety words, "double"
 * and "triple" before a digit, "X hundred", a leading "plus") and written digit groups, separated by
 * blanks, a hyphen, or a comma (a pause, kept as one space in the rewrite). The number words of the
 * languages callers speak are read too (German, French, Spanish, Italian, Portuguese, Dutch,
 * Norwegian, Danish, Swedish, Greek, Polish, Turkish; the digits of Finnish, Czech, Romanian and
 * Hungarian), with their compounds: French "quatre-vingt-dix-huit" and "vingt et un", German
 * "einundzwanzig", Danish "femogfyrre", Dutch "vijfenveertig", Swedish "fyrtiofem", Italian
 * "ventotto", Spanish "treinta y dos", and the hundreds words of the languages that say a number in
 * groups of three ("pięćset dwanaście" 512, "beş yüz otuz iki" 532). A number word that is an
 * everyday word in another language ("to", "en", "on", "ni") counts only next to a number word of
 * its own language. Further languages give their digits, and most their teens and tens: Croatian,
 * Serbian and Bosnian, Slovenian, Slovak, Russian and Ukrainian in Latin letters (with Russian
 * hundreds), Russian, Ukrainian, Bulgarian, Macedonian and Serbian in Cyrillic, Swiss German,
 * Catalan ("vint-i-u"), Galician, Basque, Estonian, Latvian, Lithuanian, Icelandic,
 * Indonesian and Malay, Tagalog, Swahili, and Hebrew and Arabic as callers spell them in Latin
 * letters; Arabic and Hebrew in their own scripts, and the numerals of Chinese, Japanese kana, Korean
 * Hangul and Thai, which are written glued to each other and to the words around them, through
 * {@link ScriptNumerals}. Hundreds written glued to the rest of a number ("tristoosemnásť",
 * "dreihundertvierundzwanzig", "etthundratjugotre") are split into their parts ({@link
 * #gluedHundreds}). The
 * number words of Chinese (pinyin), Korean (romanised) and Vietnamese are nearly all syllables or
 * words of other languages ("ba", "i", "o", "sa", "hai"): they count only in a run of at least seven
 * words of their language, nothing else between. Any other word or punctuation ends the run, so
 * "one or two things" never becomes a number. A run needs at least three spoken digits, or it is an
 * ordinary written number the detectors have already read.
 *
 * <p>Cost: one pass over the text that looks each word up in a table indexed by its first letter
 * (Latin, Greek or Cyrillic) and length, allocating nothing until a digit word appears; text without a run
 * of seven gets no rewrite at all.
 */
final class SpokenDigits {

    /** Fewer spoken digits are an amount, a time or a count, not a number worth reading. */
    static final int MIN_DIGITS = 7;

    private static final int MIN_SPOKEN = 3;
    /** Most blanks, commas and hyphens between two words of a run. */
    private static final int MAX_GAP = 4;

    // Kinds of word, with the value in the low bits: kind * 100 + value.
    private static final int UNIT = 1;
    private static final int TEEN = 2;
    private static final int TENS = 3;
    private static final int DOUBLE = 4;
    private static final int TRIPLE = 5;
    private static final int HUNDRED = 6;
    private static final int PLUS = 7;
    private static final int DIGITS = 8; // a written digit group, not a word
    private static final int FR_TENS = 9; // French tens: "soixante-dix" is 70, "quatre-vingt-dix-huit" 98
    private static final int AND = 10; // "vingt et un", "treinta y dos", "ein und zwanzig"
    private static final int DIX = 11; // French "dix": "dix-huit" is 18
    private static final int WHOLE_HUNDREDS = 12; // a hundreds word with no tens or unit after it: "пятьсот" 500
    private static final int ZEROS = 13; // Portuguese "dois zeros", Spanish "tres ceros": that many zeros
    private static final int THOUSAND = 14; // "four thousand, oh five six six, ...": a card's group 4000

    // Languages of the number words, as bits. A word that is an everyday word in another language
    // ("to", "en", "on", "ni", "fire") is AMBIGUOUS: it is read as a number word only next to an
    // unambiguous number word of its own language ("ni to fire, fem seks" is Norwegian, "nine to
    // five" is not), counting through other ambiguous words of that language (see confirmed()).
    private static final long EN = 1;
    private static final long DE = 1L << 1;
    private static final long FR = 1L << 2;
    private static final long ES = 1L << 3;
    private static final long IT = 1L << 4;
    private static final long PT = 1L << 5;
    private static final long NL = 1L << 6;
    private static final long NORDIC = 1L << 7; // Norwegian, Danish, Swedish
    private static final long EL = 1L << 8;
    private static final long PL = 1L << 9;
    private static final long TR = 1L << 10;
    private static final long FI = 1L << 11;
    private static final long CS = 1L << 12;
    private static final long RO = 1L << 13;
    private static final long HU = 1L << 14;
    private static final long SH = 1L << 15; // Croatian, Serbian, Bosnian (Latin script)
    private static final long SL = 1L << 16;
    private static final long SK = 1L << 17;
    private static final long RU = 1L << 18; // Russian and Ukrainian, transliterated
    private static final long CA = 1L << 19;
    private static final long GL = 1L << 20;
    private static final long EU = 1L << 21; // Basque
    private static final long ET = 1L << 22;
    private static final long LV = 1L << 23;
    private static final long LT = 1L << 24;
    private static final long IS = 1L << 25;
    private static final long MS = 1L << 26; // Indonesian and Malay
    private static final long SW = 1L << 27;
    private static final long HE = 1L << 28; // Hebrew, transliterated
    private static final long AR = 1L << 29; // Arabic, transliterated
    private static final long VI = 1L << 30;
    private static final long ZH = 1L << 31; // Chinese in pinyin
    private static final long KO = 1L << 32; // Korean (Sino-Korean numbers), romanised
    private static final long JA = 1L << 33; // Japanese, romanised
    private static final long EL_LATIN = 1L << 34; // Greek in Latin letters ("exi enia efta")
    private static final long HI = 1L << 35; // Hindi, romanised
    private static final long TH = 1L << 36; // Thai, romanised
    private static final long AF = 1L << 37; // Afrikaans
    private static final long TL = 1L << 38; // Tagalog
    private static final long BG = 1L << 39; // Bulgarian and Macedonian
    private static final long HT = 1L << 40; // Haitian Creole
    /**
     * The languages written in a script of their own share one bit: their words never stand beside
     * another of these languages' words, so the bit still groups one language's words in a text (Persian
     * and Urdu, which share a script and have alike numbers, confirm each other's words).
     */
    private static final long OWN_SCRIPT = 1L << 41;
    private static final long FA = OWN_SCRIPT; // Persian, in its own script
    private static final long BN = OWN_SCRIPT; // Bengali, in its own script
    private static final long UR = OWN_SCRIPT; // Urdu, in its own script
    private static final long AM = OWN_SCRIPT; // Amharic, in Ge'ez script
    private static final long TA = OWN_SCRIPT; // Tamil, in its own script
    private static final long GU = OWN_SCRIPT; // Gujarati, in its own script
    private static final long PA = OWN_SCRIPT; // Punjabi, in Gurmukhi
    private static final long TE = OWN_SCRIPT; // Telugu, in its own script
    private static final long ML = OWN_SCRIPT; // Malayalam, in its own script
    private static final long KN = OWN_SCRIPT; // Kannada, in its own script
    private static final long OR = OWN_SCRIPT; // Odia, in its own script
    private static final long HI_SCRIPT = OWN_SCRIPT; // English digits in Devanagari
    private static final long CY = 1L << 42; // Welsh
    private static final long DRAVIDIAN = 1L << 43; // Tamil, Telugu, Kannada and Malayalam, romanised
    private static final long SO = 1L << 44; // Somali
    /** Māori shares Somali's bit: no caller says the one's number words beside the other's. */
    private static final long MI = SO;
    private static final long SQ = 1L << 45; // Albanian
    /**
     * Nigeria's, Ghana's and Uganda's languages (Hausa, Yoruba, Igbo, Twi, Luganda) share Albanian's bit: no
     * caller says one's number words beside Albanian's, and theirs are told apart by their own words.
     */
    private static final long AFRICAN = SQ;
    private static final long LANGUAGES = (1L << 46) - 1;
    private static final long AMBIGUOUS = 1L << 46;
    /** Unconfirmed, the word links a number instead: Danish "et" (1) is French "et" (vingt et un). */
    private static final long ELSE_AND = 1L << 47;
    /**
     * A word for hundreds ("pięćset" 500, "seiscientos" 600, "yüz" 100). Phone numbers are said in
     * groups of three in these languages ("pięćset dwanaście" 512): the word is its digit before tens
     * or teens, its digit and a zero before a unit ("seiscientos cinco" 605); alone, its digit only.
     */
    private static final long HUNDREDS = 1L << 48;
    /** After a unit it multiplies, as "hundred" does: Turkish "beş yüz" is 500, "yüz" alone 100. */
    private static final long MULTIPLIES = 1L << 49;
    /**
     * A word of a language whose number words are nearly all syllables or words of others (Chinese
     * "ba", "si", "er"; Korean "i", "o", "sa"; Vietnamese "ba", "hai", "nam"): read only inside a run
     * of at least {@link #LONG_RUN_WORDS} words of that language, nothing else between.
     */
    private static final long LONG_RUN = 1L << 50;
    /** Read only between hyphens: the Catalan link "i" of "vint-i-u" (21), elsewhere English "I". */
    private static final long HYPHENED = 1L << 51;
    /** A table entry: the word's flags and languages above its code (kind * 100 + value). */
    private static final int CODE_BITS = 11;
    private static final int CODE_MASK = (1 << CODE_BITS) - 1;
    /** How many words on each side are read to confirm an ambiguous word. */
    private static final int CONFIRM_WORDS = 16; // "ni en to, fire åtte": four ambiguous Norwegian words in a row; a Swahili card's sixteen ("tano moja nne tisa, ...")

    /** Words by their lower-case spelling; first come, first kept when two languages differ. */
    private static final Map<String, Long> ENTRIES = new LinkedHashMap<>();
    /** First letters indexed directly: Latin-1, Latin Extended-A and B, Greek. */
    private static final int INDEXED = 0x1380; // Latin, Greek, Cyrillic, Hebrew, Arabic (Persian, Urdu), Bengali, Ethiopic
    /** The words of {@link #ENTRIES}, looked up by first char, length and last char. */
    private static final WordTable WORDS;

    /**
     * Words read otherwise than the table above says, only where their language is sure: Catalan
     * "set" (7; Czech "set" is hundreds) next to a Catalan number word, Korean "o" (5; English "o" is
     * 0) and Chinese "ba" (8; Vietnamese "ba" is 3) in a long run of their language. Indexed as
     * {@link #WORDS}; a word may stand once for each of its languages.
     */
    private static final List<String> ALTERNATIVE_WORDS = new ArrayList<>();
    private static final List<Long> ALTERNATIVE_ENTRIES = new ArrayList<>();
    private static final WordTable ALTERNATIVES;
    /** Fewest words of a {@link #LONG_RUN} language in a row, the word itself counted, that make it read. */
    private static final int LONG_RUN_WORDS = 7;

    /** A part of a number word written as one ("einundzwanzig", "fyrtiofem", "trentatré"). */
    private record Part(String word, int value, long languages) {
    }

    /** Compounds of unit, link and tens: German "einundzwanzig", Danish "femogfyrre", Dutch "vijfenveertig". */
    private static final List<Part> LINKED_UNITS = new ArrayList<>();
    private static final List<Part> LINKS = new ArrayList<>();
    private static final List<Part> LINKED_TENS = new ArrayList<>();
    /** Compounds of tens and unit: Swedish "fyrtiofem", Norwegian "tjueen", Italian "trentatré", "ventotto". */
    private static final List<Part> TENS_HEADS = new ArrayList<>();
    private static final List<Part> UNIT_TAILS = new ArrayList<>();
    /** The heads of compounds (the first part of each kind) by lower-case first char. */
    private static final Part[][] HEADS_BY_FIRST = new Part[INDEXED][];
    /** Hundreds words that the languages which glue a number into one word put first ({@link #gluedHundreds}). */
    private static final Part[][] GLUED_HUNDREDS_BY_FIRST = new Part[INDEXED][];
    private static final long GLUING = SK | HU | ET | FI | DE | NL | NORDIC | IT;
    private static final int MIN_COMPOUND = 6;
    private static final int MAX_COMPOUND = 28; // Finnish "seitsemänkymmentäseitsemän" 77

    static {
        // English, and "double", "triple", "hundred", "plus".
        units(EN, 0, "zero", "oh", "o", "nought");
        units(EN, 1, "one");
        units(EN, 2, "two");
        units(EN, 3, "three");
        units(EN, 4, "four");
        units(EN, 5, "five");
        units(EN, 6, "six");
        units(EN, 7, "seven");
        units(EN, 8, "eight");
        units(EN, 9, "nine");
        series(EN, TEEN, 10, 1, "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
        series(EN, TENS, 20, 10, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
        add(EN, DOUBLE * 100, "double");
        add(EN, TRIPLE * 100, "triple", "treble");
        // "doppel neun", "doble cinco", "doppio tre", "dubbel zes": callers of other languages say it too.
        add(DE, DOUBLE * 100, "doppel", "doppelt", "zweimal");
        add(DE, TRIPLE * 100, "dreimal", "dreifach"); // "null zwo null eins, dreimal drei, ..."
        add(ES, DOUBLE * 100, "doble");
        add(IT, DOUBLE * 100, "doppio");
        add(NL | NORDIC, DOUBLE * 100, "dubbel");
        add(ES, TRIPLE * 100, "triple");
        add(IT | PT, TRIPLE * 100, "triplo");
        // Portuguese "quatro duplo seis" is 466, and "dois zeros um" 001 ("três zeros", "deux zéros").
        add(PT, DOUBLE * 100, "duplo");
        // Hungarian "dupla hét" is 77.
        add(HU, DOUBLE * 100, "dupla");
        // Polish "podwójne cztery" is 44 ("potrójne" 444).
        add(PL, DOUBLE * 100, "podw\u00f3jne", "podw\u00f3jna", "podw\u00f3jny");
        add(PL, TRIPLE * 100, "potr\u00f3jne", "potr\u00f3jna", "potr\u00f3jny");
        add(PT, ZEROS * 100, "zeros");
        add(ES, ZEROS * 100, "ceros");
        add(FR, ZEROS * 100, "z\u00e9ros");
        add(EN, HUNDRED * 100, "hundred");
        add(EN, THOUSAND * 100, "thousand");
        // French "mille" and Spanish and Portuguese "mil": a card's or an IBAN's group said as a number of
        // four digits ("quatre mille neuf cent soixante-dix-huit" 4978, "mille quatre cent un" 1401).
        add(FR, THOUSAND * 100, "mille");
        add(ES | PT, THOUSAND * 100, "mil");
        add(EN, PLUS * 100, "plus");
        // "Plus" in Icelandic, Lithuanian, Estonian and Norwegian, Hungarian, Spanish, Portuguese.
        add(IS, PLUS * 100, "pl\u00fas");
        add(LT, PLUS * 100, "plius");
        add(RU, PLUS * 100, "plyus"); // Russian and Ukrainian in Latin letters
        add(ET | NORDIC, PLUS * 100, "pluss");
        add(HU, PLUS * 100, "plusz");
        add(ES, PLUS * 100, "m\u00e1s");
        add(PT, PLUS * 100, "mais");
        add(IT, PLUS * 100, "pi\u00f9");
        // Bulgarian and Ukrainian "плюс", Greek "συν".
        add(BG, PLUS * 100, "\u043f\u043b\u044e\u0441");
        add(EL, PLUS * 100, "\u03c3\u03c5\u03bd");
        add(TR, PLUS * 100, "art\u0131");
        // German, with compounds ("einundzwanzig") and "und" between the parts written apart.
        units(DE | NORDIC, 0, "null");
        units(DE, 1, "eins");
        units(DE, 2, "zwei", "zwo");
        units(DE | AMBIGUOUS, 2, "zwa"); // Austrian, as the Viennese say it ("sieben sieben, zwa null")
        units(DE, 3, "drei");
        units(DE | NL, 4, "vier");
        units(DE, 5, "f\u00fcnf", "fuenf");
        units(DE, 6, "sechs");
        units(DE, 7, "sieben");
        units(DE | NL, 8, "acht");
        units(DE, 9, "neun");
        series(DE, TEEN, 10, 1, "zehn", "elf", "zw\u00f6lf", "dreizehn", "vierzehn", "f\u00fcnfzehn", "sechzehn",
            "siebzehn", "achtzehn", "neunzehn");
        add(DE, TEEN * 100 + 12, "zwoelf");
        add(DE, TEEN * 100 + 15, "fuenfzehn");
        series(DE, TENS, 20, 10, "zwanzig", "drei\u00dfig", "vierzig", "f\u00fcnfzig", "sechzig", "siebzig", "achtzig",
            "neunzig");
        add(DE, TENS * 100 + 30, "dreissig");
        add(DE, TENS * 100 + 50, "fuenfzig");
        add(DE, AND * 100, "und");
        // French: "quatre-vingt-dix-huit", "soixante et onze", "dix-sept".
        units(FR, 0, "z\u00e9ro");
        units(FR, 1, "un");
        units(FR, 2, "deux");
        units(FR, 3, "trois");
        units(FR, 4, "quatre");
        units(FR, 5, "cinq");
        units(FR | EN, 6, "six");
        units(FR, 7, "sept");
        units(FR, 8, "huit");
        units(FR, 9, "neuf");
        series(FR, TEEN, 11, 1, "onze", "douze", "treize", "quatorze", "quinze", "seize");
        add(FR, DIX * 100 + 10, "dix");
        add(FR, FR_TENS * 100 + 20, "vingt", "vingts");
        // "trois cent quatorze" is 314, as Czech "tři sta čtrnáct"; "cent vingt" alone 120.
        // (Catalan's too: "sis-cents vint-i-nou" is 629.)
        add(FR | CA | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "cent", "cents");
        series(FR, FR_TENS, 30, 10, "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante");
        add(FR, FR_TENS * 100 + 80, "octante");
        // Spanish: "treinta y dos", "veintidós", "seiscientos cincuenta y cinco".
        units(ES, 0, "cero");
        units(ES | IT, 1, "uno");
        units(ES, 2, "dos");
        units(ES | PT, 3, "tres");
        units(ES, 4, "cuatro");
        units(ES | PT, 5, "cinco");
        units(ES | PT, 6, "seis");
        units(ES, 7, "siete");
        units(ES, 8, "ocho");
        units(ES, 9, "nueve");
        add(ES, TEEN * 100 + 10, "diez");
        add(ES | AMBIGUOUS, TEEN * 100 + 11, "once"); // English "once"
        series(ES, TEEN, 12, 1, "doce", "trece", "catorce", "quince", "diecis\u00e9is", "diecisiete", "dieciocho",
            "diecinueve");
        series(ES, TEEN, 21, 1, "veintiuno", "veintid\u00f3s", "veintitr\u00e9s", "veinticuatro", "veinticinco",
            "veintis\u00e9is", "veintisiete", "veintiocho", "veintinueve");
        add(ES, TEEN * 100 + 21, "veinti\u00fan");
        series(ES, TENS, 20, 10, "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
            "noventa");
        add(ES, AND * 100, "y");
        add(ES | HUNDREDS, UNIT * 100 + 1, "cien", "ciento");
        series(ES | HUNDREDS, UNIT, 2, 1, "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
            "setecientos", "ochocientos", "novecientos");
        series(ES | HUNDREDS, UNIT, 2, 1, "doscientas", "trescientas", "cuatrocientas", "quinientas", "seiscientas",
            "setecientas", "ochocientas", "novecientas");
        // Italian and Portuguese. "due", "um" and "sei" are also everyday English and German (payment
        // due 15 01 ..., the filler "um", "sei so gut"): they count only inside a run, or at its edge
        // next to a number word of their language (ONLY_INSIDE).
        units(IT | EN | PT | PL | RO, 0, "zero");
        units(PT, 1, "um");
        units(PT, 2, "dois", "duas");
        units(IT, 2, "due");
        units(IT | NORDIC, 3, "tre");
        units(PT, 3, "tr\u00eas");
        units(IT, 4, "quattro");
        units(PT, 4, "quatro");
        add(PT | AMBIGUOUS, UNIT * 100 + 6, "meia"); // "meia dúzia": Brazilians say 6 so; also "half"
        units(IT, 5, "cinque");
        units(IT, 6, "sei");
        units(IT, 7, "sette");
        units(PT, 7, "sete");
        units(IT, 8, "otto");
        units(PT, 8, "oito");
        units(IT | PT, 9, "nove");
        series(IT, TEEN, 10, 1, "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
            "diciassette", "diciotto", "diciannove");
        series(IT, TENS, 20, 10, "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
            "novanta");
        add(PT, TEEN * 100 + 10, "dez");
        series(PT, TEEN, 11, 1, "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
            "dezenove");
        add(PT, TEEN * 100 + 14, "quatorze");
        add(PT, TEEN * 100 + 16, "dezasseis");
        add(PT, TEEN * 100 + 17, "dezassete");
        add(PT, TEEN * 100 + 19, "dezanove");
        series(PT, TENS, 20, 10, "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta",
            "noventa");
        add(PT | IT, AND * 100, "e");
        // Portuguese and Italian hundreds, joined to what follows by "e" in Portuguese ("novecentos e
        // oitenta e sete" is 987) and sometimes in Italian.
        add(PT | IT | HUNDREDS, UNIT * 100 + 1, "cento");
        add(PT | HUNDREDS, UNIT * 100 + 1, "cem");
        series(PT | HUNDREDS, UNIT, 2, 1, "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos",
            "setecentos", "oitocentos", "novecentos");
        series(PT | HUNDREDS, UNIT, 2, 1, "duzentas", "trezentas", "quatrocentas", "quinhentas", "seiscentas",
            "setecentas", "oitocentas", "novecentas");
        series(IT | HUNDREDS, UNIT, 2, 1, "duecento", "trecento", "quattrocento", "cinquecento", "seicento",
            "settecento", "ottocento", "novecento");
        units(IT, 3, "tr\u00e9"); // the end of a compound written apart: "duecento tré", "ventitré"
        // Italy's dialects as callers speak them: Sicilian ("tri ottu novi, cincu dui setti, zeru unu ..."),
        // Neapolitan, which drops a last vowel for an apostrophe ("tre quatt' sett', ott' ott' doje"), and
        // Venetian ("tre quatro nove, sete oto do, sinque sinque"). "novi", "oto", "sie" and "do" are words
        // of other languages too: beside another number word only.
        units(IT, 0, "zeru");
        units(IT, 1, "unu");
        units(IT, 2, "dui", "doje");
        units(IT, 3, "tri");
        units(IT, 4, "quattru", "quatro", "quatt'");
        units(IT, 5, "cincu", "sinque", "cinc'");
        units(IT, 7, "setti", "sete", "sett'");
        units(IT, 8, "ottu", "ott'");
        units(IT, 9, "nov'");
        alternative(IT | AMBIGUOUS, UNIT * 100 + 9, "novi");
        alternative(IT | AMBIGUOUS, UNIT * 100 + 8, "oto");
        alternative(IT | AMBIGUOUS, UNIT * 100 + 6, "sie");
        alternative(IT | AMBIGUOUS, UNIT * 100 + 2, "do");
        // Dutch, with compounds ("vijfenveertig").
        units(NL | NORDIC, 0, "nul");
        // "één": the numeral, stressed to tell it from the article; "Eén" as a sentence starts it (a capital
        // É is often written without its accent).
        units(NL, 1, "een", "\u00e9\u00e9n", "e\u00e9n");
        units(NL, 2, "twee");
        units(NL, 3, "drie");
        units(NL, 5, "vijf");
        units(NL, 6, "zes");
        units(NL, 7, "zeven");
        units(NL, 9, "negen");
        series(NL, TEEN, 10, 1, "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien");
        series(NL, TENS, 20, 10, "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
            "negentig");
        // Norwegian, Danish and Swedish. "en" (1) links Dutch numbers when no Nordic one stands by.
        units(NORDIC, 0, "noll");
        add(NORDIC | AMBIGUOUS | ELSE_AND, UNIT * 100 + 1, "en", "et");
        units(NORDIC, 1, "ett", "\u00e9n");
        add(NORDIC | AMBIGUOUS, UNIT * 100 + 2, "to");
        units(NORDIC, 2, "tv\u00e5");
        add(NORDIC | AMBIGUOUS, UNIT * 100 + 4, "fire");
        units(NORDIC, 4, "fyra");
        units(NORDIC, 5, "fem");
        units(NORDIC, 6, "seks");
        add(NORDIC | AMBIGUOUS, UNIT * 100 + 6, "sex");
        units(NORDIC, 7, "sju", "syv");
        units(NORDIC, 8, "\u00e5tte", "otte", "\u00e5tta");
        add(NORDIC | AMBIGUOUS, UNIT * 100 + 9, "ni");
        units(NORDIC, 9, "nio");
        add(NORDIC | AMBIGUOUS, TEEN * 100 + 10, "ti", "tio");
        series(NORDIC, TEEN, 11, 1, "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten",
            "nitten");
        series(NORDIC, TEEN, 11, 1, "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton",
            "nitton");
        series(NORDIC, TENS, 20, 10, "tjue", "tretti", "f\u00f8rti", "femti", "seksti", "sytti", "\u00e5tti", "nitti");
        series(NORDIC, TENS, 20, 10, "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "\u00e5ttio",
            "nittio");
        series(NORDIC, TENS, 20, 10, "tyve", "tredive", "fyrre", "halvtreds");
        // Spoken Swedish drops the tens' last "o" ("fyrti", "sjuttitvå"); older and western Norwegian says "tjuge".
        series(NORDIC, TENS, 40, 10, "fyrti", "femti", "sexti", "sjutti");
        add(NORDIC, TENS * 100 + 20, "tjuge");
        add(NORDIC, TENS * 100 + 30, "tredve"); // older Norwegian, with the unit first: "seks og tredve"
        add(NORDIC | AMBIGUOUS, UNIT * 100 + 1, "ein"); // Nynorsk and the dialects ("fire ein sju"); German's too
        // Danish sixty is Spanish and Portuguese three: read so beside the other Danish words of a run.
        alternative(NORDIC | AMBIGUOUS, TENS * 100 + 60, "tres");
        add(NORDIC, TENS * 100 + 70, "halvfjerds");
        add(NORDIC | AMBIGUOUS, TENS * 100 + 80, "firs");
        add(NORDIC, TENS * 100 + 90, "halvfems");
        add(NORDIC, AND * 100, "og");
        // Greek.
        units(EL, 0, "\u03bc\u03b7\u03b4\u03ad\u03bd", "\u03bc\u03b7\u03b4\u03b5\u03bd\u03b9\u03ba\u03cc");
        units(EL, 1, "\u03ad\u03bd\u03b1", "\u03ad\u03bd\u03b1\u03c2", "\u03bc\u03af\u03b1", "\u03bc\u03b9\u03b1");
        units(EL, 2, "\u03b4\u03cd\u03bf", "\u03b4\u03c5\u03bf");
        units(EL, 3, "\u03c4\u03c1\u03af\u03b1", "\u03c4\u03c1\u03b5\u03b9\u03c2");
        units(EL, 4, "\u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b1", "\u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b9\u03c2");
        units(EL, 5, "\u03c0\u03ad\u03bd\u03c4\u03b5");
        units(EL, 6, "\u03ad\u03be\u03b9");
        units(EL, 7, "\u03b5\u03c0\u03c4\u03ac", "\u03b5\u03c6\u03c4\u03ac");
        units(EL, 8, "\u03bf\u03ba\u03c4\u03ce", "\u03bf\u03c7\u03c4\u03ce");
        units(EL, 9, "\u03b5\u03bd\u03bd\u03ad\u03b1", "\u03b5\u03bd\u03bd\u03b9\u03ac");
        series(EL, TEEN, 10, 1, "\u03b4\u03ad\u03ba\u03b1", "\u03ad\u03bd\u03c4\u03b5\u03ba\u03b1",
            "\u03b4\u03ce\u03b4\u03b5\u03ba\u03b1", "\u03b4\u03b5\u03ba\u03b1\u03c4\u03c1\u03af\u03b1",
            "\u03b4\u03b5\u03ba\u03b1\u03c4\u03ad\u03c3\u03c3\u03b5\u03c1\u03b1",
            "\u03b4\u03b5\u03ba\u03b1\u03c0\u03ad\u03bd\u03c4\u03b5", "\u03b4\u03b5\u03ba\u03b1\u03ad\u03be\u03b9",
            "\u03b4\u03b5\u03ba\u03b1\u03b5\u03c0\u03c4\u03ac", "\u03b4\u03b5\u03ba\u03b1\u03bf\u03ba\u03c4\u03ce",
            "\u03b4\u03b5\u03ba\u03b1\u03b5\u03bd\u03bd\u03ad\u03b1");
        add(EL, TEEN * 100 + 16, "\u03b4\u03b5\u03ba\u03ac\u03be\u03b9");
        add(EL, TEEN * 100 + 17, "\u03b4\u03b5\u03ba\u03b1\u03b5\u03c6\u03c4\u03ac");
        add(EL, TEEN * 100 + 18, "\u03b4\u03b5\u03ba\u03b1\u03bf\u03c7\u03c4\u03ce");
        add(EL, TEEN * 100 + 19, "\u03b4\u03b5\u03ba\u03b1\u03b5\u03bd\u03bd\u03b9\u03ac");
        series(EL, TENS, 20, 10, "\u03b5\u03af\u03ba\u03bf\u03c3\u03b9", "\u03c4\u03c1\u03b9\u03ac\u03bd\u03c4\u03b1",
            "\u03c3\u03b1\u03c1\u03ac\u03bd\u03c4\u03b1", "\u03c0\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1",
            "\u03b5\u03be\u03ae\u03bd\u03c4\u03b1", "\u03b5\u03b2\u03b4\u03bf\u03bc\u03ae\u03bd\u03c4\u03b1",
            "\u03bf\u03b3\u03b4\u03cc\u03bd\u03c4\u03b1", "\u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1");
        add(EL | HUNDREDS, UNIT * 100 + 1, "\u03b5\u03ba\u03b1\u03c4\u03cc", "\u03b5\u03ba\u03b1\u03c4\u03cc\u03bd");
        series(EL | HUNDREDS, UNIT, 2, 1, "\u03b4\u03b9\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1",
            "\u03c4\u03c1\u03b9\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1", "\u03c4\u03b5\u03c4\u03c1\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1",
            "\u03c0\u03b5\u03bd\u03c4\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1", "\u03b5\u03be\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1",
            "\u03b5\u03c0\u03c4\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1", "\u03bf\u03ba\u03c4\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1",
            "\u03b5\u03bd\u03bd\u03b9\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1");
        add(EL | HUNDREDS, UNIT * 100 + 7, "\u03b5\u03c6\u03c4\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1");
        add(EL | HUNDREDS, UNIT * 100 + 8, "\u03bf\u03c7\u03c4\u03b1\u03ba\u03cc\u03c3\u03b9\u03b1");
        // Polish ("jeden" is also German "every"), with its hundreds: "pięćset dwanaście" is 512.
        add(PL | CS | AMBIGUOUS, UNIT * 100 + 1, "jeden");
        units(PL | CS, 1, "jedna");
        units(PL, 1, "jedno");
        units(PL, 2, "dwa", "dwie");
        units(PL, 3, "trzy");
        units(PL, 4, "cztery");
        units(PL, 5, "pi\u0119\u0107");
        units(PL, 6, "sze\u015b\u0107");
        units(PL, 7, "siedem");
        units(PL, 8, "osiem");
        units(PL, 9, "dziewi\u0119\u0107");
        series(PL, TEEN, 10, 1, "dziesi\u0119\u0107", "jedena\u015bcie", "dwana\u015bcie", "trzyna\u015bcie",
            "czterna\u015bcie", "pi\u0119tna\u015bcie", "szesna\u015bcie", "siedemna\u015bcie", "osiemna\u015bcie",
            "dziewi\u0119tna\u015bcie");
        series(PL, TENS, 20, 10, "dwadzie\u015bcia", "trzydzie\u015bci", "czterdzie\u015bci",
            "pi\u0119\u0107dziesi\u0105t", "sze\u015b\u0107dziesi\u0105t", "siedemdziesi\u0105t",
            "osiemdziesi\u0105t", "dziewi\u0119\u0107dziesi\u0105t");
        add(PL | CS | HUNDREDS | AMBIGUOUS, UNIT * 100 + 1, "sto"); // Italian "sto"
        series(PL | HUNDREDS, UNIT, 2, 1, "dwie\u015bcie", "trzysta", "czterysta", "pi\u0119\u0107set",
            "sze\u015b\u0107set", "siedemset", "osiemset", "dziewi\u0119\u0107set");
        // Turkish: "on" (10) is English "on"; "on bir" is 11, "beş yüz otuz iki" 532, "yüz yirmi üç" 123.
        units(TR, 0, "s\u0131f\u0131r");
        units(TR, 1, "bir");
        units(TR, 2, "iki");
        units(TR, 3, "\u00fc\u00e7");
        units(TR, 4, "d\u00f6rt");
        units(TR, 5, "be\u015f");
        units(TR, 6, "alt\u0131");
        units(TR, 7, "yedi");
        units(TR, 8, "sekiz");
        units(TR, 9, "dokuz");
        add(TR | AMBIGUOUS, TENS * 100 + 10, "on");
        series(TR, TENS, 20, 10, "yirmi", "otuz", "k\u0131rk");
        add(TR | AMBIGUOUS, TENS * 100 + 50, "elli"); // a name
        series(TR, TENS, 60, 10, "altm\u0131\u015f", "yetmi\u015f", "seksen", "doksan");
        add(TR | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "y\u00fcz");
        // Kurdish (Kurmanji), which Turkey's and Germany's callers speak beside Turkish, counted as Turkish
        // ("sifir yek heft şeş, çar pênc du, heşt heşt, yek neh, sê"); "du", "heft" and "neh" are words of other
        // languages too: read only beside the others; "sê" (and "se" without its accent, Haitian Creole's and
        // Portuguese's "is") only in a long run of them.
        alternative(TR | LONG_RUN, UNIT * 100 + 3, "s\u00ea");
        units(TR, 1, "yek");
        units(TR, 4, "\u00e7ar");
        units(TR, 5, "p\u00eanc");
        units(TR, 6, "\u015fe\u015f");
        units(TR, 8, "he\u015ft");
        units(TR | AMBIGUOUS, 2, "du");
        units(TR | AMBIGUOUS, 7, "heft");
        units(TR | AMBIGUOUS, 9, "neh");
        // Finnish, Czech, Romanian and Hungarian digits.
        series(FI, UNIT, 0, 1, "nolla", "yksi", "kaksi", "kolme", "nelj\u00e4", "viisi", "kuusi", "seitsem\u00e4n",
            "kahdeksan", "yhdeks\u00e4n");
        add(FI, TEEN * 100 + 10, "kymmenen");
        // Spoken Finnish shortens its digits: "yks kaks kolme", "viis", "kuus", "seittemän".
        units(FI, 1, "yks");
        units(FI, 2, "kaks");
        units(FI, 5, "viis");
        units(FI, 6, "kuus");
        units(FI, 7, "seittem\u00e4n");
        units(FI, 8, "kaheksan");
        units(FI, 9, "yheks\u00e4n");
        // Its slang digits ("kasi" is Tagalog's "because": read only beside the others) and its short tens,
        // alone and glued to a unit ("nelkytviis" 45, "kakskytkaks" 22, "seitkytkuus" 76).
        units(FI, 7, "seiska");
        units(FI, 9, "ysi");
        units(FI | AMBIGUOUS, 8, "kasi");
        series(FI, TENS, 20, 10, "kakskyt", "kolkyt", "nelkyt", "viiskyt", "kuuskyt", "seitkyt", "kasikyt", "yhekskyt");
        series(FI, TENS, 30, 10, "kolmekyt", "nelj\u00e4kyt");
        series(FI, TENS, 70, 10, "seittem\u00e4nkyt", "kaheksankyt", "yheks\u00e4nkyt");
        units(CS, 0, "nula");
        units(CS, 2, "dva", "dv\u011b");
        series(CS, UNIT, 3, 1, "t\u0159i", "\u010dty\u0159i", "p\u011bt", "\u0161est", "sedm", "osm", "dev\u011bt");
        add(CS, TEEN * 100 + 10, "deset");
        series(CS, TEEN, 11, 1, "jeden\u00e1ct", "dvan\u00e1ct", "t\u0159in\u00e1ct", "\u010dtrn\u00e1ct", "patn\u00e1ct",
            "\u0161estn\u00e1ct", "sedmn\u00e1ct", "osmn\u00e1ct", "devaten\u00e1ct");
        series(CS, TENS, 20, 10, "dvacet", "t\u0159icet", "\u010dty\u0159icet", "pades\u00e1t", "\u0161edes\u00e1t",
            "sedmdes\u00e1t", "osmdes\u00e1t", "devades\u00e1t");
        // Czech hundreds multiply the unit before them, as "hundred" does: "šest set tři" is 603,
        // "čtyři sta čtyřicet osm" 448, "dvě stě" 200 ("set" and "sta" are everyday words elsewhere).
        add(CS | HUNDREDS | MULTIPLIES | AMBIGUOUS, UNIT * 100 + 1, "set", "sta", "st\u011b");
        units(RO, 1, "unu");
        add(RO | AMBIGUOUS, UNIT * 100 + 2, "doi");
        series(RO, UNIT, 3, 1, "trei", "patru", "cinci", "\u0219ase", "\u0219apte");
        add(RO | AMBIGUOUS, UNIT * 100 + 8, "opt");
        units(RO, 9, "nou\u0103");
        units(RO, 6, "\u015fase");
        units(RO, 7, "\u015fapte");
        add(RO, TEEN * 100 + 10, "zece");
        series(RO, TENS, 20, 10, "dou\u0103zeci", "treizeci", "patruzeci", "cincizeci", "\u0219aizeci", "\u0219aptezeci",
            "optzeci", "nou\u0103zeci");
        add(RO, TENS * 100 + 60, "\u015faizeci");
        add(RO, TENS * 100 + 70, "\u015faptezeci");
        add(RO, AND * 100, "\u0219i", "\u015fi");
        add(RO, UNIT * 100 + 2, "dou\u0103");
        // Romanian teens as written and as said ("doișpe" 12), with either comma of "ș"; "o sută" is
        // one hundred (its "o" is the article, no zero: see flush), "șapte sute" seven hundred.
        for (String cedilla : new String[] {"\u0219", "\u015f"}) {
            series(RO, TEEN, 11, 1, "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece",
                "\u0219aisprezece".replace("\u0219", cedilla), "\u0219aptesprezece".replace("\u0219", cedilla),
                "optsprezece", "nou\u0103sprezece");
            add(RO, TEEN * 100 + 12, "dou\u0103sprezece");
            series(RO, TEEN, 11, 1, "un" + cedilla + "pe", "doi" + cedilla + "pe", "trei" + cedilla + "pe",
                "pai" + cedilla + "pe", "cin" + cedilla + "pe", cedilla + "ai" + cedilla + "pe",
                cedilla + "apti" + cedilla + "pe", "opti" + cedilla + "pe", "nou\u0103" + cedilla + "pe");
        }
        add(RO | HUNDREDS, UNIT * 100 + 1, "sut\u0103");
        add(RO | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "sute");
        add(HU | AMBIGUOUS, UNIT * 100, "nulla"); // Italian "nulla"
        units(HU, 1, "egy");
        units(HU, 2, "kett\u0151", "k\u00e9t");
        units(HU, 3, "h\u00e1rom");
        units(HU, 4, "n\u00e9gy");
        units(HU, 5, "\u00f6t");
        add(HU | AMBIGUOUS, UNIT * 100 + 6, "hat");
        series(HU, UNIT, 7, 1, "h\u00e9t", "nyolc", "kilenc");
        add(HU, TEEN * 100 + 10, "t\u00edz");
        add(HU, TENS * 100 + 20, "h\u00fasz");
        series(HU, TENS, 30, 10, "harminc", "negyven", "\u00f6tven", "hatvan", "hetven", "nyolcvan", "kilencven");
        // Croatian, Serbian and Bosnian (Latin script), Slovenian and Slovak. "pet" is English; Czech
        // already gives "nula", "jeden", "jedna", "dva", "deset" and the accented "šest".
        units(SH | SL | SK, 0, "nula");
        add(SL, UNIT * 100, "ni\u010d");
        units(SH, 1, "jedan", "jedna", "jedno");
        add(SL | AMBIGUOUS, UNIT * 100 + 1, "ena"); // a name
        add(SK | AMBIGUOUS, UNIT * 100 + 1, "jeden");
        units(SK, 1, "jedna");
        units(SH | SL | SK | CS, 2, "dva");
        units(SH, 2, "dvije", "dve");
        units(SK | SL, 2, "dve");
        units(SH | SL | SK | RU, 3, "tri");
        units(SH, 4, "\u010detiri");
        units(SL, 4, "\u0161tiri");
        units(SL, 0, "ni\u010d"); // Slovenian "nič" ("nič ena, nič tri ena, štiri štiri ena")
        units(SK, 4, "\u0161tyri");
        add(SH | SL | AMBIGUOUS, UNIT * 100 + 5, "pet");
        units(SK, 5, "p\u00e4\u0165");
        units(SH | SL, 6, "\u0161est");
        units(SK, 6, "\u0161es\u0165");
        units(SH, 7, "sedam");
        units(SL | SK, 7, "sedem");
        units(SH, 8, "osam");
        units(SL | SK, 8, "osem");
        units(SH | SL, 9, "devet");
        units(SK, 9, "dev\u00e4\u0165");
        add(SH | SL, TEEN * 100 + 10, "deset");
        add(SK, TEEN * 100 + 10, "desa\u0165");
        series(SH, TEEN, 11, 1, "jedanaest", "dvanaest", "trinaest", "\u010detrnaest", "petnaest", "\u0161esnaest",
            "sedamnaest", "osamnaest", "devetnaest");
        series(SL, TEEN, 11, 1, "enajst", "dvanajst", "trinajst", "\u0161tirinajst", "petnajst", "\u0161estnajst",
            "sedemnajst", "osemnajst", "devetnajst");
        series(SK, TEEN, 11, 1, "jeden\u00e1s\u0165", "dvan\u00e1s\u0165", "trin\u00e1s\u0165", "\u0161trn\u00e1s\u0165",
            "p\u00e4tn\u00e1s\u0165", "\u0161estn\u00e1s\u0165", "sedemn\u00e1s\u0165", "osemn\u00e1s\u0165",
            "dev\u00e4tn\u00e1s\u0165");
        series(SH, TENS, 20, 10, "dvadeset", "trideset", "\u010detrdeset", "pedeset", "\u0161ezdeset", "sedamdeset",
            "osamdeset", "devedeset");
        series(SL, TENS, 20, 10, "dvajset", "trideset", "\u0161tirideset", "petdeset", "\u0161estdeset", "sedemdeset",
            "osemdeset", "devetdeset");
        series(SK, TENS, 20, 10, "dvadsa\u0165", "tridsa\u0165", "\u0161tyridsa\u0165", "p\u00e4\u0165desiat",
            "\u0161es\u0165desiat", "sedemdesiat", "osemdesiat", "dev\u00e4\u0165desiat");
        add(CA | HYPHENED, AND * 100, "i"); // "vint-i-u"; between blanks, English "I"
        // Russian and Ukrainian in Latin letters, with the hundreds they say a number in: "vosemsot
        // dvadtsat pyat" is 825. "sem" and "sim" are Portuguese, "try" English.
        units(RU, 0, "nol", "nul");
        units(RU, 1, "odin", "odna", "odyn");
        units(RU, 2, "dva", "dve", "dvi");
        add(RU | AMBIGUOUS, UNIT * 100 + 3, "try");
        units(RU, 4, "chetyre", "chotyry");
        units(RU, 5, "pyat", "piat", "p'yat");
        units(RU, 6, "shest");
        add(RU | AMBIGUOUS, UNIT * 100 + 6, "shist");
        add(RU | AMBIGUOUS, UNIT * 100 + 7, "sem", "sim");
        units(RU, 8, "vosem", "visim");
        units(RU, 9, "devyat", "deviat", "dev'yat");
        add(RU, TEEN * 100 + 10, "desyat", "desiat");
        series(RU, TEEN, 11, 1, "odinnadtsat", "dvenadtsat", "trinadtsat", "chetyrnadtsat", "pyatnadtsat",
            "shestnadtsat", "semnadtsat", "vosemnadtsat", "devyatnadtsat");
        series(RU, TEEN, 11, 1, "odynadtsyat", "dvanadtsyat", "trynadtsyat", "chotyrnadtsyat", "pyatnadtsyat",
            "shistnadtsyat", "simnadtsyat", "visimnadtsyat", "devyatnadtsyat");
        series(RU, TENS, 20, 10, "dvadtsat", "tridtsat", "sorok", "pyatdesyat", "shestdesyat", "semdesyat",
            "vosemdesyat", "devyanosto");
        add(RU, TENS * 100 + 30, "tridtsyat");
        // Ukrainian as its national transliteration writes я "ia" ("nul shistdesiat visim, trysta simdesiat odyn,
        // p'iatdesiat dva, dev'ianosto"), and its "plius".
        series(RU, TENS, 20, 10, "dvadtsiat", "trydtsiat", "sorok", "p'iatdesiat", "shistdesiat", "simdesiat",
            "visimdesiat", "dev'ianosto");
        add(RU, TENS * 100 + 50, "piatdesiat");
        add(RU, TENS * 100 + 90, "devianosto");
        units(RU, 5, "p'iat");
        units(RU, 9, "dev'iat");
        add(RU, PLUS * 100, "plius");
        series(RU, TENS, 20, 10, "dvadtsyat", "trydtsyat", "sorok", "pyatdesyat", "shistdesyat", "simdesyat",
            "visimdesyat", "devyanosto");
        // ... and as scholars and some keyboards write it, "j" for й and я, an apostrophe for the soft sign
        // ("vosem devjat'sot dvadcat' pjat', sto sorok odin", "nol' odin shest' tri").
        units(RU, 5, "pjat");
        units(RU, 9, "devjat");
        add(RU, TENS * 100 + 20, "dvadcat");
        add(RU, TENS * 100 + 30, "tridcat");
        series(RU, TENS, 50, 10, "pjat'desjat", "shest'desjat", "sem'desjat", "vosem'desjat", "devjanosto");
        series(RU | HUNDREDS, UNIT, 5, 1, "pjat'sot", "shest'sot", "sem'sot", "vosem'sot", "devjat'sot");
        add(RU | HUNDREDS | AMBIGUOUS, UNIT * 100 + 1, "sto");
        series(RU | HUNDREDS, UNIT, 2, 1, "dvesti", "trista", "chetyresta", "pyatsot", "shestsot", "semsot",
            "vosemsot", "devyatsot");
        series(RU | HUNDREDS, UNIT, 2, 1, "dvisti", "trysta", "chotyrysta", "pyatsot", "shistsot", "simsot",
            "visimsot", "devyatsot");
        // Catalan ("vint-i-u" 21, "trenta-dos" 32) and Galician; Catalan "set" (7) is read apart from
        // Czech "set" (hundreds), "u", "sis", "nou", "deu" and "dues" are everyday words.
        units(CA | GL, 0, "zero", "cero");
        add(CA | AMBIGUOUS, UNIT * 100 + 1, "u", "una");
        units(CA | GL, 1, "un");
        units(GL, 1, "unha");
        units(CA | GL, 2, "dos");
        add(CA | AMBIGUOUS, UNIT * 100 + 2, "dues");
        units(GL, 2, "dous", "d\u00faas");
        units(CA | GL, 3, "tres");
        units(CA, 4, "quatre");
        units(GL, 4, "catro");
        units(CA, 5, "cinc");
        units(GL, 5, "cinco");
        add(CA | AMBIGUOUS, UNIT * 100 + 6, "sis");
        units(GL, 6, "seis");
        alternative(CA | AMBIGUOUS, UNIT * 100 + 7, "set");
        units(GL, 7, "sete");
        units(CA, 8, "vuit");
        units(GL, 8, "oito");
        add(CA | AMBIGUOUS, UNIT * 100 + 9, "nou");
        units(GL, 9, "nove");
        add(CA | AMBIGUOUS, TEEN * 100 + 10, "deu");
        add(GL, TEEN * 100 + 10, "dez");
        series(CA, TEEN, 11, 1, "onze", "dotze", "tretze", "catorze", "quinze", "setze", "disset", "divuit", "dinou");
        add(GL | AMBIGUOUS, TEEN * 100 + 11, "once");
        series(GL, TEEN, 12, 1, "doce", "trece", "catorce", "quince", "dezaseis", "dezasete", "dezaoito", "dezanove");
        series(CA, TENS, 20, 10, "vint", "trenta", "quaranta", "cinquanta", "seixanta", "setanta", "vuitanta",
            "noranta");
        series(GL, TENS, 20, 10, "vinte", "trinta", "corenta", "cincuenta", "sesenta", "setenta", "oitenta",
            "noventa");
        add(GL, AND * 100, "e");
        // Galician hundreds ("seiscentos vinte e nove"; some are Portuguese's too) and the words for '+'
        // ("máis corenta e catro ...", Catalan "més trenta-quatre ...").
        add(GL | HUNDREDS, UNIT * 100 + 1, "cen", "cento");
        series(GL | HUNDREDS, UNIT, 2, 1, "douscentos", "trescentos", "catrocentos", "qui\u00f1entos", "seiscentos",
            "setecentos", "oitocentos", "novecentos");
        add(GL, PLUS * 100, "m\u00e1is");
        add(CA, PLUS * 100, "m\u00e9s");
        // Basque digits and teens ("bat", "bi" and "lau" are everyday words elsewhere).
        units(EU, 0, "zero");
        add(EU | AMBIGUOUS, UNIT * 100 + 1, "bat");
        add(EU | AMBIGUOUS, UNIT * 100 + 2, "bi");
        units(EU, 3, "hiru");
        add(EU | AMBIGUOUS, UNIT * 100 + 4, "lau");
        units(EU, 5, "bost");
        units(EU, 6, "sei");
        series(EU, UNIT, 7, 1, "zazpi", "zortzi", "bederatzi");
        series(EU, TEEN, 10, 1, "hamar", "hamaika", "hamabi", "hamahiru", "hamalau", "hamabost", "hamasei",
            "hamazazpi", "hemezortzi", "hemeretzi");
        // Estonian, Latvian, Lithuanian, Icelandic. "du" is French, "sex" and "ein" other Nordic and
        // German words.
        units(ET | DE | NORDIC, 0, "null");
        series(ET, UNIT, 1, 1, "\u00fcks", "kaks", "kolm");
        add(ET | AMBIGUOUS, UNIT * 100 + 4, "neli");
        series(ET, UNIT, 5, 1, "viis", "kuus", "seitse", "kaheksa", "\u00fcheksa");
        add(ET, TEEN * 100 + 10, "k\u00fcmme");
        series(ET, TEEN, 11, 1, "\u00fcksteist", "kaksteist", "kolmteist", "neliteist", "viisteist", "kuusteist",
            "seitseteist", "kaheksateist", "\u00fcheksateist");
        series(ET, TENS, 20, 10, "kaksk\u00fcmmend", "kolmk\u00fcmmend", "nelik\u00fcmmend", "viisk\u00fcmmend",
            "kuusk\u00fcmmend", "seitsek\u00fcmmend", "kaheksak\u00fcmmend", "\u00fcheksak\u00fcmmend");
        series(LV, UNIT, 0, 1, "nulle", "viens", "divi", "tr\u012bs", "\u010detri", "pieci", "se\u0161i",
            "septi\u0146i", "asto\u0146i", "devi\u0146i");
        add(LV, TEEN * 100 + 10, "desmit");
        series(LV, TEEN, 11, 1, "vienpadsmit", "divpadsmit", "tr\u012bspadsmit", "\u010detrpadsmit", "piecpadsmit",
            "se\u0161padsmit", "septi\u0146padsmit", "asto\u0146padsmit", "devi\u0146padsmit");
        series(LV, TENS, 20, 10, "divdesmit", "tr\u012bsdesmit", "\u010detrdesmit", "piecdesmit", "se\u0161desmit",
            "septi\u0146desmit", "asto\u0146desmit", "devi\u0146desmit");
        units(LT, 0, "nulis");
        units(LT, 1, "vienas");
        add(LT | AMBIGUOUS, UNIT * 100 + 2, "du");
        series(LT, UNIT, 3, 1, "trys", "keturi", "penki", "\u0161e\u0161i", "septyni", "a\u0161tuoni", "devyni");
        add(LT, TEEN * 100 + 10, "de\u0161imt");
        series(LT, TEEN, 11, 1, "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "\u0161e\u0161iolika",
            "septyniolika", "a\u0161tuoniolika", "devyniolika");
        series(LT, TENS, 20, 10, "dvide\u0161imt", "trisde\u0161imt", "keturiasde\u0161imt", "penkiasde\u0161imt",
            "\u0161e\u0161iasde\u0161imt", "septyniasde\u0161imt", "a\u0161tuoniasde\u0161imt", "devyniasde\u0161imt");
        units(IS, 0, "n\u00fall");
        units(IS, 1, "einn", "eitt");
        add(IS | AMBIGUOUS, UNIT * 100 + 1, "ein");
        units(IS, 2, "tveir", "tv\u00e6r", "tv\u00f6");
        units(IS, 3, "\u00fer\u00edr", "\u00ferj\u00e1r", "\u00ferj\u00fa");
        units(IS, 4, "fj\u00f3rir", "fj\u00f3rar", "fj\u00f6gur");
        units(IS, 5, "fimm");
        add(IS | AMBIGUOUS, UNIT * 100 + 6, "sex");
        units(IS, 7, "sj\u00f6");
        units(IS, 8, "\u00e1tta");
        units(IS, 9, "n\u00edu");
        add(IS, TEEN * 100 + 10, "t\u00edu");
        series(IS, TEEN, 11, 1, "ellefu", "t\u00f3lf", "\u00ferett\u00e1n", "fj\u00f3rt\u00e1n", "fimmt\u00e1n",
            "sext\u00e1n", "sautj\u00e1n", "\u00e1tj\u00e1n", "n\u00edtj\u00e1n");
        series(IS, TENS, 20, 10, "tuttugu", "\u00ferj\u00e1t\u00edu", "fj\u00f6rut\u00edu", "fimmt\u00edu",
            "sext\u00edu", "sj\u00f6t\u00edu", "\u00e1ttat\u00edu", "n\u00edut\u00edu");
        add(IS, AND * 100, "og");
        // Indonesian and Malay; "lima" is a city, "dua" a prayer, "kosong" means empty.
        units(MS | RU, 0, "nol");
        add(MS | AMBIGUOUS, UNIT * 100, "kosong");
        units(MS, 1, "satu");
        add(MS | AMBIGUOUS, UNIT * 100 + 2, "dua");
        units(MS, 3, "tiga");
        units(MS, 4, "empat");
        add(MS | TL | AMBIGUOUS, UNIT * 100 + 5, "lima");
        units(MS, 6, "enam");
        units(MS, 7, "tujuh");
        units(MS, 8, "delapan", "lapan");
        units(MS, 9, "sembilan");
        add(MS, TEEN * 100 + 10, "sepuluh");
        add(MS, TEEN * 100 + 11, "sebelas");
        // Tagalog, often mixed with English digits in one number ("zero nine four five, dalawa zero
        // walo"); "isa" is also a name, "lima" (above) a city.
        units(TL, 0, "sero");
        add(TL | AMBIGUOUS, UNIT * 100 + 1, "isa");
        units(TL, 2, "dalawa");
        units(TL, 3, "tatlo");
        units(TL, 4, "apat");
        units(TL, 6, "anim");
        units(TL, 7, "pito");
        units(TL, 8, "walo");
        units(TL, 9, "siyam");
        // Cebuano and Ilocano ("sero siyam usa lima, upat unom duha", "sero siam uppat walo, lima dua innem"),
        // on Tagalog's bit: one caller's Philippine words. "usa" (the USA), "dua" and "siam" are read only
        // beside the others.
        units(TL, 2, "duha");
        units(TL, 3, "tulo", "tallo");
        units(TL, 4, "upat", "uppat");
        units(TL, 6, "unom", "innem");
        units(TL, 1, "maysa");
        add(TL | AMBIGUOUS, UNIT * 100 + 1, "usa");
        add(TL | AMBIGUOUS, UNIT * 100 + 2, "dua");
        add(TL | AMBIGUOUS, UNIT * 100 + 9, "siam");
        // Swahili, and Hebrew and Arabic as callers spell them in Latin letters: Swahili and Arabic
        // share "sita", "saba" and "tisa", which are names.
        units(SW, 0, "sifuri", "sufuri");
        add(SW | AMBIGUOUS, UNIT * 100 + 1, "moja");
        units(SW, 2, "mbili");
        add(SW | AMBIGUOUS, UNIT * 100 + 3, "tatu");
        units(SW, 4, "nne");
        add(SW | AMBIGUOUS, UNIT * 100 + 5, "tano");
        add(SW | AR | AMBIGUOUS, UNIT * 100 + 6, "sita");
        add(SW | AR | AMBIGUOUS, UNIT * 100 + 7, "saba");
        add(SW | AMBIGUOUS, UNIT * 100 + 8, "nane");
        add(SW | AR | AMBIGUOUS, UNIT * 100 + 9, "tisa");
        add(SW, TEEN * 100 + 10, "kumi");
        units(HE, 0, "efes");
        units(HE, 1, "echad", "ehad", "achat", "ahat");
        units(HE, 2, "shtaim", "shtayim", "shnaim", "shnayim");
        units(HE, 3, "shalosh", "shlosha");
        add(HE | AR | AMBIGUOUS, UNIT * 100 + 4, "arba");
        units(HE | AR, 4, "arbaa");
        units(HE, 5, "chamesh", "hamesh", "khamesh");
        units(HE, 6, "shesh");
        add(HE | AMBIGUOUS, UNIT * 100 + 7, "sheva");
        units(HE, 8, "shmone", "shmoneh", "shmona");
        units(HE, 9, "tesha", "tisha");
        add(HE, TEEN * 100 + 10, "eser", "esser");
        units(AR, 0, "sifr", "sefr");
        units(AR, 1, "wahid", "wahed");
        units(AR, 2, "ithnan", "ithnain", "ithnayn", "itnan", "itnein", "itnen", "etnen", "itnain", "etnain", "etneen");
        units(AR, 3, "thalatha", "thalath", "talata", "tlata", "talate");
        units(AR, 5, "khamsa", "khamse", "hamsa");
        units(AR, 6, "sitta", "sitte");
        units(AR, 7, "sabaa", "sabeh");
        units(AR, 8, "thamaniya", "thamania", "thamanya", "tamanya", "tamanye", "tmanya");
        units(AR, 9, "tisaa", "tiseh", "tesaa");
        add(AR, TEEN * 100 + 10, "ashara", "ashra");
        // The ain written as an apostrophe ("sifr arba'a khamsa wahid, ..., thalatha thalatha sab'a").
        units(AR, 4, "arba'a");
        units(AR, 7, "sab'a", "saba'a");
        units(AR, 9, "tis'a", "tisa'a");
        // Maghrebi (Moroccan, Algerian, Tunisian) and other Arabic as written in Latin letters and
        // digits ("Arabizi": 3 for ain, 7 for ha, 5 for kha, 9 for qaf): "zero sitta, wa7ed, tes3a",
        // "thmanya w tes3in" (eight and ninety, 98), "tnin w 3echrin" (22).
        units(AR, 0, "sfer", "sifer");
        units(AR, 1, "wa7ed", "wa7d", "wahd", "wa7da", "wahda", "we7ed", "wa7id", "wa7ad");
        units(AR, 2, "jouj", "jooj", "zouj", "zouz", "tnin", "tneen", "joj", "zoj", "ithnen", "ithnein");
        units(AR, 3, "tlat", "tleta", "tletha", "thlatha", "tlatha");
        units(AR, 4, "rb3a", "reb3a", "rab3a", "arb3a", "arba3a", "arb3");
        units(AR, 5, "5amsa", "khmsa", "khemsa", "khamssa");
        units(AR, 6, "stta", "setta");
        units(AR, 7, "sb3a", "seb3a", "sab3a", "sab3", "seb3");
        units(AR, 8, "tmnya", "tmenya", "thmanya", "thmenya", "tmaniya", "tmnia", "tmanja");
        units(AR, 9, "tes3a", "tis3a", "ts3a", "ts3oud", "tes3oud", "tse3oud", "tes3", "tis3");
        add(AR, TEEN * 100 + 10, "3achra", "3ashra", "3echra", "3chra");
        series(AR, TENS, 20, 10, "3echrin", "tlatin", "rb3in", "khamsin", "sttin", "sab3in", "tmanin", "tes3in");
        series(AR, TENS, 20, 10, "3ichrin", "tletin", "reb3in", "5amsin", "settin", "seb3in", "tmenin", "tis3in");
        series(AR, TENS, 20, 10, "3ishrin", "tlathin", "arb3in", "khemsin", "sittin", "sb3in", "thmanin", "ts3in");
        add(AR, TENS * 100 + 20, "3achrin", "ishrin");
        add(AR, TENS * 100 + 80, "thmenin", "tamanin");
        add(AR, AND * 100, "w", "wa");
        // Darija's teens and hundreds ("tnach", "zouj miya u tnach" 212; its "u", and, see lookUp).
        series(AR, TEEN, 11, 1, "hdach", "tnach", "tlettach", "rba3tach", "khmestach", "settach", "sba3tach",
            "tmentach", "tsa3tach");
        add(AR | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "miya", "mya");
        units(AR, 9, "ts3ud");
        // Levantine, as Lebanese and Syrian callers write it ("ra2me sifr tlete, tmene tes3a khamse"); its
        // "sette" (6) is Italian's 7: read so only beside the others.
        units(AR, 2, "tnen", "tnein");
        units(AR, 3, "tlete", "tleteh");
        units(AR, 8, "tmene", "tmeneh", "tmenye");
        alternative(AR | AMBIGUOUS, UNIT * 100 + 6, "sette", "setteh");
        // Persian, in its own script: units, teens, tens and hundreds, joined by "و" (and) as Portuguese
        // joins them by "e" ("نهصد و سی و پنج" is 935); each word also as typed with the Arabic letters
        // ي and ك. "نه" (9) is also "no", "سی" (30) the letter C: read only beside another number word.
        persian(0, UNIT * 100, "\u0635\u0641\u0631");
        persian(0, UNIT * 100 + 1, "\u06cc\u06a9");
        persian(0, UNIT * 100 + 2, "\u062f\u0648");
        persian(0, UNIT * 100 + 3, "\u0633\u0647");
        persian(0, UNIT * 100 + 4, "\u0686\u0647\u0627\u0631");
        persian(0, UNIT * 100 + 5, "\u067e\u0646\u062c");
        persian(0, UNIT * 100 + 6, "\u0634\u0634", "\u0634\u06cc\u0634");
        persian(0, UNIT * 100 + 7, "\u0647\u0641\u062a");
        persian(0, UNIT * 100 + 8, "\u0647\u0634\u062a");
        add(FA | AMBIGUOUS, UNIT * 100 + 9, "\u0646\u0647");
        // "ده" is also Egyptian Arabic's "this" ("... خمسة أربعة خمسة ده رقم أخويا"): beside a Persian number word only.
        persian(AMBIGUOUS, TEEN * 100 + 10, "\u062f\u0647");
        persian(0, TEEN * 100 + 11, "\u06cc\u0627\u0632\u062f\u0647");
        persian(0, TEEN * 100 + 12, "\u062f\u0648\u0627\u0632\u062f\u0647");
        persian(0, TEEN * 100 + 13, "\u0633\u06cc\u0632\u062f\u0647");
        persian(0, TEEN * 100 + 14, "\u0686\u0647\u0627\u0631\u062f\u0647");
        persian(0, TEEN * 100 + 15, "\u067e\u0627\u0646\u0632\u062f\u0647", "\u067e\u0648\u0646\u0632\u062f\u0647");
        persian(0, TEEN * 100 + 16, "\u0634\u0627\u0646\u0632\u062f\u0647", "\u0634\u0648\u0646\u0632\u062f\u0647");
        persian(0, TEEN * 100 + 17, "\u0647\u0641\u062f\u0647", "\u0647\u06cc\u0641\u062f\u0647");
        persian(0, TEEN * 100 + 18, "\u0647\u062c\u062f\u0647", "\u0647\u06cc\u062c\u062f\u0647", "\u0647\u06cc\u0698\u062f\u0647");
        persian(0, TEEN * 100 + 19, "\u0646\u0648\u0632\u062f\u0647");
        persian(0, TENS * 100 + 20, "\u0628\u06cc\u0633\u062a");
        add(FA | AMBIGUOUS, TENS * 100 + 30, "\u0633\u06cc");
        persian(0, TENS * 100 + 40, "\u0686\u0647\u0644");
        persian(0, TENS * 100 + 50, "\u067e\u0646\u062c\u0627\u0647");
        persian(0, TENS * 100 + 60, "\u0634\u0635\u062a");
        persian(0, TENS * 100 + 70, "\u0647\u0641\u062a\u0627\u062f");
        persian(0, TENS * 100 + 80, "\u0647\u0634\u062a\u0627\u062f");
        persian(0, TENS * 100 + 90, "\u0646\u0648\u062f");
        add(FA, AND * 100, "\u0648");
        add(FA | HUNDREDS, UNIT * 100 + 1, "\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 2, "\u062f\u0648\u06cc\u0633\u062a");
        persian(HUNDREDS, UNIT * 100 + 3, "\u0633\u06cc\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 4, "\u0686\u0647\u0627\u0631\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 5, "\u067e\u0627\u0646\u0635\u062f", "\u067e\u0648\u0646\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 6, "\u0634\u0634\u0635\u062f", "\u0634\u06cc\u0634\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 7, "\u0647\u0641\u062a\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 8, "\u0647\u0634\u062a\u0635\u062f");
        persian(HUNDREDS, UNIT * 100 + 9, "\u0646\u0647\u0635\u062f");
        // Punjabi in Gurmukhi, and English "zero" as it writes it (U+0A5B or U+0A1C with a nukta).
        units(PA, 0, "\u0a38\u0a3f\u0a2b\u0a3c\u0a30", "\u0a38\u0a3f\u0a2b\u0a30", "\u0a38\u0a3f\u0a5e\u0a30", "\u0a1c\u0a3c\u0a40\u0a30\u0a4b", "\u0a1c\u0a40\u0a30\u0a4b", "\u0a5b\u0a40\u0a30\u0a4b");
        units(PA, 1, "\u0a07\u0a71\u0a15", "\u0a07\u0a15");
        units(PA, 2, "\u0a26\u0a4b");
        units(PA, 3, "\u0a24\u0a3f\u0a70\u0a28");
        units(PA, 4, "\u0a1a\u0a3e\u0a30");
        units(PA, 5, "\u0a2a\u0a70\u0a1c");
        units(PA, 6, "\u0a1b\u0a47");
        units(PA, 7, "\u0a38\u0a71\u0a24");
        units(PA, 8, "\u0a05\u0a71\u0a20");
        units(PA, 9, "\u0a28\u0a4c\u0a02", "\u0a28\u0a4c");
        // Odia in its own script ("\u0b28\u0b05 \u0b1a\u0b3e\u0b30\u0b3f \u0b24\u0b3f\u0b28\u0b3f \u0b38\u0b3e\u0b24, \u0b1b\u0b05 \u0b26\u0b41\u0b07 \u0b36\u0b42\u0b28, ...").
        units(OR, 0, "\u0b36\u0b42\u0b28", "\u0b36\u0b42\u0b28\u0b4d\u0b5f");
        units(OR, 1, "\u0b0f\u0b15");
        units(OR, 2, "\u0b26\u0b41\u0b07");
        units(OR, 3, "\u0b24\u0b3f\u0b28\u0b3f");
        units(OR, 4, "\u0b1a\u0b3e\u0b30\u0b3f");
        units(OR, 5, "\u0b2a\u0b3e\u0b1e\u0b4d\u0b1a");
        units(OR, 6, "\u0b1b\u0b05");
        units(OR, 7, "\u0b38\u0b3e\u0b24");
        units(OR, 8, "\u0b06\u0b20");
        units(OR, 9, "\u0b28\u0b05");
        // Gujarati in its own script ("\u0ab6\u0ac2\u0aa8\u0acd\u0aaf \u0ab8\u0abe\u0aa4 \u0a9a\u0abe\u0ab0 ...").
        units(GU, 0, "\u0ab6\u0ac2\u0aa8\u0acd\u0aaf");
        units(GU, 1, "\u0a8f\u0a95");
        units(GU, 2, "\u0aac\u0ac7");
        units(GU, 3, "\u0aa4\u0acd\u0ab0\u0aa3");
        units(GU, 4, "\u0a9a\u0abe\u0ab0");
        units(GU, 5, "\u0aaa\u0abe\u0a82\u0a9a");
        units(GU, 6, "\u0a9b");
        units(GU, 7, "\u0ab8\u0abe\u0aa4");
        units(GU, 8, "\u0a86\u0aa0");
        units(GU, 9, "\u0aa8\u0ab5");
        // Telugu, Malayalam and Kannada in their own scripts ("\u0c06\u0c30\u0c41 \u0c2e\u0c42\u0c21\u0c41 ...",
        // "\u0d12\u0d2e\u0d4d\u0d2a\u0d24\u0d4d \u0d28\u0d3e\u0d32\u0d4d ...").
        units(TE, 0, "\u0c38\u0c41\u0c28\u0c4d\u0c28\u0c3e");
        units(TE, 1, "\u0c12\u0c15\u0c1f\u0c3f");
        units(TE, 2, "\u0c30\u0c46\u0c02\u0c21\u0c41");
        units(TE, 3, "\u0c2e\u0c42\u0c21\u0c41");
        units(TE, 4, "\u0c28\u0c3e\u0c32\u0c41\u0c17\u0c41");
        units(TE, 5, "\u0c10\u0c26\u0c41");
        units(TE, 6, "\u0c06\u0c30\u0c41");
        units(TE, 7, "\u0c0f\u0c21\u0c41");
        units(TE, 8, "\u0c0e\u0c28\u0c3f\u0c2e\u0c3f\u0c26\u0c3f");
        units(TE, 9, "\u0c24\u0c4a\u0c2e\u0c4d\u0c2e\u0c3f\u0c26\u0c3f");
        units(ML, 0, "\u0d2a\u0d42\u0d1c\u0d4d\u0d2f\u0d02", "\u0d38\u0d40\u0d31\u0d4b");
        units(ML, 1, "\u0d12\u0d28\u0d4d\u0d28\u0d4d");
        units(ML, 2, "\u0d30\u0d23\u0d4d\u0d1f\u0d4d");
        units(ML, 3, "\u0d2e\u0d42\u0d28\u0d4d\u0d28\u0d4d");
        units(ML, 4, "\u0d28\u0d3e\u0d32\u0d4d");
        units(ML, 5, "\u0d05\u0d1e\u0d4d\u0d1a\u0d4d");
        units(ML, 6, "\u0d06\u0d31\u0d4d");
        units(ML, 7, "\u0d0f\u0d34\u0d4d");
        units(ML, 8, "\u0d0e\u0d1f\u0d4d\u0d1f\u0d4d");
        units(ML, 9, "\u0d12\u0d2e\u0d4d\u0d2a\u0d24\u0d4d", "\u0d12\u0d7b\u0d2a\u0d24\u0d4d");
        units(KN, 0, "\u0cb8\u0cca\u0ca8\u0ccd\u0ca8\u0cc6");
        units(KN, 1, "\u0c92\u0c82\u0ca6\u0cc1");
        units(KN, 2, "\u0c8e\u0cb0\u0ca1\u0cc1");
        units(KN, 3, "\u0cae\u0cc2\u0cb0\u0cc1");
        units(KN, 4, "\u0ca8\u0cbe\u0cb2\u0ccd\u0c95\u0cc1");
        units(KN, 5, "\u0c90\u0ca6\u0cc1");
        units(KN, 6, "\u0c86\u0cb0\u0cc1");
        units(KN, 7, "\u0c8f\u0cb3\u0cc1");
        units(KN, 8, "\u0c8e\u0c82\u0c9f\u0cc1");
        units(KN, 9, "\u0c92\u0c82\u0cac\u0ca4\u0ccd\u0ca4\u0cc1");
        // Telugu, Malayalam and Kannada callers say English's "double" and "triple", written in their scripts
        // ("\u0c24\u0c4a\u0c2e\u0c4d\u0c2e\u0c3f\u0c26\u0c3f \u0c21\u0c2c\u0c41\u0c32\u0c4d \u0c0e\u0c28\u0c3f\u0c2e\u0c3f\u0c26\u0c3f, ...").
        add(TE, DOUBLE * 100, "\u0c21\u0c2c\u0c41\u0c32\u0c4d");
        add(TE, TRIPLE * 100, "\u0c1f\u0c4d\u0c30\u0c3f\u0c2a\u0c41\u0c32\u0c4d");
        add(ML, DOUBLE * 100, "\u0d21\u0d2c\u0d3f\u0d7e", "\u0d21\u0d2c\u0d3f\u0d33\u0d4d");
        add(ML, TRIPLE * 100, "\u0d1f\u0d4d\u0d30\u0d3f\u0d2a\u0d4d\u0d2a\u0d3f\u0d7e", "\u0d1f\u0d4d\u0d30\u0d3f\u0d2a\u0d4d\u0d2a\u0d3f\u0d33\u0d4d");
        add(KN, DOUBLE * 100, "\u0ca1\u0cac\u0cb2\u0ccd");
        add(KN, TRIPLE * 100, "\u0c9f\u0ccd\u0cb0\u0cbf\u0caa\u0cb2\u0ccd");
        // English digits as Hindi speakers say them and speech-to-text writes them in Devanagari ("\u0928\u093e\u0907\u0928 \u090f\u091f \u0938\u0947\u0935\u0928
        // \u0935\u0928, ..."). "\u0935\u0928" (one) is also "forest" and "\u090f\u091f" (eight) English's "at" of "\u090f\u091f \u0926 \u0930\u0947\u091f": beside another number word only.
        units(HI_SCRIPT, 0, "\u091c\u093c\u0940\u0930\u094b", "\u091c\u0940\u0930\u094b");
        units(HI_SCRIPT, 2, "\u091f\u0942");
        units(HI_SCRIPT, 3, "\u0925\u094d\u0930\u0940");
        units(HI_SCRIPT, 4, "\u092b\u094b\u0930", "\u092b\u093c\u094b\u0930");
        units(HI_SCRIPT, 5, "\u092b\u093e\u0907\u0935", "\u092b\u093c\u093e\u0907\u0935");
        units(HI_SCRIPT, 6, "\u0938\u093f\u0915\u094d\u0938");
        units(HI_SCRIPT, 7, "\u0938\u0947\u0935\u0928");
        units(HI_SCRIPT, 9, "\u0928\u093e\u0907\u0928");
        add(HI_SCRIPT | AMBIGUOUS, UNIT * 100 + 1, "\u0935\u0928");
        add(HI_SCRIPT | AMBIGUOUS, UNIT * 100 + 8, "\u090f\u091f");
        add(HI_SCRIPT, DOUBLE * 100, "\u0921\u092c\u0932");
        add(HI_SCRIPT, TRIPLE * 100, "\u091f\u094d\u0930\u093f\u092a\u0932");
        // Bengali in its own script: its digit words, and English digits as Bengali speakers say them and
        // speech-to-text writes them in Bengali letters ("জিরো ওয়ান সেভেন ডাবল সেভেন"). "নয়" (9) is also
        // "is not": read only beside another number word.
        units(BN, 0, "\u09b6\u09c2\u09a8\u09cd\u09af");
        units(BN, 1, "\u098f\u0995");
        units(BN, 2, "\u09a6\u09c1\u0987");
        units(BN, 3, "\u09a4\u09bf\u09a8");
        units(BN, 4, "\u099a\u09be\u09b0");
        units(BN, 5, "\u09aa\u09be\u0981\u099a");
        units(BN, 6, "\u099b\u09af\u09bc", "\u099b\u09df");
        units(BN, 7, "\u09b8\u09be\u09a4");
        units(BN, 8, "\u0986\u099f");
        units(BN, 0, "\u099c\u09bf\u09b0\u09cb");
        units(BN, 1, "\u0993\u09af\u09bc\u09be\u09a8", "\u0993\u09df\u09be\u09a8");
        units(BN, 2, "\u099f\u09c1");
        units(BN, 3, "\u09a5\u09cd\u09b0\u09bf");
        units(BN, 4, "\u09ab\u09cb\u09b0");
        units(BN, 5, "\u09ab\u09be\u0987\u09ad");
        units(BN, 6, "\u09b8\u09bf\u0995\u09cd\u09b8");
        units(BN, 7, "\u09b8\u09c7\u09ad\u09c7\u09a8");
        units(BN, 8, "\u098f\u0987\u099f");
        units(BN, 9, "\u09a8\u09be\u0987\u09a8");
        add(BN | AMBIGUOUS, UNIT * 100 + 9, "\u09a8\u09af\u09bc", "\u09a8\u09df");
        add(BN, DOUBLE * 100, "\u09a1\u09be\u09ac\u09b2");
        add(BN, TRIPLE * 100, "\u099f\u09cd\u09b0\u09bf\u09aa\u09b2");
        // Urdu, in its own script: digits said one by one, "سو" (hundred) after a unit ("صفر تین سو" is
        // 0300), "ڈبل" (double) and "پلس" (plus); "نو" (9) is also Persian "new": read beside another
        // number word only. "صفر" and "دو" are Persian's too.
        units(UR, 0, "\u0635\u0641\u0631");
        units(UR, 1, "\u0627\u06cc\u06a9", "\u0627\u064a\u06a9");
        units(UR, 2, "\u062f\u0648");
        units(UR, 3, "\u062a\u06cc\u0646", "\u062a\u064a\u0646");
        units(UR, 4, "\u0686\u0627\u0631");
        units(UR, 5, "\u067e\u0627\u0646\u0686");
        units(UR, 6, "\u0686\u06be", "\u0686\u0647");
        units(UR, 7, "\u0633\u0627\u062a");
        units(UR, 8, "\u0622\u0679\u06be", "\u0622\u0679\u0647");
        add(UR | AMBIGUOUS, UNIT * 100 + 9, "\u0646\u0648");
        add(UR, HUNDRED * 100, "\u0633\u0648");
        add(UR, DOUBLE * 100, "\u0688\u0628\u0644");
        add(UR, PLUS * 100, "\u067e\u0644\u0633");
        // Tigrinya, in Ge'ez script too, counted with Amharic ("ዜሮ ሸውዓተ ሰለስተ ሸሞንተ ዜሮ፣ ሓሙሽተ ...").
        units(AM, 1, "\u1213\u12f0");
        units(AM, 2, "\u12ad\u120d\u1270");
        units(AM, 3, "\u1230\u1208\u1235\u1270");
        units(AM, 4, "\u12a3\u122d\u1263\u12d5\u1270", "\u12a3\u122d\u1263\u12d5");
        units(AM, 5, "\u1213\u1219\u123d\u1270");
        units(AM, 6, "\u123d\u12f1\u123d\u1270");
        units(AM, 7, "\u1238\u12cd\u12d3\u1270");
        units(AM, 8, "\u1238\u121e\u1295\u1270");
        units(AM, 9, "\u1275\u123d\u12d3\u1270");
        // Amharic, in Ge'ez script: units, and tens said before a unit as English says them ("ሰባ ዘጠኝ" is
        // 79; "አስራ", the ten of the teens, "አስራ አንድ" 11); "ሦስት" is "ሶስት" written with another letter.
        units(AM, 0, "\u12dc\u122e");
        units(AM, 1, "\u12a0\u1295\u12f5");
        units(AM, 2, "\u1201\u1208\u1275");
        units(AM, 3, "\u1236\u1235\u1275", "\u1226\u1235\u1275");
        units(AM, 4, "\u12a0\u122b\u1275");
        units(AM, 5, "\u12a0\u121d\u1235\u1275");
        units(AM, 6, "\u1235\u12f5\u1235\u1275");
        units(AM, 7, "\u1230\u1263\u1275");
        units(AM, 8, "\u1235\u121d\u1295\u1275");
        units(AM, 9, "\u12d8\u1320\u129d");
        add(AM, TEEN * 100 + 10, "\u12a0\u1235\u122d");
        add(AM, TENS * 100 + 10, "\u12a0\u1235\u122b");
        add(AM, TENS * 100 + 20, "\u1203\u12eb");
        add(AM, TENS * 100 + 30, "\u1230\u120b\u1233");
        add(AM, TENS * 100 + 40, "\u12a0\u122d\u1263");
        add(AM, TENS * 100 + 50, "\u1203\u121d\u1233");
        add(AM, TENS * 100 + 60, "\u1235\u120d\u1233");
        add(AM, TENS * 100 + 70, "\u1230\u1263");
        add(AM, TENS * 100 + 80, "\u1230\u121b\u1295\u12eb");
        add(AM, TENS * 100 + 90, "\u12d8\u1320\u1293");
        add(AM, PLUS * 100, "\u1355\u120b\u1235");
        // Tamil, in its own script (and its spoken forms: "ஒண்ணு", "ரெண்டு"), with "டபுள்" (double) and
        // "பிளஸ்" (plus).
        units(TA, 0, "\u0baa\u0bc2\u0b9c\u0bcd\u0b9c\u0bbf\u0baf\u0bae\u0bcd", "\u0baa\u0bc2\u0b9c\u0bcd\u0baf\u0bae\u0bcd", "\u0b9a\u0bc8\u0baa\u0bb0\u0bcd");
        units(TA, 1, "\u0b92\u0ba9\u0bcd\u0bb1\u0bc1", "\u0b92\u0ba3\u0bcd\u0ba3\u0bc1");
        units(TA, 2, "\u0b87\u0bb0\u0ba3\u0bcd\u0b9f\u0bc1", "\u0bb0\u0bc6\u0ba3\u0bcd\u0b9f\u0bc1");
        units(TA, 3, "\u0bae\u0bc2\u0ba9\u0bcd\u0bb1\u0bc1", "\u0bae\u0bc2\u0ba3\u0bc1");
        units(TA, 4, "\u0ba8\u0bbe\u0ba9\u0bcd\u0b95\u0bc1", "\u0ba8\u0bbe\u0bb2\u0bc1");
        units(TA, 5, "\u0b90\u0ba8\u0bcd\u0ba4\u0bc1", "\u0b85\u0b9e\u0bcd\u0b9a\u0bc1");
        units(TA, 6, "\u0b86\u0bb1\u0bc1");
        units(TA, 7, "\u0b8f\u0bb4\u0bc1");
        units(TA, 8, "\u0b8e\u0b9f\u0bcd\u0b9f\u0bc1");
        units(TA, 9, "\u0b92\u0ba9\u0bcd\u0baa\u0ba4\u0bc1", "\u0b92\u0bae\u0bcd\u0baa\u0ba4\u0bc1");
        add(TA, DOUBLE * 100, "\u0b9f\u0baa\u0bc1\u0bb3\u0bcd");
        add(TA, PLUS * 100, "\u0baa\u0bbf\u0bb3\u0bb8\u0bcd");
        // Chinese (pinyin, with or without tones), Korean (Sino-Korean, romanised) and Vietnamese:
        // nearly every one of their number words is a syllable or word of another language, so they
        // count only in a long run of their own language (LONG_RUN).
        long zh = ZH | LONG_RUN;
        alternative(zh, UNIT * 100, "ling", "l\u00edng");
        alternative(zh, UNIT * 100 + 1, "yi", "y\u012b", "yao", "y\u0101o");
        alternative(zh, UNIT * 100 + 2, "er", "\u00e8r", "liang", "li\u01ceng");
        alternative(zh, UNIT * 100 + 3, "san", "s\u0101n");
        alternative(zh, UNIT * 100 + 4, "si", "s\u00ec");
        alternative(zh, UNIT * 100 + 5, "wu", "w\u01d4");
        alternative(zh, UNIT * 100 + 6, "liu", "li\u00f9");
        alternative(zh, UNIT * 100 + 7, "qi", "q\u012b");
        alternative(zh, UNIT * 100 + 8, "ba", "b\u0101");
        alternative(zh, UNIT * 100 + 9, "jiu", "ji\u01d4");
        alternative(zh, PLUS * 100, "jia", "ji\u0101"); // 加, the '+' of "jia ba liu, yao san ba, ..."
        // Hokkien, as Singapore's, Malaysia's and Taiwan's callers say a number ("kau lak it sa, chit peh go
        // khong"), on pinyin's bit: both are Chinese, and their "si" is 4 alike.
        alternative(zh, UNIT * 100, "khong");
        alternative(zh, UNIT * 100 + 1, "it");
        alternative(zh, UNIT * 100 + 2, "ji", "nng");
        alternative(zh, UNIT * 100 + 3, "sa");
        alternative(zh, UNIT * 100 + 5, "go");
        alternative(zh, UNIT * 100 + 6, "lak");
        alternative(zh, UNIT * 100 + 7, "chit");
        alternative(zh, UNIT * 100 + 8, "peh", "pueh");
        alternative(zh, UNIT * 100 + 9, "kau");
        // Pinyin written with its tone digits ("si4 yao1 liu4, wu3 wu3 wu3, ling2 yao1 jiu3 ba1"): words of
        // no other language.
        units(ZH, 0, "ling2");
        units(ZH, 1, "yi1", "yao1");
        units(ZH, 2, "er4", "liang3");
        units(ZH, 3, "san1");
        units(ZH, 4, "si4");
        units(ZH, 5, "wu3");
        units(ZH, 6, "liu4");
        units(ZH, 7, "qi1");
        units(ZH, 8, "ba1");
        units(ZH, 9, "jiu3");
        long ko = KO | LONG_RUN;
        alternative(ko, UNIT * 100, "gong", "yeong", "yong");
        alternative(ko, UNIT * 100 + 1, "il");
        alternative(ko, UNIT * 100 + 2, "i", "ee");
        alternative(ko, UNIT * 100 + 3, "sam");
        alternative(ko, UNIT * 100 + 4, "sa");
        alternative(ko, UNIT * 100 + 5, "o", "oh");
        alternative(ko, UNIT * 100 + 6, "yuk", "yook", "ryuk");
        alternative(ko, UNIT * 100 + 7, "chil");
        alternative(ko, UNIT * 100 + 8, "pal");
        alternative(ko, UNIT * 100 + 9, "gu");
        // Cantonese, romanised as Hong Kong callers' speech is transcribed ("gau yat baat sei, ng luk chat yi"):
        // it shares the bit of romanised Korean, whose words no Cantonese run holds. "yi" is its 2, pinyin's 1.
        alternative(ko, UNIT * 100, "ling");
        alternative(ko, UNIT * 100 + 1, "yat");
        alternative(ko, UNIT * 100 + 2, "yi");
        alternative(ko, UNIT * 100 + 3, "saam");
        alternative(ko, UNIT * 100 + 4, "sei");
        alternative(ko, UNIT * 100 + 5, "ng");
        alternative(ko, UNIT * 100 + 6, "luk");
        alternative(ko, UNIT * 100 + 7, "chat");
        alternative(ko, UNIT * 100 + 8, "baat");
        alternative(ko, UNIT * 100 + 9, "gau");
        // Yale's spellings where they differ ("ng yih gau ling, chat chat yat luhk").
        alternative(ko, UNIT * 100 + 2, "yih");
        alternative(ko, UNIT * 100 + 4, "sey");
        alternative(ko, UNIT * 100 + 6, "luhk");
        alternative(ko, UNIT * 100 + 8, "baht");
        // Jyutping written with its tone digits ("ng5 ng5 ng5 ling4 jat1 sei3 gau2"): one word each, glued.
        units(KO, 0, "ling4");
        units(KO, 1, "jat1");
        units(KO, 2, "ji6");
        units(KO, 3, "saam1");
        units(KO, 4, "sei3");
        units(KO, 5, "ng5");
        units(KO, 6, "luk6");
        units(KO, 7, "cat1");
        units(KO, 8, "baat3");
        units(KO, 9, "gau2");
        long vi = VI | LONG_RUN;
        alternative(vi, UNIT * 100, "kh\u00f4ng", "khong");
        alternative(vi, UNIT * 100 + 1, "m\u1ed9t", "mot");
        alternative(vi, UNIT * 100 + 2, "hai");
        alternative(vi, UNIT * 100 + 3, "ba");
        alternative(vi, UNIT * 100 + 4, "b\u1ed1n", "bon");
        alternative(vi, UNIT * 100 + 5, "n\u0103m", "nam");
        alternative(vi, UNIT * 100 + 6, "s\u00e1u", "sau");
        alternative(vi, UNIT * 100 + 7, "b\u1ea3y", "b\u1ea9y", "bay");
        alternative(vi, UNIT * 100 + 8, "t\u00e1m", "tam");
        alternative(vi, UNIT * 100 + 9, "ch\u00edn", "chin");
        // Tens: "mười" ten, "X mươi" X tens, and after tens "mốt" one, "lăm" five, "tư" four ("hai mươi
        // mốt" 21; said short, "hai lăm" 25, "bốn mốt" 41, "tám tư" 84: see vietnameseTens); "cộng" plus.
        alternative(vi, TEEN * 100 + 10, "m\u01b0\u1eddi", "muoi");
        alternative(vi, TENS * 100, "m\u01b0\u01a1i");
        alternative(vi, UNIT * 100 + 1, "m\u1ed1t");
        alternative(vi, UNIT * 100 + 5, "l\u0103m");
        alternative(vi, UNIT * 100 + 4, "t\u01b0");
        alternative(vi, PLUS * 100, "c\u1ed9ng");
        // Japanese, romanised: most of its number words are syllables of other languages ("ni", "go",
        // "san", "ku"), so, as Chinese and Korean, read only in a long run of their own.
        long ja = JA | LONG_RUN;
        alternative(ja, UNIT * 100, "zero", "rei", "maru");
        alternative(ja, UNIT * 100 + 1, "ichi");
        alternative(ja, UNIT * 100 + 2, "ni");
        alternative(ja, UNIT * 100 + 3, "san");
        alternative(ja, UNIT * 100 + 4, "yon", "shi");
        alternative(ja, UNIT * 100 + 5, "go");
        alternative(ja, UNIT * 100 + 6, "roku");
        alternative(ja, UNIT * 100 + 7, "nana", "shichi");
        alternative(ja, UNIT * 100 + 8, "hachi");
        alternative(ja, UNIT * 100 + 9, "kyuu", "kyu", "ku");
        // Hindi and Thai, romanised: "do", "teen", "no", "song", "ha" are English words, so only in
        // a long run of their own ("nau aath saat, chhe paanch chaar, teen do ek shunya"). Bengali,
        // romanised, shares "ek", "tin", "char", "sat" with Hindi and is read with it ("shunno ek sat
        // tin noy, char shunno dui, choy ek aat").
        long hi = HI | LONG_RUN;
        alternative(hi, UNIT * 100, "shunno", "shunyo");
        alternative(hi, UNIT * 100 + 2, "dui", "duii");
        alternative(hi, UNIT * 100 + 5, "pach", "paach");
        alternative(hi, UNIT * 100 + 6, "choy", "chhoy", "choi");
        alternative(hi, UNIT * 100 + 8, "aat");
        alternative(hi, UNIT * 100 + 9, "noy", "noi");
        // Odia's, romanised ("na chari tini atha, eka eka, dui pancha sata chha", "sata shuna shuna atha"), and
        // Bhojpuri's "sunna" (zero) and "du" (two) ("saat sunna sunna chaar, ek du, ...").
        alternative(hi, UNIT * 100, "shuna", "sunna", "suna");
        alternative(hi, UNIT * 100 + 1, "eka");
        alternative(hi, UNIT * 100 + 2, "du");
        alternative(hi, UNIT * 100 + 3, "tini");
        alternative(hi, UNIT * 100 + 4, "chari");
        alternative(hi, UNIT * 100 + 5, "pancha");
        alternative(hi, UNIT * 100 + 7, "sata");
        alternative(hi, UNIT * 100 + 8, "atha");
        alternative(hi, UNIT * 100 + 9, "na");
        // Sylheti's, where it says Bengali's p and ch as f and s ("zero sat sair sat sair, shunno tin fas, ...").
        alternative(hi, UNIT * 100 + 4, "sair");
        alternative(hi, UNIT * 100 + 5, "fas", "fach");
        // Tamil, romanised ("anju anju naalu anju, ezhu moonu anju zero, ..."), read with them.
        alternative(hi, UNIT * 100, "poojiyam", "poojyam");
        alternative(hi, UNIT * 100 + 1, "onnu", "ondru");
        alternative(hi, UNIT * 100 + 2, "rendu", "irandu");
        alternative(hi, UNIT * 100 + 3, "moonu", "moondru");
        alternative(hi, UNIT * 100 + 4, "naalu", "naangu");
        alternative(hi, UNIT * 100 + 5, "anju", "ainthu");
        alternative(hi, UNIT * 100 + 6, "aaru");
        alternative(hi, UNIT * 100 + 7, "ezhu", "yezhu");
        alternative(hi, UNIT * 100 + 8, "ettu");
        alternative(hi, UNIT * 100 + 9, "ombodhu", "ombathu", "onbathu");
        // (Urdu's zero, romanised: "... aath aath chaar, sifar nau ek".)
        alternative(hi, UNIT * 100, "shunya", "shoonya", "sunya", "zero", "sifar");
        alternative(hi, UNIT * 100 + 1, "ek");
        alternative(hi, UNIT * 100 + 2, "do");
        alternative(hi, UNIT * 100 + 3, "teen", "tin", "tinn");
        alternative(hi, UNIT * 100 + 4, "chaar", "char", "chār");
        alternative(hi, UNIT * 100 + 5, "paanch", "panch", "pānch");
        alternative(hi, UNIT * 100 + 6, "chhe", "chhah", "chah", "che", "chhai", "chay", "chhay");
        alternative(hi, UNIT * 100 + 7, "saat", "sat", "sāt");
        alternative(hi, UNIT * 100 + 8, "aath", "ath", "āth");
        alternative(hi, UNIT * 100 + 9, "nau", "nao", "no");
        // Marathi, romanised, where its words differ from Hindi's ("nau ek saha saat, teen teen aath, don
        // chaar shunya"): two, five and six.
        alternative(hi, UNIT * 100 + 2, "don");
        alternative(hi, UNIT * 100 + 5, "paach");
        alternative(hi, UNIT * 100 + 6, "saha");
        // Gujarati, romanised ("shunya saat panch be tran, chha ek chha, ..."): two, three, six and nine.
        alternative(hi, UNIT * 100 + 2, "be");
        alternative(hi, UNIT * 100 + 3, "tran");
        alternative(hi, UNIT * 100 + 6, "chha");
        alternative(hi, UNIT * 100 + 9, "nav");
        // Urdu's and Punjabi's, romanised, where they differ ("sifar satt chaar ik do, tin nau sifar, panj panj
        // satt", "zero saat chaar teen aath, chay chay do, sifar aik paanch"): one, five, seven and eight.
        alternative(hi, UNIT * 100 + 1, "aik", "ik", "ikk");
        alternative(hi, UNIT * 100 + 5, "panj");
        alternative(hi, UNIT * 100 + 7, "satt");
        alternative(hi, UNIT * 100 + 8, "atth", "aath");
        long th = TH | LONG_RUN;
        alternative(th, UNIT * 100, "soon", "sun", "suun", "sunya");
        alternative(th, UNIT * 100 + 1, "nueng", "neung", "nung");
        alternative(th, UNIT * 100 + 2, "song");
        alternative(th, UNIT * 100 + 3, "sam", "saam");
        alternative(th, UNIT * 100 + 4, "si", "see", "sii");
        alternative(th, UNIT * 100 + 5, "ha", "haa");
        alternative(th, UNIT * 100 + 6, "hok");
        alternative(th, UNIT * 100 + 7, "chet", "jet", "jed");
        alternative(th, UNIT * 100 + 8, "paet", "paed", "pad");
        alternative(th, UNIT * 100 + 9, "kao", "gao", "kaw");
        // Frisian ("nul fiif ien twa, seis s\u00e2n acht, trije njoggen fjouwer") and Limburgish ("nul veer
        // drie, drie twie ein, ach ach zes zes"), which Dutch callers speak too. "ien", "s\u00e2n", "ein", "veer"
        // and "ach" are words of other languages as well: read only beside the others. (Frisian "twa", 2, is
        // Haitian Creole's 3 and stays Haitian.)
        units(NL, 2, "twie");
        units(NL, 3, "trije");
        units(NL, 4, "fjouwer");
        units(NL, 5, "fiif", "vief");
        units(NL, 7, "zeve");
        units(NL, 9, "njoggen");
        units(NL | AMBIGUOUS, 1, "ien", "ein");
        units(NL | AMBIGUOUS, 4, "veer");
        units(NL | AMBIGUOUS, 6, "seis");
        units(NL | AMBIGUOUS, 7, "s\u00e2n");
        units(NL | AMBIGUOUS, 8, "ach");
        // Frisian's teens and tens ("fyftjin", "tweintich"), its compounds of a unit, "en" and tens below
        // ("s\u00e2nentritich" 38); Gronings' own ("nul vief negen zeuven, vaar een twee, drij vief acht").
        add(NL, TEEN * 100 + 10, "tsien");
        series(NL, TEEN, 11, 1, "alve", "tolve", "trettjin", "fjirtjin", "fyftjin", "sechstjin", "santjin", "achttjin",
            "njoggentjin");
        series(NL, TENS, 20, 10, "tweintich", "tritich", "fjirtich", "fyftich", "sechstich", "santich", "tachtich",
            "njoggentich");
        units(NL, 3, "drij");
        units(NL, 4, "vaar");
        units(NL, 7, "zeuven");
        // Papiamento, as Curaçao's and Aruba's callers say a number ("sero seis, dos shete, sinku ocho, kuater un,
        // nuebe dos"): counted as Spanish, whose "dos", "tres", "seis" and "ocho" it shares.
        units(ES, 0, "sero");
        units(ES, 4, "kuater");
        units(ES, 5, "sinku");
        units(ES, 7, "shete");
        units(ES, 9, "nuebe");
        // Tagalog's Spanish numbers, as Filipinos say a number ("plus sais tres, nuwebe uno syete, singko singko
        // singko, sero uno dos tres"), counted as Spanish too.
        units(ES, 4, "kwatro");
        units(ES, 5, "singko");
        units(ES, 6, "sais");
        units(ES, 7, "syete", "siyete");
        units(ES, 4, "kuwatro");
        units(ES, 8, "otso");
        units(ES, 9, "nuwebe");
        // Afrikaans shares nul, een, twee, drie and vier with Dutch.
        units(NL | AF, 5, "vyf");
        add(NL | AF | AMBIGUOUS, UNIT * 100 + 6, "ses");
        units(NL | AF, 7, "sewe");
        units(NL | AF, 8, "agt");
        units(NL | AF, 9, "nege");
        // Croatian, Serbian and Slovenian hundreds: "šeststo dvanaest" is 612.
        add(SH | SL | HUNDREDS | AMBIGUOUS, UNIT * 100 + 1, "sto");
        series(SH | HUNDREDS, UNIT, 2, 1, "dvjesto", "tristo", "\u010detiristo", "petsto", "\u0161eststo", "sedamsto",
            "osamsto", "devetsto");
        series(SH | HUNDREDS, UNIT, 2, 1, "dvesta", "trista", "\u010detiristo", "petsto", "\u0161eststo", "sedamsto",
            "osamsto", "devetsto");
        series(SL | HUNDREDS, UNIT, 2, 1, "dvesto", "tristo", "\u0161tiristo", "petsto", "\u0161eststo", "sedemsto",
            "osemsto", "devetsto");
        // Croatian as it is spoken, "šesto sedamdeset osam" for 678 (also the ordinal "sixth").
        add(SH | HUNDREDS | AMBIGUOUS, UNIT * 100 + 6, "\u0161esto");
        // Greek written in Latin letters, as callers type and transcripts spell it.
        units(EL_LATIN, 0, "miden");
        add(EL_LATIN | AMBIGUOUS, UNIT * 100 + 1, "enas");
        alternative(EL_LATIN | AMBIGUOUS, UNIT * 100 + 1, "ena");
        add(EL_LATIN | AMBIGUOUS, UNIT * 100 + 2, "dio", "dyo");
        add(EL_LATIN | AMBIGUOUS, UNIT * 100 + 3, "tria", "tris");
        units(EL_LATIN, 4, "tessera", "tesera");
        add(EL_LATIN | AMBIGUOUS, UNIT * 100 + 5, "pente");
        units(EL_LATIN, 6, "exi", "eksi");
        units(EL_LATIN, 7, "efta", "epta");
        units(EL_LATIN, 8, "okto", "ochto", "oxto");
        units(EL_LATIN, 9, "enia", "ennia", "ennea", "ennya");
        // Russian, Ukrainian, Bulgarian, Macedonian and Serbian in Cyrillic, with their hundreds:
        // "восемьсот двадцать пять" 825, "сто двадесет и три" 123, "двісті тридцять
        // чотири" 234. Ukrainian writes an apostrophe inside a word ("п'ять"), read as one word with
        // it (wordEnd).
        units(RU, 0, "\u043d\u043e\u043b\u044c", "\u043d\u0443\u043b\u044c");
        units(RU, 1, "\u043e\u0434\u0438\u043d", "\u043e\u0434\u043d\u0430", "\u043e\u0434\u043d\u043e",
            "\u043e\u0434\u043d\u0435");
        units(RU | BG | SH, 2, "\u0434\u0432\u0430");
        units(RU | BG | SH, 2, "\u0434\u0432\u0435");
        units(RU, 2, "\u0434\u0432\u0456");
        units(RU | BG | SH, 3, "\u0442\u0440\u0438");
        units(RU, 4, "\u0447\u0435\u0442\u044b\u0440\u0435", "\u0447\u043e\u0442\u0438\u0440\u0438");
        units(RU, 5, "\u043f\u044f\u0442\u044c", "\u043f'\u044f\u0442\u044c");
        units(RU, 6, "\u0448\u0435\u0441\u0442\u044c", "\u0448\u0456\u0441\u0442\u044c");
        units(RU, 7, "\u0441\u0435\u043c\u044c", "\u0441\u0456\u043c");
        units(RU, 8, "\u0432\u043e\u0441\u0435\u043c\u044c", "\u0432\u0456\u0441\u0456\u043c");
        units(RU, 9, "\u0434\u0435\u0432\u044f\u0442\u044c", "\u0434\u0435\u0432'\u044f\u0442\u044c");
        add(RU | BG | SH, TEEN * 100 + 10, "\u0434\u0435\u0441\u044f\u0442\u044c", "\u0434\u0435\u0441\u0435\u0442");
        series(RU, TEEN, 11, 1, "\u043e\u0434\u0438\u043d\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0434\u0432\u0435\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0442\u0440\u0438\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0447\u0435\u0442\u044b\u0440\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u043f\u044f\u0442\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0448\u0435\u0441\u0442\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0441\u0435\u043c\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0432\u043e\u0441\u0435\u043c\u043d\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0434\u0435\u0432\u044f\u0442\u043d\u0430\u0434\u0446\u0430\u0442\u044c");
        series(RU, TEEN, 11, 1, "\u043e\u0434\u0438\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0434\u0432\u0430\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0442\u0440\u0438\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0447\u043e\u0442\u0438\u0440\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u043f'\u044f\u0442\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0448\u0456\u0441\u0442\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0441\u0456\u043c\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0432\u0456\u0441\u0456\u043c\u043d\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0434\u0435\u0432'\u044f\u0442\u043d\u0430\u0434\u0446\u044f\u0442\u044c");
        series(RU, TENS, 20, 10, "\u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c",
            "\u0442\u0440\u0438\u0434\u0446\u0430\u0442\u044c", "\u0441\u043e\u0440\u043e\u043a",
            "\u043f\u044f\u0442\u044c\u0434\u0435\u0441\u044f\u0442",
            "\u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442",
            "\u0441\u0435\u043c\u044c\u0434\u0435\u0441\u044f\u0442",
            "\u0432\u043e\u0441\u0435\u043c\u044c\u0434\u0435\u0441\u044f\u0442",
            "\u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442\u043e");
        series(RU, TENS, 20, 10, "\u0434\u0432\u0430\u0434\u0446\u044f\u0442\u044c",
            "\u0442\u0440\u0438\u0434\u0446\u044f\u0442\u044c", "\u0441\u043e\u0440\u043e\u043a",
            "\u043f'\u044f\u0442\u0434\u0435\u0441\u044f\u0442",
            "\u0448\u0456\u0441\u0442\u0434\u0435\u0441\u044f\u0442",
            "\u0441\u0456\u043c\u0434\u0435\u0441\u044f\u0442",
            "\u0432\u0456\u0441\u0456\u043c\u0434\u0435\u0441\u044f\u0442",
            "\u0434\u0435\u0432'\u044f\u043d\u043e\u0441\u0442\u043e");
        add(RU | BG | SH | HUNDREDS, UNIT * 100 + 1, "\u0441\u0442\u043e");
        series(RU | HUNDREDS, UNIT, 2, 1, "\u0434\u0432\u0435\u0441\u0442\u0438",
            "\u0442\u0440\u0438\u0441\u0442\u0430", "\u0447\u0435\u0442\u044b\u0440\u0435\u0441\u0442\u0430",
            "\u043f\u044f\u0442\u044c\u0441\u043e\u0442", "\u0448\u0435\u0441\u0442\u044c\u0441\u043e\u0442",
            "\u0441\u0435\u043c\u044c\u0441\u043e\u0442", "\u0432\u043e\u0441\u0435\u043c\u044c\u0441\u043e\u0442",
            "\u0434\u0435\u0432\u044f\u0442\u044c\u0441\u043e\u0442");
        series(RU | HUNDREDS, UNIT, 2, 1, "\u0434\u0432\u0456\u0441\u0442\u0456",
            "\u0442\u0440\u0438\u0441\u0442\u0430", "\u0447\u043e\u0442\u0438\u0440\u0438\u0441\u0442\u0430",
            "\u043f'\u044f\u0442\u0441\u043e\u0442", "\u0448\u0456\u0441\u0442\u0441\u043e\u0442",
            "\u0441\u0456\u043c\u0441\u043e\u0442", "\u0432\u0456\u0441\u0456\u043c\u0441\u043e\u0442",
            "\u0434\u0435\u0432'\u044f\u0442\u0441\u043e\u0442");
        units(BG | SH, 0, "\u043d\u0443\u043b\u0430");
        units(BG, 1, "\u0435\u0434\u043d\u043e", "\u0435\u0434\u0438\u043d", "\u0435\u0434\u043d\u0430",
            "\u0435\u0434\u0435\u043d");
        units(BG | SH, 4, "\u0447\u0435\u0442\u0438\u0440\u0438");
        units(BG | SH, 5, "\u043f\u0435\u0442");
        units(BG | SH, 6, "\u0448\u0435\u0441\u0442");
        units(BG, 7, "\u0441\u0435\u0434\u0435\u043c", "\u0441\u0435\u0434\u0443\u043c");
        units(BG, 8, "\u043e\u0441\u0435\u043c", "\u043e\u0441\u0443\u043c");
        units(BG | SH, 9, "\u0434\u0435\u0432\u0435\u0442");
        series(BG, TEEN, 11, 1, "\u0435\u0434\u0438\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0434\u0432\u0430\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0442\u0440\u0438\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u043f\u0435\u0442\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0448\u0435\u0441\u0442\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0441\u0435\u0434\u0435\u043c\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u043e\u0441\u0435\u043c\u043d\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0434\u0435\u0432\u0435\u0442\u043d\u0430\u0434\u0435\u0441\u0435\u0442");
        series(BG, TEEN, 11, 1, "\u0435\u0434\u0438\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u0434\u0432\u0430\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u0442\u0440\u0438\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u043f\u0435\u0442\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u0448\u0435\u0441\u0442\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u0441\u0435\u0434\u0435\u043c\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u043e\u0441\u0435\u043c\u043d\u0430\u0439\u0441\u0435\u0442",
            "\u0434\u0435\u0432\u0435\u0442\u043d\u0430\u0439\u0441\u0435\u0442");
        series(BG, TENS, 20, 10, "\u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0442\u0440\u0438\u0434\u0435\u0441\u0435\u0442",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u0434\u0435\u0441\u0435\u0442",
            "\u043f\u0435\u0442\u0434\u0435\u0441\u0435\u0442",
            "\u0448\u0435\u0441\u0442\u0434\u0435\u0441\u0435\u0442",
            "\u0441\u0435\u0434\u0435\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u043e\u0441\u0435\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u0434\u0435\u0432\u0435\u0442\u0434\u0435\u0441\u0435\u0442");
        series(BG, TENS, 20, 10, "\u0434\u0432\u0430\u0439\u0441\u0435\u0442",
            "\u0442\u0440\u0438\u0439\u0441\u0435\u0442",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u0439\u0441\u0435\u0442",
            "\u043f\u0435\u0442\u0434\u0435\u0441\u0435\u0442", "\u0448\u0435\u0439\u0441\u0435\u0442",
            "\u0441\u0435\u0434\u0435\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u043e\u0441\u0435\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u0434\u0435\u0432\u0435\u0442\u0434\u0435\u0441\u0435\u0442");
        series(BG, TENS, 20, 10, "\u0434\u0432\u0430\u0435\u0441\u0435\u0442",
            "\u0442\u0440\u0438\u0435\u0441\u0435\u0442",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u0435\u0441\u0435\u0442",
            "\u043f\u0435\u0434\u0435\u0441\u0435\u0442", "\u0448\u0435\u0435\u0441\u0435\u0442",
            "\u0441\u0435\u0434\u0443\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u043e\u0441\u0443\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u0434\u0435\u0432\u0435\u0434\u0435\u0441\u0435\u0442");
        add(BG, TENS * 100 + 40, "\u0447\u0435\u0442\u0438\u0440\u0435\u0441\u0435\u0442"); // "четиресет", as said
        series(BG | HUNDREDS, UNIT, 2, 1, "\u0434\u0432\u0435\u0441\u0442\u0430",
            "\u0442\u0440\u0438\u0441\u0442\u0430",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e\u0442\u0438\u043d",
            "\u043f\u0435\u0442\u0441\u0442\u043e\u0442\u0438\u043d",
            "\u0448\u0435\u0441\u0442\u0441\u0442\u043e\u0442\u0438\u043d",
            "\u0441\u0435\u0434\u0435\u043c\u0441\u0442\u043e\u0442\u0438\u043d",
            "\u043e\u0441\u0435\u043c\u0441\u0442\u043e\u0442\u0438\u043d",
            "\u0434\u0435\u0432\u0435\u0442\u0441\u0442\u043e\u0442\u0438\u043d");
        series(BG | HUNDREDS, UNIT, 2, 1, "\u0434\u0432\u0435\u0441\u0442\u0435",
            "\u0442\u0440\u0438\u0441\u0442\u0430",
            "\u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e\u0442\u0438\u043d\u0438",
            "\u043f\u0435\u0442\u0441\u0442\u043e\u0442\u0438\u043d\u0438",
            "\u0448\u0435\u0441\u0442\u043e\u0442\u0438\u043d\u0438",
            "\u0441\u0435\u0434\u0443\u043c\u0441\u0442\u043e\u0442\u0438\u043d\u0438",
            "\u043e\u0441\u0443\u043c\u0441\u0442\u043e\u0442\u0438\u043d\u0438",
            "\u0434\u0435\u0432\u0435\u0442\u0441\u0442\u043e\u0442\u0438\u043d\u0438");
        units(SH, 1, "\u0458\u0435\u0434\u0430\u043d", "\u0458\u0435\u0434\u043d\u0430",
            "\u0458\u0435\u0434\u043d\u043e");
        units(SH, 7, "\u0441\u0435\u0434\u0430\u043c");
        units(SH, 8, "\u043e\u0441\u0430\u043c");
        series(SH, TEEN, 11, 1, "\u0458\u0435\u0434\u0430\u043d\u0430\u0435\u0441\u0442",
            "\u0434\u0432\u0430\u043d\u0430\u0435\u0441\u0442", "\u0442\u0440\u0438\u043d\u0430\u0435\u0441\u0442",
            "\u0447\u0435\u0442\u0440\u043d\u0430\u0435\u0441\u0442",
            "\u043f\u0435\u0442\u043d\u0430\u0435\u0441\u0442", "\u0448\u0435\u0441\u043d\u0430\u0435\u0441\u0442",
            "\u0441\u0435\u0434\u0430\u043c\u043d\u0430\u0435\u0441\u0442",
            "\u043e\u0441\u0430\u043c\u043d\u0430\u0435\u0441\u0442",
            "\u0434\u0435\u0432\u0435\u0442\u043d\u0430\u0435\u0441\u0442");
        series(SH, TENS, 20, 10, "\u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442",
            "\u0442\u0440\u0438\u0434\u0435\u0441\u0435\u0442",
            "\u0447\u0435\u0442\u0440\u0434\u0435\u0441\u0435\u0442", "\u043f\u0435\u0434\u0435\u0441\u0435\u0442",
            "\u0448\u0435\u0437\u0434\u0435\u0441\u0435\u0442",
            "\u0441\u0435\u0434\u0430\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u043e\u0441\u0430\u043c\u0434\u0435\u0441\u0435\u0442",
            "\u0434\u0435\u0432\u0435\u0434\u0435\u0441\u0435\u0442");
        series(SH | HUNDREDS, UNIT, 2, 1, "\u0434\u0432\u0435\u0441\u0442\u0430",
            "\u0442\u0440\u0438\u0441\u0442\u0430", "\u0447\u0435\u0442\u0438\u0440\u0438\u0441\u0442\u043e",
            "\u043f\u0435\u0442\u0441\u0442\u043e", "\u0448\u0435\u0441\u0442\u043e",
            "\u0441\u0435\u0434\u0430\u043c\u0441\u0442\u043e", "\u043e\u0441\u0430\u043c\u0441\u0442\u043e",
            "\u0434\u0435\u0432\u0435\u0442\u0441\u0442\u043e");
        add(BG | SH, AND * 100, "\u0438");
        // Bulgarian in Latin letters, as callers type it and transcripts spell it ("nula osem osem devet, edno
        // dve tri"); the words it shares with Croatian, Slovenian and Slovak are theirs too.
        units(BG, 0, "nula");
        units(BG, 1, "edno", "edna", "edin");
        units(BG, 2, "dve", "dva");
        units(BG, 3, "tri");
        units(BG, 4, "chetiri");
        add(BG | AMBIGUOUS, UNIT * 100 + 5, "pet");
        units(BG, 6, "shest");
        units(BG, 7, "sedem");
        units(BG, 8, "osem");
        units(BG, 9, "devet");
        add(BG, TEEN * 100 + 10, "deset");
        series(BG, TEEN, 11, 1, "edinadeset", "dvanadeset", "trinadeset", "chetirinadeset", "petnadeset", "shestnadeset",
            "sedemnadeset", "osemnadeset", "devetnadeset");
        series(BG, TEEN, 11, 1, "edinayset", "dvanayset", "trinayset", "chetirinayset", "petnayset", "shestnayset",
            "sedemnayset", "osemnayset", "devetnayset");
        series(BG, TENS, 20, 10, "dvadeset", "trideset", "chetirideset", "petdeset", "shestdeset", "sedemdeset",
            "osemdeset", "devetdeset");
        add(BG, TENS * 100 + 20, "dvayset");
        add(BG, TENS * 100 + 30, "triyset");
        // Hundreds of the Slovak, Hungarian, Baltic and Finnish numbers ("dvesto", "négyszáz", "kakssada",
        // "kaksisataa"), written apart or glued to the rest (gluedHundreds: "tristoosemnásť" 318,
        // "négyszáztizennyolc" 418); Latvian and Lithuanian multiply a unit before them as Czech "sta"
        // does ("četri simti" 400, "šeši šimtai" 600).
        add(SK | HUNDREDS | AMBIGUOUS, UNIT * 100 + 1, "sto");
        series(SK | HUNDREDS, UNIT, 2, 1, "dvesto", "tristo", "\u0161tyristo", "p\u00e4\u0165sto",
            "\u0161es\u0165sto", "sedemsto", "osemsto", "dev\u00e4\u0165sto");
        add(HU | HUNDREDS, UNIT * 100 + 1, "sz\u00e1z", "egysz\u00e1z");
        series(HU | HUNDREDS, UNIT, 2, 1, "k\u00e9tsz\u00e1z", "h\u00e1romsz\u00e1z", "n\u00e9gysz\u00e1z",
            "\u00f6tsz\u00e1z", "hatsz\u00e1z", "h\u00e9tsz\u00e1z", "nyolcsz\u00e1z", "kilencsz\u00e1z");
        add(ET | HUNDREDS | AMBIGUOUS, UNIT * 100 + 1, "sada");
        series(ET | HUNDREDS, UNIT, 2, 1, "kakssada", "kolmsada", "nelisada", "viissada", "kuussada", "seitsesada",
            "kaheksasada", "\u00fcheksasada");
        add(FI | HUNDREDS | AMBIGUOUS, UNIT * 100 + 1, "sata");
        series(FI | HUNDREDS, UNIT, 2, 1, "kaksisataa", "kolmesataa", "nelj\u00e4sataa", "viisisataa", "kuusisataa",
            "seitsem\u00e4nsataa", "kahdeksansataa", "yhdeks\u00e4nsataa");
        add(LV | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "simts", "simti", "simt");
        series(LV | HUNDREDS, UNIT, 2, 1, "divsimt", "tr\u012bssimt", "\u010detrsimt", "piecsimt", "se\u0161simt",
            "septi\u0146simt", "asto\u0146simt", "devi\u0146simt");
        add(LT | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "\u0161imtas", "\u0161imtai");
        series(FI, TEEN, 11, 1, "yksitoista", "kaksitoista", "kolmetoista", "nelj\u00e4toista", "viisitoista",
            "kuusitoista", "seitsem\u00e4ntoista", "kahdeksantoista", "yhdeks\u00e4ntoista");
        series(FI, TENS, 20, 10, "kaksikymment\u00e4", "kolmekymment\u00e4", "nelj\u00e4kymment\u00e4",
            "viisikymment\u00e4", "kuusikymment\u00e4", "seitsem\u00e4nkymment\u00e4", "kahdeksankymment\u00e4",
            "yhdeks\u00e4nkymment\u00e4");
        // Swiss German, as callers say it: "null sibe nüün, zwei drei vier, füüf sächs" ("eis" is ice).
        add(DE | AMBIGUOUS, UNIT * 100 + 1, "eis");
        units(DE, 0, "n\u00fcll");
        units(DE, 2, "zw\u00f6i");
        units(DE, 3, "dr\u00fc", "dr\u00fc\u00fc");
        units(DE, 5, "f\u00fc\u00fcf", "f\u00fcf", "f\u00f6if");
        units(DE, 6, "s\u00e4chs");
        units(DE, 7, "sibe", "siebe", "sib\u00e4");
        units(DE, 9, "n\u00fc\u00fcn", "n\u00fcn");
        // Swabian, Bavarian and Saxon say a digit alone with an "e" ("f\u00fcnfe, sechse, dreie"; not "achte",
        // the eighth); Bavarian "f\u00fcmf", "siem", "neine", Saxon "eens" (Dutch "once", "agreed").
        units(DE, 3, "dreie");
        units(DE, 4, "viere");
        units(DE, 5, "f\u00fcnfe", "fuenfe", "f\u00fcmf", "f\u00fcmfe");
        units(DE, 6, "sechse");
        units(DE, 7, "siebene", "siem", "siebm");
        units(DE, 9, "neune", "neine");
        units(DE | AMBIGUOUS, 1, "eens");
        // Swabian "oins", "zwoi", "sibbe" (Cologne's seven too), teens cut to "-zeh" ("vierzeh", "achtzeh"); Cologne
        // and Berlin "fuffzig", Cologne "dressich" ("achtunddressich" 38).
        units(DE, 1, "oins");
        units(DE, 2, "zwoi");
        units(DE, 7, "sibbe");
        series(DE, TEEN, 13, 1, "dreizeh", "vierzeh", "f\u00fcnfzeh", "sechzeh", "siebzeh", "achtzeh", "neunzeh");
        add(DE, TEEN * 100 + 15, "fuffzehn", "fuffzeh");
        add(DE, TENS * 100 + 30, "dressich", "drei\u00dfich");
        add(DE, TENS * 100 + 50, "fuffzig", "fuffzich");
        // Its teens and tens ("vierzg, s\u00e4chsezw\u00e4nzg", "achz\u00e4"; "z\u00e4h" is tough), and the
        // compounds of a unit, "e" and tens below.
        add(DE | AMBIGUOUS, TEEN * 100 + 10, "z\u00e4h");
        add(DE, TEEN * 100 + 13, "driz\u00e4h");
        add(DE, TEEN * 100 + 14, "vierz\u00e4h");
        add(DE, TEEN * 100 + 15, "f\u00fcfz\u00e4h", "f\u00f6ifz\u00e4h");
        add(DE, TEEN * 100 + 16, "s\u00e4chz\u00e4h");
        add(DE, TEEN * 100 + 17, "sibz\u00e4h");
        add(DE, TEEN * 100 + 18, "achz\u00e4h", "achz\u00e4");
        add(DE, TEEN * 100 + 19, "n\u00fcnz\u00e4h", "n\u00fc\u00fcnz\u00e4h");
        series(DE, TENS, 20, 10, "zw\u00e4nzg", "drissg", "vierzg", "f\u00fcfzg", "s\u00e4chzg", "sibezg", "achzg",
            "n\u00fcnzg");
        add(DE, TENS * 100 + 50, "f\u00f6ifzg");
        add(DE, TENS * 100 + 90, "n\u00fc\u00fcnzg");
        // Tamil and Telugu in Latin letters, as Indian callers' speech is transcribed ("onbadhu ettu naalu
        // rendu, poojyam moonu, ...", "tommidi aidu, okati okati, ..."); one bit for both, which share
        // "rendu" (2) and "aaru" (6). Telugu's "edu" (7) and Tamil's "elu" (7) and "nalu" (4) are
        // everyday words or a domain's end elsewhere: read only beside their other number words.
        // Kannada's and Malayalam's words where they differ ("ombattu elu naalku ondu, eradu mooru sonne",
        // "ombathu naalu, poojyam onnu, randu randu moonu") share the bit.
        // (Tamil's everyday zero from Arabic "sifr", "சைபர்", in Latin letters: "saibar ezhu rendu".)
        units(DRAVIDIAN, 0, "poojyam", "pujyam", "sunnam", "sunna", "soonya", "saibar", "saiber", "caipar");
        units(DRAVIDIAN, 1, "onnu", "ondru", "onru", "okati", "okkati", "ondu");
        units(DRAVIDIAN, 2, "rendu", "irandu", "randu", "eradu", "yeradu", "erdu");
        units(DRAVIDIAN, 3, "moonu", "moonnu", "moondru", "munu", "moodu", "mudu", "mooru", "muru");
        units(DRAVIDIAN, 4, "naalu", "naangu", "naalugu", "nalugu", "naalku", "nalku");
        units(DRAVIDIAN, 5, "anju", "anchu", "aindhu", "ainthu", "aidu", "ayidu");
        units(DRAVIDIAN, 6, "aaru");
        units(DRAVIDIAN, 7, "ezhu", "yedu", "yelu");
        units(DRAVIDIAN, 8, "ettu", "enimidi", "enmidi", "entu", "yentu");
        units(DRAVIDIAN, 9, "onbadhu", "onbathu", "ombodhu", "tommidi", "thommidi", "ombattu", "ombhattu", "ombathu",
            "onpathu", "onpadhu");
        units(DRAVIDIAN | AMBIGUOUS, 0, "sonne");
        units(DRAVIDIAN | AMBIGUOUS, 4, "nalu");
        units(DRAVIDIAN | AMBIGUOUS, 7, "edu", "elu");
        // Somali (Britain's and the Gulf's centres hear it: "eber toddoba saddex sagaal kow, shan shan
        // toddoba, ..."). "eber", "kow", "laba", "afar", "shan" and "lix" are words or names elsewhere:
        // read only beside its other number words.
        units(SO, 3, "saddex");
        units(SO, 7, "toddoba");
        units(SO | AMBIGUOUS, 2, "labo"); // "laba" as Somali callers also say it
        units(SO, 8, "siddeed");
        units(SO, 9, "sagaal");
        units(SO | AMBIGUOUS, 0, "eber");
        units(SO | AMBIGUOUS, 1, "kow");
        units(SO | AMBIGUOUS, 2, "laba");
        units(SO | AMBIGUOUS, 4, "afar");
        units(SO | AMBIGUOUS, 5, "shan");
        units(SO | AMBIGUOUS, 6, "lix");
        // ... or in a long run of its own words ("lix eber laba, shan shan shan, eber kow lix afar").
        long so = SO | LONG_RUN;
        alternative(so, UNIT * 100, "eber");
        alternative(so, UNIT * 100 + 1, "kow");
        alternative(so, UNIT * 100 + 2, "laba");
        alternative(so, UNIT * 100 + 4, "afar");
        alternative(so, UNIT * 100 + 5, "shan");
        alternative(so, UNIT * 100 + 6, "lix");
        // Māori, as New Zealand callers say a number in it ("kore rua tahi, rima waru toru, iwa whā ono rua").
        // "kore", "rua", "rima", "ono" and "iwa" are words of other languages too: read only beside its others.
        units(MI, 1, "tahi");
        units(MI, 3, "toru");
        units(MI, 4, "wh\u0101", "wha");
        units(MI, 7, "whitu");
        units(MI, 8, "waru");
        units(MI | AMBIGUOUS, 0, "kore");
        units(MI | AMBIGUOUS, 2, "rua");
        units(MI | AMBIGUOUS, 5, "rima");
        units(MI | AMBIGUOUS, 6, "ono");
        units(MI | AMBIGUOUS, 9, "iwa");
        // Hmong, as Minnesota's and California's callers say a number ("rau ib ob, tsib tsib tsib, xoom ib cuaj
        // plaub"), on Māori's bit too: "ib", "ob" and "rau" (German "rough") only beside the others.
        units(MI, 0, "xoom");
        units(MI, 3, "peb");
        units(MI, 4, "plaub");
        units(MI, 5, "tsib");
        units(MI, 7, "xya");
        units(MI, 8, "yim");
        units(MI, 9, "cuaj");
        units(MI | AMBIGUOUS, 1, "ib");
        units(MI | AMBIGUOUS, 2, "ob");
        units(MI | AMBIGUOUS, 6, "rau");
        // Samoan and Tongan, as Pacific callers in New Zealand and Australia say a number ("selo lua lua, selo
        // tasi lua", "noa fitu, valu ua tolu"): Polynesian like Māori, so they share its bit. Words that are
        // everyday words or names elsewhere (Portuguese "lua", Italian "iva", "fa", the names Noa, Taha, Nima)
        // are read only beside the others.
        units(MI, 1, "tasi");
        units(MI, 3, "tolu");
        units(MI, 4, "f\u0101");
        units(MI, 7, "fitu");
        units(MI, 8, "valu");
        units(MI | AMBIGUOUS, 0, "selo", "noa");
        units(MI | AMBIGUOUS, 1, "taha");
        units(MI | AMBIGUOUS, 2, "lua", "ua");
        units(MI | AMBIGUOUS, 4, "fa");
        units(MI | AMBIGUOUS, 5, "lima", "nima");
        units(MI | AMBIGUOUS, 9, "iva", "hiva");
        // Hausa, Yoruba, Igbo, Twi and Luganda, as Nigerian, Ghanaian and Ugandan callers say a number ("sifiri
        // takwas daya uku", "hwee mmienu ɛnan", "zeero musanvu musanvu bbiri"). Words that are words or names
        // elsewhere ("emu", "tara", "enum", "otu", "ano", "ise", "odo", "efa", "esan") are read only beside the others.
        units(AFRICAN, 0, "sifiri", "hwee", "efu", "zeero");
        units(AFRICAN, 1, "baako", "ookan");
        units(AFRICAN, 2, "biyu", "mmienu", "abuo", "eeji", "bbiri");
        units(AFRICAN, 3, "mmi\u025bnsa", "mmiensa", "eeta", "ssatu");
        units(AFRICAN, 4, "hudu", "\u025bnan", "eerin", "nnya");
        units(AFRICAN, 5, "biyar", "aarun", "ttaano");
        units(AFRICAN, 6, "nsia", "isii", "mukaaga");
        units(AFRICAN, 7, "bakwai", "nson", "asaa", "eeje", "musanvu");
        units(AFRICAN, 8, "takwas", "nw\u0254twe", "nwotwe", "asato", "eejo", "munaana");
        units(AFRICAN, 9, "nkron", "itoolu", "mwenda");
        add(AFRICAN | AMBIGUOUS, UNIT * 100, "odo");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 1, "daya", "otu", "emu");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 3, "uku", "ato");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 4, "ano", "enan");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 5, "enum", "ise");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 6, "shida", "efa");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 8, "ejo");
        add(AFRICAN | AMBIGUOUS, UNIT * 100 + 9, "tara", "esan");
        // Albanian (Italy's and Greece's centres hear it: "zero gjashtë nëntë, katër shtatë dy, një një tetë
        // zero"), with and without its ë. "pese" (Portuguese "weigh"), "tete" (French "tête") and "nje" are read
        // only beside its other number words; "tre" is Italian's too.
        units(SQ | IT | NORDIC, 3, "tre");
        units(SQ, 0, "zero");
        units(SQ, 1, "nj\u00eb");
        units(SQ, 2, "dy");
        units(SQ, 4, "kat\u00ebr", "kater");
        units(SQ, 5, "pes\u00eb");
        units(SQ, 6, "gjasht\u00eb", "gjashte");
        units(SQ, 7, "shtat\u00eb", "shtate");
        units(SQ, 8, "tet\u00eb");
        units(SQ, 9, "n\u00ebnt\u00eb", "nente");
        units(SQ | AMBIGUOUS, 1, "nje");
        units(SQ | AMBIGUOUS, 5, "pese");
        units(SQ | AMBIGUOUS, 8, "tete");
        series(SQ, TENS, 20, 10, "nj\u00ebzet", "tridhjet\u00eb", "dyzet", "pes\u00ebdhjet\u00eb", "gjasht\u00ebdhjet\u00eb",
            "shtat\u00ebdhjet\u00eb", "tet\u00ebdhjet\u00eb", "n\u00ebnt\u00ebdhjet\u00eb");
        add(SQ, TEEN * 100 + 10, "dhjet\u00eb");
        // Welsh (the councils, utilities and public services of Wales answer in it): "dim un naw saith dim,
        // chwech un dau, ...". Its "dim", "un", "tri", "pump", "naw" and "deg" are everyday words or
        // other languages' numbers too: read only beside its other number words.
        units(CY, 2, "dau", "dwy", "ddau", "ddwy");
        units(CY, 3, "tair", "dair");
        units(CY, 4, "pedwar", "pedair", "bedwar", "bedair");
        units(CY, 6, "chwech", "chwe");
        add(CY, DOUBLE * 100, "dwbl");
        add(CY, TRIPLE * 100, "trebl");
        units(CY, 7, "saith");
        units(CY, 8, "wyth");
        units(CY | AMBIGUOUS, 0, "dim");
        units(CY | AMBIGUOUS, 1, "un");
        units(CY | AMBIGUOUS, 3, "tri");
        units(CY | AMBIGUOUS, 5, "pump", "bump");
        units(CY | AMBIGUOUS, 9, "naw");
        // Haitian Creole (callers of French-speaking centres, and of US centres in Florida and New
        // York): "sèt uit sis, senk senk senk, zewo en kat sis". Its "en" (1), "de" (2), "sis", "kat",
        // "uit" and "wit" are everyday words elsewhere: read only beside its other number words.
        units(HT, 0, "zewo");
        units(HT, 1, "youn");
        units(HT, 3, "twa");
        units(HT, 5, "senk");
        units(HT, 7, "s\u00e8t");
        units(HT, 9, "n\u00e8f");
        units(HT | AMBIGUOUS, 1, "en");
        units(HT | AMBIGUOUS, 2, "de");
        units(HT | AMBIGUOUS, 4, "kat");
        units(HT | AMBIGUOUS, 6, "sis");
        units(HT | AMBIGUOUS, 8, "uit", "wit");
        // Its tens and teens, joined to a unit by a hyphen ("trant-kat, senkant-de, swasant-sèt, katreven-en":
        // 34 52 67 81); "ven" (20) and "dis" (10) are everyday words elsewhere.
        series(HT, TENS, 30, 10, "trant", "karant", "senkant", "swasant");
        add(HT, TENS * 100 + 70, "swasanndis");
        add(HT, TENS * 100 + 80, "katreven");
        add(HT, TENS * 100 + 90, "katrevendis");
        add(HT | AMBIGUOUS, TENS * 100 + 20, "ven");
        add(HT | AMBIGUOUS, TEEN * 100 + 10, "dis");
        series(HT, TEEN, 11, 1, "onz", "douz", "tr\u00e8z", "kat\u00f2z", "kenz", "s\u00e8z", "dis\u00e8t", "dizwit",
            "dizn\u00e8f");
        add(HT, TEEN * 100 + 18, "dizuit");
        add(HT, PLUS * 100, "plis");
        // The French creoles of the Antilles, Guyane and Réunion share the bit ("zéro sis nèf dé, karant-sèt,
        // dis-wit, trant-inn", "katrevin-dis-nèf"): their French spellings of zero, one, two and eighty.
        units(HT, 0, "z\u00e9ro");
        units(HT | AMBIGUOUS, 1, "inn");
        units(HT | AMBIGUOUS, 2, "d\u00e9");
        add(HT, TENS * 100 + 80, "katrevin");
        // Luxembourgish, counted as German (its "null" and "sechs" are German's): "sechs zwee eent, zwielef,
        // véierandrësseg, sechsafofzeg". Its "een" and "eng" (one) are everyday words, "een" Dutch too.
        units(DE, 1, "eent");
        units(DE, 2, "zwee");
        units(DE, 3, "dr\u00e4i");
        units(DE, 4, "v\u00e9ier");
        units(DE, 5, "f\u00ebnnef");
        units(DE, 7, "siwen");
        units(DE, 8, "aacht");
        units(DE, 9, "n\u00e9ng");
        series(DE, TEEN, 10, 1, "z\u00e9ng", "eelef", "zwielef", "dr\u00e4iz\u00e9ng", "v\u00e9ierz\u00e9ng",
            "fofz\u00e9ng", "siechz\u00e9ng", "siwwenz\u00e9ng", "uechtz\u00e9ng", "nonz\u00e9ng");
        series(DE, TENS, 20, 10, "zwanzeg", "dr\u00ebsseg", "v\u00e9ierzeg", "fofzeg", "sechzeg", "siwwenzeg",
            "achtzeg", "nonzeg");
        add(DE | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "honnert");
        // Bavarian, counted as German: "null oans sieben fünf, zwoa zwoa, ...", and its compounds below.
        units(DE, 1, "oans");
        units(DE, 2, "zwoa");
        // German, Dutch, Swedish and Norwegian hundreds, alone, after a unit ("vier hundert") or glued to
        // the rest ("dreihundertvierundzwanzig" 324, "vierhonderdzeventig" 470, "etthundratjugotre" 123).
        add(DE | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "hundert");
        series(DE | HUNDREDS, UNIT, 1, 1, "einhundert", "zweihundert", "dreihundert", "vierhundert", "f\u00fcnfhundert",
            "sechshundert", "siebenhundert", "achthundert", "neunhundert");
        // Swiss German's ("drüühundertachtzg" 380, "föifhundertnüünesächzg" 569).
        add(DE | HUNDREDS, UNIT * 100 + 1, "eihundert");
        add(DE | HUNDREDS, UNIT * 100 + 2, "zw\u00f6ihundert");
        add(DE | HUNDREDS, UNIT * 100 + 3, "dr\u00fc\u00fchundert");
        add(DE | HUNDREDS, UNIT * 100 + 5, "f\u00f6ifhundert");
        add(DE | HUNDREDS, UNIT * 100 + 6, "s\u00e4chshundert");
        add(DE | HUNDREDS, UNIT * 100 + 7, "sibehundert");
        add(DE | HUNDREDS, UNIT * 100 + 9, "n\u00fc\u00fcnhundert");
        add(NL | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "honderd");
        series(NL | HUNDREDS, UNIT, 2, 1, "tweehonderd", "driehonderd", "vierhonderd", "vijfhonderd", "zeshonderd",
            "zevenhonderd", "achthonderd", "negenhonderd");
        add(NORDIC | HUNDREDS | MULTIPLIES, UNIT * 100 + 1, "hundra", "hundre", "hundrede");
        series(NORDIC | HUNDREDS, UNIT, 1, 1, "etthundra", "tv\u00e5hundra", "trehundra", "fyrahundra", "femhundra",
            "sexhundra", "sjuhundra", "\u00e5ttahundra", "niohundra");
        series(NORDIC | HUNDREDS, UNIT, 1, 1, "etthundre", "tohundre", "trehundre", "firehundre", "femhundre",
            "sekshundre", "syvhundre", "\u00e5ttehundre", "nihundre");
        // Written without their accents ("piec", "sifir", "dort") they may be words of another language.
        for (Map.Entry<String, Long> entry : List.copyOf(ENTRIES.entrySet())) {
            String plain = withoutAccents(entry.getKey());
            if (!plain.equals(entry.getKey()) && !ENTRIES.containsKey(plain)) {
                boolean ascii = plain.chars().allMatch(c -> c < 128);
                ENTRIES.put(plain, entry.getValue() | (ascii ? AMBIGUOUS << CODE_BITS : 0));
            }
        }

        linked(DE, LINKED_UNITS, "ein", "zwei", "drei", "vier", "f\u00fcnf", "sechs", "sieben", "acht", "neun");
        LINKED_UNITS.add(new Part("fuenf", 5, DE));
        LINKED_UNITS.add(new Part("zwo", 2, DE)); // "zwoundneunzig", as "zwo" is said for "zwei" apart
        // Bavarian compounds: "zwoaradreißig" 32, "oanazwanzig" 21 (unit, an "a" with an r or n before it, tens).
        LINKED_UNITS.add(new Part("zwoa", 2, DE));
        LINKED_UNITS.add(new Part("oa", 1, DE));
        LINKS.add(new Part("ra", 0, DE));
        LINKS.add(new Part("na", 0, DE));
        linked(NORDIC, LINKED_UNITS, "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni");
        LINKED_UNITS.add(new Part("et", 1, NORDIC));
        linked(NL, LINKED_UNITS, "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen");
        linked(NL, LINKED_UNITS, "ien", "twa", "trije", "fjouwer", "fiif", "seis", "s\u00e2n", "acht", "njoggen");
        LINKED_UNITS.add(new Part("\u00e9\u00e9n", 1, NL)); // "\u00e9\u00e9nentwintig", stressed as the numeral is
        // Luxembourgish compounds: "eenanzwanzeg" 21, "véierandrësseg" 34, "sechsafofzeg" 56 (its "an" is
        // "a" before most consonants).
        linked(DE, LINKED_UNITS, "een", "zwee", "dr\u00e4i", "v\u00e9ier", "f\u00ebnnef", "siwen", "aacht", "n\u00e9ng");
        LINKS.add(new Part("an", 0, DE));
        LINKS.add(new Part("a", 0, DE));
        // Swiss German compounds: "s\u00e4chsezw\u00e4nzg" 26, "einevierzg" 41 (unit, "e", tens).
        linked(DE, LINKED_UNITS, "ein", "zw\u00f6i", "dr\u00fc", "vier", "f\u00f6if", "s\u00e4chs", "siben", "acht",
            "n\u00fcn");
        LINKED_UNITS.add(new Part("f\u00fcf", 5, DE));
        LINKED_UNITS.add(new Part("n\u00fc\u00fcn", 9, DE));
        LINKS.add(new Part("e", 0, DE));
        tensParts(DE, LINKED_TENS, "zw\u00e4nzg", "drissg", "vierzg", "f\u00fcfzg", "s\u00e4chzg", "sibezg", "achzg",
            "n\u00fcnzg");
        LINKED_TENS.add(new Part("f\u00f6ifzg", 50, DE));
        tensParts(DE, LINKED_TENS, "zwanzeg", "dr\u00ebsseg", "v\u00e9ierzeg", "fofzeg", "sechzeg", "siwwenzeg",
            "achtzeg", "nonzeg");
        LINKS.add(new Part("und", 0, DE));
        LINKS.add(new Part("og", 0, NORDIC));
        LINKS.add(new Part("en", 0, NL));
        LINKS.add(new Part("\u00ebn", 0, NL));
        tensParts(DE, LINKED_TENS, "zwanzig", "drei\u00dfig", "vierzig", "f\u00fcnfzig", "sechzig", "siebzig",
            "achtzig", "neunzig");
        LINKED_TENS.add(new Part("tredve", 30, NORDIC));
        LINKED_TENS.add(new Part("achtzg", 80, DE)); // Swiss German's eighty as some say it
        LINKED_TENS.add(new Part("dressich", 30, DE));
        LINKED_TENS.add(new Part("drei\u00dfich", 30, DE));
        LINKED_TENS.add(new Part("fuffzig", 50, DE));
        LINKED_TENS.add(new Part("dreissig", 30, DE));
        LINKED_TENS.add(new Part("fuenfzig", 50, DE));
        tensParts(NORDIC, LINKED_TENS, "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs",
            "halvfems");
        tensParts(NL, LINKED_TENS, "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
            "negentig");
        tensParts(NL, LINKED_TENS, "tweintich", "tritich", "fjirtich", "fyftich", "sechstich", "santich", "tachtich",
            "njoggentich");
        tensParts(NORDIC, TENS_HEADS, "tjue", "tretti", "f\u00f8rti", "femti", "seksti", "sytti", "\u00e5tti", "nitti");
        tensParts(NORDIC, TENS_HEADS, "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "\u00e5ttio", "nittio");
        tensParts(NORDIC, TENS_HEADS, "tjuge", "tretti", "fyrti", "femti", "sexti", "sjutti", "\u00e5tti", "nitti");
        tensParts(IT, TENS_HEADS, "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
            "novanta");
        linked(NORDIC, UNIT_TAILS, "en", "to", "tre", "fire", "fem", "seks", "sju", "\u00e5tte", "ni");
        linked(NORDIC, UNIT_TAILS, "ett", "tv\u00e5", "tre", "fyra", "fem", "sex", "sju", "\u00e5tta", "nio");
        UNIT_TAILS.add(new Part("syv", 7, NORDIC)); // Norwegian Bokmål's other seven: "nittisyv"
        linked(IT, UNIT_TAILS, "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove");
        // Hungarian: "tizenkettő" 12, "huszonegy" 21, "harminchat" 36.
        TENS_HEADS.add(new Part("tizen", 10, HU));
        tensParts(HU, TENS_HEADS, "huszon", "harminc", "negyven", "\u00f6tven", "hatvan", "hetven", "nyolcvan",
            "kilencven");
        linked(HU, UNIT_TAILS, "egy", "kett\u0151", "h\u00e1rom", "n\u00e9gy", "\u00f6t", "hat", "h\u00e9t", "nyolc",
            "kilenc");
        UNIT_TAILS.add(new Part("tr\u00e9", 3, IT));
        // Slovak and Czech glue tens and unit ("štyridsaťsedem" 47, "dvacetpět" 25), Slovenian says
        // the unit first, as German does ("štiriindvajset" 24, "petinšestdeset" 65).
        tensParts(SK, TENS_HEADS, "dvadsa\u0165", "tridsa\u0165", "\u0161tyridsa\u0165", "p\u00e4\u0165desiat",
            "\u0161es\u0165desiat", "sedemdesiat", "osemdesiat", "dev\u00e4\u0165desiat");
        linked(SK, UNIT_TAILS, "jeden", "dva", "tri", "\u0161tyri", "p\u00e4\u0165", "\u0161es\u0165", "sedem", "osem",
            "dev\u00e4\u0165");
        tensParts(FI, TENS_HEADS, "kaksikymment\u00e4", "kolmekymment\u00e4", "nelj\u00e4kymment\u00e4",
            "viisikymment\u00e4", "kuusikymment\u00e4", "seitsem\u00e4nkymment\u00e4", "kahdeksankymment\u00e4",
            "yhdeks\u00e4nkymment\u00e4");
        linked(FI, UNIT_TAILS, "yksi", "kaksi", "kolme", "nelj\u00e4", "viisi", "kuusi", "seitsem\u00e4n", "kahdeksan",
            "yhdeks\u00e4n");
        tensParts(FI, TENS_HEADS, "kakskyt", "kolkyt", "nelkyt", "viiskyt", "kuuskyt", "seitkyt", "kasikyt", "yhekskyt");
        linked(FI, UNIT_TAILS, "yks", "kaks", "kolme", "nelj\u00e4", "viis", "kuus", "seittem\u00e4n", "kaheksan",
            "yheks\u00e4n");
        tensParts(CS, TENS_HEADS, "dvacet", "t\u0159icet", "\u010dty\u0159icet", "pades\u00e1t", "\u0161edes\u00e1t",
            "sedmdes\u00e1t", "osmdes\u00e1t", "devades\u00e1t");
        linked(CS, UNIT_TAILS, "jedna", "dva", "t\u0159i", "\u010dty\u0159i", "p\u011bt", "\u0161est", "sedm", "osm",
            "dev\u011bt");
        linked(SL, LINKED_UNITS, "ena", "dva", "tri", "\u0161tiri", "pet", "\u0161est", "sedem", "osem", "devet");
        LINKS.add(new Part("in", 0, SL));
        tensParts(SL, LINKED_TENS, "dvajset", "trideset", "\u0161tirideset", "petdeset", "\u0161estdeset",
            "sedemdeset", "osemdeset", "devetdeset");

        WORDS = WordTable.of(new ArrayList<>(ENTRIES.keySet()), new ArrayList<>(ENTRIES.values()));
        ALTERNATIVES = WordTable.of(ALTERNATIVE_WORDS, ALTERNATIVE_ENTRIES);
        Map<Character, List<Part>> heads = new HashMap<>();
        for (List<Part> parts : List.of(LINKED_UNITS, TENS_HEADS)) {
            parts.forEach(part -> heads.computeIfAbsent(part.word().charAt(0), c -> new ArrayList<>()).add(part));
        }
        heads.forEach((first, parts) -> HEADS_BY_FIRST[first] = parts.toArray(new Part[0]));
        Map<Character, List<Part>> gluedHeads = new HashMap<>();
        ENTRIES.forEach((word, entry) -> {
            long info = entry >>> CODE_BITS;
            if ((info & HUNDREDS) != 0 && (info & MULTIPLIES) == 0 && (info & GLUING) != 0) {
                gluedHeads.computeIfAbsent(word.charAt(0), c -> new ArrayList<>())
                        .add(new Part(word, (int) (entry & CODE_MASK) % 100, info & LANGUAGES));
            }
        });
        // "hundert" and "honderd" alone multiply the unit before them ("zwei hundert"), and glued to
        // the rest they are one hundred: "hundertzweiundneunzig" 192, "honderdtwintig" 120.
        gluedHeads.computeIfAbsent('h', c -> new ArrayList<>()).add(new Part("hundert", 1, DE));
        gluedHeads.get('h').add(new Part("honderd", 1, NL));
        gluedHeads.forEach((first, parts) -> GLUED_HUNDREDS_BY_FIRST[first] = parts.toArray(new Part[0]));
    }

    /**
     * Words by lower-case first char and length, so that a lookup needs no lower-cased copy, each with
     * its table entry and its upper-case last char (most words that are no number word fail on it),
     * and per bucket, bit {@code c & 63} set for each such last char {@code c}. Buckets keep the order
     * of the words given.
     */
    private record WordTable(String[][][] words, long[][][] entries, char[][][] lasts, long[][] lastMasks,
            int longest) {

        static WordTable of(List<String> words, List<Long> entries) {
            int longest = words.stream().mapToInt(String::length).max().orElse(0);
            Map<Character, Map<Integer, List<Integer>>> grouped = new HashMap<>();
            for (int k = 0; k < words.size(); k++) {
                String word = words.get(k);
                grouped.computeIfAbsent(word.charAt(0), c -> new HashMap<>())
                        .computeIfAbsent(word.length(), n -> new ArrayList<>()).add(k);
            }
            WordTable table = new WordTable(new String[INDEXED][][], new long[INDEXED][][], new char[INDEXED][][],
                    new long[INDEXED][], longest);
            grouped.forEach((first, byLength) -> {
                table.words[first] = new String[longest + 1][];
                table.entries[first] = new long[longest + 1][];
                table.lasts[first] = new char[longest + 1][];
                table.lastMasks[first] = new long[longest + 1];
                byLength.forEach((length, indexes) -> {
                    table.words[first][length] = indexes.stream().map(words::get).toArray(String[]::new);
                    table.entries[first][length] = indexes.stream().mapToLong(entries::get).toArray();
                    table.lasts[first][length] = new char[indexes.size()];
                    for (int k = 0; k < indexes.size(); k++) {
                        char last = Character.toUpperCase(words.get(indexes.get(k)).charAt(length - 1));
                        table.lasts[first][length][k] = last;
                        table.lastMasks[first][length] |= 1L << last;
                    }
                });
            });
            return table;
        }

        /** Whether some word starts with {@code first} (lower case, below {@link #INDEXED}) and has {@code length} chars. */
        boolean has(char first, int length) {
            return length <= longest && words[first] != null && words[first][length] != null;
        }
    }

    private static void add(long info, int code, String... words) {
        for (String word : words) {
            long entry = info << CODE_BITS | code;
            // Ukrainian "п'ять" is typed with any of three apostrophes.
            List<String> spellings = word.indexOf('\'') < 0 ? List.of(word)
                    : List.of(word, word.replace('\'', '\u2019'), word.replace('\'', '\u02bc'));
            for (String spelling : spellings) {
                // A word two languages share with the same value is a word of both; unambiguous if either says so.
                ENTRIES.merge(spelling, entry, (old, now) -> (old & CODE_MASK) != (now & CODE_MASK) ? old
                        : (old | now) & ~((AMBIGUOUS << CODE_BITS) & ~(old & now)));
            }
        }
    }

    /** A word read as {@code code} only where its language is sure ({@link #ALTERNATIVE_WORDS}). */
    private static void alternative(long info, int code, String... words) {
        for (String word : words) {
            ALTERNATIVE_WORDS.add(word);
            ALTERNATIVE_ENTRIES.add(info << CODE_BITS | code);
        }
    }

    private static void units(long languages, int value, String... words) {
        add(languages, UNIT * 100 + value, words);
    }

    /** Persian {@code words} of {@code code} ({@code flags} beside the language), also as typed with Arabic yeh and kaf. */
    private static void persian(long flags, int code, String... words) {
        for (String word : words) {
            add(FA | flags, code, word, arabicLetters(word));
        }
    }

    /** {@code word} with Persian yeh and keheh (ی, ک) typed as Arabic yeh and kaf (ي, ك), as many keyboards do. */
    private static String arabicLetters(String word) {
        return word.replace('\u06cc', '\u064a').replace('\u06a9', '\u0643');
    }

    /** {@code words} of one kind with the values {@code first}, {@code first + step}, ... */
    private static void series(long info, int kind, int first, int step, String... words) {
        for (int i = 0; i < words.length; i++) {
            add(info, kind * 100 + first + i * step, words[i]);
        }
    }

    /** Units one to nine as parts of compounds. */
    private static void linked(long languages, List<Part> parts, String... words) {
        for (int i = 0; i < words.length; i++) {
            parts.add(new Part(words[i], i + 1, languages));
        }
    }

    /** Tens twenty to ninety as parts of compounds. */
    private static void tensParts(long languages, List<Part> parts, String... words) {
        for (int i = 0; i < words.length; i++) {
            parts.add(new Part(words[i], 20 + i * 10, languages));
        }
    }

    /** {@code word} without its diacritics: "pięć" piec, "sıfır" sifir, "åtte" atte, "έξι" εξι. */
    private static String withoutAccents(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            plain.append(switch (c) {
                case '\u0131' -> 'i';
                case '\u0142' -> 'l';
                case '\u00f8' -> 'o';
                default -> c;
            });
        }
        return plain.toString();
    }

    private SpokenDigits() {
    }

    /**
     * The text with its spoken runs written as digits. {@link #from}/{@link #to} give, for each char
     * of {@link #text}, the span of the original that produced it; {@link #inRun} whether it came
     * from a spoken run.
     */
    static final class Rewrite {

        final String text;
        /** {@code [start, end)} of each run in {@link #text}, in order. */
        final List<int[]> runs;
        private final int[] from;
        private final int[] to;
        private final boolean[] inRun;

        private Rewrite(String text, List<int[]> runs, int[] from, int[] to, boolean[] inRun) {
            this.text = text;
            this.runs = runs;
            this.from = from;
            this.to = to;
            this.inRun = inRun;
        }

        /** Whether {@code [start, end)} of the rewrite holds at least one char of a spoken run. */
        boolean touchesRun(int start, int end) {
            for (int i = start; i < end; i++) {
                if (inRun[i]) {
                    return true;
                }
            }
            return false;
        }

        /** Start in the original text of the rewrite's char {@code start}. */
        int originalStart(int start) {
            return from[start];
        }

        /** End (exclusive) in the original text of a span of the rewrite ending at {@code end}. */
        int originalEnd(int end) {
            return to[end - 1];
        }
    }

    /** A digit (or '+') of a run and the span of the words that said it. */
    private record Said(char c, int start, int end, boolean pauseBefore) {
    }

    /**
     * Rewrites of {@code text}: none when it has no spoken run of at least {@link #MIN_DIGITS}
     * digits; one with pauses as spaces; and, when a run has pauses, a second with the run's digits
     * written together (a card read out in uneven groups is still one number).
     */
    static List<Rewrite> rewrite(String text) {
        List<List<Said>> runs = runs(text);
        if (runs.isEmpty()) {
            return List.of();
        }
        runs = withoutGroupsSaidAgain(text, withoutRestarts(text, runs));
        boolean anyPause = runs.stream().anyMatch(run -> run.stream().skip(1).anyMatch(Said::pauseBefore));
        Rewrite spaced = build(text, runs, true);
        List<List<Said>> restarted = withoutShortRestarts(text, runs);
        if (restarted != runs) {
            // Both readings of a short beginning said again after a filler; the plans decide.
            return List.of(spaced, build(text, runs, false), build(text, restarted, true), build(text, restarted, false));
        }
        return anyPause ? List.of(spaced, build(text, runs, false)) : List.of(spaced);
    }

    /**
     * Each run without a short beginning said again whole after a filler only ("seis cuatro siete, eh,
     * seis cuatro siete, noventa, ...": 647 90 18 23), or {@code runs} itself when none has one. Such a
     * beginning is as often an area code whose exchange starts alike ("five five five, uh, five five five,
     * oh one two three"), so this is a second reading beside the first ({@link #withoutRestarts} reads
     * longer beginnings, or any after an ellipsis, as said again).
     */
    private static List<List<Said>> withoutShortRestarts(String text, List<List<Said>> runs) {
        return fromFirstRestart(runs, MIN_RESTART, (run, k) -> k < MIN_FILLER_RESTART && run.get(k).pauseBefore()
                && text.substring(run.get(k - 1).end(), run.get(k).start()).indexOf(SpokenFillers.MARK) >= 0
                && startsWithDigitsOf(run, k, k));
    }

    /**
     * Each run without a beginning the caller broke off and said again after an ellipsis or a filler
     * ("two nine oh... two nine oh, seven five, one one four four", "five zero three, five five five, oh
     * one uh, five zero three, ..."): the run starts where the number is said whole.
     */
    private static List<List<Said>> withoutRestarts(String text, List<List<Said>> runs) {
        return fromFirstRestart(runs, 1, (run, k) -> {
            if (!run.get(k).pauseBefore()) {
                return false;
            }
            boolean ellipsis = ellipsisBetween(text, run.get(k - 1).end(), run.get(k).start());
            if (k < MIN_RESTART) {
                // One digit broken off by an ellipsis and said again as the number starts ("two... two oh
                // two, five five five, ..."): a false start, not a digit of the number.
                return ellipsis && startsWithDigitsOf(run, k, k);
            }
            return (ellipsis || fillerAfterMostOfANumber(text, run.get(k - 1).end(), run.get(k).start(), k))
                    && (startsWithDigitsOf(run, k, k) || ellipsis && startsWithDigitsOf(run, k, Math.max(MIN_RESTART, k - 1))
                            || ellipsis && saidAgainAfterTrunkEight(run, k));
        });
    }

    /**
     * Each run from the first word {@code restartAt} says the number is said again from (from the
     * {@code firstK}th on), or {@code runs} itself when no run has one.
     */
    private static List<List<Said>> fromFirstRestart(List<List<Said>> runs, int firstK,
            BiPredicate<List<Said>, Integer> restartAt) {
        List<List<Said>> out = runs;
        for (int r = 0; r < runs.size(); r++) {
            List<Said> run = runs.get(r);
            for (int k = firstK; k < run.size(); k++) {
                if (restartAt.test(run, k)) {
                    if (out == runs) {
                        out = new ArrayList<>(runs);
                    }
                    out.set(r, run.subList(k, run.size()));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Each run without a group the caller broke off with an ellipsis or a filler and said again whole
     * right after ("nine one nine, five five five, zero one... zero one six one", "..., oh one, uh, oh one
     * two eight"): the digits said first are no digits of the number (the span still takes them in).
     */
    private static List<List<Said>> withoutGroupsSaidAgain(String text, List<List<Said>> runs) {
        List<List<Said>> out = runs;
        for (int r = 0; r < runs.size(); r++) {
            List<Said> run = runs.get(r);
            int groupStart = 0;
            for (int k = 1; k < run.size(); k++) {
                if (!run.get(k).pauseBefore()) {
                    continue;
                }
                int group = k - groupStart;
                int next = k + 1;
                while (next < run.size() && !run.get(next).pauseBefore()) {
                    next++;
                }
                boolean ellipsis = ellipsisBetween(text, run.get(k - 1).end(), run.get(k).start());
                boolean filler = text.substring(run.get(k - 1).end(), run.get(k).start()).indexOf(SpokenFillers.MARK) >= 0;
                // (Said again whole, as long as before, after an ellipsis and a filler or a correction:
                // "five five five... sorry, five five five, oh one two three".)
                // (Or said again corrected in its last digit, where the run ends: "twee acht... nee sorry, twee negen".)
                boolean lastCorrected = next == run.size() && next - k == group && ellipsis && filler
                        && sameDigits(run, groupStart, k, group - 1);
                if (groupStart > 0 && group >= MIN_RESTART && (next - k > group || next - k == group && ellipsis && filler)
                        && (ellipsis || filler) && (sameDigits(run, groupStart, k, group) || lastCorrected)) {
                    List<Said> kept = new ArrayList<>(run.subList(0, groupStart));
                    kept.addAll(run.subList(k, run.size()));
                    if (out == runs) {
                        out = new ArrayList<>(runs);
                    }
                    out.set(r, kept);
                    break;
                }
                groupStart = k;
            }
        }
        return out;
    }

    /** Whether the {@code count} digits of {@code run} from {@code first} are said again from {@code second}. */
    private static boolean sameDigits(List<Said> run, int first, int second, int count) {
        for (int i = 0; i < count; i++) {
            if (run.get(first + i).c() != run.get(second + i).c()) {
                return false;
            }
        }
        return true;
    }

    /** Fewest digits a broken-off beginning holds for {@link #withoutRestarts}. */
    private static final int MIN_RESTART = 2;
    /**
     * Fewest digits a beginning broken off with a filler only holds ("five zero three, five five five,
     * oh one uh, five zero three, ..."): fewer are as often an area code whose exchange starts alike
     * ("five five five, uh, five five five, oh one two three").
     */
    private static final int MIN_FILLER_RESTART = 5;

    /**
     * Whether the caller broke off between two digits said {@code digitsBefore} digits into a run with
     * a filler ({@link SpokenFillers#MARK}) after most of a number; an ellipsis ({@link #ellipsisBetween})
     * breaks off anywhere.
     */
    private static boolean fillerAfterMostOfANumber(String text, int from, int to, int digitsBefore) {
        return digitsBefore >= MIN_FILLER_RESTART && text.substring(from, to).indexOf(SpokenFillers.MARK) >= 0;
    }

    private static boolean ellipsisBetween(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.contains("...") || between.indexOf('\u2026') >= 0;
    }

    /**
     * Whether the digits of {@code run} from {@code k} on begin with its first {@code count} digits
     * (all {@code k} of them: the beginning said again; all but the last after an ellipsis: said again
     * corrected, "nul zes vier vier... eh nul zes vier vijf ...").
     */
    private static boolean startsWithDigitsOf(List<Said> run, int k, int count) {
        return run.size() - k > k && sameDigits(run, 0, k, count);
    }

    /**
     * Whether the digits from {@code k} are Russia's and Kazakhstan's trunk prefix 8 and then the
     * {@code k} digits said before ("семьсот пять... э... восемь семьсот пять, ..."): a beginning said
     * again with its prefix.
     */
    private static boolean saidAgainAfterTrunkEight(List<Said> run, int k) {
        return run.get(k).c() == '8' && run.size() - k - 1 > k && sameDigits(run, 0, k + 1, k);
    }

    private static Rewrite build(String text, List<List<Said>> runs, boolean pauses) {
        int capacity = text.length() + 16;
        StringBuilder out = new StringBuilder(capacity);
        int[] from = new int[capacity];
        int[] to = new int[capacity];
        boolean[] inRun = new boolean[capacity];
        List<int[]> spans = new ArrayList<>(runs.size());
        int copied = 0;
        for (List<Said> run : runs) {
            for (int i = copied; i < run.get(0).start(); i++) {
                int at = out.length();
                out.append(text.charAt(i));
                from[at] = i;
                to[at] = i + 1;
            }
            int runStart = out.length();
            for (int k = 0; k < run.size(); k++) {
                Said said = run.get(k);
                if (pauses && k > 0 && said.pauseBefore()) {
                    int at = out.length();
                    out.append(' ');
                    from[at] = run.get(k - 1).end();
                    to[at] = said.start();
                    inRun[at] = true;
                }
                int at = out.length();
                out.append(said.c());
                from[at] = said.start();
                to[at] = said.end();
                inRun[at] = true;
            }
            spans.add(new int[] {runStart, out.length()});
            copied = run.get(run.size() - 1).end();
        }
        for (int i = copied; i < text.length(); i++) {
            int at = out.length();
            out.append(text.charAt(i));
            from[at] = i;
            to[at] = i + 1;
        }
        return new Rewrite(out.toString(), spans, from, to, inRun);
    }

    /** The spoken runs of {@code text} with at least {@link #MIN_DIGITS} digits, in order. */
    static List<List<Said>> runs(String text) {
        return runs(text, 0, text.length(), MIN_DIGITS, MIN_SPOKEN);
    }

    /**
     * The digits said by the words of {@code text[start, end)}, or null unless every word there is a
     * number word or digit group, joined by blanks or hyphens (no pause), and they read as one number
     * ("one nine two" 192, "eighty one" 81, "two fifty five" 255). For the short numbers inside a
     * spoken address: an octet, the digits of a mailbox name.
     */
    static String digits(String text, int start, int end) {
        List<List<Said>> runs = runs(text, start, end, 1, 0);
        if (runs.size() != 1) {
            return null;
        }
        List<Said> run = runs.get(0);
        int first = start;
        while (first < end && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        int last = end;
        while (last > first && !Character.isLetterOrDigit(text.charAt(last - 1))) {
            last--;
        }
        if (run.get(0).start() != first || run.get(run.size() - 1).end() != last) {
            return null;
        }
        StringBuilder digits = new StringBuilder(run.size());
        for (Said said : run) {
            if (said.c() == '+' || said.pauseBefore()) {
                return null;
            }
            digits.append(said.c());
        }
        return digits.toString();
    }

    /**
     * The digits that the number words of {@code text[start, end)} say, read as runs are (hundreds,
     * tens, "and", "double"), pauses and all; empty when they say none.
     */
    static String saidDigits(String text, int start, int end) {
        StringBuilder digits = new StringBuilder();
        for (List<Said> run : runs(text, start, end, 1, 0)) {
            for (Said said : run) {
                if (said.c() != '+') {
                    digits.append(said.c());
                }
            }
        }
        return digits.toString();
    }

    /** Whether {@code text[start, end)} is a word of a number said in words: a number word, "and", "double", "hundred". */
    static boolean isNumberPart(String text, int start, int end) {
        return Chars.onlyDigits(text, start, end) || lookUp(text, start, end) >= 0 && !isPlusWord(text, start, end);
    }

    /** Whether {@code text[start, end)} is one number word ("nine", "eighty", "trente") or a digit group. */
    static boolean isNumberWord(String text, int start, int end) {
        if (Chars.onlyDigits(text, start, end)) {
            return true;
        }
        int code = lookUp(text, start, end);
        int kind = code / 100;
        return code >= 0 && kind != PLUS && kind != AND && kind != HUNDRED && kind != THOUSAND;
    }

    /** Whether {@code text[start, end)} is hundreds glued to the rest of a number ("hundertzweiundneunzig"). */
    static boolean isGluedNumber(String text, int start, int end) {
        return gluedHundreds(text, start, end) != null;
    }

    /** Whether digits that end at {@code end} are a time's hour: ':' and a digit follow ("..., six zero eight three, 2:05 PM"). */
    private static boolean time(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ':' && Chars.isAsciiDigit(text.charAt(end + 1));
    }

    /** Whether {@code text[start, end)} is a word for the '+' of a number ("plus", "más", "plús"). */
    static boolean isPlusWord(String text, int start, int end) {
        return lookUp(text, start, end) / 100 == PLUS || ScriptNumerals.isPlus(text, start, end);
    }

    /** Whether {@code text[start, end)} is "hundred" or a word for it that follows a unit: "one hundred". */
    static boolean isHundredWord(String text, int start, int end) {
        return lookUp(text, start, end) / 100 == HUNDRED;
    }

    private static List<List<Said>> runs(String text, int from, int until, int minDigits, int minSpoken) {
        List<List<Said>> runs = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>(); // {code, start, end, pauseBefore}
        int n = until;
        int i = from;
        int previousEnd = -1;
        while (i < n) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c) || c == ScriptNumerals.IDEOGRAPHIC_ZERO;
            if (!letter && !Chars.isAsciiDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (letter) {
                i = arabiziEnd(text, start, wordEnd(text, i, n), n);
            } else {
                while (i < n && Chars.isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                int word = i == start + 1 ? arabiziEnd(text, start, i, n) : i;
                letter = word > i;
                i = word;
            }
            int glued = letter ? i : gluedWordEnd(text, i, n);
            if (glued > i || !letter && start > 0 && Chars.isAsciiLetter(text.charAt(start - 1))) {
                // "... zéro trois 3afak": an Arabizi word that starts with a digit is no digit; nor is
                // a tone digit glued to a Jyutping word ("hai6 ng5 ng5 ...", is 555).
                i = glued;
                letter = true;
            }
            int code = letter ? lookUp(text, start, i) : time(text, i) ? -1 : DIGITS * 100;
            if (letter && code >= 0 && (alternativeLanguages(text, start, i) & VI) != 0) {
                long tens = vietnameseTens(text, start, i, code);
                if (tens >= 0) {
                    i = (int) (tens >>> 32);
                    code = (int) tens;
                }
            }
            // Numbers glued into one word: numerals of scripts without spaces, glued to each other and to
            // other words ("공일공", "ゼロきゅうゼロ", "是零九三三"), and hundreds glued to what follows
            // ("tristoosemnásť"). Their numbers go on a run, any other word ends it; a run may start
            // with them ("hundertzweiundneunzig punkt null punkt zwei punkt eins").
            List<int[]> parts = code >= 0 || !letter ? null
                    : ScriptNumerals.mayHold(c) ? unitCodes(ScriptNumerals.split(text, start, i))
                    : gluedHundreds(text, start, i);
            if (parts == null) {
                previousEnd = add(text, tokens, runs, previousEnd, code, start, i, false, minDigits, minSpoken);
            } else {
                for (int[] part : parts) {
                    previousEnd = add(text, tokens, runs, previousEnd, part[0], part[1], part[2], true, minDigits, minSpoken);
                }
            }
        }
        if (!tokens.isEmpty()) {
            flush(text, tokens, runs, minDigits, minSpoken);
        }
        return runs;
    }

    /**
     * Puts the word {@code text[start, end)} of {@code code} on the run in progress, or ends the run
     * when it is no number word ({@code code} -1) or stands apart from it; returns the end of the
     * run's last word, -1 when none. A {@code glued} part follows the one before without a gap
     * ("공일공"); any other word glued to the one before ends the run ("five5").
     */
    private static int add(String text, List<int[]> tokens, List<List<Said>> runs, int previousEnd, int code, int start,
            int end, boolean glued, int minDigits, int minSpoken) {
        if (code < 0) {
            if (!tokens.isEmpty()) {
                flush(text, tokens, runs, minDigits, minSpoken);
            }
            return -1;
        }
        if (code / 100 == AND && previousEnd >= 0 && gap(text, previousEnd, start) == 0
                && isHundredsWord(text, tokens, previousEnd)) {
            return end; // the "e" of "novecentos e oitenta": the hundreds word reads past it
        }
        int gap = previousEnd < 0 ? -1 : glued && previousEnd == start ? 0 : gap(text, previousEnd, start);
        if (gap < 0 && !tokens.isEmpty()) {
            flush(text, tokens, runs, minDigits, minSpoken);
        }
        tokens.add(new int[] {code, start, end, gap == 1 ? 1 : 0});
        return end;
    }

    /**
     * What lies between two tokens of a run: 0 blanks or a hyphen, 1 a pause (a comma, an ellipsis, or
     * a filler that {@link SpokenFillers} marked, with the commas around it), -1 anything else (the run
     * ends).
     */
    /**
     * The end of the word at {@code start}: its letters, and an apostrophe between two Cyrillic
     * letters (Ukrainian "п'ять", "дев’ять"), or between two Latin ones where the word with it is a
     * number word (Ukrainian in Latin letters, "p'yat"; not "o'clock").
     */
    private static int wordEnd(String text, int start, int limit) {
        int i = start;
        while (true) {
            while (i < limit && isWordChar(text.charAt(i))) {
                i++;
            }
            // Only at an apostrophe between letters is more to read: the plain loop above stays tight.
            // (Or at one that ends a word said without its last vowel: Neapolitan "sett'", "ott'".)
            if (i > start && i < limit && Chars.isApostrophe(text.charAt(i))
                    && (i + 1 >= limit || !isWordChar(text.charAt(i + 1)))) {
                return entry(text, start, i + 1) >= 0 ? i + 1 : i;
            }
            if (i == start || i + 1 >= limit || !Chars.isApostrophe(text.charAt(i)) || !isWordChar(text.charAt(i + 1))) {
                return i;
            }
            int after = i + 1;
            while (after < limit && isWordChar(text.charAt(after))) {
                after++;
            }
            if (!(isCyrillic(text.charAt(i - 1)) && isCyrillic(text.charAt(i + 1))) && entry(text, start, after) < 0) {
                return i;
            }
            i = after;
        }
    }

    /**
     * The end of the word that two or more ASCII letters glued to digits ending at {@code end} make
     * ("3afak", "7abibi"), or {@code end} when no such letters follow.
     */
    private static int gluedWordEnd(String text, int end, int limit) {
        if (end + 1 >= limit || !Chars.isAsciiLetter(text.charAt(end)) || !Chars.isAsciiLetter(text.charAt(end + 1))) {
            return end;
        }
        int i = end;
        while (i < limit && (Chars.isAsciiLetter(text.charAt(i)) || Chars.isAsciiDigit(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /**
     * Whether a word of Arabizi starts at {@code start}: one of the digits it writes letters with
     * (2, 3, 5, 6, 7, 8, 9), then two or more ASCII letters ("3afak", "7abibi", "9alb").
     */
    static boolean arabiziWordAt(String text, int start) {
        char c = text.charAt(start);
        return c >= '2' && c <= '9' && c != '4' && gluedWordEnd(text, start + 1, text.length()) > start + 1;
    }

    /**
     * The end of an Arabic number word written in Latin letters with digits for the letters Latin
     * lacks ("wa7ed", "tes3a", "rb3a", "3echrin", "5amsa") that starts at {@code start} and whose
     * letters (or first digit) end at {@code end}; {@code end} when no such word stands there. Any
     * other word glued to digits stays two words ("mp3", "B2B").
     */
    private static int arabiziEnd(String text, int start, int end, int limit) {
        if (end >= limit || !(Chars.isAsciiDigit(text.charAt(end)) || Chars.isAsciiDigit(text.charAt(end - 1)))) {
            return end;
        }
        int i = end;
        while (i < limit && i - start < MAX_ARABIZI && (Chars.isAsciiLetter(text.charAt(i)) || Chars.isAsciiDigit(text.charAt(i)))) {
            i++;
        }
        return i > end && i - start < MAX_ARABIZI && !Character.isLetterOrDigit(i < limit ? text.charAt(i) : ' ')
                && entry(text, start, i) >= 0 ? i : end;
    }

    /**
     * Where the Arabic number word written with digits in it ({@link #arabiziEnd}) that ends at
     * {@code end} starts ("3echrin", "wa7ed"); -1 when no such word ends there.
     */
    static int arabiziStart(String text, int end) {
        int start = end;
        boolean digit = false;
        boolean letter = false;
        while (start > 0 && end - start < MAX_ARABIZI) {
            char c = text.charAt(start - 1);
            if (Chars.isAsciiDigit(c)) {
                digit = true;
            } else if (Chars.isAsciiLetter(c)) {
                letter = true;
            } else {
                break;
            }
            start--;
        }
        return digit && letter && start < end && !Character.isLetterOrDigit(start > 0 ? text.charAt(start - 1) : ' ')
                && entry(text, start, end) >= 0 ? start : -1;
    }

    /**
     * A Vietnamese word that starts tens, read with what follows it: a unit before "mươi" is that many
     * tens and takes "mươi" in ("hai mươi" 20, then "mốt" 1: 21), and so is a unit right before "mốt",
     * "lăm" or "tư", the units said only after tens ("hai lăm" 25, "bốn mốt" 41); "mười" before a unit
     * is ten and that unit ("mười một" 11). Returns {@code end << 32 | code} of the tens, where the
     * word's token now ends and what it counts; -1 when the word starts no tens.
     */
    private static long vietnameseTens(String text, int start, int end, int code) {
        long next = joined(text, end, true, true);
        if (next < 0) {
            return -1;
        }
        int nextStart = (int) (next >>> 32);
        int nextEnd = (int) next;
        String word = text.substring(nextStart, nextEnd).toLowerCase(Locale.ROOT);
        int value = code % 100;
        if (code / 100 == UNIT && value >= 2 && (word.equals("m\u01b0\u01a1i") || word.equals("muoi"))) {
            return (long) nextEnd << 32 | TENS * 100 + value * 10;
        }
        boolean tail = VIETNAMESE_TAILS.contains(word);
        if (code / 100 == UNIT && value >= 2 && tail) {
            return (long) end << 32 | TENS * 100 + value * 10;
        }
        if (code / 100 == TEEN && value == 10 && (tail || (alternativeLanguages(text, nextStart, nextEnd) & VI) != 0
                && lookUp(text, nextStart, nextEnd) / 100 == UNIT)) {
            return (long) end << 32 | TENS * 100 + 10;
        }
        return -1;
    }

    /** The Vietnamese units said only after tens: "mốt" one, "lăm" five, "tư" four. */
    private static final Set<String> VIETNAMESE_TAILS = Set.of("m\u1ed1t", "l\u0103m", "t\u01b0");

    /** Longest Arabic number word written with digits in it, and one more. */
    private static final int MAX_ARABIZI = 10;

    /** The start of the word that ends at {@code end}, as {@link #wordEnd} reads it. */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && isWordChar(text.charAt(i - 1))) {
            i--;
            if (i > 1 && Chars.isApostrophe(text.charAt(i - 1)) && isWordChar(text.charAt(i - 2))) {
                int before = i - 1;
                while (before > 0 && isWordChar(text.charAt(before - 1))) {
                    before--;
                }
                if (isCyrillic(text.charAt(i - 2)) && isCyrillic(text.charAt(i)) || entry(text, before, end) >= 0) {
                    i = before;
                }
            }
        }
        return i;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** A letter, or a mark on one: Thai writes its vowels and tones as marks ("ห้า", "ศูนย์"); or "〇". */
    static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == ScriptNumerals.IDEOGRAPHIC_ZERO
                || (c >= '\u0E00' && c <= '\u0E7F' && Character.getType(c) == Character.NON_SPACING_MARK)
                // Devanagari's vowel signs and virama are marks inside a word: "चार", "शून्य".
                || (c >= '\u0900' && c <= '\u097F' && (Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK))
                // Arabic script's short vowels, written on a hesitation or a word: "اِ", "اَت".
                || (c >= '\u064B' && c <= '\u065F')
                // The vowel signs, nukta and virama of Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and
                // Malayalam: "ওয়ান", "শূন্য", "ਪੰਜ", "પાંચ", "ஒன்று", "రెండు", "ಎರಡು", "രണ്ട്".
                || (c >= '\u0980' && c <= '\u0D7F'
                        && (Character.getType(c) == Character.NON_SPACING_MARK
                                || Character.getType(c) == Character.COMBINING_SPACING_MARK));
    }

    private static int gap(String text, int from, int to) {
        if (to == from) {
            return -1; // "five5": a word glued to digits is not a spoken number
        }
        int pause = 0;
        int hyphens = 0;
        int filler = 0;
        int dots = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u2026' || c == '\u3001' || c == '\uFF0C' || c == '\u060C' || c == '\u1363'
                    || ScriptNumerals.isGroupParticle(c)) {
                pause++; // a comma (Arabic script's, Ethiopic's "፣" too), or the ellipsis a transcript marks a halting
                         // voice with ("oh five nine… oh seven")
            } else if (c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                pause++; // the ellipsis typed as three dots ("four... three two oh"), as long as one char
                dots += 2;
                i += 2;
            } else if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\uFF0D') {
                hyphens++; // (and the hyphens of Japanese text: "〇三‐六八〇五‐二二三一")
            } else if (c == SpokenFillers.MARK) {
                filler++;
            } else if (c == '\u30FB' || c == '\uFF65') {
                continue; // the katakana middle dot written between numerals said one by one: "ゼロ・キュウ・ゼロ"
            } else if ((c == '\'' || c == '\u2019') && i == from && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                continue; // a soft sign written as an apostrophe at a word's end ("pjat', sto sorok odin")
            } else if (c == ')' && i == from && areaCodeInBrackets(text, from)) {
                continue; // an area code said in the brackets it is written in: "(seven one three) five five five, ..."
            } else if (c == '\u00bf' || c == '\u00a1') {
                // Spanish's opening question and exclamation marks, which a read-back asks with: "tres
                // dos... ¿uno ocho?" (the closing one ends the run).
                continue;
            } else if (c == '\n' || c == '\r' || !Character.isWhitespace(c)) {
                return -1; // a line ends a turn: "... tatu sita nne\n00:00:41 Agent: ..." is no longer number
            }
        }
        if (filler > 0) {
            return pause <= 2 && hyphens == 0 && to - from - filler - dots <= MAX_GAP ? 1 : -1;
        }
        if (pause > 1 || hyphens > 1 || pause + hyphens > 1 || to - from - dots > MAX_GAP) {
            return -1;
        }
        return pause;
    }

    /** Most chars of the words in brackets before a ')' that closes an area code. */
    private static final int BRACKETED_WORDS = 32;

    /** Whether the ')' at {@code close} closes a '(' that only number words follow: "(seven one three)". */
    static boolean areaCodeInBrackets(String text, int close) {
        int open = text.lastIndexOf('(', close);
        if (open < 0 || close - open > BRACKETED_WORDS) {
            return false;
        }
        int digits = 0;
        for (int i = open + 1; i < close; ) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = wordEnd(text, i, close);
            if (end == i) {
                return false;
            }
            if (Chars.onlyDigits(text, i, end)) {
                digits += end - i;
            } else {
                // The word table alone, not lookUp: that reads the words around an ambiguous one, and its
                // gaps, which would ask this again.
                long entry = entry(text, i, end);
                if (entry < 0 || (entry & CODE_MASK) / 100 != UNIT) {
                    return false;
                }
                digits++;
            }
            i = end;
        }
        return digits == 3;
    }

    /** Whether Arabic number words in Latin letters stand right before and after {@code text[start, end)}. */
    private static boolean arabicAround(String text, int start, int end) {
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int beforeStart = before;
        while (beforeStart > 0 && (isWordChar(text.charAt(beforeStart - 1)) || Chars.isAsciiDigit(text.charAt(beforeStart - 1)))) {
            beforeStart--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        int afterEnd = after;
        while (afterEnd < text.length() && (isWordChar(text.charAt(afterEnd)) || Chars.isAsciiDigit(text.charAt(afterEnd)))) {
            afterEnd++;
        }
        return before < start && after > end && beforeStart < before && afterEnd > after
                && arabicNumberWord(text, beforeStart, before) && arabicNumberWord(text, after, afterEnd);
    }

    private static boolean arabicNumberWord(String text, int start, int end) {
        long entry = entry(text, start, end);
        return entry >= 0 && ((entry >>> CODE_BITS) & AR) != 0;
    }

    /**
     * Whether the word at {@code start} is glued by a hyphen to a word before it that says no number: a
     * particle or suffix of that word, not a number of its own (compounds such as "vingt-et-un" or
     * "quatre-vingt-dix" join number words).
     */
    private static boolean gluedByHyphenToAWord(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '-' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        int wordStart = start - 1;
        while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return entry(text, wordStart, start - 1) < 0 && alternative(text, wordStart, start - 1) < 0
                && !nguniPrefixBefore(text, start - 1);
    }

    /**
     * Whether the word that ends at the hyphen at {@code hyphen} is one of {@link #NGUNI_PREFIXES}, a word of
     * its own, in lower case as speakers write it (a report's "LI-30029871" is its id).
     */
    static boolean nguniPrefixBefore(String text, int hyphen) {
        int wordStart = Chars.lettersStart(text, hyphen);
        return wordStart < hyphen && (wordStart == 0 || !Chars.wordCharAt(text, wordStart - 1))
                && NGUNI_PREFIXES.contains(text.substring(wordStart, hyphen));
    }

    /**
     * Zulu's and Xhosa's prefixes that a speaker glues with a hyphen to an English word ("ngu-oh eight four",
     * "yi-zero seven eight", "nge-loan"): the number after them is English's, said whole.
     */
    private static final Set<String> NGUNI_PREFIXES = Set.of("ngu", "yi", "nge", "ne", "ngo", "nga", "ku", "ka", "kwi",
            "li", "si", "ngi", "wu");

    /** English words speech-to-text writes for a digit: "for" 4, "won" 1, "ate" 8, "too" and "to" 2; -1 for any other word. */
    private static int englishHomophone(String text, int start, int end) {
        if (end - start == 2) {
            return text.regionMatches(true, start, "to", 0, 2) ? 2 : -1;
        }
        if (end - start != 3) {
            return -1;
        }
        return text.regionMatches(true, start, "for", 0, 3) ? 4 : text.regionMatches(true, start, "won", 0, 3) ? 1
                : text.regionMatches(true, start, "ate", 0, 3) ? 8 : text.regionMatches(true, start, "too", 0, 3) ? 2 : -1;
    }

    /** The code of the number word {@code text[start, end)}, read in its context, or -1. */
    private static int lookUp(String text, int start, int end) {
        if (end - start == 2 && text.regionMatches(true, start, "um", 0, 2) && afterEllipsis(text, start)) {
            return -1; // "seven oh one oh... um, oh three": the filler, not Portuguese "um" (1)
        }
        if (isNegation(text, start, end)) {
            return -1; // Vietnamese "không phải" (not so): "không hai năm... không phải, không hai bảy"
        }
        if (end - start == 1 && (text.charAt(start) == 'u' || text.charAt(start) == 'U') && arabicAround(text, start, end)) {
            return AND * 100; // Darija's "and" between a unit and tens or hundreds ("tmnya u rb3in" 48); Catalan's one elsewhere
        }
        if (gluedByHyphenToAWord(text, start)) {
            return -1; // "jeonhwabeonho-neun" (romanised Korean's topic particle), not German's nine
        }
        int alternative = alternative(text, start, end);
        if (alternative >= 0) {
            return alternative;
        }
        int homophone = englishHomophone(text, start, end);
        if (homophone >= 0) {
            // Speech-to-text writes "four" as "for", "one" as "won", "eight" as "ate", "two" as "too" between
            // digits said one by one ("three oh five, five five five, oh one for seven", "oh won too six": one
            // side may be another of them), and "for" first before two digits after "is" or "number" ("my
            // number is for one five, five five five, ..."; not "call me back for zero eight one, ..."); anywhere
            // else they are the words.
            // So, for the last digit of a long run, where the caller's turn or clause ends ("two oh six, five five five,
            // oh one four for AGENT: ..."), and for the first after a turn's tag ("CUSTOMER: ate five seven, ...").
            // "to" only at a run's ends: between digits it is as often the word ("five five five to one two three
            // four", "from nine to five").
            // (The cheap checks first: "to" is one of English's commonest words.)
            boolean to = end - start == 2;
            boolean first = englishDigitsAfter(text, end, 2)
                    && (afterCopulaOrNumber(text, start) || !to && afterTurnTag(text, start));
            boolean last = clauseEndsAt(text, end) && englishDigitsBefore(text, start, DIGITS_BEFORE_LAST_HOMOPHONE);
            boolean digit;
            if (to) {
                digit = first && !englishDigitNextTo(text, start, false) || last && !englishDigitNextTo(text, end, true);
            } else {
                boolean before = englishDigitNextTo(text, start, false);
                boolean after = englishDigitNextTo(text, end, true);
                digit = before && after || before && homophoneNextTo(text, end, true) || after && homophoneNextTo(text, start, false)
                        || !before && first || !after && last;
            }
            if (digit) {
                return UNIT * 100 + homophone;
            }
            if (!to) {
                return -1;
            }
            // (Danish and Norwegian "to" is two: read below as their word.)
        }
        long entry = entry(text, start, end);
        if (entry < 0) {
            return -1;
        }
        long info = entry >>> CODE_BITS;
        int code = (int) (entry & CODE_MASK);
        if ((info & HYPHENED) != 0 && (start == 0 || end == text.length() || text.charAt(start - 1) != '-'
                || text.charAt(end) != '-')) {
            return -1;
        }
        if ((info & AMBIGUOUS) != 0 && !confirmed(text, start, end, info & LANGUAGES)) {
            return (info & ELSE_AND) != 0 ? AND * 100 : -1;
        }
        return (info & HUNDREDS) != 0 ? hundreds(text, start, end, code % 100, (info & MULTIPLIES) != 0) : code;
    }

    /**
     * Whether {@code text[start, end)} is Vietnamese "không" (zero, and no) said as "no": before "phải"
     * ("không phải", not so), or after "à" with no number word after it ("... bốn năm sáu bảy... à không").
     */
    private static boolean isNegation(String text, int start, int end) {
        if (end - start == 2 && text.charAt(start) == PERSIAN_NO.charAt(0) && text.charAt(start + 1) == PERSIAN_NO.charAt(1)) {
            return persianNo(text, start, end);
        }
        if (!(end - start == 5 && (text.regionMatches(true, start, "kh\u00f4ng", 0, 5) || text.regionMatches(true, start, "khong", 0, 5)))) {
            return false;
        }
        long next = joined(text, end, true, true);
        if (next >= 0 && ((int) next - (int) (next >>> 32) == 4)
                && (text.regionMatches(true, (int) (next >>> 32), "ph\u1ea3i", 0, 4) || text.regionMatches(true, (int) (next >>> 32), "phai", 0, 4))) {
            return true;
        }
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        boolean afterA = before > 0 && (text.charAt(before - 1) == '\u00e0' || text.charAt(before - 1) == SpokenFillers.MARK)
                && (before < 2 || !Character.isLetter(text.charAt(before - 2)) || text.charAt(before - 2) == SpokenFillers.MARK);
        return afterA && (next < 0 || entry(text, (int) (next >>> 32), (int) next) < 0
                && alternativeLanguages(text, (int) (next >>> 32), (int) next) == 0);
    }

    /** Persian "نه": nine, and "no". */
    private static final String PERSIAN_NO = "\u0646\u0647";
    /** Persian words said after "no": "sorry", "wait", "wrong", "I mean", "no" again. */
    private static final Set<String> PERSIAN_AFTER_NO = Set.of("\u0628\u0628\u062e\u0634\u06cc\u062f", "\u0628\u0628\u062e\u0634\u064a\u062f", "\u0635\u0628\u0631", "\u0627\u0634\u062a\u0628\u0627\u0647", "\u0627\u0634\u062a\u0628\u0627\u0647\u0647", "\u06cc\u0639\u0646\u06cc", "\u0645\u0646\u0638\u0648\u0631\u0645", "\u0646\u0647");

    /**
     * Whether Persian "نه" says "no" where it stands: not after "و" ("چهل و نه" is 49), but before a
     * word said with "no" ("نه ببخشید", "نه صبر کنید": no, sorry; no, wait), or after a pause with no
     * number word after it ("... هشتاد و یک ... نه").
     */
    private static boolean persianNo(String text, int start, int end) {
        long before = joined(text, start, false, true);
        if (before >= 0 && (int) before - (int) (before >>> 32) == 1 && text.charAt((int) (before >>> 32)) == '\u0648') {
            return false;
        }
        long next = joined(text, end, true, false);
        boolean numberAfter = next >= 0 && entry(text, (int) (next >>> 32), (int) next) >= 0;
        if (next >= 0 && PERSIAN_AFTER_NO.contains(text.substring((int) (next >>> 32), (int) next))) {
            return true;
        }
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || isUncounted(text.charAt(i - 1)) || text.charAt(i - 1) == '\u2026')) {
            i--;
        }
        boolean afterPause = i < start && text.substring(i, start).chars().anyMatch(c -> c == '.' || c == '\u2026'
                || c == SpokenFillers.MARK);
        return afterPause && !numberAfter;
    }

    /** Whether one of the words speech-to-text writes for a digit ("for", "won") stands right after ({@code forward}) or before {@code edge}. */
    private static boolean homophoneNextTo(String text, int edge, boolean forward) {
        long span = joined(text, edge, forward, true);
        return span >= 0 && englishHomophone(text, (int) (span >>> 32), (int) span) >= 0;
    }

    /** Words after which a "for" before digits is the number's first digit, not the preposition. */
    private static final Set<String> FOUR_LEADS = Set.of("is", "it's", "it\u2019s", "its", "was", "number");

    /** Whether the word right before {@code start} is one of {@link #FOUR_LEADS}. */
    private static boolean afterCopulaOrNumber(String text, int start) {
        return FOUR_LEADS.contains(Chars.wordBefore(text, start));
    }

    /** Fewest English digit words, pauses allowed between, before a homophone read as a run's last digit. */
    private static final int DIGITS_BEFORE_LAST_HOMOPHONE = 6;

    /** Whether {@code count} English words for one digit precede {@code start}, blanks or pauses between. */
    private static boolean englishDigitsBefore(String text, int start, int count) {
        int edge = start;
        for (int k = 0; k < count; k++) {
            long span = joined(text, edge, false, false);
            if (!isEnglishUnit(span < 0 ? -1 : entry(text, (int) (span >>> 32), (int) span))) {
                return false;
            }
            edge = (int) (span >>> 32);
        }
        return true;
    }

    /** Whether a turn's tag ("CUSTOMER:", "Caller:") stands right before {@code start}, blanks between. */
    private static boolean afterTurnTag(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 1 && text.charAt(i - 1) == ':' && Character.isLetter(text.charAt(i - 2));
    }

    /** Whether the text, a line, a sentence, a clause or a turn ends at {@code end}, blanks before. */
    private static boolean clauseEndsAt(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == text.length() || ".?!,;\n\r".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int word = i;
        while (word < text.length() && Character.isUpperCase(text.charAt(word))) {
            word++;
        }
        return word > i + 1 && word < text.length() && text.charAt(word) == ':'; // "AGENT:" after it
    }

    /** Whether {@code count} English words for one digit follow {@code end}, blanks only between. */
    private static boolean englishDigitsAfter(String text, int end, int count) {
        int edge = end;
        for (int k = 0; k < count; k++) {
            if (!englishDigitNextTo(text, edge, true)) {
                return false;
            }
            edge = (int) joined(text, edge, true, true);
        }
        return true;
    }

    /** Whether an English word for one digit stands right after ({@code forward}) or before {@code edge}, with blanks only between. */
    private static boolean englishDigitNextTo(String text, int edge, boolean forward) {
        long span = joined(text, edge, forward, true);
        return isEnglishUnit(span < 0 ? -1 : entry(text, (int) (span >>> 32), (int) span));
    }

    /**
     * Whether {@code entry} (of {@link #entry}, -1 for none) is an English word for one digit, ambiguous ones
     * included ("to", "oh"), unlike {@link #isEnglishDigit}.
     */
    private static boolean isEnglishUnit(long entry) {
        return entry >= 0 && ((entry >>> CODE_BITS) & EN) != 0 && (entry & CODE_MASK) / 100 == UNIT;
    }

    /** Whether an ellipsis ("...", "\u2026") and blanks stand right before {@code start}. */
    private static boolean afterEllipsis(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && (text.charAt(i - 1) == '\u2026' || (i > 1 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '.'));
    }

    /**
     * The code of {@code text[start, end)} as one of {@link #ALTERNATIVE_WORDS}, when its language is
     * sure there (a long run of that language, or a number word of it next by), or -1.
     */
    private static int alternative(String text, int start, int end) {
        int k = nextAlternative(text, start, end, 0);
        if (k < 0 || correctionSaidTwice(text, start, end)) {
            return -1;
        }
        for (; k >= 0; k = nextAlternative(text, start, end, k + 1)) {
            long entry = alternativeEntry(text, start, end, k);
            long info = entry >>> CODE_BITS;
            boolean sure = (info & LONG_RUN) != 0 ? longRun(text, start, end, info & LANGUAGES)
                    : (info & AMBIGUOUS) == 0 || confirmed(text, start, end, info & LANGUAGES) && !ownReadingConfirmed(text, start, end);
            if (sure) {
                return (int) (entry & CODE_MASK);
            }
        }
        return -1;
    }

    /**
     * Whether the word's own reading is as sure as its alternative: a false start that the number said
     * again confirms in any language ("seis cinco tres... eh... seis cinco tres, ...": Spanish three, not
     * Danish sixty).
     */
    private static boolean ownReadingConfirmed(String text, int start, int end) {
        long own = entry(text, start, end);
        return own >= 0 && confirmed(text, start, end, own >>> CODE_BITS & LANGUAGES);
    }

    /**
     * Whether {@code text[start, end)} is a word of correction said twice right after a number broken off
     * ("noy aat tin shunno... na na, noy aat ...": Bengali "no no", though Odia's nine is "na").
     */
    private static boolean correctionSaidTwice(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!TextClassifier.isCorrectionWord(word)) {
            return false;
        }
        int length = end - start;
        boolean twiceAfter = text.regionMatches(true, end + 1, word, 0, length) && end < text.length() && text.charAt(end) == ' '
                && !Chars.wordCharAt(text, end + 1 + length);
        if (twiceAfter) {
            return afterEllipsis(text, start);
        }
        int before = start - 1 - length;
        return before >= 0 && text.charAt(start - 1) == ' ' && text.regionMatches(true, before, word, 0, length)
                && !Chars.wordCharAt(text, before - 1) && afterEllipsis(text, before);
    }

    /** The languages {@code text[start, end)} is an alternative word of ({@link #ALTERNATIVE_WORDS}), or 0. */
    private static long alternativeLanguages(String text, int start, int end) {
        long languages = 0;
        for (int k = nextAlternative(text, start, end, 0); k >= 0; k = nextAlternative(text, start, end, k + 1)) {
            languages |= alternativeEntry(text, start, end, k) >>> CODE_BITS & LANGUAGES;
        }
        return languages;
    }

    /**
     * The index, from {@code from} on, of the next alternative word in the bucket of {@code text[start,
     * end)} (its first char and length) that spells it, or -1.
     */
    private static int nextAlternative(String text, int start, int end, int from) {
        int length = end - start;
        char first = Character.toLowerCase(text.charAt(start));
        if (first >= INDEXED || !ALTERNATIVES.has(first, length)) {
            return -1;
        }
        String[] candidates = ALTERNATIVES.words()[first][length];
        char[] lasts = ALTERNATIVES.lasts()[first][length];
        char last = Character.toUpperCase(text.charAt(end - 1));
        for (int k = from; k < candidates.length; k++) {
            if (lasts[k] == last && text.regionMatches(true, start, candidates[k], 0, length)) {
                return k;
            }
        }
        return -1;
    }

    /** The table entry of the alternative word {@code k} of the bucket of {@code text[start, end)}. */
    private static long alternativeEntry(String text, int start, int end, int k) {
        return ALTERNATIVES.entries()[Character.toLowerCase(text.charAt(start))][end - start][k];
    }

    /**
     * Whether {@code text[start, end)} stands in a run of at least {@link #LONG_RUN_WORDS} number
     * words of {@code languages}, joined as a run's words are, with no other word between.
     */
    private static boolean longRun(String text, int start, int end, long languages) {
        // Hindi and Urdu speakers say some digits in English ("nau aath do do, zero four, ek saat chhe
        // teen"): there English digit words go on the run, as long as it has three words of its own.
        boolean english = (languages & HI) != 0;
        long before = wordsOf(text, start, languages, english, false, LONG_RUN_WORDS - 1);
        // Both sides read as far as a long run reaches: the words of its own language may stand after the
        // English ones ("nine eight two zero, saat saat, four five, ek teen").
        long after = wordsOf(text, end, languages, english, true, LONG_RUN_WORDS - 1);
        if ((before >>> 32) + 1 + (after >>> 32) < LONG_RUN_WORDS) {
            return false;
        }
        int self = isEnglishWord(text, start, end) ? 0 : 1;
        return (before & 0xFFFFFFFFL) + self + (after & 0xFFFFFFFFL) >= MIN_OWN_WORDS;
    }

    /** Fewest number words of the run's own language in a long run that English digit words fill out. */
    private static final int MIN_OWN_WORDS = 3;

    /**
     * How many number words of {@code languages} (and English digit words, with {@code english}), up to
     * {@code most}, follow or precede {@code edge} in a run: the count in the high half, the words of
     * {@code languages} in the low half.
     */
    private static long wordsOf(String text, int edge, long languages, boolean english, boolean forward, int most) {
        int words = 0;
        int own = 0;
        int at = edge;
        boolean fillerPassed = false;
        int correctionWords = 0;
        while (words < most) {
            long span = joined(text, at, forward, false);
            if (span < 0) {
                long digits = digitsNextTo(text, at, forward);
                if (digits < 0) {
                    break;
                }
                // Digits a rewrite wrote for number words are those words: "không ba bốn... 0348721155" is a
                // false start before a number said whole. They are no words of the language itself, which
                // the run must still have (English "oh" before "520841963" is no Korean five).
                words += (int) digits;
                int far = (int) (digits >>> 32);
                if (forward && (ellipsisBetween(text, at, far - (int) digits) || correctionWords > 0)) {
                    // The number said again after a false start of its own words ("nau nau... nau nau do teen,
                    // ...", "nau aath... nahi, nau saat aath, ..."): the false start's words are that number's
                    // language.
                    own++;
                }
                at = far;
                continue;
            }
            int wordStart = (int) (span >>> 32);
            int wordEnd = (int) span;
            if (!fillerPassed && SpokenFillers.isFiller(text, wordStart, wordEnd)) {
                // One hesitation does not end the run: "không chín tám... ờ không chín tám bảy, ...".
                fillerPassed = true;
                at = forward ? wordEnd : wordStart;
                continue;
            }
            if (forward && correctionWords < MAX_CORRECTION_WORDS && (ellipsisBetween(text, at, wordStart) || correctionWords > 0)
                    && TextClassifier.isCorrectionWord(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
                // Nor do words of correction after a false start broken off: "nau saha don... sorry, nau saha zero, ...",
                // "nau aath... nahi nahi, nau saat aath, ...".
                correctionWords++;
                at = wordEnd;
                continue;
            }
            // Only alternatives have a long-run language: the table of entries need not be read.
            if ((alternativeLanguages(text, wordStart, wordEnd) & languages) != 0) {
                if (!isEnglishWord(text, wordStart, wordEnd)) {
                    own++; // "oh oh oh oh oh oh oh" is English zeros, though "oh" is Korean five too
                }
            } else if (!english || !isEnglishDigit(text, wordStart, wordEnd)) {
                break;
            }
            words++;
            at = forward ? wordEnd : wordStart;
        }
        return (long) words << 32 | own;
    }

    /** Most words of a correction between a false start broken off and the number said again. */
    private static final int MAX_CORRECTION_WORDS = 2;

    /**
     * The ASCII digits right after ({@code forward}) or before {@code edge}, past a pause at most:
     * {@code far edge << 32 | how many}; -1 when none stand there.
     */
    private static long digitsNextTo(String text, int edge, boolean forward) {
        int i = edge;
        int step = forward ? 1 : -1;
        int gap = 0;
        while (gap <= MAX_GAP && (forward ? i < text.length() : i > 0)) {
            char c = text.charAt(forward ? i : i - 1);
            if (c != ' ' && c != ',' && c != '\u2026' && !isUncounted(c)) {
                break;
            }
            gap += isUncounted(c) ? 0 : 1;
            i += step;
        }
        int far = i;
        while (forward ? far < text.length() && Chars.isAsciiDigit(text.charAt(far)) : far > 0 && Chars.isAsciiDigit(text.charAt(far - 1))) {
            far += step;
        }
        return far == i ? -1 : (long) far << 32 | Math.abs(far - i);
    }

    /** Whether {@code text[start, end)} is a word for tens alone ("seventy", French "septante", "soixante"). */
    static boolean isTensWord(String text, int start, int end) {
        int code = lookUp(text, start, end);
        return code >= 0 && (code / 100 == TENS || code / 100 == FR_TENS);
    }

    /**
     * Whether {@code text[start, end)} is a unit that opens a compound saying its unit first (Dutch
     * "een" of "eenenzestig", German "ein" of "einundsechzig").
     */
    static boolean opensLinkedCompound(String text, int start, int end) {
        for (Part unit : LINKED_UNITS) {
            if (unit.word().length() == end - start && text.regionMatches(true, start, unit.word(), 0, end - start)) {
                return true;
            }
        }
        return false;
    }

    /** A number word of English ("oh", "zero", "to"). */
    static boolean isEnglishWord(String text, int start, int end) {
        long entry = entry(text, start, end);
        return entry >= 0 && ((entry >>> CODE_BITS) & EN) != 0;
    }

    /** An English digit word that is no word of another kind ("zero", "four", not "to" or "oh"), or "double", "triple". */
    private static boolean isEnglishDigit(String text, int start, int end) {
        long entry = entry(text, start, end);
        long info = entry >>> CODE_BITS;
        long kind = (entry & CODE_MASK) / 100;
        // ("noy chhoy saat char, double ek, aat paanch, ...")
        return entry >= 0 && (info & EN) != 0 && (info & AMBIGUOUS) == 0 && (kind == UNIT || kind == DOUBLE || kind == TRIPLE);
    }

    /** The table entry (flags, languages and code) of a word or a compound, or -1; no context read. */
    private static long entry(String text, int start, int end) {
        int length = end - start;
        char first = Character.toLowerCase(text.charAt(start));
        if (first >= INDEXED) {
            return -1;
        }
        if (WORDS.has(first, length)) {
            String[] candidates = WORDS.words()[first][length];
            char[] lasts = WORDS.lasts()[first][length];
            // The last char first, compared as regionMatches compares chars: most words fail there.
            char last = Character.toUpperCase(text.charAt(end - 1));
            char lastOfLower = Character.toUpperCase(Character.toLowerCase(text.charAt(end - 1)));
            long lastBits = 1L << last | 1L << lastOfLower; // a shift by a char uses its low six bits
            for (int k = (WORDS.lastMasks()[first][length] & lastBits) == 0 ? candidates.length : 0; k < candidates.length; k++) {
                if ((lasts[k] == last || lasts[k] == lastOfLower)
                        && text.regionMatches(true, start, candidates[k], 0, length)) {
                    return WORDS.entries()[first][length][k];
                }
            }
        }
        return length >= MIN_COMPOUND && length <= MAX_COMPOUND && HEADS_BY_FIRST[first] != null
                ? compound(text, start, end, HEADS_BY_FIRST[first]) : -1;
    }

    /**
     * A two-digit number written as one word, from {@code heads} (the parts that may start it): unit,
     * link and tens ("einundzwanzig" 21, "femogfyrre" 45, "vijfenveertig" 45) or tens and unit
     * ("fyrtiofem" 45, "tjueen" 21, "trentatré" 33, with Italian's elided vowel "ventotto" 28).
     */
    private static long compound(String text, int start, int end, Part[] heads) {
        char second = Character.toLowerCase(text.charAt(start + 1));
        for (Part head : heads) {
            String word = head.word();
            if (word.charAt(1) != second) {
                continue;
            }
            // Italian drops the tens' final vowel before a unit that starts with one: "ventuno", "trentotto".
            boolean elidable = head.languages() == IT;
            int length = word.length();
            if (!text.regionMatches(true, start, word, 0, elidable ? length - 1 : length)) {
                continue;
            }
            int at = start + length;
            if (head.value() < 10) {
                for (Part link : LINKS) {
                    long languages = head.languages() & link.languages();
                    int tensAt = at + link.word().length();
                    if (languages != 0 && text.regionMatches(true, at, link.word(), 0, link.word().length())) {
                        for (Part tens : LINKED_TENS) {
                            if ((tens.languages() & languages) != 0 && matches(text, tensAt, end, tens.word())) {
                                return packed(tens.languages() & languages, TEEN * 100 + tens.value() + head.value());
                            }
                        }
                    }
                }
                continue;
            }
            for (Part unit : UNIT_TAILS) {
                long languages = head.languages() & unit.languages();
                if (languages == 0) {
                    continue;
                }
                boolean elided = elidable && isVowel(unit.word().charAt(0));
                if ((elided || text.regionMatches(true, at - 1, word, length - 1, 1))
                        && matches(text, elided ? at - 1 : at, end, unit.word())) {
                    return packed(languages, TEEN * 100 + head.value() + unit.value());
                }
            }
        }
        return -1;
    }

    /** {@link ScriptNumerals#split}'s numerals as the codes of units; null stays null. */
    private static List<int[]> unitCodes(List<int[]> numerals) {
        return numerals == null ? null : numerals.stream()
                .map(numeral -> numeral[0] < 0 ? numeral
                        : new int[] {numeral[0] == ScriptNumerals.PLUS ? PLUS * 100 : UNIT * 100 + numeral[0], numeral[1], numeral[2]})
                .toList();
    }

    /** Fewest chars of a hundreds word glued to a number ("stodva" 102). */
    private static final int MIN_GLUED = 6;

    /**
     * Hundreds glued to the tens or unit after them, as Slovak, Hungarian, Estonian and Finnish write a
     * number ("tristoosemnásť" 318, "dvestoštyridsaťsedem" 247, "négyszáztizennyolc" 418): the two
     * parts as {@code {code, start, end}}, or null.
     */
    private static List<int[]> gluedHundreds(String text, int start, int end) {
        char first = Character.toLowerCase(text.charAt(start));
        if (end - start < MIN_GLUED || first >= INDEXED || GLUED_HUNDREDS_BY_FIRST[first] == null) {
            return null;
        }
        for (Part head : GLUED_HUNDREDS_BY_FIRST[first]) {
            int at = start + head.word().length();
            if (at >= end - 1 || !text.regionMatches(true, start, head.word(), 0, head.word().length())) {
                continue;
            }
            long rest = entry(text, at, end);
            if (rest < 0 && head.word().endsWith("o") && at < end && text.charAt(at) == 't') {
                // Italian drops the hundred's last vowel before "ottanta" and "otto": "trecentottanta" 380.
                rest = entry(text, at - 1, end);
                at = rest >= 0 ? at - 1 : at;
            }
            long info = rest >>> CODE_BITS;
            int code = (int) (rest & CODE_MASK);
            int kind = code / 100;
            if (rest >= 0 && (info & head.languages()) != 0 && (info & (HUNDREDS | AMBIGUOUS)) == 0
                    && (kind == UNIT || kind == TEEN || kind == TENS)) {
                int hundreds = kind == UNIT ? TEEN * 100 + head.value() * 10 : UNIT * 100 + head.value();
                return List.of(new int[] {hundreds, start, at}, new int[] {code, at, end});
            }
        }
        return null;
    }

    private static boolean matches(String text, int start, int end, String word) {
        return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static long packed(long info, int code) {
        return info << CODE_BITS | code;
    }

    /**
     * Whether a word of {@code languages} that is also an everyday word elsewhere stands among number
     * words of its language: within {@link #CONFIRM_WORDS} words on either side, joined as a run's
     * words are, an unambiguous one, with only ambiguous ones of the language between.
     */
    private static boolean confirmed(String text, int start, int end, long languages) {
        return confirmedToward(text, start, languages, false) || confirmedToward(text, end, languages, true);
    }

    private static boolean confirmedToward(String text, int edge, long languages, boolean forward) {
        int at = edge;
        boolean shared = false;
        int correctionWords = 0;
        for (int words = 0; words < CONFIRM_WORDS; words++) {
            long span = joined(text, at, forward, false);
            if (span < 0) {
                // A false start broken off before the number said again, which a rewrite wrote as digits ("sis
                // sis u... no, 671 28 14 96"): the number's digits confirm the words said first.
                long digits = forward ? digitsNextTo(text, at, true) : -1;
                return shared || digits >= 0 && ellipsisBetween(text, edge, (int) (digits >>> 32) - (int) digits);
            }
            if (forward && correctionWords < MAX_CORRECTION_WORDS
                    && (ellipsisBetween(text, at, (int) (span >>> 32)) || correctionWords > 0)
                    && TextClassifier.isCorrectionWord(text.substring((int) (span >>> 32), (int) span).toLowerCase(Locale.ROOT))) {
                correctionWords++;
                at = (int) span;
                words--;
                continue;
            }
            long entry = entry(text, (int) (span >>> 32), (int) span);
            long info = entry >>> CODE_BITS;
            if (entry < 0 || (info & languages) == 0) {
                // A word read only where its language is sure counts as an ambiguous one ("set" in "set vuit").
                if ((alternativeLanguages(text, (int) (span >>> 32), (int) span) & languages) == 0) {
                    return shared && entry < 0; // after a shared word, the end of the run says nothing against it
                }
                at = forward ? (int) span : (int) (span >>> 32);
                continue;
            }
            if ((info & AMBIGUOUS) == 0) {
                if (shared || (info & LANGUAGES & ~languages) == 0) {
                    return true;
                }
                // A word of another language too ("nul" is Dutch and Danish) leaves it to the next:
                // Dutch "en nul vier negen" is "and 0 4 9", Danish "en nul fire" is "1 0 4".
                shared = true;
            }
            at = forward ? (int) span : (int) (span >>> 32);
        }
        return shared;
    }

    /** A char of a gap that counts for nothing in its length: a filler's mark, an ellipsis's dot (as gap() counts). */
    private static boolean isUncounted(char c) {
        return c == SpokenFillers.MARK || c == '.';
    }

    /**
     * The span ({@code start << 32 | end}) of the word right after ({@code forward}) or before {@code
     * edge}, when what lies between may join two words of a run ({@code withoutPause}: blanks or a
     * hyphen only); -1 otherwise.
     */
    private static long joined(String text, int edge, boolean forward, boolean withoutPause) {
        int near = edge;
        int far;
        int gap;
        // A filler's marks and an ellipsis's dots count for nothing in the gap, as gap() counts it.
        int skipped = 0;
        if (forward) {
            while (near < text.length() && near - edge - skipped <= MAX_GAP && !Character.isLetter(text.charAt(near))) {
                skipped += isUncounted(text.charAt(near)) ? 1 : 0;
                near++;
            }
            far = near < text.length() && Character.isLetter(text.charAt(near)) ? wordEnd(text, near, text.length())
                    : near;
            gap = far == near ? -1 : gap(text, edge, near);
        } else {
            while (near > 0 && edge - near - skipped <= MAX_GAP && !Character.isLetter(text.charAt(near - 1))) {
                skipped += isUncounted(text.charAt(near - 1)) ? 1 : 0;
                near--;
            }
            far = near > 0 && Character.isLetter(text.charAt(near - 1)) ? wordStart(text, near) : near;
            gap = far == near ? -1 : gap(text, near, edge);
        }
        if (gap < 0 || (withoutPause && gap != 0)) {
            return -1;
        }
        return forward ? (long) near << 32 | far : (long) far << 32 | near;
    }

    /**
     * A hundreds word's code from the word after it ({@link #HUNDREDS}); after a unit, one that
     * {@code multiplies} is "hundred" ("beş yüz" 500).
     */
    /** The value of a multiplying hundreds word's token: the number it ends is a group of three digits. */
    private static final int GROUP_OF_THREE = 1;

    private static int hundreds(String text, int start, int end, int digit, boolean multiplies) {
        if (multiplies && joinedKind(text, start, false) == UNIT) {
            return HUNDRED * 100 + GROUP_OF_THREE;
        }
        int next = joinedKind(text, end, true);
        if (next == AND) {
            // "novecentos e cinco" is 905 as "seiscientos cinco" is 605; the "e" itself is skipped.
            long and = joined(text, end, true, true);
            next = and < 0 ? -1 : joinedKind(text, (int) and, true);
        }
        if (next == UNIT && !quatreVingtAfter(text, end)) {
            return TEEN * 100 + digit * 10; // "seiscientos cinco": 60 and 5
        }
        if (next < 0) {
            return WHOLE_HUNDREDS * 100 + digit; // "пятьсот," and "pięćset" at a run's end are 500
        }
        return UNIT * 100 + digit; // before tens or teens, its digit: "pięćset dwanaście" 5 and 12
    }

    /** Whether French "quatre-vingt" (tens, not a unit) follows {@code end}: "cent quatre-vingt-douze" is 192. */
    private static boolean quatreVingtAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.regionMatches(true, i, "quatre-vingt", 0, 12);
    }

    /** The kind of the number word joined to {@code edge} by blanks or a hyphen (no pause), or -1. */
    private static int joinedKind(String text, int edge, boolean forward) {
        long span = joined(text, edge, forward, true);
        long entry = span < 0 ? -1 : entry(text, (int) (span >>> 32), (int) span);
        return entry < 0 ? -1 : (int) (entry & CODE_MASK) / 100;
    }

    private static int kindAt(List<int[]> tokens, int k) {
        return k < tokens.size() ? tokens.get(k)[0] / 100 : -1;
    }

    private static int valueAt(List<int[]> tokens, int k) {
        return tokens.get(k)[0] % 100;
    }

    /** Whether token {@code k} exists, is of {@code kind} and follows the one before without a pause. */
    private static boolean joined(List<int[]> tokens, int k, int kind) {
        return kindAt(tokens, k) == kind && tokens.get(k)[3] == 0;
    }

    /** Whether token {@code k} is of {@code kind} and joined to the one before by a hyphen. */
    private static boolean hyphened(String text, List<int[]> tokens, int k, int kind) {
        if (!joined(tokens, k, kind)) {
            return false;
        }
        for (int i = tokens.get(k - 1)[2]; i < tokens.get(k)[1]; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * A French two-digit number whose tens part ends at token {@code k} with value {@code tens}
     * (vingt ... soixante, or 80 for "quatre-vingt"): adds its digits and returns the index of its
     * last token. "vingt et un" 21, "soixante et onze" 71, "soixante-dix-sept" 77,
     * "quatre-vingt-dix-huit" 98, "trente-neuf" 39, "vingt" 20. The parts of a compound are joined
     * by hyphens, as French writes them: "cinquante quatre-vingts" is 50 80, not 54 20, and
     * "quatre-vingts" (with its plural s) ends its number.
     */
    private static int frenchTens(String text, List<int[]> tokens, int first, int k, int tens, List<Said> run,
            boolean pause) {
        int start = tokens.get(first)[1];
        int value = tens;
        int last = k;
        boolean sixtyOrEighty = tens == 60 || tens == 80;
        boolean closed = Character.toLowerCase(text.charAt(tokens.get(k)[2] - 1)) == 's';
        if (closed) {
            value = tens;
        } else if (joined(tokens, k + 1, AND) && joined(tokens, k + 2, UNIT) && valueAt(tokens, k + 2) == 1) {
            value = tens + 1;
            last = k + 2;
        } else if (sixtyOrEighty && joined(tokens, k + 1, AND) && joined(tokens, k + 2, TEEN)
                && valueAt(tokens, k + 2) == 11) {
            value = tens + 11;
            last = k + 2;
        } else if (sixtyOrEighty && hyphened(text, tokens, k + 1, DIX)) {
            boolean seventeenToNineteen = hyphened(text, tokens, k + 2, UNIT) && valueAt(tokens, k + 2) >= 7;
            value = tens + 10 + (seventeenToNineteen ? valueAt(tokens, k + 2) : 0);
            last = seventeenToNineteen ? k + 2 : k + 1;
        } else if (sixtyOrEighty && hyphened(text, tokens, k + 1, TEEN) && valueAt(tokens, k + 1) < 20) {
            value = tens + valueAt(tokens, k + 1);
            last = k + 1;
        } else if (hyphened(text, tokens, k + 1, UNIT) && valueAt(tokens, k + 1) != 0) {
            value = tens + valueAt(tokens, k + 1);
            last = k + 1;
        }
        addDigits(run, String.valueOf(value), start, tokens.get(last)[2], pause);
        return last;
    }

    /**
     * Turns the tokens of one candidate run into digits; a word that cannot stand where it does
     * ("double" not before a digit, "hundred" not after one, "plus" not first, "et" not inside a
     * French number) splits the run.
     */
    private static final List<String> ONLY_INSIDE = List.of("um", "due", "sei");

    private static boolean onlyInside(String text, int[] token) {
        for (String word : ONLY_INSIDE) {
            if (isWord(text, token, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops an "um" inside a run between two tokens that no Portuguese speaker says ("four oh eight um
     * five five five ..."), or anywhere in a run with no word that only Portuguese says ("five five five
     * um zero one one six": "zero" is English too): English's filler, a pause, not Portuguese's one
     * ("nove um dois", "dois zero um, cinco cinco cinco, zero um zero nove").
     */
    private static void dropFillerUm(String text, List<int[]> tokens) {
        boolean portuguese = false;
        for (int[] token : tokens) {
            portuguese |= !isWord(text, token, "um") && saysOnlyInPortuguese(text, token);
        }
        for (int k = tokens.size() - 2; k >= 1; k--) {
            if (isWord(text, tokens.get(k), "um") && (!portuguese || !saysInPortuguese(text, tokens.get(k - 1))
                    && !saysInPortuguese(text, tokens.get(k + 1)))) {
                tokens.remove(k);
                tokens.get(k)[3] = 1;
            }
        }
    }

    private static boolean saysInPortuguese(String text, int[] token) {
        return saysInPortuguese(text, token[1], token[2]);
    }

    /** A Portuguese number word that is not English's too ("zero" is both). */
    private static boolean saysOnlyInPortuguese(String text, int[] token) {
        long entry = entry(text, token[1], token[2]);
        return entry >= 0 && ((entry >>> CODE_BITS) & PT) != 0 && ((entry >>> CODE_BITS) & EN) == 0;
    }

    private static boolean saysInPortuguese(String text, int start, int end) {
        long entry = entry(text, start, end);
        return entry >= 0 && ((entry >>> CODE_BITS) & PT) != 0;
    }

    /** Whether {@code text[start, end)} is "um" after a Portuguese number word: one ("nove um... nove um seis"), no filler. */
    static boolean isPortugueseOne(String text, int start, int end) {
        if (end - start != 2 || !text.regionMatches(true, start, "um", 0, 2)) {
            return false;
        }
        int wordEnd = start;
        while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
            wordEnd--;
        }
        int wordStart = Chars.lettersStart(text, wordEnd);
        return wordStart < wordEnd && saysInPortuguese(text, wordStart, wordEnd);
    }

    private static void flush(String text, List<int[]> tokens, List<List<Said>> runs, int minDigits, int minSpoken) {
        if (minSpoken > 0 && !anySpoken(tokens)) {
            tokens.clear(); // written digits alone ("555-0132", a card number), which no run is
            return;
        }
        // English "o" (zero) is the article or "or" before another language's number word ("o meu
        // telemóvel é o nove um dois", "o cinco").
        // So before "zero" when the words after it are another language's ("é o zero três, oitenta e oito").
        while (tokens.size() > 1 && isLetterO(text, tokens.get(0)) && (!saysInEnglish(text, tokens.get(1))
                || tokens.size() > 2 && isWord(text, tokens.get(1), "zero") && !saysInEnglish(text, tokens.get(2)))) {
            tokens.remove(0);
        }
        // An "oh" said after a pause at a run's end, before a word of surprise or correction, is the
        // interjection: "... oh one three four, oh no wait, that's your number".
        // So is one after a pause at the end of a run said in another language ("vier vijf zeven vijf...
        // oh mag dat niet?"): English's "oh" among Dutch digits.
        if (tokens.size() > 1 && isOh(text, tokens.get(tokens.size() - 1)) && tokens.get(tokens.size() - 1)[3] == 1
                && (INTERJECTION_AFTER_OH.contains(wordAfter(text, tokens.get(tokens.size() - 1)[2]))
                        || noneSaidInEnglish(text, tokens.subList(0, tokens.size() - 1)))) {
            tokens.remove(tokens.size() - 1);
        }
        // A "one" said after a pause at a run's end before a noun counts that thing: "... zero one nine
        // one, one digit different", "..., one more thing".
        if (tokens.size() > 1 && tokens.get(tokens.size() - 1)[3] == 1
                && isWord(text, tokens.get(tokens.size() - 1), "one")
                && COUNTED_AFTER_ONE.contains(wordAfter(text, tokens.get(tokens.size() - 1)[2]))) {
            tokens.remove(tokens.size() - 1);
        }
        // So is a Turkish "bir" before "de" or "daha" ("..., kırk beş, doksan, bir de eşiminki ...": and also my
        // wife's), or before what it counts ("bir tane", "bir kere", "bir şey").
        if (tokens.size() > 1 && tokens.get(tokens.size() - 1)[3] == 1 && isWord(text, tokens.get(tokens.size() - 1), "bir")
                && TURKISH_AFTER_ARTICLE_BIR.contains(wordAfter(text, tokens.get(tokens.size() - 1)[2]))) {
            tokens.remove(tokens.size() - 1);
        }
        // Romanian "o sută" is one hundred: the "o" is its article.
        for (int k = tokens.size() - 1; k > 0; k--) {
            if (isWord(text, tokens.get(k), "sut\u0103") && isLetterO(text, tokens.get(k - 1))) {
                tokens.remove(k - 1);
            }
        }
        // ... and after one, at a run's end: "... seis sete dois nove, o telefone de lá".
        while (tokens.size() > 1 && isLetterO(text, tokens.get(tokens.size() - 1))
                && !saysInEnglish(text, tokens.get(tokens.size() - 2))) {
            tokens.remove(tokens.size() - 1);
        }
        // Pinyin "yao" said after a pause at a run's end and before a word is the verb (want, ask: "..., ba ba
        // liu san, yao qiu jin tian hui dian"), not the one of a number.
        if (tokens.size() > 1 && tokens.get(tokens.size() - 1)[3] == 1 && isWord(text, tokens.get(tokens.size() - 1), "yao")
                && !wordAfter(text, tokens.get(tokens.size() - 1)[2]).isEmpty()) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() > 1 && isPronounOne(text, tokens.get(0))) {
            tokens.remove(0); // "it's the free one, oh eight hundred, ...": the one meant, not a digit
        }
        // Gujarati "chhe" (is) before or after a number in a text that speaks Gujarati ("maro number chhe
        // nav aath be ...", "..., be chha saat tran char che"), not Hindi's six.
        if (tokens.size() > 1 && (isGujaratiIs(text, tokens.get(0)) || isGujaratiIs(text, tokens.get(tokens.size() - 1)))
                && GUJARATI_POSSESSIVE.matcher(text).find()) {
            if (isGujaratiIs(text, tokens.get(0))) {
                tokens.remove(0);
            }
            if (tokens.size() > 1 && isGujaratiIs(text, tokens.get(tokens.size() - 1))) {
                tokens.remove(tokens.size() - 1);
            }
        }
        // At a run's edge such a word counts only next to a number word of its own language: "...
        // quattro quattro sette due" ends in 2, "payment due 15 01" starts with no number word,
        // Basque "sei bat bi" starts with 6.
        while (!tokens.isEmpty() && onlyInside(text, tokens.get(0))
                && !confirmedToward(text, tokens.get(0)[2], IT | PT | EU, true)) {
            tokens.remove(0);
        }
        while (!tokens.isEmpty() && onlyInside(text, tokens.get(tokens.size() - 1))
                && !confirmedToward(text, tokens.get(tokens.size() - 1)[1], IT | PT | EU, false)) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.isEmpty()) {
            return;
        }
        dropFillerUm(text, tokens);
        List<Said> run = new ArrayList<>();
        int spoken = 0;
        if (hungarianTrunk(text, tokens)) {
            // "hat-harminc, ...", "hat-hetven, ...": Hungarians say the trunk prefix 06 as "six".
            run.add(new Said('0', tokens.get(0)[1], tokens.get(0)[2], tokens.get(0)[3] == 1));
            spoken++;
        }
        int k = 0;
        while (k < tokens.size()) {
            int[] t = tokens.get(k);
            int kind = t[0] / 100;
            int value = t[0] % 100;
            boolean pause = t[3] == 1;
            int[] next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            boolean nextIsUnit = next != null && next[0] / 100 == UNIT && next[3] == 0;
            switch (kind) {
                case UNIT -> {
                    boolean hundreds = next != null && next[0] / 100 == HUNDRED && next[3] == 0;
                    if (value == 4 && hyphened(text, tokens, k + 1, FR_TENS) && valueAt(tokens, k + 1) == 20) {
                        k = frenchTens(text, tokens, k, k + 1, 80, run, pause); // quatre-vingt
                        spoken += 2;
                    } else if (value != 0 && joined(tokens, k + 1, AND) && joined(tokens, k + 2, TENS)) {
                        // "ein und zwanzig": a German compound written apart
                        addDigits(run, String.valueOf(valueAt(tokens, k + 2) + value), t[1], tokens.get(k + 2)[2], pause);
                        spoken += 2;
                        k += 2;
                    } else if (value != 0 && thousandAlone(tokens, k + 1)) {
                        // "four thousand, oh five six six, ...": a group said as its thousands, 4000; not
                        // "four thousand five hundred", an amount.
                        addDigits(run, value + "000", t[1], next[2], pause);
                        spoken += 4;
                        k++;
                    } else if (value != 0 && thousandsOfAGroup(text, tokens, k + 1)) {
                        // "quatre mille neuf cent soixante-dix-huit": the thousands' digit, and the zeros
                        // the rest leaves out ("sept mille quarante-six" 7046).
                        run.add(new Said((char) ('0' + value), t[1], t[2], pause));
                        addZerosBefore(text, tokens, k + 2, next, run);
                        spoken += 2;
                        k++;
                    } else {
                        run.add(new Said((char) ('0' + value), t[1], t[2], pause));
                        spoken++;
                    }
                    if (hundreds && value == 0 && next[0] % 100 == GROUP_OF_THREE) {
                        // "zéro cent quatre-vingt-onze" is 0191: a zero before the hundreds word is a
                        // digit of its own, and the hundreds word alone its one hundred.
                        run.add(new Said('1', next[1], next[2], false));
                        spoken++;
                        k++;
                    } else if (hundreds) {
                        // Read as a group of digits: "nine hundred" is 900 ("oh seven seven double oh nine
                        // hundred four six one" is 07700 900461), "one hundred forty nine" 149.
                        int[] after = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
                        int afterKind = after == null || after[3] == 1 ? 0 : after[0] / 100;
                        // French tens and teens ("cent dix-huit", "cent soixante-dix", "cent quatre-vingt")
                        // fill the two places as English "forty nine" does.
                        boolean frenchTensAfter = afterKind == DIX || afterKind == FR_TENS
                                || (afterKind == UNIT && after[0] % 100 == 4 && hyphened(text, tokens, k + 3, FR_TENS));
                        // A language that says numbers in groups of three ("šest set tři", "beş yüz üç")
                        // means 603 where English digit by digit ("nine hundred four") means 9004.
                        int zeros = afterKind == TEEN || afterKind == TENS || frenchTensAfter ? 0
                                : afterKind == UNIT && next[0] % 100 == GROUP_OF_THREE ? 1 : 2;
                        for (int z = 0; z < zeros; z++) {
                            run.add(new Said('0', next[1], next[2], false));
                        }
                        spoken += zeros;
                        k++;
                    }
                }
                case TEEN -> {
                    if (next != null && next[0] / 100 == HUNDRED && next[3] == 0) {
                        // "eighteen hundred, one zero two, ...": 1800, a toll-free prefix said as a year is
                        addDigits(run, value + "00", t[1], next[2], pause);
                        spoken += 4;
                        k++;
                    } else {
                        addDigits(run, String.valueOf(value), t[1], t[2], pause);
                        spoken += 2;
                    }
                }
                case WHOLE_HUNDREDS -> {
                    addDigits(run, value + "00", t[1], t[2], pause);
                    spoken += 3;
                }
                case DIX -> {
                    if (hyphened(text, tokens, k + 1, UNIT) && next[0] % 100 >= 7) {
                        addDigits(run, String.valueOf(10 + next[0] % 100), t[1], next[2], pause);
                        k++;
                    } else {
                        addDigits(run, "10", t[1], t[2], pause);
                    }
                    spoken += 2;
                }
                case FR_TENS -> {
                    k = frenchTens(text, tokens, k, k, value, run, pause);
                    spoken += 2;
                }
                case TENS -> {
                    // "doksan beş yüz kırk iki" is 90 and 542: a unit that a word for hundreds multiplies
                    // in a language saying groups of three is that group's first digit, not the tens' unit.
                    boolean unitOfHundreds = joined(tokens, k + 2, HUNDRED) && tokens.get(k + 2)[0] % 100 == GROUP_OF_THREE;
                    if (nextIsUnit && next[0] % 100 != 0 && !unitOfHundreds) {
                        addDigits(run, String.valueOf(value + next[0] % 100), t[1], next[2], pause);
                        k++;
                    } else if (joined(tokens, k + 1, AND) && joined(tokens, k + 2, UNIT) && valueAt(tokens, k + 2) != 0) {
                        // "treinta y dos"
                        addDigits(run, String.valueOf(value + valueAt(tokens, k + 2)), t[1], tokens.get(k + 2)[2], pause);
                        k += 2;
                    } else {
                        addDigits(run, String.valueOf(value), t[1], t[2], pause);
                    }
                    spoken += 2;
                }
                case DOUBLE, TRIPLE -> {
                    if (!nextIsUnit) {
                        spoken = end(run, spoken, runs, minDigits, minSpoken);
                        run = new ArrayList<>();
                    } else {
                        char digit = (char) ('0' + next[0] % 100);
                        int times = kind == DOUBLE ? 2 : 3;
                        for (int r = 0; r < times; r++) {
                            run.add(new Said(digit, t[1], next[2], pause && r == 0));
                        }
                        spoken += times;
                        k++;
                    }
                }
                case PLUS -> {
                    spoken = end(run, spoken, runs, minDigits, minSpoken);
                    run = new ArrayList<>();
                    // No country code starts with 0: before one, the word is another language's ("plis, dim
                    // dau naw, ...": Welsh "please", then 029).
                    if (next != null && next[0] / 100 != PLUS && !(next[0] / 100 == UNIT && next[0] % 100 == 0)) {
                        run.add(new Said('+', t[1], t[2], false));
                    }
                }
                case ZEROS -> {
                    int[] previous = k > 0 ? tokens.get(k - 1) : null;
                    int times = previous == null || previous[0] / 100 != UNIT || pause ? 0 : previous[0] % 100;
                    if (times < 2 || times > 4 || run.isEmpty()) {
                        spoken = end(run, spoken, runs, minDigits, minSpoken);
                        run = new ArrayList<>();
                    } else {
                        // The count said before was taken as a digit: it is the number of zeros.
                        Said count = run.remove(run.size() - 1);
                        for (int r = 0; r < times; r++) {
                            run.add(new Said('0', count.start(), t[2], count.pauseBefore() && r == 0));
                        }
                        spoken += times - 1;
                    }
                }
                case DIGITS -> {
                    addDigits(run, text.substring(t[1], t[2]), t[1], t[2], pause);
                    if (t[2] - t[1] == 1) {
                        spoken++; // a dictated digit ("0 7 4 1 2, 8 8 3"): said one by one
                    }
                }
                case THOUSAND -> {
                    if ((pause || run.isEmpty()) && thousandsOfAGroup(text, tokens, k)) {
                        // "mille quatre cent soixante-dix-huit": a group of one thousand and more, 1478.
                        run.add(new Said('1', t[1], t[2], pause));
                        addZerosBefore(text, tokens, k + 1, t, run);
                        spoken++;
                    } else {
                        spoken = end(run, spoken, runs, minDigits, minSpoken);
                        run = new ArrayList<>();
                    }
                }
                default -> {
                    spoken = end(run, spoken, runs, minDigits, minSpoken);
                    run = new ArrayList<>();
                }
            }
            k++;
        }
        end(run, spoken, runs, minDigits, minSpoken);
        tokens.clear();
    }

    /**
     * Whether token {@code k} is French "mille" or Spanish and Portuguese "mil" (not English "thousand",
     * which says amounts), with the rest of a group of four digits joined after it: hundreds, tens or
     * a unit.
     */
    private static boolean thousandsOfAGroup(String text, List<int[]> tokens, int k) {
        if (kindAt(tokens, k) != THOUSAND || isWord(text, tokens.get(k), "thousand") || k + 1 >= tokens.size()
                || tokens.get(k + 1)[3] == 1) {
            return false;
        }
        int kind = kindAt(tokens, k + 1);
        return (kind == UNIT || kind == HUNDRED || kind == TENS || kind == TEEN || kind == FR_TENS || kind == DIX)
                && thousandsWords(tokens) >= MIN_THOUSANDS_GROUPS;
    }

    /**
     * Fewest groups of a run said in thousands for any to be read so: a card or an IBAN read that way says
     * every group so, where one alone is as often a year or an amount ("el número ce ese dos mil
     * veinticinco, ...").
     */
    private static final int MIN_THOUSANDS_GROUPS = 2;

    /** Groups of {@code tokens} that open with a thousands word or a unit and one ("deux mille ...", "mille ..."). */
    private static int thousandsWords(List<int[]> tokens) {
        int count = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k)[0] / 100 != THOUSAND) {
                continue;
            }
            boolean opens = k == 0 || tokens.get(k)[3] == 1;
            boolean afterOpeningUnit = k > 0 && tokens.get(k)[3] == 0 && tokens.get(k - 1)[0] / 100 == UNIT
                    && (k == 1 || tokens.get(k - 1)[3] == 1);
            count += opens || afterOpeningUnit ? 1 : 0;
        }
        return count;
    }

    /**
     * The zeros between a thousands' digit and the rest said from token {@code k} ("sept mille
     * quarante-six": one, 7046; "deux mille un": two, 2001; none before hundreds), as digits said by
     * the thousands word {@code thousand}.
     */
    private static void addZerosBefore(String text, List<int[]> tokens, int k, int[] thousand, List<Said> run) {
        int kind = kindAt(tokens, k);
        boolean hundreds = kind == HUNDRED || kind == UNIT && joined(tokens, k + 1, HUNDRED);
        boolean tens = kind == TENS || kind == TEEN || kind == FR_TENS || kind == DIX
                || kind == UNIT && valueAt(tokens, k) == 4 && hyphened(text, tokens, k + 1, FR_TENS);
        int zeros = hundreds ? 0 : tens ? 1 : 2;
        for (int z = 0; z < zeros; z++) {
            run.add(new Said('0', thousand[1], thousand[2], false));
        }
    }

    /** Whether token {@code k} is "thousand", joined to the unit before it, with a pause or nothing after it. */
    private static boolean thousandAlone(List<int[]> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k)[0] / 100 != THOUSAND || tokens.get(k)[3] == 1) {
            return false;
        }
        return k + 1 == tokens.size() || tokens.get(k + 1)[3] == 1;
    }

    /**
     * English "one" that stands for a thing named before it: "the free one", "this one", "the one on
     * the account", set off by a pause from what follows; or, without the pause, after a determiner
     * and a word that describes it ("no use a new one four two four two, ...").
     */
    private static boolean isPronounOne(String text, int[] token) {
        int end = token[2];
        if (!isWord(text, token, "one") || end >= text.length() || TOLL_FREE_AFTER_ONE.matcher(text).region(end, text.length()).lookingAt()) {
            return false; // "the number on the back of the card one eight hundred, ...": 1-800, a toll-free number
        }
        boolean paused = text.charAt(end) == ',' || text.charAt(end) == '.' || text.charAt(end) == ':';
        int wordEnd = token[1];
        boolean letterBefore = false;
        for (int words = 0; words < 2; words++) {
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd || isNumberWord(text, wordStart, wordEnd)) {
                return false;
            }
            String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            if (words == 0 && NATIONALITIES.contains(word)
                    && (paused || ZERO_AFTER.matcher(text).region(end, text.length()).lookingAt())) {
                // "is Polish number, I also have English one oh seven nine ...", "but best to use UK one, oh
                // seven ...": the country's number, then that number from its trunk zero (no plan dials 1, 0).
                return true;
            }
            // (Not after two letters spelled: "nine nine nine A A one zero one two ...", a tracking number.)
            if (ONE_DETERMINERS.contains(word)
                    || (words == 1 && !letterBefore && (word.equals("a") || word.equals("an")))) {
                return paused || words == 1;
            }
            letterBefore = wordEnd - wordStart == 1 && Character.isUpperCase(text.charAt(wordStart));
            wordEnd = wordStart;
        }
        return false;
    }

    /** North America's toll-free codes said after a "one": 800 and 888, 877, 866, 855, 844, 833. */
    private static final Pattern TOLL_FREE_AFTER_ONE = Pattern.compile(
            "(?i)[ ,]+eight(?: hundred| (?:eight eight|seven seven|six six|five five|four four|three three))(?![\\p{L}])");

    /**
     * A country's adjective or initials before "one" ("English", "Polish", "UK"), as callers with two
     * numbers name them. A list, not a suffix: names end in "-ian" and "-an" too ("ask for Brian, one four ...").
     */
    private static final Set<String> NATIONALITIES = Set.of("uk", "us", "usa", "english", "british", "irish", "scottish",
            "welsh", "american", "canadian", "mexican", "australian", "indian", "pakistani", "nigerian", "ghanaian",
            "kenyan", "polish", "romanian", "german", "french", "spanish", "italian", "portuguese", "dutch", "turkish",
            "greek", "swedish", "danish", "norwegian", "filipino", "chinese", "emirati", "saudi", "brazilian");
    private static final Pattern ZERO_AFTER = Pattern.compile("(?i) +(?:oh|o|zero|nought)(?![\\p{L}])");

    /** Words that make the "one" after them (at most one word between) a thing: "the free one", "this one". */
    private static final Set<String> ONE_DETERMINERS = Set.of("the", "this", "that", "which", "my", "your", "other",
            "another",
            // A digit counted, not said: "oh wait, I missed one... nine eight four five zero, ...".
            "missed", "skipped", "forgot", "dropped", "left");

    private static boolean isLetterO(String text, int[] token) {
        return token[2] - token[1] == 1 && (text.charAt(token[1]) == 'o' || text.charAt(token[1]) == 'O');
    }

    /** The Hungarian area codes and mobile prefixes said after the trunk's "hat" (06): 1, 20, 30, 50, 70. */
    private static final Set<Integer> HUNGARIAN_AFTER_TRUNK = Set.of(1, 20, 30, 50, 70);

    /**
     * Whether a run opens with Hungarian "hat" (6) joined by a hyphen to an area code or a mobile
     * prefix ("hat-harminc", "hat-egy"): the trunk prefix 06 as callers say it.
     */
    private static boolean hungarianTrunk(String text, List<int[]> tokens) {
        if (tokens.size() < 2) {
            return false;
        }
        int[] first = tokens.get(0);
        int[] second = tokens.get(1);
        return isWord(text, first, "hat") && first[2] < text.length() && text.charAt(first[2]) == '-' && second[1] == first[2] + 1
                && HUNGARIAN_AFTER_TRUNK.contains(second[0] % 100) && (second[0] / 100 == TENS || second[0] / 100 == UNIT);
    }

    /** Whether none of {@code tokens} is a word of English's (written digits count as no word). */
    private static boolean noneSaidInEnglish(String text, List<int[]> tokens) {
        for (int[] token : tokens) {
            if (token[0] / 100 == DIGITS || saysInEnglish(text, token)) {
                return false;
            }
        }
        return true;
    }

    /** Words after which an "oh" is surprise or a correction's start, not a zero. */
    private static final Set<String> INTERJECTION_AFTER_OH = Set.of("no", "wait", "sorry", "my", "well", "yeah", "yes",
            "ok", "okay", "right", "hang", "actually", "dear", "god", "gosh", "shoot", "darn", "i");

    /** Words after which a Turkish "bir" is "also", "once more" or an article, not the digit. */
    private static final Set<String> TURKISH_AFTER_ARTICLE_BIR = Set.of("de", "da", "daha", "tane", "kere", "kez",
            "\u015fey", "sey", "saniye", "dakika");

    /** Nouns a "one" counts after a number: "one digit different", "one more thing", "one moment". */
    private static final Set<String> COUNTED_AFTER_ONE = Set.of("digit", "digits", "number", "more", "moment", "second",
            "sec", "minute", "thing", "day", "time", "of", "last", "other");

    private static boolean isWord(String text, int[] token, String word) {
        return token[2] - token[1] == word.length() && text.regionMatches(true, token[1], word, 0, word.length());
    }

    private static boolean isGujaratiIs(String text, int[] token) {
        return isWord(text, token, "chhe") || isWord(text, token, "che");
    }

    /** "My", "your", "our" in romanised Gujarati: the text speaks it. */
    private static final Pattern GUJARATI_POSSESSIVE = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:maro|maru|mari|mara|tamaro|tamaru|tamari|amaro|amaru|amari)(?![\\p{L}])");

    private static boolean isOh(String text, int[] token) {
        return isLetterO(text, token) || isWord(text, token, "oh");
    }

    /** The lower-cased word after {@code end}, past blanks and commas; empty when none follows. */
    static String wordAfter(String text, int end) {
        int start = end;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == ',')) {
            start++;
        }
        int wordEnd = start;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return text.substring(start, wordEnd).toLowerCase(Locale.ROOT);
    }

    /** Whether a token is written digits or an English number word. */
    private static boolean saysInEnglish(String text, int[] token) {
        long entry = entry(text, token[1], token[2]);
        return entry < 0 || ((entry >>> CODE_BITS) & EN) != 0;
    }

    /** Whether the last token, ending at {@code end}, is a word for hundreds ("novecentos", "trzysta"). */
    private static boolean isHundredsWord(String text, List<int[]> tokens, int end) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1)[2] != end) {
            return false;
        }
        long entry = entry(text, tokens.get(tokens.size() - 1)[1], end);
        return entry >= 0 && ((entry >>> CODE_BITS) & HUNDREDS) != 0;
    }

    /**
     * Whether a token says a digit in words: only those count as spoken in {@link #flush}. A run of
     * single written digits between blanks ("0 7 4 1 2, 8 8 3, 3 0 6", a transcript's digit-by-digit
     * dictation) counts as said too.
     */
    private static boolean anySpoken(List<int[]> tokens) {
        int singleDigits = 0;
        for (int[] token : tokens) {
            int kind = token[0] / 100;
            if (kind == UNIT || kind == TEEN || kind == DIX || kind == FR_TENS || kind == TENS || kind == WHOLE_HUNDREDS) {
                return true;
            }
            if (kind == DIGITS && token[2] - token[1] == 1) {
                singleDigits++;
            }
        }
        return singleDigits >= MIN_DICTATED_DIGITS;
    }

    /** Fewest single digits, each a token of its own, that make a dictated number. */
    private static final int MIN_DICTATED_DIGITS = 7;

    /** Keeps {@code run} when it is long enough and mostly spoken; returns the new spoken count, 0. */
    private static int end(List<Said> run, int spoken, List<List<Said>> runs, int minDigits, int minSpoken) {
        int digits = 0;
        for (Said said : run) {
            if (said.c() != '+') {
                digits++;
            }
        }
        if (digits >= minDigits && spoken >= minSpoken) {
            runs.add(run);
        }
        return 0;
    }

    /** Each digit of a written group or a two-digit word, all mapped to the group's span. */
    private static void addDigits(List<Said> run, String digits, int start, int end, boolean pause) {
        for (int i = 0; i < digits.length(); i++) {
            run.add(new Said(digits.charAt(i), start, end, pause && i == 0));
        }
    }

    /** For tests: the digits of each run, pauses as spaces. */
    static List<String> digitsOf(String text) {
        List<String> out = new ArrayList<>();
        for (List<Said> run : runs(text)) {
            StringBuilder digits = new StringBuilder();
            for (int k = 0; k < run.size(); k++) {
                if (k > 0 && run.get(k).pauseBefore()) {
                    digits.append(' ');
                }
                digits.append(run.get(k).c());
            }
            out.add(digits.toString());
        }
        return out;
    }
}
