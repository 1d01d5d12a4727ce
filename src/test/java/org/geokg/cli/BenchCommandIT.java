package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.geokg.extract.Extractor;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg bench}: one shared extractor on several threads gives the single-threaded results. */
class BenchCommandIT {
    private static Extractor pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildPipelineOnce() {
        pipeline = Extractor.createDefault();
    }

    @Test
    void sharedExtractorOnFourThreadsGivesTheSingleThreadedResults() throws Exception {
        Files.copy(Paths.get("data/samples/seed-id-korut-rusia.txt"), tmp.resolve("seed.txt"));
        Files.writeString(tmp.resolve("en.txt"), "Talks in Geneva\n\nThe foreign minister of France met his "
                + "German counterpart in Berlin on Monday. \"We will deepen our cooperation,\" the minister said.\n");
        CliRun r = CliRun.run(() -> pipeline, tmp, "bench", tmp.toString(), "--threads", "4", "--repeat", "5",
                "--warmup", "0", "--ingest").assertExit(ExitCode.OK);
        assertTrue(r.out().contains("all results identical"), r::toString);
        assertTrue(r.out().contains("articles/s"), r::toString);
        assertTrue(r.out().contains("re-ingest unchanged"), r::toString);
    }

    @Test
    void reportsTheTimeOfEveryStageInPipelineOrder() throws Exception {
        Files.writeString(tmp.resolve("en.txt"), "France and Japan signed an agreement on Monday. \"We will "
                + "deepen our cooperation,\" the French minister said.\n");
        CliRun r = CliRun.run(() -> pipeline, tmp, "bench", tmp.toString(), "--threads", "1", "--repeat", "3",
                "--warmup", "0").assertExit(ExitCode.OK);
        String out = r.out();
        int last = out.indexOf("time summed over the 3 extractions");
        assertTrue(last >= 0, r::toString);
        for (String stage : new String[] {"prepare", "mentions", "dates", "analysis", "events", "claims", "quantities",
            "assembly"}) {
            int at = out.indexOf("\n  " + stage + " ", last);
            assertTrue(at > last, () -> stage + " missing or out of order\n" + r);
            last = at;
        }
    }
}
