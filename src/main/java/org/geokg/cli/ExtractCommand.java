package org.geokg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.geokg.extract.Extractor;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.ArticleRdfOutput;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.sys.ExitCode;
import org.geokg.sys.SysGeoKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg extract PATH...}: the extraction pipeline without the store. Prints the
 * extraction document ({@code geokg-extraction/1}; pretty for one article, JSON Lines for
 * several) or the article graphs as TriG, Turtle or JSON-LD.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities, events, claims and quantities from articles and print them; "
            + "nothing is stored.",
            "PATH is a file (.txt, .html/.htm, .json, .jsonl), a directory (read recursively) or - for stdin."},
        footer = {"", "Exit codes: 0 ok, 3 some inputs rejected (reasons on stderr), 2 invalid options.",
            "", "Example: geokg extract data/samples/seed-id-korut-rusia.txt --format json"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { JSON, TRIG, TTL, JSONLD }

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the extraction document, schema " + SysGeoKg.EXTRACTION_SCHEMA
                    + "), trig, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SysGeoKg.DEFAULT_MAX_BYTES,
            description = "Reject files larger than N bytes, before reading them (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "Reject an article whose extraction takes longer than this, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration articleTimeout;

    /** One daemon thread for extractions, so that a timed-out one cannot delay the exit. */
    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "geokg-extract");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader(maxBytes);
        List<SourceItem> items = new ArrayList<>();
        for (ArticleReader.Input in : reader.inputs(paths)) {
            items.addAll(reader.read(in));
        }
        List<Article> articles = new ArrayList<>();
        List<ExtractionDocument> docs = new ArrayList<>();
        int rejected = 0;
        Extractor extractor = null;
        ExecutorService worker = newWorker();
        try {
            for (SourceItem item : items) {
                String where = item.source() + (item.line() == null ? "" : ":" + item.line());
                if (item instanceof SourceItem.Rejected r) {
                    err.println("rejected " + where + ": " + r.reason());
                    rejected++;
                    continue;
                }
                Article a = ((SourceItem.Accepted) item).article();
                if (extractor == null) {
                    extractor = main.extractor();
                }
                Extractor x = extractor;
                Future<ExtractionDocument> f = worker.submit(() -> x.extract(a));
                try {
                    docs.add(f.get(articleTimeout.toMillis(), TimeUnit.MILLISECONDS));
                    articles.add(a);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    // the next article gets a fresh thread even if this one is slow to stop
                    worker.shutdownNow();
                    worker = newWorker();
                    err.println("rejected " + where + ": extraction took longer than the article timeout of "
                            + (articleTimeout.toMillis() % 1000 == 0 ? articleTimeout.toSeconds() : articleTimeout.toMillis() / 1000.0)
                            + " s");
                    rejected++;
                } catch (ExecutionException e) {
                    err.println("rejected " + where + ": extraction failed: " + e.getCause().getMessage());
                    rejected++;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        if (format == Format.JSON) {
            for (ExtractionDocument d : docs) {
                out.println(ExtractionJson.toJson(d, docs.size() == 1));
            }
        } else if (!docs.isEmpty()) {
            try (OutputStream os = new WriterOutputStream(out)) {
                ArticleRdfOutput.write(articles, docs, format.name().toLowerCase(java.util.Locale.ROOT), os);
            }
        }
        out.flush();
        if (rejected > 0) {
            err.println(items.size() + " read, " + docs.size() + " extracted, " + rejected + " rejected");
        }
        return rejected == 0 ? ExitCode.OK : ExitCode.DONE_WITH_REJECTS;
    }
}
