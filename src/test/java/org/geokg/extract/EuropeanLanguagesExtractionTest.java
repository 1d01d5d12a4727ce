package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Spanish, German and French (and graceful degradation for other languages): the default
 * extractor on short sentences written for these tests.
 */
class EuropeanLanguagesExtractionTest {
    private static Set<String> countries(ExtractionDocument d, List<String> refs) {
        Map<String, Entity> es = PipelineFixture.byRef(d);
        return refs.stream().map(es::get).filter(Objects::nonNull).map(Entity::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Entity person(ExtractionDocument d, String lastName) {
        return d.entities().stream().filter(e -> e.type().equals("Person") && e.label().endsWith(lastName))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + lastName + " in " + d.entities()));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "es | Las tropas norcoreanas llegaron a la frontera. | PRK",
        "es | El gobierno estadounidense respondió con dureza. | USA",
        "es | Un portavoz paquistaní negó los hechos. | PAK",
        "es | Los diplomáticos surcoreanos viajaron a Tokio. | KOR",
        "de | Die russischen Truppen zogen sich zurück. | RUS",
        "de | Ein litauischer Sprecher bestätigte den Bericht. | LTU",
        "de | Die Bundesregierung reagierte zurückhaltend. | DEU",
        "de | Der Besuch in Taipeh wurde verschoben. | TWN",
        "fr | Les autorités algériennes ont protesté. | DZA",
        "fr | Une délégation israélienne est arrivée. | ISR",
    })
    void findsStatesFromNationalityAdjectivesAndSeats(String lang, String text, String iso3) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().anyMatch(e -> iso3.equals(e.country()) && e.type().equals("Country")),
                () -> iso3 + " not found in " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Bundesaußenminister Klaus Berger traf am Montag seinen Amtskollegen in Wien. | Berger | DEU | foreign minister",
        "de | Bundesverteidigungsministerin Anna Roth besuchte die Truppe. | Roth | DEU | defense minister",
        "es | El viceministro ruso de Relaciones Exteriores, Iván Morozov, habló con la prensa. | Morozov | RUS | deputy foreign minister",
        "es | La jefa de la diplomacia chilena, Elena Vidal, viajó a Lima. | Vidal | CHL | foreign minister",
        "fr | Le ministre des Armées Paul Mercier a visité la base. | Mercier | | defense minister",
    })
    void findsPersonsAfterTitles(String lang, String text, String last, String iso3, String role) {
        Entity p = person(PipelineFixture.run(lang, text), last);
        assertEquals(iso3, p.country());
        assertEquals(role, p.role());
    }

    @Test
    void givenNameBeforeAKnownSurnameJoinsThatPerson() {
        ExtractionDocument d = PipelineFixture.run("es", "El canciller de Rusia Serguéi Lavrov llegó a Brasilia.");
        Entity p = person(d, "Lavrov");
        assertEquals("RUS", p.country());
        assertEquals("Serguéi Lavrov", p.mentions().get(0).text());
        assertFalse(d.entities().stream().anyMatch(e -> e.label().equals("Serguéi")), d.entities()::toString);
    }

    @Test
    void officeWordsAreNotAName() {
        ExtractionDocument d = PipelineFixture.run("fr", "Le secrétaire d'État aux Affaires européennes a répondu mardi.");
        assertFalse(d.entities().stream().anyMatch(e -> e.type().equals("Person")), d.entities()::toString);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "es | Corea del Sur impuso nuevas sanciones contra Corea del Norte. | 16 | KOR | PRK",
        "es | Argentina condenó el ataque de Venezuela. | 11 | ARG | VEN",
        "es | El presidente de Chile visitó Perú el lunes. | 04 | CHL | PER",
        "de | Polen warf Belarus vor, die Grenze zu destabilisieren. | 11 | POL | BLR",
        "de | Die Türkei bestellte den schwedischen Botschafter ein. | 11 | TUR | SWE",
        "de | Japan und Australien wollen ihre Zusammenarbeit vertiefen. | 03 | JPN | AUS",
        "fr | La France a convoqué l'ambassadeur d'Iran. | 11 | FRA | IRN",
        "fr | Le Maroc a rompu ses relations avec l'Algérie. | 16 | MAR | DZA",
    })
    void findsEventsBetweenStates(String lang, String text, String root, String a, String b) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        boolean found = false;
        for (Event v : d.events()) {
            Set<String> cs = countries(d, v.source());
            cs.addAll(countries(d, v.target()));
            if (v.cameo().startsWith(root) && cs.contains(a) && cs.contains(b)) {
                found = true;
            }
        }
        assertTrue(found, () -> root + " " + a + "/" + b + " not in " + d.events());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | «No aceptaremos ninguna presión extranjera», afirmó el ministro Carlos Ruiz. | Ruiz",
        "de | „Wir werden unsere Partner nicht allein lassen“, sagte Kanzlerin Maria Weber. | Weber",
        "de | »Die Lage ist sehr ernst«, erklärte Außenminister Jonas Keller. | Keller",
        "fr | « Nous ne céderons pas aux menaces », a déclaré le ministre Louis Garnier. | Garnier",
    })
    void attributesQuotesInNationalQuotationMarks(String lang, String text, String last) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Entity p = person(d, last);
        List<Claim> cs = d.claims().stream().filter(c -> p.ref().equals(c.speaker())).toList();
        assertEquals(1, cs.size(), () -> "claims " + d.claims());
        assertTrue(cs.get(0).quote());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "it | Il ministro degli Esteri della Francia ha incontrato a Roma il suo omologo del Giappone. "
                + "Le relazioni tra la Germania e la Cina restano tese. | FRA JPN DEU CHN",
        "ru | Россия и Китай подписали новое соглашение. Министр заявил, что Франция готова к диалогу. "
                + "| RUS CHN FRA",
        "ar | التقى وزير خارجية مصر بنظيره من الأردن. وقالت الحكومة إن العلاقات مع تركيا جيدة. | EGY JOR",
    })
    void otherLanguagesDegradeGracefully(String lang, String text, String expected) {
        ExtractionDocument d = assertDoesNotThrow(() -> PipelineFixture.run(lang, text));
        Set<String> found = d.entities().stream().map(Entity::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        for (String iso3 : expected.split(" ")) {
            assertTrue(found.contains(iso3), () -> iso3 + " not found in " + d.entities());
        }
    }
}
