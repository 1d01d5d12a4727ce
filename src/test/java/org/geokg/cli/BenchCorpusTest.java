package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus of {@code bench-store}: distinct ids, spread dates, deterministic per seed. */
class BenchCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path texts;

    @BeforeEach
    void writeTexts() throws IOException {
        texts = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(texts.resolve("a-en-talks.txt"), "Ministers meet for border talks\n\n"
                + "The two foreign ministers met on Monday.\nThey agreed to meet again.\nTrade was discussed.\n");
        Files.writeString(texts.resolve("b-fr-visite.txt"), "Le ministre en visite officielle\n"
                + "Le ministre est arrivé mardi.\nIl a rencontré son homologue.\n");
        Files.createDirectories(texts.resolve("sub"));
        Files.writeString(texts.resolve("sub/plain.txt"), "A short note without a language in its name.\n");
        Files.writeString(texts.resolve("notes.md"), "not a text: ignored\n");
    }

    @Test
    void everyArticleHasADistinctIdAndAllFields() throws IOException {
        List<JsonNode> articles = generate(42, 540, 600);
        assertEquals(600, articles.size());
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (JsonNode a : articles) {
            ids.add(a.path("id").asText());
            urls.add(a.path("url").asText());
            assertFalse(a.path("text").asText().isBlank(), a.toString());
            assertFalse(a.path("publisher").asText().isBlank(), a.toString());
            assertTrue(a.path("published").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00Z"), a.toString());
        }
        assertEquals(600, ids.size());
        assertEquals(600, urls.size());
    }

    @Test
    void datesSpreadOverTheSpanAndFollowUpsFormClusters() throws IOException {
        List<JsonNode> articles = generate(7, 365, 1000);
        Set<LocalDate> days = new HashSet<>();
        Map<String, List<LocalDate>> byText = new HashMap<>();
        for (JsonNode a : articles) {
            LocalDate d = LocalDate.parse(a.path("published").asText().substring(0, 10));
            assertFalse(d.isBefore(BenchCorpus.START), d.toString());
            assertFalse(d.isAfter(BenchCorpus.START.plusDays(365 + 3)), d.toString());
            days.add(d);
            byText.computeIfAbsent(a.path("title").asText(""), k -> new ArrayList<>()).add(d);
        }
        assertTrue(days.size() > 150, "dates spread over the year: " + days.size() + " distinct days");
        int withNeighbour = 0;
        for (List<LocalDate> ds : byText.values()) {
            for (int i = 0; i < ds.size(); i++) {
                for (int j = 0; j < ds.size(); j++) {
                    if (i != j && Math.abs(ds.get(i).toEpochDay() - ds.get(j).toEpochDay()) <= 3) {
                        withNeighbour++;
                        break;
                    }
                }
            }
        }
        assertTrue(withNeighbour > 500, "most articles have a same-story article within 3 days: " + withNeighbour);
    }

    @Test
    void sameSeedGivesTheSameArticlesAndAnotherSeedOthers() throws IOException {
        assertEquals(write(42, 540, 200), write(42, 540, 200));
        assertNotEquals(write(42, 540, 200), write(43, 540, 200));
    }

    @Test
    void aSmallerRunIsAPrefixOfALargerOne() throws IOException {
        String large = write(5, 540, 300);
        String small = write(5, 540, 120);
        assertTrue(large.startsWith(small));
        assertEquals(120, small.lines().count());
    }

    @Test
    void copiesOfOneTextDifferInTheirLinesButKeepTheHeadline() throws IOException {
        Set<String> variants = new HashSet<>();
        for (JsonNode a : generate(42, 540, 400)) {
            String text = a.path("text").asText();
            if (text.startsWith("Ministers meet")) {
                variants.add(text);
                assertTrue(text.contains("They") || text.contains("The two") || text.contains("Trade"), text);
            }
        }
        assertTrue(variants.size() > 3, "variants: " + variants.size());
    }

    @Test
    void languageComesFromTheFileNameWhenItNamesOne() throws IOException {
        Map<String, String> langByHeadline = new HashMap<>();
        for (JsonNode a : generate(1, 540, 100)) {
            String first = a.path("text").asText().lines().findFirst().orElse("");
            langByHeadline.put(first, a.has("language") ? a.path("language").asText() : null);
        }
        assertEquals("en", langByHeadline.get("Ministers meet for border talks"));
        assertEquals("fr", langByHeadline.get("Le ministre en visite officielle"));
        assertNull(langByHeadline.get("A short note without a language in its name."));
        assertEquals("id", BenchCorpus.language("seed-id-korut-rusia.txt"));
        assertNull(BenchCorpus.language("index.txt"));
    }

    @Test
    void onlyTxtFilesAreTextsAndDuplicatesCountOnce() throws IOException {
        Files.writeString(texts.resolve("copy.txt"), Files.readString(texts.resolve("b-fr-visite.txt")));
        assertEquals(3, BenchCorpus.load(List.of(texts), 1, 10).texts().size());
    }

    @Test
    void aFolderWithoutTextsIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThrows(InputException.class, () -> BenchCorpus.load(List.of(empty), 1, 10));
        assertThrows(InputException.class, () -> BenchCorpus.load(List.of(tmp.resolve("missing")), 1, 10));
    }

    private String write(long seed, int days, int n) throws IOException {
        StringWriter out = new StringWriter();
        BenchCorpus.load(List.of(texts), seed, days).write(out, n);
        return out.toString();
    }

    private List<JsonNode> generate(long seed, int days, int n) throws IOException {
        Path file = tmp.resolve("articles-" + seed + "-" + n + ".jsonl");
        BenchCorpus.load(List.of(texts), seed, days).write(file, n);
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
