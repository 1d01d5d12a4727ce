package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.geokg.kg.model.Article;
import org.junit.jupiter.api.Test;

/** {@link StageTimings}: sums per stage in the order stages first report, from several threads. */
class StageTimingsTest {

    @Test
    void sumsPerStageInFirstReportedOrder() {
        StageTimings t = new StageTimings();
        t.add("prepare", 5);
        t.add("events", 7);
        t.add("prepare", 10);
        assertEquals(Map.of("prepare", 15L, "events", 7L), t.nanos());
        assertEquals(List.of("prepare", "events"), List.copyOf(t.nanos().keySet()));
    }

    @Test
    void sumsFromSeveralThreadsAddUp() throws InterruptedException {
        StageTimings t = new StageTimings();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 1000; k++) {
                    t.add(k % 2 == 0 ? "a" : "b", 1);
                }
            });
            threads[i].start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(Map.of("a", 2000L, "b", 2000L), t.nanos());
    }

    @Test
    void theRuleBasedPipelineReportsEachStageOnce() {
        StageTimings t = new StageTimings();
        Article a = new Article("t1", "t.txt", null, null, null, "en", null,
                "France and Japan signed an agreement on Monday.");
        PipelineFixture.pipeline().extract(a, t);
        assertEquals(List.of("prepare", "mentions", "dates", "analysis", "events", "claims", "quantities",
                "assembly"), List.copyOf(t.nanos().keySet()));
        assertTrue(t.nanos().values().stream().allMatch(n -> n >= 0));
    }
}
