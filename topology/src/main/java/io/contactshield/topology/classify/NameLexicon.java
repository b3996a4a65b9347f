package io.contactshield.topology.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists for {@link PersonNameDetector}: common given names (evidence for a name) and
 * capitalised words that follow "this is", "I'm" and friends without being names. Given names are
 * looked up without case and diacritics ("Chloé" finds "chloe"); a hyphenated word also matches on
 * its first part ("Jean-Pierre", "Mei-Ling").
 */
final class NameLexicon {

    static final NameLexicon INSTANCE = new NameLexicon(load("given-names.txt"));

    private static final Set<String> NOT_NAMES = Set.of(
        // Sentence openers and fillers that a trigger phrase is often followed by.
        "a", "an", "the", "i", "it", "this", "that", "not", "no", "yes", "ok", "okay", "sorry",
        "so", "just", "also", "still", "very", "really", "here", "there", "hi", "hello", "hey",
        "dear", "thanks", "thank", "please", "good", "fine", "great", "happy", "glad", "calling",
        "writing", "trying", "looking", "having", "getting", "going", "unable", "able", "urgent",
        "important", "team", "all", "everyone", "sir", "madam", "customer", "agent", "support",
        "mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "mme", "madame", "monsieur",
        "sr", "sra", "ja", "oui", "si", "yeah", "um", "uh", "and", "or", "but", "from", "my",
        // Days, months, places and brands that follow "it's" or "this is" in contact-centre text.
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "tomorrow", "yesterday", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "visa", "mastercard", "amex",
        "discover", "paypal", "apple", "google", "amazon", "microsoft", "windows", "android",
        "iphone", "ios", "english", "spanish", "french", "german", "dutch", "hindi", "london",
        "paris", "berlin", "madrid", "amsterdam", "mumbai", "delhi", "new", "york", "billing",
        "sales", "account", "order", "invoice", "ticket", "case", "card", "bank", "name",
        "email", "phone", "number", "address", "street", "road", "re", "fw", "fwd", "subject",
        // Teams, roles and desk words that follow a role word or a handover ("through to Billing",
        // "Customer Experience Lead", "Agent Desktop", "holder Type").
        "service", "services", "desktop", "portal", "experience", "lead", "desk", "care", "centre",
        "center", "returns", "refunds", "fraud", "technical", "tech", "escalations", "helpdesk",
        "operations", "success", "relations", "department", "dept", "queue", "tier", "level",
        "supervisor", "manager", "colleague", "client", "cliente", "klant", "kunde", "kundin",
        "holder", "type", "details", "data", "id", "ref", "reference", "status", "app", "online",
        "login", "web", "chat", "bot", "system", "admin", "security", "retention", "complaints",
        "payments", "collections", "accounts", "shift", "morning", "afternoon", "evening");

    private static final AsciiWords ASCII_NOT_NAMES = new AsciiWords(NOT_NAMES);

    private final Set<String> givenNames;
    private final AsciiWords asciiGivenNames;

    NameLexicon(Set<String> givenNames) {
        this.givenNames = givenNames;
        this.asciiGivenNames = new AsciiWords(givenNames);
    }

    boolean isGivenName(String token) {
        String key = fold(token);
        if (givenNames.contains(key)) {
            return true;
        }
        int hyphen = key.indexOf('-');
        return hyphen > 0 && givenNames.contains(key.substring(0, hyphen));
    }

    /**
     * As {@link #isGivenName(String)} for the word {@code text[start, end)}, without copying it out
     * of the text when it is ASCII (folding it is then only lower-casing it).
     */
    boolean isGivenName(String text, int start, int end) {
        if (!isAscii(text, start, end)) {
            return isGivenName(text.substring(start, end));
        }
        if (asciiGivenNames.contains(text, start, end)) {
            return true;
        }
        int hyphen = text.indexOf('-', start);
        return hyphen > start && hyphen < end && asciiGivenNames.contains(text, start, hyphen);
    }

    /**
     * Lower case without diacritics: NFD marks are dropped and the letters that do not decompose
     * (ł, ø, đ, ð, ı, ß, æ, œ, þ) are spelled out. Plain ASCII, the common case, skips the normaliser.
     */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        StringBuilder folded = new StringBuilder(lower.length() + 4);
        for (char c : Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
            switch (c) {
                case 'ł' -> folded.append('l');
                case 'ø' -> folded.append('o');
                case 'đ', 'ð' -> folded.append('d');
                case 'ı' -> folded.append('i');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'þ' -> folded.append("th");
                default -> {
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        folded.append(c);
                    }
                }
            }
        }
        return folded.toString();
    }

    /** The folded given names, for tests. */
    Set<String> givenNames() {
        return givenNames;
    }

    boolean isNotName(String token) {
        return NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
    }

    /** As {@link #isNotName(String)} for the word {@code text[start, end)}, without a copy when it is ASCII. */
    boolean isNotName(String text, int start, int end) {
        if (!isAscii(text, start, end)) {
            return isNotName(text.substring(start, end));
        }
        return ASCII_NOT_NAMES.contains(text, start, end);
    }

    private static boolean isAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * The ASCII ones of a set of lower-case words, looked up by a span of ASCII text in any case
     * without copying the span out: a table with open addressing, keyed by the {@link String#hashCode}
     * the lower-cased span would have. (A non-ASCII word is never the lower case of an ASCII span.)
     */
    private static final class AsciiWords {

        private final String[] slots;
        private final int mask;

        AsciiWords(Set<String> words) {
            int size = Integer.highestOneBit(Math.max(1, words.size()) * 4); // at most half full
            slots = new String[size];
            mask = size - 1;
            for (String word : words) {
                if (isAscii(word, 0, word.length())) {
                    int slot = spread(word.hashCode()) & mask;
                    while (slots[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = word;
                }
            }
        }

        boolean contains(String text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + lowerAscii(text.charAt(i));
            }
            for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
                if (isLowerCaseOf(slots[slot], text, start, end)) {
                    return true;
                }
            }
            return false;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private static boolean isLowerCaseOf(String word, String text, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                if (word.charAt(k) != lowerAscii(text.charAt(start + k))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    names.add(fold(trimmed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Set.copyOf(names);
    }
}
