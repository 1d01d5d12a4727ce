package org.geokg.server;

import java.net.BindException;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.geokg.store.GeoKgStore;
import org.geokg.store.QueryGuard;
import org.geokg.sys.ServerException;
import org.geokg.sys.SysGeoKg;

/**
 * Serves a {@link GeoKgStore} over HTTP with Apache Jena Fuseki: SPARQL query, Graph Store
 * Protocol read, the analyst web app and the Fuseki web UI; optionally SPARQL Update and Graph Store writes behind
 * HTTP Basic authentication.
 *
 * <pre>{@code
 * try (GeoKgStore store = GeoKgStore.open(dir);
 *      GeoKgServer server = GeoKgServer.start(store, ServerSettings.DEFAULT)) {
 *     System.err.println("SPARQL endpoint: " + server.sparqlUrl());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>URLs (dataset {@code /geokg}): {@code /} the analyst web app (static files that read the
 * SPARQL endpoint); {@code /fuseki/} the stock Fuseki UI; {@code /queries/INDEX} and
 * {@code /queries/NAME.rq} the saved queries, read-only; {@code /geokg/sparql}, {@code /geokg/query}
 * and {@code /geokg} SPARQL query (results as JSON, XML, CSV or TSV by Accept; CONSTRUCT as
 * Turtle, JSON-LD, ...); {@code /geokg/data} and {@code /geokg/get} Graph Store Protocol read
 * ({@code ?graph=IRI}); with updates on, {@code /geokg/update} SPARQL Update and writes
 * (PUT/POST/DELETE) to {@code /geokg/data}, both needing a user of the password file. Dataset
 * administration (adding or deleting datasets, backup, compaction) is not offered. The default
 * graph of queries is the union of all graphs; the Graph Store Protocol's {@code ?default} is the
 * storage default graph, which geokg leaves empty (ask for {@code ?graph=IRI} instead). Changes
 * made through the update endpoints are plain RDF changes: content hashes and event clusters are
 * maintained only by {@code GeoKgStore.put}. Thread-safe: Jetty serves requests concurrently on
 * TDB2 transactions.
 */
public final class GeoKgServer implements AutoCloseable {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "geokg";
    /** Logger of the server: one INFO line per request; query and update texts at DEBUG. */
    static final String LOG_NAME = SysGeoKg.LOG + ".server";
    private static final String REALM = "geokg";
    /** Path of the stock Fuseki UI (its files come from jena-fuseki-ui, {@code webapp/}). */
    public static final String FUSEKI_UI_PATH = "/fuseki";
    /** Path of the saved queries: {@code /queries/INDEX} and {@code /queries/NAME.rq}. */
    public static final String QUERIES_PATH = "/queries";
    private static final String APP_FOLDER = "org/geokg/server/app/";
    private static final String FUSEKI_UI_FOLDER = "webapp/";
    private static final String QUERIES_FOLDER = "queries/";
    private static final Pattern SAVED_QUERY_FILES = Pattern.compile("INDEX|[a-z0-9][a-z0-9-]*\\.rq");
    private static final Pattern ANY_FILE = Pattern.compile(".*");
    /** What the read-only server offers, in the form of Fuseki's {@code /$/server} (for the Fuseki UI). */
    private static final String READ_ONLY_DESCRIPTION = "{\"datasets\":[{\"ds.name\":\"/" + DATASET + "\","
            + "\"ds.state\":true,\"ds.services\":["
            + "{\"srv.type\":\"query\",\"srv.description\":\"SPARQL Query\",\"srv.endpoints\":[\"sparql\",\"query\"]},"
            + "{\"srv.type\":\"gsp-r\",\"srv.description\":\"Graph Store Protocol (Read)\","
            + "\"srv.endpoints\":[\"get\",\"data\"]}]}]}";
    /** The app loads only its own files and talks only to this server; nothing inline but styles. */
    private static final String APP_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private final FusekiServer fuseki;
    private final String host;

    private GeoKgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Builds and starts the server; fails with a ServerException (port in use, ...). */
    public static GeoKgServer start(GeoKgStore store, ServerSettings s) {
        QueryGuard guard = QueryGuard.DEFAULT.withMaxQueryBytes(s.maxQueryBytes())
                .withServiceHosts(s.allowService()).withLoadHosts(s.allowLoad());
        OperationRegistry operations = OperationRegistry.createStd();
        operations.register(Operation.Query, new CappedQueryProcessor(s.maxResults(), guard));
        operations.register(Operation.Update, new GuardedUpdateProcessor(guard, store.directory()));
        operations.register(Operation.GSP_RW, new GuardedGspProcessor(store.directory()));
        Context context = Context.create();
        context.set(ARQ.queryTimeout, Long.toString(s.timeoutMillis()));
        // Outbound SERVICE calls only when hosts are named; the guard checks which.
        context.set(ARQ.httpServiceAllowed, !s.allowService().isEmpty());

        DataService.Builder data = DataService.newBuilder(store.dataset())
                .addEndpoint(endpoint(Operation.Query, "sparql", context))
                .addEndpoint(endpoint(Operation.Query, "query", context))
                .addEndpoint(endpoint(Operation.Query, "", context))
                .addEndpoint(endpoint(Operation.GSP_R, "get", context))
                .addEndpoint(endpoint(s.update() ? Operation.GSP_RW : Operation.GSP_R, "data", context));
        if (s.update()) {
            data.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update")
                    .authPolicy(Auth.ANY_USER).context(context).build());
        }

