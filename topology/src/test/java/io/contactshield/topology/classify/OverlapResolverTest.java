package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

    private static Detection detection(String type, int start, int end, double confidence) {
        return new Detection(type, start, end, confidence, "test");
    }

    @Test
    void keepsTheMoreSpecificTypeOverAMoreConfidentGeneralOne() {
        Detection iban = detection(EntityTypes.IBAN, 0, 22, 0.6);
        Detection card = detection(EntityTypes.CREDIT_CARD, 5, 21, 0.9);

        assertThat(OverlapResolver.resolve(List.of(card, iban))).containsExactly(iban);
    }

    @Test
    void keepsTheMoreConfidentOfTwoOfTheSameType() {
        Detection weak = detection(EntityTypes.PHONE_NUMBER, 0, 10, 0.6);
        Detection strong = detection(EntityTypes.PHONE_NUMBER, 2, 14, 0.9);

        assertThat(OverlapResolver.resolve(List.of(weak, strong))).containsExactly(strong);
    }

    @Test
    void keepsTheLongerOfTwoEquallyConfidentSpans() {
        Detection shorter = detection(EntityTypes.PHONE_NUMBER, 4, 10, 0.8);
        Detection longer = detection(EntityTypes.PHONE_NUMBER, 0, 14, 0.8);

        assertThat(OverlapResolver.resolve(List.of(shorter, longer))).containsExactly(longer);
    }

    @Test
    void keepsDisjointAndTouchingSpansSortedByStart() {
        Detection third = detection(EntityTypes.EMAIL, 20, 30, 0.9);
        Detection first = detection(EntityTypes.PHONE_NUMBER, 0, 10, 0.8);
        Detection second = detection(EntityTypes.IP_ADDRESS, 10, 20, 0.7);

        assertThat(OverlapResolver.resolve(List.of(third, first, second))).containsExactly(first, second, third);
    }

    @Test
    void dropsADetectionThatBridgesTwoWinners() {
        Detection left = detection(EntityTypes.CREDIT_CARD, 0, 10, 0.9);
        Detection right = detection(EntityTypes.CREDIT_CARD, 12, 22, 0.9);
        Detection bridge = detection(EntityTypes.PHONE_NUMBER, 8, 14, 0.95);

        assertThat(OverlapResolver.resolve(List.of(bridge, left, right))).containsExactly(left, right);
    }

    @Test
    void ranksTypesItDoesNotKnowBelowTheStandardOnes() {
        Detection custom = detection("CUSTOMER_ID", 0, 10, 1.0);
        Detection name = detection(EntityTypes.PERSON_NAME, 0, 10, 0.6);

        assertThat(OverlapResolver.resolve(List.of(custom, name))).containsExactly(name);
    }
}
