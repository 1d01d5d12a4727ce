package org.geokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.DiskFull;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code geokg import FILE}: loads a TriG or N-Quads file (e.g. an export) into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a TriG or N-Quads file (e.g. made by export) into the knowledge graph.",
            "Named graphs in the file replace the graphs of the same name."},
        footer = {"", "Example: geokg --db restored import backup.trig"})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .trig or .nq file.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new InputException("import file not found: " + file);
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
}
