package org.geokg.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One TDB2 store per test class, emptied of articles before every test (opening a store with
 * its shared graphs is the slow part); a test that opens its own store in {@link #tmp} assigns
 * it to {@link #store} and it is closed after the test.
 */
abstract class SharedStoreFixture {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    static GeoKgStore sharedStore;
    GeoKgStore store;

    @BeforeAll
    static void openShared() {
        sharedStore = GeoKgStore.open(shared.resolve("db"));
    }

    @AfterAll
    static void closeShared() {
        sharedStore.close();
    }

    @BeforeEach
    void reset() {
        StoreTestLib.reset(sharedStore);
        store = sharedStore;
    }

    @AfterEach
    void closeOwn() {
        if (store != sharedStore) {
            store.close();
        }
    }
}
