package io.contactshield.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddedDemoIT {

    @Test
    void everyEventComesBackIntactThroughTheRealBroker() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        boolean ok = EmbeddedDemo.run(200, new PrintStream(report, true, StandardCharsets.UTF_8));

        String text = report.toString(StandardCharsets.UTF_8);
        assertThat(ok).as(text).isTrue();
        assertThat(text)
                .contains("produced   200 ContactEvent records to contacts.raw")
                .contains("consumed   200 records (200 expected), 0 not matching")
                .contains("result     OK");
    }

    @Test
    void reportHoldsNoPersonalData() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();

        EmbeddedDemo.run(20, new PrintStream(report, true, StandardCharsets.UTF_8));

        String text = report.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("4111", "@example.com", "Jane Roe", "GB82", "+1415555");
    }
}
