package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names inside hyphenated compounds ("EU-Außenminister", "US-Präsident", "Nato-Partner"). */
class HyphenCompoundTest {
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "de | Die EU-Außenminister berieten am Montag. | European Union",
        "de | Polen gilt als wichtiges Nato-Mitglied. | NATO",
        "de | Die US-Regierung äußerte sich nicht. | United States",
        "de | Der Ukraine-Krieg belastet die Wirtschaft. | Ukraine",
    })
    void findsTheNameInsideACompound(String lang, String text, String label) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().anyMatch(e -> e.label().equals(label)), () -> "entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "de | US-Präsident Mark Holden sprach in Berlin. | Holden | USA",
        "de | Der Russland-Botschafter Igor Petrow wurde einbestellt. | Petrow | RUS",
    })
    void compoundTitleGivesThePersonsCountry(String lang, String text, String last, String iso3) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().anyMatch(e -> e.type().equals("Person") && e.label().endsWith(last)
                && iso3.equals(e.country())), () -> "entities " + d.entities());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Außenministerin Bettina Stark-Watzinger reiste nach Taipeh. | Stark-Watzinger",
        "fr | Le ministre des Armées Jean-Pierre Martin a parlé à la radio. | Jean-Pierre Martin",
    })
    void hyphenatedPersonNamesStayWhole(String lang, String text, String name) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.entities().stream().anyMatch(e -> e.type().equals("Person") && e.label().contains(name)),
                () -> "entities " + d.entities());
    }
}
