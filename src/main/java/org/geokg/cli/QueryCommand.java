package org.geokg.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.DataLib;
import org.geokg.sys.ExitCode;
import org.geokg.sys.InputException;
import org.geokg.sys.QueryTimeoutException;
import org.geokg.sys.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg query (FILE.rq | NAME | --sparql TEXT)}: runs a SPARQL query on the store.
 * A NAME is looked up as {@code ./queries/NAME.rq}, then {@code queries/NAME.rq} on the
 * classpath (the bundled analyst questions). Parameters are bound as RDF terms by the store,
 * never spliced into the query text. A query stopped by {@code --timeout} fails (exit 1) with a
 * message naming the query and the limit; rows it printed before are declared incomplete.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query on the knowledge graph and print the results.",
            "QUERY is a .rq file or the NAME of a bundled query (./queries/NAME.rq, else queries/NAME.rq "
                + "in the jar)."},
        footer = {"", "Examples:",
            "  geokg query events-between-states --param stateA=PRK --param stateB=RUS",
            "  geokg query --sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format csv"})
final class QueryCommand implements Callable<Integer> {

    /** Output formats: tables for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE. */
    enum Format { TABLE, CSV, TSV, JSON, TURTLE, TTL, TRIG, JSONLD }

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "A .rq file, or the NAME of a bundled query.")
        String query;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The SPARQL query text itself.")
        String sparql;
    }

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Bind ?NAME to VALUE (repeatable). A value in <...> or http(s)://... is an IRI, "
                    + "else a plain literal (the store decides the exact typing).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json (SELECT/ASK) or turtle, trig, jsonld (CONSTRUCT/DESCRIBE); "
                    + "default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Stop the query after this long, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new InputException("--timeout must be positive, got " + timeout.toMillis() + " ms");
        }
        String text = source.sparql != null ? source.sparql : resolve(source.query, main.workDir().resolve("queries"));
        String fmt = format == Format.TTL ? "turtle" : format.name().toLowerCase(Locale.ROOT);
        try (GeoKgStore store = main.openStore();
                CountingOutputStream out = new CountingOutputStream(new WriterOutputStream(spec.commandLine().getOut()))) {
            try {
                store.query(text, params, fmt, out, timeout.toMillis());
            } catch (QueryTimeoutException e) {
                out.flush();
                throw new StoreException("query " + label() + " stopped at its time limit of "
                        + e.timeoutMillis() + " ms (--timeout)"
                        + (out.count() > 0 ? "; the output printed above is incomplete, not the whole answer" : "")
                        + "; narrow it (LIMIT, more specific patterns) or raise --timeout",
                        e.getCause() != null ? e.getCause() : e);
            }
        }
        return ExitCode.OK;
    }

    /** The query as a reader knows it: its name or file, else the start of its text. */
    private String label() {
        if (source.query != null) {
            return "\"" + source.query + "\"";
        }
        String oneLine = source.sparql.strip().replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine) + "\"";
    }

    /** Counts the bytes a query wrote, to tell an empty answer from a cut-off one. Not thread-safe. */
    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    /**
     * The text of the query named by {@code ref}: a file path, or a query name looked up as
     * {@code localDir/NAME.rq}, then {@code queries/NAME.rq} on the classpath.
     */
    static String resolve(String ref, Path localDir) {
        Path file = Paths.get(ref);
        boolean looksLikeFile = ref.endsWith(".rq") || ref.endsWith(".sparql") || ref.contains("/")
                || ref.contains(java.io.File.separator);
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        if (looksLikeFile) {
            throw new InputException("query file not found: " + ref);
        }
        if (!ref.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new InputException("not a query file or query name: " + ref);
        }
        Path local = localDir.resolve(ref + ".rq");
        if (Files.isRegularFile(local)) {
            return read(local);
        }
        String resource = "queries/" + ref + ".rq";
        if (DataLib.exists(resource)) {
            return DataLib.text(resource);
        }
        throw new InputException("no query named \"" + ref + "\": looked for " + local + " and " + resource
                + " in the jar" + available(localDir));
    }

    private static String available(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            return names.isEmpty() ? "" : " (available: " + String.join(", ", names) + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }
}
