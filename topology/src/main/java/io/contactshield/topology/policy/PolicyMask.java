package io.contactshield.topology.policy;

/** {@link PolicyAction#MASK}: see {@link ProtectionRule} for what is kept. */
final class PolicyMask {

    private PolicyMask() {
    }

    static String mask(String value, ProtectionRule rule) {
        int total = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                total++;
            }
            i += Character.charCount(codePoint);
        }
        int allowed = total - Math.min(6, (total + 1) / 2);
        int keepLast = Math.min(rule.maskKeepLast(), allowed);
        int keepFirst = Math.min(rule.maskKeepFirst(), allowed - keepLast);

        StringBuilder masked = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                if (seen < keepFirst || seen >= total - keepLast) {
                    masked.appendCodePoint(codePoint);
                } else {
                    masked.append(rule.maskChar());
                }
                seen++;
            } else {
                masked.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return masked.toString();
    }
}
