package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import org.geokg.sys.SmallDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk full on a real small file system (a tmpfs; skipped with a message where mounting is not
 * permitted; {@link FileSizeLimitIT} covers a file-size limit without root): geokg commands in
 * child JVMs, as a user runs them. An ingest that fills the disk stops with exit 1 and a message
 * naming the store and the cause, no trace; the store keeps whole batches only; reading commands
 * work while the disk is full; writing ones and opening a new store say the disk is full (exit 1),
 * never "Can't expel: Active transactions"; once space is freed the same ingest completes.
 */
class DiskFullIT {
    private static final int ARTICLES = 40;
    private static final String[] STATES = {"France", "India", "Japan", "Brazil", "Kenya", "Canada", "Egypt",
        "Chile", "Norway", "Vietnam"};

    @TempDir
    Path tmp;
    SmallDisk disk;

    @BeforeEach
    void mount() throws Exception {
        disk = SmallDisk.mount(tmp.resolve("disk"), 24);
        assumeTrue(disk != null, SmallDisk::whyNot);
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout (" + out.length() + " chars)\n"
                    + out.substring(0, Math.min(out.length(), 500)) + "\n--- stderr\n" + err;
        }
    }

    private Run geokg(Path db, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", GeoKgMain.class.getName(), "--db", db.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("geokg " + String.join(" ", args) + " did not end in 180 s");
        }
        return new Run(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Short English news texts, each naming two states and a meeting: real work for the pipeline. */
    private Path articles() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            String a = STATES[i % STATES.length];
            String b = STATES[(i * 3 + 1) % STATES.length];
            Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Talks number " + i + " in the capital\n\n"
                    + "The foreign minister of " + a + " met the ambassador of " + b + " on " + (1 + i % 27)
                    + " March 2025 to discuss trade worth " + (10 + i) + " million dollars. " + a
                    + " condemned the border incident of week " + i + ", the ministry said. Officials of " + b
                    + " promised to investigate case " + (1000 + i) + ".\n", StandardCharsets.UTF_8);
        }
        return in;
    }

    private static void assertWordedFullDisk(Run r, Path db, String command) {
        assertEquals(ExitCode.FAILED, r.code(), r.toString());
        assertTrue(r.err().contains("geokg " + command + ": no space left on device while"), r.toString());
        assertTrue(r.err().contains(db.toAbsolutePath().normalize().toString()), "names the store: " + r);
        assertTrue(r.err().contains("Free space on that disk"), "says what to do: " + r);
        assertFalse(r.err().contains("\tat "), "no stack trace without -v: " + r);
        assertFalse(r.err().contains("Can't expel"), r.toString());
        assertFalse(r.err().contains("internal error"), r.toString());
    }

    @Test
    void anIngestThatFillsTheDiskStopsCleanlyAndTheStoreKeepsWholeBatches() throws Exception {
        Path db = disk.dir().resolve("db");
        Path in = articles();
        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertFalse(store.hasArticles());
        }
        disk.fill(400_000);
        Run ingest = geokg(db, "ingest", in.toString(), "--batch-size", "2", "--no-compact", "--rejects",
                tmp.resolve("rejects.tsv").toString());
        assertWordedFullDisk(ingest, db, "ingest");
        assertTrue(ingest.err().contains("Kept: "), ingest.toString());

        // while the disk is full: reading works (in this JVM: fewer child JVMs), writing says why it cannot
        CliRun stats = CliRun.run(FakeExtractor::new, "--db", db.toString(), "stats");
        assertEquals(ExitCode.OK, stats.code(), stats.toString());
        CliRun export = CliRun.run(FakeExtractor::new, "--db", db.toString(), "export", "--format", "nq");
        assertEquals(ExitCode.OK, export.code(), export.toString());
        assertWordedFullDisk(geokg(db, "compact"), db, "compact");

        long exported = export.out().lines().count();
        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertEquals(store.size(), exported, "the export read every quad of the store");
            assertNull(store.clustersDifferFromRecomputed(), "clusters of whole batches only");
            Matcher kept = Pattern.compile("Kept: (\\d+) articles stored").matcher(ingest.err());
            assertTrue(kept.find(), ingest.toString());
            long articles = store.stats().articles();
            assertEquals(Long.parseLong(kept.group(1)), articles, "the message counts what the store holds");
            assertEquals(0, articles % 2, "whole batches of 2 only");
            assertTrue(articles < ARTICLES, "the disk should have filled before the end: " + ingest);
        }

        disk.free();
        Run again = geokg(db, "ingest", in.toString(), "--no-compact", "--rejects",
                tmp.resolve("rejects3.tsv").toString());
        assertEquals(ExitCode.OK, again.code(), again.toString());
        try (GeoKgStore store = GeoKgStore.open(db)) {
            assertEquals(ARTICLES, store.stats().articles(), again.toString());
            assertNull(store.clustersDifferFromRecomputed());
        }
    }

    @Test
    void openingANewStoreOnAFullDiskNamesTheCause() throws Exception {
        disk.fill(0);
        Path db = disk.dir().resolve("new-store");
        Run stats = geokg(db, "stats");
        assertWordedFullDisk(stats, db, "stats");
        assertTrue(stats.err().contains("while opening the store"), stats.toString());
        assertFalse(Files.exists(db), "no half-made store is left");
    }
}
