package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.geokg.extract.claims.SpeechClaimExtractor;
import org.geokg.extract.events.LexiconEventExtractor;
import org.geokg.extract.lexicon.CameoCodebook;
import org.geokg.extract.mentions.GazetteerMentionFinder;
import org.geokg.extract.quantity.ProximityQuantityExtractor;
import org.geokg.extract.text.RuleTextPreparer;
import org.geokg.extract.time.RuleDateFinder;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plain-text reports (no publication date given) still date their events: from the dateline,
 * else from the day the lede names, so reports of one act from several outlets share a day and
 * can be clustered across articles.
 */
class PlainTextReportsDateTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
    private static final RuleBasedExtractor X = new RuleBasedExtractor(RuleTextPreparer.create(),
            GazetteerMentionFinder.create(), RuleDateFinder.create(), LexiconEventExtractor.create(),
            SpeechClaimExtractor.create(), ProximityQuantityExtractor.create(), CameoCodebook.standard(),
            () -> TODAY);
    /** The cluster window of the store (days between consecutive reports of one act). */
    private static final int WINDOW_DAYS = 3;

    private static ExtractionDocument extract(String text, String lang) {
        return X.extract(new Article("t-" + lang, "t.txt", null, null, null, lang, null, text));
    }

    /** Reports of one joint exercise opening (Tuesday 10 September 2024), one per language. */
    private static final Map<String, String> REPORTS = Map.of(
            "en", "Darwin, Sept. 10 (IANS) Indonesia and Australia opened a joint naval exercise in the Arafura "
                    + "Sea on Tuesday, officials said.\nAbout 1,500 sailors take part in the drills.",
            "id", "Jakarta, Selasa (10/9/2024) - Indonesia dan Australia membuka latihan bersama angkatan laut "
                    + "di Laut Arafura.\nSebanyak 1.500 pelaut ikut dalam latihan itu.",
            "es", "Canberra, 10 sep (EFE).- Australia e Indonesia iniciaron este martes un ejercicio conjunto "
                    + "naval en el mar de Arafura.\nUnos 1.500 marineros participan en las maniobras.",
            "fr", "Canberra, 10 sept. (AFP) - L'Australie et l'Indonésie ont lancé mardi des exercices conjoints "
                    + "en mer d'Arafura.\nEnviron 1 500 marins y participent.",
            "de", "Canberra, 10. September (dpa) - Australien und Indonesien haben am Dienstag gemeinsame Manöver "
                    + "in der Arafurasee begonnen.\nRund 1500 Seeleute nehmen teil.");

    private static String countries(ExtractionDocument d, List<String> refs) {
        Map<String, Entity> byRef = d.entities().stream().collect(Collectors.toMap(Entity::ref, e -> e));
        TreeSet<String> out = new TreeSet<>();
        for (String r : refs) {
            Entity e = byRef.get(r);
            if (e != null && e.country() != null) {
                out.add(e.country());
            }
        }
        return out.toString();
    }

    @Test
    void plainTextReportsOfOneActGetDaysThatCluster() {
        List<LocalDate> days = new ArrayList<>();
        for (Map.Entry<String, String> r : REPORTS.entrySet()) {
            ExtractionDocument d = extract(r.getValue(), r.getKey());
            Event opening = null;
            for (Event e : d.events()) {
                if (e.cameo().startsWith("06") && countries(d, concat(e.source(), e.target())).equals("[AUS, IDN]")) {
                    opening = e;
                }
            }
            assertNotNull(opening, () -> r.getKey() + ": no exercise event in " + d.events());
            assertNotNull(opening.date(), r.getKey() + ": the exercise has no date");
            assertEquals(10, opening.date().length(), r.getKey() + ": not a day: " + opening.date());
            days.add(LocalDate.parse(opening.date()));
        }
        days.sort(null);
        for (int i = 1; i < days.size(); i++) {
            assertTrue(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)) <= WINDOW_DAYS, days::toString);
        }
        assertEquals(LocalDate.of(2024, 9, 10), days.get(0), days::toString);
        assertEquals(LocalDate.of(2024, 9, 10), days.get(days.size() - 1), days::toString);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        en | Oslo, March 4 (IANS) Norway and Sweden signed a border agreement on Monday.                       | 2024-03-04
        ms | KUALA LUMPUR, 5 Mac — Malaysia dan Thailand menandatangani perjanjian sempadan pada tahun 2021.   | 2021-03-05
        es | Lima, 3 de mayo (EFE).- Perú y Chile firmaron un acuerdo fronterizo, según fuentes oficiales.     | 2024-05-03
        de | Berlin (dpa) - Deutschland und Polen haben am Freitag ein Abkommen unterzeichnet, hieß es.       | -
        """)
    void datelineGivesThePublicationDate(String lang, String text, String published) {
        assertEquals(published, extract(text, lang).article().published());
    }

    @Test
    void eventWithoutOwnDateTakesItsSentencesDateElseTheArticles() {
        String text = "Jakarta, Kamis (12/9/2024) - Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri "
                + "Australia di Jakarta.\nKedua negara menandatangani perjanjian kerja sama pertahanan pada "
                + "Senin (9/9/2024) di Canberra.\nIndonesia mengecam serangan terhadap Australia.";
        ExtractionDocument d = extract(text, "id");
        assertEquals("2024-09-12", d.article().published());
        List<String> dates = d.events().stream().map(e -> e.cameo() + "@" + e.date()).toList();
        assertTrue(dates.stream().anyMatch(s -> s.endsWith("@2024-09-09")), dates::toString);
        assertTrue(dates.stream().anyMatch(s -> s.startsWith("11") && s.endsWith("@2024-09-12")), dates::toString);
    }

    @Test
    void ledeDayDatesTheEventsWhenThereIsNoDateline() {
        String text = "Presiden Indonesia bertemu Perdana Menteri Australia di Canberra pada Senin (9/9/2024) "
                + "untuk membahas kerja sama.\nIndonesia mengecam serangan terhadap Australia di perbatasan itu.";
        ExtractionDocument d = extract(text, "id");
        assertEquals(null, d.article().published());
        List<String> dates = d.events().stream().map(e -> e.cameo() + "@" + e.date()).toList();
        assertTrue(dates.stream().anyMatch(s -> s.startsWith("11") && s.endsWith("@2024-09-09")), dates::toString);
    }
}
