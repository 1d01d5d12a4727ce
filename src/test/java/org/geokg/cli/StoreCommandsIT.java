package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** query, export, import, stats, validate and demo on a TDB2 store in a temp dir (stand-in pipeline). */
class StoreCommandsIT {
    @TempDir
    Path tmp;

    private Path db;
    private final FakeExtractor fake = new FakeExtractor();

    @BeforeEach
    void ingestTwoArticles() throws Exception {
        db = CliRun.ingestTwoArticles(() -> fake, tmp);
    }

    private CliRun run(String... args) {
        return CliRun.run(() -> fake, tmp, args);
    }

    @Test
    void queryByNameBindsTheParameter() throws Exception {
        Files.createDirectories(tmp.resolve("queries"));
        Files.writeString(tmp.resolve("queries/articles-in-language.rq"), """
                # Articles in one language. Parameters: ?lang (ISO 639-1). Columns: id, title.
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?id ?title WHERE { ?a dct:identifier ?id ; dct:title ?title ; dct:language ?lang }
                """);
        CliRun r = run("query", "--db", db.toString(), "articles-in-language", "--param", "lang=id", "--format", "csv")
                .assertExit(ExitCode.OK);
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("id,title", "art-id,Korut siap"), lines, r::toString);
    }

    @Test
    void bundledQueryByNameRunsFromTheJarWithAParameter() {
        Path empty = tmp.resolve("no-queries-here");
        CliRun r = CliRun.run(() -> fake, empty, "query", "--db", db.toString(), "article-overview",
                "--param", "language=en", "--format", "tsv").assertExit(ExitCode.OK);
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertTrue(lines.get(1).startsWith("\"art-en\""), r::toString);
    }

    @Test
    void querySparqlTextPrintsATable() {
        CliRun r = run("query", "--db", db.toString(), "--sparql",
                "PREFIX dct: <http://purl.org/dc/terms/> SELECT (COUNT(?a) AS ?n) WHERE { ?a dct:identifier ?id }")
                .assertExit(ExitCode.OK);
        assertTrue(r.out().contains("n"), r::toString);
    }

    @Test
    void badSparqlIsInvalidInput() {
        CliRun r = run("query", "--db", db.toString(), "--sparql", "SELEKT nothing").assertExit(ExitCode.INVALID_INPUT);
        assertEquals("", r.out());
        assertFalse(r.err().isBlank());
    }

    @Test
    void exportThenImportIntoAnEmptyStoreKeepsEveryQuad() throws Exception {
        CliRun export = run("export", "--db", db.toString(), "--format", "trig").assertExit(ExitCode.OK);
        Path dump = tmp.resolve("dump.trig");
        Files.writeString(dump, export.out());
        Path copy = tmp.resolve("copy");
        run("import", "--db", copy.toString(), dump.toString()).assertExit(ExitCode.OK);
        long original;
        long restored;
        try (GeoKgStore a = GeoKgStore.open(db)) {
            original = a.size();
        }
        try (GeoKgStore b = GeoKgStore.open(copy)) {
            restored = b.size();
            assertTrue(b.contains("art-en"));
        }
        assertEquals(original, restored);
    }

    @Test
    void statsPrintsCountsOnStdout() {
        CliRun r = run("stats", "--db", db.toString()).assertExit(ExitCode.OK);
        assertTrue(r.out().contains("2"), r::toString);
    }

    @Test
    void validateOfWellFormedArticlesConforms() {
        CliRun r = run("validate", "--db", db.toString());
        assertTrue(r.code() == ExitCode.OK || r.code() == ExitCode.FAILED, r::toString);
        assertFalse(r.out().isBlank(), r::toString);
    }

    @Test
    void demoWithoutServingIngestsTheSamplesAndPrintsExampleQueries() {
        Path project = Paths.get("").toAbsolutePath();
        CliRun r = CliRun.run(() -> fake, project, "demo", "--db", tmp.resolve("demo-db").toString(), "--no-serve")
                .assertExit(ExitCode.OK);
        assertTrue(r.err().contains("1 read, 1 stored, 0 unchanged, 0 rejected"), r::toString);
        assertTrue(r.err().contains("curl -s http://127.0.0.1:3030/geokg/sparql"), r::toString);
        assertEquals("seed-id-korut-rusia.txt", fake.seen.get(fake.seen.size() - 1).file());
    }

    @Test
    void storeHeldByAnotherProcessFailsAtOnceWithTheStoreMessage() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GeoKgMain.class.getName(),
                "serve", "--db", db.toString(), "--port", "0");
        pb.redirectErrorStream(true);
        Process server = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.contains("SPARQL:")) {
                    break;
                }
            }
            assertTrue(seen.toString().contains("SPARQL:"), seen::toString);
            long start = System.nanoTime();
            CliRun r = run("ingest", "--db", db.toString(), tmp.resolve("in").toString())
                    .assertExit(ExitCode.FAILED);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "did not fail at once");
            assertTrue(fake.seen.size() == 2, "the pipeline ran before the store was opened: " + r);
            assertFalse(r.err().isBlank(), r::toString);
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
