package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.geokg.extract.Extractor;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.store.GeoKgStore.PutResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestBatchTest {
    private final FakeExtractor extractor = new FakeExtractor();

    /** A transactional fake: writes go to an open batch that commit() publishes. */
    private static final class FakeSink implements IngestBatch.ArticleSink<Article> {
        final Map<String, String> committed = new LinkedHashMap<>();
        final Map<String, String> open = new LinkedHashMap<>();
        final List<Integer> commitSizes = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> writerThreads = new ArrayList<>();
        boolean failNextCommit;

        @Override
        public Article prepare(Article article, ExtractionDocument doc) {
            return article;
        }

        @Override
        public PutResult write(Article a) {
            writerThreads.add(Thread.currentThread().getName());
            if (a.text().contains("FAIL-STORE")) {
                open.clear();
                throw new IllegalStateException("disk says no");
            }
            if (a.text().equals(committed.get(a.id())) || a.text().equals(open.get(a.id()))) {
                return PutResult.UNCHANGED;
            }
            open.put(a.id(), a.text());
            return PutResult.STORED;
        }

        @Override
        public void commit() {
            if (open.isEmpty()) {
                return;
            }
            if (failNextCommit) {
                failNextCommit = false;
                open.clear();
                throw new IllegalStateException("commit failed");
            }
            commitSizes.add(open.size());
            committed.putAll(open);
            open.clear();
        }

        @Override
        public void abort() {
            open.clear();
        }

        @Override
        public long quads(Article a) {
            return 10;
        }
    }

    private final FakeSink sink = new FakeSink();

    private IngestBatch<Article> batch(int threads, int batchSize, Path log) {
        return new IngestBatch<>(extractor, sink, new IngestBatch.Settings(threads, batchSize, 60_000, log), null);
    }

    private static SourceItem ok(String id, String text) {
        return new SourceItem.Accepted(id + ".txt", null, new Article(id, id + ".txt", null, null, null, null, null,
                text));
    }

    @Test
    void countsAddUpAcrossStoredUnchangedAndRejected() {
        try (IngestBatch<Article> b = batch(2, 500, null)) {
            b.add(ok("a", "A."));
            b.add(ok("b", "B."));
            b.add(ok("a", "A."));
            b.add(new SourceItem.Rejected("c.bin", null, "binary file"));
            assertEquals("4 read, 2 stored, 1 unchanged, 1 rejected", b.finish().toString());
        }
        assertEquals(List.of("a", "b"), new ArrayList<>(sink.committed.keySet()));
    }

    @Test
    void anArticleOverTheTimeoutIsCancelledAndRejectedAndTheBatchGoesOn() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Extractor hangs = a -> {
            if (!a.text().contains("HANG")) {
                return extractor.extract(a);
            }
            while (true) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new CancellationException("interrupted");
                }
            }
        };
        long t0 = System.nanoTime();
        try (IngestBatch<Article> b = new IngestBatch<>(hangs, sink,
                new IngestBatch.Settings(2, 500, 60_000, null, 300), null)) {
            b.add(ok("a", "Fine."));
            b.add(ok("slow", "HANG forever"));
            b.add(ok("c", "Fine too."));
            assertEquals(new IngestBatch.Counts(3, 2, 0, 1), b.finish());
            SourceItem.Rejected r = b.rejects().get(0);
            assertEquals("slow.txt", r.source());
            assertEquals("extraction took longer than the article timeout of 0.3 s", r.reason());
        }
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the cancelled extraction was interrupted");
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000, "the batch did not wait for the hung article");
        assertEquals(List.of("a", "c"), new ArrayList<>(sink.committed.keySet()));
    }

    @Test
    void extractionFailureRejectsOnlyThatArticle() {
        try (IngestBatch<Article> b = batch(2, 500, null)) {
            b.add(ok("a", "FAIL-EXTRACTION here"));
            b.add(ok("b", "Fine."));
            assertEquals(new IngestBatch.Counts(2, 1, 0, 1), b.finish());
            SourceItem.Rejected r = b.rejects().get(0);
            assertEquals("a.txt", r.source());
            assertEquals("extraction failed: fake pipeline cannot handle this text", r.reason());
        }
    }

    @Test
    void storeFailureRejectsOnlyThatArticleAndRewritesTheRestOfItsBatch() {
        try (IngestBatch<Article> b = batch(1, 500, null)) {
            b.add(ok("a", "First."));
            b.add(ok("x", "FAIL-STORE"));
            b.add(ok("b", "Fine."));
            assertEquals(new IngestBatch.Counts(3, 2, 0, 1), b.finish());
            assertEquals("storing failed: disk says no", b.rejects().get(0).reason());
        }
        assertEquals(List.of("a", "b"), new ArrayList<>(sink.committed.keySet()));
    }

    @Test
    void failedCommitWritesItsArticlesOneByOne() {
        sink.failNextCommit = true;
        try (IngestBatch<Article> b = batch(1, 3, null)) {
            for (int i = 0; i < 5; i++) {
                b.add(ok("a" + i, "Text " + i));
            }
            assertEquals(new IngestBatch.Counts(5, 5, 0, 0), b.finish());
        }
        assertEquals(5, sink.committed.size());
        assertEquals(List.of(1, 1, 1, 2), sink.commitSizes);
    }

    @Test
    void articlesAreCommittedInBatchesOfTheGivenSizeInInputOrder(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("batches.tsv");
        List<String> ids = new ArrayList<>();
        try (IngestBatch<Article> b = batch(3, 4, log)) {
            for (int i = 0; i < 10; i++) {
                ids.add("a" + i);
                b.add(ok("a" + i, "Text number " + i + ".".repeat(i * 50)));
            }
            assertEquals(new IngestBatch.Counts(10, 10, 0, 0), b.finish());
        }
        assertEquals(ids, new ArrayList<>(sink.committed.keySet()));
        assertEquals(List.of(4, 4, 2), sink.commitSizes);
        assertEquals(List.of("geokg-writer"), sink.writerThreads.stream().distinct().toList());
        List<String> lines = Files.readAllLines(log);
        assertEquals("batch\tarticles\tquads\telapsed_ms\tclusters_ms\tstore_ms\twriter_cpu_ms\tindex_cpu_ms", lines.get(0));
        assertEquals(List.of("1\t4\t40", "2\t8\t80", "3\t10\t100"),
                lines.subList(1, 4).stream().map(l -> String.join("\t", List.of(l.split("\t")).subList(0, 3))).toList());
    }

    @Test
    void aBatchOpenLongerThanItsTimeIsCommittedWithoutWaitingForMore() throws Exception {
        try (IngestBatch<Article> b = new IngestBatch<>(extractor, sink,
                new IngestBatch.Settings(1, 500, 50, null), null)) {
            b.add(ok("a", "A."));
            long deadline = System.currentTimeMillis() + 10_000;
            while (sink.commitSizes.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(1), sink.commitSizes);
            b.add(ok("b", "B."));
            assertEquals(new IngestBatch.Counts(2, 2, 0, 0), b.finish());
        }
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
