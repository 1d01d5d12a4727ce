package org.geokg.extract.mentions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.extract.PreparedTexts;
import org.geokg.extract.eval.EvalDocument;
import org.geokg.extract.eval.EvalReport;
import org.geokg.extract.eval.GoldLoader;
import org.geokg.extract.eval.Scorer;
import org.geokg.testlib.DevCorpus;
import org.geokg.testlib.ExpectedCounts;
import org.junit.jupiter.api.Test;

/**
 * The entities the finder gives on the dev corpus, scored by the eval {@link Scorer} per split
 * against the exact counts of corpus-expected.tsv. The body is the whole text here (no text
 * preparation), so page furniture counts against the finder. Per-article misses and false
 * alarms go to stderr for tune articles only. Skipped when the corpus is absent.
 */
class GazetteerMentionFinderCorpusTest {
    private static final String TEST = "GazetteerMentionFinderCorpusTest";

    @Test
    void entityCountsOnTheDevCorpusAreTheExpectedOnes() {
        DevCorpus corpus = DevCorpus.require();
        GazetteerMentionFinder finder = GazetteerMentionFinder.create();
        Scorer scorer = new Scorer();
        List<Scorer.Pair> pairs = new ArrayList<>();
        for (GoldLoader.GoldArticle a : corpus.articles()) {
            EvalDocument g = a.gold();
            String lang = g.language() == null ? "und" : g.language();
            List<ActorMention> ms = finder.find(PreparedTexts.of(a.name(), a.text(), lang));
            EvalDocument gold = new EvalDocument(g.file(), g.language(), a.text(), g.entities(), List.of(), List.of(),
                    List.of());
            EvalDocument pred = new EvalDocument(g.file(), lang, a.text(), entities(ms), List.of(), List.of(),
                    List.of());
            Scorer.Pair pair = new Scorer.Pair(gold, pred, a.split());
            pairs.add(pair);
            if (DevCorpus.mayDiagnose(a)) {
                EvalReport one = scorer.score(List.of(pair));
                EvalReport.Counts c = one.overall().layer("entities");
                List<String> fp = new ArrayList<>();
                List<String> fn = new ArrayList<>();
                one.errors().forEach(e -> (e.kind().equals("miss") ? fn : fp).add(e.item()));
                System.err.printf(Locale.ROOT, "%-55s P=%.2f R=%.2f F1=%.2f  FP=%s  FN=%s%n", a.name(),
                        c.precision(), c.recall(), c.f1(), fp, fn);
            }
        }
        EvalReport r = scorer.score(pairs);
        r.bySplit().forEach((split, s) -> System.err.printf(Locale.ROOT, "%s: %d articles, entities %s%n", split,
                s.articles(), s.layer("entities")));
        ExpectedCounts.assertExpected(TEST, ExpectedCounts.rows(TEST, r, List.of("entities")));
    }

    /** One entity per actor found, keyed by the actor's key. */
    private static Map<String, EvalDocument.Entity> entities(List<ActorMention> mentions) {
        Map<String, EvalDocument.Entity> out = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            Actor a = m.actor();
            out.putIfAbsent(a.key(), new EvalDocument.Entity(a.key(), a.type().name(), a.label(), a.wikidata(),
                    a.country(), List.of(), new EvalDocument.Span(m.text(), m.start(), m.end()), false));
        }
        return out;
    }
}
