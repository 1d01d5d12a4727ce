package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    private record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("/org/geokg/extract/eval/fixtures/predictions.jsonl")
                .toURI()).getParent();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EvalCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTextTableWithErrors() throws Exception {
        Path f = fixtures();
        Run r = run("--gold", f.toString(), "--pred", f.resolve("predictions.jsonl").toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("mean F1"), r.all());
        assertTrue(r.out().contains("false-alarm"), r.all());
    }

    @Test
    void printsJsonWithoutErrorsWhenAsked() throws Exception {
        Path f = fixtures();
        Run r = run("--gold", f.toString(), "--pred", f.resolve("predictions.jsonl").toString(), "--format", "json",
                "--no-errors");
        assertEquals(0, r.code(), r.all());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(4, n.path("overall").path("entities").path("tp").asInt(), r.all());
        assertTrue(n.path("errors").isMissingNode(), r.all());
    }

    @Test
    void badGoldDirectoryExitsWithTwo(@TempDir Path empty) {
        Run r = run("--gold", empty.toString(), "--pred", empty.resolve("p.jsonl").toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("gold"), r.all());
        assertEquals("", r.out(), r.all());
    }

    private static Path splitFixtures() throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("/org/geokg/extract/eval/split/SPLIT.tsv").toURI())
                .getParent();
    }

    @Test
    void splitFolderGivesTablesPerSplitAndTuneErrorsOnly() throws Exception {
        Run r = run("--gold", splitFixtures().toString(), "--pred", fixtures().resolve("predictions.jsonl").toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("(1 tune, 1 fresh)") && r.out().contains("[tune]")
                && r.out().contains("[fresh]"), r.all());
        assertTrue(r.out().contains("[alpha-id.txt]"), r.all());
        assertFalse(r.out().contains("[beta-en.txt]"), r.all());
    }

    @Test
    void freshErrorsFlagListsThemToo() throws Exception {
        Run r = run("--gold", splitFixtures().toString(), "--pred", fixtures().resolve("predictions.jsonl").toString(),
                "--fresh-errors");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("[beta-en.txt]"), r.all());
    }

    @Test
    void splitOptionScoresOneSplitOnly() throws Exception {
        Run r = run("--gold", splitFixtures().toString(), "--pred", fixtures().resolve("predictions.jsonl").toString(),
                "--split", "fresh", "--format", "json");
        assertEquals(0, r.code(), r.all());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(1, n.path("articles").asInt(), r.all());
        assertEquals(List.of("fresh"), names(n.path("bySplit").fieldNames()), r.all());
        assertEquals(0, n.path("errors").size(), r.all());
        assertEquals(n.path("overall"), n.path("bySplit").path("fresh"), r.all());
    }

    @Test
    void splitOptionWithoutSplitFileExitsWithTwo() throws Exception {
        Path f = fixtures();
        Run r = run("--gold", f.toString(), "--pred", f.resolve("predictions.jsonl").toString(), "--split", "tune");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("SPLIT.tsv"), r.all());
        assertEquals("", r.out(), r.all());
    }

    private static List<String> names(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
