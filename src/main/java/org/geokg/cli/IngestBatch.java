package org.geokg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.geokg.extract.Extractor;
import org.geokg.ingest.SourceItem;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.store.GeoKgStore;
import org.geokg.store.GeoKgStore.PutResult;
import org.geokg.sys.DiskFull;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;

/**
 * One ingest run: items are extracted on worker threads (one shared pipeline) while ONE writer
 * thread puts them, in input order, into write transactions of {@code batchSize} articles or
 * {@code batchMillis} of writing, whichever comes first. Each batch is all or nothing: a crash
 * loses at most the open batch, never half an article. One bad article never stops the run: an
 * exception while extracting or storing it becomes its reject (when storing one article fails,
 * the rest of its batch is written again without it). The counts always add up: read = stored +
 * unchanged + rejected, and they count only what was committed. Memory stays flat: at most a
 * bounded queue of extracted articles and the open batch are held.
 *
 * <pre>{@code
 * try (IngestBatch<GeoKgStore.Prepared> batch = IngestBatch.forStore(extractor, store, IngestBatch.Settings.DEFAULT)) {
 *     for (SourceItem item : items) {
 *         batch.add(item);
 *     }
 *     err.println(batch.finish());
 * }
 * }</pre>
 *
 * <p>{@link #add} and {@link #finish} are called from one thread; the sink's {@code write},
 * {@code commit} and {@code abort} run on the writer thread only, {@code prepare} on workers.
 *
 * @param <P> what an article becomes before it is written
 */
final class IngestBatch<P> implements AutoCloseable {

    /** Where extracted articles go: a batch writer, or a fake in tests. */
    interface ArticleSink<P> {
        /** Worker threads: the article and its extraction made ready to write. */
        P prepare(Article article, ExtractionDocument doc);

        /** Writer thread: into the open batch (opened when needed); STORED holds after commit. */
        PutResult write(P prepared);

        /** Writer thread: commits the open batch (a no-op when none is open). */
        void commit();

        /** Writer thread: drops the open batch. */
        void abort();

        /** Writer thread, once after the last commit. */
        default void end() {
        }

        /** True when a failed {@code write} dropped the open batch (a transaction), so it must be written again. */
        default boolean failureDropsBatch() {
            return true;
        }

        /** Milliseconds spent so far on work after the articles of a batch (cluster updates), for the batch log. */
        default long overheadMillis() {
            return 0;
        }

        /** CPU milliseconds spent so far by threads that work for the writer (index writers), for the batch log. */
        default long helperCpuMillis() {
            return 0;
        }

        /** Number of quads the article adds (for the batch log). */
        default long quads(P prepared) {
            return 0;
        }
    }

    /**
     * @param threads     extraction workers
     * @param batchSize   articles per write transaction
     * @param batchMillis a batch is committed once it has been open this long
     * @param batchLog    TSV of committed batches (batch, articles, quads, elapsed_ms; cumulative), or null
     * @param articleTimeoutMillis an article whose extraction runs longer is cancelled and rejected
     */
    record Settings(int threads, int batchSize, long batchMillis, Path batchLog, long articleTimeoutMillis) {
        /** The default time budget of one article's extraction. */
        static final long DEFAULT_ARTICLE_TIMEOUT_MILLIS = 60_000;
        static final Settings DEFAULT = new Settings(Math.max(1, Runtime.getRuntime().availableProcessors()), 2000,
                60_000, null);

        Settings(int threads, int batchSize, long batchMillis, Path batchLog) {
            this(threads, batchSize, batchMillis, batchLog, DEFAULT_ARTICLE_TIMEOUT_MILLIS);
        }

        Settings {
            if (articleTimeoutMillis < 1) {
                throw new InputException("--article-timeout must be positive, got " + articleTimeoutMillis + " ms");
            }
            if (threads < 1) {
                throw new InputException("--threads must be 1 or more, got " + threads);
            }
            if (batchSize < 1) {
                throw new InputException("--batch-size must be 1 or more, got " + batchSize);
            }
            if (batchMillis < 1) {
                throw new InputException("--batch-seconds must be positive, got " + batchMillis + " ms");
            }
        }
    }

    /** The run summary; {@link #toString()} is the summary line. */
    record Counts(int read, int stored, int unchanged, int rejected) {
        @Override
        public String toString() {
            return read + " read, " + stored + " stored, " + unchanged + " unchanged, " + rejected + " rejected";
        }
    }

    /** What the writer gets for one item, in input order. */
    private sealed interface Outcome {
    }

