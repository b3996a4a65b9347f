package io.contactshield.topology.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists for {@link PersonNameDetector}: common given names (evidence for a name) and
 * capitalised words that follow "this is", "I'm" and friends without being names.
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
        "email", "phone", "number", "address", "street", "road", "re", "fw", "fwd", "subject");

    private final Set<String> givenNames;

    NameLexicon(Set<String> givenNames) {
        this.givenNames = givenNames;
    }

    boolean isGivenName(String token) {
        return givenNames.contains(token.toLowerCase(Locale.ROOT));
    }

    boolean isNotName(String token) {
        return NOT_NAMES.contains(token.toLowerCase(Locale.ROOT));
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
                    names.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return Set.copyOf(names);
    }
}
