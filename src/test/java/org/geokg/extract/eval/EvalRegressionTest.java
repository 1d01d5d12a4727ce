package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Eval on the project's own two tiny fixture articles with a fixed prediction file: exact scores. */
class EvalRegressionTest {

    static Path fixtures() {
        try {
            return Path.of(EvalRegressionTest.class.getResource("fixtures/predictions.jsonl").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final EvalReport REPORT = EvalRunner.withPredictions(fixtures(),
            fixtures().resolve("predictions.jsonl"));

    @Test
    void layerCountsAreExact() {
        EvalReport.Section s = REPORT.overall();
        assertEquals(new EvalReport.Counts(4, 1, 1), s.layer("entities"));
        assertEquals(new EvalReport.Counts(3, 1, 0), s.layer("events"));
        assertEquals(new EvalReport.Counts(1, 0, 1), s.layer("claims"));
        assertEquals(new EvalReport.Counts(1, 1, 0), s.layer("quantities"));
        assertEquals(new EvalReport.Counts(1, 3, 2), s.eventsStrict());
    }

    @Test
    void summaryScoresAreExact() {
        EvalReport.Section s = REPORT.overall();
        assertEquals(0.8, s.layer("entities").f1(), 1e-9);
        assertEquals(6.0 / 7.0, s.layer("events").f1(), 1e-9);
        assertEquals(2.0 / 7.0, s.eventsStrict().f1(), 1e-9);
        assertEquals(2.0 / 3.0, s.modalityAccuracy(), 1e-9);
        assertEquals((0.8 + 6.0 / 7.0 + 2.0 / 3.0 + 2.0 / 3.0) / 4, s.meanF1(), 1e-9);
    }

    @Test
    void languagesAreScoredSeparately() {
        assertEquals(new EvalReport.Counts(3, 1, 0), REPORT.byLanguage().get("id").layer("entities"));
        assertEquals(new EvalReport.Counts(1, 0, 1), REPORT.byLanguage().get("en").layer("entities"));
        assertEquals(new EvalReport.Counts(0, 0, 1), REPORT.byLanguage().get("en").layer("claims"));
    }

    @Test
    void errorListingHasEveryMissAndFalseAlarm() {
        assertEquals(5, REPORT.errors().stream().filter(e -> !"modality".equals(e.kind())).count());
        // entities 1 fp + 1 fn, events 1 fp, claims 1 fn, quantities 1 fp
    }

    @Test
    void errorListingHasTheModalityMismatch() {
        assertEquals(1, REPORT.errors().stream().filter(e -> "modality".equals(e.kind())).count()); // 2 of 3 right
    }
}
