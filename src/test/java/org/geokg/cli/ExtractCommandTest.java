package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.geokg.extract.Extractor;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The extract command's plumbing, with a stand-in pipeline (no NLP, no store). */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private final FakeExtractor fake = new FakeExtractor();

    private CliRun extract(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(() -> fake, dir, all);
    }

    @Test
    void anArticleOverTheTimeoutIsRejectedAndTheOthersAreExtracted() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Fine article body.");
        Files.writeString(dir.resolve("b.txt"), "HANG forever");
        Files.writeString(dir.resolve("c.txt"), "Another fine body.");
        Extractor hangs = a -> {
            while (a.text().contains("HANG")) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    throw new CancellationException("interrupted");
                }
            }
            return fake.extract(a);
        };
        CliRun r = CliRun.run(() -> hangs, dir, "extract", dir.toString(), "--article-timeout", "300ms")
                .assertExit(ExitCode.DONE_WITH_REJECTS);
        assertTrue(r.err().contains("rejected " + dir.resolve("b.txt") + ": extraction took longer than the article "
                + "timeout of 0.3 s"), r::toString);
        assertEquals(2, r.out().strip().split("\n").length, r::toString);
        assertTrue(r.err().contains("3 read, 2 extracted, 1 rejected"), r::toString);
    }

    @Test
    void oneArticlePrintsOneExtractionDocument() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Korut Siap Perkuat Kerja Sama\n\nBody text.");
        CliRun r = extract(f.toString(), "--format", "json").assertExit(ExitCode.OK);
        JsonNode doc = ExtractionJson.mapper().readTree(r.out());
        assertEquals("geokg-extraction/1", doc.path("schema").asText(), r::toString);
        assertEquals("a.txt", doc.path("article").path("file").asText(), r::toString);
        assertEquals("Korut Siap Perkuat Kerja Sama", doc.path("article").path("title").asText(), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void severalArticlesPrintJsonLines() throws Exception {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"id\":\"1\",\"text\":\"One.\"}\n{\"id\":\"2\",\"text\":\"Two.\"}\n");
        CliRun r = extract(f.toString()).assertExit(ExitCode.OK);
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertEquals("2", ExtractionJson.mapper().readTree(lines.get(1)).path("article").path("id").asText());
    }

    @Test
    void pipelineIsBuiltOnceForTheBatch() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One.");
        Files.writeString(dir.resolve("b.txt"), "Two.");
        int[] built = {0};
        CliRun r = CliRun.run(() -> {
            built[0]++;
            return fake;
        }, dir, "extract", dir.toString()).assertExit(ExitCode.OK);
        assertEquals(1, built[0], r::toString);
        assertEquals(2, fake.seen.size(), r::toString);
    }

    static List<BadInput> badInputs() {
        return BadInput.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRejectedWithItsReasonAndTheRestIsExtracted(BadInput bad) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good article.");
        Path f = dir.resolve(bad.fileName());
        Files.write(f, bad.bytes());
        CliRun r = extract("--max-bytes", "4096", dir.toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        assertTrue(r.err().contains("rejected " + dir + "/" + bad.fileName()
                + (bad.line() == null ? "" : ":" + bad.line()) + ": " + bad.reasonStart()), r::toString);
        assertTrue(r.extractedFiles().contains("good.txt"), r::toString);
    }

    @Test
    void extractionFailureIsARejectNotACrash() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "FAIL-EXTRACTION");
        Files.writeString(dir.resolve("b.txt"), "Fine.");
        CliRun r = extract(dir.toString()).assertExit(ExitCode.DONE_WITH_REJECTS);
        assertTrue(r.err().contains("extraction failed: fake pipeline cannot handle this text"), r::toString);
        assertEquals(List.of("b.txt"), r.extractedFiles(), r::toString);
    }

    @Test
    void externalEntityInHtmlNeverReachesTheArticleText() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        Path page = dir.resolve("xxe.html");
        Files.writeString(page, "<!DOCTYPE html [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY p SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body><article><p>News &x; &p; here.</p></article></body></html>", StandardCharsets.UTF_8);
        extract(page.toString()).assertExit(ExitCode.OK);
        assertEquals(1, fake.seen.size());
        String text = fake.seen.get(0).text();
        assertFalse(text.contains("TOP-SECRET-MARKER"), text);
        assertFalse(text.contains("root:"), text);
    }

    @Test
    void fileAboveTheCapNeverReachesThePipeline() throws Exception {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(200));
        CliRun r = extract("--max-bytes", "100", dir.resolve("big.txt").toString())
                .assertExit(ExitCode.DONE_WITH_REJECTS);
        assertTrue(r.err().contains("larger than the size cap of 100 bytes"), r::toString);
        assertTrue(fake.seen.isEmpty());
    }
}
