package org.geokg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.cli.BenchStoreReport.BatchCost;
import org.geokg.cli.BenchStoreReport.BulkIngest;
import org.geokg.cli.BenchStoreReport.Checkpoint;
import org.geokg.cli.BenchStoreReport.Disk;
import org.geokg.cli.BenchStoreReport.Ingest;
import org.geokg.cli.BenchStoreReport.QueryTiming;
import org.geokg.cli.BenchStoreReport.Run;
import org.geokg.cli.BenchStoreReport.Yardstick;
import org.geokg.kg.QueryLib;
import org.geokg.store.NQuadsCompare;
import org.geokg.store.Tdb2BulkLoad;
import org.geokg.sys.ExitCode;
import org.geokg.sys.GeoKgException;
import org.geokg.sys.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg bench-store}: a reproducible benchmark of the store at scale. Generates a
 * synthetic corpus ({@link BenchCorpus}), and for each checkpoint size runs the real
 * {@code geokg ingest} into a fresh store as a child JVM (wall time, peak RSS, quads, disk,
 * cost per 1000 articles from its batch log), measures Jena's TDB2 bulk loader on the same
 * quads as a yardstick ({@link Tdb2BulkLoad}, child JVM), {@code ingest --bulk} when the
 * ingest has it (with an isomorphism check against the batched store, {@link NQuadsCompare}),
 * and every saved query over HTTP against {@code geokg serve}.
 *
 * <pre>{@code
 * geokg bench-store --articles 10000 --checkpoints 1000,10000 --json bench.json
 * }</pre>
 *
 * <p>A command of its own rather than {@code bench --ingest}: {@code bench} measures the
 * extraction in-process on given files; this one generates its input, measures whole child
 * processes (RSS, disk, a loader as yardstick, a server) and runs for minutes to hours.
 * Not thread-safe (one run per instance, like every command).
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the store at scale: generate N articles, ingest them (child JVM) at each "
            + "checkpoint size into a fresh store, compare with Jena's TDB2 bulk loader and with ingest --bulk, "
            + "and time every saved query over HTTP.",
            "Prints tables on stdout; --json FILE writes the figures for machines. Measures, asserts nothing."},
        footer = {"", "Texts: every *.txt under data/samples and src/test/resources (when present), plus --texts.",
            "", "Examples:", "  geokg bench-store --articles 1000 --texts ../shared/corpus",
            "  geokg bench-store --checkpoints 1000,10000 --keep --work /tmp/bench",
            "  geokg bench-store --articles 1000 --json bench.json",
            "", "Exit codes: 0 measured; 1 a step failed, or ingest --bulk failed or stored another dataset than the "
                + "batched ingest; 2 invalid options."})
final class BenchStoreCommand implements Callable<Integer> {
    private static final Pattern SPARQL_URL = Pattern.compile("SPARQL:\\s+(http\\S+)");
    private static final Pattern INGEST_SUMMARY = Pattern.compile("^\\d+ read, |compact", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOADED_QUADS = Pattern.compile("quads (\\d+)");
    private static final Duration CHILD_TIMEOUT = Duration.ofHours(12);
    private static final Duration SERVER_START = Duration.ofMinutes(3);
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(5);

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--checkpoints", paramLabel = "N,N", split = ",",
            description = "Store sizes to measure, each a fresh ingest of the first N articles "
                    + "(default: the --articles value).")
    List<Integer> checkpoints;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the generator: the same seed and texts give the same articles (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", paramLabel = "D", defaultValue = "540",
            description = "Publication dates are spread over D days from 2023-01-01 (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "More folders of *.txt article texts to draw from (repeatable), e.g. ../shared/corpus.")
    List<Path> texts;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the corpus, stores and logs go: a new or empty directory (default: a new "
                    + "temporary directory).")
    Path work;

    @Option(names = "--keep", description = "Keep the work directory (default: deleted at the end).")
    boolean keep;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "640m",
            description = "Heap of every child JVM (default: ${DEFAULT-VALUE}).")
    String xmx;

