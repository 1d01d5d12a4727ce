package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.geokg.kg.QueryLib;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved query, every parameter its header declares, with nonsense values: the answer is
 * a refusal (exit 2) or no rows, never a widened answer (issue "Hardening": {@code state='A B'}
 * used to disable the state filter of state-timeline).
 */
class SavedQueryParamsIT {
    @TempDir
    static Path tmp;
    static GeoKgStore store;
    static final List<String> NONSENSE = List.of("A B", "x\" } ; DROP ALL ; #", "((", "zzzz-no-such-thing");
    /** Real values for the parameters a query needs to answer at all. */
    static final Map<String, String> REQUIRED = Map.of("state", "PRK");

    @BeforeAll
    static void open() {
        store = GeoKgStore.open(tmp.resolve("db"));
        List<GeoKgStore.Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            items.add(new GeoKgStore.Item(Fixtures.article(s), Fixtures.doc(s)));
        }
        store.putBatch(items);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The parameters named in the header comment, between "Parameters" and "Columns". */
    static Set<String> declaredParams(String text) {
        Set<String> out = new LinkedHashSet<>();
        boolean in = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            if (line.contains("Parameters")) {
                in = true;
            } else if (line.startsWith("# Columns")) {
                in = false;
            }
            if (in) {
                Matcher m = Pattern.compile("\\?([A-Za-z][A-Za-z0-9_]*)").matcher(line);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    static int rows(String text, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(text, params, "csv", out);
        String csv = out.toString(StandardCharsets.UTF_8).strip();
        return csv.isEmpty() ? 0 : csv.split("\r?\n").length - 1;
    }

    static Stream<String> names() {
        return QueryLib.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void nonsenseValuesAreRefusedOrMatchNothing(String name) {
        String text = QueryLib.text(name);
        Set<String> params = declaredParams(text);
        for (String p : params) {
            for (String value : NONSENSE) {
                Map<String, String> bound = new LinkedHashMap<>();
                if (!p.equals("state") && params.contains("state") && text.contains("FILTER(BOUND(?state))")) {
                    bound.putAll(REQUIRED);
                }
                bound.put(p, value);
                try {
                    int n = rows(text, bound);
                    assertEquals(0, n, name + " with ?" + p + "='" + value + "' answered " + n + " rows");
                } catch (InputException e) {
                    assertTrue(e.getMessage().contains("?" + p), e.getMessage());
                    assertEquals(2, e.exitCode());
                }
            }
        }
    }

    @Test
    void everySavedQueryDeclaresItsParameters() {
        for (String name : QueryLib.names()) {
            String text = QueryLib.text(name);
            for (String p : declaredParams(text)) {
                assertTrue(text.contains("?" + p), name + " declares ?" + p + " but does not use it");
            }
        }
        assertFalse(declaredParams(QueryLib.text("state-timeline")).isEmpty());
    }

    @Test
    void stateTimelineOfAStateHasRowsAndABadStateIsRefused() {
        String text = QueryLib.text("state-timeline");
        assertTrue(rows(text, Map.of("state", "PRK")) > 0, "the fixture has events of PRK");
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> rows(text, Map.of("state", "A B")));
        assertTrue(e.getMessage().contains("?state"), e.getMessage());
    }

    @Test
    void theQueryGuardKeepsStateTimelineFromWideningWhenTheStateIsNotAnIri() {
        // Bypasses the parameter check (a plain ?state unknown to ParamLib would be typed as
        // text): the query itself must not fall back to "every state".
        String text = QueryLib.text("state-timeline").replace("?state", "?st");
        assertEquals(0, rows(text, Map.of("st", "A B")));
        assertTrue(rows(text, Map.of("st", "PRK")) > 0);
    }

    @Test
    void serviceIsRefusedByQueryWithoutAnyConnection() throws Exception {
        java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (java.net.Socket ignored = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            for (String q : List.of("SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }")) {
                InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                        () -> rows(q, Map.of()));
                assertTrue(e.getMessage().contains("SERVICE"), e.getMessage());
                assertEquals(2, e.exitCode());
            }
            Thread.sleep(200);
        }
        assertEquals(0, connections.get());
    }
}
