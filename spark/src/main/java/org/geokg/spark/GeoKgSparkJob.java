package org.geokg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.geokg.extract.Extractor;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.JsonLinesArticleSource;
import org.geokg.ingest.SourceItem;
import org.geokg.ingest.SourceText;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.store.ShardLib;
import org.geokg.sys.ExitCode;
import org.geokg.sys.GeoKgException;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;
import org.geokg.sys.SysGeoKg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The geokg pipeline as a Spark job: reads articles (JSON Lines, or any file {@code geokg ingest}
 * reads, or Parquet with the same columns) from any path Spark reads, extracts them with one
 * pipeline per executor JVM, and writes what {@code geokg ingest} would store, as shards:
 *
 * <pre>
 * OUT/articles/part-NNNNN.nq[.gz]  each article's named graph (content hash and cluster keys included)
 * OUT/clusters/part-NNNNN.nq[.gz]  the clusters graph, computed by a Spark aggregation over all articles
 * OUT/shared/shared.nq             the shared graphs (ontology, CAMEO scheme, countries), once
 * OUT/rejects/rejects.tsv          source, line, reason of every rejected input (only when there are any)
 * </pre>
 *
 * {@code geokg import --bulk OUT} loads them into TDB2, and gives the store that
 * {@code geokg ingest} of the same input builds; any store that reads N-Quads takes them too.
 *
 * <pre>{@code
 * spark-submit --class org.geokg.spark.GeoKgSparkJob geokg-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input hdfs:///news/2026-12-07/ --output hdfs:///kg/2026-12-07/
 * // or from Java, e.g. in a test:
 * GeoKgSparkJob.Summary s = GeoKgSparkJob.run(spark, new GeoKgSparkJob.Options(in, out));
 * }</pre>
 *
 * <p>Of two articles with the same id, the later in input order (files in sorted path order,
 * then lines) is kept, as {@code ingest} replaces the earlier. One {@code run} at a time per
 * output directory; the class itself holds no state.
 */
@Command(name = "geokg-spark", mixinStandardHelpOptions = true, version = SysGeoKg.NAME + " " + SysGeoKg.VERSION,
        description = {"Extract articles on Apache Spark and write their knowledge graph as N-Quads shards.",
            "Load the result with: geokg --db DIR import --bulk OUTPUT"},
        footer = {"", "Exit codes: 0 ok, 3 done with rejects (see OUTPUT/rejects/rejects.tsv), 2 invalid options or "
            + "input, 1 failed.",
            "", "Example: spark-submit --master 'local[*]' --class org.geokg.spark.GeoKgSparkJob "
                + "geokg-spark-0.1.0-SNAPSHOT-job.jar --input news/ --output out/"})
public final class GeoKgSparkJob implements Callable<Integer> {

    /** Formats of the article shards. */
    public static final List<String> FORMATS = List.of("nquads", "trig", "json");

    /**
     * What to run.
     *
     * @param input          a file or directory (read recursively; hidden, {@code _*} and README files skipped)
     * @param output         a directory that must not exist yet
     * @param format         nquads (default), trig, or json (the extraction JSON, one article a line)
     * @param partitions     extraction partitions (0: twice Spark's default parallelism)
     * @param windowDays     the corroboration window of the clusters (as the store's setting)
     * @param maxBytes       size cap of one file (whole files) or one line (JSON Lines)
     * @param timeoutMillis  an article whose extraction runs longer is rejected
     * @param gzip           compress the shards
     */
    public record Options(String input, String output, String format, int partitions, int windowDays, long maxBytes,
            long timeoutMillis, boolean gzip) {
        public Options(String input, String output) {
            this(input, output, "nquads", 0, ShardLib.DEFAULT_WINDOW_DAYS, SysGeoKg.DEFAULT_MAX_BYTES, 60_000, false);
        }

        public Options {
            if (!FORMATS.contains(format)) {
                throw new InputException("unknown --format '" + format + "'; use one of " + FORMATS);
            }
            if (windowDays < 0 || partitions < 0 || maxBytes <= 0 || timeoutMillis <= 0) {
                throw new InputException("--window-days and --partitions must be 0 or more, --max-bytes and "
                        + "--article-timeout positive");
            }
        }

        public Options withFormat(String f) {
            return new Options(input, output, f, partitions, windowDays, maxBytes, timeoutMillis, gzip);
        }

        public Options withPartitions(int n) {
            return new Options(input, output, format, n, windowDays, maxBytes, timeoutMillis, gzip);
        }
    }

