package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code geokg import} (a child JVM) at random moments and while its commit rewrites
 * the store's files: the store always opens afterwards and holds either all of the import or none
 * of it (an import is one transaction).
 */
class KillDuringImportIT {
    @TempDir
    Path tmp;

    @Test
    void killedImportLeavesTheOldOrTheNewStore() throws Exception {
        KillRounds.buildReferenceStores(tmp);
        List<String> outcomes = KillRounds.killRounds("import", KillRounds.oldStore, true,
                KillRounds.fileB.toString());
        System.out.println("KillDuringImportIT: " + outcomes);
        assertTrue(outcomes.stream().anyMatch(o -> o.contains("old")), "no kill landed before the commit: "
                + outcomes);
    }
}
