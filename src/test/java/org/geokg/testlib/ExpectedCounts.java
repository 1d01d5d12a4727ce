package org.geokg.testlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.geokg.extract.eval.EvalReport;
import org.geokg.extract.eval.Split;
import org.junit.jupiter.api.Assertions;

/**
 * The exact counts the corpus tests expect, per test, split and layer, kept in one readable file
 * ({@value #FILE}): any change of the extraction shows as a failing corpus test. On a mismatch
 * the failure prints the complete replacement lines of that test, to paste into the file when
 * the change is meant; nothing writes the file by itself. Every check also prints its current
 * lines to stderr, so one test run shows every line.
 *
 * <pre>{@code
 * List<ExpectedCounts.Row> rows = ExpectedCounts.rows("EvalCorpusTest.naiveBaseline", report,
 *         ExpectedCounts.EVAL_LAYERS);
 * ExpectedCounts.assertExpected("EvalCorpusTest.naiveBaseline", rows);
 * }</pre>
 *
 * <p>Stateless and thread-safe; {@link Tally} is not thread-safe.
 */
public final class ExpectedCounts {
    /** Where the expected counts are, under src/test/resources. */
    public static final String FILE = "org/geokg/testlib/corpus-expected.tsv";
    /** The rows of an eval report, in order; "modality" counts tp = right modality, fp = another one. */
    public static final List<String> EVAL_LAYERS = List.of("entities", "events", "events-strict", "claims",
            "quantities", "modality");

    private ExpectedCounts() {
    }

    /** One line of the file: the counts of one test on one split for one layer. */
    public record Row(String test, Split split, String layer, int tp, int fp, int fn) {
        /** The tab-separated line. */
        public String line() {
            return String.join("\t", test, split.label(), layer, Integer.toString(tp), Integer.toString(fp),
                    Integer.toString(fn));
        }

        /** F1 (precision and recall of tp, fp, fn); for modality, 2 right / (2 right + wrong). */
        public double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        String counts() {
            return String.format(Locale.ROOT, "tp=%d fp=%d fn=%d (F1 %.3f)", tp, fp, fn, f1());
        }
    }

    /** Rows of a report: for each split, then each of {@code layers} (of {@link #EVAL_LAYERS}). */
    public static List<Row> rows(String test, EvalReport report, List<String> layers) {
        List<Row> out = new ArrayList<>();
        for (Split split : Split.values()) {
            EvalReport.Section s = report.bySplit().get(split);
            for (String layer : layers) {
                EvalReport.Counts c;
                if (s == null) {
                    c = new EvalReport.Counts(0, 0, 0);
                } else if (layer.equals("events-strict")) {
                    c = s.eventsStrict();
                } else if (layer.equals("modality")) {
                    c = new EvalReport.Counts(s.modalityCorrect(), s.modalityMatched() - s.modalityCorrect(), 0);
                } else if (EvalReport.LAYERS.contains(layer)) {
                    c = s.layer(layer);
                } else {
                    throw new IllegalArgumentException("unknown layer " + layer + ": use one of " + EVAL_LAYERS);
                }
                out.add(new Row(test, split, layer, c.tp(), c.fp(), c.fn()));
            }
        }
        return out;
    }

    /**
     * Counts of fields compared article by article, as sets: tp = values both in the prediction
     * and in gold, fp = predicted only, fn = gold only (a wrong single value is one fp and one fn).
     */
    public static final class Tally {
        private final Map<Split, Map<String, int[]>> counts = new EnumMap<>(Split.class);
        private final List<String> layers = new ArrayList<>();

        /** Declares the layers in the order of the rows (each split gets every layer, zeros included). */
        public Tally(String... layers) {
            this.layers.addAll(List.of(layers));
        }

