package org.geokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.geokg.store.GeoKgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer replacing whole article graphs through the Graph Store Protocol (PUT) while eight
 * readers query the server, for a bounded time: every read sees each graph whole, in one of its
 * complete versions, never half replaced.
 */
class ConcurrentReadWriteIT {
    private static final int GRAPHS = 8;
    private static final int SMALL = 10;
    private static final int LARGE = 40;
    private static final int READERS = 8;
    private static final long RUN_MILLIS = 12_000;
    private static final String PREFIX = "http://example.org/article/";

    @TempDir
    Path tmp;

    @Test
    void readersSeeWholeArticleGraphsWhileOneWriterReplacesThem() throws Exception {
        Path passwords = tmp.resolve("users");
        Files.writeString(passwords, "alice:pw1\n");
        String auth = ServerHardeningIT.basic("alice", "pw1");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        try (GeoKgStore store = GeoKgStore.open(tmp.resolve("db"));
                GeoKgServer server = GeoKgServer.start(store, ServerSettings.DEFAULT.withPort(0).withUpdate(passwords)
                        .withConcurrency(READERS, READERS))) {
            for (int g = 0; g < GRAPHS; g++) {
                assertEquals(2, put(client, server, auth, g, SMALL, 0) / 100);
            }
            String q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + PREFIX
                    + "\")) } GROUP BY ?g";
            long end = System.currentTimeMillis() + RUN_MILLIS;
            ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
            AtomicInteger reads = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            List<Future<?>> jobs = new ArrayList<>();
            AtomicInteger writes = new AtomicInteger();
            jobs.add(pool.submit(() -> {
                int round = 0;
                while (System.currentTimeMillis() < end && bad.isEmpty()) {
                    round++;
                    int g = round % GRAPHS;
                    int code = put(client, server, auth, g, round % 2 == 0 ? SMALL : LARGE, round);
                    if (code / 100 != 2) {
                        bad.add("PUT of graph " + g + " answered " + code);
                    }
                    writes.incrementAndGet();
                }
                return null;
            }));
            for (int r = 0; r < READERS; r++) {
                jobs.add(pool.submit(() -> {
                    while (System.currentTimeMillis() < end && bad.isEmpty()) {
                        HttpResponse<String> resp = client.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                                .header("Content-Type", "application/sparql-query")
                                .header("Accept", "application/sparql-results+json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(q)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() != 200) {
                            bad.add("query answered " + resp.statusCode() + " " + resp.body());
                            continue;
                        }
                        Map<String, Integer> counts = new TreeMap<>();
                        for (JsonNode b : json.readTree(resp.body()).path("results").path("bindings")) {
                            counts.put(b.path("g").path("value").asText(), b.path("n").path("value").asInt());
                        }
                        if (counts.size() != GRAPHS
                                || !counts.values().stream().allMatch(n -> n == SMALL || n == LARGE)) {
                            bad.add("a read saw graphs in between versions: " + counts);
                        }
                        reads.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get(RUN_MILLIS + 60_000, TimeUnit.MILLISECONDS);
            }
            pool.shutdown();
            System.out.println("ConcurrentReadWriteIT: " + writes.get() + " PUTs, " + reads.get() + " reads in "
                    + RUN_MILLIS + " ms");
            assertEquals(List.of(), List.copyOf(bad));
            assertTrue(writes.get() >= 5 && reads.get() >= READERS, writes.get() + " writes, " + reads.get()
                    + " reads: too few to show anything");
        }
    }

    /** PUTs a whole version of article graph {@code g}: {@code triples} triples tagged with {@code version}. */
    private static int put(HttpClient client, GeoKgServer server, String auth, int g, int triples, int version)
            throws Exception {
        StringBuilder ttl = new StringBuilder();
        for (int t = 0; t < triples; t++) {
            ttl.append("<").append(PREFIX).append(g).append("/s").append(t).append("> <http://example.org/p> \"v")
                    .append(version).append(" t").append(t).append("\" .\n");
        }
        String graph = URLEncoder.encode(PREFIX + g, StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + "geokg/data?graph=" + graph))
                .header("Authorization", auth).header("Content-Type", "text/turtle")
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(ttl.toString())).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }
}
