package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Entity precision/recall/F1 of the finder on the development corpus (../shared/corpus, or the
 * directory in the system property geokg.corpus). Skipped when the corpus is absent. The body is
 * the whole text here (no text preparation), so page furniture counts against the finder.
 */
class GazetteerMentionFinderCorpusTest {
    private static Path corpus() {
        String p = System.getProperty("geokg.corpus");
        if (p != null) {
            return Path.of(p);
        }
        for (String c : List.of("../shared/corpus", "../../shared/corpus", "/work/shared/corpus")) {
            if (Files.isDirectory(Path.of(c))) {
                return Path.of(c);
            }
        }
        return null;
    }

    @Test
    void entityF1OnDevelopmentCorpusIsAtLeastPointEight() throws IOException {
        Path dir = corpus();
        assumeTrue(dir != null, "dev corpus not found (../shared/corpus); skipping the corpus score");
        GazetteerMentionFinder finder = GazetteerMentionFinder.create();
        ObjectMapper json = new ObjectMapper();
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = new ArrayList<>(s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList());
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Path g : golds) {
            String name = g.getFileName().toString().replace(".gold.json", "");
            JsonNode gold = json.readTree(g.toFile());
            String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
            String lang = gold.path("article").path("language").asText("und");
            List<ActorMention> ms = finder.find(PreparedTexts.of(name, text, lang));
            EntityScorer.Score sc = EntityScorer.score(EntityScorer.actors(ms).values(), gold.path("entities"));
            tp += sc.tp();
            fp += sc.fp();
            fn += sc.fn();
            System.err.printf("%-55s P=%.2f R=%.2f F1=%.2f  FP=%s  FN=%s%n", name, sc.precision(), sc.recall(),
                    sc.f1(), sc.falseAlarms(), sc.misses());
        }
        EntityScorer.Score all = new EntityScorer.Score(tp, fp, fn, List.of(), List.of());
        System.err.printf("ALL tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f%n", tp, fp, fn, all.precision(),
                all.recall(), all.f1());
        assertTrue(all.f1() >= 0.8, "entity F1 " + all.f1());
    }
}
