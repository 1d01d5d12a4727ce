package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compaction killed midway leaves its new generation as {@code Data-NNNN-tmp}; the next open
 * of the store removes it (not only the next compaction), and the store is unchanged. The kill
 * itself is exercised by {@code KillDuringCompactIT}.
 */
class CompactionLeftoverIT {
    @TempDir
    Path tmp;

    @Test
    void openingTheStoreRemovesWhatAKilledCompactionLeft() throws Exception {
        Path db = tmp.resolve("db");
        long size;
        try (GeoKgStore store = GeoKgStore.open(db)) {
            store.put(Fixtures.article(Fixtures.generated(1)), Fixtures.doc(Fixtures.generated(1)));
            size = store.size();
        }
        // what a compaction killed while copying leaves: the next generation, unfinished
        Path left = Files.createDirectories(db.resolve("Data-0002-tmp"));
        Files.write(left.resolve("SPO.dat"), new byte[8192]);
        Files.writeString(left.resolve("nodes-data.obj"), "partial");
        Path other = Files.createDirectories(db.resolve("Backups"));

        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertFalse(Files.exists(left), "Data-0002-tmp should be gone once the store is open");
            assertTrue(Files.isDirectory(db.resolve("Data-0001")), "the live generation stays");
            assertTrue(Files.isDirectory(other), "other directories are left alone");
            assertEquals(size, store.size());
            store.compact();
            assertEquals(size, store.size(), "a compaction afterwards works");
        }
    }
}
