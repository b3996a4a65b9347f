package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a text is written in, guessed from its commonest short words (or its script), for the
 * one use the classifier has for it: in which countries' phone plans a grouped number without a cue
 * is read. A Spanish chat's "desde el 910 55 82 13" or a Portuguese signature's "253 201 450" is a
 * number of a country that writes the language, as a number beside a Spanish phone number is
 * ({@link PhoneNumberDetector}).
 *
 * <p>Only words that belong to one language of the list count (not "de", "la", "con", "mi", "no",
 * shared by several), English words compete, and a guess needs {@value #MIN_WORDS} words of the
 * language ({@value #MIN_SCRIPT_WORDS} of a script) and twice as many as any other: a short or mixed
 * text has no language. Scripts that belong to one country's plan (Greek, Hangul, kana, Thai, Hebrew;
 * Bengali, Bangladesh's and West Bengal's; Ge'ez, Ethiopia's and Eritrea's; Tamil, Sri Lanka's and
 * India's; Devanagari, India's and Nepal's; Gurmukhi, Gujarati, Odia, Telugu, Kannada and Malayalam, India's) count each run of their letters as a word; Arabic and Han are written in too many countries
 * to name one, and Cyrillic and Arabic count only by the words of one language (Bulgarian's,
 * Russian's, Kazakh's, Tunisian's, Persian's, Urdu's).
 */
final class TextLanguage {

    /** A language of the list and the regions, in order, whose plans its texts are read in. */
    private enum Language {
        ENGLISH(List.of(),
                "the and is my your you to of it that for with this please call me we have can will be"
                        + " not are was"),
        SPANISH(List.of("ES", "MX", "AR", "CO", "CL", "PE", "AD"),
                "el los las y pero muy gracias usted hola llamar llamada llam\u00f3 llam\u00e9"
                        + " ll\u00e1mame tel\u00e9fono hay ya tambi\u00e9n cuando hasta se\u00f1or se\u00f1ora"
                        + " quiero puede buenos d\u00edas nuevo m\u00f3vil correo ahora tengo necesito mismo"
                        + " l\u00ednea s\u00ed est\u00e1 cero tres cuatro siete ocho nueve diez doce trece catorce"
                        + " quince veinte treinta cuarenta cincuenta sesenta ochenta cien ciento doscientos"
                        + " trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"
                        // Words of chats and calls that no other language of the list writes so.
                        + " llamo llama llame llamen llamaremos llamamos llamarme ayudarte ayudarle pueda puedo"
                        + " m\u00e1s ustedes entonces bueno pues ma\u00f1ana aqu\u00ed d\u00f3nde c\u00f3mo qu\u00e9"
                        + " despu\u00e9s nada estoy quer\u00eda l\u00edneas vale ahorita dime d\u00edgame"
                        // Words of notes, letters and SMS that no other language of the list writes so.
                        + " suministro p\u00f3liza emergencia hermana hermano a\u00f1os nueva despacio pide"
                        + " pidi\u00f3 llamemos llamara nieto nieta ayude consentimiento grabado quedan pendientes"
                        + " pendiente campa\u00f1a alguien hable tiene facturas evite suspensi\u00f3n"
                        + " llamando mensaje impago plantilla cuenta direcci\u00f3n env\u00edo sobrino sobrina hijo"
                        + " hija dice ella est\u00e1n hemos cambiar datos nombre apellidos correcto perfecto deuda"
                        + " importe seg\u00fan"
                        // Mexican and Colombian Spanish ("que no le marquen m\u00e1s al", "se inscribe en lista").
                        + " marquen marc\u00f3 inscribe"
                        // Catalan's words, the same way: a text in Catalan is written in Spain (or Andorra,
                        // whose six-digit numbers no other plan of these reads), and Spanish and Catalan
                        // share a call ("Agent (Arnau): Bon dia!" to a caller who answers in Spanish).
                        + " voldria gr\u00e0cies adre\u00e7a perqu\u00e8 quina quin tamb\u00e9 qu\u00e8 amb els"
                        + " dels aquest aquesta tel\u00e8fon m\u00f2bil correu carrer puc tinc vull s\u00f3c doncs"
                        + " avui nosaltres vost\u00e8 diu comptador cinc vuit dotze tretze vint seixanta"
                        + " setanta vuitanta noranta arrova perd\u00f3 plau ad\u00e9u mateix xarxa poble"
                        + " donar meva teu seu nostre estic s\u00f3n"),
        PORTUGUESE(List.of("PT", "BR"),
                "ent\u00e3o n\u00e3o voc\u00ea obrigado obrigada meu minha \u00e9 os um uma com em ao dos"
                        + " s\u00e3o tenho pode ligar liguei liga\u00e7\u00e3o telefone bom ol\u00e1 mas muito"
                        + " j\u00e1 agora quero preciso senhor senhora tamb\u00e9m atendimento dois sete oito dez"
                        + " doze vinte trinta quarenta cinquenta sessenta oitenta duzentos trezentos quatrocentos"
                        + " quinhentos seiscentos setecentos oitocentos novecentos cento"
                        // Words of European Portuguese chats, calls and notes that no other language of
                        // the list writes so.
                        + " ningu\u00e9m atende loja telem\u00f3vel telemovel fixo chamada chamadas olhe pois"
                        + " pronto portanto estou aqui at\u00e9 isso isto dela dele m\u00e3e irm\u00e3o filha marido"
                        + " vizinha senha conta cart\u00e3o pagamento pr\u00e9dio porteiro portabilidade"
                        + " encaminhado morada fatura n\u00f3s"
                        + " doador outro vosso deixou solto exijo assunto reclama\u00e7\u00e3o dispon\u00edvel"
                        + " liga ligou prefere contactado contactada depois pediu"),
        ITALIAN(List.of("IT"),
                "il di che \u00e8 non per sono mio mia grazie buongiorno chiamare chiamato richiamare"
                        + " cellulare gli della questo anche ho ci lei signora salve vorrei posso perch\u00e9"
                        + " gi\u00e0 indirizzo quindi esatto corretto perfetto allora s\u00ec due quattro cinque"
                        + " sette otto dieci venti trenta quaranta cinquanta sessanta settanta ottanta novanta"),
        GERMAN(List.of("DE", "AT", "CH"),
                "ich und der das ist nicht mit bitte danke ein eine mein meine wir auf f\u00fcr den dem"
                        + " nein r\u00fcckruf habe haben kann noch auch guten herr frau bei unter sich wie von eins"
                        + " zwei drei vier sechs sieben neun zehn zwanzig drei\u00dfig vierzig f\u00fcnfzig"),
        // France's overseas departments have plans of their own (Réunion's 0262 and 0692, the Antilles' 0590
        // and 0596, Guyane's 0594, Mayotte's 0269), read after mainland France's.
        FRENCH(List.of("FR", "BE", "CH", "RE", "GP", "MQ", "GF", "YT"),
                "je et les des est pas pour avec mon mes vous nous merci bonjour rappeler num\u00e9ro"
                        + " t\u00e9l\u00e9phone portable suis dans aux cette qui mais oui elle madame monsieur"
                        + " z\u00e9ro deux trois quatre cinq huit neuf dix vingt trente quarante cinquante soixante"),
        DUTCH(List.of("NL", "BE"),
                "ik het een niet voor mijn uw wij dank bedankt graag telefoon bellen terugbellen"
                        + " goedemiddag goedemorgen hoe ook maar nog zijn heb heeft bij naar dit dat"
                        + " op klant belt belde hij zij wil wordt werd geen deze wel meneer mevrouw vraagt"
                        + " bereikbaar afspraak nee wacht twee vijf zes zeven negen tien twaalf twintig"
                        + " dertig veertig vijftig zestig zeventig tachtig negentig weer straat meldt dus omdat"
                        + " welke kunt kunnen moet moeten alstublieft rekening bestelling factuur pakket"
                        // A note's words ("Klant ... meldt dubbele aanrekening voorschot januari", "nieuw BE-nummer").
                        + " nieuw nieuwe groet beste aangevraagd dubbele aanrekening voorschot vervalt verhuis"),
        POLISH(List.of("PL"),
                "nie jest si\u0119 \u017ce m\u00f3j moja mam dzie\u0144 dobry dzi\u0119kuj\u0119"
                        + " prosz\u0119 pan pani czy ju\u017c jestem zadzwoni\u0107"
                        // Number words no other language of the list writes so.
                        + " trzy cztery pi\u0119\u0107 sze\u015b\u0107 siedem osiem dziewi\u0119\u0107"
                        + " dziesi\u0119\u0107 dwadzie\u015bcia trzydzie\u015bci czterdzie\u015bci"
                        + " pi\u0119\u0107dziesi\u0105t sze\u015b\u0107dziesi\u0105t siedemdziesi\u0105t"
                        + " osiemdziesi\u0105t dziewi\u0119\u0107dziesi\u0105t dwie\u015bcie trzysta czterysta"
                        + " pi\u0119\u0107set sze\u015b\u0107set siedemset osiemset dziewi\u0119\u0107set"
                        // Words of notes, SMS and calls that no other language of the list writes so.
                        + " b\u0119dzie dost\u0119pny dost\u0119pna zg\u0142oszenie zosta\u0142o zosta\u0142a dniu"
                        + " godz numer numeru telefonu przepraszam konsultant"
                        + " mnie oraz kt\u00f3ry kt\u00f3ra"
                        // The same and a courier's and a shop's words as SMS and tickets write them, without
                        // diacritics ("Dzien dobry, kurier DPD bedzie jutro", "[Reklamacja]").
                        + " dzien bedzie prosze dziekuje przesylka przesylki zamowienie zamowienia"
                        + " reklamacja reklamacji zwrot zwrotu kurier"),
        CZECH_SLOVAK(List.of("CZ", "SK"),
                "jsem nen\u00ed d\u011bkuji dobr\u00fd \u010d\u00edslo m\u016fj moje m\u00e1te chci jste"
                        + " bych kter\u00fd som \u010fakujem m\u00f4j chcem ste ktor\u00fd \u00e1no"
                        // Words of calls, chats and notes, and number words, that no other language of the
                        // list writes so.
                        + " \u010d\u00edsla \u010d\u00edsle volal volala zavolat zavol\u00e1m pros\u00edm m\u00e1m m\u00e1me nov\u00e9 nov\u00fd"
                        + " star\u00e9 kur\u00fdr z\u00e1silka z\u00e1silku oper\u00e1tor oper\u00e1torka hovor \u00fa\u010det"
                        + " \u00fa\u010dtu je\u0161t\u011b pot\u0159ebuji po\u010dkejte klapka pros\u00edme nula \u0161est sedm"
                        + " dev\u011bt dvacet t\u0159icet \u010dty\u0159icet pades\u00e1t \u0161edes\u00e1t sedmdes\u00e1t"
                        + " osmdes\u00e1t devades\u00e1t t\u0159i \u010dty\u0159i p\u011bt p\u00e4\u0165 \u0161es\u0165"
                        + " dev\u00e4\u0165 \u0161tyri prep\u00e1\u010dte"
                        + " \u017e\u00e1d\u00e1 zp\u011btn\u00e9 vol\u00e1n\u00ed dotaz v\u00fdpisu poplatek veden\u00ed"
                        + " n\u00e1rok vr\u00e1cen\u00ed pozn\u00e1mka doru\u010dena podpis p\u0159evzal"
                        + " st\u00ed\u017enost pobo\u010dku dlouh\u00e9 \u010dek\u00e1n\u00ed klientka"),
        // Croatian, Serbian and Bosnian (Latin script), and Slovenian: words of calls, chats and notes
        // and number words that no other language of the list writes so (the words the two share,
        // "hvala", "oprostite", "kako", "trideset", "devet", count for neither).
        CROATIAN_SERBIAN(List.of("HR", "RS", "BA", "ME"),
                "dobar molim broj broja broju brojem mobitel mobitela mobitelu \u0161to ho\u0107u"
                        + " ovaj dakle zna\u010di kupac korisnik korisnica korisnika korisni\u010dki"
                        + " nazovite nazvati trebam \u0107u \u0107ete gospo\u0111o gospodine po\u0161tovani"
                        + " lijepo gdje sada tko ne\u0161to mo\u017ee mo\u017eete ugovor ugovora struja"
                        + " struju brojila jedan \u010detiri sedam osam dvadeset \u010detrdeset pedeset"
                        + " \u0161ezdeset sedamdeset osamdeset devedeset tristo dvjesto \u010detiristo"
                        + " petsto \u0161esto sedamsto osamsto devetsto korisniku provjeru provjera svakih"),
        SLOVENIAN(List.of("SI"),
                "sem lahko prosim \u0161tevilka \u0161tevilko \u0161tevilke stranka tukaj zdaj"
                        + " tudi kje pokli\u010de poklical poklicala pokli\u010dite mobi naslov elektriko"
                        + " dober sporo\u010dila zapisano preverite potrebujem pla\u010dnika ni\u010d"
                        + " \u0161tiri dvajset \u0161tirideset petdeset \u0161estdeset sedemdeset osemdeset"
                        + " devetdeset dvesto"
                        // Words of notes and calls that Croatian writes otherwise.
                        + " opomba sporo\u010da dosegljiva dosegljiv kli\u010dem klic klica poslu\u0161am kateri"
                        + " \u0161tevilki zunaj zahtevek pogodba pogodbe vezave stranki oddelka"),
        HUNGARIAN(List.of("HU"),
                "nem \u00e9s az egy hogy k\u00f6sz\u00f6n\u00f6m k\u00e9rem sz\u00e1mom telefonsz\u00e1m"
                        + " vagyok igen napot"
                        + " persze m\u00e9g egyszer \u00fcgyf\u00e9l \u00fcgyint\u00e9z\u0151 vonalas sz\u00e1ma mobilja mell\u00e9k"
                        + " h\u00edv\u00e1s nulla kett\u0151 h\u00e1rom n\u00e9gy \u00f6t h\u00e9t nyolc kilenc"),
        TURKISH(List.of("TR"),
                "bir ve bu i\u00e7in numaram numaras\u0131 te\u015fekk\u00fcr te\u015fekk\u00fcrler"
                        + " ederim l\u00fctfen evet hay\u0131r de\u011fil ben benim yok \u00e7ok merhaba bey"
                        + " han\u0131m"
                        // Written without the letters' marks, as chats and caps-lock write them; number words.
                        + " tesekkur tesekkurler lutfen degil hayir cok acaba tamam kargo siparis siparisim"
                        + " sipari\u015f sipari\u015fim m\u00fc\u015fteri musteri aray\u0131n arayin numarasi"
                        + " s\u0131f\u0131r iki \u00fc\u00e7 d\u00f6rt be\u015f alt\u0131 yedi sekiz dokuz yirmi otuz"
                        + " k\u0131rk altm\u0131\u015f yetmi\u015f seksen doksan y\u00fcz"
                        // Words of operators' notes and calls.
                        + " abone gelen servisi a\u00e7\u0131ld\u0131 hat hatt\u0131 sahibi numaraya numaralardan"
                        + " \u00f6demek \u00f6deme istiyor istiyorum \u00fc\u00e7\u00fcnc\u00fc ki\u015fi"
                        + " yap\u0131labilir aramalar\u0131 engelle temsilci paketi yapmak"),
        SCANDINAVIAN(List.of("SE", "NO", "DK"),
                "jag och \u00e4r inte tack jeg og ikke takk hei p\u00e5 ringa ringe mig meg hilsen"
                        + " v\u00e4nliga h\u00e4lsningar"
                        // Common words of Swedish, Norwegian and Danish that no other language of the list writes.
                        + " har med det til fra mitt kan vil hej tak deg dig hva hvad vad nej nei siger sier"
                        + " s\u00e4ger oppdatert opdateret uppdaterat r\u00e5dgiver r\u00e5dgivare nummeret numret"
                        + " riktig rigtig mobilen vent vente"
                        // Notes' and case files' words ("Företagskund, kontaktperson ..., växel ...", "kontaktad
                        // på ..., nekar. Spärrat.").
                        + " f\u00f6retagskund kontaktperson v\u00e4xel abonnemang kontaktad nekar sp\u00e4rrat"
                        + " d\u00e4refter f\u00f6rs\u00f6k mottagare inloggning"),
        LITHUANIAN(List.of("LT"),
                "labas sveiki a\u010di\u016b pra\u0161au mano j\u016bs\u0173 numeris telefonas taip nulis vienas trys"
                        + " keturi penki \u0161e\u0161i septyni a\u0161tuoni devyni atsipra\u0161au klientas agentas sutartis"),
        LATVIAN(List.of("LV"),
                "labdien paldies l\u016bdzu mans j\u016bsu numurs t\u0101lrunis nulle viens divi tr\u012bs \u010detri"
                        + " pieci se\u0161i septi\u0146i asto\u0146i devi\u0146i klients operators"),
        LUXEMBOURGISH(List.of("LU"),
                "moien ech sinn meng m\u00e4i \u00e4re \u00e4ren ass awer g\u00e4r \u00e4ddi hutt k\u00ebnnt"
                        + " zr\u00e9ck rufft ruffen fir eent zwee dr\u00e4i v\u00e9ier f\u00ebnnef siwen aacht n\u00e9ng"
                        + " zwielef \u00ebnner erreechen iech wann gitt hunn ginn elo villmools vum vun menger"),
        ESTONIAN(List.of("EE"),
                "minu teie palun ait\u00e4h tere jah kas selge numbril helistage teenindaja kontonumber isikukood"
                        + " mulle teile sooviksin aadress"),
        FINNISH(List.of("FI"),
                "min\u00e4 olen kiitos puhelin puhelinnumero ei ett\u00e4 mutta soittaa hyv\u00e4\u00e4"
                        + " p\u00e4iv\u00e4\u00e4 terveisin minun voitteko"),
        // South Africa's languages, whose speakers give a South African number: Afrikaans, Zulu and Xhosa,
        // Sotho and Tswana (their words that no other language of the list writes so).
        SOUTH_AFRICAN(List.of("ZA"),
                "dankie asseblief mevrou baie goeie m\u00f4re ek jy julle hulle nommer selfoon epos s\u00ea"
                        + " lekker bietjie ngiyabonga enkosi sawubona molo yebo hhayi inombolo yami yam yakho sisi"
                        + " bhuti ngifuna ngicela kunjani unjani kodwa futhi manje kakhulu dumela leboha kopa nomoro"
                        // Afrikaans words no Dutch text writes so: "Nuwe kaart ... Selnr 072-331-9087 bevestig".
                        + " nuwe bevestig gestop selnr oproep vandag"),
        // Nigerian Pidgin and Nigeria's languages, Ghana's Twi, Uganda's Luganda: their words, number words too.
        NIGERIAN(List.of("NG"), "dey wetin abeg una wahala oga sifiri takwas bakwai biyar eeji eeta aarun ookan abuo"
                + " itoolu asato"),
        GHANAIAN(List.of("GH"), "medaase chale \u025by\u025b hwee mmienu baako nkron nsia"),
        UGANDAN(List.of("UG"), "ssebo nnyabo webale zeero bbiri ssatu ttaano musanvu mukaaga munaana mwenda"),
        // Icelandic: its own letters' words, and its number words, which no other language of the list writes so.
        ICELANDIC(List.of("IS"),
                "\u00e9g \u00fea\u00f0 ekki h\u00e9rna \u00fe\u00fa \u00feetta \u00feakka \u00fe\u00e9r vi\u00f0 eru hj\u00e1"
                        + " s\u00edminn s\u00edman\u00famer s\u00edman\u00fameri\u00f0 netfang netfangi\u00f0 punktur"
                        // An agent's question: "in which phone do I reach you".
                        + " hva\u00f0a s\u00edma \u00feig"
                        + " vi\u00f0skiptavinur kennitala kennitalan heimilisfang g\u00f3\u00f0an daginn s\u00e6l s\u00e6ll"
                        + " einn tveir \u00fer\u00edr fj\u00f3rir fimm sj\u00f6 \u00e1tta n\u00edu t\u00edu fimmt\u00edu"
                        + " sext\u00edu sj\u00f6t\u00edu tuttugu \u00ferj\u00e1t\u00edu fj\u00f6rut\u00edu"
                        + " skrifstofunni vinnus\u00edminn reikningurinn"),
        // Romanian is Moldova's language too; their national numbers differ in length (0 and 9 digits, 0 and 8).
        ROMANIAN(List.of("RO", "MD"),
                "\u0219i este pentru mul\u021bumesc v\u0103 rog num\u0103rul mea sunt pe \u00een care"
                        + " bun\u0103 ziua domnul doamna telefonul"
                        + " unu doi trei patru cinci \u0219ase \u0219apte nou\u0103 zece dou\u0103zeci treizeci"
                        + " patruzeci cincizeci \u0219aizeci \u0219aptezeci optzeci nou\u0103zeci"
                        + " s\u0103 a\u021bi ave\u021bi pute\u021bi sunte\u021bi vreau mul\u021bumim acum doar sau"
                        + " dumneavoastr\u0103 notat adres\u0103 adresa contul factura"),
        // Cyrillic is written in many countries; these words are Bulgarian's alone among them.
        BULGARIAN(List.of("BG"),
                "\u043d\u0443\u043b\u0430 \u0435\u0434\u043d\u043e \u0447\u0435\u0442\u0438\u0440\u0438"
                        + " \u043f\u0435\u0442 \u0448\u0435\u0441\u0442 \u0441\u0435\u0434\u0435\u043c"
                        + " \u043e\u0441\u0435\u043c \u0434\u0435\u0432\u0435\u0442 \u0434\u0435\u0441\u0435\u0442"
                        + " \u0434\u0432\u0430\u0434\u0435\u0441\u0435\u0442 \u0442\u0440\u0438\u0434\u0435\u0441\u0435\u0442"
                        + " \u0447\u0435\u0442\u0438\u0440\u0438\u0434\u0435\u0441\u0435\u0442"
                        + " \u043f\u0435\u0442\u0434\u0435\u0441\u0435\u0442 \u0448\u0435\u0441\u0442\u0434\u0435\u0441\u0435\u0442"
                        + " \u0441\u0435\u0434\u0435\u043c\u0434\u0435\u0441\u0435\u0442"
                        + " \u043e\u0441\u0435\u043c\u0434\u0435\u0441\u0435\u0442"
                        + " \u0434\u0435\u0432\u0435\u0442\u0434\u0435\u0441\u0435\u0442"
                        + " \u0431\u043b\u0430\u0433\u043e\u0434\u0430\u0440\u044f \u043c\u043e\u043b\u044f"
                        + " \u0441\u044a\u043c \u0442\u043e\u0432\u0430 \u0441\u0430\u043c\u043e"
                        // Bulgarian in Latin letters: its number words and words of calls no other language
                        // of the list writes so.
                        + " edno chetiri shest zdraveyte blagodarya telefonat telefonniya nomerat nomera kazhete"
                        + " zapishete chakayte molya porachka porachkata kartata obazhdam tochno vizhdam kazvam"
                        + " iskam shte"),
        // Russian, as Russia and Kazakhstan write it (one country code, one trunk prefix "8"): words of
        // calls, chats and notes and number words that no other language of the list writes so.
        RUSSIAN(List.of("RU", "KZ"),
                "\u0437\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435"
                        + " \u0441\u043f\u0430\u0441\u0438\u0431\u043e"
                        + " \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430 \u044d\u0442\u043e"
                        + " \u0447\u0442\u043e \u043c\u0435\u043d\u044f \u043c\u043d\u0435 \u043d\u0435\u0442"
                        + " \u043d\u043e\u043c\u0435\u0440 \u043d\u043e\u043c\u0435\u0440\u0430"
                        + " \u043d\u043e\u043c\u0435\u0440\u0443"
                        + " \u0442\u0435\u043b\u0435\u0444\u043e\u043d\u0430"
                        + " \u0442\u0435\u043b\u0435\u0444\u043e\u043d \u043a\u043b\u0438\u0435\u043d\u0442"
                        + " \u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440 \u043c\u043e\u0436\u043d\u043e"
                        + " \u0441\u0435\u0439\u0447\u0430\u0441 \u0432\u0430\u0441 \u0435\u0441\u043b\u0438"
                        + " \u043a\u043e\u0433\u0434\u0430 \u0442\u043e\u043b\u044c\u043a\u043e"
                        + " \u0443\u0436\u0435 \u0435\u0449\u0451 \u043f\u043e\u0447\u0435\u043c\u0443"
                        + " \u043d\u043e\u043b\u044c \u0432\u043e\u0441\u0435\u043c\u044c"
                        + " \u0441\u0435\u043c\u044c \u043f\u044f\u0442\u044c \u0448\u0435\u0441\u0442\u044c"
                        + " \u0434\u0435\u0432\u044f\u0442\u044c \u0434\u0435\u0441\u044f\u0442\u044c"
                        + " \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044c"
                        + " \u0442\u0440\u0438\u0434\u0446\u0430\u0442\u044c \u0441\u043e\u0440\u043e\u043a"
                        + " \u043f\u044f\u0442\u044c\u0434\u0435\u0441\u044f\u0442"
                        + " \u0448\u0435\u0441\u0442\u044c\u0434\u0435\u0441\u044f\u0442"
                        + " \u0441\u0435\u043c\u044c\u0434\u0435\u0441\u044f\u0442"
                        + " \u0432\u043e\u0441\u0435\u043c\u044c\u0434\u0435\u0441\u044f\u0442"
                        + " \u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442\u043e"
                        + " \u0434\u0432\u0435\u0441\u0442\u0438 \u0442\u0440\u0438\u0441\u0442\u0430"
                        + " \u0447\u0435\u0442\u044b\u0440\u0435\u0441\u0442\u0430"
                        + " \u043f\u044f\u0442\u044c\u0441\u043e\u0442"
                        + " \u0448\u0435\u0441\u0442\u044c\u0441\u043e\u0442"
                        + " \u0441\u0435\u043c\u044c\u0441\u043e\u0442"
                        + " \u0432\u043e\u0441\u0435\u043c\u044c\u0441\u043e\u0442"
                        + " \u0434\u0435\u0432\u044f\u0442\u044c\u0441\u043e\u0442"
                        + " \u0437\u0432\u043e\u043d\u0438\u043b \u0437\u0432\u043e\u043d\u0438\u043b\u0430"
                        + " \u043f\u043e\u0437\u0432\u043e\u043d\u0438\u0442\u0435"
                        + " \u043f\u0435\u0440\u0435\u0437\u0432\u043e\u043d\u0438\u0442\u0435"
                        + " \u043a\u0430\u0440\u0442\u0443 \u043a\u0430\u0440\u0442\u0430"
                        + " \u0437\u0430\u043a\u0430\u0437 \u0434\u0435\u043d\u044c\u0433\u0438"
                        + " \u043f\u0440\u0438\u043b\u043e\u0436\u0435\u043d\u0438\u0435"
                        + " \u0434\u043e\u0431\u0440\u044b\u0439"
                        // Words of agents' notes and messages.
                        + " \u0437\u0430\u043c\u0435\u0442\u043a\u0430"
                        + " \u043a\u043b\u0438\u0435\u043d\u0442\u043a\u0430 \u0441\u0432\u044f\u0437\u044c"
                        + " \u043f\u043e\u0441\u043b\u0435 \u043f\u0440\u043e\u0441\u0438\u0442"
                        + " \u0445\u043e\u0447\u0435\u0442 \u0433\u043e\u0432\u043e\u0440\u0438\u0442"
                        + " \u0441\u043a\u0430\u0437\u0430\u043b \u0441\u043a\u0430\u0437\u0430\u043b\u0430"
                        + " \u043e\u043f\u043b\u0430\u0442\u0438\u043b"
                        + " \u043e\u043f\u043b\u0430\u0442\u0438\u043b\u0430"
                        + " \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0430"
                        + " \u043a\u0443\u0440\u044c\u0435\u0440 \u0432\u043e\u043f\u0440\u043e\u0441"
                        + " \u0431\u0443\u0434\u0435\u0442 \u043a\u043e\u0442\u043e\u0440\u044b\u0439"
                        + " \u043a\u043e\u0442\u043e\u0440\u0430\u044f \u0432\u0441\u0451"
                        + " \u0442\u043e\u0436\u0435 \u043e\u043d\u0430 \u0435\u0433\u043e \u0435\u0451"
                        + " \u043f\u0440\u0438\u0445\u043e\u0434\u044f\u0442 \u043f\u0438\u0448\u0435\u0442"
                        + " \u0443\u0434\u043e\u0441\u0442\u043e\u0432\u0435\u0440\u0435\u043d\u0438\u044f"
                        + " \u0437\u0432\u043e\u043d\u043a\u0435 \u043e\u0437\u0432\u0443\u0447\u0438\u043b"
                        + " \u043f\u0440\u0438\u0434\u0451\u0442 \u043f\u043e\u0447\u0442\u0443"),
        // Kazakh in Cyrillic and Uzbek in Latin letters, written in their own countries.
        KAZAKH(List.of("KZ"),
                "\u043c\u0435\u043d\u0456\u04a3 \u043d\u04e9\u043c\u0456\u0440\u0456\u043c"
                        + " \u043d\u04e9\u043c\u0456\u0440"
                        + " \u0441\u04d9\u043b\u0435\u043c\u0435\u0442\u0441\u0456\u0437"
                        + " \u0440\u0430\u0445\u043c\u0435\u0442 \u0438\u04d9 \u0436\u043e\u049b"
                        + " \u0441\u0435\u0433\u0456\u0437 \u0436\u0435\u0442\u0456 \u0436\u04af\u0437"
                        + " \u0436\u0435\u0442\u043f\u0456\u0441 \u049b\u044b\u0440\u044b\u049b"
                        + " \u0435\u043b\u0443 \u0435\u043a\u0456 \u04af\u0448 \u0442\u04e9\u0440\u0442"
                        + " \u0431\u0435\u0441 \u0430\u043b\u0442\u044b \u0442\u043e\u0493\u044b\u0437"
                        + " \u0436\u0438\u044b\u0440\u043c\u0430 \u043e\u0442\u044b\u0437"
                        + " \u0430\u043b\u043f\u044b\u0441 \u0441\u0435\u043a\u0441\u0435\u043d"
                        + " \u0442\u043e\u049b\u0441\u0430\u043d \u0434\u04b1\u0440\u044b\u0441"
                        + " \u0431\u0430\u0440"),
        UZBEK(List.of("UZ"),
                "raqamim raqam raqamingiz rahmat iltimos salom assalomu alaykum ikki uch besh olti"
                        + " yetti sakkiz yigirma qirq ellik oltmish yetmish sakson mijoz kerak bilan uchun menga"
                        + " sizning"),
        // Persian in Arabic script: words, with Persian's own letters (پ چ ژ گ ی ک), that Arabic does not
        // write so; Iran's plan (Arabic script counts only by the words of one language).
        PERSIAN(List.of("IR"),
                "\u0627\u0633\u062a \u0647\u0633\u062a \u0634\u0645\u0627\u0631\u0647"
                        + " \u0645\u0645\u0646\u0648\u0646 \u0644\u0637\u0641\u0627\u064b"
                        + " \u0644\u0637\u0641\u0627 \u0628\u0641\u0631\u0645\u0627\u06cc\u06cc\u062f"
                        + " \u062e\u06cc\u0644\u06cc \u0631\u0648 \u0631\u0627 \u06cc\u0647 \u0627\u06cc\u0646"
                        + " \u0627\u0648\u0646 \u0686\u06cc \u06a9\u0646\u06cc\u062f \u0628\u06af\u06cc\u062f"
                        + " \u062f\u0627\u0631\u06cc\u062f \u0634\u0645\u0627 \u06a9\u0647"
                        + " \u0628\u0631\u0627\u06cc \u062a\u0645\u0627\u0633"
                        + " \u0645\u0648\u0628\u0627\u06cc\u0644 \u062a\u0644\u0641\u0646"
                        + " \u0647\u0645\u0631\u0627\u0647 \u0645\u0634\u062a\u0631\u06cc"
                        + " \u0627\u067e\u0631\u0627\u062a\u0648\u0631"
                        + " \u06a9\u0627\u0631\u0634\u0646\u0627\u0633 \u0627\u06cc\u0645\u06cc\u0644"
                        + " \u062f\u0631\u0633\u062a\u0647 \u0628\u0644\u0647"
                        + " \u0628\u0628\u062e\u0634\u06cc\u062f \u06cc\u06a9 \u062f\u0648 \u0633\u0647"
                        + " \u0686\u0647\u0627\u0631 \u067e\u0646\u062c \u0634\u0634 \u0647\u0641\u062a"
                        + " \u0647\u0634\u062a \u0635\u0641\u0631 \u062f\u0647 \u0628\u06cc\u0633\u062a"
                        + " \u067e\u0646\u062c\u0627\u0647 \u0634\u0635\u062a \u0647\u0641\u062a\u0627\u062f"
                        + " \u0647\u0634\u062a\u0627\u062f \u0646\u0648\u062f \u0635\u062f"
                        + " \u062f\u0648\u06cc\u0633\u062a \u0633\u06cc\u0635\u062f"
                        + " \u0686\u0647\u0627\u0631\u0635\u062f \u067e\u0627\u0646\u0635\u062f"
                        + " \u0634\u0634\u0635\u062f \u0647\u0641\u062a\u0635\u062f"
                        + " \u0647\u0634\u062a\u0635\u062f \u0646\u0647\u0635\u062f"),
        // Urdu in Arabic script: words, with Urdu's own letters (ٹ ڈ ڑ ں ہ ے), that neither Arabic nor
        // Persian writes so; Pakistan's plan, and India's, whose Muslims speak and write it too.
        URDU(List.of("PK", "IN"),
                "\u06c1\u06d2 \u06c1\u06cc\u06ba \u0645\u06cc\u0631\u0627 \u0645\u06cc\u0631\u06cc"
                        + " \u0645\u06cc\u0631\u06d2 \u0622\u067e \u06a9\u0627 \u06a9\u06cc \u06a9\u06d2"
                        + " \u0646\u0645\u0628\u0631 \u0679\u06be\u06cc\u06a9"
                        + " \u0628\u062a\u0627\u0626\u06cc\u06ba \u0628\u062a\u0627 \u062f\u06cc\u06ba"
                        + " \u06a9\u0631\u06cc\u06ba \u0634\u06a9\u0631\u06cc\u06c1 \u06c1\u0648\u06ba"
                        + " \u0646\u06c1\u06cc\u06ba \u06af\u0627\u06c1\u06a9 \u06a9\u0627\u0644\u0631"
                        + " \u0627\u06cc\u062c\u0646\u0679 \u062a\u06cc\u0646 \u067e\u0627\u0646\u0686"
                        + " \u0622\u0679\u06be \u0686\u06be"),
        MALAY_INDONESIAN(List.of("ID", "MY"),
                "saya yang dan tidak ini itu untuk dengan ada boleh kasih nomor nombor sudah akan kami"
                        + " anda tolong mohon sila dari belum bisa"
                        // Words of calls and their number words.
                        + " penelepon pemanggil pelanggan ejen iya pak maaf emel kosong nol satu tiga empat lima"
                        + " enam tujuh delapan lapan sembilan sepuluh belas puluh ratus"),
        // Hindi written in Latin letters (Hinglish), as Indian chats, notes and speech-to-text write it;
        // India's plan. (Not "mera", "mere", "raha": Spanish, English and Finnish words too.)
        HINGLISH(List.of("IN"),
                "hai hain nahi nahin haan aap aapka aapki aapke apna apni meri kya kyun kyunki karo karein"
                        + " kariye kijiye bolo bolna boliye bhai bhaiya accha acha achha theek thik wala wali wale"
                        + " naya nayi purana purani abhi matlab yaar arre lekin hoon rahi rahe gaya gayi diya"
                        + " chahiye bataiye batao likho likhiye sahi galat kaun kitna wapas jaldi"
                        // Tamil and Telugu in Latin letters, their number words too: India's as well.
                        + " sonna puriyudha romba konjam enna andi cheppandi ledu undi garu"
                        + " poojyam onnu rendu moonu naalu anju aaru ezhu ettu onbadhu okati moodu naalugu aidu"
                        + " enimidi tommidi sunna"
                        // Kannada and Malayalam.
                        + " nanna ente chetta maadi maadtini cheyyamo ondu eradu mooru naalku ombattu randu ombathu"
                        // Bengali in Latin letters.
                        + " hobe tarikh amar apnar kintu bolben achhe korben ekta theke"),
        // Haitian Creole: Haiti's plan (eight digits, "trant-sis, kat, senk, senkant-sèt, diznèf").
        HAITIAN_CREOLE(List.of("HT"),
                "mwen bonjou bonswa m\u00e8si nimewo telef\u00f2n bezwen kounye kijan tanpri konnen manman voye ajan"
                        + " kliyan zewo twa senk s\u00e8t n\u00e8f youn trant karant senkant swasant katreven"),
        // Māori: New Zealand's plan ("kia ora, my number's kore rua tahi, rima waru toru, ...").
        MAORI(List.of("NZ"), "kia ora t\u0113n\u0101 koe kore tahi toru wh\u0101 rima whitu waru iwa"),
        // Albanian: Albania's and Kosovo's plans ("zero katër, dy dy tre, katër pesë gjashtë shtatë", Tirana).
        ALBANIAN(List.of("AL", "XK"),
                "\u00ebsht\u00eb numri numrin faleminderit lutem un\u00eb dhe p\u00ebr shum\u00eb mir\u00eb klienti agjenti"
                        + " telefonit celularit n\u00eb pra nj\u00eb gjasht\u00eb shtat\u00eb tet\u00eb n\u00ebnt\u00eb kat\u00ebr pes\u00eb"),
        TAGALOG(List.of("PH"),
                "ang ng mga po ko ako namin lang sa yung hindi salamat opo naman kasi"
                        // Cebuano's and Ilocano's, which Filipino callers speak too.
                        + " akong naa namo dinhi balay bana kani unsa diay gihapon numerok manang agyamanak"),
        VIETNAMESE(List.of("VN"),
                "c\u1ee7a v\u00e0 ch\u1ecb anh kh\u00f4ng \u0111\u01b0\u1ee3c s\u1ed1 \u0111i\u1ec7n"
                        + " tho\u1ea1i cho l\u00e0 \u1ea1 nh\u00e9 v\u1edbi t\u00f4i"),
        // Greek written in Latin letters, as chats and messages often are.
        GREEKLISH(List.of("GR", "CY"), "kai thelw exw einai kalispera kalimera efxaristw eyxaristw euxaristw parakalw"
                + " tilefwno thlefwno kinito logariasmo dwrean kalese kaleste mporeite mporw giati pws"
                // (and the words of an operator's SMS and a dispatcher's chat: "i aitisi forititas tou ...
                // oloklirothike", "pairnw ton pelati sto ...")
                + " tou tis stin stis sas plirofories pliroforia dorean aitisi oloklirothike agapite agapiti"
                + " pelati pelatis arithmo arithmos arithmou tilefono kinhto thelo efxaristo parakalo simera"
                + " avrio logariasmos syndesi sundesi energopoieitai lixi pairnw pairno apanta kaneis eimai exete"),
        // Moroccan, Algerian and Tunisian Arabic as written in Latin letters (the digits of "mte3ek",
        // "ra9m" split a word; the letters around them count when they are a word of their own) and, for
        // Tunisian, words of its own in Arabic letters ("متاع", "برشا", "الحريف"). Their numbers differ in
        // length (nine digits after the 0, nine, eight), so a number reads in one of them at most.
        // Levantine Arabic in Latin letters and digits, as Lebanese, Syrian and Jordanian callers chat and
        // dictate: its words and its number words.
        LEVANTINE(List.of("LB", "JO", "SY"),
                "kifak kifik kifkon shu hayda hayde baddi bade badde ma3ak ma3ik ra2me ra2mi mni7 mnih ktir kteer"
                        + " yislamo tlete tmene tnen hek halla2 2albe 3anjad"),
        // Egyptian Arabic, in Arabic letters and in Latin ones: words no other dialect writes so ("يا فندم",
        // "عايز", "دلوقتي", "كده", its "اتنين" and "تلاتة"). Egypt's plan, whose mobiles "010", "011", "012" and
        // "015" no other plan of the region writes in eleven digits.
        EGYPTIAN(List.of("EG"),
                "\u0641\u0646\u062f\u0645 \u0639\u0627\u064a\u0632 \u0639\u0627\u064a\u0632\u0629 \u0639\u0627\u0648\u0632 \u0639\u0627\u0648\u0632\u0629 \u0627\u0632\u0627\u064a \u0625\u0632\u0627\u064a \u062f\u0644\u0648\u0642\u062a\u064a \u0643\u062f\u0647 \u0643\u062f\u0627 \u0628\u062a\u0627\u0639\u064a \u0628\u062a\u0627\u0639\u062a\u064a \u0628\u062a\u0627\u0639 \u0628\u062a\u0627\u0639\u0643 \u0627\u062a\u0646\u064a\u0646 \u062a\u0644\u0627\u062a\u0629 \u062a\u0644\u0627\u062a\u0647 \u062a\u0645\u0627\u0646\u064a\u0629 \u062a\u0645\u0627\u0646\u064a\u0647 \u062d\u0636\u0631\u062a\u0643 \u0623\u0648\u064a \u0627\u0648\u064a \u0645\u0641\u064a\u0634 \u0641\u064a\u0646 \u0628\u0631\u0636\u0647"
                        + " keda kda ezay ezzay fandem mafeesh awy fein"),
        // Gulf Arabic: Saudi and Emirati words ("ابغى", "الحين", "وايد") and Saudi's "جوال" for a mobile.
        GULF(List.of("SA", "AE", "KW", "QA", "BH", "OM"),
                "\u0627\u0628\u063a\u0649 \u0623\u0628\u063a\u0649 \u0627\u0628\u063a\u064a \u0628\u063a\u064a\u062a \u0627\u0644\u062d\u064a\u0646 \u0634\u0644\u0648\u0646 \u0648\u0627\u064a\u062f \u062d\u064a\u0627\u0643 \u0645\u0634\u0643\u0648\u0631 \u0627\u0644\u062c\u0648\u0627\u0644 \u062c\u0648\u0627\u0644\u0643 \u062c\u0648\u0627\u0644\u064a \u062c\u0648\u0627\u0644 \u062a\u0631\u0627\u0646\u064a \u0648\u062f\u064a \u0648\u0634"
                        + " abgha alhin mashkoor jwal jawal jwalk"),
        MAGHREBI(List.of("MA", "DZ", "TN"),
                "aslema ahla bik noumrou moula mte famma barcha bzaf bezzaf wach wesh chno chnowa chnou kifach"
                        + " kifech bghit nheb safi yezzi mzyan behi daba tawa rani raho hamdoulah khouya"
                        + " sahbi wakha ghir mazal dyali dyalek dyal choukran chokran smeh smahli afak"
                        + " \u0645\u062a\u0627\u0639 \u0645\u062a\u0627\u0639\u064a \u0645\u062a\u0627\u0639\u0643"
                        + " \u0628\u0631\u0634\u0627 \u0627\u0644\u062d\u0631\u064a\u0641 \u0646\u062d\u0628"
                        + " \u0628\u0627\u0634 \u0641\u0645\u0627 \u0634\u0646\u0648\u0629"),
        // Cantonese in Jyutping, as Hong Kong callers' speech is written ("ngo5 ge3 din6 waa2 hai6 ..."), its
        // words read without their tone digits; only those no other language writes so: Hong Kong's and Macau's.
        CANTONESE(List.of("HK", "MO"), "ngo waa goi mou jau zung gwo"),
        GREEK(List.of("GR", "CY"), ""),
        KOREAN(List.of("KR"), ""),
        JAPANESE(List.of("JP"), ""),
        THAI(List.of("TH"), ""),
        HEBREW(List.of("IL"), ""),
        // Bengali is written in Bangladesh and in India's West Bengal.
        BENGALI(List.of("BD", "IN"), ""),
        // Ge'ez script: Amharic and Tigrinya, written in Ethiopia and Eritrea.
        AMHARIC(List.of("ET", "ER"), ""),
        // Tamil is written in Sri Lanka and India (and by their diaspora, whose numbers have their '+').
        TAMIL(List.of("LK", "IN"), ""),
        // Devanagari: Hindi and Marathi in India, Nepali in Nepal.
        HINDI(List.of("IN", "NP"), ""),
        // India's other scripts: Gurmukhi (Punjabi), Gujarati, Odia, Telugu, Kannada, Malayalam.
        INDIC(List.of("IN"), "");

        private final List<String> regions;
        private final String words;

        Language(List<String> regions, String words) {
            this.regions = regions;
            this.words = words;
        }
    }

    /** Fewest words of a language for a guess. */
    static final int MIN_WORDS = 3;
    /** Fewest words (or glued letters) of a script that names a country. */
    static final int MIN_SCRIPT_WORDS = 2;
    /** Longest word of the lists. */
    private static final int MAX_WORD = 16;
    /** The first char of the Greek block: no letter before it is in a script of the list. */
    private static final char FIRST_SCRIPT_CHAR = '\u0370';

    private static final Map<String, Language> WORDS = new HashMap<>();

    static {
        for (Language language : Language.values()) {
            for (String word : language.words.split(" ")) {
                if (!word.isEmpty() && WORDS.put(word, language) != null) {
                    throw new IllegalStateException("a word listed twice: " + word);
                }
            }
        }
    }

    private TextLanguage() {
    }

    /** The regions of the language {@code text} is written in, in order; empty when no language stands out. */
    static List<String> regions(String text) {
        return regions(text, 0, text.length());
    }

    /** {@link #regions(String)} of the words of {@code text[from, to)}. */
    static List<String> regions(String text, int from, int to) {
        int[] counts = new int[Language.values().length];
        int i = from;
        if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++; // the rest of a word cut in two is no word
            }
        }
        int length = to;
        while (length < text.length() && Character.isLetter(text.charAt(length))) {
            length++;
        }
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && (Character.isLetter(text.charAt(end)))) {
                end++;
            }
            Character.UnicodeScript script = c >= FIRST_SCRIPT_CHAR ? Character.UnicodeScript.of(c) : null;
            if (script != null && script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.ARABIC) {
                countScripts(text, i, end, counts);
            } else if (end - i <= MAX_WORD && !inAddress(text, i, end)) {
                Language language = WORDS.get(text.substring(i, end).toLowerCase(Locale.ROOT));
                if (language != null) {
                    counts[language.ordinal()]++;
                }
            }
            i = end;
        }
        int best = 0;
        int second = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                second = counts[best];
                best = k;
            } else if (k != best && counts[k] > second) {
                second = counts[k];
            }
        }
        Language language = Language.values()[best];
        // Two words of a script that one country writes say as much as three of a word list.
        int fewest = language.words.isEmpty() ? MIN_SCRIPT_WORDS : MIN_WORDS;
        if (counts[best] < fewest || counts[best] < 2 * second) {
            return List.of();
        }
        return language.regions;
    }

    /**
     * Countries, and their biggest cities, whose numbers a text that names them holds: a clinic "for
     * Galway" gives its line as "091 563 208", a Kiwi caller theirs as "09 555 0194". Only the names of
     * places, not of languages ("a Spanish-speaking agent" says nothing of a number's country). English
     * texts name their countries so where a number has no cue of its country of its own.
     */
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("ireland", "IE"), Map.entry("irish", "IE"), Map.entry("dublin", "IE"), Map.entry("cork", "IE"),
            Map.entry("galway", "IE"), Map.entry("limerick", "IE"), Map.entry("waterford", "IE"),
            Map.entry("zealand", "NZ"), Map.entry("auckland", "NZ"), Map.entry("wellington", "NZ"),
            Map.entry("christchurch", "NZ"), Map.entry("hamilton", "NZ"),
            Map.entry("australia", "AU"), Map.entry("australian", "AU"), Map.entry("sydney", "AU"),
            Map.entry("melbourne", "AU"), Map.entry("brisbane", "AU"), Map.entry("adelaide", "AU"),
            Map.entry("canberra", "AU"),
            // Turkey and its biggest cities ("İstanbul" lower-cased keeps its dot above, U+0307).
            Map.entry("turkey", "TR"), Map.entry("t\u00fcrkiye", "TR"), Map.entry("turkiye", "TR"),
            Map.entry("istanbul", "TR"), Map.entry("i\u0307stanbul", "TR"), Map.entry("ankara", "TR"),
            Map.entry("izmir", "TR"), Map.entry("i\u0307zmir", "TR"), Map.entry("bursa", "TR"), Map.entry("antalya", "TR"),
            Map.entry("spain", "ES"), Map.entry("madrid", "ES"), Map.entry("barcelona", "ES"),
            Map.entry("italy", "IT"), Map.entry("milan", "IT"), Map.entry("rome", "IT"),
            Map.entry("portugal", "PT"), Map.entry("lisbon", "PT"),
            Map.entry("luxembourg", "LU"), Map.entry("luxemburg", "LU"), Map.entry("andorra", "AD"),
            Map.entry("cura\u00e7ao", "CW"), Map.entry("curacao", "CW"), Map.entry("aruba", "AW"), Map.entry("bonaire", "BQ"),
            Map.entry("suriname", "SR"), Map.entry("paramaribo", "SR"), Map.entry("l\u00ebtzebuerg", "LU"),
            Map.entry("qatar", "QA"), Map.entry("doha", "QA"), Map.entry("dubai", "AE"), Map.entry("sharjah", "AE"),
            Map.entry("saudi", "SA"), Map.entry("riyadh", "SA"), Map.entry("jeddah", "SA"), Map.entry("kuwait", "KW"),
            Map.entry("bahrain", "BH"), Map.entry("oman", "OM"), Map.entry("muscat", "OM"),
            Map.entry("iceland", "IS"), Map.entry("\u00edsland", "IS"), Map.entry("reykjav\u00edk", "IS"),
            Map.entry("reykjavik", "IS"), Map.entry("somalia", "SO"), Map.entry("somaliland", "SO"),
            Map.entry("hargeisa", "SO"), Map.entry("mogadishu", "SO"), Map.entry("muqdisho", "SO"),
            // West and East Africa's countries and cities, whose callers name where they call from ("I dey call from Kano").
            Map.entry("ghana", "GH"), Map.entry("accra", "GH"), Map.entry("kumasi", "GH"), Map.entry("abuja", "NG"),
            Map.entry("kano", "NG"), Map.entry("sokoto", "NG"), Map.entry("ibadan", "NG"), Map.entry("enugu", "NG"),
            Map.entry("uganda", "UG"), Map.entry("kampala", "UG"), Map.entry("tanzania", "TZ"), Map.entry("dodoma", "TZ"),
            Map.entry("mombasa", "KE"), Map.entry("kisumu", "KE"),
            // Southern Africa: South Africa's cities, its neighbours and their capitals.
            Map.entry("stellenbosch", "ZA"), Map.entry("sandton", "ZA"), Map.entry("pietermaritzburg", "ZA"),
            Map.entry("durban", "ZA"), Map.entry("pretoria", "ZA"), Map.entry("soweto", "ZA"), Map.entry("gqeberha", "ZA"),
            Map.entry("bloemfontein", "ZA"), Map.entry("polokwane", "ZA"), Map.entry("mthatha", "ZA"),
            Map.entry("mozambique", "MZ"), Map.entry("mo\u00e7ambique", "MZ"), Map.entry("maputo", "MZ"),
            Map.entry("zimbabwe", "ZW"), Map.entry("harare", "ZW"), Map.entry("bulawayo", "ZW"),
            Map.entry("botswana", "BW"), Map.entry("gaborone", "BW"), Map.entry("namibia", "NA"),
            Map.entry("windhoek", "NA"), Map.entry("lesotho", "LS"), Map.entry("maseru", "LS"),
            Map.entry("eswatini", "SZ"), Map.entry("swaziland", "SZ"),
            // East Asia's countries and biggest cities, named by English speakers ("my Korean number ... the one in Seoul").
            Map.entry("korea", "KR"), Map.entry("seoul", "KR"), Map.entry("busan", "KR"), Map.entry("japan", "JP"),
            Map.entry("tokyo", "JP"), Map.entry("osaka", "JP"), Map.entry("taiwan", "TW"), Map.entry("taipei", "TW"),
            Map.entry("kowloon", "HK"), Map.entry("china", "CN"), Map.entry("beijing", "CN"), Map.entry("shanghai", "CN"),
            Map.entry("singapore", "SG"), Map.entry("malaysia", "MY"), Map.entry("philippines", "PH"),
            Map.entry("manila", "PH"), Map.entry("africa", "ZA"), Map.entry("johannesburg", "ZA"),
            Map.entry("nigeria", "NG"), Map.entry("lagos", "NG"), Map.entry("kenya", "KE"), Map.entry("nairobi", "KE"),
            // The Maghreb, in French and English, and its biggest cities; Italy and Spain in French.
            Map.entry("maroc", "MA"), Map.entry("morocco", "MA"), Map.entry("casablanca", "MA"), Map.entry("rabat", "MA"),
            Map.entry("marrakech", "MA"), Map.entry("tanger", "MA"), Map.entry("agadir", "MA"),
            Map.entry("alg\u00e9rie", "DZ"), Map.entry("algeria", "DZ"), Map.entry("alger", "DZ"), Map.entry("algiers", "DZ"),
            Map.entry("tunisie", "TN"), Map.entry("tunisia", "TN"),
            Map.entry("tunis", "TN"), Map.entry("sfax", "TN"), Map.entry("sousse", "TN"), Map.entry("italie", "IT"),
            Map.entry("espagne", "ES"),
            // Latin America, whose families a US or Spanish centre's callers top up and call ("recarga para
            // Honduras", "el número en El Salvador"): its countries and biggest cities.
            Map.entry("m\u00e9xico", "MX"), Map.entry("mexico", "MX"), Map.entry("guadalajara", "MX"),
            Map.entry("monterrey", "MX"), Map.entry("acapulco", "MX"), Map.entry("tijuana", "MX"),
            Map.entry("canc\u00fan", "MX"), Map.entry("cancun", "MX"), Map.entry("cabo", "MX"), Map.entry("m\u00e9rida", "MX"),
            Map.entry("puebla", "MX"), Map.entry("cdmx", "MX"), Map.entry("mexican", "MX"), Map.entry("mexicano", "MX"),
            Map.entry("mexicana", "MX"), Map.entry("colombian", "CO"), Map.entry("colombiano", "CO"),
            Map.entry("colombiana", "CO"), Map.entry("medell\u00edn", "CO"), Map.entry("medellin", "CO"),
            Map.entry("haiti", "HT"), Map.entry("ha\u00efti", "HT"), Map.entry("haitian", "HT"),
            Map.entry("port-au-prince", "HT"),
            Map.entry("guatemala", "GT"), Map.entry("honduras", "HN"), Map.entry("tegucigalpa", "HN"),
            Map.entry("salvador", "SV"), Map.entry("nicaragua", "NI"), Map.entry("managua", "NI"),
            Map.entry("panam\u00e1", "PA"), Map.entry("panama", "PA"), Map.entry("dominicana", "DO"),
            Map.entry("colombia", "CO"), Map.entry("bogot\u00e1", "CO"), Map.entry("ecuador", "EC"),
            Map.entry("guayaquil", "EC"), Map.entry("venezuela", "VE"), Map.entry("caracas", "VE"),
            Map.entry("per\u00fa", "PE"), Map.entry("peru", "PE"),
            // India, its biggest cities, and its identity number, which only its residents quote.
            Map.entry("india", "IN"), Map.entry("mumbai", "IN"), Map.entry("delhi", "IN"), Map.entry("bengaluru", "IN"),
            Map.entry("bangalore", "IN"), Map.entry("chennai", "IN"), Map.entry("kolkata", "IN"),
            Map.entry("hyderabad", "IN"), Map.entry("pune", "IN"), Map.entry("ahmedabad", "IN"), Map.entry("aadhaar", "IN"));
    /**
     * The countries a text deals in, by its currency's sign or a payment system only that country runs
     * ("₹49", "₪129.90", "UPI", "IMPS"): a customer of that country's services, whose bare mobile number is that
     * country's ({@code PhoneNumberDetector} reads one as it reads one in a text in the country's
     * language).
     */
    static List<String> paymentRegions(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            String region = currencyRegion(text.charAt(i));
            if (region != null) {
                return List.of(region);
            }
        }
        for (String word : INDIAN_PAYMENT_WORDS) {
            int at = text.indexOf(word, from);
            if (at >= 0 && at < to && !Chars.wordCharAt(text, at - 1) && !Chars.wordCharAt(text, at + word.length())) {
                return List.of("IN");
            }
        }
        return currencyCodeRegions(text, from, to);
    }

    /**
     * ISO 4217 codes of currencies only one country pays in, written in capitals as a word ("refund of SGD 1,288.00",
     * "disputes HKD 5,600"), and the dollar signs that name their country ("S$", "HK$", "R$"). Not the euro's, the
     * US dollar's or a code that is also a word in capitals (PHP, TRY, MAD, PEN, GEL).
     */
    private static final Map<String, String> CURRENCY_CODES = Map.ofEntries(Map.entry("SGD", "SG"), Map.entry("S$", "SG"),
            Map.entry("HKD", "HK"), Map.entry("HK$", "HK"), Map.entry("MYR", "MY"), Map.entry("AED", "AE"), Map.entry("SAR", "SA"),
            Map.entry("QAR", "QA"), Map.entry("KWD", "KW"), Map.entry("BHD", "BH"), Map.entry("OMR", "OM"), Map.entry("INR", "IN"),
            Map.entry("THB", "TH"), Map.entry("IDR", "ID"), Map.entry("NZD", "NZ"), Map.entry("NZ$", "NZ"), Map.entry("AUD", "AU"),
            Map.entry("A$", "AU"), Map.entry("ZAR", "ZA"), Map.entry("NGN", "NG"), Map.entry("KES", "KE"), Map.entry("GHS", "GH"),
            Map.entry("BRL", "BR"), Map.entry("R$", "BR"), Map.entry("MXN", "MX"), Map.entry("PLN", "PL"), Map.entry("CZK", "CZ"),
            Map.entry("HUF", "HU"), Map.entry("RON", "RO"), Map.entry("SEK", "SE"), Map.entry("NOK", "NO"), Map.entry("DKK", "DK"),
            Map.entry("CHF", "CH"), Map.entry("ILS", "IL"), Map.entry("JPY", "JP"), Map.entry("KRW", "KR"), Map.entry("CNY", "CN"),
            Map.entry("RMB", "CN"), Map.entry("TWD", "TW"), Map.entry("VND", "VN"), Map.entry("EGP", "EG"), Map.entry("UAH", "UA"),
            Map.entry("PKR", "PK"), Map.entry("BDT", "BD"), Map.entry("LKR", "LK"), Map.entry("NPR", "NP"), Map.entry("COP", "CO"),
            Map.entry("CLP", "CL"), Map.entry("ARS", "AR"));

    private static List<String> currencyCodeRegions(String text, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && end - i < 3 && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == '$') {
                end++;
            }
            String region = CURRENCY_CODES.get(text.substring(i, end));
            // (An amount may be glued to it: "S$40", "SGD1,288".)
            if (region != null && (end == text.length() || !Character.isLetter(text.charAt(end)) && text.charAt(end) != '_')) {
                return List.of(region);
            }
        }
        return List.of();
    }

    /**
     * The country whose currency the sign {@code c} is, of the signs that only one country's currency
     * has ("₹", "₪", "₺", "₱", "₩", "₫", "₴", "₦", "₽", "₸", "฿", "₾", "৳", "₵"); null for any other char.
     */
    private static String currencyRegion(char c) {
        return switch (c) {
            case '\u20b9' -> "IN";
            case '\u20aa' -> "IL";
            case '\u20ba' -> "TR";
            case '\u20b1' -> "PH";
            case '\u20a9' -> "KR";
            case '\u20ab' -> "VN";
            case '\u20b4' -> "UA";
            case '\u20a6' -> "NG";
            case '\u20bd' -> "RU";
            case '\u20b8' -> "KZ";
            case '\u0e3f' -> "TH";
            case '\u20be' -> "GE";
            case '\u09f3' -> "BD";
            case '\u20b5' -> "GH";
            default -> null;
        };
    }

    /** India's payment systems and ids, as written in capitals. */
    private static final List<String> INDIAN_PAYMENT_WORDS = List.of("UPI", "IMPS", "NEFT", "RTGS", "Aadhaar");

    /** Longest name of {@link #PLACES}. */
    private static final int MAX_PLACE = PLACES.keySet().stream().mapToInt(String::length).max().orElseThrow();

    /**
     * Singapore and Dubai, where many Indian callers live and work, named in India's scripts (Tamil, Devanagari,
     * Malayalam, Telugu, Bengali): "என் சிங்கப்பூர் நம்பர் ...". Found as Chinese names are, by their chars:
     * the vowel signs inside these words are no letters.
     */
    private static final Map<String, String> INDIC_PLACES = Map.of("\u0b9a\u0bbf\u0b99\u0bcd\u0b95\u0baa\u0bcd\u0baa\u0bc2\u0bb0\u0bcd", "SG", "\u0ba4\u0bc1\u0baa\u0bbe\u0baf\u0bcd", "AE", "\u0938\u093f\u0902\u0917\u093e\u092a\u0941\u0930", "SG", "\u0926\u0941\u092c\u0908", "AE", "\u0d38\u0d3f\u0d02\u0d17\u0d2a\u0d4d\u0d2a\u0d42\u0d7c", "SG", "\u0d26\u0d41\u0d2c\u0d3e\u0d2f\u0d4d", "AE", "\u0c38\u0c3f\u0c02\u0c17\u0c2a\u0c42\u0c30\u0c4d", "SG", "\u0c26\u0c41\u0c2c\u0c3e\u0c2f\u0c4d", "AE", "\u09b8\u09bf\u0999\u09cd\u0997\u09be\u09aa\u09c1\u09b0", "SG", "\u09a6\u09c1\u09ac\u09be\u0987", "AE");

    /** Places Chinese names in characters, simplified and traditional, with the countries whose numbers they give. */
    private static final Map<String, String> HAN_PLACES = Map.of("\u9999\u6e2f", "HK", "\u6fb3\u9580", "MO", "\u6fb3\u95e8", "MO",
            "\u53f0\u7063", "TW", "\u53f0\u6e7e", "TW", "\u6fb3\u6d32", "AU", "\u65b0\u52a0\u5761", "SG",
            "\u7d10\u897f\u862d", "NZ", "\u65b0\u897f\u5170", "NZ");

    /**
     * Gulf countries and cities named in Arabic and Urdu script, with the countries whose numbers they give
     * ("قطر کا نمبر ٣٣٥٤ ٧١٩٠"). (Not "عمان", which is Oman's and Amman's.)
     */
    private static final Map<String, String> ARABIC_PLACES = Map.ofEntries(Map.entry("\u0642\u0637\u0631", "QA"), Map.entry("\u0627\u0644\u062f\u0648\u062d\u0629", "QA"), Map.entry("\u062f\u0648\u062d\u06c1", "QA"), Map.entry("\u062f\u0628\u064a", "AE"), Map.entry("\u062f\u0628\u0626\u06cc", "AE"), Map.entry("\u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a", "AE"), Map.entry("\u0627\u0644\u0627\u0645\u0627\u0631\u0627\u062a", "AE"), Map.entry("\u0627\u0645\u0627\u0631\u0627\u062a", "AE"), Map.entry("\u0623\u0628\u0648\u0638\u0628\u064a", "AE"), Map.entry("\u0627\u0628\u0648\u0638\u0628\u06cc", "AE"), Map.entry("\u0627\u0644\u0633\u0639\u0648\u062f\u064a\u0629", "SA"), Map.entry("\u0633\u0639\u0648\u062f\u06cc", "SA"), Map.entry("\u0633\u0639\u0648\u062f\u06cc\u06c1", "SA"), Map.entry("\u0627\u0644\u0631\u064a\u0627\u0636", "SA"), Map.entry("\u0631\u06cc\u0627\u0636", "SA"), Map.entry("\u0645\u0633\u0642\u0637", "OM"), Map.entry("\u0627\u0644\u0643\u0648\u064a\u062a", "KW"), Map.entry("\u06a9\u0648\u06cc\u062a", "KW"), Map.entry("\u0627\u0644\u0628\u062d\u0631\u064a\u0646", "BH"), Map.entry("\u0628\u062d\u0631\u06cc\u0646", "BH"));

    /**
     * The regions of the places {@code text[from, to)} names ({@link #PLACES}, {@link #HAN_PLACES},
     * {@link #INDIC_PLACES}, {@link #ARABIC_PLACES}): the places named in Chinese and India's scripts first,
     * then the others in the order named. The currency a text pays in is {@link #paymentRegions}'.
     */
    static List<String> namedRegions(String text, int from, int to) {
        List<String> regions = new ArrayList<>(2);
        for (Map<String, String> places : List.of(HAN_PLACES, INDIC_PLACES)) {
            for (Map.Entry<String, String> place : places.entrySet()) {
                int at = text.indexOf(place.getKey(), from);
                if (at >= 0 && at < to && !regions.contains(place.getValue())) {
                    regions.add(place.getValue()); // "香港號碼係 9187 2265": the place named in Chinese
                }
            }
        }
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            String region = null;
            if (text.charAt(i) >= '\u0621' && text.charAt(i) <= '\u06ff') {
                region = ARABIC_PLACES.get(word);
            } else if (end - i >= 4 && end - i <= MAX_PLACE) {
                region = PLACES.get(word.toLowerCase(Locale.ROOT));
                if (region != null && !Character.isUpperCase(text.charAt(i)) && !LOWER_CASE_PLACES.contains(word)
                        && !afterPlacePreposition(text, i)) {
                    region = null; // in lower case alone, a name that is also a word ("cork") names no place
                }
            }
            if (region != null && !regions.contains(region)) {
                regions.add(region);
            }
            i = end;
        }
        return regions;
    }

    /**
     * Prepositions of place ("à luxembourg ville", "from ireland", "aus österreich"): after one, a place's
     * name counts when speech-to-text writes it in lower case, as a name that is also a word ("cork",
     * "hamilton") would not alone.
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("\u00e0", "au", "en", "in", "from", "aus", "nach",
            "naar", "uit", "em", "desde", "dal", "dalla");

    /**
     * Places of {@link #PLACES} whose names no language of the centres uses as a word or a person's name:
     * speech-to-text writes them in lower case wherever they stand ("55692997 kuwait zain"). Not "cork",
     * "hamilton", "india", "salvador" or "victoria".
     */
    private static final Set<String> LOWER_CASE_PLACES = Set.of("qatar", "doha", "dubai", "sharjah", "saudi", "riyadh",
            "jeddah", "kuwait", "bahrain", "oman", "muscat", "singapore", "malaysia", "philippines", "manila", "nigeria",
            "lagos", "kenya", "nairobi", "luxembourg", "luxemburg", "ireland", "dublin", "portugal", "lisbon", "morocco",
            "maroc", "casablanca", "algeria", "tunisia", "mexico", "mexican", "cdmx", "colombian",
            "guatemala", "honduras", "nicaragua", "colombia",
            "ecuador", "venezuela", "mumbai", "delhi", "bengaluru", "bangalore", "chennai", "kolkata", "hyderabad",
            "australia", "sydney", "melbourne", "auckland");

    private static boolean afterPlacePreposition(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = Chars.lettersStart(text, end);
        return end < start && from < end && PLACE_PREPOSITIONS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word {@code text[start, end)} is a part of an e-mail address or a host name, glued to
     * an '@' or a dot between letters: "facturatie@flandria-energie.be" says nothing of the language
     * around it (its "be" is no English word).
     */
    private static boolean inAddress(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return before == '@' || after == '@'
                || (before == '.' && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2)))
                || (after == '.' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
    }

    /**
     * Characters only written Cantonese uses (its possessive 嘅, its negation 唔, its "right" 啱, its
     * "give" 畀, ...): Han is written in too many countries to name one, but these are Hong Kong's and
     * Macau's ("我 個 電話 係 九 四 五 三 ... 啱 唔 啱").
     */
    private static final String CANTONESE_CHARS = "\u5605\u5514\u5497\u55ba\u5571\u5187\u4f62\u54cb\u5622\u5481"
            + "\u4e5c\u569f\u7540\u7747\u8ad7\u5572\u54a9\u55f0\u5649\u56c9";
    /** 係, Cantonese's "is"; standard Chinese writes it only in words such as 關係 and 係數 (and Taiwan's 係指). */
    private static final char HAI = '\u4fc2';
    private static final String BEFORE_HAI_IN_WORDS = "\u95dc\u5173\u806f\u8054";
    private static final String AFTER_HAI_IN_WORDS = "\u6307\u6578\u6570\u7d71\u7edf";

    private static boolean cantoneseAt(String text, int i) {
        char c = text.charAt(i);
        if (c == HAI) {
            return !(i > 0 && BEFORE_HAI_IN_WORDS.indexOf(text.charAt(i - 1)) >= 0)
                    && !(i + 1 < text.length() && AFTER_HAI_IN_WORDS.indexOf(text.charAt(i + 1)) >= 0);
        }
        return CANTONESE_CHARS.indexOf(c) >= 0;
    }

    /**
     * Counts the letters of {@code text[start, end)} in a script that names one country: a Greek or
     * Hebrew word counts once, as words of the lists do; Hangul, kana and Thai, written without
     * blanks between words, count each letter (a Japanese word may start with Han, which names no
     * country, and go on in kana).
     */
    private static void countScripts(String text, int start, int end, int[] counts) {
        for (int i = start; i < end; i++) {
            Language language = switch (Character.UnicodeScript.of(text.charAt(i))) {
                case GREEK -> Language.GREEK;
                case HEBREW -> Language.HEBREW;
                case HANGUL -> Language.KOREAN;
                case HIRAGANA, KATAKANA -> Language.JAPANESE;
                case THAI -> Language.THAI;
                case BENGALI -> Language.BENGALI;
                case ETHIOPIC -> Language.AMHARIC;
                case TAMIL -> Language.TAMIL;
                case DEVANAGARI -> Language.HINDI;
                case GURMUKHI, GUJARATI, ORIYA, TELUGU, KANNADA, MALAYALAM -> Language.INDIC;
                case HAN -> cantoneseAt(text, i) ? Language.CANTONESE : null;
                default -> null;
            };
            if (language != null) {
                counts[language.ordinal()]++;
                if (language == Language.GREEK || language == Language.HEBREW || language == Language.BENGALI
                        || language == Language.AMHARIC || language == Language.TAMIL || language == Language.HINDI
                        || language == Language.INDIC) {
                    return;
                }
            }
        }
    }
}
