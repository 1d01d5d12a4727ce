package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code geokg ingest} on a TDB2 store in a temp dir, with a stand-in extraction pipeline. */
class IngestCommandIT {
    @TempDir
    Path tmp;

    private Path in;
    private Path db;
    private Path rejects;
    private final FakeExtractor fake = new FakeExtractor();

    @BeforeEach
    void folders() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        db = tmp.resolve("db");
        rejects = tmp.resolve("rejects.tsv");
    }

    private CliRun ingest(String... paths) {
        String[] args = new String[paths.length + 5];
        args[0] = "ingest";
        args[1] = "--db";
        args[2] = db.toString();
        args[3] = "--rejects";
        args[4] = rejects.toString();
        System.arraycopy(paths, 0, args, 5, paths.length);
        return CliRun.run(() -> fake, tmp, args);
    }

    private long quads() {
        try (GeoKgStore store = GeoKgStore.open(db)) {
            return store.size();
        }
    }

    private void writeGoodArticles() throws Exception {
        Files.writeString(in.resolve("a.txt"), "Korut Siap Perkuat Kerja Sama\n\nDubes Korut di Rusia berbicara.");
        Files.writeString(in.resolve("b.json"), "{\"id\":\"b-1\",\"language\":\"en\",\"text\":\"Putin met Kim.\"}");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/c.html"),
                "<html><head><title>T</title></head><body><article><p>Xi met Jokowi.</p></article></body></html>");
    }

    @Test
    void folderWithOneBrokenFileStoresTheOthersAndReportsTheBrokenOne() throws Exception {
        writeGoodArticles();
        Files.write(in.resolve("broken.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        CliRun r = ingest(in.toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        assertEquals("4 read, 3 stored, 0 unchanged, 1 rejected", r.lastErrLine(), r::toString);
        List<String> rows = Files.readAllLines(rejects);
        assertEquals("source\tline\treason", rows.get(0));
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(rows.get(1).startsWith(in + "/broken.txt\t\tinvalid UTF-8 at byte offset 3 "), rows::toString);
        assertTrue(r.err().contains("broken.txt: invalid UTF-8"), r::toString);
    }

    @Test
    void ingestingTheSameFolderTwiceLeavesTheStoreUnchanged() throws Exception {
        writeGoodArticles();
        CliRun first = ingest(in.toString()).assertExit(ExitCode.OK);
        assertEquals("3 read, 3 stored, 0 unchanged, 0 rejected", first.lastErrLine(), first::toString);
        long before = quads();
        CliRun second = ingest(in.toString()).assertExit(ExitCode.OK);
        assertEquals("3 read, 0 stored, 3 unchanged, 0 rejected", second.lastErrLine(), second::toString);
        assertEquals(before, quads());
        assertFalse(Files.exists(rejects), "no rejects file when nothing was rejected");
    }

    static List<BadInput> badInputs() {
        return BadInput.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRejectedWithItsReasonInTheRejectsFile(BadInput bad) throws Exception {
        Files.writeString(in.resolve("good.txt"), "A good article.");
        Files.write(in.resolve(bad.fileName()), bad.bytes());
        CliRun r = CliRun.run(() -> fake, tmp, "ingest", "--db", db.toString(), "--rejects", rejects.toString(),
                "--max-bytes", "4096", in.toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        int articlesInBadFile = bad.fileName().endsWith(".jsonl") ? 3 : 1;
        int stored = 1 + articlesInBadFile - 1;
        assertEquals((1 + articlesInBadFile) + " read, " + stored + " stored, 0 unchanged, 1 rejected",
                r.lastErrLine(), r::toString);
        List<String> rows = Files.readAllLines(rejects);
        assertEquals(2, rows.size(), rows::toString);
        String expected = in + "/" + bad.fileName() + "\t" + (bad.line() == null ? "" : bad.line()) + "\t"
                + bad.reasonStart();
        assertTrue(rows.get(1).startsWith(expected), () -> "expected " + expected + "\n" + rows);
    }

    @Test
    void malformedJsonLinesLineLeavesTheOtherLinesStored() throws Exception {
        Files.writeString(in.resolve("batch.jsonl"), "{\"id\":\"ok-1\",\"text\":\"First.\"}\n{oops\n"
                + "{\"id\":\"ok-3\",\"text\":\"Third.\"}\n");
        ingest(in.toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertTrue(store.contains("ok-1"));
            assertTrue(store.contains("ok-3"));
        }
    }

    @Test
    void fileAboveTheCapIsRejectedBeforeThePipelineSeesIt() throws Exception {
        Files.writeString(in.resolve("big.txt"), "word ".repeat(100));
        CliRun r = CliRun.run(() -> fake, tmp, "ingest", "--db", db.toString(), "--rejects", rejects.toString(),
                "--max-bytes", "100", in.toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        assertTrue(fake.seen.isEmpty(), r::toString);
        assertTrue(Files.readString(rejects).contains("larger than the size cap of 100 bytes"));
    }

    @Test
    void htmlExternalEntityIsStoredWithoutReadingTheEntity() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        Files.writeString(in.resolve("xxe.html"), "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY p SYSTEM \"file:///etc/passwd\">]><html><body><article><p>News &x; &p;.</p>"
                + "</article></body></html>");
        CliRun r = ingest(in.toString()).assertExit(ExitCode.OK);
        assertEquals("1 read, 1 stored, 0 unchanged, 0 rejected", r.lastErrLine(), r::toString);
        String text = fake.seen.get(0).text();
        assertFalse(text.contains("TOP-SECRET-MARKER"), text);
        assertFalse(text.contains("root:"), text);
    }

    @Test
    void missingPathIsARejectNotAFailure() throws Exception {
        CliRun r = ingest(in.resolve("missing.txt").toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        assertTrue(Files.readString(rejects).contains("no such file or directory"), r::toString);
    }
}
