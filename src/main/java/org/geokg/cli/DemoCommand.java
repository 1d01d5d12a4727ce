package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.SourceItem;
import org.geokg.server.GeoKgServer;
import org.geokg.server.ServerSettings;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ConfigException;
import org.geokg.sys.ExitCode;
import org.geokg.sys.SysGeoKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg demo}: ingests the bundled sample article(s) from {@code data/samples/}, serves
 * the store on 127.0.0.1:3030 and prints two example queries to copy.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample article(s) in data/samples/, serve the knowledge graph on "
            + "http://127.0.0.1:3030 and print example queries to try.",
            "Run it from the project directory (the ./geokg launcher does)."},
        footer = {"", "Example: ./geokg demo"})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder of sample .txt articles (default: ./data/samples, else data/samples "
                    + "next to the jar's folder).")
    Path samples;

    @Option(names = "--no-serve", description = "Only ingest the samples and print the example queries.")
    boolean noServe;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings options = ServeCommand.options(host, port, false, null, java.time.Duration.ofSeconds(30), 10_000);
        List<Path> files = sampleFiles(samples == null ? findSamples(main.workDir()) : samples);
        GeoKgStore store = main.openStore();
        boolean serving = false;
        try {
            ArticleReader reader = new ArticleReader(SysGeoKg.DEFAULT_MAX_BYTES);
            List<String> names = new ArrayList<>();
            for (Path f : files) {
                names.add(f.toString());
            }
            IngestBatch.Counts counts;
            List<SourceItem.Rejected> rejects;
            try (IngestBatch<GeoKgStore.Prepared> batch = IngestBatch.forStore(main.extractor(), store,
                    IngestBatch.Settings.DEFAULT, null)) {
                for (ArticleReader.Input in : reader.inputs(names)) {
                    reader.read(in, batch::add);
                }
                counts = batch.finish();
                rejects = batch.rejects();
            }
            for (SourceItem.Rejected r : rejects) {
                err.println("rejected " + r.source() + ": " + r.reason());
            }
            err.println("demo: " + counts + " into " + main.db());
            if (noServe) {
                printExamples(err, "http://" + host + ":" + port + "/geokg/sparql");
                return rejects.isEmpty() ? ExitCode.OK : ExitCode.DONE_WITH_REJECTS;
            }
            GeoKgServer server = ServeCommand.start(err, store, options, main.db().toString());
            serving = true;
            printExamples(err, server.sparqlUrl());
            server.join();
            return ExitCode.OK;
        } finally {
            if (!serving) {
                store.close();
            }
        }
    }

    private static final String PREFIXES = "PREFIX schema: <http://schema.org/> "
            + "PREFIX dct: <http://purl.org/dc/terms/> PREFIX gkg: <" + SysGeoKg.NS + "> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";

    /** First example: each article with its title, language, credited outlet and primary source. */
    static final String ARTICLE_QUERY = PREFIXES + "SELECT ?title ?language ?outlet ?primarySource WHERE { "
            + "?a a schema:NewsArticle ; dct:title ?title ; dct:language ?language . "
            + "OPTIONAL { ?a gkg:reportedVia/rdfs:label ?outlet } "
            + "OPTIONAL { ?a gkg:primarySource/rdfs:label ?primarySource } }";

    /** Second example: the states the articles mention, with their Wikidata items. */
    static final String STATES_QUERY = PREFIXES + "SELECT DISTINCT ?iso3 ?name ?wikidata WHERE { "
            + "?state a gkg:Country ; gkg:iso3 ?iso3 ; gkg:mention ?m ; owl:sameAs ?wikidata . "
            + "OPTIONAL { ?state rdfs:label ?name FILTER(langMatches(lang(?name), \"en\")) } } ORDER BY ?iso3";

    static void printExamples(PrintWriter err, String sparqlUrl) {
        err.println();
        err.println("Try these (in another terminal):");
        err.println();
        err.println("# the article: title, language, credited outlet and primary source");
        err.println(curl(sparqlUrl, ARTICLE_QUERY));
        err.println();
        err.println("# the states it mentions, linked to Wikidata");
        err.println(curl(sparqlUrl, STATES_QUERY));
        err.println();
        err.flush();
    }

    private static String curl(String url, String sparql) {
        return "curl -s " + url + " -H 'Accept: text/csv' --data-urlencode '" + "query=" + sparql + "'";
    }

    /** workDir/data/samples, else data/samples beside the folder of the jar (target/..). */
    static Path findSamples(Path workDir) {
        Path local = workDir.resolve("data").resolve("samples");
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Paths.get(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path project = jar.getParent() == null ? null : jar.getParent().getParent();
            if (project != null && Files.isDirectory(project.resolve("data/samples"))) {
                return project.resolve("data/samples");
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the message below
        }
        throw new ConfigException("sample articles not found in ./data/samples: run ./geokg demo from the "
                + "project directory, or pass --samples DIR");
    }

    private static List<Path> sampleFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("samples folder not found: " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (files.isEmpty()) {
                throw new ConfigException("no .txt sample articles in " + dir);
            }
            return files;
        }
    }
}
