package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.server.GeoKgServer;
import org.geokg.server.ServerSettings;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.ConfigException;
import org.geokg.sys.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code geokg serve}: serves the store over SPARQL (Fuseki) with the analyst web app at
 * {@code /} and the Fuseki UI at {@code /fuseki/} until stopped.
 * Read-only unless {@code --update} with a password file is given.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph over SPARQL (with a web UI) until Ctrl-C.",
            "The store is locked while the server runs: stop it before ingest, import or query."},
        footer = {"", "Example: geokg serve --port 3030",
            "         curl http://127.0.0.1:3030/geokg/sparql --data-urlencode 'query=ASK {}'"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    GeoKgMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "TCP port (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
    String host;

    @Option(names = "--update", description = "Allow SPARQL Update (needs --password-file).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to update (HTTP basic auth): lines user:password, or one line with only a password for user admin. Required with --update.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Query timeout, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "Most result rows one query returns (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--max-query-bytes", paramLabel = "N", defaultValue = "1000000",
            description = "Longest query text in bytes; longer is HTTP 413 (default: ${DEFAULT-VALUE}).")
    long maxQueryBytes;

    @Option(names = "--max-update-bytes", paramLabel = "N", defaultValue = "50000000",
            description = "Largest body of an update or Graph Store write in bytes; larger is HTTP 413 (default: ${DEFAULT-VALUE}).")
    long maxUpdateBytes;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests to the dataset running at once (default: the number of cores, at least 2).")
    Integer maxConcurrent;

    @Option(names = "--max-queued", paramLabel = "N",
            description = "Requests waiting for a free slot (up to 10 s); more get HTTP 503 with Retry-After (default: 2 x --max-concurrent).")
    Integer maxQueued;

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",", arity = "1..*",
            description = "Hosts a query's SERVICE may call (default: none, SERVICE is refused).")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--allow-load", paramLabel = "HOST", split = ",", arity = "1..*",
            description = "Hosts an update's LOAD may fetch over http(s) (default: none; file: is always refused).")
    List<String> allowLoad = new ArrayList<>();

    @Override
    public Integer call() {
        ServerSettings options = limits(options(host, port, update, passwordFile, timeout, maxResults),
                maxQueryBytes, maxUpdateBytes, maxConcurrent, maxQueued, allowService, allowLoad);
        GeoKgStore.preferMappedFiles();
        GeoKgStore store = main.openStore();
        start(spec.commandLine().getErr(), store, options, main.db().toString()).join();
        return ExitCode.OK;
    }

    /** Checks the options and turns them into server settings; a {@link ConfigException} names the problem. */
    static ServerSettings options(String host, int port, boolean update, Path passwordFile, Duration timeout,
            long maxResults) {
        if (port < 0 || port > 65535) {
            throw new ConfigException("--port must be between 0 and 65535, got " + port);
        }
        if (update && passwordFile == null) {
            throw new ConfigException("--update needs --password-file FILE (a line user:password): "
                    + "an unprotected update endpoint would let anyone change the graph");
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new ConfigException("password file not readable: " + passwordFile);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new ConfigException("--timeout must be positive, got " + timeout);
        }
        if (maxResults <= 0) {
            throw new ConfigException("--max-results must be positive, got " + maxResults);
        }
        return new ServerSettings(host, port, update, passwordFile, timeout.toMillis(), maxResults);
    }

    /** Adds the request limits and the allowed outbound hosts; a {@link ConfigException} names the problem. */
    static ServerSettings limits(ServerSettings base, long maxQueryBytes, long maxUpdateBytes, Integer maxConcurrent,
            Integer maxQueued, List<String> allowService, List<String> allowLoad) {
        if (maxQueryBytes <= 0) {
            throw new ConfigException("--max-query-bytes must be positive, got " + maxQueryBytes);
        }
        if (maxUpdateBytes <= 0) {
            throw new ConfigException("--max-update-bytes must be positive, got " + maxUpdateBytes);
        }
        int running = maxConcurrent == null ? ServerSettings.DEFAULT_MAX_CONCURRENT : maxConcurrent;
        if (running <= 0) {
            throw new ConfigException("--max-concurrent must be positive, got " + running);
        }
        int queued = maxQueued == null ? 2 * running : maxQueued;
        if (queued < 0) {
            throw new ConfigException("--max-queued must be 0 or more, got " + queued);
        }
        for (String h : concat(allowService, allowLoad)) {
            boolean hostPort = h.chars().filter(c -> c == ':').count() == 1;
            if (h.isBlank() || h.contains("/") || hostPort) {
                throw new ConfigException("--allow-service and --allow-load take host names (e.g. query.wikidata.org), "
                        + "not URLs or host:port; got '" + h + "'");
            }
        }
        return base.withMaxBytes(maxQueryBytes, maxUpdateBytes).withConcurrency(running, queued)
                .withAllowService(allowService).withAllowLoad(allowLoad);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a == null ? List.of() : a);
        all.addAll(b == null ? List.of() : b);
        return all;
    }

    /** Starts the server on {@code store} and prints where it is; the caller joins it. */
    static GeoKgServer start(PrintWriter err, GeoKgStore store, ServerSettings options, String dbName) {
        GeoKgServer server;
        try {
            server = GeoKgServer.start(store, options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "geokg-shutdown"));
        err.println("geokg: serving " + dbName + (options.update() ? " (updates allowed)" : " (read-only)"));
        err.println("  App:    " + server.url());
        err.println("  SPARQL: " + server.sparqlUrl());
        err.println("  Fuseki: " + server.fusekiUiUrl());
        err.println("  Limits: " + options.maxResults() + " rows, " + options.timeoutMillis() + " ms, query text "
                + options.maxQueryBytes() + " bytes, " + options.maxConcurrent() + " running + "
                + options.maxQueued() + " queued; SERVICE " + (options.allowService().isEmpty() ? "off"
                : "to " + String.join(", ", options.allowService())));
        err.println("Press Ctrl-C to stop.");
        err.flush();
        return server;
    }
}
