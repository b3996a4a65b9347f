package io.contactshield.topology.classify;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the built-in classifier over the labelled contact-centre set, printed as a
 * table. The floors sit a little below the figures measured when they were set
 * (docs/classification-evaluation.md), so a regression fails the build while the goal of 0.97 is
 * reported rather than asserted.
 */
class EvaluationTest {

    private static final Set<String> ALL_TYPES = Set.of(
        EntityTypes.EMAIL, EntityTypes.PHONE_NUMBER, EntityTypes.CREDIT_CARD, EntityTypes.US_SSN,
        EntityTypes.IBAN, EntityTypes.IP_ADDRESS, EntityTypes.URL_CREDENTIALS, EntityTypes.AWS_ACCESS_KEY,
        EntityTypes.PERSON_NAME, EntityTypes.ADDRESS);

    // Exact-span floors {precision, recall}, about one miss below what was measured (see
    // docs/classification-evaluation.md).
    private static final Map<String, double[]> FLOORS = Map.of(
        EntityTypes.EMAIL, new double[] {0.96, 0.96},
        EntityTypes.PHONE_NUMBER, new double[] {0.98, 0.98},
        EntityTypes.CREDIT_CARD, new double[] {0.94, 0.94},
        EntityTypes.US_SSN, new double[] {0.92, 0.84},
        EntityTypes.IBAN, new double[] {0.94, 0.94},
        EntityTypes.IP_ADDRESS, new double[] {0.95, 0.95},
        EntityTypes.URL_CREDENTIALS, new double[] {0.87, 0.87},
        EntityTypes.AWS_ACCESS_KEY, new double[] {0.85, 0.85},
        EntityTypes.PERSON_NAME, new double[] {0.95, 0.93},
        EntityTypes.ADDRESS, new double[] {0.9, 0.9});

    private static List<Evaluation.Example> examples;
    private static Evaluation.Report report;
    // The blind sets, each written without reading the detectors or the earlier sets: their figures
    // are printed for an honest measure, never asserted against a floor. Once read to improve the
    // detectors a set is spent (docs/classification-evaluation.md says which are).
    private static final List<String> BLIND_SETS = Evaluation.BLIND_SETS;
    private static final Map<String, List<Evaluation.Example>> blindExamples = new java.util.LinkedHashMap<>();
    private static final Map<String, Evaluation.Report> blindReports = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void evaluate() {
        examples = Evaluation.load();
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        report = Evaluation.evaluate(classifier::classify, examples);
        System.out.println(report.table());
        report.exactMisses().forEach(System.out::println);
        for (String resource : BLIND_SETS) {
            List<Evaluation.Example> blind = Evaluation.load(resource);
            Evaluation.Report blindReport = Evaluation.evaluate(classifier::classify, blind);
            blindExamples.put(resource, blind);
            blindReports.put(resource, blindReport);
            System.out.println("Blind set (" + resource + ")");
            System.out.println(blindReport.table());
            String tag = resource.substring(resource.lastIndexOf('-') + 1).replace(".jsonl", "").toUpperCase(java.util.Locale.ROOT);
            blindReport.exactMisses().forEach(miss -> System.out.println(tag + " " + miss));
        }
    }

    static List<String> blindSets() {
        return BLIND_SETS;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("blindSets")
    void blindSetHasAtLeastTwoHundredFiftyLinesAllScored(String resource) {
        assertThat(blindExamples.get(resource)).hasSizeGreaterThanOrEqualTo(250);
        assertThat(blindReports.get(resource).linesScored()).isEqualTo(blindExamples.get(resource).size());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("blindSets")
    void blindSetHasAtLeastThreeLabelsPerType(String resource) {
        // Every type is measured on each set. Three, not five: blind set 9 came with four URL
        // credentials and blind set 363 with three, and a set is taken as its writer wrote it (the
        // table prints the counts).
        assertThat(ALL_TYPES).allSatisfy(type ->
            assertThat(blindReports.get(resource).exact().get(type).labelled()).as(type).isGreaterThanOrEqualTo(3));
    }

    @Test
    void setHasAtLeastThreeHundredLines() {
        assertThat(examples).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void everyLineIsScored() {
        assertThat(report.linesScored()).isEqualTo(examples.size());
    }

    @Test
    void everyTypeHasLabelledExamples() {
        assertThat(ALL_TYPES).allSatisfy(type ->
            assertThat(report.exact().get(type).labelled()).as(type).isGreaterThanOrEqualTo(5));
    }

    @Test
    void setHasLinesWithoutAnyPersonalData() {
        assertThat(examples.stream().filter(e -> e.entities().isEmpty()).count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void precisionStaysAboveTheRecordedFloor() {
        assertThat(FLOORS).allSatisfy((type, floor) ->
            assertThat(report.exact().get(type).precision()).as(type).isGreaterThanOrEqualTo(floor[0]));
    }

    @Test
    void recallStaysAboveTheRecordedFloor() {
        assertThat(FLOORS).allSatisfy((type, floor) ->
            assertThat(report.exact().get(type).recall()).as(type).isGreaterThanOrEqualTo(floor[1]));
    }
}
