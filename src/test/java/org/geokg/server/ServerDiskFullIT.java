package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.geokg.store.GeoKgStore;
import org.geokg.sys.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a store whose disk fills (a real 24 MB tmpfs; skipped with the reason where
 * mounting is not permitted): a SPARQL Update and a Graph Store PUT that fail for want of space
 * answer 507 naming the store's disk (not 400 "Parse error" or 500), queries keep answering, and
 * once space is freed writes work again on a whole store.
 */
class ServerDiskFullIT {
    private static final String WRITER = "Basic "
            + Base64.getEncoder().encodeToString("alice:pw1".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder update(GeoKgServer s, String text) {
        return HttpRequest.newBuilder(URI.create(s.url() + "geokg/update")).header("Authorization", WRITER)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(text));
    }

    private static HttpRequest.Builder put(GeoKgServer s, String graph, String ntriples) {
        return HttpRequest.newBuilder(URI.create(s.url() + "geokg/data?graph=" + graph))
                .header("Authorization", WRITER).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(ntriples));
    }

    private static String count(GeoKgServer s) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().strip().lines().reduce((a, b) -> b).orElse("");
    }

    private static String triples(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<urn:x:").append(prefix).append(i).append("> <urn:x:p> \"value ").append(i)
                    .append(" of ").append(prefix).append(", padded to take some room on the disk\" .\n");
        }
        return b.toString();
    }

    @Test
    void aWriteThatFillsTheDiskIs507NamingTheDiskAndReadsGoOn() throws Exception {
        SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 24);
        assumeTrue(disk != null, SmallDisk::whyNot);
        Path db = disk.dir().resolve("db");
        Path passwords = tmp.resolve("users");
        Files.writeString(passwords, "alice:pw1\n");
        try (disk; GeoKgStore store = GeoKgStore.open(db);
                GeoKgServer server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withUpdate(passwords))) {
            assertEquals(204, send(update(server, "INSERT DATA { GRAPH <urn:x:g0> { " + triples("a", 50)
                    + " } }")).statusCode());
            String before = count(server);
            disk.fill(0);

            HttpResponse<String> u = send(update(server, "INSERT DATA { GRAPH <urn:x:g1> { " + triples("b", 20_000)
                    + " } }"));
            assertEquals(507, u.statusCode(), u.body());
            assertTrue(u.body().contains("no space left on device"), u.body());
            assertTrue(u.body().contains(db.toAbsolutePath().normalize().toString()), "names the store: " + u.body());
            HttpResponse<String> p = send(put(server, "urn:x:g2", triples("c", 20_000)));
            assertEquals(507, p.statusCode(), p.body());
            assertTrue(p.body().contains("no space left on device"), p.body());
            assertEquals(before, count(server), "reads answer, and see nothing of the failed writes");

            disk.free();
            assertEquals(204, send(update(server, "INSERT DATA { GRAPH <urn:x:g3> { " + triples("d", 10)
                    + " } }")).statusCode());
            assertEquals(201, send(put(server, "urn:x:g4", triples("e", 2_000))).statusCode());
            assertEquals(Long.parseLong(before) + 10 + 2_000, Long.parseLong(count(server)));
        }
    }
}
