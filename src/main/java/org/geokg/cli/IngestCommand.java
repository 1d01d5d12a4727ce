package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.extract.Extractor;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.SourceItem;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(maxBytes);
        List<ArticleReader.Input> inputs = reader.inputs(paths);
        IngestBatch.Counts counts;
        List<SourceItem.Rejected> rejects;
        try (GeoKgStore store = main.openStore()) {
            Extractor extractor = main.extractor();
            IngestBatch batch = new IngestBatch(extractor, store::put);
            Progress bar = Progress.create(err, inputs.size(), progress);
            int done = 0;
            for (ArticleReader.Input in : inputs) {
                bar.update(done, in.source());
                for (SourceItem item : reader.read(in)) {
                    batch.add(item);
                    if (main.verbose()) {
                        bar.finish();
                        report(err, item, batch);
                    }
                }
                done++;
            }
            bar.update(done, "");
            bar.finish();
            counts = batch.counts();
            rejects = batch.rejects();
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

    private static void report(PrintWriter err, SourceItem item, IngestBatch batch) {
        String where = item.source() + (item.line() == null ? "" : ":" + item.line());
        err.println("  " + where + ": " + (item instanceof SourceItem.Accepted a ? a.article().id() : "rejected")
                + " (" + batch.counts() + ")");
    }
}
