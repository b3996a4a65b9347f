package io.contactshield.benchmarks;

import io.contactshield.schemas.Agent;
import io.contactshield.schemas.Channel;
import io.contactshield.schemas.ContactEvent;
import io.contactshield.schemas.CustomerEndpoint;
import io.contactshield.schemas.TranscriptSegment;
import io.contactshield.serdes.avro.GeneratedTypeTrust;
import io.contactshield.topology.classify.ClassifierSettings;
import io.contactshield.topology.classify.Detection;
import io.contactshield.topology.classify.Finding;
import io.contactshield.topology.classify.RecordClassifier;
import io.contactshield.topology.classify.TextClassifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Classification throughput: free text (MB/s = ops/s x the block size printed at setup) and a
 * typical contact record (records/s), with every built-in detector and default settings.
 *
 * <p>The text is invented contact-centre prose: about one line in three carries personal data (a
 * phone number, a card, an e-mail, an IBAN, a name), the rest is the order numbers, dates, amounts
 * and small talk that detectors must pass over.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClassificationBenchmark {

    private static final String[] LINES = {
        "Hi, I'm calling about my last invoice, it looks higher than usual.",
        "Customer: my name is Jane Roe and my number is (415) 555-0132.",
        "Agent: thanks, I can see order ORD-2024-884213 was shipped on 12/03/2024 at 14:05.",
        "Please charge the card ending 4111 1111 1111 1111, expiry 09/27.",
        "The parcel tracking number is 1Z999AA10123456784, expected Friday.",
        "You can reach me at jane.roe+billing@example.com after 5pm.",
        "Refund of $1,234.56 approved, reference 7781-2231-0098, case 00042817.",
        "Bank details: IBAN GB82 WEST 1234 5698 7654 32, account holder J. Roe.",
        "Agent notes: customer upset about the delay, offered 10% discount on version 2.4.1.",
        "I live at 42 Baker Street, London NW1 6XE, please update the address.",
        "No worries, have a great day and thanks for calling!",
        "Caller verified with last four of SSN, callback requested tomorrow morning.",
    };

    private TextClassifier classifier;
    private RecordClassifier records;
    private String block;
    private ContactEvent contact;

    @Setup
    public void setUp() {
        GeneratedTypeTrust.install();
        classifier = TextClassifier.create(ClassifierSettings.defaults());
        records = new RecordClassifier(classifier, false);
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 64 * 1024; i++) {
            text.append(LINES[i % LINES.length]).append('\n');
        }
        block = text.toString();
        contact = typicalContact();
        List<Detection> inBlock = classifier.classify(block);
        List<Finding> inRecord = records.classify(contact);
        System.out.printf("%n# text block: %d bytes UTF-8, %d findings; contact record: %d findings%n",
                block.getBytes(StandardCharsets.UTF_8).length, inBlock.size(), inRecord.size());
    }

    /** One 64 KiB block of free text per operation: MB/s = ops/s x 65,536 / 1,000,000 (about). */
    @Benchmark
    public List<Detection> classifyTextBlock() {
        return classifier.classify(block);
    }

    /** One contact record per operation, with its annotated and free-form fields. */
    @Benchmark
    public List<Finding> classifyContactRecord() {
        return records.classify(contact);
    }

    static ContactEvent typicalContact() {
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        List<TranscriptSegment> transcript = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            transcript.add(TranscriptSegment.newBuilder().setId("t" + i)
                    .setParticipantRole(i % 2 == 0 ? "CUSTOMER" : "AGENT")
                    .setContent(LINES[i % LINES.length]).setAbsoluteTime(at.plusSeconds(i * 9L)).build());
        }
        return ContactEvent.newBuilder()
                .setEventId("e7e70000-0000-4000-0000-000000000001").setTenantId("acme")
                .setEventTime(at.plusSeconds(240)).setContactId("5eed0000-0000-4000-0000-000000000001")
                .setChannel(Channel.CHAT).setInitiationMethod("INBOUND")
                .setInstanceArn("arn:aws:connect:eu-west-1:111122223333:instance/0000-demo")
                .setCustomerEndpoint(CustomerEndpoint.newBuilder().setAddress("+14155550132")
                        .setType("TELEPHONE_NUMBER").build())
                .setCustomerName("Jane Roe")
                .setAgent(Agent.newBuilder().setUsername("agent7").build())
                .setAgentNotes("Verified caller. Card on file 4111 1111 1111 1111, call back on (415) 555-0132.")
                .setAttributes(Map.of("iban", "GB82WEST12345698765432", "intent", "billing",
                        "order", "ORD-2024-884213"))
                .setTranscript(transcript)
                .build();
    }
}
