package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geokg import --bulk}: a directory of N-Quads shards into a new store (stand-in pipeline). */
class ImportBulkIT {
    @TempDir
    Path tmp;

    private Path db;
    private final FakeExtractor fake = new FakeExtractor();

    @BeforeEach
    void ingestTwoArticles() throws Exception {
        db = CliRun.ingestTwoArticles(() -> fake, tmp);
    }

    private CliRun run(String... args) {
        return CliRun.run(() -> fake, tmp, args);
    }

    @Test
    void shardsUnderADirectoryGiveTheSameStore() throws Exception {
        Path shards = Files.createDirectories(tmp.resolve("shards/articles"));
        String nq = run("export", "--db", db.toString(), "--format", "nq").assertExit(ExitCode.OK).out();
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(shards.resolve("part-00000.nq.gz")))) {
            gz.write(nq.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(tmp.resolve("shards/_SUCCESS"), "");
        Path copy = tmp.resolve("copy");
        CliRun r = run("import", "--db", copy.toString(), "--bulk", tmp.resolve("shards").toString())
                .assertExit(ExitCode.OK);
        assertTrue(r.err().contains("shared graphs skipped"), r::toString);
        try (GeoKgStore a = GeoKgStore.open(db); GeoKgStore b = GeoKgStore.open(copy)) {
            assertNull(a.differenceFrom(b));
        }
    }

    @Test
    void aStoreWithArticlesIsRefused() throws Exception {
        Path shards = Files.createDirectories(tmp.resolve("shards"));
        Files.writeString(shards.resolve("all.nq"), run("export", "--db", db.toString(), "--format", "nq")
                .assertExit(ExitCode.OK).out());
        CliRun r = run("import", "--db", db.toString(), "--bulk", shards.toString())
                .assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("already holds articles"), r::toString);
    }

    @Test
    void aDirectoryWithoutShardsIsRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("nothing"));
        Files.writeString(empty.resolve("notes.txt"), "no RDF here");
        CliRun r = run("import", "--db", tmp.resolve("new").toString(), "--bulk", empty.toString())
                .assertExit(ExitCode.INVALID_INPUT);
        assertTrue(r.err().contains("no RDF shard"), r::toString);
    }
}
