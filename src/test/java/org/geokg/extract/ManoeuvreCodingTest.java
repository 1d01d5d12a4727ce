package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lone state's manoeuvre is not military cooperation (062); one held with a partner is. */
class ManoeuvreCodingTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.createDefault();
    }

    private static boolean cooperation(String lang, String text) {
        ExtractionDocument d = extractor.extract(new Article("t-" + lang, "t.txt", null, null, null, lang, null, text));
        return d.events().stream().anyMatch(e -> e.cameo().startsWith("06"));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "de | Die chinesische Marine startete am Montag ein Manöver, Taiwan protestierte. | false",
        "de | Die Armee Indiens hielt mit Frankreich ein Manöver ab. | true",
        "es | La marina china inició maniobras militares y Taiwán protestó. | false",
        "es | La India realizó maniobras militares con Francia. | true",
        "fr | La marine chinoise a lancé des manœuvres militaires et Taïwan a protesté. | false",
        "fr | L'Inde a mené des manœuvres militaires avec la France. | true",
    })
    void manoeuvreIsCooperationOnlyWithAPartner(String lang, String text, boolean expected) {
        assertEquals(expected, cooperation(lang, text));
    }
}
