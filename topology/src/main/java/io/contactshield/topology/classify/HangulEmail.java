package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses dictated in Korean, as speech-to-text writes them in Hangul: "에스 와이 팍 구삼 골뱅이
 * 지메일 닷컴", "하나 점 송 골뱅이 카카오 닷컴", "씨 에스 점 김 골뱅이 다온 점 씨오 점 케이알", "hana 점 song
 * 골뱅이 kakao 닷컴". The span is the whole spoken form, without the particle glued to its last word
 * ("닷컴이에요" ends at "닷컴").
 *
 * <p>{@link SpokenEmail} reads the Korean words for the signs only between words in Latin letters
 * ("minji 골뱅이 naver 점 com"): Hangul is no word to its scan. Here the words are Hangul too: letter
 * names (에스, 와이, 더블유), Sino-Korean digits (구삼, 공팔), a name or word in Hangul (팍, 유진, 헬프),
 * providers (지메일, 네이버) and top-level domains (컴, 넷, 케이알).
 *
 * <p>Validated, not matched: "골뱅이" (the at-sign, literally "whelk") set apart by blanks, a domain of
 * labels joined by a spoken dot (점, 닷) whose last label is a top-level domain, or a label followed by
 * "닷컴" said as one word; and a local part of letter names, digits, Latin words and short Hangul
 * words joined by blanks or by spoken signs (점, 언더바). Korean glues particles to the word before, so a
 * word that ends in one ("메일은", "주소는요") is the cue before the address, never part of it.
 *
 * <p>Cost: a text without "골뱅이" is passed over after one search for it.
 */
final class HangulEmail {

    private static final double CONFIDENCE = 0.85;
    private static final String AT = "\uace8\ubc45\uc774";
    private static final int MAX_LOCAL_WORDS = 9;
    private static final int MAX_DOMAIN_WORDS = 9;
    /** A Hangul word longer than this is prose, not a part of a mailbox said in Hangul. */
    private static final int MAX_NAME_SYLLABLES = 3;

