package org.geokg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.geokg.extract.eval.GoldLoader;
import org.geokg.kg.model.Article;
import org.geokg.nlp.TextSpan;
import org.geokg.testlib.DevCorpus;
import org.geokg.testlib.ExpectedCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTextPreparerTest {
    /**
     * Gold primary sources named only as the subject of a speech verb ("NIS ... mengatakan"):
     * finding them is the claim extractor's job, not the preparer's (no credit cue names them).
     */
    static final Set<String> LEFT_TO_CLAIMS = Set.of("11-id-pasukan-korut-kursk-era.txt:NIS");
    private final TextPreparer preparer = RuleTextPreparer.create();

    private static PreparedText prepare(String text) {
        return RuleTextPreparer.create().prepare(new Article("t", null, null, null, null, null, null, text));
    }

    private static String body(PreparedText p) {
        StringBuilder sb = new StringBuilder();
        for (TextSpan b : p.body()) {
            sb.append(b.of(p.text())).append('\n');
        }
        return sb.toString();
    }

    @Test
    void pageFurnitureAndRepeatedHeadlineAreBoilerplate() {
        String t = "Memuat\n\nDunia & Asia\n\nMenteri Bertemu Mitranya di Tokyo Pekan Ini\n\n"
                + "Menteri Bertemu Mitranya di Tokyo Pekan Ini\n\nTOKYO - Menteri luar negeri bertemu mitranya"
                + " di Tokyo pada hari Senin untuk membahas kerja sama.\n\nBaca juga: Menteri lain berkunjung\n\n"
                + "Pertemuan berlangsung dua jam.\n\nTags:\n\nDiplomasi\n\nLeave a Reply";
        PreparedText p = prepare(t);
        assertEquals("Menteri Bertemu Mitranya di Tokyo Pekan Ini", p.title());
        assertEquals(t.indexOf("Menteri Bertemu"), p.titleSpan().start());
        String body = body(p);
        assertTrue(body.startsWith("Menteri luar negeri bertemu"), body);
        assertTrue(body.contains("Pertemuan berlangsung dua jam."), body);
        for (String gone : List.of("Memuat", "Dunia & Asia", "Baca juga", "Tags", "Diplomasi", "Leave a Reply",
                "TOKYO -", "Pekan Ini")) {
            assertFalse(body.contains(gone), gone + " in " + body);
        }
        assertNull(p.publisher(), "a bare city is a place, not a publisher");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Jakarta, Kabarnusa.com – Presiden membuka rapat kerja pada hari Senin.|Kabarnusa.com|",
        "POROS BERITA – Presiden membuka rapat kerja pada hari Senin.|Poros Berita|",
        "Jakarta, CNBC Indonesia - Presiden membuka rapat kerja pada hari Senin.|CNBC Indonesia|",
        "WASHINGTON (Reuters) - The president opened the meeting on Monday.||Reuters",
        "MADRID, 3 mar (EFE).- El presidente abrió la reunión el lunes.||EFE",
        "Berlin (dpa) - Der Präsident eröffnete am Montag die Sitzung.||dpa",
        "Pyongyang, North Korea - The leader opened the meeting on Monday.||",
        "KUALA LUMPUR - Perdana Menteri membuka mesyuarat itu pada hari Isnin.||",
        "Oslo, March 4 (IANS) The president opened the meeting on Monday.||IANS",
        "KUALA LUMPUR, 5 Mac — Perdana Menteri membuka mesyuarat itu pada hari Isnin.||",
        "Lima, 3 de mayo (EFE).- El presidente abrió la reunión el lunes.||EFE"
    })
    void datelineGivesPublisherOrCreditAndLeavesTheBody(String text, String publisher, String via) {
        PreparedText p = prepare(text);
        assertEquals(publisher, p.publisher());
        assertEquals(via == null ? List.of() : List.of(via), p.reportedVia());
        String body = body(p);
        assertTrue(Character.isUpperCase(body.charAt(0)) && !body.contains(" - ") && !body.contains("–"), body);
    }

    @Test
    void nameWithItsShortFormIsNoDateline() {
        String t = "Presiden Joko Widodo (Jokowi) melakukan pertemuan dengan mitranya, 5 menteri hadir.";
        assertTrue(body(prepare(t)).startsWith("Presiden Joko Widodo (Jokowi)"), body(prepare(t)));
        String t2 = "Menteri Luar, 3 pegawai (Wisma Putra) Datang ke mesyuarat itu pada hari Isnin ini.";
        assertTrue(body(prepare(t2)).startsWith("Menteri Luar"), body(prepare(t2)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "id|Dilansir Antara, gempa terjadi pada malam hari.|Antara|",
        "id|Gempa terjadi pada malam hari, seperti dikutip dari Kompas.com, Selasa.|Kompas.com|",
        "id|Dalam wawancara dengan kantor berita Xinhua, menteri itu mengatakan hal tersebut.||Xinhua",
        "id|Menurut Budi, gempa terjadi pada malam hari.||",
        "ms|Kementerian Pertahanan (Mindef) dalam satu kenyataan berkata latihan itu selesai.||Mindef",
        "en|The ship sank on Tuesday, according to Reuters.|Reuters|",
        "en|The ship sank on Tuesday, according to the minister.||",
        "en|The minister told AFP that the ship sank on Tuesday.||AFP",
        "en|In an interview with CNN, the minister said the ship sank.||CNN",
        "es|El barco se hundió el martes, según EFE.|EFE|",
        "de|Das Schiff sank am Dienstag, laut Reuters.|Reuters|",
        "fr|Le navire a coulé mardi, selon l'AFP.|AFP|"
    })
    void creditCuesFillReportedViaAndPrimarySources(String lang, String text, String via, String primary) {
        PreparedText p = preparer.prepare(new Article("t", null, null, null, null, lang, null, text));
        assertEquals(via == null ? List.of() : List.of(via), p.reportedVia());
        assertEquals(primary == null ? List.of() : List.of(primary), p.primarySources());
    }

    @Test
    void closingCreditAndEditorInitialsAreBoilerplate() {
        String t = "Harga minyak naik tajam pada hari ini. - Bernama\n(abc/def)";
        PreparedText p = prepare(t);
        assertEquals(List.of("Bernama"), p.reportedVia());
        assertEquals("Harga minyak naik tajam pada hari ini.\n", body(p));
        String t2 = "Harga minyak naik tajam pada hari ini. (*)";
        assertEquals("Harga minyak naik tajam pada hari ini.\n", body(prepare(t2)));
    }

    @Test
    void givenMetadataWins() {
        String t = "Pemerintah mengatakan bahwa harga naik pada pekan ini.";
        PreparedText p = preparer.prepare(new Article("t", null, null, "Judul Berita", "2024-11-20", "ms", "Situs",
                t));
        assertEquals("ms", p.language());
        assertEquals("Judul Berita", p.title());
        assertNull(p.titleSpan());
        assertEquals(LocalDate.of(2024, 11, 20), p.published());
        assertEquals("Situs", p.publisher());
        assertEquals(List.of(new TextSpan(0, t.length())), p.sentences());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-11-20,2024-11-20", "2024-11,2024-11-01", "2024,2024-01-01", "2024-11-20T10:00:00Z,2024-11-20"})
    void publishedIsParsed(String given, LocalDate expected) {
        assertEquals(expected, RuleTextPreparer.parseDate(given));
    }

    @Test
    void unparsablePublishedIsNull() {
        assertNull(RuleTextPreparer.parseDate("kemarin"));
        assertNull(RuleTextPreparer.parseDate("2024-13-45"));
    }

    @Test
    void sentencesLieInsideTheBody() {
        String t = "Judul Yang Cukup Panjang Untuk Berita\n\nJAKARTA - Kalimat satu. Kalimat dua.\n\nTags: a, b";
        PreparedText p = prepare(t);
        assertEquals(2, p.sentences().size());
        for (TextSpan s : p.sentences()) {
            assertTrue(p.body().stream().anyMatch(b -> b.start() <= s.start() && s.end() <= b.end()));
            assertTrue(p.boilerplate().stream().noneMatch(b -> b.overlaps(s)));
        }
    }

    @Test
    void emptyTextGivesEmptyPreparation() {
        PreparedText p = prepare("");
        assertEquals("und", p.language());
        assertTrue(p.body().isEmpty() && p.sentences().isEmpty());
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    /**
     * Language, title (where the text holds it), publisher (where the text names it),
     * reportedVia and primarySources against gold on the dev corpus, counted per split against
     * corpus-expected.tsv; the fields of tune articles that differ go to stderr.
     */
    @Test
    void corpusArticleBlocksMatchGoldAsExpected() {
        DevCorpus corpus = DevCorpus.require();
        String test = "RuleTextPreparerTest";
        ExpectedCounts.Tally tally = new ExpectedCounts.Tally("language", "title", "publisher", "reportedVia",
                "primarySources");
        for (GoldLoader.GoldArticle a : corpus.articles()) {
            JsonNode gold = corpus.goldJson(a).path("article");
            String file = a.textFile().getFileName().toString();
            String text = a.text();
            PreparedText p = preparer.prepare(new Article(file, file, null, null, null, null, null, text));
            List<String> wrong = new ArrayList<>();
            if (!tally.add(a.split(), "language", p.language(), gold.path("language").asText())) {
                wrong.add("language " + p.language() + " (gold " + gold.path("language").asText() + ")");
            }
            String title = gold.path("title").asText("");
            if (!title.isEmpty() && text.contains(title) && !tally.add(a.split(), "title", p.title(), title)) {
                wrong.add("title '" + p.title() + "' (gold '" + title + "')");
            }
            String publisher = gold.path("publisher").asText(null);
            if (publisher != null && text.toLowerCase(Locale.ROOT).contains(publisher.toLowerCase(Locale.ROOT))
                    && !tally.add(a.split(), "publisher", p.publisher(), publisher)) {
                wrong.add("publisher " + p.publisher() + " (gold " + publisher + ")");
            }
            List<String> via = list(gold.path("reportedVia"));
            if (!tally.add(a.split(), "reportedVia", p.reportedVia(), via)) {
                wrong.add("reportedVia " + p.reportedVia() + " (gold " + via + ")");
            }
            List<String> primary = list(gold.path("primarySources"));
            primary.removeIf(s -> LEFT_TO_CLAIMS.contains(file + ":" + s));
            if (!tally.add(a.split(), "primarySources", p.primarySources(), primary)) {
                wrong.add("primarySources " + p.primarySources() + " (gold " + primary + ")");
            }
            if (DevCorpus.mayDiagnose(a) && !wrong.isEmpty()) {
                System.err.println(test + " " + a.name() + ": " + String.join("; ", wrong));
            }
        }
        ExpectedCounts.assertExpected(test, tally.rows(test));
    }
}