    @Option(names = "--loader", paramLabel = "NAME", defaultValue = "parallel",
            description = "Jena TDB2 bulk loader for the yardstick: parallel or phased (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of every saved query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--ingest-option", paramLabel = "ARG",
            description = "Extra argument for every ingest child (repeatable), e.g. --ingest-option=--threads=2.")
    List<String> ingestOptions;

    @Override
    public Integer call() throws IOException {
        List<Integer> sizes = checkpoints == null || checkpoints.isEmpty() ? List.of(articles)
                : new ArrayList<>(new TreeSet<>(checkpoints));
        if (articles < 1) {
            throw new InputException("--articles must be at least 1, got " + articles);
        }
        for (int k : sizes) {
            if (k < 1 || k > articles) {
                throw new InputException("checkpoint " + k + " is outside 1.." + articles
                        + " (a checkpoint ingests the first N of the --articles generated)");
            }
        }
        if (queryRuns < 1) {
            throw new InputException("--query-runs must be at least 1, got " + queryRuns);
        }
        if (!Tdb2BulkLoad.LOADERS.contains(loader)) {
            throw new InputException("--loader must be one of " + Tdb2BulkLoad.LOADERS + ", got " + loader);
        }
        if (!xmx.matches("[0-9]+[kKmMgG]?")) {
            throw new InputException("--xmx must be a heap size such as 2g or 512m, got " + xmx);
        }
        List<String> extra = ingestOptions == null ? List.of() : List.copyOf(ingestOptions);
        List<Path> folders = textFolders();
        BenchCorpus corpus = BenchCorpus.load(folders, seed, days);

        PrintWriter err = spec.commandLine().getErr();
        Path dir = workDirectory();
        try {
            Path all = dir.resolve("articles-" + articles + ".jsonl");
            long corpusBytes = corpus.write(all, articles);
            err.printf(Locale.ROOT, "bench-store: %d articles from %d texts written to %s%n", articles,
                    corpus.texts().size(), all);
            boolean batchLog = ingestHas("--batch-log");
            boolean bulk = ingestHas("--bulk");
            List<Checkpoint> results = new ArrayList<>();
            for (int k : sizes) {
                Path input = k == articles ? all : prefix(all, dir.resolve("articles-" + k + ".jsonl"), k);
                results.add(checkpoint(err, k, input, dir.resolve("n" + k), batchLog, bulk, extra));
            }
            BenchStoreReport report = new BenchStoreReport(
                    new BenchStoreReport.Settings(seed, xmx, loader, queryRuns, extra,
                            ChildProcess.runningJar() == null ? null : ChildProcess.runningJar().toString()),
                    new BenchStoreReport.Corpus(articles, corpusBytes, corpus.texts().size(),
                            BenchCorpus.START.toString(), corpus.lastDay().toString(),
                            folders.stream().map(Path::toString).toList()),
                    results, notes(batchLog));
            report.print(spec.commandLine().getOut());
            if (json != null) {
                Files.writeString(json, report.toJson() + "\n", StandardCharsets.UTF_8);
                err.println("bench-store: figures written to " + json);
            }
            return results.stream().allMatch(c -> c.bulk().ok()) ? ExitCode.OK : ExitCode.FAILED;
        } finally {
            if (keep) {
                err.println("bench-store: work directory kept: " + dir);
            } else {
                deleteTree(dir);
            }
            err.flush();
        }
    }

    /** The work directory: --work (which must be new or empty) or a new temporary one. */
    private Path workDirectory() throws IOException {
        if (work == null) {
            return Files.createTempDirectory("geokg-bench-store-");
        }
        if (Files.exists(work)) {
            if (!Files.isDirectory(work)) {
                throw new InputException("--work " + work + " is not a directory");
            }
            try (Stream<Path> s = Files.list(work)) {
                if (s.findAny().isPresent()) {
                    throw new InputException("--work " + work + " is not empty; give a new or empty directory "
                            + "(it is deleted at the end unless --keep)");
                }
            }
        }
        return Files.createDirectories(work);
    }