    private record Ready<P>(SourceItem.Accepted item, ExtractionDocument doc, P prepared) implements Outcome {
    }

    /** An article written into the open batch: its RDF is in the transaction, not kept here. */
    private record Written(SourceItem.Accepted item, ExtractionDocument doc, long quads) {
    }

    private record Failed(SourceItem.Rejected reject) implements Outcome {
    }

    private record End() implements Outcome {
    }

    /** One article's extraction; knows when a worker started it (0 while queued). */
    private final class Extraction extends FutureTask<Outcome> {
        final SourceItem.Accepted item;
        volatile long startedNanos;

        Extraction(SourceItem.Accepted item) {
            super(() -> prepare(item));
            this.item = item;
        }

        @Override
        public void run() {
            startedNanos = System.nanoTime();
            super.run();
        }
    }

    private final ArticleSink<P> sink;
    private final Extractor extractor;
    private final Settings settings;
    private final Consumer<String> verbose;
    private final ExecutorService workers;
    private final BlockingQueue<Future<Outcome>> queue;
    private final Thread writer;
    private final List<SourceItem.Rejected> rejects = new ArrayList<>();
    private final List<Written> open = new ArrayList<>();
    private final long started = System.nanoTime();
    private final AtomicInteger read = new AtomicInteger();
    private volatile Throwable fatal;
    private int stored;
    private int unchanged;
    private int batches;
    private long quadsStored;
    private long openQuads;
    private long openSince;
    private long storeNanos;
    private Writer log;
    private boolean finished;

    IngestBatch(Extractor extractor, ArticleSink<P> sink, Settings settings, Consumer<String> verbose) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.verbose = verbose;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "geokg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.queue = new ArrayBlockingQueue<>(Math.max(8, 4 * settings.threads()));
        if (settings.batchLog() != null) {
            try {
                Path parent = settings.batchLog().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                log = Files.newBufferedWriter(settings.batchLog(), StandardCharsets.UTF_8);
                log.write("batch\tarticles\tquads\telapsed_ms\tclusters_ms\tstore_ms\twriter_cpu_ms\tindex_cpu_ms\n");
                log.flush();
            } catch (IOException e) {
                workers.shutdownNow();
                throw new InputException("cannot write the batch log " + settings.batchLog() + ": " + e.getMessage(), e);
            }
        }
        this.writer = new Thread(this::writeLoop, "geokg-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** A run that writes into {@code store} through its batch writer. */
    static IngestBatch<GeoKgStore.Prepared> forStore(Extractor extractor, GeoKgStore store, Settings settings,
            Consumer<String> verbose) {
        return new IngestBatch<>(extractor, new StoreSink(store), settings, verbose);
    }

    /**
     * A run that hands its articles to a bulk load, finished by the writer thread after the last
     * article (a "batch" is then only a unit of the batch log).
     */
    static IngestBatch<GeoKgStore.Prepared> forBulk(Extractor extractor, GeoKgStore.BulkLoad bulk,
            Settings settings, Consumer<String> verbose) {
        return new IngestBatch<>(extractor, new PreparedSink() {
            @Override
            public PutResult write(GeoKgStore.Prepared prepared) {
                return bulk.add(prepared);
            }

            @Override
            public void commit() {
                // handed-over quads are loaded by BulkLoad.finish()
            }

            @Override
            public void abort() {
                // nothing is open: a refused article was never handed over
            }

            @Override
            public boolean failureDropsBatch() {
                return false;
            }

            @Override
            public void end() {
                bulk.finish();
            }
        }, settings, verbose);
    }

    /** Hands one item to the run; blocks while the queue of extracted articles is full. */
    void add(SourceItem item) {
        checkFatal();
        read.incrementAndGet();
        Future<Outcome> f;
        if (item instanceof SourceItem.Rejected r) {
            f = CompletableFuture.completedFuture(new Failed(r));
        } else {
            SourceItem.Accepted a = (SourceItem.Accepted) item;
            Extraction x = new Extraction(a);
            workers.execute(x);
            f = x;
        }
        put(f);
    }

    private Outcome prepare(SourceItem.Accepted a) {
        ExtractionDocument doc;
        try {
            doc = extractor.extract(a.article());
        } catch (RuntimeException e) {
            return new Failed(new SourceItem.Rejected(a.source(), a.line(), "extraction failed: " + describe(e)));
        }
        try {
            return new Ready<>(a, doc, sink.prepare(a.article(), doc));
        } catch (RuntimeException e) {
            return new Failed(new SourceItem.Rejected(a.source(), a.line(), "storing failed: " + describe(e)));
        }
    }

    private void put(Future<Outcome> f) {
        try {
            while (!queue.offer(f, 200, TimeUnit.MILLISECONDS)) {
                checkFatal();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("ingest interrupted", e);
        }
    }

    /** Waits for every item to be written and the last batch committed; returns the counts. */
    Counts finish() {
        if (!finished) {
            finished = true;
            put(CompletableFuture.completedFuture(new End()));
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("ingest interrupted while writing the last batch", e);
            } finally {
                workers.shutdownNow();
                closeLog();
            }
        }
        checkFatal();
        return counts();
    }

    /** Quads of the articles committed so far. */
    long quadsStored() {
        return quadsStored;
    }

    Counts counts() {
        return new Counts(read.get(), stored, unchanged, rejects.size());
    }

    /** The rejects so far (complete after {@link #finish}). */
    List<SourceItem.Rejected> rejects() {
        return List.copyOf(rejects);
    }

    private void checkFatal() {
        Throwable t = fatal;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new StoreException("ingest failed: " + t, t);
        }
    }

