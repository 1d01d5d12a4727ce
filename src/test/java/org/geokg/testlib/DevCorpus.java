package org.geokg.testlib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.extract.eval.EvalReport;
import org.geokg.extract.eval.GoldLoader;
import org.geokg.extract.eval.Split;
import org.geokg.extract.eval.SplitFile;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The development corpus (real articles beside their gold files, and a SPLIT.tsv marking each
 * {@code tune} or {@code fresh}) for the tests that score on it. Found only at the system
 * property {@value #PROPERTY} when set, else at {@code ../shared/corpus} relative to the working
 * directory; a test that needs it is skipped (JUnit assumption) when it is not there. A corpus
 * without SPLIT.tsv, or with an article SPLIT.tsv does not list, fails the test.
 *
 * <pre>{@code
 * DevCorpus corpus = DevCorpus.require();            // skips the test when absent
 * for (GoldLoader.GoldArticle a : corpus.articles()) {
 *     if (DevCorpus.mayDiagnose(a)) { ... print its errors ... }   // tune articles only
 * }
 * }</pre>
 *
 * <p>The house rule: the errors of a fresh article are never read, so a test prints per-article
 * diagnostics only for tune articles and aggregates for the fresh ones. Immutable and
 * thread-safe; loaded once per JVM.
 */
public final class DevCorpus {
    /** The system property naming the corpus directory. */
    public static final String PROPERTY = "geokg.corpus";
    /** Where the corpus is looked for without the property, relative to the working directory. */
    public static final Path DEFAULT = Path.of("..", "shared", "corpus");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile DevCorpus loaded;

    private final Path dir;
    private final List<GoldLoader.GoldArticle> articles;

    private DevCorpus(Path dir, List<GoldLoader.GoldArticle> articles) {
        this.dir = dir;
        this.articles = List.copyOf(articles);
    }

    /** Where the corpus should be: {@code property} when set, else {@link #DEFAULT}. */
    static Path locate(String property) {
        return property != null && !property.isBlank() ? Path.of(property) : DEFAULT;
    }

    /**
     * The corpus, loaded once; skips the calling test when the directory is absent, fails it
     * when the directory has no SPLIT.tsv or its SPLIT.tsv does not match the articles.
     */
    public static DevCorpus require() {
        Path dir = locate(System.getProperty(PROPERTY));
        Assumptions.assumeTrue(Files.isDirectory(dir), () -> "dev corpus not found at " + dir.toAbsolutePath()
                + " (from " + (System.getProperty(PROPERTY) == null ? "the default ../shared/corpus"
                        : "-D" + PROPERTY) + "): corpus test skipped");
        DevCorpus c = loaded;
        if (c == null || !c.dir.equals(dir)) {
            c = load(dir);
            loaded = c;
        }
        return c;
    }

    /** Loads a corpus directory (package-private for the tests of this class). */
    static DevCorpus load(Path dir) {
        if (!SplitFile.exists(dir)) {
            Assertions.fail("dev corpus " + dir.toAbsolutePath() + " has no " + SplitFile.NAME
                    + ": every article must be marked tune or fresh");
        }
        try {
            return new DevCorpus(dir, GoldLoader.loadDir(dir));
        } catch (InputException e) {
            return Assertions.fail("dev corpus " + dir.toAbsolutePath() + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** The corpus directory. */
    public Path dir() {
        return dir;
    }

    /** Every article, sorted by name, each with its split. */
    public List<GoldLoader.GoldArticle> articles() {
        return articles;
    }

    /** The articles of one split, sorted by name. */
    public List<GoldLoader.GoldArticle> articles(Split split) {
        return articles.stream().filter(a -> a.split() == split).toList();
    }

    /** The gold file of an article as JSON (for the fields the scorer does not keep). */
    public JsonNode goldJson(GoldLoader.GoldArticle a) {
        Path g = dir.resolve(a.name() + ".gold.json");
        try {
            return JSON.readTree(g.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + g, e);
        }
    }

    /** True when the errors of this article may be printed and read: a tune article. */
    public static boolean mayDiagnose(GoldLoader.GoldArticle a) {
        return a.split() == Split.TUNE;
    }

    /** Prints the score tables of a report to stderr (all, per split, per language; no error). */
    public static void printScores(String test, EvalReport report) {
        System.err.println("=== " + test + "\n" + report.toText(EvalReport.Listing.NONE));
    }

    /** Prints the errors of the tune articles of a report to stderr, article by article. */
    public static void printTuneErrors(String test, EvalReport report) {
        StringBuilder b = new StringBuilder("=== " + test + ": errors of tune articles\n");
        String article = null;
        for (EvalReport.Error e : report.errors()) {
            if (e.split() != Split.TUNE) {
                continue;
            }
            if (!e.article().equals(article)) {
                article = e.article();
                b.append(article).append('\n');
            }
            b.append(String.format("  %-10s %-11s %s%n", e.layer(), e.kind(), e.item()));
        }
        System.err.print(b);
    }
}
