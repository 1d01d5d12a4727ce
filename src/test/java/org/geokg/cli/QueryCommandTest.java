package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.store.Fixtures;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryCommandTest {
    @TempDir
    Path dir;

    @Test
    void nameResolvesToTheLocalQueriesFolderFirst() throws Exception {
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("queries/my-question.rq"), "ASK { }");
        assertEquals("ASK { }", QueryCommand.resolve("my-question", dir.resolve("queries")));
    }

    @Test
    void pathToARqFileIsReadAsIs() throws Exception {
        Path f = dir.resolve("q.rq");
        Files.writeString(f, "SELECT * { ?s ?p ?o }");
        assertEquals("SELECT * { ?s ?p ?o }", QueryCommand.resolve(f.toString(), dir.resolve("queries")));
    }

    @Test
    void unknownNameListsWhereItLookedAndWhatExists() throws Exception {
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("queries/events.rq"), "ASK { }");
        InputException e = assertThrows(InputException.class,
                () -> QueryCommand.resolve("nope", dir.resolve("queries")));
        assertTrue(e.getMessage().contains("queries/nope.rq"), e.getMessage());
        assertTrue(e.getMessage().contains("available: events"), e.getMessage());
    }

    @Test
    void missingQueryFileIsInvalidInputBeforeTouchingTheStore() {
        CliRun r = CliRun.run(FakeExtractor::new, dir, "query", "--db", dir.resolve("db").toString(), "missing.rq")
                .assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("query file not found: missing.rq"), r::toString);
        assertTrue(Files.notExists(dir.resolve("db")), r::toString);
    }

    /** A store of 30 generated articles: enough quads that a scan outlives a 1 ms limit. */
    private Path storeOfThirtyArticles() {
        Path db = dir.resolve("db");
        try (GeoKgStore store = GeoKgStore.open(db)) {
            List<GeoKgStore.Item> items = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Fixtures.Spec s = Fixtures.generated(i);
                items.add(new GeoKgStore.Item(Fixtures.article(s), Fixtures.doc(s)));
            }
            store.putBatch(items);
        }
        return db;
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"csv", "tsv", "json", "table"})
    void aQueryStoppedByTheTimeoutFailsNamingTheQueryAndTheLimit(String format) {
        Path db = storeOfThirtyArticles();
        CliRun r = CliRun.run(FakeExtractor::new, dir, "query", "--db", db.toString(), "--format", format,
                "--timeout", "1ms", "--sparql", "SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), \"^nomatch\")) }")
                .assertExit(ExitCode.FAILED);
        assertTrue(r.err().contains("1 ms"), r::toString);
        assertTrue(r.err().contains("FILTER(REGEX(STR(?o)"), r::toString);
        assertTrue(r.err().contains("--timeout"), r::toString);
    }

    @Test
    void rowsPrintedBeforeTheTimeoutAreDeclaredIncomplete() {
        Path db = storeOfThirtyArticles();
        CliRun r = CliRun.run(FakeExtractor::new, dir, "query", "--db", db.toString(), "--format", "csv",
                "--timeout", "1ms", "--sparql", "SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), \"a\")) }")
                .assertExit(ExitCode.FAILED);
        assertTrue(r.out().startsWith("s,p,o"), r::toString);
        assertTrue(r.err().contains("incomplete"), r::toString);
    }

    @Test
    void aTimeoutMustBePositive() {
        CliRun.run(FakeExtractor::new, dir, "query", "--db", dir.resolve("db").toString(), "--timeout", "0ms",
                "--sparql", "ASK { }").assertExit(ExitCode.INVALID_INPUT);
    }
}
