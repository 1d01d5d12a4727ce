package org.geokg.cli;

import java.util.concurrent.Callable;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg stats}: counts of articles, languages, entities, events, claims and clusters, read
 * from the counts each article carries; {@code --quads} adds the exact quad count (a full scan).
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print counts of what the knowledge graph holds (articles by language, entities, events...).",
        footer = {"", "Example: geokg --db geokg-data stats --quads"})
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--quads", description = "Also count every quad of the store (exact, reads the whole store: "
            + "slow on a large one).")
    boolean quads;

    @Override
    public Integer call() {
        String text;
        try (GeoKgStore store = main.openStore()) {
            text = store.stats(quads).toText();
        }
        spec.commandLine().getOut().println(text.stripTrailing());
        return ExitCode.OK;
    }
}
