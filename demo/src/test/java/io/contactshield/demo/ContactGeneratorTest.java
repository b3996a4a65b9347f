package io.contactshield.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contactshield.demo.ContactGenerator.AvroEvent;
import io.contactshield.demo.ContactGenerator.ConnectRecord;
import io.contactshield.demo.ContactGenerator.Input;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ContactGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void sameSeedGivesTheSameRecordsAndPlantedValues() {
        ContactGenerator a = new ContactGenerator(DemoTenant.first(3), 1);
        ContactGenerator b = new ContactGenerator(DemoTenant.first(3), 1);
        List<Input> first = a.generate(200);
        List<Input> second = b.generate(200);
        assertThat(first).hasSize(200);
        assertThat(first.stream().map(Input::key).toList()).isEqualTo(second.stream().map(Input::key).toList());
        assertThat(a.planted()).isEqualTo(b.planted());
    }

    @Test
    void mixesAvroEventsConnectRecordsAndMalformedOnes() {
        List<Input> inputs = new ContactGenerator(DemoTenant.first(3), 2).generate(2000);
        long connect = inputs.stream().filter(i -> i instanceof ConnectRecord).count();
        assertThat(connect).isEqualTo(ContactGenerator.connectCount(2000));
        long distinctConnect = inputs.stream().filter(i -> i instanceof ConnectRecord)
                .map(i -> ((ConnectRecord) i).json()).distinct().count();
        assertThat(distinctConnect).as("one exact repeat").isEqualTo(connect - 1);
        assertThat(inputs.stream().filter(i -> i instanceof AvroEvent e
                && ContactGenerator.UNKNOWN_TENANT.equals(e.event().getTenantId()))).isNotEmpty();
        assertThat(inputs.stream().filter(i -> i instanceof AvroEvent).map(i -> ((AvroEvent) i).event().getTenantId())
                .distinct()).contains("acme", "globex", "initech");
    }

    @Test
    void theRepeatComesAfterItsOriginal() {
        List<Input> inputs = new ContactGenerator(DemoTenant.first(2), 3).generate(100);
        List<String> connect = inputs.stream().filter(i -> i instanceof ConnectRecord)
                .map(i -> ((ConnectRecord) i).json()).toList();
        String repeated = connect.stream().filter(j -> connect.indexOf(j) != connect.lastIndexOf(j)).findFirst()
                .orElseThrow();
        assertThat(connect.lastIndexOf(repeated)).isGreaterThan(connect.indexOf(repeated));
    }

    @Test
    void connectRecordsFollowTheContactRecordDataModel() throws Exception {
        List<DemoTenant> tenants = DemoTenant.first(2);
        for (Input input : new ContactGenerator(tenants, 4).generate(100)) {
            if (!(input instanceof ConnectRecord record)) {
                continue;
            }
            JsonNode ctr = JSON.readTree(record.json());
            assertThat(ctr.path("ContactId").asText()).isEqualTo(record.key());
            assertThat(ctr.path("Channel").asText()).isEqualTo("VOICE");
            assertThat(ctr.path("InitiationMethod").asText()).isEqualTo("INBOUND");
            assertThat(tenants.stream().map(DemoTenant::instanceArn)).contains(ctr.path("InstanceARN").asText());
            assertThat(ctr.path("InstanceARN").asText()).contains(":" + ctr.path("AWSAccountId").asText() + ":");
            assertThat(ctr.path("CustomerEndpoint").path("Address").asText()).startsWith("+");
            assertThat(ctr.path("CustomerEndpoint").path("Type").asText()).isEqualTo("TELEPHONE_NUMBER");
            for (String field : List.of("InitiationTimestamp", "DisconnectTimestamp", "LastUpdateTimestamp",
                    "ConnectedToSystemTimestamp")) {
                java.time.Instant.parse(ctr.path(field).asText());
            }
            assertThat(ctr.path("Agent").path("Username").asText()).isNotEmpty();
            assertThat(ctr.path("Queue").path("Name").asText()).isNotEmpty();
            assertThat(ctr.path("Attributes").size()).isPositive();
            assertThat(ctr.path("SystemEndpoint").path("Address").asText()).isNotEmpty();
        }
    }

    @Test
    void plantedIbansHaveValidCheckDigits() {
        ContactGenerator generator = new ContactGenerator(DemoTenant.first(3), 5);
        generator.generate(300);
        Pattern iban = Pattern.compile("^(GB|DE)\\d\\d[A-Z0-9 ]+$");
        long checked = 0;
        for (String value : generator.planted()) {
            Matcher m = iban.matcher(value);
            if (m.matches()) {
                String compact = value.replace(" ", "");
                String rearranged = compact.substring(4) + compact.substring(0, 4);
                StringBuilder digits = new StringBuilder();
                for (char c : rearranged.toCharArray()) {
                    digits.append(Character.isLetter(c) ? Integer.toString(c - 'A' + 10) : Character.toString(c));
                }
                assertThat(new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue()).as(value).isEqualTo(1);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void refusesTooFewEventsAndTenants() {
        assertThatThrownBy(() -> new ContactGenerator(DemoTenant.first(1), 1).generate(ContactGenerator.MIN_EVENTS - 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoTenant.first(DemoTenant.MAX + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
