package org.geokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geokg.sys.ExitCode;
import org.geokg.sys.StoreException;

/**
 * The yardstick of {@code geokg bench-store}: loads RDF files into a FRESH TDB2 directory with
 * Jena's own TDB2 bulk loader ({@link LoaderFactory#parallelLoader} or
 * {@link LoaderFactory#phasedLoader}), nothing else. Run as a child process so that its time and
 * peak RSS compare with those of {@code geokg ingest}:
 *
 * <pre>{@code
 * java -Xmx2g -cp geokg-all.jar org.geokg.store.Tdb2BulkLoad --loader parallel /tmp/tdb2 export.nq
 * }</pre>
 *
 * <p>Prints one line {@code quads N} on stdout; the loader's progress goes to stderr. Exit codes
 * as {@link ExitCode}: 2 for bad arguments, 1 when the directory is not empty or loading fails.
 * Stateless; {@link #load} must not run twice at once on one directory.
 */
public final class Tdb2BulkLoad {
    /** The loaders offered: Jena's two multi-phase bulk loaders. */
    public static final List<String> LOADERS = List.of("parallel", "phased");

    private Tdb2BulkLoad() {
    }

    public static void main(String[] args) {
        String loader = "parallel";
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--loader") && i + 1 < args.length) {
                loader = args[++i];
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.size() < 2 || !LOADERS.contains(loader)) {
            System.err.println("usage: Tdb2BulkLoad [--loader parallel|phased] DIR FILE...");
            System.exit(ExitCode.INVALID_INPUT);
        }
        try {
            long quads = load(paths.get(0), paths.subList(1, paths.size()), loader);
            System.out.println("quads " + quads);
            System.exit(ExitCode.OK);
        } catch (StoreException e) {
            System.err.println("Tdb2BulkLoad: " + e.getMessage());
            System.exit(e.exitCode());
        }
    }

    /**
     * Loads {@code files} into a new TDB2 database in {@code dir} (which must be missing or
     * empty) and releases it; returns the number of quads the loader reports.
     */
    public static long load(Path dir, List<Path> files, String loader) {
        if (!LOADERS.contains(loader)) {
            throw new StoreException("unknown TDB2 loader '" + loader + "'; use one of " + LOADERS);
        }
        try {
            Files.createDirectories(dir);
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new StoreException("the bulk loader needs a fresh directory, but " + dir
                            + " is not empty");
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot prepare " + dir + " for the bulk loader: " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        MonitorOutput output = (fmt, args) -> System.err.println(String.format(Locale.ROOT, fmt, args));
        DataLoader dl = loader.equals("phased") ? LoaderFactory.phasedLoader(dsg, output)
                : LoaderFactory.parallelLoader(dsg, output);
        try {
            dl.startBulk();
            try {
                dl.load(files.stream().map(Path::toString).toList());
                dl.finishBulk();
            } catch (RuntimeException e) {
                dl.finishException(e);
                throw new StoreException("the TDB2 " + loader + " loader failed on " + files + ": "
                        + e.getMessage(), e);
            }
            return dl.countQuads() + dl.countTriples();
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
