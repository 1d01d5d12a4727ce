package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geokg.extract.Extractor;
import org.geokg.testlib.DevCorpus;
import org.geokg.testlib.ExpectedCounts;
import org.junit.jupiter.api.Test;

/**
 * {@code geokg eval}'s runner and scorer on the dev corpus, per split, against the exact counts of
 * corpus-expected.tsv: the naive baseline (the floor) and the default extractor. Skipped when the
 * corpus is absent.
 */
class EvalCorpusTest {

    @Test
    void naiveBaselineScoresTheExpectedCounts() {
        DevCorpus corpus = DevCorpus.require();
        String test = "EvalCorpusTest.naiveBaseline";
        EvalReport r = EvalRunner.withExtractor(corpus.dir(), NaiveBaseline::new);
        DevCorpus.printScores(test, r);
        assertEquals(0, r.overall().layer("claims").tp(), "the baseline finds no claim");
        ExpectedCounts.assertExpected(test, ExpectedCounts.rows(test, r, ExpectedCounts.EVAL_LAYERS));
    }

    @Test
    void defaultExtractorScoresTheExpectedCounts() {
        DevCorpus corpus = DevCorpus.require();
        String test = "EvalCorpusTest.defaultExtractor";
        EvalReport r = EvalRunner.withExtractor(corpus.dir(), Extractor::createDefault);
        DevCorpus.printScores(test, r);
        ExpectedCounts.assertExpected(test, ExpectedCounts.rows(test, r, ExpectedCounts.EVAL_LAYERS));
    }
}
