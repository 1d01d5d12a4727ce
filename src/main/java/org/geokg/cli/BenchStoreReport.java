package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.geokg.sys.InputException;

/**
 * The figures of one {@code geokg bench-store} run and their two renderings: tables for a
 * reader ({@link #print}) and JSON for machines ({@link #toJson}). Derived figures (rates,
 * ratios, percentiles) are computed here from the raw ones, the same way for both renderings.
 *
 * <pre>{@code
 * BenchStoreReport report = new BenchStoreReport(settings, corpus, checkpoints);
 * report.print(out);
 * Files.writeString(jsonFile, report.toJson());
 * }</pre>
 *
 * Immutable and thread-safe.
 */
record BenchStoreReport(Settings settings, Corpus corpus, List<Checkpoint> checkpoints, List<String> notes) {

    BenchStoreReport {
        checkpoints = List.copyOf(checkpoints);
        notes = List.copyOf(notes);
    }

    /** The options of the run. */
    record Settings(long seed, String xmx, String loader, int queryRuns, List<String> ingestOptions, String jar) {
        Settings {
            ingestOptions = List.copyOf(ingestOptions);
        }
    }

    /** The generated corpus. */
    record Corpus(int articles, long bytes, int texts, String firstDay, String lastDay, List<String> folders) {
        Corpus {
            folders = List.copyOf(folders);
        }
    }

    /** Bytes of a store directory: file lengths, and blocks allocated on disk (du; -1 when unknown). */
    record Disk(long apparentBytes, long allocatedBytes) {
        /** Allocated when known, else apparent. */
        long bytes() {
            return allocatedBytes >= 0 ? allocatedBytes : apparentBytes;
        }
    }

    /** A child process: exit code, wall milliseconds, peak RSS bytes (-1 unknown). */
    record Run(int exit, double wallMillis, long peakRssBytes) {
        static Run of(ChildProcess.Result r) {
            return new Run(r.exit(), r.wallNanos() / 1e6, r.peakRssBytes());
        }
    }

