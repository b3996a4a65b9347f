package io.contactshield.serdes.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SchemaRegistryClientConfigTest {
    private static final String URL = SchemaRegistryClientConfig.SCHEMA_REGISTRY_URL_CONFIG;

    @Test
    void defaultsAreConfluentLike() {
        SchemaRegistryClientConfig config = new SchemaRegistryClientConfig(Map.of(URL, "http://registry:8081"));

        assertThat(config.getString(SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG)).isEqualTo("URL");
        assertThat(config.getInt(SchemaRegistryClientConfig.CACHE_CAPACITY_CONFIG)).isEqualTo(1000);
        assertThat(config.getInt(SchemaRegistryClientConfig.MAX_ATTEMPTS_CONFIG)).isEqualTo(5);
    }

    @Test
    void commaSeparatedUrlsBecomeBaseUrlsWithoutTrailingSlash() {
        RestSettings settings = SchemaRegistryClients.restSettings(new SchemaRegistryClientConfig(Map.of(URL,
                "http://a:8081/, https://b:8443/apis/ccompat/v7/")), null);

        assertThat(settings.baseUrls()).extracting(BaseUrls.BaseUrl::base)
                .containsExactly("http://a:8081", "https://b:8443/apis/ccompat/v7");
    }

    @Test
    void aSchemaRegistryPrefixedKeyOverridesThePlainOne() {
        SchemaRegistryClientConfig config = new SchemaRegistryClientConfig(Map.of(
                URL, "http://registry:8081",
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "plain:one",
                "schema.registry.basic.auth.user.info", "prefixed:two"));

        assertThat(SchemaRegistryClients.restSettings(config, null).basicUserInfo()).isEqualTo("prefixed:two");
    }

    @Test
    void basicAndBearerCredentialsTogetherAreRefused() {
        assertThatThrownBy(() -> new SchemaRegistryClientConfig(Map.of(
                        URL, "http://u:p@registry:8081",
                        SchemaRegistryClientConfig.BEARER_AUTH_TOKEN_CONFIG, "token")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("one way to authenticate");
    }

    @Test
    void userInfoSourceWithoutUserInfoIsRefused() {
        assertThatThrownBy(() -> new SchemaRegistryClientConfig(Map.of(
                        URL, "http://registry:8081",
                        SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "USER_INFO")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.user.info");
    }

    @Test
    void unsupportedCredentialSourcesAreRefused() {
        assertThatThrownBy(() -> new SchemaRegistryClientConfig(Map.of(
                        URL, "http://registry:8081",
                        SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "SASL_INHERIT")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void anInvalidUrlIsReportedWithoutItsPassword() {
        assertThatThrownBy(() -> new SchemaRegistryClientConfig(Map.of(URL, "ftp://admin:Hunter2@registry:21")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ftp://***@registry:21")
                .hasMessageNotContaining("Hunter2");
    }

    @Test
    void aMissingUrlIsReportedWhenAClientIsBuilt() {
        assertThatThrownBy(() -> SchemaRegistryClients.create(Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(URL);
    }

    @Test
    void aMockUrlMustBeTheOnlyOne() {
        assertThatThrownBy(() -> new SchemaRegistryClientConfig(Map.of(URL, "mock://a,http://registry:8081")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mock://");
    }

    @Test
    void settingsNeverPrintCredentials() {
        RestSettings basic = SchemaRegistryClients.restSettings(new SchemaRegistryClientConfig(Map.of(
                URL, "http://registry:8081",
                SchemaRegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE_CONFIG, "USER_INFO",
                SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG, "alice:Wonderland1")), null);
        RestSettings url = SchemaRegistryClients.restSettings(new SchemaRegistryClientConfig(Map.of(
                URL, "http://bob:Builder2@registry:8081")), null);
        RestSettings bearer = SchemaRegistryClients.restSettings(new SchemaRegistryClientConfig(Map.of(
                URL, "http://registry:8081",
                SchemaRegistryClientConfig.BEARER_AUTH_TOKEN_CONFIG, "Token3")), null);

        assertThat(basic.toString()).doesNotContain("Wonderland1").contains("basic");
        assertThat(url.toString()).doesNotContain("Builder2").contains("registry:8081");
        assertThat(bearer.toString()).doesNotContain("Token3").contains("bearer");
    }

    @Test
    void configDocumentsEveryKey() {
        assertThat(SchemaRegistryClientConfig.configDef().configKeys().values())
                .allSatisfy(key -> assertThat(key.documentation).isNotBlank());
    }
}
