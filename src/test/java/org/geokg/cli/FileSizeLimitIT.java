package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot grow, without root: {@code geokg import} in a child JVM under
 * {@code ulimit -f} (the JVM ignores SIGXFSZ, so the write fails with "File too large"). The
 * import fails with a non-zero exit, nothing of the file is kept, and the store opens and takes
 * a later import.
 */
class FileSizeLimitIT {
    private static final Path BASH = Path.of("/bin/bash");
    /** Blocks of 1 KiB any one file may have: an empty store fits, the import below does not. */
    private static final int LIMIT_KB = 3000;

    @TempDir
    Path tmp;

    @Test
    void anImportThatCannotGrowTheStoreChangesNothing() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "needs /bin/bash for ulimit");
        Path db = tmp.resolve("db");
        long before;
        try (GeoKgStore store = GeoKgStore.open(db)) {
            before = store.size();
        }
        Path big = quads(tmp.resolve("big.nq"), 200, 500);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "ulimit -f " + LIMIT_KB + "; exec \"$0\" -cp \"$1\" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "
                + GeoKgMain.class.getName() + " --db \"$2\" import \"$3\"";
        Process child = new ProcessBuilder(BASH.toString(), "-c", cmd, java, System.getProperty("java.class.path"),
                db.toString(), big.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the import did not end");
        assertNotEquals(0, child.exitValue(), "the import should fail under ulimit -f " + LIMIT_KB + ":\n" + out);
        assertTrue(out.contains("no space left on device while writing the store "
                + db.toAbsolutePath().normalize()), "the message should name the store and the reason: " + out);
        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertEquals(before, store.size(), "a failed import kept quads: " + out);
            long read = store.importFile(quads(tmp.resolve("small.nq"), 2, 10));
            assertEquals(20, read);
            assertEquals(before + 20, store.size());
        }
    }

    private static Path quads(Path f, int graphs, int triples) throws IOException {
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int g = 0; g < graphs; g++) {
                for (int t = 0; t < triples; t++) {
                    w.write("<http://example.org/s/" + g + "/" + t + "> <http://example.org/p> \"value " + g + " " + t
                            + "\" <http://example.org/g/" + g + "> .\n");
                }
            }
        }
        return f;
    }
}
