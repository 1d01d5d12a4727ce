package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.extract.Extractor;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.SourceItem;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.DiskFull;
import org.geokg.sys.ExitCode;
import org.geokg.sys.StoreException;
import org.geokg.sys.SysGeoKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg ingest PATH...}: reads articles, extracts them with one pipeline built for the
 * whole batch, and stores each in its own named graph. Rejects go to a TSV file; the last line
 * on stderr is the summary {@code N read, N stored, N unchanged, N rejected}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles, extract their facts and store them in the knowledge graph.",
            "PATH is a file (.txt, .html/.htm, .json, .jsonl), a directory (read recursively) or - for stdin.",
            "Re-ingesting an unchanged article leaves the store as it is (reported as unchanged)."},
        footer = {"", "Exit codes: 0 all stored or unchanged, 3 some inputs rejected (see the rejects file), "
            + "1 the store cannot be opened (e.g. a running server holds it), 2 invalid options.",
            "", "Example: geokg ingest data/samples/ --rejects /tmp/rejects.tsv"})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "geokg-rejects.tsv",
            description = "Where rejected inputs are written as TSV (source, line, reason); "
                    + "written only when there are rejects (default: ./${DEFAULT-VALUE}).")
    Path rejectsFile;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SysGeoKg.DEFAULT_MAX_BYTES,
            description = "Reject files larger than N bytes, before reading them (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
    boolean progress;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores); "
            + "one more thread writes.")
    Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "2000",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}); a crash loses at most the open batch.")
    int batchSize;

    @Option(names = "--batch-seconds", paramLabel = "S", defaultValue = "60",
            description = "Commit a batch once it has been open this long (default: ${DEFAULT-VALUE}).")
    double batchSeconds;

    @Option(names = "--batch-log", paramLabel = "FILE",
            description = "Write a TSV line per committed batch: batch, articles, quads, elapsed_ms, clusters_ms, store_ms, "
                    + "writer_cpu_ms, index_cpu_ms (cumulative; store_ms is the time the writer spent in the store, "
                    + "writer_cpu_ms the CPU time of the writer thread and of the threads writing the indexes for it, "
                    + "index_cpu_ms that of those index threads alone).")
    Path batchLog;

    @Option(names = "--bulk", description = "Load through TDB2's bulk loader (for large first loads; not crash-safe: "
            + "on failure delete the store and run again). Automatic for an empty store and over --bulk-above inputs.")
    boolean bulk;

    @Option(names = "--bulk-above", paramLabel = "BYTES", defaultValue = "" + (256L << 20),
            description = "Into an EMPTY store, use the bulk loader when the inputs add up to more bytes than this "
                    + "(default: ${DEFAULT-VALUE}; 0 never).")
    long bulkAbove;

    @Option(names = "--compact-above", paramLabel = "BYTES", defaultValue = "" + (128L << 20),
            description = "Compact the store after the ingest when it grew by more than this many bytes "
                    + "(default: ${DEFAULT-VALUE}) and by more than --compact-ratio; see `geokg compact`.")
    long compactAbove;

    @Option(names = "--compact-ratio", paramLabel = "R", defaultValue = "1.5",
            description = "... and when it grew by more than R times the size the written quads take in a "
                    + "compact store (about " + BYTES_PER_QUAD + " bytes each; default: ${DEFAULT-VALUE}).")
    double compactRatio;

    /** Disk bytes per quad of a compact (bulk-loaded or compacted) geokg store, measured at 1k-10k articles. */
    static final long BYTES_PER_QUAD = 360;

    @Option(names = "--no-compact", description = "Never compact after the ingest.")
    boolean noCompact;

    @Option(names = "--article-timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Reject an article whose extraction takes longer than this, e.g. 30s, 2m; the batch goes on "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration articleTimeout;

    /** The run in progress, for the disk-full message (what was kept). */
    private IngestBatch<?> running;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(maxBytes);
        List<ArticleReader.Input> inputs = reader.inputs(paths);
        IngestBatch.Settings settings = new IngestBatch.Settings(
                threads == null ? IngestBatch.Settings.DEFAULT.threads() : threads, batchSize,
                Math.max(1, Math.round(batchSeconds * 1000)), batchLog, articleTimeout.toMillis());
        IngestBatch.Counts counts;
        List<SourceItem.Rejected> rejects;
        String compacted = null;
        long written = 0;
        boolean bulkUsed = false;
        try {
            try (GeoKgStore store = main.openStore()) {
                Extractor extractor = main.extractor();
                long before = store.diskBytes();
                boolean useBulk = bulk || (bulkAbove > 0 && !store.hasArticles() && inputBytes(inputs) > bulkAbove);
                bulkUsed = useBulk;
                if (useBulk && !bulk) {
                    err.println("ingest: empty store and large input: loading through the TDB2 bulk loader");
                }
                GeoKgStore.BulkLoad load = useBulk ? store.bulkLoad() : null;
                try (IngestBatch<GeoKgStore.Prepared> batch = useBulk
                        ? IngestBatch.forBulk(extractor, load, settings, main.verbose() ? err::println : null)
                        : IngestBatch.forStore(extractor, store, settings, main.verbose() ? err::println : null)) {
                    running = batch;
                    Progress bar = Progress.create(err, inputs.size(), progress);
                    int done = 0;
                    for (ArticleReader.Input in : inputs) {
                        bar.update(done, in.source());
                        reader.read(in, batch::add);
                        done++;
                    }
                    bar.update(done, "");
                    bar.finish();
                    counts = batch.finish();
                    rejects = batch.rejects();
                    written = batch.quadsStored();
                } finally {
                    if (load != null) {
                        load.close();
                    }
                }
                long grown = store.diskBytes() - before;
                if (!useBulk && !noCompact && grown > compactAbove && grown > compactRatio * written * BYTES_PER_QUAD) {
                    long t0 = System.nanoTime();
                    store.compact();
                    compacted = String.format("ingest: compacted the store (it grew by %d MB) in %.1f s", grown >> 20,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
        } catch (RuntimeException | Error e) {
            if (!DiskFull.causedBy(e) || DiskFull.worded(e)) {
                throw e;
            }
            String kept = bulkUsed
                    ? "the bulk load did not finish, so the store may be incomplete: delete it and run the load again"
                    : running == null ? "nothing new (no article was written)"
                    : running.counts().stored() + " articles stored in whole batches before the failure ("
                            + running.counts().unchanged() + " unchanged); the open batch of up to " + batchSize
                            + " articles was dropped, never half an article";
            throw new StoreException(DiskFull.message("ingest", main.db(), kept), e);
        }
        if (compacted != null) {
            err.println(compacted + "; now " + (GeoKgStore.diskBytes(main.db()) >> 20) + " MB on disk");
        }
        if (!rejects.isEmpty()) {
            IngestBatch.writeRejects(rejectsFile, rejects);
            err.println(rejects.size() + " rejected input" + (rejects.size() == 1 ? "" : "s")
                    + " written to " + rejectsFile + (rejects.size() <= 3 ? ":" : "; the first:"));
            for (SourceItem.Rejected r : rejects.subList(0, Math.min(3, rejects.size()))) {
                err.println("  " + r.source() + (r.line() == null ? "" : ":" + r.line()) + ": " + r.reason());
            }
        }
        err.println(counts);
        err.flush();
        return rejects.isEmpty() ? ExitCode.OK : ExitCode.DONE_WITH_REJECTS;
    }

    private static long inputBytes(List<ArticleReader.Input> inputs) {
        long n = 0;
        for (ArticleReader.Input in : inputs) {
            if (in.path() != null && in.problem() == null) {
                try {
                    n += Files.size(in.path());
                } catch (IOException e) {
                    // unreadable inputs are rejected when read
                }
            }
        }
        return n;
    }
}
