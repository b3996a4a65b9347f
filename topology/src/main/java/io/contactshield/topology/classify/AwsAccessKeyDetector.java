package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AWS access key ids ({@code AKIA}, {@code ASIA} and the other IAM unique-id prefixes, then 16
 * base-32 chars, as a whole word), and the 40-char secret access key when a cue such as
 * {@code aws_secret_access_key} or "secret" stands just before it: without one, 40 base-64 chars
 * are as likely a hash or an id as a secret.
 *
 * <p>Confidence: {@code AKIA}/{@code ASIA} keys 0.95, other prefixes 0.9, secret keys 0.85.
 */
public final class AwsAccessKeyDetector implements Detector {

    static final String NAME = "aws-access-key";

    private static final Pattern KEY_ID = Pattern.compile(
            "(?<![A-Za-z0-9])(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z2-7]{16}(?![A-Za-z0-9])");
    private static final Pattern SECRET = Pattern.compile("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Detection> detect(String text) {
        List<Detection> found = new ArrayList<>();
        Matcher ids = KEY_ID.matcher(text);
        while (ids.find()) {
            String prefix = ids.group(1);
            double confidence = prefix.equals("AKIA") || prefix.equals("ASIA") ? 0.95 : 0.9;
            found.add(new Detection(EntityTypes.AWS_ACCESS_KEY, ids.start(), ids.end(), confidence, NAME));
        }
        if (containsIgnoreCase(text, "secret")) {
            Matcher secrets = SECRET.matcher(text);
            while (secrets.find()) {
                if (looksRandom(text, secrets.start(), secrets.end())
                        && ContextWords.near(text, secrets.start(), ContextWords.AWS_SECRET)) {
                    found.add(new Detection(EntityTypes.AWS_ACCESS_KEY, secrets.start(), secrets.end(), 0.85, NAME));
                }
            }
        }
        return found;
    }

    /** Upper and lower case letters and a digit: rules out hex digests and words. */
    private static boolean looksRandom(String text, int start, int end) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
