package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsAccessKeyDetectorTest {

    private final AwsAccessKeyDetector detector = new AwsAccessKeyDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void aSecretWithoutADigitIsASecretWhenItHasBase64sSigns() {
        assertThat(new AwsAccessKeyDetector().detect("AWS_SECRET_ACCESS_KEY=GkyN/vaGawFURZocbnaULPTvXhbBXufTKszscbJV")).hasSize(1);
        assertThat(new AwsAccessKeyDetector().detect("AWS_SECRET_ACCESS_KEY=GkyNvaGawFURZocbnaULPTvXhbBXufTKszscbJVx")).isEmpty();
    }

    @Test
    void readsASecretKeysCueInTheCallersLanguages() {
        String secret = "bF3bUmhZoPcWGilJlVOxFz51vzndWe3dLt1WbFB7";
        assertThat(found("la clave secreta es " + secret + " ok")).containsExactly(secret);
        assertThat(found("секретний ключ поруч: " + secret + ". Деактивував")).containsExactly(secret);
        assertThat(found("\u30b7\u30fc\u30af\u30ec\u30c3\u30c8\u30ad\u30fc: " + secret + "\uff09")).containsExactly(secret);
        assertThat(found("\uc2dc\ud06c\ub9bf " + secret + " \ubc14\ub85c \ud3d0\uae30")).containsExactly(secret);
        assertThat(found("checksum " + secret + " ok")).isEmpty();
    }

    @Test
    void findsAKeyIdSpelledOutCharByChar() {
        assertThat(found("CUSTOMER: yeah it's a k i a i d i x q l p w w t o l u six p k | AGENT: okay"))
                .containsExactly("a k i a i d i x q l p w w t o l u six p k");
        assertThat(found("the key id says a s i a e h six two i o p o two c g r l q three c."))
                .containsExactly("a s i a e h six two i o p o two c g r l q three c");
        // Fifteen or seventeen chars after the prefix are no key id.
        assertThat(found("it's a k i a i d i x q l p w w t o l u six p")).isEmpty();
        assertThat(found("it's a k i a i d i x q l p w w t o l u six p k q")).isEmpty();
        // Written down in capitals, its digits as digits.
        assertThat(found("the access key they gave me is A K I A X T 5 U E X L N 3 R 7 Z K S Z X, is that normal"))
                .containsExactly("A K I A X T 5 U E X L N 3 R 7 Z K S Z X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIA", "ASIA", "ABIA", "ACCA"})
    void findsKeyIdsWithEveryCredentialPrefix(String prefix) {
        String key = prefix + "IOSFODNN7EXAMPLE";

        assertThat(found("key=" + key + ";")).containsExactly(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AKIA0123456789ABCDEF", "AKIAXXXXXXXXXXXXXXXX", "ASIAABCDEFGHIJKLMNOP", "AKIA23456789ABCDEFGQ",
        // An example that is not even base 32.
        "AKIA0000EXAMPLE00000", "AKIA0B18X9Q1EXAMP0L1"})
    void aPlaceholderIsNoKey(String placeholder) {
        assertThat(found("Access key " + placeholder + " from the vendor's docs is a placeholder")).isEmpty();
    }

    @Test
    void aKeyWithAShortRunInItIsStillAKey() {
        // Seven chars counting up, as a random key may hold by chance, and AWS's own example key.
        assertThat(found("key AKIAQ234567ZXWVUT2RM and AKIAIOSFODNN7EXAMPLE"))
                .containsExactly("AKIAQ234567ZXWVUT2RM", "AKIAIOSFODNN7EXAMPLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIDA", "AROA", "AGPA", "ANPA", "ANVA", "AIPA"})
    void aPrincipalsUniqueIdIsNoKey(String prefix) {
        // A user's, role's or group's unique id names the principal, as its ARN does; it signs nothing.
        assertThat(found("arn:aws:iam::210987654321:user/svc-export, user id " + prefix + "JQABLZS4A3QDU576.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XAKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE1", "akiaiosfodnn7example",
        "AKIAIOSFODNN7EXAMPL", "ABCDIOSFODNN7EXAMPLE", "AKIA-IOSFODNN7EXAMPLE"})
    void rejectsWhatIsNotAKeyId(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void readsAKeyIdWithDigitsOutsideBase32AtALowerConfidence() {
        // AWS's key ids are base 32; a hand-typed or altered one is still a key id where it is pasted.
        String text = "found access key AKIAW6NP3TQ8RLX2JVHC hard-coded, and AKIAIOSFODNN7EXAMPLE";

        assertThat(detector.detect(text)).extracting(d -> text.substring(d.start(), d.end()), Detection::confidence)
                .containsExactly(tuple("AKIAW6NP3TQ8RLX2JVHC", 0.8),
                        tuple("AKIAIOSFODNN7EXAMPLE", 0.95));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws_secret_access_key = ", "AWS_SECRET_ACCESS_KEY=", "secret key: ", "the secret is "})
    void findsASecretKeyAfterASecretCue(String cue) {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        assertThat(found(cue + secret)).containsExactly(secret);
    }

    @Test
    void ignoresFortyBase64CharsWithoutACue() {
        assertThat(found("token wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isEmpty();
    }

    @Test
    void ignoresAHexDigestEvenAfterACue() {
        assertThat(found("secret sha 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12")).isEmpty();
    }

    @Test
    void aSecretBesideItsKeyIdOnTheLineIsASecretWhereTheCueIsFar() {
        String secret = "Xv7Pq2Lm9Zt4Wk1Rb8Nc5Jd3Hf6Sg0Ya+eU/iOzQ";
        assertThat(found("Heads-up: the secret key for the staging bucket user was pasted into #cc-ops by accident: "
                + secret + " (key id AKIAU5LQ3XW7ZN2KR4TM). Deactivated")).contains(secret);
        // A hash beside a key id is no secret: it is not a mix of cases and digits.
        assertThat(found("deploy AKIAQ357ZP3A7O7TZ3RN commit 3f9a1c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a"))
                .containsExactly("AKIAQ357ZP3A7O7TZ3RN");
        // Nor a random-looking token on another line.
        assertThat(found("AKIAQ357ZP3A7O7TZ3RN\nsession Xv7Pq2Lm9Zt4Wk1Rb8Nc5Jd3Hf6Sg0Ya+eU/iOzQ"))
                .containsExactly("AKIAQ357ZP3A7O7TZ3RN");
    }

    @Test
    void aFortyCharStringTheWriterSaysIsNoSecretIsNone() {
        String checksum = "Q5teqdIFO5OWWfuG/ZULyCAdeMQ4Wn8UIf9FStDx";
        assertThat(found("Build artifact checksum (not a secret): " + checksum + " compare")).isEmpty();
        assertThat(found("aws secret key: " + checksum)).containsExactly(checksum);
    }
}
