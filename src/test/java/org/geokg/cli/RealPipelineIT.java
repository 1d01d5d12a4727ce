package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.geokg.extract.Extractor;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands with the real extraction pipeline and a TDB2 store in a temp dir.
 */
class RealPipelineIT {
    private static final Path SAMPLE = Paths.get("data/samples/seed-id-korut-rusia.txt");
    private static Extractor pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildPipelineOnce() {
        pipeline = Extractor.createDefault();
    }

    private CliRun run(String... args) {
        return CliRun.run(() -> pipeline, Paths.get("").toAbsolutePath(), args);
    }

    @Test
    void extractJsonOfTheSampleHasTheSchemaAndOffsetsIntoTheText() throws Exception {
        CliRun r = run("extract", SAMPLE.toString(), "--format", "json").assertExit(ExitCode.OK);
        List<JsonNode> docs = r.jsonOut();
        assertEquals(1, docs.size(), r::toString);
        JsonNode doc = docs.get(0);
        assertEquals("geokg-extraction/1", doc.path("schema").asText(), r::toString);
        assertEquals("id", doc.path("article").path("language").asText(), r::toString);
        assertEquals("seed-id-korut-rusia.txt", doc.path("article").path("file").asText(), r::toString);
        String text = Files.readString(SAMPLE);
        int checked = 0;
        for (JsonNode e : doc.path("entities")) {
            for (JsonNode m : e.path("mentions")) {
                assertEquals(m.path("text").asText(), text.substring(m.path("start").asInt(), m.path("end").asInt()),
                        () -> "mention offsets do not point at the mention text: " + m);
                checked++;
            }
        }
        for (JsonNode ev : doc.path("events")) {
            JsonNode evidence = ev.path("evidence");
            assertEquals(evidence.path("text").asText(),
                    text.substring(evidence.path("start").asInt(), evidence.path("end").asInt()));
            checked++;
        }
        assertTrue(checked > 0, () -> "nothing extracted from the sample\n" + r);
    }

    @Test
    void extractTrigPrintsTheArticleGraph() {
        CliRun r = run("extract", SAMPLE.toString(), "--format", "trig").assertExit(ExitCode.OK);
        assertTrue(r.out().contains("NewsArticle"), r::toString);
    }

    @Test
    void textInNoKnownLanguageIsStoredWithLanguageUnd() throws Exception {
        Path f = tmp.resolve("numbers.txt");
        Files.writeString(f, "2021-08-12 — 28.500 / 1950-1953 : 12 : 45 %");
        CliRun x = run("extract", f.toString()).assertExit(ExitCode.OK);
        assertEquals("und", x.jsonOut().get(0).path("article").path("language").asText(), x::toString);
        Path db = tmp.resolve("db");
        CliRun r = run("ingest", "--db", db.toString(), f.toString()).assertExit(ExitCode.OK);
        assertEquals("1 read, 1 stored, 0 unchanged, 0 rejected", r.lastErrLine(), r::toString);
        CliRun q = run("query", "--db", db.toString(), "--format", "csv", "--sparql",
                "SELECT ?l WHERE { ?a <http://purl.org/dc/terms/language> ?l }").assertExit(ExitCode.OK);
        assertEquals(List.of("l", "und"), q.out().lines().toList(), q::toString);
    }

    @Test
    void ingestingTheSampleTwiceChangesNothing() {
        Path db = tmp.resolve("db");
        CliRun first = run("ingest", "--db", db.toString(), SAMPLE.toString()).assertExit(ExitCode.OK);
        assertEquals("1 read, 1 stored, 0 unchanged, 0 rejected", first.lastErrLine(), first::toString);
        long before;
        try (GeoKgStore s = GeoKgStore.open(db)) {
            before = s.size();
        }
        CliRun second = run("ingest", "--db", db.toString(), SAMPLE.toString()).assertExit(ExitCode.OK);
        assertEquals("1 read, 0 stored, 1 unchanged, 0 rejected", second.lastErrLine(), second::toString);
        try (GeoKgStore s = GeoKgStore.open(db)) {
            assertEquals(before, s.size());
        }
    }

    @Test
    void demoExampleQueriesAnswerOnTheSample() {
        Path db = tmp.resolve("demo");
        run("demo", "--db", db.toString(), "--no-serve").assertExit(ExitCode.OK);
        CliRun article = run("query", "--db", db.toString(), "--format", "csv", "--sparql", DemoCommand.ARTICLE_QUERY)
                .assertExit(ExitCode.OK);
        List<String> rows = article.out().lines().toList();
        assertTrue(rows.size() >= 2, article::toString);
        assertTrue(rows.get(1).startsWith("Korut Siap Perkuat Kerja Sama dengan Rusia untuk Hadapi AS,id"),
                article::toString);
        CliRun states = run("query", "--db", db.toString(), "--format", "csv", "--sparql", DemoCommand.STATES_QUERY)
                .assertExit(ExitCode.OK);
        assertTrue(states.out().contains("PRK"), states::toString);
        assertTrue(states.out().contains("http://www.wikidata.org/entity/Q423"), states::toString);
        assertFalse(states.out().contains("\n\n"), states::toString);
    }
}
