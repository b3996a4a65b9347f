package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The digits said in the scripts whose number words are written glued to each other and to the
 * words around them: Chinese numerals ({@code 幺三九 幺二零八}), Japanese kana ({@code
 * ゼロきゅうゼロ}), Sino-Korean Hangul ({@code 공일공 오팔삼이}) and Thai ({@code
 * ศูนย์แปดเก้า}), with their words for plus; and the number words of Arabic, Hebrew, Hindi, Marathi
 * and Nepali (Devanagari), which are written apart. {@link SpokenDigits} reads a run of letters as one word; a
 * run of these scripts is split here into the numerals it holds and the other words between them.
 *
 * <p>Chinese, kana and Hangul numerals are single syllables that are also parts of ordinary words
 * ("一下", "に", "이사"): {@link SpokenDigits} reads them only as a run of at least seven digits, so
 * prose does not become a number. Arabic, Hebrew and Devanagari words count only as whole words (after an
 * optional "and" prefix, و or ו, or Hebrew's "to", ל, which is no part of the number).
 */
final class ScriptNumerals {

    /** "〇", the zero of kanji numbers, which Unicode counts as a number, not a letter ("〇六の六三四五の一二九〇"). */
    static final char IDEOGRAPHIC_ZERO = '\u3007';

    /** The value {@link #split} gives a word for the '+' of a number. */
    static final int PLUS = 10;

    /** A numeral of a glued script: its digit, and its length in chars. */
    private record Numeral(int digit, int length) {
    }

    /** Words by first char; longest first, so that "ゼロ" is read before "ゼ" could be. */
    private static final Map<Character, List<String>> GLUED = new HashMap<>();
    private static final Map<String, Integer> DIGITS = new HashMap<>();
    /**
     * Arabic and Hebrew number words, read as whole words (with a glued "and" or Hebrew "to"). Persian's,
     * Urdu's, Bengali's, Amharic's and Tamil's, said apart and in compounds (tens, hundreds), are in
     * {@link SpokenDigits}'s table, which is looked up first ("صفر" is Persian's and Urdu's there).
     */
    private static final Map<String, Integer> WHOLE = new HashMap<>();

    static {
        glued(0, "零", "〇", "ゼロ", "ぜろ", "れい", "レイ", "まる", "マル", "공", "영", "ศูนย์");
        glued(1, "一", "幺", "壹", "いち", "イチ", "일", "หนึ่ง");
        glued(2, "二", "两", "兩", "貳", "に", "にー", "ニ", "ニー", "이", "สอง", "โท"); // Thai "tho", as said on the phone
        glued(3, "三", "參", "さん", "サン", "삼", "สาม");
        glued(4, "四", "よん", "ヨン", "し", "シ", "사", "สี่");
        glued(5, "五", "ご", "ごー", "ゴ", "ゴー", "오", "ห้า");
        glued(6, "六", "ろく", "ロク", "육", "륙", "หก");
        glued(7, "七", "なな", "ナナ", "しち", "シチ", "칠", "เจ็ด");
        glued(8, "八", "はち", "ハチ", "팔", "แปด");
        glued(9, "九", "きゅう", "キュウ", "きゅー", "キュー", "く", "ク", "구", "เก้า");
        // Kana said long ("にいにいきゅうぜろ", "ごおごおいちはち"), as callers stretch a short digit.
        glued(2, "にい");
        glued(5, "ごお");
        // "Plus" before a country code, glued to it or apart ("プラスいち、...", "บวกหกหก ...", "플러스 팔이 ...").
        glued(PLUS, "플러스", "プラス", "บวก");
        // Chinese "加" (plus) before a country code said in numerals ("我的日本号码是加八一，九零，...").
        glued(PLUS, "加");
        whole(0, "صفر", "אפס");
        whole(1, "واحد", "واحدة", "אחת", "אחד");
        whole(2, "اثنين", "اثنان", "إثنين", "اتنين", "שתיים", "שתים", "שניים", "שנים");
        whole(3, "ثلاثة", "ثلاث", "تلاتة", "تلاته", "שלוש", "שלושה");
        whole(4, "أربعة", "اربعة", "أربع", "اربع", "اربعه", "ארבע", "ארבעה");
        whole(5, "خمسة", "خمس", "خمسه", "חמש", "חמישה");
        whole(6, "ستة", "ست", "سته", "שש", "שישה");
        whole(7, "سبعة", "سبع", "سبعه", "שבע", "שבעה");
        whole(8, "ثمانية", "ثماني", "تمانية", "تمنية", "تمانيه", "שמונה");
        whole(9, "تسعة", "تسع", "تسعه", "תשע", "תשעה");
        // Darija's and Maghrebi speech's own, in Arabic script ("زيرو ستة، ستة خمسة، تلاتة جوج، ..."): zero, two, four.
        whole(0, "\u0632\u064a\u0631\u0648");
        whole(2, "\u062c\u0648\u062c", "\u0632\u0648\u062c");
        whole(4, "\u0631\u0628\u0639\u0629");
        // Hebrew "plus" before a country code ("פלוס תשע שבע שתיים, ...").
        whole(PLUS, "פלוס");
        // Arabic "plus" ("زائد تسعة ستة ستة، ..."), and English's as Egyptians and Gulf Arabs say it ("بلس اتنين صفر").
        whole(PLUS, "زائد", "زايد", "بلس");
        // Hindi in Devanagari ("नौ चार एक चार, दो छह सात").
        whole(0, "\u0936\u0942\u0928\u094d\u092f");
        whole(1, "\u090f\u0915");
        whole(2, "\u0926\u094b");
        whole(3, "\u0924\u0940\u0928");
        whole(4, "\u091a\u093e\u0930");
        whole(5, "\u092a\u093e\u0902\u091a", "\u092a\u093e\u0901\u091a");
        whole(6, "\u091b\u0939", "\u091b\u0903");
        whole(7, "\u0938\u093e\u0924");
        whole(8, "\u0906\u0920");
        whole(9, "\u0928\u094c");
        // Nepali, where its words differ ("नौ आठ पाँच एक, शून्य चार, दुई सात तीन तीन"): two, six.
        whole(2, "\u0926\u0941\u0908");
        whole(6, "\u091b");
        // Marathi, where its words differ ("नऊ आठ दोन दोन सात, पाच शून्य एक चार सहा"): two, five, six, nine.
        whole(2, "\u0926\u094b\u0928");
        whole(5, "\u092a\u093e\u091a");
        whole(6, "\u0938\u0939\u093e");
        whole(9, "\u0928\u090a");
        GLUED.values().forEach(words -> words.sort((a, b) -> b.length() - a.length()));
    }

    private static void glued(int digit, String... words) {
        for (String word : words) {
            GLUED.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
            DIGITS.put(word, digit);
        }
    }

    private static void whole(int digit, String... words) {
        for (String word : words) {
            WHOLE.put(word, digit);
        }
    }

    private ScriptNumerals() {
    }

    /** Whether {@code c} starts a word of one of these scripts: the run of letters may hold numerals. */
    static boolean mayHold(char c) {
        return (c >= '\u0590' && c <= '\u06FF') // Hebrew, Arabic
                || (c >= '\u0900' && c <= '\u097F') // Devanagari
                || (c >= '\u0E00' && c <= '\u0E7F') // Thai
                || c == IDEOGRAPHIC_ZERO
                || (c >= '\u3040' && c <= '\u30FF') // kana
                || (c >= '\u3400' && c <= '\u9FFF') // Han
                || (c >= '\uAC00' && c <= '\uD7AF'); // Hangul syllables
    }

    /**
     * The run of letters {@code text[start, end)} cut into numerals and the rest: each item is
     * {@code {digit, from, to}}, or {@code {-1, from, to}} for chars that are no numeral. Null when it
     * holds no numeral.
     */
    static List<int[]> split(String text, int start, int end) {
        Integer whole = WHOLE.get(text.substring(start, end));
        if (whole == null && end - start > 2 && (text.charAt(start) == '\u0648' || text.charAt(start) == '\u05D5')) {
            whole = WHOLE.get(text.substring(start + 1, end)); // "وخمسة", "ושלוש": "and five"
        }
        if (whole == null && end - start > 2 && text.charAt(start) == HEBREW_TO) {
            whole = WHOLE.get(text.substring(start + 1, end));
            if (whole != null) {
                return List.<int[]>of(new int[] {whole, start + 1, end});
            }
        }
        if (whole != null) {
            return List.<int[]>of(new int[] {whole, start, end});
        }
        List<int[]> items = null;
        int other = -1;
        int i = start;
        while (i < end) {
            Numeral numeral = numeralAt(text, i, end);
            if (numeral != null && text.charAt(i) == KOREAN_TWO && i + 1 < end && isHangul(text.charAt(i + 1))
                    && numeralAt(text, i + 1, end) == null && !(text.charAt(i + 1) == KOREAN_E && i + 2 == end)) {
                numeral = null; // "삼삼구일이요": the copula 이 before a particle, not two ("칠삼팔이에": two, then 에)
            }
            if (numeral == null) {
                if (other < 0) {
                    other = i;
                }
                i++;
                continue;
            }
            if (items == null) {
                items = new ArrayList<>();
            }
            if (other >= 0 && !isGroupParticle(text, other, i)) {
                items.add(new int[] {-1, other, i});
            }
            other = -1;
            int numeralEnd = i + numeral.length();
            while (numeralEnd < end && text.charAt(numeralEnd) == LONG_VOWEL) {
                numeralEnd++; // "ななーいち": a numeral said long is the same numeral
            }
            items.add(new int[] {numeral.digit(), i, numeralEnd});
            i = numeralEnd;
        }
        if (items != null && other >= 0 && !isGroupParticle(text, other, end)) {
            items.add(new int[] {-1, other, end});
        }
        if (items != null && items.size() > 1 && items.get(0)[0] >= 0 && items.get(0)[2] - items.get(0)[1] == 1
                && Chars.isHan(text.charAt(start)) && items.get(1)[0] < 0 && Chars.isHan(text.charAt(items.get(1)[1]))) {
            // "一直", "一下", "两个": one Han numeral that opens a word of Chinese is part of the word, no digit.
            items.set(0, new int[] {-1, start, items.get(1)[2]});
            items.remove(1);
        }
        return items;
    }

    private static final char KOREAN_TWO = '\uC774';
    /** Hebrew "to", a prefix on the number said after it ("לאפס ארבע, ...": "to zero four, ..."), no part of it. */
    private static final char HEBREW_TO = '\u05DC';
    /** The kana sign that lengthens a vowel, "ー". */
    private static final char LONG_VOWEL = '\u30FC';
    /**
     * Japanese の and Korean 의 and 에 said between the groups of a number ("ゼロきゅうゼロの ななにさんいちの
     * ...", "공일공에 칠삼팔이에 오오일구").
     */
    static final char JAPANESE_NO = '\u306E';
    static final char KOREAN_UI = '\uC758';
    static final char KOREAN_E = '\uC5D0';

    /** Whether {@code c} is one of the particles said between a number's groups. */
    static boolean isGroupParticle(char c) {
        return c == JAPANESE_NO || c == KOREAN_UI || c == KOREAN_E;
    }

    /** Whether {@code text[from, to)} is one of the particles said between a number's groups: a pause, not a word. */
    private static boolean isGroupParticle(String text, int from, int to) {
        return to - from == 1 && isGroupParticle(text.charAt(from));
    }

    /**
     * Whether {@code text[start, end)} holds numerals of these scripts next to its {@code atEnd} or its
     * start: "공일공" before "다시", "삼사공육인데요" after it.
     */
    static boolean numeralAtEdge(String text, int start, int end, boolean atEnd) {
        if (start >= end || !mayHold(text.charAt(start))) {
            return false;
        }
        List<int[]> items = split(text, start, end);
        if (items == null || items.isEmpty()) {
            return false;
        }
        int[] edge = items.get(atEnd ? items.size() - 1 : 0); // {digit or -1, start, end}
        return edge[0] >= 0 && (atEnd ? edge[2] == end : edge[1] == start);
    }

    /** Whether {@code text[start, end)} is a word of these scripts made of numerals only ("공일공", "사이"). */
    static boolean isNumerals(String text, int start, int end) {
        if (start >= end || !mayHold(text.charAt(start))) {
            return false;
        }
        List<int[]> items = split(text, start, end);
        return items != null && items.stream().allMatch(item -> item[0] >= 0);
    }

    /** Whether {@code text[start, end)} is a word for "plus" of these scripts ("플러스", "プラス", "บวก"). */
    static boolean isPlus(String text, int start, int end) {
        Numeral numeral = start < end ? numeralAt(text, start, end) : null;
        return numeral != null && numeral.digit() == PLUS && numeral.length() == end - start;
    }

    private static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7AF';
    }

    private static Numeral numeralAt(String text, int i, int end) {
        List<String> words = GLUED.get(text.charAt(i));
        if (words == null) {
            return null;
        }
        Numeral longest = null;
        for (String word : words) {
            if (i + word.length() <= end && text.startsWith(word, i)) {
                Numeral numeral = new Numeral(DIGITS.get(word), word.length());
                if (longest == null) {
                    longest = numeral;
                    if (i + word.length() == end || startsNumeral(text, i + word.length(), end)) {
                        return numeral;
                    }
                } else if (startsNumeral(text, i + word.length(), end)) {
                    // "にいち": に and いち (2 1), not にい and a ち that no numeral starts.
                    return numeral;
                }
            }
        }
        return longest;
    }

    /** Whether a numeral starts at {@code i}, the longest reading of a word aside. */
    private static boolean startsNumeral(String text, int i, int end) {
        List<String> words = GLUED.get(text.charAt(i));
        if (words != null) {
            for (String word : words) {
                if (i + word.length() <= end && text.startsWith(word, i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
