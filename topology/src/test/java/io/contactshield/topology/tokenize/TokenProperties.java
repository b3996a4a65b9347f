package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TokenProperties {

    private final FixedKeys keys = new FixedKeys().rotate("acme");
    private final Tokenizer tokenizer = new Tokenizer(keys, TokenModes.reversible());
    private final Detokenizer detokenizer = new Detokenizer(keys, event -> { }, Clock.systemUTC());

    @Property
    void printedTokenParsesBack(@ForAll("types") String type, @ForAll boolean reversible,
            @ForAll @IntRange(min = 1) int version, @ForAll @Size(max = 256) List<Byte> payload) {
        byte[] bytes = new byte[payload.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = payload.get(i);
        }

        TokenFormat.Parsed parsed = TokenFormat.parse(TokenFormat.print(type, reversible, version, bytes)).orElseThrow();

        assertThat(parsed.type()).isEqualTo(type);
        assertThat(parsed.reversible()).isEqualTo(reversible);
        assertThat(parsed.keyVersion()).isEqualTo(version);
        assertThat(parsed.payload()).isEqualTo(bytes);
    }

    @Property
    void anyValueRoundTrips(@ForAll("unicode") String value, @ForAll("types") String type) {
        String token = tokenizer.tokenize("acme", type, value).text();

        assertThat(detokenizer.detokenize("acme", token, "property")).isEqualTo(value);
    }

    @Property
    void anyDigitStringRoundTripsThroughFf1(@ForAll("digitStrings") String value) {
        Token token = tokenizer.tokenize("acme", "CREDIT_CARD", TokenMode.FORMAT_PRESERVING, value);

        assertThat(token.text()).hasSameSizeAs(value);
        assertThat(detokenizer.detokenizeFormatPreserving("acme", "CREDIT_CARD", 1, token.text(), "property"))
                .isEqualTo(value);
    }

    @Property(tries = 5000)
    void typeCheckIsTheTypePattern(@ForAll("typeLike") String type) {
        boolean pattern = type.length() <= TokenFormat.MAX_TYPE_LENGTH
                && java.util.regex.Pattern.matches("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*", type);

        assertThat(TokenFormat.isType(type)).as(type).isEqualTo(pattern);
    }

    @Property(tries = 2000)
    void utf8IsTheStrictEncoding(@ForAll("unicodeOrLoneSurrogates") String value) {
        java.nio.charset.CharsetEncoder strict = java.nio.charset.StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer expected;
        try {
            expected = strict.encode(java.nio.CharBuffer.wrap(value));
        } catch (java.nio.charset.CharacterCodingException e) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Tokenizer.utf8(value))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        byte[] bytes = new byte[expected.remaining()];
        expected.get(bytes);
        assertThat(Tokenizer.utf8(value)).isEqualTo(bytes);
    }

    @Provide
    Arbitrary<String> unicodeOrLoneSurrogates() {
        return Arbitraries.oneOf(unicode(), Arbitraries.strings().all().ofMaxLength(50),
                Arbitraries.strings().withChars("a\u00e9\ud83d\ude00\ud800\udfff").ofMaxLength(12));
    }

    @Provide
    Arbitrary<String> typeLike() {
        return Arbitraries.strings().withChars("AZQ09_a-").ofMinLength(0).ofMaxLength(70);
    }

    @Property
    void parseNeverThrows(@ForAll String text) {
        TokenFormat.parse(text);
        TokenFormat.parse("tok_" + text);
    }

    @Provide
    Arbitrary<String> types() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(8);
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(1)
                .flatMap(first -> word.list().ofMaxSize(4).map(words -> first + words.stream().map(w -> "_" + w)
                        .collect(Collectors.joining())))
                .filter(type -> type.length() <= TokenFormat.MAX_TYPE_LENGTH);
    }

    /** Any well-formed Unicode of up to 200 code points: every plane, no unpaired surrogate. */
    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .list().ofMaxSize(200)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString());
    }

    @Provide
    Arbitrary<String> digitStrings() {
        return Arbitraries.strings().withChars("0123456789 -.()/+").ofMinLength(6).ofMaxLength(40)
                .filter(Ff1Digits::accepts);
    }
}
