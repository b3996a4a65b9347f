package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    /** A cheap test in front of regionMatches must never say no where regionMatches says yes. */
    @Test
    void mayEqualIgnoringCaseHoldsWhereRegionMatchesIgnoringCaseDoes() {
        int pairs = 0;
        for (char a = 0; a < 0x250; a++) {
            for (char b = 0; b < 0x250; b++) {
                boolean equal = String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1);
                if (equal) {
                    assertThat(Chars.mayEqualIgnoringCase(a, b)).as("%s %s", a, b).isTrue();
                    pairs++;
                }
            }
        }
        char kelvin = '\u212a';
        assertThat(Chars.mayEqualIgnoringCase(kelvin, 'k')).isTrue();
        assertThat(pairs).isGreaterThan(0x250);
    }

    @Test
    void mayEqualIgnoringCaseRulesOutDifferentAsciiChars() {
        assertThat(Chars.mayEqualIgnoringCase('e', 'E')).isTrue();
        assertThat(Chars.mayEqualIgnoringCase('e', 'o')).isFalse();
        assertThat(Chars.mayEqualIgnoringCase('1', '2')).isFalse();
    }
}