    // ------------------------------------------------------------------ writer thread

    private void writeLoop() {
        try {
            while (true) {
                long wait = open.isEmpty() ? 1_000
                        : settings.batchMillis() - (System.nanoTime() - openSince) / 1_000_000;
                Future<Outcome> f = wait <= 0 ? null : queue.poll(wait, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (!open.isEmpty() && (System.nanoTime() - openSince) / 1_000_000 >= settings.batchMillis()) {
                        commit();
                    }
                    continue;
                }
                Outcome o = outcome(f);
                if (o instanceof End) {
                    commit();
                    sink.end();
                    return;
                }
                if (o instanceof Failed fl) {
                    reject(fl.reject());
                } else {
                    @SuppressWarnings("unchecked")
                    Ready<P> r = (Ready<P>) o;
                    write(r);
                    if (open.size() >= settings.batchSize()) {
                        commit();
                    }
                }
            }
        } catch (Throwable t) {
            fatal = t;
            try {
                sink.abort();
            } catch (RuntimeException ignored) {
                // the first failure is the one reported
            }
            queue.clear();
        }
    }

    private Outcome outcome(Future<Outcome> f) throws InterruptedException {
        try {
            if (f instanceof IngestBatch<?>.Extraction x) {
                return timed(x);
            }
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error err) {
                throw err;
            }
            throw new StoreException("extraction worker failed: " + c, c);
        }
    }

    /**
     * The extraction's outcome, or its reject once it has run longer than the article timeout
     * (counted from when a worker started it); the extraction is then cancelled (interrupted).
     */
    private Outcome timed(IngestBatch<?>.Extraction x) throws InterruptedException, ExecutionException {
        long budget = settings.articleTimeoutMillis();
        while (true) {
            long start = x.startedNanos;
            long wait = start == 0 ? 200 : budget - (System.nanoTime() - start) / 1_000_000;
            if (wait <= 0 && !x.isDone()) {
                x.cancel(true);
                return new Failed(new SourceItem.Rejected(x.item.source(), x.item.line(),
                        "extraction took longer than the article timeout of " + seconds(budget) + " s"));
            }
            try {
                return x.get(Math.max(1, wait), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not started yet, or the budget is not spent: look again
            }
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    private void write(Ready<P> r) {
        PutResult result;
        try {
            long t0 = System.nanoTime();
            try {
                result = sink.write(r.prepared());
            } finally {
                storeNanos += System.nanoTime() - t0;
            }
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw e; // no article can be stored: stop the run, never write on after a failed write
            }
            // the open transaction is gone: write the rest of the batch again without this article
            reject(new SourceItem.Rejected(r.item().source(), r.item().line(), "storing failed: " + describe(e)));
            if (sink.failureDropsBatch()) {
                rewriteOpenBatch();
            }
            return;
        }
        if (result == PutResult.UNCHANGED) {
            unchanged++;
            report(r.item(), "unchanged");
            return;
        }
        if (open.isEmpty()) {
            openSince = System.nanoTime();
        }
        long quads = sink.quads(r.prepared());
        open.add(new Written(r.item(), r.doc(), quads));
        openQuads += quads;
    }

    /** The article made ready to write again (its RDF is not kept once written). */
    private Ready<P> reprepared(Written w) {
        return new Ready<>(w.item(), w.doc(), sink.prepare(w.item().article(), w.doc()));
    }

    private void rewriteOpenBatch() {
        List<Written> again = new ArrayList<>(open);
        open.clear();
        openQuads = 0;
        for (Written w : again) {
            write(reprepared(w));
        }
    }

    private void commit() {
        long t0 = System.nanoTime();
        boolean batch;
        try {
            batch = commitOpen();
        } finally {
            storeNanos += System.nanoTime() - t0;
        }
        if (batch) {
            logBatch();
        }
    }

    /** Commits the open batch; true when it held articles (a line for the batch log). */
    private boolean commitOpen() {
        if (open.isEmpty()) {
            sink.commit();
            return false;
        }
        try {
            sink.commit();
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw e; // the batch is dropped whole; the run stops
            }
            // the batch is gone; write its articles one per transaction, rejecting those that fail
            List<Written> again = new ArrayList<>(open);
            open.clear();
            openQuads = 0;
            for (Written w : again) {
                try {
                    if (sink.write(reprepared(w).prepared()) == PutResult.UNCHANGED) {
                        unchanged++;
                        continue;
                    }
                    sink.commit();
                    stored++;
                    quadsStored += w.quads();
                    report(w.item(), "stored");
                } catch (RuntimeException e2) {
                    sink.abort();
                    if (DiskFull.causedBy(e2)) {
                        throw e2;
                    }
                    reject(new SourceItem.Rejected(w.item().source(), w.item().line(), "storing failed: "
                            + describe(e2)));
                }
            }
            return true;
        }
        stored += open.size();
        quadsStored += openQuads;
        for (Written w : open) {
            report(w.item(), "stored");
        }
        open.clear();
        openQuads = 0;
        return true;
    }

    private void reject(SourceItem.Rejected r) {
        rejects.add(r);
        if (verbose != null) {
            verbose.accept("  " + where(r) + ": rejected: " + r.reason());
        }
    }

    private void report(SourceItem.Accepted a, String what) {
        if (verbose != null) {
            verbose.accept("  " + where(a) + ": " + a.article().id() + " " + what);
        }
    }

    /**
     * CPU time of the calling (writer) thread plus that of the threads working for it, in ms, or -1
     * where the JVM does not measure it.
     */
    private static long writerCpuMillis(long helpers) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long nanos = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
        return nanos < 0 ? -1 : nanos / 1_000_000 + helpers;
    }

    private static String where(SourceItem item) {
        return item.source() + (item.line() == null ? "" : ":" + item.line());
    }

    private void logBatch() {
        batches++;
        if (log == null) {
            return;
        }
        long helpers = sink.helperCpuMillis();
        try {
            log.write(batches + "\t" + stored + "\t" + quadsStored + "\t" + (System.nanoTime() - started) / 1_000_000
                    + "\t" + sink.overheadMillis() + "\t" + storeNanos / 1_000_000 + "\t" + writerCpuMillis(helpers) + "\t"
                    + helpers + "\n");
            log.flush();
        } catch (IOException e) {
            throw new InputException("cannot write the batch log " + settings.batchLog() + ": " + e.getMessage(), e);
        }
    }

    private void closeLog() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                // the log lines were flushed as they were written
            }
            log = null;
        }
    }

    /** Stops the workers and the writer; what was not committed is dropped. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            queue.clear();
            queue.offer(CompletableFuture.completedFuture(new End()));
            try {
                writer.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            workers.shutdownNow();
            closeLog();
        }
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

    /** A sink of the store: articles become {@link GeoKgStore.Prepared} on the workers. */
    private abstract static class PreparedSink implements ArticleSink<GeoKgStore.Prepared> {
        @Override
        public GeoKgStore.Prepared prepare(Article article, ExtractionDocument doc) {
            return GeoKgStore.prepare(article, doc);
        }

        @Override
        public long quads(GeoKgStore.Prepared prepared) {
            return prepared.quadCount();
        }
    }

    /** The store's batch writer as a sink; lives on the writer thread. */
    private static final class StoreSink extends PreparedSink {
        private final GeoKgStore store;
        private GeoKgStore.BatchWriter writer;

        StoreSink(GeoKgStore store) {
            this.store = store;
        }

        @Override
        public PutResult write(GeoKgStore.Prepared prepared) {
            if (writer == null) {
                writer = store.writer();
            }
            return writer.add(prepared);
        }

        @Override
        public void commit() {
            if (writer != null) {
                writer.commit();
            }
        }

        @Override
        public void abort() {
            if (writer != null) {
                writer.abort();
            }
        }

        @Override
        public long overheadMillis() {
            return writer == null ? 0 : writer.clusterMillis();
        }

        @Override
        public long helperCpuMillis() {
            return writer == null ? 0 : writer.indexCpuMillis();
        }
    }
}
