package org.geokg.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.geokg.extract.Extractor;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.sys.InputException;

/**
 * Runs an evaluation: loads the gold of a directory, gets predictions (from a JSON Lines
 * file of extraction documents matched by {@code article.file}, or by running an
 * {@link Extractor} on each {@code NAME.txt}) and scores them with the {@link Scorer}. When the
 * directory has a {@link SplitFile SPLIT.tsv}, the report has a section per split, and a run
 * may be limited to one split. Stateless and thread-safe.
 *
 * <pre>{@code
 * EvalReport r = EvalRunner.withExtractor(Path.of("corpus"), Extractor::createDefault);
 * EvalReport t = EvalRunner.withExtractor(Path.of("corpus"), Split.TUNE, Extractor::createDefault);
 * EvalReport s = EvalRunner.withPredictions(Path.of("corpus"), null, Path.of("pred.jsonl"));
 * }</pre>
 */
public final class EvalRunner {
    private EvalRunner() {
    }

    /** Every article of {@code goldDir}, scored with predictions of {@code extractor}. */
    public static EvalReport withExtractor(Path goldDir, Supplier<? extends Extractor> extractor) {
        return withExtractor(goldDir, null, extractor);
    }

    /**
     * Runs the extractor on each article text of the split {@code only} (every article when
     * null): Article id = NAME.txt, file = NAME.txt, no language, date or title given (the
     * pipeline must find them).
     *
     * @throws InputException when the gold directory is unreadable, or {@code only} is given and
     *                        the directory has no SPLIT.tsv
     */
    public static EvalReport withExtractor(Path goldDir, Split only, Supplier<? extends Extractor> extractor) {
        List<GoldLoader.GoldArticle> gold = select(GoldLoader.loadDir(goldDir), goldDir, only);
        Extractor x = extractor.get();
        List<Scorer.Pair> pairs = new ArrayList<>();
        for (GoldLoader.GoldArticle g : gold) {
            String file = g.textFile().getFileName().toString();
            Article a = new Article(file, file, null, null, null, null, null, g.text());
            ExtractionDocument doc = x.extract(a);
            JsonNode node = ExtractionJson.mapper().valueToTree(doc);
            pairs.add(new Scorer.Pair(g.gold(), GoldLoader.parse(node, g.text()), g.split()));
        }
        return new Scorer().score(pairs);
    }

    /** Every article of {@code goldDir}, scored with the predictions of a JSON Lines file. */
    public static EvalReport withPredictions(Path goldDir, Path predictions) {
        return withPredictions(goldDir, null, predictions);
    }

    /**
     * Scores a JSON Lines file of extraction documents on the articles of the split {@code only}
     * (every article when null); a gold article without prediction scores as empty, a
     * prediction for an article of another split is left out without a warning.
     *
     * @throws InputException when the gold directory or the predictions are unreadable, or
     *                        {@code only} is given and the directory has no SPLIT.tsv
     */
    public static EvalReport withPredictions(Path goldDir, Split only, Path predictions) {
        List<GoldLoader.GoldArticle> all = GoldLoader.loadDir(goldDir);
        List<GoldLoader.GoldArticle> gold = select(all, goldDir, only);
        Set<String> otherSplit = new HashSet<>();
        for (GoldLoader.GoldArticle g : all) {
            if (!gold.contains(g)) {
                otherSplit.add(g.textFile().getFileName().toString());
            }
        }
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (JsonNode n : GoldLoader.readJsonLines(predictions)) {
            String f = GoldLoader.fileOf(n);
            if (f == null) {
                warnings.add("prediction without article.file ignored");
            } else if (byFile.putIfAbsent(f, n) != null) {
                warnings.add("second prediction for " + f + " ignored");
            }
        }
        Set<String> used = new HashSet<>();
        List<Scorer.Pair> pairs = new ArrayList<>();
        for (GoldLoader.GoldArticle g : gold) {
            String file = g.textFile().getFileName().toString();
            JsonNode n = byFile.get(file);
            EvalDocument pred;
            if (n == null) {
                warnings.add("no prediction for " + file + ": scored as an empty document");
                pred = new EvalDocument(file, null, g.text(), Map.of(), List.of(), List.of(), List.of());
            } else {
                used.add(file);
                pred = GoldLoader.parse(n, g.text());
            }
            pairs.add(new Scorer.Pair(g.gold(), pred, g.split()));
        }
        for (String f : byFile.keySet()) {
            if (!used.contains(f) && !otherSplit.contains(f)) {
                warnings.add("prediction for " + f + " has no gold file: ignored");
            }
        }
        return new Scorer().score(pairs, warnings);
    }

    private static List<GoldLoader.GoldArticle> select(List<GoldLoader.GoldArticle> gold, Path goldDir, Split only) {
        if (only == null) {
            return gold;
        }
        if (!SplitFile.exists(goldDir)) {
            throw new InputException("gold directory " + goldDir + " has no " + SplitFile.NAME
                    + ": cannot score only the " + only.label() + " articles (score all, or add " + SplitFile.NAME
                    + ")");
        }
        return gold.stream().filter(g -> g.split() == only).toList();
    }
}
