package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.geokg.kg.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of an ingest never leaves half an article visible. */
class CrashConsistencyIT {
    private static final int ARTICLES = 200;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesOnlyCompleteArticleGraphs() throws Exception {
        Path db = tmp.resolve("db");
        Process child = ChildStoreMain.command("ingest", db.toString(), Integer.toString(ARTICLES))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastReported = -1;
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                lastReported = Integer.parseInt(line.substring("STORED ".length()));
                if (lastReported >= 25) {
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertTrue(lastReported >= 25, "child stopped early at " + lastReported);

        try (GeoKgStore store = GeoKgStore.open(db)) {
            int complete = 0;
            for (int i = 0; i < ARTICLES; i++) {
                Fixtures.Spec s = Fixtures.generated(i);
                Node g = NodeFactory.createURI(Iris.articleGraph(s.id()).toString());
                int expected = GeoKgStore.prepare(Fixtures.article(s), Fixtures.doc(s, 1 + i % 4)).quadCount();
                int actual = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(g).size());
                if (i <= lastReported) {
                    assertEquals(expected, actual, "reported article " + s.id() + " is incomplete");
                } else {
                    assertTrue(actual == 0 || actual == expected,
                            "article " + s.id() + " has " + actual + " of " + expected + " triples");
                }
                if (actual == expected) {
                    complete++;
                    assertEquals(GeoKgStore.PutResult.UNCHANGED,
                            store.put(Fixtures.article(s), Fixtures.doc(s, 1 + i % 4)));
                }
            }
            assertTrue(complete > lastReported, "complete " + complete);
        }
    }
}
