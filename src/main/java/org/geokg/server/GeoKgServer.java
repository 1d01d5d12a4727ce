package org.geokg.server;

import java.net.BindException;
import java.net.URL;
import java.util.Map;
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
 * Protocol read, and the Fuseki web UI; optionally SPARQL Update and Graph Store writes behind
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
 * <p>URLs (dataset {@code /geokg}): {@code /} web UI; {@code /geokg/sparql}, {@code /geokg/query}
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
        String ui = uiBase();
        if (ui != null) {
            b.staticFileBase(ui);
        }
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

    /** The Fuseki UI files shipped in jena-fuseki-ui ({@code webapp/} on the classpath), or null. */
    private static String uiBase() {
        URL index = GeoKgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) {
            return null;
        }
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
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

    /** The web UI, e.g. {@code http://127.0.0.1:3030/}. */
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
