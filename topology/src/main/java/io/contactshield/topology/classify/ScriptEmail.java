package io.contactshield.topology.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * E-mail addresses dictated in Korean, Hebrew, Arabic, Persian, Urdu, Bengali, Hindi and Marathi (Devanagari),
 * Kannada, Tamil, Telugu, Gujarati, Gurmukhi (Punjabi), Odia, Amharic and Chinese, as
 * speech-to-text writes them in those scripts: "에스 와이 팍 구삼 골뱅이 지메일 닷컴", "씨 에스 점 김 골뱅이 다온 점 씨오 점 케이알", "hana 점 song 골뱅이
 * kakao 닷컴"; "אבי נקודה מזרחי שטרודל וואלה נקודה קו נקודה איי אל"; "رنا عودة اتنين واحد آت هوتميل دوت
 * كوم". The span is the whole spoken form, without a Korean particle glued to its last word ("닷컴이에요"
 * ends at "닷컴").
 *
 * <p>{@link SpokenEmail} reads the words for the signs between words in Latin letters ("minji 골뱅이
 * naver 점 com", "dana shtrudel gmail nekuda com"), where a spoken "dot" and a known top-level domain
 * say which words are an address. Here the words are in the script too: names and words of the
 * mailbox, numbers said in words, providers (지메일, ג'ימייל, هوتميل) and top-level domains (컴, קום,
 * كوم, "איי אל" for il).
 *
 * <p>Validated, not matched: the word for the at-sign (골뱅이, "whelk"; שטרודל, "strudel"; آت) set apart
 * by blanks, a domain of labels joined by a spoken dot whose last label is a top-level domain said in
 * the script or in Latin letters (or, in Korean, "닷컴" said as one word); and a local part of the
 * script's words, Latin words and spoken signs, read back from the at-sign to a pause or a word of
 * the request ("המייל שלי זה", "على"). Korean glues particles to the word before, so a Hangul word that
 * ends in one ("메일은", "주소는요") is the cue before the address, never part of it; Korean local parts
 * are also kept to letter names, Sino-Korean digits and short words.
 *
 * <p>Cost: a text without one of the words for the at-sign is passed over after a search for each.
 */
final class ScriptEmail {

    private static final double CONFIDENCE = 0.85;
    private static final int MAX_LOCAL_WORDS = 9;
    private static final int MAX_DOMAIN_WORDS = 9;
    /** Most words of a local part said in Hebrew or Arabic: a name, a surname and a number ("יוסי אברהם אחת תשע שבע חמש"). */
    private static final int MAX_SCRIPT_LOCAL_WORDS = 7;
    /**
     * Most words of a local part said in Bengali or Amharic: English letters spelled in it too ("এন ইউ এস
     * আর এ টি ডট জে ...").
     */
    private static final int MAX_LETTERS_SPELLED_LOCAL_WORDS = 12;
    /** Most words of a local part spelled letter by letter with numbers ("w a n g，x i n，八八"). */
    private static final int MAX_SPELLED_LOCAL_WORDS = 24;

    /**
     * One script's words for the signs of an address and for the words around it. {@code topLevel}:
     * top-level domains said as one word (in the script or in Latin letters); {@code topLevelPhrases}:
     * those said in two ("איי אל", il); {@code dotTopLevel}: a dot and a top-level domain said as one
     * word (Korean "닷컴"); {@code joiners}: signs said inside a local part; {@code prose}: words of the
     * request that stand before an address and are never part of it; {@code letters}: the script's
     * letters; {@code particlesAfter}: whether the language glues particles to the word before (Korean);
     * {@code localLetters}: the letters a local part's words in the script may have (Chinese: numerals
     * only, as its other words are glued to the prose around them); {@code commasAsBlanks}: whether a
     * speaker's full-width comma is only a pause inside the address ("w a n g，x i n，八八，艾特，...").
     */
    private record Script(Set<String> at, Set<String> dots, Set<String> topLevel, List<List<String>> topLevelPhrases,
            List<String> dotTopLevel, Set<String> joiners, Set<String> prose, IntPredicate letters,
            boolean particlesAfter, int maxLocalWords, IntPredicate localLetters, boolean commasAsBlanks) {
    }

    private static final Script KOREAN = new Script(Set.of("골뱅이"), Set.of("점", "닷", "dot"),
            Set.of("컴", "넷", "케이알", "오알지", "제이피", "유에스", "에듀", "com", "net", "kr", "org", "jp", "us", "edu", "io", "co"),
            List.of(), List.of("닷컴", "닷넷", "닷케이알", "닷오알지"),
            Set.of("점", "닷", "언더바", "언더스코어", "밑줄", "하이픈", "대시", "dot", "underscore"),
            // Answers, fillers, pronouns and the nouns of the request ("네 헬프 골뱅이 ...", "개인 거 리 점 워크 골뱅이 ...").
            Set.of("네", "예", "아", "어", "음", "응", "그", "저", "제", "내", "거", "좀", "뭐", "또", "그냥", "아니", "말고",
                    "개인", "회사", "메일", "이메일", "주소", "아이디", "계정", "다시", "혹시", "지금", "그거", "이거", "저거", "여기",
                    "이제", "근데", "그럼", "아마", "아까", "일단", "번호", "영어", "영문", "영문으로", "우리", "저희", "제꺼", "새",
                    "예전", "원래", "회사꺼", "개인꺼", "맞아요", "맞습니다", "고객님", "고객", "상담사", "다음", "여보세요",
                    "잠깐만요", "잠시만요"),
            c -> c >= '가' && c <= '힣', true, MAX_LOCAL_WORDS, c -> c >= '가' && c <= '힣', false);

    private static final Script HEBREW = new Script(Set.of("שטרודל"), Set.of("נקודה", "דוט", "dot"),
            Set.of("קום", "נט", "אורג", "com", "net", "org", "il", "co"), List.of(List.of("איי", "אל")), List.of(),
            // Dot, underscore ("קו תחתון"), hyphen.
            Set.of("נקודה", "דוט", "קו", "תחתון", "מקף"),
            // "my e-mail is", "it's", the e-mail nouns with their prefixes, answers and fillers.
            Set.of("זה", "זו", "שלי", "שלו", "שלה", "הוא", "היא", "מייל", "המייל", "למייל", "במייל", "אימייל", "האימייל",
                    "לאימייל", "באימייל", "כתובת", "הכתובת", "כן", "לא", "אה", "אממ", "אמ", "טוב", "אז", "רגע", "הנוכחית",
                    "והחדשה", "החדשה", "שלנו", "את", "של", "על", "עם", "או", "גם"),
            c -> c >= '\u05d0' && c <= '\u05ea', false, MAX_SCRIPT_LOCAL_WORDS, c -> c >= '\u05d0' && c <= '\u05ea', false);

    private static final Script ARABIC = new Script(Set.of("آت", "ات"), Set.of("دوت", "نقطة", "dot"),
            Set.of("كوم", "نت", "أورج", "com", "net", "org"), List.of(), List.of(),
            Set.of("دوت", "نقطة", "أندرسكور", "شرطة"),
            // "on", "the e-mail", "my e-mail", "is", "yes", answers; "all together" is said after.
            Set.of("على", "الإيميل", "الايميل", "إيميلي", "ايميلي", "إيميل", "ايميل", "هو", "هي", "اه", "أه", "نعم", "ايوه",
                    "أيوه", "طيب", "يعني", "بدي", "عنوان", "العنوان", "في", "من", "لو", "سمحت",
                    // "and the e-mail", Levantine and Egyptian "mine" ("الإيميل تبعي رامي نقطة ...").
                    "والإيميل", "والايميل", "تبعي", "بتاعي"),
            Chars::isArabicLetter, false, MAX_SCRIPT_LOCAL_WORDS, Chars::isArabicLetter, false);

    /**
     * Persian: Arabic letters and Persian's own (پ چ ژ گ ی ک), and the short vowels written on a word
     * ("اَت").
     */
    private static final IntPredicate PERSIAN_LETTERS = c -> c >= '\u0621' && c <= '\u065f' || c == '\u067e' || c == '\u0686'
            || c == '\u0698' || c == '\u06a9' || c == '\u06af' || c == '\u06cc';

    private static final Script PERSIAN = new Script(Set.of("اَت", "ات", "اِت"), Set.of("دات", "نقطه", "dot"),
            Set.of("کام", "نت", "ارگ", "com", "net", "org", "ir", "de", "ca"),
            List.of(List.of("سی", "اِی"), List.of("سی", "ای"), List.of("آی", "آر"), List.of("دی", "ای")), List.of(),
            // Dot, underscore ("آندرلاین", "آندراسکور"), hyphen ("خط تیره").
            Set.of("دات", "نقطه", "آندرلاین", "آندراسکور", "خط", "تیره"),
            // "my e-mail", "is", "yes", "the address", "write": the words of the request said before it.
            Set.of("ایمیلم", "ایمیل", "ای", "میل", "من", "هست", "است", "بله", "آره", "اینه", "آدرس", "آدرسم", "بنویسید",
                    "یادداشت", "کنید", "خب", "پس", "مشتری", "اپراتور"),
            PERSIAN_LETTERS, false, MAX_SCRIPT_LOCAL_WORDS, PERSIAN_LETTERS, false);

    /** Urdu: Persian's letters and Urdu's own (ٹ ڈ ڑ ں ھ ہ ے). */
    private static final IntPredicate URDU_LETTERS = PERSIAN_LETTERS.or(c -> c == '\u0679' || c == '\u0688' || c == '\u0691'
            || c == '\u06ba' || c == '\u06be' || c == '\u06c1' || c == '\u06d2');

    private static final Script URDU = new Script(Set.of("\u0627\u06cc\u0679"), Set.of("\u0688\u0627\u0679", "dot"),
            Set.of("\u06a9\u0627\u0645", "\u0646\u06cc\u0679", "com", "net", "org", "pk"), List.of(List.of("\u067e\u06cc", "\u06a9\u06d2")), List.of(),
            // Dot, underscore ("انڈر سکور"), hyphen ("ڈیش").
            Set.of("\u0688\u0627\u0679", "\u0627\u0646\u0688\u0631\u0633\u06a9\u0648\u0631", "\u0688\u06cc\u0634"),
            // "my e-mail is", "yes", "write": the words of the request said before it; "the rate" of
            // "at the rate" (@), said after the at-sign's word.
            Set.of("\u0645\u06cc\u0631\u0627", "\u0645\u06cc\u0631\u06cc", "\u0627\u06cc", "\u0645\u06cc\u0644", "\u06c1\u06d2", "\u0644\u06a9\u06be\u06cc\u06ba", "\u0644\u06a9\u06be", "\u0644\u06cc\u06ba", "\u06cc\u06c1", "\u06a9\u0627\u0644\u0631", "\u06af\u0627\u06c1\u06a9"),
            URDU_LETTERS, false, MAX_SCRIPT_LOCAL_WORDS, URDU_LETTERS, false);

    /** Ge'ez script, in which Amharic is written. */
    private static final IntPredicate ETHIOPIC_LETTERS = c -> Chars.isEthiopic((char) c);

    private static final Script AMHARIC = new Script(Set.of("\u12a0\u1275"), Set.of("\u12f6\u1275", "dot"),
            Set.of("\u12ae\u121d", "\u1294\u1275", "com", "net", "org", "et"), List.of(), List.of(),
            // Dot, underscore ("አንደርስኮር"), hyphen ("ዳሽ").
            Set.of("\u12f6\u1275", "\u12a0\u1295\u12f0\u122d\u1235\u12ae\u122d", "\u12f3\u123d"),
            // "my e-mail", "is", "yes": the words of the request said before it.
            Set.of("\u12a2\u121c\u12ed\u120c", "\u12a2\u121c\u12ed\u120d", "\u1290\u12cd", "\u12a0\u12ce", "\u12f0\u1295\u1260\u129b", "\u12c8\u12aa\u120d"),
            ETHIOPIC_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, ETHIOPIC_LETTERS, false);

    /** Bengali: its letters, vowel signs and marks. */
    private static final IntPredicate BENGALI_LETTERS = c -> c >= '\u0980' && c <= '\u09ff';

    private static final Script BENGALI = new Script(Set.of("অ্যাট", "এট"), Set.of("ডট", "dot"),
            Set.of("কম", "নেট", "অর্গ", "com", "net", "org", "bd"), List.of(List.of("বি", "ডি")), List.of(),
            // Dot, underscore ("আন্ডারস্কোর"), hyphen ("হাইফেন", "ড্যাশ").
            Set.of("ডট", "আন্ডারস্কোর", "হাইফেন", "ড্যাশ"),
            // "my e-mail", "is", "yes", "address", "write": the words of the request said before it.
            Set.of("আমার", "ইমেইল", "ইমেল", "মেইল", "হলো", "হল", "হচ্ছে", "জি", "হ্যাঁ", "ঠিকানা", "লিখুন", "গ্রাহক", "এজেন্ট"),
            BENGALI_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, BENGALI_LETTERS, false);

    /** Devanagari (Hindi, Marathi): its letters, vowel signs and marks. */
    private static final IntPredicate DEVANAGARI_LETTERS = c -> c >= '\u0900' && c <= '\u097f';

    private static final Script DEVANAGARI = new Script(Set.of("\u090f\u091f", "\u0910\u091f", "\u0905\u0945\u091f"),
            Set.of("\u0921\u0949\u091f", "\u0921\u094b\u091f", "\u0921\u091f", "dot"),
            Set.of("\u0915\u0949\u092e", "\u0915\u094b\u092e", "\u0915\u092e", "\u0928\u0947\u091f", "\u0911\u0930\u094d\u0917", "\u0907\u0928",
                    "com", "net", "org", "in"),
            List.of(), List.of(),
            // Dot, underscore ("अंडरस्कोर"), hyphen ("हाइफ़न", "हाइफन"), dash ("डैश").
            Set.of("\u0921\u0949\u091f", "\u0921\u094b\u091f", "\u0921\u091f", "\u0905\u0902\u0921\u0930\u0938\u094d\u0915\u094b\u0930",
                    "\u0939\u093e\u0907\u092b\u093c\u0928", "\u0939\u093e\u0907\u092b\u0928", "\u0921\u0948\u0936"),
            // Hindi "my", "e-mail", "is", "yes", "write", "address"; Marathi "my", "is" (माझा ईमेल आहे).
            Set.of("\u092e\u0947\u0930\u093e", "\u092e\u0947\u0930\u0940", "\u0908\u092e\u0947\u0932", "\u0907\u092e\u0947\u0932",
                    "\u092e\u0947\u0932", "\u0939\u0948", "\u0939\u0948\u0902", "\u091c\u0940", "\u0939\u093e\u0901",
                    "\u0939\u093e\u0902", "\u0932\u093f\u0916\u093f\u090f", "\u0932\u093f\u0916\u0947\u0902",
                    "\u092a\u0924\u093e", "\u0906\u0908\u0921\u0940", "\u0917\u094d\u0930\u093e\u0939\u0915",
                    "\u092e\u093e\u091d\u093e", "\u092e\u093e\u091d\u0940", "\u0906\u0939\u0947"),
            DEVANAGARI_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, DEVANAGARI_LETTERS, false);

    /** Kannada: its letters, vowel signs and marks. */
    private static final IntPredicate KANNADA_LETTERS = c -> c >= '\u0c80' && c <= '\u0cff';

    private static final Script KANNADA = new Script(Set.of("\u0c85\u0c9f\u0ccd", "\u0c8e\u0c9f\u0ccd"),
            Set.of("\u0ca1\u0cbe\u0c9f\u0ccd", "dot"),
            Set.of("\u0c95\u0cbe\u0cae\u0ccd", "\u0ca8\u0cc6\u0c9f\u0ccd", "\u0c87\u0ca8\u0ccd", "com", "net", "org", "in"),
            List.of(), List.of(),
            // Dot, underscore ("ಅಂಡರ್‌ಸ್ಕೋರ್", "ಅಂಡರ್ಸ್ಕೋರ್"), hyphen ("ಹೈಫನ್").
            Set.of("\u0ca1\u0cbe\u0c9f\u0ccd", "\u0c85\u0c82\u0ca1\u0cb0\u0ccd\u200c\u0cb8\u0ccd\u0c95\u0ccb\u0cb0\u0ccd",
                    "\u0c85\u0c82\u0ca1\u0cb0\u0ccd\u0cb8\u0ccd\u0c95\u0ccb\u0cb0\u0ccd", "\u0cb9\u0cc8\u0cab\u0ca8\u0ccd"),
            // "my", "e-mail", "yes", "sir", "is", "address".
            Set.of("\u0ca8\u0ca8\u0ccd\u0ca8", "\u0c87\u0cae\u0cc7\u0cb2\u0ccd", "\u0c88\u0cae\u0cc7\u0cb2\u0ccd",
                    "\u0cae\u0cc7\u0cb2\u0ccd", "\u0cb9\u0ccc\u0ca6\u0cc1", "\u0cb8\u0cb0\u0ccd", "\u0c87\u0ca6\u0cc6",
                    "\u0cb5\u0cbf\u0cb3\u0cbe\u0cb8", "\u0c90\u0ca1\u0cbf"),
            KANNADA_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, KANNADA_LETTERS, false);

    /** Tamil: its letters, vowel signs and marks. */
    private static final IntPredicate TAMIL_LETTERS = c -> c >= '\u0b80' && c <= '\u0bff';

    private static final Script TAMIL = new Script(Set.of("\u0b85\u0b9f\u0bcd"), Set.of("\u0b9f\u0bbe\u0b9f\u0bcd", "dot"),
            Set.of("\u0b95\u0bbe\u0bae\u0bcd", "\u0ba8\u0bc6\u0b9f\u0bcd", "\u0b87\u0ba9\u0bcd", "com", "net", "org", "in"),
            List.of(), List.of(), Set.of("\u0b9f\u0bbe\u0b9f\u0bcd"),
            // "my", "e-mail", "sir", "yes".
            Set.of("\u0b8e\u0ba9\u0bcd", "\u0b8e\u0ba9\u0bcd\u0ba9\u0bc1\u0b9f\u0bc8\u0baf", "\u0b88\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd",
                    "\u0b87\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd", "\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd", "\u0b9a\u0bbe\u0bb0\u0bcd",
                    "\u0b86\u0bae\u0bbe", "\u0b90\u0b9f\u0bbf"),
            TAMIL_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, TAMIL_LETTERS, false);

    /** Telugu: its letters, vowel signs and marks. */
    private static final IntPredicate TELUGU_LETTERS = c -> c >= '\u0c00' && c <= '\u0c7f';

    private static final Script TELUGU = new Script(Set.of("\u0c05\u0c1f\u0c4d", "\u0c0e\u0c1f\u0c4d"), Set.of("\u0c21\u0c3e\u0c1f\u0c4d", "dot"),
            Set.of("\u0c15\u0c3e\u0c2e\u0c4d", "\u0c28\u0c46\u0c1f\u0c4d", "\u0c07\u0c28\u0c4d", "com", "net", "org", "in"),
            List.of(), List.of(), Set.of("\u0c21\u0c3e\u0c1f\u0c4d"),
            // "my", "e-mail", "sir", the polite "andi".
            Set.of("\u0c28\u0c3e", "\u0c08\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d", "\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d",
                    "\u0c38\u0c3e\u0c30\u0c4d", "\u0c05\u0c02\u0c21\u0c3f"),
            TELUGU_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, TELUGU_LETTERS, false);

    /** Malayalam: its letters, vowel signs and marks. */
    private static final IntPredicate MALAYALAM_LETTERS = c -> c >= '\u0d00' && c <= '\u0d7f';

    private static final Script MALAYALAM = new Script(Set.of("\u0d05\u0d31\u0d4d\u0d31\u0d4d"), Set.of("\u0d21\u0d4b\u0d1f\u0d4d\u0d1f\u0d4d", "dot"),
            Set.of("\u0d15\u0d4b\u0d02", "\u0d28\u0d46\u0d31\u0d4d\u0d31\u0d4d", "\u0d07\u0d7b", "com", "net", "org", "in"), List.of(), List.of(), Set.of("\u0d21\u0d4b\u0d1f\u0d4d\u0d1f\u0d4d"),
            // "my", "e-mail", "mail", "is", "sir", "ID".
            Set.of("\u0d0e\u0d28\u0d4d\u0d31\u0d46", "\u0d07\u0d2e\u0d46\u0d2f\u0d3f\u0d7d", "\u0d2e\u0d46\u0d2f\u0d3f\u0d7d", "\u0d06\u0d23\u0d4d", "\u0d38\u0d3e\u0d7c", "\u0d10\u0d21\u0d3f"),
            MALAYALAM_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, MALAYALAM_LETTERS, false);

    /** Gujarati: its letters, vowel signs and marks. */
    private static final IntPredicate GUJARATI_LETTERS = c -> c >= '\u0a80' && c <= '\u0aff';

    private static final Script GUJARATI = new Script(Set.of("\u0a8f\u0a9f"), Set.of("\u0aa1\u0acb\u0a9f", "\u0aa1\u0ac9\u0a9f", "dot"),
            Set.of("\u0a95\u0acb\u0aae", "\u0a95\u0ac9\u0aae", "\u0aa8\u0ac7\u0a9f", "\u0a87\u0aa8", "com", "net", "org", "in"),
            List.of(), List.of(), Set.of("\u0aa1\u0acb\u0a9f", "\u0aa1\u0ac9\u0a9f"),
            // "my", "e-mail", "is", "yes".
            Set.of("\u0aae\u0abe\u0ab0\u0acb", "\u0aae\u0abe\u0ab0\u0ac1\u0a82", "\u0aae\u0abe\u0ab0\u0ac0", "\u0a88\u0aae\u0ac7\u0ab2",
                    "\u0a87\u0aae\u0ac7\u0ab2", "\u0aae\u0ac7\u0ab2", "\u0a9b\u0ac7", "\u0ab9\u0abe"),
            GUJARATI_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, GUJARATI_LETTERS, false);

    /** Gurmukhi (Punjabi): its letters, vowel signs and marks. */
    private static final IntPredicate GURMUKHI_LETTERS = c -> c >= '\u0a00' && c <= '\u0a7f';

    private static final Script GURMUKHI = new Script(Set.of("\u0a10\u0a1f"), Set.of("\u0a21\u0a3e\u0a1f", "dot"),
            Set.of("\u0a15\u0a3e\u0a2e", "\u0a28\u0a48\u0a71\u0a1f", "\u0a07\u0a28", "com", "net", "org", "in"), List.of(), List.of(), Set.of("\u0a21\u0a3e\u0a1f"),
            // "my", "e-mail", "write", "yes", "is".
            Set.of("\u0a2e\u0a47\u0a30\u0a3e", "\u0a2e\u0a47\u0a30\u0a40", "\u0a08\u0a2e\u0a47\u0a32", "\u0a32\u0a3f\u0a16\u0a4b", "\u0a1c\u0a40", "\u0a39\u0a3e\u0a02", "\u0a39\u0a48"),
            GURMUKHI_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, GURMUKHI_LETTERS, false);

    /** Odia: its letters, vowel signs and marks. */
    private static final IntPredicate ODIA_LETTERS = c -> c >= '\u0b00' && c <= '\u0b7f';

    private static final Script ODIA = new Script(Set.of("\u0b06\u0b1f", "\u0b0f\u0b1f"), Set.of("\u0b21\u0b1f", "dot"),
            Set.of("\u0b15\u0b2e", "\u0b28\u0b47\u0b1f", "\u0b07\u0b28", "com", "net", "org", "in"), List.of(), List.of(), Set.of("\u0b21\u0b1f"),
            // "my", "e-mail", "yes".
            Set.of("\u0b2e\u0b4b", "\u0b07\u0b2e\u0b47\u0b32", "\u0b2e\u0b47\u0b32", "\u0b39\u0b01"),
            ODIA_LETTERS, false, MAX_LETTERS_SPELLED_LOCAL_WORDS, ODIA_LETTERS, false);

    /** Katakana, and its long-vowel mark. */
    private static final IntPredicate KATAKANA_LETTERS = c -> c >= '\u30a0' && c <= '\u30ff';
    private static final IntPredicate HIRAGANA = c -> c >= '\u3041' && c <= '\u309f';

    /**
     * Japanese, in katakana as speech-to-text writes English letters and words ("ティー ドット サトウ アットマーク
     * ジーメール ドット コム").
     */
    private static final Script JAPANESE = new Script(Set.of("\u30a2\u30c3\u30c8\u30de\u30fc\u30af", "\u30a2\u30c3\u30c8"), Set.of("\u30c9\u30c3\u30c8", "dot"),
            // (jp said "ジェイピー" or "ジェーピー".)
            Set.of("\u30b3\u30e0", "\u30cd\u30c3\u30c8", "\u30b8\u30a7\u30a4\u30d4\u30fc", "\u30b8\u30a7\u30fc\u30d4\u30fc",
                    "\u30b7\u30fc\u30aa\u30fc", "com", "net", "jp", "org"), List.of(), List.of(),
            Set.of("\u30c9\u30c3\u30c8", "\u30a2\u30f3\u30c0\u30fc\u30d0\u30fc", "\u30cf\u30a4\u30d5\u30f3", "\u30a2\u30f3\u30c0\u30fc\u30b9\u30b3\u30a2"),
            // "e-mail", "mail", "address", "yes"; in hiragana "yes", the fillers "um" and "well", "that", "is".
            Set.of("\u30e1\u30fc\u30eb", "\u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9", "\u30a2\u30c9\u30ec\u30b9", "\u30cf\u30a4",
                    "\u306f\u3044", "\u3048\u3063\u3068", "\u3048\u3048\u3068", "\u3048\u30fc\u3068", "\u3042\u306e",
                    "\u3042\u306e\u30fc", "\u307e\u3042", "\u3058\u3083\u3042", "\u305d\u306e", "\u3067\u3059"),
            // A local part's words are English letters and words in katakana, or a name in hiragana ("けい ドット
            // すずき"); a word of both is a noun and its particle ("メールは"), the request's.
            KATAKANA_LETTERS.or(HIRAGANA), false, MAX_LETTERS_SPELLED_LOCAL_WORDS, KATAKANA_LETTERS.or(HIRAGANA), false);

    /** Chinese numerals, which a mailbox said in Chinese holds ("幺零三八 四七五 六二九 艾特 qq 点 com"). */
    private static final String CHINESE_NUMERALS = "零〇一幺二两三四五六七八九";

    private static final Script CHINESE = new Script(Set.of("艾特", "小老鼠"), Set.of("点", "dot"),
            Set.of("com", "cn", "net", "org"), List.of(), List.of(), Set.of("点", "下划线", "杠", "横杠"), Set.of(),
            c -> Chars.isHan((char) c), false, MAX_SPELLED_LOCAL_WORDS, c -> CHINESE_NUMERALS.indexOf(c) >= 0, true);

    private static final List<Script> SCRIPTS = List.of(KOREAN, HEBREW, ARABIC, PERSIAN, URDU, BENGALI, DEVANAGARI, KANNADA,
            TAMIL, TELUGU, MALAYALAM, GUJARATI, GURMUKHI, ODIA, AMHARIC, JAPANESE, CHINESE);

    /** English letters by their Korean names: a mailbox is spelled with them ("에이치 와이 오"). */
    private static final Set<String> KOREAN_LETTER_NAMES = Set.of("에이", "비", "씨", "씨이", "디", "이", "에프", "지", "쥐",
            "에이치", "아이", "제이", "케이", "엘", "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이",
            "더블유", "엑스", "와이", "제트", "지이");
    /** Sino-Korean digits: a run of them is a number in a mailbox ("구삼" = 93, "공팔" = 08). */
    private static final String KOREAN_DIGITS = "공영일이삼사오육륙칠팔구";
    /** A Hangul word longer than this is prose, not a part of a mailbox said in Hangul. */
    private static final int MAX_NAME_SYLLABLES = 3;
    /** Syllables that end a Hangul word as a particle or verb ending: such a word is prose before the address. */
    private static final String PARTICLE_ENDS = "은는을를가요로도고데서에의와과면다죠까인";

    private ScriptEmail() {
    }

    /** A word between blanks, with the punctuation around it stripped. */
    private record Word(int start, int end, String text, boolean pausedBefore, boolean pausedAfter) {
    }

    static List<Detection> detect(String text) {
        List<Detection> found = List.of();
        List<Word> spaced = null;
        for (Script script : SCRIPTS) {
            if (!mentionsAt(text, script)) {
                continue;
            }
            List<Word> words = script.commasAsBlanks() ? words(withFullWidthPunctuationAsBlanks(text))
                    : (spaced = spaced == null ? words(text) : spaced);
            for (int k = 1; k + 1 < words.size(); k++) {
                Word at = words.get(k);
                if (!script.at().contains(at.text()) || at.pausedBefore() || at.pausedAfter()) {
                    continue;
                }
                int domainEnd = domainEnd(script, words, k + 1 + atTail(words, k + 1));
                int localStart = domainEnd < 0 ? -1 : localStart(script, words, k);
                if (localStart >= 0) {
                    found = found.isEmpty() ? new ArrayList<>() : found;
                    found.add(new Detection(EntityTypes.EMAIL, words.get(localStart).start(), domainEnd, CONFIDENCE,
                            EmailDetector.NAME));
                }
            }
        }
        return found;
    }

    /** Indian English "at the rate" (@) as Devanagari and Gurmukhi write it: the words said after "at". */
    private static final List<List<String>> AT_TAILS = List.of(List.of("\u0926", "\u0930\u0947\u091f"),
            List.of("\u0926\u093f", "\u0930\u0947\u091f"), List.of("\u0a26", "\u0a30\u0a47\u0a1f"),
            // Telugu "ది రేట్" ("ఎట్ ది రేట్").
            List.of("\u0c26\u0c3f", "\u0c30\u0c47\u0c1f\u0c4d"));

    /** How many words from {@code from} on finish the word for the at-sign ("एट द रेट"): 0 when none do. */
    private static int atTail(List<Word> words, int from) {
        for (List<String> tail : AT_TAILS) {
            boolean all = from + tail.size() < words.size();
            for (int t = 0; all && t < tail.size(); t++) {
                all = words.get(from + t).text().equals(tail.get(t)) && !words.get(from + t).pausedAfter();
            }
            if (all) {
                return tail.size();
            }
        }
        return 0;
    }

    /**
     * {@code text} with the commas, colons and stops of Chinese as blanks, offsets kept: they glue no
     * word to the next ("客户：w a n g，x i n，八八，艾特，..."). (The classifier's view has turned the
     * full-width ones into ASCII already.)
     */
    private static String withFullWidthPunctuationAsBlanks(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if ((c >= '\u3000' && c <= '\u3003') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                    || c == ',' || c == ':' || c == ';') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean mentionsAt(String text, Script script) {
        for (String at : script.at()) {
            if (text.indexOf(at) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the domain whose first label is word {@code from}: labels joined by dots up to a
     * top-level domain, or -1. "다온 점 씨오 점 케이알입니다" ends after "케이알", "וואלה נקודה קו נקודה איי אל"
     * after "אל".
     */
    private static int domainEnd(Script script, List<Word> words, int from) {
        int end = -1;
        boolean expectLabel = true;
        for (int w = from; w < words.size() && w - from < MAX_DOMAIN_WORDS; w++) {
            Word word = words.get(w);
            if (expectLabel) {
                int phrase = w > from ? topLevelPhraseEnd(script, words, w) : -1;
                if (phrase > 0) {
                    return words.get(phrase).end();
                }
                int topLevel = w > from ? topLevelEnd(script, word) : -1;
                if (topLevel > 0) {
                    end = topLevel;
                    if (topLevel < word.end()) {
                        return end; // a particle glued to the top-level domain ends the address
                    }
                } else if (!isLabel(script, word.text())) {
                    return end;
                }
                expectLabel = false;
            } else if (script.dots().contains(word.text().toLowerCase(Locale.ROOT)) && !word.pausedBefore()) {
                expectLabel = true;
            } else {
                int fused = word.pausedBefore() ? -1 : dotTopLevelEnd(script, word);
                return fused > 0 ? fused : end;
            }
            if (word.pausedAfter()) {
                return end;
            }
        }
        return end;
    }

    /** The last word of a top-level domain said in two words that starts at word {@code w} ("איי אל"), or -1. */
    private static int topLevelPhraseEnd(Script script, List<Word> words, int w) {
        for (List<String> phrase : script.topLevelPhrases()) {
            int last = w + phrase.size() - 1;
            if (last >= words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < phrase.size() && matches; k++) {
                Word word = words.get(w + k);
                matches = word.text().equals(phrase.get(k)) && (k == phrase.size() - 1 || !word.pausedAfter());
            }
            if (matches) {
                return last;
            }
        }
        return -1;
    }

    /**
     * The end of a top-level domain that the word is, or, in Korean, starts with before a particle; or
     * -1.
     */
    private static int topLevelEnd(Script script, Word word) {
        String text = word.text();
        for (int length = text.length(); length > 0; length--) {
            if (script.topLevel().contains(text.substring(0, length).toLowerCase(Locale.ROOT))
                    && (length == text.length() || script.particlesAfter() && inScript(script, text, length, text.length())
                            // Japanese glues its copula in hiragana: "アイクラウド ドット コムです".
                            || script == JAPANESE && text.chars().skip(length).allMatch(HIRAGANA))) {
                return word.start() + length;
            }
        }
        return -1;
    }

    /** The end of a spoken "dot com" said as one word ("닷컴", "닷컴으로"), or -1. */
    private static int dotTopLevelEnd(Script script, Word word) {
        String text = word.text();
        for (String dotTopLevel : script.dotTopLevel()) {
            if (text.startsWith(dotTopLevel) && inScript(script, text, dotTopLevel.length(), text.length())) {
                return word.start() + dotTopLevel.length();
            }
        }
        return -1;
    }

    /** A label of a domain: Latin letters, digits and dashes, or a word of the script ("지메일", "וואלה", "هوتميل"). */
    private static boolean isLabel(Script script, String word) {
        if (inScript(script, word, 0, word.length())) {
            return !script.prose().contains(word);
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
     * The first word of the local part that ends right before the at-sign (word {@code at}), or -1.
     * Read back from it over the local part's words and signs; a word of prose or a pause ends it.
     */
    private static int localStart(Script script, List<Word> words, int at) {
        int start = -1;
        int taken = 0;
        int most = script.maxLocalWords();
        for (int w = at - 1; w >= 0 && at - w <= Math.max(MAX_LOCAL_WORDS, most) && taken < most; w--) {
            Word word = words.get(w);
            if (word.pausedAfter()) {
                break;
            }
            if (script.joiners().contains(word.text().toLowerCase(Locale.ROOT))) {
                if (start < 0) {
                    return -1; // "... 점 골뱅이": no local part ends in a sign
                }
                continue;
            }
            if (!isLocalWord(script, word.text())) {
                break;
            }
            start = w;
            taken++;
            if (word.pausedBefore()) {
                break;
            }
        }
        return start;
    }

    private static boolean isLocalWord(Script script, String word) {
        if (!inScript(script, word, 0, word.length())) {
            // (A letter spelled alone is part of it where commas set every item apart: "w a n g，...", not "a".)
            return isLatinLocal(word) || (script.commasAsBlanks() && word.length() == 1 && Chars.isAsciiLetter(word.charAt(0)));
        }
        if (script.prose().contains(word) || !word.chars().allMatch(script.localLetters())
                || word.chars().anyMatch(HIRAGANA) && word.chars().anyMatch(KATAKANA_LETTERS)) {
            return false;
        }
        if (!script.particlesAfter()) {
            return true;
        }
        return KOREAN_LETTER_NAMES.contains(word) || isKoreanDigits(word)
                || (word.length() <= MAX_NAME_SYLLABLES && PARTICLE_ENDS.indexOf(word.charAt(word.length() - 1)) < 0);
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

    private static boolean isKoreanDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (KOREAN_DIGITS.indexOf(word.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} is letters of the script only (a Hebrew geresh inside a word too: "ג'ימייל"). */
    private static boolean inScript(Script script, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!script.letters().test(c) && !(i > from && i + 1 < to && (c == '\'' || c == '\u05f3'))) {
                return false;
            }
        }
        return true;
    }

    /** The words between blanks; punctuation around a word is stripped and a pause noted after it. */
    /** Whether {@code c} is a vowel sign or another mark written on a letter. */
    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

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
                // Japanese and Chinese pause with an ideographic comma or full stop and no blank after it
                // ("えっと、ワイ エー ..."): it ends the word before, paused.
                if (text.charAt(i++) == '\u3001' || text.charAt(i - 1) == '\u3002') {
                    break;
                }
            }
            int s = start;
            int e = i;
            while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && !isMark(text.charAt(e - 1))) {
                e--; // (a vowel sign ends many a word: Bengali "সেভেন্টি")
            }
            if (e > s) {
                words.add(new Word(s, e, text.substring(s, e), s > start, e < i));
            }
        }
        return words;
    }
}
