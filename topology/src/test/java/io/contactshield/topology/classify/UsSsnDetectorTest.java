package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnDetectorTest {

    private final UsSsnDetector detector = new UsSsnDetector();

    private List<String> found(String text) {
        return detector.detect(text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }

    @Test
    void aFieldsCommaIsNoNumbersSeparator() {
        assertThat(found("BP-0060131,Samuel Fairbairn,298-13-1551,DE,DEFERRED")).containsExactly("298-13-1551");
        assertThat(found("total 1,298-13-1551")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-6789", "123 45 6789", "001-01-0001", "899-99-9999", "665-12-3456",
        // Dashes spaced, as forms and OCR write them; en dashes, as word processors do.
        "127 - 93 - 5504", "823\u201350\u20132907"})
    void findsDashedAndSpacedNumbers(String ssn) {
        assertThat(found("it's " + ssn + ".")).containsExactly(ssn);
    }

    @Test
    void findsDashedNumbersBetweenTheCommasOfARow() {
        assertThat(found("Chris Alvarez,385-07-2614,1991-02-11,CHI\nHannah Brooks,761-22-4938,1988-10-30,NYC"))
                .containsExactly("385-07-2614", "761-22-4938");
        // A dot and a digit after still continue a longer number.
        assertThat(found("ref 385-07-2614.5")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127 - 93 5504", "127 - 93-5504", "127 -93 - 5504", "823\u201350-2907"})
    void leavesSpacedDashesUsedInconsistentlyAlone(String text) {
        assertThat(found("SSN " + text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSN: 123456789", "my social security number is 123456789", "ssn#123456789", "SS no 123456789"})
    void findsNineBareDigitsAfterAnSsnCue(String text) {
        assertThat(found(text)).containsExactly("123456789");
    }

    @Test
    void findsNineBareDigitsThatAnX12QualifierNamesAnSsn() {
        assertThat(found("NM1*IL*1*PELLETIER*JOSEE****34*540861132~ N4*Barre*VT*05641~")).containsExactly("540861132");
        // Qualifier 34 of another segment's element is no SSN's.
        assertThat(found("~NM1*IL*1*X~ HL*1**34*540861132~")).isEmpty();
        // A REF segment's qualifier SY.
        assertThat(found("N4*EL PASO*TX*79912~DMG*D8*19620314*F~REF*SY*523417709~")).containsExactly("523417709");
        assertThat(found("REF*EJ*523417709~")).isEmpty();
    }

    @Test
    void findsNineBareDigitsInThePatientSsnFieldOfAnHl7PidSegment() {
        String pid = "PID|1||E1029384^^^DSH^MR||HERNANDEZ^MARIA||19850202|F|||3518 CALLE CUERVO^EL PASO^TX^79936||"
                + "915-555-0172|||S||7720455|634271185||||||||||N";
        assertThat(found(pid)).containsExactly("634271185");
        // The same digits one field earlier (PID-18, the account number) are none.
        assertThat(found(pid.replace("7720455|634271185", "634271185|7720455"))).isEmpty();
        assertThat(found("PV1|1|O|||||||||||||||||634271185|")).isEmpty();
        // The insured's (IN2-2) and the guarantor's (GT1-12) fields too.
        assertThat(found("IN1|1|PPO01|60054|AETNA\nIN2|1|170779442|||||||||")).containsExactly("170779442");
        assertThat(found("GT1|1||DOE^JANE||123 MAIN ST^^AUSTIN^TX^78701|512-555-0100||19800101|F||SE|523417709|")).containsExactly("523417709");
        assertThat(found("IN2|170779442|1|||||||||")).isEmpty();
    }

    @Test
    void ignoresNineBareDigitsWithoutAnSsnCue() {
        assertThat(found("account 123456789")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Payroll export row: Lloyd Bell;439759566;4418 Oak Street, Apt 3, Columbus, OH 43214;614-555-0110",
        "EMPLOYEE|E-661203|OKONKWO, CHIDI|439759566|4501 RIVER OAKS DR, HOUSTON, TX 77019|BW|ACTIVE",
        "RC-2025-00421,KMC-US-002218841,\"Ruiz, Hector\",439759566,89.99,FUEL,2025-03-03",
        "APP-20951,Priya,Raghunathan,439759566,1991-06-04,6145550100,412,APPROVED",
        "0073341208|100456700098812204|Thomas M. Nguyen|439759566|771-0041177|DELQ_60",
        // A surname and a given name in the two cells after it, as a payroll file writes them.
        "EMPLOYEE|439759566|BRANNIGAN|KYLE|J|1987-04-09|2025-02-17|ROOFER"})
    void findsNineBareDigitsBesideAPersonsNameInAHeaderlessRow(String row) {
        assertThat(found(row)).containsExactly("439759566");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Not after the name, or not a name before (a status, a product, a place).
        "439759566;Lloyd Bell;4418 Oak Street;614-555-0110",
        "TKT-448102,Direct Deposit,439759566,OUTAGE,P2",
        "TKT-448102,New York,439759566,OUTAGE,P2",
        "ACCT|DD CHANGE|439759566|PENDING",
        "SKU|439759566|HAMMER|CLAW|16OZ|IN STOCK",
        // Polish customer files: nine digits beside a name are a phone number there.
        "FV/2025/03/118842;Grzegorz W\u00f3jcik;601284739;89,99;2025-03-24",
        "FV/2025/03/118843;Halina D\u0105browska;601284739;2025-03-24",
        // Two cells are no row; a sentence is no name.
        "Lloyd Bell;439759566",
        "we spoke with Lloyd Bell,439759566,about it"})
    void leavesNineBareDigitsAloneWhereNoNameStandsRightBeforeThemInARow(String row) {
        assertThat(found(row)).isEmpty();
    }

    @Test
    void readsNoSsnBesideANameInARowThatHoldsOneWithDashes() {
        // The dashed one is the person's SSN; the bare digits are something else (a passport).
        assertThat(found("Laura Bennett;439759566;375-35-2361;BM 774 019 552")).containsExactly("375-35-2361");
    }

    @Test
    void findsNineBareDigitsThatRepeatAnSsnWrittenWithSeparators() {
        // A bot's log: what the caller keyed, and what it understood.
        assertThat(found("{\"inputMode\":\"DTMF\",\"inputTranscript\":\"059843317\",\"slots\":{\"id\":"
                + "{\"interpretedValue\":\"059-84-3317\"}}}")).containsExactly("059-84-3317", "059843317");
        // Other digits than the SSN's are not read without a cue.
        assertThat(found("input=059843318 value=059-84-3317")).containsExactly("059-84-3317");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000",
        "SSN 000123456", "SSN 666123456", "SSN 987654321"})
    void rejectsNumbersTheSsaNeverIssues(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45 6789", "123 45-6789", "123.45-6789", "123--45-6789"})
    void rejectsInconsistentSeparators(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pies\u0103 de schimb cod 550-12-4410-B pentru ma\u0219ina de sp\u0103lat", "part 550124410-B"})
    void readsANumberWithALetterAfterADashAsAPartsCode(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void reportsADottedNumberBelowTheThresholdForACueToRaise() {
        assertThat(detector.detect("123.45.6789")).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isLessThan(0.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-45-67890", "1123-45-6789", "123-45-6789-1", "9 123-45-6789", "A123-45-6789", "123-45-6789B",
        "SSN 1234567890", "SSN 12345678"})
    void rejectsNumbersThatArePartOfALongerRun(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"212-555-0147", "90210-1234", "2024-05-12", "12/05/2024", "(212) 555-0147", "4111 1111 1111 1111",
        "10:30:45", "$123,456,789.00", "123e4567-e89b-12d3-a456-426614174000"})
    void ignoresOtherNumbers(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void trustsDashesMoreThanSpacesAndSpacesMoreThanBareDigits() {
        double dashed = detector.detect("123-45-6789").get(0).confidence();
        double spaced = detector.detect("123 45 6789").get(0).confidence();
        double bare = detector.detect("SSN 123456789").get(0).confidence();

        assertThat(dashed).isGreaterThan(spaced);
        assertThat(spaced).isGreaterThan(bare);
    }

    @Test
    void readsAnSsnCueInsideAFieldName() {
        assertThat(found("IVR: ssn_full=287114460 verified=false")).containsExactly("287114460");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssnFull=545730192", "ssn_last9: 545730192", "socialSecurityNumber=545730192",
        "ssn-full=545730192"})
    void readsAnSsnCueInACamelSnakeOrKebabKey(String text) {
        assertThat(new UsSsnDetector().detect(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lessonFull=545730192", "orderNumber=545730192", "classnum=545730192"})
    void ignoresNineBareDigitsInAnUnrelatedKey(String text) {
        assertThat(new UsSsnDetector().detect(text)).isEmpty();
    }

    @Test
    void aBareNumberWithItsSsnCueAfterItIsFound() {
        TextClassifier classifier = TextClassifier.create(ClassifierSettings.defaults());
        String ivr = "IVR: DTMF input \"536228174\" at prompt ssn_last9";
        assertThat(classifier.classify(ivr)).extracting(d -> ivr.substring(d.start(), d.end())).containsExactly("536228174");
        // Another number between, or an identifier cue before, and the cue is not this number's.
        assertThat(classifier.classify("input 536228174 then 12 at prompt ssn")).isEmpty();
        assertThat(classifier.classify("order 536228174 for the ssn update")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A fixed-width record: phone, SSN, birth date (YYYYMMDD), licence.
        "CU0193 100517 PATEL RAJESH K          1187 CEDAR HOLLOW DR      PLANO          TX 75023 9725550138 439759566 19790611 DL47381190",
        "EMP|439759566|06111979|ACTIVE",
        "19790611;439759566;PATEL"})
    void findsNineBareDigitsBesideADateOfBirth(String record) {
        assertThat(found(record)).containsExactly("439759566");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A date after 2010 is no birth date of an SSN's holder; a date glued to letters is no date.
        "ORD 439759566 20240611 SHIPPED",
        "ref 439759566 19790611X",
        "acct 439759566 19791311"})
    void leavesNineBareDigitsBesideOtherDatesAlone(String record) {
        assertThat(found(record)).isEmpty();
    }
}
