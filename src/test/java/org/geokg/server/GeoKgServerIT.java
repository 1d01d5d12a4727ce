package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.geokg.kg.Iris;
import org.geokg.store.Fixtures;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoKgServerIT {
    @TempDir
    static Path tmp;
    static GeoKgStore store;
    static GeoKgServer readOnly;
    static GeoKgServer writable;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String GRAPH = Iris.articleGraph("gen-1").toString();

    @BeforeAll
    static void start() throws Exception {
        store = GeoKgStore.open(tmp.resolve("db"));
        List<GeoKgStore.Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            items.add(new GeoKgStore.Item(Fixtures.article(s), Fixtures.doc(s)));
        }
        store.putBatch(items);
        readOnly = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withTimeoutMillis(1000).withMaxResults(7));
        Path pw = tmp.resolve("users");
        Files.writeString(pw, "# writers\nalice:s3cret:with:colons\nbob:pw2\n");
        writable = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withUpdate(pw));
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        writable.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends on a new connection: a server that refuses a request before reading its body may
     * close the connection, which must not break the next request of a shared client.
     */
    private static HttpResponse<String> sendFresh(HttpRequest.Builder b) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    private static String dump(HttpResponse<String> r) {
        return r.statusCode() + " " + r.body();
    }

    @Test
    void urlsPointAtTheChosenPortOnLoopback() {
        assertTrue(readOnly.port() > 0);
        assertEquals("http://127.0.0.1:" + readOnly.port() + "/", readOnly.url());
        assertEquals(readOnly.url() + "geokg/sparql", readOnly.sparqlUrl());
    }

    @Test
    void selectAnswersAsJson() throws Exception {
        String q = "SELECT ?g { GRAPH ?g { } } ORDER BY ?g LIMIT 3";
        HttpResponse<String> r = send(get(readOnly.sparqlUrl() + "?query=" + enc(q), "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), dump(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertTrue(r.body().contains("\"bindings\""), r.body());
    }

    @Test
    void selectAnswersAsCsvOnTheQueryEndpointToo() throws Exception {
        String q = "SELECT ?g { GRAPH ?g { } } LIMIT 2";
        HttpResponse<String> r = send(get(readOnly.url() + "geokg/query?query=" + enc(q), "text/csv"));
        assertEquals(200, r.statusCode(), dump(r));
        assertTrue(r.body().startsWith("g"), r.body());
    }

    @Test
    void constructAnswersAsTurtle() throws Exception {
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(readOnly.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString(q)));
        assertEquals(200, r.statusCode(), dump(r));
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertTrue(g.size() > 0);
    }

    @Test
    void graphStoreReadReturnsAnArticleGraph() throws Exception {
        Node gn = NodeFactory.createURI(GRAPH);
        Graph stored = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(gn).stream()
                .collect(org.apache.jena.sparql.graph.GraphFactory::createDefaultGraph, Graph::add, (a, b) -> { }));
        for (String ep : List.of("geokg/data", "geokg/get")) {
            HttpResponse<String> r = send(get(readOnly.url() + ep + "?graph=" + enc(GRAPH), "text/turtle"));
            assertEquals(200, r.statusCode(), dump(r));
            Graph got = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
            assertTrue(got.isIsomorphicWith(stored), ep);
        }
    }

    @Test
    void readOnlyServerRefusesEveryKindOfUpdate() throws Exception {
        long size = store.size();
        String upd = "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }";
        HttpResponse<String> u = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "geokg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(upd)));
        assertTrue(u.statusCode() >= 400 && u.statusCode() < 500, dump(u));
        HttpResponse<String> viaQuery = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.sparqlUrl()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(upd)));
        assertTrue(viaQuery.statusCode() >= 400 && viaQuery.statusCode() < 500, dump(viaQuery));
        HttpResponse<String> put = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "geokg/data?graph=" + enc(GRAPH)))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> 1 .")));
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, dump(put));
        HttpResponse<String> del = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "geokg/data?graph=" + enc(GRAPH)))
                .DELETE());
        assertTrue(del.statusCode() >= 400 && del.statusCode() < 500, dump(del));
        assertEquals(size, store.size());
    }

    @Test
    void datasetAdministrationIsNotOffered() throws Exception {
        HttpResponse<String> add = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "$/datasets"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dbName=other&dbType=mem")));
        assertTrue(add.statusCode() >= 400 && add.statusCode() < 500, dump(add));
        HttpResponse<String> del = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "$/datasets/geokg")).DELETE());
        assertTrue(del.statusCode() >= 400 && del.statusCode() < 500, dump(del));
        HttpResponse<String> backup = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "$/backup/geokg"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(backup.statusCode() >= 400 && backup.statusCode() < 500, dump(backup));
        HttpResponse<String> compact = sendFresh(HttpRequest.newBuilder(URI.create(readOnly.url() + "$/compact/geokg"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(compact.statusCode() >= 400 && compact.statusCode() < 500, dump(compact));
    }

    @Test
    void updateWithWrongCredentialsIsUnauthorized() throws Exception {
        String upd = "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }";
        HttpResponse<String> none = sendFresh(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(upd)));
        assertEquals(401, none.statusCode(), dump(none));
        HttpResponse<String> wrong = sendFresh(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/update"))
                .header("Authorization", basic("alice", "wrong"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(upd)));
        assertEquals(401, wrong.statusCode(), dump(wrong));
        HttpResponse<String> put = sendFresh(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph=" + enc("http://x/g")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> 1 .")));
        assertEquals(401, put.statusCode(), dump(put));
        Node g = NodeFactory.createURI("http://x/g");
        assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(g).isEmpty()));
    }

    @Test
    void updateWithRightCredentialsChangesTheStore() throws Exception {
        Node g = NodeFactory.createURI("http://x/upd");
        String upd = "INSERT DATA { GRAPH <http://x/upd> { <http://x/s> <http://x/p> 1 } }";
        HttpResponse<String> ok = sendFresh(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/update"))
                .header("Authorization", basic("alice", "s3cret:with:colons"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(upd)));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, dump(ok));
        assertEquals(1, Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(g).size()));
        HttpResponse<String> put = sendFresh(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph=" + enc("http://x/upd")))
                .header("Authorization", basic("bob", "pw2"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(
                        "<http://x/s> <http://x/p> 2 . <http://x/s> <http://x/p> 3 .")));
        assertTrue(put.statusCode() >= 200 && put.statusCode() < 300, dump(put));
        assertEquals(2, Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(g).size()));
        HttpResponse<String> read = sendFresh(get(writable.url() + "geokg/data?graph=" + enc("http://x/upd"), "text/turtle"));
        assertEquals(200, read.statusCode(), "reads need no login: " + dump(read));
        HttpResponse<String> del = sendFresh(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph=" + enc("http://x/upd")))
                .header("Authorization", basic("bob", "pw2")).DELETE());
        assertTrue(del.statusCode() >= 200 && del.statusCode() < 300, dump(del));
    }

    @Test
    void aLongQueryEndsAtTheTimeout() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(get(readOnly.sparqlUrl() + "?query=" + enc(q), "application/sparql-results+json"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), dump(r));
        assertTrue(ms < 15_000, "took " + ms + " ms");
    }

    private static int rows(String query) throws Exception {
        HttpResponse<String> r = send(get(readOnly.sparqlUrl() + "?query=" + enc(query),
                "application/sparql-results+json"));
        assertEquals(200, r.statusCode(), dump(r));
        return new ObjectMapper().readTree(r.body()).path("results").path("bindings").size();
    }

    @Test
    void resultsAreCappedAtTheMaximum() throws Exception {
        assertEquals(7, rows("SELECT * { ?s ?p ?o }"));
        assertEquals(7, rows("SELECT * { ?s ?p ?o } LIMIT 100"));
        assertEquals(3, rows("SELECT * { ?s ?p ?o } LIMIT 3"));
    }

    @Test
    void theWebUiAnswersAtTheRoot() throws Exception {
        HttpResponse<String> r = send(get(readOnly.url(), "text/html"));
        assertEquals(200, r.statusCode(), dump(r));
        assertTrue(r.body().contains("Fuseki"), r.body());
        HttpResponse<String> status = send(get(writable.url() + "$/server", "application/json")
                .header("Authorization", basic("bob", "pw2")));
        assertEquals(200, status.statusCode(), dump(status));
        assertTrue(status.body().contains("/geokg"), status.body());
        HttpResponse<String> ping = send(get(readOnly.url() + "$/ping", "text/plain"));
        assertEquals(200, ping.statusCode(), dump(ping));
    }
}
