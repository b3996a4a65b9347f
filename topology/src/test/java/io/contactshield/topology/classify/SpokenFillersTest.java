package io.contactshield.topology.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpokenFillersTest {

    private static final TextClassifier CLASSIFIER = TextClassifier.create(ClassifierSettings.defaults());

    private static List<String> found(String text) {
        return CLASSIFIER.classify(text).stream().map(d -> d.type() + ":" + text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGENT: and the best number? CALLER: four one five, five five five, zero one, uh, three nine. AGENT: thanks"
            + " | PHONE_NUMBER:four one five, five five five, zero one, uh, three nine",
        "CALLER: my number's five five five, zero one, uh, seven three. it's a local one"
            + " | PHONE_NUMBER:five five five, zero one, uh, seven three",
        "call me on two one two, um, five five five, er, oh one seven six please"
            + " | PHONE_NUMBER:two one two, um, five five five, er, oh one seven six",
        "meine Handynummer ist null eins sieben eins, \u00e4h, zwei drei vier f\u00fcnf sechs sieben"
            + " | PHONE_NUMBER:null eins sieben eins, \u00e4h, zwei drei vier f\u00fcnf sechs sieben",
        "Cliente: eh, es el dos uno cero, este, cinco cinco cinco, cero uno, noventa y nueve. Agente: gracias"
            + " | PHONE_NUMBER:dos uno cero, este, cinco cinco cinco, cero uno, noventa y nueve",
        "Cliente: o meu n\u00famero \u00e9 o nove um dois, h\u00e3, tr\u00eas quatro cinco, seis sete oito."
            + " | PHONE_NUMBER:nove um dois, h\u00e3, tr\u00eas quatro cinco, seis sete oito",
        // A filler after an ellipsis, and between two; Portuguese "tipo" (like).
        "Caller: yeah my number's oh four five six, one two three... uh, seven eight nine Agent: thanks"
            + " | PHONE_NUMBER:oh four five six, one two three... uh, seven eight nine",
        "caller: sure it's eight one seven... uh... five five five... zero one nine four"
            + " | PHONE_NUMBER:eight one seven... uh... five five five... zero one nine four",
        "cliente: \u00e9... o telefone \u00e9 onze, \u00e9... nove meia dois um quatro, tipo, tr\u00eas zero oito sete"
            + " | PHONE_NUMBER:onze, \u00e9... nove meia dois um quatro, tipo, tr\u00eas zero oito sete",
        // An ellipsis before "um" and a comma after it set it apart too.
        "Caller: yeah my number is area code four one two... five five five... um, oh one eight two."
            + " | PHONE_NUMBER:four one two... five five five... um, oh one eight two",
        // "and then" after a pause between an area code and the rest.
        "CALLER: area code four one eight, and then five five five, zero one two one"
            + " | PHONE_NUMBER:four one eight, and then five five five, zero one two one",
        // The trunk 0 said with its brackets is no digit dialled.
        "Caller: it's plus four four, bracket nought bracket, one three one, four nine six, oh six two two, the surgery"
            + " | PHONE_NUMBER:plus four four, bracket nought bracket, one three one, four nine six, oh six two two",
        // "um" between ellipses, among English number words, is a filler.
        "CALLER: sure, it's two oh four... um... five five five, oh one seven nine"
            + " | PHONE_NUMBER:two oh four... um... five five five, oh one seven nine"
    })
    void readsANumberAcrossAFillerAsOneNumber(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zero one, uh, three nine | zero one, \uffff\uffff, three nine",
        "five five five uhm four | five five five \uffff\uffff\uffff four",
        "zero one, um, three | zero one, \uffff\uffff, three"
    })
    void marksAFillerBetweenNumberWords(String text, String view) {
        assertThat(SpokenFillers.asPauses(text)).isEqualTo(view);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "uh, my number is five five five",
        "one two three, uh, I mean the order",
        "nove um dois tr\u00eas quatro cinco seis", // Portuguese "um" is one
        "nove oito... um... dois tr\u00eas", // also between ellipses, among Portuguese words
        "five, uh-huh, six",
        "the umbrella and the herb"
    })
    void leavesOtherWordsAsTheyAre(String text) {
        assertThat(SpokenFillers.asPauses(text)).isSameAs(text);
    }
}
