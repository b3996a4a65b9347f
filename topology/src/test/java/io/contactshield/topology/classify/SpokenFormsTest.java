package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Speech-to-text forms beyond spoken digits: letters spelled one by one, digits inside a spoken
 * mailbox, a spoken IBAN and IPv4, French and German compound numbers, and a phone cue after the
 * number. Each found span is the whole spoken form, mapped back exactly onto the original.
 */
class SpokenFormsTest {

    private static final TextClassifier CLASSIFIER = TextClassifier.create(ClassifierSettings.defaults());

    private static List<String> found(String text) {
        return CLASSIFIER.classify(text).stream().map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // spelled letters in a local part or a domain label
        "it's m a r k dot t at example dot co dot uk | EMAIL:m a r k dot t at example dot co dot uk",
        "my email is s a r a h at gmail dot com thanks | EMAIL:s a r a h at gmail dot com",
        "write to j dot o n e s at e x a m p l e dot org | EMAIL:j dot o n e s at e x a m p l e dot org",
        // spoken digits inside a local part
        "uh it's k underscore patel eighty one at example dot com | EMAIL:k underscore patel eighty one at example dot com",
        "it's john eight four at example dot com | EMAIL:john eight four at example dot com",
        "it's john dot smith nineteen eighty at example dot com | EMAIL:john dot smith nineteen eighty at example dot com",
        "it's anna dot one two at example dot de | EMAIL:anna dot one two at example dot de",
        "it's priya 81 at example dot in | EMAIL:priya 81 at example dot in",
        // a compound number word written with a hyphen, as speech-to-text writes it
        "email the form to r dot okafor seventy-one at example dot net? | EMAIL:r dot okafor seventy-one at example dot net",
        "it's lena twenty-two at example dot de | EMAIL:lena twenty-two at example dot de"
    })
    void readsSpelledLettersAndDigitsInASpokenAddress(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Catalan "arrova" and "punt"; Spanish "todo junto" said before the "at", and "s\u00ed" before the mailbox.
        "CLIENTE: e-mail... es, a ver, jordi punt sala arrova gmail punt com | EMAIL:jordi punt sala arrova gmail punt com",
        "[00:03:13] AGENTE: s\u00ed, lecturas, todo junto, arroba olivoenergia punto es | EMAIL:lecturas, todo junto, arroba olivoenergia punto es",
        // Spanish "es" (it is) before the mailbox.
        "CLIENTA: es ere punto medina setenta y dos arroba gmail punto com | EMAIL:ere punto medina setenta y dos arroba gmail punto com",
        // Turkish "my address" before the mailbox.
        "[STT tr-DE] arayan: e-mail adresim zeynep alt \u00e7izgi aksoy doksan at hotmail nokta com"
            + " | EMAIL:zeynep alt \u00e7izgi aksoy doksan at hotmail nokta com",
        // Pauses around the "at"; letters by their Spanish names up to it.
        "Cliente: es juan.perez, arroba, gmail punto com | EMAIL:juan.perez, arroba, gmail punto com",
        "Cliente: s\u00ed, eme jota ere uve, arroba, telefonica punto net... o sea | EMAIL:eme jota ere uve, arroba, telefonica punto net",
        // Persian: "\u0627\u064e\u062a", "\u062f\u0627\u062a", "\u0646\u0642\u0637\u0647", "\u0622\u0646\u062f\u0631\u0644\u0627\u06cc\u0646", a top-level domain in two letters' names.
        "customer: \u0627\u06cc\u0645\u06cc\u0644\u0645 \u0633\u0647\u06cc\u0644 \u0646\u0642\u0637\u0647 \u0627\u0641\u0634\u0627\u0631 \u0627\u064e\u062a \u062c\u06cc\u0645\u06cc\u0644 \u062f\u0627\u062a \u06a9\u0627\u0645\u060c \u0633\u0647\u06cc\u0644 \u0628\u0627 \u06cc | EMAIL:\u0633\u0647\u06cc\u0644 \u0646\u0642\u0637\u0647 \u0627\u0641\u0634\u0627\u0631 \u0627\u064e\u062a \u062c\u06cc\u0645\u06cc\u0644 \u062f\u0627\u062a \u06a9\u0627\u0645",
        "\u0645\u0634\u062a\u0631\u06cc: \u0634\u06cc\u0631\u06cc\u0646 \u0622\u0646\u062f\u0631\u0644\u0627\u06cc\u0646 \u06a9\u06cc\u0627\u0646\u06cc \u0627\u064e\u062a \u06cc\u0627\u0647\u0648 \u062f\u0627\u062a \u0633\u06cc \u0627\u0650\u06cc | EMAIL:\u0634\u06cc\u0631\u06cc\u0646 \u0622\u0646\u062f\u0631\u0644\u0627\u06cc\u0646 \u06a9\u06cc\u0627\u0646\u06cc \u0627\u064e\u062a \u06cc\u0627\u0647\u0648 \u062f\u0627\u062a \u0633\u06cc \u0627\u0650\u06cc",
        // Bengali: "\u0985\u09cd\u09af\u09be\u099f", "\u09a1\u099f", "\u0995\u09ae", English letters spelled in Bengali letters; an apostrophe said.
        "\u0997\u09cd\u09b0\u09be\u09b9\u0995: \u0995\u09be\u09ae\u09b0\u09c1\u09b2 \u09a1\u099f \u09b9\u09be\u09b8\u09be\u09a8 \u09b8\u09c7\u09ad\u09c7\u09a8\u09cd\u099f\u09bf \u0993\u09af\u09bc\u09be\u09a8 \u0985\u09cd\u09af\u09be\u099f \u099c\u09bf\u09ae\u09c7\u0987\u09b2 \u09a1\u099f \u0995\u09ae | EMAIL:\u0995\u09be\u09ae\u09b0\u09c1\u09b2 \u09a1\u099f \u09b9\u09be\u09b8\u09be\u09a8 \u09b8\u09c7\u09ad\u09c7\u09a8\u09cd\u099f\u09bf \u0993\u09af\u09bc\u09be\u09a8 \u0985\u09cd\u09af\u09be\u099f \u099c\u09bf\u09ae\u09c7\u0987\u09b2 \u09a1\u099f \u0995\u09ae",
        "caller: \u098f\u09a8 \u0987\u0989 \u098f\u09b8 \u0986\u09b0 \u098f \u099f\u09bf \u09a1\u099f \u099c\u09c7 \u09a1\u099f \u09b8\u09be\u09a4\u09be\u09a8\u09ac\u09cd\u09ac\u0987 \u0985\u09cd\u09af\u09be\u099f \u0987\u09af\u09bc\u09be\u09b9\u09c1 \u09a1\u099f \u0995\u09ae | EMAIL:\u098f\u09a8 \u0987\u0989 \u098f\u09b8 \u0986\u09b0 \u098f \u099f\u09bf \u09a1\u099f \u099c\u09c7 \u09a1\u099f \u09b8\u09be\u09a4\u09be\u09a8\u09ac\u09cd\u09ac\u0987 \u0985\u09cd\u09af\u09be\u099f \u0987\u09af\u09bc\u09be\u09b9\u09c1 \u09a1\u099f \u0995\u09ae",
        "[00:00:50] AGENT: mike dot d apostrophe angelo at verizon dot net, thank you. | EMAIL:mike dot d apostrophe angelo at verizon dot net",
        // Urdu: "\u0627\u06cc\u0679", "\u0688\u0627\u0679", "\u06a9\u0627\u0645"; Roman Urdu "write it down" before a mailbox said in English.
        "\u06a9\u0627\u0644\u0631: \u0632\u06cc\u0646 \u0645\u0644\u06a9 \u0627\u06cc\u0679 \u06cc\u0627\u06c1\u0648 \u0688\u0627\u0679 \u06a9\u0627\u0645\u060c \u062f\u0631\u0645\u06cc\u0627\u0646 \u0645\u06cc\u06ba | EMAIL:\u0632\u06cc\u0646 \u0645\u0644\u06a9 \u0627\u06cc\u0679 \u06cc\u0627\u06c1\u0648 \u0688\u0627\u0679 \u06a9\u0627\u0645",
        "Caller (STT): jee mera email likh lein ali dot khan ninety two at the rate gmail dot com | EMAIL:ali dot khan ninety two at the rate gmail dot com",
        // Hindi and Marathi, Kannada, Tamil, Telugu and Gujarati: the at-sign, dot and domains in the script.
        "\u0917\u094d\u0930\u093e\u0939\u0915: \u0939\u093e\u0901 \u091c\u0940 \u092e\u0947\u0930\u093e \u0928\u093e\u092e \u0917\u0940\u0924\u093e \u0936\u0930\u094d\u092e\u093e \u0939\u0948, \u0908\u092e\u0947\u0932 \u0939\u0948 \u0917\u0940\u0924\u093e \u0921\u0949\u091f \u0936\u0930\u094d\u092e\u093e \u090f\u091f \u091c\u0940\u092e\u0947\u0932 \u0921\u0949\u091f \u0915\u0949\u092e | EMAIL:\u0917\u0940\u0924\u093e \u0921\u0949\u091f \u0936\u0930\u094d\u092e\u093e \u090f\u091f \u091c\u0940\u092e\u0947\u0932 \u0921\u0949\u091f \u0915\u0949\u092e",
        "caller: \u0ca8\u0ca8\u0ccd\u0ca8 \u0c87\u0cae\u0cc7\u0cb2\u0ccd \u0cae\u0c82\u0c9c\u0cc1 \u0ca1\u0cbe\u0c9f\u0ccd \u0c97\u0ccc\u0ca1 \u0c85\u0c9f\u0ccd \u0c9c\u0cbf\u0cae\u0cc7\u0cb2\u0ccd \u0ca1\u0cbe\u0c9f\u0ccd \u0c95\u0cbe\u0cae\u0ccd \u0cb8\u0cb0\u0ccd | EMAIL:\u0cae\u0c82\u0c9c\u0cc1 \u0ca1\u0cbe\u0c9f\u0ccd \u0c97\u0ccc\u0ca1 \u0c85\u0c9f\u0ccd \u0c9c\u0cbf\u0cae\u0cc7\u0cb2\u0ccd \u0ca1\u0cbe\u0c9f\u0ccd \u0c95\u0cbe\u0cae\u0ccd",
        "\u0bb5\u0bbe\u0b9f\u0bbf\u0b95\u0bcd\u0b95\u0bc8\u0baf\u0bbe\u0bb3\u0bb0\u0bcd: \u0b8e\u0ba9\u0bcd \u0b88\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd \u0bb0\u0bb5\u0bbf \u0b9f\u0bbe\u0b9f\u0bcd \u0b95\u0bc1\u0bae\u0bbe\u0bb0\u0bcd \u0b85\u0b9f\u0bcd \u0b9c\u0bbf\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd \u0b9f\u0bbe\u0b9f\u0bcd \u0b95\u0bbe\u0bae\u0bcd \u0b9a\u0bbe\u0bb0\u0bcd | EMAIL:\u0bb0\u0bb5\u0bbf \u0b9f\u0bbe\u0b9f\u0bcd \u0b95\u0bc1\u0bae\u0bbe\u0bb0\u0bcd \u0b85\u0b9f\u0bcd \u0b9c\u0bbf\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd \u0b9f\u0bbe\u0b9f\u0bcd \u0b95\u0bbe\u0bae\u0bcd",
        "\u0c15\u0c38\u0c4d\u0c1f\u0c2e\u0c30\u0c4d: \u0c28\u0c3e \u0c08\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d \u0c38\u0c41\u0c30\u0c47\u0c37\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c30\u0c46\u0c21\u0c4d\u0c21\u0c3f \u0c05\u0c1f\u0c4d \u0c1c\u0c3f\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c15\u0c3e\u0c2e\u0c4d \u0c05\u0c02\u0c21\u0c3f | EMAIL:\u0c38\u0c41\u0c30\u0c47\u0c37\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c30\u0c46\u0c21\u0c4d\u0c21\u0c3f \u0c05\u0c1f\u0c4d \u0c1c\u0c3f\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c15\u0c3e\u0c2e\u0c4d",
        "\u0a97\u0acd\u0ab0\u0abe\u0ab9\u0a95: \u0aae\u0abe\u0ab0\u0acb \u0a88\u0aae\u0ac7\u0ab2 \u0a9b\u0ac7 \u0ab9\u0ac7\u0aa4\u0ab2 \u0aa1\u0acb\u0a9f \u0aaa\u0a9f\u0ac7\u0ab2 \u0a8f\u0a9f \u0aaf\u0abe\u0ab9\u0ac2 \u0aa1\u0acb\u0a9f \u0a95\u0acb\u0aae | EMAIL:\u0ab9\u0ac7\u0aa4\u0ab2 \u0aa1\u0acb\u0a9f \u0aaa\u0a9f\u0ac7\u0ab2 \u0a8f\u0a9f \u0aaf\u0abe\u0ab9\u0ac2 \u0aa1\u0acb\u0a9f \u0a95\u0acb\u0aae",
        // Vietnamese typed without its accents: "la" (là, is) links the noun to the mailbox, as "là" does.
        "khach hang: email em la hoa nguyen tam sau a c\u00f2ng gmail ch\u1ea5m com, vi\u1ebft li\u1ec1n \u1ea1 | EMAIL:hoa nguyen tam sau a c\u00f2ng gmail ch\u1ea5m com",
        // Darija "dyali" (mine) between the noun and the mailbox.
        "client: l email dyali karim point benali arobase gmail point com b jouj l | EMAIL:karim point benali arobase gmail point com",
        // Basque "a bildua" (at) and "puntu" (dot); Turkish "kısa çizgi" (hyphen); Vietnamese typed without accents.
        "bezeroa: posta elektronikoa amaia puntu goikoetxea a bildua gmail puntu com agentea: eskerrik asko"
            + " | EMAIL:amaia puntu goikoetxea a bildua gmail puntu com",
        "m\u00fc\u015fteri: mail adresim fatma k\u0131sa \u00e7izgi koc at gmail nokta com, yani tire i\u015faretiyle | EMAIL:fatma k\u0131sa \u00e7izgi koc at gmail nokta com",
        "khach hang: email la minh tuan a cong gmail cham com | EMAIL:minh tuan a cong gmail cham com",
        // German "nochmal vor" (out again) before a mailbox read back.
        "agent: ich lese ihnen die email nochmal vor kerstin punkt vogel at gmx punkt de richtig | EMAIL:kerstin punkt vogel at gmx punkt de",
        // "At the rate" (@) in Devanagari, Nepali's spellings of dot and com, Gurmukhi and Odia.
        "caller: \u0908\u092e\u0947\u0932 \u0939\u0948 \u0938\u0941\u0928\u0940\u0924\u093e \u0926\u0947\u0935\u0940 \u0905\u0920\u0939\u0924\u094d\u0924\u0930 \u090f\u091f \u0926 \u0930\u0947\u091f \u091c\u0940\u092e\u0947\u0932 \u0921\u0949\u091f \u0915\u0949\u092e | EMAIL:\u0938\u0941\u0928\u0940\u0924\u093e \u0926\u0947\u0935\u0940 \u0905\u0920\u0939\u0924\u094d\u0924\u0930 \u090f\u091f \u0926 \u0930\u0947\u091f \u091c\u0940\u092e\u0947\u0932 \u0921\u0949\u091f \u0915\u0949\u092e",
        "\u0917\u094d\u0930\u093e\u0939\u0915: \u0907\u092e\u0947\u0932 \u0915\u092e\u0932 \u0921\u091f \u0924\u093e\u092e\u093e\u0919 \u090f\u091f \u091c\u093f\u092e\u0947\u0932 \u0921\u091f \u0915\u092e \u0939\u094b, \u0924\u094d\u092f\u0939\u0940\u0901 \u092c\u093f\u0932 \u092a\u0920\u093e\u0909\u0928\u0941\u0938\u094d | EMAIL:\u0915\u092e\u0932 \u0921\u091f \u0924\u093e\u092e\u093e\u0919 \u090f\u091f \u091c\u093f\u092e\u0947\u0932 \u0921\u091f \u0915\u092e",
        "\u0a15\u0a3e\u0a32\u0a30: \u0a08\u0a2e\u0a47\u0a32 \u0a32\u0a3f\u0a16\u0a4b \u0a1c\u0a40, \u0a2c\u0a32\u0a1c\u0a40\u0a24 \u0a30\u0a70\u0a27\u0a3e\u0a35\u0a3e \u0a10\u0a1f \u0a1c\u0a40\u0a2e\u0a47\u0a32 \u0a21\u0a3e\u0a1f \u0a15\u0a3e\u0a2e | EMAIL:\u0a2c\u0a32\u0a1c\u0a40\u0a24 \u0a30\u0a70\u0a27\u0a3e\u0a35\u0a3e \u0a10\u0a1f \u0a1c\u0a40\u0a2e\u0a47\u0a32 \u0a21\u0a3e\u0a1f \u0a15\u0a3e\u0a2e",
        "\u0b17\u0b4d\u0b30\u0b3e\u0b39\u0b15: \u0b2e\u0b4b \u0b07\u0b2e\u0b47\u0b32 \u0b32\u0b3f\u0b2a\u0b4d\u0b38\u0b3e \u0b21\u0b1f \u0b2e\u0b3f\u0b36\u0b4d\u0b30 \u0b06\u0b1f \u0b5f\u0b3e\u0b39\u0b41 \u0b21\u0b1f \u0b15\u0b2e | EMAIL:\u0b32\u0b3f\u0b2a\u0b4d\u0b38\u0b3e \u0b21\u0b1f \u0b2e\u0b3f\u0b36\u0b4d\u0b30 \u0b06\u0b1f \u0b5f\u0b3e\u0b39\u0b41 \u0b21\u0b1f \u0b15\u0b2e",
        // Haitian Creole "aroba" (at) and "pwen" (dot).
        "kliyan: im\u00e8l la se nadege pwen beauvoir aroba yahoo pwen fr, tout an miniskil | EMAIL:nadege pwen beauvoir aroba yahoo pwen fr",
        // Gujarati "chhe" (is) before the mailbox is none of it.
        "caller: haa maro email chhe hetal patel eighty six at the rate yahoo dot co dot in | EMAIL:hetal patel eighty six at the rate yahoo dot co dot in",
        // Amharic: "\u12a0\u1275", "\u12f6\u1275", "\u12ae\u121d", English letters spelled in Ge'ez letters.
        "\u12f0\u1295\u1260\u129b: \u12a2\u121c\u12ed\u120c \u1230\u120b\u121b\u12ca\u1275 \u12f6\u1275 \u1260\u1240\u1208 \u12a0\u1275 \u1302\u121c\u12ed\u120d \u12f6\u1275 \u12ae\u121d \u1290\u12cd | EMAIL:\u1230\u120b\u121b\u12ca\u1275 \u12f6\u1275 \u1260\u1240\u1208 \u12a0\u1275 \u1302\u121c\u12ed\u120d \u12f6\u1275 \u12ae\u121d",
        "[STT] \u12f0\u1295\u1260\u129b: \u12a2\u121c\u12ed\u120c \u1272 \u12a4\u1235 \u1302 \u12a4 \u12e9 \u12f6\u1275 \u12a4\u121d \u12ac \u12a0\u1275 \u1302\u121c\u12ed\u120d \u12f6\u1275 \u12ae\u121d | EMAIL:\u1272 \u12a4\u1235 \u1302 \u12a4 \u12e9 \u12f6\u1275 \u12a4\u121d \u12ac \u12a0\u1275 \u1302\u121c\u12ed\u120d \u12f6\u1275 \u12ae\u121d",
        // An Amharic preposition glued to a written mailbox and to a number is no part of them.
        "\u1218\u120d\u1235 \u1260meron.assefa@ethionet.et \u12ed\u120b\u12a9\u120d\u129d\u1362 | EMAIL:meron.assefa@ethionet.et",
        "\u12a8\u12f1\u1263\u12ed \u12c8\u1295\u12f5\u121c \u1219\u1235\u1320\u134b \u1260+971 56 207 3318 \u12f0\u12cd\u120e \u1308\u1295\u12d8\u1265 | PHONE_NUMBER:+971 56 207 3318"
    })
    void readsCatalanSignsAndASpanishAllTogetherBeforeTheAt(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A name said as one mailbox, "todo junto" or "all one word" said before the "at": all its words.
        "Cliente: es rosa elvia tun, todo junto, arroba gmail punto com | EMAIL:rosa elvia tun, todo junto, arroba gmail punto com",
        "Cliente: es rosa elvia tun todo junto arroba gmail punto com | EMAIL:rosa elvia tun todo junto arroba gmail punto com",
        "Caller: it's maritza lemus, all one word, at yahoo dot com | EMAIL:maritza lemus, all one word, at yahoo dot com",
        // Not past a cue: "email" is no part of it.
        "Caller: email maritza lemus, all one word, at yahoo dot com | EMAIL:maritza lemus, all one word, at yahoo dot com",
        // Said after it too, and not past "name" or a filler.
        "Customer: mail id note karo, harsha vardhan dot p at gmail dot com, no space in between. | EMAIL:harsha vardhan"
            + " dot p at gmail dot com",
        "caller: it's my name tyrell j jackson at yahoo dot com no dots | EMAIL:tyrell j jackson at yahoo dot com",
        // Dutch: "dus" (so) before a read-back, "streepje" (a dash).
        "Agent: Dus j punt bakker at kpnmail punt nl, met een j? | EMAIL:j punt bakker at kpnmail punt nl",
        "Beller: ja, fatima streepje elamrani apenstaartje hotmail punt nl. | EMAIL:fatima streepje elamrani apenstaartje"
            + " hotmail punt nl",
        // German "lautet" (reads) is no part of it; digits after "Also" (so) are the mailbox's first part.
        "Agent: Ihre Adresse lautet p punkt wagner minus privat at posteo punkt de? | EMAIL:p punkt wagner minus privat at"
            + " posteo punkt de",
        "Agent: Also vier acht sieben eins Punkt h Punkt r at t minus online Punkt de? | EMAIL:vier acht sieben eins Punkt"
            + " h Punkt r at t minus online Punkt de",
        // Bengali "holo" (is) is no part of it.
        "CALLER: amar email holo sayan mukherjee nine one at gmail dot com | EMAIL:sayan mukherjee nine one at gmail dot com",
        // A name's digits go on the name.
        "Kunde: das ist raghavan acht sieben at web punkt de | EMAIL:raghavan acht sieben at web punkt de"
    })
    void readsANameSaidAsOneMailbox(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void aTurnThatIsTheAddressAloneAnsweringAQuestionForItIsAllMailbox() {
        assertThat(found("agent: and the email on file\ncaller: roz pierce at sbcglobal dot net"))
                .containsExactly("EMAIL:roz pierce at sbcglobal dot net");
        // Not an answer's opening word, nor a turn that answers something else.
        assertThat(found("agent: and the email on file\ncaller: yes pierce at sbcglobal dot net"))
                .containsExactly("EMAIL:pierce at sbcglobal dot net");
        assertThat(found("agent: and the phone on file\ncaller: roz pierce at sbcglobal dot net"))
                .containsExactly("EMAIL:pierce at sbcglobal dot net");
    }

    @Test
    void aWordOfProseIsTheMailboxsWhenTheWrittenReadBackStartsWithIt() {
        assertThat(found("caller: it's the roberts family at gmail dot com\nagent: got it, therobertsfamily@gmail.com"))
                .containsExactly("EMAIL:the roberts family at gmail dot com", "EMAIL:therobertsfamily@gmail.com");
    }

    @Test
    void theEndOfAnAddressSaidAsItsEndIsNoMailbox() {
        assertThat(found("Agente: perfecto, se la enviamos al correo que termina en arroba gmail punto com.")).isEmpty();
        assertThat(found("we'll send it to the address ending in at gmail dot com")).isEmpty();
    }

    @Test
    void aMailboxReadOnlyInPartOrAFillerAloneIsNotFound() {
        // "ce ere uve" spell letters this reading does not take: "uve" alone is no mailbox.
        assertThat(found("CLIENTE: yeni punto ce ere uve, todo junto, arroba hotmail punto com")).isEmpty();
        assertThat(found("CALLER: it's b-e-n dot t-r-a-n... t-r-a-n... uh at icloud dot com")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I a m at the office dot",
        "J R R Tolkien wrote it, see a b c at the end",
        "options a b c at least, dot the i's",
        "look at example dot com, it costs two",
        "call me at nine at the latest",
        "I was at one two three at the time dot"
    })
    void leavesSpelledProseAlone(String text) {
        assertThat(CLASSIFIER.classify(text)).noneMatch(d -> d.type().equals(EntityTypes.EMAIL));
    }

    @Test
    void mapsASpelledAddressOntoItsFirstLetterAndLastLabel() {
        String text = "CUSTOMER: it's m a r k dot t at example dot co dot uk, yes";

        Detection email = CLASSIFIER.classify(text).get(0);

        assertThat(email.start()).isEqualTo(text.indexOf("m a r k"));
        assertThat(email.end()).isEqualTo(text.indexOf(", yes"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my account number is G B two nine N W B K six oh one six one three three one nine two six eight one nine"
            + " | IBAN:G B two nine N W B K six oh one six one three three one nine two six eight one nine",
        "iban g b two nine n w b k, six oh one six, one three three one, nine two six eight, one nine thanks"
            + " | IBAN:g b two nine n w b k, six oh one six, one three three one, nine two six eight, one nine",
        "it's DE eight nine three seven oh four oh oh four four oh five three two oh one three oh oh oh please"
            + " | IBAN:DE eight nine three seven oh four oh oh four four oh five three two oh one three oh oh oh",
        "GB twenty nine NWBK 6016 1331 9268 19 | IBAN:GB twenty nine NWBK 6016 1331 9268 19",
        // The country code's letters each with a word for it.
        "CALLER: sure, G as in golf, B as in bravo, four five, N W B K, two four six six, one six eight zero, five eight one two, two six"
            + " | IBAN:G as in golf, B as in bravo, four five, N W B K, two four six six, one six eight zero, five eight one two, two six",
        // A pause after the country code.
        "customer: yes it's D E... eight three, four three two eight, zero six seven zero, five five seven four, nine one nine five, one three"
            + " | IBAN:D E... eight three, four three two eight, zero six seven zero, five five seven four, nine one nine five, one three"
    })
    void readsAnIbanSpelledOut(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // one digit off: mod-97 fails
        "my account number is G B two nine N W B K six oh one six one three three one nine two six eight one eight",
        // one char short of the country's length
        "G B two nine N W B K six oh one six one three three one nine two six eight one",
        // letters that name no country, and initials
        "the options are a b c d e f, pick one",
        "J R R Tolkien, G K Chesterton and C S Lewis",
        "press G B two nine then hash"
    })
    void leavesSpelledLettersThatAreNoIbanAlone(String text) {
        assertThat(CLASSIFIER.classify(text)).noneMatch(d -> d.type().equals(EntityTypes.IBAN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the router's ip is one nine two dot oh dot two dot one | IP_ADDRESS:one nine two dot oh dot two dot one",
        "server address 192 dot 0 dot 2 dot 1 | IP_ADDRESS:192 dot 0 dot 2 dot 1",
        "gateway is ten dot twenty dot thirty dot forty | IP_ADDRESS:ten dot twenty dot thirty dot forty",
        "it's two oh three dot zero dot one one three dot two fifty five, the host | "
            + "IP_ADDRESS:two oh three dot zero dot one one three dot two fifty five",
        // An octet said with "hundred".
        "caller: the ip it says is one nine eight dot fifty one dot one hundred dot two one four | "
            + "IP_ADDRESS:one nine eight dot fifty one dot one hundred dot two one four",
        // An interface's address with its mask, as it is written.
        "the interface is set to two oh three dot zero dot one one three dot sixty five slash twenty nine | "
            + "IP_ADDRESS:two oh three dot zero dot one one three dot sixty five slash twenty nine",
        // A pause beside each dot word.
        "the IP of our till server is one nine two, dot one six eight, dot one, dot twenty. ok | "
            + "IP_ADDRESS:one nine two, dot one six eight, dot one, dot twenty",
        "server is one nine two dot, one six eight dot, one dot, twenty | "
            + "IP_ADDRESS:one nine two dot, one six eight dot, one dot, twenty",
        // A hesitation before a dot word, and octets said as hundreds and tens.
        "caller: one ninety two dot one sixty eight... dot zero dot one okay it's asking for a login | "
            + "IP_ADDRESS:one ninety two dot one sixty eight... dot zero dot one"
    })
    void readsASpokenIpv4(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // octet out of range, a leading zero, five parts, three parts
        "the ip is three hundred dot one dot two dot three",
        "the ip is one nine two dot oh one dot two dot one",
        "the ip is one dot two dot three dot four dot five",
        "the ip is one nine two dot two dot one",
        "the ip is one nine two, dot two, dot one",
        // a comma without a dot word beside it ends the address
        "the ip is one nine two dot one six eight, one dot twenty",
        // a version, and small octets with no network word
        "version two dot one dot oh dot three",
        "see section one dot two dot three dot four",
        // an e-mail domain is not an address
        "john at example dot com dot one",
        // networks said with their prefix, every host bit zero (French "barre")
        "CLIENT: le r\u00e9seau c'est le dix point z\u00e9ro point z\u00e9ro point z\u00e9ro barre huit",
        "it's on the ten dot zero dot zero dot zero slash eight range so that's internal",
        "the network is two oh three dot zero dot one one three dot sixty four slash twenty nine"
    })
    void leavesSpokenDottedNonAddressesAlone(String text) {
        assertThat(CLASSIFIER.classify(text)).noneMatch(d -> d.type().equals(EntityTypes.IP_ADDRESS));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mon num\u00e9ro c'est le z\u00e9ro six trente-neuf quatre-vingt-dix-huit vingt et un quarante-quatre | "
            + "PHONE_NUMBER:z\u00e9ro six trente-neuf quatre-vingt-dix-huit vingt et un quarante-quatre",
        "rappelez-moi au z\u00e9ro un, quatre-vingt-dix-neuf, z\u00e9ro z\u00e9ro, douze, quatre-vingt-neuf merci | "
            + "PHONE_NUMBER:z\u00e9ro un, quatre-vingt-dix-neuf, z\u00e9ro z\u00e9ro, douze, quatre-vingt-neuf",
        "meine Nummer ist null drei null, zw\u00f6lf dreiundvierzig f\u00fcnfundsechzig siebenundachtzig | "
            + "PHONE_NUMBER:null drei null, zw\u00f6lf dreiundvierzig f\u00fcnfundsechzig siebenundachtzig"
    })
    void readsFrenchAndGermanCompoundNumbers(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "il a vingt et un ans et trente-neuf euros",
        "quatre-vingt-dix-huit pour cent, soixante et onze personnes",
        "er ist einundzwanzig und sie dreiundvierzig"
    })
    void leavesFrenchAndGermanAmountsAlone(String text) {
        assertThat(CLASSIFIER.classify(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uh 555 0199 that's my home number no area code | PHONE_NUMBER:555 0199",
        "9876501234 is my mobile | PHONE_NUMBER:9876501234",
        "555-0142, that is my work number | PHONE_NUMBER:555-0142",
        "five five five oh one nine nine that's my cell | PHONE_NUMBER:five five five oh one nine nine"
    })
    void admitsANumberNamedByAPhoneCueAfterIt(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "5550199 is my order number",
        "ticket 5550199, that's my home number",
        "case number 9876501234 is my mobile",
        "5550199 is the reference number",
        "5550199 that's my account",
        "5550199 and later that's my home number"
    })
    void keepsNumbersWithoutAFollowingPhoneCueOrWithANegativeCueOut(String text) {
        assertThat(CLASSIFIER.classify(text)).noneMatch(d -> d.type().equals(EntityTypes.PHONE_NUMBER));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Link words between the cue and the address, in the languages of the callers.
        "Customer: mera naya email hai vikram dot singh at gmail dot com | EMAIL:vikram dot singh at gmail dot com",
        "Pelanggan: Email saya rina underscore putri at yahoo dot co dot id | EMAIL:rina underscore putri at yahoo dot co dot id",
        "CALLER: email ko po ay mark anthony dot garcia at yahoo dot com | EMAIL:mark anthony dot garcia at yahoo dot com",
        "caller: ang email ko pala ay rowena dot santos eighty one at gmail dot com po | "
            + "EMAIL:rowena dot santos eighty one at gmail dot com",
        // Malay "dia" (her), a Singlish particle.
        "caller: email dia siti aminah eight two at yahoo dot com semua huruf kecil | "
            + "EMAIL:siti aminah eight two at yahoo dot com",
        "caller: aiya just send to my email lah kenny tan seven seven at hotmail dot com | "
            + "EMAIL:kenny tan seven seven at hotmail dot com",
        // "plus" makes a sub-address; Polish "podkreślnik" is an underscore.
        "CALLER: send it to lee plus insurance at example dot co dot uk | EMAIL:lee plus insurance at example dot co dot uk",
        "adam podkre\u015blnik nowicki ma\u0142pa gmail kropka com | EMAIL:adam podkre\u015blnik nowicki ma\u0142pa gmail kropka com",
        "Kunde: Klar: m punkt huber minus reisen at web punkt de. | EMAIL:m punkt huber minus reisen at web punkt de",
        // Spelled with a pause after every letter and word, and the Norwegian "at".
        "Caller: d, o, n, n, a, dot, m, c, k, e, n, n, a, at, sky, dot, com. | EMAIL:d, o, n, n, a, dot, m, c, k, e, n, n, a, at, sky, dot, com",
        "staver: t, h, o, m, a, s, punktum, d, a, h, l, kr\u00f8llalfa, gmail, punktum, com. Takk"
            + " | EMAIL:t, h, o, m, a, s, punktum, d, a, h, l, kr\u00f8llalfa, gmail, punktum, com",
        // Letters spelled with the word for them ("K as in kilo", "B for bravo").
        "Caller: R for Romeo, O, N, A, N, dot, K as in kilo, E, A, N, E, at eircom dot net. Thanks"
            + " | EMAIL:R for Romeo, O, N, A, N, dot, K as in kilo, E, A, N, E, at eircom dot net",
        "CALLER: sure it's d like david, k like kilo, o, w, a, l, s, k, i at yahoo dot com"
            + " | EMAIL:d like david, k like kilo, o, w, a, l, s, k, i at yahoo dot com",
        // "At" and "dot" of Central and Eastern Europe, also in Cyrillic.
        "Client: elena punct constantinescu arond gmail punct com | EMAIL:elena punct constantinescu arond gmail punct com",
        "Stranka: bostjan pika hribar afna gmail pika com. | EMAIL:bostjan pika hribar afna gmail pika com",
        // Croatian "manki" (at), "crtica" (hyphen) and "podvlaka" (underscore), Slovak "pomlčka"; a reply's
        // first word ("dakle", "yeah") is no part of the mailbox.
        "korisnik: ovaj, imejl je dario crtica jurisic manki gmail to\u010dka com, sa crticom"
            + " | EMAIL:dario crtica jurisic manki gmail to\u010dka com",
        "korisnica: katarina podvlaka grgic et yahoo to\u010dka com | EMAIL:katarina podvlaka grgic et yahoo to\u010dka com",
        "agent: dakle ana to\u010dka babic et gmail to\u010dka com, super | EMAIL:ana to\u010dka babic et gmail to\u010dka com",
        "z\u00e1kazn\u00edk: jozef poml\u010dka balaz zavin\u00e1\u010d post bodka sk | EMAIL:jozef poml\u010dka balaz zavin\u00e1\u010d post bodka sk",
        "caller: yeah darnell h at protonmail dot com, D A R N E L L H | EMAIL:darnell h at protonmail dot com",
        // An article before a word for a dot names the sign; two initials said as a word after "is".
        "CLIENTE: no, c'\u00e8 il punto, francesca punto romano ottantotto chiocciola gmail punto com"
            + " | EMAIL:francesca punto romano ottantotto chiocciola gmail punto com",
        // Between two words for a dot, an article is a word of the mailbox.
        "Cliente: taller punto el punto chino arroba gmail punto com, que el taller se llama as\u00ed"
            + " | EMAIL:taller punto el punto chino arroba gmail punto com",
        "CLIENTE: s\u00ed, es jp cardenas arroba une punto net punto co | EMAIL:jp cardenas arroba une punto net punto co",
        "Kundin: ja das ist sabine punkt hoffmann klammeraffe gmx punkt de also hoffmann mit zwei f"
            + " | EMAIL:sabine punkt hoffmann klammeraffe gmx punkt de",
        // Portuguese "é" and "então" before a mailbox are no part of it.
        "[00:01:05] CLIENTE: \u00e9 francisca alves sessenta arroba bol ponto com ponto br"
            + " | EMAIL:francisca alves sessenta arroba bol ponto com ponto br",
        // "at sign" and "period" for the signs; "no dots" joins the words said before.
        "customer: yeah so the email is b dot okafor at sign outlook period com | EMAIL:b dot okafor at sign outlook period com",
        "caller: it's my name tyrell j jackson at yahoo dot com no dots | EMAIL:tyrell j jackson at yahoo dot com",
        // A word for the sign makes a prose word a mailbox ("contact at" stays prose).
        "Client : euh mon adresse e-mail c'est contact arobase sci tiret les tiret tilleuls point fr, c'est l'adresse de la SCI."
            + " | EMAIL:contact arobase sci tiret les tiret tilleuls point fr",
        "\u041a\u043b\u0438\u0435\u043d\u0442: ivelina \u0442\u043e\u0447\u043a\u0430 todorova \u043a\u043b\u044c\u043e\u043c\u0431\u0430 mail \u0442\u043e\u0447\u043a\u0430 bg"
            + " | EMAIL:ivelina \u0442\u043e\u0447\u043a\u0430 todorova \u043a\u043b\u044c\u043e\u043c\u0431\u0430 mail \u0442\u043e\u0447\u043a\u0430 bg",
        // A surname said with its particle.
        "Miembro: s\u00ed, es ramon punto de leon arroba gmail punto com | EMAIL:ramon punto de leon arroba gmail punto com",
        // The reply to a question for the e-mail: every word after the speaker's tag is the address.
        "AGENT: thank you. And an email? CUSTOMER: danny r dot lopez at example dot com | EMAIL:danny r dot lopez at example dot com",
        "AGENT: wat is uw e-mailadres? KLANT: f punt de vries apenstaartje ziggo punt nl | EMAIL:f punt de vries apenstaartje ziggo punt nl",
        // German "Klammeraffe"; a spoken address as a key's value, after '=' or a quote.
        "kunde: die e-mail ist monika punkt schmidt klammeraffe example punkt de"
            + " | EMAIL:monika punkt schmidt klammeraffe example punkt de",
        "IVR ASR node=GetEmail transcript=\"sanne punt devries apenstaartje example punt nl\" confidence=0.62"
            + " | EMAIL:sanne punt devries apenstaartje example punt nl",
        "lex.slots: Email=s dot iyer seventy one at yahoo dot co dot in; intent=UpdateEmail"
            + " | EMAIL:s dot iyer seventy one at yahoo dot co dot in",
        // Arabic and Hebrew words for "at" and "dot".
        "Customer email spoken: \u0627\u064a\u0645\u064a\u0644\u064a m underscore alharbi \u0622\u062a outlook"
            + " \u062f\u0648\u062a sa. Agent: ok | EMAIL:m underscore alharbi \u0622\u062a outlook \u062f\u0648\u062a sa",
        "\u05dc\u05e7\u05d5\u05d7\u05d4: dana.levi \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc walla"
            + " \u05e0\u05e7\u05d5\u05d3\u05d4 co \u05e0\u05e7\u05d5\u05d3\u05d4 il"
            + " | EMAIL:dana.levi \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc walla \u05e0\u05e7\u05d5\u05d3\u05d4 co"
            + " \u05e0\u05e7\u05d5\u05d3\u05d4 il",
        // French "c'est" links the e-mail's noun to its words ("tout attach\u00e9": all joined).
        "CLIENT: le mail c'est fatou ndiaye tout attach\u00e9 arobase yahoo point fr"
            + " | EMAIL:fatou ndiaye tout attach\u00e9 arobase yahoo point fr",
        // A segment of two words after a spoken dot ("lopez ruiz", "dos mil cinco").
        "AGENTE: perfecto marta punto lopez ruiz arroba gmail punto com sin tildes"
            + " | EMAIL:marta punto lopez ruiz arroba gmail punto com",
        // A mailbox of several words after "it's" where the e-mail was named just before; after "email:".
        "Caller: can you email the itemized bill? it's colleen marsh seventy one at icloud dot com."
            + " | EMAIL:colleen marsh seventy one at icloud dot com",
        "Caller spelled email: jia hui dot tan at gmail dot com. Agent read back | EMAIL:jia hui dot tan at gmail dot com",
        // Vietnamese "chấm" and "a còng"; Greek "káto pávla" (underscore).
        "Kh\u00e1ch: g\u1eedi cho ch\u1ecb qua lan ch\u1ea5m tran a c\u00f2ng fpt ch\u1ea5m com ch\u1ea5m vn nh\u00e9 em"
            + " | EMAIL:lan ch\u1ea5m tran a c\u00f2ng fpt ch\u1ea5m com ch\u1ea5m vn",
        "\u03a0\u03b5\u03bb\u03ac\u03c4\u03b7\u03c2: nikos kato pavla kar papaki otenet teleia gr"
            + " | EMAIL:nikos kato pavla kar papaki otenet teleia gr",
        // Indonesian "titik"; Malta's and Cyprus's domains; Greek "papaki" and "teleia" in Latin letters.
        "Penelepon: emailnya dewi titik lestari at gmail titik com, pakai titik di tengah."
            + " | EMAIL:dewi titik lestari at gmail titik com",
        "Customer: it's joe dot borg at example dot com dot mt, no capitals | EMAIL:joe dot borg at example dot com dot mt",
        "Customer: eleni teleia christodoulou papaki example teleia com teleia cy"
            + " | EMAIL:eleni teleia christodoulou papaki example teleia com teleia cy",
        // Greek "mou einai", Levantine "huwe" before the mailbox; Russian "defis", Hebrew "makaf" and "krukhit",
        // Armenian "ket" and "shnik", Turkish "kuyruklu a".
        "Pelatis: to email mou einai nikos teleia pappas papaki yahoo teleia gr, me dyo p"
            + " | EMAIL:nikos teleia pappas papaki yahoo teleia gr",
        "Customer: el email huwe nour dot saleh 92 at gmail dot com | EMAIL:nour dot saleh 92 at gmail dot com",
        "\u041a\u043b\u0438\u0435\u043d\u0442\u043a\u0430: olga \u0434\u0435\u0444\u0438\u0441 stern"
            + " \u0441\u043e\u0431\u0430\u043a\u0430 yandex \u0442\u043e\u0447\u043a\u0430 ru"
            + " | EMAIL:olga \u0434\u0435\u0444\u0438\u0441 stern \u0441\u043e\u0431\u0430\u043a\u0430 yandex"
            + " \u0442\u043e\u0447\u043a\u0430 ru",
        "\u05dc\u05e7\u05d5\u05d7\u05d4: ronit \u05de\u05e7\u05e3 azulay \u05db\u05e8\u05d5\u05db\u05d9\u05ea walla"
            + " \u05e0\u05e7\u05d5\u05d3\u05d4 co \u05e0\u05e7\u05d5\u05d3\u05d4 il"
            + " | EMAIL:ronit \u05de\u05e7\u05e3 azulay \u05db\u05e8\u05d5\u05db\u05d9\u05ea walla"
            + " \u05e0\u05e7\u05d5\u05d3\u05d4 co \u05e0\u05e7\u05d5\u05d3\u05d4 il",
        "gohar \u056f\u0565\u057f mkrtchyan \u0577\u0576\u056b\u056f gmail \u056f\u0565\u057f com"
            + " | EMAIL:gohar \u056f\u0565\u057f mkrtchyan \u0577\u0576\u056b\u056f gmail \u056f\u0565\u057f com",
        "M\u00fc\u015fteri: adres selin nokta aksoy kuyruklu a gmail nokta com"
            + " | EMAIL:selin nokta aksoy kuyruklu a gmail nokta com",
        // Cebuano "kay" and Ilocano "ket" (is) after the e-mail's noun; not a mailbox that starts "kay dot".
        "Caller: Ang akong e-mail kay nonoy dot lagrosas at gmail dot com sir | EMAIL:nonoy dot lagrosas at gmail dot com",
        "Caller: Ti email ko ket dindo dot macaraeg at yahoo dot com, apo. | EMAIL:dindo dot macaraeg at yahoo dot com",
        "Caller: my email kay dot smith at gmail dot com | EMAIL:kay dot smith at gmail dot com",
        // Tagalog "tuldok"; Romanian "a rond".
        "Customer: nenita tuldok camposano at yahoo tuldok com | EMAIL:nenita tuldok camposano at yahoo tuldok com",
        "Client: mihai punct dobre a rond gmail punct com, tot cu litere mici. | EMAIL:mihai punct dobre a rond gmail punct com",
        // Indonesian "aku" (my) and "a keong" (at).
        "Pelanggan: email aku vina a keong ymail titik com | EMAIL:vina a keong ymail titik com",
        // A note's verb before a read-back in quotes.
        "Agent repeated \"sajid dot mehmood at gmail dot com?\" and the caller agreed | EMAIL:sajid dot mehmood at gmail dot com",
        // Swahili "nukta".
        "Mteja: Barua pepe yangu ni rehema nukta said at yahoo nukta com. | EMAIL:rehema nukta said at yahoo nukta com"
    })
    void readsTheLocalPartAfterLinkWordsAndSubAddresses(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The country code in the letters' Portuguese names, and Portuguese "um" alone at the end.
        "cliente: o IBAN \u00e9 p\u00ea t\u00ea cinquenta, zero dois seis nove, zero um cinco um, sete oito cinco cinco, sete"
            + " sete oito oito, tr\u00eas tr\u00eas dois sete, um | IBAN:p\u00ea t\u00ea cinquenta, zero dois seis nove, zero um"
            + " cinco um, sete oito cinco cinco, sete sete oito oito, tr\u00eas tr\u00eas dois sete, um",
        // The country code in the letters' Spanish names; "y" inside a number said in Spanish.
        "CLIENTE: la cuenta nueva es e ese veinte, cero cero cuatro nueve, dos nueve siete uno, dos cinco cero cinco,"
            + " nueve dos seis ocho, ocho seis tres cinco | IBAN:e ese veinte, cero cero cuatro nueve, dos nueve siete uno,"
            + " dos cinco cero cinco, nueve dos seis ocho, ocho seis tres cinco",
        "la cuenta es portuguesa pe te cuarenta y dos, cero cero tres cinco, cero seis cinco uno, siete siete cuatro nueve,"
            + " nueve uno cero nueve, cinco cero dos siete, siete | IBAN:pe te cuarenta y dos, cero cero tres cinco, cero"
            + " seis cinco uno, siete siete cuatro nueve, nueve uno cero nueve, cinco cero dos siete, siete"
    })
    void readsAnIbanSpelledInSpanish(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // The country code in the letters' Dutch names, or as the word speech-to-text makes of it, and
        // the bank's code as a lower-case word.
        "ehm ja mijn rekeningnummer is en el zevenenvijftig a b n a \u00e9\u00e9n vijf vier \u00e9\u00e9n acht vijf zeven"
            + " \u00e9\u00e9n \u00e9\u00e9n zeven ja | IBAN:en el zevenenvijftig a b n a \u00e9\u00e9n vijf vier \u00e9\u00e9n"
            + " acht vijf zeven \u00e9\u00e9n \u00e9\u00e9n zeven",
        "klant ja van rekening nl zesentachtig asnb twee nul negen zes twee nul drie vijf zes vier agent ok\u00e9"
            + " | IBAN:nl zesentachtig asnb twee nul negen zes twee nul drie vijf zes vier"
    })
    void readsAnIbanSaidInDutch(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Italian letter names ("i ti", "esse emme", "ci acca", "vu"), a letter spelled "g come genova".
        "cliente: allora i ti ventisette, g come genova, zero uno zero tre zero, due zero zero due sette, zero zero zero"
            + " zero nove, sei otto otto tre otto, zero otto | IBAN:i ti ventisette, g come genova, zero uno zero tre zero,"
            + " due zero zero due sette, zero zero zero zero nove, sei otto otto tre otto, zero otto",
        "cliente: i ti cinque uno, vu, zero sette sei zero uno, cinque tre due quattro cinque, sette zero otto quattro,"
            + " quattro sette zero nove, zero sei tre due | IBAN:i ti cinque uno, vu, zero sette sei zero uno, cinque tre"
            + " due quattro cinque, sette zero otto quattro, quattro sette zero nove, zero sei tre due",
        "cliente: allora ci acca sessanta, zero zero due quattro, sette uno due quattro, tre cinque due cinque, due nove"
            + " otto nove, zero | IBAN:ci acca sessanta, zero zero due quattro, sette uno due quattro, tre cinque due"
            + " cinque, due nove otto nove, zero"
    })
    void readsAnIbanSaidInItalian(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A wrong check digit; a lower-case word that names a country but no check digits after it.
        "klant ja van rekening nl zesentachtig asnb twee nul negen zes twee nul drie vijf zes vijf agent ok\u00e9",
        "de twee pakketten zijn nl onderweg"
    })
    void readsNoDutchIbanThatFailsItsCheck(String text) {
        assertThat(found(text)).noneMatch(f -> f.startsWith("IBAN"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CLIENTE: eh la ip del servidor es ciento noventa y dos punto cero punto dos punto quince y no responde al ping"
            + " | IP_ADDRESS:ciento noventa y dos punto cero punto dos punto quince",
        "cliente: \u00e9 o ip cento e noventa e dois ponto zero ponto dois ponto oitenta e oito que est\u00e1 bloqueado"
            + " | IP_ADDRESS:cento e noventa e dois ponto zero ponto dois ponto oitenta e oito",
        "CLIENT: l'adresse IP du poste c'est cent quatre-vingt-douze point cent soixante-huit point un point vingt-cinq"
            + " | IP_ADDRESS:cent quatre-vingt-douze point cent soixante-huit point un point vingt-cinq",
        // A last word that spoils the octet ("o sea": "o" is a zero too) is no part of it.
        "spk_1: la ip del equipo es doscientos tres punto cero punto ciento trece punto setenta y siete o sea la fija"
            + " | IP_ADDRESS:doscientos tres punto cero punto ciento trece punto setenta y siete"
    })
    void readsAnAddressSaidInSpanishNumbers(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void readsAnIbanSpelledInTheSpellingAlphabet() {
        assertThat(found("it's golf bravo two nine november whiskey bravo kilo six zero one six one three three one nine"
                + " two six eight one nine")).containsExactly("IBAN:golf bravo two nine november whiskey bravo kilo six zero"
                + " one six one three three one nine two six eight one nine");
        // The same words with a digit changed fail the check.
        assertThat(found("it's golf bravo two nine november whiskey bravo kilo six zero one six one three three one nine"
                + " two six eight one eight")).noneMatch(f -> f.startsWith("IBAN"));
    }

    @Test
    void readsALowerCaseOInASpokenIbansBankCodeAsTheLetterWhenTheDigitFailsTheCheck() {
        assertThat(found("CUSTOMER: the iban is i e seven oh, b o f i, nine oh oh oh, one seven one two, three four five six,"
                + " seven eight")).containsExactly("IBAN:i e seven oh, b o f i, nine oh oh oh, one seven one two, three four"
                + " five six, seven eight");
    }

    @Test
    void readsAnAddressSpelledWithCommasUpToAnAtAfterABlank() {
        assertThat(found("CUSTOMER: i'll spell the email, it's m, a, c, k, e, n, z, i, e, dot, l at example dot ie"))
                .containsExactly("EMAIL:m, a, c, k, e, n, z, i, e, dot, l at example dot ie");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "caller: my email is j. o. e. underscore m. a. r. t. i. n. e. z. at example dot net"
            + " | EMAIL:j. o. e. underscore m. a. r. t. i. n. e. z. at example dot net",
        "agent: the email on the account is s. okafor at gmail dot com, is that the same one | EMAIL:s. okafor at gmail dot com"
    })
    void readsLettersWrittenAsInitialsInASpokenAddress(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u304a\u5ba2\u69d8: \u30e1\u30fc\u30eb\u306f\u3001aoi \u30c9\u30c3\u30c8 saito \u30a2\u30c3\u30c8\u30de\u30fc\u30af example \u30c9\u30c3\u30c8 jp \u3067\u3059\u3002 | EMAIL:aoi \u30c9\u30c3\u30c8 saito \u30a2\u30c3\u30c8\u30de\u30fc\u30af example \u30c9\u30c3\u30c8 jp",
        "\uace0\uac1d: \uc774\uba54\uc77c\uc740 minji \uace8\ubc45\uc774 naver \uc810 com\uc774\uc5d0\uc694. | EMAIL:minji \uace8\ubc45\uc774 naver \uc810 com",
        "\u5ba2\u6236\uff1a\u6211\u7684 email \u662f kuanyu \u5c0f\u8001\u9f20 gmail \u9ede com\u3002 | EMAIL:kuanyu \u5c0f\u8001\u9f20 gmail \u9ede com",
        "\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: pimchanok \u0e14\u0e2d\u0e17 in \u0e41\u0e2d\u0e17 gmail \u0e14\u0e2d\u0e17 com \u0e04\u0e48\u0e30 | EMAIL:pimchanok \u0e14\u0e2d\u0e17 in \u0e41\u0e2d\u0e17 gmail \u0e14\u0e2d\u0e17 com",
        "\u0e25\u0e39\u0e01\u0e04\u0e49\u0e32: \u0e43\u0e0a\u0e49\u0e2d\u0e31\u0e19\u0e19\u0e35\u0e49\u0e41\u0e17\u0e19 orathai \u0e02\u0e35\u0e14\u0e25\u0e48\u0e32\u0e07 p \u0e41\u0e2d\u0e17 yahoo \u0e14\u0e2d\u0e17 com | EMAIL:orathai \u0e02\u0e35\u0e14\u0e25\u0e48\u0e32\u0e07 p \u0e41\u0e2d\u0e17 yahoo \u0e14\u0e2d\u0e17 com",
        "\u304a\u5ba2\u69d8\uff1a\u30ed\u30fc\u30de\u5b57\u3067\u3001yamada \u30cf\u30a4\u30d5\u30f3 hanako \u30a2\u30c3\u30c8\u30de\u30fc\u30af ezweb \u30c9\u30c3\u30c8 ne \u30c9\u30c3\u30c8 jp \u3067\u3059 | EMAIL:yamada \u30cf\u30a4\u30d5\u30f3 hanako \u30a2\u30c3\u30c8\u30de\u30fc\u30af ezweb \u30c9\u30c3\u30c8 ne \u30c9\u30c3\u30c8 jp"
    })
    void readsTheJapaneseKoreanAndChineseWordsForAtAndDotSetApartByBlanks(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\uace0\uac1d: \uba54\uc77c \uc8fc\uc18c\ub294\uc694 \uc5d0\uc2a4 \uc640\uc774 \ud30d \uad6c\uc0bc \uace8\ubc45\uc774 \uc9c0\uba54\uc77c \ub2f7\ucef4\uc774\uc5d0\uc694 | EMAIL:\uc5d0\uc2a4 \uc640\uc774 \ud30d \uad6c\uc0bc \uace8\ubc45\uc774 \uc9c0\uba54\uc77c \ub2f7\ucef4",
        "\uace0\uac1d: \uc81c \uc774\uba54\uc77c\uc740 \uc720\uc9c4 \uc810 \ucd5c \uace8\ubc45\uc774 \uce74\uce74\uc624 \uc810 \ucef4 | EMAIL:\uc720\uc9c4 \uc810 \ucd5c \uace8\ubc45\uc774 \uce74\uce74\uc624 \uc810 \ucef4",
        "\uace0\uac1d: \ud68c\uc0ac \uba54\uc77c\ub85c \ubcf4\ub0b4\uc8fc\uc138\uc694 \uc528 \uc5d0\uc2a4 \uc810 \uae40 \uace8\ubc45\uc774 \ub2e4\uc628 \uc810 \uc528\uc624 \uc810 \ucf00\uc774\uc54c | EMAIL:\uc528 \uc5d0\uc2a4 \uc810 \uae40 \uace8\ubc45\uc774 \ub2e4\uc628 \uc810 \uc528\uc624 \uc810 \ucf00\uc774\uc54c",
        "\uace0\uac1d: \uba54\uc77c\uc740 \uc81c\uc774 \uc5d0\uc774\uce58 \ud30d \uc5b8\ub354\ubc14 \uad6c\uacf5 \uace8\ubc45\uc774 \ub124\uc774\ubc84 \ub2f7 \ucef4\uc774\uc694 | EMAIL:\uc81c\uc774 \uc5d0\uc774\uce58 \ud30d \uc5b8\ub354\ubc14 \uad6c\uacf5 \uace8\ubc45\uc774 \ub124\uc774\ubc84 \ub2f7 \ucef4",
        "\uc0c1\ub2f4\uc0ac: \ub124 hana \uc810 song \uace8\ubc45\uc774 kakao \ub2f7\ucef4\uc73c\ub85c \uc870\ud68c\ud574\ubcf4\ub2c8 \ud734\uba74 \uacc4\uc815\uc785\ub2c8\ub2e4 | EMAIL:hana \uc810 song \uace8\ubc45\uc774 kakao \ub2f7\ucef4",
        "\uc0c1\ub2f4\uc0ac: \ub124 \ud5ec\ud504 \uace8\ubc45\uc774 \ubc30\ub2ec\ubaa8\uc544 \uc810 \uc528\uc624 \uc810 \ucf00\uc774\uc54c\uc785\ub2c8\ub2e4 | EMAIL:\ud5ec\ud504 \uace8\ubc45\uc774 \ubc30\ub2ec\ubaa8\uc544 \uc810 \uc528\uc624 \uc810 \ucf00\uc774\uc54c"
    })
    void readsAnAddressDictatedInKoreanWords(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u05dc\u05e7\u05d5\u05d7: \u05d4\u05de\u05d9\u05d9\u05dc \u05e9\u05dc\u05d9 \u05d6\u05d4 \u05d0\u05d1\u05d9 \u05e0\u05e7\u05d5\u05d3\u05d4 \u05de\u05d6\u05e8\u05d7\u05d9 \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d5\u05d5\u05d0\u05dc\u05d4 \u05e0\u05e7\u05d5\u05d3\u05d4 \u05e7\u05d5 \u05e0\u05e7\u05d5\u05d3\u05d4 \u05d0\u05d9\u05d9 \u05d0\u05dc | EMAIL:\u05d0\u05d1\u05d9 \u05e0\u05e7\u05d5\u05d3\u05d4 \u05de\u05d6\u05e8\u05d7\u05d9 \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d5\u05d5\u05d0\u05dc\u05d4 \u05e0\u05e7\u05d5\u05d3\u05d4 \u05e7\u05d5 \u05e0\u05e7\u05d5\u05d3\u05d4 \u05d0\u05d9\u05d9 \u05d0\u05dc",
        "\u05dc\u05e7\u05d5\u05d7: \u05d9\u05d5\u05e1\u05d9 \u05e7\u05d5 \u05ea\u05d7\u05ea\u05d5\u05df \u05d0\u05d1\u05e8\u05d4\u05dd \u05d0\u05d7\u05ea \u05ea\u05e9\u05e2 \u05e9\u05d1\u05e2 \u05d7\u05de\u05e9 \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d2'\u05d9\u05de\u05d9\u05d9\u05dc \u05e0\u05e7\u05d5\u05d3\u05d4 \u05e7\u05d5\u05dd | EMAIL:\u05d9\u05d5\u05e1\u05d9 \u05e7\u05d5 \u05ea\u05d7\u05ea\u05d5\u05df \u05d0\u05d1\u05e8\u05d4\u05dd \u05d0\u05d7\u05ea \u05ea\u05e9\u05e2 \u05e9\u05d1\u05e2 \u05d7\u05de\u05e9 \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d2'\u05d9\u05de\u05d9\u05d9\u05dc \u05e0\u05e7\u05d5\u05d3\u05d4 \u05e7\u05d5\u05dd",
        "\u05dc\u05e7\u05d5\u05d7\u05d4: \u05d1\u05de\u05d9\u05d9\u05dc, \u05d4\u05d3\u05e1 \u05e0\u05d7\u05d5\u05dd \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d2'\u05d9\u05de\u05d9\u05d9\u05dc \u05e0\u05e7\u05d5\u05d3\u05d4 \u05e7\u05d5\u05dd \u05d1\u05d1\u05e7\u05e9\u05d4 | EMAIL:\u05d4\u05d3\u05e1 \u05e0\u05d7\u05d5\u05dd \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d2'\u05d9\u05de\u05d9\u05d9\u05dc \u05e0\u05e7\u05d5\u05d3\u05d4 \u05e7\u05d5\u05dd",
        "\u0627\u0644\u0632\u0628\u0648\u0646\u0629: \u0631\u0646\u0627 \u0639\u0648\u062f\u0629 \u0627\u062a\u0646\u064a\u0646 \u0648\u0627\u062d\u062f \u0622\u062a \u0647\u0648\u062a\u0645\u064a\u0644 \u062f\u0648\u062a \u0643\u0648\u0645 | EMAIL:\u0631\u0646\u0627 \u0639\u0648\u062f\u0629 \u0627\u062a\u0646\u064a\u0646 \u0648\u0627\u062d\u062f \u0622\u062a \u0647\u0648\u062a\u0645\u064a\u0644 \u062f\u0648\u062a \u0643\u0648\u0645",
        "\u0627\u0644\u0632\u0628\u0648\u0646\u0629: \u0627\u0647\u060c \u0639\u0644\u0649 \u0644\u064a\u0646\u0627 \u0646\u0642\u0637\u0629 \u062d\u0633\u0646 \u0622\u062a \u064a\u0627\u0647\u0648 \u062f\u0648\u062a \u0643\u0648\u0645 | EMAIL:\u0644\u064a\u0646\u0627 \u0646\u0642\u0637\u0629 \u062d\u0633\u0646 \u0622\u062a \u064a\u0627\u0647\u0648 \u062f\u0648\u062a \u0643\u0648\u0645"
    })
    void readsAnAddressDictatedInHebrewOrArabicWords(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u05dc\u05e7\u05d5\u05d7: \u05ea\u05e9\u05dc\u05d7 \u05dc\u05d9 \u05d0\u05ea \u05d6\u05d4 \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d1\u05e1\u05d5\u05e3 \u05d5\u05d0\u05d6 \u05e0\u05e7\u05d5\u05d3\u05d4",
        "\u0627\u0644\u0632\u0628\u0648\u0646: \u0623\u0646\u0627 \u0622\u062a \u0628\u0643\u0631\u0629 \u0627\u0644\u0633\u0627\u0639\u0629 \u0639\u0634\u0631\u0629 \u062f\u0648\u062a",
        "\u05dc\u05e7\u05d5\u05d7: \u05d4\u05de\u05d9\u05d9\u05dc \u05e9\u05dc\u05d9 \u05d6\u05d4 \u05e9\u05d8\u05e8\u05d5\u05d3\u05dc \u05d2'\u05d9\u05de\u05d9\u05d9\u05dc"
    })
    void leavesHebrewAndArabicProseWithTheWordsForAtAlone(String text) {
        assertThat(found(text)).noneMatch(finding -> finding.startsWith("EMAIL"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u5ba2\u6237\uff1a\u662f\u90a3\u4e2aQQ\u90ae\u7bb1\uff0c\u5e7a\u96f6\u4e09\u516b \u56db\u4e03\u4e94 \u516d\u4e8c\u4e5d \u827e\u7279 qq \u70b9 com | EMAIL:\u5e7a\u96f6\u4e09\u516b \u56db\u4e03\u4e94 \u516d\u4e8c\u4e5d \u827e\u7279 qq \u70b9 com",
        "\u5ba2\u6237\uff1a163\u7684\uff0cw a n g\uff0cx i n\uff0c\u516b\u516b\uff0c\u827e\u7279\uff0c\u4e00\u516d\u4e09\uff0c\u70b9\uff0ccom | EMAIL:w a n g\uff0cx i n\uff0c\u516b\u516b\uff0c\u827e\u7279\uff0c\u4e00\u516d\u4e09\uff0c\u70b9\uff0ccom",
        "\u5ba2\u6237\uff1a\u90ae\u7bb1\u4f60\u8bb0\u4e00\u4e0b\u554a\uff0c\u5c0f\u5199\u7684 c h e n\uff0c\u4e0b\u5212\u7ebf\uff0cy u\uff0c\u5c0f\u8001\u9f20\uff0c\u4e00\u4e8c\u516d \u70b9 com | EMAIL:c h e n\uff0c\u4e0b\u5212\u7ebf\uff0cy u\uff0c\u5c0f\u8001\u9f20\uff0c\u4e00\u4e8c\u516d \u70b9 com"
    })
    void readsAnAddressDictatedInChineseNumeralsOrSpelledWithChineseCommas(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    /** Whelk is a dish too ("골뱅이 무침"); a sign without a mailbox before it or a domain after it is no address. */
    @ParameterizedTest
    @ValueSource(strings = {
        "\uace0\uac1d: \uc744\uc9c0\ub85c \uace8\ubc45\uc774 \uace8\ubaa9 \ub9db\uc9d1 \uc8fc\uc18c \uc880 \uc54c\ub824\uc8fc\uc138\uc694",
        "\uace0\uac1d: \uace8\ubc45\uc774 \ubb34\uce68 \ud558\ub098\ub791 \uc18c\uba74 \ucd94\uac00\uc694 \uc810 \ucef4 \uc544\ub2c8\uace0\uc694",
        "\uc0c1\ub2f4\uc0ac: \uba54\uc77c \uc8fc\uc18c\uc5d0 \uace8\ubc45\uc774 \ub4e4\uc5b4\uac00\ub294 \uac70 \ub9de\uc73c\uc138\uc694? \uc810 \ucc0d\uace0 \ucef4\uc774\uc694",
        "\uace0\uac1d: \uc544\uc774\ub514 \ub4a4\uc5d0 \uace8\ubc45\uc774... \uc9c0\uba54\uc77c \ub2f7\ucef4\uc774\uc694"
    })
    void leavesKoreanProseWithTheWordForAtAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // French "tout attach\u00e9" (all joined) between the words of a local part and "arobase".
        "CLIENT: et le mail c'est olivier garnier soixante-neuf tout attach\u00e9 arobase wanadoo point fr"
            + " | EMAIL:olivier garnier soixante-neuf tout attach\u00e9 arobase wanadoo point fr",
        "CLIENT: c'est sami ben youssef et le mail sami ben youssef tout attach\u00e9 arobase gnet point tn"
            + " | EMAIL:sami ben youssef tout attach\u00e9 arobase gnet point tn",
        // Prose between the noun and a one-word local part stays out.
        "CLIENTE: el correo de la empresa administracion arroba reformas guion garcia punto es"
            + " | EMAIL:administracion arroba reformas guion garcia punto es",
        // French "oui" is no part of the mailbox.
        "cliente: oui sabine point mueller arobase sunrise point ch, mueller avec u e"
            + " | EMAIL:sabine point mueller arobase sunrise point ch",
        // Two signs in a row: a dot and an underscore.
        "Llamante: es m punto guion bajo alvarado ochenta y nueve arroba outlook punto com."
            + " | EMAIL:m punto guion bajo alvarado ochenta y nueve arroba outlook punto com",
        // Dutch "naar" (to) is no part of the mailbox.
        "Klant: Of mail naar tine punt hermans apenstaartje gmail punt com. | EMAIL:tine punt hermans apenstaartje gmail punt com",
        // German "Klammeraffe" (at) in a mailbox spelled with commas.
        "Kundin: die Mail ist k wie Kaufmann, o, e, r, n, e, r, Klammeraffe, kanzlei minus koerner, Punkt, example, also"
            + " K\u00f6rner | EMAIL:k wie Kaufmann, o, e, r, n, e, r, Klammeraffe, kanzlei minus koerner, Punkt, example",
        // Spanish letters' names among letters spelled one by one ("ere", "uve", "ge").
        "cliente: eme a ere i a punto uve e ge a arroba gmail punto com"
            + " | EMAIL:eme a ere i a punto uve e ge a arroba gmail punto com",
        // A word and its spelling after a comma are one word of the mailbox.
        "CALLER: it's t underscore nakamura, n-a-k-a-m-u-r-a, at outlook dot com"
            + " | EMAIL:t underscore nakamura, n-a-k-a-m-u-r-a, at outlook dot com",
        // A comma before and after "as in": a pause of the caller spelling on.
        "Customer: it's b, as in boy, w, as in William, h-a-r-t at gmail dot com."
            + " | EMAIL:b, as in boy, w, as in William, h-a-r-t at gmail dot com",
        // French "et" joins tens and unit in a mailbox's digits ("trente et un").
        "Appelant : ah non, mettez roger point marty trente et un arobase gmail point com"
            + " | EMAIL:roger point marty trente et un arobase gmail point com",
        // Spelled item by item, Spanish letters' names that are words elsewhere ("te", "ese", "pe") are letters.
        "Cliente: es ele, u, pe, i, te, a, punto, ese, a, ele, a, zeta, a, ere, arroba yahoo punto com"
            + " | EMAIL:ele, u, pe, i, te, a, punto, ese, a, ele, a, zeta, a, ere, arroba yahoo punto com",
        // Dutch "liggend streepje" (underscore); "gespeld als" (spelled as) is no part of the mailbox.
        "Beller: m punt el, liggend streepje, haddaoui at hotmail punt com"
            + " | EMAIL:m punt el, liggend streepje, haddaoui at hotmail punt com",
        "Agent: uw e-mail is gespeld als e punt de vries at gmail punt com. Klopt dat?"
            + " | EMAIL:e punt de vries at gmail punt com",
        // Italian "tutto attaccato" and "trattino basso".
        "operatore: mi serve una mail? cliente: gianluca meloni tutto attaccato chiocciola alice punto it"
            + " | EMAIL:gianluca meloni tutto attaccato chiocciola alice punto it",
        "spk_0: ok dario trattino basso vitale chiocciola hotmail punto it le invio il modulo"
            + " | EMAIL:dario trattino basso vitale chiocciola hotmail punto it",
        // Letters said by their Italian names; Italian "\u00e8" (is) and a filler are no part of it.
        "cliente: la mia mail \u00e8 emme punto sala settantanove chiocciola gmail punto com"
            + " | EMAIL:emme punto sala settantanove chiocciola gmail punto com",
        "spk_1: allora la mail ehm effe bruno settantotto chiocciola tiscali punto it"
            + " | EMAIL:effe bruno settantotto chiocciola tiscali punto it",
        "operatore: mi d\u00e0 la mail dell'account? cliente: ics y zeta punto shop chiocciola gmail punto com"
            + " | EMAIL:ics y zeta punto shop chiocciola gmail punto com"
    })
    void readsTheWordsOfANameJoinedIntoAMailbox(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // German "k wie kaufmann": each letter spelled by a word.
        "AGENT: wie lautet die e-mail-adresse KUNDE: k wie kaufmann o wie otto w wie wilhelm a wie anton punkt a at"
            + " t-online punkt de | EMAIL:k wie kaufmann o wie otto w wie wilhelm a wie anton punkt a at t-online punkt de",
        // Swiss German and Swahili "is"; the noun with a comma after it, a first name and a surname.
        "spk_1: lea m\u00fcller und mini e-mail isch lea punkt mueller klammeraffe proton punkt me"
            + " | EMAIL:lea punkt mueller klammeraffe proton punkt me",
        "Customer: ma email ni wambui njoroge two four at gmail dot com, all small letters."
            + " | EMAIL:wambui njoroge two four at gmail dot com",
        "Caller: Send am to my email, blessing etim at gmail dot com. | EMAIL:blessing etim at gmail dot com"
    })
    void readsMailboxesSpelledInGermanOrNamedInOtherWays(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGENT: geben sie im browser die adresse vom router ein hundertzweiundneunzig punkt null punkt zwei punkt eins"
            + " | IP_ADDRESS:hundertzweiundneunzig punkt null punkt zwei punkt eins",
        "spk_1: hundertachtundneunzig punkt einundf\u00fcnfzig punkt hundert punkt zweiundvierzig"
            + " | IP_ADDRESS:hundertachtundneunzig punkt einundf\u00fcnfzig punkt hundert punkt zweiundvierzig"
    })
    void readsAnAddressSaidWithGermanHundreds(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void readsFrenchTiretDuBasAsAnUnderscore() {
        assertThat(found("client: mon email c'est k tiret du bas benali arobase hotmail point fr"))
                .containsExactly("EMAIL:k tiret du bas benali arobase hotmail point fr");
    }

    @Test
    void anInitialAndANameAfterItsAreOneMailbox() {
        assertThat(found("caller: it's j rivera colon at yahoo dot com all lowercase no spaces"))
                .containsExactly("EMAIL:j rivera colon at yahoo dot com");
        assertThat(found("it's a long way at home dot com")).isEmpty();
        assertThat(found("caller: it's tony b rossi at hotmail dot com, tony b no spaces"))
                .containsExactly("EMAIL:tony b rossi at hotmail dot com");
        assertThat(found("caller: oh and my email's jen oneill at shaw dot ca, all lower case"))
                .containsExactly("EMAIL:jen oneill at shaw dot ca");
        // A first name and a surname after "it's", with no e-mail cue in the text.
        assertThat(found("\"Content\":\"it's marcus bell one nine seven nine at example dot net\""))
                .containsExactly("EMAIL:marcus bell one nine seven nine at example dot net");
        assertThat(found("caller: it's okay at home dot com")).isEmpty();
    }

    @Test
    void aSpeakersTagIsNoPartOfTheMailboxAfterIt() {
        // A transcript without punctuation: who speaks next stands between the question and the address.
        assertThat(found("agent and your email caller m dot alrashid at example dot com agent thanks"))
                .containsExactly("EMAIL:m dot alrashid at example dot com");
        assertThat(found("caller my email is grace dot o at example dot com that's o as in orange agent grace dot o at"
                + " example dot com caller yes"))
                .containsExactly("EMAIL:grace dot o at example dot com", "EMAIL:grace dot o at example dot com");
    }

    @Test
    void aVerbFormIsAMailboxAfterToButNotInProse() {
        assertThat(found("please report it to phishing at harborlinecard dot com"))
                .containsExactly("EMAIL:phishing at harborlinecard dot com");
        assertThat(found("we were talking at lunch dot com")).isEmpty();
        // "to" itself is no part of the mailbox.
        assertThat(found("caller: yes send the status to aruiz at summitbenefit dot com, all one word"))
                .containsExactly("EMAIL:aruiz at summitbenefit dot com");
    }

    @Test
    void aReplyToAnotherQuestionKeepsItsOwnWords() {
        assertThat(found("AGENT: and your city? CUSTOMER: we moved, write to r dot lopez at example dot com"))
                .containsExactly("EMAIL:r dot lopez at example dot com");
    }

    @Test
    void readsAnIbanWhoseCountryCodeIsSpelledWithAHyphen() {
        assertThat(found("CALLER: The IBAN is A-E, seven one, zero three three five, nine zero zero three, nine nine seven nine,"
                + " six five four six, five seven two.")).containsExactly("IBAN:A-E, seven one, zero three three five,"
                + " nine zero zero three, nine nine seven nine, six five four six, five seven two");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Romanian: "și" joins tens and units in the check digits and the groups.
        "Client: R O \u0219aptezeci \u0219i \u0219apte, B R D E, opt cinci unu nou\u0103, zero unu cinci doi, cinci opt opt opt,"
            + " \u0219ase nou\u0103 \u0219apte opt | R O \u0219aptezeci \u0219i \u0219apte, B R D E, opt cinci unu nou\u0103,"
            + " zero unu cinci doi, cinci opt opt opt, \u0219ase nou\u0103 \u0219apte opt",
        "Client: em, M D, cincizeci \u0219i \u0219apte, A G, zero zero zero doi doi cinci, \u0219ase patru \u0219ase cinci,"
            + " unu unu zero doi, cinci \u0219apte opt zero | M D, cincizeci \u0219i \u0219apte, A G, zero zero zero doi doi"
            + " cinci, \u0219ase patru \u0219ase cinci, unu unu zero doi, cinci \u0219apte opt zero"
    })
    void readsAnIbanSaidInRomanian(String text, String expected) {
        assertThat(found(text)).containsExactly("IBAN:" + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Romanian "bară jos" (underscore), "la" (at), "liniuță" (hyphen), a word and a comma at a time.
        "agent: deci ana, bara jos, maria, punct, pop, la yahoo punct ro? | ana, bara jos, maria, punct, pop, la yahoo punct ro",
        "agent \u2014 ... v\u0103 rog, adresa de e-mail?\\nclient \u2014 e contact, liniu\u021b\u0103, familia, liniu\u021b\u0103, olaru, arond, yahoo, punct, com"
            + " | contact, liniu\u021b\u0103, familia, liniu\u021b\u0103, olaru, arond, yahoo, punct, com",
        "caller: john, dot, smith, at, gmail, dot, com | john, dot, smith, at, gmail, dot, com",
        // Romanian "e" (is) opens the reply; it is no initial of the mailbox.
        "agent: ... \u0219i ca s\u0103 v\u0103 trimitem confirmarea, adresa de e-mail?\\nclient: da, e radu punct mihalache"
            + " arond gmail punct com | radu punct mihalache arond gmail punct com",
        // A joiner that ends a phrase joins nothing: "cu liniuță: office ...".
        "nu, sta\u021bi, cu liniu\u021b\u0103: office arond pensiunea liniu\u021b\u0103 bradul punct ro."
            + " | office arond pensiunea liniu\u021b\u0103 bradul punct ro",
        // In Spanish the same "e" is an initial.
        "Cliente: s\u00ed, e lozano ochenta y uno arroba example punto org. | e lozano ochenta y uno arroba example punto org"
    })
    void readsRomanianSignsCommaPausedDomainsAndAReplysFirstWord(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly("EMAIL:" + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // A given name before a mailbox joined by a dot; Greek "μου" (my) links the cue.
        "AGENT: got it, and the email\\nCALLER: karen liu dot d f w at yahoo dot com | karen liu dot d f w at yahoo dot com",
        "\u03ba\u03b1\u03bb\u03ce\u03bd: \u03c4\u03bf email \u03bc\u03bf\u03c5 \u03b5\u03af\u03bd\u03b1\u03b9 lefteris"
            + " \u03c0\u03b1\u03cd\u03bb\u03b1 zach \u03c0\u03b1\u03c0\u03ac\u03ba\u03b9 gmail \u03c4\u03b5\u03bb\u03b5\u03af\u03b1 com"
            + " | lefteris \u03c0\u03b1\u03cd\u03bb\u03b1 zach \u03c0\u03b1\u03c0\u03ac\u03ba\u03b9 gmail"
            + " \u03c4\u03b5\u03bb\u03b5\u03af\u03b1 com",
        // Italian "mia" is "my", no given name.
        "operatore: e una mail per i documenti\\ncliente: la stessa mia desantis punto famiglia chiocciola gmail punto com"
            + " | desantis punto famiglia chiocciola gmail punto com"
    })
    void readsAGivenNameBeforeAJoinedMailboxAndGreekLinks(String text, String expected) {
        assertThat(found(text.replace("\\n", "\n"))).containsExactly("EMAIL:" + expected);
    }

    @Test
    void readsAMailboxReadBackWithAnEllipsisBeforeTheAt() {
        assertThat(found("Agente: giulia punto bernasconi\u2026 chiocciola ticino punto com? Cliente: s\u00ec."))
                .containsExactly("EMAIL:giulia punto bernasconi\u2026 chiocciola ticino punto com");
    }

    @Test
    void aFrenchAdverbBeforeTheMailboxIsNoPartOfIt() {
        assertThat(found("agent : parfait, et le courriel c'est toujours emilie point tremblay arobase videotron point ca?"))
                .containsExactly("EMAIL:emilie point tremblay arobase videotron point ca");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "klient: meiliaadress on kadri punkt tamm \u00e4tt gmail punkt com | kadri punkt tamm \u00e4tt gmail punkt com",
        "ASIAKAS: mun s\u00e4hk\u00f6posti on anna-maija alaviiva lehto \u00e4t suomi24 piste fi"
            + " | anna-maija alaviiva lehto \u00e4t suomi24 piste fi",
        "AGENTTI: eli erkki piste makela \u00e4t outlook piste com | erkki piste makela \u00e4t outlook piste com"
    })
    void readsEstonianAndFinnishSpokenMailboxes(String text, String expected) {
        assertThat(found(text)).containsExactly("EMAIL:" + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Top-level domains said in Cyrillic and in Serbian spelling; Bulgarian "подчертавка".
        "\u041a\u041b\u0418\u0415\u041d\u0422: \u0438\u043c\u0435\u0439\u043b\u044a\u0442 \u043c\u0438 \u0435"
            + " \u043a\u0440\u0438\u0441\u0442\u0438\u0430\u043d \u043f\u043e\u0434\u0447\u0435\u0440\u0442\u0430\u0432\u043a\u0430"
            + " \u0433\u0435\u043e\u0440\u0433\u0438\u0435\u0432 \u043c\u0430\u0439\u043c\u0443\u043d\u043a\u0430"
            + " \u0434\u0436\u0438\u043c\u0435\u0439\u043b \u0442\u043e\u0447\u043a\u0430 \u043a\u043e\u043c"
            + " | \u043a\u0440\u0438\u0441\u0442\u0438\u0430\u043d \u043f\u043e\u0434\u0447\u0435\u0440\u0442\u0430\u0432\u043a\u0430"
            + " \u0433\u0435\u043e\u0440\u0433\u0438\u0435\u0432 \u043c\u0430\u0439\u043c\u0443\u043d\u043a\u0430"
            + " \u0434\u0436\u0438\u043c\u0435\u0439\u043b \u0442\u043e\u0447\u043a\u0430 \u043a\u043e\u043c",
        "KORISNIK: milica ta\u010dka stankovi\u0107 devedeset dva majmun\u010de d\u017eimejl ta\u010dka kom"
            + " | milica ta\u010dka stankovi\u0107 devedeset dva majmun\u010de d\u017eimejl ta\u010dka kom"
    })
    void readsCyrillicAndSerbianTopLevelDomains(String text, String expected) {
        assertThat(found(text)).containsExactly("EMAIL:" + expected);
    }

    @Test
    void readsALatvianUnderscoreAndARussianTopLevelDomain() {
        assertThat(found("Klients: j berzins apak\u0161sv\u012btra septi\u0146desmit asto\u0146i et inbox punkts lv"))
                .allMatch(f -> f.endsWith("apak\u0161sv\u012btra septi\u0146desmit asto\u0146i et inbox punkts lv"));
        assertThat(found("\u041a\u043b\u0438\u0435\u043d\u0442: \u0438\u0440\u0438\u043d\u0430 \u0442\u043e\u0447\u043a\u0430"
                + " \u0441\u043e\u043a\u043e\u043b\u043e\u0432\u0430 \u0441\u043e\u0431\u0430\u043a\u0430"
                + " \u043c\u0435\u0439\u043b \u0442\u043e\u0447\u043a\u0430 \u0440\u0443")).hasSize(1);
    }

    @Test
    void readsAnAddressSpelledWithCommasUpToAnAtAFewWordsLater() {
        assertThat(found("caller: yes it's m, a, r, i, a, g, underscore, four four at hotmail dot com"))
                .containsExactly("EMAIL:m, a, r, i, a, g, underscore, four four at hotmail dot com");
    }

    @Test
    void aReadBackAfterASpeakersTagWithoutColonTakesNeitherTheTagNorTheSpeakersWords() {
        assertThat(found("cliente santi punto restrepo arroba gmail punto com\nagente le repito santi punto restrepo arroba gmail punto com"))
                .containsExactly("EMAIL:santi punto restrepo arroba gmail punto com", "EMAIL:santi punto restrepo arroba gmail punto com");
        assertThat(found("hola\ncliente o point brunet arobase outlook point fr")).containsExactly("EMAIL:o point brunet arobase outlook point fr");
    }

    @Test
    void spanishAndTamilLinksBetweenTheCueAndTheMailboxAreNoPartOfIt() {
        assertThat(found("agente vale y el correo sigue siendo pdominguez arroba gmail punto com cliente s\u00ed"))
                .containsExactly("EMAIL:pdominguez arroba gmail punto com");
        assertThat(found("agente le leo el correo que tenemos ignacio punto zubiri arroba euskaltel punto net es correcto"))
                .containsExactly("EMAIL:ignacio punto zubiri arroba euskaltel punto net");
        assertThat(found("en email vandhu karthik dot s nineteen ninety at the rate gmail dot com sir"))
                .containsExactly("EMAIL:karthik dot s nineteen ninety at the rate gmail dot com");
    }

    @Test
    void mailboxesDictatedInMalayalamTeluguAndTamil() {
        assertThat(found("\u0d07\u0d2e\u0d46\u0d2f\u0d3f\u0d7d \u0d1c\u0d3f\u0d2c\u0d3f\u0d7b \u0d21\u0d4b\u0d1f\u0d4d\u0d1f\u0d4d \u0d24\u0d4b\u0d2e\u0d38\u0d4d \u0d05\u0d31\u0d4d\u0d31\u0d4d \u0d1c\u0d3f\u0d2e\u0d46\u0d2f\u0d3f\u0d7d \u0d21\u0d4b\u0d1f\u0d4d\u0d1f\u0d4d \u0d15\u0d4b\u0d02 \u0d06\u0d23\u0d4d")).containsExactly("EMAIL:\u0d1c\u0d3f\u0d2c\u0d3f\u0d7b \u0d21\u0d4b\u0d1f\u0d4d\u0d1f\u0d4d \u0d24\u0d4b\u0d2e\u0d38\u0d4d \u0d05\u0d31\u0d4d\u0d31\u0d4d \u0d1c\u0d3f\u0d2e\u0d46\u0d2f\u0d3f\u0d7d \u0d21\u0d4b\u0d1f\u0d4d\u0d1f\u0d4d \u0d15\u0d4b\u0d02");
        assertThat(found("\u0c28\u0c3e \u0c08\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d \u0c15\u0c3f\u0c30\u0c23\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c30\u0c46\u0c21\u0c4d\u0c21\u0c3f \u0c0e\u0c1f\u0c4d \u0c26\u0c3f \u0c30\u0c47\u0c1f\u0c4d \u0c1c\u0c40\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c15\u0c3e\u0c2e\u0c4d \u0c05\u0c02\u0c21\u0c3f")).containsExactly("EMAIL:\u0c15\u0c3f\u0c30\u0c23\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c30\u0c46\u0c21\u0c4d\u0c21\u0c3f \u0c0e\u0c1f\u0c4d \u0c26\u0c3f \u0c30\u0c47\u0c1f\u0c4d \u0c1c\u0c40\u0c2e\u0c46\u0c2f\u0c3f\u0c32\u0c4d \u0c21\u0c3e\u0c1f\u0c4d \u0c15\u0c3e\u0c2e\u0c4d");
        assertThat(found("\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd \u0b90\u0b9f\u0bbf \u0b9a\u0bc1\u0bb0\u0bc7\u0bb7\u0bcd \u0b9f\u0bbe\u0b9f\u0bcd \u0baa\u0bbe\u0bb2\u0bc1 \u0b85\u0b9f\u0bcd \u0b9c\u0bbf\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd \u0b9f\u0bbe\u0b9f\u0bcd \u0b95\u0bbe\u0bae\u0bcd \u0b9a\u0bbe\u0bb0\u0bcd")).containsExactly("EMAIL:\u0b9a\u0bc1\u0bb0\u0bc7\u0bb7\u0bcd \u0b9f\u0bbe\u0b9f\u0bcd \u0baa\u0bbe\u0bb2\u0bc1 \u0b85\u0b9f\u0bcd \u0b9c\u0bbf\u0bae\u0bc6\u0baf\u0bbf\u0bb2\u0bcd \u0b9f\u0bbe\u0b9f\u0bcd \u0b95\u0bbe\u0bae\u0bcd");
    }

    @Test
    void soJiAndRomaniansMyBeforeAMailboxAreNoPartOfIt() {
        assertThat(found("cliente gianni punto ferraro chiocciola gmail punto com agente allora gianni punto ferraro chiocciola gmail punto com"))
                .containsExactly("EMAIL:gianni punto ferraro chiocciola gmail punto com", "EMAIL:gianni punto ferraro chiocciola gmail punto com");
        assertThat(found("bale email ko ji manpreet dot brar ninety one at gmail dot com hai"))
                .containsExactly("EMAIL:manpreet dot brar ninety one at gmail dot com");
        assertThat(found("nu a venit emailul meu e elena punct dumitrescu arond yahoo punct com"))
                .containsExactly("EMAIL:elena punct dumitrescu arond yahoo punct com");
    }

    @Test
    void arabicAndTheEmailAndMineBeforeAMailboxAreProse() {
        assertThat(found("\u0627\u0644\u0639\u0645\u064a\u0644: \u0648\u0627\u0644\u0625\u064a\u0645\u064a\u0644 \u0623\u062d\u0645\u062f \u062f\u0648\u062a \u0633\u0645\u064a\u0631 \u0622\u062a \u062c\u064a\u0645\u064a\u0644 \u062f\u0648\u062a \u0643\u0648\u0645 \u0627\u0644\u0648\u0643\u064a\u0644: \u062a\u0645\u0627\u0645")).containsExactly("EMAIL:\u0623\u062d\u0645\u062f \u062f\u0648\u062a \u0633\u0645\u064a\u0631 \u0622\u062a \u062c\u064a\u0645\u064a\u0644 \u062f\u0648\u062a \u0643\u0648\u0645");
        assertThat(found("\u0627\u0644\u0639\u0645\u064a\u0644: \u0627\u0644\u0625\u064a\u0645\u064a\u0644 \u062a\u0628\u0639\u064a \u0631\u0627\u0645\u064a \u0646\u0642\u0637\u0629 \u062e\u0648\u0631\u064a \u0622\u062a \u064a\u0627\u0647\u0648 \u0646\u0642\u0637\u0629 \u0643\u0648\u0645")).containsExactly("EMAIL:\u0631\u0627\u0645\u064a \u0646\u0642\u0637\u0629 \u062e\u0648\u0631\u064a \u0622\u062a \u064a\u0627\u0647\u0648 \u0646\u0642\u0637\u0629 \u0643\u0648\u0645");
    }

    @Test
    void japaneseMailboxesAfterAnIdeographicCommaInHiraganaAndBeforeAGluedCopula() {
        // "えっと、" pauses before the first letter; "ジェーピー" is jp too.
        assertThat(found("\u304a\u5ba2\u69d8: \u3048\u3063\u3068\u3001\u30ef\u30a4 \u30a8\u30fc \u30a8\u30e0 \u30c9\u30c3\u30c8"
                + " \u30c6\u30a3\u30fc \u30a2\u30c3\u30c8\u30de\u30fc\u30af \u30e4\u30d5\u30fc \u30c9\u30c3\u30c8 \u30b7\u30fc\u30aa\u30fc"
                + " \u30c9\u30c3\u30c8 \u30b8\u30a7\u30fc\u30d4\u30fc"))
                .containsExactly("EMAIL:\u30ef\u30a4 \u30a8\u30fc \u30a8\u30e0 \u30c9\u30c3\u30c8 \u30c6\u30a3\u30fc \u30a2\u30c3\u30c8\u30de\u30fc\u30af"
                        + " \u30e4\u30d5\u30fc \u30c9\u30c3\u30c8 \u30b7\u30fc\u30aa\u30fc \u30c9\u30c3\u30c8 \u30b8\u30a7\u30fc\u30d4\u30fc");
        // A name in hiragana ("けい ドット すずき"), "です" glued to "コム", the request's "メールは" left out.
        assertThat(found("\u304a\u5ba2\u69d8: \u30e1\u30fc\u30eb\u306f \u3051\u3044 \u30c9\u30c3\u30c8 \u3059\u305a\u304d"
                + " \u30a2\u30c3\u30c8\u30de\u30fc\u30af \u30a2\u30a4\u30af\u30e9\u30a6\u30c9 \u30c9\u30c3\u30c8 \u30b3\u30e0\u3067\u3059"))
                .containsExactly("EMAIL:\u3051\u3044 \u30c9\u30c3\u30c8 \u3059\u305a\u304d \u30a2\u30c3\u30c8\u30de\u30fc\u30af"
                        + " \u30a2\u30a4\u30af\u30e9\u30a6\u30c9 \u30c9\u30c3\u30c8 \u30b3\u30e0");
    }

    @Test
    void mailboxesInKatakanaAndAfterAVietnameseSpeakersI() {
        assertThat(found("\u304a\u5ba2\u69d8 \u30e1\u30fc\u30eb\u30a2\u30c9\u30ec\u30b9\u306f \u30c6\u30a3\u30fc \u30c9\u30c3\u30c8 \u30b5\u30c8\u30a6 \u30a2\u30c3\u30c8\u30de\u30fc\u30af \u30b8\u30fc\u30e1\u30fc\u30eb \u30c9\u30c3\u30c8 \u30b3\u30e0 \u3067\u3059")).containsExactly("EMAIL:\u30c6\u30a3\u30fc \u30c9\u30c3\u30c8 \u30b5\u30c8\u30a6 \u30a2\u30c3\u30c8\u30de\u30fc\u30af \u30b8\u30fc\u30e1\u30fc\u30eb \u30c9\u30c3\u30c8 \u30b3\u30e0");
        assertThat(found("kh\u00e1ch: email c\u1ee7a c\u00f4 l\u00e0 maitran n\u0103m ch\u00edn a c\u00f2ng yahoo ch\u1ea5m com")).containsExactly("EMAIL:maitran n\u0103m ch\u00edn a c\u00f2ng yahoo ch\u1ea5m com");
    }
}