    private List<Path> textFolders() {
        List<Path> folders = new ArrayList<>();
        for (String d : List.of("data/samples", "src/test/resources")) {
            Path p = main.workDir().resolve(d);
            if (Files.isDirectory(p)) {
                folders.add(p);
            }
        }
        if (texts != null) {
            folders.addAll(texts);
        }
        if (folders.isEmpty()) {
            throw new InputException("no text folder: run from the geokg project directory (data/samples) "
                    + "or give --texts DIR with *.txt articles");
        }
        return folders;
    }

    /** One checkpoint: fresh batched ingest, export, bulk loader, ingest --bulk, queries. */
    private Checkpoint checkpoint(PrintWriter err, int k, Path input, Path dir, boolean batchLog, boolean bulk,
            List<String> extra) throws IOException {
        Files.createDirectories(dir);
        err.printf(Locale.ROOT, "bench-store: checkpoint %d: ingest...%n", k);
        err.flush();
        Ingest batched = ingest(k, input, dir, "ingest", batchLog, extra, List.of());
        Path nq = dir.resolve("ingest.nq");
        err.printf(Locale.ROOT, "bench-store: checkpoint %d: ingested in %.1f s; export and bulk loader...%n", k,
                batched.run().wallMillis() / 1000);
        err.flush();
        Run export = Run.of(ChildProcess.run(ChildProcess.geokg(xmx, dir.resolve("ingest-db"), "export", "--format",
                "nq"), nq, dir.resolve("export.err"), CHILD_TIMEOUT));
        check(export, "export of the ingested store", dir.resolve("export.err"));
        long quads = countLines(nq);
        batched = batched.withQuads(quads);

        Path tdb2 = dir.resolve("tdb2-bulk");
        Path loadOut = dir.resolve("loader.out");
        Run load = Run.of(ChildProcess.run(ChildProcess.mainClass(xmx, Tdb2BulkLoad.class.getName(), "--loader",
                loader, tdb2.toString(), nq.toString()), loadOut, dir.resolve("loader.err"), CHILD_TIMEOUT));
        check(load, "Jena's TDB2 " + loader + " loader", dir.resolve("loader.err"));
        Matcher m = LOADED_QUADS.matcher(Files.readString(loadOut, StandardCharsets.UTF_8));
        long loaded = m.find() ? Long.parseLong(m.group(1)) : quads;
        Yardstick yard = new Yardstick(export, load, loaded, disk(tdb2));
        deleteUnlessKept(tdb2);

        BulkIngest bulkResult;
        if (!bulk) {
            bulkResult = new BulkIngest("this ingest has no --bulk option (ingest --help)", null, null, null, null);
        } else {
            err.printf(Locale.ROOT, "bench-store: checkpoint %d: ingest --bulk...%n", k);
            err.flush();
            bulkResult = bulkIngest(k, input, dir, nq, batchLog, extra);
        }

        err.printf(Locale.ROOT, "bench-store: checkpoint %d: queries over HTTP...%n", k);
        err.flush();
        List<QueryTiming> timings = new ArrayList<>();
        Run server = serveAndQuery(dir, timings);
        deleteUnlessKept(dir.resolve("ingest-db"));
        deleteUnlessKept(nq);
        return new Checkpoint(k, batched, yard, bulkResult, server, timings);
    }

    /** {@code ingest --bulk} into a fresh store, its export, and the isomorphism check against {@code nq}. */
    private BulkIngest bulkIngest(int k, Path input, Path dir, Path nq, boolean batchLog, List<String> extra)
            throws IOException {
        Ingest b;
        try {
            b = ingest(k, input, dir, "bulk", batchLog, extra, List.of("--bulk"));
        } catch (GeoKgException e) {
            return new BulkIngest(null, e.getMessage(), null, null, null);
        }
        Path bulkNq = dir.resolve("bulk.nq");
        Run bulkExport = Run.of(ChildProcess.run(ChildProcess.geokg(xmx, dir.resolve("bulk-db"), "export",
                "--format", "nq"), bulkNq, dir.resolve("bulk-export.err"), CHILD_TIMEOUT));
        check(bulkExport, "export of the --bulk store", dir.resolve("bulk-export.err"));
        b = b.withQuads(countLines(bulkNq));
        NQuadsCompare.Result iso = NQuadsCompare.compare(nq, bulkNq);
        String detail = String.format(Locale.ROOT,
                "%,d vs %,d quads (%d with blank nodes vs %d); per-graph digests of ground quads + Jena "
                        + "isomorphism on blank-node quads%s",
                iso.quadsA(), iso.quadsB(), iso.blankQuadsA(), iso.blankQuadsB(),
                iso.differingGraphs().isEmpty() ? "" : "; graphs that differ: " + iso.differingGraphs());
        deleteUnlessKept(dir.resolve("bulk-db"));
        deleteUnlessKept(bulkNq);
        return new BulkIngest(null, null, b, iso.isomorphic(), detail);
    }