    /**
     * Cost of 1000 articles early and late in the ingest. From the batch log: the slope between
     * its rows over the first (and the last) window of about 1000 articles, for the elapsed time
     * and, when the log has a {@code clusters_ms} column, for the time spent updating event
     * clusters; else whole-run only.
     */
    record BatchCost(boolean fromLog, int batches, double firstMsPer1k, String firstWindow, double lastMsPer1k,
            String lastWindow, double firstClustersMsPer1k, double lastClustersMsPer1k, String note,
            double storeMillis) {

        BatchCost(boolean fromLog, int batches, double firstMsPer1k, String firstWindow, double lastMsPer1k,
                String lastWindow, double firstClustersMsPer1k, double lastClustersMsPer1k, String note) {
            this(fromLog, batches, firstMsPer1k, firstWindow, lastMsPer1k, lastWindow, firstClustersMsPer1k,
                    lastClustersMsPer1k, note, Double.NaN);
        }

        /** The same with the writer's total time in the store ({@code store_ms} of the log's last row). */
        BatchCost withStoreMillis(double ms) {
            return new BatchCost(fromLog, batches, firstMsPer1k, firstWindow, lastMsPer1k, lastWindow,
                    firstClustersMsPer1k, lastClustersMsPer1k, note, ms);
        }

        double ratio() {
            return firstMsPer1k > 0 && !Double.isNaN(lastMsPer1k) ? lastMsPer1k / firstMsPer1k : Double.NaN;
        }

        /** Whole-run figure when the ingest writes no batch log. */
        static BatchCost wholeRun(int articles, double wallMillis, String note) {
            double per1k = articles == 0 ? Double.NaN : wallMillis / articles * 1000;
            return new BatchCost(false, 0, per1k, "whole run", Double.NaN, "", Double.NaN, Double.NaN, note);
        }

        /**
         * Reads a batch log: TSV with a header naming at least the columns {@code articles}
         * (cumulative articles stored) and {@code elapsed_ms} (milliseconds since the ingest
         * started), optionally {@code clusters_ms} (cumulative cluster-update time); other
         * columns ({@code batch}, {@code quads}) are ignored.
         */
        static BatchCost parse(Path log) {
            List<String> lines;
            try {
                lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("cannot read the batch log " + log + ": " + e.getMessage(), e);
            }
            List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).strip().split("\t"));
            int articles = header.indexOf("articles");
            int elapsed = header.indexOf("elapsed_ms");
            int clusters = header.indexOf("clusters_ms");
            if (articles < 0 || elapsed < 0) {
                throw new InputException("batch log " + log + " has no header with the columns articles and "
                        + "elapsed_ms (found: " + header + ")");
            }
            List<long[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank()) {
                    continue;
                }
                String[] f = l.split("\t");
                try {
                    rows.add(new long[] {Long.parseLong(f[articles].strip()), Long.parseLong(f[elapsed].strip()),
                        clusters < 0 ? -1 : Long.parseLong(f[clusters].strip())});
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new InputException("batch log " + log + " line " + (i + 1) + " lacks a number under "
                            + header + ": " + l, e);
                }
            }
            int store = header.indexOf("store_ms");
            double storeMs = Double.NaN;
            if (store >= 0 && lines.size() > 1) {
                String[] f = lines.get(lines.size() - 1).split("\t");
                if (f.length > store) {
                    storeMs = Double.parseDouble(f[store].strip());
                }
            }
            return fromRows(rows).withStoreMillis(storeMs);
        }

        /** Rows of (cumulative articles, elapsed ms, cumulative cluster ms or -1), in log order. */
        static BatchCost fromRows(List<long[]> rows) {
            if (rows.size() < 2) {
                return new BatchCost(true, rows.size(), Double.NaN, "", Double.NaN, "", Double.NaN, Double.NaN,
                        "one batch only: no per-1000 slope (use a smaller --batch-size)");
            }
            long[] first = rows.get(0);
            int end = rows.size() - 1;
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i)[0] >= first[0] + 1000) {
                    end = i;
                    break;
                }
            }
            long[] last = rows.get(rows.size() - 1);
            int start = 0;
            for (int i = rows.size() - 2; i >= 0; i--) {
                if (rows.get(i)[0] <= last[0] - 1000) {
                    start = i;
                    break;
                }
            }
            long[] e = rows.get(end);
            long[] s = rows.get(start);
            String note = e[0] - first[0] < 1000 || last[0] - s[0] < 1000
                    ? "windows shorter than 1000 articles (scaled to 1000)" : "";
            if (start < end) {
                note = (note.isEmpty() ? "" : note + "; ") + "first and last windows overlap";
            }
            return new BatchCost(true, rows.size(), slope(first, e, 1), "articles " + first[0] + "-" + e[0],
                    slope(s, last, 1), "articles " + s[0] + "-" + last[0], slope(first, e, 2), slope(s, last, 2),
                    note);
        }

        private static double slope(long[] a, long[] b, int column) {
            if (b[0] == a[0] || a.length <= column || a[column] < 0 || b[column] < 0) {
                return Double.NaN;
            }
            return (b[column] - a[column]) * 1000.0 / (b[0] - a[0]);
        }
    }

    /**
     * The store written by {@code geokg ingest} (batched, or with --bulk); {@code log} holds the
     * ingest's own summary lines from its stderr (counts, compaction).
     */
    record Ingest(Run run, int rejects, long quads, Disk disk, BatchCost cost, List<String> log) {
        Ingest {
            log = List.copyOf(log);
        }

        Ingest withQuads(long n) {
            return new Ingest(run, rejects, n, disk, cost, log);
        }

        double articlesPerSecond(int articles) {
            return articles / (run.wallMillis() / 1000);
        }

        double quadsPerSecond() {
            return quads / (run.wallMillis() / 1000);
        }
    }

    /** Jena's TDB2 bulk loader on the N-Quads export of the ingested store. */
    record Yardstick(Run export, Run load, long quads, Disk disk) {
        double quadsPerSecond() {
            return quads / (load.wallMillis() / 1000);
        }
    }

    /**
     * {@code ingest --bulk}: why it was skipped, or how it failed, or its figures and whether its
     * export is isomorphic to the batched store's.
     */
    record BulkIngest(String skipped, String failed, Ingest ingest, Boolean isomorphic, String isoDetail) {
        /** The cell shown instead of a figure when there is none. */
        String missing() {
            return failed != null ? "FAILED" : "skipped";
        }

        /** Ran and gave the same dataset, or was skipped. */
        boolean ok() {
            return failed == null && (isomorphic == null || isomorphic);
        }
    }

    /** Timings of one saved query over HTTP. */
    record QueryTiming(String name, String params, int status, long rows, double[] millis, String error) {
        QueryTiming {
            millis = millis.clone();
        }

        double p50() {
            return percentile(0.5);
        }

        double max() {
            return percentile(1.0);
        }

        private double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            double[] s = millis.clone();
            Arrays.sort(s);
            int i = (int) Math.ceil(p * s.length) - 1;
            return s[Math.max(0, Math.min(s.length - 1, i))];
        }

        @Override
        public double[] millis() {
            return millis.clone();
        }
    }

    /** All figures of one checkpoint size. */
    record Checkpoint(int articles, Ingest ingest, Yardstick yardstick, BulkIngest bulk, Run server,
            List<QueryTiming> queries) {
        Checkpoint {
            queries = List.copyOf(queries);
        }

        double throughputRatio() {
            return ingest.quadsPerSecond() / yardstick.quadsPerSecond();
        }

        double diskRatio() {
            return (double) ingest.disk().bytes() / yardstick.disk().bytes();
        }
    }

    // ------------------------------------------------------------------ rendering: tables

    /** Prints the report as tables. */
    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "geokg bench-store: %d generated articles (%s, %d base texts, seed %d, published %s"
                + " to %s)%n", corpus.articles(), mb(corpus.bytes()), corpus.texts(), settings.seed(),
                corpus.firstDay(), corpus.lastDay());
        out.printf(Locale.ROOT, "children: java -Xmx%s, %s%s; yardstick: Jena TDB2 %s loader%n", settings.xmx(),
                settings.jar() == null ? "classpath" : settings.jar(),
                settings.ingestOptions().isEmpty() ? "" : "; ingest " + String.join(" ", settings.ingestOptions()),
                settings.loader());
        out.println();
        out.println("STORE");
        List<String[]> rows = new ArrayList<>();
        rows.add(header("articles"));
        rows.add(row("ingest wall", c -> sec(c.ingest().run().wallMillis())));
        rows.add(row("ingest articles/s", c -> num(c.ingest().articlesPerSecond(c.articles()), 1)));
        rows.add(row("ingest rejects", c -> Integer.toString(c.ingest().rejects())));
        rows.add(row("quads", c -> String.format(Locale.ROOT, "%,d", c.ingest().quads())));
        rows.add(row("ingest quads/s", c -> num(c.ingest().quadsPerSecond(), 0)));
        rows.add(row("ingest disk (allocated)", c -> bytes(c.ingest().disk().allocatedBytes())));
        rows.add(row("ingest disk (file sizes)", c -> bytes(c.ingest().disk().apparentBytes())));
        rows.add(row("ingest disk per article", c -> bytes(c.ingest().disk().bytes() / Math.max(1, c.articles()))));
        rows.add(row("ingest peak RSS", c -> bytes(c.ingest().run().peakRssBytes())));
        rows.add(row("ms per 1000: first", c -> cost(c.ingest().cost(), true)));
        rows.add(row("ms per 1000: last", c -> cost(c.ingest().cost(), false)));
        rows.add(row("ms per 1000: last/first", c -> num(c.ingest().cost().ratio(), 2)));
        rows.add(row("ms per 1000: vs previous", c -> num(marginal(c), 0)));
        rows.add(row("clusters ms/1000: first", c -> num(c.ingest().cost().firstClustersMsPer1k(), 0)));
        rows.add(row("clusters ms/1000: last", c -> num(c.ingest().cost().lastClustersMsPer1k(), 0)));
        rows.add(row("export nq wall", c -> sec(c.yardstick().export().wallMillis())));
        rows.add(row("bulk loader wall", c -> sec(c.yardstick().load().wallMillis())));
        rows.add(row("bulk loader quads/s", c -> num(c.yardstick().quadsPerSecond(), 0)));
        rows.add(row("bulk loader disk (alloc.)", c -> bytes(c.yardstick().disk().allocatedBytes())));
        rows.add(row("bulk loader disk (files)", c -> bytes(c.yardstick().disk().apparentBytes())));
        rows.add(row("bulk loader peak RSS", c -> bytes(c.yardstick().load().peakRssBytes())));
        rows.add(row("ingest/bulk throughput", c -> pct(c.throughputRatio())));
        rows.add(row("store part (writer) quads/s", c -> num(c.ingest().quads() / (c.ingest().cost().storeMillis()
                / 1000), 0)));
        rows.add(row("store part/bulk throughput", c -> pct(c.ingest().quads() / (c.ingest().cost().storeMillis()
                / 1000) / c.yardstick().quadsPerSecond())));
        rows.add(row("ingest/bulk disk", c -> num(c.diskRatio(), 2) + "x"));
        rows.add(row("ingest --bulk wall", c -> c.bulk().ingest() == null ? c.bulk().missing()
                : sec(c.bulk().ingest().run().wallMillis())));
        rows.add(row("ingest --bulk quads/s", c -> c.bulk().ingest() == null ? c.bulk().missing()
                : num(c.bulk().ingest().quadsPerSecond(), 0)));
        rows.add(row("--bulk vs loader (>=80%)", c -> c.bulk().ingest() == null ? c.bulk().missing()
                : pct(c.bulk().ingest().quadsPerSecond() / c.yardstick().quadsPerSecond())));
        rows.add(row("--bulk disk", c -> c.bulk().ingest() == null ? c.bulk().missing()
                : bytes(c.bulk().ingest().disk().bytes())));
        rows.add(row("--bulk peak RSS", c -> c.bulk().ingest() == null ? c.bulk().missing()
                : bytes(c.bulk().ingest().run().peakRssBytes())));
        rows.add(row("--bulk isomorphic", c -> c.bulk().isomorphic() == null ? c.bulk().missing()
                : c.bulk().isomorphic() ? "yes" : "NO"));
        rows.add(row("server peak RSS", c -> bytes(c.server().peakRssBytes())));
        table(out, rows);
        Set<String> lines = new LinkedHashSet<>(notes);
        for (Checkpoint c : checkpoints) {
            if (!c.ingest().cost().note().isEmpty()) {
                lines.add("ms per 1000 at " + c.articles() + ": " + c.ingest().cost().note());
            }
            if (c.ingest().cost().fromLog() && !c.ingest().cost().firstWindow().isEmpty()) {
                lines.add("ms per 1000 at " + c.articles() + ": first = " + c.ingest().cost().firstWindow()
                        + ", last = " + c.ingest().cost().lastWindow() + " of the batch log ("
                        + c.ingest().cost().batches() + " batches)");
            }
            if (c.bulk().skipped() != null) {
                lines.add("ingest --bulk: " + c.bulk().skipped());
            }
            for (String l : c.ingest().log()) {
                lines.add("ingest at " + c.articles() + " said: " + l);
            }
            if (c.bulk().ingest() != null) {
                for (String l : c.bulk().ingest().log()) {
                    lines.add("ingest --bulk at " + c.articles() + " said: " + l);
                }
            }
            if (c.bulk().failed() != null) {
                lines.add("ingest --bulk at " + c.articles() + " FAILED: " + c.bulk().failed().replace("\n", " | "));
            }
            if (c.bulk().isoDetail() != null) {
                lines.add("--bulk isomorphism at " + c.articles() + ": " + c.bulk().isoDetail());
            }
        }
        lines.add("ms per 1000 vs previous: (wall - wall of the previous checkpoint) / (articles - its articles),"
                + " start-up cancels out");
        lines.add("wall times are whole child JVMs (start-up, pipeline build and store open included); "
                + "RSS is the peak of VmHWM/VmRSS polled every " + ChildProcess.POLL_MILLIS + " ms");
        for (String n : lines) {
            out.println("  note: " + n);
        }
        out.println();
        out.printf(Locale.ROOT, "QUERIES over HTTP (geokg serve --port 0), %d runs each: p50 / max ms%n",
                settings.queryRuns());
        List<String[]> q = new ArrayList<>();
        q.add(header("query"));
        List<String> names = checkpoints.isEmpty() ? List.of()
                : checkpoints.get(0).queries().stream().map(QueryTiming::name).toList();
        for (String name : names) {
            q.add(row(name, c -> c.queries().stream().filter(t -> t.name().equals(name)).findFirst()
                    .map(BenchStoreReport::timing).orElse("-")));
        }
        table(out, q);
        Set<String> queryNotes = new LinkedHashSet<>();
        for (Checkpoint c : checkpoints) {
            for (QueryTiming t : c.queries()) {
                if (!t.params().isEmpty()) {
                    queryNotes.add(t.name() + " with " + t.params());
                }
                if (t.error() != null) {
                    queryNotes.add(t.name() + " at " + c.articles() + " failed: " + t.error());
                }
            }
        }
        queryNotes.add("the other queries run with their default parameters (all unbound)");
        for (String n : queryNotes) {
            out.println("  note: " + n);
        }
        out.flush();
    }

    /**
     * Milliseconds per 1000 articles between the previous checkpoint and {@code c}, from the two
     * whole-run wall times: start-up cancels out. NaN for the first checkpoint.
     */
    double marginal(Checkpoint c) {
        int i = checkpoints.indexOf(c);
        if (i <= 0) {
            return Double.NaN;
        }
        Checkpoint p = checkpoints.get(i - 1);
        return (c.ingest().run().wallMillis() - p.ingest().run().wallMillis()) * 1000.0
                / (c.articles() - p.articles());
    }

    private static String timing(QueryTiming t) {
        if (t.error() != null) {
            return "ERROR " + t.status();
        }
        return String.format(Locale.ROOT, "%s / %s (%d rows)", num(t.p50(), 0), num(t.max(), 0), t.rows());
    }

    private String[] header(String first) {
        String[] r = new String[checkpoints.size() + 1];
        r[0] = first;
        for (int i = 0; i < checkpoints.size(); i++) {
            r[i + 1] = String.format(Locale.ROOT, "%,d", checkpoints.get(i).articles());
        }
        return r;
    }

    private String[] row(String label, Function<Checkpoint, String> cell) {
        String[] r = new String[checkpoints.size() + 1];
        r[0] = label;
        for (int i = 0; i < checkpoints.size(); i++) {
            r[i + 1] = cell.apply(checkpoints.get(i));
        }
        return r;
    }

    private static void table(PrintWriter out, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < cols; i++) {
                if (i == 0) {
                    sb.append(String.format(Locale.ROOT, "%-" + w[0] + "s", r[0]));
                } else {
                    sb.append("  ").append(String.format(Locale.ROOT, "%" + w[i] + "s", r[i]));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String cost(BatchCost c, boolean first) {
        double v = first ? c.firstMsPer1k() : c.lastMsPer1k();
        if (!c.fromLog()) {
            return first ? num(v, 0) + " (whole run incl. start-up)" : "n/a";
        }
        return num(v, 0);
    }

    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String sec(double millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    private static String pct(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "n/a"
                : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static String bytes(long b) {
        if (b < 0) {
            return "n/a";
        }
        if (b < 10 * 1024) {
            return b + " B";
        }
        if (b < 10L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", b / 1048576.0);
    }

    // ------------------------------------------------------------------ rendering: JSON

    /** The report as an indented JSON document (numbers raw: bytes, milliseconds, per-second rates). */
    String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "geokg-bench-store/1");
        ObjectNode s = root.putObject("settings");
        s.put("seed", settings.seed());
        s.put("xmx", settings.xmx());
        s.put("loader", settings.loader());
        s.put("query_runs", settings.queryRuns());
        s.putPOJO("ingest_options", settings.ingestOptions());
        s.put("jar", settings.jar());
        s.putPOJO("notes", notes);
        ObjectNode cp = root.putObject("corpus");
        cp.put("articles", corpus.articles());
        cp.put("bytes", corpus.bytes());
        cp.put("texts", corpus.texts());
        cp.put("first_day", corpus.firstDay());
        cp.put("last_day", corpus.lastDay());
        cp.putPOJO("folders", corpus.folders());
        ArrayNode cs = root.putArray("checkpoints");
        for (Checkpoint c : checkpoints) {
            ObjectNode n = cs.addObject();
            n.put("articles", c.articles());
            ObjectNode in = ingest(n.putObject("ingest"), c.ingest(), c.articles());
            BatchCost bc = c.ingest().cost();
            ObjectNode cost = in.putObject("per_1000_articles");
            cost.put("from_batch_log", bc.fromLog());
            cost.put("batches", bc.batches());
            putNum(cost, "first_ms", bc.firstMsPer1k());
            cost.put("first_window", bc.firstWindow());
            putNum(cost, "last_ms", bc.lastMsPer1k());
            cost.put("last_window", bc.lastWindow());
            putNum(cost, "last_over_first", bc.ratio());
            putNum(cost, "first_clusters_ms", bc.firstClustersMsPer1k());
            putNum(cost, "last_clusters_ms", bc.lastClustersMsPer1k());
            putNum(cost, "since_previous_checkpoint_ms", marginal(c));
            cost.put("note", bc.note());
            ObjectNode y = n.putObject("bulk_loader");
            y.put("loader", settings.loader());
            run(y.putObject("export"), c.yardstick().export());
            run(y.putObject("load"), c.yardstick().load());
            y.put("quads", c.yardstick().quads());
            putNum(y, "quads_per_s", c.yardstick().quadsPerSecond());
            disk(y, c.yardstick().disk());
            ObjectNode r = n.putObject("ratios");
            putNum(r, "ingest_over_bulk_throughput", c.throughputRatio());
            putNum(r, "ingest_over_bulk_disk", c.diskRatio());
            ObjectNode b = n.putObject("ingest_bulk");
            b.put("skipped", c.bulk().skipped());
            b.put("failed", c.bulk().failed());
            if (c.bulk().ingest() != null) {
                ingest(b, c.bulk().ingest(), c.articles());
                putNum(b, "over_bulk_loader_throughput",
                        c.bulk().ingest().quadsPerSecond() / c.yardstick().quadsPerSecond());
            }
            if (c.bulk().isomorphic() != null) {
                b.put("isomorphic", c.bulk().isomorphic());
            }
            b.put("isomorphism_detail", c.bulk().isoDetail());
            run(n.putObject("server"), c.server());
            ArrayNode qs = n.putArray("queries");
            for (QueryTiming t : c.queries()) {
                ObjectNode q = qs.addObject();
                q.put("name", t.name());
                q.put("params", t.params());
                q.put("status", t.status());
                q.put("rows", t.rows());
                ArrayNode ms = q.putArray("ms");
                for (double v : t.millis()) {
                    ms.add(v);
                }
                putNum(q, "p50_ms", t.p50());
                putNum(q, "max_ms", t.max());
                q.put("error", t.error());
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the bench report as JSON", e);
        }
    }

    private static ObjectNode ingest(ObjectNode n, Ingest in, int articles) {
        run(n, in.run());
        n.put("rejects", in.rejects());
        n.putPOJO("log", in.log());
        n.put("quads", in.quads());
        putNum(n, "articles_per_s", in.articlesPerSecond(articles));
        putNum(n, "quads_per_s", in.quadsPerSecond());
        disk(n, in.disk());
        n.put("disk_bytes_per_article", in.disk().bytes() / Math.max(1, articles));
        return n;
    }

    private static void run(ObjectNode n, Run r) {
        n.put("exit", r.exit());
        putNum(n, "wall_ms", r.wallMillis());
        n.put("peak_rss_bytes", r.peakRssBytes());
    }

    private static void disk(ObjectNode n, Disk d) {
        n.put("disk_bytes", d.bytes());
        n.put("disk_bytes_allocated", d.allocatedBytes());
        n.put("disk_bytes_apparent", d.apparentBytes());
    }

    private static void putNum(ObjectNode n, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            n.putNull(field);
        } else {
            n.put(field, Math.round(v * 1000) / 1000.0);
        }
    }
}
