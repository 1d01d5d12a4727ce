package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Supplier;
import org.geokg.extract.Extractor;
import org.geokg.kg.model.ExtractionJson;
import picocli.CommandLine;

/** Runs {@code geokg} in-process with captured stdout and stderr. */
record CliRun(int code, String out, String err) {

    /**
     * Ingests two small articles (one Indonesian, one English; JSON Lines in {@code workDir/in})
     * into a new store {@code workDir/db} with the given extractors; returns the store directory.
     */
    static Path ingestTwoArticles(Supplier<Extractor> extractors, Path workDir) throws IOException {
        Path db = workDir.resolve("db");
        Path in = Files.createDirectories(workDir.resolve("in"));
        Files.writeString(in.resolve("articles.jsonl"),
                "{\"id\":\"art-id\",\"language\":\"id\",\"title\":\"Korut siap\",\"text\":\"Korut siap.\"}\n"
                        + "{\"id\":\"art-en\",\"language\":\"en\",\"title\":\"Putin meets Kim\",\"text\":\"Putin met Kim.\"}\n");
        run(extractors, workDir, "ingest", "--db", db.toString(), in.toString()).assertExit(0);
        return db;
    }

    static CliRun run(Supplier<Extractor> extractors, Path workDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GeoKgMain.commandLine(new GeoKgMain(extractors, workDir));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Supplier<Extractor> extractors, String... args) {
        return run(extractors, Paths.get(""), args);
    }

    /** Asserts the exit code, showing exit code, stdout and stderr when it differs. */
    CliRun assertExit(int expected) {
        assertEquals(expected, code, () -> "unexpected exit code\n" + this);
        return this;
    }

    /** Every JSON value printed on stdout (one pretty document or JSON Lines). */
    List<JsonNode> jsonOut() {
        try (MappingIterator<JsonNode> it = ExtractionJson.mapper().readerFor(JsonNode.class).readValues(out)) {
            return it.readAll();
        } catch (IOException e) {
            throw new AssertionError("stdout is not JSON: " + e.getMessage() + "\n" + this, e);
        }
    }

    /** The {@code article.file} of every extraction document on stdout. */
    List<String> extractedFiles() {
        return jsonOut().stream().map(n -> n.path("article").path("file").asText()).toList();
    }

    /** The last non-empty line of stderr. */
    String lastErrLine() {
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Override
    public String toString() {
        return "exit code: " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err + "\n---";
    }
}
