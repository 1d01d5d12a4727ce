package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.DiskFull;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg import FILE}: loads a TriG or N-Quads file (e.g. an export) into the store;
 * {@code geokg import --bulk DIR}: loads every shard under DIR (the output of the Spark job)
 * into a store without articles through TDB2's bulk loader.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a TriG or N-Quads file (e.g. made by export) into the knowledge graph.",
            "Named graphs in the file replace the graphs of the same name.",
            "With --bulk, PATH may be a directory: every .nq, .trig, .nq.gz and .trig.gz file under it (e.g. the "
                + "output of the Spark job) is loaded through TDB2's bulk loader into a store that holds no article."},
        footer = {"", "Examples: geokg --db restored import backup.trig",
            "          geokg --db kg import --bulk spark-out/"})
final class ImportCommand implements Callable<Integer> {

    /** The file names --bulk loads from a directory. */
    static final List<String> SHARD_SUFFIXES = List.of(".nq", ".trig", ".nq.gz", ".trig.gz");

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A .trig or .nq file; with --bulk also a directory of them.")
    Path file;

    @Option(names = "--bulk", description = "Load through TDB2's parallel bulk loader (fast, not transactional: "
            + "the store must hold no article; on failure delete it and load again).")
    boolean bulk;

    @Override
    public Integer call() {
        if (bulk) {
            return bulkImport();
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException("import file not found: " + file
                    + (Files.isDirectory(file) ? " is a directory (load a directory of shards with --bulk)" : ""));
        }
        try (GeoKgStore store = main.openStore()) {
            long before = store.size();
            long read = store.importFile(file);
            long after = store.size();
            spec.commandLine().getErr().println("imported " + read + " quads from " + file + "; the store now holds "
                    + after + " quads (was " + before + ")");
        } catch (RuntimeException | Error e) {
            if (!DiskFull.causedBy(e) || DiskFull.worded(e)) {
                throw e;
            }
            throw new StoreException(DiskFull.message("import", main.db(),
                    "the store as it was before the import (an import is one transaction: nothing of " + file
                            + " was kept)"), e);
        }
        return ExitCode.OK;
    }

    private int bulkImport() {
        List<Path> files = shards(file);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        try (GeoKgStore store = main.openStore()) {
            GeoKgStore.BulkImport r = store.bulkImport(files);
            err.println(String.format(Locale.ROOT, "imported %d quads from %d file%s in %.1f s%s%s; the store now "
                    + "holds %d quads", r.quads() - r.sharedSkipped(), files.size(), files.size() == 1 ? "" : "s",
                    (System.nanoTime() - t0) / 1e9,
                    r.sharedSkipped() == 0 ? "" : " (" + r.sharedSkipped() + " quads of the shared graphs skipped: "
                            + "the store has its own)",
                    r.clustersRecomputed() ? "; clusters recomputed (no file had the clusters graph)" : "",
                    store.size()));
        } catch (RuntimeException | Error e) {
            if (!DiskFull.causedBy(e)) {
                throw e;
            }
            throw new StoreException(DiskFull.message("import", main.db(),
                    "an incomplete bulk load (delete the store and load again)"), e);
        }
        return ExitCode.OK;
    }

    /** The shard files of a --bulk PATH: the file itself, or the shards under a directory in sorted order. */
    static List<Path> shards(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new InputException("import path not found: " + path);
        }
        List<Path> out;
        try (Stream<Path> s = Files.walk(path)) {
            out = s.filter(Files::isRegularFile).filter(ImportCommand::isShard).sorted().toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + path + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException("no RDF shard under " + path + " (looked for files ending in "
                    + String.join(", ", SHARD_SUFFIXES) + ")");
        }
        return out;
    }

    private static boolean isShard(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        return SHARD_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
