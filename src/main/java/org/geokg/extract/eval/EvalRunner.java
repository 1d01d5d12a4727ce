package org.geokg.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.geokg.extract.Extractor;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.ExtractionJson;

/**
 * Runs an evaluation: loads the gold of a directory, gets predictions (from a JSON Lines
 * file of extraction documents matched by {@code article.file}, or by running an
 * {@link Extractor} on each {@code NAME.txt}) and scores them. Stateless and thread-safe.
 *
 * <pre>{@code
 * EvalReport r = EvalRunner.withExtractor(Path.of("corpus"), Extractor::createDefault);
 * EvalReport s = EvalRunner.withPredictions(Path.of("corpus"), Path.of("pred.jsonl"));
 * }</pre>
 */
public final class EvalRunner {
    private EvalRunner() {
    }

    /**
     * Runs the extractor on each article text: Article id = NAME.txt, file = NAME.txt,
     * no language, date or title given (the pipeline must find them).
     */
    public static EvalReport withExtractor(Path goldDir, Supplier<? extends Extractor> extractor) {
        List<GoldLoader.GoldArticle> gold = GoldLoader.loadDir(goldDir);
        Extractor x = extractor.get();
        List<Scorer.Pair> pairs = new ArrayList<>();
        for (GoldLoader.GoldArticle g : gold) {
            String file = g.textFile().getFileName().toString();
            Article a = new Article(file, file, null, null, null, null, null, g.text());
            ExtractionDocument doc = x.extract(a);
            JsonNode node = ExtractionJson.mapper().valueToTree(doc);
            pairs.add(new Scorer.Pair(g.gold(), GoldLoader.parse(node, g.text())));
        }
        return new Scorer().score(pairs);
    }

    /** Scores a JSON Lines file of extraction documents; a gold article without prediction scores as empty. */
    public static EvalReport withPredictions(Path goldDir, Path predictions) {
        List<GoldLoader.GoldArticle> gold = GoldLoader.loadDir(goldDir);
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
        Map<String, Boolean> used = new HashMap<>();
        List<Scorer.Pair> pairs = new ArrayList<>();
        for (GoldLoader.GoldArticle g : gold) {
            String file = g.textFile().getFileName().toString();
            JsonNode n = byFile.get(file);
            EvalDocument pred;
            if (n == null) {
                warnings.add("no prediction for " + file + ": scored as an empty document");
                pred = new EvalDocument(file, null, g.text(), Map.of(), List.of(), List.of(), List.of());
            } else {
                used.put(file, true);
                pred = GoldLoader.parse(n, g.text());
            }
            pairs.add(new Scorer.Pair(g.gold(), pred));
        }
        for (String f : byFile.keySet()) {
            if (!used.containsKey(f)) {
                warnings.add("prediction for " + f + " has no gold file: ignored");
            }
        }
        return new Scorer().score(pairs, warnings);
    }
}
