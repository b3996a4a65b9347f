package io.contactshield.topology.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalFormsTest {

    private final CanonicalForms us = CanonicalForms.forRegion("US");

    @ParameterizedTest
    @ValueSource(strings = {"212-555-0167", "(212) 555 0167", "+1 212 555 0167", "+1-212-555-0167", " 2125550167 ", "011 1 212 555 0167"})
    void aPhoneNumberHasOneFormWhateverItsLayout(String written) {
        assertThat(us.canonical("PHONE_NUMBER", written)).isEqualTo("+12125550167");
    }

    @Test
    void nationalNumbersAreReadInTheDefaultRegion() {
        assertThat(CanonicalForms.forRegion("gb").canonical("PHONE_NUMBER", "07700 900123")).isEqualTo("+447700900123");
        assertThat(us.canonical("PHONE_NUMBER", "+44 7700 900123")).isEqualTo("+447700900123");
    }

    @Test
    void whatIsNotAPossibleNumberIsKeptAsWritten() {
        assertThat(us.canonical("PHONE_NUMBER", "five five five oh one four three")).isEqualTo("five five five oh one four three");
        assertThat(us.canonical("PHONE_NUMBER", "12")).isEqualTo("12");
    }

    @Test
    void cardsSsnsIbansAndEmailsLoseTheirLayout() {
        assertThat(us.canonical("CREDIT_CARD", "4111 1111-1111 1111")).isEqualTo("4111111111111111");
        assertThat(us.canonical("US_SSN", "536-22-8741")).isEqualTo("536228741");
        assertThat(us.canonical("IBAN", "gb82 west 1234 5698 7654 32")).isEqualTo("GB82WEST12345698765432");
        assertThat(us.canonical("EMAIL", " Jane.Roe@Example.COM")).isEqualTo("jane.roe@example.com");
    }

    @Test
    void spokenFormsAndOtherTypesAreKeptAsWritten() {
        assertThat(us.canonical("EMAIL", "jane dot roe at example dot com")).isEqualTo("jane dot roe at example dot com");
        assertThat(us.canonical("CREDIT_CARD", "four one one one")).isEqualTo("four one one one");
        assertThat(us.canonical("PERSON_NAME", "Jane ROE")).isEqualTo("Jane ROE");
        assertThat(us.canonical("IP_ADDRESS", "2001:DB8::1")).isEqualTo("2001:DB8::1");
    }

    @Test
    void anUnknownRegionIsRefused() {
        assertThatThrownBy(() -> CanonicalForms.forRegion("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void anyStringHasAFormAndTheFormIsStable(@ForAll String value) {
        for (String type : new String[] {"PHONE_NUMBER", "EMAIL", "CREDIT_CARD", "US_SSN", "IBAN", "PERSON_NAME"}) {
            String form = us.canonical(type, value);
            assertThat(us.canonical(type, form)).isEqualTo(form);
        }
    }
}
