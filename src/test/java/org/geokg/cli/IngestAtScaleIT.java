package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.geokg.extract.Extractor;
import org.geokg.extract.RuleBasedExtractor;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batched and the bulk ingest with the real pipeline on generated articles (short news
 * sentences about pairs of states, several reports of one act within days, so clusters form):
 * the bulk path builds the same store, and kill -9 at random moments leaves whole batches only,
 * after which running the ingest again completes it with nothing duplicated.
 */
class IngestAtScaleIT {
    private static final int ARTICLES = 160;
    private static final int BATCH = 20;
    private static final String[][] PAIRS = {{"Indonesia", "Malaysia"}, {"Russia", "Ukraine"}, {"China", "Japan"},
        {"India", "Pakistan"}, {"France", "Germany"}, {"Brazil", "Argentina"}};
    private static final String[] ACTS = {
        "The government of %s condemned %s on Monday over the border incident, the foreign ministry said.",
        "%s and %s signed a defence cooperation agreement in the capital on Tuesday.",
        "The president of %s met the prime minister of %s to discuss trade, officials said.",
        "%s threatened %s with sanctions after the talks collapsed, a spokesperson said."};

    @TempDir
    static Path tmp;
    static Path input;
    static Extractor extractor;
    static Map<String, Integer> expectedQuads = new HashMap<>();

    @BeforeAll
    static void generateInput() throws IOException {
        input = tmp.resolve("articles.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String[] pair = PAIRS[i % PAIRS.length];
                String act = ACTS[(i / PAIRS.length) % ACTS.length];
                ObjectNode a = json.createObjectNode();
                a.put("id", "scale-" + i);
                a.put("language", "en");
                a.put("published", LocalDate.of(2024, 3, 1).plusDays((i * 7L) % 45).toString());
                a.put("text", "Report " + i + "\n\n" + String.format(act, pair[0], pair[1])
                        + " The statement was issued after a meeting of " + (i % 9 + 2) + " officials.");
                w.write(json.writeValueAsString(a) + "\n");
            }
        }
        extractor = RuleBasedExtractor.create();
        ArticleReader reader = new ArticleReader(10 << 20);
        for (SourceItem item : reader.readAll(List.of(input.toString()))) {
            Article a = ((SourceItem.Accepted) item).article();
            expectedQuads.put(a.id(), GeoKgStore.prepare(a, extractor.extract(a)).quadCount());
        }
    }

    private static CliRun ingest(Path db, String... options) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "ingest", input.toString(), "--no-compact",
                "--rejects", tmp.resolve("rejects.tsv").toString()));
        args.addAll(List.of(options));
        return CliRun.run(() -> extractor, args.toArray(String[]::new));
    }

    @Test
    void bulkLoadBuildsTheSameStoreAsBatchedIngest() {
        Path batched = tmp.resolve("batched");
        Path bulk = tmp.resolve("bulk");
        assertTrue(ingest(batched, "--batch-size", "7").assertExit(ExitCode.OK).err()
                .contains(ARTICLES + " read, " + ARTICLES + " stored, 0 unchanged, 0 rejected"));
        assertTrue(ingest(bulk, "--bulk").assertExit(ExitCode.OK).err()
                .contains(ARTICLES + " read, " + ARTICLES + " stored, 0 unchanged, 0 rejected"));
        try (GeoKgStore a = GeoKgStore.open(batched); GeoKgStore b = GeoKgStore.open(bulk)) {
            assertTrue(a.stats().clusters() > 0, "the generated articles should form clusters");
            assertNull(a.differenceFrom(b));
        }
        // a second bulk run over a full store changes nothing
        assertTrue(ingest(bulk, "--bulk").assertExit(ExitCode.OK).err()
                .contains(ARTICLES + " read, 0 stored, " + ARTICLES + " unchanged, 0 rejected"));
        try (GeoKgStore a = GeoKgStore.open(batched); GeoKgStore b = GeoKgStore.open(bulk)) {
            assertNull(a.differenceFrom(b));
        }
    }

    @Test
    void killedBatchedIngestKeepsWholeBatchesAndARerunCompletesIt() throws Exception {
        Path db = tmp.resolve("killed");
        Random random = new Random(20261207);
        int kills = 0;
        for (int round = 0; round < 20; round++) {
            Process child = childIngest(db);
            long delay = 600 + random.nextInt(3_000);
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                kills++;
            }
            checkWholeBatches(db, "after kill " + round + " at " + delay + " ms");
        }
        assertTrue(kills >= 10, "only " + kills + " of 20 runs were still running when killed");
        Process last = childIngest(db);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the final run did not finish");
        assertEquals(0, last.exitValue(), new String(last.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        Path clean = tmp.resolve("clean");
        ingest(clean, "--batch-size", Integer.toString(BATCH)).assertExit(ExitCode.OK);
        try (GeoKgStore resumed = GeoKgStore.open(db); GeoKgStore once = GeoKgStore.open(clean)) {
            assertEquals(ARTICLES, countArticles(resumed));
            assertNull(resumed.differenceFrom(once), "a resumed ingest must build the same store as one run");
        }
    }

    private static Process childIngest(Path db) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                GeoKgMain.class.getName(), "--db", db.toString(), "ingest", input.toString(), "--no-compact",
                "--batch-size", Integer.toString(BATCH), "--batch-seconds", "600", "--threads", "2",
                "--rejects", tmp.resolve("child-rejects.tsv").toString()));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("child.err").toFile()).start();
    }

    /** Every stored article complete, their number a whole number of batches (or all). */
    private static void checkWholeBatches(Path db, String when) {
        if (!Files.isDirectory(db)) {
            return;
        }
        try (GeoKgStore store = GeoKgStore.open(db)) {
            int stored = 0;
            for (int i = 0; i < ARTICLES; i++) {
                String id = "scale-" + i;
                long n = store.graphSize(id);
                if (n > 0) {
                    assertEquals(expectedQuads.get(id).longValue(), n, when + ": article " + id + " is incomplete");
                    stored++;
                }
            }
            assertTrue(stored % BATCH == 0 || stored == ARTICLES, when + ": " + stored + " articles stored, not a "
                    + "whole number of batches of " + BATCH);
            assertNull(store.clustersDifferFromRecomputed(), when + ": clusters out of step with the articles");
        }
    }

    private static int countArticles(GeoKgStore store) {
        int n = 0;
        for (int i = 0; i < ARTICLES; i++) {
            n += store.contains("scale-" + i) ? 1 : 0;
        }
        return n;
    }
}
