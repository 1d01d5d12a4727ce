package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Language-general attribution, coordination and naming rules of the whole pipeline, on short
 * made-up sentences (Indonesian, Malay, English).
 */
class AttributionAndPartiesTest {
    private static ExtractionDocument run(String lang, String text) {
        return PipelineFixture.pipeline().extract(new Article("t", "t.txt", null, null, "2024-03-04", lang, null, text));
    }

    private static Map<String, Entity> byRef(ExtractionDocument d) {
        Map<String, Entity> out = new HashMap<>();
        for (Entity e : d.entities()) {
            out.put(e.ref(), e);
        }
        return out;
    }

    private static String speakerLabel(ExtractionDocument d, Claim c) {
        return byRef(d).get(c.speaker()).label();
    }

    private static Set<String> countries(ExtractionDocument d, List<String> refs) {
        Map<String, Entity> ents = byRef(d);
        return refs.stream().map(r -> ents.get(r).country()).filter(c -> c != null).collect(Collectors.toSet());
    }

    @Test
    void titleAfterSpeechVerbIsNotTakenForAName() {
        ExtractionDocument d = run("id", "Pertemuan itu berlangsung di Jakarta pada hari Senin. \"Kedua negara harus "
                + "menahan diri dari kekerasan,\" kata Menteri Luar Negeri Thailand Somchai Wongsawat dalam "
                + "sebuah pernyataan.");
        assertFalse(d.entities().stream().anyMatch(e -> e.label().equals("Menteri Luar Negeri")), d.entities().toString());
        assertEquals(1, d.claims().size(), d.claims().toString());
        assertEquals("Somchai Wongsawat", speakerLabel(d, d.claims().get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The ministry rejected the new tariffs as unlawful, Deputy Trade Minister Olga Petrova told a briefing on Tuesday. | The ministry rejected the new tariffs as unlawful",
        "Foreign Minister Olga Petrova rejected the tariffs as unlawful, she stated at a press conference in Vienna on Tuesday. | Foreign Minister Olga Petrova rejected the tariffs as unlawful",
        "Canada and Japan held joint naval drills in the Pacific, Canada's armed forces said on Friday, in a step likely to annoy Beijing. | Canada and Japan held joint naval drills in the Pacific",
    })
    void tailAttributionKeepsTheWordsBeforeTheVerb(String text, String said) {
        ExtractionDocument d = run("en", text);
        assertEquals(1, d.claims().size(), d.claims().toString());
        assertEquals(said, d.claims().get(0).text());
    }

    @Test
    void adjunctAfterSpeechVerbIsNotTheWordsSaid() {
        ExtractionDocument d = run("en", "Foreign Minister Olga Petrova spoke at a press conference in Vienna on Tuesday. "
                + "Minister Olga Petrova said in a statement that the talks would resume in May.");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().startsWith("at a press") || c.text().startsWith("in a")),
                d.claims().toString());
        assertTrue(d.claims().stream().anyMatch(c -> c.text().startsWith("the talks would resume")), d.claims().toString());
    }

    @Test
    void speakerBeforeCommaIsNotTheWordsSaid() {
        ExtractionDocument d = run("ms", "Kementerian Luar Thailand, dalam kenyataan pada Sabtu memaklumkan kedua-dua "
                + "menteri dijadual bertemu di Bangkok minggu depan.");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().equals("Kementerian Luar Thailand")), d.claims().toString());
    }

    @Test
    void prepositionWithoutSpeakerGivesNoClaim() {
        ExtractionDocument d = run("id", "\"Kami siap bekerja sama,\" kata Menteri Luar Negeri Thailand Somchai Wongsawat. "
                + "Menurut rencana, pertemuan itu akan digelar di Bangkok pada bulan Mei.");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().startsWith("pertemuan itu")), d.claims().toString());
    }

    @Test
    void coordinationOverATitleJoinsBothSides() {
        ExtractionDocument d = run("id", "Menteri Luar Negeri Thailand Somchai Wongsawat dan Menteri Luar Negeri Vietnam "
                + "Nguyen Van Long mengadakan pertemuan bilateral di Hanoi pada hari Selasa.");
        assertTrue(d.events().stream().anyMatch(e -> {
            Set<String> parties = new HashSet<>(countries(d, e.source()));
            parties.addAll(countries(d, e.target()));
            return e.cameo().startsWith("04") && parties.containsAll(Set.of("THA", "VNM"));
        }), d.events().toString());
    }

    @Test
    void nameWithAnInitialIsTheSamePersonAsWithout() {
        ExtractionDocument d = run("id", "Menteri Luar Negeri Somchai K Wongsawat tiba di Jakarta. Menteri Luar Negeri "
                + "Thailand Somchai Wongsawat kemudian bertemu Presiden Indonesia.");
        long persons = d.entities().stream().filter(e -> e.type().equals("Person")
                && e.label().endsWith("Wongsawat")).count();
        assertEquals(1, persons, d.entities().toString());
    }

    @Test
    void parenthesisAfterBodyInTitleChainIsSkipped() {
        ExtractionDocument d = run("id", "Hal itu disampaikan juru bicara Kementerian Luar Negeri Thailand (MFA) Somchai "
                + "Wongsawat di Bangkok, Rabu.");
        assertTrue(d.entities().stream().anyMatch(e -> e.label().equals("Somchai Wongsawat") && "THA".equals(e.country())),
                d.entities().toString());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "ms | Thailand mengutuk serangan Myanmar ke atas Laos yang mengorbankan orang awam. | MMR",
        "id | Thailand mengecam serangan udara Myanmar ke Laos yang menewaskan warga sipil. | MMR",
    })
    void possessorAfterNominalTriggerIsTheAgent(String lang, String text, String agent) {
        ExtractionDocument d = run(lang, text);
        List<Event> attacks = d.events().stream().filter(e -> e.cameo().startsWith("19")).toList();
        assertFalse(attacks.isEmpty(), d.events().toString());
        assertTrue(attacks.stream().allMatch(e -> countries(d, e.source()).contains(agent)), attacks.toString());
    }

    @Test
    void numberInAModelNameIsNoQuantity() {
        ExtractionDocument d = run("en", "The drill involved two F-16 fighter jets and a Su-35 from Russia.");
        assertTrue(d.quantities().stream().noneMatch(q -> q.value().compareTo(BigDecimal.valueOf(16)) == 0
                || q.value().compareTo(BigDecimal.valueOf(35)) == 0), d.quantities().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Afghan officials protested to Islamabad. | AFG",
        "Iraqi troops crossed the border. | IRQ",
        "Palestinian leaders met in Amman. | PSE",
    })
    void englishDemonymsNameTheirState(String text, String iso) {
        ExtractionDocument d = run("en", text);
        assertTrue(d.entities().stream().anyMatch(e -> iso.equals(e.country()) && e.type().equals("Country")),
                d.entities().toString());
    }
}