        FusekiServer.Builder b = FusekiServer.create(operations, context)
                .port(s.port())
                .add("/" + DATASET, data)
                .addFilter("/*", new RequestGuardFilter(s, "/" + DATASET))
                .enablePing(true)
                .enableStats(s.update());
        if (s.update()) {
            // Server information and validators only for logged-in users (see securityHandler).
            b.addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/update", new UpdateValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator());
        }
        // The analyst web app at /, the stock Fuseki UI at /fuseki/, the saved queries at /queries/.
        b.addServlet("/queries/*", new ClasspathFileServlet(QUERIES_FOLDER, SAVED_QUERY_FILES, null));
        if (ClasspathFileServlet.hasIndex(FUSEKI_UI_FOLDER)) {
            // Read-only, the admin /$/server is off: the UI finds the query endpoint in this instead.
            Map<String, String> described = s.update() ? Map.of() : Map.of("$/server", READ_ONLY_DESCRIPTION);
            b.addServlet(FUSEKI_UI_PATH + "/*", new ClasspathFileServlet(FUSEKI_UI_FOLDER, ANY_FILE, null,
                    Pattern.compile("(\\$|" + DATASET + ")(/.*)?"), described));
        }
        b.addServlet("/*", new ClasspathFileServlet(APP_FOLDER, ANY_FILE, APP_CSP));
        if (s.update()) {
            b.securityHandler(securityHandler(PasswordFile.read(s.passwordFile())));
        }
        boolean loopback = isLoopback(s.host());
        b.loopback(loopback);
        FusekiServer fuseki;
        try {
            fuseki = b.build();
            if (!loopback && !isWildcard(s.host())) {
                for (Connector c : fuseki.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(s.host());
                    }
                }
            }
            fuseki.start();
        } catch (RuntimeException e) {
            if (hasCause(e, BindException.class)) {
                throw new ServerException("cannot listen on " + s.host() + ":" + s.port()
                        + ": the port is in use (another geokg serve?); choose another with --port, or 0 for any", e);
            }
            throw new ServerException("cannot start the SPARQL server on " + s.host() + ":" + s.port() + ": "
                    + e.getMessage(), e);
        }
        String shownHost = loopback || isWildcard(s.host()) ? "127.0.0.1" : s.host();
        return new GeoKgServer(fuseki, shownHost);
    }

    private static Endpoint endpoint(Operation op, String name, Context context) {
        return Endpoint.create().operation(op).endpointName(name).context(context).build();
    }

    /** Basic auth over the users of the password file; writes need any known user. */
    private static ConstraintSecurityHandler securityHandler(Map<String, String> users) {
        UserStore userStore = new UserStore();
        users.forEach((u, p) -> JettySecurityLib.addUser(userStore, u, p));
        ConstraintSecurityHandler sh = JettySecurityLib.makeSecurityHandler(REALM, userStore, AuthScheme.BASIC);
        sh.setLoginService(new ThrottledLoginService(sh.getLoginService(), System::nanoTime));
        ConstraintMapping admin = new ConstraintMapping();
        admin.setPathSpec("/$/*");
        admin.setConstraint(Constraint.ANY_USER);
        sh.addConstraintMapping(admin);
        ConstraintMapping ping = new ConstraintMapping();
        ping.setPathSpec("/$/ping");
        ping.setConstraint(Constraint.ALLOWED);
        sh.addConstraintMapping(ping);
        ConstraintMapping update = new ConstraintMapping();
        update.setPathSpec("/" + DATASET + "/update");
        update.setConstraint(Constraint.ANY_USER);
        sh.addConstraintMapping(update);
        ConstraintMapping gspWrite = new ConstraintMapping();
        gspWrite.setPathSpec("/" + DATASET + "/data");
        gspWrite.setMethodOmissions(new String[] {"GET", "HEAD", "OPTIONS"});
        gspWrite.setConstraint(Constraint.ANY_USER);
        sh.addConstraintMapping(gspWrite);
        return sh;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("::1");
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("*") || host.equals("::");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The port the server listens on (the chosen one when the settings said 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The Fuseki UI, e.g. {@code http://127.0.0.1:3030/fuseki/}. */
    public String fusekiUiUrl() {
        return url() + FUSEKI_UI_PATH.substring(1) + "/";
    }

    /** The analyst web app, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/geokg/sparql}. */
    public String sparqlUrl() {
        return url() + DATASET + "/sparql";
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the store stays open (its owner closes it). */
    @Override
    public void close() {
        try {
            fuseki.stop();
        } catch (RuntimeException e) {
            throw new ServerException("cannot stop the SPARQL server on port " + port() + ": " + e.getMessage(), e);
        }
    }
}
