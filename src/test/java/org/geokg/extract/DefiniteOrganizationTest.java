package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Definite descriptions of organizations ("el ministerio", "das Ministerium") and the claims they speak. */
class DefiniteOrganizationTest {
    private static Entity speakerOf(ExtractionDocument d, String words) {
        Map<String, Entity> es = PipelineFixture.byRef(d);
        List<Claim> cs = d.claims().stream().filter(c -> c.text().contains(words)).toList();
        assertEquals(1, cs.size(), () -> "claims with '" + words + "': " + d.claims());
        return es.get(cs.get(0).speaker());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El Ministerio de Defensa chileno publicó un informe. \"Las fronteras están seguras\", afirmó el ministerio. | fronteras | CHL",
        "es | La Cancillería peruana convocó a la prensa. \"No aceptaremos presiones de nadie\", subrayó la nota. | presiones | PER",
        "de | Das japanische Außenministerium meldete sich am Abend. \"Wir sind sehr besorgt\", teilte das Ministerium mit. | besorgt | JPN",
        "fr | Le ministère turc de la Défense a réagi mardi. « La situation reste calme à la frontière », a indiqué le ministère. | calme | TUR",
        "en | The Japanese Foreign Ministry issued a note on Monday. \"We reject these claims entirely\", the ministry said. | reject | JPN",
        "id | Kementerian Luar Negeri Jepang memberi tanggapan. \"Kami sangat prihatin atas insiden ini\", kata kementerian itu. | prihatin | JPN",
    })
    void descriptionSpeaksForTheOrganizationNamedBefore(String lang, String text, String words, String iso3) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        Entity sp = speakerOf(d, words);
        assertEquals("Organization", sp.type(), () -> "speaker " + sp);
        assertEquals(iso3, sp.country(), () -> "speaker " + sp);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "es | El ministerio publicó una nota sin más detalles.",
        "de | Das Ministerium äußerte sich nicht.",
        "en | The ministry gave no details.",
    })
    void descriptionWithoutAnEarlierOrganizationNamesNoOne(String lang, String text) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().noneMatch(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equalsIgnoreCase("el ministerio") || m.text().equalsIgnoreCase("das Ministerium")
                        || m.text().equalsIgnoreCase("the ministry"))),
                () -> "entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr | Le ministère turc de la Défense a publié un bilan. | TUR | defence",
        "es | El ministerio ruso de Defensa difundió imágenes. | RUS | defence",
        "es | La embajada mexicana en Lima permanece cerrada. | MEX | embassy",
    })
    void nationalityAdjectiveAfterTheHeadNounGivesTheBodysCountry(String lang, String text, String iso3, String kind) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().anyMatch(e -> e.type().equals("Organization") && iso3.equals(e.country())
                && e.label().toLowerCase(Locale.ROOT).contains(kind)), () -> "entities " + d.entities());
    }
}
