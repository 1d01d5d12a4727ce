package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;
import org.geokg.store.GeoKgStore.PutResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBatchTest {
    private final FakeExtractor extractor = new FakeExtractor();
    private final List<String> stored = new ArrayList<>();

    private PutResult sink(Article a, org.geokg.kg.model.ExtractionDocument d) {
        if (a.text().contains("FAIL-STORE")) {
            throw new IllegalStateException("disk says no");
        }
        if (stored.contains(a.id())) {
            return PutResult.UNCHANGED;
        }
        stored.add(a.id());
        return PutResult.STORED;
    }

    private static SourceItem ok(String id, String text) {
        return new SourceItem.Accepted(id + ".txt", null, new Article(id, id + ".txt", null, null, null, null, null,
                text));
    }

    @Test
    void countsAddUpAcrossStoredUnchangedAndRejected() {
        IngestBatch batch = new IngestBatch(extractor, this::sink);
        batch.add(ok("a", "A."));
        batch.add(ok("b", "B."));
        batch.add(ok("a", "A."));
        batch.add(new SourceItem.Rejected("c.bin", null, "binary file"));
        assertEquals("4 read, 2 stored, 1 unchanged, 1 rejected", batch.counts().toString());
    }

    @Test
    void extractionFailureRejectsOnlyThatArticle() {
        IngestBatch batch = new IngestBatch(extractor, this::sink);
        batch.add(ok("a", "FAIL-EXTRACTION here"));
        batch.add(ok("b", "Fine."));
        assertEquals(new IngestBatch.Counts(2, 1, 0, 1), batch.counts());
        SourceItem.Rejected r = batch.rejects().get(0);
        assertEquals("a.txt", r.source());
        assertEquals("extraction failed: fake pipeline cannot handle this text", r.reason());
    }

    @Test
    void storeFailureRejectsOnlyThatArticle() {
        IngestBatch batch = new IngestBatch(extractor, this::sink);
        batch.add(ok("a", "FAIL-STORE"));
        batch.add(ok("b", "Fine."));
        assertEquals(new IngestBatch.Counts(2, 1, 0, 1), batch.counts());
        assertEquals("storing failed: disk says no", batch.rejects().get(0).reason());
    }

    @Test
    void rejectsAreWrittenAsTsvWithHeaderAndLineNumbers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/rejects.tsv");
        IngestBatch.writeRejects(file, List.of(
                new SourceItem.Rejected("in/x.jsonl", 7, "malformed JSON on line 7:\tbad"),
                new SourceItem.Rejected("in/y.txt", null, "empty file (0 bytes)")));
        assertEquals(List.of("source\tline\treason", "in/x.jsonl\t7\tmalformed JSON on line 7: bad",
                "in/y.txt\t\tempty file (0 bytes)"), Files.readAllLines(file));
        assertTrue(Files.size(file) > 0);
    }
}