    private Ingest ingest(int k, Path input, Path dir, String name, boolean batchLog, List<String> extra,
            List<String> more) {
        Path db = dir.resolve(name + "-db");
        Path log = dir.resolve(name + "-batches.tsv");
        Path rejects = dir.resolve(name + "-rejects.tsv");
        List<String> args = new ArrayList<>(List.of("ingest", input.toString(), "--rejects", rejects.toString()));
        if (batchLog) {
            args.add("--batch-log");
            args.add(log.toString());
        }
        if (more.isEmpty() && ingestHas("--bulk-above")) {
            args.add("--bulk-above=" + Long.MAX_VALUE);
        }
        args.addAll(more);
        args.addAll(extra);
        Path errFile = dir.resolve(name + ".err");
        Run run = Run.of(ChildProcess.run(ChildProcess.geokg(xmx, db, args.toArray(String[]::new)),
                dir.resolve(name + ".out"), errFile, CHILD_TIMEOUT));
        if (run.exit() != ExitCode.OK && run.exit() != ExitCode.DONE_WITH_REJECTS) {
            throw new GeoKgException("geokg " + String.join(" ", args) + " failed with exit code " + run.exit()
                    + ":\n" + ChildProcess.tail(errFile, 15));
        }
        int rejected = Files.exists(rejects) ? (int) Math.max(0, countLines(rejects) - 1) : 0;
        BatchCost cost;
        if (batchLog && Files.exists(log)) {
            cost = BatchCost.parse(log);
        } else {
            cost = BatchCost.wholeRun(k, run.wallMillis(), batchLog ? "the ingest wrote no batch log"
                    : "this ingest has no --batch-log (not in ingest --help): whole-run figure only");
        }
        return new Ingest(run, rejected, -1, disk(db), cost, summaryLines(errFile));
    }

