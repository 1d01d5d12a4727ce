package org.geokg.extract.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.geokg.extract.PipelineFixture;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Role nouns after a determiner ("sagte die Ministerin", "el ministro ha señalado") name an earlier person or body. */
class RoleAnaphoraTest {
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Die Außenministerin Karin Wolf landete am Morgen in Rom. Die Gespräche seien offen gewesen, sagte die Ministerin. | Gespräche | Karin Wolf",
        "es | El ministro de Defensa de Chile, Tomás Vidal, llegó a Lima. El ministro ha señalado que la frontera está tranquila. | frontera | Tomás Vidal",
        "en | Japanese Foreign Minister Kenji Mori arrived in Manila on Sunday. The minister said the talks would continue. | talks | Kenji Mori",
    })
    void roleNounSpeaksForTheLastPersonWithThatRole(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals("Person", sp.type(), () -> "speaker " + sp);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | Le ministre des Affaires étrangères du Chili Tomás Vidal est arrivé à Lima avec le ministre péruvien Luis Soto. La situation reste calme à la frontière, a déclaré le ministre chilien. | frontière | Tomás Vidal",
        "es | El canciller de Chile, Tomás Vidal, se reunió en Lima con el canciller de Perú, Luis Soto. La frontera está tranquila, ha afirmado el canciller peruano. | frontera | Luis Soto",
        "en | Chilean Foreign Minister Tomás Vidal met Peruvian Foreign Minister Luis Soto in Lima. The Chilean minister said the border was calm. | border | Tomás Vidal",
        "de | Der japanische Außenminister Kenji Mori traf in Berlin den französischen Außenminister Paul Martin. Die Gespräche seien gut gewesen, sagte der französische Minister. | Gespräche | Paul Martin",
    })
    void roleNounWithAStateAdjectiveSpeaksForThatStatesPerson(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals("Person", sp.type(), () -> "speaker " + sp);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El canciller de Chile, Tomás Vidal, viajó a Quito. El ministro de Asuntos Exteriores de Perú, Luis Soto, dijo que la frontera está tranquila. | frontera | Luis Soto",
        "es | El ministro de Defensa de Chile, Tomás Vidal, llegó ayer. La ministra de Defensa, Ana Rojas, afirmó que la frontera está tranquila. | frontera | Ana Rojas",
        "de | Der Armeesprecher Tomás Vidal sprach am Morgen. Eine Sprecherin des japanischen Außenministeriums, Mei Tanaka, sagte, die Grenze sei ruhig. | Grenze | Mei Tanaka",
    })
    void aTitleBeforeACommaAndANameIsThatPersonsTitle(String lang, String text, String words, String person) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(person, sp.label(), () -> "speaker " + sp);
        ExtractionDocument doc = PipelineFixture.run(lang, text);
        Entity earlier = doc.entities().stream().filter(e -> e.label().equals("Tomás Vidal")).findFirst().orElseThrow();
        int second = text.indexOf(". ") + 2;
        assertTrue(earlier.mentions().stream().allMatch(m -> m.end() <= second),
                () -> "mentions of Tomás Vidal: " + earlier.mentions());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chilean President Ana Rojas spoke on Monday. The Peruvian president answered in the evening. \"The border stays open,\" he said. | border | PER",
        "fr | La présidente chilienne Ana Rojas a parlé lundi. Le président péruvien a répondu le soir. \"La frontière reste ouverte\" au Chili, a-t-il déclaré. | frontière | PER",
        "de | Die chilenische Präsidentin Ana Rojas sprach am Montag. Der peruanische Präsident antwortete am Abend. \"Die Grenze bleibt offen\", erklärte er. | Grenze | PER",
    })
    void pronounAtATailVerbNamesTheLastPersonOrUnnamedOfficeHolder(String lang, String text, String words,
            String iso3) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chilean President Ana Rojas met Peruvian Foreign Minister Luis Soto. \"The talks went well,\" the Chilean foreign ministry said. \"Trade will grow,\" it added. | Trade | CHL",
    })
    void itAtATailVerbNamesTheLastBodyThatSpoke(String lang, String text, String words, String iso3) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertFalse("Person".equals(sp.type()), () -> "speaker " + sp);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El Ministerio de Exteriores de Perú publicó una nota. La portavoz ha afirmado que no habrá cambios. | cambios | PER",
        "de | Das japanische Außenministerium äußerte sich am Abend. Die Lage sei ernst, sagte ein Sprecher. | Lage | JPN",
        "de | Das japanische Außenministerium äußerte sich am Abend. Die Lage sei ernst, sagte eine Außenamts-Sprecherin. | Lage | JPN",
    })
    void spokespersonNounWithoutPersonSpeaksForTheLastOrganization(String lang, String text, String words, String iso3) {
        Entity sp = PipelineFixture.speakerOf(PipelineFixture.run(lang, text), words);
        assertEquals("Organization", sp.type(), () -> "speaker " + sp);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Die Ministerin äußerte sich nicht. | Ministerin",
        "es | El ministro no dio detalles. | ministro",
        "en | The minister gave no details. | minister",
    })
    void roleNounWithoutAnEarlierPersonNamesNoOne(String lang, String text, String noun) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals(noun))),
                () -> "entities " + d.entities());
    }

    @Test
    void germanPronounAfterTheSpeechVerbIsTheLastPerson() {
        ExtractionDocument d = PipelineFixture.run("de", "Die Außenministerin Karin Wolf landete in Rom. Das Treffen sei gut gewesen, sagte sie.");
        assertEquals("Karin Wolf", PipelineFixture.speakerOf(d, "Treffen").label());
    }

    @Test
    void spanishTailSpeechVerbWithoutSubjectIsTheLastPerson() {
        ExtractionDocument d = PipelineFixture.run("es", "El canciller de Chile, Tomás Vidal, llegó a Lima. La frontera está tranquila, ha añadido.");
        assertEquals("Tomás Vidal", PipelineFixture.speakerOf(d, "frontera").label());
    }

    @Test
    void germanSentenceOpeningSieIsTheOnlyPersonBefore() {
        ExtractionDocument d = PipelineFixture.run("de", "Die Außenministerin Karin Wolf landete in Rom. Sie traf dort ihren italienischen Amtskollegen.");
        Map<String, Entity> es = PipelineFixture.byRef(d);
        assertTrue(d.events().stream().anyMatch(v -> v.cameo().startsWith("04")
                && v.source().stream().map(es::get).anyMatch(e -> "Karin Wolf".equals(e.label()))),
                () -> "events " + d.events());
    }

    @Test
    void roleNounNeedsAMatchingRole() {
        ExtractionDocument d = PipelineFixture.run("de", "Der Präsident Paul Roth empfing Gäste. Die Lage sei ernst, sagte die Ministerin.");
        assertFalse(d.entities().stream().anyMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("Ministerin"))), () -> "entities " + d.entities());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "foreign minister | minister | true",
        "minister | minister | true",
        "prime minister | minister | true",
        "president | minister | false",
        "spokesperson | spokesperson | true",
    })
    void roleFitsByTheHeadOfTheRole(String personRole, String titleRole, boolean fits) {
        assertEquals(fits, RoleAnaphora.roleFits(personRole, titleRole));
    }
}
