package org.geokg.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.geokg.extract.TextFixtures;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.EntityType;
import org.geokg.kg.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconEventExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 4);
    private static final Actor A = TextFixtures.country("FRA", "France");
    private static final Actor B = TextFixtures.country("CHL", "Chile");

    /** Runs the extractor on one text where {@code a} and {@code b} name the two states. */
    private static List<EventCandidate> run(String lang, String text, String a, String b) {
        PreparedText p = TextFixtures.prepared(text, lang, PUBLISHED);
        List<ActorMention> ms = TextFixtures.mentions(text, a, A, b, B);
        return LexiconEventExtractor.create().find(p, ms, TextFixtures.years(text));
    }

    private static EventCandidate only(List<EventCandidate> evs, String root) {
        List<EventCandidate> hits = evs.stream().filter(e -> e.cameo().startsWith(root)).toList();
        assertEquals(1, hits.size(), () -> "expected one " + root + "x event in " + evs);
        return hits.get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Prancis menandatangani perjanjian dagang dengan Cile pada Senin.|Prancis|Cile",
        "ms|Perancis menandatangani perjanjian perdagangan dengan Chile semalam.|Perancis|Chile",
        "en|France signed a trade agreement with Chile on Monday.|France|Chile",
        "es|Francia firmó un acuerdo comercial con Chile el lunes.|Francia|Chile",
        "de|Frankreich unterzeichnete am Montag ein Abkommen mit Chile.|Frankreich|Chile",
        "fr|La France a signé un accord avec le Chili lundi.|France|Chili"})
    void signedAgreementIsSourceToTarget(String lang, String text, String a, String b) {
        EventCandidate e = only(run(lang, text, a, b), "05");
        assertEquals("057", e.cameo());
        assertEquals(List.of(A), e.source());
        assertEquals(List.of(B), e.target());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Latihan militer gabungan Prancis-Cile dimulai kemarin.|Prancis|Cile",
        "ms|Latihan ketenteraan bersama Perancis dan Chile bermula semalam.|Perancis|Chile",
        "en|The joint naval exercises of France and Chile ended on Friday.|France|Chile",
        "es|Las maniobras conjuntas de Francia y Chile terminaron ayer.|Francia|Chile",
        "de|Die gemeinsamen Manöver von Frankreich und Chile endeten gestern.|Frankreich|Chile",
        "fr|Les exercices conjoints de la France et du Chili ont pris fin.|France|Chili"})
    void jointExerciseHasBothPartners(String lang, String text, String a, String b) {
        EventCandidate e = only(run(lang, text, a, b), "06");
        assertEquals("062", e.cameo());
        assertTrue(e.source().containsAll(List.of(A, B)), e::toString);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Prancis berencana mengunjungi Cile.|Prancis|Cile|intended",
        "id|Prancis akan mengerahkan pasukan ke Cile.|Prancis|Cile|future",
        "id|Prancis tidak mengecam Cile.|Prancis|Cile|negated",
        "id|Prancis kemungkinan menyerang Cile.|Prancis|Cile|hypothetical",
        "ms|Perancis dijadual mengadakan lawatan ke Chile.|Perancis|Chile|future",
        "en|France plans to visit Chile.|France|Chile|intended",
        "en|France will deploy troops to Chile.|France|Chile|future",
        "en|France did not criticize Chile.|France|Chile|negated",
        "en|France could attack Chile.|France|Chile|hypothetical",
        "en|France does not rule out military cooperation with Chile.|France|Chile|hypothetical",
        "es|Francia no criticó a Chile.|Francia|Chile|negated",
        "de|Frankreich wird im Mai Chile besuchen.|Frankreich|Chile|future",
        "de|Frankreich kritisierte Chile nicht.|Frankreich|Chile|asserted",
        "fr|La France pourrait attaquer le Chili.|France|Chili|hypothetical"})
    void modalityCueBeforeTrigger(String lang, String text, String a, String b, String modality) {
        List<EventCandidate> evs = run(lang, text, a, b);
        assertTrue(evs.stream().anyMatch(e -> e.modality().label().equals(modality)), () -> modality + " in " + evs);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Pada 1990, Prancis menyerang Cile.|Prancis|Cile",
        "en|In 1990, France attacked Chile.|France|Chile"})
    void pastYearMakesEventHistorical(String lang, String text, String a, String b) {
        EventCandidate e = only(run(lang, text, a, b), "19");
        assertEquals(Modality.HISTORICAL, e.modality());
        assertEquals("1990", e.date());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Ana disambut oleh Bruno di bandara.|Ana|Bruno",
        "en|Ana was greeted by Bruno at the airport.|Ana|Bruno"})
    void passiveAgentBecomesSource(String lang, String text, String a, String b) {
        Actor ana = TextFixtures.person("Ana", "FRA");
        Actor bruno = TextFixtures.person("Bruno", "CHL");
        PreparedText p = TextFixtures.prepared(text, lang, PUBLISHED);
        List<EventCandidate> evs = LexiconEventExtractor.create().find(p,
                TextFixtures.mentions(text, a, ana, b, bruno), List.of());
        EventCandidate e = only(evs, "04");
        assertEquals(List.of(bruno), e.source());
        assertEquals(List.of(ana), e.target());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Menurut Ana, Cile bertanggung jawab atas krisis itu.|Cile",
        "en|According to Ana, Chile is responsible for the crisis.|Chile"})
    void blameInSpeechComesFromTheSpeaker(String lang, String text, String b) {
        Actor ana = TextFixtures.person("Ana", "FRA");
        PreparedText p = TextFixtures.prepared(text, lang, PUBLISHED);
        List<EventCandidate> evs = LexiconEventExtractor.create().find(p,
                TextFixtures.mentions(text, "Ana", ana, b, B), List.of());
        EventCandidate e = only(evs, "11");
        assertEquals(List.of(ana), e.source());
        assertEquals(List.of(B), e.target());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Prancis mengerahkan pasukan ke Lyon.|Prancis|Cile",
        "en|The weather in France was fine and Chile won the match.|France|Chile",
        "en|France criticized the decision.|France|Chile"})
    void noEventWithoutTwoParties(String lang, String text, String a, String b) {
        assertEquals(List.of(), run(lang, text, a, b));
    }

    @Test
    void anaphoricNounIsNotANewEvent() {
        assertEquals(List.of(), run("id", "Pertemuan tersebut antara Prancis dan Cile berlangsung lama.", "Prancis",
                "Cile"));
    }

    @Test
    void repeatedEventIsKeptOnce() {
        String text = "France signed a treaty with Chile. Later France signed a deal with Chile.";
        assertEquals(1, run("en", text, "France", "Chile").size());
    }

    @Test
    void unknownLanguageGivesNoEvents() {
        assertEquals(List.of(), run("fi", "Ranska allekirjoitti sopimuksen Chilen kanssa.", "Ranska", "Chilen"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Prancis menandatangani perjanjian dengan Cile di Jenewa pada Senin.|Jenewa",
        "en|France signed an agreement with Chile in Geneva on Monday.|Geneva",
        "es|Francia firmó un acuerdo con Chile en Ginebra el lunes.|Ginebra"})
    void placeAfterLocativePrepositionIsTheEventLocation(String lang, String text, String place) {
        Actor geneva = new Actor("place:geneva", EntityType.Location, "Geneva", null, "CHE", null, null);
        PreparedText p = TextFixtures.prepared(text, lang, PUBLISHED);
        List<ActorMention> ms = new ArrayList<>(TextFixtures.mentions(text,
                lang.equals("id") ? "Prancis" : lang.equals("es") ? "Francia" : "France", A,
                lang.equals("id") ? "Cile" : "Chile", B));
        int at = text.indexOf(place);
        ms.add(new ActorMention(geneva, at, at + place.length(), place, "gazetteer"));
        ms.sort(Comparator.comparingInt(ActorMention::start));
        EventCandidate e = only(LexiconEventExtractor.create().find(p, ms, TextFixtures.years(text)), "05");
        assertEquals(geneva, e.location(), e::toString);
        assertEquals(List.of(B), e.target());
    }

    @Test
    void noLocativePrepositionNoLocation() {
        EventCandidate e = only(run("en", "France signed an agreement with Chile on Monday.", "France", "Chile"), "05");
        assertEquals(null, e.location());
    }
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Cile diserang Prancis pada Senin dini hari.|Prancis|Cile|19",
        "id|Cile dikecam Prancis atas keputusan itu.|Prancis|Cile|11",
        "id|Cile dikunjungi Presiden Prancis pekan lalu.|Prancis|Cile|04",
        "ms|Chile diserang Perancis pada awal pagi.|Perancis|Chile|19",
        "ms|Chile dikecam Perancis berhubung keputusan itu.|Perancis|Chile|11"})
    void passiveWithItsAgentRightAfterTheVerbAndNoOleh(String lang, String text, String a, String b, String root) {
        EventCandidate e = only(run(lang, text, a, b), root);
        assertEquals(List.of(A), e.source(), e::toString);
        assertEquals(List.of(B), e.target(), e::toString);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Cile mengecam Prancis di Santiago.|Cile|Prancis",
        "id|Cile ditinggalkan di Prancis.|Cile|Prancis"})
    void activeVerbsAndPlacesAreNoPassiveAgents(String lang, String text, String a, String b) {
        // "Cile" is A here: the subject of an active verb acts; a place after "di" is no agent
        for (EventCandidate e : run(lang, text, a, b)) {
            assertTrue(!e.source().contains(B) || e.source().contains(A), e::toString);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Pertemuan antara Presiden Prancis dan Presiden Cile berlangsung tertutup.|Prancis|Cile",
        "ms|Pertemuan antara Presiden Perancis dan Presiden Chile berlangsung secara tertutup.|Perancis|Chile"})
    void betweenAfterANounNamesBothParties(String lang, String text, String a, String b) {
        EventCandidate e = only(run(lang, text, a, b), "04");
        List<Actor> all = new ArrayList<>(e.source());
        all.addAll(e.target());
        assertTrue(all.containsAll(List.of(A, B)), e::toString);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Penangkapan nelayan Cile oleh Prancis memicu protes.|Prancis|Cile",
        "ms|Penangkapan nelayan Chile oleh Perancis mencetuskan bantahan.|Perancis|Chile"})
    void nounFormWithObjectThenAgentPhrase(String lang, String text, String a, String b) {
        EventCandidate e = only(run(lang, text, a, b), "17");
        assertEquals(List.of(A), e.source(), e::toString);
        assertEquals(List.of(B), e.target(), e::toString);
    }

    @Test
    void explainTraceNamesTheTriggerAndWhyItMadeNoEvent() {
        String text = "France signed a trade agreement with Chile. France condemned the plan.";
        PreparedText p = TextFixtures.prepared(text, "en", PUBLISHED);
        List<ActorMention> ms = TextFixtures.mentions(text, "France", A, "Chile", B);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        List<EventCandidate> evs = LexiconEventExtractor.create().explain(p, ms, TextFixtures.years(text),
                new PrintStream(buf, true, StandardCharsets.UTF_8));
        String trace = buf.toString(StandardCharsets.UTF_8);
        assertTrue(trace.contains("[explain] S0 France signed"), trace);
        assertTrue(trace.contains("actors: France=FRA"), trace);
        assertTrue(trace.lines().anyMatch(l -> l.contains("-> \"signed") && l.contains("KEPT")), trace);
        // the same traced run gives the same events as the silent one
        assertEquals(LexiconEventExtractor.create().find(p, ms, TextFixtures.years(text)), evs);
    }
}
