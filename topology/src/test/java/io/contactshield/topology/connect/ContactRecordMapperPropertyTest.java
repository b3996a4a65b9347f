package io.contactshield.topology.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the bytes, the mapper answers with a contact record or a ContactRecordException, never
 * with anything else, and a failure never quotes the input.
 */
class ContactRecordMapperPropertyTest {

    private static final ContactRecordMapper MAPPER = CtrFixtures.mapper();
    private static final byte[] VOICE = CtrFixtures.bytes(CtrFixtures.voice());
    private static final byte[] CHAT = CtrFixtures.bytes(CtrFixtures.chat());

    /** JSON-ish fragments, so that generated inputs get past the first byte of the parser. */
    private static final List<String> TOKENS = List.of(
            "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\ud800", "null", "true", "1", "-0.5e7", "1e999999999",
            "\"ContactId\"", "\"c-1\"", "\"AWSAccountId\"", "\"210987654321\"", "\"LastUpdateTimestamp\"",
            "\"2019-08-22T00:07:32Z\"", "\"Agent\"", "\"HierarchyGroups\"", "\"Level1\"", "\"Attributes\"",
            "\"Recordings\"", "\"References\"", "\"Queue\"", "\"Duration\"", "\"ContactDetails\"", " ", "\n",
            "\uFEFF", "é", "\uD83D\uDE00", ContactRecordMapperErrorTest.SECRET);

    @Property(tries = 500)
    void anyBytesMapOrFailWithAContactRecordException(@ForAll("inputs") byte[] input) {
        try {
            ContactRecord record = MAPPER.map(input);
            assertThat(record.event().getTenantId()).isNotBlank();
            assertThat(record.event().getContactId()).isNotBlank();
        } catch (ContactRecordException e) {
            assertThat(e.reason()).isNotNull();
            ContactRecordMapperErrorTest.assertHoldsNoInput(e, ContactRecordMapperErrorTest.SECRET);
        }
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
        Arbitrary<byte[]> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(60)
                .map(list -> String.join("", list).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> mutatedRecords = Combinators.combine(
                        Arbitraries.of(VOICE, CHAT),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.bytes().list().ofMinSize(4).ofMaxSize(4),
                        Arbitraries.integers().between(0, 2))
                .as((record, positions, values, kind) -> mutate(record, positions, values, kind));
        return Arbitraries.oneOf(randomBytes, tokens, mutatedRecords);
    }

    /** A real record with a few bytes replaced (kind 0), cut short (1), or with the secret spliced in (2). */
    private static byte[] mutate(byte[] record, List<Integer> positions, List<Byte> values, int kind) {
        int at = positions.get(0) % record.length;
        switch (kind) {
            case 0 -> {
                byte[] copy = record.clone();
                for (int i = 0; i < positions.size(); i++) {
                    copy[positions.get(i) % copy.length] = values.get(i);
                }
                return copy;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(record, at);
            }
            default -> {
                byte[] secret = ContactRecordMapperErrorTest.SECRET.getBytes(StandardCharsets.UTF_8);
                byte[] spliced = new byte[record.length + secret.length];
                System.arraycopy(record, 0, spliced, 0, at);
                System.arraycopy(secret, 0, spliced, at, secret.length);
                System.arraycopy(record, at, spliced, at + secret.length, record.length - at);
                return spliced;
            }
        }
    }
}
