package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The scorer on the shared dev corpus with the naive baseline (skipped when the corpus is absent). */
class EvalCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("geokg.corpus", "../shared/corpus"));

    private static Path corpus() {
        Path p = Files.isDirectory(CORPUS) ? CORPUS : Path.of("/work/shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(p),
                "dev corpus not found at " + CORPUS.toAbsolutePath() + " or /work/shared/corpus: test skipped");
        return p;
    }

    @Test
    void naiveBaselineScoresNearTheDocumentedFloor() {
        EvalReport r = EvalRunner.withExtractor(corpus(), NaiveBaseline::new);
        System.err.println(r.toText(EvalReport.Listing.NONE));
        double mean = r.overall().meanF1();
        assertTrue(mean > 0.15 && mean < 0.40, "naive baseline mean F1 " + mean + " is far from the floor 0.28");
        assertEquals(0, r.overall().layer("claims").tp());
        assertTrue(r.overall().layer("entities").f1() > 0.4, "country entities alone should score");
    }
}