    private static final Set<String> DOTS = Set.of("\uc810", "\ub2f7", "dot");
    private static final Set<String> LOCAL_JOINERS = Set.of("\uc810", "\ub2f7", "\uc5b8\ub354\ubc14", "\uc5b8\ub354\uc2a4\ucf54\uc5b4", "\ubc11\uc904", "\ud558\uc774\ud508", "\ub300\uc2dc",
            "dot", "underscore");
    /** Top-level domains said in Hangul, and in Latin letters as Korean callers say them. */
    private static final Set<String> TOP_LEVEL = Set.of("\ucef4", "\ub137", "\ucf00\uc774\uc54c", "\uc624\uc54c\uc9c0", "\ub137\ud2b8", "\uc81c\uc774\ud53c", "\uc720\uc5d0\uc2a4", "\uc5d0\ub4c0",
            "com", "net", "kr", "org", "jp", "us", "edu", "io", "co");
    /** The dot and a top-level domain said as one word: "지메일 닷컴". */
    private static final List<String> DOT_TOP_LEVEL = List.of("\ub2f7\ucef4", "\ub2f7\ub137", "\ub2f7\ucf00\uc774\uc54c", "\ub2f7\uc624\uc54c\uc9c0");
    /** English letters by their Korean names: a mailbox is spelled with them ("에이치 와이 오"). */
    private static final Set<String> LETTER_NAMES = Set.of("\uc5d0\uc774", "\ube44", "\uc528", "\uc528\uc774", "\ub514", "\uc774", "\uc5d0\ud504", "\uc9c0", "\uc950",
            "\uc5d0\uc774\uce58", "\uc544\uc774", "\uc81c\uc774", "\ucf00\uc774", "\uc5d8", "\uc5e0", "\uc5d4", "\uc624", "\ud53c", "\ud050", "\uc54c", "\uc5d0\uc2a4", "\ud2f0", "\uc720", "\ube0c\uc774",
            "\ub354\ube14\uc720", "\uc5d1\uc2a4", "\uc640\uc774", "\uc81c\ud2b8", "\uc9c0\uc774");
    /** Sino-Korean digits: a run of them is a number in a mailbox ("구삼" = 93, "공팔" = 08). */
    private static final String DIGIT_SYLLABLES = "\uacf5\uc601\uc77c\uc774\uc0bc\uc0ac\uc624\uc721\ub959\uce60\ud314\uad6c";
    /**
     * Short words that are no part of a mailbox: answers, fillers, pronouns and the nouns of the
     * request ("네 헬프 골뱅이 ...", "개인 거 리 점 워크 골뱅이 ...").
     */
    private static final Set<String> PROSE = Set.of("\ub124", "\uc608", "\uc544", "\uc5b4", "\uc74c", "\uc751", "\uadf8", "\uc800", "\uc81c", "\ub0b4", "\uac70", "\uc880",
            "\ubb50", "\ub610", "\uadf8\ub0e5", "\uc544\ub2c8", "\ub9d0\uace0", "\uac1c\uc778", "\ud68c\uc0ac", "\uba54\uc77c", "\uc774\uba54\uc77c", "\uc8fc\uc18c", "\uc544\uc774\ub514", "\uacc4\uc815", "\ub2e4\uc2dc", "\ud639\uc2dc",
            "\uc9c0\uae08", "\uadf8\uac70", "\uc774\uac70", "\uc800\uac70", "\uc5ec\uae30", "\uc774\uc81c", "\uadfc\ub370", "\uadf8\ub7fc", "\uc544\ub9c8", "\uc544\uae4c", "\uc77c\ub2e8", "\ubc88\ud638", "\uc601\uc5b4",
            "\uc601\ubb38", "\uc601\ubb38\uc73c\ub85c", "\uc6b0\ub9ac", "\uc800\ud76c", "\uc81c\uaebc", "\uc0c8", "\uc608\uc804", "\uc6d0\ub798", "\ud68c\uc0ac\uaebc", "\uac1c\uc778\uaebc", "\ub9de\uc544\uc694", "\ub9de\uc2b5\ub2c8\ub2e4",
            "\uace0\uac1d\ub2d8", "\uace0\uac1d", "\uc0c1\ub2f4\uc0ac", "\ub2e4\uc74c", "\uc5ec\ubcf4\uc138\uc694", "\uc7a0\uae50\ub9cc\uc694", "\uc7a0\uc2dc\ub9cc\uc694");
    /** Syllables that end a Hangul word as a particle or verb ending: such a word is prose before the address. */
    private static final String PARTICLE_ENDS = "\uc740\ub294\uc744\ub97c\uac00\uc694\ub85c\ub3c4\uace0\ub370\uc11c\uc5d0\uc758\uc640\uacfc\uba74\ub2e4\uc8e0\uae4c\uc778";

    private HangulEmail() {
    }

    /** A word between blanks, with the punctuation around it stripped. */
    private record Word(int start, int end, String text, boolean pausedBefore, boolean pausedAfter) {
    }

    static List<Detection> detect(String text) {
        if (text.indexOf(AT) < 0) {
            return List.of();
        }
        List<Word> words = words(text);
        List<Detection> found = new ArrayList<>();
        for (int k = 1; k + 1 < words.size(); k++) {
            Word at = words.get(k);
            if (!at.text().equals(AT) || at.pausedBefore() || at.pausedAfter()) {
                continue;
            }
            int domainEnd = domainEnd(words, k + 1);
            int localStart = domainEnd < 0 ? -1 : localStart(words, k);
            if (localStart >= 0) {
                found.add(new Detection(EntityTypes.EMAIL, words.get(localStart).start(), domainEnd, CONFIDENCE,
                        EmailDetector.NAME));
            }
        }
        return found;
    }

