package io.contactshield.topology.tokenize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one written form of a value that the policy tokenizes or hashes, so that the same phone
 * number, card or e-mail address gives the same token however it was written: joins and counts
 * across events depend on it. "212-555-0167", "(212) 555 0167" and "+1 212 555 0167" are one number.
 *
 * <ul>
 *   <li>PHONE_NUMBER: E.164 ({@code +12125550167}) when libphonenumber reads a possible number,
 *       national numbers in the default region;</li>
 *   <li>EMAIL: lower case, when it is one {@code local@domain} without blanks (mailbox names are
 *       case-insensitive in practice, and providers treat them so);</li>
 *   <li>CREDIT_CARD, US_SSN: the digits alone, when only blanks and dashes separate them;</li>
 *   <li>IBAN: upper case without blanks, when that is letters, check digits and alphanumerics.</li>
 * </ul>
 *
 * Any other type, or a value that is not in a shape above (a spoken number, say), is kept as
 * written. Detokenizing gives back this form, not the one written. Format-preserving tokens
 * are made from the value as written, since keeping its layout is their point. Thread-safe.
 */
public final class CanonicalForms {

    private static final Pattern SEPARATED_DIGITS = Pattern.compile("\\d+(?:[ \\u00A0-]+\\d+)*");
    private static final Pattern BLANKS_AND_DASHES = Pattern.compile("[ \\u00A0-]");
    private static final Pattern BLANKS = Pattern.compile("[ \\u00A0]");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{8,30}");
    private static final Pattern ONE_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String region;
    // Whether national numbers of the region are North American (+1): the fast path reads those.
    private final boolean northAmerican;

    private CanonicalForms(String region) {
        this.region = region;
        this.northAmerican = phones.getCountryCodeForRegion(region) == 1;
    }

    /**
     * @param defaultRegion ISO 3166-1 alpha-2 region of phone numbers written without a country
     *     code (as the classifier's {@code classify.default.region})
     */
    public static CanonicalForms forRegion(String defaultRegion) {
        String upper = Objects.requireNonNull(defaultRegion, "defaultRegion").toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(upper)) {
            throw new IllegalArgumentException("Unknown phone region " + defaultRegion);
        }
        return new CanonicalForms(upper);
    }

    /** The form of {@code value} to tokenize as {@code type}. Never throws for any string. */
    public String canonical(String type, String value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        switch (type) {
            case "PHONE_NUMBER":
                return phone(trimmed, value);
            case "EMAIL":
                return ONE_ADDRESS.matcher(trimmed).matches() ? trimmed.toLowerCase(Locale.ROOT) : value;
            case "CREDIT_CARD":
            case "US_SSN":
                return SEPARATED_DIGITS.matcher(trimmed).matches() ? BLANKS_AND_DASHES.matcher(trimmed).replaceAll("") : value;
            case "IBAN":
                String compact = BLANKS.matcher(trimmed).replaceAll("").toUpperCase(Locale.ROOT);
                return IBAN.matcher(compact).matches() ? compact : value;
            default:
                return value;
        }
    }

    private String phone(String trimmed, String value) {
        if (trimmed.length() > 48 || trimmed.chars().noneMatch(Character::isDigit)) {
            return value;
        }
        String northAmericanE164 = northAmericanE164(trimmed, northAmerican);
        if (northAmericanE164 != null) {
            return northAmericanE164;
        }
        try {
            PhoneNumber number = phones.parse(trimmed, region);
            return phones.isPossibleNumber(number) ? phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : value;
        } catch (NumberParseException e) {
            return value;
        }
    }

    /**
     * The E.164 form of the commonest way of writing a North American number, read without
     * libphonenumber's parse (a fifth of the protection step went to it): ASCII digits with blanks,
     * {@code -}, {@code .} and parentheses between them, either {@code +1} and ten digits, or
     * ({@code national}: a +1 default region) ten digits; the area code starts with 2 to 9. Null
     * for anything else, which libphonenumber reads. For these shapes libphonenumber strips the
     * punctuation, takes country code 1, strips no national prefix and finds ten digits possible,
     * so its E.164 form is {@code +1} and the ten digits; {@code CanonicalFormsFastPathTest} checks
     * that against libphonenumber itself on random and edge inputs in every +1 region and others.
     */
    static String northAmericanE164(String trimmed, boolean national) {
        int length = trimmed.length();
        if (length == 0) {
            return null;
        }
        boolean plus = trimmed.charAt(0) == '+';
        char[] e164 = new char[12];
        e164[0] = '+';
        e164[1] = '1';
        // With a plus, the first digit is the country code 1 and the ten after it go to e164[2..11].
        int next = plus ? 1 : 2;
        for (int i = plus ? 1 : 0; i < length; i++) {
            char c = trimmed.charAt(i);
            if (c >= '0' && c <= '9') {
                if (next == 12) {
                    return null;
                }
                e164[next++] = c;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        if (next != 12 || (!plus && !national) || e164[1] != '1' || e164[2] < '2') {
            return null;
        }
        return new String(e164);
    }
}
