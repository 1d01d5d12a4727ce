package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class GeoKgMainTest {

    @ParameterizedTest(name = "geokg {0} --help")
    @ValueSource(strings = {"ingest", "extract", "query", "serve", "export", "import", "validate", "stats", "demo",
        "eval", "lexicon"})
    void everyCommandPrintsHelpOnStdout(String command) {
        CliRun r = CliRun.run(FakeExtractor::new, command, "--help").assertExit(ExitCode.OK);
        assertTrue(r.out().startsWith("Usage: geokg " + command), r::toString);
        assertTrue(r.out().contains("--help"), r::toString);
    }

    @Test
    void mainHelpListsTheCommands() {
        CliRun r = CliRun.run(FakeExtractor::new, "--help").assertExit(ExitCode.OK);
        for (String c : new String[] {"ingest", "extract", "query", "serve", "export", "import", "validate", "stats",
            "demo", "eval", "lexicon"}) {
            assertTrue(r.out().contains("  " + c), () -> c + " missing\n" + r);
        }
    }

    @Test
    void noCommandIsInvalidInput() {
        CliRun r = CliRun.run(FakeExtractor::new).assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("a command is required"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionIsInvalidInput() {
        CliRun r = CliRun.run(FakeExtractor::new, "ingest", "--no-such-option", "x").assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("--no-such-option"), r::toString);
    }

    @Test
    void dbOptionIsAcceptedAfterTheCommand() {
        GeoKgMain main = new GeoKgMain(FakeExtractor::new, Paths.get(""));
        GeoKgMain.commandLine(main).parseArgs("ingest", "--db", "/tmp/elsewhere", "a.txt");
        assertEquals(Paths.get("/tmp/elsewhere"), main.db());
    }

    @Test
    void dbOptionIsAcceptedBeforeTheCommand() {
        GeoKgMain main = new GeoKgMain(FakeExtractor::new, Paths.get(""));
        GeoKgMain.commandLine(main).parseArgs("--db", "/tmp/first", "-v", "stats");
        assertEquals(Paths.get("/tmp/first"), main.db());
        assertTrue(main.verbose());
    }

    @Test
    void dbDefaultsToTheEnvironmentOrGeokgData() {
        GeoKgMain main = new GeoKgMain(FakeExtractor::new, Paths.get(""));
        new CommandLine(main).parseArgs("stats");
        String env = System.getenv("GEOKG_DB");
        assertEquals(Paths.get(env == null ? "geokg-data" : env), main.db());
    }

    @Test
    void serveUpdateWithoutPasswordFileIsRefusedBeforeOpeningTheStore() {
        CliRun r = CliRun.run(FakeExtractor::new, "serve", "--db", "/nonexistent/db", "--update")
                .assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("--update needs --password-file"), r::toString);
    }

    @Test
    void badTimeoutIsInvalidInput() {
        CliRun r = CliRun.run(FakeExtractor::new, "serve", "--timeout", "soon").assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("not a duration"), r::toString);
    }

    @Test
    void queryNeedsAQueryOrSparql() {
        CliRun.run(FakeExtractor::new, "query").assertExit(ExitCode.INVALID_INPUT);
        CliRun.run(FakeExtractor::new, "query", "x.rq", "--sparql", "ASK {}").assertExit(ExitCode.INVALID_INPUT);
    }
}
