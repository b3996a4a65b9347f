package io.contactshield.testkit.kms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KmsTestServerExtensionTest {

    @RegisterExtension
    static final KmsTestServerExtension KMS = new KmsTestServerExtension("ap-southeast-2");

    private static KmsTestServer.Key keptKey;

    @Test
    @Order(1)
    void startsAServerOnLoopbackInTheGivenRegion() {
        assertThat(KMS.endpoint().toString()).startsWith("http://127.0.0.1:");
        assertThat(KMS.region()).isEqualTo("ap-southeast-2");
        assertThat(KMS.server().region()).isEqualTo("ap-southeast-2");

        keptKey = KMS.server().createKey();
        KMS.server().throttleFraction(1);
    }

    @Test
    @Order(2)
    void keepsKeysButClearsFaultsAndCountersBetweenTests() throws Exception {
        assertThat(KMS.server().calls()).isEmpty();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(KMS.endpoint())
                        .header("Content-Type", "application/x-amz-json-1.1")
                        .header("X-Amz-Target", "TrentService.DescribeKey")
                        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20250101/ap-southeast-2/kms/aws4_request")
                        .header("X-Amz-Date", "20250101T000000Z")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"KeyId\":\"" + keptKey.arn() + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(keptKey.arn());
    }
}
