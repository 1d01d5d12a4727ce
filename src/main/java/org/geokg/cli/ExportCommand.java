package org.geokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code geokg export}: writes the store (or one named graph) to stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole knowledge graph, or one named graph, to stdout.",
        footer = {"", "Examples:", "  geokg export --format trig > backup.trig",
            "  geokg export --format ttl --graph https://w3id.org/geokg/id/graph/... > article.ttl"})
final class ExportCommand implements Callable<Integer> {

    enum Format { TRIG, NQ, TTL, JSONLD }

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq (N-Quads), ttl (one graph, or the union of all) or jsonld "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Override
    public Integer call() throws IOException {
        try (GeoKgStore store = main.openStore();
                OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            store.export(format.name().toLowerCase(Locale.ROOT), graph, out);
        }
        return ExitCode.OK;
    }
}