        /** Adds one comparison; returns true when prediction and gold agree. */
        public boolean add(Split split, String layer, Collection<String> predicted, Collection<String> gold) {
            if (!layers.contains(layer)) {
                throw new IllegalArgumentException("undeclared layer " + layer + ": declare it in the constructor");
            }
            int[] c = counts.computeIfAbsent(split, k -> new LinkedHashMap<>()).computeIfAbsent(layer,
                    k -> new int[3]);
            int tp = 0;
            for (String p : predicted) {
                if (gold.contains(p)) {
                    tp++;
                } else {
                    c[1]++;
                }
            }
            c[0] += tp;
            c[2] += (int) gold.stream().filter(g -> !predicted.contains(g)).count();
            return tp == predicted.size() && tp == gold.size();
        }

        /** Adds one comparison of single values (null: no value). */
        public boolean add(Split split, String layer, String predicted, String gold) {
            return add(split, layer, predicted == null ? List.of() : List.of(predicted),
                    gold == null ? List.of() : List.of(gold));
        }

        /** The rows of {@code test}: each split, each declared layer. */
        public List<Row> rows(String test) {
            List<Row> out = new ArrayList<>();
            for (Split split : Split.values()) {
                for (String layer : layers) {
                    int[] c = counts.getOrDefault(split, Map.of()).getOrDefault(layer, new int[3]);
                    out.add(new Row(test, split, layer, c[0], c[1], c[2]));
                }
            }
            return out;
        }
    }

    private static Map<String, Row> byKey(List<Row> rows) {
        Map<String, Row> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.split() + "\t" + r.layer(), r));
        return out;
    }

    /** The expected rows of {@code test} in the resource {@code file}, in file order. */
    static List<Row> expected(String file, String test) {
        List<Row> out = new ArrayList<>();
        int n = 0;
        for (String line : read(file).split("\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.strip().split("\t");
            if (c.length != 6) {
                Assertions.fail(file + " line " + n + ": expected test, split, layer, tp, fp, fn separated by tabs,"
                        + " found '" + line + "'");
            }
            if (c[0].equals(test)) {
                try {
                    out.add(new Row(c[0], Split.parse(c[1]), c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]),
                            Integer.parseInt(c[5])));
                } catch (RuntimeException e) {
                    Assertions.fail(file + " line " + n + ": " + e.getMessage() + " in '" + line + "'", e);
                }
            }
        }
        return out;
    }

    private static String read(String file) {
        try (InputStream in = ExpectedCounts.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return Assertions.fail("test resource " + file + " not found on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Prints the current lines of {@code test} to stderr and fails, listing every difference and
     * the complete replacement lines, when they differ from the file.
     */
    public static void assertExpected(String test, List<Row> actual) {
        assertExpected(FILE, test, actual);
    }

    /** {@link #assertExpected(String, List)} against another resource (for the tests of this class). */
    static void assertExpected(String file, String test, List<Row> actual) {
        StringBuilder lines = new StringBuilder();
        for (Row r : actual) {
            lines.append(r.line()).append('\n');
        }
        System.err.print("# current lines of " + test + " for src/test/resources/" + file + ":\n" + lines);
        List<Row> expected = expected(file, test);
        if (byKey(expected).equals(byKey(actual))) {
            return;
        }
        StringBuilder msg = new StringBuilder();
        msg.append(test).append(": the dev-corpus counts differ from src/test/resources/").append(file)
                .append(expected.isEmpty() ? " (which has no line for this test)" : "").append('\n');
        Map<String, Row> before = byKey(expected);
        for (Row r : actual) {
            Row b = before.remove(r.split() + "\t" + r.layer());
            if (b == null) {
                msg.append(String.format(Locale.ROOT, "  %-5s %-14s new:      %s%n", r.split(), r.layer(),
                        r.counts()));
            } else if (!Objects.equals(b, r)) {
                msg.append(String.format(Locale.ROOT, "  %-5s %-14s expected %s, now %s%n", r.split(), r.layer(),
                        b.counts(), r.counts()));
            }
        }
        before.values().forEach(b -> msg.append(String.format(Locale.ROOT, "  %-5s %-14s gone:     %s%n",
                b.split(), b.layer(), b.counts())));
        msg.append("If the change is meant, replace every line of ").append(test).append(" in that file with:\n")
                .append(lines);
        Assertions.fail(msg.toString());
    }
}
