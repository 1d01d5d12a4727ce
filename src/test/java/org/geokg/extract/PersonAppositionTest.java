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
 * speaker or actor without one is lost to them. A counterpart with a nationality ("su homóloga
 * peruana, X", "ihre ungarische Amtskollegin X", "mitranya dari Peru, X") is of that state.
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
        es | La ministra chilena se reunió en Lima con su homóloga peruana, Rosa Quispe, y con Bolivia.      | Rosa Quispe   | PER
        es | El canciller chileno habló con su homólogo boliviano Diego Mamani sobre el litio.              | Diego Mamani  | BOL
        de | Die Ministerin traf in Wien ihre ungarische Amtskollegin Eszter Varga zu Gesprächen.            | Eszter Varga  | HUN
        id | Menlu Chile bertemu dengan mitranya dari Peru, Rosa Quispe, di Lima pada Senin.                | Rosa Quispe   | PER
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

    /**
     * A title with a lone name and no state: the home state of the language stands behind it only
     * for an office that state has ("Menlu X" in Indonesian is Indonesia's, "PM X" is nobody's
     * until the text says); a lone name that is part of one listed person's name is that person.
     * Sentences written for this test; "-" = no state.
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2} of {3}")
    @CsvSource(delimiter = '|', textBlock = """
        id | PM Sorensen tiba di Jakarta pada Senin untuk membahas perdagangan.                | Sorensen  | -
        id | Kanselir Lindqvist menyambut rombongan dagang dari Surabaya.                       | Lindqvist | -
        id | Menlu Hartono mengatakan perundingan akan dilanjutkan pekan depan.               | Hartono   | IDN
        id | Presiden Marcos menerima utusan Vietnam di Manila pada Kamis.                      | Marcos    | PHL
        ms | Presiden Halvorsen tiba di Kuala Lumpur pada Selasa untuk lawatan rasmi.           | Halvorsen | -
        ms | Menteri Luar Rahimuddin berkata rundingan akan diteruskan bulan depan.             | Rahimuddin | MYS
        ms | Presiden Marcos akan mengadakan lawatan ke Brunei minggu depan.                    | Marcos    | PHL
        """)
    void homeStateOnlyForAnOfficeItHas(String lang, String text, String name, String country) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Entity p = d.entities().stream().filter(e -> "Person".equals(e.type())
                && e.mentions().stream().anyMatch(m -> m.text().contains(name))).findFirst().orElse(null);
        assertNotNull(p, () -> "no person " + name + " in " + d.entities());
        assertEquals("-".equals(country) ? null : country, p.country(), () -> "state of " + p);
    }
}
