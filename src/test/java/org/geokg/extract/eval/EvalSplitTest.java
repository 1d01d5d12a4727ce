package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;

/**
 * Eval on a gold folder with a SPLIT.tsv (alpha tune, beta fresh; the fixture articles of
 * {@link EvalRegressionTest} with the same predictions): scores per split, one split alone,
 * and the errors of fresh articles kept out of the listings.
 */
class EvalSplitTest {
    private static final Path GOLD = SplitFileTest.splitFixtures();
    private static final Path PRED = EvalRegressionTest.fixtures().resolve("predictions.jsonl");
    private static final EvalReport ALL = EvalRunner.withPredictions(GOLD, PRED);

    @Test
    void eachSplitHasItsOwnSection() {
        assertEquals(List.of(Split.TUNE, Split.FRESH), List.copyOf(ALL.bySplit().keySet()));
        assertEquals(ALL.byLanguage().get("id"), ALL.bySplit().get(Split.TUNE)); // alpha is the id article
        assertEquals(ALL.byLanguage().get("en"), ALL.bySplit().get(Split.FRESH)); // beta is the en article
        assertEquals(new EvalReport.Counts(3, 1, 0), ALL.bySplit().get(Split.TUNE).layer("entities"));
        assertEquals(new EvalReport.Counts(1, 0, 1), ALL.bySplit().get(Split.FRESH).layer("entities"));
        assertEquals(1, ALL.bySplit().get(Split.FRESH).articles());
    }

    @Test
    void splitsAddUpToTheOverallScores() {
        EvalReport.Section tune = ALL.bySplit().get(Split.TUNE);
        EvalReport.Section fresh = ALL.bySplit().get(Split.FRESH);
        for (String l : EvalReport.LAYERS) {
            EvalReport.Counts t = tune.layer(l);
            EvalReport.Counts f = fresh.layer(l);
            assertEquals(ALL.overall().layer(l), new EvalReport.Counts(t.tp() + f.tp(), t.fp() + f.fp(),
                    t.fn() + f.fn()), l);
        }
        assertEquals(ALL.overall().articles(), tune.articles() + fresh.articles());
    }

    @Test
    void oneSplitAloneScoresOnlyItsArticles() {
        EvalReport fresh = EvalRunner.withPredictions(GOLD, Split.FRESH, PRED);
        assertEquals(1, fresh.articles());
        assertEquals(Set.of(Split.FRESH), fresh.bySplit().keySet());
        assertEquals(ALL.bySplit().get(Split.FRESH), fresh.overall());
        assertTrue(fresh.warnings().isEmpty(), "the prediction for the tune article is no stray: "
                + fresh.warnings());
    }

    @Test
    void oneSplitWithoutSplitFileIsAnError() {
        InputException e = assertThrows(InputException.class,
                () -> EvalRunner.withPredictions(EvalRegressionTest.fixtures(), Split.TUNE, PRED));
        assertTrue(e.getMessage().contains(SplitFile.NAME), e.getMessage());
    }

    @Test
    void errorsOfFreshArticlesAreListedOnlyWhenAskedFor() {
        assertTrue(ALL.errors().stream().anyMatch(e -> e.split() == Split.FRESH), "beta has misses");
        assertTrue(ALL.errors(EvalReport.Listing.NOT_FRESH).stream().allMatch(e -> e.split() == Split.TUNE));
        String text = ALL.toText(EvalReport.Listing.NOT_FRESH);
        assertTrue(text.contains("[alpha-id.txt]"), text);
        assertFalse(text.contains("[beta-en.txt]"), text);
        assertTrue(text.contains("error(s) of fresh articles not listed"), text);
        assertTrue(ALL.toText(EvalReport.Listing.ALL).contains("[beta-en.txt]"));
        assertFalse(ALL.toJson(EvalReport.Listing.NOT_FRESH).contains("beta-en.txt"));
    }
}
