package io.contactshield.serdes.kms;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link LocalKms} gets its master key: exactly one of a file, an environment variable, or
 * a fresh random key for the demo.
 *
 * @param masterKeyFile a file holding 32 raw bytes, or their base64
 * @param masterKeyEnvironmentVariable the name (never the value) of an environment variable holding
 *     the key in base64
 * @param generateMasterKey a random key that lives as long as the {@link LocalKms}: whatever it
 *     wrapped cannot be unwrapped after a restart
 */
public record LocalKmsSettings(Optional<Path> masterKeyFile, Optional<String> masterKeyEnvironmentVariable,
                               boolean generateMasterKey) {

    public LocalKmsSettings {
        Objects.requireNonNull(masterKeyFile, "masterKeyFile");
        Objects.requireNonNull(masterKeyEnvironmentVariable, "masterKeyEnvironmentVariable");
        int sources = (masterKeyFile.isPresent() ? 1 : 0) + (masterKeyEnvironmentVariable.isPresent() ? 1 : 0)
                + (generateMasterKey ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("The local KMS needs exactly one master key source (a file, an"
                    + " environment variable, or a generated key), not " + sources);
        }
        if (masterKeyEnvironmentVariable.isPresent() && masterKeyEnvironmentVariable.get().isBlank()) {
            throw new IllegalArgumentException("The master key's environment variable name must not be blank");
        }
    }

    public static LocalKmsSettings fromFile(Path file) {
        return new LocalKmsSettings(Optional.of(file), Optional.empty(), false);
    }

    public static LocalKmsSettings fromEnvironment(String variable) {
        return new LocalKmsSettings(Optional.empty(), Optional.of(variable), false);
    }

    public static LocalKmsSettings generated() {
        return new LocalKmsSettings(Optional.empty(), Optional.empty(), true);
    }
}
