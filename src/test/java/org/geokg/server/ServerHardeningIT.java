package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.store.Fixtures;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits and refusals of the server (issue "Hardening"), each over real HTTP. */
class ServerHardeningIT {
    @TempDir
    static Path tmp;
    static GeoKgStore store;
    static GeoKgServer readOnly;
    static GeoKgServer small;
    static GeoKgServer writable;
    static Listener listener;
    static Path passwords;
    static final String WRITER = basic("alice", "pw1");

    /** A TCP listener that counts the connections made to it and closes them. */
    static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "test-listener");
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        store = GeoKgStore.open(tmp.resolve("db"));
        List<GeoKgStore.Item> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            items.add(new GeoKgStore.Item(Fixtures.article(s), Fixtures.doc(s)));
        }
        store.putBatch(items);
        listener = new Listener();
        readOnly = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0));
        small = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withTimeoutMillis(3000)
                .withMaxBytes(10_000, 2_000).withConcurrency(1, 0));
        passwords = tmp.resolve("users");
        Files.writeString(passwords, "alice:pw1\n");
        writable = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withUpdate(passwords)
                .withMaxBytes(10_000, 2_000));
    }

    @AfterAll
    static void stop() throws IOException {
        readOnly.close();
        small.close();
        writable.close();
        store.close();
        listener.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder query(GeoKgServer server, String q) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q));
    }

    private static HttpRequest.Builder update(GeoKgServer server, String u) {
        return HttpRequest.newBuilder(URI.create(server.url() + "geokg/update"))
                .header("Authorization", WRITER)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(u));
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String basic(String user, String pw) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8));
    }

    private static String dump(HttpResponse<String> r) {
        return r.statusCode() + " " + r.body();
    }

    @Test
    void serviceIsRefusedWithoutAnyConnection() throws Exception {
        String[] queries = {
            "SELECT * { SERVICE <" + listener.url() + "> { ?s ?p ?o } }",
            "SELECT * { SERVICE SILENT <" + listener.url() + "> { ?s ?p ?o } }",
            "ASK { FILTER EXISTS { SERVICE SILENT <" + listener.url() + "> { ?s ?p ?o } } }",
            "SELECT * { BIND(<" + listener.url() + "> AS ?x) SERVICE ?x { ?s ?p ?o } }",
        };
        for (String q : queries) {
            HttpResponse<String> r = send(query(readOnly, q));
            assertEquals(400, r.statusCode(), q + " -> " + dump(r));
            assertTrue(r.body().contains("SERVICE"), r.body());
        }
        HttpResponse<String> viaGet = send(get(readOnly.sparqlUrl() + "?query=" + enc(queries[1])));
        assertEquals(400, viaGet.statusCode(), dump(viaGet));
        String upd = "INSERT { GRAPH <urn:x:svc> { ?s ?p ?o } } WHERE { SERVICE SILENT <" + listener.url()
                + "> { ?s ?p ?o } }";
        HttpResponse<String> u = send(update(writable, upd));
        assertEquals(400, u.statusCode(), dump(u));
        Thread.sleep(200);
        assertEquals(0, listener.connections.get(), "connections made to the SERVICE address");
    }

    @Test
    void serviceToANamedHostIsCalled() throws Exception {
        try (Listener other = new Listener();
             GeoKgServer allowing = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0)
                     .withAllowService(List.of("127.0.0.1")))) {
            HttpResponse<String> r = send(query(allowing, "SELECT * { SERVICE SILENT <" + other.url()
                    + "> { ?s ?p ?o } }"));
            assertEquals(200, r.statusCode(), dump(r));
            assertTrue(other.connections.get() > 0, "the allowed host was not called");
            HttpResponse<String> elsewhere = send(query(allowing, "SELECT * { SERVICE <http://localhost:"
                    + other.socket.getLocalPort() + "/x> { ?s ?p ?o } }"));
            assertEquals(400, elsewhere.statusCode(), "localhost is not named: " + dump(elsewhere));
        }
    }

    @Test
    void graphStoreReadOfTheWholeDatasetIsRefused() throws Exception {
        for (String ep : List.of("geokg/data", "geokg/get", "geokg")) {
            HttpResponse<String> r = send(get(readOnly.url() + ep).header("Accept", "application/n-quads"));
            assertEquals(400, r.statusCode(), ep + " -> " + dump(r));
            HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(readOnly.url() + ep))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(400, head.statusCode(), ep + " HEAD");
        }
        HttpResponse<String> dflt = send(get(readOnly.url() + "geokg/data?default").header("Accept", "text/turtle"));
        assertEquals(200, dflt.statusCode(), dump(dflt));
    }

    private static String padded(int bytes) {
        StringBuilder sb = new StringBuilder("ASK {}\n");
        while (sb.length() < bytes) {
            sb.append("# padding padding padding padding padding padding padding\n");
        }
        return sb.toString();
    }

    @Test
    void queryTextIsCapped() throws Exception {
        HttpResponse<String> ok = send(query(small, padded(9_000)));
        assertEquals(200, ok.statusCode(), dump(ok));
        HttpResponse<String> body = send(query(small, padded(11_000)));
        assertEquals(413, body.statusCode(), dump(body));
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(small.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(padded(11_000)))));
        assertEquals(413, form.statusCode(), dump(form));
    }

    @Test
    void theDefaultQueryLimitIsOneMegabyte() throws Exception {
        HttpResponse<String> r = send(query(readOnly, padded(1_100_000)));
        assertEquals(413, r.statusCode(), r.statusCode() + "");
    }

    private static String union(int branches) {
        StringBuilder sb = new StringBuilder("SELECT * {\n");
        for (int i = 0; i < branches; i++) {
            sb.append(i == 0 ? "  " : "  UNION ").append("{ ?s <urn:p:").append(i).append("> ?o }\n");
        }
        return sb.append("}").toString();
    }

    @Test
    void hugeOrDeepQueriesAreAnswered400() throws Exception {
        HttpResponse<String> u = send(query(readOnly, union(20_000)));
        assertEquals(400, u.statusCode(), dump(u));
        assertTrue(u.body().contains("too deeply") || u.body().contains("too large"), u.body());
        String nested = "SELECT * WHERE " + "{".repeat(30_000) + "?s ?p ?o" + "}".repeat(30_000);
        HttpResponse<String> n = send(query(readOnly, nested));
        assertEquals(400, n.statusCode(), n.statusCode() + "");
        String sum = "SELECT (1" + " + 1".repeat(40_000) + " AS ?x) {}";
        HttpResponse<String> e = send(query(readOnly, sum));
        assertEquals(400, e.statusCode(), e.statusCode() + "");
        HttpResponse<String> fine = send(query(readOnly, union(200)));
        assertEquals(200, fine.statusCode(), "an ordinary union: " + dump(fine));
        HttpResponse<String> ping = send(get(readOnly.url() + "$/ping"));
        assertEquals(200, ping.statusCode(), "the server still answers");
    }

    @Test
    void javaFunctionIrisAreRefused() throws Exception {
        String q = "SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.sha1sum>(\"a\") AS ?x) }";
        HttpResponse<String> r = send(query(readOnly, q));
        assertEquals(400, r.statusCode(), dump(r));
        assertTrue(r.body().contains("java:"), r.body());
        String pf = "PREFIX j: <java:org.apache.jena.sparql.pfunction.library.> SELECT * { ?x j:splitIRI (?a ?b) }";
        assertEquals(400, send(query(readOnly, pf)).statusCode());
        String upd = "INSERT { GRAPH <urn:x:j> { <urn:s> <urn:p> ?x } } WHERE { BIND(<java:org.apache.jena.sparql."
                + "function.library.sha1sum>(\"a\") AS ?x) }";
        HttpResponse<String> u = send(update(writable, upd));
        assertEquals(400, u.statusCode(), dump(u));
    }

    @Test
    void loadOfFilesAndUnnamedHostsIsRefused() throws Exception {
        long size = store.size();
        Path nt = tmp.resolve("local.nt");
        Files.writeString(nt, "<urn:x:s> <urn:x:p> <urn:x:o> .\n");
        for (String u : List.of("LOAD <" + nt.toUri() + "> INTO GRAPH <urn:x:load>",
                "LOAD <file:///etc/hostname>",
                "LOAD SILENT <" + listener.url() + "> INTO GRAPH <urn:x:load>",
                "LOAD <relative.nt>")) {
            HttpResponse<String> r = send(update(writable, u));
            assertEquals(400, r.statusCode(), u + " -> " + dump(r));
            assertTrue(r.body().contains("LOAD"), r.body());
        }
        assertEquals(size, store.size());
        Thread.sleep(200);
        assertEquals(0, listener.connections.get());
    }

    @Test
    void oversizedWritesAre413() throws Exception {
        String big = "INSERT DATA { GRAPH <urn:x:big> {" + " <urn:s> <urn:p> \"xxxxxxxxxxxxxxxxxxxxxxxx\" .".repeat(100)
                + " } }";
        HttpResponse<String> u = send(update(writable, big));
        assertEquals(413, u.statusCode(), dump(u));
        String ttl = "<urn:s> <urn:p> \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" .\n".repeat(100);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph="
                + enc("urn:x:big"))).header("Authorization", WRITER).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(ttl)));
        assertEquals(413, put.statusCode(), dump(put));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph="
                + enc("urn:x:big"))).header("Authorization", WRITER).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(411, chunked.statusCode(), dump(chunked));
        HttpResponse<String> smallPut = send(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph="
                + enc("urn:x:small"))).header("Authorization", WRITER).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> 1 .")));
        assertTrue(smallPut.statusCode() < 300, dump(smallPut));
        send(HttpRequest.newBuilder(URI.create(writable.url() + "geokg/data?graph=" + enc("urn:x:small")))
                .header("Authorization", WRITER).DELETE());
    }

    @Test
    void adminAndInfoEndpointsNeedAnUpdateServerAndALogin() throws Exception {
        for (String p : List.of("$/server", "$/stats", "$/stats/geokg", "$/validate/query?query=ASK%7B%7D")) {
            HttpResponse<String> r = send(get(readOnly.url() + p));
            assertTrue(r.statusCode() == 404 || r.statusCode() == 403, p + " on read-only -> " + dump(r));
            HttpResponse<String> anon = send(get(writable.url() + p));
            assertEquals(401, anon.statusCode(), p + " without login -> " + dump(anon));
        }
        HttpResponse<String> logged = send(get(writable.url() + "$/server").header("Authorization", WRITER));
        assertEquals(200, logged.statusCode(), dump(logged));
        for (GeoKgServer s : List.of(readOnly, writable)) {
            HttpResponse<String> ping = send(get(s.url() + "$/ping"));
            assertEquals(200, ping.statusCode(), dump(ping));
        }
    }

    @Test
    void failedLoginsLockTheClientOutForAGrowingTime() throws Exception {
        try (GeoKgServer server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withUpdate(passwords))) {
            String upd = "INSERT DATA { GRAPH <urn:x:login> { <urn:s> <urn:p> 1 } }";
            for (int i = 0; i < ThrottledLoginService.FREE_FAILURES; i++) {
                HttpResponse<String> wrong = send(update(server, upd).setHeader("Authorization", basic("alice", "no")));
                assertEquals(401, wrong.statusCode());
            }
            HttpResponse<String> locked = send(update(server, upd));
            assertEquals(401, locked.statusCode(), "the right password during the lock-out: " + dump(locked));
            Thread.sleep(ThrottledLoginService.FIRST_LOCK_MILLIS + 300);
            HttpResponse<String> ok = send(update(server, upd));
            assertTrue(ok.statusCode() < 300, "after the lock-out: " + dump(ok));
            send(update(server, "DROP SILENT GRAPH <urn:x:login>"));
        }
        assertEquals(1_000, ThrottledLoginService.lockMillis(5));
        assertEquals(2_000, ThrottledLoginService.lockMillis(6));
        assertEquals(ThrottledLoginService.MAX_LOCK_MILLIS, ThrottledLoginService.lockMillis(40));
    }

    @Test
    void busyServerAnswers503WithRetryAfterAndPingStillAnswers() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return send(query(small, slow));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(700);
        HttpResponse<String> second = send(query(small, "ASK {}"));
        assertEquals(503, second.statusCode(), dump(second));
        assertEquals(String.valueOf(RequestGuardFilter.RETRY_AFTER_SECONDS),
                second.headers().firstValue("Retry-After").orElse(""));
        long t0 = System.nanoTime();
        HttpResponse<String> ping = send(get(small.url() + "$/ping"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(200, ping.statusCode());
        assertTrue(ms < 1_000, "ping took " + ms + " ms");
        assertFalse(first.get().statusCode() == 200 && second.statusCode() == 200);
        // the client may see the slow answer a moment before the server's filter releases its slot
        HttpResponse<String> after = send(query(small, "ASK {}"));
        long deadline = System.currentTimeMillis() + 5_000;
        while (after.statusCode() == 503 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            after = send(query(small, "ASK {}"));
        }
        assertEquals(200, after.statusCode(), "a slot is free again: " + dump(after));
    }

    @Test
    void queryTextIsLoggedOnlyAtDebugWithOneInfoLinePerRequest() throws Exception {
        String marker = "marker" + System.nanoTime();
        String q = "SELECT * { ?s <urn:" + marker + "> ?o }";
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        HttpResponse<String> r;
        try {
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            r = send(get(readOnly.sparqlUrl() + "?query=" + enc(q)).header("Accept", "text/csv"));
        } finally {
            System.setErr(saved);
        }
        assertEquals(200, r.statusCode(), dump(r));
        String log = buf.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains(marker), "query text in the log: " + log);
        assertTrue(log.contains("GET /geokg/sparql 200") && log.contains("text " + RequestGuardFilter.hash(q)),
                "no request line with the hash: " + log);
    }

}
