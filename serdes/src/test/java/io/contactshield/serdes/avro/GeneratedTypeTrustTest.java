package io.contactshield.serdes.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import java.io.File;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

/** The serde build runs without org.apache.avro.SERIALIZABLE_PACKAGES, so these see the real default. */
class GeneratedTypeTrustTest {

    @Test
    void generatedRecordsAndEnumsAreTrustedOnceTheSerdeIsLoaded() {
        new AvroDeserializer<>().close();

        ClassSecurityValidator.validate(ContactEvent.class);
        ClassSecurityValidator.validate(Channel.class);
    }

    @Test
    void anyOtherClassIsStillRefused() {
        new AvroSerializer<>().close();

        assertThatThrownBy(() -> ClassSecurityValidator.validate(File.class))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> ClassSecurityValidator.validate(ProcessBuilder.class))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void recognisesOnlyGeneratedTypes() {
        assertThat(GeneratedTypeTrust.isGenerated(ContactEvent.class)).isTrue();
        assertThat(GeneratedTypeTrust.isGenerated(Channel.class)).isTrue();
        assertThat(GeneratedTypeTrust.isGenerated(Thread.State.class)).isFalse();
        assertThat(GeneratedTypeTrust.isGenerated(String.class)).isFalse();
    }
}
