package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
