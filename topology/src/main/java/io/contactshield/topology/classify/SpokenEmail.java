package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * E-mail addresses as speech-to-text writes them: "john dot smith at gmail dot com", "priya
 * underscore r at example dot org", "t dot nguyen at example dot co dot uk". The span is the whole
 * spoken form, from the first word of the local part to the top-level domain.
 *
 * <p>Validated, not matched: the domain is two or more labels joined by a spoken "dot" (dot, punkt,
 * point, punto, punt) whose last label is a known top-level domain, so "meet at the office dot" is
 * not an address; the local part is one word, or words joined by spoken separators (dot,
 * underscore, dash, hyphen); a local part of one ordinary word ("look at example dot com", "find us
 * at ...") is prose. Spoken "at" is at, @, arobase, arroba or apenstaartje.
 *
 * <p>Letters spelled one by one ("m a r k dot t at ...") are read as the word they spell, and
 * number words right after a local-part word belong to it ("k underscore patel eighty one at ..."
 * is k_patel81@...).
 *
 * <p>Cost: a text without a spoken "dot" is passed over after one scan for it.
 */
final class SpokenEmail {

    private static final double JOINED = 0.85;
    private static final double ONE_WORD = 0.75;
    private static final int MAX_LOCAL_WORDS = 9;
    private static final int MAX_DOMAIN_LABELS = 5;
    /** The words that join tens and units: Spanish "y", Portuguese and Italian "e", German "und", French "et" ("trente et un"). */
    private static final Set<String> NUMBER_LINKS = Set.of("y", "e", "und", "\u0219i", "si", "\u0438", "et");
    /** Spoken digits after a word of a local part: "eighty one", "one nine eight four". */
    private static final int MAX_DIGIT_WORDS = 6;
    /** Letters spelled one by one ("m a r k") joined into a word: at most a long label's worth. */
    private static final int MAX_SPELLED = 32;

    private static final Set<String> AT = Set.of("at", "\u00e4t", "@", "arobase", "arobas", "arroba", "apenstaartje", "chiocciola",
            // Catalan "arrova" ("jordi punt sala arrova gmail punt com"), Haitian Creole "arobaz" and "aroba".
            "arrova", "arobaz", "aroba",
            // German "Klammeraffe" and "Affenschwanz".
            "klammeraffe", "affenschwanz",
            // Swedish, Danish and Norwegian "snabel-a", Polish "małpa", Russian and Ukrainian "sobaka",
            // Hungarian "kukac", Czech "zavináč".
            "snabel-a", "snabela", "kr\u00f8llalfa", "alfakr\u00f8ll", "ma\u0142pa", "malpa", "sobaka", "kukac", "zavin\u00e1\u010d",
            // Finnish "miukumauku" and "kissanhäntä".
            "miukumauku", "kissanh\u00e4nt\u00e4",
            // Romanian, Slovenian, Croatian/Serbian/Latvian "et", Lithuanian, Serbian "monkey"; Russian,
            // Ukrainian and Bulgarian in Cyrillic.
            "arond", "afna", "et", "eta",
            // Estonian and Swedish "ätt"; Icelanders' "at" as speech-to-text writes it, "att".
            "\u00e4tt", "att", "majmunica", "majmun\u010de", "manki", "\u0441\u043e\u0431\u0430\u043a\u0430",
            "\u0441\u043e\u0431\u0430\u0447\u043a\u0430", "sobachka", // Ukrainian "собачка" (little dog)
            "\u043c\u0430\u0439\u043c\u0443\u043d\u043a\u0430",
            "\u0440\u0430\u0432\u043b\u0438\u043a", "\u043a\u043b\u044c\u043e\u043c\u0431\u0430",
            // Greek "papaki" (duckling), in Greek and in Latin letters; Arabic "at"; Hebrew "shtrudel".
            "\u03c0\u03b1\u03c0\u03ac\u03ba\u03b9", "papaki", "\u0622\u062a", "\u0627\u062a",
            "\u05e9\u05d8\u05e8\u05d5\u05d3\u05dc",
            // Hebrew "shtrudel" in Latin letters and "krukhit" (כרוכית) in its script; Armenian "shnik" (շնիկ, puppy).
            "shtrudel", "\u05db\u05e8\u05d5\u05db\u05d9\u05ea", "\u0577\u0576\u056b\u056f",
            // Romanian "la" (at): "ana bara jos maria punct pop, la yahoo punct ro".
            "la");
    /** Words said after "at" that name it as the sign ("at sign", "at symbol"). */
    private static final Set<String> SIGN_WORDS = Set.of("sign", "symbol");
    /** Words for "at" that are words of prose too (English "at", French and Latin "et", Basque "eta"). */
    private static final Set<String> PROSE_AT = Set.of("at", "\u00e4t", "et", "eta", "la", "att");
    private static final Set<String> DOT = Set.of("dot", "period", "punkt", "point", "punto", "punt", "ponto", "pik\u00eb", "pike",
            // Haitian Creole ("manoucheka pwen jozef arobaz gmail pwen com").
            "pwen",
            // Polish, Turkish, Russian and Ukrainian, Norwegian, Danish, Finnish, Czech, Hungarian.
            "kropka", "nokta", "tochka", "krapka", "prikk", "punktum", "piste", "te\u010dka", "pont",
            // Icelandic.
            "punktur",
            // Romanian, Slovenian, Croatian and Serbian, Slovak, Lithuanian, Latvian; Cyrillic "dot".
            "punct", "pika", "to\u010dka", "ta\u010dka", "bodka", "ta\u0161kas", "punktas", "punkts",
            "\u0442\u043e\u0447\u043a\u0430", "\u043a\u0440\u0430\u043f\u043a\u0430",
            // Indonesian and Malay "titik", Vietnamese "chấm" (typed without its accents too), Basque "puntu",
            // Chinese "dian" (点) in pinyin.
            "titik", "ch\u1ea5m", "cham", "puntu", "dian",
            // Tagalog "tuldok", Swahili "nukta".
            "tuldok", "nukta",
            // Arabic "dot" and "nuqta", Hebrew "nekuda".
            "\u062f\u0648\u062a", "\u0646\u0642\u0637\u0629", "\u05e0\u05e7\u05d5\u05d3\u05d4",
            // Greek "teleia", in Greek and in Latin letters.
            "\u03c4\u03b5\u03bb\u03b5\u03af\u03b1", "teleia",
            // Armenian "ket" (կետ).
            "\u056f\u0565\u057f",
            // Japanese, Korean, Chinese and Thai, set apart by blanks (CJK_SIGNS reads them).
            "\u30c9\u30c3\u30c8", "\uc810", "\ub2f7", "\u70b9", "\u9ede", "\u0e14\u0e2d\u0e17");
    /**
     * {@link #DOT} by first letter, for the scan of every text: a word is compared only with the dot
     * words of its own first letter (a-z; the last entry holds those of other scripts).
     */
    private static final String[][] DOT_WORDS_BY_LETTER = byFirstLetter(DOT);
    private static final int DOT_MIN_LENGTH = DOT.stream().mapToInt(String::length).min().orElseThrow();
    private static final int DOT_MAX_LENGTH = DOT.stream().mapToInt(String::length).max().orElseThrow();

    private static String[][] byFirstLetter(Set<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int k = 0; k <= 26; k++) {
            lists.add(new ArrayList<>());
        }
        for (String word : words) {
            lists.get(letterIndex(word.charAt(0))).add(word);
        }
        return lists.stream().map(list -> list.toArray(String[]::new)).toArray(String[][]::new);
    }

    private static int letterIndex(char c) {
        char lower = Character.toLowerCase(c);
        return lower >= 'a' && lower <= 'z' ? lower - 'a' : 26;
    }

    /** Joins two words into one domain label ("northwind dash logistics" is northwind-logistics). */
    private static final Set<String> DASH = Set.of("dash", "hyphen", "bindestrich", "tiret", "guion", "gui\u00f3n", "trattino",
            // Turkish "tire"; Swedish "streck", "bindestreck", Norwegian "bindestrek", Danish "bindestreg",
            // Finnish "viiva".
            "tire",
            "streck", "bindestreck", "bindestrek", "bindestreg", "viiva", "v\u00e4liviiva",
            // German and Dutch callers say a hyphen as "minus" ("m punkt huber minus reisen", "office at
            // tischlerei minus huber punkt at").
            "minus",
            // Dutch "streepje" (a dash; "liggend streepje" is an underscore).
            "streepje",
            // Estonian "kriips", "sidekriips".
            "kriips", "sidekriips",
            // Croatian "crtica", Slovenian "vezaj", Czech and Slovak "pomlčka".
            "crtica", "vezaj", "poml\u010dka",
            // Romanian "liniuță" and "cratimă", Bulgarian "тире", Greek "παύλα".
            "liniu\u021b\u0103", "liniuta", "cratim\u0103", "\u0442\u0438\u0440\u0435", "\u03c0\u03b1\u03cd\u03bb\u03b1",
            // Arabic "sharta"; Russian "defis"; Hebrew "makaf", in its script and in Latin letters.
            "\u0634\u0631\u0637\u0629", "\u0434\u0435\u0444\u0438\u0441", "\u05de\u05e7\u05e3", "makaf",
            // Portuguese "hífen" and "traço"; Polish "myślnik", Czech and Slovak "spojovník".
            "h\u00edfen", "hifen", "tra\u00e7o", "traco", "my\u015blnik", "myslnik", "spojovn\u00edk");
    private static final Set<String> JOINERS = joiners();

    /** Every spoken dot, and the spoken underscores and dashes, join the words of a local part. */
    private static Set<String> joiners() {
        Set<String> joiners = new java.util.HashSet<>(DOT);
        joiners.addAll(DASH);
        joiners.addAll(Set.of("underscore", "unterstrich", "underline", "sublinhado", "alulvon\u00e1s",
                // Slovak's underscore ("marek podčiarkovník kovac ...").
                "pod\u010diarkovn\u00edk",
                // Polish, Czech, Hungarian and Swedish underscores.
                "podkre\u015blnik", "podkre\u015blenie", "podtr\u017e\u00edtko", "als\u00f3von\u00e1s", "understreck",
                // Latvian "apakšsvītra" (underscore).
                "apak\u0161sv\u012btra",
                // Bulgarian "подчертавка" (underscore).
                "\u043f\u043e\u0434\u0447\u0435\u0440\u0442\u0430\u0432\u043a\u0430",
                // Ukrainian "підкреслення" and Russian "подчеркивание" (underscore).
                "\u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u0435\u043d\u043d\u044f", "\u043f\u043e\u0434\u0447\u0435\u0440\u043a\u0438\u0432\u0430\u043d\u0438\u0435", "\u043f\u043e\u0434\u0447\u0451\u0440\u043a\u0438\u0432\u0430\u043d\u0438\u0435",
                // Croatian and Slovenian underscores; Finnish and Estonian ones.
                "podvlaka", "pod\u010drtaj", "alaviiva", "alakriips",
                // A sub-address: "lee plus insurance at example dot co dot uk" is lee+insurance@...
                "plus",
                // An apostrophe of a surname: "mike dot d apostrophe angelo at verizon dot net" is mike.d'angelo@...
                "apostrophe"));
        return Set.copyOf(joiners);
    }
    /** Top-level domains people say; the country codes of the regions the sets cover and the big ones. */
    static final Set<String> TOP_LEVEL = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "info",
            "biz", "io", "co", "me", "tv", "app", "dev", "ai", "eu", "uk", "us", "ca", "au", "nz", "ie", "de",
            "at", "ch", "fr", "be", "nl", "lu", "es", "pt", "it", "se", "no", "dk", "fi", "pl", "cz", "in", "jp",
            "cn", "sg", "hk", "br", "mx", "ar", "za", "ru", "online", "shop",
            // More country codes of the centres' callers.
            "ph", "my", "id", "th", "vn", "kr", "tw", "pk", "ae", "sa", "qa", "eg", "ng", "ke", "il", "tr", "gr",
            "ro", "hu", "sk", "si", "hr", "rs", "bg", "ua", "lt", "lv", "ee", "is", "cl", "pe", "ve", "uy",
            "do", "gt", "cr", "pa", "ec", "bo", "py", "hn", "sv",
            // Malta, Cyprus, South Asia, Africa, the Gulf and Levant, Central Asia and the Caribbean
            // (not those that are English words: "so", "to", "am").
            "mt", "cy", "lk", "bd", "np", "mu", "gh", "tz", "ug", "zm", "zw", "tn", "dz", "jo", "lb", "kw", "bh",
            "ir", "iq", "mk", "ba", "by", "kz", "ge", "az", "mn", "kh", "mm", "fj", "ni", "cu", "jm", "tt", "pr",
            "sn", "cm", "ao", "mz", "rw", "mo", "cat", "eus", "asia", "mobi", "pro", "store", "tech", "xyz",
            // Britain's nations' and London's own.
            "cymru", "wales", "scot", "london",
            // North and West Africa, Oman, Moldova, Albania, Central Asia, the small European states.
            "ma", "ci", "ml", "bf", "ga", "cd", "cg", "mg", "ly", "om", "md", "al", "uz", "af", "li", "mc", "ad", "sm",
            // The reserved names of RFC 2606, which examples and test systems use.
            "example", "test",
            // Said in Cyrillic and in Serbian spelling: "... маймунка джимейл точка ком", "tačka kom".
            "\u043a\u043e\u043c", "\u0431\u0433", "\u043e\u0440\u0433", "\u0440\u0441", "\u0440\u0443", "kom");
    /**
     * Words that stand before "at" in prose: a one-word local part must not be one of these ("look at
     * example dot com" is a website, not a mailbox).
     */
    static final Set<String> PROSE = Set.of("a", "an", "the", "i", "me", "you", "he", "him", "she", "her", "it",
            // Hinglish "do it", "send", "is" ("mail kar dena kd dot traders at ..."); Roman Urdu "write it
            // down", "my" ("jee mera email likh lein ali dot khan ...").
            "kar", "dena", "karo", "kardo", "karna", "bhej", "bhejo", "dijiye", "hai", "hain", "likh", "lein", "likhein",
            "likho", "lijiye", "mera", "meri", "jee",
            // Gujarati "is" ("maro email chhe hetal patel eighty six at the rate ...").
            "chhe", "che",
            // German "(read) out again" ("ich lese ihnen die email nochmal vor kerstin punkt vogel at ...").
            "vor", "nochmal",
            // Darija "mine" ("l email dyali karim point benali arobase ...").
            "dyali", "diali",
            // Turkish "my address", "my e-mail" ("e-mail adresim zeynep alt \u00e7izgi ...").
            "adresim", "mailim", "postam",
            // "it's actually samuel dot ortiz ...": a hedge before the address; Italian and Spanish "so"
            // ("agente allora gianni punto ferraro ..."); Hindi and Punjabi "ji" ("email ko ji manpreet dot ...");
            // Romanian "my" ("emailul meu e elena punct ...").
            "actually", "allora", "entonces", "pues", "ji", "meu", "mea",
            // Greek in Latin letters "my ... is" ("to email mou einai nikos teleia ..."); Levantine "it is"
            // ("el email huwe nour dot ...").
            "mou", "einai", "huwe", "huwa", "hiye",
            // A note's verbs before a read-back in quotes ("Agent repeated \"sajid dot mehmood at ...\"").
            "repeated", "confirmed", "readback",
            "we", "us", "they", "them", "my", "your", "our", "their", "its", "this", "that", "these", "those",
            "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had",
            "and", "or", "but", "so", "then", "than", "not", "no", "yes", "up", "down", "in", "out", "on", "off",
            "over", "back", "here", "there", "where", "what", "who", "online", "site", "website", "page", "web",
            "look", "looks", "see", "find", "found", "visit", "go", "goes", "went", "get", "got", "buy", "bought",
            "sold", "shop", "order", "ordered", "pay", "paid", "sign", "log", "login", "register", "live",
            "lives", "stay", "work", "works", "arrive", "arrived", "meet", "met", "available", "located",
            "reach", "contact", "email", "mail", "write", "call", "anytime", "anything", "all", "least",
            "most", "best", "first", "last", "once", "home", "office", "store", "desk", "time", "now", "today",
            "tomorrow", "tonight", "morning", "noon", "night", "something", "nothing", "everything", "aimed",
            "good", "great", "bad", "nobody", "somebody", "someone", "anyone", "everyone", "also", "only",
            "just", "even", "still", "again", "both", "each", "one", "two", "three", "four", "five", "six",
            // Prepositions: "an email from seller dash support at ...".
            "from", "with", "by", "of", "for", "to",
            // "the address on file ending at gmail dot com" names a domain, no mailbox.
            "ending", "ends",
            // A reply's first word: "yeah darnell h at protonmail dot com", Croatian "dakle" and "znači",
            // Slovenian "torej" (so), "imam" (I have).
            "yeah", "yep", "sure", "okay", "ok", "alright", "dakle", "zna\u010di", "torej", "imam",
            // German "yes, that is ...", "exactly"; Portuguese "is", "so", "like"; Spanish and Italian "yes".
            "ja", "das", "genau", "\u00e9", "ent\u00e3o", "tipo", "s\u00ed", "s\u00ec",
            // Spanish "it is" ("es ere punto medina setenta y dos arroba ...").
            "es",
            // Spanish "it would be".
            "quedar\u00eda", "ser\u00eda",
            // French "still", "so", "well", "yes": "le courriel c'est toujours emilie point tremblay arobase ...".
            "toujours", "donc", "alors", "bien", "oui",
            // Finnish "so", "that is" ("eli erkki piste makela ät ...").
            "eli", "siis",
            // Dutch "spelled as" ("uw e-mail gespeld als e punt de vries at ..."), "to" ("mail naar tine punt ..."),
            // "so" before a read-back ("Dus j punt bakker at kpnmail punt nl?").
            "gespeld", "als", "naar", "dus",
            // German "reads", "is called", "is", "was", "would be", Dutch "reads" ("Ihre Adresse lautet p punkt ...").
            "lautet", "hei\u00dft", "ist", "war", "w\u00e4re", "luidt",
            // Bengali "is" ("amar email holo sayan mukherjee nine one at ..."); Wolof "is" ("sama email mooy awa
            // point ndiaye arobase ...").
            "holo", "mooy",
            // Slovak, Czech and Polish "I have" ("mail mám marek podčiarkovník kovac ...").
            "m\u00e1m", "mam",
            // Italian "so", "is", "that is" ("quindi francesca punto galli ...", "è nonna rosa ..."); Albanian "is"
            // ("email është besa punto krasniqi ..."); Vietnamese "is" ("email của con gái tôi là thuy chấm pham ...").
            "quindi", "\u00e8", "cio\u00e8", "\u00ebsht\u00eb", "l\u00e0");
    /** Words of {@link #PROSE} that also name a shared mailbox ("office@", "contact@"). */
    private static final Set<String> ROLE_MAILBOXES = Set.of("office", "contact", "mail", "store", "desk", "shop",
            "order", "home");

    /** Degrees and generations said after a surname: "vikram patel md at ...". */
    private static final Set<String> NAME_SUFFIXES = Set.of("md", "jr", "sr", "phd", "rn", "dds", "dvm", "cpa", "esq",
            "iii", "iv");

    /** Articles that say a word for a dot names the sign, not a part: "c'è il punto, francesca punto romano ...". */
    private static final Set<String> ARTICLES = Set.of("the", "il", "el", "los", "las");
    private static final Set<String> DOMAIN_PROSE = Set.of("the", "a", "an", "my", "your", "our", "his", "her",
            "their", "this", "that", "home", "work", "least", "all");
    /**
     * Articles of French, Spanish, Italian, German and Dutch that open no domain ("... est 300-118-442
     * et le point de fourniture" is prose, French "et" no sign), though they may go on a label said in
     * words ("ventas arroba distribuidora el sol punto com").
     */
    private static final Set<String> FIRST_LABEL_PROSE = Set.of("le", "les", "el", "il", "lo", "der", "die", "das",
            "den", "het");

    private SpokenEmail() {
    }

    /** A whitespace-separated word, punctuation stripped; {@code open}: punctuation ended a phrase. */
    private record Word(int start, int end, String lower, boolean openBefore, boolean openAfter) {
    }

    /**
     * The addresses said in words in {@code text}; {@code written} are the ones {@link EmailDetector} read
     * there with their '@', which may show where a spoken one starts.
     */
    static List<Detection> detect(String text, List<Detection> written) {
        if (!hasDotWord(text)) {
            return List.of();
        }
        List<Word> words = words(text);
        List<Detection> found = new ArrayList<>();
        for (int k = 1; k + 3 < words.size(); k++) {
            Word at = words.get(k);
            if (!AT.contains(at.lower())) {
                continue;
            }
            List<Word> read = words;
            boolean paused = at.openBefore() || at.openAfter() || words.get(k - 1).openAfter();
            if (paused) {
                // "k dot watanabe, at, jp dot example dot com": a caller pauses around "at"; read
                // through the commas, but only for a local part joined by dots or underscores.
                if (!commasAround(text, words, k)) {
                    continue;
                }
                read = withoutCommaPausesAfter(text, withoutCommaPausesBefore(text, withoutPausesAround(words, k), k), k);
            }
            // "b dot okafor at sign outlook period com": the sign named with its word.
            int domainFrom = k + 2 < read.size() && at.lower().equals("at") && !read.get(k).openAfter()
                    && SIGN_WORDS.contains(read.get(k + 1).lower()) && !read.get(k + 1).openAfter() ? k + 2 : k + 1;
            int domainEnd = domainEnd(text, read, domainFrom);
            if (domainEnd < 0 && !paused && commaBeforeDomainDot(text, read, domainFrom)) {
                // "c, b, o, u, c, h, e, r, d, arobase globetrotter, point net": a pause before a spoken
                // dot of the domain only, the letters before read as one spelled word.
                List<Word> unpaused = withoutCommaPausesAfter(text, read, k);
                domainEnd = domainEnd(text, unpaused, domainFrom);
                read = domainEnd >= 0 ? unpaused : read;
            }
            if (domainEnd < 0) {
                continue;
            }
            if (domainEnd + 1 < read.size() && !read.get(domainEnd).openAfter() && read.get(domainEnd + 1).lower().equals("slash")) {
                continue; // "upload the photos at meridian dash rentals dot example slash claims": a site's page
            }
            int last = k - 1;
            boolean saidAsOneWord = false;
            if (k >= 3 && JOINED_WORDS.contains(read.get(k - 1).lower()) && ALL_WORDS.contains(read.get(k - 2).lower())
                    && !read.get(k - 3).openAfter() && !read.get(k - 2).openAfter()) {
                // "olivier garnier soixante-neuf tout attach\u00e9 arobase ...": French "all joined" says
                // the words before are one local part; the span takes it in, as the caller said it.
                last = k - 3;
                saidAsOneWord = true;
            }
            int phraseWords = oneWordPhraseBefore(read, k);
            if (phraseWords > 0 && !saidAsOneWord) {
                // "maritza lemus, all one word, at yahoo dot com": the same said in English before the "at".
                last = k - 1 - phraseWords;
                saidAsOneWord = true;
            }
            int localStart = localStart(text, read, last, at.lower());
            if (localStart < 0 || (paused && localStart == k - 1 && !joinedMailbox(text, read.get(k - 1)))) {
                continue;
            }
            if (saidAsOneWord || oneWordAfter(text, words.get(domainEnd).end())) {
                // (Or after it: "harsha vardhan dot p at gmail dot com, no space in between".)
                localStart = namesSaidAsOneWord(text, read, localStart);
            }
            if (paused && last < k - 1 && localStart > 0 && !read.get(localStart - 1).openAfter()
                    && !PROSE.contains(read.get(localStart - 1).lower()) && !INITIAL_LINKS.contains(read.get(localStart - 1).lower())) {
                continue; // "yeni punto ce ere uve, todo junto, arroba ...": a mailbox read only in part
            }
            if (localStart == last && SpokenFillers.isFiller(text, read.get(last).start(), read.get(last).end())) {
                continue; // "b-e-n dot t-r-a-n... t-r-a-n... uh at icloud dot com": a hesitation, no mailbox
            }
            if ((localStart == last || localStart == segmentStart(text, read, last)) && localStart >= 1
                    && k + 2 < read.size() && DOT.contains(read.get(k + 2).lower())
                    && oneWordAfter(text, words.get(domainEnd).end())) {
                // "so that's jp morales at yahoo dot com, all one word?": the word before the mailbox's
                // one word is part of it, when the speaker says it is written as one. Not when the
                // domain's first label is said in words too ("ryan at ryan mcgrath dot ie all one
                // word"): then the domain is what is one word.
                Word before = read.get(localStart - 1);
                if (joinsNext(read, localStart - 1) && isSegmentWord(before) && before.lower().indexOf('\'') < 0
                        && !CUE_LINKS.contains(before.lower())) {
                    localStart--;
                }
            }
            if (localStart >= 2 && localStart == last && NAME_SUFFIXES.contains(read.get(localStart).lower())) {
                // "vikram patel md at gmail dot com": a degree or generation after a surname is no mailbox
                // of its own; the surname before it is part of it (and a given name before that, below).
                Word surname = read.get(localStart - 1);
                if (joinsNext(read, localStart - 1) && isSegmentWord(surname) && !CUE_LINKS.contains(surname.lower())
                        && !CUE_NOUNS.contains(surname.lower())) {
                    localStart--;
                }
            }
            if (localStart >= 1) {
                // "sure ray k o w a l c z y k at yahoo dot com", "alejandro vega setenta y nueve arroba
                // ...", "karen liu dot d f w at ...": a given name said before the mailbox's surname is
                // part of it (not Italian and Spanish "mia", my: "la mia desantis punto famiglia ...").
                Word before = read.get(localStart - 1);
                if (joinsNext(read, localStart - 1) && !AT.contains(before.lower()) && !before.lower().equals("mia")
                        && NameLexicon.INSTANCE.isGivenName(text, before.start(), before.end())) {
                    localStart--;
                }
            }
            // A surname and a number said in words ("simmons seventy nine"), the given name before them.
            boolean surnameAndNumber = localStart < last && localStart >= 1 && saidNumbersOnly(text, read, localStart + 1, last);
            if ((localStart == last || surnameAndNumber) && localStart >= 1
                    && (wholeTurn(text, read.get(localStart - 1).start(), words.get(domainEnd).end())
                            || surnameAndNumber && afterLinkOrTurnStart(text, read, localStart - 1)
                                    && lettersOnly(read.get(localStart - 1).lower()))) {
                // "agent: and the email on file\ncaller: roz pierce at sbcglobal dot net": a turn that is the
                // address alone, two words before the "at": both are the mailbox. So are a given name, a
                // surname and a number said after a link ("personal is ania mazur eighty eight at gmail dot com").
                Word before = read.get(localStart - 1);
                if (joinsNext(read, localStart - 1) && isSegmentWord(before) && !CUE_LINKS.contains(before.lower())
                        && !CUE_NOUNS.contains(before.lower()) && !ANSWER_OPENINGS.contains(before.lower())
                        && !SpokenFillers.isFiller(text, before.start(), before.end())) {
                    localStart--;
                }
            }
            localStart = afterCue(text, read, localStart);
            while (localStart < last && SpokenFillers.isFiller(text, read.get(localStart).start(), read.get(localStart).end())) {
                localStart++; // "anrufer: äh lukas punkt schneider ...": a hesitation before the mailbox is none of it
            }
            double confidence = localStart < k - 1 ? JOINED : ONE_WORD;
            found.add(new Detection(EntityTypes.EMAIL, words.get(localStart).start(), words.get(domainEnd).end(),
                    confidence, EmailDetector.NAME));
        }
        if (found.size() > 1) {
            withWholeReadBacks(text, found);
        }
        if (!found.isEmpty() && !written.isEmpty()) {
            withNamesOfWrittenReadBacks(text, found, written);
        }
        return found;
    }

    /** Most words of a name said before a spoken mailbox that a written read-back shows are part of it. */
    private static final int MAX_NAME_WORDS_READ_BACK = 2;

    /**
     * A spoken mailbox whose reading left out the name words said before it, which an address written
     * in the same text shows are its start ("liu xiaoyan 八八 at qq 点 com" beside "liuxiaoyan88@qq.com",
     * "lan nguyen tám tám a còng yahoo chấm com" beside "lannguyen88@yahoo.com"): its span takes them in.
     * The written local part must start with those words and go on with the spoken one's first word, or
     * with a digit.
     */
    private static void withNamesOfWrittenReadBacks(String text, List<Detection> found, List<Detection> addresses) {
        List<String> written = localParts(text, addresses);
        for (int i = 0; i < found.size(); i++) {
            Detection spoken = found.get(i);
            if (text.substring(spoken.start(), spoken.end()).indexOf('@') >= 0) {
                continue;
            }
            int firstEnd = spoken.start();
            while (firstEnd < spoken.end() && SpokenDigits.isWordChar(text.charAt(firstEnd))) {
                firstEnd++;
            }
            String first = NameLexicon.fold(text.substring(spoken.start(), firstEnd));
            int start = spoken.start();
            String prefix = "";
            for (int w = 0; w < MAX_NAME_WORDS_READ_BACK && start >= 2 && text.charAt(start - 1) == ' '; w++) {
                int wordStart = Chars.lettersStart(text, start - 1);
                String word = text.substring(wordStart, start - 1);
                // (A word of prose too, when the written address starts with it: "the roberts family at gmail dot
                // com" beside "therobertsfamily@gmail.com".)
                if (word.isEmpty() || Chars.wordCharAt(text, wordStart - 1) || SpokenFillers.isFiller(text, wordStart, start - 1)) {
                    break;
                }
                prefix = NameLexicon.fold(word) + prefix;
                for (String local : written) {
                    if (local.length() > prefix.length() && local.startsWith(prefix)
                            && (local.startsWith(first, prefix.length()) && !first.isEmpty()
                                    // (digits written where the spoken mailbox starts: its first word said them,
                                    // in whatever language, "八八", "tám tám")
                                    || Chars.isAsciiDigit(local.charAt(prefix.length())))) {
                        found.set(i, new Detection(spoken.type(), wordStart, spoken.end(), spoken.confidence(), spoken.detector()));
                        break;
                    }
                }
                if (found.get(i) != spoken) {
                    break;
                }
                start = wordStart;
            }
        }
    }

    /** The local parts of the written {@code addresses}, folded, their dots, dashes and underscores left out. */
    private static List<String> localParts(String text, List<Detection> addresses) {
        List<String> locals = new ArrayList<>(addresses.size());
        for (Detection address : addresses) {
            int at = text.indexOf('@', address.start());
            if (at > address.start() && at < address.end()) {
                locals.add(NameLexicon.fold(text.substring(address.start(), at).replaceAll("[._+-]", "")));
            }
        }
        return locals;
    }

    /** Whether two readings are the same words, but for case and accents ("garcía", "garcia"). */
    private static boolean sameWords(String one, String other) {
        return one.equalsIgnoreCase(other) || NameLexicon.fold(one).equals(NameLexicon.fold(other));
    }

    /**
     * An address said again whose reading took fewer of its first words than another reading of it in
     * the text ("lupita ybarra setenta arroba yahoo punto com todo junto" AGENT: "lupita ybarra setenta
     * arroba ..."): when those words stand right before it too, it is the same address (with or
     * without its accents: "garcía", "garcia"), and its span takes them in.
     */
    private static void withWholeReadBacks(String text, List<Detection> found) {
        for (int i = 0; i < found.size(); i++) {
            Detection shorter = found.get(i);
            int length = shorter.end() - shorter.start();
            for (Detection longer : found) {
                int extra = longer.end() - longer.start() - length;
                int start = shorter.start() - extra;
                if (extra > 0 && start >= 0 && !Chars.wordCharAt(text, start - 1)
                        && sameWords(text.substring(start, shorter.end()), text.substring(longer.start(), longer.end()))) {
                    found.set(i, new Detection(shorter.type(), start, shorter.end(), longer.confidence(), shorter.detector()));
                    break;
                }
            }
        }
    }

    /**
     * Whether word {@code k} may be said as the first part of the mailbox that the next word starts:
     * no pause between them, and neither prose nor a speaker's tag.
     */
    private static boolean joinsNext(List<Word> words, int k) {
        Word word = words.get(k);
        return !word.openAfter() && !words.get(k + 1).openBefore() && !PROSE.contains(word.lower())
                && !ContextWords.SPEAKERS.contains(word.lower());
    }

    /** Words an answer opens with before what it gives: "thanks john at gmail dot com" is john's mailbox. */
    private static final Set<String> ANSWER_OPENINGS = Set.of("thanks", "thank", "hi", "hello", "hey", "cheers", "ok", "okay",
            "yes", "yeah", "yep", "sure", "its", "it's", "that's", "thats", "so", "um", "uh", "oh", "ah", "right", "well");
    /** Longest speaker's tag before a turn ("caller:", "Customer 2:"). */
    private static final int MAX_TAG = 24;

    /**
     * Whether {@code text[start, end)} is a transcript turn's whole content, the answer to the line before,
     * which asks for an e-mail address: a speaker's tag alone before it on its line, nothing but a closing
     * mark after it ("thanks john at gmail dot com" said unasked is thanks to john).
     */
    /** Whether the words {@code read[from, to]} are each a number said in words ("seventy nine", "cinquantadue"). */
    private static boolean saidNumbersOnly(String text, List<Word> read, int from, int to) {
        for (int w = from; w <= to; w++) {
            if (SpokenDigits.digits(text, read.get(w).start(), read.get(w).end()) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is letters alone: a given name, not "email's" or "e-postam" (Turkish "my e-mail"). */
    private static boolean lettersOnly(String word) {
        return Chars.lettersEnd(word, 0) == word.length();
    }

    /** Whether the word {@code read[w]} opens a turn or follows a link ("is", "c'est") or a word of prose. */
    private static boolean afterLinkOrTurnStart(String text, List<Word> read, int w) {
        if (w == 0) {
            return true;
        }
        Word previous = read.get(w - 1);
        String between = text.substring(previous.end(), read.get(w).start());
        return between.indexOf('\n') >= 0 || between.indexOf(':') >= 0
                || CUE_LINKS.contains(previous.lower()) || PROSE.contains(previous.lower());
    }

    private static boolean wholeTurn(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (lineStart < 2 || !asksForAddress(text, text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1)) {
            return false;
        }
        int colon = text.indexOf(':', lineStart);
        if (colon < 0 || colon >= start || colon - lineStart > MAX_TAG || !text.substring(colon + 1, start).isBlank()
                || !ContextWords.SPEAKERS.contains(text.substring(lineStart, colon).strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (".?! \r".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the words of {@code text[from, to)} is a word for an e-mail address ({@link #CUE_NOUNS}). */
    private static boolean asksForAddress(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i)) && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
                int end = i;
                while (end < to && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                    end++;
                }
                if (CUE_NOUNS.contains(text.substring(i, end).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether none of words {@code from} to {@code to} (exclusive) joins two parts ("dot", "underscore"). */
    private static boolean noJoiner(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (JOINERS.contains(words.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a mailbox said as one word starts ("rosa elvia tun, todo junto, arroba ...", "maritza lemus,
     * all one word, at ..."): the caller's saying so makes the name's words before the local part's first
     * one ({@code localStart}) part of it, up to {@value #MAX_NAME_WORDS} words with it, back to a pause,
     * prose or a cue.
     */
    private static int namesSaidAsOneWord(String text, List<Word> read, int localStart) {
        int start = localStart;
        while (start >= 1 && localStart - start + 1 < MAX_NAME_WORDS) {
            Word before = read.get(start - 1);
            if (!joinsNext(read, start - 1) || !isSegmentWord(before) || before.lower().indexOf('\'') >= 0
                    || CUE_LINKS.contains(before.lower()) || CUE_NOUNS.contains(before.lower())
                    || NAME_NOUNS.contains(before.lower()) || SpokenFillers.isFiller(text, before.start(), before.end())
                    || !Character.isLetter(text.charAt(before.start()))) {
                break;
            }
            start--;
        }
        return start;
    }

    /** Words for "name" said before one: "it's my name tyrell j jackson at ...". */
    private static final Set<String> NAME_NOUNS = Set.of("name", "nombre", "nom", "naam", "nome");

    /**
     * How many words right before word {@code at} say that the mailbox is one word ("..., all one
     * word, at ..."); 0 when they do not.
     */
    private static int oneWordPhraseBefore(List<Word> read, int at) {
        for (String[] phrase : ONE_WORD_PHRASE_WORDS) {
            int first = at - phrase.length;
            if (first < 2) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < phrase.length && same; i++) {
                same = read.get(first + i).lower().equals(phrase[i]);
            }
            if (same) {
                return phrase.length;
            }
        }
        return 0;
    }

    /**
     * Whether the words right after an address ({@code end}) say its mailbox is written as one word:
     * "..., all one word", "(one word)", "no spaces".
     */
    private static boolean oneWordAfter(String text, int end) {
        int i = end;
        while (i < text.length() && i - end < ONE_WORD_GAP && !Character.isLetter(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return false;
            }
            i++;
        }
        for (String phrase : ONE_WORD_PHRASES) {
            if (text.regionMatches(true, i, phrase, 0, phrase.length()) && !Chars.wordCharAt(text, i + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ONE_WORD_PHRASES = List.of("all one word", "one word", "no spaces", "no space",
            "no dots", "no periods",
            "all together", "all joined", "todo junto", "todo pegado", "sin espacios", "tudo junto",
            "sem espa\u00e7os",
            "no dashes", "no dash",
            // Slovenian and Croatian "together", "written together", "without spaces".
            "skupaj", "zajedno", "spojeno", "skupaj napisano", "bez razmaka", "brez presledkov");
    /** Most chars of punctuation and blanks between an address and {@link #ONE_WORD_PHRASES}. */
    private static final int ONE_WORD_GAP = 4;

    /** {@link #ONE_WORD_PHRASES} as words, longest first ("all one word" before "one word"). */
    private static final List<String[]> ONE_WORD_PHRASE_WORDS = ONE_WORD_PHRASES.stream().map(p -> p.split(" "))
            .sorted((a, b) -> b.length - a.length).toList();

    /**
     * French "(tout) attach\u00e9", Italian "(tutto) attaccato", Spanish "(todo) junto": the words of the
     * local part are written together.
     */
    private static final Set<String> JOINED_WORDS = Set.of("attach\u00e9", "attach\u00e9s", "attach\u00e9e",
            "attach\u00e9es", "coll\u00e9", "coll\u00e9s", "attaccato", "attaccata",
            // Spanish and Portuguese "(todo) junto", "(tudo) junto", said before the "at" too ("lecturas, todo
            // junto, arroba olivoenergia punto es").
            "junto", "pegado");
    private static final Set<String> ALL_WORDS = Set.of("tout", "tutto", "todo", "tudo");

    /** Whether only a comma and blanks stand on each side of word {@code k}, and at least one comma. */
    private static boolean commasAround(String text, List<Word> words, int k) {
        int before = commasBetween(text, words.get(k - 1).end(), words.get(k).start());
        int after = commasBetween(text, words.get(k).end(), words.get(k + 1).start());
        return before >= 0 && after >= 0 && before + after > 0;
    }

    /**
     * Commas between {@code from} and {@code to} when the rest is blanks, else -1; an ellipsis counts
     * as a comma ("giulia punto bernasconi… chiocciola ticino punto com?").
     */
    private static int commasBetween(String text, int from, int to) {
        int commas = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u2026') {
                commas++;
            } else if (c == '.' && text.startsWith("...", i) && i + 3 <= to) {
                commas++; // an ellipsis typed as three dots: "thembi dot nkosi at... transnet dot net"
                i += 2;
            } else if (!Character.isWhitespace(c)) {
                return -1;
            }
        }
        return commas <= 1 ? commas : -1;
    }

    /**
     * {@code words} with the pauses of single commas between the words before "at" (word {@code k})
     * taken out: a caller who pauses around "at" pauses inside the local part too ("r, dot, o k o n k
     * w o, eight one, at gmail dot com"). Other punctuation still ends a phrase.
     */
    private static List<Word> withoutCommaPausesBefore(String text, List<Word> words, int k) {
        List<Word> read = new ArrayList<>(words);
        for (int j = k - 1; j >= 1 && k - j <= 2 * MAX_LOCAL_WORDS; j--) {
            Word before = read.get(j - 1);
            Word word = read.get(j);
            if (commasBetween(text, before.end(), word.start()) < 0) {
                break;
            }
            read.set(j - 1, new Word(before.start(), before.end(), before.lower(), before.openBefore(), false));
            read.set(j, new Word(word.start(), word.end(), word.lower(), false, word.openAfter()));
        }
        return read;
    }

    /**
     * {@code words} with the pauses of single commas around the spoken dots of the domain after "at"
     * (word {@code k}) taken out: "..., arond, yahoo, punct, com". A pause not beside a dot word stays.
     */
    private static List<Word> withoutCommaPausesAfter(String text, List<Word> words, int k) {
        List<Word> read = new ArrayList<>(words);
        for (int j = k + 1; j + 1 < read.size() && j - k <= 2 * MAX_LOCAL_WORDS; j++) {
            Word word = read.get(j);
            Word next = read.get(j + 1);
            if (commasBetween(text, word.end(), next.start()) < 0
                    || !(DOT.contains(word.lower()) || DOT.contains(next.lower()))) {
                break;
            }
            read.set(j, new Word(word.start(), word.end(), word.lower(), word.openBefore(), false));
            read.set(j + 1, new Word(next.start(), next.end(), next.lower(), false, next.openAfter()));
        }
        return read;
    }

    private static List<Word> withoutPausesAround(List<Word> words, int k) {
        List<Word> read = new ArrayList<>(words);
        for (int i = k - 1; i <= k + 1; i++) {
            Word w = words.get(i);
            read.set(i, new Word(w.start(), w.end(), w.lower(), i == k - 1 && w.openBefore(), i == k + 1 && w.openAfter()));
        }
        return read;
    }

    /** Particles of surnames said apart from them: "de leon", "van dijk", "di marco", "mc donald". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("de", "del", "della", "di", "da", "van", "von", "der",
            "den", "du", "le", "la", "dos", "das", "mac", "mc", "ten", "ter", "al", "el", "bin");

    private static final Set<String> CUE_NOUNS = Set.of("email", "e-mail", "mail", "correo", "courriel",
            "adresse", "address", "emailadres", "mailadres", "indirizzo",
            // Romanian "mailul", Bulgarian "имейл(ът)".
            "mailul", "e-mailul", "emailul", "\u0438\u043c\u0435\u0439\u043b", "\u0438\u043c\u0435\u0439\u043b\u044a\u0442");
    /**
     * Words between an e-mail cue and the address ("email is", "email id is", Hindi "email hai",
     * Malay and Indonesian "email saya", Tagalog "email ko po ay", Vietnamese "email của em là"):
     * one or more of them after the noun link it to the words that follow.
     */
    private static final Set<String> CUE_LINKS = Set.of("is", "\u00e8", "\u00e9", "es", "ist", "est", "was", "it's",
            "c'est", "c\u2019est",
            // ("my email address j dot o'brien at ...": the noun's own second word.)
            "address", "adresse",
            "id", "c\u00edmem", "hai", "saya", "adalah", "ialah", "ko", "po", "ay", "c\u1ee7a", "em", "anh", "ch\u1ecb", "l\u00e0",
            "t\u00f4i", // Vietnamese "my" ("email của tôi là minhtran ...")
            "c\u00f4", "ch\u00fa", "b\u00e1c", // the speaker's other "I" ("email của cô là maitran ...")
            "la", "toi", "cua", // the same typed without its accents ("email em la hoa nguyen ...")
            "ni", // Swahili "is": "ma email ni wambui njoroge two four at gmail dot com"
            // Malay "her"/"his" ("email dia siti aminah ..."), Tagalog "pala" ("email ko pala ay ..."),
            // and Singlish particles ("send to my email lah kenny tan ...").
            "dia", "pala", "lah", "leh", "lor",
            "kay", "ket", // Cebuano and Ilocano "is": "ang akong e-mail kay nonoy dot ...", "ti email ko ket dindo dot ..."
            "aku", "gue", "gw", // Indonesian "my", as chats say it: "email aku vina a keong ymail titik com"
            "chhe", "che", // Gujarati "is": "maro email chhe hetal patel eighty six at the rate ..."
            "dyali", "diali", "dyal", // Darija "mine": "l email dyali hamza point tahiri arobase ..."
            // Romanian "e", Bulgarian "е" and "ми" (my), Greek "είναι" and "μου" (my).
            "e", "\u0435", "\u043c\u0438", "\u03b5\u03af\u03bd\u03b1\u03b9", "\u03bc\u03bf\u03c5",
            "isch", // Swiss German "is"
            // Spanish "is still", "that we have" ("el correo sigue siendo pdominguez ...", "el correo que
            // tenemos ignacio punto ..."), Tamil "is" in Latin letters ("en email vandhu karthik ...").
            "sigue", "siendo", "que", "tenemos", "tengo", "vandhu");
    /** A cue noun with its "is" contracted onto it: one word that is both noun and link. */
    private static final Set<String> CONTRACTED_CUES = Set.of("email's", "e-mail's", "mail's", "email\u2019s");
    private static final int MAX_BARE_WORDS = 4;
    /** Shortest word read as a name between "correo" and an address: "to", "ko", "ay" are not. */
    private static final int MIN_NAME_WORD = 3;
    // Number words are prose before a lone "at", but inside a mailbox said after its cue they are digits.
    private static final Set<String> SPOKEN_NUMBERS = Set.of("one", "two", "three", "four", "five", "six");

    /**
     * Where a local part starts when an e-mail cue introduces it ("your email is kate brennan seventy
     * seven at example dot com"): callers say a mailbox of several words without "dot" between
     * them, and right after "email is" those words can only be the address. Without such a cue,
     * or with punctuation or more than four words between, {@code localStart} stands.
     */
    private static int afterCue(String text, List<Word> words, int localStart) {
        if (localStart > 0 && localStart + 1 < words.size() && CUE_LINKS.contains(words.get(localStart).lower())
                && CUE_NOUNS.contains(words.get(localStart - 1).lower()) && !words.get(localStart - 1).openAfter()
                && !words.get(localStart).openAfter() && !JOINERS.contains(words.get(localStart + 1).lower())) {
            // "ang akong e-mail kay nonoy dot ...": a link read as the mailbox's first word (not "kay dot smith at ...").
            return localStart + 1;
        }
        for (int bare = 0; bare <= MAX_BARE_WORDS && localStart - bare - 2 >= 0; bare++) {
            if (bare > 0 && ContextWords.SPEAKERS.contains(words.get(localStart - bare).lower())) {
                // "your email caller m dot alrashid at ...": a transcript without punctuation names
                // who speaks next; the mailbox starts after its tag, with the names said after it, not
                // the speaker's other words ("agente le repito santi punto ...").
                int afterTag = localStart - bare + 1;
                return afterTag == localStart || nameWords(words, afterTag, localStart) ? afterTag : localStart;
            }
            Word link = words.get(localStart - bare - 1);
            int nounAt = localStart - bare - 2;
            while (nounAt > 0 && CUE_LINKS.contains(words.get(nounAt).lower()) && !words.get(nounAt).openAfter()
                    && CUE_LINKS.contains(link.lower())) {
                nounAt--; // "email ko po ay ...", "email id is ...": several link words
            }
            Word noun = words.get(nounAt);
            // "email is kate brennan ...", or the noun right before ("al correo andres felipe punto ...").
            boolean linked = (CUE_LINKS.contains(link.lower()) && CUE_NOUNS.contains(noun.lower()) && !noun.openAfter())
                    || (CONTRACTED_CUES.contains(link.lower()) && !link.openAfter()) // "my email's jen oneill at ..."
                    || (CUE_NOUNS.contains(link.lower()) && colonAfter(text, link)) // "spelled email: jia hui dot tan"
                    || (INITIAL_LINKS.contains(link.lower()) && !link.openAfter()
                            && cueNounBefore(words, localStart - bare - 1));
            // The noun right before the name, or a comma between ("send am to my email, blessing etim at ...").
            boolean nounBefore = !linked && CUE_NOUNS.contains(link.lower()) && (!link.openAfter()
                    || (bare >= 1 && commasBetween(text, link.end(), words.get(localStart - bare).start()) == 1));
            if (bare == 1 && nounBefore && words.get(localStart - 1).lower().length() >= MIN_NAME_WORD
                    && !isFiller(words.get(localStart - 1)) && !isKey(text, words.get(localStart - 1))) {
                return localStart - 1; // one name word between the noun and the address
            }
            if (bare >= 2 && bare <= MAX_NAME_WORDS && nounBefore && nameWords(words, localStart - bare, localStart)) {
                return localStart - bare; // "et le mail sami ben youssef tout attach\u00e9 arobase ..."
            }
            if (bare == 1 && INITIAL_LINKS.contains(link.lower()) && !link.openAfter()
                    && isGivenNameWord(words.get(localStart - 1)) && wordsOnly(words, localStart - 1, localStart)) {
                // "it's marcus bell one nine seven nine at example dot net": a first name and a surname
                return localStart - 1;
            }
            if (bare >= 1 && (bare <= 2 || bare == 3 && isInitial(words.get(localStart - bare)))
                    && INITIAL_LINKS.contains(link.lower()) && !link.openAfter()
                    && hasInitial(words, localStart - bare, localStart) && wordsOnly(words, localStart - bare, localStart)) {
                // "it's j rivera colon at yahoo dot com", "it's tony b rossi at hotmail dot com", "it's b mazur
            // trucking at gmail dot com" (an initial, then two words): a name
                // with an initial in it
                return localStart - bare;
            }
            if (linked) {
                int first = bare == 0 ? localStart : localStart - bare;
                while (first < localStart && (isFiller(words.get(first)) || words.get(first).lower().equals("like"))) {
                    // "the email is uh r kowalczyk at ...", "the email's like bigmike dot bets at ...": a
                    // filler or a hedge is no part of the mailbox
                    first++;
                }
                return first;
            }
            if (bare < MAX_BARE_WORDS) {
                Word extra = words.get(localStart - bare - 1);
                if (bare > 0 && repliesToEmailPrompt(text, extra)) {
                    return localStart - bare; // "And an email? | CUSTOMER: danny r dot lopez at ..."
                }
                if (extra.openAfter() || extra.lower().isEmpty()
                        || (PROSE.contains(extra.lower()) && !SPOKEN_NUMBERS.contains(extra.lower()))
                        || !extra.lower().chars().allMatch(Character::isLetter)) {
                    return localStart;
                }
            }
        }
        return localStart;
    }

    /** Words back from a link word in which an e-mail's noun makes the link name its address. */
    private static final int CUE_NOUN_WORDS = 8;

    /**
     * Whether an e-mail's noun stands among the {@value #CUE_NOUN_WORDS} words before word {@code
     * link}: "can you email the itemized bill? it's colleen marsh seventy one at icloud dot com".
     */
    private static boolean cueNounBefore(List<Word> words, int link) {
        for (int k = link - 1; k >= 0 && k >= link - CUE_NOUN_WORDS; k--) {
            if (CUE_NOUNS.contains(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is a key, an '=' right after it: {@code slot=Email originalValue="gloria dot ...}. */
    private static boolean isKey(String text, Word word) {
        return word.end() < text.length() && text.charAt(word.end()) == '=';
    }

    /** Whether a colon (and blanks) alone follow {@code word}: a label and its value. */
    private static boolean colonAfter(String text, Word word) {
        int i = word.end();
        return i < text.length() && text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
    }

    /** "It's" and "that's" before a mailbox said as an initial and a name, or as a name said to be one word. */
    private static final Set<String> INITIAL_LINKS = Set.of("it's", "that's", "it\u2019s", "that\u2019s",
            "be"); // "it should be f yusuf trucking at ..."

    /** Most words of a name said between an e-mail's noun and the rest of its mailbox. */
    private static final int MAX_NAME_WORDS = 3;

    /**
     * Whether words {@code from} to {@code to} (exclusive) are a name's: given names, particles, initials,
     * not starting with a particle ("de la empresa administracion arroba ..." is prose before one word).
     */
    private static boolean nameWords(List<Word> words, int from, int to) {
        if (SURNAME_PARTICLES.contains(words.get(from).lower())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Word word = words.get(k);
            if (word.openAfter() || !(isGivenNameWord(word) || SURNAME_PARTICLES.contains(word.lower()) || isInitial(word))) {
                return false;
            }
        }
        return true;
    }

    /** A word of letters that may be a given name said before a mailbox's surname: not prose, not a number. */
    private static boolean isGivenNameWord(Word word) {
        String lower = word.lower();
        return lower.length() >= MIN_NAME_WORD && lower.chars().allMatch(Character::isLetter) && !PROSE.contains(lower)
                && !SPOKEN_NUMBERS.contains(lower) && !isFiller(word);
    }

    /** Whether one of words {@code from} to {@code to} (inclusive) is an initial. */
    private static boolean hasInitial(List<Word> words, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (isInitial(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether words {@code from} to {@code to} (exclusive) are letters only, joined without punctuation. */
    private static boolean wordsOnly(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word word = words.get(k);
            if (word.openAfter() || !word.lower().chars().allMatch(Character::isLetter) || PROSE.contains(word.lower())
                    || isFiller(word)) {
                return false;
            }
        }
        return true;
    }

    /** How far before a speaker's tag the question it answers is looked for. */
    private static final int PROMPT_WINDOW = 80;
    /** Stems of the word for e-mail in a question: "email?", "E-Mail-Adresse", "correo", "e-posta", "courriel". */
    private static final List<String> PROMPT_STEMS = List.of("mail", "correo", "courriel", "posta");

    /**
     * Whether {@code tag} is a speaker's tag ({@code CUSTOMER:}, {@code Klar:}) after a question for
     * an e-mail address ("And an email?", "wat is uw e-mailadres?"): then every word of the reply up
     * to "at" is the address, as after "email is".
     */
    private static boolean repliesToEmailPrompt(String text, Word tag) {
        if (tag.end() >= text.length() || text.charAt(tag.end()) != ':' || !tag.lower().chars().allMatch(Character::isLetter)) {
            return false;
        }
        int question = text.lastIndexOf('?', tag.start());
        if (question < 0 || tag.start() - question > PROMPT_WINDOW) {
            return false;
        }
        String prompt = text.substring(Math.max(0, question - PROMPT_WINDOW), question).toLowerCase(Locale.ROOT);
        int sentence = Math.max(prompt.lastIndexOf('.'), prompt.lastIndexOf('|'));
        String asked = prompt.substring(sentence + 1);
        return PROMPT_STEMS.stream().anyMatch(asked::contains);
    }

    private static boolean isFiller(Word word) {
        return SpokenFillers.isFiller(word.lower(), 0, word.lower().length());
    }

    /**
     * Whether a pause of one comma stands before a spoken dot among the first words of a domain from
     * word {@code first} ("globetrotter, point net"): the cheap test before the domain is read again
     * without such pauses (most "at"s of a text are prose, and the words are copied for that reading).
     */
    private static boolean commaBeforeDomainDot(String text, List<Word> words, int first) {
        for (int j = first; j + 1 < words.size() && j < first + 2 * MAX_DOMAIN_LABELS; j++) {
            if (words.get(j).openAfter() && DOT.contains(words.get(j + 1).lower())
                    && commasBetween(text, words.get(j).end(), words.get(j + 1).start()) == 1) {
                return true;
            }
        }
        return false;
    }

    /** Index of the top-level word of a spoken domain starting at word {@code first}, or -1. */
    private static int domainEnd(String text, List<Word> words, int first) {
        int best = domainEnd(words, first, first);
        if (best < 0 && first + 2 < words.size() && oneLetterWithItsDigit(text, words.get(first), words.get(first + 1))) {
            // "at a eins punkt net", "at o two dot co dot uk": a letter and a digit, one label (a1.net, o2.co.uk).
            best = labelsAfter(words, first + 1);
        }
        // "hassan family dot example", "rio grande logistics dot com": a first label said in two or
        // three words, as one word is said when the caller does not spell it.
        for (int last = first + 1; best < 0 && last <= first + MAX_LABEL_WORDS - 1 && last < words.size(); last++) {
            Word word = words.get(last);
            if (!(isBareLabelWord(word) || LATER_LABEL_WORDS.contains(word.lower())) || words.get(last - 1).openAfter()
                    || word.openBefore() || !(isBareLabelWord(words.get(last - 1)) || last - 1 > first)) {
                break;
            }
            best = domainEnd(words, first, last);
        }
        return best;
    }

    /**
     * Words that open no domain ("at home dot ...") but go on a label said in words after its first
     * word: "intake at meridian home care dot com".
     */
    private static final Set<String> LATER_LABEL_WORDS = Set.of("home", "work");

    /** Most words one spoken domain label is said in. */
    private static final int MAX_LABEL_WORDS = 3;

    private static boolean isBareLabelWord(Word word) {
        return isLabel(word.lower(), false) && !DOMAIN_PROSE.contains(word.lower()) && !DOT.contains(word.lower())
                && !DASH.contains(word.lower()) && !AT.contains(word.lower());
    }

    /** Whether {@code letter} is one letter said alone and {@code digit} one number word right after it. */
    private static boolean oneLetterWithItsDigit(String text, Word letter, Word digit) {
        return letter.lower().length() == 1 && Chars.isAsciiLetter(letter.lower().charAt(0)) && !letter.openAfter()
                && !digit.openBefore() && !digit.openAfter() && isNumberWord(text, digit)
                && SpokenDigits.digits(text, digit.start(), digit.end()) != null
                && SpokenDigits.digits(text, digit.start(), digit.end()).length() == 1;
    }

    /** {@link #domainEnd(String, List, int)} with the first label said in words {@code first} to {@code labelEnd}. */
    private static int domainEnd(List<Word> words, int first, int labelEnd) {
        Word label = words.get(first);
        if (!isLabel(label.lower(), false) || DOMAIN_PROSE.contains(label.lower()) || FIRST_LABEL_PROSE.contains(label.lower())
                || words.get(labelEnd).openAfter()) {
            return -1;
        }
        return labelsAfter(words, labelEnd);
    }

    /** The letters of a word spelled with hyphens between them ("d-e-v" is "dev"); the word itself otherwise. */
    private static String spelledWithHyphens(String lower) {
        if (lower.length() < 3 || lower.length() % 2 == 0) {
            return lower;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (i % 2 == 0 ? !Character.isLetter(lower.charAt(i)) : lower.charAt(i) != '-') {
                return lower;
            }
        }
        return lower.replace("-", "");
    }

    /** Where a domain whose first label ends at word {@code labelEnd} ends (at a top-level label), or -1. */
    private static int labelsAfter(List<Word> words, int labelEnd) {
        if (words.get(labelEnd).openAfter()) {
            return -1;
        }
        int best = -1;
        int k = labelEnd;
        for (int labels = 1; labels < MAX_DOMAIN_LABELS && k + 2 < words.size(); labels++) {
            Word dot = words.get(k + 1);
            Word next = words.get(k + 2);
            boolean dash = DASH.contains(dot.lower());
            if ((!DOT.contains(dot.lower()) && !dash) || dot.openAfter() || next.openBefore()
                    || !isLabel(next.lower(), false)) {
                break;
            }
            k += 2;
            if (!dash && (TOP_LEVEL.contains(next.lower()) || TOP_LEVEL.contains(spelledWithHyphens(next.lower())))) {
                best = k; // (spelled too: "schulz hyphen logistik dot D-E")
            } else if (k + 2 < words.size() && isBareLabelWord(words.get(k + 1)) && !next.openAfter()
                    && !words.get(k + 1).openBefore() && DOT.contains(words.get(k + 2).lower())) {
                k++; // "summit air dot kestrel voice dot net": a later label said in two words, a dot after them
                next = words.get(k);
            }
            if (next.openAfter()) {
                break;
            }
        }
        return best;
    }

    /** Index of the first word of the local part ending at word {@code last}, or -1. */
    private static int localStart(String text, List<Word> words, int last, String at) {
        int first = segmentStart(text, words, last);
        if (first < 0 || words.get(last).openAfter()) {
            return -1;
        }
        int base = first; // the one word of a local part without joiners, before its digits
        if (first >= 3 && DOT.contains(words.get(first - 2).lower()) && !JOINERS.contains(words.get(first - 1).lower())
                && isSegmentWord(words.get(first - 1)) && !words.get(first - 1).openAfter() && !words.get(first).openBefore()
                && !words.get(first - 2).openAfter()) {
            // "marta punto lopez ruiz arroba ...": a segment of two words after a dot ("todo junto").
            first--;
            base = first;
        }
        while (first >= 2 && last - first < 2 * MAX_LOCAL_WORDS) {
            Word joiner = words.get(first - 1);
            // "herbert punkt leitner, bindestrich, senior at ...": a pause of one comma on both sides of
            // a joiner joins as no pause does.
            boolean pausedAround = commasBetween(text, words.get(first - 2).end(), joiner.start()) == 1
                    && commasBetween(text, joiner.end(), words.get(first).start()) == 1;
            if (!JOINERS.contains(joiner.lower())
                    || (!pausedAround && (words.get(first).openBefore() || joiner.openBefore() || joiner.openAfter()
                            || words.get(first - 2).openAfter()))
                    || (ARTICLES.contains(words.get(first - 2).lower()) && DOT.contains(joiner.lower())
                            && !(first >= 4 && DOT.contains(words.get(first - 3).lower())))) {
                // (nor an article before a dot: "c'è il punto, francesca punto romano ...", though "the
                // underscore real underscore deal at ..." is the_real_deal, and one between two dots is a
                // word of the mailbox, "taller punto el punto chino arroba ..."; nor a joiner that ends a
                // phrase: "with a dash: office at ...")
                break;
            }
            int segmentEnd = first - 2;
            if (segmentEnd >= 1 && JOINERS.contains(words.get(segmentEnd).lower()) && !words.get(segmentEnd).openAfter()
                    && !words.get(segmentEnd).openBefore() && !words.get(segmentEnd - 1).openAfter()) {
                segmentEnd--; // two signs in a row: "m punto guion bajo alvarado ..." is m._alvarado
            }
            int before = segmentStart(text, words, segmentEnd);
            if (before < 0) {
                break;
            }
            first = before;
        }
        if (first == base && first == last && first >= 1 && isInitial(words.get(first)) && !words.get(first).openBefore()
                && !words.get(first - 1).openAfter() && isSegmentWord(words.get(first - 1))
                && plausibleOneWordLocal(text, words.get(first - 1), at)) {
            first--; // "connor b at hotmail dot co dot uk": a name and an initial after it
            base = first;
        }
        if (first == base && !digitsAfterLink(text, words, first, last) && !plausibleOneWordLocal(text, words.get(base), at)) {
            return -1;
        }
        if (first >= 1 && isInitial(words.get(first - 1)) && !words.get(first - 1).openAfter()
                && !words.get(first).openBefore()
                && !(first >= 2 && CUE_NOUNS.contains(words.get(first - 2).lower()) && CUE_LINKS.contains(words.get(first - 1).lower()))
                // (nor after Romanian "my": "emailul meu e elena punct ...")
                && !(first >= 2 && ROMANIAN_MY.contains(words.get(first - 2).lower()) && CUE_LINKS.contains(words.get(first - 1).lower()))
                && !isLinkOpeningAPhrase(text, words, first - 1)) {
            // "l gallagher seventy seven at ...": an initial said before the name (not a link after an
            // e-mail's noun: Romanian "mailul e maria underscore dinu at ...")
            first--;
        }
        if (first >= 2 && isTwoInitials(words.get(first - 1)) && !words.get(first - 1).openAfter()
                && !words.get(first).openBefore() && CUE_LINKS.contains(words.get(first - 2).lower())
                && !words.get(first - 2).openAfter()) {
            first--; // "sí, es jp cardenas arroba ...": two initials said as a word, after "is"
        }
        if (first >= 1 && words.get(first).lower().equals("reply") && words.get(first - 1).lower().equals("no")
                && !words.get(first - 1).openAfter() && !words.get(first).openBefore()) {
            first--; // "an email from no reply at ...": the sender's noreply mailbox, "no" no prose there
        }
        return first;
    }

    /** Romanian "my" before its "e" (is): "emailul meu e ...". */
    private static final Set<String> ROMANIAN_MY = Set.of("meu", "mea");

    /**
     * Whether word {@code k} is Romanian "e" (is) at the start of a phrase in a Romanian text: "da, e
     * radu punct mihalache arond ...", "client — e contact liniuță ...". In Spanish "sí, e lozano
     * ochenta y uno arroba ..." it is the mailbox's initial.
     */
    private static boolean isLinkOpeningAPhrase(String text, List<Word> words, int k) {
        return words.get(k).lower().equals("e") && (k == 0 || words.get(k - 1).openAfter() || words.get(k).openBefore())
                && TextLanguage.regions(text).contains("RO");
    }

    /**
     * Two consonants as one word ("jp", "mj", "dj"): initials, as no word of two letters without a vowel
     * is one but a filler ("hm", "mm").
     */
    private static boolean isTwoInitials(Word word) {
        String lower = word.lower();
        return lower.length() == 2 && isConsonant(lower.charAt(0)) && isConsonant(lower.charAt(1))
                && !SpokenFillers.isFiller(lower, 0, 2) && !AT.contains(lower);
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }

    /**
     * One letter said alone, not a word of its own ("a", "I"), or two or three spelled one by one
     * ("d j kowalski").
     */
    private static boolean isInitial(Word word) {
        String lower = word.lower();
        boolean spelled = word.end() - word.start() == 2 * lower.length() - 1 && lower.length() <= 3;
        return (lower.length() == 1 || spelled) && Chars.isAsciiLetter(lower.charAt(0)) && !PROSE.contains(lower);
    }

    /** Whether words {@code first} to {@code last} are digits said after "it's", "is": "it's one zero four at ...". */
    private static boolean digitsAfterLink(String text, List<Word> words, int first, int last) {
        if (first >= last || first < 1 || !isNumberWord(text, words.get(first))) {
            return false;
        }
        String link = words.get(first - 1).lower();
        return CUE_LINKS.contains(link) || INITIAL_LINKS.contains(link);
    }

    /** Words for a thousand in a year said in a mailbox ("two thousand eleven", "deux mille", "dos mil"). */
    private static final Set<String> THOUSANDS = Set.of("thousand", "mille", "mil", "tausend", "duizend");

    /**
     * First word of one part of a local part ending at word {@code last}: a label ("smith"), a label
     * and the spoken digits that follow it ("patel eighty one" is patel81), or spoken digits alone
     * right after a joiner ("john dot eight four"); -1 if none.
     */
    private static int segmentStart(String text, List<Word> words, int last) {
        Word word = words.get(last);
        if (!isSegmentWord(word)) {
            return -1;
        }
        boolean endsInThousand = last >= 1 && THOUSANDS.contains(word.lower()) && !word.openBefore()
                && !words.get(last - 1).openAfter() && isNumberWord(text, words.get(last - 1));
        if (!isNumberWord(text, word) && !endsInThousand) {
            if (last >= 2 && SURNAME_PARTICLES.contains(words.get(last - 1).lower()) && JOINERS.contains(words.get(last - 2).lower())
                    && !word.openBefore() && !words.get(last - 1).openAfter() && !words.get(last - 1).openBefore()) {
                return last - 1; // "ramon punto de leon arroba ...": a surname said with its particle
            }
            if (last >= 3 && SURNAME_PARTICLES.contains(words.get(last - 1).lower())
                    && SURNAME_PARTICLES.contains(words.get(last - 2).lower()) && JOINERS.contains(words.get(last - 3).lower())
                    && !word.openBefore() && !words.get(last - 1).openAfter() && !words.get(last - 1).openBefore()
                    && !words.get(last - 2).openAfter() && !words.get(last - 2).openBefore()) {
                return last - 2; // "pieter punt van der merwe at ...": two particles
            }
            if (last >= 2 && isNumberWord(text, words.get(last - 1)) && isGivenNameWord(words.get(last - 2))
                    && isGivenNameWord(word) && !word.openBefore() && !words.get(last - 1).openAfter()
                    && !words.get(last - 1).openBefore() && !words.get(last - 2).openAfter()) {
                return last - 2; // "so kathy seven brooks at yahoo dot com": a digit between two names
            }
            return last;
        }
        // "imane point zahiri deux mille arobase ...": a year's thousands said last, which the digit
        // reader does not read.
        int first = endsInThousand ? last - 1 : last;
        boolean year = endsInThousand;
        while (first >= 1 && last - first < MAX_DIGIT_WORDS && !words.get(first).openBefore()
                && !words.get(first - 1).openAfter()) {
            if (isNumberWord(text, words.get(first - 1))) {
                first--;
            } else if (first >= 2 && (NUMBER_LINKS.contains(words.get(first - 1).lower())
                            || SpokenDigits.isHundredWord(text, words.get(first - 1).start(), words.get(first - 1).end()))
                    && !words.get(first - 2).openAfter() && isNumberWord(text, words.get(first - 2))) {
                first -= 2; // "ochenta y ocho", "vinte e dois", "deux cent vingt et un"
            } else if (first >= 2 && THOUSANDS.contains(words.get(first - 1).lower())
                    && !words.get(first - 2).openAfter() && isNumberWord(text, words.get(first - 2))) {
                first -= 2; // "tyler cole two thousand eleven at ...": a year, which the digit reader does not read
                year = true;
            } else {
                break;
            }
        }
        if (!year && SpokenDigits.digits(text, words.get(first).start(), word.end()) == null) {
            return last;
        }
        if (first >= 3 && words.get(first - 1).lower().equals("number") && words.get(first - 2).lower().equals("the")
                && !words.get(first - 2).openAfter() && !words.get(first - 1).openAfter() && !words.get(first).openBefore()
                && commasBetween(text, words.get(first - 3).end(), words.get(first - 2).start()) == 1
                && isSegmentWord(words.get(first - 3)) && !isNumberWord(text, words.get(first - 3))) {
            // "h sandhu, the number two four, at hotmail dot c a": an agent says which digits are
            // digits; they go on the segment said before the pause.
            int before = segmentStart(text, words, first - 3);
            if (before >= 0) {
                return before;
            }
        }
        String before = first >= 1 ? words.get(first - 1).lower() : "";
        boolean proseBefore = PROSE.contains(before) && !ROLE_MAILBOXES.contains(before);
        if (first >= 1 && isSegmentWord(words.get(first - 1)) && !isNumberWord(text, words.get(first - 1))
                && !CUE_LINKS.contains(before) && !INITIAL_LINKS.contains(before) && !proseBefore
                && !ContextWords.SPEAKERS.contains(before) // "agent o point brunet ...": who reads it back
                && (!words.get(first).openBefore() && !words.get(first - 1).openAfter()
                        || commasBetween(text, words.get(first - 1).end(), words.get(first).start()) == 1)) {
            // (Not "it's", "that's": "it's one zero four at ...", an extension's mailbox.)
            return first - 1; // the label the digits belong to, also after a pause ("raghavan, eight seven")
        }
        // Digits alone after "it's", "is" or another word of prose: the mailbox is those digits ("it's one
        // zero four at ...", "Also vier acht sieben eins Punkt h Punkt r at ...").
        return first >= 1 && (JOINERS.contains(before) || digitsAfterLink(text, words, first, last) || proseBefore)
                ? first : last;
    }

    /**
     * A number word, or number words joined by hyphens: speech-to-text writes "seventy-one" as one
     * word, and "okafor seventy-one" is okafor71 as "okafor seventy one" is.
     */
    private static boolean isNumberWord(String text, Word word) {
        int from = word.start();
        for (int hyphen = text.indexOf('-', from); hyphen >= 0 && hyphen < word.end(); hyphen = text.indexOf('-', from)) {
            if (!SpokenDigits.isNumberWord(text, from, hyphen)) {
                return false;
            }
            from = hyphen + 1;
        }
        return SpokenDigits.isNumberWord(text, from, word.end());
    }

    private static boolean isSegmentWord(Word word) {
        return isLabel(word.lower(), true) && !JOINERS.contains(word.lower()) && !AT.contains(word.lower());
    }

    /**
     * A one-word local part that is not prose before {@code at}, the word said for the sign; an English
     * verb form in -ed or -ing before "at" needs an e-mail cue, or "to" right before it, where an
     * address is sent to ("please report it to phishing at ... dot com"; Estonian "arved ät ..." is
     * invoices@).
     */
    private static boolean plausibleOneWordLocal(String text, Word word, String at) {
        String w = word.lower();
        if (ENDING_IN.contains(w) && ENDING_VERBS.contains(wordBefore(text, word.start()))) {
            return false; // "al correo que termina en arroba gmail punto com": the end of an address, no mailbox
        }
        if (PROSE.contains(w) && PROSE_AT.contains(at)) {
            // ("contact at ...", but "contact arobase ...": a word for the sign is no preposition; a
            // shared mailbox's name right after a question for the address: "E-Mail-Adresse?" KUNDE:
            // "office at tischlerei minus huber punkt at")
            return ROLE_MAILBOXES.contains(w) && ContextWords.near(text, word.start(), ContextWords.EMAIL);
        }
        if (at.equals("att")) {
            return ContextWords.near(text, word.start(), ContextWords.EMAIL); // Swedish "that": "viktigt att telia punkt se"
        }
        boolean verbForm = at.equals("at") && w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ing"));
        return !verbForm || ContextWords.near(text, word.start(), ContextWords.EMAIL) || afterTo(text, word.start())
                || webmailAfter(text, word);
    }

    /** "In" after a verb that says what an address ends with: "(que) termina en", "ending in", "se termine par". */
    private static final Set<String> ENDING_IN = Set.of("en", "in", "par", "com", "mit", "op");
    private static final Set<String> ENDING_VERBS = Set.of("termina", "terminado", "terminada", "acaba", "ending", "ends",
            "ended", "termine", "terminant", "endet", "eindigt", "eindigend");

    /** The word right before {@code start}, blanks between, lower-cased; empty when none. */
    private static String wordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** Webmail providers: no one works or is "at gmail dot com", so a word before one is a mailbox ("trucking"). */
    private static final Set<String> WEBMAIL = Set.of("gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "protonmail",
            "ymail", "rediffmail", "gmx");

    /** Whether "at" and a webmail provider's name follow {@code word}: "bmazurtrucking at gmail dot com". */
    private static boolean webmailAfter(String text, Word word) {
        int at = word.end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (!text.regionMatches(true, at, "at ", 0, 3)) {
            return false;
        }
        int provider = at + 3;
        int end = provider;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return WEBMAIL.contains(text.substring(provider, end).toLowerCase(Locale.ROOT));
    }

    private static boolean afterTo(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end >= 2 && end < start && text.regionMatches(true, end - 2, "to", 0, 2)
                && (end == 2 || !Character.isLetterOrDigit(text.charAt(end - 3)));
    }

    /** Letters and digits; a local part may also hold {@code . _ - +} inside ("j.smith", "jane_doe"). */
    private static boolean isLabel(String word, boolean local) {
        if (word.isEmpty() || word.length() > 63 || !Character.isLetterOrDigit(word.charAt(0))
                || !Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-'
                    && !(local && (c == '.' || c == '_' || c == '+' || c == '\''))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasDotWord(String text) {
        int n = text.length();
        int i = 0;
        // A spoken dot is a whole word: only a run of word chars that starts with a letter and is as
        // long as one of the dot words is compared with them.
        while (i < n) {
            char first = text.charAt(i);
            if (!Chars.isWordChar(first)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && Chars.isWordChar(text.charAt(end))) {
                end++;
            }
            int length = end - i;
            if (length >= DOT_MIN_LENGTH && length <= DOT_MAX_LENGTH && Character.isLetter(first)) {
                for (String dot : DOT_WORDS_BY_LETTER[letterIndex(first)]) {
                    if (dot.length() == length && text.regionMatches(true, i, dot, 0, length)) {
                        return true;
                    }
                }
            }
            i = end;
        }
        return false;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBreak(text.charAt(i))) {
                int sign = Chars.isCjk(text.charAt(i)) ? cjkSignEnd(text, i) : -1;
                if (sign > 0) {
                    words.add(new Word(i, sign, CJK_SIGNS.get(text.substring(i, sign)), false, false));
                    i = sign;
                } else {
                    i++;
                }
            }
            int start = i;
            while (i < n && !isBreak(text.charAt(i))) {
                i++;
            }
            int end = i;
            int s = start;
            while (s < end && isPunctuation(text.charAt(s)) && text.charAt(s) != '@') {
                s++;
            }
            int e = end;
            while (e > s && isPunctuation(text.charAt(e - 1)) && text.charAt(e - 1) != '@') {
                e--;
            }
            if (e > s) {
                String lower = text.substring(s, e).toLowerCase(Locale.ROOT);
                // "s. okafor at ...", "j. o. e. underscore ...": a letter said alone, written as an
                // initial with its full stop, goes on to the next word.
                boolean initial = e == s + 1 && end == e + 1 && text.charAt(e) == '.' && end < n && text.charAt(end) == ' '
                        && Chars.isAsciiLetter(text.charAt(s));
                words.add(new Word(s, e, asLetter(lower), s > start, e < end && !initial));
            } else if (end > start && !words.isEmpty()) {
                // A lone dash or comma between words breaks a phrase.
                Word previous = words.remove(words.size() - 1);
                words.add(new Word(previous.start(), previous.end(), previous.lower(), previous.openBefore(), true));
            }
        }
        return joinSpelledLetters(text, lettersNamedAmongLetters(text,
                joinSignPhrases(commaSpelled(text, lettersAsIn(text, spelledAgain(text, words))))));
    }

    /**
     * A letter's name among letters spelled one by one, blanks between ("eme a ere i a punto uve e ge
     * a arroba ..."): the letter it names, also a name that is a word elsewhere (Spanish "ere", "ge").
     * A letter stands after it, a letter or a joiner ("punto") before it; or a letter before it and
     * another letter's name or the word for "at" after it ("eme jota ere uve arroba ...").
     */
    private static List<Word> lettersNamedAmongLetters(String text, List<Word> words) {
        List<Word> out = null;
        for (int k = 1; k + 1 < words.size(); k++) {
            Word word = words.get(k);
            Word after = words.get(k + 1);
            // (A pause before the "at" only: "eme jota ere uve, arroba, ...".)
            if (word.lower().length() < 2 || word.openBefore() || word.openAfter() && !AT.contains(after.lower())) {
                continue;
            }
            String named = namedLetter(word.lower());
            Word before = (out == null ? words : out).get(k - 1);
            boolean letterBefore = isSpelledLetter(before) && !before.openAfter();
            boolean letterAfter = isSpelledLetter(after) && !after.openBefore()
                    || letterBefore && !after.openBefore() && (AT.contains(after.lower()) || namedLetter(after.lower()) != null);
            // (Not a letter before and a joiner after: "el recibo a ye punto tran ...", Spanish "a" is "to".)
            if (named != null && letterAfter && (letterBefore || JOINERS.contains(before.lower()))) {
                out = out == null ? new ArrayList<>(words) : out;
                out.set(k, new Word(word.start(), word.end(), named, false, false));
            }
        }
        return out == null ? words : out;
    }

    /**
     * A word and its spelling right after it, a comma between ("t underscore nakamura, n-a-k-a-m-u-r-a,
     * at ..."): one word of the local part, spanning both.
     */
    private static List<Word> spelledAgain(String text, List<Word> words) {
        List<Word> out = null;
        for (int k = 1; k < words.size(); k++) {
            Word word = words.get(k - 1);
            Word spelling = words.get(k);
            if (commaGap(text, word, spelling) && word.lower().length() > 1
                    && spelling.lower().length() == 2 * word.lower().length() - 1
                    && spelling.lower().replace("-", "").equals(word.lower()) && hyphenBetweenEveryLetter(spelling.lower())) {
                out = out == null ? new ArrayList<>(words) : out;
                int at = out.indexOf(word);
                out.set(at, new Word(word.start(), spelling.end(), word.lower(), word.openBefore(), spelling.openAfter()));
                out.remove(at + 1);
            }
        }
        return out == null ? words : out;
    }

    private static boolean hyphenBetweenEveryLetter(String spelled) {
        for (int i = 1; i < spelled.length(); i += 2) {
            if (spelled.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters said by their Italian and Spanish names in a spelled mailbox ("elle bianchi", "effe come
     * firenze", "ics y zeta"), read as the letters they name ({@link SpokenIban#letterOfName}). Only
     * names that are no everyday word: not "di", "ci", "ti" (Italian "of", "us", "you"), Spanish "ese"
     * ("that") or the short Dutch names ("en", "es").
     */
    private static final Set<String> MAILBOX_LETTER_NAMES = Set.of("elle", "effe", "emme", "enne", "esse", "erre",
            "acca", "cappa", "ics", "ipsilon", "zeta", "vu", "ele", "efe", "eme", "ene", "equis", "jota", "hache");

    /** {@code lower}, or the letter it names when it is one of {@link #MAILBOX_LETTER_NAMES}. */
    private static String asLetter(String lower) {
        return MAILBOX_LETTER_NAMES.contains(lower) ? namedLetter(lower) : lower;
    }

    /** The letter a word names ({@link SpokenIban#letterOfName}), in lower case; null when it names none. */
    private static String namedLetter(String lower) {
        char named = SpokenIban.letterOfName(lower, 0, lower.length());
        return named == 0 ? null : String.valueOf(Character.toLowerCase(named));
    }

    /** "B for bravo", German "k wie kaufmann", French "m comme marie", Spanish and Italian "como", "come". */
    static final Set<String> SPELLED_AS = Set.of("for", "like", "wie", "comme", "como", "come");

    /**
     * "f as in foxtrot", "B for bravo", "K as in kilo", "k wie kaufmann": a letter and the word that
     * spells it are that letter, spanning both.
     */
    private static List<Word> lettersAsIn(String text, List<Word> words) {
        List<Word> out = null;
        for (int k = 0; k < words.size(); k++) {
            Word letter = words.get(k);
            int spelledBy = -1;
            // (A comma after the letter is a pause before its word: "b, as in boy, w, as in william, ...".)
            if (isSpelledLetter(letter) && (!letter.openAfter() || k + 1 < words.size() && commaGap(text, letter, words.get(k + 1)))) {
                if (k + 3 < words.size() && words.get(k + 1).lower().equals("as") && words.get(k + 2).lower().equals("in")
                        && !words.get(k + 1).openAfter() && !words.get(k + 2).openAfter()) {
                    spelledBy = k + 3;
                } else if (k + 2 < words.size() && SPELLED_AS.contains(words.get(k + 1).lower()) && !words.get(k + 1).openAfter()) {
                    spelledBy = k + 2;
                }
            }
            if (spelledBy < 0 || !words.get(spelledBy).lower().startsWith(letter.lower())) {
                if (out != null) {
                    out.add(letter);
                }
                continue;
            }
            out = out == null ? new ArrayList<>(words.subList(0, k)) : out;
            Word word = words.get(spelledBy);
            // So is a comma after the word: the caller spells on.
            boolean pauseAfter = spelledBy + 1 < words.size() && commaGap(text, word, words.get(spelledBy + 1));
            out.add(new Word(letter.start(), word.end(), letter.lower(), letter.openBefore(), word.openAfter() && !pauseAfter));
            k = spelledBy;
        }
        return out == null ? words : out;
    }

    /** Most words joined by blanks between the last comma-spelled item and "at". */
    private static final int MAX_WORDS_BEFORE_AT = 3;
    /** Fewest letters spelled one by one in an address read out with a comma after every item. */
    private static final int MIN_COMMA_SPELLED = 4;

    /**
     * {@code d, o, n, n, a, dot, m, c, k, e, n, n, a, at, sky, dot, com}: an address spelled with a
     * pause after every letter and word. In a run of items each followed by ", " that holds at least
     * four single letters and a word for "at" (or is followed by one), the commas are read as blanks.
     */
    private static List<Word> commaSpelled(String text, List<Word> words) {
        List<Word> out = null;
        int k = 0;
        int spelledEnd = -1; // the last word of the spelled address before, when one was read
        while (k < words.size()) {
            int last = k;
            while (last + 1 < words.size() && commaGap(text, words.get(last), words.get(last + 1))) {
                last++;
            }
            // The "at" may follow the last spelled item after a blank: "..., e, dot, l at example dot ie",
            // or a few words after it ("..., g, underscore, four four at hotmail dot com").
            boolean atAfter = false;
            // ("..., a, seven eight, at hotmail dot com": a comma before it too.)
            for (int w = last + 1; w < words.size() && w <= last + MAX_WORDS_BEFORE_AT
                    && (words.get(w).start() == words.get(w - 1).end() + 1 || commaGap(text, words.get(w - 1), words.get(w)));
                    w++) {
                if (AT.contains(words.get(w).lower())) {
                    atAfter = true;
                    break;
                }
            }
            // The domain spelled on with commas after a blank ("..., Klammeraffe, kanzlei minus koerner, Punkt,
            // example, Punkt, de"): part of the address before it when it says a dot.
            boolean afterSpelled = spelledEnd == k - 1 && k > 0 && words.get(k).start() == words.get(k - 1).end() + 1
                    && text.charAt(words.get(k - 1).end()) == ' ';
            boolean domainGoesOn = afterSpelled && saysADot(words, k, last);
            if (last > k && (spelledAddress(words, k, last, atAfter) || domainGoesOn)) {
                out = out == null ? new ArrayList<>(words) : out;
                boolean local = true;
                for (int w = k; w <= last; w++) {
                    Word word = words.get(w);
                    local &= !AT.contains(word.lower());
                    // Spelled item by item, a letter's name is that letter, also one that is a word
                    // elsewhere ("ele, u, pe, i, te, a, punto, ese, ...": Spanish "te", "ese").
                    String named = local && word.lower().length() > 1 ? namedLetter(word.lower()) : null;
                    out.set(w, new Word(word.start(), word.end(), named != null ? named : word.lower(),
                            w == k && word.openBefore(), w == last && word.openAfter()));
                }
                spelledEnd = last;
            } else if (last == k && afterSpelled) {
                spelledEnd = k; // ("minus koerner": words joined by blanks go on the address)
            }
            k = last + 1;
        }
        return out == null ? words : out;
    }

    /** Whether one of words {@code from} to {@code to} (inclusive) is a word for a dot. */
    private static boolean saysADot(List<Word> words, int from, int to) {
        for (int w = from; w <= to; w++) {
            if (DOT.contains(words.get(w).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "j. o. e.": letters written as initials, a full stop and a blank after each. */
    private static boolean initialsGap(String text, Word before, Word after) {
        return after.start() == before.end() + 2 && text.charAt(before.end()) == '.' && text.charAt(before.end() + 1) == ' ';
    }

    private static boolean commaGap(String text, Word before, Word after) {
        return after.start() == before.end() + 2 && text.charAt(before.end()) == ',' && text.charAt(before.end() + 1) == ' ';
    }

    private static boolean spelledAddress(List<Word> words, int first, int last, boolean atAfter) {
        int letters = 0;
        boolean at = atAfter;
        for (int w = first; w <= last; w++) {
            letters += isSpelledLetter(words.get(w)) ? 1 : 0;
            at |= AT.contains(words.get(w).lower());
        }
        return letters >= MIN_COMMA_SPELLED && at;
    }

    /**
     * What ends a word: a blank, and in Chinese and Japanese text, which sets no blanks, a Han or kana
     * char or a full-width sign ("我重覆：mandy dot lau at gmail dot com。").
     */
    /** Blanks, and the '=' and '"' of a key and its value ({@code transcript="sanne punt ..."}, {@code Email=s dot ...}). */
    /** The end of a {@link #CJK_SIGNS} word at {@code i}, set apart by blanks, or -1. */
    private static int cjkSignEnd(String text, int i) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            return -1;
        }
        int end = i;
        while (end < text.length() && Chars.isCjk(text.charAt(end))) {
            end++;
        }
        return (end == text.length() || Character.isWhitespace(text.charAt(end))) && CJK_SIGNS.containsKey(text.substring(i, end))
                ? end : -1;
    }

    /**
     * The words for "at" and "dot" (and Japanese and Thai hyphens and underscores) of Japanese, Korean,
     * Chinese and Thai, written between blanks in a transcript ("aoi ドット saito アットマーク example
     * ドット jp", "minji 골뱅이 naver 점 com", "pim ดอท chanok แอท gmail ดอท com"), as the English word
     * each stands for. Written in those scripts, they are no words of their own to the
     * word scan (their letters are breaks), so they are looked for apart.
     */
    private static final Map<String, String> CJK_SIGNS = Map.ofEntries(Map.entry("\u30a2\u30c3\u30c8\u30de\u30fc\u30af", "at"),
            Map.entry("\u30a2\u30c3\u30c8", "at"), Map.entry("\u30c9\u30c3\u30c8", "dot"),
            Map.entry("\uace8\ubc45\uc774", "at"), Map.entry("\uc810", "dot"), Map.entry("\ub2f7", "dot"),
            Map.entry("\u827e\u7279", "at"), Map.entry("\u5c0f\u8001\u9f20", "at"), Map.entry("\u70b9", "dot"),
            Map.entry("\u9ede", "dot"),
            // Japanese "hyphen" and "underbar"; Thai "at", "dot", "underscore" (ขีดล่าง) and "hyphen" (ขีดกลาง).
            Map.entry("\u30cf\u30a4\u30d5\u30f3", "dash"), Map.entry("\u30a2\u30f3\u30c0\u30fc\u30d0\u30fc", "underscore"), Map.entry("\u0e41\u0e2d\u0e17", "at"), Map.entry("\u0e14\u0e2d\u0e17", "dot"),
            Map.entry("\u0e02\u0e35\u0e14\u0e25\u0e48\u0e32\u0e07", "underscore"), Map.entry("\u0e02\u0e35\u0e14\u0e01\u0e25\u0e32\u0e07", "dash"));

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == '=' || c == '"' || Chars.isCjk(c) || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uff65');
    }

    /**
     * Signs said in two or three words, as the one word they stand for: Spanish "guion bajo" and
     * French "tiret du bas" (underscore), Turkish "et işareti", English "at sign" and Indian English
     * "at the rate" (at), British "full stop" (dot).
     */
    private static final Map<String, String> SIGN_PHRASES = Map.ofEntries(Map.entry("guion bajo", "underscore"),
            Map.entry("gui\u00f3n bajo", "underscore"), Map.entry("tiret du bas", "underscore"),
            Map.entry("tiret bas", "underscore"), Map.entry("et i\u015fareti", "at"), Map.entry("at sign", "at"),
            Map.entry("at i\u015fareti", "at"), Map.entry("at the rate", "at"), Map.entry("at the rate of", "at"),
            // Vietnamese "a còng" and "gạch dưới"; Greek "káto pávla", in Greek and in Latin letters.
            Map.entry("a c\u00f2ng", "at"), Map.entry("g\u1ea1ch d\u01b0\u1edbi", "underscore"),
            Map.entry("a cong", "at"), Map.entry("gach duoi", "underscore"),
            // Basque "a bildua" (at); Turkish "kısa çizgi" (hyphen), with and without its accents.
            Map.entry("a bildua", "at"), Map.entry("k\u0131sa \u00e7izgi", "dash"), Map.entry("kisa cizgi", "dash"),
            Map.entry("\u03ba\u03ac\u03c4\u03c9 \u03c0\u03b1\u03cd\u03bb\u03b1", "underscore"),
            Map.entry("kato pavla", "underscore"),
            // Hebrew "kav tachton" (underscore) in Latin letters; Turkish "kuyruklu a" (the tailed a: at).
            Map.entry("kav tachton", "underscore"), Map.entry("kuyruklu a", "at"),
            // Romanian "a rond" and Indonesian "a keong" (the snail's a): at, said as two words.
            Map.entry("a rond", "at"), Map.entry("a keong", "at"),
            // British "full stop" (dot).
            Map.entry("full stop", "dot"),
            // Portuguese "traço baixo" and "traço inferior" (underscore).
            Map.entry("tra\u00e7o baixo", "underscore"), Map.entry("traco baixo", "underscore"),
            Map.entry("tra\u00e7o inferior", "underscore"),
            // Italian "trattino basso" (underscore), Turkish "alt çizgi" (underscore), Swedish "snabel a" (at).
            Map.entry("trattino basso", "underscore"), Map.entry("alt \u00e7izgi", "underscore"),
            Map.entry("snabel a", "at"),
            // Romanian "bară jos" and "liniuță jos" (underscore), with and without their accents.
            Map.entry("bar\u0103 jos", "underscore"), Map.entry("bara jos", "underscore"),
            Map.entry("liniu\u021b\u0103 jos", "underscore"), Map.entry("liniuta jos", "underscore"),
            // Croatian "donja crta", Slovenian "spodnja črta" (underscore).
            Map.entry("donja crta", "underscore"), Map.entry("spodnja \u010drta", "underscore"),
            Map.entry("spodnja crta", "underscore"),
            // Dutch "liggend streepje" and "laag streepje" (underscore).
            Map.entry("liggend streepje", "underscore"), Map.entry("laag streepje", "underscore"),
            // Ukrainian "нижнє підкреслення" and Russian "нижнее подчёркивание" (underscore).
            Map.entry("\u043d\u0438\u0436\u043d\u0454 \u043f\u0456\u0434\u043a\u0440\u0435\u0441\u043b\u0435\u043d\u043d\u044f", "underscore"),
            Map.entry("\u043d\u0438\u0436\u043d\u0435\u0435 \u043f\u043e\u0434\u0447\u0451\u0440\u043a\u0438\u0432\u0430\u043d\u0438\u0435", "underscore"),
            Map.entry("\u043d\u0438\u0436\u043d\u0435\u0435 \u043f\u043e\u0434\u0447\u0435\u0440\u043a\u0438\u0432\u0430\u043d\u0438\u0435", "underscore"));
    private static final int MAX_SIGN_WORDS = 4;

    private static List<Word> joinSignPhrases(List<Word> words) {
        List<Word> out = words;
        for (int k = words.size() - 2; k >= 0; k--) {
            for (int last = Math.min(out.size() - 1, k + MAX_SIGN_WORDS - 1); last > k; last--) {
                String sign = signPhrase(out, k, last);
                if (sign != null) {
                    if (out == words) {
                        out = new ArrayList<>(words);
                    }
                    Word first = out.get(k);
                    Word end = out.get(last);
                    out.set(k, new Word(first.start(), end.end(), sign, first.openBefore(), end.openAfter()));
                    out.subList(k + 1, last + 1).clear();
                    break;
                }
            }
        }
        return out;
    }

    /** What words {@code first} to {@code last}, set apart by single blanks only, say as one sign; or null. */
    private static String signPhrase(List<Word> words, int first, int last) {
        StringBuilder phrase = new StringBuilder(words.get(first).lower());
        for (int i = first + 1; i <= last; i++) {
            Word before = words.get(i - 1);
            Word word = words.get(i);
            if (before.openAfter() || word.openBefore() || word.start() != before.end() + 1) {
                return null;
            }
            phrase.append(' ').append(word.lower());
        }
        return SIGN_PHRASES.get(phrase.toString());
    }

    /**
     * Single letters separated by one blank ("m a r k") as the one word they spell: a name spelled
     * out for the agent. Only ever read as part of a spoken address, whose spoken "at", spoken dots
     * and known top-level domain are what make it one; "J R R Tolkien" or "a b c" elsewhere in the
     * text join into a word that nothing reads.
     */
    private static List<Word> joinSpelledLetters(String text, List<Word> words) {
        List<Word> out = null;
        int k = 0;
        while (k < words.size()) {
            int last = k;
            while (last + 1 < words.size() && last - k + 1 < MAX_SPELLED && isSpelledLetter(words.get(last))
                    && isSpelledLetter(words.get(last + 1)) && !words.get(last).openAfter()
                    && !words.get(last + 1).openBefore() && (words.get(last + 1).start() == words.get(last).end() + 1
                            && text.charAt(words.get(last).end()) == ' '
                            || commaGap(text, words.get(last), words.get(last + 1))
                            || initialsGap(text, words.get(last), words.get(last + 1)))) {
                last++;
            }
            if (last == k) {
                if (out != null) {
                    out.add(words.get(k));
                }
                k++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(words.subList(0, k));
            }
            StringBuilder joined = new StringBuilder(last - k + 1);
            for (int w = k; w <= last; w++) {
                joined.append(words.get(w).lower());
            }
            Word first = words.get(k);
            Word end = words.get(last);
            out.add(new Word(first.start(), end.end(), joined.toString(), first.openBefore(), end.openAfter()));
            k = last + 1;
        }
        return out == null ? words : out;
    }

    /**
     * Whether {@code word}, the whole local part before a paused "at", is a mailbox by its form: written
     * joined by a dot or an underscore ("juan.perez, arroba, ..."), or spelled letter by letter ("eme
     * jota ere uve, arroba, ..."); a single word of prose is not ("I was, at, home dot com").
     */
    private static boolean joinedMailbox(String text, Word word) {
        String lower = word.lower();
        if (lower.length() < 3) {
            return false;
        }
        int dot = lower.indexOf('.') >= 0 ? lower.indexOf('.') : lower.indexOf('_');
        return dot > 0 && dot < lower.length() - 1 || Chars.indexOf(text, ' ', word.start(), word.end()) >= 0;
    }

    /** A letter said alone, or spelled with the word for it ("K as in kilo", see {@link #lettersAsIn}). */
    private static boolean isSpelledLetter(Word word) {
        // ASCII only: an address's letters are; Italian "è" (is) before "emme punto sala ..." is not one.
        return word.lower().length() == 1 && Chars.isAsciiLetter(word.lower().charAt(0));
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
