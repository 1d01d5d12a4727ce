package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legislatures named after their country ("the Kenyan Senate", "the National Assembly of Zambia",
 * "Speaker of the Nigerian House of Representatives X") are organizations of that country, and the
 * head word of their name is no person ("House"). Found missing when reading English wire copy;
 * sentences written for this test.
 */
class LegislatureMentionTest {

    private static List<String> entities(ExtractionDocument d) {
        return d.entities().stream().map(e -> e.type() + ":" + e.label() + ":" + e.country()).toList();
    }

    /** {@code expected}: entries "Type:ISO3" that must be present; {@code absent}: a label no entity may have. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Speaker of the Nigerian House of Representatives Musa Bello met the Ghanaian envoy. | Person:NGA | House",
        "en | The Kenyan Senate approved the border deal on Tuesday. | Organization:KEN | Kenyan",
        "en | The National Assembly of Zambia rejected the border deal. | Organization:ZMB | National Assembly",
    })
    void aLegislatureIsAnOrganizationOfItsCountry(String lang, String text, String expected, String absent) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        List<String> got = entities(d);
        for (String want : expected.split(";")) {
            String[] tc = want.trim().split(":");
            assertTrue(d.entities().stream().anyMatch(e -> e.type().equals(tc[0]) && tc[1].equals(e.country())),
                    () -> want + " not among " + got);
        }
        assertTrue(d.entities().stream().noneMatch(e -> e.label().equals(absent.trim())),
                () -> "'" + absent + "' wrongly an entity among " + got);
    }
}
