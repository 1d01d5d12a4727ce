package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.geokg.extract.Extractor;
import org.geokg.testlib.DevCorpus;
import org.geokg.testlib.ExpectedCounts;
import org.junit.jupiter.api.Test;

/**
 * The constructed set (src/test/resources/org/geokg/extract/constructed: invented articles in the six
 * languages, written blind to the rules, with gold per the annotation guide) scored by
 * {@code geokg eval}'s runner against the exact counts of corpus-expected.tsv, per split. Unlike the
 * dev corpus it ships with the repository, so this test always runs: any change of the extraction
 * shows here as well, as a second measure of how the rules carry over beyond the dev corpus.
 */
class ConstructedSetTest {

    static final Path DIR = Path.of("src", "test", "resources", "org", "geokg", "extract", "constructed");

    @Test
    void everyArticleHasGoldAndASplit() {
        assertTrue(Files.isRegularFile(DIR.resolve(SplitFile.NAME)), DIR + " needs a " + SplitFile.NAME);
        List<GoldLoader.GoldArticle> articles = GoldLoader.loadDir(DIR);
        assertEquals(18, articles.size(), "three articles in each of the six languages");
        for (GoldLoader.GoldArticle a : articles) {
            assertTrue(a.split() != null, a.name() + " has no split");
        }
    }

    @Test
    void defaultExtractorScoresTheExpectedCounts() {
        String test = "ConstructedSetTest.defaultExtractor";
        EvalReport r = EvalRunner.withExtractor(DIR, Extractor::createDefault);
        DevCorpus.printScores(test, r);
        ExpectedCounts.assertExpected(test, ExpectedCounts.rows(test, r, ExpectedCounts.EVAL_LAYERS));
    }
}
