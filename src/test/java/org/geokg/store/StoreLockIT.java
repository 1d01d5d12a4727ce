package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.geokg.sys.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockIT {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessFailsAtOnceWithAClearMessage() throws Exception {
        Path db = tmp.resolve("db");
        GeoKgStore.open(db).close();
        Process child = ChildStoreMain.command("hold", db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("READY", r.readLine(), "child did not open the store");
            long t0 = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> GeoKgStore.open(db));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e.getMessage().contains("in use by another geokg process"), e.getMessage());
            assertTrue(e.getMessage().contains("geokg serve"), e.getMessage());
            assertTrue(e.getMessage().contains("--db"), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());
            assertTrue(ms < 5_000, "took " + ms + " ms");
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        try (GeoKgStore again = GeoKgStore.open(db)) {
            assertTrue(again.size() > 0);
        }
    }
}
