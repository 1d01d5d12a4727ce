package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.geokg.kg.model.Article;
import org.junit.jupiter.api.Test;

/** An interrupted extraction (its article timeout ran out) stops instead of running on. */
class ExtractionInterruptTest {
    private static final RuleBasedExtractor X = RuleBasedExtractor.create();

    private static Article article(String text) {
        return new Article("a", null, null, "Judul", "2024-03-04", "id", null, text);
    }

    @Test
    void anInterruptedThreadStopsAtTheNextStageAndTheFlagIsConsumed() {
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class,
                () -> X.extract(article("Presiden Indonesia bertemu Presiden Rusia di Moskow pada Senin.")));
        assertFalse(Thread.interrupted(), "the interrupt was consumed, so a pool thread can take the next article");
        assertTrue(X.extract(article("Presiden Indonesia bertemu Presiden Rusia di Moskow pada Senin.")) != null);
    }
}
