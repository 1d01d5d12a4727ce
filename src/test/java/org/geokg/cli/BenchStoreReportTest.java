package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geokg.cli.BenchStoreReport.BatchCost;
import org.geokg.cli.BenchStoreReport.QueryTiming;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derived figures of {@code bench-store}: cost per 1000 articles from a batch log, query percentiles. */
class BenchStoreReportTest {
    private static final String HEADER = "batch\tarticles\tquads\telapsed_ms\n";

    @TempDir
    Path tmp;

    @Test
    void batchLogGivesTheSlopeOfTheFirstAndLastThousandArticles() throws IOException {
        // 500 articles a batch; the first thousand after the first batch cost 2000 ms, the last 3000 ms
        Path log = tmp.resolve("batches.tsv");
        Files.writeString(log, HEADER + "1\t500\t50000\t9000\n2\t1000\t100000\t10000\n3\t1500\t150000\t11000\n"
                + "4\t2000\t200000\t12500\n5\t2500\t250000\t14000\n");
        BatchCost c = BatchCost.parse(log);
        assertTrue(c.fromLog());
        assertEquals(5, c.batches());
        assertEquals(2000, c.firstMsPer1k(), 1e-9);
        assertEquals("articles 500-1500", c.firstWindow());
        assertEquals(3000, c.lastMsPer1k(), 1e-9);
        assertEquals("articles 1500-2500", c.lastWindow());
        assertEquals(1.5, c.ratio(), 1e-9);
        assertTrue(Double.isNaN(c.firstClustersMsPer1k()), "no clusters_ms column");
        assertEquals("", c.note());
    }

    @Test
    void clusterTimeColumnGivesItsOwnSlopeAndColumnsAreFoundByName() throws IOException {
        Path log = tmp.resolve("batches.tsv");
        Files.writeString(log, "batch\tarticles\tquads\telapsed_ms\tclusters_ms\n1\t100\t9\t5000\t100\n"
                + "2\t1100\t9\t7000\t600\n3\t2100\t9\t9500\t1600\n");
        BatchCost c = BatchCost.parse(log);
        assertEquals(2000, c.firstMsPer1k(), 1e-9);
        assertEquals(2500, c.lastMsPer1k(), 1e-9);
        assertEquals(500, c.firstClustersMsPer1k(), 1e-9);
        assertEquals(1000, c.lastClustersMsPer1k(), 1e-9);
    }

    @Test
    void shortLogScalesItsWindowsAndSaysSo() {
        BatchCost c = BatchCost.fromRows(List.of(new long[] {10, 5000, -1}, new long[] {30, 5400, -1}));
        assertEquals(20_000, c.firstMsPer1k(), 1e-9);
        assertEquals(20_000, c.lastMsPer1k(), 1e-9);
        assertTrue(c.note().contains("shorter than 1000"), c.note());
    }

    @Test
    void oneBatchHasNoSlope() {
        BatchCost c = BatchCost.fromRows(List.<long[]>of(new long[] {30, 5400, -1}));
        assertTrue(Double.isNaN(c.firstMsPer1k()));
        assertFalse(c.note().isEmpty());
    }

    @Test
    void batchLogWithAnotherHeaderIsRejected() throws IOException {
        Path log = tmp.resolve("other.tsv");
        Files.writeString(log, "articles\tms\n10\t100\n");
        assertThrows(InputException.class, () -> BatchCost.parse(log));
        Files.writeString(log, HEADER + "1\tten\t5\t100\n");
        assertThrows(InputException.class, () -> BatchCost.parse(log));
        Files.writeString(log, HEADER + "1\t10\n");
        assertThrows(InputException.class, () -> BatchCost.parse(log));
    }

    @Test
    void wholeRunFigureWithoutLog() {
        BatchCost c = BatchCost.wholeRun(200, 40_000, "no log");
        assertFalse(c.fromLog());
        assertEquals(200_000, c.firstMsPer1k(), 1e-9);
        assertTrue(Double.isNaN(c.ratio()));
    }

    @Test
    void queryPercentilesAreTakenFromTheRuns() {
        QueryTiming t = new QueryTiming("q", "", 200, 3, new double[] {40, 10, 30, 20, 50}, null);
        assertEquals(30, t.p50(), 1e-9);
        assertEquals(50, t.max(), 1e-9);
        QueryTiming two = new QueryTiming("q", "", 200, 3, new double[] {20, 10}, null);
        assertEquals(10, two.p50(), 1e-9);
    }
}
