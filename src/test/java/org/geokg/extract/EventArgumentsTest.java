package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources and targets of events taken from the clause structure, on made-up sentences per language. */
class EventArgumentsTest {
    private static ExtractionDocument run(String lang, String text) {
        return PipelineFixture.pipeline().extract(new Article("t", "t.txt", null, null, "2024-03-04", lang, null, text));
    }

    private static Set<String> countries(Map<String, Entity> es, List<String> refs) {
        return refs.stream().map(r -> es.get(r).country()).filter(c -> c != null).collect(Collectors.toSet());
    }

    /** True when some event of this root has exactly these source and target states. */
    private static boolean has(ExtractionDocument d, String root, String src, String tgt) {
        Map<String, Entity> es = d.entities().stream().collect(Collectors.toMap(Entity::ref, Function.identity()));
        for (Event e : d.events()) {
            if (e.cameo().startsWith(root) && countries(es, e.source()).equals(Set.of(src))
                    && countries(es, e.target()).equals(Set.of(tgt))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | Chile criticó el lunes a Bolivia por el cierre de la frontera y pidió a Argentina que mediara. | 02 | CHL | ARG",
        "en | Chile criticized Bolivia on Monday over the border closure and urged Argentina to mediate. | 02 | CHL | ARG",
        "id | Chile mengkritik Bolivia pada Senin atas penutupan perbatasan dan meminta Argentina menjadi penengah. | 02 | CHL | ARG",
        "de | Chile kritisierte am Montag Bolivien wegen der Grenzschließung und forderte Argentinien zur Vermittlung auf. | 02 | CHL | ARG",
    })
    void aCoordinatedVerbSharesTheSubjectOfTheSentence(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | Chile denunció la agresión de Bolivia en la frontera y pidió a Argentina que mediara. | BOL | ARG",
        "en | Chile denounced the aggression of Bolivia at the border and urged Argentina to mediate. | BOL | ARG",
        "id | Chile mengecam agresi Bolivia di perbatasan dan meminta Argentina menjadi penengah. | BOL | ARG",
    })
    void aNounBeforeACoordinatedVerbDoesNotTakeThatVerbsObject(String lang, String text, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        Map<String, Entity> es = d.entities().stream().collect(Collectors.toMap(Entity::ref, Function.identity()));
        assertFalse(d.events().stream().anyMatch(e -> countries(es, e.source()).contains(src)
                && countries(es, e.target()).contains(tgt)), () -> "events " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Russland hat nach Angaben des ukrainischen Militärs mehrere Raketen auf Kiew abgefeuert. | 19 | RUS | UKR",
        "en | Russia fired several missiles at Kyiv overnight, according to the Ukrainian military. | 19 | RUS | UKR",
        "es | Rusia lanzó varios misiles contra Kiev, según el ejército ucraniano. | 19 | RUS | UKR",
    })
    void theSourceNamedByAnAttributionPhraseIsNoParty(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Zimbabwean Prime Minister Robert Mugabe accused the United States of lying. | 11 | ZWE | USA",
        "en | Japanese Prime Minister Shinzo Abe accused North Korea of lying. | 11 | JPN | PRK",
    })
    void aStateAndItsOfficialBeforeTheVerbAreOneSide(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Der Präsident der USA forderte China auf, mehr Druck auf Nordkorea auszuüben. | 02 | USA | CHN",
        "de | Die Regierung Polens wies die Forderung Russlands zurück, die Grenze zu öffnen. | 12 | POL | RUS",
    })
    void aSeparableVerbTakesTheObjectInsideItsBracket(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Japan und die USA vereinbarten eine engere Zusammenarbeit. | 03",
        "en | Japan and the United States agreed to cooperate more closely. | 03",
    })
    void anArticleAfterTheCoordinatorKeepsBothStatesOnOneSide(String lang, String text, String root) {
        ExtractionDocument d = run(lang, text);
        Map<String, Entity> es = d.entities().stream().collect(Collectors.toMap(Entity::ref, Function.identity()));
        assertTrue(d.events().stream().anyMatch(e -> e.cameo().startsWith(root)
                && countries(es, e.source()).containsAll(Set.of("JPN", "USA"))), () -> "events " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Iran threatened on Monday to shell Iraqi border towns. | 13 | 19",
        "en | Peru rejected a Chilean offer to host peace talks. | 12 | 04",
        "es | Irán amenazó con bombardear ciudades de Irak. | 13 | 19",
    })
    void anActInTheComplementOfAThreatOrRejectionIsNotCoded(String lang, String text, String outer, String inner) {
        ExtractionDocument d = run(lang, text);
        assertTrue(d.events().stream().anyMatch(e -> e.cameo().startsWith(outer)), () -> "events " + d.events());
        assertFalse(d.events().stream().anyMatch(e -> e.cameo().startsWith(inner)), () -> "events " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Malaysia condemned the Israeli air strike on Qatar. | ISR | QAT",
        "ms | Malaysia mengecam serangan udara Israel ke atas Qatar. | ISR | QAT",
    })
    void anActCondemnedIsStillCodedAsDone(String lang, String text, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, "19", src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | North Korea fired a ballistic missile toward Japan on Tuesday. Japanese Prime Minister Shinzo Abe sharply criticized the launch. | JPN | PRK",
        "de | Nordkorea hat eine ballistische Rakete in Richtung Japan abgefeuert. Der japanische Regierungschef Shinzo Abe kritisierte den Start scharf. | JPN | PRK",
    })
    void aReactionWithNoObjectAnswersTheOtherSideOfTheEventBefore(String lang, String text, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, "11", src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Die Bundeswehr wird ab 2025 eine Kampfbrigade nach Litauen verlegen. | 15 | DEU | LTU",
        "de | Russland hat mit einem Luftangriff auf Kiew begonnen. | 19 | RUS | UKR",
        "de | Russland startete einen Luftschlag auf Kiew. | 19 | RUS | UKR",
    })
    void aGermanCompoundMatchesByItsHead(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | Irán condenó el ataque de Israel contra Gaza. | 19 | ISR | PSE",
        "fr | L'Iran a condamné l'attaque d'Israël contre le Liban. | 19 | ISR | LBN",
        "es | Venezuela denunció una amenaza de Estados Unidos contra su soberanía. | 13 | USA | VEN",
    })
    void thePossessorNamedAfterANominalTriggerIsItsAgent(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile accused Bolivia of closing the border and demanded the release of its soldiers. | 10 | CHL | BOL",
        "fr | Le Chili accuse la Bolivie de fermer la frontière et exige la libération de ses soldats. | 10 | CHL | BOL",
        "es | Chile acusó a Bolivia de cerrar la frontera y exigió la liberación de sus soldados. | 10 | CHL | BOL",
        "de | Chile warf Bolivien die Schließung der Grenze vor und forderte die Freilassung seiner Soldaten. | 02 | CHL | BOL",
        "id | Chile menuduh Bolivia menutup perbatasan dan menuntut pembebasan tentaranya. | 10 | CHL | BOL",
        "ms | Chile menuduh Bolivia menutup sempadan dan menuntut pembebasan askarnya. | 10 | CHL | BOL",
    })
    void aCoordinatedReactionWithNoObjectTakesTheOtherSideOfTheReactionBefore(String lang, String text, String root,
            String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, root, src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile stood firmly with Peru and urged the international community to act. | CHL | PER",
        "ms | Chile berdiri teguh bersama Peru dan menggesa masyarakat antarabangsa supaya bertindak. | CHL | PER",
    })
    void aCoordinatedAppealAfterAGestureOfSupportTakesNoObjectFromIt(String lang, String text, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertFalse(has(d, "02", src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Demonstrators in Bolivia criticized Chile on Monday. | BOL | CHL",
        "fr | Des manifestants en Bolivie ont critiqué le Chili lundi. | BOL | CHL",
        "es | Manifestantes en Bolivia criticaron a Chile el lunes. | BOL | CHL",
        "de | Demonstranten in Bolivien kritisierten am Montag Chile. | BOL | CHL",
        "id | Demonstran di Bolivia mengkritik Chile pada Senin. | BOL | CHL",
        "ms | Penunjuk perasaan di Bolivia mengkritik Chile semalam. | BOL | CHL",
    })
    void anUnnamedGroupPlacedInAStateActsForThatState(String lang, String text, String src, String tgt) {
        ExtractionDocument d = run(lang, text);
        assertTrue(has(d, "11", src, tgt), () -> "events " + d.events() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | In Bolivia, the minister of Chile criticized the plan. | CHL",
        "es | En Bolivia, el ministro de Chile criticó el plan. | CHL",
    })
    void aPlaceOpeningTheClauseIsNoSubject(String lang, String text, String src) {
        ExtractionDocument d = run(lang, text);
        Map<String, Entity> es = d.entities().stream().collect(Collectors.toMap(Entity::ref, Function.identity()));
        assertFalse(d.events().stream().anyMatch(e -> countries(es, e.source()).contains("BOL")),
                () -> "events " + d.events());
    }
}
