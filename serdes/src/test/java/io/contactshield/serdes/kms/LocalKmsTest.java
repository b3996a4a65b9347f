package io.contactshield.serdes.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.contactshield.serdes.kms.KmsException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LocalKmsTest {

    private static final Map<String, String> CONTEXT = Map.of("tenant", "acme", "purpose", "payload");
    private static final byte[] MASTER_KEY = HexFormat.of().parseHex(
            "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");

    private final LocalKms kms = LocalKms.fromEnvironment("KMS_KEY", env(Base64.getEncoder().encodeToString(MASTER_KEY)));

    @AfterEach
    void close() {
        kms.close();
    }

    @Test
    void generatesAnAes256DataKeyThatDecryptsBackToTheSameKey() {
        try (DataKey dataKey = kms.generateDataKey("alias/tenant-acme", CONTEXT);
             PlaintextKey decrypted = kms.decrypt("alias/tenant-acme", dataKey.encryptedKey(), CONTEXT)) {
            assertThat(dataKey.plaintext().length()).isEqualTo(32);
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
        }
    }

    @Test
    void namesItsKeysLocalColonNameAndAcceptsThatNameBack() {
        try (DataKey dataKey = kms.generateDataKey("alias/tenant-acme", CONTEXT);
             PlaintextKey decrypted = kms.decrypt(dataKey.kmsKeyArn(), dataKey.encryptedKey(), CONTEXT)) {
            assertThat(dataKey.kmsKeyArn()).isEqualTo("local:alias/tenant-acme");
            assertThat(kms.describeKey("alias/tenant-acme")).isEqualTo("local:alias/tenant-acme");
            assertThat(kms.describeKey("local:alias/tenant-acme")).isEqualTo("local:alias/tenant-acme");
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
        }
    }

    @Test
    void writesVersionOneBlobsOf62Bytes() {
        try (DataKey dataKey = kms.generateDataKey("k", CONTEXT)) {
            byte[] blob = dataKey.encryptedKey();

            assertThat(blob).hasSize(62);
            assertThat(blob[0]).isEqualTo((byte) 'L');
            assertThat(blob[1]).isEqualTo((byte) 1);
        }
    }

    @Test
    void theEncryptionContextIsBoundWhateverItsOrder() {
        byte[] blob = encryptedKeyOf("k", CONTEXT);
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("purpose", "payload");
        reordered.put("tenant", "acme");

        kms.decrypt("k", blob, reordered).close();
        assertReason(() -> kms.decrypt("k", blob, Map.of("tenant", "other", "purpose", "payload")), Reason.INVALID_CIPHERTEXT);
        assertReason(() -> kms.decrypt("k", blob, Map.of("tenant", "acme")), Reason.INVALID_CIPHERTEXT);
        assertReason(() -> kms.decrypt("k", blob, Map.of()), Reason.INVALID_CIPHERTEXT);
    }

    @Test
    void theKeyIdIsBoundSoAnotherKeyIdCannotUnwrap() {
        byte[] blob = encryptedKeyOf("alias/tenant-acme", CONTEXT);

        assertReason(() -> kms.decrypt("alias/tenant-other", blob, CONTEXT), Reason.INVALID_CIPHERTEXT);
    }

    @Test
    void everyFlippedBitOfABlobFailsAsInvalidCiphertext() {
        byte[] blob = encryptedKeyOf("k", CONTEXT);

        for (int bit = 0; bit < blob.length * 8; bit++) {
            byte[] tampered = blob.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertReason(() -> kms.decrypt("k", tampered, CONTEXT), Reason.INVALID_CIPHERTEXT);
        }
    }

    @Test
    void truncatedAndEmptyBlobsFailAsInvalidCiphertext() {
        byte[] blob = encryptedKeyOf("k", CONTEXT);

        for (int length = 0; length < blob.length; length++) {
            byte[] truncated = Arrays.copyOf(blob, length);
            assertReason(() -> kms.decrypt("k", truncated, CONTEXT), Reason.INVALID_CIPHERTEXT);
        }
    }

    @Test
    void aBlobOfAnotherMasterKeyFailsAsInvalidCiphertext() {
        byte[] blob = encryptedKeyOf("k", CONTEXT);

        try (LocalKms other = LocalKms.generated()) {
            assertReason(() -> other.decrypt("k", blob, CONTEXT), Reason.INVALID_CIPHERTEXT);
        }
    }

    @Test
    void wrapsAndUnwrapsKeyMaterialForTheKeyring() {
        byte[] tokenKey = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

        byte[] wrapped = kms.encrypt("k", tokenKey, CONTEXT);

        try (PlaintextKey unwrapped = kms.decrypt("k", wrapped, CONTEXT)) {
            assertThat(unwrapped.sameKeyAs(PlaintextKey.copyOf(tokenKey))).isTrue();
        }
    }

    @Test
    void refusesToWrapNothingOrMoreThan4KiB() {
        assertReason(() -> kms.encrypt("k", new byte[0], CONTEXT), Reason.INVALID_REQUEST);
        assertReason(() -> kms.encrypt("k", new byte[4097], CONTEXT), Reason.INVALID_REQUEST);
    }

    @Test
    void decryptingSomethingThatIsNotAnAesKeyIsRefused() {
        byte[] wrapped = kms.encrypt("k", new byte[] {1, 2, 3}, CONTEXT);

        assertReason(() -> kms.decrypt("k", wrapped, CONTEXT), Reason.INVALID_CIPHERTEXT);
    }

    @Test
    void readsA32ByteMasterKeyFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("master.key"), MASTER_KEY);

        assertUnwrapsWithTheSameMasterKey(LocalKms.fromFile(file));
    }

    @Test
    void readsABase64MasterKeyFileWithATrailingNewline(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("master.key"), Base64.getEncoder().encodeToString(MASTER_KEY) + "\n");

        assertUnwrapsWithTheSameMasterKey(LocalKms.create(LocalKmsSettings.fromFile(file)));
    }

    @Test
    void aMasterKeyFileOfAnotherSizeIsRejectedWithoutShowingItsContent(@TempDir Path dir) throws IOException {
        byte[] almost = Arrays.copyOf(MASTER_KEY, 31);
        Path file = Files.write(dir.resolve("master.key"), almost);

        assertThatThrownBy(() -> LocalKms.fromFile(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("31 bytes")
                .hasMessageContaining(file.toString())
                .satisfies(e -> assertShowsNothingOf(e.getMessage(), almost));
    }

    @Test
    void aMissingMasterKeyFileFailsNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.key");

        assertThatThrownBy(() -> LocalKms.fromFile(missing)).hasMessageContaining(missing.toString());
    }

    @Test
    void anUnsetOrInvalidEnvironmentVariableIsRejectedWithoutShowingItsValue() {
        String notAKey = Base64.getEncoder().encodeToString(Arrays.copyOf(MASTER_KEY, 16));

        assertThatThrownBy(() -> LocalKms.fromEnvironment("KMS_KEY", env(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KMS_KEY")
                .hasMessageContaining("not set");
        assertThatThrownBy(() -> LocalKms.fromEnvironment("KMS_KEY", env(notAKey)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KMS_KEY")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(notAKey));
    }

    @Test
    void aGeneratedMasterKeyWorksButIsItsOwn() {
        try (LocalKms generated = LocalKms.create(LocalKmsSettings.generated());
             DataKey dataKey = generated.generateDataKey("k", CONTEXT);
             PlaintextKey decrypted = generated.decrypt("k", dataKey.encryptedKey(), CONTEXT)) {
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
            assertReason(() -> kms.decrypt("k", dataKey.encryptedKey(), CONTEXT), Reason.INVALID_CIPHERTEXT);
        }
    }

    @Test
    void warnsOnceAtConstructionThatItIsNotForProduction() {
        Logger logger = (Logger) LoggerFactory.getLogger(LocalKms.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (LocalKms generated = LocalKms.generated()) {
            generated.generateDataKey("k", CONTEXT).close();
            generated.describeKey("k");
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("NOT FOR PRODUCTION");
        });
    }

    @Test
    void neitherToStringNorFailuresShowKeyMaterial() {
        try (DataKey dataKey = kms.generateDataKey("k", CONTEXT)) {
            KmsException failure = catchKmsException(() -> kms.decrypt("k", dataKey.encryptedKey(), Map.of()));

            for (String shown : new String[] {kms.toString(), dataKey.toString(), failure.toString()}) {
                assertShowsNothingOf(shown, MASTER_KEY);
                assertShowsNothingOf(shown, dataKey.plaintext().getEncoded());
            }
            assertThat(kms.toString()).contains("NOT FOR PRODUCTION");
        }
    }

    @Test
    void closingWipesTheMasterKeyAndEndsItsUse() {
        LocalKms closing = LocalKms.generated();
        closing.close();

        assertThatThrownBy(() -> closing.generateDataKey("k", CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 200)
    void roundTripsUnderAnyKeyNameAndContext(@ForAll @NotBlank String keyName,
                                             @ForAll @Size(max = 5) Map<@NotBlank String, String> context) {
        try (DataKey dataKey = kms.generateDataKey(keyName, context);
             PlaintextKey decrypted = kms.decrypt(keyName, dataKey.encryptedKey(), context)) {
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
        }
    }

    private byte[] encryptedKeyOf(String keyId, Map<String, String> context) {
        try (DataKey dataKey = kms.generateDataKey(keyId, context)) {
            return dataKey.encryptedKey();
        }
    }

    private void assertUnwrapsWithTheSameMasterKey(LocalKms loaded) {
        try (loaded; DataKey dataKey = kms.generateDataKey("k", CONTEXT);
             PlaintextKey decrypted = loaded.decrypt("k", dataKey.encryptedKey(), CONTEXT)) {
            assertThat(decrypted.sameKeyAs(dataKey.plaintext())).isTrue();
        }
    }

    private static java.util.function.Function<String, String> env(String value) {
        return name -> name.equals("KMS_KEY") ? value : null;
    }

    private static void assertShowsNothingOf(String shown, byte[] secret) {
        assertThat(shown)
                .doesNotContain(Base64.getEncoder().encodeToString(secret))
                .doesNotContain(HexFormat.of().formatHex(secret))
                .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
    }

    private static KmsException catchKmsException(Runnable call) {
        try {
            call.run();
        } catch (KmsException e) {
            return e;
        }
        throw new AssertionError("Expected a KmsException");
    }

    private static void assertReason(Runnable call, Reason reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KmsException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
