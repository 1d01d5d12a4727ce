package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The event and claim stages on the dev corpus (mentions from gold), when ../shared/corpus exists. */
class CorpusScoreTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void devCorpusMeetsTheQualityBar() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "dev corpus not found at " + CORPUS.toAbsolutePath()
                + ": skipped");
        CorpusScorer.Score s = CorpusScorer.score(CORPUS, false);
        System.err.println("dev corpus: " + s);
        assertTrue(s.eventF1() >= 0.75, s::toString);
        assertTrue(s.claimF1() >= 0.75, s::toString);
        assertTrue(s.modality() >= 0.85, s::toString);
    }
}