    /**
     * The counts of a run; they add up: read = stored + replaced + rejected.
     *
     * @param read     articles and rejected inputs read
     * @param stored   article graphs written
     * @param replaced articles dropped for a later article with the same id
     * @param rejected inputs rejected (rejects.tsv)
     * @param clusters event clusters written
     * @param seconds  wall time of the run
     */
    public record Summary(long read, long stored, long replaced, long rejected, long clusters, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d read, %d stored, %d replaced, %d rejected; %d clusters; %.1f s",
                    read, stored, replaced, rejected, clusters, seconds);
        }
    }

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "File or directory of articles: .jsonl (also .txt .html .json, as ingest reads them), "
                    + "or .parquet files with the columns id, url, title, published, language, publisher, text.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "Directory to create.")
    String output;

    @Option(names = "--format", paramLabel = "F", defaultValue = "nquads",
            description = "Article shards as nquads (default), trig, or json (extraction JSON Lines).")
    String format;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Extraction partitions (default: twice Spark's default parallelism).")
    int partitions;

    @Option(names = "--window-days", paramLabel = "D", defaultValue = "" + ShardLib.DEFAULT_WINDOW_DAYS,
            description = "Corroboration window of the event clusters (default: ${DEFAULT-VALUE}, as the store).")
    int windowDays;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SysGeoKg.DEFAULT_MAX_BYTES,
            description = "Reject files (JSON Lines: lines) larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--article-timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "Reject an article whose extraction takes longer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--gzip", description = "Compress the shards (.nq.gz; geokg import --bulk reads them).")
    boolean gzip;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit, e.g. local[*] (default: from spark-submit).")
    String master;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new GeoKgSparkJob());
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INVALID_INPUT);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("geokg-spark: " + ex.getMessage());
            if (!(ex instanceof GeoKgException)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ex instanceof GeoKgException g ? g.exitCode() : ExitCode.FAILED;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        Options o = new Options(input, output, format, partitions, windowDays, maxBytes, timeoutSeconds * 1000, gzip);
        SparkSession.Builder b = SparkSession.builder().appName("geokg");
        if (master != null) {
            b.master(master);
        }
        SparkSession spark = b.getOrCreate();
        try {
            Summary s = run(spark, o);
            System.err.println(s);
            return s.rejected() > 0 ? ExitCode.DONE_WITH_REJECTS : ExitCode.OK;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on {@code spark}; returns the counts once every shard is written. */
    public static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(o.output());
        try {
            FileSystem ofs = out.getFileSystem(conf);
            if (ofs.exists(out)) {
                throw new InputException("the output " + o.output() + " exists; give a new directory");
            }
        } catch (IOException e) {
            throw new InputException("cannot check the output " + o.output() + ": " + e.getMessage(), e);
        }
        // a broken data file fails the job here, at the start, not in the first task
        Extractors.get();
        List<String> files = inputFiles(conf, o.input());
        // read once: the accepted rows go to extraction, the rejected ones to the rejects
        JavaRDD<InputRow> rows = read(spark, sc, files, o).persist(StorageLevel.MEMORY_AND_DISK());
        int parts = o.partitions() > 0 ? o.partitions() : 2 * sc.defaultParallelism();
        JavaRDD<InputRow> accepted = rows.filter(r -> !r.isRejected()).repartition(parts);
        long timeout = o.timeoutMillis();
        String fmt = o.format();
        JavaRDD<Outcome> extracted = accepted.mapPartitions(it -> extract(it, fmt, timeout));
        JavaRDD<Outcome> outcomes = extracted.union(rows.filter(InputRow::isRejected)
                .map(r -> Outcome.rejected(r, r.reason))).persist(StorageLevel.MEMORY_AND_DISK());
        // ingest replaces an article by a later one with the same id: keep the last in input order
        JavaRDD<Outcome> kept = outcomes.filter(x -> !x.isRejected())
                .mapToPair(x -> new Tuple2<>(x.shard.articleId(), x))
                .reduceByKey((a, b) -> b.after(a) ? b : a)
                .values().persist(StorageLevel.MEMORY_AND_DISK());
        String ext = fmt.equals("json") ? ".jsonl" : fmt.equals("trig") ? ".trig" : ".nq";
        save(kept.map(x -> chomp(x.text)), new Path(out, "articles"), conf, ext, o.gzip());
        int window = o.windowDays();
        JavaRDD<String> clusters = kept.flatMap(x -> x.shard.keys().iterator())
                .mapToPair(k -> new Tuple2<>(k.groupKey(), k))
                .groupByKey()
                .map(g -> ShardLib.clusters(window, list(g._2())))
                .filter(s -> !s.isEmpty())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long clusterCount = clusters.map(GeoKgSparkJob::clusterCount).fold(0L, Long::sum);
        save(clusters.map(GeoKgSparkJob::chomp), new Path(out, "clusters"), conf, ".nq", o.gzip());
        writeFile(conf, new Path(out, "shared/shared.nq"), ShardLib.sharedGraphs());
        List<String> rejects = outcomes.filter(Outcome::isRejected)
                .sortBy(x -> String.format(Locale.ROOT, "%012d %012d", x.file, x.line), true, 1)
                .map(Outcome::rejectTsv).collect();
        if (!rejects.isEmpty()) {
            writeFile(conf, new Path(out, "rejects/rejects.tsv"), "source\tline\treason\n"
                    + String.join("\n", rejects) + "\n");
        }
        long outcomesCount = outcomes.count();
        long stored = kept.count();
        long rejected = rejects.size();
        Summary s = new Summary(outcomesCount, stored, outcomesCount - rejected - stored, rejected, clusterCount,
                (System.nanoTime() - t0) / 1e9);
        rows.unpersist();
        outcomes.unpersist();
        kept.unpersist();
        clusters.unpersist();
        return s;
    }

    // ------------------------------------------------------------------ reading

    /** The input files in sorted path order: the file itself, or the files under a directory. */
    static List<String> inputFiles(Configuration conf, String input) {
        Path p = new Path(input);
        List<String> out = new ArrayList<>();
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                throw new InputException("input not found: " + input);
            }
            FileStatus st = fs.getFileStatus(p);
            if (st.isFile()) {
                out.add(st.getPath().toString());
            } else {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (f.isFile() && !skipped(p, f.getPath())) {
                        out.add(f.getPath().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot list the input " + input + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException("no input file under " + input);
        }
        out.sort(null);
        return out;
    }

    /** Hidden files and folders, Spark's and Hadoop's own ({@code _SUCCESS}, {@code .crc}) and READMEs. */
    private static boolean skipped(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.getName().length() > 0; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        String lower = file.getName().toLowerCase(Locale.ROOT);
        return lower.equals("readme") || lower.startsWith("readme.");
    }

    private static JavaRDD<InputRow> read(SparkSession spark, JavaSparkContext sc, List<String> files, Options o) {
        if (files.stream().allMatch(f -> f.toLowerCase(Locale.ROOT).endsWith(".parquet"))) {
            return readParquet(spark, files);
        }
        List<Tuple2<Long, String>> numbered = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            numbered.add(new Tuple2<>((long) i, files.get(i)));
        }
        long maxBytes = o.maxBytes();
        return sc.parallelize(numbered, Math.max(1, Math.min(files.size(), 4 * sc.defaultParallelism())))
                .flatMap(f -> readFile(f._1(), f._2(), maxBytes).iterator());
    }

    /** The items of one file, read by the core's reader as {@code ingest} reads a file found in a directory. */
    private static List<InputRow> readFile(long index, String file, long maxBytes) throws IOException {
        Path p = new Path(file);
        FileSystem fs = p.getFileSystem(new Configuration());
        String source = source(p);
        List<InputRow> rows = new ArrayList<>();
        try (InputStream in = fs.open(p)) {
            new ArticleReader(maxBytes).read(source, p.getName(), in,
                    item -> rows.add(InputRow.of(index, rows.size(), item)));
        }
        return rows;
    }

    /** A local file by its path (as ingest names it), any other by its URI. */
    private static String source(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }

    private static final String[] COLUMNS = {"id", "url", "title", "published", "language", "publisher", "text"};

    /** Parquet rows with the columns of a JSON article: each becomes the JSON object ingest would read. */
    private static JavaRDD<InputRow> readParquet(SparkSession spark, List<String> files) {
        Dataset<Row> df = spark.read().parquet(files.toArray(String[]::new));
        List<String> have = List.of(df.columns());
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        for (String c : COLUMNS) {
            if (have.contains(c)) {
                cols.add(df.col(c).cast("string"));
            }
        }
        if (!have.contains("text")) {
            throw new InputException("the Parquet input " + files.get(0) + " has no column \"text\" (columns: "
                    + have + ")");
        }
        cols.add(functions.input_file_name().as("_file"));
        Dataset<String> json = df.select(cols.toArray(org.apache.spark.sql.Column[]::new)).toJSON();
        return json.javaRDD().zipWithIndex().map(t -> {
            com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode)
                    ExtractionJson.mapper().readTree(t._1());
            String file = node.remove("_file").asText();
            Path p = new Path(file);
            SourceItem item = new JsonLinesArticleSource().read(new SourceText(source(p), p.getName(),
                    node.toString())).get(0);
            if (item instanceof SourceItem.Rejected r) {
                return InputRow.rejected(0, t._2(), r.source(), null, r.reason() + " (row " + (t._2() + 1) + ")");
            }
            SourceItem.Accepted a = (SourceItem.Accepted) item;
            return InputRow.of(0, t._2(), new SourceItem.Accepted(a.source(), null, a.article()));
        });
    }

    // ------------------------------------------------------------------ extraction

    /** One partition: the JVM's pipeline, one article at a time, each within the timeout. */
    private static Iterator<Outcome> extract(Iterator<InputRow> rows, String format, long timeoutMillis) {
        Extractor x = Extractors.get();
        List<Outcome> out = new ArrayList<>();
        ExecutorService worker = newWorker();
        try {
            while (rows.hasNext()) {
                InputRow r = rows.next();
                Article a = r.article();
                Future<ExtractionDocument> f = worker.submit(() -> x.extract(a));
                ExtractionDocument doc;
                try {
                    doc = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    out.add(Outcome.rejected(r, "extraction took longer than the article timeout of "
                            + seconds(timeoutMillis) + " s"));
                    continue;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof Error err) {
                        throw err;
                    }
                    out.add(Outcome.rejected(r, "extraction failed: " + describe(c)));
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("extraction interrupted at " + r.where(), e);
                }
                try {
                    ShardLib.ArticleShard shard = ShardLib.render(a, doc,
                            format.equals("trig") ? ShardLib.TRIG : ShardLib.NQUADS);
                    out.add(Outcome.stored(r, shard, format.equals("json") ? ExtractionJson.toJson(doc, false)
                            : shard.text()));
                } catch (RuntimeException e) {
                    out.add(Outcome.rejected(r, "storing failed: " + describe(e)));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return out.iterator();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "geokg-extract");
            t.setDaemon(true);
            return t;
        });
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    // ------------------------------------------------------------------ writing

    private static <T> List<T> list(Iterable<T> it) {
        List<T> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    private static String chomp(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Clusters in the N-Quads of one group: one rdf:type line each. */
    private static long clusterCount(String nquads) {
        long n = 0;
        for (String line : nquads.split("\n")) {
            if (line.contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")
                    && line.contains("EventCluster>")) {
                n++;
            }
        }
        return n;
    }

    /** Writes the texts as part files and names them by their format ({@code part-00000.nq}). */
    private static void save(JavaRDD<String> texts, Path dir, Configuration conf, String ext, boolean gzip) {
        if (gzip) {
            texts.saveAsTextFile(dir.toString(), GzipCodec.class);
        } else {
            texts.saveAsTextFile(dir.toString());
        }
        try {
            FileSystem fs = dir.getFileSystem(conf);
            for (FileStatus st : fs.listStatus(dir)) {
                String name = st.getPath().getName();
                if (!name.startsWith("part-")) {
                    continue;
                }
                String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                Path to = new Path(dir, base + ext + (gzip ? ".gz" : ""));
                if (!fs.rename(st.getPath(), to)) {
                    throw new IOException("rename to " + to + " refused");
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot name the shards in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeFile(Configuration conf, Path file, String text) {
        try {
            FileSystem fs = file.getFileSystem(conf);
            try (OutputStream os = fs.create(file, false);
                    OutputStreamWriter w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
                w.write(text);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
