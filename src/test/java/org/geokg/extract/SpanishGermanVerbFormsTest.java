package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish and German verb forms of news: compound perfect (ha/han + participle), preterite,
 * present; German Präsens, Präteritum, Perfekt with the participle at the clause end and
 * separable verbs, Konjunktiv I continuing reported speech. Genitive country names and "counterpart of X" as that state's government.
 */
class SpanishGermanVerbFormsTest {
    private static Set<String> countries(Map<String, Entity> es, List<String> refs) {
        return refs.stream().map(es::get).map(Entity::country).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El Gobierno de Chile ha convocado al embajador de Bolivia. | 11 | CHL | BOL",
        "es | El Gobierno de Chile convocó al embajador de Bolivia. | 11 | CHL | BOL",
        "es | Argentina ha llamado a consultas a su embajador en Bolivia. | 16 | ARG | BOL",
        "es | El Gobierno de Chile ha condenado el ataque de Bolivia. | 11 | CHL | BOL",
        "es | El Gobierno de Chile ha rechazado la propuesta de Bolivia. | 12 | CHL | BOL",
        "es | El Gobierno de Chile expresó su rechazo a la decisión de Bolivia. | 12 | CHL | BOL",
        "es | El Gobierno de Chile ha exigido a Bolivia una explicación. | 10 | CHL | BOL",
        "es | El Gobierno de Chile ha expresado su profunda preocupación por las maniobras de Bolivia. | 11 | CHL | BOL",
        "es | El Gobierno de Chile ha advertido a Bolivia de graves consecuencias. | 13 | CHL | BOL",
        "es | Chile y Perú han firmado un acuerdo de pesca. | 05 | CHL | PER",
        "es | El presidente de Chile se ha reunido con el presidente de Perú. | 04 | CHL | PER",
        "es | El presidente de Chile ha visitado Perú. | 04 | CHL | PER",
        "es | Chile ha impuesto sanciones a Venezuela. | 16 | CHL | VEN",
        "es | Chile ha desplegado tropas en la frontera con Bolivia. | 15 | CHL | BOL",
        "de | Die Regierung Polens hat den Botschafter Russlands einbestellt. | 11 | POL | RUS",
        "de | Die Regierung Polens bestellte den Botschafter Russlands ein. | 11 | POL | RUS",
        "de | Polen hat seinen Botschafter aus Russland zurückgerufen. | 16 | POL | RUS",
        "de | Die Regierung Polens hat Russland scharf kritisiert. | 11 | POL | RUS",
        "de | Die Regierung Polens hat das Vorgehen Russlands verurteilt. | 11 | POL | RUS",
        "de | Die Regierung Polens wies die Vorwürfe Russlands zurück. | 01 | POL | RUS",
        "de | Die Regierung Polens warf Russland Wahlbetrug vor. | 11 | POL | RUS",
        "de | Die Regierung Polens hat Russland mit Gegenmaßnahmen gedroht. | 13 | POL | RUS",
        "de | Polen und Litauen haben ein Abkommen unterzeichnet. | 05 | POL | LTU",
        "de | Der Präsident Polens hat den Präsidenten Litauens getroffen. | 04 | POL | LTU",
        "de | Der Präsident Polens ist nach Litauen gereist. | 04 | POL | LTU",
        "de | Die EU hat Sanktionen gegen Russland verhängt. | 16 | null | RUS",
        "de | Die Regierung Polens hat den Botschafter Russlands ins Außenministerium einbestellt. | 11 | POL | RUS",
        "de | Polen schickt weitere Soldaten nach Litauen. | 15 | POL | LTU",
        "de | Polen und Litauen wollen ihre Zusammenarbeit in der Energiepolitik vertiefen. | 03 | POL | LTU",
        "de | Polen und Litauen haben ein Abkommen über den Bau von Straßen unterzeichnet. | 05 | POL | LTU",
    })
    void eventTriggerFormsGiveTheEventRoot(String lang, String text, String root, String src, String tgt) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Map<String, Entity> es = PipelineFixture.byRef(d);
        String want = src.equals("null") ? null : src;
        boolean hit = d.events().stream().anyMatch(v -> v.cameo().startsWith(root)
                && (want == null || countries(es, v.source()).contains(want) || countries(es, v.target()).contains(want))
                && (countries(es, v.source()).contains(tgt) || countries(es, v.target()).contains(tgt)));
        assertTrue(hit, () -> "no " + root + "x event " + src + "/" + tgt + " in " + d.events().stream()
                .map(Event::cameo).toList() + " entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El presidente de Perú, Jorge Salas, ha dicho que la economía crece. | economía | Jorge Salas",
        "es | El presidente de Perú, Jorge Salas, ha asegurado que la economía crece. | economía | Jorge Salas",
        "es | La economía crece, ha señalado el presidente de Perú, Jorge Salas. | economía | Jorge Salas",
        "es | El presidente de Perú, Jorge Salas, había afirmado que la economía crece. | economía | Jorge Salas",
        "es | El presidente de Perú, Jorge Salas, recordó que la economía crece. | economía | Jorge Salas",
        "de | Der Präsident Polens, Jan Nowak, hat am Montag gesagt, die Wirtschaft wachse. | Wirtschaft | Jan Nowak",
        "de | Der Präsident Polens, Jan Nowak, hatte erklärt, die Wirtschaft wachse. | Wirtschaft | Jan Nowak",
        "de | Die Wirtschaft wachse, hat der Präsident Polens, Jan Nowak, betont. | Wirtschaft | Jan Nowak",
        "de | Der Präsident Polens, Jan Nowak, teilte am Montag mit, die Wirtschaft wachse. | Wirtschaft | Jan Nowak",
        "de | Der Präsident Polens, Jan Nowak, betont, die Wirtschaft wachse. | Wirtschaft | Jan Nowak",
        "de | Die Wirtschaft wachse, teilte der Präsident Polens, Jan Nowak, am Montag mit. | Wirtschaft | Jan Nowak",
        "de | Die Wirtschaft wachse, heißt es in einer Erklärung der Regierung Polens. | Wirtschaft | Poland",
        "de | Der Präsident Polens, Jan Nowak, unterstrich, die Wirtschaft wachse. | Wirtschaft | Jan Nowak",
    })
    void speechVerbFormsGiveAClaimOfTheSpeaker(String lang, String text, String words, String speaker) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Map<String, Entity> es = PipelineFixture.byRef(d);
        List<Claim> cs = d.claims().stream().filter(c -> c.text().contains(words)).toList();
        assertEquals(1, cs.size(), () -> "claims " + d.claims());
        assertEquals(speaker, es.get(cs.get(0).speaker()).label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "El canciller de Chile, Tomás Vidal, llegó a Lima. Además, se reunió con el presidente de Perú. | 04 | PER",
        "El canciller de Chile, Tomás Vidal, llegó a Lima. El martes visitará Bolivia. | 04 | BOL",
    })
    void spanishSentenceWithoutSubjectActsForTheLastPerson(String text, String root, String tgt) {
        ExtractionDocument d = PipelineFixture.run("es", text);
        Map<String, Entity> es = PipelineFixture.byRef(d);
        assertTrue(d.events().stream().anyMatch(v -> v.cameo().startsWith(root)
                && v.source().stream().map(es::get).anyMatch(e -> "Tomás Vidal".equals(e.label()))
                && countries(es, v.target()).contains(tgt)), () -> "events " + d.events());
    }

    @Test
    void spanishSentenceWithANamedSubjectKeepsIt() {
        ExtractionDocument d = PipelineFixture.run("es", "El canciller de Chile, Tomás Vidal, llegó a Cusco. Bolivia visitará Perú.");
        Map<String, Entity> es = PipelineFixture.byRef(d);
        assertTrue(d.events().stream().noneMatch(v -> v.source().stream().map(es::get)
                .anyMatch(e -> "Tomás Vidal".equals(e.label())) && countries(es, v.target()).contains("PER")),
                () -> "events " + d.events());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Wirtschaft wachse, sagte Jan Nowak. Die Inflation sei aber hoch. | Inflation",
        "Jan Nowak erklärte, die Wirtschaft wachse. Die Regierung habe keinen Grund zur Sorge. | Regierung",
    })
    void germanKonjunktivSentenceContinuesThePreviousClaim(String text, String words) {
        ExtractionDocument d = PipelineFixture.run("de", text);
        Map<String, Entity> es = PipelineFixture.byRef(d);
        List<Claim> cs = d.claims().stream().filter(c -> c.text().contains(words)).toList();
        assertEquals(1, cs.size(), () -> "claims " + d.claims());
        assertEquals("Jan Nowak", es.get(cs.get(0).speaker()).label());
    }

    @Test
    void germanIndicativeSentenceAfterAClaimIsNoClaim() {
        ExtractionDocument d = PipelineFixture.run("de", "Die Wirtschaft wachse, sagte Jan Nowak. Das Parlament tagt am Mittwoch.");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("Parlament")), () -> "claims " + d.claims());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Minister Polens, Frankreichs und Großbritanniens berieten. | POL,FRA,GBR",
        "Die Drohungen Pekings und Moskaus nehmen zu. | CHN,RUS",
    })
    void germanGenitiveCountryNamesAreFound(String text, String iso3s) {
        ExtractionDocument d = PipelineFixture.run("de", text);
        Set<String> found = d.entities().stream().map(Entity::country).collect(Collectors.toSet());
        for (String c : iso3s.split(",")) {
            assertTrue(found.contains(c), () -> c + " not in " + d.entities());
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Der Präsident Litauens hat seinen Amtskollegen Polens getroffen. | LTU | POL",
        "de | Der Präsident Litauens traf seine Amtskollegen aus Polen und Lettland. | LTU | POL",
        "es | El presidente de Chile se ha reunido con su homólogo de Perú. | CHL | PER",
        "en | The President of Chile met his counterpart of Peru on Monday. | CHL | PER",
    })
    void counterpartOfACountryIsTheTargetOfAMeeting(String lang, String text, String src, String tgt) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Map<String, Entity> es = PipelineFixture.byRef(d);
        assertTrue(d.events().stream().anyMatch(v -> v.cameo().startsWith("04")
                && countries(es, v.source()).contains(src) && countries(es, v.target()).contains(tgt)),
                () -> "events " + d.events() + " entities " + d.entities());
    }
}
