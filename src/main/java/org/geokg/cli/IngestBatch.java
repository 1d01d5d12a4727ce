package org.geokg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geokg.extract.Extractor;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.store.GeoKgStore.PutResult;
import org.geokg.sys.InputException;

/**
 * One ingest run: each item read is extracted and stored, or becomes a reject with its reason.
 * One bad article never stops the batch: an exception while extracting or storing it becomes
 * its reject. The counts always add up: read = stored + unchanged + rejected. Not thread-safe.
 *
 * <pre>{@code
 * IngestBatch batch = new IngestBatch(extractor, store::put);
 * for (SourceItem item : reader.read(input)) {
 *     batch.add(item);
 * }
 * err.println(batch.counts());
 * }</pre>
 */
final class IngestBatch {

    /** Where extracted articles go ({@code GeoKgStore::put}). */
    @FunctionalInterface
    interface ArticleSink {
        PutResult put(Article article, ExtractionDocument doc);
    }

    /** The run summary; {@link #toString()} is the summary line. */
    record Counts(int read, int stored, int unchanged, int rejected) {
        @Override
        public String toString() {
            return read + " read, " + stored + " stored, " + unchanged + " unchanged, " + rejected + " rejected";
        }
    }

    private final Extractor extractor;
    private final ArticleSink sink;
    private final List<SourceItem.Rejected> rejects = new ArrayList<>();
    private int read;
    private int stored;
    private int unchanged;

    IngestBatch(Extractor extractor, ArticleSink sink) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Extracts and stores one item, or records it as rejected. */
    void add(SourceItem item) {
        read++;
        if (item instanceof SourceItem.Rejected r) {
            rejects.add(r);
            return;
        }
        SourceItem.Accepted a = (SourceItem.Accepted) item;
        ExtractionDocument doc;
        try {
            doc = extractor.extract(a.article());
        } catch (RuntimeException e) {
            rejects.add(new SourceItem.Rejected(a.source(), a.line(), "extraction failed: " + describe(e)));
            return;
        }
        try {
            PutResult result = sink.put(a.article(), doc);
            if (result == PutResult.UNCHANGED) {
                unchanged++;
            } else {
                stored++;
            }
        } catch (RuntimeException e) {
            rejects.add(new SourceItem.Rejected(a.source(), a.line(), "storing failed: " + describe(e)));
        }
    }

    Counts counts() {
        return new Counts(read, stored, unchanged, rejects.size());
    }

    List<SourceItem.Rejected> rejects() {
        return List.copyOf(rejects);
    }

    /** Writes {@code rejects} as TSV with a header: source, line (empty when none), reason. */
    static void writeRejects(Path file, List<SourceItem.Rejected> rejects) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("source\tline\treason\n");
                for (SourceItem.Rejected r : rejects) {
                    w.write(tsv(r.source()) + "\t" + (r.line() == null ? "" : r.line()) + "\t" + tsv(r.reason()) + "\n");
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot write the rejects file " + file + ": " + e.getMessage()
                    + " (choose another with --rejects)", e);
        }
    }

    private static String tsv(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
