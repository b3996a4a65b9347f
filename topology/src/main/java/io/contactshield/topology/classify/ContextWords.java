package io.contactshield.topology.classify;

import java.util.List;
import java.util.Map;

/**
 * Words just before a span that make it more or less likely to be what a detector thinks it is:
 * "call me" before a digit run makes it a phone number, "order" makes it an order number.
 *
 * <p>Only the cue nearest to the span counts (a later cue overrides an earlier one: "about my order,
 * call me on ..."), and when two cues end at the same place the longer one wins, so "order number"
 * lowers where "number" alone would raise. Negative cues lower a bare digit run fully and a
 * formatted one (spaces, dashes, brackets) by half, since formatting is itself evidence.
 */
final class ContextWords {

    /** How far before a span cues are looked for, in chars. */
    static final int WINDOW = 40;

    static final double RAISE = 0.15;
    static final double LOWER = 0.40;

    static final List<String> PHONE = List.of("call me", "call", "phone", "phone number", "mobile",
            "cell", "tel", "telephone", "reach me", "text me", "whatsapp", "number", "contact", "fax",
            "landline", "ph", "dial", "ring me", "callback", "call back", "caller", "caller id", "mob",
            // Callers write in their own language.
            "m\u00f3vil", "movil", "tel\u00e9fono", "telefono", "fijo", "ll\u00e1mame", "handy", "telefon",
            "rufnummer", "festnetz", "portable", "t\u00e9l\u00e9phone", "num\u00e9ro", "mobiel", "telefoonnummer",
            "nummer", "bel me");
    static final List<String> CARD = List.of("card", "card number", "visa", "mastercard", "amex",
            "american express", "discover", "jcb", "diners", "unionpay", "credit", "debit", "cc", "pan");
    static final List<String> SSN = List.of("ssn", "social security", "social security number",
            "social", "ss#", "ss no", "tax id", "tin");
    static final List<String> DIGIT_RUN_NEGATIVE = List.of("order", "order number", "order no",
            "order id", "invoice", "invoice number", "tracking", "tracking number", "reference",
            "reference number", "ref", "case", "case number", "case id", "ticket", "ticket number",
            "po", "po number", "confirmation", "confirmation number", "booking", "serial", "sku",
            "transaction", "transaction id", "part number", "model", "receipt", "receipt number", "contract", "contract number", "customer id",
            "customer number", "account number", "membership number", "member id", "article");
    static final List<String> EMAIL = List.of("email", "e-mail", "mail", "mail me", "email me");
    static final List<String> IBAN = List.of("iban", "account", "bank", "transfer", "wire");
    static final List<String> IP = List.of("ip", "ip address", "host", "server", "from ip", "client");
    static final List<String> IP_NEGATIVE = List.of("version", "ver", "v", "release", "build", "firmware",
            "rev", "revision", "section", "chapter");
    static final List<String> AWS = List.of("aws", "access key", "key", "access key id", "aws_access_key_id");
    static final List<String> AWS_SECRET = List.of("aws_secret_access_key", "secret_access_key",
            "secret access key", "secret key", "secret", "aws secret");

    private record Cues(List<String> raise, List<String> lower, double lowerBy) {
    }

    private static final Map<String, Cues> BY_TYPE = Map.of(
            EntityTypes.PHONE_NUMBER, new Cues(PHONE, DIGIT_RUN_NEGATIVE, LOWER),
            EntityTypes.CREDIT_CARD, new Cues(CARD, DIGIT_RUN_NEGATIVE, LOWER),
            EntityTypes.US_SSN, new Cues(SSN, DIGIT_RUN_NEGATIVE, LOWER),
            EntityTypes.EMAIL, new Cues(EMAIL, List.of(), 0.0),
            EntityTypes.IBAN, new Cues(IBAN, List.of(), 0.0),
            EntityTypes.IP_ADDRESS, new Cues(IP, IP_NEGATIVE, 0.45),
            EntityTypes.AWS_ACCESS_KEY, new Cues(AWS, List.of(), 0.0));

    private ContextWords() {
    }

    /** {@code detection} with its confidence raised or lowered by the nearest cue before it. */
    static Detection apply(String text, Detection detection) {
        Cues cues = BY_TYPE.get(detection.type());
        if (cues == null) {
            return detection;
        }
        int raiseEnd = nearestEnd(text, detection.start(), cues.raise());
        int lowerEnd = nearestEnd(text, detection.start(), cues.lower());
        if (raiseEnd < 0 && lowerEnd < 0) {
            return detection;
        }
        if (lowerEnd >= raiseEnd) {
            boolean bare = Chars.onlyDigits(text, detection.start(), detection.end());
            double by = bare || !isDigitType(detection.type()) ? cues.lowerBy() : cues.lowerBy() / 2;
            return detection.withConfidence(detection.confidence() - by);
        }
        return detection.withConfidence(detection.confidence() + RAISE);
    }

    /** Whether one of {@code phrases} appears as whole words within the window before {@code start}. */
    static boolean near(String text, int start, List<String> phrases) {
        return nearestEnd(text, start, phrases) >= 0;
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
     * Compared with regionMatches rather than a lower-cased copy, so that offsets stay exact.
     */
    private static int nearestEnd(String text, int start, List<String> phrases) {
        int from = Math.max(0, start - WINDOW);
        int best = -1;
        for (String phrase : phrases) {
            int length = phrase.length();
            for (int i = start - length; i >= from; i--) {
                if (text.regionMatches(true, i, phrase, 0, length)
                        && !letterOrDigitAt(text, i - 1) && !letterOrDigitAt(text, i + length)) {
                    best = Math.max(best, (i + length) * 64 + Math.min(length, 63));
                    break;
                }
            }
        }
        return best;
    }
}
