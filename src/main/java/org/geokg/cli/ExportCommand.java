package org.geokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code geokg export}: writes the store (or one named graph) to stdout, as RDF or as the
 * events table ({@code --format events-csv}: one row per event in GDELT 2.0's columns plus
 * geokg's own, see the README). Both stream: memory does not grow with the store.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole knowledge graph, or one named graph, to stdout; or its events as a CSV "
                + "table in GDELT 2.0's event columns (events-csv).",
        footer = {"", "Examples:", "  geokg export --format trig > backup.trig",
            "  geokg export --format events-csv > events.csv",
            "  geokg export --format ttl --graph https://w3id.org/geokg/graph/article/HASH",
            "  (HASH: see SELECT DISTINCT ?g { GRAPH ?g { } } for the article graphs)"})
final class ExportCommand implements Callable<Integer> {

    enum Format {
        TRIG, NQ, TTL, JSONLD, EVENTS_CSV;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig", converter = FormatConverter.class,
            description = "trig, nq (N-Quads), ttl (one graph, or the union of all), jsonld, or events-csv "
                    + "(one row per event, GDELT 2.0 columns + geokg's; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (for events-csv: "
            + "one article graph).")
    String graph;

    @Override
    public Integer call() throws IOException {
        try (GeoKgStore store = main.openStore();
                OutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            if (format == Format.EVENTS_CSV) {
                store.exportEvents(graph, out);
            } else {
                store.export(format.name().toLowerCase(Locale.ROOT), graph, out);
            }
        }
        return ExitCode.OK;
    }

    /** Reads a format name in any case, with - or _ ({@code events-csv}, {@code EVENTS_CSV}). */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Format f : Format.values()) {
                if (f.name().equals(v)) {
                    return f;
                }
            }
            throw new TypeConversionException("unknown format '" + value
                    + "'; use trig, nq, ttl, jsonld or events-csv");
        }
    }
}
