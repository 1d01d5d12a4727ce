package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.geokg.store.GeoKgStore;

/**
 * Kill rounds for {@link KillDuringImportIT} and {@link KillDuringCompactIT}: two reference
 * stores (before and after importing a second file that replaces half the graphs of the first
 * and adds as many), and child JVMs running a geokg command on copies of a store, killed -9 at
 * random moments, after which the copy must open and equal one of the reference stores.
 */
final class KillRounds {
    private static final int KILLS = Integer.getInteger("geokg.test.kills", 6);
    /** Kills timed from the moment the child's commit reaches TDB2's journal. */
    private static final int COMMIT_KILLS = Integer.getInteger("geokg.test.commitKills", 6);
    /** Latest kill after the journal fills, in microseconds (a commit's state writes take ~30 ms). */
    private static final long COMMIT_WINDOW_US = 35_000;
    private static final int GRAPHS = 80;
    private static final int TRIPLES = 150;

    static Path tmp;
    static Path fileA;
    static Path fileB;
    static Path oldStore;
    static Path newStore;

    private KillRounds() {
    }

    /** Writes the two files and builds the reference stores under {@code dir}. */
    static void buildReferenceStores(Path dir) throws IOException {
        tmp = dir;
        fileA = write("a.nq", 0, GRAPHS, "a");
        // B replaces the second half of A's graphs and adds as many new ones
        fileB = write("b.nq", GRAPHS / 2, GRAPHS + GRAPHS / 2, "b");
        oldStore = tmp.resolve("old");
        newStore = tmp.resolve("new");
        try (GeoKgStore s = GeoKgStore.open(oldStore)) {
            s.importFile(fileA);
        }
        try (GeoKgStore s = GeoKgStore.open(newStore)) {
            s.importFile(fileA);
            s.importFile(fileB);
        }
    }

    private static Path write(String name, int from, int to, String version) throws IOException {
        Path f = tmp.resolve(name);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int g = from; g < to; g++) {
                for (int t = 0; t < TRIPLES; t++) {
                    w.write("<http://example.org/s/" + g + "/" + t + "> <http://example.org/p/" + version + "> \""
                            + version + " value " + g + " " + t + "\" <http://example.org/g/" + g + "> .\n");
                }
            }
        }
        return f;
    }

    /**
     * Runs the command in a child on copies of {@code start}, killed at random moments; with
     * {@code atCommit} also {@link #COMMIT_KILLS} times within {@link #COMMIT_WINDOW_US} of the
     * moment its commit reached TDB2's journal (when the store's files are being rewritten: a
     * random moment rarely falls there).
     */
    static List<String> killRounds(String command, Path start, boolean atCommit, String... args) throws Exception {
        long full = timeChild(copy(start, tmp.resolve(command + "-whole")), command, args);
        Random random = new Random(20261207L + command.hashCode());
        List<String> outcomes = new ArrayList<>();
        int rounds = KILLS + (atCommit ? COMMIT_KILLS : 0);
        for (int k = 0; k < rounds; k++) {
            Path db = copy(start, tmp.resolve(command + "-" + k));
            boolean commitKill = k >= KILLS;
            long killAfter = commitKill ? (long) (random.nextDouble() * COMMIT_WINDOW_US)
                    : 300 + (long) (random.nextDouble() * (full - 300));
            Process child = child(db, command, args);
            boolean finished;
            if (commitKill) {
                finished = waitForJournal(child, db, full);
                if (!finished) {
                    TimeUnit.MICROSECONDS.sleep(killAfter);
                    finished = !child.isAlive();
                }
            } else {
                finished = child.waitFor(killAfter, TimeUnit.MILLISECONDS);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            String generations = generations(db);
            String state;
            try (GeoKgStore store = GeoKgStore.open(db);
                    GeoKgStore before = GeoKgStore.open(oldStore);
                    GeoKgStore after = GeoKgStore.open(newStore)) {
                assertTrue(!generations(db).contains("-tmp"), "opening the store should remove what the kill left: "
                        + generations + " -> " + generations(db));
                String vsOld = store.differenceFrom(before);
                String vsNew = store.differenceFrom(after);
                String when = command + " killed " + (commitKill ? killAfter + " us after its commit reached the "
                        + "journal" : "after " + killAfter + " ms of " + full) + " (finished: " + finished + ")";
                if ("compact".equals(command)) {
                    assertNull(vsNew, when + ": " + vsNew);
                    // a compaction after the killed one must work despite what the kill left
                    store.compact();
                    assertNull(store.differenceFrom(after), when + ", compacted again: " + store.differenceFrom(after));
                    assertTrue(!generations(db).contains("-tmp"), when + ": compacting again left " + generations(db));
                    state = "same";
                } else {
                    assertTrue(vsOld == null || vsNew == null, when + ": neither old (" + vsOld + ") nor new ("
                            + vsNew + ")");
                    state = vsOld == null ? "old" : "new";
                }
            }
            outcomes.add((commitKill ? "commit+" + killAfter + "us:" : killAfter + "ms:") + state
                    + (finished ? "(done)" : "") + generations
                    + ("compact".equals(command) ? "->" + generations(db) : ""));
            deleteTree(db);
        }
        return outcomes;
    }

    /**
     * Polls the store's TDB2 journals until one holds bytes (the child is committing) or the child
     * ends; true when it ended first. Gives up after three times the command's full run.
     */
    private static boolean waitForJournal(Process child, Path db, long fullMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * fullMillis + 5_000);
        while (child.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(db, 2)) {
                if (files.anyMatch(f -> f.getFileName().toString().equals("journal.jrnl") && f.toFile().length() > 0)) {
                    return false;
                }
            }
            Thread.onSpinWait();
        }
        return !child.isAlive();
    }

    /** The TDB2 generation directories (Data-NNNN) the kill left, e.g. "[Data-0001, Data-0002]". */
    private static String generations(Path db) throws IOException {
        try (Stream<Path> files = Files.walk(db, 2)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList()
                    .toString();
        }
    }

    private static long timeChild(Path db, String command, String... args) throws Exception {
        long t0 = System.nanoTime();
        Process child = child(db, command, args);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), command + " did not finish");
        assertEquals(0, child.exitValue(), new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static Process child(Path db, String command, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                GeoKgMain.class.getName(), "--db", db.toString(), command));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
