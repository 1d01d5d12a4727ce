package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person the gazetteer does not know, named before an office in apposition, takes the office's
 * body and state: "X, a spokeswoman for the Russian foreign ministry", "X, penasihat politik
 * Kementerian Luar Negeri Iran", advisers in each language. Sentences written for this test. The
 * state matters beyond the entity layer: events are matched on their parties' states, so a
 * speaker or actor without one is lost to them.
 */
class PersonAppositionTest {
    @ParameterizedTest(name = "[{0}] {1} -> {2} of {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | "We will respond," said Olga Petrenko, a spokeswoman for the Russian foreign ministry.             | Olga Petrenko | RUS
        id | Ahmad Rahimi, penasihat politik Kementerian Luar Negeri Iran, mengatakan Israel harus bertanggung jawab. | Ahmad Rahimi | IRN
        ms | Ahmad Rahimi, penasihat politik Kementerian Luar Iran, berkata Israel perlu bertanggungjawab.        | Ahmad Rahimi  | IRN
        es | Ahmad Rahimi, asesor del Ministerio de Exteriores de Irán, dijo que Israel debe responder.          | Ahmad Rahimi  | IRN
        fr | Ahmad Rahimi, conseiller du ministère iranien des Affaires étrangères, a déclaré que Israël devait répondre. | Ahmad Rahimi | IRN
        de | Ahmad Rahimi, Berater des iranischen Außenministeriums, sagte, Israel müsse sich verantworten.    | Ahmad Rahimi  | IRN
        de | Die Lage sei ernst, erklärte Regierungssprecher Tobias Wendler am Abend in einer Mitteilung.     | Tobias Wendler | DEU
        """)
    void officeInAppositionGivesTheState(String lang, String text, String name, String country) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Entity p = d.entities().stream().filter(e -> "Person".equals(e.type()) && e.label().equals(name))
                .findFirst().orElse(null);
        assertNotNull(p, () -> "no person " + name + " in " + d.entities());
        assertEquals(country, p.country(), () -> "state of " + p);
    }

    /**
     * A body named without its state right before a title and a known person ("Foreign Ministry
     * spokesman X") is that person's state's body, not the body of whichever state was named last.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | China's foreign ministry protested on Monday. Foreign Ministry spokesman Sergei Lavrov said Moscow would respond. | RUS
        """)
    void aBareBodyBeforeAKnownOfficeHolderIsOfTheirState(String lang, String text, String country) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        long wrong = d.entities().stream().filter(e -> "Organization".equals(e.type()) && e.mentions().stream()
                .anyMatch(m -> m.text().equals("Foreign Ministry")) && !country.equals(e.country())).count();
        assertEquals(0, wrong, () -> "bare body not of " + country + ": " + d.entities());
    }
}
