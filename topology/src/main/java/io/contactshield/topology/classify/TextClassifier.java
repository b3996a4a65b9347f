package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds personal data in one string with a set of {@link Detector}s: applies the context words
 * before each span ({@link ContextWords}), drops what falls below the minimum confidence, and keeps
 * one finding per span (the most specific type, then the highest confidence). Stateless and
 * thread-safe when its detectors are; never logs or throws with the text.
 *
 * <p>Numbers said in words by speech-to-text ("five five five, zero one four three") are read too:
 * when the text holds a run of spoken digits ({@link SpokenDigits}), the detectors that
 * {@linkplain Detector#readsSpokenDigits() read numbers} also run over a rewrite with the run written
 * as digits, and what they find there is mapped back onto the words that said it. A written number
 * with the digits of a phone number said in words (an agent's read-back) is that phone number.
 *
 * <p>Tabs and line breaks an export wrote as the two characters {@code \t} and {@code \n} are read
 * as the whitespace they stand for ({@link LiteralEscapes}), so a value after one is not glued to
 * its letter and a pasted table's rows and cells are found.
 */
public final class TextClassifier {

    private final List<Detector> detectors;
    private final List<Detector> numberDetectors;
    private final ClassifierSettings settings;
    private final ContextWords.IdentifierWords identifierWords;

    /** Every built-in detector, with the phone numbers of {@code settings.defaultRegion()}. */
    public static TextClassifier create(ClassifierSettings settings) {
        return new TextClassifier(List.of(
                new EmailDetector(),
                new PhoneNumberDetector(settings.defaultRegion()),
                new CreditCardDetector(),
                new UsSsnDetector(),
                new IbanDetector(),
                new IpAddressDetector(),
                new UrlCredentialsDetector(),
                new AwsAccessKeyDetector(),
                new PersonNameDetector(),
                new AddressDetector()
        ), settings);
    }

    public TextClassifier(List<Detector> detectors, ClassifierSettings settings) {
        this.detectors = List.copyOf(detectors);
        this.numberDetectors = this.detectors.stream().filter(Detector::readsSpokenDigits).toList();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identifierWords = new ContextWords.IdentifierWords(settings.identifierWords());
    }

    /**
     * What {@code text} holds, sorted by start, no two overlapping, each at least the minimum
     * confidence; empty for null or empty text.
     */
    public List<Detection> classify(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // Tabs and line breaks written as "\t" and "\n" are read as what they stand for, and digits of
        // other scripts as ASCII digits; the view has the text's length, so every finding's offsets
        // are the text's own. A speaker's tag in brackets is read as one with a colon.
        return classifyView(ContextWords.withBracketedTagsAsColonTags(Chars.withAsciiDigits(LiteralEscapes.asWhitespace(text))));
    }

    private List<Detection> classifyView(String text) {
        if (text.length() == UUID_LENGTH && isUuidAt(text, 0)) {
            // A whole UUID (most contact and event ids): everything inside one is dropped below anyway.
            return List.of();
        }
        List<Detection> candidates = new ArrayList<>();
        List<Detection> versions = null;
        for (Detector detector : detectors) {
            for (Detection detection : detector.detect(text)) {
                Detection adjusted = withContext(text, detection, false);
                if (adjusted.confidence() >= settings.minConfidence()) {
                    candidates.add(adjusted);
                } else if (VersionSiblings.isDottedQuadVersion(text, detection)) {
                    versions = versions == null ? new ArrayList<>() : versions;
                    versions.add(detection);
                }
            }
        }
        if (versions != null) {
            VersionSiblings.restoreAddressesOfNamedNetworks(text, versions, candidates);
            VersionSiblings.drop(text, versions, candidates);
        }
        for (DelimitedRows.Cell cell : DelimitedRows.cells(text)) {
            // The column's header is the cell's label: what the cell holds is read behind it, not
            // in the row, where the neighbouring cells are no context ("6619204471" under "loan_id").
            // (Spoken numbers are read after this, in the whole text, and stay.)
            candidates.removeIf(d -> d.start() >= cell.start() && d.end() <= cell.end());
            addCell(text, cell, candidates);
        }
        List<Detection> employerIds = new ArrayList<>();
        if (!numberDetectors.isEmpty()) {
            // A filler between number words ("zero one, uh, three nine") is read as a pause.
            Map<String, Double> spokenPhones = new HashMap<>();
            Map<String, Double> spokenSsns = new HashMap<>();
            List<SaidPhone> saidPhones = new ArrayList<>();
            // The digits of numbers said in words that a label names something else ("Meine Bestellnummer ist
            // die drei null zwo, ..."): written again in the text, with no phone cue of their own, they are that
            // thing read back ("Agent: 302-4829173, gefunden"), not a phone.
            Set<String> labelledOtherwise = new HashSet<>();
            String paused = SpokenFillers.asPauses(text);
            List<SpokenDigits.Rewrite> rewrites = SpokenDigits.rewrite(paused);
            // The countries of the language the numbers are said in (its number words count too), read
            // only when a number said in words needs them.
            Supplier<List<String>> saidIn = once(() -> TextLanguage.regions(text));
            for (SpokenDigits.Rewrite rewrite : rewrites) {
                addSpokenNumbers(text, rewrite, saidIn, candidates, spokenPhones, spokenSsns, saidPhones, employerIds);
            }
            List<int[]> turns = SpokenFillers.turnsInsideNumbers(text);
            if (!turns.isEmpty()) {
                addNumbersSaidAcrossTurns(text, paused, turns, saidIn, candidates, spokenPhones.keySet());
            }
            if (saidPhones.size() > 1) {
                dropFalseStarts(text, saidPhones, candidates, spokenPhones);
            }
            if (!saidPhones.isEmpty()) {
                for (SpokenDigits.Rewrite rewrite : rewrites) {
                    addCorrections(rewrite, saidPhones, candidates);
                }
                addTailCorrections(text, saidPhones, candidates);
            }
            if (!spokenPhones.isEmpty() || !spokenSsns.isEmpty()) {
                addReadBacks(text, spokenPhones, spokenSsns, candidates, labelledOtherwise);
            }
            if (!rewrites.isEmpty()) {
                // A number said in words is also read back from one written in the same text ("once,
                // cuatro ocho tres dos, ..." AGENTE: "Te leo: 011 4832-7751").
                Map<String, Double> phones = new HashMap<>(spokenPhones);
                for (Detection found : candidates) {
                    String digits = found.type().equals(EntityTypes.PHONE_NUMBER) ? Chars.digitsOf(text, found.start(), found.end()) : "";
                    if (!digits.isEmpty()) {
                        phones.merge(digits, found.confidence(), Math::max);
                    }
                }
                if (!phones.isEmpty() || !spokenSsns.isEmpty()) {
                    for (SpokenDigits.Rewrite rewrite : rewrites) {
                        addSpokenReadBacks(text, rewrite, phones, spokenSsns, candidates, labelledOtherwise);
                    }
                }
                if (!labelledOtherwise.isEmpty()) {
                    List<Detection> saidOtherwise = saidPhones.stream().filter(said -> labelledOtherwise.contains(said.digits()))
                            .map(SaidPhone::detection).toList();
                    candidates.removeIf(d -> d.type().equals(EntityTypes.PHONE_NUMBER) && text.charAt(d.start()) != '+'
                            && (saidOtherwise.stream().anyMatch(said -> said.start() == d.start() && said.end() == d.end())
                                    || Chars.isAsciiDigit(text.charAt(d.start()))
                                    && labelledOtherwise.contains(Chars.digitsOf(text, d.start(), d.end())))
                            && !raisedInItsTurn(text, d.start()));
                }
                Set<String> uncuedSsns = new HashSet<>();
                for (SpokenDigits.Rewrite rewrite : rewrites) {
                    addUncuedSpokenSsns(text, rewrite, uncuedSsns, saidPhones, candidates);
                }
            }
        }
        if (!candidates.isEmpty() && (Chars.indexOfIgnoreCase(text, "area code", 0) >= 0 || Chars.indexOfIgnoreCase(text, "ddd", 0) >= 0)) {
            addAreaCodesAnswered(text, candidates);
        }
        if (!candidates.isEmpty() && (text.indexOf("..") >= 0 || text.indexOf('\u2026') >= 0)) {
            withWrittenFalseStarts(text, candidates);
        }
        if (!candidates.isEmpty() && text.length() >= UUID_LENGTH && text.indexOf('-') >= 0) {
            dropInsideUuids(text, candidates);
        }
        if (!employerIds.isEmpty()) {
            // An employer id said in words is no phone number either.
            candidates.removeIf(d -> employerIds.stream().anyMatch(id -> id.start() == d.start() && id.end() == d.end()));
        }
        return OverlapResolver.resolve(candidates);
    }

    /**
     * What the detectors find in one cell of a delimited table read alone, behind its column's header
     * as a label ({@code SSN: 594640601}), mapped back onto the text.
     */
    private void addCell(String text, DelimitedRows.Cell cell, List<Detection> candidates) {
        String label = cell.header() + ": ";
        String labelled = label + text.substring(cell.start(), cell.end());
        int shift = cell.start() - label.length();
        for (Detector detector : detectors) {
            for (Detection detection : detector.detect(labelled)) {
                if (detection.start() < label.length()) {
                    continue; // found in the header, which the text's own pass reads
                }
                Detection adjusted = withContext(labelled, detection, false);
                if (adjusted.confidence() >= settings.minConfidence()) {
                    candidates.add(new Detection(adjusted.type(), adjusted.start() + shift, adjusted.end() + shift,
                            adjusted.confidence(), adjusted.detector()));
                }
            }
        }
    }

    /** The context words' reading of a detection, and then the configured identifier words'. */
    private Detection withContext(String text, Detection detection, boolean spoken) {
        Detection adjusted = ContextWords.apply(text, detection, spoken);
        if (identifierWords.label(text, adjusted.start(), adjusted.type())) {
            // Named as one of this centre's identifiers: below the threshold for any number.
            return adjusted.withConfidence(Math.max(0, adjusted.confidence() - IDENTIFIER_LOWER));
        }
        return adjusted;
    }

    private static final double IDENTIFIER_LOWER = 0.5;

    private static final int UUID_LENGTH = 36;
    /** Where a UUID's dashes stand: {@code 8-4-4-4-12} hex digits. */
    private static final int[] UUID_DASHES = {8, 13, 18, 23};

    /**
     * A UUID is an identifier, whatever its digits look like: one whose first group happens to be
     * eight decimal digits ({@code 04447220-1112-a546-...}) is not a phone number. Contact and event
     * ids are UUIDs, so this is common, not a curiosity.
     */
    private static void dropInsideUuids(String text, List<Detection> candidates) {
        // A UUID's first dash stands 8 chars into it: only there is one tried (a search of the whole
        // text for its shape, tried at every char, cost a tenth of the classifier's time).
        int dash = text.indexOf('-', UUID_DASHES[0]);
        while (dash >= 0) {
            int start = dash - UUID_DASHES[0];
            if (isUuidAt(text, start)) {
                int end = start + UUID_LENGTH;
                candidates.removeIf(d -> d.start() >= start && d.end() <= end);
                dash = text.indexOf('-', end + UUID_DASHES[0]);
            } else {
                dash = text.indexOf('-', dash + 1);
            }
        }
    }

    /**
     * Whether a UUID ({@code 8-4-4-4-12} hex digits, either case) starts at {@code start}, with no
     * letter, digit or dash right before or after it.
     */
    static boolean isUuidAt(String text, int start) {
        int end = start + UUID_LENGTH;
        if (start < 0 || end > text.length() || start > 0 && isUuidNeighbour(text.charAt(start - 1))
                || end < text.length() && isUuidNeighbour(text.charAt(end))) {
            return false;
        }
        int nextDash = 0;
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = text.charAt(start + i);
            if (nextDash < UUID_DASHES.length && i == UUID_DASHES[nextDash]) {
                if (c != '-') {
                    return false;
                }
                nextDash++;
            } else if (Character.digit(c, 16) < 0 || c > 'f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUuidNeighbour(char c) {
        return Chars.isAsciiLetterOrDigit(c) || c == '-';
    }

    /**
     * Chars of the rewrite read before a run: the context words' window and a {@code key=} label; and
     * as far as an IVR prompt is read back for an SSN's cue, with room for a label whose last word is a
     * cue ("la trabajadora social ... el número es ...": cut at "social", the window would hold a cue).
     */
    private static final int BEFORE_RUN = 128;
    /**
     * Chars read after a run: enough for a detector to see what follows the number (":30", a letter)
     * and a phone cue that names it from after ({@link ContextWords#AFTER_WINDOW}).
     */
    private static final int AFTER_RUN = ContextWords.AFTER_WINDOW + 2;

    /**
     * What the number detectors find around each spoken run of a rewrite (not over the whole rewrite:
     * the written numbers elsewhere were read in the original already), with context words read in
     * the rewrite, where the run is digits as the cues expect, mapped back to the original.
     */
    private void addSpokenNumbers(String original, SpokenDigits.Rewrite rewrite, Supplier<List<String>> saidIn,
            List<Detection> candidates,
            Map<String, Double> spokenPhones, Map<String, Double> spokenSsns, List<SaidPhone> saidPhones,
            List<Detection> employerIds) {
        String text = rewrite.text;
        int k = 0;
        while (k < rewrite.runs.size()) {
            int from = wordStart(text, Math.max(0, rewrite.runs.get(k)[0] - BEFORE_RUN));
            int to = wordEnd(text, Math.min(text.length(), rewrite.runs.get(k)[1] + AFTER_RUN));
            // Runs whose windows meet are read as one window.
            while (k + 1 < rewrite.runs.size() && rewrite.runs.get(k + 1)[0] - BEFORE_RUN <= to) {
                k++;
                to = wordEnd(text, Math.min(text.length(), rewrite.runs.get(k)[1] + AFTER_RUN));
            }
            String window = text.substring(from, to);
            for (Detector detector : numberDetectors) {
                List<Detection> detections = detector instanceof PhoneNumberDetector phones
                        ? phones.detect(window, saidIn) : detector.detect(window);
                for (Detection found : detections) {
                    Detection detection = new Detection(found.type(), from + found.start(), from + found.end(),
                            found.confidence(), found.detector());
                    if (!rewrite.touchesRun(detection.start(), detection.end())) {
                        continue; // written digits, already read in the original
                    }
                    if (countsUp(Chars.digitsOf(text, detection.start(), detection.end()))
                            && !hasPause(original, rewrite.originalStart(detection.start()),
                                    rewrite.originalEnd(detection.end()))) {
                        // "one two three four five six seven eight nine ten": a microphone check. Said
                        // in groups ("one two three, four five, six seven eight nine") it is a number.
                        continue;
                    }
                    if (isDigitType(detection.type()) && (spelledLettersBefore(text, detection.start())
                            || spelledLettersBefore(text, runStart(rewrite, detection.start()))
                            || capitalLetterBefore(text, runStart(rewrite, detection.start()))
                            || letterSpelledAsInBefore(text, runStart(rewrite, detection.start())))) {
                        continue; // "C X four zero one nine ...": the letters and digits of a code
                    }
                    if (detection.type().equals(EntityTypes.PHONE_NUMBER) && insideRun(rewrite, detection)) {
                        continue; // "CNIC number hai four two one zero one, seven six five four three two one, three"
                    }
                    Detection adjusted = withContext(text, detection, true);
                    if (adjusted.confidence() >= settings.minConfidence()) {
                        int start = isDigitType(adjusted.type()) ? earliestRestart(original, rewrite, adjusted) : adjusted.start();
                        int saidEnd = withSoftSign(original, rewrite.originalStart(start), rewrite.originalEnd(adjusted.end()));
                        int saidStart = openingBracketBefore(original, rewrite.originalStart(start), saidEnd);
                        if (adjusted.type().equals(EntityTypes.PHONE_NUMBER)) {
                            saidStart = countryCodeBeforeAreaCode(original, saidStart);
                        }
                        Detection said = new Detection(adjusted.type(), saidStart, saidEnd, adjusted.confidence(), adjusted.detector());
                        if (saidAsDate(original, said)) {
                            continue; // "eight fifteen nineteen forty-seven": a date of birth
                        }
                        if (said.type().equals(EntityTypes.PHONE_NUMBER) && afterStreetName(original, said.start())) {
                            continue; // "Schillerstraße dreiundzwanzig, sechs null drei eins eins Frankfurt": a house number and a postcode
                        }
                        if (said.type().equals(EntityTypes.PHONE_NUMBER) && rutCheckDigitAfter(original, said.end())) {
                            continue; // "setenta y seis uno dos tres cuatro cinco seis guion cero": a Chilean RUT
                        }
                        if (saidAsDecimal(original, said)) {
                            continue; // "minus thirty three point eight six eight eight, one five one point two ...": a position
                        }
                        if (adjusted.type().equals(EntityTypes.US_SSN) && saidAsEin(original, start == adjusted.start() ? said
                                : new Detection(said.type(), rewrite.originalStart(adjusted.start()), said.end(), said.confidence(),
                                        said.detector()))) {
                            // (Read without a false start: "five five, oh… sorry, oh five five, ..." is no "55-...".)
                            employerIds.add(said);
                            continue;
                        }
                        candidates.add(said);
                        if (adjusted.type().equals(EntityTypes.PHONE_NUMBER)) {
                            String digits = Chars.digitsOf(text, adjusted.start(), adjusted.end());
                            spokenPhones.merge(digits, adjusted.confidence(), Math::max);
                            saidPhones.add(new SaidPhone(said, digits));
                        } else if (adjusted.type().equals(EntityTypes.US_SSN)) {
                            spokenSsns.merge(Chars.digitsOf(text, adjusted.start(), adjusted.end()), adjusted.confidence(),
                                    Math::max);
                        }
                    }
                }
            }
            k++;
        }
    }

    /**
     * A phone, card or social security number read out in parts between turns ({@link SpokenFillers#turnsInsideNumbers}): read
     * with the turns as pauses too in the view with fillers as pauses ({@code paused}), and labelled in its
     * parts, each where it was said, as a number a chat sent in two messages is. It replaces what was read of
     * its parts alone (a card's eight digits read as a phone number).
     */
    private void addNumbersSaidAcrossTurns(String text, String paused, List<int[]> turns, Supplier<List<String>> saidIn,
            List<Detection> candidates, Set<String> phonesSaid) {
        List<int[]> joining = turns.stream().filter(t -> t.length == 2).toList();
        List<int[]> handedOver = turns.stream().filter(t -> t.length > 2 && t[2] == SpokenFillers.READ_BACK_ONLY).toList();
        if (!joining.isEmpty()) {
            addNumbersSaidAcross(text, SpokenFillers.withTurnsAsPauses(paused, joining), joining, saidIn, candidates, null);
        }
        if (!handedOver.isEmpty() && !phonesSaid.isEmpty()) {
            // Read apart from the other turns: a read-back in two voices is a number of its own, which the
            // parts of another number read out between turns must not run into.
            addNumbersSaidAcross(text, SpokenFillers.withTurnsAsPauses(paused, handedOver), handedOver, saidIn, candidates,
                    phonesSaid);
        }
    }

    /**
     * The numbers read across {@code turns} in {@code view}, labelled in their parts; only those whose digits
     * are one of {@code phonesSaid} when it is not null (a number said before, read back in two voices).
     */
    private void addNumbersSaidAcross(String text, String view, List<int[]> turns, Supplier<List<String>> saidIn,
            List<Detection> candidates, Set<String> phonesSaid) {
        List<Detection> across = new ArrayList<>();
        for (SpokenDigits.Rewrite rewrite : SpokenDigits.rewrite(view)) {
            addSpokenNumbers(text, rewrite, saidIn, across, new HashMap<>(), new HashMap<>(), new ArrayList<>(), new ArrayList<>());
        }
        for (Detection number : across) {
            List<int[]> inside = turns.stream().filter(t -> number.start() < t[0] && t[1] < number.end()).toList();
            if (!(number.type().equals(EntityTypes.PHONE_NUMBER) || number.type().equals(EntityTypes.CREDIT_CARD)
                    || number.type().equals(EntityTypes.US_SSN)) || inside.isEmpty()
                    || phonesSaid != null && !phonesSaid.contains(digitsSaid(view, number.start(), number.end()))) {
                continue;
            }
            candidates.removeIf(d -> (d.type().equals(EntityTypes.PHONE_NUMBER) || d.type().equals(number.type()))
                    && d.start() < number.end() && number.start() < d.end());
            int from = number.start();
            for (int[] turn : inside) {
                candidates.add(new Detection(number.type(), from, turn[0], number.confidence(), number.detector()));
                from = turn[1];
            }
            candidates.add(new Detection(number.type(), from, number.end(), number.confidence(), number.detector()));
        }
    }

    /** The digits the words of {@code text[start, end)} say, read as {@link SpokenDigits#rewrite} reads them. */
    private static String digitsSaid(String text, int start, int end) {
        List<SpokenDigits.Rewrite> rewrites = SpokenDigits.rewrite(text.substring(start, end));
        return rewrites.isEmpty() ? "" : Chars.digitsOf(rewrites.get(0).text, 0, rewrites.get(0).text.length());
    }

    /**
     * {@code end} past an apostrophe that ends the last word there when the number's words end so inside
     * too: soft signs, as Russian is written in Latin letters ("nol' odin shest' tri, ..., pjat' devjat'"),
     * part of the word; not a quote closed after the number ("input_spoken='zéro quatre ...'").
     */
    private static int withSoftSign(String text, int start, int end) {
        if (end >= text.length() || !Chars.isApostrophe(text.charAt(end)) || !Character.isLetter(text.charAt(end - 1))
                || end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
            return end;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (Chars.isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i + 1))) {
                return end + 1;
            }
        }
        return end;
    }

    private static boolean hasPause(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ',' || text.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    /** {@code supplier}, asked at most once. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        List<T> value = new ArrayList<>(1);
        return () -> {
            if (value.isEmpty()) {
                value.add(supplier.get());
            }
            return value.get(0);
        };
    }

    /** Fewest digits counted up one by one that make a count, not a number. */
    private static final int MIN_COUNT = 6;

    /**
     * Whether {@code digits} count up one by one from one ("123456789", "12345678910"), at least
     * {@link #MIN_COUNT} of them. (From zero they are a number as often: "oh one, two three four,
     * five six seven eight" is a Dublin line.)
     */
    private static boolean countsUp(String digits) {
        int length = digits.endsWith("910") ? digits.length() - 2 : digits.length();
        if (length < MIN_COUNT || digits.charAt(0) != '1') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            if (digits.charAt(i) != digits.charAt(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /** Where the spoken run holding the rewrite's char {@code at} starts; {@code at} outside every run. */
    private static int runStart(SpokenDigits.Rewrite rewrite, int at) {
        for (int[] run : rewrite.runs) {
            if (run[0] <= at && at < run[1]) {
                return run[0];
            }
        }
        return at;
    }

    /**
     * Whether {@code found} (in the rewrite) is only a middle part of one spoken run, with digits of
     * the run said before and after it: a group of a longer number said in groups (an identity
     * card's), not a phone number, which a caller says whole, or before another number, or after one.
     */
    private static boolean insideRun(SpokenDigits.Rewrite rewrite, Detection found) {
        for (int[] run : rewrite.runs) {
            if (run[0] <= found.start() && found.start() < run[1]) {
                return run[0] < found.start() && found.end() < run[1]
                        && Chars.countDigits(rewrite.text, run[0], found.start()) > 0
                        && Chars.countDigits(rewrite.text, found.end(), run[1]) > 0;
            }
        }
        return false;
    }

    /** "guion" (dash) and one more digit or "k" said after a number, its last word: a Chilean RUT's check digit. */
    private static final Pattern RUT_CHECK_DIGIT = Pattern.compile("[ ,]*gui[o\u00f3]n (\\p{L}+)");

    /** Whether a RUT's check digit is said right after the number that ends at {@code end} ({@link #RUT_CHECK_DIGIT}). */
    private static boolean rutCheckDigitAfter(String text, int end) {
        Matcher after = RUT_CHECK_DIGIT.matcher(text).region(end, text.length());
        if (!after.lookingAt()) {
            return false;
        }
        String word = after.group(1).toLowerCase(Locale.ROOT);
        String digit = SpokenDigits.digits(text, after.start(1), after.end(1));
        int next = after.end();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == ',')) {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        boolean moreDigits = nextEnd > next && SpokenDigits.isNumberWord(text, next, nextEnd);
        return !moreDigits && (word.equals("k") || word.equals("ka") || digit != null && digit.length() == 1);
    }

    /**
     * Whether the digits of {@code said} are a decimal's, said with "point": "point" stands right before
     * them (the fraction), or right after them with a number word after it (the integer part).
     */
    private static boolean saidAsDecimal(String text, Detection said) {
        int before = said.start();
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        if (before >= POINT.length() && text.regionMatches(true, before - POINT.length(), POINT, 0, POINT.length())
                && (before == POINT.length() || !Character.isLetter(text.charAt(before - POINT.length() - 1)))) {
            return true;
        }
        int after = said.end();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (!text.regionMatches(true, after, POINT, 0, POINT.length())) {
            return false;
        }
        int next = after + POINT.length();
        if (next >= text.length() || text.charAt(next) != ' ') {
            return false;
        }
        int wordStart = next + 1;
        int wordEnd = wordStart;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > wordStart && SpokenDigits.isNumberWord(text, wordStart, wordEnd);
    }

    private static final String POINT = "point";

    /** Endings of street names in the languages whose house number follows the street ("Schillerstraße", "Dorpsstraat"). */
    private static final List<String> STREET_ENDINGS = List.of("stra\u00dfe", "strasse", "gasse", "allee", "platz", "weg",
            "straat", "laan", "gracht", "plein", "kade");

    /** Whether a street's name ends right before {@code start}, a blank between: what is said next is its house number. */
    private static boolean afterStreetName(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == start || end == 0 || !Character.isLetter(text.charAt(end - 1))) {
            return false;
        }
        for (String ending : STREET_ENDINGS) {
            if (end - ending.length() > 0 && text.regionMatches(true, end - ending.length(), ending, 0, ending.length())
                    && Character.isLetter(text.charAt(end - ending.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words of {@code said} say a date as a caller gives a date of birth: four number
     * words, a month, a day and a year in two parts ("eight fifteen nineteen forty-seven").
     */
    private static boolean saidAsDate(String text, Detection said) {
        int[] values = new int[4];
        int count = 0;
        int i = said.start();
        while (i < said.end()) {
            while (i < said.end() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int wordEnd = i;
            while (wordEnd < said.end()
                    && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            if (wordEnd == i) {
                break;
            }
            String digits = SpokenDigits.digits(text, i, wordEnd);
            if (count == values.length || digits == null || digits.length() > 2) {
                return false;
            }
            values[count++] = Integer.parseInt(digits);
            i = wordEnd;
        }
        return count == values.length && values[0] >= 1 && values[0] <= 12 && values[1] >= 1 && values[1] <= 31
                && (values[2] == 19 || values[2] == 20) && values[3] >= 10;
    }

    /**
     * Fewest digits of a beginning broken off by an ellipsis that the number goes on with but in its last
     * ("tre tre otto... ehm tre tre nove, ...": a slip on the same number).
     */
    private static final int MIN_SLIP_KEPT = 2;
    /** Fewest digits said first that, repeated, make a false start without a word of correction. */
    private static final int MIN_REPEATED = 3;
    /** Fewest digits said again from the start with only a pause between: an area code and an exchange. */
    private static final int MIN_REPEATED_AFTER_PAUSE = 6;
    private static final int MIN_REPEATED_AFTER_ELLIPSIS = 2;
    /**
     * Fewest digits of such a false start: one number word before a correction is as often a word of
     * its own ("one moment. 6 1 4 ...": German "Moment" corrects, English "one moment" waits).
     */
    private static final int MIN_WRONG_START = 2;
    /** Digits of a card's group, and the fewest of a card's first group said wrong before it. */
    private static final int CARD_GROUP = 4;
    private static final int MIN_CARD_FALSE_START = 2;
    /** Most digits of a false start, corrected, that need not start as the number does: an area code's. */
    private static final int MAX_WRONG_START = 3;
    /** Most chars between a number broken off and the same number said again ("uh no sorry"). */
    private static final int MAX_CORRECTION = 40;
    /** Words that say a caller breaks off a number to say it again, in the callers' languages. */
    private static final Set<String> CORRECTING = Set.of("no", "nope", "sorry", "wait", "mean", "actually", "oops",
            "correction", "rather", "scratch", "non", "nein", "perd\u00f3n", "perdon", "pardon", "scusi", "scusa", "scusate",
            // Spanish "sorry" said to the agent, Catalan's ("seis... tres... nueve, perdona que lo tengo nuevo...").
            "perdona", "perdone", "disculpa", "disculpe", "perd\u00f3",
            "n\u00e3o", "nao", "nee", "nie", "desculpa", "desculpe", "perd\u00e3o", "perdao", "pera", "espera", "espere",
            "pera\u00ed", "perai", // Brazilian "wait" ("cinco três, não, peraí, cinco três quatro cinco, ...")
            "la2", // Levantine "no" in Arabizi ("sab3a wa7ad... la2 la2, sab3a wa7ad, sette ...")
            // Portuguese "rather" ("novecentos e sessenta e um, duzentos e sessenta... aliás, ...").
            "ali\u00e1s", "alias",
            // Polish "sorry", "wait", "just a moment", "I'll repeat".
            "przepraszam", "czekaj", "chwileczk\u0119", "chwila", "powt\u00f3rz\u0119",
            "attendez", "attends", "d\u00e9sol\u00e9", "d\u00e9sol\u00e9e", "wacht",
            // German "wait", "again", "correction"; Flemish "allee" (come on: "nul vier negenenzestig... allee nul
            // vier ...").
            "warte", "warten", "moment", "nochmal", "nochmals", "korrektur", "allee",
            // Finnish "siis" of "tai siis" (or rather), Danish, Norwegian and Swedish "sorry", Korean "again",
            // Spanish "I'm wrong", Indonesian and Malay "wait".
            "siis", "undskyld", "unnskyld", "f\u00f6rl\u00e5t", "urs\u00e4kta", "\ub2e4\uc2dc", "equivoco",
            "equivoqu\u00e9", "sebentar", "tunggu",
            // Russian "well" said before the number said again ("ноль один семь пять ну ноль один семь пять, ...").
            "\u043d\u0443",
            // Italian "I start again", "wait"; Hindi "no" ("nine eight four... nahi nahi, nine eight eight ..."), also
            // in Devanagari ("नहीं").
            "ricomincio", "aspetti", "aspetta", "nahi", "nahin", "\u0928\u0939\u0940\u0902", "\u0928\u0939\u0940",
            // Turkish "no", "sorry", Swedish, Norwegian and Danish "no, wait".
            "yok", "hay\u0131r", "nej", "nei", "vent", "v\u00e4nta",
            // Croatian, Serbian, Slovenian, Czech and Slovak "no", "sorry", "wait", "wrong".
            "ne", "oprostite", "oprosti", "\u010dekajte", "pri\u010dekajte", "po\u010dakajte", "krivo", "pogre\u0161no",
            "narobe",
            // "no hang on, it's oh two oh ...", "hold on"; a groan at one's own slip ("four five... ugh, ...").
            "hang", "hold", "ugh", "argh",
            // Lithuanian "sorry"; Bulgarian, Russian and Serbian "no" (Cyrillic), Bulgarian "sorry".
            "atsipra\u0161au",
            "\u043d\u0435", "\u0438\u0437\u0432\u0438\u043d\u0435\u0442\u0435",
            // Indonesian and Malay "no", "wrong", "sorry", "mistake" ("eh bukan", "eh silap").
            "bukan", "salah", "maaf", "silap",
            // Ukrainian "no", "sorry", "excuse me", "wait"; Russian "no", "wait".
            "\u043d\u0456", "\u0432\u0438\u0431\u0430\u0447\u0442\u0435", "\u043f\u0435\u0440\u0435\u043f\u0440\u043e\u0448\u0443\u044e",
            "\u0437\u0430\u0447\u0435\u043a\u0430\u0439\u0442\u0435", "\u043d\u0435\u0442",
            "\u043f\u043e\u0434\u043e\u0436\u0434\u0438\u0442\u0435",
            // Finnish and Estonian "no", "wait", "sorry" ("neli kaheksa kuus... ei oota, ...", "ei kun").
            "ei", "oota", "vabandust", "anteeksi",
            // Greek "sorry" (both spellings), "no".
            "\u03c3\u03c5\u03b3\u03b3\u03bd\u03ce\u03bc\u03b7", "\u03c3\u03c5\u03b3\u03bd\u03ce\u03bc\u03b7",
            "\u03cc\u03c7\u03b9", "\u03bf\u03c7\u03b9",
            // Maghrebi Arabic "excuse me" ("tes3a... ah smeh lia... zero sitta, ...").
            "smeh", "smahli", "sme7li", "smahlia", "smhli", "smehli", "sm7li",
            // Dutch "I mean" (ik bedoel), Portuguese "that is" (quer dizer): "... eh ik bedoel nul zes, ...".
            "bedoel", "dizer",
            // Vietnamese "sorry" (xin lỗi), "wrong" ("không chín chín... à xin lỗi, không chín chín, ...").
            "l\u1ed7i", "nh\u1ea7m", "sai",
            // Tagalog "no", "wrong" and the "ay" (oops) said with them ("zero nine two... ay hindi, zero nine
            // six six, ..."); "ay" is also Tagalog's "is", which stands before a number, never inside one.
            "hindi", "mali", "ay",
            // Ukrainian and Russian "oops" ("нуль шістдесят вісім, шістдесят... ой, нуль шістдесят вісім, ...").
            "\u043e\u0439",
            // Chinese "wrong", "no", "oops" ("一五九，呃，一五九二，不对不对，一五九 二八 ...").
            "\u4e0d\u5bf9", "\u4e0d\u5bf9\u4e0d\u5bf9", "\u4e0d\u662f", "\u5443\u4e0d\u5bf9", "\u54ce\u5440",
            // Cantonese and Chinese "sorry", "not (that)" ("九 四 五 二... 唔 好意思 九 四 五 三 ..."); "好意思" as speech-to-text
            // parts it from its "唔".
            "\u5514\u597d\u610f\u601d", "\u597d\u610f\u601d", "\u4e0d\u597d\u610f\u601d", "\u5c0d\u5514\u4f4f", "\u5514\u4fc2",
            // Hebrew "sorry", "wait", "no" ("אפס חמש ארבע... אה סליחה, אפס חמש שמונה, ...").
            "\u05e1\u05dc\u05d9\u05d7\u05d4", "\u05e8\u05d2\u05e2", "\u05dc\u05d0",
            // Japanese "wrong" ("いちはちなな…あ、ちがう、ぜろきゅうぜろ、..."), Thai "not (that)".
            "\u3061\u304c\u3046", "\u9055\u3046", "\u3061\u304c\u3044\u307e\u3059", "\u0e44\u0e21\u0e48\u0e43\u0e0a\u0e48",
            // Japanese "sorry" ("ゼロ・ハチ・ゼロ…あ、すみません、ゼロ・キュウ・ゼロ、...").
            "\u3059\u307f\u307e\u305b\u3093", "\u3059\u3044\u307e\u305b\u3093", "\u3054\u3081\u3093\u306a\u3055\u3044",
            // Japanese "no" ("キューゼロ、あ、いや、ゼロキューゼロ、...").
            "\u3044\u3084", "\u3044\u3048", "\u3044\u3044\u3048",
            // French "I start again" ("zéro six, quatre-vingt... non je recommence, zéro six, ...").
            "recommence", "recommencer",
            // Persian "no", "sorry", "wait" ("صفر نهصد و دوازده... اِ نه ببخشید... صفر نهصد و سی و پنج، ...").
            "\u0646\u0647", "\u0628\u0628\u062e\u0634\u06cc\u062f", "\u0628\u0628\u062e\u0634\u064a\u062f", "\u0635\u0628\u0631",
            // Bengali "no", "sorry", "wait" ("জিরো ওয়ান এইট... না, জিরো ওয়ান নাইন এইট ওয়ান, ...").
            "\u09a8\u09be", "\u09b8\u09b0\u09bf", "\u09a6\u09be\u0981\u09a1\u09bc\u09be\u09a8",
            // Swahili "no", "sorry", "wait" ("..., nne nne sifuri... hapana hapana, sifuri saba moja tatu, ...").
            "hapana", "samahani", "subiri", "ngoja",
            // Romanian "no", "wait", "sorry" ("nouă unu... nu, stați: zero șapte ..."); Welsh "sorry"; Scots "no"
            // ("oh seven eight two four... naw sorry, ...", said after the ellipsis where Welsh's "naw", nine, is not).
            "nu", "sta\u021bi", "sta\u0163i", "stati", "stai", "scuze", "scuza\u021bi", "sori", "naw",
            // Korean "wait", "no", "sorry" ("공일공 이이... 이이오삼 아 잠깐만요 공일공 이이오삼 ...").
            "\uc7a0\uae50\ub9cc\uc694", "\uc7a0\uae50\ub9cc", "\uc7a0\uae50", "\uc544\ub2c8", "\uc544\ub2c8\ub2e4",
            "\uc544\ub2c8\uc694", "\uc544\ub2c8\uc5d0\uc694", "\uc8c4\uc1a1\ud574\uc694",
            "\uc8c4\uc1a1\ud569\ub2c8\ub2e4");
    /** Whether {@code word} (lower case) is one of {@link #CORRECTING}. */
    static boolean isCorrecting(String word) {
        return CORRECTING.contains(word);
    }

    /** Whether {@code word} (lower case) is one of {@link #CORRECTION_WORDS}. */
    static boolean isCorrectionWord(String word) {
        return CORRECTION_WORDS.contains(word);
    }

    /** {@link #CORRECTING} and the words said with them ("I mean", "not that", "digo"). */
    private static final Set<String> CORRECTION_WORDS = Stream.concat(CORRECTING.stream(),
            // (Turkish "ya" said with "pardon": "otuz... pardon ya, sıfır beş yüz kırk beş, ...".)
            // ("sorry let me start over, three four eight nine, ...")
            Stream.of("i", "that", "not", "digo", "on", "ik", "quer", "je", "it's", "what", "is", "it", "kun", "ya", "lia", "let", "me", "start",
            "se", // German "Sie" as said ("äh warten se null zwei ...")
            "tai", // Finnish "or" of "tai siis" (or rather)
            "over",
            // Spanish "the" before a number said again ("seis cinco, eh, el seis cinco uno, no...").
            "el",
            // Arabic "no", said with "pardon" ("tnin w 3echrin... la la pardon... thmanya w tes3in, ...");
            // Vietnamese "xin" of "xin lỗi" and the fillers said with it.
            "la", "xin", "\u00e0", "\u1edd",
            // Cantonese's and Chinese "not" said apart from the "sorry" it belongs to ("唔 好意思").
            "\u5514", "\u4e0d",
            // Hindi and Marathi "yes", said before a number said again whole ("seven seven... haan, nine eight ...",
            // "nau aath don zero... ho, nau aath don zero, ...").
            "haan", "ho",
            // Bengali and Hindi "no no" after a number broken off ("noy aat tin shunno... na na, noy aat ..."),
            // though Odia's nine is "na" (SpokenDigits reads it so only once, not twice after an ellipsis).
            "na",
            // An area code said alone, then the whole number ("null vier fünf zwo eins. Also komplett null vier
            // fünf zwo eins, sieben ...", "oh two oh. The whole thing is oh two oh, seven ...").
            "also", "falsch", "komplett", "vollst\u00e4ndig", "ganz", "ganze", "whole", "full", "complete", "thing", "the",
            "completo", "complet", "compl\u00e8te", "entier", "volledig", "helemaal",
            // Korean "just", said with "no" ("플러스 팔이... 아 아니 그냥 공일공 ...").
            "\uadf8\ub0e5",
            // Chinese "uh", "um", "eh".
            "\u5443", "\u55ef", "\u8bf6",
            // Persian "do" of "صبر کنید" (wait), and "eh" (اِ).
            "\u06a9\u0646\u06cc\u062f", "\u0627", "\u0627\u0650", "\u0627\u0647",
            // Hebrew "uh", "um".
            "\u05d0\u05d4", "\u05d0\u05de\u05de",
            // Japanese and Thai hesitations ("さんさんななよん…えーと、ぜろはちぜろ、...", "... เอ่อ ศูนย์ แปด ...").
            "\u3042", "\u3048\u30fc\u3068", "\u3048\u3063\u3068", "\u3048\u3068", "\u3042\u306e",
            "\u0e40\u0e2d\u0e48\u0e2d", "\u0e2d\u0e4a\u0e30")).collect(Collectors.toUnmodifiableSet());

    /**
     * Where a number said in words starts when the caller broke it off and said it again ("four one
     * five uh no four one six five five five ...", "two one seven sorry two one eight, ..."): the
     * digits said first, fewer and starting alike, right before a correction, are the same number's,
     * and its span takes them in, so that they are protected too. {@code found.start()} otherwise.
     */
    /** Most false starts of one number read back to its first ("seven one three, five five... no sorry, ..."). */
    private static final int MAX_RESTARTS = 3;

    /**
     * {@link #restartStart} read again from each false start found, so that a number begun wrong twice
     * ("seven one three, five five... no sorry, seven one three, four five... ugh, seven one three, five
     * five five, ...") is read from its first attempt.
     */
    private static int earliestRestart(String original, SpokenDigits.Rewrite rewrite, Detection found) {
        int start = found.start();
        for (int k = 0; k < MAX_RESTARTS; k++) {
            int earlier = restartStart(original, rewrite, new Detection(found.type(), start, found.end(), found.confidence(),
                    found.detector()));
            if (earlier >= start) {
                break;
            }
            start = earlier;
        }
        return start;
    }

    private static int restartStart(String original, SpokenDigits.Rewrite rewrite, Detection found) {
        int start = restartFromNumberWords(original, rewrite, found);
        int repeated = repeatedBeforeEllipsis(original, rewrite, found);
        return repeated >= 0 ? Math.min(start, repeated) : start;
    }

    private static int restartFromNumberWords(String original, SpokenDigits.Rewrite rewrite, Detection found) {
        String text = rewrite.text;
        // Back over the correction to the number words said first; a longer one after an ellipsis too.
        int resumed = interruptionStart(text, found.start());
        int limit = Math.max(0, resumed - MAX_CORRECTION);
        boolean correcting = resumed < found.start();
        int i = resumed;
        int wordEnd;
        while (true) {
            wordEnd = lastWordBefore(text, i);
            if (wordEnd < 0 || wordEnd < limit) {
                return found.start();
            }
            int wordStart = tokenStart(text, wordEnd);
            if (wordStart >= 2 && Chars.isApostrophe(text.charAt(wordStart - 1)) && Character.isLetter(text.charAt(wordStart - 2))) {
                wordStart = lettersStart(text, wordStart - 1); // "it's" is one word
            }
            String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!CORRECTION_WORDS.contains(word) && !(SpokenFillers.isFiller(text, wordStart, wordEnd)
                    && !SpokenDigits.isPortugueseOne(text, wordStart, wordEnd))) {
                break;
            }
            correcting |= CORRECTING.contains(word);
            i = wordStart;
        }
        // Without a word of correction, only a hesitation between ("nul zes vier vijf twee... eh nul
        // zes vier vijf twee twee ...") and the number said again from the start, digit for digit.
        // (The rewrite may have dropped the ellipsis between digits it wrote: "four zero... four two six nine"
        // is "40 4269" there.)
        boolean ellipsis = hasEllipsis(text, wordEnd, found.start())
                || hasEllipsis(original, rewrite.originalEnd(wordEnd), rewrite.originalStart(found.start()));
        boolean hesitating = !correcting && (i < found.start() || ellipsis
                || fillerBetween(original, rewrite.originalEnd(wordEnd), rewrite.originalStart(found.start())));
        // After an ellipsis two digits said again are enough: "nine eight... nine eight seven two, ...";
        // with only a pause between, an area code and exchange said twice ("four oh eight five five
        // five, four oh eight five five five zero one eight eight") are a start said again too.
        boolean pausedOnly = !correcting && !hesitating;
        hesitating |= pausedOnly;
        int minRepeated = ellipsis ? MIN_REPEATED_AFTER_ELLIPSIS : pausedOnly ? MIN_REPEATED_AFTER_PAUSE : MIN_REPEATED;
        // The number words said first: fewer digits than the number, the same first digit. A word
        // before them that reads as a digit ("é o nove dois sete ...": Portuguese "o", English "oh")
        // does not belong to them when the first digit would then differ. They are read back word by
        // word, and what they say is read as one stretch, as the run itself was: hundreds, tens,
        // "and" and "double" too ("novecentos e vinte e sete... hã... novecentos e vinte e sete, ...",
        // "two oh one, double five seven... sorry, two zero one, ...").
        String digits = Chars.digitsOf(text, found.start(), found.end());
        // A number said again in international form may have been begun with its prefix ("oh four four...
        // no hang on, I'll give you the international one... plus four four, seven four two six, ...").
        boolean international = text.charAt(found.start()) == '+';
        int start = found.start();
        int falseStartEnd = wordEnd;
        // (The false start broken off by an ellipsis right after its last word.)
        boolean brokenOff = text.startsWith("..", falseStartEnd) || text.startsWith("\u2026", falseStartEnd)
                || ellipsis && (original.startsWith("..", rewrite.originalEnd(falseStartEnd))
                        || original.startsWith("\u2026", rewrite.originalEnd(falseStartEnd)));
        // A unit broken off may have begun a compound that says its unit first ("nul zes een... eh... nul
        // zes, eenenzestig, ...": 06 61, not 06 1): its digit need not be the number's.
        int lastWordStart = tokenStart(text, falseStartEnd);
        boolean compoundBegun = brokenOff && SpokenDigits.opensLinkedCompound(text, lastWordStart, falseStartEnd);
        // So may tens broken off begin tens and a unit ("zéro quatre septante... zéro quatre septante et un, ..."):
        // its 0 need not be the number's.
        boolean tensBegun = brokenOff && SpokenDigits.isTensWord(text, lastWordStart, falseStartEnd);
        // One digit broken off right after it and said again as the number starts ("two... two oh two, ..."):
        // SpokenDigits reads it as a false start, and so does the span.
        if (brokenOff) {
            minRepeated = Math.min(minRepeated, 1);
        }
        String first = "";
        int firstStart = found.start();
        while ((correcting || hesitating) && wordEnd > 0) {
            int wordStart = tokenStart(text, wordEnd);
            // Hangul, kana or Thai numerals; hundreds glued to the rest ("nul vierhonderdachtennegentig... nee, ...")
            boolean numerals = ScriptNumerals.isNumerals(text, wordStart, wordEnd) || SpokenDigits.isGluedNumber(text, wordStart, wordEnd);
            if (wordStart == wordEnd || !(numerals || SpokenDigits.isNumberPart(text, wordStart, wordEnd))) {
                if (start < found.start() && wordStart < wordEnd && SpokenDigits.isPlusWord(text, wordStart, wordEnd)) {
                    start = wordStart; // "plus vier neun eins sieben \u00e4h nein plus vier neun ...": its '+' too
                }
                break;
            }
            // (A word inside a compound joined by hyphens is read with the whole compound, from its first
            // word: "vingt-onze" alone would say 2011, "quatre-vingt-onze" says 91.)
            boolean insideCompound = wordStart >= 2 && text.charAt(wordStart - 1) == '-' && Character.isLetter(text.charAt(wordStart - 2));
            if (!insideCompound && (numerals || SpokenDigits.isNumberWord(text, wordStart, wordEnd))) {
                String said = SpokenDigits.saidDigits(text, wordStart, falseStartEnd);
                if (said.length() >= digits.length()) {
                    return found.start(); // as many digits as the number: a whole number said before it
                }
                if (said.length() > first.length()) { // (a word the reading drops, as that "o", says nothing)
                    first = said;
                    firstStart = wordStart;
                    String begun = begun(said, brokenOff);
                    if (said.charAt(0) == digits.charAt(0)
                            && (correcting || (said.length() >= minRepeated && digits.startsWith(begun))
                                    // (Its last digit a slip on the same number after a hesitation: "nol delapan
                                    // lima dua eh nol delapan lima tiga ...", 0852 for 0853.)
                                    || (said.length() >= MIN_SLIP_FALSE_START && begunBeforeLastDigit(digits, said, minRepeated))
                                    || (compoundBegun && compoundOfUnit(digits, said, minRepeated))
                                    || (tensBegun && begunBeforeLastDigit(digits, said, minRepeated))
                                    // (An area code said whole, then a digit broken off that the number does
                                    // not go on with: "нула осем седем, нула... нула осем седем, девет ...".)
                                    || (brokenOff && begunBeforeLastDigit(digits, said, MIN_SLIP_KEPT)))
                            || ellipsis && said.length() >= minRepeated && afterTrunkEight(digits, begun)
                            || international && said.length() >= minRepeated && nationalOfInternational(digits, begun)) {
                        start = wordStart;
                    }
                }
            }
            wordEnd = lastWordBefore(text, wordStart);
            if (wordEnd < 0 || (resumed < found.start() && start == wordStart && hasEllipsis(text, wordEnd, wordStart))) {
                // (After an interruption, an attempt broken off before this one is read from this one,
                // by earliestRestart: "nul zes... nul zes... sorry ik moet even kijken... nul zes, ...".)
                break;
            }
        }
        if (resumed < found.start() && !digits.startsWith(first) && !(international && nationalOfInternational(digits, first))) {
            return found.start(); // after a long interruption, only the same number begun
        }
        // (One digit is enough when an ellipsis broke it off right after it: "it's nine... sorry, zero
        // nine zero, ...", not "one hold on... it's four seven oh, ...".)
        if (correcting && start != firstStart && first.length() >= (brokenOff ? 1 : MIN_WRONG_START)
                && (first.length() <= MAX_WRONG_START || ellipsis && first.length() < digits.length()
                        && !otherNumberThenInternational(digits, first, international))
                && (firstStart == 0 || text.charAt(firstStart - 1) == ' '
                        // (Or a mark, or a word glued before numerals of a script that sets no words apart:
                        // "番号は…キューゼロ、あ、いや、ゼロキューゼロ、...".)
                        || !Character.isLetterOrDigit(text.charAt(firstStart - 1)) || Chars.isCjk(text.charAt(firstStart)))) {
            // A few digits said wrong and corrected ("eight oh four... no, nine one five, ...") are the
            // number's false start too, whatever digit they start with: all the number words said
            // before the correction, when there are no more than an area code's (also when their last
            // word alone starts as the number does: "five one two… sorry, two three nine, ..."); or,
            // broken off ("...") and corrected, fewer digits than the number, whatever they say ("cinq
            // huit un, cinq cinq cinq, zéro un... euh non, quatre un huit, ...": one number, said twice).
            start = firstStart;
            int plusEnd = lastWordBefore(text, firstStart);
            if (plusEnd > 0 && SpokenDigits.isPlusWord(text, tokenStart(text, plusEnd), plusEnd)) {
                start = tokenStart(text, plusEnd); // "플러스 팔이... 아 아니 그냥 공일공 ...": its '+' too
            }
        }
        if (!correcting && !pausedOnly && start == found.start() && found.type().equals(EntityTypes.CREDIT_CARD)
                && first.length() >= MIN_CARD_FALSE_START && first.length() <= CARD_GROUP && first.charAt(0) == digits.charAt(0)
                // (Two digits only broken off, or said again as the card starts: "forty five, uh, four six ..." is
                // an amount.)
                && (first.length() > MIN_CARD_FALSE_START || brokenOff || digits.startsWith(first))
                && (firstStart == 0 || text.charAt(firstStart - 1) == ' ')) {
            // A card's first group said wrong and said again after a hesitation ("four five four, uh, four
            // six five four, nine four one nine, ...", "three four, uh, three four eight eight, ...", "four
            // zero... four two six nine, ..."): two to four digits starting as the card does.
            start = firstStart;
        }
        // A false start rewritten with its '+' ("บวกหกหก แปด ...", "+6681556... เอ่อ บวก หก หก ..."): the '+' too.
        return start < found.start() && start > 0 && text.charAt(start - 1) == '+' ? start - 1 : start;
    }

    /** Most chars of numerals glued in a script that sets no words apart, read back from their end. */
    private static final int MAX_GLUED_NUMERALS = 24;

    /**
     * Where the numerals of Han, kana, Hangul or Thai that end at {@code end} begin, the words glued before
     * them left out ("我電話是零九二" ends in 零九二); {@code end} when none end there.
     */
    private static int numeralsStart(String text, int end) {
        int start = end;
        for (int s = end - 1; s >= 0 && end - s <= MAX_GLUED_NUMERALS && Chars.isCjk(text.charAt(s)); s--) {
            if (ScriptNumerals.isNumerals(text, s, end)) {
                start = s;
            }
        }
        return start;
    }

    /** Fewest digits of a national number said whole before a caller gives another in international form. */
    private static final int MIN_WHOLE_NATIONAL = 8;
    /** Digits after the zeros of a false start that, alike, make it the international number begun: a country code. */
    private static final int COUNTRY_CODE_DIGITS = 3;

    /**
     * Whether {@code said}, broken off and corrected before a number said in international form, is a
     * whole national number of its own, not that number begun ("zero one six one, two four, five five, six
     * seven eight... sorry, plus nine one nine eight one four ...": a landline, then a mobile): long
     * enough, and after its zeros neither the international number's national form nor its country code
     * ("zero zero dois duplo quatro, ... perdão, mais dois quatro quatro, ...": the same number, slipped).
     */
    private static boolean otherNumberThenInternational(String digits, String said, boolean international) {
        if (!international || said.length() < MIN_WHOLE_NATIONAL || nationalOfInternational(digits, said)) {
            return false;
        }
        int zeros = 0;
        while (zeros < said.length() && said.charAt(zeros) == '0') {
            zeros++;
        }
        return !digits.startsWith(said.substring(zeros, Math.min(said.length(), zeros + COUNTRY_CODE_DIGITS)));
    }

    /**
     * Whether the word {@code text[start, end)} is English "one" said for a thing after a word that is no
     * number word ("I'll give you the international one...", "the other one..."), not a digit.
     */
    private static boolean pronounOne(String text, int start, int end) {
        if (end - start != 3 || !text.regionMatches(true, start, "one", 0, 3)) {
            return false;
        }
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int wordStart = lettersStart(text, before);
        return wordStart < before && before < start && !SpokenDigits.isNumberWord(text, wordStart, before);
    }

    /**
     * Whether a false start {@code said} with one or two zeros before the country code ("0 44", "00 44")
     * begins the digits of a number said again in international form (without its '+').
     */
    private static boolean nationalOfInternational(String digits, String said) {
        int zeros = 0;
        while (zeros < said.length() && zeros < 2 && said.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros > 0 && said.length() - zeros >= 1 && digits.startsWith(said.substring(zeros));
    }

    /** Fewest digits of a false start whose last digit is a slip, said again after a hesitation. */
    private static final int MIN_SLIP_FALSE_START = 4;

    /**
     * The digits a false start said, as far as the caller got: a hundreds word broken off by an ellipsis
     * ("восемь семьсот... э... восемь семьсот восемь, ...") began its hundred, not "700".
     */
    private static String begun(String said, boolean brokenOff) {
        return brokenOff && said.length() > 2 && said.endsWith("00") ? said.substring(0, said.length() - 2) : said;
    }

    private static boolean hasEllipsis(String text, int from, int to) {
        String between = text.substring(from, to);
        // A dash set apart breaks off as an ellipsis does: "it's a nine one six — nine one six five five five ...".
        return between.contains("..") || between.indexOf('\u2026') >= 0 || between.contains(" \u2014 ")
                || between.contains(" \u2013 ") || between.contains(" -- ") || between.contains(" - ");
    }

    /**
     * Whether {@code digits} go on as a false start {@code said} began them, its last digit a unit broken
     * off that the number then says in a compound with it ("06" and the "1" of "een..." in "06 61 ..."):
     * the digits before that unit, then a tens digit and that unit.
     */
    private static boolean compoundOfUnit(String digits, String said, int minRepeated) {
        int unit = said.length() - 1;
        return begunBeforeLastDigit(digits, said, minRepeated) && digits.length() > unit + 1
                && digits.charAt(unit + 1) == said.charAt(unit);
    }

    /**
     * Whether {@code digits} begin with all of a false start {@code said} but its last digit, at least
     * {@code minRepeated} of them: the last word broken off may have begun a longer one.
     */
    private static boolean begunBeforeLastDigit(String digits, String said, int minRepeated) {
        int last = said.length() - 1;
        return last >= minRepeated && digits.startsWith(said.substring(0, last));
    }

    /**
     * Whether a number said with Russia's and Kazakhstan's trunk prefix 8 goes on as the false start
     * said before it did, without that prefix ("семьсот пять... э... восемь семьсот пять, ...").
     */
    private static boolean afterTrunkEight(String digits, String said) {
        return digits.length() == RUSSIAN_NATIONAL_DIGITS && digits.charAt(0) == '8' && digits.startsWith(said, 1);
    }

    /** Digits of a Russian or Kazakh national number with its trunk prefix: 8 and ten. */
    private static final int RUSSIAN_NATIONAL_DIGITS = 11;

    /** Most chars of a caller's interruption between a number broken off and the same number said again. */
    private static final int MAX_INTERRUPTION = 100;

    /**
     * Where the ellipsis (or comma) starts that broke off a number the caller says again at {@code
     * start} after words of their own with a word of correction among them and no number ("five five
     * three one, oh seven three... wait, sorry, let me start over, five five three one, ...", "seven
     * eight oh... sorry, hold on, I have it written down. Seven eight oh, ..."); {@code start} when
     * none does.
     */
    private static int interruptionStart(String text, int start) {
        int limit = Math.max(0, start - MAX_INTERRUPTION);
        boolean correcting = false;
        boolean ownWords = false; // a short correction alone ("... no, sorry, ...") is read where it stands
        boolean namesNumber = false;
        boolean sentence = false;
        int i = start;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (c == '\u2026' || (c == '.' && i >= 2 && text.charAt(i - 2) == '.')) {
                while (i > 0 && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '\u2026')) {
                    i--;
                }
                if (lastWordBefore(text, i) == i && SpokenDigits.isNumberWord(text, tokenStart(text, i), i)
                        && !pronounOne(text, tokenStart(text, i), i)) {
                    return correcting && ownWords ? i : start;
                }
                continue; // a pause of the interruption itself ("... hang on my glasses... four two six three, ...")
            }
            if (Chars.isAsciiDigit(c)) {
                // Digits the rewrite wrote for a number said before ("4225 8068, uh, wait, let me get my
                // glasses... 4225 8068 4153 9639"): the same as its words, two digits at least.
                boolean twoDigits = i >= 2 && Chars.isAsciiDigit(text.charAt(i - 2));
                return correcting && sentence && twoDigits && !namesNumber ? i : start;
            }
            if (c == '\n') {
                return start;
            }
            if (Character.isLetter(c)) {
                int wordStart = tokenStart(text, i);
                if (SpokenDigits.isNumberWord(text, wordStart, i) && !SpokenFillers.isFiller(text, wordStart, i)
                        && !pronounOne(text, wordStart, i)) {
                    // A number broken off with a comma, not an ellipsis, before the words, two number words
                    // at least ("seis tres nueve, perdona que lo tengo nuevo... seis tres nueve, ..."; "oh,
                    // um, sorry yeah, so it's oh two oh" begins with an interjection and a filler).
                    int before = lastWordBefore(text, wordStart);
                    int beforeStart = before > 0 ? tokenStart(text, before) : -1;
                    boolean twoWords = before > 0 && SpokenDigits.isNumberWord(text, beforeStart, before)
                            && !SpokenFillers.isFiller(text, beforeStart, before);
                    return correcting && ownWords && twoWords && !namesNumber ? i : start;
                }
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                // "null drei null, ähm, nein warten sie, die festnetznummer ist null dreißig, ...": another
                // number named, not the same one said again.
                namesNumber |= ContextWords.PHONE.contains(word) || word.endsWith("nummer") || word.endsWith("number");
                correcting |= CORRECTING.contains(word);
                ownWords |= !CORRECTION_WORDS.contains(word) && !SpokenFillers.isFiller(text, wordStart, i);
                // (More than the "and" of a number broken off: "treinta y... no perdón, ...".)
                sentence |= !CORRECTION_WORDS.contains(word) && word.length() > 2 && !SpokenFillers.isFiller(text, wordStart, i);
                i = wordStart;
                continue;
            }
            i--;
        }
        return start;
    }

    /**
     * Whether a filler stands in {@code original[from, to)}: between two runs the rewrite joins, where
     * it no longer shows ("seven seven three, five five, uh, seven seven three ...").
     */
    private static boolean fillerBetween(String original, int from, int to) {
        return wordBetween(original, from, to, (start, end) -> SpokenFillers.isFiller(original, start, end));
    }

    /** Whether a word (a run of letters) of {@code text[from, to)} passes {@code test} on its start and end. */
    private static boolean wordBetween(String text, int from, int to, BiPredicate<Integer, Integer> test) {
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (test.test(i, end)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** Most words of a beginning broken off by an ellipsis that {@link #repeatedBeforeEllipsis} compares. */
    private static final int MAX_REPEATED_WORDS = 4;

    /**
     * Where the words right before an ellipsis begin when the number right after it starts with the
     * same words, written alike ("zero satt... zero satt chaar satt ikk, ..."): a beginning broken off
     * and said again, in whatever language, whether or not its words alone read as a number (Hindi's
     * "satt" counts only in a long run). The most such words, up to {@value #MAX_REPEATED_WORDS}, fewer
     * than the number has; -1 when none.
     */
    private static int repeatedBeforeEllipsis(String original, SpokenDigits.Rewrite rewrite, Detection found) {
        String text = rewrite.text;
        int end = found.start();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int dots = end;
        while (dots > 0 && (text.charAt(dots - 1) == '.' || text.charAt(dots - 1) == '\u2026')) {
            dots--;
        }
        if (!(end - dots >= 2 || end - dots == 1 && text.charAt(dots) == '\u2026')) {
            return -1;
        }
        List<String> number = words(original, rewrite.originalStart(found.start()), rewrite.originalEnd(found.end())).stream()
                .map(word -> original.substring(word[0], word[1]).toLowerCase(Locale.ROOT)).toList();
        int best = -1;
        int wordEnd = dots;
        List<String> said = new ArrayList<>();
        for (int k = 0; k < MAX_REPEATED_WORDS; k++) {
            int wordStart = lettersStart(text, wordEnd);
            if (wordStart == wordEnd) {
                break;
            }
            said.add(0, text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
            if (said.size() < number.size() && said.equals(number.subList(0, said.size()))) {
                best = wordStart;
            }
            wordEnd = wordStart;
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
        }
        return best;
    }

    /** Where the run of letters that ends at {@code end} starts; {@code end} when a letter does not end there. */
    private static int lettersStart(String text, int end) {
        int start = end;
        while (start > 0 && SpokenDigits.isWordChar(text.charAt(start - 1))) { // (Thai's marks too: "เอ่อ")
            start--;
        }
        return start;
    }

    /** Where the word that ends at {@code end} starts: a run of letters, or of ASCII digits. */
    private static int tokenStart(String text, int end) {
        int arabizi = SpokenDigits.arabiziStart(text, end);
        if (arabizi >= 0) {
            return arabizi; // "3echrin", "wa7ed": one number word
        }
        int start = Chars.digitRunStart(text, end);
        if (start < end && start > 0 && Chars.isAsciiLetter(text.charAt(start - 1)) && !Chars.wordCharAt(text, end)) {
            return lettersStart(text, start); // Arabizi's "la2" (no), a word that ends in its digit
        }
        if (start < end) {
            return start;
        }
        if (end > 0 && Chars.isCjk(text.charAt(end - 1))) {
            int numerals = numeralsStart(text, end);
            if (numerals < end) {
                return numerals; // "我電話是零九二…": the numerals, not the words glued before them
            }
        }
        start = lettersStart(text, end);
        // An apostrophe inside a word is part of it: Ukrainian "дев'ять", "дев'яносто", English "it's".
        while (start >= 2 && start < end && Chars.isApostrophe(text.charAt(start - 1))
                && Character.isLetter(text.charAt(start - 2))) {
            start = lettersStart(text, start - 1);
        }
        return start;
    }

    /** Fewest digits of a written false start: one digit before an ellipsis is as often a count or an item. */
    private static final int MIN_WRITTEN_FALSE_START = 2;

    /**
     * A number written in digits, broken off with an ellipsis and written again from its start ("07 52...
     * attendez... 07 52 18 64 33"): its span takes in the digits written first, as a number said in words
     * does ({@link #earliestRestart}), so that they are protected too. Between them only ellipses, blanks,
     * commas and words of correction or hesitation; the digits written first are fewer than the number's
     * and begin it.
     */
    private static void withWrittenFalseStarts(String text, List<Detection> candidates) {
        for (int c = 0; c < candidates.size(); c++) {
            Detection found = candidates.get(c);
            if (found.start() == 0) {
                continue;
            }
            int falseStart = -1;
            if (isDigitType(found.type()) && Chars.isAsciiDigit(text.charAt(found.start()))) {
                falseStart = writtenFalseStart(text, found.start(), Chars.digitsOf(text, found.start(), found.end()));
            } else if (found.type().equals(EntityTypes.IBAN)) {
                falseStart = wordsSaidAgainStart(text, found.start(), found.end());
            }
            if (falseStart >= 0) {
                candidates.set(c, new Detection(found.type(), falseStart, found.end(), found.confidence(), found.detector()));
            }
        }
    }

    /**
     * Where a false start broken off with an ellipsis ends, for a value said again from {@code start}:
     * back over blanks, commas, ellipses and words of correction or hesitation ("... euh non pardon, "),
     * the end of the word right before an ellipsis; -1 when something else stands between.
     */
    private static int falseStartEnd(String text, int start) {
        int limit = Math.max(0, start - MAX_CORRECTION);
        int i = start;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (c == '.' || c == '\u2026' || c == ' ' || c == ',') {
                i--;
                continue;
            }
            boolean beforeEllipsis = text.startsWith("..", i) || text.startsWith("\u2026", i);
            if (Character.isLetter(c)) {
                int wordStart = lettersStart(text, i);
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                if (CORRECTION_WORDS.contains(word) || SpokenFillers.isFiller(text, wordStart, i)) {
                    i = wordStart;
                    continue;
                }
            }
            return beforeEllipsis && Character.isLetterOrDigit(c) ? i : -1;
        }
        return -1;
    }

    /** Where the digits written first start, for a number starting at {@code start} with {@code digits}; -1 if none. */
    private static int writtenFalseStart(String text, int start, String digits) {
        // The digits written first end right at an ellipsis: "07 52...".
        int i = falseStartEnd(text, start);
        if (i <= 0 || !Chars.isAsciiDigit(text.charAt(i - 1))) {
            return -1;
        }
        int first = i;
        while (first > 0 && (Chars.isAsciiDigit(text.charAt(first - 1))
                || first >= 2 && " -.".indexOf(text.charAt(first - 1)) >= 0 && Chars.isAsciiDigit(text.charAt(first - 2)))) {
            first--;
        }
        if (first > 0 && (Character.isLetterOrDigit(text.charAt(first - 1)) || text.charAt(first - 1) == '+')) {
            return -1;
        }
        String written = Chars.digitsOf(text, first, i);
        // Its last digit may be a slip on the same number ("079 44... nei sorry, 079 484 12 90"), as said in words.
        boolean begins = digits.startsWith(written) || begunBeforeLastDigit(digits, written, MIN_WRITTEN_FALSE_START);
        return written.length() >= MIN_WRITTEN_FALSE_START && written.length() < digits.length() && begins ? first : -1;
    }

    /** Fewest words of a value broken off and said again from its start ("FR76 3000 3741... euh pardon, FR76 ..."). */
    private static final int MIN_WORDS_SAID_AGAIN = 2;

    /**
     * Where the words said first start, for a value written or said again from {@code start} after an
     * ellipsis and a correction ("FR76 3000 3741... euh pardon, FR76 3000 3741 8071 ...", "F R sept six, un
     * quatre cinq... euh non pardon, F R sept six, un quatre cinq zéro, ..."): the words before the
     * ellipsis, two at least, are the value's first words (the last may be broken off: a prefix of its
     * word), and fewer than all of them; -1 when they are not.
     */
    private static int wordsSaidAgainStart(String text, int start, int end) {
        int falseEnd = falseStartEnd(text, start);
        if (falseEnd < 0) {
            return -1;
        }
        List<int[]> said = words(text, start, end);
        // The words before the ellipsis, nearest first, as many as the value has but one.
        List<int[]> before = new ArrayList<>();
        int i = falseEnd;
        while (before.size() < said.size() - 1 && i > 0) {
            int wordEnd = i;
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            before.add(new int[] {wordStart, wordEnd});
            i = wordStart;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
                i--;
            }
            if (i == wordStart || i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1))) {
                break;
            }
        }
        for (int k = before.size(); k >= MIN_WORDS_SAID_AGAIN; k--) {
            boolean same = true;
            for (int w = 0; w < k && same; w++) {
                int[] first = before.get(k - 1 - w);
                int[] again = said.get(w);
                int length = first[1] - first[0];
                same = (w == k - 1 ? length <= again[1] - again[0] : length == again[1] - again[0])
                        && text.regionMatches(true, first[0], text, again[0], length);
            }
            if (same) {
                return before.get(k - 1)[0];
            }
        }
        return -1;
    }

    /** The words (letters and digits) of {@code text[start, end)}, as {start, end} pairs. */
    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            words.add(new int[] {i, wordEnd});
            i = wordEnd;
        }
        return words;
    }

    /**
     * The end of the last word (letters or digits) before {@code i} when only blanks, commas, dots
     * (an ellipsis) and fillers' marks stand between; -1 when something else does or the text starts.
     */
    private static int lastWordBefore(String text, int i) {
        int k = i;
        while (k > 0) {
            char c = text.charAt(k - 1);
            if (SpokenDigits.isWordChar(c) || Chars.isAsciiDigit(c)) {
                return k;
            }
            if (c != ' ' && c != ',' && c != '.' && c != '\u2026' && c != '\u3001' && c != '\uFF0C' && c != '\u1363'
                    && c != SpokenFillers.MARK && c != ':' && c != '\u30FB'
                    && !(c == '-' && k > 1 && Character.isLetter(text.charAt(k - 2))) && !dashSetApart(text, k - 1)) {
                return -1; // (an ellipsis, "、" and "，" are pauses: "onze nove sete... não, onze nove oito ..."; a colon
                           // after a word of correction too: "nouă unu... nu, stați: zero șapte ..."; a hyphen joins
                           // the words of one number: "deux cent vingt-trois... pardon, zéro quatre, ..."; a dash
                           // between blanks breaks off as an ellipsis does)
            }
            k--;
        }
        return -1;
    }

    /** Whether the char at {@code i} is a dash between blanks: " — ", " – ", " - ". */
    private static boolean dashSetApart(String text, int i) {
        char c = text.charAt(i);
        return (c == '\u2014' || c == '\u2013' || c == '-') && i > 0 && text.charAt(i - 1) == ' '
                && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    /**
     * Whether nine digits said in words are grouped as an employer id is written ({@code 12-3456789}):
     * "eight four, three three one oh nine two seven", two digits before the first pause. A Social
     * Security number is said in three, two and four, or without a pause.
     */
    private static boolean saidAsEin(String text, Detection said) {
        int pause = text.indexOf(',', said.start());
        int dash = text.indexOf(" dash ", said.start());
        if (dash >= 0 && (pause < 0 || dash < pause)) {
            pause = dash; // "eight eight dash one two three ..."
        }
        if (pause < 0 || pause >= said.end()) {
            return false;
        }
        String first = SpokenDigits.digits(text, said.start(), pause);
        return first != null && first.length() == 2;
    }

    /**
     * Where an area code answered or given by name stands; whether it was given after the local number
     * ("..., area code 602"), and whether the question asked for a Brazilian DDD.
     */
    private record AreaCodeAnswer(int start, int end, boolean givenAfterTheLocal, boolean brazilianDdd) {
    }

    /** A phone number said in words, as found in the original text, and its digits. */
    private record SaidPhone(Detection detection, String digits) {
    }

    /** Most chars between a caller's false start and the number said again in full. */
    private static final int MAX_RESTART_GAP = 64;

    /**
     * A caller who breaks off and starts a number again ("oh one one three, four nine six, oh...
     * sorry, let me start again, oh one one three, four nine six, oh two one seven") said one number:
     * a said phone number whose digits begin one said right after it, with more digits, is a false
     * start of that one, and is dropped, also as a number a read-back may repeat; the number's span
     * takes it in (the eval README's convention: the digits said first are protected too). So is a
     * number said with one digit left out and said again whole after a correction ("nove seis, dois
     * dois zero, quatro um sete... quer dizer, nove seis três, ..."): a slip on the same number.
     * (Long false starts come here: the rewrite wrote their digits, which earliestRestart does not
     * read back over.)
     */
    private static void dropFalseStarts(String text, List<SaidPhone> saidPhones, List<Detection> candidates,
            Map<String, Double> spokenPhones) {
        for (int f = 0; f < saidPhones.size(); f++) {
            SaidPhone first = saidPhones.get(f);
            for (int a = 0; a < saidPhones.size(); a++) {
                SaidPhone again = saidPhones.get(a);
                int gap = again.detection().start() - first.detection().end();
                boolean near = gap >= 0 && gap <= MAX_RESTART_GAP && noDigitBetween(text, first, again);
                boolean repeated = near && again.digits().length() > first.digits().length()
                        && again.digits().startsWith(first.digits());
                boolean slipped = near && first.digits().length() >= MIN_DROPPED_DIGIT_SLIP
                        && oneDigitLeftOut(again.digits(), first.digits())
                        && correctedBetween(text, first.detection().end(), again.detection().start());
                boolean oneTurn = (repeated || slipped) && sameTurn(text, first.detection().end(), again.detection().start());
                boolean slip = slipped && oneTurn;
                // The number said again whose span took in this one as its false start ("seis cuarenta y
                // cinco, doce, treinta y... no perdón, seis cuarenta y seis, ..."), whatever digit changed.
                boolean inFalseStart = again != first && again.detection().start() <= first.detection().start()
                        && again.detection().end() > first.detection().end();
                if (repeated || slip || inFalseStart) {
                    candidates.remove(first.detection());
                    spokenPhones.remove(first.digits());
                }
                if (oneTurn && candidates.removeIf(d -> d.equals(again.detection()))) {
                    Detection whole = new Detection(again.detection().type(), first.detection().start(),
                            again.detection().end(), again.detection().confidence(), again.detection().detector());
                    candidates.add(whole);
                    saidPhones.set(a, new SaidPhone(whole, again.digits()));
                }
            }
        }
    }

    /** Fewest digits of a number said with one digit left out before it is said again whole. */
    private static final int MIN_DROPPED_DIGIT_SLIP = 6;

    /** Digits a slip leaves in place before the one it leaves out: the number was begun as it is. */
    private static final int SLIP_SAME_START = 2;

    /**
     * Whether {@code shorter} is {@code digits} with one digit after their first two left out (not a
     * national number said again with its country code: "zero șapte ...  adică plus patruzeci, șapte ...").
     */
    private static boolean oneDigitLeftOut(String digits, String shorter) {
        if (shorter.length() + 1 != digits.length()) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == digits.charAt(i)) {
            i++;
        }
        return i >= SLIP_SAME_START && digits.startsWith(shorter.substring(i), i + 1);
    }

    /** Whether {@code text[from, to)} stays in one speaker's turn: no line break, no speaker's tag. */
    private static boolean sameTurn(String text, int from, int to) {
        int lineBreak = text.indexOf('\n', from);
        return (lineBreak < 0 || lineBreak >= to) && !wordBetween(text, from, to, (start, end) -> end < to
                && text.charAt(end) == ':' && ContextWords.SPEAKERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT)));
    }

    /** Whether {@code text[from, to)} breaks off (an ellipsis) or says a word of correction. */
    private static boolean correctedBetween(String text, int from, int to) {
        return hasEllipsis(text, from, to)
                || wordBetween(text, from, to, (start, end) -> CORRECTING.contains(text.substring(start, end).toLowerCase(Locale.ROOT)));
    }

    /**
     * A number said again right after a phone number, corrected ("nove um dois, três quatro cinco,
     * seis sete oito... não, espere, é nove um seis, três quatro cinco, seis sete oito"): a spoken run
     * no detector took, at most {@link #MAX_RESTART_GAP} chars after a said phone number, as long as
     * it or one digit shorter or longer, and the same in at least half of its digits place by place,
     * is that number corrected, and a phone number too.
     */
    private static void addCorrections(SpokenDigits.Rewrite rewrite, List<SaidPhone> saidPhones, List<Detection> candidates) {
        for (int[] run : rewrite.runs) {
            String digits = Chars.digitsOf(rewrite.text, run[0], run[1]);
            int from = rewrite.originalStart(run[0]);
            int to = rewrite.originalEnd(run[1]);
            if (candidates.stream().anyMatch(d -> d.start() < to && from < d.end())) {
                continue;
            }
            for (SaidPhone said : saidPhones) {
                int gap = from - said.detection().end();
                if (gap >= 0 && gap <= MAX_RESTART_GAP && Math.abs(digits.length() - said.digits().length()) <= 1
                        && samePlaces(digits, said.digits()) * 2 >= digits.length()) {
                    candidates.add(new Detection(EntityTypes.PHONE_NUMBER, from, to, said.detection().confidence(),
                            PhoneNumberDetector.NAME));
                    break;
                }
            }
        }
    }

    /**
     * A number whose last group the caller said again, longer, after a word of correction ("nine one
     * seven, five five five, zero one, sorry, zero one two three"): the number is the one with the
     * group said again in place of the first, and its span runs to the group's end, when that number is
     * a phone number as a whole.
     */
    private void addTailCorrections(String text, List<SaidPhone> saidPhones, List<Detection> candidates) {
        for (SaidPhone said : saidPhones) {
            Detection first = said.detection();
            int pause = text.lastIndexOf(',', first.end() - 1);
            String group = pause > first.start() ? SpokenDigits.digits(text, pause + 1, first.end()) : null;
            if (group == null || group.length() >= said.digits().length() || !candidates.contains(first)) {
                continue;
            }
            long again = digitsSaidAgain(text, first.end());
            if (again < 0) {
                continue;
            }
            String digits = SpokenDigits.digits(text, (int) (again >>> 32), (int) again);
            if (digits == null || digits.length() <= group.length() || !digits.startsWith(group)) {
                continue;
            }
            String corrected = said.digits().substring(0, said.digits().length() - group.length()) + digits;
            if (isWholePhoneNumber(corrected)) {
                candidates.remove(first);
                candidates.add(new Detection(EntityTypes.PHONE_NUMBER, first.start(), (int) again, first.confidence(),
                        first.detector()));
            }
        }
    }

    /**
     * Where the number words said after a word of correction right after {@code end} are (start in the
     * high half, end in the low half), or -1 when no such word or no number word follows.
     */
    private static long digitsSaidAgain(String text, int end) {
        boolean correcting = false;
        int i = end;
        int start = -1;
        int last = -1;
        while (i < text.length() && i - end <= MAX_CORRECTION + MAX_SAID_AGAIN) {
            char c = text.charAt(i);
            if (c == ' ' || c == ',' || c == '.' || c == '\u2026') { // "oh one... sorry, oh one two three"
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == i) {
                break;
            }
            String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            if (start < 0 && (CORRECTION_WORDS.contains(word) || SpokenFillers.isFiller(text, i, wordEnd))) {
                correcting |= CORRECTING.contains(word);
            } else if (correcting && SpokenDigits.digits(text, i, wordEnd) != null) {
                start = start < 0 ? i : start;
                last = wordEnd;
            } else {
                break;
            }
            i = wordEnd;
        }
        return start < 0 ? -1 : (long) start << 32 | last;
    }

    /** A turn that answers with two or three digits alone, after a speaker's tag and words said before them ("oh sorry 505"). */
    private static final Pattern AREA_CODE_REPLY = Pattern.compile(
            "(?m)^[^:\n]{1,30}:[ \t]*(?:(?:oh|sorry|uh|um|yeah|it's|its|that's|é|e)[ ,]+)*(\\d{2,3}|\\p{L}[\\p{L} ,-]{3,39}?)[ .]*$");
    /**
     * The other's question that ends in "area code" ("and the area code?"), not a remark ("same area code as the
     * cell"); or in Brazil's "DDD" ("e o ddd?", "com ddd"), its group 1.
     */
    private static final Pattern AREA_CODE_QUESTION = Pattern.compile("(?i)(?:area code|(?<![\\p{L}])(ddd))[ \t]*[?.]?[ \t]*$");
    /** A turn that gives the area code by name, after the local number: "gary: area code is 307". */
    private static final Pattern AREA_CODE_GIVEN = Pattern.compile(
            "(?im)^[^:\n]{1,30}:[ \t]*(?:(?:oh|sorry|and|the|uh|um)[ ,]+)*area code(?: is|'s|:)?[ \t]+(\\d{3}|[\\p{L} ,-]{5,40}?)[ .!]*$");
    private static final int AREA_CODE_DIGITS = 3;
    private static final int LOCAL_DIGITS = 7;
    /** Brazil's area code (DDD) and its local numbers: 2 digits, then 8 (landlines) or 9 (mobiles). */
    private static final int DDD_DIGITS = 2;
    private static final int MIN_BRAZILIAN_LOCAL = 8;
    private static final int MAX_BRAZILIAN_LOCAL = 9;

    /**
     * An area code given in a turn of its own, after the other's question ("agent: and the area code\n
     * caller: six one five"), when a local number of seven digits was said: a part of that phone number,
     * as a number's parts said in two turns are (the labelling convention of the later sets; sets 22, 159,
     * 189, 191 and 313 leave it). So is one given by name in a later turn of its own ("gary: area code is
     * 307"). Said after the number in the same turn, "..., area code seven one eight", it is left: most sets
     * label only the number there. A Brazilian caller asked for the DDD gives two digits for a local number of
     * eight or nine ("agente: e o ddd?\ncliente: onze").
     */
    private void addAreaCodesAnswered(String text, List<Detection> candidates) {
        List<SaidPhone> locals = new ArrayList<>();
        for (Detection found : candidates) {
            if (found.type().equals(EntityTypes.PHONE_NUMBER)) {
                String digits = Chars.isAsciiDigit(text.charAt(found.start())) ? Chars.digitsOf(text, found.start(), found.end())
                        : SpokenDigits.saidDigits(text, found.start(), found.end());
                if (digits.length() == LOCAL_DIGITS || digits.length() >= MIN_BRAZILIAN_LOCAL && digits.length() <= MAX_BRAZILIAN_LOCAL) {
                    locals.add(new SaidPhone(found, digits));
                }
            }
        }
        if (locals.isEmpty()) {
            return;
        }
        List<AreaCodeAnswer> answers = new ArrayList<>();
        Matcher reply = AREA_CODE_REPLY.matcher(text);
        while (reply.find()) {
            int lineStart = reply.start();
            int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            Matcher question = AREA_CODE_QUESTION.matcher(text).region(previousStart, Math.max(previousStart, lineStart - 1));
            if (lineStart > 0 && question.find()) {
                answers.add(new AreaCodeAnswer(reply.start(1), reply.end(1), false, question.start(1) >= 0));
            }
        }
        Matcher given = AREA_CODE_GIVEN.matcher(text);
        while (given.find()) {
            answers.add(new AreaCodeAnswer(given.start(1), given.end(1), true, false));
        }
        List<Detection> areaCodes = new ArrayList<>();
        for (AreaCodeAnswer answer : answers) {
            int start = answer.start();
            int end = answer.end();
            String areaCode = Chars.onlyDigits(text, start, end) ? text.substring(start, end) : SpokenDigits.digits(text, start, end);
            boolean ddd = answer.brazilianDdd();
            if (areaCode == null || areaCode.length() != (ddd ? DDD_DIGITS : AREA_CODE_DIGITS)) {
                continue;
            }
            boolean givenAfterTheLocal = answer.givenAfterTheLocal();
            for (SaidPhone local : locals) {
                boolean fits = ddd ? local.digits().length() >= MIN_BRAZILIAN_LOCAL && isWholePhoneNumber("+55" + areaCode + local.digits())
                        : local.digits().length() == LOCAL_DIGITS && isWholePhoneNumber(areaCode + local.digits());
                if ((!givenAfterTheLocal || local.detection().end() < start) && fits) {
                    areaCodes.add(new Detection(EntityTypes.PHONE_NUMBER, start, end, local.detection().confidence(),
                            local.detection().detector()));
                    break;
                }
            }
        }
        candidates.addAll(areaCodes);
    }

    /** Most chars of number words read after a correction. */
    private static final int MAX_SAID_AGAIN = 64;

    /** Whether {@code digits} read alone is one phone number, all of it. */
    private boolean isWholePhoneNumber(String digits) {
        for (Detector detector : numberDetectors) {
            if (detector instanceof PhoneNumberDetector phones) {
                List<Detection> read = phones.detect(digits);
                return read.size() == 1 && read.get(0).start() == 0 && read.get(0).end() == digits.length();
            }
        }
        return false;
    }

    /** How many places hold the same digit in {@code a} and {@code b}, compared from their start. */
    private static int samePlaces(String a, String b) {
        int same = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            same += a.charAt(i) == b.charAt(i) ? 1 : 0;
        }
        return same;
    }

    private static boolean noDigitBetween(String text, SaidPhone first, SaidPhone again) {
        int digit = Chars.nextDigit(text, first.detection().end());
        return digit < 0 || digit >= again.detection().start();
    }

    private static boolean isDigitType(String type) {
        return type.equals(EntityTypes.PHONE_NUMBER) || type.equals(EntityTypes.CREDIT_CARD)
                || type.equals(EntityTypes.US_SSN);
    }

    /** "plus one area code" right before a number said: its country code, then the area code's name. */
    private static final Pattern PLUS_ONE_AREA_CODE = Pattern.compile("(?i)(?<![\\p{L}])plus one,?[ \t]+(?:the[ \t]+)?area code(?:[ \t]+is)?,?[ \t]*$");
    /** Chars before a number said that {@link #PLUS_ONE_AREA_CODE} is looked for in. */
    private static final int PLUS_ONE_AREA_CODE_REACH = 32;

    /**
     * {@code start}, or where "plus one" starts before "area code" and the number said ("plus one area code nine
     * one nine, then five five five, ..."): the whole number, its country code said first, as "plus one nine one
     * nine ..." is read whole.
     */
    private static int countryCodeBeforeAreaCode(String text, int start) {
        Matcher before = PLUS_ONE_AREA_CODE.matcher(text).region(Math.max(0, start - PLUS_ONE_AREA_CODE_REACH), start)
                .useTransparentBounds(true);
        return before.find() ? before.start() : start;
    }

    /** {@code start}, or the '(' before it that opens an area code said in brackets: "(seven one three) five five five, ...". */
    private static int openingBracketBefore(String text, int start, int end) {
        if (start == 0 || text.charAt(start - 1) != '(') {
            return start;
        }
        int close = text.indexOf(')', start);
        return close > start && close < end && SpokenDigits.areaCodeInBrackets(text, close) ? start - 1 : start;
    }

    /** Single letters spelled right before a spoken number ("B A, four four ..."): two make it a code. */
    private static final int SPELLED_LETTERS = 2;

    /**
     * Whether letters are spelled one by one right before {@code start} ({@code C X four zero one nine
     * ...}, {@code B A, four four, one nine}): a serial, a frequent-flyer or a booking code goes on in
     * digits, and a phone, card or SSN never starts with letters.
     */
    static boolean spelledLettersBefore(String text, int start) {
        int letters = 0;
        int i = start;
        int then = beforeBlanksAndCommas(text, i);
        if (then >= 4 && text.regionMatches(true, then - 4, "then", 0, 4) && (then == 4 || text.charAt(then - 5) == ' ')) {
            i = then - 4; // "it's letters first, J Q U, then eight four seven ..."
        }
        while (letters < SPELLED_LETTERS) {
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',' || text.charAt(i - 1) == '-')) {
                i--; // "B A, four four", "B-C-H, eight two two"
            }
            int word = lettersStart(text, i);
            if (word < i && SpokenFillers.isDash(text, word, i)) {
                i = word; // "C L M dash two zero two five": the code's dash read out
                continue;
            }
            if (word < i - 1 && isLetterName(text, word, i)) {
                letters++; // "erre e ce, veinticinco, cero cero ...": a claim's letters by their Spanish names
                i = word;
                continue;
            }
            if (i == 0 || !(isSpellable(text.charAt(i - 1)) || vowelAfterSpelledLetter(text, i - 1))
                    || (i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2)))) {
                return false;
            }
            letters++;
            i--;
        }
        return !spellsTheWordBefore(text, start);
    }

    /**
     * Whether {@code text[start, end)} is the Spanish name of a consonant that is no word of its own
     * ("erre", "ce", "ge", "jota", "uve"): not "de", "el", "en", "es", "te", nor English "be" ("it'd be
     * plus six one, ..."), Portuguese "ele" (he) or Spanish "ese" (that), which are.
     */
    private static boolean isLetterName(String text, int start, int end) {
        return SpokenIban.letterOfName(text, start, end) != 0 && LETTER_NAMES.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> LETTER_NAMES = Set.of("ce", "efe", "ge", "hache", "jota", "ka", "eme", "ene", "pe",
            "cu", "erre", "ere", "uve", "equis", "zeta");

    /**
     * Whether a capital consonant stands alone right before {@code start}, a blank between: "T cero
     * cuatro ocho dos ..." (a violation's number that "starts with T"), the letter and digits of one
     * code. Not a vowel ("A", "I", "O" are words or a zero) nor a letter after a comma.
     */
    private static boolean capitalLetterBefore(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == start || i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c >= 'A' && c <= 'Z' && isSpellable(Character.toLowerCase(c))
                && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
    }

    /**
     * Whether a letter spelled with a word for it ends right before {@code start}, or before one more
     * letter said alone: "it's W as in William, two two one nine, ...", "c'est R comme Rabat, C, deux
     * zéro deux cinq, ...": the letters and the digits of one code (an order's, a claim's), no phone.
     */
    private static boolean letterSpelledAsInBefore(String text, int start) {
        int i = beforeBlanksAndCommas(text, start);
        if (i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && !Chars.wordCharAt(text, i - 2)) {
            i = beforeBlanksAndCommas(text, i - 1); // "..., C, deux zéro ...": a letter said alone after it
        }
        int word = lettersStart(text, i);
        if (word == i) {
            return false;
        }
        for (String as : SPELLED_AS) {
            int letter = word - as.length();
            if (letter >= 1 && text.regionMatches(true, letter, as, 0, as.length())
                    && Chars.isAsciiLetter(text.charAt(letter - 1)) && !Chars.wordCharAt(text, letter - 2)) {
                return true;
            }
        }
        return false;
    }

    /** The words between a letter and the word that spells it: English "as in", French "comme", German "wie", Italian "come". */
    private static final List<String> SPELLED_AS = List.of(" as in ", " comme ", " wie ", " come ");

    /**
     * Whether the single letters before {@code start} spell the word said right before them: "it's
     * Ahmed Qureshi, Q U R E S H I, seven seven eight ...": a name spelled, then the number, not the
     * letters and digits of one code.
     */
    private static boolean spellsTheWordBefore(String text, int start) {
        StringBuilder letters = new StringBuilder();
        int i = start;
        while (true) {
            int j = i;
            while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == ',' || text.charAt(j - 1) == '-')) {
                j--;
            }
            if (j == 0 || !Character.isLetter(text.charAt(j - 1)) || (j >= 2 && Character.isLetterOrDigit(text.charAt(j - 2)))) {
                break;
            }
            letters.append(text.charAt(j - 1));
            i = j - 1;
        }
        int wordEnd = beforeBlanksAndCommas(text, i);
        int wordStart = lettersStart(text, wordEnd);
        return letters.length() >= MIN_SPELLED_WORD && wordEnd - wordStart == letters.length()
                && text.regionMatches(true, wordStart, letters.reverse().toString(), 0, letters.length());
    }

    /** Where the blanks and commas that end right before {@code end} start: "B A, " before "four four". */
    private static int beforeBlanksAndCommas(String text, int end) {
        int i = end;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
            i--;
        }
        return i;
    }

    /** Fewest letters of a word spelled out after it ("Ng, N G" is as likely a code's letters). */
    private static final int MIN_SPELLED_WORD = 3;

    /**
     * Whether the lower-case vowel at {@code at} is one more letter of a code spelled out ("k d r b n e
     * oh seven ..."): a letter of its own, and a spelled letter right before it, past blanks and commas.
     */
    private static boolean vowelAfterSpelledLetter(String text, int at) {
        if (!Chars.isAsciiLetter(text.charAt(at)) || (at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1)))) {
            return false;
        }
        int i = beforeBlanksAndCommas(text, at);
        if (i >= 2 && Chars.isApostrophe(text.charAt(i - 2)) && (text.charAt(at) == 'a' || text.charAt(at) == 'A')) {
            return false; // the article after "it's", "that's": "it's a five one zero five, ..." ("it's e o two ..." spells)
        }
        return i < at && i > 0 && (isSpellable(text.charAt(i - 1)) && (i == 1 || !Character.isLetterOrDigit(text.charAt(i - 2)))
                || isLetterName(text, lettersStart(text, i), i)); // "erre e ce"
    }

    /**
     * A letter a caller spells: an ASCII letter, but not a lower-case vowel that is a word of its own
     * ("é o nove um dois", "a", "y", "o"): upper case "B A" stays a spelled code.
     */
    private static boolean isSpellable(char c) {
        return Chars.isAsciiLetter(c) && "aeiouy".indexOf(c) < 0;
    }

    /** Separators a written number's groups may have between them: "555-0173", "924 56 781", "(212) 555". */
    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\u00a0';
    }

    /**
     * An agent's read-back of a number the caller said in words ("five five five, zero one, uh, seven
     * three." AGENT: "555-0173."): a written number whose digits are those of a phone number said in
     * the same text is that phone number, whether or not a cue or the plan of a region admits it
     * alone (a local number, a foreign national one). So is a written SSN whose digits are those of one
     * said in words (an IVR's log: {@code caller said: "five three five, two eight, six four oh three"
     * normalized=535286403}), over a phone another plan made of it.
     */
    private static void addReadBacks(String text, Map<String, Double> spokenPhones, Map<String, Double> spokenSsns,
            List<Detection> candidates, Set<String> labelledOtherwise) {
        int i = Chars.nextDigit(text, 0);
        while (i >= 0) {
            int start = i;
            int end = Chars.digitRunEnd(text, i);
            while (end + 1 < text.length() && isGroupSeparator(text.charAt(end)) && Chars.isAsciiDigit(text.charAt(end + 1))) {
                end = Chars.digitRunEnd(text, end + 1);
            }
            i = Chars.nextDigit(text, end);
            if (Chars.wordCharAt(text, start - 1) || Chars.wordCharAt(text, end)) {
                continue; // part of a code or a longer number
            }
            String digits = Chars.digitsOf(text, start, end);
            int from = start;
            int to = end;
            Double ssn = spokenSsns.get(digits);
            if (ssn != null) {
                candidates.removeIf(d -> d.start() == from && d.end() == to && d.type().equals(EntityTypes.PHONE_NUMBER));
                if (candidates.stream().noneMatch(d -> d.start() < to && from < d.end())) {
                    candidates.add(new Detection(EntityTypes.US_SSN, start, end, ssn, UsSsnDetector.NAME));
                }
                continue;
            }
            Double confidence = readBack(spokenPhones, digits);
            if (confidence == null) {
                continue;
            }
            if (candidates.stream().noneMatch(d -> d.start() < to && from < d.end()) && labelledInItsLine(text, start)) {
                labelledOtherwise.add(digits); // CALLER: "nine eight one, two two four, ..." AGENT: "okay, KTN 981224706 added"
                continue;
            }
            Detection readBack = new Detection(EntityTypes.PHONE_NUMBER, start, end, confidence, PhoneNumberDetector.NAME);
            // A read-back is as sure as what was said, also where the detector read it less surely
            // (a grouped number in the text's language).
            candidates.replaceAll(d -> d.start() == from && d.end() == to && d.type().equals(EntityTypes.PHONE_NUMBER)
                    && d.confidence() < confidence ? readBack : d);
            if (candidates.stream().noneMatch(d -> d.start() < to && from < d.end())) {
                candidates.add(readBack);
            }
        }
    }

    /**
     * A read-back said in words ("null drei null, neun null eins ..." AGENT: "neun null eins acht zwei
     * sieben drei drei"): a spoken run whose digits are those of a phone number said in the same text
     * is that number, as {@link #addReadBacks} reads a written one; one whose digits are those of a
     * spoken SSN is that SSN.
     */
    private static void addSpokenReadBacks(String original, SpokenDigits.Rewrite rewrite, Map<String, Double> spokenPhones,
            Map<String, Double> spokenSsns, List<Detection> candidates, Set<String> labelledOtherwise) {
        for (int[] run : rewrite.runs) {
            String digits = Chars.digitsOf(rewrite.text, run[0], run[1]);
            int from = rewrite.originalStart(run[0]);
            int to = rewrite.originalEnd(run[1]);
            Double ssn = spokenSsns.get(digits);
            if (ssn != null) {
                // "I'm reading back one nine nine oh three two eight one four": the SSN said before,
                // over whatever else the run was read as (the resolver prefers it). The run that said it
                // keeps the span it was found with, its false start too ("six two four, eight three...
                // sorry, six two four, eight three, ..."), as sure as the run.
                int covering = coveringSsn(candidates, from, to);
                if (covering >= 0) {
                    Detection said = candidates.get(covering);
                    candidates.set(covering, said.withConfidence(Math.max(said.confidence(), ssn)));
                } else {
                    candidates.add(new Detection(EntityTypes.US_SSN, from, to, ssn, UsSsnDetector.NAME));
                }
                continue;
            }
            Double confidence = readBack(spokenPhones, digits);
            if (confidence == null) {
                continue;
            }
            if (candidates.stream().noneMatch(d -> d.start() < to && from < d.end())) {
                if (labelledInItsLine(rewrite.text, run[0])) {
                    labelledOtherwise.add(digits); // "Meine Bestellnummer ist die drei null zwo, ..." AGENT: "302-4829173"
                    continue;
                }
                // Said with a false start before it too ("nove um nove... não, nove nove um nove zero, ...").
                int start = restartStart(original, rewrite,
                        new Detection(EntityTypes.PHONE_NUMBER, run[0], run[1], confidence, PhoneNumberDetector.NAME));
                candidates.add(new Detection(EntityTypes.PHONE_NUMBER, rewrite.originalStart(start), to, confidence,
                        PhoneNumberDetector.NAME));
            }
        }
    }

    /**
     * Whether a label in the line of {@code start} names the number there something else than a phone
     * ("Kundin: Meine Bestellnummer ist die ..."); a label at the end of the turn before is the prompt's.
     */
    private static boolean labelledInItsLine(String text, int start) {
        int line = text.lastIndexOf('\n', start - 1) + 1;
        return ContextWords.labelled(text.substring(line, start), start - line, EntityTypes.PHONE_NUMBER);
    }

    /** Whether a phone cue in the turn of {@code start}, after its speaker's tag ("CALLER:" is one), raises the number there. */
    private static boolean raisedInItsTurn(String text, int start) {
        int from = text.lastIndexOf('\n', start - 1) + 1;
        int colon = text.indexOf(':', from);
        if (colon > from && colon < start
                && ContextWords.SPEAKERS.contains(text.substring(from, colon).strip().toLowerCase(Locale.ROOT))) {
            from = colon + 1;
        }
        return ContextWords.raised(text.substring(from), start - from, EntityTypes.PHONE_NUMBER);
    }

    /** Index of an SSN candidate that spans {@code [from, to)} and starts before it; -1 if none. */
    private static int coveringSsn(List<Detection> candidates, int from, int to) {
        for (int k = 0; k < candidates.size(); k++) {
            Detection d = candidates.get(k);
            if (d.type().equals(EntityTypes.US_SSN) && d.start() < from && d.end() >= to) {
                return k;
            }
        }
        return -1;
    }

    /** Confidence of nine digits said one by one with no cue: just over the default threshold. */
    private static final double UNCUED_SPOKEN_SSN = 0.55;

    /**
     * Nine digits said one by one, in English, that no detector took and no cue names: in a US
     * contact centre's calls an SSN (given after the prompt of another turn, "it's two six five two
     * four nine three one six", or read back, "let me read that back five one two ..."), and worth
     * protecting as one. A phone number has ten digits, a ZIP+4, a routing or a member number is named
     * ("the zip is", "routing number", "group number", {@link #labelledBefore}), a code goes on from
     * spelled letters ("W two eight four ..."), and numbers said in groups of three or with a year's
     * words are not read here at all: only nine words, each a digit, with no pause. Nine digits
     * dictated one by one ("3 2 4 5 7 1 9 8 8") are read so only when grouped as an SSN is written or
     * when nothing but the speaker's tag made a phone of them: dictated, a member's or an account's
     * number is as common.
     */
    private void addUncuedSpokenSsns(String original, SpokenDigits.Rewrite rewrite, Set<String> said,
            List<SaidPhone> saidPhones, List<Detection> candidates) {
        for (int[] run : rewrite.runs) {
            String digits = Chars.digitsOf(rewrite.text, run[0], run[1]);
            if (digits.length() != UsSsnDetector.SSN_DIGITS
                    || !UsSsnDetector.isIssuable(digits.substring(0, 3), digits.substring(3, 5), digits.substring(5))
                    || countsUp(digits)) {
                continue;
            }
            int from = rewrite.originalStart(run[0]);
            int to = rewrite.originalEnd(run[1]);
            Detection taggedPhone = candidates.stream()
                    .filter(d -> d.start() == from && d.end() == to && d.type().equals(EntityTypes.PHONE_NUMBER))
                    .findFirst().orElse(null);
            boolean groupedAsSsn = dictatedAsSsn(original, from, to);
            // A phone read only because of the speaker's tag, or the same digits again, read back; not in a
            // text in another country's language ("Es el 6 7 1 0 4 9 2 1 3": a Spanish mobile).
            // Nor one said in four groups ("seis nueve uno, treinta y cuatro, setenta, doce": a Spanish mobile's
            // 3-2-2-2), which no one says an SSN in.
            boolean overridesPhone = taggedPhone != null && (said.contains(digits) || groupedAsSsn
                    || onlySpeakerTagSaysPhone(rewrite.text, run[0], run[1]) && !readsBackPhone(saidPhones, digits, from)
                            && !repeatsWrittenPhone(original, candidates, digits, from) && !inAnotherCountrysLanguage(original)
                            && pauseGroups(original, from, to) < PHONE_PAUSE_GROUPS);
            // Digits dictated one by one are as often a member's or an account's number: an SSN only
            // when grouped as one, or when nothing but a speaker's tag made a phone of them.
            boolean dictated = Chars.countDigits(original, from, to) > 0;
            if ((!overridesPhone && candidates.stream().anyMatch(d -> d.start() < to && from < d.end()))
                    || (dictated && !overridesPhone && !groupedAsSsn)
                    || !saidDigitByDigit(original, from, to)
                    || spelledLettersBefore(rewrite.text, run[0]) || letterWordBefore(rewrite.text, run[0])
                    || labelledBefore(rewrite.text, run[0])
                    || ContextWords.otherThingNamedAfter(rewrite.text, run[1])) {
                continue;
            }
            Detection adjusted = withContext(rewrite.text,
                    new Detection(EntityTypes.US_SSN, run[0], run[1], UNCUED_SPOKEN_SSN, UsSsnDetector.NAME), true);
            if (adjusted.confidence() >= settings.minConfidence()) {
                if (overridesPhone) {
                    candidates.remove(taggedPhone);
                }
                candidates.add(new Detection(EntityTypes.US_SSN, from, to, adjusted.confidence(), UsSsnDetector.NAME));
                said.add(digits);
            }
        }
    }

    /**
     * Whether {@code digits}, dictated at {@code from}, are a phone number written before them in the
     * text: {@code callback_number=633904176 ... dtmf_raw="6 3 3 9 0 4 1 7 6"}, the keys pressed for it.
     */
    private static boolean repeatsWrittenPhone(String text, List<Detection> candidates, String digits, int from) {
        return candidates.stream().anyMatch(d -> d.type().equals(EntityTypes.PHONE_NUMBER) && d.end() <= from
                && Chars.isAsciiDigit(text.charAt(d.start())) && readsBack(Chars.digitsOf(text, d.start(), d.end()), digits));
    }

    /** Whether {@code text} is in a language that names countries, none of them the US. */
    /** Pauses that split nine digits into more groups than an SSN's three: said as a phone is. */
    private static final int PHONE_PAUSE_GROUPS = 4;

    /** The groups of {@code text[from, to)} that commas split it into. */
    private static int pauseGroups(String text, int from, int to) {
        int groups = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                groups++;
            }
        }
        return groups;
    }

    private static boolean inAnotherCountrysLanguage(String text) {
        List<String> regions = TextLanguage.regions(text);
        return !regions.isEmpty() && !regions.contains("US");
    }

    /**
     * Whether {@code digits}, said at {@code from}, are a phone number said before them in the text:
     * an agent's read-back ("... the number is oh one, eight three seven, four four one two" AGENT:
     * "... and oh one eight three seven four four one two"), a phone whatever tag it is said under.
     */
    private static boolean readsBackPhone(List<SaidPhone> saidPhones, String digits, int from) {
        return saidPhones.stream().anyMatch(phone -> phone.detection().end() <= from && readsBack(phone.digits(), digits));
    }

    /**
     * Whether the only phone cue of the number at {@code text[start, end)} is the speaker's tag it is
     * said under ("caller: it's ..."): no phone word in the reply or after the number, nor in a prompt
     * before the tag.
     */
    private static boolean onlySpeakerTagSaysPhone(String text, int start, int end) {
        if (ContextWords.phoneCueAfter(text, end)) {
            return false;
        }
        int tag = ContextWords.beforeSpeakerTagAndReply(text, start);
        int colon = tag < start ? text.indexOf(':', tag) : -1;
        if (colon < 0 || colon >= start) {
            return !ContextWords.phoneWordBefore(text, start);
        }
        return !ContextWords.raised(text.substring(colon + 1, end), start - colon - 1, EntityTypes.PHONE_NUMBER)
                && !ContextWords.raised(text, tag, EntityTypes.PHONE_NUMBER);
    }

    /** English words for one digit, as callers say them one by one. */
    private static final Set<String> DIGIT_WORDS = Set.of("zero", "oh", "o", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine");

    /**
     * Whether {@code text[from, to)} is digit words or single digits with single blanks between (a
     * dictation's dashes too: "6 1 4 - 2 7 - 3 3 9 0"), and nothing else.
     */
    private static boolean saidDigitByDigit(String text, int from, int to) {
        int word = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == ' ') {
                boolean single = i - word == 1 && (Chars.isAsciiDigit(text.charAt(word)) || text.charAt(word) == '-');
                if (!single && !DIGIT_WORDS.contains(text.substring(word, i).toLowerCase(Locale.ROOT))) {
                    return false;
                }
                word = i + 1;
            }
        }
        return true;
    }

    /**
     * Whether {@code text[from, to)} dictates nine digits as an SSN is written, three, two and four
     * between dashes ("6 1 4 - 2 7 - 3 3 9 0"): no national plan groups its numbers so.
     */
    private static boolean dictatedAsSsn(String text, int from, int to) {
        int[] groups = new int[3];
        int group = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (++group == groups.length) {
                    return false;
                }
            } else if (Chars.isAsciiDigit(c)) {
                groups[group]++;
            }
        }
        return group == 2 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4;
    }

    /** Whether one letter of its own ("W", "e"; not "a" or "I") stands right before {@code start}. */
    private static boolean letterWordBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || !Chars.isAsciiLetter(text.charAt(end - 1))
                || end >= 2 && (Character.isLetterOrDigit(text.charAt(end - 2)) || Chars.isApostrophe(text.charAt(end - 2)))) {
            return false;
        }
        char letter = Character.toLowerCase(text.charAt(end - 1));
        return letter != 'a' && letter != 'i';
    }

    /** Words that name the number said after them as something other than an SSN. */
    private static final Set<String> LABEL_WORDS = Set.of("number", "numbers", "no", "id", "code", "pin", "account",
            "member", "policy", "group", "routing", "zip", "claim", "order", "application", "case", "ticket",
            "reference", "confirmation", "tracking", "dispute", "vin", "plate", "serial", "extension", "ext");
    /** Most words before a number read for a label. */
    private static final int LABEL_WORDS_BEFORE = 6;

    /**
     * Whether one of {@link #LABEL_WORDS} stands in the last few words before {@code start}, in the
     * same sentence and turn (a colon, a line break or a sentence's end stops the search).
     */
    private static boolean labelledBefore(String text, int start) {
        int i = start;
        for (int words = 0; words < LABEL_WORDS_BEFORE; words++) {
            i = beforeBlanksAndCommas(text, i);
            int end = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '#' || Chars.isApostrophe(text.charAt(i - 1)))) {
                i--;
            }
            if (i == end) {
                return false; // a colon, a line break, a sentence's end, the text's start
            }
            String word = text.substring(i, end).toLowerCase(Locale.ROOT);
            if (LABEL_WORDS.contains(word) || word.equals("#")) {
                return true;
            }
        }
        return false;
    }

    /** Fewest digits a read-back without the area code or trunk prefix must repeat. */
    private static final int MIN_READ_BACK_DIGITS = 7;

    /**
     * The confidence of the spoken phone number that {@code digits} read back: all its digits, or at
     * least its last seven (an agent repeats a number without its area code); {@code null} if none.
     */
    private static Double readBack(Map<String, Double> spokenPhones, String digits) {
        Double exact = spokenPhones.get(digits);
        if (exact != null || digits.length() < MIN_READ_BACK_DIGITS) {
            return exact;
        }
        Double best = null;
        for (Map.Entry<String, Double> phone : spokenPhones.entrySet()) {
            if (readsBack(phone.getKey(), digits) && (best == null || phone.getValue() > best)) {
                best = phone.getValue();
            }
        }
        return best;
    }

    /** Whether {@code digits} are the phone {@code said}, whole or (from {@link #MIN_READ_BACK_DIGITS} on) its last digits. */
    private static boolean readsBack(String said, String digits) {
        return said.equals(digits) || digits.length() >= MIN_READ_BACK_DIGITS && said.endsWith(digits);
    }

    /** {@code index}, moved back to the start of the word it falls in (at most 64 chars), so no window cuts a word. */
    private static int wordStart(String text, int index) {
        int i = index;
        int limit = Math.max(0, index - BEFORE_RUN);
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int index) {
        int i = index;
        int limit = Math.min(text.length(), index + BEFORE_RUN);
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
