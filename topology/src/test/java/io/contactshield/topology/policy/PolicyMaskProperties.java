package io.contactshield.topology.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PolicyMaskProperties {

    private static long lettersAndDigits(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    @Property
    void maskKeepsLayoutAndHidesAtLeastHalfOrSix(@ForAll @StringLength(max = 40) String value,
            @ForAll @IntRange(max = 64) int keepFirst, @ForAll @IntRange(max = 64) int keepLast) {
        String masked = PolicyMask.mask(value, new ProtectionRule(PolicyAction.MASK, keepFirst, keepLast, '*'));

        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(value.codePointCount(0, value.length()));
        long total = lettersAndDigits(value);
        long shown = lettersAndDigits(masked);
        assertThat(total - shown).isGreaterThanOrEqualTo(Math.min(6, (total + 1) / 2));
    }
}
