package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

    @Test
    void indexOfIgnoreCaseFindsAPhraseInAnyCase() {
        assertThat(Chars.indexOfIgnoreCase("AGENT: Area Code?", "area code", 0)).isEqualTo(7);
        assertThat(Chars.indexOfIgnoreCase("the AREA CODE and the area code", "area code", 5)).isEqualTo(22);
        assertThat(Chars.indexOfIgnoreCase("jan.kowalski[AT]onet.pl", "[at]", 0)).isEqualTo(12);
        assertThat(Chars.indexOfIgnoreCase("m(MA\u0141PA)wp.pl", "(ma\u0142pa)", 0)).isEqualTo(1);
        assertThat(Chars.indexOfIgnoreCase("area cod", "area code", 0)).isEqualTo(-1);
        assertThat(Chars.indexOfIgnoreCase("[a", "[at]", 0)).isEqualTo(-1);
    }

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
    void lettersStartIsWhereTheRunOfLettersEndingThereBegins() {
        assertThat(Chars.lettersStart("my n\u00famero 12", 9)).isEqualTo(3);
        assertThat(Chars.lettersStart("ab 12", 5)).isEqualTo(5);
        assertThat(Chars.lettersStart("abc", 3)).isZero();
    }

    @Test
    void mayEqualIgnoringCaseRulesOutDifferentAsciiChars() {
        assertThat(Chars.mayEqualIgnoringCase('e', 'E')).isTrue();
        assertThat(Chars.mayEqualIgnoringCase('e', 'o')).isFalse();
        assertThat(Chars.mayEqualIgnoringCase('1', '2')).isFalse();
    }

    /** The ASCII shortcut must answer as String.regionMatches does, for every char the JDK folds oddly too. */
    @Test
    void regionMatchesIgnoreCaseAnswersAsTheJdk() {
        String alphabet = "aAbBkKsSiIzZ09 -_@`[{\u00e9\u00c9\u00df\u0131\u0130\u017f\u212a\u00b5\u039c\u03bc"
                + "\u01c5\u01c4\u01c6\ud801\udc00\ud801\udc28\u7535\u8bdd\u0442\u0435\u0e42\u2160\u24b6";
        java.util.Random random = new java.util.Random(20_261_129L);
        int equal = 0;
        for (int n = 0; n < 200_000; n++) {
            int length = 1 + random.nextInt(6);
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < length; k++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                a.append(c);
                int pick = random.nextInt(4);
                b.append(pick == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : pick == 1 ? Character.toUpperCase(c) : pick == 2 ? Character.toLowerCase(c) : c);
            }
            String text = "x" + a;
            boolean expected = text.regionMatches(true, 1, b.toString(), 0, length);
            assertThat(Chars.regionMatchesIgnoreCase(text, 1, b.toString(), length)).as("%s %s", a, b)
                    .isEqualTo(expected);
            equal += expected ? 1 : 0;
        }
        assertThat(equal).isGreaterThan(10_000);
    }

    /** Every char the shortcut rules out against ASCII is unequal to every ASCII char for the JDK too. */
    @Test
    void charsThatFoldToNoAsciiCharEqualNone() {
        int folding = 0;
        for (char c = 128; c < Character.MAX_VALUE; c++) {
            if (Chars.foldsToAscii(c)) {
                folding++;
                continue;
            }
            String one = String.valueOf(c);
            for (char a = 0; a < 128; a++) {
                assertThat(String.valueOf(a).regionMatches(true, 0, one, 0, 1)).as("%s %s", a, c).isFalse();
                assertThat(one.regionMatches(true, 0, String.valueOf(a), 0, 1)).as("%s %s", c, a).isFalse();
            }
        }
        assertThat(folding).isLessThan(3000); // the surrogates and the few that fold to ASCII
    }
}
