package org.geokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.geokg.cli.BenchCorpus;
import org.geokg.cli.GeoKgMain;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.store.GeoKgStore;
import org.geokg.store.ShardLib;
import org.geokg.sys.InputException;
import org.geokg.sys.SysGeoKg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The real job on Spark {@code local[2]} against {@code geokg ingest} of the same input: the eval
 * fixtures, the sample, a corpus made from them as {@code geokg bench-store} makes its corpus
 * (follow-up stories, so events of different articles form clusters), a duplicate id and
 * broken lines. The shards loaded by {@code geokg import --bulk} must give the ingested store,
 * graph by graph (isomorphic), the clusters graph included.
 */
class GeoKgSparkJobTest {
    /** The core's checkout (this module lives in its spark/ folder). */
    private static final Path CORE = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path input;
    private static Path output;
    private static GeoKgSparkJob.Summary summary;

    @BeforeAll
    static void runJobOnce() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("geokg-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        input = Files.createDirectories(tmp.resolve("in"));
        Path fixtures = CORE.resolve("src/test/resources/org/geokg/extract/eval/fixtures");
        Path samples = CORE.resolve("data/samples");
        BenchCorpus.load(List.of(fixtures, samples), 7, 20).write(input.resolve("corpus.jsonl"), 36);
        List<String> lines = new ArrayList<>();
        for (Path txt : List.of(fixtures.resolve("alpha-id.txt"), fixtures.resolve("beta-en.txt"),
                samples.resolve("seed-id-korut-rusia.txt"))) {
            String text = Files.readString(txt);
            String id = txt.getFileName().toString().replace(".txt", "");
            lines.add(json(Map.of("id", id, "published", "2023-01-05", "text", text)));
        }
        lines.add("{\"id\": \"broken\", \"text\": ");
        lines.add(json(Map.of("id", "no-text", "title", "An article without its text")));
        // a later article with the id of an earlier one replaces it
        lines.add(json(Map.of("id", "alpha-id", "published", "2023-01-06",
                "text", Files.readString(fixtures.resolve("beta-en.txt")))));
        Files.write(input.resolve("extra.jsonl"), lines, StandardCharsets.UTF_8);
        output = tmp.resolve("out");
        summary = GeoKgSparkJob.run(spark, new GeoKgSparkJob.Options(input.toString(), output.toString()));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static String json(Map<String, String> fields) throws IOException {
        return new ObjectMapper().writeValueAsString(fields);
    }

    @Test
    void countsAddUp() {
        assertEquals(36 + 6, summary.read(), summary.toString());
        assertEquals(2, summary.rejected(), summary.toString());
        assertEquals(1, summary.replaced(), summary.toString());
        assertEquals(36 + 3, summary.stored(), summary.toString());
        assertTrue(summary.clusters() > 0, "the corpus has follow-up stories, so clusters: " + summary);
    }

    @Test
    void importedShardsAreTheIngestedStore() throws IOException {
        Path bulk = tmp.resolve("bulk-db");
        Run imported = geokg("--db", bulk.toString(), "import", "--bulk", output.toString());
        assertEquals(0, imported.code, imported.toString());
        Path ingested = tmp.resolve("ingest-db");
        Path rejects = tmp.resolve("ingest-rejects.tsv");
        Run ingest = geokg("--db", ingested.toString(), "ingest", "--threads", "2", "--rejects", rejects.toString(),
                input.toString());
        assertEquals(3, ingest.code, "ingest has two rejects: " + ingest);
        try (GeoKgStore a = GeoKgStore.open(bulk); GeoKgStore b = GeoKgStore.open(ingested)) {
            assertNull(a.differenceFrom(b), "Spark shards loaded vs geokg ingest");
            assertEquals(summary.clusters(), b.stats().clusters(), "clusters of ingest vs the Spark aggregation");
            assertEquals(summary.stored(), a.stats().articles());
            assertNull(a.clustersDifferFromRecomputed());
        }
        assertEquals(rejectsByFileName(rejects), rejectsByFileName(output.resolve("rejects/rejects.tsv")));
    }

    @Test
    void shardsAreNamedByFormat() throws IOException {
        try (Stream<Path> s = Files.list(output.resolve("articles"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-")).toList();
            assertTrue(!names.isEmpty() && names.stream().allMatch(n -> n.endsWith(".nq")), names.toString());
        }
        assertTrue(Files.size(output.resolve("shared/shared.nq")) > 0);
    }

    @Test
    void anExistingOutputIsRefused() {
        InputException e = assertThrows(InputException.class, () -> GeoKgSparkJob.run(spark,
                new GeoKgSparkJob.Options(input.toString(), output.toString())));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
    }

    @Test
    void gzippedTrigShardsLoadAsTheIngestedStore() throws IOException {
        Path small = Files.createDirectories(tmp.resolve("small"));
        Files.copy(input.resolve("extra.jsonl"), small.resolve("extra.jsonl"));
        Path out = tmp.resolve("trig-out");
        GeoKgSparkJob.run(spark, new GeoKgSparkJob.Options(small.toString(), out.toString(), "trig", 3,
                ShardLib.DEFAULT_WINDOW_DAYS, SysGeoKg.DEFAULT_MAX_BYTES, 60_000, true));
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            assertTrue(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("part-"))
                    .allMatch(n -> n.endsWith(".trig.gz")));
        }
        Path bulk = tmp.resolve("trig-db");
        Run imported = geokg("--db", bulk.toString(), "import", "--bulk", out.toString());
        assertEquals(0, imported.code, imported.toString());
        Path ingested = tmp.resolve("small-ingest-db");
        Run ingest = geokg("--db", ingested.toString(), "ingest", "--rejects", tmp.resolve("small-rejects.tsv")
                .toString(), small.toString());
        assertEquals(3, ingest.code, ingest.toString());
        try (GeoKgStore a = GeoKgStore.open(bulk); GeoKgStore b = GeoKgStore.open(ingested)) {
            assertNull(a.differenceFrom(b), "TriG shards loaded vs geokg ingest");
        }
    }

    @Test
    void jsonFormatWritesOneExtractionDocumentPerStoredArticle() throws IOException {
        Path out = tmp.resolve("json-out");
        GeoKgSparkJob.Summary s = GeoKgSparkJob.run(spark, new GeoKgSparkJob.Options(
                input.resolve("extra.jsonl").toString(), out.toString()).withFormat("json"));
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("articles"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        ids.add(ExtractionJson.fromJson(line).article().id());
                    }
                }
            }
        }
        assertEquals(s.stored(), ids.size(), ids.toString());
        assertEquals(new TreeSet<>(List.of("alpha-id", "beta-en", "seed-id-korut-rusia")), new TreeSet<>(ids));
    }

    @Test
    void parquetRowsAreReadAsJsonArticles() throws IOException {
        // the well-formed lines of extra.jsonl as rows of string columns (no schema inference: one job less)
        List<String> columns = List.of("id", "title", "published", "text");
        StructType schema = new StructType(columns.stream()
                .map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toArray(StructField[]::new));
        List<Row> rows = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(input.resolve("extra.jsonl"))) {
            if (!line.contains("\"broken\"")) {
                JsonNode n = mapper.readTree(line);
                rows.add(RowFactory.create(columns.stream().map(c -> n.hasNonNull(c) ? n.get(c).asText() : null)
                        .toArray()));
            }
        }
        Path parquet = tmp.resolve("pq-in");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.resolve("articles.parquet").toString());
        Path out = tmp.resolve("pq-out");
        GeoKgSparkJob.Summary s = GeoKgSparkJob.run(spark, new GeoKgSparkJob.Options(parquet.toString(),
                out.toString()));
        assertEquals(5, s.read(), s.toString());
        assertEquals(3, s.stored(), s.toString());
        assertEquals(1, s.replaced(), s.toString());
        List<String> rejects = Files.readAllLines(out.resolve("rejects/rejects.tsv"));
        assertEquals(2, rejects.size(), rejects.toString());
        assertTrue(rejects.get(1).endsWith("JSON article without a \"text\" field (row 4)")
                || rejects.get(1).contains("without a \"text\" field"), rejects.toString());
        Path db = tmp.resolve("pq-db");
        assertEquals(0, geokg("--db", db.toString(), "import", "--bulk", out.toString()).code);
        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertEquals(3, store.stats().articles());
        }
    }

    /** Rejects as "file name, line, reason": ingest names files as given, Spark by their path. */
    private static Set<String> rejectsByFileName(Path tsv) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(tsv).subList(1, Files.readAllLines(tsv).size())) {
            String[] f = line.split("\t", -1);
            out.add(Path.of(f[0]).getFileName() + "\t" + f[1] + "\t" + f[2]);
        }
        return out;
    }

    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Run geokg(String... args) {
        CommandLine cl = GeoKgMain.commandLine(new GeoKgMain());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
