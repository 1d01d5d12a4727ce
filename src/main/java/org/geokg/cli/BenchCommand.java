package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.extract.Extractor;
import org.geokg.extract.StageTimings;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg bench PATH...}: measures the pipeline instead of asserting speed in unit
 * tests. Reports the one-off start-up cost (models and gazetteers), extraction throughput
 * and latency per article with one shared extractor on several threads, whether every
 * thread produced exactly the single-threaded result, the time per pipeline stage summed over
 * the timed extractions, heap in use, and optionally the cost of storing into a fresh TDB2 store.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark extraction (and optionally storing) on the given articles.",
            "One extractor is built once and shared by all threads; results are checked against a "
                + "single-threaded run."},
        footer = {"", "Example: geokg bench data/samples --threads 2 --repeat 50 --ingest"})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of articles.")
    List<String> paths;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--repeat", defaultValue = "20",
            description = "How many times every article is extracted in the timed run (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "3",
            description = "Untimed passes over the articles first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--ingest", description = "Also time storing every article into a fresh temporary TDB2 store.")
    boolean ingest;

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || repeat < 1 || warmup < 0) {
            throw new InputException("--threads and --repeat must be at least 1, --warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = new ArrayList<>();
        for (SourceItem item : ArticleReader.createDefault().readAll(paths)) {
            if (item instanceof SourceItem.Accepted a) {
                articles.add(a.article());
            }
        }
        if (articles.isEmpty()) {
            throw new InputException("no readable article in " + paths);
        }
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedHeap(mem);

        long t0 = System.nanoTime();
        Extractor extractor = main.extractor();
        long startupNanos = System.nanoTime() - t0;
        long heapModels = usedHeap(mem) - heapBefore;

        String[] reference = new String[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            reference[i] = ExtractionJson.toJson(extractor.extract(articles.get(i)), false);
        }
        for (int w = 0; w < warmup; w++) {
            for (Article a : articles) {
                extractor.extract(a);
            }
        }

        int jobs = articles.size() * repeat;
        long[] latencies = new long[jobs];
        AtomicInteger mismatches = new AtomicInteger();
        StageTimings stages = new StageTimings();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t1 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>(jobs);
            for (int j = 0; j < jobs; j++) {
                final int job = j;
                futures.add(pool.submit(() -> {
                    int i = job % articles.size();
                    long s = System.nanoTime();
                    String json = ExtractionJson.toJson(extractor.extract(articles.get(i), stages), false);
                    latencies[job] = System.nanoTime() - s;
                    if (!json.equals(reference[i])) {
                        mismatches.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        long wallNanos = System.nanoTime() - t1;
        Arrays.sort(latencies);

        out.printf(Locale.ROOT, "articles            %d (%d chars)%n", articles.size(), chars);
        out.printf(Locale.ROOT, "startup             %.0f ms (models, gazetteers, lexicons; once per process)%n",
                startupNanos / 1e6);
        out.printf(Locale.ROOT, "heap for pipeline   %.1f MB%n", heapModels / 1048576.0);
        out.printf(Locale.ROOT, "threads             %d, %d extractions after %d warm-up passes%n", threads, jobs,
                warmup);
        out.printf(Locale.ROOT, "throughput          %.1f articles/s, %.0f chars/s%n", jobs / (wallNanos / 1e9),
                chars * (double) repeat / (wallNanos / 1e9));
        out.printf(Locale.ROOT, "latency per article p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                latencies[jobs / 2] / 1e6, latencies[Math.min(jobs - 1, (int) (jobs * 0.95))] / 1e6,
                latencies[jobs - 1] / 1e6);
        printStages(out, stages, jobs);
        out.printf(Locale.ROOT, "heap in use         %.1f MB%n", usedHeap(mem) / 1048576.0);
        out.printf(Locale.ROOT, "thread-safety       %s%n", mismatches.get() == 0
                ? "all results identical to the single-threaded run"
                : mismatches.get() + " results DIFFER from the single-threaded run");
        if (ingest) {
            benchIngest(out, extractor, articles);
        }
        out.flush();
        return mismatches.get() == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    /** Time per stage summed over the timed extractions, per article and as a share of all stages. */
    private static void printStages(PrintWriter out, StageTimings stages, int jobs) {
        Map<String, Long> nanos = stages.nanos();
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "stages              time summed over the %d extractions (thread time)%n", jobs);
        for (Map.Entry<String, Long> e : nanos.entrySet()) {
            out.printf(Locale.ROOT, "  %-17s %9.1f ms  %7.3f ms/article  %5.1f%%%n", e.getKey(), e.getValue() / 1e6,
                    e.getValue() / 1e6 / jobs, total == 0 ? 0.0 : 100.0 * e.getValue() / total);
        }
    }

    private static void benchIngest(PrintWriter out, Extractor extractor, List<Article> articles) throws IOException {
        Path dir = Files.createTempDirectory("geokg-bench-");
        try {
            long t0 = System.nanoTime();
            try (GeoKgStore store = GeoKgStore.open(dir.resolve("db"))) {
                long opened = System.nanoTime();
                for (Article a : articles) {
                    store.put(a, extractor.extract(a));
                }
                long stored = System.nanoTime();
                for (Article a : articles) {
                    store.put(a, extractor.extract(a));
                }
                long again = System.nanoTime();
                out.printf(Locale.ROOT, "store open          %.0f ms (new TDB2 store with the shared graphs)%n",
                        (opened - t0) / 1e6);
                out.printf(Locale.ROOT, "ingest              %.2f ms/article (extract + one write transaction)%n",
                        (stored - opened) / 1e6 / articles.size());
                out.printf(Locale.ROOT, "re-ingest unchanged %.2f ms/article%n",
                        (again - stored) / 1e6 / articles.size());
                out.printf(Locale.ROOT, "store size          %d quads%n", store.size());
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static long usedHeap(MemoryMXBean mem) {
        System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
