package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code geokg compact} (a child JVM) at random moments, on a store holding replaced
 * data: the store always opens afterwards and holds the same graphs as before.
 */
class KillDuringCompactIT {
    @TempDir
    Path tmp;

    @Test
    void killedCompactionLeavesTheSameGraphs() throws Exception {
        KillRounds.buildReferenceStores(tmp);
        List<String> outcomes = KillRounds.killRounds("compact", KillRounds.newStore, false);
        System.out.println("KillDuringCompactIT: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> !o.contains("(done)")), "every compaction finished before "
                + "its kill: " + outcomes);
    }
}