    /** The ingest's summary lines on stderr: the counts ({@code N read, ...}) and what it says of compaction. */
    private static List<String> summaryLines(Path errFile) {
        try (Stream<String> lines = Files.lines(errFile, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> INGEST_SUMMARY.matcher(l).find()).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + errFile + ": " + e.getMessage() + ")");
        }
    }

    /** Serves the ingested store in a child JVM and times every saved query over HTTP. */
    private Run serveAndQuery(Path dir, List<QueryTiming> out) throws IOException {
        Path errFile = dir.resolve("serve.err");
        long t0 = System.nanoTime();
        try (ChildProcess server = ChildProcess.start(ChildProcess.geokg(xmx, dir.resolve("ingest-db"), "serve",
                "--port", "0", "--timeout", "5m"), dir.resolve("serve.out"), errFile)) {
            String endpoint = awaitEndpoint(server, errFile);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            ObjectMapper mapper = new ObjectMapper();
            String firstId = String.format(Locale.ROOT, "bench-%d-%07d", seed, 1);
            for (String name : QueryLib.names()) {
                Map<String, String> params = name.equals("article-overview") ? Map.of("article", firstId) : Map.of();
                String sparql = QueryLib.substituted(QueryLib.text(name), params);
                out.add(timeQuery(http, mapper, endpoint, name, params, sparql));
            }
            long peak = server.peakRss();
            server.close();
            return new Run(0, (System.nanoTime() - t0) / 1e6, peak);
        }
    }

    private QueryTiming timeQuery(HttpClient http, ObjectMapper mapper, String endpoint, String name,
            Map<String, String> params, String sparql) {
        String p = params.isEmpty() ? "" : params.toString();
        double[] ms = new double[queryRuns];
        long rows = -1;
        for (int i = 0; i < queryRuns; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(QUERY_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9")
                    .POST(HttpRequest.BodyPublishers.ofString("query="
                            + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                    .build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> resp;
            try {
                resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                return new QueryTiming(name, p, -1, -1, new double[0], e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeoKgException("interrupted while timing query " + name, e);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (resp.statusCode() != 200) {
                String body = new String(resp.body(), StandardCharsets.UTF_8);
                return new QueryTiming(name, p, resp.statusCode(), -1, new double[0],
                        body.substring(0, Math.min(200, body.length())).strip());
            }
            rows = rows(mapper, resp);
        }
        return new QueryTiming(name, p, 200, rows, ms, null);
    }

    private static long rows(ObjectMapper mapper, HttpResponse<byte[]> resp) {
        String type = resp.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json")) {
            try {
                JsonNode n = mapper.readTree(resp.body());
                if (n.has("boolean")) {
                    return 1;
                }
                return n.path("results").path("bindings").size();
            } catch (IOException e) {
                return -1;
            }
        }
        return new String(resp.body(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    }

    private static String awaitEndpoint(ChildProcess server, Path errFile) {
        long deadline = System.nanoTime() + SERVER_START.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(errFile)) {
                try {
                    Matcher m = SPARQL_URL.matcher(Files.readString(errFile, StandardCharsets.UTF_8));
                    if (m.find()) {
                        return m.group(1);
                    }
                } catch (IOException e) {
                    // not written yet: try again
                }
            }
            if (!server.isAlive()) {
                throw new GeoKgException("geokg serve ended before serving:\n" + server.stderrTail(15));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeoKgException("interrupted while waiting for geokg serve", e);
            }
        }
        throw new GeoKgException("geokg serve did not print its SPARQL endpoint within " + SERVER_START
                + ":\n" + server.stderrTail(15));
    }

    private static List<String> notes(boolean batchLog) {
        List<String> notes = new ArrayList<>();
        if (ingestHas("--bulk-above")) {
            notes.add("the batched ingest runs with --bulk-above=" + Long.MAX_VALUE
                    + " so that it never switches to the bulk path");
        }
        if (!batchLog) {
            notes.add("this ingest has no --batch-log: cost per 1000 articles is a whole-run figure");
        }
        return notes;
    }

    /**
     * Whether this jar's {@code geokg ingest} has {@code option} (what {@code ingest --help}
     * lists). The children run this same jar, so its command spec is read in-process.
     */
    static boolean ingestHas(String option) {
        return GeoKgMain.commandLine(new GeoKgMain()).getSubcommands().get("ingest").getCommandSpec()
                .findOption(option) != null;
    }

    private static void check(Run r, String what, Path errFile) {
        if (r.exit() != ExitCode.OK) {
            throw new GeoKgException(what + " failed with exit code " + r.exit() + ":\n"
                    + ChildProcess.tail(errFile, 15));
        }
    }

    /** Writes the first {@code k} lines of {@code all} to {@code to}, streaming. */
    private static Path prefix(Path all, Path to, int k) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(all, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (int i = 0; i < k; i++) {
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                out.write(line);
                out.write('\n');
            }
        }
        return to;
    }

    /** Lines (newline bytes) of a file, streaming. */
    static long countLines(Path file) {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            throw new GeoKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return n;
    }

    /** File lengths under {@code dir}, and allocated bytes as {@code du} reports them (-1 without du). */
    static Disk disk(Path dir) {
        long apparent = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                apparent += Files.size(p);
            }
        } catch (IOException e) {
            throw new GeoKgException("cannot measure the store " + dir + ": " + e.getMessage(), e);
        }
        return new Disk(apparent, allocated(dir));
    }

    private static long allocated(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                return -1;
            }
            return Long.parseLong(out.split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void deleteUnlessKept(Path p) throws IOException {
        if (!keep) {
            deleteTree(p);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
