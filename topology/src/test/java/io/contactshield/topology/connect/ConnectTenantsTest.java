package io.contactshield.topology.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectTenantsTest {

    private static final String ACCOUNT = "123456789012";
    private static final String OTHER_ACCOUNT = "210987654321";
    private static final String INSTANCE = "arn:aws:connect:us-east-1:" + ACCOUNT
            + ":instance/9f3e1c2a-5b7d-4e8f-a1b2-c3d4e5f60718";
    private static final String SIBLING = "arn:aws:connect:us-east-1:" + ACCOUNT
            + ":instance/00000000-1111-2222-3333-444444444444";

    private final ConnectTenants tenants = new ConnectTenants(Map.of(
            INSTANCE, "acme-support",
            ACCOUNT, "acme",
            OTHER_ACCOUNT, "globex"));

    @Test
    void anExactInstanceArnWins() {
        assertThat(tenants.tenantOf(INSTANCE, ACCOUNT)).contains("acme-support");
        assertThat(tenants.tenantOf(INSTANCE, OTHER_ACCOUNT)).contains("acme-support");
    }

    @Test
    void anotherInstanceFallsBackToTheAccountInItsArn() {
        assertThat(tenants.tenantOf(SIBLING, null)).contains("acme");
        assertThat(tenants.tenantOf(SIBLING, OTHER_ACCOUNT)).contains("acme");
    }

    @Test
    void withoutARoutedArnTheAwsAccountIdRoutes() {
        assertThat(tenants.tenantOf(null, OTHER_ACCOUNT)).contains("globex");
        assertThat(tenants.tenantOf("not an arn", OTHER_ACCOUNT)).contains("globex");
        assertThat(tenants.tenantOf("arn:aws:connect:us-east-1:999999999999:instance/x", OTHER_ACCOUNT))
                .contains("globex");
    }

    @Test
    void nothingRoutedIsEmpty() {
        assertThat(tenants.tenantOf(null, null)).isEmpty();
        assertThat(tenants.tenantOf("arn:aws:connect:us-east-1:999999999999:instance/x", "999999999999")).isEmpty();
        assertThat(new ConnectTenants(Map.of()).tenantOf(INSTANCE, ACCOUNT)).isEmpty();
    }

    @Test
    void eachArgumentIsLookedUpOnlyAsWhatItClaimsToBe() {
        assertThat(tenants.tenantOf(ACCOUNT, null)).isEmpty();
        assertThat(tenants.tenantOf(null, INSTANCE)).isEmpty();
    }

    @Test
    void otherPartitionsAndRegionsAreInstanceArns() {
        ConnectTenants partitions = new ConnectTenants(Map.of(
                "arn:aws-us-gov:connect:us-gov-west-1:111111111111:instance/abc-123", "gov",
                "arn:aws-cn:connect:cn-north-1:222222222222:instance/def-456", "cn",
                "arn:aws:connect:ap-southeast-2:333333333333:instance/ghi-789", "au"));

        assertThat(partitions.tenantOf("arn:aws-us-gov:connect:us-gov-west-1:111111111111:instance/abc-123", null))
                .contains("gov");
        assertThat(partitions.tenantOf("arn:aws-cn:connect:cn-north-1:222222222222:instance/def-456", null))
                .contains("cn");
        assertThat(partitions.tenantOf("arn:aws:connect:ap-southeast-2:333333333333:instance/ghi-789", null))
                .contains("au");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "12345678901", "1234567890123", "12345678901a", " 123456789012",
        "arn:aws:connect:us-east-1:123456789012:instance/",
        "arn:aws:connect:us-east-1:12345678901:instance/abc",
        "arn:aws:connect:us-east-1:123456789012:queue/abc",
        "arn:aws:connect:us-east-1:123456789012:instance/abc/queue/def",
        "arn:aws:kms:us-east-1:123456789012:key/abc",
        "arn:aws:connect::123456789012:instance/abc",
        "ARN:AWS:CONNECT:US-EAST-1:123456789012:INSTANCE/ABC",
        "acme"})
    void aKeyThatIsNeitherAnInstanceArnNorAnAccountIsRefusedByName(String key) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConnectTenants(Map.of(key, "tenant")))
                .withMessageContaining("'" + key + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", " acme", "acme\n"})
    void aBlankOrPaddedTenantIdIsRefusedNamingItsKey(String tenant) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConnectTenants(Map.of(ACCOUNT, tenant)))
                .withMessageContaining("'" + ACCOUNT + "'");
    }

    @Test
    void nullKeysValuesAndMapsAreRefused() {
        Map<String, String> nullKey = new HashMap<>();
        nullKey.put(null, "acme");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put(ACCOUNT, null);

        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectTenants(nullKey))
                .withMessageContaining("null key");
        assertThatIllegalArgumentException().isThrownBy(() -> new ConnectTenants(nullValue))
                .withMessageContaining(ACCOUNT);
        assertThatNullPointerException().isThrownBy(() -> new ConnectTenants(null));
    }

    @Test
    void theRoutesAreCopied() {
        Map<String, String> routes = new HashMap<>(Map.of(ACCOUNT, "acme"));
        ConnectTenants copied = new ConnectTenants(routes);
        routes.put(ACCOUNT, "changed");

        assertThat(copied.tenantOf(null, ACCOUNT)).contains("acme");
    }
}
