package io.contactshield.topology.classify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cues that introduce a name only when a listed given name (or initials) follows them. */
class PersonNameCueTest {

    private final PersonNameDetector detector = new PersonNameDetector();

    private List<String> names(String text) {
        return PersonNameDetectorTest.names(detector, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Single given names outside the old lexicon, after role words.
        "Agent Lerato: no worries! I've applied a credit|Lerato",
        "Agent Chloé : Bonjour, je vois bien votre commande|Chloé",
        "Cx Harold Blythe rang from the landline|Harold Blythe",
        "Cust Tanvir Ahmed requested a callback|Tanvir Ahmed",
        "Kunde Herbert Vogel meldet Störung seit 14:30 Uhr|Herbert Vogel",
        "Cliente Álvaro Jiménez cambia la cuenta|Álvaro Jiménez",
        "Klant Bram Visser verhuisd naar Utrecht|Bram Visser",
        "Client Margaux Perrin, contrat 2025-0417|Margaux Perrin",
        "Agent Lindiwe Mokoena -> supervisor Gareth Pryce: goodwill credit|Lindiwe Mokoena;Gareth Pryce",
        "Agent: my colleague Hamish will call you back|Hamish",
        "KYC: applicant Marcus Delaney verified|Marcus Delaney",
        // Handovers.
        "Agent: you're through to Kwame in the returns team|Kwame",
        "I'm transferring you to the fraud team now, Conor will pick up|Conor",
        "agent note: transferred to Isabelle (FR desk) at 11:42|Isabelle",
        "For urgent issues contact Jess at the front desk|Jess",
        "Escalated to Ingrid (Team Lead, Nordics)|Ingrid",
        "Supv override approved by D. Kaur - waive fee|D. Kaur",
        "Xavier transferred the call at 11:42|Xavier",
        // Informal thanks, greetings and sign-offs.
        "thx Aaliyah that fixed it|Aaliyah",
        "ty Mei Lin you were super helpful|Mei Lin",
        "Please look into it. Thanks, Dana|Dana",
        "bitte nur per SMS melden. Gruß Mehmet|Mehmet",
        "of op kantoor bellen, groet Ruud|Ruud",
        "Gracias por todo, un saludo, Carmen|Carmen",
        "Bonjour Julien, je vois bien votre commande|Julien",
        "Agent: okay Fatima, I can see two payments|Fatima",
        "Agent: Rohan ji, aapka refund process ho gaya|Rohan",
        // Family, with possessives.
        "cx's daughter Amara is now a secondary holder|Amara",
        "Note: customer's son Tyler called on her behalf|Tyler",
        "or call my husband Greg on the other number|Greg",
        // Card and account holders.
        "exp 08/29 name on card R. Patel|R. Patel",
        "name on card A. J. Whitcombe|A. J. Whitcombe",
        "the name on the account is Harriet Blaylock|Harriet Blaylock",
        "FI payout to FI56 7945 5142 2560 79 holder Aino Virtanen, 129,00 EUR|Aino Virtanen",
        "{\"pan\":\"3566344892408834\",\"holder\":\"Kenji Watanabe\"}|Kenji Watanabe",
        "{\"reason\":\"escalation\",\"fromAgent\":\"Nikhil\"}|Nikhil",
        "queue=FR_SUPPORT agent=Chloé Lambert aht=00:06:31|Chloé Lambert",
        "IBAN DE44 5001 0517 5407 3249 31, Kontoinhaber Jürgen Hoffmann|Jürgen Hoffmann",
        "IBAN NL91ABNA0417164300 t.n.v. Sanne de Vries|Sanne de Vries",
        "compte FR76 au nom de Luc Moreau.|Luc Moreau",
        "ivr.nl.naam=Sanne de Vries|Sanne de Vries",
        "Klant mevr. Jansen belt over storing|Jansen",
        // Given names with the shape rule, across cultures.
        "Escalated to T2 (Benedikt Kraus). Issue: gateway error|Benedikt Kraus",
        "Please investigate. Haruto Sato|Haruto Sato",
        "Danish payout updated by Mette Kjær today|Mette Kjær",
        "Refund to Łukasz Nowak approved|Łukasz Nowak",
        "Callback for Seo-yeon Park at 3pm|Seo-yeon Park"})
    void findsTheName(String text, String expected) {
        assertThat(names(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Customer Service will call you back",
        "Please open the Agent Desktop and log in",
        "thanks Team, all sorted",
        "If that fails contact Support on the usual line",
        "You're through to Billing, how can I help",
        "transferred to Technical Support at 11:42",
        "Escalated to Tier Two for review",
        "holder type: joint",
        "Holder Type is joint",
        "Customer: Guten Tag, ich habe eine Frage",
        "Customer: Hoi, ik heb een vraag",
        "Agent: Perfect, let me check that",
        "Client Portal Login is down again",
        "Customer Experience Lead",
        "Agent Assist Pro suggested a macro",
        "Kunde Premium Tarif gekündigt",
        "okay Great, thanks",
        "Best Buy Store receipt attached",
        "Gruß aus Berlin",
        "The name on card field is empty",
        "Das Formular hier ist leer",
        "Will call back tomorrow, Mark as resolved",
        "Grace Period ends on Friday",
        "Victoria Station, Platform 4"})
    void ignoresTeamsProductsAndWordsAfterCues(String text) {
        assertThat(names(text)).isEmpty();
    }
}
