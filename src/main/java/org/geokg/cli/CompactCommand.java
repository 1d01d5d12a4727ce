package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg compact}: TDB2 compaction. TDB2 never overwrites data in place (that is how a
 * crash never leaves half a write), so replaced articles and every committed batch leave old
 * blocks behind; compaction copies the live data into a new generation of the store and deletes
 * the old one. {@code ingest} compacts by itself after it grew the store by more than
 * {@code --compact-above}.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Give back the disk space that replaced and deleted data hold (TDB2 compaction).",
        footer = {"", "Exit codes: 0 compacted, 1 the store cannot be opened (e.g. a running server holds it).",
            "", "Example: geokg --db geokg-data compact"})
final class CompactCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long before;
        long t0 = System.nanoTime();
        try (GeoKgStore store = main.openStore()) {
            before = store.diskBytes();
            store.compact();
        }
        err.printf("compacted %s: %,d bytes before, %,d after (%.1f s)%n", main.db(), before,
                GeoKgStore.diskBytes(main.db()), (System.nanoTime() - t0) / 1e9);
        err.flush();
        return ExitCode.OK;
    }
}