    /**
     * The end of the domain whose first label is word {@code from}: labels joined by dots up to a
     * top-level domain, or -1. "다온 점 씨오 점 케이알입니다" ends after "케이알".
     */
    private static int domainEnd(List<Word> words, int from) {
        int end = -1;
        boolean expectLabel = true;
        for (int w = from; w < words.size() && w - from < MAX_DOMAIN_WORDS; w++) {
            Word word = words.get(w);
            if (expectLabel) {
                int topLevel = w > from ? topLevelEnd(word) : -1;
                if (topLevel > 0) {
                    end = topLevel;
                    if (topLevel < word.end()) {
                        return end; // a particle glued to the top-level domain ends the address
                    }
                } else if (!isLabel(word.text())) {
                    return end;
                }
                expectLabel = false;
            } else if (DOTS.contains(word.text().toLowerCase(Locale.ROOT)) && !word.pausedBefore()) {
                expectLabel = true;
            } else {
                int fused = word.pausedBefore() ? -1 : dotTopLevelEnd(word);
                return fused > 0 ? fused : end;
            }
            if (word.pausedAfter()) {
                return end;
            }
        }
        return end;
    }

    /** The end of a top-level domain that word starts with, a particle after it allowed, or -1. */
    private static int topLevelEnd(Word word) {
        String text = word.text();
        for (int length = text.length(); length > 0; length--) {
            if (TOP_LEVEL.contains(text.substring(0, length).toLowerCase(Locale.ROOT))
                    && isHangul(text, length, text.length())) {
                return word.start() + length;
            }
        }
        return -1;
    }

    /** The end of a spoken "dot com" said as one word ("닷컴", "닷컴으로"), or -1. */
    private static int dotTopLevelEnd(Word word) {
        for (String dotTopLevel : DOT_TOP_LEVEL) {
            if (word.text().startsWith(dotTopLevel) && isHangul(word.text(), dotTopLevel.length(), word.text().length())) {
                return word.start() + dotTopLevel.length();
            }
        }
        return -1;
    }

    /** A label of a domain: Latin letters, digits and dashes, or a Hangul word ("지메일", "배달모아"). */
    private static boolean isLabel(String word) {
        if (isHangul(word, 0, word.length())) {
            return !PROSE.contains(word);
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first word of the local part that ends right before "골뱅이" (word {@code at}), or -1. Read
     * back from it over letter names, digits, Latin words, signs and short Hangul words; a word of
     * prose, a pause or a particle ends it.
     */
    private static int localStart(List<Word> words, int at) {
        int start = -1;
        for (int w = at - 1; w >= 0 && at - w <= MAX_LOCAL_WORDS; w--) {
            Word word = words.get(w);
            if (word.pausedAfter()) {
                break;
            }
            if (LOCAL_JOINERS.contains(word.text().toLowerCase(Locale.ROOT))) {
                if (start < 0) {
                    return -1; // "... 점 골뱅이": no local part ends in a sign
                }
                continue;
            }
            if (!isLocalWord(word.text())) {
                break;
            }
            start = w;
            if (word.pausedBefore()) {
                break;
            }
        }
        return start;
    }

    private static boolean isLocalWord(String word) {
        if (LETTER_NAMES.contains(word) || isDigits(word)) {
            return true;
        }
        if (!isHangul(word, 0, word.length())) {
            return isLatinLocal(word);
        }
        int syllables = word.length();
        return syllables <= MAX_NAME_SYLLABLES && !PROSE.contains(word)
                && PARTICLE_ENDS.indexOf(word.charAt(word.length() - 1)) < 0;
    }

    private static boolean isLatinLocal(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
                return false;
            }
        }
        return !SpokenEmail.PROSE.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (DIGIT_SYLLABLES.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHangul(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '\uac00' || c > '\ud7a3') {
                return false;
            }
        }
        return true;
    }

    /** The words between blanks; punctuation around a word is stripped and a pause noted after it. */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                words.add(new Word(s, e, text.substring(s, e), s > start, e < i));
            }
        }
        return words;
    }
}
