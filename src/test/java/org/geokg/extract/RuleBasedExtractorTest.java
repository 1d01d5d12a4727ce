package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assembly of the default pipeline: one event per happening, outlets are not parties. */
class RuleBasedExtractorTest {
    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.createDefault();
    }

    private static ExtractionDocument extract(String text) {
        return extract(text, "en");
    }

    private static ExtractionDocument extract(String text, String lang) {
        return extractor.extract(new Article("t", "t.txt", null, null, "2024-03-04", lang, null, text));
    }

    private static Set<String> countries(ExtractionDocument doc, List<String> refs) {
        Set<String> out = new HashSet<>();
        for (String r : refs) {
            out.add(doc.entity(r).country());
        }
        return out;
    }

    @Test
    void happeningToldTwiceInOneArticleIsOneEvent() {
        ExtractionDocument doc = extract("The French Foreign Ministry signed a trade agreement with Chile on "
                + "Monday.\n\nFrance signed a trade agreement with Chile to cut tariffs.");
        List<Event> signed = doc.events().stream().filter(e -> e.cameo().startsWith("05")).toList();
        assertEquals(1, signed.size(), doc.events()::toString);
    }

    @Test
    void twoOfficialsOfOneStateActingAreTwoEvents() {
        ExtractionDocument doc = extract("French President Emmanuel Macron signed a trade agreement with Chile on "
                + "Monday.\n\nFrench Foreign Minister Jean Dupont signed a trade agreement with Chile on Tuesday.");
        List<Event> signed = doc.events().stream().filter(e -> e.cameo().startsWith("05")).toList();
        assertEquals(2, signed.size(), doc.events()::toString);
    }

    @Test
    void creditedOutletIsNotAPartyToTheEvent() {
        ExtractionDocument doc = extract("Dilansir Reuters, seiring latihan militer gabungan Prancis-Cile, "
                + "kedua negara mempererat kerja sama.", "id");
        assertFalse(doc.events().isEmpty(), doc::toString);
        for (Event e : doc.events()) {
            assertFalse(countries(doc, e.source()).contains("GBR"), e::toString);
            assertFalse(countries(doc, e.target()).contains("GBR"), e::toString);
        }
    }

    @Test
    void laterStatementOfTheSameSpeakerTakesTheDateOfTheOccasion() {
        ExtractionDocument doc = extractor.extract(new Article("t", "t.txt", null, null, null, "id", null,
                "Menteri Luar Negeri Prancis Jean Dupont pada Senin 3 Maret 2025 mengatakan Prancis ingin "
                + "memperkuat kerja sama dengan Cile.\n\nMenurut Dupont, Argentina bertanggung jawab atas "
                + "krisis di kawasan itu."));
        assertEquals(2, doc.claims().size(), doc::toString);
        assertEquals("2025-03-03", doc.claims().get(1).date(), doc::toString);
        Event accusation = doc.events().stream().filter(e -> e.cameo().startsWith("11")).findFirst().orElseThrow();
        assertEquals("2025-03-03", accusation.date(), doc::toString);
    }

    @Test
    void actorOfAnEarlierSentenceInTheSameQuotationIsNotAParty() {
        ExtractionDocument doc = extract("\u201cPrancis adalah dalang krisis ini. Kami ingin meningkatkan kerja sama "
                + "antara Cile dan Argentina,\u201d kata Menteri Luar Negeri Cile Juan Perez.", "id");
        List<Event> cooperation = doc.events().stream().filter(e -> e.cameo().startsWith("03")).toList();
        assertFalse(cooperation.isEmpty(), doc::toString);
        for (Event e : cooperation) {
            assertFalse(countries(doc, e.source()).contains("FRA"), e::toString);
            assertFalse(countries(doc, e.target()).contains("FRA"), e::toString);
        }
    }

    @Test
    void sameActOfOneStateOnOneDayToldThroughItsEnvoyIsOneEvent() {
        ExtractionDocument doc = extractor.extract(new Article("t", "t.txt", null, null, null, "id", null,
                "Duta Besar Prancis untuk Cile, Jean Dupont, pada Senin 3 Maret 2025 mengatakan Paris berniat "
                + "memperkuat kerja sama dengan Cile.\n\n\u201cKami ingin meningkatkan kerja sama antara Prancis dan "
                + "Cile,\u201d papar Dupont."));
        List<Event> intents = doc.events().stream().filter(e -> e.cameo().startsWith("03")).toList();
        assertEquals(1, intents.size(), doc.events()::toString);
        for (var c : doc.claims()) {
            for (String r : c.asserts()) {
                assertFalse(doc.events().stream().noneMatch(e -> e.ref().equals(r)), () -> "dangling " + r);
            }
        }
    }
}
