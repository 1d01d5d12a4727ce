package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a process creating a new store, at many moments: the store always opens afterwards. */
class StoreCreationCrashIT {
    private static final int KILLS = 15;

    @TempDir
    Path tmp;

    @Test
    void aStoreKilledWhileBeingCreatedAlwaysOpensAfterwards() throws Exception {
        long full = createAndTime(tmp.resolve("whole"));
        Random random = new Random(20261207L);
        List<String> runs = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Path db = tmp.resolve("db" + k);
            long killAfter = (long) (random.nextDouble() * full);
            Process child = ChildStoreMain.command("hold", db.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean alive = !child.waitFor(killAfter, TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            runs.add(killAfter + " ms");
            try (GeoKgStore store = GeoKgStore.open(db)) {
                assertFalse(Txn.calculateRead(store.dataset(),
                        () -> store.dataset().getGraph(KgTerms.CAMEO_GRAPH).isEmpty()),
                        "shared graphs missing after a kill at " + killAfter + " ms (child alive then: " + alive + ")");
            }
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".creating-")).toList(),
                        "temporary directories left after reopening, kills at " + runs);
            }
        }
        System.out.println("StoreCreationCrashIT: " + KILLS + " kills within the " + full + " ms a creation takes: "
                + runs);
    }

    /** Runs one uninterrupted creation; its duration in ms up to READY. */
    private static long createAndTime(Path db) throws Exception {
        long t0 = System.nanoTime();
        Process child = ChildStoreMain.command("hold", db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("READY", r.readLine());
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
