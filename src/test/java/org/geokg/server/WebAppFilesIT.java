package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.geokg.kg.QueryLib;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the server offers beside SPARQL, over real HTTP on a read-only server: the web app
 * at {@code /} (with its Content-Security-Policy), the stock Fuseki UI at {@code /fuseki/}
 * (whose requests are sent on to the real, guarded endpoints), the saved queries at
 * {@code /queries/}; nothing else, and nothing but reads.
 */
class WebAppFilesIT {
    @TempDir
    static Path tmp;
    static GeoKgStore store;
    static GeoKgServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        store = GeoKgStore.open(tmp.resolve("db"));
        server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String dump(HttpResponse<String> r) {
        return r.statusCode() + " " + r.headers().map() + "\n" + r.body();
    }

    @Test
    void rootServesTheAppWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = get("");
        assertEquals(200, r.statusCode(), dump(r));
        assertTrue(r.body().contains("js/app.js") && r.body().contains("Saved questions"), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> js = get("js/sparql.js");
        assertEquals(200, js.statusCode(), dump(js));
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), dump(js));
        HttpResponse<String> charts = get("vendor/echarts/echarts.min.js");
        assertEquals(200, charts.statusCode());
        assertEquals(200, get("vendor/echarts/LICENSE").statusCode());
    }

    @Test
    void fusekiUiMovesToItsOwnPathAndItsRequestsGoOnToTheRealEndpoints() throws Exception {
        HttpResponse<String> ui = get("fuseki/");
        assertEquals(200, ui.statusCode(), dump(ui));
        assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
        HttpResponse<String> sparql = get("fuseki/geokg/sparql?query=ASK%7B%7D");
        assertEquals(307, sparql.statusCode(), dump(sparql));
        assertEquals("/geokg/sparql?query=ASK%7B%7D", sparql.headers().firstValue("Location").orElse(""));
        HttpResponse<String> admin = get("fuseki/$/datasets");
        assertEquals(307, admin.statusCode(), dump(admin));
        assertEquals(404, get("$/datasets").statusCode(), "the admin API stays off");
        HttpResponse<String> described = get("fuseki/$/server");
        assertEquals(200, described.statusCode(), dump(described));
        assertTrue(described.body().contains("\"srv.endpoints\":[\"sparql\",\"query\"]")
                && !described.body().contains("update"), described.body());
    }

    @Test
    void savedQueriesAreServedAsTheCommandLineHasThem() throws Exception {
        HttpResponse<String> index = get("queries/INDEX");
        assertEquals(200, index.statusCode(), dump(index));
        assertEquals(QueryLib.names(), List.of(index.body().strip().split("\n")));
        HttpResponse<String> q = get("queries/state-relations.rq");
        assertEquals(200, q.statusCode(), dump(q));
        assertEquals(QueryLib.text("state-relations"), q.body());
        assertEquals(404, get("queries/no-such-question.rq").statusCode());
        assertEquals(404, get("queries/README.md").statusCode(), "only INDEX and .rq files");
        int traversal = get("queries/..%2Fpom.xml").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "a path out of the folder is refused, got " + traversal);
    }

    @Test
    void nothingButReads() throws Exception {
        for (String path : List.of("", "index.html", "queries/INDEX", "fuseki/")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), path + ": " + dump(r));
        }
        assertEquals(404, get("no-such-file.js").statusCode());
        assertEquals(404, get("org/geokg/server/GeoKgServer.class").statusCode());
    }
}
