package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words just before a span that make it more or less likely to be what a detector thinks it is:
 * "call me" before a digit run makes it a phone number, "order" makes it an order number.
 *
 * <p>Only the cue nearest to the span counts (a later cue overrides an earlier one: "about my order,
 * call me on ..."), and when two cues end at the same place the longer one wins, so "order number"
 * lowers where "number" alone would raise; a word for "number" right after an identifier's noun
 * ("Rx number", "faktura nummer", {@code RxNumber}) is that identifier's number too, and a compound
 * that ends in one ("storingsnummer", "Kundenr.") names an identifier unless its head names a phone
 * ("Rückrufnummer"). Negative cues lower a bare digit run fully and a
 * formatted one (spaces, dashes, brackets) by half, since formatting is itself evidence, unless
 * the cue labels the number directly (see {@link #apply}).
 *
 * <p>A key right before a value ({@code orderNumber=}, {@code "ssn_last9": }, {@code app-version:})
 * is read as a cue too, split into words at camelCase humps, '_', '-' and '.', and decides alone when
 * it holds one: it is the label of exactly that value. An XML element's name labels its content the
 * same way ({@code <chipNumber>0528814471</chipNumber>}).
 */
final class ContextWords {

    /** How far before a span cues are looked for, in chars. */
    static final int WINDOW = 40;
    /** How far before a speaker's tag the prompt's cues are looked for, in chars. */
    private static final int PROMPT_WINDOW = 64;

    static final double RAISE = 0.15;
    static final double LOWER = 0.40;
    static final double LABELLED_LOWER = 0.50;

    static final List<String> PHONE = List.of("call me", "call", "phone", "phone number", "mobile",
            "cell", "cellphone", "cellphone number", "tel", "telephone", "reach me", "text me", "text", "texted", "sms", "whatsapp", "number", "contact", "fax",
            "landline", "ph", "dial", "ring me", "callback", "call back", "caller", "caller id", "caller id number", "caller number", "mob",
            // A line named by where it rings, with the mark for "number": "answered at home # 555-0167".
            "home #", "home#", "work #", "work#",
            // A RADIUS station: the subscriber's number ("Calling-Station-Id=15125550147").
            "calling station id", "called station id",
            // An Indian operator's or bank's registered mobile number ("rmn=9011123456", "RMN is ...").
            "rmn", "registered mobile",
            // Callers write in their own language.
            "m\u00f3vil", "movil", "tel\u00e9fono", "telefono", "fijo", "ll\u00e1mame", "handy", "telefon",
            // (Brazilian WhatsApp slang: "meu zap é 85 9 9712 4408", "wpp".)
            "zap", "zapzap", "wpp", "whats",
            // The customer's phone in Polish, Czech and Slovak ("tel. klienta", "telefon zákazníka"): the
            // phone's cue with the possessive that alone names a customer number ("numer klienta").
            "tel. klienta", "telefon klienta", "telefonu klienta", "tel. klientki", "telefon klientki",
            "tel. z\u00e1kazn\u00edka", "telefon z\u00e1kazn\u00edka", "telef\u00f3n z\u00e1kazn\u00edka",
            // (Haitian Creole "nimewo", "telefòn"; Albanian "the number", "of the phone", "of the mobile", "call me".)
            "nimewo", "telef\u00f2n", "numri", "numrin", "telefonit", "celularit", "telefononi", "m\u00eb telefononi",
            "rufnummer", "festnetz", "anschluss", "portable", "natel", "fixe", "n\u00famero", "numero", "telem\u00f3vel", "cellulare", "llamen", "llamar", "llame", "ll\u00e1meme",
            // Persian "mobile", "telephone", "contact number" (not "شماره" alone, "number", which names what it
            // numbers after it: "شماره حساب", an account's).
            "\u0645\u0648\u0628\u0627\u06cc\u0644", "\u062a\u0644\u0641\u0646", "\u0647\u0645\u0631\u0627\u0647", "\u0634\u0645\u0627\u0631\u0647 \u062a\u0645\u0627\u0633", "\u0634\u0645\u0627\u0631\u0647 \u0645\u0648\u0628\u0627\u06cc\u0644", "\u0634\u0645\u0627\u0631\u0647 \u0647\u0645\u0631\u0627\u0647", "\u062a\u0644\u0641\u0646 \u062b\u0627\u0628\u062a", "\u0634\u0645\u0627\u0631\u0647 \u062b\u0627\u0628\u062a", "\u062b\u0627\u0628\u062a\u0645", "\u0634\u0645\u0627\u0631\u0647 \u062b\u0627\u0628\u062a\u0645",
            "appeler", "appelez", "rappeler", "rappelez", "num\u00e9ro de rappel", "numero de rappel", "anrufen", "zur\u00fcckrufen", "r\u00fcckruf", "rueckruf", "bellen", "terugbellen", "t\u00e9l\u00e9phone", "num\u00e9ro", "mobiel", "telefoonnummer",
            "nummer", "bel me", "called", "called from", "calling from", "called me from", "dialed", "dialled",
            // British, Irish and Antipodean "rang" and "phoned" ("I rang 13 24 86", "phoned from 09 555 0132").
            "rang", "rang from", "rang me", "phoned", "phoned from", "phoned me", "ring", "ringing from", "dnis", "ani", "msisdn", "llamarme", "llamarnos", "ligar", "ligue", "ligue-me", "liga-me", "me liga",
            "liguem-me", "me liguem", "me ligue", "liga pra mim",
            "zadzwo\u0144", "zadzwo\u0144cie", "zadzwoncie", "dzwo\u0144cie", "zadzwoni\u0107", "dzwoni\u0107", "dzwonic", "dzwo\u0144", "dzwoni\u0142am", "dzwoni\u0142em", "dzwoni\u0142am na", "dzwoni\u0142em na", "stacjonarny", "kom\u00f3rkowy",
            // Helpline and contact in Polish, Czech, German and the Nordic languages; "call" in
            // Slovenian, Croatian and Portuguese; "questions" in Lithuanian.
            "infolinia", "kontakt", "pokli\u010dite", "pokli\u010di", "chame", "chame-nos", "klausimai",
            "pokli\u010de", "poklical", "poklicala", "pokli\u010dem", "nazovite", "nazvati", "nazovem",
            // A voicemail left; Maltese and Spanish "called"; Arabic and Hebrew words for phone, mobile
            // and call back.
            "t\u00e9l", "vm", "voicemail", "left vm", "left a voicemail", "postpaid", "prepaid", "ddi", "direct dial",
            // A number that is someone's own, in the callers' languages: "my number", "su número".
            "my number", "your number", "mi n\u00famero", "mi numero", "su n\u00famero", "su numero",
            // As chats shorten it ("my num is (281) 555-"): only one's own, "order num" is an order's.
            "my num", "my new num", "ur num", "your num",
            // Russian "my number", "your number", also in Latin letters; Serbian and Bulgarian ones.
            "\u043c\u043e\u0439 \u043d\u043e\u043c\u0435\u0440", "\u0432\u0430\u0448 \u043d\u043e\u043c\u0435\u0440",
            "moy nomer", "vash nomer", "moj broj", "va\u0161 broj", "vas broj", "nomera mi",
            "meu n\u00famero", "meu numero", "seu n\u00famero", "seu numero", "mon num\u00e9ro", "votre num\u00e9ro",
            // Chat French cuts it short: "mon num c'est le 06 72 ...".
            "mon num", "ton num",
            "celu", "ll\u00e1menme", "llamenme", "consultas", "llama gratis al", "llame gratis al", "chiama", "chiami",
            "chiamare", "chiamaci", "chiamateci", "zvans", "zvaniet", "zvan\u012bt",
            // Contact, call (back), questions and helplines as Spanish, Italian, Polish, Czech and
            // Hungarian write them, with their inflected forms.
            "dudas", "te llamamos al", "le llamamos al", "contactar en", "recapito", "richiamatemi", "richiamami",
            "richiamare", "richiamarmi", "marcar", "marcarme", "m\u00e1rcame", "marcame", "marquen",
            "m\u00e1rquenme", "marquenme", "apoio ao cliente",
            "linha de apoio",
            "pytania", "w razie pyta\u0144",
            "dzwoni\u0142", "dzwoni\u0142a", "oddzwoni\u0107", "oddzwo\u0144", "infolini\u0119", "infolinii",
            "zavol\u00e1", "zavolejte n\u00e1m", "linka", "lince", "na lince", "z\u00e1kaznick\u00e1 linka",
            // Free lines: "llama sin costo al 800 ...", "numero verde", "linha gratuita".
            "sin costo al", "llama sin costo al", "llame sin costo al", "l\u00ednea gratuita", "n\u00famero gratuito",
            "numero gratuito", "numero verde", "linha gratuita", "kom\u00f3rka", "kom\u00f3rki", "kom\u00f3rk\u0119", "vezet\u00e9kes", "vezet\u00e9kes sz\u00e1ma",
            "landline", "new landline",
            // Thai "call" and "number" (of a phone), Hebrew "tel.", Arabic "number" and "my number",
            // Hindi-Urdu "number note kijiye".
            "\u0e42\u0e17\u0e23", "\u0e40\u0e1a\u0e2d\u0e23\u0e4c", "\u0e40\u0e1a\u0e2d\u0e23\u0e4c\u0e42\u0e17\u0e23",
            "\u0e42\u0e17\u0e23\u0e28\u0e31\u0e1e\u0e17\u0e4c", "\u05d8\u05dc'", "\u05d8\u05dc",
            "\u0631\u0642\u0645", "\u0631\u0642\u0645\u064a",
            // Arabic "her" and "your" number ("رقمها 015..."; not "رقمه", also an order's "its number").
            "\u0631\u0642\u0645\u0647\u0627", "\u0631\u0642\u0645\u0643", "number note", "\u010bemplu", "cemplu", "llam\u00e9", "llamo",
            "\u0631\u0642\u0645 \u0627\u0644\u0647\u0627\u062a\u0641", "\u0647\u0627\u062a\u0641", "\u0627\u0644\u0647\u0627\u062a\u0641",
            "\u062c\u0648\u0627\u0644", "\u0627\u0644\u062c\u0648\u0627\u0644", "\u0645\u0648\u0628\u0627\u064a\u0644", "\u0627\u062a\u0635\u0644",
            // The Gulf's "jawwal" (the mobile) as Arabizi writes it ("my jawwal is 0538821704").
            "jawwal", "jawal",
            "\u05d8\u05dc\u05e4\u05d5\u05df", "\u05e0\u05d9\u05d9\u05d3", "\u05dc\u05d7\u05d6\u05d5\u05e8 \u05d0\u05dc\u05d9\u05d9",
            "ring mig", "ringa",
            // Nordic, Finnish, Greek, Portuguese, Polish, French and German phone words and abbreviations.
            "tlf", "tilbakeringing", "tilbagekald", "\u00e5teruppringning", "terugbelnummer", "terugbellen",
            "mobil", "mobilnummer", "telefonnummer", "ring meg", "ring til", "soita", "puh", "puhelin", "fastnet", "fastnett",
            "matkapuhelin", "gsm", "\u03c4\u03b7\u03bb", "\u03c4\u03b7\u03bb\u03ad\u03c6\u03c9\u03bd\u03bf",
            "\u03ba\u03b9\u03bd\u03b7\u03c4\u03cc", "contacto", "contato", "telefone", "telemovel", "celular",
            // Romanian "the phone", "the mobile".
            "telefonul", "mobilul",
            "fixo", "kom\u00f3rka", "joignable", "joindre", "erreichbar", "zu erreichen",
            // German "you reach me/us (at)" ("Sie erreichen mich im B\u00fcro unter 0621 4398-0").
            "erreichen mich", "erreichen uns", "erreichen sie mich", "erreichen sie uns", "erreichst mich",
            "erreicht mich",
            // Dutch "reachable (at)", "calls (from)", "called".
            "bereikbaar", "bereikbaar op", "belt op", "belt vanaf", "belde", "gebeld",
            // "Reach you on", "get me (back) at", "contact number", Spanish "llama al", Norwegian and Danish
            // "ringe (meg/mig)".
            "reach you on", "reach you at", "reach us on", "reach us at", "contact number", "contact no",
            // A person's "no." is the person's number ("son's no. 7387 22 1904"); a thing's is not.
            "my no", "his no", "her no", "alt no", "alternate no", "son's no", "daughter's no", "wife's no",
            "husband's no", "mother's no", "father's no", "brother's no", "sister's no",
            // A number ported in or out is a phone's ("PORT-IN completed for 9769 014 523").
            "port-in", "port in", "ported", "porting", "port-out", "port out", "mnp",
            "get me at", "get me on", "get me back at", "get me back on", "get back to me at", "get back to me on",
            // Where a message goes: "SMS confirmation sent to 0764402219" (not the confirmation's number).
            "sms sent to", "sms confirmation sent to", "text sent to", "texted to", "text it to", "otp sent to",
            "texts from", "texting from", "texted from",
            "llama al", "llame al", "ll\u00e1manos", "llamanos", "ll\u00e1menos", "ringe", "ringe meg", "ringe mig",
            // Korean, Japanese and Chinese words for contact, phone (number) and mobile, which particles
            // follow without a blank ("연락처는", "電話番号は").
            "\uc5f0\ub77d\ucc98", "\uc804\ud654\ubc88\ud638", "\uc804\ud654", "\ud734\ub300\ud3f0", "\ud578\ub4dc\ud3f0",
            "\u96fb\u8a71\u756a\u53f7", "\u96fb\u8a71", "\u643a\u5e2f", "\u7535\u8bdd", "\u624b\u673a", "\u806f\u7d61\u96fb\u8a71",
            // A line's label in a notice or signature: "Questions: 412 34 567", "Enquiries 0113 ...".
            "questions", "enquiries", "inquiries", "hotline", "helpline", "sp\u00f8rsm\u00e5l",
            // A desk's line: "the rewards desk is eight hundred, five five five, ...".
            "desk", "help desk", "helpdesk", "service desk",
            // "Can be reached at"; Vietnamese "sdt" (so dien thoai, phone number).
            "reached at", "be reached at", "sdt", "s\u0111t", "wa_id", "wa id",
            // Arabic "my phone", "phone", "the free number"; Lebanese Arabizi "my line", "number".
            "\u062a\u0644\u0641\u0648\u0646\u064a", "\u062a\u0644\u0641\u0648\u0646",
            "\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0645\u062c\u0627\u0646\u064a", "khat2e", "khatte", "ra2am",
            "ra2mi", "ra2m", "raqam", "raqmi", "ra2me",
            // Maghrebi "number", "my phone" in Latin chat spelling and in Arabic script ("noumrou mte3 omi ...",
            // "نومرو تليفوني 98 431 206"), Darija "my number" ("numero dyali ...").
            "noumrou", "noumro", "nomro", "numrou", "nimro", "numero dyali", "noumrou dyali",
            "\u0646\u0648\u0645\u0631\u0648", "\u062a\u0644\u064a\u0641\u0648\u0646\u064a", "\u062a\u064a\u0644\u064a\u0641\u0648\u0646\u064a",
            // Icelandic phone and call, Greek "number" and "mobile" in Latin letters.
            "cellulaire", "s\u00edmi", "simi", "s\u00edminn", "s\u00edman\u00famer", "hringdu", "hringi\u00f0", "hringt", "n\u00famer",
            // Icelandic work, home and mobile phones; Norwegian and Swedish "reached at" ("du nås på 95 50 41 27").
            // (Not Swedish "tfn": Australia's tax file number, the TFN, is read as often.)
            "vinnus\u00edmi", "vinnus\u00edminn", "heimas\u00edmi", "heimas\u00edminn", "fars\u00edmi", "fars\u00edminn",
            "n\u00e5s p\u00e5", "treffes p\u00e5",
            // Afrikaans number and cell phone, Zulu's and Xhosa's number ("inombolo yami", "ne-number?"), Sotho's.
            "nommer", "selfoon", "selnommer", "selnr", "sel nr", "inombolo", "nomoro",
            // A company's service line and switchboard in Swedish, Finnish and Danish/Norwegian.
            "tj\u00e4nstenummer", "palvelunumero", "servicenummer", "v\u00e4xel", "v\u00e4xelnummer", "vaihde",
            "zentrale", "telefonzentrale",
            "hringja", "arithmos", "ari8mos", "arithmo", "ari8mo", "kinito",
            // Free lines, and the payment apps whose accounts are phone numbers ("paguei por MB WAY para
            // o 912 447 305", "Yape del 958 680 813", "Bizum al 612 ...").
            "freephone", "free phone", "toll-free", "tollfree", "toll free", "mb way", "mbway", "bizum", "yape",
            // The Philippines' wallets, whose accounts are mobile numbers ("yung GCash ko po 09175538021").
            "gcash", "paymaya",
            // Hebrew "for questions", "for enquiries"; Arabic "for enquiries".
            "\u05dc\u05e9\u05d0\u05dc\u05d5\u05ea", "\u05dc\u05d1\u05d9\u05e8\u05d5\u05e8\u05d9\u05dd",
            "\u0644\u0644\u0627\u0633\u062a\u0641\u0633\u0627\u0631",
            "sp\u00f8rgsm\u00e5l", "fr\u00e5gor", "fragen", "vragen", "preguntas", "d\u00favidas", "domande",
            // A letter's closing: the signature under it holds the sender's line ("S pozdravem\nTereza
            // Horáková\n224 312 876").
            "regards", "kind regards", "best regards", "warm regards", "best wishes", "many thanks", "cheers",
            "ng\u0101 mihi", "nga mihi", "sincerely", "yours sincerely", "yours faithfully",
            "mit freundlichen gr\u00fc\u00dfen", "freundliche gr\u00fc\u00dfe", "viele gr\u00fc\u00dfe", "mfg",
            "cordialement", "bien \u00e0 vous", "saludos", "un saludo", "atentamente", "cordiali saluti",
            "distinti saluti", "cumprimentos", "atenciosamente", "met vriendelijke groet", "vriendelijke groeten",
            "mvg", "med vennlig hilsen", "vennlig hilsen", "med venlig hilsen", "venlig hilsen", "mvh",
            "med v\u00e4nliga h\u00e4lsningar", "v\u00e4nliga h\u00e4lsningar", "h\u00e4lsningar", "terveisin",
            "yst\u00e4v\u00e4llisin terveisin", "\u03bc\u03b5 \u03b5\u03ba\u03c4\u03af\u03bc\u03b7\u03c3\u03b7",
            "pozdrawiam", "z powa\u017caniem", "s pozdravem", "s pozdravom", "\u00fcdv\u00f6zlettel",
            "tisztelettel", "cu stim\u0103", "cu respect", "sayg\u0131lar\u0131mla",
            // "My number" in Norwegian, Danish, Swedish, Polish, Turkish, Greek and Portuguese.
            "nummeret", "numret", "numer", "numaram", "numara", "numaras\u0131", "cep", "telefonum", "telefonu",
            "telefonumu", "cebim", "cb", "cbn", "numeroni", "numeroon", "\u010d\u00edslo", "\u010d\u00edslem",
            "telefonn\u00ed \u010d\u00edslo", "sz\u00e1mom", "sz\u00e1mon", "num\u0103rul", "num\u0103rul meu",
            // "Call" in Czech, Slovak, Hungarian, Romanian, Turkish and Greek.
            "volejte", "zavolejte", "volat", "zavolat", "volajte", "zavolajte", "volajte na", "zavolajte mi", "h\u00edvjon", "h\u00edvjanak", "h\u00edvhat\u00f3",
            "suna\u021bi", "suna\u021bi-m\u0103", "sunati", "aray\u0131n", "aray\u0131n\u0131z",
            "\u03ba\u03b1\u03bb\u03ad\u03c3\u03c4\u03b5",
            "\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2", "\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc", "telf",
            // "ring 01 738 3660", "txt confirm to ...", "mi l\u00ednea 612 345 678", a service desk's line.
            "ring", "ring us", "txt", "l\u00ednea", "linea", "customer care", "customer service",
            "atenci\u00f3n al cliente", "atencion al cliente", "service client", "servizio clienti", "kundenservice",
            // A named line ("the counter line 555-0193"), the Italian landline, Japanese "phone number".
            "office line", "direct line", "counter line", "main line", "support line", "home line", "work line",
            // A carrier's customer's lines ("ok my other line is 437 555").
            "my line", "other line", "my other line", "my second line", "my new line",
            "fisso", "denwa", "denwa bangou", "keitai", "bangou",
            // "Meu cel", Singapore's and Malaysia's "hp" (handphone), "mój nr" (my number), German's and Swiss German's.
            "cel", "hp", "handphone", "m\u00f3j nr", "moj nr", "m\u00f3j numer", "meine nr", "mini nr",
            // Catalan, Basque, Galician, Portuguese, Norwegian, Icelandic, Latvian, Maltese,
            // Bosnian/Croatian/Serbian, Chinese pinyin, Malay and Indonesian, Swahili and Hebrew words
            // for phone, mobile and call.
            "tel\u00e8fon", "m\u00f2bil", "deitu", "telefonoa", "chamou", "chamar", "m\u00f3bil", "tlm", "tlm.",
            // Catalan "call (me)", "the landline" ("i si cal trucar-me al fix: 93 412 66 05"); Spanish notes'
            // "mvl" (m\u00f3vil: "Mvl 619407328").
            "trucar", "trucar-me", "truqueu", "truqui", "truca'm", "trucau", "al fix", "el fix", "mvl", "mvl.",
            // Spanish "call me" said to several ("llamadme al ...", "llámenme").
            "llamadme", "llamame", "ll\u00e1menme", "llamenme",
            "ringte", "ringde", "ringet", "ringede", "ringede p\u00e5", "ringde p\u00e5", "ringte p\u00e5",
            // A company's switchboard in Swedish and Norwegian ("växel 08-465 04 00").
            "v\u00e4xel", "v\u00e4xeln", "sentralbord", "s\u00edmi", "s\u00edman\u00famer", "t\u0101lr", "t\u0101lru\u0146a",
            "numru", "fiksni", "mobitel", "broja", "broj telefona", "shouji", "shoujihao", "dianhua",
            "nombor telefon", "nomor telepon", "nomor hp", "namba", "mispar", "kinito", "tilefono", "thlefono", "odenwa", "denwa bangou wo",
            // "Number" and "phone number" in Croatian, Slovenian, Slovak, Russian and Ukrainian, Basque,
            // Estonian, Latvian, Lithuanian, Icelandic, Malay and Indonesian, Vietnamese, Korean, Arabic.
            "broj", "broj mobitela", "številka", "telefonska številka", "telefónne číslo",
            "nomer", "nomer telefona", "zenbakia", "telefoninumber", "numurs", "tālruņa numurs", "numeris",
            "telefono numeris", "s\u00edman\u00fameri\u00f0", "nomor", "nombor", "s\u1ed1 \u0111i\u1ec7n tho\u1ea1i",
            "\u0111i\u1ec7n tho\u1ea1i",
            // Vietnamese "call", "contact" (and its "LH"), "switchboard", with and without diacritics.
            "g\u1ecdi", "g\u1ecdi l\u1ea1i", "goi lai", "li\u00ean h\u1ec7", "lien he", "lh", "t\u1ed5ng \u0111\u00e0i",
            "tong dai",
            "jeonhwabeonho", "jeonhwa", "raqam", "raqmi", "raqam hatif",
            // Cantonese "phone" romanised, with and without its tones ("dihn wa haih 9874 3321", "din6 waa2").
            "dihn wa", "din wa", "din6 waa2", "dinwa",
            // Number, mobile and phone in Hindi (Devanagari) and Tamil, as speech-to-text writes them.
            "\u0928\u0902\u092c\u0930", "\u092e\u0947\u0930\u093e \u0928\u0902\u092c\u0930", "\u092e\u094b\u092c\u093e\u0907\u0932", "\u092e\u094b\u092c\u093e\u0907\u0932 \u0928\u0902\u092c\u0930", "\u092b\u093c\u094b\u0928", "\u092b\u094b\u0928", "\u092b\u093c\u094b\u0928 \u0928\u0902\u092c\u0930", "\u092b\u094b\u0928 \u0928\u0902\u092c\u0930", "\u0bae\u0bca\u0baa\u0bc8\u0bb2\u0bcd",
            "\u0bae\u0bca\u0baa\u0bc8\u0bb2\u0bcd \u0b8e\u0ba3\u0bcd", "\u0bae\u0bca\u0baa\u0bc8\u0bb2\u0bcd \u0b8e\u0ba3\u0bcd\u0ba3\u0bc8", "\u0ba4\u0bca\u0bb2\u0bc8\u0baa\u0bc7\u0b9a\u0bbf", "\u0ba4\u0bca\u0bb2\u0bc8\u0baa\u0bc7\u0b9a\u0bbf \u0b8e\u0ba3\u0bcd",
            // Phone, mobile, number and call (back) in Russian, Ukrainian, Bulgarian, Macedonian and
            // Serbian in Cyrillic, and call (back) in Latvian, Lithuanian and Estonian.
            "\u043d\u043e\u043c\u0435\u0440", "nomer", "broj", "\u0431\u0440\u043e\u0458",
            "\u043d\u043e\u043c\u0435\u0440 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430",
            "\u043d\u043e\u043c\u0435\u0440 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443",
            "\u0442\u0435\u043b\u0435\u0444\u043e\u043d", "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430",
            "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443", "\u0442\u0435\u043b", "\u043c\u043e\u0431",
            "\u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439",
            "\u043c\u043e\u0431\u0456\u043b\u044c\u043d\u0438\u0439", "\u043c\u043e\u0431\u0438\u043b\u0435\u043d",
            "\u043c\u043e\u0431\u0438\u043b\u043d\u0438",
            "\u043c\u043e\u0431\u0438\u043b\u0435\u043d \u0442\u0435\u043b\u0435\u0444\u043e\u043d",
            "\u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435",
            "\u043f\u0435\u0440\u0435\u0437\u0432\u043e\u043d\u0438\u0442\u0435",
            "\u0437\u0430\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443\u0439\u0442\u0435",
            "\u043f\u0435\u0440\u0435\u0434\u0437\u0432\u043e\u043d\u0456\u0442\u044c",
            "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0443\u0439\u0442\u0435",
            "\u043e\u0431\u0430\u0434\u0435\u0442\u0435 \u0441\u0435",
            "\u043f\u043e\u0437\u0432\u044a\u043d\u0435\u0442\u0435",
            "\u043f\u043e\u0437\u043e\u0432\u0438\u0442\u0435", "\u0431\u0440\u043e\u0458",
            "\u0431\u0440\u043e\u0458 \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430",
            "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0441\u043a\u0438 \u0431\u0440\u043e\u0458",
            "\u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0435\u043d \u043d\u043e\u043c\u0435\u0440", "atzvan\u012bt",
            "atzvaniet", "paskambinti", "paskambinkite", "skambinkite", "numeriu", "helistage", "helistada",
            "helista", "perskambinti", "perskambinkite",
            // Phone in Latvian (with and without its long vowel, as exports write headers) and Lithuanian.
            "t\u0101lrunis", "talrunis", "telefons", "telefonas", "mobilais", "mobilusis");
    static final List<String> CARD = List.of("card", "card number", "visa", "mastercard", "amex",
            // Swahili "card", "the card's number".
            "kadi", "namba ya kadi", "nambari za kadi",
            // Greek, Russian, Turkish, Hebrew, Arabic and Chinese words for the card and its number.
            "\u03ba\u03ac\u03c1\u03c4\u03b1", "\u03ba\u03ac\u03c1\u03c4\u03b1\u03c2", "\u03ba\u03ac\u03c1\u03c4\u03b1\u03c2 \u03bc\u03bf\u03c5",
            "\u043a\u0430\u0440\u0442\u0430", "\u043a\u0430\u0440\u0442\u044b", "\u043d\u043e\u043c\u0435\u0440 \u043a\u0430\u0440\u0442\u044b",
            "kart", "kart\u0131", "kart\u0131m", "kart numaras\u0131", "kart numaram", "\u05db\u05e8\u05d8\u05d9\u05e1",
            "\u05db\u05e8\u05d8\u05d9\u05e1 \u05d0\u05e9\u05e8\u05d0\u05d9", "\u0628\u0637\u0627\u0642\u0629",
            "\u0627\u0644\u0628\u0637\u0627\u0642\u0629", "\u0631\u0642\u0645 \u0627\u0644\u0628\u0637\u0627\u0642\u0629",
            "\u4fe1\u7528\u5361", "\u5361\u53f7", "\u94f6\u884c\u5361",
            // Indonesian and Malay "credit card", "debit card" ("kredit" alone is a loan).
            "kartu", "kartu kredit", "kartu debit", "kad kredit", "kad debit",
            "american express", "discover", "jcb", "diners", "unionpay", "maestro", "rupay", "credit", "debit", "cc", "pan",
            "paid with", "paid by", "pagato con", "pagado con", "pay\u00e9 avec", "bezahlt mit", "betaald met", "pago con",
            "pagu\u00e9 con", "pague con", "paguei com", "pagu\u00e9",
            // "Card" in the callers' languages.
            "tarjeta", "carte", "carte bancaire", "karte", "kreditkarte", "carta", "carta di credito", "cart\u00e3o",
            "kort", "kortet", "karta", "kaart", "kortnummer",
            // The card's kind after the word for card: "crédito" alone is a loan.
            "tarjeta de cr\u00e9dito", "tarjeta de credito", "tarjeta de d\u00e9bito", "cart\u00e3o de cr\u00e9dito",
            "cart\u00e3o de d\u00e9bito", "carte de cr\u00e9dit", "carta di debito", "karta kredytowa", "karta p\u0142atnicza",
            "kad kredit",
            // Korean and Japanese "card number", "card" ("카드번호 5374 7331").
            "\uce74\ub4dc\ubc88\ud638", "\uce74\ub4dc", "\u30ab\u30fc\u30c9\u756a\u53f7", "\u30ab\u30fc\u30c9");
    /**
     * The negative cues of a card: identifiers' labels, and the labels of the mobile network's own
     * numbers, which are digit runs that may pass Luhn (an IMEI always does; an MSISDN such as
     * {@code 4915112345678} may look like a Visa number).
     */
    static final List<String> CARD_NEGATIVE = List.of("msisdn", "e164", "imei", "imsi", "iccid", "gift code", "gift card",
            "voucher", "voucher code", "gift certificate");
    /** Keys of a messaging platform's payload that hold a number without its '+' ({@code "from":"27823317406"}). */
    static final List<String> SENDER_LABELS = List.of("from", "to", "wa_id", "sender", "recipient_id", "recipient",
            // A mobile-money API's parties ("payer=233557018264").
            "payer", "payee");
    /**
     * Labels of a phone number that hold it in international form without its '+' as often as in
     * national form ({@code mobile=60173502284}, {@code "phone": "6591234567"}).
     */
    static final List<String> PHONE_KEYS = List.of("mobile", "mobile no", "mobile number", "phone", "phone no",
            "phone number", "tel", "telephone", "cell", "cellphone", "whatsapp", "contact number", "handphone", "msisdn",
            // An IVR's callback number ("callback_number_entered=525556221180").
            "callback", "callback number",
            // A contact centre's calling and called numbers in its logs and call records.
            "ani", "dnis", "cli", "caller id", "callerid", "calling", "called", "calling number", "called number", "sdt", "s\u0111t",
            // An outbound dialer's ("lead_id=LD-9920134 dialed=13125550163 result=NO_ANSWER").
            "dialed", "dialled", "dialed number", "dialled number",
            // Nordic and Icelandic keys.
            "tlf", "telefon", "mobil", "s\u00edmi", "simi",
            // Latvian (with and without its long vowel) and Lithuanian, Finnish, German, Belgian and Dutch,
            // Spanish, Portuguese and Italian, French.
            "t\u0101lrunis", "talrunis", "telefons", "telefonas", "puhelin", "handy", "gsm", "mobiel", "telefoon",
            "tel\u00e9fono", "telefono", "celular", "m\u00f3vil", "movil", "telefone", "telem\u00f3vel", "cellulare",
            "portable", "t\u00e9l\u00e9phone");
    /** Labels of a number in international form written without its '+' ({@code MSISDN 447700900563}). */
    static final List<String> INTERNATIONAL_LABELS = List.of("msisdn", "e164", "e.164", "e164 number", "dst",
            // A SIP trunk's caller identity in a peer's configuration ("fromuser=27112864000"); a call
            // record's parties, a RADIUS station, an SMS gateway's and a transfer's ends.
            "fromuser", "from_user", "a_number", "b_number", "calling-station-id", "called-station-id", "sent to",
            "src", "dest",
            // Indonesian and Malaysian handphone columns and WhatsApp numbers, written with the country code.
            "hp", "no_hp", "nohp", "no hp", "whatsapp", "wa", "wa id", "waid",
            "destination_addr", "dest_addr", "source_addr");
    /** Says a 12-digit number is a card: only the brand itself, not "loyalty card" or "gift card". */
    static final List<String> MAESTRO = List.of("maestro");
    static final List<String> SSN = List.of("ssn", "social security", "social security number",
            // "SSN" said in Persian letters ("اس اس ان من هفت هشت دو، ...").
            "\u0627\u0633 \u0627\u0633 \u0627\u0646",
            "social", "ss#", "ss no", "tax id", "tin",
            // The IRS form on which a US person gives their taxpayer number, most often the SSN.
            "w-9", "w9",
            // Spanish-speaking callers in the US: "número de seguro social".
            "seguro social", "n\u00famero de seguro social",
            // French-speaking callers with a US number: "mon numéro de sécurité sociale américain".
            "s\u00e9curit\u00e9 sociale am\u00e9ricain", "s\u00e9curit\u00e9 sociale am\u00e9ricaine",
            // Korean callers with a US number: "소셜 시큐리티 (넘버)", "에스 에스 엔", and the Korean term
            // "사회보장번호", which particles follow without a blank ("에스 에스 엔이요").
            "\uc18c\uc15c \uc2dc\ud050\ub9ac\ud2f0", "\uc5d0\uc2a4 \uc5d0\uc2a4 \uc5d4", "\uc0ac\ud68c\ubcf4\uc7a5\ubc88\ud638",
            // Vietnamese, Haitian Creole and Chinese callers with a US number: "số an sinh xã hội",
            // "sekirite sosyal", "社会安全号".
            "an sinh x\u00e3 h\u1ed9i", "an sinh xa hoi", "sekirite sosyal",
            "\u793e\u4f1a\u5b89\u5168\u53f7", "\u793e\u5b89\u53f7");
    /**
     * A date of birth's labels, the last of {@link #DIGIT_RUN_NEGATIVE}: a date said in numbers has six
     * or eight digits, never an SSN's nine, so they lower no SSN ("I'll need the social and date of
     * birth" CALLER: "eight one one, nine one, six five one five, and I'm October second").
     */
    private static final List<String> BIRTH_DATE_LABELS = List.of("date of birth", "dob", "birth date", "birthday",
            "fecha de nacimiento", "data de nascimento", "date de naissance", "geburtsdatum");
    static final List<String> DIGIT_RUN_NEGATIVE = concat(List.of("order", "order number", "order no",
            "order id", "invoice", "invoice number", "tracking", "tracking number", "reference",
            // A bag tag's bar code, a travel agency's IATA number ("(IATA 78-2 4419 3)"), a French family
            // benefits file ("numéro allocataire 2384715").
            "barcode", "bar code", "bag tag", "baggage tag", "iata", "allocataire", "numero_allocataire",
            "reference number", "ref", "case", "case number", "case id", "ticket", "tickets", "ticket number",
            // French "ref." and "reference" ("plan Banque de France réf. 097-2026-00318").
            "r\u00e9f", "r\u00e9f\u00e9rence",
            // Haitian Creole "order", "account number" ("Nimewo kòmand lan se 3301-902").
            "k\u00f2mand", "nimewo kont",
            // Finnish "identifier" ("kp_tunnus", "asiakastunnus" is read as a compound).
            "tunnus",
            // Bulgarian client, subscriber and tax-payer (ИТН) numbers, in Cyrillic and in Latin letters;
            // Serbian requests, metering points and customer codes; an electricity distributor's ED number.
            "\u043a\u043b\u0438\u0435\u043d\u0442\u0441\u043a\u0438", "\u0430\u0431\u043e\u043d\u0430\u0442\u0435\u043d",
            "\u0430\u0431\u043e\u043d\u0430\u0442\u043d\u0438\u044f", "\u0438\u0442\u043d", "klientski", "abonaten",
            "\u0437\u0430\u0445\u0442\u0435\u0432", "\u0437\u0430\u0445\u0442\u0435\u0432\u0430", "mernog mesta",
            "\u0161ifra korisnika", "sifra korisnika", "ed number",
            // A French bank's branch code ("code guichet 140-22-0013"), a parcel's tracking number (not
            // "suivi" alone, a follow-up: "eng Nummer fir de Suivi"), a Tunisian customer's number ("رقم
            // الحريف 3001188274").
            "guichet", "code guichet", "code banque", "num\u00e9ro de suivi",
            // Hindi "account" and "account number" in Devanagari ("अकाउंट नंबर 1.1234567890"), "khata".
            "\u0905\u0915\u093e\u0909\u0902\u091f", "\u0916\u093e\u0924\u093e",
            "\u0627\u0644\u062d\u0631\u064a\u0641", "\u062d\u0631\u064a\u0641",
            // Russian "payment code", Lithuanian "shipment" (siuntos numeris).
            "\u043f\u043b\u0430\u0442\u0435\u0436\u0430", "siuntos",
            // Latvian and Lithuanian "code" (an object's, a payment's).
            "kods", "kodas",
            // A court's juror and an e-filing envelope ("juror 304520874", "the envelope number").
            "juror", "juror number", "juror id", "envelope", "envelope number",
            "po number", "confirmation", "confirmation number", "booking", "serial", "sku",
            // A trip's itinerary, a Spanish reservation, identifiers listed ("17 bookings, ids 4412903387 through ...").
            "itinerary", "itinerary number", "reservaci\u00f3n", "reservacion", "ids",
            // A tax notice's control number (English and Spanish), a state taxpayer number, a report's number.
            "control number", "n\u00famero de control", "numero de control", "taxpayer number", "taxpayer id", "report #",
            "report number", "report no",
            // Spanish "número" is masculine: "la número ..." numbers a feminine noun left out (la reservación,
            // la factura), never a phone ("el número").
            "la n\u00famero", "la numero",
            // "Confirmation number" in the callers' languages.
            "confirmaci\u00f3n", "confirmacion", "n\u00famero de confirmaci\u00f3n", "confirma\u00e7\u00e3o",
            "num\u00e9ro de confirmation", "conferma", "numero di conferma", "best\u00e4tigungsnummer",
            "bevestigingsnummer",
            // Airline documents, a Portuguese policy, Polish customer numbers, Czech and Polish invoices
            // in the cases a sentence puts them in ("faktuře č.", "do faktury").
            "emd", "eticket", "etkt", "tkt", "numer klienta", "nr klienta",
            // A health plan's group and plan numbers, a Nigerian company's RC number, a Norwegian
            // payment's KID, a post box.
            // Plurals that label a list ("case numbers 2024-118832, 2024-119047 and ..."), transports'
            // priorities in an ICE candidate, Brazilian and Colombian NIT, postage codes.
            "case numbers", "order numbers", "ticket numbers", "reference numbers", "claim numbers",
            "invoice numbers", "tracking numbers", "account numbers", "policy numbers", "udp", "tcp", "nit",
            "c\u00f3digo de postagem", "postagem", "c\u00f3digo de rastreio", "rastreio",
            "group number", "group no", "group id", "grp", "plan number", "plan id", "rc number", "rc no",
            "kidnummer", "kid-nummer", "box", "p.o. box", "po box", "postfach", "apartado", "case postale",
            // Consumer and meter numbers, Medicare cards, tax numbers (NZ IRD, Vietnamese MST,
            // Indonesian NPWP), a Saudi border number; Arabic meter, account and subscription numbers.
            "consumer", "consumer no", "consumer number", "medicare", "medicare card", "ird", "ird number", "mst",
            "profile", "profile id", "profiles", "roll number", "roll no", "run", "run id", "job", "job id", "pipeline",
            // Belgian enterprise and VAT numbers, Italian gas supply points (PDR; not "POD", Polish for
            // "at"), Hungarian and Danish invoices, a German booking voucher.
            // "my itin", not "itin": phrases are matched with their blanks taken out, and "itin" is "typed it in".
            "btw", "tva", "n\u00b0 tva", "ondernemingsnummer", "my itin", "itin number", "request number", "request id",
            "batch", "deposit batch", "c\u00e9dula", "cedula", "rut",
            // A payment's transaction and its settlement batch in Spanish ("la transacci\u00f3n 7712093384", "lote 20241203-07").
            "transacci\u00f3n", "transaccion", "lote",
            // Italian "transaction" ("Numero operazione 7712004588").
            "operazione", "numero operazione",
            // Canada's Social Insurance Number (in both languages), a cheque's transit number, Québec's
            // health card.
            "sin", "sin number", "social insurance", "social insurance number", "assurance sociale",
            "num\u00e9ro d'assurance sociale", "transit", "transit number", "ramq", "health card",
            // An air waybill, a parcel; Arabic residence permit (iqama), identity, ticket and order.
            "awb", "air waybill", "colis", "\u0625\u0642\u0627\u0645\u0629", "\u0627\u0644\u0625\u0642\u0627\u0645\u0629",
            "\u0631\u0642\u0645 \u0627\u0644\u0625\u0642\u0627\u0645\u0629", "\u0647\u0648\u064a\u0629",
            "\u0647\u0648\u064a\u0629 \u0645\u0642\u064a\u0645", "\u062a\u0630\u0643\u0631\u0629",
            "\u062a\u0630\u0643\u0631\u062a\u0643", "\u0637\u0644\u0628",
            // Orders, customers and references in Estonian, Latvian, Lithuanian and Icelandic.
            "tellimuse", "tellimuse number", "tellimus", "kliendi number", "kliendinumber", "lepingu", "lepingu number", "pas\u016bt\u012bjuma",
            "pas\u016bt\u012bjuma numurs", "klienta numurs", "u\u017esakymo", "u\u017esakymo numeris", "kliento numeris",
            "tilv\u00edsun", "p\u00f6ntun",
            // Brazil's social and identity numbers, a postcode asked for, a service's ticket.
            "avis d'imposition", "imposition", "num\u00e9ro fiscal", "nis", "niss", "rg", "o cep", "seu cep", "meu cep", "digite o cep", "atendimento n\u00famero",
            "n\u00famero do atendimento", "protocolo de atendimento",
            // A court docket, Turkish tax numbers, Greek customer numbers and codes.
            "docket", "docket number", "vergi", "vergi no", "vergi numaram", "vergi numaras\u0131",
            "\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2 \u03c0\u03b5\u03bb\u03ac\u03c4\u03b7",
            "\u03ba\u03c9\u03b4\u03b9\u03ba\u03cc\u03c2 \u03c0\u03b5\u03bb\u03ac\u03c4\u03b7",
            "report number", "inspection report", "crash", "crash report", "accident report", "police report",
            "ftc report", "identity theft report",
            // A carrier's billing account number (not "ban" alone: Thai "house").
            "ban number",
            // French registered letters, police reports, customer and subscriber numbers, bank RIBs.
            "recommand\u00e9", "recommand\u00e9e", "lettre recommand\u00e9e", "courrier recommand\u00e9", "pv",
            "plainte", "num\u00e9ro client", "numero client", "num client", "num\u00e9ro d'abonn\u00e9", "numero d'abonne",
            "n\u00b0 client", "num\u00e9ro de compte", "numero de compte", "n\u00b0 de compte", "rib", "num\u00e9ro d'entreprise", "d'entreprise", "pdr", "sz\u00e1mla", "regning",
            "belegnummer", "beleg", "blz", "bankleitzahl",
            // Belgium's enterprise number, in Dutch and French, and its register (KBO/BCE).
            "ondernemingsnummer", "kbo", "bce", "kbo-nummer",
            "m\u00e3 s\u1ed1 thu\u1ebf", "npwp", "border number", "\u0627\u0644\u0639\u062f\u0627\u062f",
            "\u0631\u0642\u0645 \u0627\u0644\u0639\u062f\u0627\u062f", "\u0631\u0642\u0645 \u0627\u0644\u062d\u0633\u0627\u0628",
            "\u0631\u0642\u0645 \u0627\u0644\u0627\u0634\u062a\u0631\u0627\u0643",
            // Arabic invoice, order and shipment, with "number" after them ("فاتورة رقم", "طلبك رقم").
            "\u0641\u0627\u062a\u0648\u0631\u0629", "\u0641\u0627\u062a\u0648\u0631\u0629 \u0631\u0642\u0645",
            "\u0637\u0644\u0628", "\u0637\u0644\u0628\u0643", "\u0637\u0644\u0628 \u0631\u0642\u0645",
            "\u0637\u0644\u0628\u0643 \u0631\u0642\u0645", "\u0631\u0642\u0645 \u0627\u0644\u0637\u0644\u0628",
            "\u0634\u062d\u0646\u0629", "\u0631\u0642\u0645 \u0627\u0644\u0634\u062d\u0646\u0629",
            "klienta", "fakture", "faktu\u0159e", "faktury", "fakturu", "fakturze",
            "transaction", "transaction id", "txn", "txn id", "trans id", "transfer number", "transfer no", "transfer id",
            "transfer reference",
            // Mobile money's till (not Swedish "till", to) and paybill numbers; Nigeria's bank
            // verification, national identity and account numbers, Botswana's Omang; a conference's
            // dial-in PIN; a frequent flyer's number; an account's "acc".
            "sr no", "sr number", "till number", "till no", "paybill", "paybill number", "bvn", "nin", "nuban", "omang",
            "omang number", "dial-in pin", "ff number", "acc", "acc no",
            "part number", "model", "receipt", "receipt number", "contract", "contract number", "customer id",
            "customer number", "account number", "membership number", "membership no", "membership id", "member id", "member no",
            "member number", "article",
            // Securities' identifiers: a CUSIP said in digits is no SSN, nor an ISIN's or SEDOL's digits a phone.
            "cusip", "isin", "sedol",
            // Hebrew order and shipment, Russian order and shipment numbers, Arabic order numbers (not a
            // subscriber's number, "номер абонента", which is the line's).
            "\u05d4\u05d6\u05de\u05e0\u05d4", "\u05d4\u05d4\u05d6\u05de\u05e0\u05d4",
            "\u05de\u05e9\u05dc\u05d5\u05d7", "\u05d4\u05de\u05e9\u05dc\u05d5\u05d7",
            "\u043d\u043e\u043c\u0435\u0440 \u0437\u0430\u043a\u0430\u0437\u0430",
            "\u043d\u043e\u043c\u0435\u0440 \u043e\u0442\u043f\u0440\u0430\u0432\u043a\u0438",
            "\u0631\u0642\u0645 \u0627\u0644\u0637\u0644\u0628",
            // Japanese contract, booking, order, member, customer, inquiry and slip numbers and My Number;
            // Thai booking and service codes (particles and words follow them without a blank).
            "\u5951\u7d04\u756a\u53f7", "\u4e88\u7d04\u756a\u53f7", "\u6ce8\u6587\u756a\u53f7",
            "\u4f1a\u54e1\u756a\u53f7", "\u304a\u5ba2\u69d8\u756a\u53f7",
            // Japanese "member", a mileage club's "customer number", "confirmation number"; an airline's
            // miscellaneous charges order ("MCO 7712093455").
            "\u4f1a\u54e1", "\u304a\u5f97\u610f\u69d8\u756a\u53f7", "\u78ba\u8a8d\u756a\u53f7", "mco",
            "\u554f\u3044\u5408\u308f\u305b\u756a\u53f7", "\u304a\u554f\u3044\u5408\u308f\u305b\u756a\u53f7",
            "\u4f1d\u7968\u756a\u53f7", "\u30de\u30a4\u30ca\u30f3\u30d0\u30fc",
            "\u0e01\u0e32\u0e23\u0e08\u0e2d\u0e07", "\u0e23\u0e2b\u0e31\u0e2a\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23",
            "\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48\u0e01\u0e32\u0e23\u0e08\u0e2d\u0e07",
            "complaint", "complaint number", "claim", "claim number", "registered", "registration number",
            "company number", "company no", "vat", "certificate", "certificate number", "cert",
            "bill", "bill number", "bolletta", "fattura", "rachunek", "faktura", "fatura",
            "loan", "loan number", "loan id", "mortgage", "mutuo", "cr\u00e9dito", "hipoteca", "hipotecario",
            // Spanish loans and leases; a county's parcel (APN) and a recorded filing's instrument number.
            "pr\u00e9stamo", "prestamo", "arrendamiento", "apn", "parcel number", "instrument",
            "instrument number", "instrument no", "ucc", "ucc filing",
            "darlehen", "kredit", "pr\u00eat", "lening", "steuer-id", "steuernummer", "ust-idnr", "ust-id", "ust-id-nr", "ustidnr", "umsatzsteuer-id",
            "umsatzsteuer-identifikationsnummer", "variabiln\u00ed symbol",
            // Slovak payment symbols ("Variabilný symbol 2026030801").
            "variabiln\u00fd symbol", "variabilny symbol", "kon\u0161tantn\u00fd symbol", "\u0161pecifick\u00fd symbol",
            // A loan and a mortgage in Russian ("\u043f\u043e \u043a\u0440\u0435\u0434\u0438\u0442\u0443 7702215540").
            "\u043a\u0440\u0435\u0434\u0438\u0442", "\u043a\u0440\u0435\u0434\u0438\u0442\u0430", "\u043a\u0440\u0435\u0434\u0438\u0442\u0443", "\u043d\u043e\u043c\u0435\u0440 \u043a\u0440\u0435\u0434\u0438\u0442\u0430", "\u0438\u043f\u043e\u0442\u0435\u043a\u0430", "\u0438\u043f\u043e\u0442\u0435\u043a\u0438", "\u0438\u043f\u043e\u0442\u0435\u043a\u0435",
            // Orders, contracts, accounts, invoices, requests and tax numbers in Russian, Ukrainian,
            // Bulgarian and Serbian ("номер заказа 7730-1192", "ІПН 3012345678").
            "\u043d\u043e\u043c\u0435\u0440 \u0437\u0430\u043a\u0430\u0437\u0430", "\u0437\u0430\u043a\u0430\u0437", "\u0437\u0430\u043a\u0430\u0437\u0430", "\u0434\u043e\u0433\u043e\u0432\u043e\u0440", "\u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0430", "\u0434\u043e\u0433\u043e\u0432\u043e\u0440\u0443", "\u0441\u0447\u0435\u0442", "\u0441\u0447\u0451\u0442", "\u0441\u0447\u0435\u0442\u0430",
            "\u0440\u0430\u0445\u0443\u043d\u043e\u043a", "\u0440\u0430\u0445\u0443\u043d\u043a\u0443", "\u0437\u0430\u043c\u043e\u0432\u043b\u0435\u043d\u043d\u044f", "\u0437\u0430\u044f\u0432\u043a\u0430", "\u0437\u0430\u044f\u0432\u043a\u0438", "\u043a\u0432\u0438\u0442\u0430\u043d\u0446\u0438\u044f", "\u043a\u0432\u0438\u0442\u0430\u043d\u0446\u0456\u0457", "\u0438\u043d\u043d", "\u0456\u043f\u043d",
            "\u043a\u043f\u043f", "\u043e\u0433\u0440\u043d", "\u0435\u0433\u043d", "\u0435\u0438\u043a", "\u043f\u043e\u0440\u044a\u0447\u043a\u0430", "\u043f\u043e\u0440\u044a\u0447\u043a\u0430\u0442\u0430", "\u0444\u0430\u043a\u0442\u0443\u0440\u0430", "\u0440\u0430\u0447\u0443\u043d", "\u0443\u0433\u043e\u0432\u043e\u0440", "\u043b\u0438\u0446\u0435\u0432\u043e\u0439 \u0441\u0447\u0435\u0442",
            "\u043e\u0441\u043e\u0431\u043e\u0432\u0438\u0439 \u0440\u0430\u0445\u0443\u043d\u043e\u043a",
            // Russian identity cards, receipts, passports, Kazakh and Uzbek personal ids (IIN, BIN, PINFL),
            // parcels and waybills, and a call's own id ("в звонке 0523-114511": in the call ...).
            "\u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u044f", "\u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u0435", "\u0447\u0435\u043a\u0430", "\u0447\u0435\u043a", "\u043f\u0430\u0441\u043f\u043e\u0440\u0442\u0430", "\u043f\u0430\u0441\u043f\u043e\u0440\u0442", "\u0438\u0438\u043d", "\u0431\u0438\u043d", "\u043f\u0438\u043d\u0444\u043b", "\u043f\u043e\u0441\u044b\u043b\u043a\u0438", "\u043d\u0430\u043a\u043b\u0430\u0434\u043d\u043e\u0439", "\u0437\u0432\u043e\u043d\u043a\u0435",
            // Persian national, postal and tracking codes, birth certificates, national cards, serials,
            // passports and tickets, accounts and memberships.
            "\u062d\u0633\u0627\u0628", "\u0634\u0645\u0627\u0631\u0647 \u062d\u0633\u0627\u0628", "\u0639\u0636\u0648\u06cc\u062a", "\u0634\u0645\u0627\u0631\u0647 \u0639\u0636\u0648\u06cc\u062a", "\u062a\u0631\u0627\u0646\u0632\u06cc\u062a",
            "\u06a9\u062f \u0645\u0644\u06cc", "\u06a9\u062f \u067e\u0633\u062a\u06cc", "\u06a9\u062f \u067e\u06cc\u06af\u06cc\u0631\u06cc", "\u06a9\u062f \u0631\u0647\u06af\u06cc\u0631\u06cc", "\u0634\u0645\u0627\u0631\u0647 \u067e\u06cc\u06af\u06cc\u0631\u06cc", "\u0634\u0645\u0627\u0631\u0647 \u0634\u0646\u0627\u0633\u0646\u0627\u0645\u0647", "\u0634\u0646\u0627\u0633\u0646\u0627\u0645\u0647", "\u06a9\u0627\u0631\u062a \u0645\u0644\u06cc", "\u0633\u0631\u06cc\u0627\u0644", "\u067e\u0627\u0633\u067e\u0648\u0631\u062a", "\u06af\u0630\u0631\u0646\u0627\u0645\u0647", "\u0628\u0644\u06cc\u062a",
            // Swahili meters, identity cards, till ("lipa namba") and paybill numbers, and accounts (not "till"
            // alone: Swedish "to", "ring till 070-...").
            "mita", "namba ya mita", "kitambulisho", "namba ya kitambulisho", "lipa namba", "paybill", "till number",
            "namba ya akaunti",
            // Amharic "meter" (with the preposition "for" glued on) and a money transfer's control number (MTCN).
            "\u1246\u1323\u122a", "\u1208\u1246\u1323\u122a", "mtcn", "\u12a4\u121d\u1272\u1232\u12a4\u1295",
            // Sri Lanka's national identity card (nine digits and a V, or twelve).
            "nic", "nic number",
            // Bangladesh's national id (NID), a bill's account and an account number, in English and Bengali
            // (not "account" alone: a mobile wallet's account is its phone number).
            "nid", "nid number", "\u098f\u09a8\u0986\u0987\u09a1\u09bf", "\u09ac\u09bf\u09b2 \u098f\u0995\u09be\u0989\u09a8\u09cd\u099f", "\u098f\u0995\u09be\u0989\u09a8\u09cd\u099f \u09a8\u09ae\u09cd\u09ac\u09b0",
            // The same in the other languages callers and agents write.
            "vorgang", "vorgangsnummer", "kundennummer", "bestellung", "bestellnummer", "rechnung",
            // Austria's social insurance number (4 digits and a date of birth; spelled out, German's word
            // for a US SSN too), Luxembourgish "client number".
            "sv-nummer", "sv-nr", "svnr", "clientsnummer", "tax no", "tax ref", "tax reference", "income tax number",
            "tax code", "tax_code",
            // An Indonesian and Malay bank account ("rek BCA 0618844219", "no. akaun"); a range's prefix.
            "rek", "rekening", "norek", "no rek", "akaun", "no akaun", "nombor akaun", "prefix", "prefiks", "awalan",
            // Indonesian and Malaysian identity, family-card and tax numbers.
            "nik", "ktp", "no ktp", "kk", "mykad", "no kp", "no. kp", "kad pengenalan",
            // Singapore's and Hong Kong's identity cards.
            "nric", "nric number", "hkid", "hkid number",
            // A pharmacy's NCPDP number, a health plan's group number.
            "ncpdp", "group number", "group no", "group id",
            // A disaster-assistance registration with FEMA (nine digits, as an SSN's).
            "fema",
            // A company's registration number, a booking's and a policy's, in Croatian and Slovenian.
            "mati\u010dna \u0161tevilka", "mati\u010dni broj", "broj rezervacije", "rezervacije", "rezervacija",
            "rezervacijo", "\u0161tevilka rezervacije", "polica", "police",
            // A Ukrainian waybill (ТТН) and tax ids (ІПН, РНОКПП, ЄДРПОУ, also transliterated), a
            // Vietnamese account and tax code.
            "\u0442\u0442\u043d", "ttn", "ipn", "\u0440\u043d\u043e\u043a\u043f\u043f", "rnokpp",
            "\u0454\u0434\u0440\u043f\u043e\u0443", "edrpou", "t\u00e0i kho\u1ea3n", "s\u1ed1 t\u00e0i kho\u1ea3n",
            "m\u00e3 s\u1ed1 thu\u1ebf",
            "rechnungsnummer", "auftrag", "auftragsnummer", "aktenzeichen", "pedido", "n\u00famero de pedido",
            "factura", "expediente", "orden", "n\u00famero de orden", "referencia", "refer\u00eancia", "entidade", "n\u00ba", "commande", "num\u00e9ro de commande", "facture",
            "dossier", "r\u00e9f\u00e9rence", "bestelnummer", "factuur", "ordernummer", "klantnummer", "referentie",
            // A Dutch insurer's relation and client numbers, its declarations, its providers' AGB codes and UZOVI.
            "relatie", "relatienummer", "relatienr", "cli\u00ebnt", "cli\u00ebntnummer", "declaratie", "declaratiebestand",
            "agb", "agb-code", "uzovi",
            "zaaknummer", "vertrag", "vertragsnr", "vertragsnummer", "p\u00f3liza", "poliza", "iva", "p.iva",
            "partita iva", "codice", "tracciamento", "spedizione", "ordine", "trace", "routing", "routing number",
            "aba", "policy", "policy number", "upc", "ean", "isbn", "gtin", "ord", "bestelling", "zending",
            // A producer's licence (NPN); a form's "Employer identification number"; a spare part's number;
            // Australia's tax file number in English prose (not "Tfn" alone: Scandinavian for "telefon")
            // and Centrelink reference number, a visa's grant number.
            "npn", "national producer number", "employer identification number", "part number", "part no", "p/n",
            "i-94", "i-94 number", "i94", "a-number", "alien number", "alien registration number", "uscis number",
            "tfn is", "my tfn",
            "her tfn", "his tfn", "your tfn", "the tfn", "crn", "grant number",
            // Hungarian health insurance (TAJ) and tax numbers.
            "taj", "taj sz\u00e1m", "taj sz\u00e1mom", "ad\u00f3azonos\u00edt\u00f3", "ad\u00f3azonos\u00edt\u00f3 jel",
            "ad\u00f3azonos\u00edt\u00f3 jelem", "ad\u00f3sz\u00e1m",
            "ap\u00f3lice", "apolice", "encomenda", "fatura", "nif", "cif", "nuit",
            // Travel, card services, health and utilities.
            "e-ticket", "e-tickets", "ticketed", "billet", "billete", "biglietto", "bilhete", "pnr", "bag tag", "locator",
            "nhs", "nhs number", "nhs numbers", "nhs no", "chi number", "chi numbers", "chi no", "my chi", "ndis", "ndis number", "participant number", "ihi",
            "abn", "acn", "hospital no", "patient id", "mrn", "appt", "appointment id", "cita",
            // UK professional registrations: dentists, opticians, doctors, nurses, health professions.
            "gdc number", "goc number", "gmc number", "nmc pin", "hcpc number",
            // Travel: bag tags, a known traveller's and a redress number, loyalty programmes' numbers, a
            // merchant's id.
            "tags", "bag tags", "baggage tag", "etiqueta", "etiquetas", "known traveler number",
            "known traveller number", "ktn", "redress", "redress number", "airpoints", "airpoints number",
            "loyalty number", "rewards number", "skymiles", "aadvantage", "mileageplus", "mid", "merchant id",
            // More airlines' and hotels' programmes, and trusted travellers' passes.
            "aeroplan", "aeroplan number", "skymiles number", "bonvoy", "bonvoy number", "marriott bonvoy",
            "global entry", "global entry number", "nexus", "nexus number", "passid",
            // Canada's social insurance number in French ("NAS 046 454 286").
            "nas",
            // Australia's tax file number (nine digits, said in threes as a phone's are); not "Tfn",
            // the Scandinavian abbreviation of "telefon".
            "tax file number", "tax file no",
            "account", "vertragskonto", "z\u00e4hlpunkt", "mpan", "mprn", "gprn", "m p a n", "m p r n", "g p r n",
            "sperrnummer", "referentienummer",
            "conf", "build", "error", "error code", "auth code", "authorisation code", "authorization code",
            // Contact-centre platform identifiers (an Amazon Connect ContactId, a call or session id).
            "contact id", "call id", "session id", "interaction id",
            // A French contract, a Spanish claim, a Philippine social-security number, a Malay account,
            // a UK taxpayer reference, an Australian Medicare card.
            "contrat", "reclamo", "recibo", "albar\u00e1n", "albaran", "gst", "hst", "gst/hst", "sss", "sss number", "akaun", "utr", "medicare number",
            // A Polish reference number ("numer referencyjny transakcji").
            "referencyjny",
            // French meter points and meters, a Dutch citizen service number, a UK property reference,
            // a consular id, a Mexican interbank account, a contract.
            "pdl", "prm", "pce", "compteur", "burgerservicenummer", "uprn", "matr\u00edcula consular", "clabe",
            "contrato", "contrato de origem",
            // Residence and national ids, passports and transfer numbers of the Gulf, the Levant and
            // Africa; loyalty programmes; a budget in a payload.
            // Contracts, customers, subscriptions and bills in Slovak, Czech, Slovenian, Croatian, Norwegian
            // and Swedish; Czech and Slovak birth numbers; Bulgarian personal numbers; variable symbols,
            // merchant numbers, conference ids and company registrations.
            "\u010d\u00edslo zmluvy", "z\u00e1kazn\u00edcke \u010d\u00edslo", "\u010d\u00edslo z\u00e1kazn\u00edka",
            // Croatian and Slovenian customers, contracts, meters and metering points, reminders, payers,
            // tax and personal numbers, payment references.
            "broj korisnika", "broja korisnika", "korisni\u010dki broj", "korisnicki broj", "broj ugovora", "broj brojila", "brojilo",
            "brojila", "brojilu", "broj opomene", "opomene", "broj ra\u010duna", "poziv na broj", "oib", "omm",
            "mjerno mjesto", "mjernog mjesta", "plinomjer", "plinomjera", "\u0161tevilka pla\u010dnika",
            "pla\u010dnika", "placnik", "placnika", "dav\u010dna \u0161tevilka", "dav\u010dno \u0161tevilko", "dav\u010dna", "dav\u010dno",
            "em\u0161o", "merilno mesto", "merilnega mesta", "\u0161tevec", "\u0161tevca", "gsrn", "sklic",
            "\u0161tevilka pogodbe", "\u0161tevilka naro\u010dnika", "\u0161tevilka naro\u010dnine",
            "vy\u00fa\u010dtov\u00e1n\u00ed \u010d", "vy\u00fa\u010dtovania \u010d", "ed broj", "avtalen din", "ditt avtal",
            "rodn\u00e9 \u010d\u00edslo", "birth number", "\u0435\u0433\u043d", "variable symbol", "merchant number",
            "conference id", "reg. no", "consumption point no",
            // Italian invoices, a German insurance certificate.
            "fatture", "versicherungsschein", "versicherungsscheinnummer",
            // Parcel carriers before their tracking numbers ("DHL 1418220935", "SEUR 0521 8834 6619 2210").
            "dhl", "fedex", "ups", "usps", "dpd", "gls", "tnt", "seur", "correos", "mrw", "nacex", "chronopost",
            "colissimo", "hermes", "evri", "postnl",
            // Spanish "direct debit" ("Nº de referencia de adeudo 0461 2399 0055 4078"); French "customer
            // account" ("Compte client 0596223184").
            "adeudo", "compte client",
            // What a record was merged into is a record of its kind ("fusionné avec 6604112087", a CSV's
            // "merged_into" column).
            "merged into", "merged with", "fusionn\u00e9 avec", "fusionne avec",
            // An account's or customer's number in Polish, Romanian, Welsh and Urdu ("numer konta to ...",
            // "Numărul de client este ...", "Rhif y cyfrif ydy ...", "اکاؤنٹ نمبر"); a Romanian reference.
            "numer konta", "nr konta", "num\u0103rul de client", "numarul de client", "num\u0103r de client",
            "cod client", "referin\u021ba", "referin\u0163a", "referinta", "referin\u021b\u0103",
            "rhif y cyfrif", "rhif cyfrif", "rhif cwsmer",
            // German customer numbers as agents and exports shorten them ("kdnr=5102938475", "Kd.-Nr. 4002 8813 57"),
            // a customer's account, a contract and a transfer's reference ("Verwendungszweck 5102938475").
            "kdnr", "kd-nr", "kd.-nr", "kd nr", "kd.nr", "kundennr", "kunden-nr", "kundenkonto", "hauptvertrag",
            // A utility's contract account ("VK 4000 5521 93", "Verträge: 4000 1123 88 (Strom)") and market
            // location ("da steht fünf eins zwei ...": the Marktlokation's id).
            "vk", "vertragskonto", "vertr\u00e4ge", "vertrag", "marktlokation", "malo",
            "zusatzkarte", "verwendungszweck", "vertrags-nr",
            // A member's and a prescription's number in Russian and Korean ("MBR 3390187745", "номер рецепта
            // 5820417", "처방전 번호는 7729340").
            "mbr", "\u0440\u0435\u0446\u0435\u043f\u0442", "\u0440\u0435\u0446\u0435\u043f\u0442\u0430",
            "\u043d\u043e\u043c\u0435\u0440 \u0440\u0435\u0446\u0435\u043f\u0442\u0430", "\ucc98\ubc29\uc804",
            "\ucc98\ubc29\uc804 \ubc88\ud638",
            // A satellite TV box's viewing card ("VC 01573829460", "aapki DTH ka VC number batayiye").
            "vc", "vc number", "vc no", "viewing card", "viewing card number", "smart card number",
            // A Spanish bank account's kind and a club's member ("cuenta de ahorros 123-456789-01", "N\u00ba socio 50 2271 8409").
            "cuenta de ahorros", "cuenta de ahorro", "cuenta corriente", "n\u00ba socio", "n\u00ba de socio",
            "n\u00famero de socio", "numero de socio",
            "\u0627\u06a9\u0627\u0624\u0646\u0679 \u0646\u0645\u0628\u0631",
            // A passport in the languages of the callers' documents ("pasaporte US 567112904 + SSN ...").
            "pasaporte", "passeport", "passaporto", "passaporte", "paspoort", "paszport", "reisepass",
            "iqama", "passport", "passport number", "passport no", "pa\u0219aport", "pa\u015faport", "pasaport", "tax number", "mtcn", "waybill", "fine no",
            "fine number", "ffp", "frequent flyer", "krisflyer", "skywards", "budget", "asusun",
            "\u0631\u0642\u0645 \u0627\u0644\u0647\u0648\u064a\u0629", "\u0627\u0644\u0647\u0648\u064a\u0629 \u0627\u0644\u0648\u0637\u0646\u064a\u0629",
            "\u0631\u0642\u0645\u064a \u0627\u0644\u0648\u0637\u0646\u064a", "\u0627\u0644\u0631\u0642\u0645 \u0627\u0644\u0648\u0637\u0646\u064a",
            "\u0631\u0642\u0645 \u0627\u0644\u062d\u062f\u0648\u062f", "\u0631\u0642\u0645 \u0627\u0644\u0645\u0639\u0627\u0645\u0644\u0629",
            "\u0631\u0642\u0645 \u0627\u0644\u0639\u0645\u0644\u064a\u0629", "\u05d4\u05dc\u05d5\u05d5\u05d0\u05d4",
            "\u05d4\u05d4\u05dc\u05d5\u05d5\u05d0\u05d4",
            // Health care: provider and procedure codes, authorizations, a dial-in's access code, cheque
            // ranges, a SIP tag; and a date of birth said in numbers (BIRTH_DATE_LABELS).
            "npi", "group npi", "cpt", "hcpcs", "icd", "authorization number", "auth number",
            "prior auth", "auth #", "medicaid id", "medicaid number", "n\u00famero de autorizaci\u00f3n", "n\u00famero de autoriza\u00e7\u00e3o",
            "access code", "passcode", "conference code", "dial-in code", "participant code", "meeting id", "check nos", "cheque nos", "tag"),
            BIRTH_DATE_LABELS);
    /**
     * Things that carry a number of their own (a badge, a chip, a smartcard, a library card, a
     * container, a meter, an ID document): where one is the nearest cue before a digit run, or names
     * the key or element that holds it, the run is that thing's number, not a phone. Read for phone
     * numbers only: "chip" or "card" before a card number says the opposite.
     */
    static final List<String> IDENTIFIER_NOUNS = List.of("badge", "badge id", "badge no", "badge number",
            // A card's expiry and security code, asked for after its number ("expiry and cvv?" CALLER: "twelve
            // twenty eight, three two one"): a phone's cue only, as an expiry cues the card itself.
            "expiry", "expiry date", "expiration", "expiration date", "exp date", "cvv", "cvv2", "cvc", "cvc2",
            "security code",
            // A carrier's cell tower ("cell_tower=310-410-2291": the tower's id, not a cell phone).
            "tower", "tower id", "cell tower", "cell tower id",
            // A wallet's or a terminal's transaction id ("TID 6153709912"); a police or sheriff's incident
            // (a phone's cues only: "PCI incident!): digits=4242..." is a card's capture).
            "tid", "incident", "incident #", "incident number", "incident no",
            // A vehicle title, a credit bureau's dispute (ACDV), a receipt or record written "rec #", an
            // airline's report of a lost or damaged bag (PIR).
            "title #", "title no", "title number", "acdv", "rec #", "rec no", "pir",
            // A customer's number as a CRM's key abbreviates it ("cust_no=2011458723", "custId"); not "cust" alone, a speaker.
            "cust no", "cust id", "custno", "custid",
            // A user's id in a log ("uid=4418229071"), a frequent flyer's number ("FF 1062213340"), an NHS
            // card's, a police file's reference ("Polizei-Az. 0471-24-118812"), a claim ("Schaden 24-098-11273").
            "uid", "user id", "userid", "ff", "ff #", "ff no", "nhs card", "polizei-az", "schaden",
            // A Russian insurance policy's number ("номер полиса 600447355"), an Arabic contract's ("رقم العقد").
            "\u043f\u043e\u043b\u0438\u0441", "\u043f\u043e\u043b\u0438\u0441\u0430",
            "\u043d\u043e\u043c\u0435\u0440 \u043f\u043e\u043b\u0438\u0441\u0430",
            "\u0627\u0644\u0639\u0642\u062f", "\u0631\u0642\u0645 \u0627\u0644\u0639\u0642\u062f", "\u0639\u0642\u062f",
            // A job's number ("رقم المهمة 5521407": a tow truck's dispatch).
            "\u0627\u0644\u0645\u0647\u0645\u0629", "\u0631\u0642\u0645 \u0627\u0644\u0645\u0647\u0645\u0629",
            // A parcel's tracking number ("رقم التتبع ٣٤٧١٢٢٩٠٤٤١").
            "\u0627\u0644\u062a\u062a\u0628\u0639", "\u0631\u0642\u0645 \u0627\u0644\u062a\u062a\u0628\u0639",
            // An Albanian customer's and contract's number ("numri i klientit 7001203348").
            "klientit", "numri i klientit", "kontrat\u00ebs", "numri i kontrat\u00ebs",
            // An account's number in Arabic ("ورقم الحساب ٧١٠٢٥٥٣٠٨١") and Chinese ("我的账号是 六零零二，...").
            "\u0627\u0644\u062d\u0633\u0627\u0628", "\u0631\u0642\u0645 \u0627\u0644\u062d\u0633\u0627\u0628",
            "\u8d26\u53f7", "\u5e10\u53f7", "\u8d26\u6237", "\u8cec\u865f", "\u8cec\u6236",
            // A ported number's location routing number and an emergency call's routing key, ten digits
            // as a phone's are ("lrn=9052180000", "esrk=5128190911").
            "lrn", "location routing number", "esrk",
            // A SIM's unblocking key; an identity document's number ("doc_number"); a Canadian police
            // occurrence.
            "puk", "doc", "occurrence",
            // A member id as speech-to-text spells it ("my card says uh member i d w two eight four ...").
            "member i d", "i d number",
            "chip", "chip number", "microchip", "transponder", "rfid", "tag id", "asset", "asset tag", "inventory",
            "smartcard", "smart card", "keycard", "key card", "access card", "id card", "library card",
            "member card", "membership card", "container", "bin", "meter", "meter number",
            "meter id", "imei", "licence", "license", "licence number", "license number", "dl", "dl no", "dl number",
            "driver licence", "driver license", "driver's licence", "driver's license", "drivers licence", "drivers license", "permit", "passport",
            "passport number", "id number", "national id", "employee id", "employee number", "staff id",
            "staff number", "personnel number", "customer no", "client number",
            "client no", "user id", "acct", "acct no", "a/c",
            // A Norwegian payment's KID before a number that could be a phone (not for SSNs: in English a
            // kid is a child, "their kid: 441-77-9445"); an application's id.
            "kid",
            // A life or annuity contract named by what is paid on it ("annual premium on 6612093374",
            // "cash value on 7702418853", "payout on 3328100471"; a "premium number" is a phone's, and
            // a card the payout goes to is a card).
            "premium on", "premium notice", "cash value", "payout on",
            // Cheques, serial numbers, Irish PPS numbers, policy abbreviations ("pol# 2133875221"),
            // Mexican accounts and folios.
            "cheque", "cheque number", "cheque no", "check number", "check no", "sn", "s/n", "serial no",
            // French cheques and chequebooks ("chèques n° 8001451 à 8001475").
            "ch\u00e8que", "ch\u00e8ques", "cheques", "ch\u00e9quier",
            // A parking ticket's summons, a New York City lot (BBL), a complaint's number in Spanish and Haitian
            // Creole ("Número de queja: 513120990", "nimewo plent ou se ..."), a ticket's in Haitian Creole.
            "summons", "summons number", "summons no", "bbl", "n\u00famero de queja", "numero de queja", "queja",
            "nimewo plent", "plent", "nimewo tik\u00e8", "nimewo tike",
            // Swiss German customer and policy numbers ("mini Kundenummere isch 0441 28379").
            "kundenummere", "policenummere", "kundennummere",
            // A Portuguese bank account ("Conta 0231 0045 8812", "titulares da conta 0045 ...").
            "conta", "n\u00famero de conta", "n.\u00ba de conta", "n\u00ba de conta", "n\u00famero da conta",
            "serial number", "num\u00e9ro de s\u00e9rie", "n\u00b0 de s\u00e9rie", "n\u00famero de serie", "numero di serie",
            "n\u00famero de s\u00e9rie", "pps", "ppsn", "pol", "pol no", "policy no", "cuenta", "n\u00famero de cuenta",
            // "El número de la cuenta es ...", "su número de cuenta"; an agent's screen that matched "2 accounts: ...".
            "n\u00famero de la cuenta", "numero de la cuenta", "accounts",
            "folio", "pt no", "pt number", "patient no", "patient number",
            // A US employer id, a Brazilian health-plan card, an Italian policy, a Japanese order or
            // booking. (Not the Brazilian postcode's "CEP": in Turkish "cep" is the mobile. Not "ein"
            // alone: it is German's "a" and the end of "geben Sie ... ein".)
            "ein number", "ein no", "ein#", "ein is", "ein es", "my ein", "the ein", "an ein", "business ein", "employer id",
            "fein", "ik-nummer", "ik nummer", "institutionskennzeichen", "carteirinha", "polizza", "chuumon", "chumon", "yoyaku",
            // A drug code, a Danish case, a Slovak or Czech policy, an e-ticket, an Italian notice,
            // an air waybill.
            "ndc", "sag", "sagsnr", "poistka", "poistky", "poistku", "pojistka", "pojistky", "e-tkt", "tkt",
            "avviso", "awb",
            // Freight and loan numbers, and national, tax and company ids of the callers' countries
            // (Latvian, Norwegian, Bulgarian, Ukrainian, Czech, Greek, Nigerian, Turkish, Vietnamese,
            // Korean, Estonian, Georgian).
            "loan no", "pro number", "pro no", "bol",
            // A freight broker's loads, PRO and bill-of-lading numbers, seals, motor-carrier (MC) numbers,
            // fuel checks, and a Mexican customs entry (pedimento); Spanish "carga", a load. Not "load"
            // alone, a prepaid top-up too ("your load of P100 to 0917 ..."), nor "pro" (see below).
            "pro#", "ld", "load number", "load #", "load no", "load#", "carga", "bol number", "bol#",
            "bill of lading", "seal", "seal number", "seal #", "seal#", "mc#", "mc number", "mc no",
            "efs check", "check #", "check no", "check number", "comchek", "comcheck", "express code", "pedimento",
            // A charity's donor and constituent ids; a Korean business registration (사업자등록번호).
            "donor number", "donor id", "donor #", "donor no", "constituent id", "constituent number",
            "\uc0ac\uc5c5\uc790", "\uc0ac\uc5c5\uc790\ub4f1\ub85d\ubc88\ud638", "\uc0ac\uc5c5\uc790\ubc88\ud638",
            "\uc0ac\uc5c5\uc790\ub4f1\ub85d\uc99d", "biz_no", "biz no",
            // A US motor carrier's registration with the Department of Transportation.
            "usdot", "usdot number", "us dot", "dot number", "dot#", "personas kods", "org.nr", "orgnr", "org nr", "egn",
            "\u0440\u043d\u043e\u043a\u043f\u043f", "r\u010d", "afm", "amka", "nuban", "kimlik", "kimlik no",
            "tc kimlik no", "cccd", "m\u00e3 s\u1ed1 thu\u1ebf", "saeopja beonho", "viitenumber", "personal no",
            "\u0444\u0430\u043a\u0442\u0443\u0440\u0430",
            // A Unix timestamp's key, a Swedish payment reference and case, a Czech invoice and its
            // variable symbol, an Australian meter (NMI), a Ukrainian or Russian account or invoice.
            "ts", "timestamp", "epoch", "ocr", "\u00e4rende", "fakturu", "vs", "nmi",
            "\u0440\u0430\u0445\u0443\u043d\u043e\u043a", "\u0440\u0430\u0445\u0443\u043d\u043a\u0443",
            "\u0441\u0447\u0435\u0442", "\u0441\u0447\u0451\u0442",
            // The same in the languages callers write.
            "ausweis", "ausweisnummer", "leseausweis", "bibliotheksausweis", "mitgliedsausweis",
            "personalausweis", "dienstausweis", "mitarbeiterausweis", "studentenausweis", "mitgliedsnummer",
            "kartennummer", "z\u00e4hler", "z\u00e4hlernummer", "personalnummer", "personnummer",
            "f\u00f8dselsnummer", "cpr", "medlemsnummer", "kundenummer", "kundnummer", "ordrenummer",
            "sagsnummer", "saksnummer", "\u00e4rendenummer", "fakturanummer", "kontonummer", "l\u00e5nekort",
            "asiakasnumero", "tilausnumero", "viitenumero", "henkil\u00f6tunnus", "bsn",
            "lidnummer", "pasnummer", "dni", "n\u00famero de cliente", "n\u00famero de socio",
            "num\u00e9ro client", "num\u00e9ro de client", "num\u00e9ro d'adh\u00e9rent", "matricule",
            "numero cliente", "codice cliente", "tessera", "matricola", "pratica", "cart\u00e3o",
            "contribuinte", "cpf", "pesel", "\u03b1\u03c6\u03bc", "\u03b1\u03bc\u03ba\u03b1",
            // Applications, prescriptions, bookings, loyalty schemes, parcels and tax ids, in the
            // languages callers write: the noun, or the form it takes after "number" ("numer
            // zamówienia", "αριθμός αιτήματος"). A compound that ends in a number word names one
            // too ("storingsnummer", "Kundenr.", see compoundLabel).
            "application id", "enrolment", "enrollment", "student id",
            "student number", "student's number", "student\u2019s number", "students number",
            // A student's number in French and Spanish ("Mon numéro d'étudiant était 7654321", "matrícula").
            "num\u00e9ro d'\u00e9tudiant", "num\u00e9ro d\u2019\u00e9tudiant", "numero d'etudiant", "num\u00e9ro \u00e9tudiant",
            "numero etudiant", "n\u00b0 \u00e9tudiant", "n\u00famero de estudiante", "numero de estudiante",
            "card number", "card no", "prescription", "rx", "reservation",
            // A hotel's or an OTA's short form: "OTA res 4123987765" ("res phone" has its nearer cue).
            "res", "resv",
            // A mortgage loan originator's licence (NMLS); a ZIP+4 said aloud ("the zip is four three two one
            // zero dash one one three two").
            "nmls", "nmls id", "nmls #", "zip", "zip code", "zipcode",
            // A video meeting's id ("Meeting 9120 4477 31 re-sent").
            "meeting", "meeting id",
            // A game's player id ("playerId"), a utility's premise, a US taxpayer's ITIN (no SSN).
            "player", "player id", "premise", "premise id", "premise number", "itin",
            // A bank account in Swedish, Norwegian and Danish ("konto 8327-9, 914 287 553-4").
            "konto", "kontot", "kontoen", "kontonummer", "kontonummeret", "kontonr",
            // Nordic personal identity numbers.
            "fnr", "f\u00f8dselsnummer", "f\u00f8dselsnummeret", "fodselsnummer", "personnummer", "personnr", "cpr",
            "cpr-nummer", "cpr-nr", "henkil\u00f6tunnus", "hetu",
            // Turkish orders, returns, cargo, miles and e-tickets (with and without their letters' marks), a
            // frequent flyer's number.
            "sipari\u015f", "siparis", "sipari\u015fi", "siparisi", "sipari\u015fim", "siparisim", "sipari\u015f no",
            "siparis no", "sipari\u015f numaras\u0131", "siparis numarasi", "iade", "kargo takip", "takip no",
            "takip numaras\u0131", "takip numarasi",
            "mil numaram", "mil numaras\u0131", "mil numarasi", "e-bilet", "bilet numaram", "bilet numaras\u0131",
            "ff number", "ffn",
            // An order and an invoice in Bulgarian, Russian and Ukrainian.
            "\u043f\u043e\u0440\u044a\u0447\u043a\u0430", "\u0444\u0430\u043a\u0442\u0443\u0440\u0430",
            "\u0437\u0430\u043a\u0430\u0437", "\u0437\u0430\u043c\u043e\u0432\u043b\u0435\u043d\u043d\u044f",
            "frequent flyer", "frequent flier", "loyalty", "rewards", "parcel", "package", "shipment",
            "consignment", "service request", "request number", "request id", "antrag", "reservierung",
            // A marketplace's listing ("Listing 1158-2230-4419").
            "listing", "listing number", "listing no", "listing id",
            // A car rental's agreement ("Rental agreement 0417-229-3381 closed").
            "rental agreement", "agreement number", "agreement no", "agreement #",
            "buchung", "paket", "sendung", "rezept", "demande", "colis", "ordonnance",
            // French health providers' registry numbers (FINESS, RPPS, ADELI); an Australian bank's branch (BSB).
            "finess", "rpps", "adeli", "bsb",
            "r\u00e9servation", "siret", "siren", "urssaf", "solicitud", "reserva", "receta", "paquete", "env\u00edo",
            "localizador", "prenotazione", "ricetta", "pacco", "richiesta", "nre", "codice fiscale", "receita",
            "requerimento", "storing", "reservering", "boeking", "aanvraag", "pakket", "kvk",
            "btw", "polis", "bestilling", "bokning", "avtale", "avtal", "kontrakt", "pakke", "forsendelse",
            "kvitto", "cvr", "paketti", "pakettisi", "paketin", "l\u00e4hetys", "l\u00e4hetyksesi", "tilaus",
            "tilauksesi", "lasku", "laskun", "laskusta", "laskulla", "keskustelu", "keskustelusi",
            // Estonian invoices and (grid) contracts, a Swedish loan, Russian reference, client and invoice numbers.
            "arve", "arve nr", "leping", "lepingu", "v\u00f5rguleping", "l\u00e5n", "l\u00e5net",
            "\u0441\u0441\u044b\u043b\u043e\u0447\u043d\u044b\u0439", "\u043a\u043b\u0438\u0435\u043d\u0442\u0430",
            "\u0441\u0447\u0451\u0442\u0430",
            "varaus", "sopimus", "y-tunnus", "zam\u00f3wienie",
            "zam\u00f3wienia", "faktury", "umowa", "umowy", "rezerwacja", "rezerwacji", "sprawa", "sprawy",
            "zg\u0142oszenie", "zg\u0142oszenia", "przesy\u0142ka", "przesy\u0142ki", "paczka", "paczki",
            "recepta", "recepty", "polisa", "polisy", "nip firmy", "regon", "krs", "objedn\u00e1vka",
            "objedn\u00e1vky", "smlouva", "smlouvy", "z\u00e1silka", "z\u00e1silky", "rezervace",
            "po\u017eadavek", "i\u010do", "di\u010d", "comanda", "comenzii", "comand\u0103",
            "facturii", "factur\u0103", "contractului", "rezervare", "rezervarea",
            // Romanian account, grid-connection permit (aviz, ATR), meter index and code; Russian "request".
            // Greek supply (a power line's), registry, account or bill, and reference numbers.
            "\u03c0\u03b1\u03c1\u03bf\u03c7\u03ae\u03c2", "\u03bc\u03b7\u03c4\u03c1\u03ce\u03bf\u03c5",
            "\u03bb\u03bf\u03b3\u03b1\u03c1\u03b9\u03b1\u03c3\u03bc\u03cc\u03c2",
            "\u03bb\u03bf\u03b3\u03b1\u03c1\u03b9\u03b1\u03c3\u03bc\u03bf\u03cd",
            "\u03b1\u03bd\u03b1\u03c6\u03bf\u03c1\u03ac\u03c2",
            // A travelcard's number; an activation letter's ("lettre d'activation n° 771-003-219").
            "travelcard", "travel card", "activation", "d'activation",
            // A licence's number (Quebec's building board, RBQ); a firewall log's message id.
            "licence", "license", "rbq", "logid", "log id",
            "cont", "contul", "contului", "cont intern", "aviz", "atr", "index", "indexul", "cod", "codul",
            "\u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f", "\u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0435",
            "rezerv\u0103rii", "confirmarea", "cnp", "colet", "coletul", "sipari\u015f", "sipari\u015finiz",
            "g\u00f6nderi", "gonderi", "g\u00f6nderi kodu", "gonderi kodu",
            // A German transport operator's fare-evasion charge (EBE, erhöhtes Beförderungsentgelt) and
            // subscription; a transfer's payment reference (Verwendungszweck); Qatar's identity card.
            "ebe", "ebe-nr", "ebe nummer", "ebe-nummer", "abo-nr", "abo-nummer", "abonummer", "verwendungszweck",
            "qid", "q i d",
            // A complaint, a request, a transaction and an invoice in Arabizi and Arabic ("shakwa ra2am 7722913",
            // "el talab ra2am ...", "الفاتورة رقم ...", "الطلب ديالك رقم ...", "تم تسجيل شكوى رقم ...").
            "shakwa", "talab", "3amalya", "fatoura", "\u0634\u0643\u0648\u0649", "\u0627\u0644\u0634\u0643\u0648\u0649",
            "\u0627\u0644\u0637\u0644\u0628", "\u0637\u0644\u0628", "\u0627\u0644\u0641\u0627\u062a\u0648\u0631\u0629",
            "\u0641\u0627\u062a\u0648\u0631\u0629",
            // An airline's bag tags ("rush tags 0621 553201 to 0621 553238", "Bag tag reprint: old 0621 483920").
            "bag tag", "bag tags", "rush tag", "rush tags", "tag number", "tag numbers", "bagtag",
            // A Brazilian case's protocol number and voter's card; the savings account a refund goes to.
            "protocolo", "n\u00famero de protocolo", "t\u00edtulo de eleitor", "titulo de eleitor", "savings",
            "savings account",
            "siparisiniz", "sipari\u015finizin", "siparisinizin", "sipari\u015finizi", "siparisinizi",
            "\u00fa\u010dtu", "z\u00e1kaznick\u00e9", "z\u00e1kazn\u00edka", "s\u00f6zle\u015fme", "rezervasyon", "takip", "kargo", "kargom", "hesap", "poli\u00e7e",
            "tckn", "vkn", "abone", "\u03c0\u03b1\u03c1\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1\u03c2",
            "\u03c0\u03b1\u03c1\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1",
            "\u03c4\u03b9\u03bc\u03bf\u03bb\u03bf\u03b3\u03af\u03bf\u03c5",
            "\u03c4\u03b9\u03bc\u03bf\u03bb\u03cc\u03b3\u03b9\u03bf", "\u03ba\u03c1\u03ac\u03c4\u03b7\u03c3\u03b7\u03c2",
            "\u03ba\u03c1\u03ac\u03c4\u03b7\u03c3\u03b7", "\u03b1\u03b9\u03c4\u03ae\u03bc\u03b1\u03c4\u03bf\u03c2",
            "\u03b1\u03af\u03c4\u03b7\u03bc\u03b1", "\u03c3\u03c5\u03bc\u03b2\u03bf\u03bb\u03b1\u03af\u03bf\u03c5",
            "\u03c3\u03c5\u03bc\u03b2\u03cc\u03bb\u03b1\u03b9\u03bf", "\u03bb\u03bf\u03b3\u03b1\u03c1\u03b9\u03b1\u03c3\u03bc\u03bf\u03cd",
            "\u03b1\u03c0\u03bf\u03c3\u03c4\u03bf\u03bb\u03ae\u03c2", "\u03b4\u03ad\u03bc\u03b1\u03c4\u03bf\u03c2",
            "\u03b5\u03b9\u03c3\u03b9\u03c4\u03b7\u03c1\u03af\u03bf\u03c5", "\u03b5\u03b9\u03c3\u03b9\u03c4\u03ae\u03c1\u03b9\u03bf",
            "\u03c0\u03c4\u03ae\u03c3\u03b7\u03c2", "\u03ba\u03c9\u03b4\u03b9\u03ba\u03cc\u03c2");
    /**
     * Words for "number" ("nummer", "numer", "αριθμός") that are phone cues alone but name an
     * identifier after an identifier's noun ("Rx number", "faktura nummer"): there the noun decides.
     */
    private static final List<String> NUMBER_NOUNS = List.of("number", "nummer", "nummeret", "numret", "numero",
            "n\u00famero", "num\u00e9ro", "numer", "numara", "numaras\u0131", "numaram",
            "\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2", "\u03b1\u03c1\u03b9\u03b8\u03bc\u03cc",
            "\u010d\u00edslo", "num\u0103rul", "num\u0103r", "sz\u00e1m", "sz\u00e1ma", "bangou", "\u0631\u0642\u0645",
            "\u043d\u043e\u043c\u0435\u0440", "nomer", "broj", "\u0431\u0440\u043e\u0458", "numeris", "numurs",
            "\ubc88\ud638");
    /**
     * Words for a person's file that label a number only directly ("applicant no. 2025-004417",
     * "application 2025-004417"): after "applicant Gurpreet Sandhu" the number is the applicant's phone.
     */
    static final List<String> PHONE_ADJACENT_NEGATIVE = List.of("applicant", "application", "candidate",
            "candidatura", "candidature", "po",
            // Poland's tax number right before it ("NIP 5252248481"); further away, as often Mexico's
            // porting code said after the number ("55 1407 2298 NIP 3318").
            "nip",
            // "ID 1000223844", "ID: 0103154046082"; further away "ID" is as often the caller id's. An
            // employer's id ("EIN 56-2291804"; further away the German article). An application's ("app
            // 4418209771", "?app=3302219845"; further away it is as often the phone's app). Spain's NIE for foreigners
            // only right before its number: elsewhere "nie" is Polish "no" ("nie, już nie. Nowy to 728 ...").
            // A spare part right before its number ("compressor part 5304517886"; a form's "Part I TIN:" is not).
            "id", "ein", "nie", "part", "app",
            // A student's id right before it ("Student 900744190"; further away, a student's phone).
            "student",
            // A car rental's agreement ("Rental RA 5519-992014", "RA# 4418-220197", "for rental 4418-231044");
            // further away "rental" is as often the rental company's line. A motor carrier's number ("MC:
            // 1311045", "MC one zero nine three ..."); further away, a caller's phone said after it.
            "ra", "ra#", "rental", "mc",
            // A freight PRO number in capitals ("PRO 0428871552"; French "portable pro" is a work mobile); a
            // dealership's repair order in capitals ("paid RO 6041902").
            "pro", "ro",
            // A bag's tag right before it ("alert: bag 0398447893 scanned at LHR"); further away, a caller who
            // lost a bag gives a number to call.
            "bag",
            // A loyalty member's number right before it ("Member 5512009318.", "member=2209447158"); further
            // away, and as a speaker's tag ("Member: it's 555-0134"), the member's phone.
            "member",
            // A hospital account record in capitals ("HAR 5004412201"; "har" is Scandinavian "has"), and
            // Scotland's patient index ("CHI 1101320192"; "chi" is Italian "who").
            "har", "chi",
            // A Nigerian bank's name right before a ten-digit account number (NUBAN: "GTB 0233471192", "Access
            // Bank 0690000031"); further away, "call GTB on ..." names the bank's line.
            "gtb", "gtbank", "access bank", "first bank", "zenith bank", "uba", "moniepoint", "opay", "kuda",
            "palmpay", "wema bank", "fidelity bank", "sterling bank", "stanbic", "fcmb", "ecobank", "polaris bank",
            "union bank",
            // A customer's number under French "numClient" (not "client" alone: "Client : 514 555-0148" is a
            // speaker's, "client line: 020 7946 0558" a phone's).
            "numclient");
    private static final List<String> MEMBER = List.of("member");
    private static final Set<String> MEMBER_TAG = Set.copyOf(MEMBER);
    /** Adjacent negative cues that a number in a North American phone's groups overrides. */
    private static final List<String> BEFORE_A_PHONES_SHAPE = List.of("member", "chi");
    /** A North American number in its groups, "(614) 555-0109", "201-555-0146": written so, a member's phone. */
    private static final Pattern NANP_GROUPS = Pattern.compile("\\(?\\d{3}\\)?[-. ]\\d{3}[-. ]\\d{4}(?!\\d)");
    /**
     * A purchase order's "PO" labels only the number right after it ("PO 4500012345", "PO# 88213"):
     * further away it is as likely the Tagalog particle of politeness ("Take your time po. okay,
     * 4012 8888 8888 1881").
     */
    private static final List<String> DIGIT_RUN_ADJACENT_NEGATIVE = List.of("po");
    /**
     * The negative cues of an SSN: identifiers' labels, and an account's or a player's, which a tax
     * log puts beside it ("SSN entry: 200515759 -> match on acct 300418823", "W-9 received for player
     * 228190443, TIN type SSN").
     */
    private static final List<String> SSN_NEGATIVE = concat(
            DIGIT_RUN_NEGATIVE.stream().filter(label -> !BIRTH_DATE_LABELS.contains(label)).toList(),
            List.of("acct", "acct no", "acct#", "a/c", "player", "player id",
                    // The Dutch citizen service number, nine digits too ("my SSN is ... and my Dutch BSN is 548026737").
                    "bsn", "burgerservicenummer", "sofinummer",
                    // Greece's tax and social-insurance numbers (nine and eleven digits).
                    "afm", "amka", "\u03b1\u03c6\u03bc", "\u03b1\u03bc\u03ba\u03b1",
                    // German "Nr." after what it numbers ("Ersatzteil-Nr. 447-12-0913", a part's): a US SSN
                    // is labelled as one.
                    "nr", "nr.",
                    // A social worker is no "social" ("soy Maite, la trabajadora social. ... el número es ...").
                    "social worker", "trabajadora social", "trabajador social", "asistente social",
                    "assistante sociale", "assistant social", "assistente social",
                    // A utility meter's number, nine digits read out as an SSN would be ("the meter number should
                    // start with eight eight" / "yeah eight eight two one oh ...").
                    "meter", "meter number", "meter id", "meter serial"));
    /** The negative cues of a phone number: identifiers' labels and the things that carry numbers. */
    static final List<String> PHONE_NEGATIVE = concat(DIGIT_RUN_NEGATIVE, IDENTIFIER_NOUNS);
    private static final List<String> CARD_LOWER = concat(DIGIT_RUN_NEGATIVE, CARD_NEGATIVE);
    static final List<String> EMAIL = List.of("email", "e-mail", "mail", "mail me", "email me",
            // Icelandic, Swedish, Norwegian and Danish, Finnish, Spanish and French words for it.
            "netfang", "netfangi\u00f0", "mejl", "mejladress", "e-post", "epost", "e-postadress", "s\u00e4hk\u00f6posti",
            "correo", "courriel");
    static final List<String> IBAN = List.of("iban", "account", "bank", "transfer", "wire");
    static final List<String> IP = List.of("ip", "ip address", "host", "server", "from ip", "client", "node",
            // French "server", "IP address"; a SIP registrar.
            "serveur", "adresse ip", "registrar",
            // A router's sides and its gateway in Polish ("WAN 203.0.113.65/29", "bramka 10.44.0.1"; not
            // English "gateway", which names products too: "auth-gateway 3.14.0.212").
            "wan", "lan", "bramka",
            // Where a firewall lets traffic go: "egress to 198.51.100.44 tcp/22 allowed".
            "egress", "egress to", "ingress", "ingress from",
            // The other end of a connection: "DEBUG webrtc-gw peer=2001:db8:c0a8:1::45" (the key's last word names it),
            // a log's source and destination ("client_id=clb-mobile-ios src=203.0.113.77").
            "peer", "src", "dst");
    static final List<String> IP_NEGATIVE = List.of("version", "release", "firmware", "patch level", "patchlevel",
            // Indonesian and Malay "version".
            "versi",
            // "version" in the other languages and scripts of the centres.
            "versi\u00f3n", "vers\u00e3o", "versione", "versie", "wersja", "s\u00fcr\u00fcm",
            "\u0935\u0930\u094d\u091c\u093c\u0928", "\u0935\u0930\u094d\u091c\u0928", "\u30d0\u30fc\u30b8\u30e7\u30f3",
            "\u7248\u672c", "\ubc84\uc804", "\u0625\u0635\u062f\u0627\u0631",
            // Japanese firmware, Chinese firmware.
            "\u30d5\u30a1\u30fc\u30e0\u30a6\u30a7\u30a2", "\u56fa\u4ef6",
            // Arabic "the version", "version"; Hebrew "version".
            "\u0627\u0644\u0646\u0633\u062e\u0629", "\u0646\u0633\u062e\u0629", "\u05d2\u05e8\u05e1\u05d4",
            "rev", "revision", "section", "chapter", "upgraded", "updated", "downgraded", "patched",
            "fixed in", "release notes", "model", "engine", "version history", "image tag",
            // Nordic and Finnish "version", also in the compounds a message writes ("appversionen",
            // "ohjelmistoversio", "versioon"); a rollback's target.
            "versionen", "versjon", "versjonen", "appversion", "appversionen", "programversion", "versio", "versioon",
            "versiota", "ohjelmistoversio", "sovellusversio", "rollback", "rolled back to", "rollback to",
            // Hungarian "version", "software".
            "verzi\u00f3", "szoftver", "szoftververzi\u00f3",
            // Serbian "version" ("na verziju 22.3.1.4"); Xiaomi's Android ("MIUI 14.0.6.0").
            "verziju", "verzija", "verzije", "miui",
            // Lithuanian and Latvian "version".
            "versija", "versiju",
            // Finnish and Estonian "software" and "firmware".
            "ohjelmisto", "laiteohjelmisto", "tarkvara", "p\u00fcsivara",
            "r\u00e4ttat i", "fikset i", "rettet i");
    /**
     * Software nouns that name a product when a four-part number follows them directly ("Agent
     * desktop 4.12.0.3", "SDK 2.1.0.7"). Only read right before the span or in a key: further away
     * ("desktop crashed, user came from 10.2.3.4") they say nothing about the number. "fw" is here
     * too: firmware right before a number, but a firewall further away ({@code fw-edge-02 DENY UDP
     * 192.0.2.133:56535}).
     */
    static final List<String> IP_PRODUCT = List.of("desktop", "app", "application", "sdk", "driver", "plugin",
            "extension", "patch", "hotfix", "update", "upgrade", "installer", "browser", "softphone", "firmware", "os", "fw",
            // What a device boots and a browser's media stack, versioned apart ("bootloader 1.0.3.7").
            "bootloader", "bios", "uefi", "kernel", "webrtc", "image",
            // A build's number, not a build pipeline's host ("build pipeline: scp artifact to 203.0.113.9").
            "build",
            // A device's software and hardware versions in a log's keys ("sw=10.2.1.3 hw=4.0"), and in a
            // status page's fields ("Software 1.0.53.2 | Boot 1.0.53.1").
            "sw", "hw", "software", "boot",
            // "v 4.12.0.3", but not a command's flag far before its address ("curl -v ftp://...@192.0.2.140").
            "v", "ver",
            // Devices and systems with versions of their own ("Fire TV 7.6.8.2", "iOS 17.1.0.2").
            "tv", "ios", "ipados", "tvos", "android", "chrome", "firefox", "safari", "windows", "macos",
            // Contact-centre software and libraries named with their versions ("Genesys 2.17.4.3", "3CX
            // 20.0.1.7", "SBC SWe 12.1.0.4", "client lib 2.3.0.9"). Not the makers of devices and servers
            // ("Avaya SBCE 192.0.2.66", "Yealink 10.1.4.2 not registering"): an address follows them as
            // often as a version.
            "genesys", "3cx", "five9", "cxone", "talkdesk", "webex", "zoom", "teams", "jabra", "swe", "lib",
            // A virtual desktop's client ("Citrix Workspace 23.11.0.41").
            "citrix", "workspace",
            "library", "vendor", "supported",
            // What software reports right before a number is its version ("agent reports 10.2.0.9");
            // not "Running", a pod's status before its address in kubectl's table.
            "reports",
            // An account's number in dotted groups right after its label, as Suriname's banks write them
            // ("Hakrinbank, rekeningnummer 20.118.44.72").
            "rekeningnummer", "account number", "account no", "kontonummer", "num\u00e9ro de compte",
            "n\u00famero de cuenta");
    static final List<String> AWS = List.of("aws", "access key", "key", "access key id", "aws_access_key_id");
    static final List<String> AWS_SECRET = List.of("aws_secret_access_key", "secret_access_key",
            "secret access key", "secret key", "secret", "aws secret",
            // "Secret key" in Spanish, Italian, French, German, Ukrainian, Russian and Polish.
            "clave secreta", "chiave segreta", "cl\u00e9 secr\u00e8te", "geheimer schl\u00fcssel",
            "\u0441\u0435\u043a\u0440\u0435\u0442\u043d\u0438\u0439 \u043a\u043b\u044e\u0447",
            "\u0441\u0435\u043a\u0440\u0435\u0442\u043d\u044b\u0439 \u043a\u043b\u044e\u0447", "klucz tajny",
            "tajny klucz", "sekretny klucz",
            // Japanese, Korean and Chinese ("シークレットキー: wJalr...", "시크릿 키", "密钥").
            "\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\u30ad\u30fc", "\u30b7\u30fc\u30af\u30ec\u30c3\u30c8",
            "\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\u30a2\u30af\u30bb\u30b9\u30ad\u30fc", "\uc2dc\ud06c\ub9bf \ud0a4",
            "\uc2dc\ud06c\ub9bf\ud0a4", "\uc2dc\ud06c\ub9bf", "\ube44\ubc00 \ud0a4", "\ube44\ubc00\ud0a4", "\u5bc6\u94a5", "\u79d8\u5bc6\u5bc6\u94a5");

    /**
     * {@code adjacentLower}: cues that lower only when they label the span directly (see IP_PRODUCT);
     * {@code compounds}: a compound word that ends in a number word is a cue too (see compoundLabel);
     * {@code spentByOwnNumber}: a negative cue with a whole number right after it says nothing of later
     * numbers (see spentOnItsOwnNumber); {@code lowerInSentence}: a negative cue lowers only in its own
     * sentence (see sentenceEndBetween).
     */
    private record Cues(List<String> raise, List<String> lower, double lowerBy, List<String> adjacentLower,
            boolean compounds, boolean spentByOwnNumber, boolean lowerInSentence) {
    }

    /** Where a cue's own number would start: after the blanks, colons and number signs from {@code cueEnd}. */
    private static int numberAfterCue(String text, int cueEnd, int start) {
        int i = cueEnd;
        while (i < start && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '#')) {
            i++;
        }
        return i;
    }

    /**
     * Whether the negative cue ending at {@code cueEnd} has a whole number of its own right after it,
     * before {@code start}: "(build 2211), WAN 203.0.113.45" names the build, not the address. A
     * dotted number after it ("release 4.1.0.2, 4.1.0.3") leaves the cue for the numbers that follow.
     */
    private static boolean spentOnItsOwnNumber(String text, int cueEnd, int start) {
        int i = numberAfterCue(text, cueEnd, start);
        int runEnd = Chars.digitRunEnd(text, i);
        return runEnd > i && runEnd < start && text.charAt(runEnd) != '.';
    }

    /**
     * Whether the negative cue ending at {@code cueEnd} labels a number of its own and a comma or
     * semicolon then leads to {@code start}, a number of another shape: "acct 20041987, 613-555-0177"
     * gives the account and then the phone. A list of the label's numbers has items of one shape
     * ("case numbers 2024-118832, 2024-119047").
     */
    private static boolean labelsAnotherNumber(String text, int cueEnd, int start) {
        int i = numberAfterCue(text, cueEnd, start);
        int end = identifierRunEnd(text, i, start);
        // (Six digits at least: "konto 8327-9, 914 287 553-4" is a Swedish clearing number and its account.)
        if (end == i || end >= start || Chars.countDigits(text, i, end) < 6) {
            return false;
        }
        if (text.charAt(end) == '.' && end + 1 < start && text.charAt(end + 1) == ' ') {
            return true; // "acct 3391-70026. Premise 480-555-0181": the sentence that gave the account ended
        }
        if (text.charAt(end) != ',' && text.charAt(end) != ';') {
            return false;
        }
        int next = end + 1;
        while (next < start && text.charAt(next) == ' ') {
            next++;
        }
        return next == start
                && !sameGroups(text, i, end, start, identifierRunEnd(text, start, Math.min(text.length(), start + end - i + 1)));
    }

    /** The end of the run of digits, dashes, dots and slashes from {@code from}, before {@code limit}. */
    private static int identifierRunEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && isIdentifierChar(text.charAt(i))) {
            i++;
        }
        while (i > from && !Chars.isAsciiDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A char of an identifier's run as lists and labels write it: a digit, a dash, a dot or a slash. */
    private static boolean isIdentifierChar(char c) {
        return Chars.isAsciiDigit(c) || c == '-' || c == '.' || c == '/';
    }

    /** Whether two runs of digits and separators have the same groups of digits ("2024-118832", "2024-119047"). */
    private static boolean sameGroups(String text, int from, int end, int otherFrom, int otherEnd) {
        if (end - from != otherEnd - otherFrom) {
            return false;
        }
        for (int k = 0; k < end - from; k++) {
            if (Chars.isAsciiDigit(text.charAt(from + k)) != Chars.isAsciiDigit(text.charAt(otherFrom + k))) {
                return false;
            }
        }
        return true;
    }

    private static final Map<String, Cues> BY_TYPE = Map.of(
            EntityTypes.PHONE_NUMBER, new Cues(PHONE, PHONE_NEGATIVE, LOWER, PHONE_ADJACENT_NEGATIVE, true, false, false),
            EntityTypes.CREDIT_CARD, new Cues(CARD, CARD_LOWER, LOWER, DIGIT_RUN_ADJACENT_NEGATIVE, false, false, false),
            EntityTypes.US_SSN, new Cues(SSN, SSN_NEGATIVE, LOWER, DIGIT_RUN_ADJACENT_NEGATIVE, false, true, false),
            EntityTypes.EMAIL, new Cues(EMAIL, List.of(), 0.0, List.of(), false, false, false),
            EntityTypes.IBAN, new Cues(IBAN, List.of(), 0.0, List.of(), false, false, false),
            EntityTypes.IP_ADDRESS, new Cues(IP, IP_NEGATIVE, 0.45, IP_PRODUCT, false, true, true),
            EntityTypes.AWS_ACCESS_KEY, new Cues(AWS, List.of(), 0.0, List.of(), false, false, false));

    /** Longest key read before a value: longer runs are ids or hashes, not field names. */
    private static final int MAX_KEY = 48;

    private ContextWords() {
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    /** {@code detection} with its confidence raised or lowered by the nearest cue before it. */
    static Detection apply(String text, Detection detection) {
        return apply(text, detection, false);
    }

    /**
     * @param spoken the span is a rewrite of spoken digits, whose blanks are pauses, not the
     *     formatting that is evidence for a phone number
     */
    static Detection apply(String text, Detection detection, boolean spoken) {
        Cues cues = BY_TYPE.get(detection.type());
        if (cues == null || detection.type().equals(EntityTypes.PHONE_NUMBER)
                && PhoneNumberDetector.namesUpiAddress(text, detection.start(), detection.end())) {
            return detection;
        }
        if (detection.type().equals(EntityTypes.IP_ADDRESS) && detection.confidence() <= IpAddressDetector.NETWORK) {
            // A network, a netmask or a wildcard mask stays one after "ip" ("deny ip 192.0.2.0 0.0.0.255 any").
            return detection;
        }
        // A number said in a transcript turn is read from before the speaker's tag ("CALLER:"): the
        // tag names who speaks, not what is said, and the prompt before it does ("Please say your
        // account number." CALLER: "four four one ...").
        int direction = direction(text, spoken ? spokenCueStart(text, detection.start(), cues) : detection.start(), cues);
        if (direction >= 0 && (detection.type().equals(EntityTypes.PHONE_NUMBER) || detection.type().equals(EntityTypes.US_SSN))
                && otherThingNamedAfter(text, detection.end())) {
            // "triple eight, two four six eight... sorry that's my gate code": the speaker says what the
            // number was after it, and no phone word before says otherwise.
            return detection.withConfidence(detection.confidence() - cues.lowerBy());
        }
        if (direction < 0 && detection.type().equals(EntityTypes.PHONE_NUMBER) && phoneNamedAfter(text, detection.end())) {
            return detection; // "the meter number? ... it's, um, eight three two, ..., oh wait, that's my phone"
        }
        if (detection.type().equals(EntityTypes.PHONE_NUMBER) && !spoken
                && (Chars.onlyDigits(text, detection.start(), detection.end())
                        && (pointsMovedBy(text, detection.start()) || customerNumber(text, detection.start(), detection.end()))
                        || recordKeyBefore(text, detection.start()))) {
            return detection.withConfidence(detection.confidence() - LABELLED_LOWER);
        }
        if (direction == 0) {
            return detection;
        }
        if (direction < 0 && detection.type().equals(EntityTypes.CREDIT_CARD) && !spoken && expiryAfter(text, detection.end())) {
            // "débito automático da fatura: 4168 9338 9647 2331 validade 08/29": an invoice has no expiry date.
            return detection;
        }
        if (direction < 0 && detection.type().equals(EntityTypes.IP_ADDRESS)
                && (IpAddressDetector.isHomeOrLinkLocal(text, detection.start())
                        || IpAddressDetector.hasTwoThreeDigitParts(text, detection.start(), detection.end()))) {
            return detection; // "LG-TV 192.168.1.102", "softphone 198.51.100.201": no product's version is numbered so
        }
        if (direction < 0 && detection.type().equals(EntityTypes.IP_ADDRESS) && IpAddressDetector.portAfter(text, detection.end())) {
            return detection; // "webrtc peer=192.0.2.77:50012": a version has no port
        }
        if (direction < 0 && detection.type().equals(EntityTypes.IP_ADDRESS) && detection.start() > 0
                && text.charAt(detection.start() - 1) == '@') {
            // The host after a URL's credentials ("http://build:secret@10.0.0.8:3128"): the user name
            // before it is no version word.
            return detection;
        }
        if (direction < 0) {
            // Formatting is evidence for a phone or card, so a distant negative cue lowers a formatted
            // number by half; but a cue that labels the number directly ("contract 440-221-9987",
            // "orderNumber=555-0192") says what it is, and dashes, dots and spaces are as common in
            // identifiers as in phone numbers. Brackets and '+' are not: they keep the half.
            boolean bare = spoken || Chars.onlyDigits(text, detection.start(), detection.end());
            boolean full = bare || !isDigitType(detection.type())
                    || (direction == LABELLED && !phoneShaped(text, detection.start(), detection.end())
                            && !(detection.type().equals(EntityTypes.CREDIT_CARD)
                                    && CreditCardDetector.inAmexOrDinersLayout(text, detection.start(), detection.end())));
            double by = full ? cues.lowerBy() : cues.lowerBy() / 2;
            if (direction == LABELLED && full && isDigitType(detection.type())) {
                // A number its label names ("policy 0098-1128-77", dtmf_poliza=0098441288) is that,
                // even when it starts like an international call.
                by = Math.max(by, LABELLED_LOWER);
            }
            return detection.withConfidence(detection.confidence() - by);
        }
        return detection.withConfidence(detection.confidence() + RAISE);
    }

    /** A card's expiry written right after its number: "exp 08/29", "validade 08/29", "caducidad 10/27". */
    private static final Pattern EXPIRY_AFTER = Pattern.compile(
            "[ ,;(]{0,3}(?i:exp\\.?|expiry|expires|expiration|valid thru|valid until|validade|validez|vence|caducidad"
                    + "|scadenza|g\u00fcltig bis|expire le|date d'expiration)[ :.]{0,3}(?:0[1-9]|1[0-2]) ?/ ?(?:\\d{2}|20\\d{2})(?!\\d)");
    private static final int MAX_EXPIRY = 40;

    private static boolean expiryAfter(String text, int end) {
        return EXPIRY_AFTER.matcher(text).region(end, Math.min(text.length(), end + MAX_EXPIRY)).lookingAt();
    }

    /**
     * Where the cues of a number said in a transcript turn are read from: before the speaker's tag
     * when only the tag, or the tag and a few words of a reply without a cue of their own ("sure
     * it's ..."), stand before the number; else from the number itself ("CALLER: my number is ...").
     */
    private static int spokenCueStart(String text, int start, Cues cues) {
        int tag = beforeSpeakerTagAndReply(text, start);
        if (tag == start) {
            return start;
        }
        int reply = text.indexOf(':', tag) + 1;
        int compound = cues.compounds() ? compoundLabel(text, start) : -1;
        boolean cueInReply = reply > 0 && reply < start
                && (nearestEnd(text, start, PhraseIndex.of(cues.raise()), start - reply) >= 0
                        || nearestEnd(text, start, PhraseIndex.of(cues.lower()), start - reply) >= 0
                        || compound / 2 / 64 > reply); // "samtale: kundenummeret mitt er tre tre ..."
        return cueInReply ? start : tag;
    }

    /** Who speaks in a transcript turn ({@code CALLER: ...}, {@code Agent: ...}). */
    static final Set<String> SPEAKERS = Set.of("caller", "agent", "customer", "client", "cliente", "kunde",
            "kund", "klant", "klient", "ivr", "operator", "operatore", "rep", "advisor", "user", "bot", "system",
            "agente", "konsultant", "temsilci", "visitor", "m\u00fc\u015fteri", "z\u00e1kazn\u00edk", "asiakas", "\u00fcgyf\u00e9l",
            // Speakers as speech-to-text numbers them: "SPEAKER_1", "spk_0", "Speaker 2".
            "speaker", "spk",
            // German, Dutch and French callers and advisers ("Anrufer:", "Beller:", "Appelant :").
            "anrufer", "anruferin", "kundin", "berater", "beraterin", "beller", "medewerker", "appelant", "appelante",
            "conseiller", "conseill\u00e8re",
            // A health plan's and a pharmacy's callers ("Member: 148-62-3390" answers the agent's "I'll need
            // the SSN ...", the member's own words, not a member number's label).
            "member", "patient",
            // Who calls a games publisher, a hotel, a landlord, an airline, a school, a ride-hailing app, a
            // marketplace, a lender or an insurer ("Player: 07700 900418" answers "the mobile number on the account?").
            "player", "guest", "resident", "tenant", "passenger", "student", "rider", "seller", "buyer", "shopper",
            "traveler", "traveller", "applicant", "subscriber", "borrower", "policyholder", "claimant", "cardholder",
            // The keys a caller presses answer the IVR's prompt as a spoken reply does ("... votre num\u00e9ro de
            // client suivi de di\u00e8se. [00:00:31] DTMF: 7745129033#").
            "dtmf",
            // Japanese and Korean transcripts' customer and operator ("お客様:", "オペレーター:", "고객:", "상담원:").
            "\u304a\u5ba2\u69d8", "\u30aa\u30da\u30ec\u30fc\u30bf\u30fc", "\uace0\uac1d", "\uc0c1\ub2f4\uc6d0");

    /**
     * {@code text} with each bracketed speaker's tag that opens a line ({@code [caller] it's ...},
     * {@code [Agent 2]: ...}) written as a colon tag ({@code caller:  it's ...}), char for char, so
     * that every offset stays the text's and a tag in brackets is read as every other tag is (the
     * prompt before it says what the reply is); {@code text} itself when it holds none. Only the
     * roles of {@link #SPEAKERS}: a bracketed word such as {@code [INFO]} or {@code [REDACTED]}
     * opening a log line is no one speaking.
     */
    static String withBracketedTagsAsColonTags(String text) {
        int open = text.indexOf('[');
        if (open < 0) {
            return text;
        }
        char[] chars = null;
        for (; open >= 0; open = text.indexOf('[', open + 1)) {
            int close = bracketedTagEnd(text, open);
            if (close < 0 || !opensLine(text, open)) {
                continue;
            }
            chars = chars == null ? text.toCharArray() : chars;
            text.getChars(open + 1, close, chars, open);
            boolean colonAfter = close + 1 < text.length() && text.charAt(close + 1) == ':';
            chars[close - 1] = colonAfter ? ' ' : ':';
            chars[close] = ' ';
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Where the {@code ]} of a speaker's role in brackets opened at {@code open} stands ({@code [caller]},
     * {@code [speaker 1]}, {@code [SPK_0]}), followed by a blank, a colon or the end; -1 otherwise.
     */
    private static int bracketedTagEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length() && Chars.isAsciiLetter(text.charAt(i))) {
            i++;
        }
        if (i == open + 1 || !SPEAKERS.contains(text.substring(open + 1, i).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (i + 1 < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '_') && Chars.isAsciiDigit(text.charAt(i + 1))) {
            i += 2;
            i += i < text.length() && Chars.isAsciiDigit(text.charAt(i)) ? 1 : 0;
        }
        if (i >= text.length() || text.charAt(i) != ']') {
            return -1;
        }
        return i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == ':'
                || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\t' ? i : -1;
    }

    /**
     * Where the speaker's tag right before {@code start} begins ({@code CALLER: "}, {@code Agent: }),
     * or {@code start} when there is none.
     */
    static int beforeSpeakerTag(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '"')) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ':') {
            return start;
        }
        int end = i - 1;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--; // "étudiant : ..."
        }
        int from = tagStart(text, end);
        if (from == end) {
            return start;
        }
        // A known role, or any one word that opens a line ("medlem: ja, ...", "πελάτης: ναι, ...").
        return SPEAKERS.contains(tagWord(text, from)) || opensLine(text, from) ? from : start;
    }

    /**
     * Where a speaker's tag ending at {@code end} (before its colon) starts: a word ({@code CALLER}),
     * or a word numbered as speech-to-text numbers its speakers ({@code SPEAKER_1}, {@code spk_0},
     * {@code Speaker 2}), either followed by a time stamp ({@code SPEAKER_1 [00:03:55]}); {@code end}
     * when no word ends there.
     */
    private static int tagStart(String text, int end) {
        int i = beforeStamp(text, end);
        int digits = i;
        while (digits > 0 && i - digits < 2 && Chars.isAsciiDigit(text.charAt(digits - 1))) {
            digits--;
        }
        int letters = i;
        if (digits < i && digits > 1 && (text.charAt(digits - 1) == '_' || text.charAt(digits - 1) == ' ')) {
            letters = digits - 1;
        }
        int from = letters;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return from == letters ? end : from;
    }

    /** The lower-cased letters a speaker's tag starting at {@code from} begins with ("caller", "speaker"). */
    private static String tagWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a speaker's tag that opens a line or turn starts at {@code index}: a role ({@code CALLER:
     * ...}), a numbered speaker ({@code SPEAKER_1 [00:03:55]: ...}) or any word so placed ({@code DTMF:
     * ...}).
     */
    private static boolean atSpeakerTag(String text, int index) {
        String word = tagWord(text, index);
        int colon = text.indexOf(':', index);
        return !word.isEmpty() && colon > 0 && colon - index <= MAX_TAG && tagStart(text, tagEnd(text, colon)) == index
                && opensLine(text, index);
    }

    /** Longest speaker's tag with its time stamp: {@code SPEAKER_12 [2026-11-29 14:10:06.123]}. */
    private static final int MAX_TAG = 48;

    private static int tagEnd(String text, int colon) {
        int end = colon;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /**
     * Whether the cue ending at {@code score} (a {@link #nearestEnd} score) is a speaker's tag that
     * opens a line or turn ({@code CALLER: it's ...}) with words of the turn between it and {@code
     * start}. Right before the value, with no word between, a role and colon label it ({@code Caller:
     * 07700 900123} in a call log), as a key does.
     */
    private static boolean speakerTagBeforeWords(String text, int score, int start) {
        int end = score / 64;
        int from = end - score % 64;
        if (end >= start || text.charAt(end) != ':' || !opensLine(text, from)
                || !SPEAKERS.contains(text.substring(from, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = end + 1; i < start; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether only blanks stand between {@code index} and the start of its line (or a {@code |} turn break). */
    private static boolean opensLine(String text, int index) {
        int i = beforeBlanksAndStamp(text, index);
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r' || text.charAt(i - 1) == '|';
    }

    /** {@code index}, or where the blanks and a transcript's time stamp before it start: "[14:10:06] CALLER: ...". */
    private static int beforeBlanksAndStamp(String text, int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return beforeStamp(text, i);
    }

    /**
     * Where a bracketed time stamp ending at {@code end} ({@code [00:03:55]}) starts, the blanks
     * before it included; {@code end} when none ends there.
     */
    private static int beforeStamp(String text, int end) {
        if (end == 0 || text.charAt(end - 1) != ']') {
            return end;
        }
        int open = text.lastIndexOf('[', end - 1);
        if (open < 0 || end - open > MAX_STAMP) {
            return end;
        }
        int i = open;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** Longest bracketed time stamp before a speaker's tag: {@code [2026-11-29 14:10:06.123]}. */
    private static final int MAX_STAMP = 32;

    /** Most words a reply says before the number that answers a prompt: "ja, det er fortsatt ...". */
    private static final int MAX_REPLY_WORDS = 4;

    /**
     * Where the speaker's tag begins before a reply that says up to four words before the number
     * ({@code klient: tak, tak, 512 884 307}, {@code medlem: ja, det er fortsatt ...}), or {@code start}
     * when there is none. Only a fallback for a cue, since the prompt before the tag asked for the
     * number: the number's own context ("CALLER: it's ...", where the tag is a phone word too) is read
     * first.
     */
    static int beforeSpeakerTagAndReply(String text, int start) {
        int reply = skipReplyWords(text, start);
        int tag = beforeSpeakerTag(text, reply);
        return tag == reply ? start : tag;
    }

    /**
     * {@code start} moved back over up to four words of a reply and their commas or trailing dots
     * ("alors euh...", "ναι, βεβαίως..."), stopping at the speaker's tag.
     */
    private static int skipReplyWords(String text, int start) {
        int i = start;
        for (int words = 0; words < MAX_REPLY_WORDS; words++) {
            int end = i;
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.'
                    || text.charAt(end - 1) == '\u2026')) {
                end--;
            }
            int from = end;
            while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '\'')) {
                from--;
            }
            if (from == end) {
                return i;
            }
            i = from;
        }
        return i;
    }

    /** The cue labels the span directly: a key, or a negative cue with only separators between. */
    private static final int LABELLED = -2;

    /**
     * Whether the nearest cue before {@code start} for {@code type} raises: a detector that admits a
     * candidate only on a positive cue asks this rather than {@link #near}, so that a nearer negative
     * cue ({@code order_number=}) is not overruled by a word inside it ("number").
     */
    static boolean raised(String text, int start, String type) {
        Cues cues = BY_TYPE.get(type);
        return cues != null && direction(text, start, cues) > 0;
    }

    /**
     * Whether a label right before {@code start} names the number there something else than {@code type}
     * ("Bestellnummer ist die ...", "order_number="), not only a cue further off.
     */
    static boolean labelled(String text, int start, String type) {
        Cues cues = BY_TYPE.get(type);
        return cues != null && direction(text, start, cues) == LABELLED;
    }

    /** Whether the nearest cue before {@code start} for {@code type} lowers it. */
    static boolean lowered(String text, int start, String type) {
        Cues cues = BY_TYPE.get(type);
        return cues != null && direction(text, start, cues) < 0;
    }

    /**
     * Whether the nearest phone cue before {@code start} is a word for a phone ("mob", "Sími",
     * "telefoninumber"), not only a word for "number" ("Rezept mit der Nummer 5530-7712", "o número da
     * instalação"), with no other number between: the weaker cue admits a number of the main plans,
     * not of every plan.
     */
    static boolean phoneWordBefore(String text, int start) {
        int raiseEnd = nearestEnd(text, start, PHONE);
        int compound = compoundLabel(text, start);
        if (compound >= 0 && compound % 2 == 1 && compound / 2 > raiseEnd) {
            return noDigitBetween(text, compound / 2 / 64, start);
        }
        if (raiseEnd < 0) {
            return false;
        }
        int end = raiseEnd / 64;
        return !isOneOf(text, end - raiseEnd % 64, end, NUMBER_NOUNS)
                && !numberOfAThing(text, raiseEnd) && noDigitBetween(text, end, start);
    }

    /** Whether the cue of score {@code score} ends with a word for "number" ("número", "su número", "my number"). */
    private static boolean endsWithNumberNoun(String text, int score) {
        int end = score / 64;
        int from = end - score % 64;
        int lastWord = text.lastIndexOf(' ', end - 1) + 1;
        return isOneOf(text, Math.max(from, lastWord), end, NUMBER_NOUNS);
    }

    private static final Set<String> OF_WORDS = Set.of("de", "del", "da", "do", "du", "des", "di", "of", "van", "von",
            // Italian "of the" ("il numero della mia carta metà-prezzo").
            "della", "dello", "delle", "dei", "degli");

    /**
     * Whether the cue of score {@code score} ends with a word for "number" and "of" and a noun that
     * names no phone follow it ({@code su número de reclamación}, {@code your number of the claim}):
     * the number is that thing's ("número de orden", "número de caso"), not a phone's ("número de
     * teléfono").
     */
    private static boolean numberOfAThing(String text, int score) {
        if (!endsWithNumberNoun(text, score)) {
            return false;
        }
        int of = afterBlanks(text, score / 64);
        if (acronymOfAThing(text, of)) {
            return true; // "le numéro FINESS 930110069", "the number NPI ...": the acronym names the thing
        }
        int ofEnd = Chars.lettersEnd(text, of);
        if (ofEnd == of || !OF_WORDS.contains(text.substring(of, ofEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int noun = afterBlanks(text, ofEnd);
        int nounEnd = Chars.lettersEnd(text, noun);
        if (ITALIAN_POSSESSIVES.contains(text.substring(noun, nounEnd).toLowerCase(Locale.ROOT))) {
            noun = afterBlanks(text, nounEnd);
            nounEnd = Chars.lettersEnd(text, noun);
        }
        String nounWord = text.substring(noun, nounEnd).toLowerCase(Locale.ROOT);
        if (nounEnd - noun < 3 || NOT_A_THING.contains(nounWord) || RELATIVES.contains(nounWord)) {
            return false; // "número de la ...", "o número da minha mãe", "di mio marito": a person's, or too little to tell
        }
        int relative = afterBlanks(text, nounEnd);
        int relativeEnd = Chars.lettersEnd(text, relative);
        if (relativeEnd > relative && RELATIVES.contains(text.substring(relative, relativeEnd).toLowerCase(Locale.ROOT))) {
            return false; // "le numéro de votre fille", "el número de su esposo": a person's phone
        }
        if (text.regionMatches(true, of, "da", 0, 2) && ofEnd - of == 2 && nounEnd - noun > 4
                && (text.startsWith("are", nounEnd - 3) || text.startsWith("ere", nounEnd - 3)
                        || text.startsWith("ire", nounEnd - 3))) {
            return false; // Italian "il numero da portare", "da chiamare": the number to port, to call
        }
        return nearestEnd(text, nounEnd, PHONE) / 64 != nounEnd;
    }

    /**
     * Whether an acronym in capitals of three to eight letters that names no phone ("GSM", "SMS", "DID")
     * stands at {@code at} and ends right before a digit (after blanks or a colon).
     */
    private static boolean acronymOfAThing(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
            end++;
        }
        if (end - at < 3 || end - at > 8 || Chars.wordCharAt(text, end)) {
            return false;
        }
        int next = end;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == ':')) {
            next++;
        }
        return next > end && next < text.length() && Chars.isAsciiDigit(text.charAt(next))
                && !PHONE_ACRONYMS.contains(text.substring(at, end));
    }

    /** Acronyms that name a phone line or its number. */
    private static final Set<String> PHONE_ACRONYMS = Set.of("GSM", "SMS", "MMS", "DID", "DDI", "CLI", "ANI", "DNIS",
            "MSISDN", "PBX", "VOIP", "SIP", "TEL", "FAX", "RMN", "CTI", "IVR", "SOS");

    /** What a loyalty programme moves between its members' accounts. */
    private static final Set<String> POINTS = Set.of("miles", "mileage", "points", "avios", "meilen", "punkte",
            "millas", "puntos", "milhas", "pontos", "punten");
    /** Prepositions of a move, from or to an account. */
    private static final Set<String> MOVED = Set.of("to", "from", "into", "onto", "auf", "von", "vers", "de", "a", "para",
            "naar", "van");
    /** Most words between the points and the preposition: "84,000 miles redeemed from", "Miles redeposited to". */
    private static final int POINTS_WORDS = 3;

    /**
     * Capitals that name a record of a CRM or an ERP ("SR 25-00419102", a service request; a purchase and a
     * work order; a carrier's billing account number, "BAN 911640287"), in capitals only: most other pairs are
     * countries' or states' codes, which a phone number follows ("UK 07700 900845", "CT 860-555-0100"), "Sr." is
     * Spanish for "Mr.", and "ban" is an English word.
     */
    private static final List<String> RECORD_KEYS = List.of("SR", "PO", "WO", "BAN");

    /** Whether one of {@link #RECORD_KEYS} labels the number at {@code start}: "SR 25-00419102", "PO#4500012345". */
    private static boolean recordKeyBefore(String text, int start) {
        int key = keyEndBefore(text, start, 2);
        return key < start && RECORD_KEYS.stream().anyMatch(k -> key >= k.length() && text.startsWith(k, key - k.length())
                && !letterOrDigitAt(text, key - k.length() - 1));
    }

    /**
     * Where a key's word ends before the number at {@code start}: back over at most {@code most} of the
     * chars that set a value after its key (blanks, '=', ':', '#'); {@code start} itself when none stand there.
     */
    private static int keyEndBefore(String text, int start, int most) {
        int key = start;
        while (key > 0 && start - key < most && " =:#".indexOf(text.charAt(key - 1)) >= 0) {
            key--;
        }
        return key;
    }

    private static final int CUSTOMER_NUMBER_DIGITS = 10;

    /**
     * Ten bare digits after "cust" as a key or a word ("cust=7712009341", "login audit for cust 7712009341",
     * "user=cust:4418229071"): a bank's or a CRM's customer number, which is as long as a national number
     * and often valid as one. Not a trunk zero's number or an international one ("cust 07888 456123",
     * "cust=254790113842"), nor what a customer says after the speaker's tag "Cust:" at a line's start.
     */
    private static boolean customerNumber(String text, int start, int end) {
        if (end - start != CUSTOMER_NUMBER_DIGITS || text.charAt(start) == '0') {
            return false;
        }
        int key = keyEndBefore(text, start, 3);
        if (key == start || key < 4 || !text.regionMatches(true, key - 4, "cust", 0, 4) || letterOrDigitAt(text, key - 5)) {
            return false;
        }
        boolean speakerTag = text.charAt(key) == ':' && (key == 4 || text.charAt(key - 5) == '\n');
        return !speakerTag;
    }

    /**
     * A bare number right after "to" or "from" in a clause that moves miles or points ("Miles redeposited to
     * 3309155871", "the miles from 3309155871 and ...", "84,000 miles redeemed from 2048813369"): a member's
     * account, not a line to call.
     */
    private static boolean pointsMovedBy(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int word = Chars.lettersStart(text, end);
        if (word == end || end == start || !MOVED.contains(text.substring(word, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < POINTS_WORDS && word > 0 && text.charAt(word - 1) == ' '; k++) {
            end = word - 1;
            word = Chars.lettersStart(text, end);
            if (word == end) {
                return false;
            }
            if (POINTS.contains(text.substring(word, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static int afterBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Words after "number of" that name no thing with a number of its own: possessives (a person's
     * number) and the places and kinds of a phone line ("número de casa", "numéro de ligne").
     */
    private static final Set<String> NOT_A_THING = Set.of("minha", "meu", "mis", "mes", "mon", "mijn", "meiner",
            "meines", "sua", "seu", "sus", "ses", "son", "his", "her", "their", "our", "your", "nuestra", "nuestro",
            "nossa", "nosso", "tua", "teu", "the", "los", "las", "les", "una", "uma", "casa", "maison", "ligne",
            "linha", "line", "domicile", "trabajo", "trabalho", "oficina", "bureau", "portable", "work", "home",
            "office", "contact", "contato", "contacto",
            // A person or a place: "el número de ella", "mi número de allá".
            "ella", "ellos", "ellas", "usted", "ustedes", "ele", "dela", "dele", "elle", "lui", "ihr", "ihm", "lei",
            "all\u00e1", "all\u00ed", "aqu\u00ed", "ac\u00e1", "antes", "ahora", "agora", "siempre", "celular", "celu", "m\u00f3vil",
            "empresa", "emergencia", "emerg\u00eancia", "urgence", "urgencia",
            // Polish "do" is "to": "numer do mnie", "numer do was" (the number to reach me, you by).
            "mnie", "ciebie", "was", "nas", "niego", "niej", "pana", "pani", "biura", "domu", "pracy",
            // German articles and places: "die Nummer von der Wohnung in Klagenfurt", "von meinem Büro".
            "der", "dem", "den", "die", "das", "meinem", "wohnung", "arbeit", "b\u00fcro", "firma",
            // Dutch: "nummer van mij", "van het werk".
            "mij", "hem", "haar", "ons", "jou", "jullie", "het", "thuis", "werk", "kantoor",
            // Italian: "il numero del mio negozio", "dell'ufficio", "di casa".
            "negozio", "ufficio", "lavoro", "cellulare", "fisso");

    /** Italian possessives between "del"/"della" and the noun they own: "del mio negozio", "della mia carta". */
    private static final Set<String> ITALIAN_POSSESSIVES = Set.of("mio", "mia", "tuo", "tua", "nostro", "nostra",
            "vostro", "vostra");

    /** People whose number a caller gives, after "number of your": "le numéro de votre fille", "el número de su esposo". */
    private static final Set<String> RELATIVES = Set.of("fille", "fils", "mari", "femme", "époux", "épouse",
            "mère", "père", "frère", "sœur", "soeur", "maman", "papa", "enfant", "voisin", "voisine",
            "hija", "hijo", "esposo", "esposa", "marido", "madre", "padre", "hermano", "hermana", "mamá", "papá",
            "filha", "filho", "mãe", "pai", "irmão", "irmã", "figlia", "figlio", "moglie", "marito",
            "daughter", "son", "husband", "wife", "mother", "father", "brother", "sister", "mom", "dad",
            // Spouses and partners ("le numéro de votre conjointe", "el número de su pareja").
            "conjoint", "conjointe", "compagnon", "compagne", "pareja", "c\u00f3nyuge", "partner", "spouse",
            "companheiro", "companheira");

    /** How far before "the number" the number it refers to may have been named. */
    private static final int REFERRED_WINDOW = 120;

    /** Whether the cue of score {@code score} is "number" said with "the" alone: a number named before. */
    private static boolean isTheNumber(String text, int score) {
        int end = score / 64;
        int start = end - score % 64;
        if (end - start != 6 || !text.regionMatches(true, start, "number", 0, 6) || start < 4 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int article = Chars.lettersStart(text, start - 1);
        return text.substring(article, start - 1).equalsIgnoreCase("the");
    }

    /** No digit between a cue and the span: "mob +359 87 712 3390. Dogovor 7731-0048" spends "mob" on its own number. */
    /** Whether a run of three digits or more, another number's, stands in {@code text[from, to)}. */
    private static boolean numberBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.isAsciiDigit(text.charAt(i))) {
                int runEnd = Chars.digitRunEnd(text, i);
                if (runEnd - i >= 3) {
                    return true;
                }
                i = runEnd; // a shorter run is passed whole, not read again from each of its digits
            }
        }
        return false;
    }

    private static boolean noDigitBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an SSN cue stands in the prompt before {@code start}, up to {@link #IVR_PROMPT_WINDOW}
     * chars back with no digit between, and no other identifier's label after it: "enter your social
     * security number followed by the pound key. DTMF received: 752301186#", but not "we don't need
     * your social security number, just the passport number. CALLER: It's 548213907".
     */
    static boolean ssnInPromptBefore(String text, int start) {
        int score = nearestEnd(text, start, PhraseIndex.of(SSN), IVR_PROMPT_WINDOW);
        if (score < 0 || !noDigitBetween(text, score / 64, start)) {
            return false;
        }
        int other = nearestEnd(text, start, PhraseIndex.of(SSN_NEGATIVE), IVR_PROMPT_WINDOW);
        // (Ending where the cue ends, the longer label wins: "la trabajadora social" is no "social".)
        return other < 0 || other <= score;
    }

    /** How far before a word for "number" its identifier's noun is looked for. */
    private static final int NOUN_BEFORE_NUMBER = 24;

    /** How far back an IVR's prompt is read for the digits keyed after it. */
    private static final int IVR_PROMPT_WINDOW = 96;

    /** How far after a number a phone cue that names it is looked for, in chars. */
    static final int AFTER_WINDOW = 30;

    /** What links a number to the phone word after it: "555 0199 [that's my] home number". */
    private static final List<String> PHONE_AFTER_LINKS = List.of("that's my", "that\u2019s my", "thats my",
            "that is my", "which is my", "is my", "it's my", "its my", "was my", "that's the", "is the",
            "is his", "is her", "is their", "is our", "that's his", "that's her",
            "es mi", "ist meine", "ist mein", "c'est mon", "c'est le", "is mijn",
            // German asking or saying what it was: "..., ist das meine Kundennummer?", "..., das ist doch die
            // Bankleitzahl, oder?".
            "ist das meine", "ist das mein", "ist das die", "ist das der", "das ist die", "das ist der",
            "das ist doch die", "das ist doch der", "das ist meine", "das ist mein",
            // Turkish names a number's thing after it: "3102257741 numaralı siparişim", "... nolu siparişiniz".
            "numaral\u0131", "numarali", "nolu", "no'lu", "no.lu");
    /** Words between the link and the phone word: "home", "work", "personal" number. */
    private static final List<String> PHONE_AFTER_KINDS = List.of("home", "work", "office", "personal",
            "private", "direct", "daytime", "main", "new", "old", "best", "contact", "own", "mobile", "cell",
            "phone", "landline", "business", "other", "second", "usual");
    private static final List<String> PHONE_AFTER_NOUNS = List.of("number", "mobile", "cell", "phone",
            "landline", "telephone", "cellphone", "whatsapp", "mob", "line", "no", "m\u00f3vil", "movil",
            "handy", "nummer", "handynummer", "telefonnummer", "num\u00e9ro", "portable", "mobiel", "telefoon",
            "tel\u00e9fono", "telefono");

    /**
     * Whether a phone cue names the number ending at {@code end} from right after it, within
     * {@link #AFTER_WINDOW} chars: a link ("that's my", "is my", "is the") and a phone word, with at
     * most one kind word between ("555 0199 that's my home number", "9876501234 is my mobile"). Any
     * other word there ("is my order number", "is the case number") is no cue.
     */
    /**
     * Whether one of {@code phrases} appears as whole words within {@code AFTER_WINDOW} chars after
     * {@code end}, with no other digit in between: an IVR log names the prompt after the digits
     * ({@code "536228174" at prompt ssn_last9}). A cue after is weaker than one before, so the
     * caller also checks that no negative cue precedes.
     */
    static boolean cueAfter(String text, int end, List<String> phrases) {
        PhraseIndex index = PhraseIndex.of(phrases);
        int limit = Math.min(text.length(), end + AFTER_WINDOW);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (letterOrDigitAt(text, i - 1)) {
                continue;
            }
            for (String phrase : index.startingWith(c)) {
                int length = phrase.length();
                if (i + length <= text.length() && text.regionMatches(true, i, phrase, 0, length)
                        && !letterOrDigitAt(text, i + length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a negative cue (order, invoice, case ...) stands before {@code start} for a digit run. */
    static boolean identifierBefore(String text, int start) {
        return near(text, start, DIGIT_RUN_NEGATIVE);
    }

    /** Words a speaker says before naming what the number was: "sorry that's my gate code". */
    private static final List<String> AFTER_NUMBER_ASIDES = List.of("sorry", "oops", "wait", "oh", "no", "actually");
    /** Things other than a phone a number is named after it, besides identifiers' labels ({@link #PHONE_NEGATIVE}). */
    private static final List<String> OTHER_THINGS = List.of("gate code", "door code", "code", "pin", "passcode",
            "password", "zip", "zip code", "postcode", "postal code", "birthday", "date of birth");

    /**
     * Whether the words right after a number say it was something other than a phone: a link ("that's
     * my", "is the"), at most one word of kind ("old"), then a thing's name ("gate code", "account
     * number"), maybe after an aside ("sorry", "oh").
     */
    static boolean otherThingNamedAfter(String text, int end) {
        return namedAfter(text, end, false);
    }

    /**
     * Whether the words right after a number say it was a phone, after all: "eight three two, five five five, oh
     * one oh four, oh wait, that's my phone", "... no, sorry, that's my husband's phone" (after a case's or a
     * meter's label before it, the speaker's own correction).
     */
    static boolean phoneNamedAfter(String text, int end) {
        return namedAfter(text, end, true);
    }

    /** Phones a number is named after it: "that's my phone", "that's my husband's cell". */
    private static final List<String> PHONES_NAMED = List.of("phone", "cell", "cellphone", "cell phone", "mobile", "landline",
            "phone number", "cell number", "mobile number");

    private static boolean namedAfter(String text, int end, boolean phone) {
        int limit = Math.min(text.length(), end + AFTER_WINDOW + AFTER_ASIDE);
        int i = skipAfterNumber(text, end, limit);
        // (Two asides before a phone, "no, sorry, that's my ..."; one before another thing: "no wait that's my old
        // job" corrects which phone, it names no other thing.)
        for (int asides = 0; asides < (phone ? 2 : 1); asides++) {
            int asideEnd = i;
            while (asideEnd < limit && Character.isLetter(text.charAt(asideEnd))) {
                asideEnd++;
            }
            if (asideEnd > i && isOneOf(text, i, asideEnd, AFTER_NUMBER_ASIDES)) {
                i = skipAfterNumber(text, asideEnd, limit);
            }
        }
        int link = longestPhraseEnd(text, i, limit, PHONE_AFTER_LINKS);
        if (link < 0) {
            return false;
        }
        int at = link;
        for (int words = 0; words < 2; words++) {
            while (at < limit && text.charAt(at) == ' ') {
                at++;
            }
            if (phone ? longestPhraseEnd(text, at, limit, PHONES_NAMED) >= 0
                    : longestPhraseEnd(text, at, limit, OTHER_THINGS) >= 0 || longestPhraseEnd(text, at, limit, PHONE_NEGATIVE) >= 0) {
                return true;
            }
            while (at < limit && (Character.isLetter(text.charAt(at)) || Chars.isApostrophe(text.charAt(at)))) {
                at++;
            }
        }
        return false;
    }

    /**
     * Where the longest of {@code phrases} standing at {@code at} as whole words ("that's my") ends,
     * by {@code limit}; -1 if none does.
     */
    private static int longestPhraseEnd(String text, int at, int limit, List<String> phrases) {
        int longest = -1;
        for (String phrase : phrases) {
            if (at + phrase.length() <= limit && text.regionMatches(true, at, phrase, 0, phrase.length())
                    && !letterOrDigitAt(text, at + phrase.length())) {
                longest = Math.max(longest, at + phrase.length());
            }
        }
        return longest;
    }

    /** Chars of an aside ("sorry") read beyond {@link #AFTER_WINDOW}. */
    private static final int AFTER_ASIDE = 12;

    /** {@code from} moved past blanks, commas, dashes and dots (an ellipsis). */
    private static int skipAfterNumber(String text, int from, int limit) {
        int i = from;
        while (i < limit && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '-'
                || text.charAt(i) == '.' || text.charAt(i) == '\u2026')) {
            i++;
        }
        return i;
    }

    static boolean phoneCueAfter(String text, int end) {
        int limit = Math.min(text.length(), end + AFTER_WINDOW);
        int i = end;
        while (i < limit && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '-')) {
            i++;
        }
        if (i == end && i < limit) {
            return false; // glued to the number
        }
        int link = longestPhraseEnd(text, i, limit, PHONE_AFTER_LINKS);
        if (link < 0) {
            return false;
        }
        for (int words = 0, at = link; words < 2; words++) {
            while (at < limit && text.charAt(at) == ' ') {
                at++;
            }
            int wordEnd = at;
            while (wordEnd < limit && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == at || letterOrDigitAt(text, wordEnd)) {
                return false;
            }
            if (isOneOf(text, at, wordEnd, PHONE_AFTER_NOUNS)) {
                return true;
            }
            if (!isOneOf(text, at, wordEnd, PHONE_AFTER_KINDS)) {
                return false;
            }
            at = wordEnd;
        }
        return false;
    }

    private static boolean isOneOf(String text, int start, int end, List<String> words) {
        for (String word : words) {
            if (word.length() == end - start && text.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the key before the value says of it: the key names the value it holds, so it decides alone
     * when it holds a cue; the longer matched phrase wins ("orderNumber" is "order number", not
     * "number"), and an identifier's noun with "number" is that identifier's number ("RxNumber").
     * {@link #LABELLED} or +1; 0 when the key holds no cue (or is a speaker's prompt).
     */
    private static int keyDirection(String text, int start, List<String> keyWords, Cues cues, boolean glued) {
        if (keyWords.isEmpty()) {
            return 0;
        }
        if (promptForItsPurpose(text, start, keyWords, cues)) {
            return 1;
        }
        if (promptOfSpeaker(text, start, keyWords, cues) || promptOfRole(text, start, keyWords, cues)) {
            return 0;
        }
        int raise = longestInKey(keyWords, cues.raise());
        if (raise > 0 && cues.compounds() && keyWords.size() > 1 && PHONE_QUALIFIERS.contains(keyWords.get(keyWords.size() - 1))) {
            return 1; // "TEL_RES=4185550134": which phone the key's last word says, not a reservation's number
        }
        if (raise == 0 && tagOpeningLine(text, start, keyWords, MEMBER_TAG) >= 0) {
            return 0; // "Member: 646-555-0181": a member's words, a speaker's tag
        }
        int lower = Math.max(longestInKey(keyWords, cues.lower()), longestInKey(keyWords, cues.adjacentLower()));
        if (raise == 0 && lower == 0) {
            return 0;
        }
        if (lower > 0 && raise == 0 && phraseEndingAt(text, beforeColon(text, start), NUMBER_STOCK) >= 0) {
            return 0; // "Assigned from inventory: 713-555-0152, ...": where the numbers come from
        }
        boolean numberOfLower = lower > 0 && longestInKey(keyWords, NUMBER_NOUNS) >= raise;
        if (glued && raise > 0 && lower > 0 && !numberOfLower) {
            // A program's key (glued to its '=', or one token) names its value by its last word, the words before say
            // whose it is: "applicant.phone=", "applicantPhone=" (but "RxNumber=" is the prescription's
            // number, numberOfLower), and "contact.lastOrder=" is an order's. Not a label in prose: "el
            // crédito del celular:" is the credit's.
            int raiseLast = lastEndInKey(keyWords, cues.raise());
            int lowerLast = Math.max(lastEndInKey(keyWords, cues.lower()), lastEndInKey(keyWords, cues.adjacentLower()));
            if (raiseLast > lowerLast) {
                return 1;
            }
            if (lowerLast > raiseLast && cues.compounds()) {
                return LABELLED;
            }
            if (cues == BY_TYPE.get(EntityTypes.US_SSN)) {
                return 1; // "ssn_cif=539-84-0932": an SSN from the customer file, as its shape says
            }
        }
        return lower >= raise || numberOfLower ? LABELLED : 1;
    }

    /**
     * Last words of a phone's key that say which phone it is ("TEL_RES", "PHONE_BUS", "TEL_DOM"): a
     * residence's, a business's, in English and Quebec French exports; elsewhere "res" is a reservation.
     */
    private static final Set<String> PHONE_QUALIFIERS = Set.of("res", "bus", "dom", "trav", "cell", "alt", "home", "work");

    /** Whether the cue of score {@code score} (a {@link #nearestEnd} score, -1 for none) is glued to a '=' of its own. */
    private static boolean isKeyOfItsOwn(String text, int score) {
        return score >= 0 && score / 64 < text.length() && text.charAt(score / 64) == '=';
    }

    /** How far before a cue a longer label that ends with it may begin. */
    private static final int LABEL_OVERHANG = 24;

    /** +1 raise, -1 lower, {@link #LABELLED} lower by a direct label, 0 no cue. */
    private static int direction(String text, int start, Cues cues) {
        // A key glued to its '=' that holds a cue decides before the words of the pair before it:
        // "browser=Firefox 123.0 client_ip=198.51.100.9" is keyed "client_ip", not "Firefox".
        List<String> gluedKey = keyWords(text, start, true);
        int keyed = keyDirection(text, start, gluedKey, cues, true);
        if (keyed != 0) {
            return keyed;
        }
        keyed = onFileBeforeColon(text, start) || ticketsUpdateBefore(text, start) ? 0
                : keyDirection(text, start, keyWords(text, start), cues, programKeyBefore(text, start));
        if (keyed != 0) {
            return keyed;
        }
        // Read from a speaker's tag, the cue is the prompt before it, a question that may be long ("and
        // to verify, the social security number on the account?" CALLER: ...).
        int window = atSpeakerTag(text, start) ? PROMPT_WINDOW : WINDOW;
        PhraseIndex raises = PhraseIndex.of(cues.raise());
        PhraseIndex lowers = PhraseIndex.of(cues.lower());
        int raiseEnd = nearestEnd(text, start, raises, window);
        int lowerEnd = nearestEnd(text, start, lowers, window);
        if (raiseEnd > lowerEnd) {
            // A longer label that ends where the cue ends, begun just before the window ("la trabajadora
            // social" is no "social"): the cue is that label's last word.
            int longer = nearestEnd(text, raiseEnd / 64, lowers, raiseEnd % 64 + LABEL_OVERHANG);
            if (longer >= 0 && longer / 64 == raiseEnd / 64 && longer % 64 > raiseEnd % 64) {
                lowerEnd = longer;
            }
        }
        if (raiseEnd < 0 && lowerEnd >= 0) {
            // "the social security number on the old account was 259 14 1032": the cue before a phrase
            // that says where the number is on file, out of the window only because of that phrase.
            int phrase = notALabelStart(text, lowerEnd);
            int before = phrase < 0 ? -1 : nearestEnd(text, phrase, raises, window);
            if (before >= 0 && noDigitBetween(text, before / 64, phrase)) {
                raiseEnd = before;
            }
        }
        if (raiseEnd > lowerEnd && lowerEnd < 0 && isTheNumber(text, raiseEnd)) {
            int theNumber = raiseEnd / 64 - raiseEnd % 64;
            int referred = nearestEnd(text, theNumber, lowers, REFERRED_WINDOW);
            if (referred >= 0 && text.regionMatches(true, referred / 64 - 6, "number", 0, 6)
                    && noDigitBetween(text, referred / 64, start)
                    && nearestEnd(text, theNumber, raises, REFERRED_WINDOW) / 64 <= referred / 64) {
                // "my Palmera Rewards number isn't showing\nAgent: Could you share the number?\nCustomer:
                // 4471902385": "the number" is the one named before.
                lowerEnd = raiseEnd + 1;
            }
        }
        if (lowerEnd > raiseEnd && atSpeakerTag(text, lowerEnd / 64 - lowerEnd % 64)) {
            // "Agent: what's the best number?\nPlayer: 9735550156": a tag that elsewhere names an
            // identifier ("player 40211") names who speaks a turn; a prompt with a cue before it, and
            // no number of its own, says what is said.
            int tag = lowerEnd / 64 - lowerEnd % 64;
            PromptCues prompt = promptCues(text, tag, raises, lowers);
            if (asksFor(text, prompt, tag)) {
                raiseEnd = prompt.raise();
                lowerEnd = prompt.lower();
            }
        }
        if (lowerEnd >= 0 && (noLabel(text, lowerEnd / 64) || clauseAfterCue(text, lowerEnd / 64, start)
                || (cues.lowerInSentence() && sentenceEndBetween(text, lowerEnd / 64, start)))) {
            // "your own phone, in case we need to reach you?" CALLER 2: "six seven eight ...", "pokli\u010de
            // moj sin, ...": a conjunction, a son.
            lowerEnd = -1;
        }
        if (lowerEnd >= 0 && cues == BY_TYPE.get(EntityTypes.CREDIT_CARD) && numberBetween(text, lowerEnd / 64, start)
                && keyWords(text, start).isEmpty()) {
            // "a full PAN in Zendesk ticket 88123 (4863579220236971)": the label names the number right after
            // it; a card's number, valid as one, after that number is a card's (not a key's value: "jan":"...").
            lowerEnd = -1;
        }
        if (!gluedKey.isEmpty()) {
            // "call=IVR-7731990 dtmf=842917365", "ani=+17135550108 node=SSN_ENTRY dtmf=944812256": a key
            // names its own pair's value, not the values of the pairs after it.
            raiseEnd = isKeyOfItsOwn(text, raiseEnd) ? -1 : raiseEnd;
            lowerEnd = isKeyOfItsOwn(text, lowerEnd) ? -1 : lowerEnd;
        }
        if (raiseEnd >= 0 && numberOfAThing(text, raiseEnd)) {
            lowerEnd = Math.max(lowerEnd, raiseEnd + 1); // "su número de reclamación es 4471...": the claim's number
        }
        if (cues.compounds()) {
            int compound = compoundLabel(text, start);
            if (compound >= 0 && compound % 2 == 1) {
                raiseEnd = Math.max(raiseEnd, compound / 2); // "Rückrufnummer", "puhelinnumero"
            } else if (compound >= 0) {
                lowerEnd = Math.max(lowerEnd, compound / 2);
            }
        }
        if (raiseEnd > lowerEnd && (speakerTagBeforeWords(text, raiseEnd, start)
                || (atSpeakerTag(text, raiseEnd / 64 - raiseEnd % 64)
                        && promptEndsInLabel(text, raiseEnd / 64 - raiseEnd % 64, start, cues)))) {
            // "Can I have the member number?" CALLER: "it's 77 041 229": a tag that is a cue ("caller")
            // names who speaks; the prompt before it, if it has a cue, says what is said.
            PromptCues prompt = promptCues(text, raiseEnd / 64 - raiseEnd % 64, cues);
            if (prompt.raise() >= 0 || prompt.lower() >= 0) {
                raiseEnd = prompt.raise();
                lowerEnd = Math.max(lowerEnd, prompt.lower());
            }
        }
        if (raiseEnd > lowerEnd && lowerEnd >= 0 && numberOfIdentifier(text, raiseEnd, lowerEnd)) {
            lowerEnd = raiseEnd; // "Rx number", "faktura nummer": the identifier's noun decides
        } else if (raiseEnd >= 0 && lowerEnd < 0
                && isOneOf(text, raiseEnd / 64 - raiseEnd % 64, raiseEnd / 64, NUMBER_NOUNS)) {
            // The identifier's noun just out of the window: "enter your account number followed by
            // pound. INPUT: 8812345509#".
            int before = nearestEnd(text, raiseEnd / 64 - raiseEnd % 64, lowers, NOUN_BEFORE_NUMBER);
            if (before >= 0 && numberOfIdentifier(text, raiseEnd, before)) {
                lowerEnd = raiseEnd;
            }
        }
        int signStart = lowerEnd / 64 - lowerEnd % 64;
        if (lowerEnd > raiseEnd && raiseEnd >= 0 && signStart >= raiseEnd / 64
                && NUMBER_SIGNS.contains(text.substring(signStart, lowerEnd / 64).toLowerCase(Locale.ROOT))
                && onlySeparators(text, raiseEnd / 64, signStart)) {
            lowerEnd = -1; // "Pago con tarjeta de crédito. Nº 5521 ...": a number sign right after the noun it numbers
        }
        if (cues.spentByOwnNumber() && lowerEnd > raiseEnd
                && spentOnItsOwnNumber(text, lowerEnd / 64, start)) {
            lowerEnd = -1;
        }
        if (lowerEnd > raiseEnd && labelsAnotherNumber(text, lowerEnd / 64, start)) {
            lowerEnd = -1;
        }
        if (lowerEnd > raiseEnd && phraseEndingAt(text, lowerEnd / 64, NUMBER_STOCK) >= 0) {
            lowerEnd = -1; // "Assigned from inventory: 713-555-0152, ...": where a carrier's numbers come from
        }
        if (lowerEnd > raiseEnd && raiseEnd >= 0 && notALabel(text, lowerEnd)
                && noDigitBetween(text, raiseEnd / 64, lowerEnd / 64)) {
            // "a phone number in case the payment fails", "the number on the account"; not when the cue
            // had a number of its own before ("SSN entry: 200515759 -> match on acct 300418823").
            lowerEnd = -1;
        }
        if (lowerEnd > raiseEnd && raiseEnd >= 0 && purposeOfCue(text, raiseEnd, lowerEnd)
                && !(Chars.digitAt(text, start) && onlySeparators(text, lowerEnd / 64, start))) {
            // "your full social for the disability claim", "the social to open the account"; but "caller
            // asked to confirm Aramex AWB 3418 2297 650": a label right before the number names it.
            lowerEnd = -1;
        }
        int adjacentEnd = nearestEnd(text, start, cues.adjacentLower());
        if (adjacentEnd >= 0 && ticketsUpdate(text, adjacentEnd)
                || adjacentEnd >= 0 && isOneOf(text, adjacentEnd / 64 - adjacentEnd % 64, adjacentEnd / 64, CAPITALS_ONLY)
                        && !writtenInCapitals(text, adjacentEnd)) {
            adjacentEnd = -1; // "SEC-2025-0040 update: 198.51.100.201 is the state's NAT", "portable pro zéro sept"
        }
        if (adjacentEnd >= 0 && (isOneOf(text, adjacentEnd / 64 - adjacentEnd % 64, adjacentEnd / 64, MEMBER)
                        && text.startsWith(":", adjacentEnd / 64)
                || isOneOf(text, adjacentEnd / 64 - adjacentEnd % 64, adjacentEnd / 64, BEFORE_A_PHONES_SHAPE)
                        && NANP_GROUPS.matcher(text).region(start, text.length()).lookingAt())) {
            // "Member: (614) 555", "Member 201-555-0146 confirmed", a booking's "AP CHI 312-555-0167" (Chicago's):
            // a speaker's tag, a phone's shape
            adjacentEnd = -1;
        }
        if (adjacentEnd >= 0 && !columnBetween(text, adjacentEnd / 64, start)
                && (onlySeparators(text, adjacentEnd / 64, start) || copulaBetween(text, adjacentEnd / 64, start))
                && !(raiseEnd >= 0 && text.startsWith("po", adjacentEnd / 64 - 2))
                // "the social security number on the account was 259 14 1032": the phrase names where
                // the cue's number is on file, as above, not a label of its own before a copula.
                && !(raiseEnd >= 0 && adjacentEnd > raiseEnd && notALabel(text, adjacentEnd)
                        && noDigitBetween(text, raiseEnd / 64, adjacentEnd / 64))
                // A number written with its '+' is no identifier's: "the number in the app +44 20 7946 0855".
                && !(start < text.length() && text.charAt(start) == '+')) {
            // ("The IVR build is 10.2.0.15": a copula names the value as a colon does.)
            // (A lower-case "po" after a cue of the type is Tagalog's particle: "yung credit card ko po
            // 3771 ...". A purchase order's is written "PO".)
            lowerEnd = Math.max(lowerEnd, adjacentEnd);
        }
        int listStart = listStartBefore(text, start);
        if (listStart < start) {
            // "case numbers 2024-118832, 2024-119047 and 2024-121133": a list's label names each item.
            int listLower = nearestEnd(text, listStart, lowers, WINDOW);
            if (listLower >= 0 && listLower > nearestEnd(text, listStart, raises, WINDOW)
                    && phraseEndingAt(text, listLower / 64, NUMBER_STOCK) < 0 && !notALabel(text, listLower)
                    && (onlySeparators(text, listLower / 64, listStart) || opensAJsonArray(text, listLower / 64, listStart)
                            || copulaBetween(text, listLower / 64, listStart))
                    && !labelsAnotherNumber(text, listLower / 64, start)) {
                return LABELLED;
            }
        }
        if (raiseEnd < 0 && lowerEnd < 0) {
            return 0;
        }
        if (lowerEnd >= raiseEnd) {
            // A copula names the value as a colon does ("my NHS number is ..."), unless a cue of the
            // type stands before the label, apart from it ("SSN on my US account is ...": the account's SSN).
            return onlySeparators(text, lowerEnd / 64, start) || promptBefore(text, lowerEnd / 64, start)
                    || ((raiseEnd < 0 || raiseEnd / 64 == lowerEnd / 64 || numberNounOf(text, raiseEnd, lowerEnd))
                            && copulaBetween(text, lowerEnd / 64, start))
                    ? LABELLED : -1;
        }
        return 1;
    }

    /**
     * Whether the key before {@code start} is a speaker's tag ({@code | Caller: 943 476 5919}) after
     * a prompt that ends with an identifier's label ("Do you have your NHS number?"): then the prompt,
     * not the tag, says what the reply is. A label of two letters ("po", also a Tagalog particle) or
     * one inside the prompt ("Number to text the confirmation to?") leaves the tag its say.
     */
    private static boolean promptOfSpeaker(String text, int start, List<String> keyWords, Cues cues) {
        int tag = tagOpeningLine(text, start, keyWords, SPEAKERS);
        return tag >= 0 && promptEndsInLabel(text, tag, start, cues);
    }

    /**
     * Whether the key before {@code start} is a speaker's tag after a prompt whose cue of the type asks
     * for the reply and whose last label only says what it is for ("What's a good cell to text the
     * confirmation?" Customer: "940 555 0129"): the reply is of the type.
     */
    private static boolean promptForItsPurpose(String text, int start, List<String> keyWords, Cues cues) {
        int tag = tagOpeningLine(text, start, keyWords, SPEAKERS);
        if (tag < 0) {
            return false;
        }
        PromptCues prompt = promptCues(text, tag, cues);
        int raise = prompt.raise();
        if (raise < 0 || prompt.lower() <= raise || !noDigitBetween(text, raise / 64, tag)
                || !promptBefore(text, prompt.lower() / 64, start)) {
            return false;
        }
        int purpose = purposeWordBefore(text, raise / 64 - raise % 64);
        if (purpose >= 0) {
            // The nearest cue is a verb of the purpose itself ("a good cell to text the confirmation"): the
            // cue before it asks.
            raise = nearestEnd(text, purpose, PhraseIndex.of(cues.raise()), PROMPT_WINDOW);
        }
        return raise >= 0 && purposeOfCue(text, raise, prompt.lower());
    }

    /** Where a word of {@link #PURPOSE_WORDS} ends right before {@code start} ("to" of "to text"), a blank between; -1 if none. */
    private static int purposeWordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = Chars.lettersStart(text, end);
        return from < end && PURPOSE_WORDS.contains(text.substring(from, end).toLowerCase(Locale.ROOT)) ? from : -1;
    }

    /**
     * Where the tag opening the line of {@code start} stands, when the key before {@code start} is
     * that tag and one of {@code tags}; else -1.
     */
    private static int tagOpeningLine(String text, int start, List<String> keyWords, Set<String> tags) {
        if (keyWords.size() != 1 || !tags.contains(keyWords.get(0))) {
            return -1;
        }
        int tag = beforeSpeakerTag(text, start);
        return tag < start && opensLine(text, tag) ? tag : -1;
    }

    /**
     * Speakers' roles that elsewhere name an identifier ("player 40211", "driver D-22"): as a key they
     * are read as a speaker's tag only after a prompt with a cue of the type ({@link #promptOfRole}).
     */
    private static final Set<String> ROLES = Set.of("player", "driver");

    /**
     * Whether the key before {@code start} is a role's tag opening a line ({@code Player: 9735550156})
     * after a prompt with a cue of the type and no number of its own ("what's the best number?"):
     * then the prompt, not the role, says what the reply is; the tag is read as {@link #direction}
     * reads a tag in a turn's words.
     */
    private static boolean promptOfRole(String text, int start, List<String> keyWords, Cues cues) {
        int tag = tagOpeningLine(text, start, keyWords, ROLES);
        if (tag < 0) {
            return false;
        }
        PromptCues prompt = promptCues(text, tag, PhraseIndex.of(cues.raise()), PhraseIndex.of(cues.lower()));
        return asksFor(text, prompt, tag);
    }

    /** Whether the prompt before the speaker's tag at {@code tag} ends with an identifier's label of three chars or more. */
    private static boolean promptEndsInLabel(String text, int tag, int start, Cues cues) {
        PromptCues prompt = promptCues(text, tag, cues);
        int lower = prompt.lower();
        return lower > prompt.raise() && (lower % 64 > 2 || writtenInCapitals(text, lower))
                && promptBefore(text, lower / 64, start);
    }

    /**
     * {@link #promptCues(String, int, PhraseIndex, PhraseIndex)} for a type's cues, where a label read
     * only right before its number counts as a lowering cue too when the prompt asks for it by name in
     * capitals: "what's your MC?" CALLER: "one two eight ...".
     */
    private static PromptCues promptCues(String text, int tag, Cues cues) {
        PromptCues prompt = promptCues(text, tag, PhraseIndex.of(cues.raise()), PhraseIndex.of(cues.lower()));
        int adjacent = nearestEnd(text, tag, PhraseIndex.of(cues.adjacentLower()), PROMPT_WINDOW);
        return adjacent > prompt.lower() && writtenInCapitals(text, adjacent) && questionMarkAfter(text, adjacent / 64)
                ? new PromptCues(prompt.raise(), adjacent) : prompt;
    }

    /** Whether a question mark follows {@code end}, blanks between at most: "what's your MC?". */
    private static boolean questionMarkAfter(String text, int end) {
        int i = afterBlanks(text, end);
        return i < text.length() && text.charAt(i) == '?';
    }

    /** Labels read right before a number only when written in capitals: "PRO 0428871552". */
    private static final List<String> CAPITALS_ONLY = List.of("pro", "ro", "har", "chi");

    /** Whether the cue of score {@code score} is written in capitals ("MC", "ID"; not Tagalog's "po"). */
    private static boolean writtenInCapitals(String text, int score) {
        if (score < 0) {
            return false;
        }
        int end = score / 64;
        for (int i = end - score % 64; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The nearest ends ({@link #nearestEnd}) of a type's raising and lowering cues in the prompt before a speaker's tag at {@code tag}. */
    private record PromptCues(int raise, int lower) {
    }

    /**
     * Whether the prompt before the tag at {@code tag} asks for a value of the type: its raising cue is
     * the nearer, or the lowering one after it says where the value is on file ("the mobile number on the
     * account?"), and no number stands between the cue and the tag.
     */
    private static boolean asksFor(String text, PromptCues prompt, int tag) {
        return prompt.raise() >= 0 && (prompt.raise() > prompt.lower() || notALabel(text, prompt.lower()))
                && noDigitBetween(text, prompt.raise() / 64, beforeBlanksAndStamp(text, tag));
    }

    private static PromptCues promptCues(String text, int tag, PhraseIndex raises, PhraseIndex lowers) {
        return new PromptCues(nearestEnd(text, tag, raises, PROMPT_WINDOW), nearestEnd(text, tag, lowers, PROMPT_WINDOW));
    }

    /** Most items of a list of numbers read back to its label. */
    private static final int MAX_LIST_ITEMS = 6;
    private static final List<String> LIST_LINKS = List.of(", ", ",", " and ", " or ", " y ", " e ", " und ", " et ", " & ",
            // A JSON array of strings: "tickets":["5621004988321","5621004988322"].
            "\",\"", "\", \"");

    /**
     * Where a list of numbers that ends right before {@code start} begins ("2024-118832, 2024-119047
     * and " before the third): items of digits, dots, dashes and slashes with at least four digits,
     * linked by commas or "and"; {@code start} when no list stands there.
     */
    private static int listStartBefore(String text, int start) {
        int first = start;
        int at = groupsStartBefore(text, start);
        for (int items = 0; items < MAX_LIST_ITEMS; items++) {
            int link = -1;
            for (String phrase : LIST_LINKS) {
                if (at - phrase.length() >= 0 && text.startsWith(phrase, at - phrase.length())) {
                    link = Math.max(link, phrase.length());
                }
            }
            if (link < 0) {
                break;
            }
            int end = at - link;
            int from = end;
            while (from > 0 && isIdentifierChar(text.charAt(from - 1))) {
                from--;
            }
            from = groupsStartBefore(text, from);
            if (from == end || Chars.countDigits(text, from, end) < 4 || Chars.wordCharAt(text, from - 1)) {
                break;
            }
            first = from;
            at = from;
        }
        return first;
    }

    /**
     * Where an item written in groups of digits apart by single blanks begins, when it ends with the
     * group at {@code from} ("0235 418 " before "220", "235 " before a ticket's "4381328249"): a
     * list writes its items in one shape, so a label before the first names the groups of each.
     */
    private static int groupsStartBefore(String text, int from) {
        while (from > 1 && text.charAt(from - 1) == ' ' && Chars.isAsciiDigit(text.charAt(from - 2))
                && from < text.length() && Chars.isAsciiDigit(text.charAt(from))) {
            int group = from - 1;
            while (group > 0 && isIdentifierChar(text.charAt(group - 1))) {
                group--;
            }
            from = group;
        }
        return from;
    }

    /**
     * Whether only the end of a prompt stands between {@code cueEnd} and the reply that starts at
     * {@code start}: the question's punctuation, a turn break, a time stamp, the speaker's tag and a
     * few reply words ("¿Número de cuenta? | Cliente: 4412 0098 71", "número da apólice? | Cliente:
     * tenho, 0431..."). The prompt's last words label the reply as a key labels its value.
     */
    private static boolean promptBefore(String text, int cueEnd, int start) {
        int tag = beforeSpeakerTagAndReply(text, start);
        if (tag == start || tag <= cueEnd) {
            return false;
        }
        int i = tag;
        boolean keypadWords = false;
        boolean keyNamed = false;
        while (i > cueEnd) {
            char c = text.charAt(i - 1);
            if (Character.isWhitespace(c) || "?!.:;|\",\u201c\u201d'\u00bf-".indexOf(c) >= 0) {
                i--;
            } else if (Character.isLetter(c)) {
                // "your policy number, please?": a courtesy after the label; "votre num\u00e9ro de client suivi
                // de di\u00e8se": how to end the keying.
                int wordStart = i;
                while (wordStart > cueEnd && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '\'')) {
                    wordStart--;
                }
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                if (KEYPAD_KEYS.contains(word)) {
                    keyNamed = true;
                } else if (KEYPAD_WORDS.contains(word)) {
                    keypadWords = true;
                } else if (!COURTESIES.contains(word)) {
                    return false;
                }
                i = wordStart;
            } else if (c == ']') {
                int before = beforeStamp(text, i);
                if (before == i) {
                    return false;
                }
                i = before;
            } else {
                return false;
            }
        }
        return keyNamed || !keypadWords;
    }

    /** The keys that end a number keyed into an IVR, in the centres' languages. */
    private static final Set<String> KEYPAD_KEYS = Set.of("pound", "hash", "di\u00e8se", "diese", "raute", "rautetaste",
            "almohadilla", "hekje", "cancelletto", "cardinal");
    /** The words around such a key: "followed by the pound key", "suivi de la touche di\u00e8se". */
    private static final Set<String> KEYPAD_WORDS = Set.of("followed", "by", "the", "key", "sign", "then", "press",
            "and", "suivi", "suivie", "de", "la", "touche", "gefolgt", "von", "der", "taste", "seguido", "tecla",
            "gevolgd", "door", "een", "toets", "seguito", "dal", "tasto", "e", "y", "und", "et", "en");

    /** The words of a courtesy said after what a prompt asks for: "please", "por favor", "s'il vous plaît", "bitte". */
    private static final Set<String> COURTESIES = Set.of("please", "pls", "plz", "por", "favor", "bitte", "svp", "s'il",
            "vous", "pla\u00eet", "plait", "per", "favore", "alstublieft", "graag", "thanks", "thank", "you", "sir",
            "madam", "ma'am", "ji");

    private static final Set<String> PURPOSE_WORDS = Set.of("for", "to", "para", "pour", "per", "f\u00fcr", "voor",
            // Whose: "the social of the account holder".
            "of");
    /**
     * Most words of a purpose between a cue and the negative cue it ends with: "for the disability
     * claim", "completo para la verificación de crédito" (one word, an adjective, may come first), "to
     * run the financing for the service contract".
     */
    private static final int MAX_PURPOSE_WORDS = 7;

    /**
     * Whether the negative cue ending at {@code lowerEnd} ends the purpose of the cue ending at {@code
     * raiseEnd} (both {@link #nearestEnd} scores): "social for the disability claim", "social to open
     * the account" ask for the SSN, not for the claim's or the account's number. Not after a bare
     * "number", which the purpose's noun names ("the number for the order").
     */
    private static boolean purposeOfCue(String text, int raiseEnd, int lowerEnd) {
        int from = raiseEnd / 64;
        int to = lowerEnd / 64 - lowerEnd % 64;
        if (to <= from || isOneOf(text, from - raiseEnd % 64, from, NUMBER_NOUNS)) {
            return false;
        }
        String[] words = text.substring(from, to).trim().split(" +");
        int purpose = PURPOSE_WORDS.contains(words[0].toLowerCase(Locale.ROOT)) ? 0
                : words.length > 1 && PURPOSE_WORDS.contains(words[1].toLowerCase(Locale.ROOT)) ? 1 : -1;
        if (purpose < 0 || words.length - purpose < 2 || words.length > MAX_PURPOSE_WORDS + purpose) {
            return false;
        }
        for (String word : words) {
            if (!word.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause of their own after a comma. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("it", "i", "he", "she", "they", "we", "you", "but", "so",
            "then", "which");

    /**
     * Whether a comma and a clause of three words or more stand between the cue ending at {@code end}
     * and {@code start} ("a weird text about my account, it came from five one five, ..."): the cue
     * ends with its clause. "The account number, it's 4471 ..." still labels.
     */
    /**
     * Whether a sentence ends between {@code from} and {@code start}: a word's last letter, a full stop
     * and a blank ("... after profile re-release. esim-gw nodes 10.42.12.31 ...", "... set by the fraud
     * engine. pcap saved on tracehost 10.42.15.8"), a word opening the next. A version's words name the
     * versions of their own sentence; a full stop after a number ("release 4.2. Host ...") or before one
     * ("Firmware version. 4.2.1.7") is not read as an end.
     */
    private static boolean sentenceEndBetween(String text, int from, int start) {
        for (int i = text.indexOf(". ", from); i >= 0 && i < start; i = text.indexOf(". ", i + 1)) {
            if (i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 2 < start && Character.isLetter(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseAfterCue(String text, int end, int start) {
        if (end >= start || text.charAt(end) != ',') {
            return false;
        }
        int word = afterBlanks(text, end + 1);
        int wordEnd = Chars.lettersEnd(text, word);
        if (wordEnd == word || !CLAUSE_OPENERS.contains(text.substring(word, wordEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int words = 1;
        for (int i = afterBlanks(text, wordEnd); i < start && words < 3; i = afterBlanks(text, Chars.lettersEnd(text, i))) {
            if (Chars.lettersEnd(text, i) == i) {
                return false;
            }
            words++;
        }
        return words >= 3 && noDigitBetween(text, end, start);
    }

    /**
     * Whether the cue ending at {@code end} is a word of another sense than the label it spells: the
     * conjunction "in case", a son ("moj sin"), German "bin" (am).
     */
    private static boolean noLabel(String text, int end) {
        return conjunctionInCase(text, end) || sonOfAPossessive(text, end) || spanishWithout(text, end) || oops(text, end)
                || germanBin(text, end) || inError(text, end)
                || namesAForm(text, end) || frenchVerbDemande(text, end) || comparedWith(text, end) || workplace(text, end);
    }

    /** Whose job: "my job", "his job" is where one works ("or my job at eight seven oh, ..."), not a job's id. */
    private static final Set<String> ENGLISH_POSSESSIVES = Set.of("my", "his", "her", "your", "their", "our");

    private static boolean workplace(String text, int end) {
        int cueStart = Chars.lettersStart(text, end);
        if (end - cueStart != 3 || !text.regionMatches(true, cueStart, "job", 0, 3) || cueStart < 2 || text.charAt(cueStart - 1) != ' ') {
            return false;
        }
        int wordStart = Chars.lettersStart(text, cueStart - 1);
        return ENGLISH_POSSESSIVES.contains(text.substring(wordStart, cueStart - 1).toLowerCase(Locale.ROOT));
    }

    /** Words that compare with the thing the cue names: "same area code as the account", "as on my account". */
    private static final List<String> COMPARING = List.of("as the", "as on the", "as my", "as on my", "as your", "as on your");

    /** Whether the cue ending at {@code end} is what a number is compared with ("same area code as the account"). */
    private static boolean comparedWith(String text, int end) {
        int cueStart = Chars.lettersStart(text, end);
        return COMPARING.stream().anyMatch(words -> cueStart > words.length()
                && text.regionMatches(true, cueStart - words.length() - 1, words, 0, words.length())
                && text.charAt(cueStart - 1) == ' ' && !letterOrDigitAt(text, cueStart - words.length() - 2));
    }

    /** French pronouns before a verb: "je lui demande", "il demande", "on demande". */
    private static final Set<String> FRENCH_PRONOUNS = Set.of("je", "il", "elle", "on", "lui", "leur", "me", "te", "nous",
            "vous");

    /** Whether the cue ending at {@code end} is French "demande" after a pronoun: "I ask him", not a request. */
    private static boolean frenchVerbDemande(String text, int end) {
        int start = end - 7;
        if (start < 2 || !text.regionMatches(true, start, "demande", 0, 7) || text.charAt(start - 1) != ' ') {
            return false;
        }
        int pronoun = Chars.lettersStart(text, start - 1);
        return FRENCH_PRONOUNS.contains(text.substring(pronoun, start - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the cue that ends at {@code end} names a form ("we'll put it on the claim form. Go ahead."):
     * the paper the number goes on, not the number's kind.
     */
    private static boolean namesAForm(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String next = text.substring(end + 1, wordEnd).toLowerCase(Locale.ROOT);
        return next.equals("form") || next.equals("forms");
    }

    /**
     * Whether the cue of score {@code score} is "update" after a ticket's number or noun ("SEC-2025-0040
     * update:", "ticket update:") or after a thing that holds addresses ("Blocklist update: 203.0.113.88,
     * 203.0.113.89"): a ticket's or a list's news, no software's update.
     */
    private static boolean ticketsUpdate(String text, int score) {
        return ticketsUpdate(text, score / 64 - score % 64, score / 64);
    }

    /** {@link #ticketsUpdate} for the key before {@code start}: "SEC-2025-0040 update: 198.51.100.201". */
    private static boolean ticketsUpdateBefore(String text, int start) {
        int colon = start - 1;
        while (colon > 0 && text.charAt(colon) == ' ') {
            colon--;
        }
        return colon >= 6 && text.charAt(colon) == ':' && ticketsUpdate(text, colon - 6, colon);
    }

    private static boolean ticketsUpdate(String text, int start, int end) {
        if (end - start != 6 || !text.regionMatches(true, start, "update", 0, 6) || start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int before = start - 1;
        int from = before;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, before);
        return word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter)
                || word.equalsIgnoreCase("ticket") || word.equalsIgnoreCase("case") || word.equalsIgnoreCase("status")
                || IpAddressDetector.ADDRESS_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the cue ending at {@code end} is "error" in "in error" ("SSN entered in error
     * (219865503) belongs to spouse"): by mistake, not an error's code.
     */
    private static boolean inError(String text, int end) {
        int error = end - 5;
        return error >= 3 && text.regionMatches(true, error - 3, "in error", 0, 8)
                && !letterOrDigitAt(text, error - 4);
    }

    /**
     * Whether the cue ending at {@code end} is German "bin" (am) beside "ich", or Bavarian and Austrian
     * "i" ("erreichbar bin ich unter 061 ...", "ich bin unter ... erreichbar", "erreichbar bin i unter
     * ..."): a verb, not a bin's number.
     */
    private static boolean germanBin(String text, int end) {
        int bin = end - 3;
        if (bin < 0 || !text.regionMatches(true, bin, "bin", 0, 3)) {
            return false;
        }
        for (String i : List.of("ich", "i")) {
            if (text.regionMatches(true, end, " " + i, 0, i.length() + 1) && !letterOrDigitAt(text, end + i.length() + 1)
                    || bin > i.length() && text.regionMatches(true, bin - i.length() - 1, i + " ", 0, i.length() + 1)
                            && !letterOrDigitAt(text, bin - i.length() - 2)) {
                return true;
            }
        }
        return false;
    }

    /** Slovenian, Croatian and Serbian possessives before "sin" (a son, not a social insurance number). */
    private static final List<String> POSSESSIVES = List.of("moj", "na\u0161", "va\u0161", "njen", "njegov", "njihov",
            "svoj", "tvoj");

    /**
     * Whether the cue ending at {@code end} is "sin" after a Slovenian or Croatian possessive ("naj vas
     * pokli\u010de moj sin, ..."): a son, not Canada's social insurance number.
     */
    private static boolean sonOfAPossessive(String text, int end) {
        int sin = end - 3;
        if (sin < 2 || !text.regionMatches(true, sin, "sin", 0, 3) || text.charAt(sin - 1) != ' ') {
            return false;
        }
        int word = sin - 1;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return isOneOf(text, word, sin - 1, POSSESSIVES);
    }

    /**
     * Whether the cue ending at {@code end} is German and Scandinavian "ups" (oops) in lower case, with a
     * mark after it ("Kunde: ups. 4920 1764 ..."): not the parcel carrier.
     */
    private static boolean oops(String text, int end) {
        return end >= 3 && text.startsWith("ups", end - 3) && !letterOrDigitAt(text, end - 4) && end < text.length()
                && ".!,".indexOf(text.charAt(end)) >= 0;
    }

    /** Words that follow Spanish "sin" (without): "sin el 01", "sin la lada", "sin que", "sin costo". */
    private static final List<String> AFTER_SPANISH_SIN = List.of("el", "la", "los", "las", "lo", "un", "una", "que",
            "embargo", "costo", "cargo", "problema", "saldo", "servicio", "se\u00f1al", "espacios", "guiones", "prefijo",
            "lada", "mi", "su", "tu", "nada", "ning\u00fan", "ninguna", "falta");

    /**
     * Whether the cue ending at {@code end} is Spanish "sin" (without) before one of its words ("ahora se marca
     * sin el 01: 800 226 3742"): not Canada's social insurance number.
     */
    private static boolean spanishWithout(String text, int end) {
        int sin = end - 3;
        if (sin < 0 || !text.regionMatches(sin, "sin", 0, 3) || letterOrDigitAt(text, sin - 1)
                || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int wordEnd = Chars.lettersEnd(text, end + 1);
        return isOneOf(text, end + 1, wordEnd, AFTER_SPANISH_SIN);
    }

    /**
     * Whether the cue ending at {@code end} is the "case" of the conjunction "in case" ("in case we need
     * to reach you", "in case the payment fails"): a word follows it, not a number or a number's noun.
     */
    private static boolean conjunctionInCase(String text, int end) {
        int caseStart = end - 4;
        if (caseStart < 3 || !text.regionMatches(true, caseStart - 3, "in case", 0, 7)
                || letterOrDigitAt(text, caseStart - 4) || end + 1 >= text.length() || text.charAt(end) != ' '
                || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return !isOneOf(text, end + 1, wordEnd, NUMBER_NOUNS);
    }

    /**
     * Words before a negative cue that make it no identifier's label: "in case" is a condition, "the
     * number on the account" and "the mobile number registered" the phone on file.
     */
    private static final List<String> NOT_A_LABEL = List.of("in case", "on the account", "on my account",
            "on the old account", "on my old account", "on the previous account", "on the joint account",
            "on our joint account", "on the other account", "for the account", "for my account", "for your account",
            "from my account", "from the account", "from your account",
            // An airline's assistance to passengers of reduced mobility (PRM, PMR), not a French meter point.
            "assistenza prm", "prm assistance", "servizio prm", "asistencia pmr",
            "on your account", "on the accounts", "number registered", "mobile registered", "phone registered",
            // "Which number is registered?": the verb, no registration's number.
            "is registered", "was registered", "are registered",
            "number on file", "on the profile", "on your profile", "on my profile", "on profile", "on the file",
            // Another's ("the phone number on his profile?"), as a family member or carer calls for them.
            "on his profile", "on her profile", "on their profile", "on his account", "on her account",
            "on their account",
            "on the order", "on my order", "on your order", "on this order", "on the claim", "on your claim",
            "on the contract", "on your contract", "on my contract", "on the policy", "on your policy", "on my policy",
            // Nigerian Pidgin "(wey) dey" (that is on): "the number wey dey the policy na ...".
            "dey the policy", "dey the account", "dey my account", "dey my policy",
            // Malay "on the account" ("nombor telefon yang didaftarkan pada akaun?").
            "pada akaun", "dalam akaun", "di akaun",
            "on the booking", "on your booking", "on my booking",
            // Greek "in the booking" ("change the mobile in the booking to 697 ...").
            "\u03c3\u03c4\u03b7\u03bd \u03ba\u03c1\u03ac\u03c4\u03b7\u03c3\u03b7",
            // Romanian "on the account", "from the account".
            "de pe cont", "pe cont", "de pe contul", "din cont", "din contul",
            // Portuguese "linked to the account", "on (my) account" ("o número de telefone associado à conta").
            "associado \u00e0 conta", "associada \u00e0 conta", "associado a conta", "associada a conta", "na conta",
            "na minha conta",
            // Italian "on the bill" ("il numero di telefono che vede sulla bolletta?").
            "sulla bolletta", "nella bolletta", "in bolletta",
            // Romanian "on the order" ("numărul de telefon de pe comandă").
            "de pe comand\u0103", "de pe comanda", "pe comand\u0103", "pe comanda",
            "on my claim", "on the loan", "on my loan", "on your loan", "on the mortgage", "on my mortgage",
            // What a number is asked for: "the Social Security number for your husband, for the death certificate".
            "for the death certificate", "on the death certificate", "for the certificate", "on the certificate",
            // A form the number is given on, a certifying of oneself: "SSN provided for FATCA self-cert: ...".
            "self-cert", "self cert", "self-certification", "self certification",
            // An action on a case, claim or account names no number: "your full Social to open the
            // claim", "the social to verify the account".
            "open the claim", "open a claim", "file a claim", "start a claim", "raise a claim", "open the case",
            "open a case", "raise a case", "log a case", "verify the account", "verify your account",
            "access the account", "access your account", "pull up the transaction", "look up the transaction",
            "find the transaction", "locate the transaction",
            // The same in the languages callers speak: "el número de teléfono de la cuenta".
            "on acct", "on the acct", "au dossier", "\u00e0 votre dossier", "asociado a la cuenta", "asociado a su cuenta",
            "associ\u00e9 au compte", "associ\u00e9 \u00e0 votre compte", "associ\u00e9 au contrat", "associ\u00e9 \u00e0 votre contrat",
            "associ\u00e9 au dossier",
            "on pnr", "on the pnr", "on the booking", "on your booking", "on the reservation", "on your reservation",
            // "IP ban list updated: 203.0.113.44, ...": what was done to the list that holds the address.
            "list updated", "lists updated", "blocklist updated", "allowlist updated",
            // "el teléfono que figura en la reserva (911 234 567)": where the phone is written, not its label.
            "en la reserva", "en su reserva", "en mi reserva", "de la reserva", "de su reserva", "en la reservaci\u00f3n",
            "en su reservaci\u00f3n", "sur la r\u00e9servation", "sur votre r\u00e9servation", "dans la r\u00e9servation",
            "in your account", "in uw account", "op uw account", "in je account", "in ihrem konto", "in ihrem kundenkonto",
            "sur la commande", "sur votre commande", "sur ma commande", "dans la commande", "dans votre commande",
            "de la cuenta", "de su cuenta", "de mi cuenta", "en la cuenta", "en su cuenta", "en mi cuenta", "da conta", "de la conta", "du compte", "de votre compte",
            "de mon compte",
            // Where a card's number is printed: "o número do cartão que aparece na fatura" (on the bill).
            // (Not English "on the bill": "the account number on the bill" is labelled by "account number".)
            "na fatura", "na sua fatura", "na minha fatura",
            // Brazil's "número reserva", a spare number to call (not Spanish "número de reserva", a booking's).
            "n\u00famero reserva", "numero reserva", "telefone reserva", "contato reserva",
            // A SIM card, "chip" in Brazil, as what a line receives ("o número do celular que vai receber o chip").
            "receber o chip", "recebe o chip", "novo chip", "trocar o chip", "troca de chip", "troca do chip",
            // What a Social Security number is asked for ("Solo para la verificaci\u00f3n de cr\u00e9dito."), no loan's number.
            "verificaci\u00f3n de cr\u00e9dito", "verificacion de credito", "l\u00ednea de cr\u00e9dito", "linea de credito",
            "historial de cr\u00e9dito", "historial de credito");

    /**
     * Whether the words before a colon right before {@code start} end with a phrase of {@link
     * #NOT_A_LABEL} ("remove my old phone numbers from my account: 07534 019 227"): where the number is
     * on file, no key of it; the words around are read as prose.
     */
    private static boolean onFileBeforeColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i > 0 && text.charAt(i) == ':' && notALabelStart(text, i * 64) >= 0;
    }

    /** Whether the negative cue ending at {@code lowerEnd} (a {@link #nearestEnd} score) ends one of {@link #NOT_A_LABEL}. */
    private static boolean notALabel(String text, int lowerEnd) {
        return notALabelStart(text, lowerEnd) >= 0;
    }

    /** Where the phrase of {@link #NOT_A_LABEL} that ends with the cue at {@code lowerEnd} starts; -1 if none does. */
    private static int notALabelStart(String text, int lowerEnd) {
        int end = lowerEnd / 64;
        int phrase = phraseEndingAt(text, end, NOT_A_LABEL);
        if (phrase >= 0) {
            return phrase;
        }
        int lead = leadBefore(text, end - lowerEnd % 64);
        return lead >= 0 ? lead : accountOfAKind(text, end);
    }

    /** Where the key that a colon and blanks right before {@code start} end stops: before that colon; {@code start} without one. */
    private static int beforeColon(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == ':' ? i - 1 : start;
    }

    /** A carrier's stock of numbers, which the numbers it assigns come from, not their label. */
    private static final List<String> NUMBER_STOCK = List.of("from inventory", "from our inventory", "from the inventory");

    /** Where the one of {@code phrases} that ends at {@code end} starts, a whole word; -1 if none does. */
    private static int phraseEndingAt(String text, int end, List<String> phrases) {
        for (String phrase : phrases) {
            int from = end - phrase.length();
            if (from >= 0 && text.regionMatches(true, from, phrase, 0, phrase.length()) && !letterOrDigitAt(text, from - 1)) {
                return from;
            }
        }
        return -1;
    }

    /**
     * Words before a cue that make it no label of the number: that the number is asked for as a document
     * shows it ("as it shows on your AT and T bill"), or what it was given for ("SSN provided for US tax
     * refund claim: 539-34-9650" is no claim's number).
     */
    private static final List<String> LEADS = List.of("as it shows on ", "as it appears on ", "as shown on ",
            "as it's listed on ", "as listed on ",
            "provided for ", "given for ", "supplied for ", "needed for ", "required for ", "requested for ",
            "collected for ");
    /**
     * Most chars between such words and the cue: the document's owner and kind ("your AT and T"), the
     * purpose's words ("US tax refund").
     */
    private static final int LEAD_REACH = 24;
    /** How far back such words may start: the reach and the longest of them. */
    private static final int LEAD_BACK = LEAD_REACH + LEADS.stream().mapToInt(String::length).max().orElseThrow();

    /** Where words of {@link #LEADS} stand before the cue at {@code cueStart}, in its clause; -1 if none do. */
    private static int leadBefore(String text, int cueStart) {
        for (int from = cueStart - 1; from >= 0 && cueStart - from <= LEAD_BACK; from--) {
            char c = text.charAt(from);
            if (c == ',' || c == '.' || c == '?' || c == '\n') {
                return -1;
            }
            for (String phrase : LEADS) {
                int after = from + phrase.length();
                if (after <= cueStart && cueStart - after <= LEAD_REACH
                        && text.regionMatches(true, from, phrase, 0, phrase.length()) && !letterOrDigitAt(text, from - 1)) {
                    return from;
                }
            }
        }
        return -1;
    }

    /** The phrases of {@link #NOT_A_LABEL} that a word of the account's kind may follow. */
    private static final List<String> ON_AN_ACCOUNT = List.of("on the", "on your", "on my", "on our", "for the",
            "for your", "for my", "from the", "from your", "from my");

    /** Things a number is held on, which a word of their kind may stand before: "account", "the travel loan". */
    private static final List<String> HOLDERS = List.of("account", "loan", "mortgage", "policy");

    /**
     * Where "on your storage account", "for the joint checking account", "on the travel loan" starts when
     * such a phrase, with one word of the holder's kind, ends at {@code end}; -1 if none does.
     */
    private static int accountOfAKind(String text, int end) {
        for (String holder : HOLDERS) {
            int kindEnd = end - holder.length() - 1;
            if (kindEnd < 2 || !text.regionMatches(true, kindEnd + 1, holder, 0, holder.length())
                    || text.charAt(kindEnd) != ' ') {
                continue;
            }
            int kindStart = kindEnd;
            while (kindStart > 0 && Character.isLetter(text.charAt(kindStart - 1))) {
                kindStart--;
            }
            if (kindStart == kindEnd || kindStart < 1 || text.charAt(kindStart - 1) != ' ') {
                return -1;
            }
            for (String phrase : ON_AN_ACCOUNT) {
                int from = kindStart - 1 - phrase.length();
                if (from >= 0 && text.regionMatches(true, from, phrase, 0, phrase.length()) && !letterOrDigitAt(text, from - 1)) {
                    return from;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * Whether the raising cue ending at {@code raiseEnd} (a {@link #nearestEnd} score) is a word for
     * "number" that directly follows the lowering cue ending at {@code lowerEnd}: "prescription
     * number", "Rx number", "faktura nummer" name the identifier's number, not a phone.
     */
    private static boolean numberOfIdentifier(String text, int raiseEnd, int lowerEnd) {
        int end = raiseEnd / 64;
        int start = end - raiseEnd % 64;
        // A participle says whose number, not what: "registered number" is the phone on file.
        if (!isOneOf(text, start, end, NUMBER_NOUNS) || text.regionMatches(true, lowerEnd / 64 - 2, "ed", 0, 2)) {
            return false;
        }
        for (int i = lowerEnd / 64; i < start; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the raising cue ending at {@code raiseEnd} is the word for "number" of the lowering cue
     * ending at {@code lowerEnd}, joined to it by a preposition as the Romance languages name an
     * identifier: "num\u00e9ro de dossier", "n\u00famero de pedido", "numero di pratica"; or is the first
     * word of the lowering cue itself.
     */
    private static boolean numberNounOf(String text, int raiseEnd, int lowerEnd) {
        if (raiseEnd < 0 || lowerEnd < raiseEnd) {
            return false;
        }
        int end = raiseEnd / 64;
        int start = end;
        while (start > end - raiseEnd % 64 && text.charAt(start - 1) != ' ') {
            start--; // the cue's last word: "votre num\u00e9ro"
        }
        if (!isOneOf(text, start, end, NUMBER_NOUNS)) {
            return false;
        }
        int lowerStart = lowerEnd / 64 - lowerEnd % 64;
        if (lowerStart <= start) {
            return true;
        }
        String between = text.substring(end, lowerStart).trim().toLowerCase(Locale.ROOT);
        return NUMBER_OF.contains(between);
    }

    private static final Set<String> NUMBER_OF = Set.of("de", "d'", "du", "del", "do", "da", "di", "dello", "della");

    /** Endings of compound words that name a number: "Kundennummer", "storingsnummer", "Kundenr.", "ügyfélszám". */
    private static final List<String> NUMBER_SUFFIXES = List.of("nummer", "nummern", "nummeret", "numret", "numero",
            "numeron", "nr", "sz\u00e1m", "sz\u00e1ma", "sz\u00e1mom", "number");
    /**
     * Heads of compounds that name a phone's number ("Telefonnummer", "Kontaktnummer",
     * "puhelinnumero"): these anywhere in the head; {@link #PHONE_EDGE_STEMS} only at its start or end
     * ("Tlf.nr", "Rückrufnummer", "terugbelnummer"), since "tel" is inside "Bestellnr." too.
     */
    private static final List<String> PHONE_STEMS = List.of("telef", "phon", "handy", "mobil", "puhelin", "kontakt",
            "contact", "service", "hotline", "durchwahl", "notruf", "whatsapp", "festnetz", "notfall", "alarm", "direkt",
            "privat", "b\u00fcro", "support", "zentral", "sammel", "vakt", "anruf", "soitto",
            // A business line, also in Swiss German ("Gschäftsnummer"); a Swiss mobile ("Natelnummer").
            "gesch\u00e4ft", "gsch\u00e4ft", "natel",
            // A free and a toll-free line ("Gratis-Nr.", "Gratisnummer", "Freecall-Nr.").
            "gratis", "freecall",
            // Danish and Norwegian landlines ("fastnetnummer", "fastnettnummer"); premium-rate lines
            // ("Mehrwertnummer") and service numbers are phones too.
            "fastnet", "mehrwert",
            // A home number in Finnish ("kotinumero"); a doctor's practice, a front desk and an office in
            // German ("Praxisnummer 0911 / 3 77 82 10", "Sekretariatsnummer").
            "koti", "praxis", "sekretariat", "empfang");
    /** Whole heads of a compound label that name a phone ({@link #namesPhone}). */
    private static final Set<String> COMPOUND_PHONE_HEADS = Set.of("sel", "tj\u00e4nste", "palvelu", "v\u00e4xel");
    private static final List<String> PHONE_EDGE_STEMS = List.of("tlf", "fon", "ruf", "fax", "gsm", "sms",
            "mob", "cell", "bel", "n\u00f8d", "n\u00f6d", "hem",
            // Dutch "werknummer", Norwegian and Danish "jobbnummer", the work phone's.
            "werk", "jobb");
    /** Shortest head of a compound label: "Kunde" in "Kundenr.", "Sag" in "Sagsnummer". */
    private static final int MIN_COMPOUND_HEAD = 3;
    /**
     * Countries, in capitals, that head a hyphened compound for a phone's number ("NL-nummer", "UK-Nummer").
     * Not the codes that head identifiers' names too: ID ("ID-Nummer"), SV (German social insurance's
     * "SV-Nummer"), SE (a Danish company's "SE-nummer"), IT (a department's).
     */
    private static final Set<String> COUNTRIES_OF_NUMBERS = Set.of("NL", "BE", "DE", "AT", "CH", "FR", "LU", "UK", "GB",
            "ES", "PT", "PL", "CZ", "IE", "US", "DK", "NO", "FI");

    /**
     * The nearest compound word before {@code start} whose last part is a word for "number", as its
     * {@link #nearestEnd} score times two, plus one when its head names a phone; -1 when there is
     * none. Germanic, Nordic, Finnish and Hungarian write their identifiers' names that way
     * ({@code storingsnummer 2025-04-8812}, {@code Kundenr. 30044712}, {@code ondernemingsnummer}),
     * and no word list can hold them all; a phone's ({@code Rückrufnummer}, {@code puhelinnumero},
     * {@code telefonszám}) is a phone cue.
     */
    static int compoundLabel(String text, int start) {
        int from = Math.max(0, start - WINDOW);
        int i = start;
        while (i > from) {
            while (i > from && !Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > from && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i > 1 && text.charAt(i - 1) == '-' && Character.isLetter(text.charAt(i - 2))
                    && NUMBER_SUFFIXES.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                // "Sperrvermerk-Nr.", "Kto-Nr:", "Telefon-Nr.": the compound written with a hyphen.
                int head = i - 1;
                int headStart = Math.max(from, Chars.lettersStart(text, head));
                if (head - headStart >= 2 && !letterOrDigitAt(text, headStart - 1)) {
                    return compoundScore(text, headStart, head, end);
                }
            }
            if (letterOrDigitAt(text, i - 1) || end - i <= MIN_COMPOUND_HEAD) {
                continue;
            }
            for (String suffix : NUMBER_SUFFIXES) {
                int head = end - suffix.length();
                if (head - i >= MIN_COMPOUND_HEAD && text.regionMatches(true, head, suffix, 0, suffix.length())) {
                    return compoundScore(text, i, head, end);
                }
            }
        }
        return -1;
    }

    /**
     * {@link #compoundLabel}'s result for a label {@code text[start, end)} whose head ends at {@code
     * head}: its score times two, plus one when the head names a phone.
     */
    private static int compoundScore(String text, int start, int head, int end) {
        return (end * 64 + Math.min(end - start, 63)) * 2 + (namesPhone(text, start, head) ? 1 : 0);
    }

    private static boolean namesPhone(String text, int start, int end) {
        if (COUNTRIES_OF_NUMBERS.contains(text.substring(start, end))) {
            return true; // "NL-nummer 043-3259814 vervalt, nieuw BE-nummer 089 71 42 55": the country a line is in
        }
        String head = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String stem : PHONE_STEMS) {
            if (head.contains(stem)) {
                return true;
            }
        }
        for (String stem : PHONE_EDGE_STEMS) {
            if (head.startsWith(stem) || head.endsWith(stem)) {
                return true;
            }
        }
        // "Tel.nr", "Telnr." only at the start: "Bestelnr." (Dutch order number) and "Hotelnummer" end in it.
        // A callback's number, as Dutch and German agents abbreviate it ("Cb-nr 06-29483674").
        // Afrikaans "Selnr" (selfoon, the mobile), whose head is the whole "sel"; a company's service line and
        // switchboard in Swedish and Finnish ("Tjänstenummer 0771-22 33 44", "Palvelunumero 0200 12 345").
        return head.startsWith("tel") || head.equals("cb") || COMPOUND_PHONE_HEADS.contains(head);
    }

    /** Nothing but blanks and label punctuation ({@code : # № = . (}) between a cue and the span. */
    /**
     * Whether three blanks or more stand in a row in {@code text[from, to)}: the gap between two columns
     * of a table ("LivingRoom-TV   10.0.0.41   d8:13:..."), where the word before is the row's name, not
     * the number's label.
     */
    private static boolean columnBetween(String text, int from, int to) {
        int blanks = 0;
        for (int i = from; i < to; i++) {
            blanks = text.charAt(i) == ' ' ? blanks + 1 : 0;
            if (blanks == 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether only a JSON key's end and an array's opening stand in {@code text[from, to)}: {@code ":["}. */
    private static boolean opensAJsonArray(String text, int from, int to) {
        boolean bracket = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            bracket |= c == '[';
            if (c != '"' && c != ':' && c != '[' && c != ' ') {
                return false;
            }
        }
        return bracket;
    }

    private static boolean onlySeparators(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '#' || c == '\u2116' || c == '=' || c == '.' || c == '('
                    || c == '\u00b0') {
                i++;
                continue;
            }
            // "mutuo n. 0451-2239817", "póliza nº 0098-1128", "Apólice n.º 0049-7721-03", "Vertrag Nr. 4471-22": a number sign
            // between the label and its number.
            int wordEnd = i;
            while (wordEnd < to && (Character.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '\u00ba')) {
                wordEnd++;
            }
            if (wordEnd == i || !(NUMBER_SIGNS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))
                    || countryPrefix(text, i, wordEnd))) {
                return false;
            }
            i = wordEnd;
        }
        return true;
    }

    /** The verbs that join a label to its value: "my NHS number is 415 545 6583", "el número de pedido es ...". */
    private static final Set<String> COPULAS = Set.of("is", "was", "es", "ist", "est", "\u00e8", "\u00e9", "era",
            "este", "jest", "\u00e4r", "lautet", "luidt",
            // French's "it is" and Wolof's ("Sama numéro client mooy 5512 0098 74").
            "c'est", "c\u2019est", "mooy",
            // What a thing shows names its number as "is" does: "the tag says 0731 556201".
            "says", "reads", "shows",
            // A list's plural label: "Our ticket numbers are 235 4381328249 and 235 9499269480".
            "are");

    /** Articles said after a copula before a value: "Meine Bestellnummer ist die drei null zwo, ...". */
    private static final Set<String> ARTICLES_AFTER_COPULA = Set.of("die", "der", "das", "the", "el", "la", "le", "de", "het");

    /**
     * Whether only one of {@link #COPULAS}, with blanks and separators around it, stands between a label and its
     * value, an article after it too.
     */
    private static boolean copulaBetween(String text, int from, int to) {
        int i = from;
        while (i < to && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int wordEnd = Chars.lettersEnd(text, i);
        if (wordEnd == i || wordEnd > to || !onlySeparators(text, from, i)
                || !COPULAS.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int article = afterBlanks(text, wordEnd);
        int articleEnd = Chars.lettersEnd(text, article);
        if (article > wordEnd && articleEnd > article && articleEnd <= to
                && ARTICLES_AFTER_COPULA.contains(text.substring(article, articleEnd).toLowerCase(Locale.ROOT))) {
            wordEnd = articleEnd;
        }
        return onlySeparators(text, wordEnd, to);
    }

    /** Two capitals before a company's or a VAT number: its country ({@code Numéro d'entreprise BE 0403.170.701}). */
    private static boolean countryPrefix(String text, int from, int to) {
        return to - from == 2 && Character.isUpperCase(text.charAt(from)) && Character.isUpperCase(text.charAt(from + 1));
    }

    private static final Set<String> NUMBER_SIGNS = Set.of(
            "n", "no", "nr", "nro", "n\u00ba", "\u00ba", "num", "n\u00fam", "nummer", "number", "numero", "n\u00famero", "num\u00e9ro");

    /**
     * A bracketed area code, a '+', or the shape of a toll-free number (an Australian {@code 1300 975
     * 707}) is written for phones, rarely for identifiers.
     */
    private static boolean phoneShaped(String text, int start, int end) {
        if (PhoneNumberDetector.tollFreeShape(text, start, end)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '+') {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-cased words of the key right before a value ({@code orderNumber=}, {@code
     * "ssn_last9": }, {@code app-version: }), split at camelCase humps, '_', '-' and '.'; empty when
     * no {@code key=} or {@code key:} stands directly before {@code start}. Up to three space-separated
     * words count, so that "Order number:" reads as "order number" rather than "number". An XML start
     * tag right before the value is its key too ({@code <badgeId>}).
     */
    static List<String> keyWords(String text, int start) {
        return keyWords(text, start, false);
    }

    /**
     * X12 qualifiers that name the element after them, as their words: a PER segment's communication
     * numbers ({@code PER*IC**TE*8005550136~}: telephone, fax, cell, home, work, beeper), a REF
     * segment's Social Security number ({@code REF*SY*523417709~}) and a BPR segment's account
     * ({@code ...*DA*4418203377*...}).
     */
    private static final Map<String, List<String>> X12_QUALIFIERS = Map.of(
            "TE", List.of("telephone"), "FX", List.of("fax"), "CP", List.of("cell"), "HP", List.of("phone"),
            "WP", List.of("phone"), "BN", List.of("phone"), "SY", List.of("ssn"),
            // A BPR segment's bank accounts: "DA" (demand deposit) before the account number.
            "DA", List.of("account"));

    /**
     * The words of the X12 qualifier element that ends with the '*' at {@code star} ({@link
     * #X12_QUALIFIERS}); empty for any other element. The qualifier is the element's key: the words of
     * other segments ("NM1*PRP*2*MEDICARE", the REF segment's own "REF") do not describe it.
     */
    private static List<String> x12QualifierWords(String text, int star) {
        if (x12SegmentIdBefore(text, star)) {
            // The first element of a segment is that segment's reference ("PLB*2533314789*20251231*...",
            // "CLP*4471220019*1*..."); a phone stands only after a PER segment's qualifier.
            return List.of("reference");
        }
        if (star < 3 || text.charAt(star - 3) != '*') {
            return List.of();
        }
        if (x12PostalCode(text, star)) {
            return List.of("zip");
        }
        List<String> words = X12_QUALIFIERS.get(text.substring(star - 2, star));
        return words == null ? List.of() : words;
    }

    /**
     * Whether the element after the '*' at {@code star} is an N4 segment's postal code, after its city
     * and its state's two capitals ({@code N4*SAN ANTONIO*TX*782012207~}).
     */
    private static boolean x12PostalCode(String text, int star) {
        int city = text.lastIndexOf('*', star - 4);
        return city >= 2 && text.startsWith("N4", city - 2) && (city == 2 || text.charAt(city - 3) == '~'
                || Character.isWhitespace(text.charAt(city - 3)))
                && Character.isUpperCase(text.charAt(star - 1)) && Character.isUpperCase(text.charAt(star - 2));
    }

    /**
     * Whether an X12 segment's id (two or three capitals or digits, a capital first: "PLB", "N3", "CLP")
     * ends at the '*' at {@code star}, at the start of a segment: after a '~', a blank or the text's start.
     */
    private static boolean x12SegmentIdBefore(String text, int star) {
        int i = star;
        while (i > 0 && star - i < 3 && (Chars.isAsciiDigit(text.charAt(i - 1))
                || (text.charAt(i - 1) >= 'A' && text.charAt(i - 1) <= 'Z'))) {
            i--;
        }
        return star - i >= 2 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z'
                && (i == 0 || text.charAt(i - 1) == '~' || Character.isWhitespace(text.charAt(i - 1)));
    }

    /**
     * {@link #keyWords(String, int)}, or with {@code gluedOnly} only the words of a key glued to its
     * '=' ({@code client_ip=}), without the words before it; empty for a key with a blank before '='.
     */
    private static List<String> keyWords(String text, int start, boolean gluedOnly) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '[')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '>') {
            return elementWords(text, i);
        }
        if (i >= 0 && text.charAt(i) == '*') {
            return x12QualifierWords(text, i);
        }
        if (i < 0 || (text.charAt(i) != '=' && text.charAt(i) != ':')) {
            return List.of();
        }
        boolean token = gluedOnly && text.charAt(i) == '=' && i > 0 && text.charAt(i - 1) != ' ';
        if (gluedOnly && !token) {
            return List.of();
        }
        i--;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        int end = i + 1;
        if (end > 0 && Chars.isAsciiDigit(text.charAt(end - 1)) && Chars.digitRunEnd(text, wordStart(text, end)) == end
                && end - wordStart(text, end) > 2) {
            return List.of(); // "case 00918944: ...": a label with its own number, which the colon ends
        }
        // A label in prose may be a few words ("Order number: ", "my mobile no: "): read up to three.
        int spaces = 0;
        while (i >= 0 && end - i <= MAX_KEY && (isKeyChar(text.charAt(i)) || text.charAt(i) == ' ')) {
            // A sentence's end is the label's start: "no invoice yet. Telefon:" is labelled "Telefon".
            if (text.charAt(i) == ' ' && (token || ++spaces > 2 || (i > 0 && text.charAt(i - 1) == '.'))) {
                break;
            }
            i--;
        }
        if (end - i > MAX_KEY) {
            return List.of();
        }
        List<String> named = amazonConnectKey(text, i + 1, end);
        if (named != null) {
            return named;
        }
        // A path's last name is the value's own ("contact.attributes.loan_no"); the ones before it
        // name containers ("contact"), not the value.
        int lastDot = text.lastIndexOf('.', end - 1);
        if (lastDot > i + 1 && text.lastIndexOf('.', lastDot - 1) > i && lastDot + 1 < end) {
            return splitKey(text, lastDot + 1, end);
        }
        List<String> words = splitKey(text, i + 1, end);
        if (words.size() == 1 && GENERIC_KEYS.contains(words.get(0))) {
            // {"loan":{"number":"3308812904"}}: a generic first key of an object is its parent key's
            List<String> parent = parentObjectKey(text, i + 1);
            if (!parent.isEmpty()) {
                List<String> both = new ArrayList<>(parent);
                both.addAll(words);
                return both;
            }
        }
        int sin = words.indexOf("sin");
        if (sin >= 0 && sin + 1 < words.size() && AFTER_SPANISH_SIN.contains(words.get(sin + 1))) {
            return words.subList(sin + 1, words.size()); // "se marca sin el 01: 800 ...": Spanish "without"
        }
        return words;
    }

    /** Keys that say nothing of whose value they hold: the object they open names it. */
    private static final Set<String> GENERIC_KEYS = Set.of("number", "no", "nr", "id", "value");

    /**
     * The words of the key of the JSON object whose first member's key starts at {@code keyStart}
     * ({@code "loan":{"number":...}}), or none when the key is no object's first.
     */
    private static List<String> parentObjectKey(String text, int keyStart) {
        int k = keyStart - 1;
        if (k < 0 || text.charAt(k) != '"') {
            return List.of();
        }
        k--;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || text.charAt(k) != '{') {
            return List.of();
        }
        k--;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 1 || text.charAt(k) != ':' || text.charAt(k - 1) != '"') {
            return List.of();
        }
        int end = k - 1;
        int start = end;
        while (start > 0 && end - start < MAX_KEY && isKeyChar(text.charAt(start - 1))) {
            start--;
        }
        return start > 0 && text.charAt(start - 1) == '"' && start < end ? splitKey(text, start, end) : List.of();
    }

    /** Amazon Lex's keys of a slot's value: the slot's name ({@code "SSN":{"value":{...}}}) names the value. */
    private static final List<String> LEX_VALUE_KEYS = List.of("interpretedValue", "originalValue", "resolvedValues");
    /** How far before a Lex value key its slot's {@code {"value":{} is looked for. */
    private static final int MAX_LEX_VALUE = 400;
    private static final String LEX_VALUE = "{\"value\":{";
    /** How far back a flow log's prompt ({@code "Text":"Please enter ..."}) is looked for. */
    private static final int MAX_PROMPT = 600;

    /** The attribute's name of a key-value pair written as two fields: {@code "Key":"altPhone","}. */
    private static final Pattern KEY_BEFORE_VALUE = Pattern.compile("\"(?i:key|name)\" ?: ?\"([^\"]{1,48})\" ?, ?\"$");

    /**
     * The words that name a value in the records Amazon Connect writes, where its key does not: a Lex
     * slot's name for its {@code interpretedValue}, {@code originalValue} and {@code resolvedValues}
     * ({@code "slots":{"SSN":{"value":{"interpretedValue":"487992559"}}}}), and for the {@code Results}
     * of a flow log's input block the prompt it played ({@code "Parameters":{"Text":"Please enter the
     * nine digit Social Security number."},"Results":"687195716"}), and for the {@code Value} of a pair the
     * attribute's {@code Key} ({@code {"Key":"altPhone","Value":"9772223957"}}). Null for any other key.
     */
    private static List<String> amazonConnectKey(String text, int keyFrom, int keyEnd) {
        int keyStart = keyFrom;
        while (keyStart < keyEnd && text.charAt(keyStart) == ' ') {
            keyStart++; // a log line's key after the value before it ("... cinco" interpretedValue=)
        }
        if (isOneOf(text, keyStart, keyEnd, LEX_VALUE_KEYS)) {
            int value = text.lastIndexOf(LEX_VALUE, keyStart);
            if (value < 2 || keyStart - value > MAX_LEX_VALUE || text.charAt(value - 1) != ':' || text.charAt(value - 2) != '"') {
                return slotOfLogLine(text, keyStart);
            }
            int nameEnd = value - 2;
            int nameStart = text.lastIndexOf('"', nameEnd - 1) + 1;
            return nameStart > 0 && nameEnd - nameStart <= MAX_KEY ? splitKey(text, nameStart, nameEnd) : null;
        }
        if (keyEnd - keyStart == 5 && text.regionMatches(true, keyStart, "Value", 0, 5)) {
            // A flow log's SetAttributes block, {"Key":"altPhone","Value":"9772223957"}: the attribute's name.
            Matcher key = KEY_BEFORE_VALUE.matcher(text).region(Math.max(0, keyStart - MAX_KEY - 16), keyStart);
            return key.find() ? splitKey(text, key.start(1), key.end(1)) : null;
        }
        if (keyEnd - keyStart == 7 && text.startsWith("Results", keyStart) && text.contains("\"ContactFlowModuleType\"")) {
            int prompt = text.lastIndexOf("\"Text\":\"", keyStart);
            if (prompt < 0 || keyStart - prompt > MAX_PROMPT) {
                return null;
            }
            int from = prompt + 8;
            int to = text.indexOf('"', from);
            return to > from && to < keyStart ? splitKey(text, from, to) : null;
        }
        return null;
    }

    /**
     * The words of the slot a log line names before a Lex value key ({@code slot=SeguroSocial
     * originalValue="..." interpretedValue="468201175"}), in the same line; null when none does.
     */
    private static List<String> slotOfLogLine(String text, int keyStart) {
        int from = Math.max(0, keyStart - MAX_LEX_VALUE);
        for (int i = keyStart - 5; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return null;
            }
            if (c == 's' && text.startsWith("slot=", i) && (i == 0 || text.charAt(i - 1) == ' ')) {
                int nameStart = i + 5;
                int nameEnd = nameStart;
                while (nameEnd < keyStart && isKeyChar(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                return nameEnd > nameStart && nameEnd - nameStart <= MAX_KEY ? splitKey(text, nameStart, nameEnd) : null;
            }
        }
        return null;
    }

    /** Where the word (no blank) ending at {@code end} starts. */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '"' && text.charAt(i - 1) != '\'') {
            i--;
        }
        return i;
    }

    /**
     * The words of the XML element whose start tag closes at {@code close}, a '>' ({@code
     * <chipNumber>0528814471}, {@code <phone type="mobile">}): the element names its content as a key
     * names its value. Empty for an end tag, an empty-element tag or anything else.
     */
    private static List<String> elementWords(String text, int close) {
        int open = text.lastIndexOf('<', close);
        if (open < 0 || close - open > MAX_KEY || text.charAt(close - 1) == '/') {
            return List.of();
        }
        int end = open + 1;
        while (end < close && isKeyChar(text.charAt(end))) {
            end++;
        }
        // A name starts with a letter and ends at a blank (before attributes) or at the '>'.
        if (end == open + 1 || !Character.isLetter(text.charAt(open + 1))
                || (end < close && !Character.isWhitespace(text.charAt(end)))) {
            return List.of();
        }
        List<String> named = namedByAttribute(text, end, close);
        return named.isEmpty() ? splitKey(text, open + 1, end) : named;
    }

    /** Attributes that name a generic element's content: {@code <attr k="msisdn">}, {@code <field name="phone">}. */
    private static final List<String> NAME_ATTRIBUTES = List.of("k", "key", "name", "id", "field");

    /** The words of a naming attribute's value within a start tag's {@code text[from, close)}, or none. */
    private static List<String> namedByAttribute(String text, int from, int close) {
        for (String attribute : NAME_ATTRIBUTES) {
            int at = from;
            while ((at = text.indexOf(attribute + "=", at)) >= 0 && at < close) {
                int quote = at + attribute.length() + 1;
                if (Character.isWhitespace(text.charAt(at - 1)) && quote < close
                        && (text.charAt(quote) == '"' || text.charAt(quote) == '\'')) {
                    int valueEnd = text.indexOf(text.charAt(quote), quote + 1);
                    if (valueEnd > quote + 1 && valueEnd < close) {
                        return splitKey(text, quote + 1, valueEnd);
                    }
                }
                at = quote;
            }
        }
        return List.of();
    }

    /**
     * {@code text[from, end)} split into lower-cased words at camelCase humps and non-alphanumerics,
     * and before a single digit that ends a word of two letters or more: a column's index ({@code
     * tel1}, {@code tel2}, {@code phone2}) is no part of its name ({@code v4}, {@code w9} stay whole).
     * Phrases are matched on the words joined, so {@code ssn_last9} still matches its own.
     */
    private static List<String> splitKey(String text, int from, int end) {
        int i = from - 1;
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            boolean hump = Character.isUpperCase(c) && k > i + 1 && (Character.isLowerCase(text.charAt(k - 1))
                    || (k + 1 < end && Character.isLowerCase(text.charAt(k + 1))));
            boolean index = Chars.isAsciiDigit(c) && k > i + 2 && Character.isLetter(text.charAt(k - 1))
                    && Character.isLetter(text.charAt(k - 2))
                    && (k + 1 == end || !Character.isLetterOrDigit(text.charAt(k + 1)));
            if (!Character.isLetterOrDigit(c) || hump || index) {
                addWord(words, word);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        addWord(words, word);
        return words;
    }

    private static void addWord(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * Whether the key before the value at {@code start} is a program's name of one token, snake or
     * camel case ({@code "softphone_ip":"203.0.113.64"}, {@code callbackPhone: ...}): such a key names its
     * value by its last word, as one glued to its '=' does.
     */
    private static boolean programKeyBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ':') {
            return false;
        }
        i--;
        while (i >= 0 && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        int end = i + 1;
        boolean program = false;
        while (i >= 0 && end - i <= MAX_KEY && isKeyChar(text.charAt(i))) {
            char c = text.charAt(i);
            program |= c == '_' || Character.isUpperCase(c) && i > 0 && Character.isLowerCase(text.charAt(i - 1));
            i--;
        }
        return program && i < end - 1 && (i < 0 || !Character.isLetterOrDigit(text.charAt(i)));
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /**
     * Words a contact centre writes before its own identifiers ("badge", "member no", "Leseausweis"),
     * from configuration: the built-in lists cannot know every domain's. Where one of them is the
     * nearest cue before a digit run (or names the key that holds it), the run is that identifier.
     */
    static final class IdentifierWords {

        private final List<String> words;
        private final PhraseIndex index;

        IdentifierWords(List<String> words) {
            this.words = List.copyOf(words);
            this.index = PhraseIndex.build(this.words);
        }

        /** Whether one of the words labels the digit run of {@code type} at {@code start}. */
        boolean label(String text, int start, String type) {
            if (words.isEmpty() || !isDigitType(type)) {
                return false;
            }
            List<String> keyWords = keyWords(text, start);
            if (!keyWords.isEmpty() && longestInKey(keyWords, index) > 0) {
                return true;
            }
            int wordEnd = nearestEnd(text, start, index);
            if (wordEnd < 0) {
                return false;
            }
            Cues cues = BY_TYPE.get(type);
            return cues == null || wordEnd >= nearestEnd(text, start, PhraseIndex.of(cues.raise()));
        }
    }

    /**
     * Length of the longest phrase whose words appear as consecutive key words, or whose words
     * joined equal consecutive key words joined ("ordernumber", "order_no"), or 0.
     */
    private static int longestInKey(List<String> keyWords, List<String> phrases) {
        return longestInKey(keyWords, PhraseIndex.of(phrases));
    }

    private static int longestInKey(List<String> keyWords, PhraseIndex phrases) {
        int best = 0;
        if (keyWords.isEmpty()) {
            return best;
        }
        for (String compact : phrases.compact()) {
            if (compact.length() <= best) {
                continue;
            }
            for (int from = 0; from < keyWords.size(); from++) {
                StringBuilder joined = new StringBuilder();
                for (int to = from; to < keyWords.size() && joined.length() < compact.length(); to++) {
                    joined.append(keyWords.get(to));
                }
                if (joined.toString().equals(compact)) {
                    best = compact.length();
                    break;
                }
            }
        }
        return best;
    }

    /** How many of {@code keyWords} stand before the end of the last of {@code phrases} in them; 0 for none. */
    private static int lastEndInKey(List<String> keyWords, List<String> phrases) {
        PhraseIndex index = PhraseIndex.of(phrases);
        for (int to = keyWords.size(); to > 0; to--) {
            StringBuilder joined = new StringBuilder();
            for (int from = to - 1; from >= 0; from--) {
                joined.insert(0, keyWords.get(from));
                for (String compact : index.compact()) {
                    if (compact.contentEquals(joined)) {
                        return to;
                    }
                }
            }
        }
        return 0;
    }

    /** Whether one of {@code phrases} appears as whole words within the window before {@code start}. */
    static boolean near(String text, int start, List<String> phrases) {
        List<String> keyWords = keyWords(text, start);
        return longestInKey(keyWords, phrases) > 0 || nearestEnd(text, start, phrases) >= 0;
    }

    /**
     * Whether one of {@code phrases} labels the span at {@code start} directly: a key that holds it,
     * or the phrase with only label punctuation between ({@code MSISDN: 447700900563}).
     */
    static boolean labelledBy(String text, int start, List<String> phrases) {
        if (longestInKey(keyWords(text, start), phrases) > 0) {
            return true;
        }
        int end = nearestEnd(text, start, phrases);
        return end >= 0 && onlySeparators(text, end / 64, start);
    }

    /** Cues are read inside identifiers too ({@code ssn_full=}, {@code caller_id}), so '_' separates. */
    private static boolean letterOrDigitAt(String text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    private static boolean isDigitType(String type) {
        return type.equals(EntityTypes.PHONE_NUMBER) || type.equals(EntityTypes.CREDIT_CARD)
                || type.equals(EntityTypes.US_SSN);
    }

    /**
     * Where the nearest phrase ends (a longer phrase wins a tie, by scoring end * 64 + length), or -1.
     * Compared with regionMatches rather than a lower-cased copy, so that offsets stay exact. Each
     * position of the window is tried only against the phrases that start with its letter.
     */
    private static int nearestEnd(String text, int start, List<String> phrases) {
        return nearestEnd(text, start, PhraseIndex.of(phrases));
    }

    private static int nearestEnd(String text, int start, PhraseIndex index) {
        return nearestEnd(text, start, index, WINDOW);
    }

    private static int nearestEnd(String text, int start, PhraseIndex index, int window) {
        if (index.compact().length == 0) {
            return -1; // most types have no cue of one kind or another
        }
        int from = Math.max(0, start - window);
        int best = -1;
        for (int i = start - 1; i >= from; i--) {
            // A cue is a whole word, but for one in a script whose words are not set apart ("電話番号は").
            if (letterOrDigitAt(text, i - 1) && !Chars.isCjk(text.charAt(i))) {
                continue;
            }
            String[] candidates = index.startingWith(text.charAt(i));
            char second = candidates.length > 0 && i + 1 < start ? Character.toLowerCase(text.charAt(i + 1)) : 0;
            for (String phrase : candidates) {
                int length = phrase.length();
                // The second and the last letters first: most phrases differ from the text there.
                if (i + length <= start && (length < 2 || phrase.charAt(1) == second || phrase.charAt(1) >= 128)
                        && Chars.mayEqualIgnoringCase(text.charAt(i + length - 1), phrase.charAt(length - 1))
                        && Chars.regionMatchesIgnoreCase(text, i, phrase, length)
                        // A phrase that ends in a mark ("ss#", "tel.") ends there, glued to the number or not.
                        && (!letterOrDigitAt(text, i + length) || Chars.isCjk(phrase.charAt(length - 1))
                                || !Character.isLetterOrDigit(phrase.charAt(length - 1)))
                        && !negated(text, i) && !(length == 4 && callAsNoun(text, i, phrase))
                        && !domainNameAt(text, i + length)) {
                    best = Math.max(best, (i + length) * 64 + Math.min(length, 63));
                }
            }
        }
        return best;
    }

    /** Top-level domains whose names a cue word heads ("booking.com", "order.net"). */
    private static final Set<String> CUE_DOMAINS = Set.of("com", "net", "org", "co", "io", "app");

    /**
     * Whether a domain's top level follows at {@code end} ("a card payment on booking.com with 4137 ..."):
     * the word before is a site's name, no cue.
     */
    private static boolean domainNameAt(String text, int end) {
        if (end + 2 >= text.length() || text.charAt(end) != '.') {
            return false;
        }
        int tldEnd = Chars.lettersEnd(text, end + 1);
        return CUE_DOMAINS.contains(text.substring(end + 1, tldEnd)) && !Chars.wordCharAt(text, tldEnd);
    }

    /** Words that make the "call" after them the call itself, a noun: "reference number for today's call is ...". */
    private static final Set<String> CALL_DETERMINERS = Set.of("today's", "today\u2019s", "this", "that", "the", "your",
            "my", "our", "a", "last", "next", "each", "every", "per",
            // A recorded call named by its id: "in call 0309-1142 the agent read back ...".
            "in");

    /**
     * Whether the cue {@code phrase} at {@code start} is the noun "call" after a determiner ("for today's
     * call", "the call"), which names the call, not a number to call; not "the call back number".
     */
    private static boolean callAsNoun(String text, int start, String phrase) {
        if (!phrase.equalsIgnoreCase("call")) {
            return false;
        }
        int after = start + 4;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (text.regionMatches(true, after, "back", 0, 4) || text.regionMatches(true, after, "number", 0, 6)) {
            return false;
        }
        return CALL_DETERMINERS.contains(Chars.wordBefore(text, start));
    }

    /**
     * Whether a cue starting at {@code start} is denied: "a social security number, not a sin", "it's
     * not my phone". A denied cue says what the number is not.
     */
    private static boolean negated(String text, int start) {
        int wordEnd = start;
        for (int words = 0; words < 2; words++) {
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '\'')) {
                wordStart--;
            }
            if (wordStart == wordEnd || wordStart == start) {
                return false;
            }
            String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(word)) {
                return true;
            }
            if (!DETERMINERS.contains(word)) {
                return false;
            }
            wordEnd = wordStart;
        }
        return false;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "isn't", "isnt", "never");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "your", "his", "her", "our", "their");

    /**
     * A phrase list by lower-cased first letter, and each phrase without its blanks (for keys),
     * made once per list: the lists are constants, and classification asks for them per candidate.
     */
    private record PhraseIndex(String[][] byFirst, String[][] byChar, String[] others, String[] compact) {

        private static final String[] NONE = new String[0];
        /** Per ASCII char, the chars whose lower case it is ('k': 'k', 'K' and the Kelvin sign). */
        private static final char[][] LOWER_CASE_OF = lowerCaseOf();
        private static final Map<List<String>, PhraseIndex> INDEXES = new IdentityHashMap<>();

        static {
            // Every list a cue is looked up in: an index built per call would cost more than the search.
            // The lists looked up outside a type's cues, then every type's.
            for (List<String> list : List.of(MAESTRO, NUMBER_NOUNS, AWS_SECRET, INTERNATIONAL_LABELS, SENDER_LABELS)) {
                INDEXES.put(list, build(list));
            }
            for (Cues cues : BY_TYPE.values()) {
                for (List<String> list : List.of(cues.raise(), cues.lower(), cues.adjacentLower())) {
                    INDEXES.computeIfAbsent(list, PhraseIndex::build);
                }
            }
        }

        // Read-only after class initialisation, so shared by every thread without a lock.
        static PhraseIndex of(List<String> phrases) {
            PhraseIndex index = INDEXES.get(phrases);
            return index != null ? index : build(phrases);
        }

        /** First letters indexed directly: Latin-1, Latin Extended-A and B, Greek. */
        private static final int INDEXED = 0x400;

        private static PhraseIndex build(List<String> phrases) {
            List<List<String>> buckets = new ArrayList<>();
            for (int c = 0; c < INDEXED; c++) {
                buckets.add(new ArrayList<>());
            }
            List<String> others = new ArrayList<>();
            String[] compact = new String[phrases.size()];
            for (int k = 0; k < phrases.size(); k++) {
                String phrase = phrases.get(k);
                compact[k] = phrase.replace(" ", "").toLowerCase(Locale.ROOT);
                char first = Character.toLowerCase(phrase.charAt(0));
                (first < INDEXED ? buckets.get(first) : others).add(phrase);
            }
            // Each letter's phrases, then those with a first letter beyond the index, made once here.
            // Under an ASCII letter, those whose first char no char there can equal (as regionMatches
            // ignoring case compares them) are left out: regionMatches would fail on that char.
            String[][] byFirst = new String[INDEXED][];
            for (int c = 0; c < INDEXED; c++) {
                for (String other : others) {
                    if (c >= 128 || mayStartAt(other, LOWER_CASE_OF[c])) {
                        buckets.get(c).add(other);
                    }
                }
                byFirst[c] = buckets.get(c).isEmpty() ? NONE : buckets.get(c).toArray(String[]::new);
            }
            String[] rest = others.isEmpty() ? NONE : others.toArray(String[]::new);
            // The same, by the char as written: looked up at each word of a window, so without lower-casing it there.
            String[][] byChar = new String[INDEXED][];
            for (int c = 0; c < INDEXED; c++) {
                char lower = Character.toLowerCase((char) c);
                byChar[c] = lower < INDEXED ? byFirst[lower] : rest;
            }
            return new PhraseIndex(byFirst, byChar, rest, compact);
        }

        /** Whether {@code phrase} may start at one of {@code chars}, by regionMatches itself. */
        private static boolean mayStartAt(String phrase, char[] chars) {
            if (Character.isSurrogate(phrase.charAt(0))) {
                return true;
            }
            for (char c : chars) {
                if (String.valueOf(c).regionMatches(true, 0, phrase, 0, 1)) {
                    return true;
                }
            }
            return false;
        }

        private static char[][] lowerCaseOf() {
            StringBuilder[] chars = new StringBuilder[128];
            for (int c = 0; c < 128; c++) {
                chars[c] = new StringBuilder();
            }
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char lower = Character.toLowerCase((char) c);
                if (lower < 128) {
                    chars[lower].append((char) c);
                }
            }
            char[][] table = new char[128][];
            for (int c = 0; c < 128; c++) {
                table[c] = chars[c].toString().toCharArray();
            }
            return table;
        }

        /** The phrases that may start at a char {@code c}; those with a first letter beyond the index always. */
        String[] startingWith(char c) {
            if (c < INDEXED) {
                return byChar[c];
            }
            char lower = Character.toLowerCase(c);
            return lower < INDEXED ? byFirst[lower] : others;
        }
    }
}
