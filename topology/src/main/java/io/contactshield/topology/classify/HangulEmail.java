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
    private static final String AT = "골뱅이";
    private static final int MAX_LOCAL_WORDS = 9;
    private static final int MAX_DOMAIN_WORDS = 9;
    /** A Hangul word longer than this is prose, not a part of a mailbox said in Hangul. */
    private static final int MAX_NAME_SYLLABLES = 3;

    private static final Set<String> DOTS = Set.of("점", "닷", "dot");
    private static final Set<String> LOCAL_JOINERS = Set.of("점", "닷", "언더바", "언더스코어", "밑줄", "하이픈", "대시",
            "dot", "underscore");
    /** Top-level domains said in Hangul, and in Latin letters as Korean callers say them. */
    private static final Set<String> TOP_LEVEL = Set.of("컴", "넷", "케이알", "오알지", "제이피", "유에스", "에듀",
            "com", "net", "kr", "org", "jp", "us", "edu", "io", "co");
    /** The dot and a top-level domain said as one word: "지메일 닷컴". */
    private static final List<String> DOT_TOP_LEVEL = List.of("닷컴", "닷넷", "닷케이알", "닷오알지");
    /** English letters by their Korean names: a mailbox is spelled with them ("에이치 와이 오"). */
    private static final Set<String> LETTER_NAMES = Set.of("에이", "비", "씨", "씨이", "디", "이", "에프", "지", "쥐",
            "에이치", "아이", "제이", "케이", "엘", "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이",
            "더블유", "엑스", "와이", "제트", "지이");
    /** Sino-Korean digits: a run of them is a number in a mailbox ("구삼" = 93, "공팔" = 08). */
    private static final String DIGIT_SYLLABLES = "공영일이삼사오육륙칠팔구";
    /**
     * Short words that are no part of a mailbox: answers, fillers, pronouns and the nouns of the
     * request ("네 헬프 골뱅이 ...", "개인 거 리 점 워크 골뱅이 ...").
     */
    private static final Set<String> PROSE = Set.of("네", "예", "아", "어", "음", "응", "그", "저", "제", "내", "거", "좀",
            "뭐", "또", "그냥", "아니", "말고", "개인", "회사", "메일", "이메일", "주소", "아이디", "계정", "다시", "혹시",
            "지금", "그거", "이거", "저거", "여기", "이제", "근데", "그럼", "아마", "아까", "일단", "번호", "영어",
            "영문", "영문으로", "우리", "저희", "제꺼", "새", "예전", "원래", "회사꺼", "개인꺼", "맞아요", "맞습니다",
            "고객님", "고객", "상담사", "다음", "여보세요", "잠깐만요", "잠시만요");
    /** Syllables that end a Hangul word as a particle or verb ending: such a word is prose before the address. */
    private static final String PARTICLE_ENDS = "은는을를가요로도고데서에의와과면다죠까인";

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
        String text = word.text();
        for (String dotTopLevel : DOT_TOP_LEVEL) {
            if (text.startsWith(dotTopLevel) && isHangul(text, dotTopLevel.length(), text.length())) {
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
            if (c < '가' || c > '힣') {
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
