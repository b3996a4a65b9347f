package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in free text without a language model: a name is a run of capitalised words
 * that a phrase introduces ("my name is", "this is ... speaking", "Mr.", "customerName":), or that
 * starts with a common given name. This is heuristic: it misses names written in lower case or
 * without context, and it cannot tell a person from a capitalised product or place that follows
 * "this is". docs/classification-evaluation.md records how well it does.
 */
public final class PersonNameDetector implements Detector {

    public static final String NAME = "person-name";

    // One name word: capitalised letters, optionally O'/D' prefixed, Mc/Mac, or double-barrelled
    // ("Gonzalez-Reyes", "Mei-Ling", "Min-jun"). Every repetition is bounded so a long run of letters
    // cannot make the engine backtrack far.
    private static final String WORD =
        "(?:\\p{Lu}['’])?(?:Ma?c)?\\p{Lu}\\p{Ll}{1,24}(?:-\\p{L}\\p{Ll}{1,24})?";
    private static final String PARTICLE =
        "(?:de|van|der|den|von|da|di|del|della|la|le|du|dos|das|al|bin|ibn|ter|ten)";
    private static final Pattern NAME_WORDS = Pattern.compile(
        "(?<![\\p{L}\\d'’-])" + WORD + "(?:[ ](?:" + PARTICLE + "[ ]){0,2}" + WORD + "){0,3}(?![\\p{L}\\d])");
    private static final Pattern SINGLE_WORD = Pattern.compile(WORD);
    // Initials before a surname after a cue: "name on card R. Patel", "approved by A. J. Whitcombe".
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.[ ]?){1,3}(?=\\p{Lu}\\p{Ll})");

    private static final String FAMILY = "(?:wife|husband|partner|son|daughter|mother|mum|mom|father|dad"
        + "|sister|brother|colleague|assistant|supervisor|manager|friend|boyfriend|girlfriend|fianc[eé]e?"
        + "|grandson|granddaughter|grandmother|grandfather|nan|gran|aunt|uncle|nephew|niece|carer|child)";

    // Ordered alternation: the longer, stronger phrases must win where they start at the same place
    // as a weaker one ("Customer Name:" before "Customer").
    private static final Pattern TRIGGER = Pattern.compile(
        "(?<![\\p{L}\\d])(?:"
            + "(?<strong>(?:my[ ](?:full[ ])?name(?:[ ]is|'s|’s)|(?:the[ ])?name[ ]is"
            + "|(?:customer|caller|client|account|card|agent|contact|first|last|full|given|family|sur|display|middle|maiden|legal|preferred)?[ _]?(?:name|naam|nombre|nome|nom)"
            + "|account[ _]?holder|acct[ ]holder|card[ _]?holder"
            + ")[\"']?[ ]{0,2}[:=][ ]{0,2}[\"']?"
            // A JSON or key=value field that holds a person: "holder":"Kenji Watanabe", agent=Chloé Lambert.
            + "|[\"'](?:holder|(?:from|to|assigned)?_?agent(?:_?name)?|customer|caller|applicant)[\"'][ ]{0,2}:[ ]{0,2}[\"']"
            + "|(?:holder|agent|applicant)="
            + "|name[ ]on[ ](?:the[ ])?(?:card|account)(?:[ ]is)?[:]?[ ]{1,3}"
            + "|(?:my[ ](?:full[ ])?name(?:[ ]is|'s|’s)|mein[ ]name[ ]ist|je[ ]m['’]appelle|me[ ]llamo"
            + "|mi[ ]nombre[ ]es|mijn[ ]naam[ ]is|ich[ ]hei(?:ß|ss)e|(?:the[ ])?name[ ]is)[ ]{1,3})"
            + "|(?<medium>(?:this[ ]is|it['’]?s|it[ ]is|i['’]m|i[ ]am|speak(?:ing)?[ ](?:to|with)"
            + "|spoke[ ](?:to|with)|talking[ ]to|ask(?:ed)?[ ]for|on[ ]behalf[ ]of|authori[sz]ed[ ]user"
            + "|hier[ ]ist|ich[ ]bin|je[ ]suis|soy|ik[ ]ben|met|sprechen[ ]mit|spreekt[ ]met"
            + "|le[ ]atiende|vous[ ]êtes[ ]bien"
            // Who holds an account, in the languages the sets use.
            + "|(?:konto|karten)?inhaber(?:in)?|t\\.[ ]?n\\.[ ]?v\\.|ten[ ]name[ ]van|au[ ]nom[ ]de|a[ ]nombre[ ]de"
            + "|em[ ]nome[ ]de|intestat[oa][ ]a)[ ]{1,3})"
            + "|(?<weak>(?:hi|hello|hey|dear|thanks|thank[ ]you|cheers|regards|best[ ]regards|kind[ ]regards"
            + "|yours[ ](?:faithfully|sincerely)|sincerely|cordialement|saludos|groeten|namaste"
            + "|mit[ ]freundlichen[ ]grü(?:ß|ss)en|from:)[,:]?\\s{1,4}"
            // No colon after a relative: "my wife: ..." is not an introduction.
            + "|(?:(?:my|his|her|our|your|their|(?:the[ ])?(?:cx|cust|customer|client|caller)['’]s)[ ]" + FAMILY + ")"
            + ",?[ ]{1,3})"
            // Cues that count only before a listed given name (or initials): each is also followed
            // by teams, products and desks ("Customer Service", "through to Billing", "thanks Team").
            + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // Cues that count only before a listed given name (or initials): each is also followed by teams,
    // products and desks ("Customer Service", "through to Billing", "thanks Team"). They are looked
    // for backwards from a given name, which is rare, rather than at every word of the text.
    private static final Pattern GIVEN_CUE = Pattern.compile(
        "(?<![\\p{L}\\d])"
            + "(?:"
            // A role word without colon: "Customer: Guten Tag" is a speaker label, not an introduction.
            + "customer|caller|agent|engineer|technician|tenant|user|parent|cx|cust|client|cliente|klant|kunde|kundin"
            + "|applicant|supervisor|supv|colleague|advisor|adviser|rep|representative|coll[eè]gue|kolleg(?:e|in)"
            + "|collega|compa[nñ]er[oa]|conseill[eè]re?|berater(?:in)?|medewerker|holder|titular"
            // Handovers.
            + "|through[ ]to|transferr?(?:ed|ing)(?:[ ]you)?[ ]to|handed(?:[ ]over)?[ ]to|passed(?:[ ]you)?[ ]to"
            + "|put[ ]you[ ]through[ ]to|escalated[ ]to|assigned[ ]to|handled[ ]by|approved[ ]by|signed[ ]by"
            + "|contact|reach[ ]out[ ]to|call[ ]back[ ]from|ask[ ]for"
            // Informal thanks, greetings and sign-offs.
            + "|thx|ty|tx|ta|thank[ ]u|many[ ]thanks|merci|danke|gracias|grazie|obrigad[oa]|bedankt"
            + "|dank[ ]je(?:[ ]wel)?|bonjour|bonsoir|salut|hallo|hola|hoi|ciao|ol[aá]|moin|servus|buongiorno|buenos[ ]d[ií]as"
            + "|goedemorgen|goedemiddag|okay|ok|alright|sorry(?:[ ]about[ ]that)?"
            + "|best[ ]wishes|best|warm[ ]regards|gru(?:ß|ss)|grü(?:ß|ss)e|viele[ ]grü(?:ß|ss)e|liebe[ ]grü(?:ß|ss)e"
            + "|beste[ ]grü(?:ß|ss)e|lg|vg|groet|groetjes|met[ ]vriendelijke[ ]groet|vriendelijke[ ]groet(?:en)?"
            + "|un[ ]saludo|atentamente|saluti|cordiali[ ]saluti|cumprimentos|atenciosamente|abra[cç]os?|bien[ ]à[ ]vous"
            // A comma may follow ("Thanks, Dana"), a colon may not: "Customer: Hoi" is a speaker label.
            + "),?\\s{1,4}\\z",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // What the look-behind of TRIGGER, TITLE and GIVEN_CUE asks: no letter or digit before.
    private static final StartSearch.StartTest WORD_START = (text, i) ->
        i == 0 || !(Character.isLetter(text.charAt(i - 1)) || Chars.isAsciiDigit(text.charAt(i - 1)));
    // A trigger starts a word, with chars one of its phrases can start with. Ten chars, not six:
    // "customer", "account" and "caller" open cue phrases and ordinary sentences alike, and a
    // failed try of this pattern costs as much as the rest of a short text.
    private static final StartSearch TRIGGER_START = StartSearch.of(TRIGGER, WORD_START, 10);
    // A run of name words starts with a capital that no letter, digit, apostrophe or hyphen precedes,
    // and goes on with a lower-case letter or an apostrophe ("I", "SSN" and "IBAN" start none).
    private static final StartSearch NAME_START = new StartSearch("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (text, i) -> {
        if (!Character.isUpperCase(text.charAt(i)) || !nameWordGoesOn(text, i, text.length())) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !(Character.isLetter(before) || Chars.isAsciiDigit(before) || before == '\'' || before == '’' || before == '-');
    });
    // Looked for backwards from a given name, in the few dozen chars before it.
    private static final StartSearch GIVEN_CUE_START = StartSearch.of(GIVEN_CUE, WORD_START);
    private static final Pattern TITLE = Pattern.compile(
        "(?<![\\p{L}\\d])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Madame|Monsieur|Mlle|Sr|Sra|Srta|Dña|Doña"
            + "|Sig\\.ra|Signora|Signor|[Mm]evr|[Mm]evrouw|[Dd]hr|[Mm]eneer)\\.?[ ]{1,3}");
    private static final Pattern AFTER_NAME = Pattern.compile(
        "[ ]{1,3}(?:here|speaking|calling|mein[ ]Name)(?![\\p{L}])|[ ]{1,3}<[^<>\\s@]{1,64}@");
    // What follows a given name in a handover or an aside; it counts only after a listed given name.
    private static final Pattern AFTER_GIVEN_NAME = Pattern.compile(
        "[ ]{1,3}(?:will[ ](?:pick[ ]up|call[ ]you|be[ ]with[ ]you|take[ ]over|look[ ]after|help[ ]you)"
            + "|transferred|handed[ ]over|escalated|logged|approved|called[ ]back|hier|aqu[ií]|ici|ji)(?![\\p{L}])");
    private static final Pattern INITIALS_BEFORE = Pattern.compile("(?:\\p{Lu}\\.[ ]?){1,3}\\z");
    private static final StartSearch TITLE_START = StartSearch.of(TITLE, WORD_START);
    private static final int LOOKAHEAD = 200;
    private static final int LOOKBACK = 48;

    static final double STRONG = 0.85;
    static final double GIVEN_NAME_BONUS = 0.05;
    static final double MEDIUM_GIVEN = 0.8;
    static final double MEDIUM = 0.55;
    static final double WEAK_GIVEN = 0.75;
    static final double WEAK_MULTI = 0.55;
    static final double WEAK = 0.4;
    static final double SHAPE_GIVEN = 0.65;
    static final double FOLLOWED_BY_CUE = 0.8;

    private final NameLexicon lexicon;

    public PersonNameDetector() {
        this(NameLexicon.INSTANCE);
    }

    PersonNameDetector(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Detection> detect(String text) {
        if (!hasCapital(text)) {
            return List.of(); // every finding starts with a capital: a name word's or an initial's
        }
        Scan scan = new Scan(text);
        List<Detection> candidates = new ArrayList<>();

        Matcher trigger = TRIGGER.matcher(text);
        for (int from = 0; TRIGGER_START.find(trigger, text, from); from = StartSearch.next(trigger)) {
            Strength strength = trigger.group("strong") != null ? Strength.STRONG
                : trigger.group("medium") != null ? Strength.MEDIUM
                : Strength.WEAK;
            introduced(scan, trigger.end(), strength, candidates);
        }
        Matcher title = TITLE.matcher(text);
        for (int from = 0; TITLE_START.find(title, text, from); from = StartSearch.next(title)) {
            introduced(scan, title.end(), Strength.TITLE, candidates);
        }

        List<int[]> runs = new ArrayList<>();
        Matcher nameRun = NAME_WORDS.matcher(text);
        for (int from = 0; NAME_START.find(nameRun, text, from); from = StartSearch.next(nameRun)) {
            runs.add(new int[] {nameRun.start(), nameRun.end()});
        }
        for (int[] run : runs) {
            if (initialsEndAt(text, run[0])) {
                Matcher initialsBefore = scan.initialsBefore().region(Math.max(0, run[0] - 12), run[0]);
                if (initialsBefore.find() && cueBefore(scan, initialsBefore.start())) {
                    introduced(scan, initialsBefore.start(), Strength.GIVEN_ONLY, candidates);
                    continue;
                }
            }
            Matcher token = scan.token().region(run[0], run[1]);
            while (token.find()) {
                if (lexicon.isGivenName(text, token.start(), token.end()) && cueBefore(scan, token.start())) {
                    introduced(scan, token.start(), Strength.GIVEN_ONLY, candidates);
                    break;
                }
            }
        }
        for (int[] run : runs) {
            Span span = trimmed(scan, run[0], run[1], true);
            if (span == null) {
                continue;
            }
            int cueEnd = Math.min(text.length(), span.end + 80);
            // Both kinds of cue after a name open with a blank.
            boolean blank = span.end < cueEnd && text.charAt(span.end) == ' ';
            if (blank && scan.afterName().region(span.end, cueEnd).lookingAt()) {
                candidates.add(detection(span, FOLLOWED_BY_CUE));
            } else if (lexicon.isGivenName(text, span.firstStart, span.firstEnd)) {
                if (blank && scan.afterGivenName().region(span.end, cueEnd).lookingAt()) {
                    candidates.add(detection(span, WEAK_GIVEN));
                } else if (span.words > 1) {
                    candidates.add(detection(span, SHAPE_GIVEN));
                }
            }
        }
        return candidates.isEmpty() ? List.of() : strongestPerSpan(candidates);
    }

    private static boolean hasCapital(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the char after the capital at {@code i} lets a name word go on before {@code limit}:
     * a lower-case letter or an apostrophe ("Ann", "O'Neil", "McKay"), or a surrogate, left to the
     * pattern. Cheaper than the pattern, which most capitals followed by anything else fail.
     */
    private static boolean nameWordGoesOn(CharSequence text, int i, int limit) {
        if (i + 1 >= limit) {
            return false;
        }
        char next = text.charAt(i + 1);
        return next == '\'' || next == '’' || Character.isLowerCase(next) || Character.isSurrogate(next);
    }

    /** Whether initials ("R. ", "A. J.") can end at {@code end}: a full stop there or before a blank. */
    private static boolean initialsEndAt(String text, int end) {
        return end >= 1 && (text.charAt(end - 1) == '.'
            || end >= 2 && text.charAt(end - 1) == ' ' && text.charAt(end - 2) == '.');
    }

    /** Whether a cue that counts before a given name ends at {@code start}, within {@link #LOOKBACK} chars. */
    private static boolean cueBefore(Scan scan, int start) {
        return GIVEN_CUE_START.findIn(scan.cueBefore(), scan.text, Math.max(0, start - LOOKBACK), start);
    }

    private void introduced(Scan scan, int from, Strength strength, List<Detection> out) {
        String text = scan.text;
        int limit = Math.min(text.length(), from + LOOKAHEAD);
        int wordsFrom = from;
        // Initials are a capital and a full stop each (a capital outside the BMP is two chars).
        if (from + 1 < limit && (text.charAt(from + 1) == '.' || Character.isHighSurrogate(text.charAt(from)))) {
            Matcher initials = scan.initials().region(from, limit);
            if (initials.lookingAt()) {
                wordsFrom = initials.end();
            }
        }
        if (wordsFrom >= limit) {
            return;
        }
        char first = text.charAt(wordsFrom);
        if (!(Character.isUpperCase(first) || Character.isHighSurrogate(first))
                || !nameWordGoesOn(text, wordsFrom, limit)) {
            return; // no name word here: most triggers are followed by a lower-case word
        }
        Matcher words = scan.words().region(wordsFrom, limit);
        if (!words.lookingAt()) {
            return;
        }
        Span span = trimmed(scan, words.start(), words.end(), false);
        if (span == null) {
            return;
        }
        // Initials before a surname are as good a sign of a person as a listed given name.
        boolean given = wordsFrom > from || lexicon.isGivenName(text, span.firstStart, span.firstEnd);
        if (wordsFrom > from) {
            span = new Span(from, span.end, span.words + 1, span.firstStart, span.firstEnd);
        }
        double confidence = switch (strength) {
            case STRONG, TITLE -> given ? STRONG + GIVEN_NAME_BONUS : STRONG;
            case MEDIUM -> given ? MEDIUM_GIVEN : MEDIUM;
            case WEAK -> given ? WEAK_GIVEN : span.words > 1 ? WEAK_MULTI : WEAK;
            case GIVEN_ONLY -> given ? WEAK_GIVEN : WEAK;
        };
        out.add(detection(span, confidence));
    }

    /**
     * The run of name words in [start, end) without leading (if allowed) and trailing words that are
     * known not to be names; null if nothing is left or a leading non-name may not be dropped.
     */
    private Span trimmed(Scan scan, int start, int end, boolean dropLeading) {
        String text = scan.text;
        int[] tokens = scan.tokens(start, end);
        int first = 0;
        int last = tokens.length / 2 - 1;
        while (first <= last && lexicon.isNotName(text, tokens[2 * first], tokens[2 * first + 1])) {
            if (!dropLeading) {
                return null;
            }
            first++;
        }
        while (last >= first && lexicon.isNotName(text, tokens[2 * last], tokens[2 * last + 1])) {
            last--;
        }
        if (first > last) {
            return null;
        }
        return new Span(tokens[2 * first], tokens[2 * last + 1], last - first + 1,
            tokens[2 * first], tokens[2 * first + 1]);
    }

    private static Detection detection(Span span, double confidence) {
        return new Detection(EntityTypes.PERSON_NAME, span.start, span.end, confidence, NAME);
    }

    /** Where candidates overlap, the most confident (then the longest) one stands for the span. */
    static List<Detection> strongestPerSpan(List<Detection> candidates) {
        List<Detection> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(Detection::confidence).reversed()
            .thenComparing(Comparator.comparingInt(Detection::length).reversed())
            .thenComparingInt(Detection::start));
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : ranked) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Detection::start));
        return kept;
    }

    private enum Strength { STRONG, TITLE, MEDIUM, WEAK, GIVEN_ONLY }

    /** A name's span, its number of words and where its first word is. */
    private record Span(int start, int end, int words, int firstStart, int firstEnd) {
    }

    /**
     * The matchers of one text, each made when first needed: most texts need few of them. One call
     * of {@link #detect} owns one, so the detector stays thread-safe.
     */
    private static final class Scan {

        final String text;
        private Matcher words;
        private Matcher initials;
        private Matcher initialsBefore;
        private Matcher cueBefore;
        private Matcher token;
        private Matcher spanWord;
        private Matcher afterName;
        private Matcher afterGivenName;

        Scan(String text) {
            this.text = text;
        }

        Matcher words() {
            if (words == null) {
                words = NAME_WORDS.matcher(text);
            }
            return words;
        }

        Matcher initials() {
            if (initials == null) {
                initials = INITIALS.matcher(text);
            }
            return initials;
        }

        Matcher initialsBefore() {
            if (initialsBefore == null) {
                initialsBefore = INITIALS_BEFORE.matcher(text).useTransparentBounds(true);
            }
            return initialsBefore;
        }

        Matcher cueBefore() {
            if (cueBefore == null) {
                cueBefore = GIVEN_CUE.matcher(text);
            }
            return cueBefore;
        }

        /** For the words of a run, looked up as given names (not the matcher {@link #tokens} uses). */
        Matcher token() {
            if (token == null) {
                token = SINGLE_WORD.matcher(text);
            }
            return token;
        }

        Matcher afterName() {
            if (afterName == null) {
                afterName = AFTER_NAME.matcher(text);
            }
            return afterName;
        }

        Matcher afterGivenName() {
            if (afterGivenName == null) {
                afterGivenName = AFTER_GIVEN_NAME.matcher(text);
            }
            return afterGivenName;
        }

        /** Start and end of each name word in {@code text[start, end)}, in pairs. */
        int[] tokens(int start, int end) {
            if (spanWord == null) {
                spanWord = SINGLE_WORD.matcher(text);
            }
            spanWord.region(start, end);
            int[] bounds = new int[8];
            int count = 0;
            while (spanWord.find()) {
                if (count == bounds.length) {
                    bounds = Arrays.copyOf(bounds, 2 * count);
                }
                bounds[count++] = spanWord.start();
                bounds[count++] = spanWord.end();
            }
            return count == bounds.length ? bounds : Arrays.copyOf(bounds, count);
        }
    }
}
