package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.geokg.kg.BaseGraphs;
import org.geokg.kg.Iris;
import org.geokg.kg.Shapes;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.InputException;
import org.geokg.sys.StoreException;




import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


class GeoKgStoreIT extends SharedStoreFixture {
    private static final Fixtures.Spec A = Fixtures.spec("a1", "2021-08-12", "030", "PRK", "RUS", "2021-08-12");

    private String query(String sparql, Map<String, String> params, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, params, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sharedGraphsAreLoadedWhenTheStoreIsCreated() {
        Txn.executeRead(store.dataset(), () -> assertFalse(
                store.dataset().getGraph(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH.toString())).isEmpty()));
    }

    @Test
    void putStoresTheArticleGraphWithItsContentHash() {
        Article a = Fixtures.article(A);
        ExtractionDocument d = Fixtures.doc(A);
        assertEquals(GeoKgStore.PutResult.STORED, store.put(a, d));
        assertTrue(store.contains("a1"));
        String hash = GeoKgStore.contentHash(a, d);
        String ask = query("ASK { GRAPH ?g { ?a ?p ?h } }", Map.of("g", Iris.articleGraph("a1").toString(),
                "a", Iris.article("a1").toString(), "h", hash), "json");
        assertTrue(ask.contains("true"), ask);
    }

    @Test
    void reIngestingTheSameInputIsUnchangedAndKeepsTheSize() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        long size = store.size();
        assertEquals(GeoKgStore.PutResult.UNCHANGED, store.put(Fixtures.article(A), Fixtures.doc(A)));
        assertEquals(size, store.size());
    }

    @Test
    void aChangedArticleReplacesItsWholeGraph() {
        store.put(Fixtures.article(A), Fixtures.doc(A, 3));
        Fixtures.Spec changed = Fixtures.spec("a1", "2021-08-12", "042", "PRK", "CHN", "2021-08-13");
        assertEquals(GeoKgStore.PutResult.STORED, store.put(Fixtures.article(changed), Fixtures.doc(changed)));
        Node g = NodeFactory.createURI(Iris.articleGraph("a1").toString());
        int expected = GeoKgStore.prepare(Fixtures.article(changed), Fixtures.doc(changed)).quadCount();
        Txn.executeRead(store.dataset(), () -> assertEquals(expected, store.dataset().getGraph(g).size()));
    }

    @Test
    void contentHashChangesWithTheExtractorOutput() {
        assertNotEquals(GeoKgStore.contentHash(Fixtures.article(A), Fixtures.doc(A, 1)),
                GeoKgStore.contentHash(Fixtures.article(A), Fixtures.doc(A, 2)));
    }

    @Test
    void removeDeletesTheArticleGraph() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        assertTrue(store.remove("a1"));
        assertFalse(store.contains("a1"));
        assertFalse(store.remove("a1"));
    }

    @Test
    void queriesSeeTheUnionOfAllGraphsAsDefaultGraph() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        String csv = query("SELECT ?h { ?a ?p ?h } ", Map.of("a", Iris.article("a1").toString(),
                "p", "https://w3id.org/geokg/ns#contentHash"), "csv");
        assertTrue(csv.contains(GeoKgStore.contentHash(Fixtures.article(A), Fixtures.doc(A))), csv);
    }

    @Test
    void parametersAreBoundAsTermsNeverSplicedIntoTheQuery() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        long size = store.size();
        String evil = "x\" } ; DROP ALL ; #";
        String json = query("SELECT ?name (STRLEN(?name) AS ?len) { }", Map.of("name", evil), "json");
        assertTrue(json.contains("DROP ALL"), json);
        assertTrue(json.contains("\"" + evil.length() + "\""), json);
        assertEquals(size, store.size());
    }

    @Test
    void typedParametersMatchTypedData() {
        String out = query("SELECT ?ok { BIND(?d = \"2021-08-12\"^^<http://www.w3.org/2001/XMLSchema#date> && "
                + "?n = 42 AS ?ok) }", Map.of("d", "2021-08-12", "n", "42"), "tsv");
        assertTrue(out.contains("true"), out);
    }

    @Test
    void selectResultsComeInEveryTableFormat() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        String q = "SELECT ?g { GRAPH ?g { } } ORDER BY ?g";
        assertTrue(query(q, Map.of(), "table").contains("| g"));
        assertTrue(query(q, Map.of(), "csv").startsWith("g"));
        assertTrue(query(q, Map.of(), "tsv").startsWith("?g"));
        assertTrue(query(q, Map.of(), "json").contains("\"bindings\""));
    }

    @Test
    void constructResultsComeAsRdf() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        String q = "CONSTRUCT { ?a ?p ?o } WHERE { GRAPH ?g { ?a ?p ?o } }";
        Map<String, String> p = Map.of("g", Iris.articleGraph("a1").toString());
        for (String f : List.of("turtle", "ttl", "nt", "jsonld", "trig")) {
            Lang lang = switch (f) {
                case "nt" -> Lang.NTRIPLES;
                case "jsonld" -> Lang.JSONLD;
                case "trig" -> Lang.TRIG;
                default -> Lang.TURTLE;
            };
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.fromString(query(q, p, f), lang).parse(parsed);
            assertFalse(parsed.getDefaultGraph().isEmpty(), f);
        }
    }

    @Test
    void badSparqlNamesLineAndColumn() {
        InputException e = assertThrows(InputException.class,
                () -> query("SELECT * WHERE {\n ?s ?p }", Map.of(), "table"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void unknownFormatIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> query("SELECT * { ?s ?p ?o }", Map.of(), "yaml"));
        assertTrue(e.getMessage().contains("csv"), e.getMessage());
        assertThrows(InputException.class, () -> query("CONSTRUCT WHERE { ?s ?p ?o }", Map.of(), "csv"));
    }

    @Test
    void aLongQueryStopsAtTheTimeout() {
        List<GeoKgStore.Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            items.add(new GeoKgStore.Item(Fixtures.article(s), Fixtures.doc(s)));
        }
        store.putBatch(items);
        long t0 = System.nanoTime();
        StoreException e = assertThrows(StoreException.class, () -> store.query(
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", Map.of(), "csv",
                OutputStream.nullOutputStream(), 500));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(e.getMessage().contains("500 ms"), e.getMessage());
        assertTrue(ms < 10_000, "took " + ms + " ms");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"csv", "tsv", "json", "xml", "table"})
    void aStreamedSelectThatTimesOutIsAnErrorNotAShortAnswer(String format) {
        List<GeoKgStore.Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            items.add(new GeoKgStore.Item(Fixtures.article(s), Fixtures.doc(s)));
        }
        store.putBatch(items);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        StoreException e = assertThrows(StoreException.class, () -> store.query(
                "SELECT ?a ?f { ?a ?b ?c . ?d ?e ?f FILTER(REGEX(CONCAT(STR(?c), STR(?f)), \"^nomatch\")) }",
                Map.of(), format, out, 300), () -> "no error after " + (System.nanoTime() - t0) / 1_000_000
                        + " ms; output:\n" + out);
        assertTrue(e.getMessage().contains("300 ms"), e.getMessage());
    }

    @Test
    void exportedTrigImportsIntoAFreshStoreIsomorphically() throws Exception {
        for (int i = 0; i < 12; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            store.put(Fixtures.article(s), Fixtures.doc(s));
        }
        Path file = tmp.resolve("dump.trig");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.export("trig", null, out);
        }
        try (GeoKgStore fresh = GeoKgStore.open(tmp.resolve("fresh"))) {
            fresh.importFile(file);
            assertEquals(store.size(), fresh.size());
            Txn.executeRead(store.dataset(), () -> Txn.executeRead(fresh.dataset(), () -> {
                List<Node> names = Iter.toList(store.dataset().listGraphNodes());
                assertEquals(names.size(), Iter.count(fresh.dataset().listGraphNodes()));
                for (Node g : names) {
                    assertTrue(store.dataset().getGraph(g).isIsomorphicWith(fresh.dataset().getGraph(g)),
                            "graph " + g + " differs");
                }
            }));
        }
    }

    @Test
    void exportOfOneGraphAsTurtleHasOnlyThatGraph() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export("ttl", Iris.articleGraph("a1").toString(), out);
        Graph g = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
        Node graph = NodeFactory.createURI(Iris.articleGraph("a1").toString());
        Txn.executeRead(store.dataset(), () -> assertTrue(g.isIsomorphicWith(store.dataset().getGraph(graph))));
    }

    @Test
    void exportOfAnUnknownGraphOrFormatIsAnInputError() {
        assertThrows(InputException.class, () -> store.export("ttl", "https://example.org/none", OutputStream.nullOutputStream()));
        assertThrows(InputException.class, () -> store.export("rdfxml", null, OutputStream.nullOutputStream()));
    }

    @Test
    void importOfABrokenFileChangesNothing() throws Exception {
        long size = store.size();
        Path bad = tmp.resolve("bad.trig");
        Files.writeString(bad, "<http://g> { <http://s> <http://p> <http://o> . }\n<http://g2> { <http://s> broken");
        assertThrows(InputException.class, () -> store.importFile(bad));
        assertEquals(size, store.size());
    }

    @Test
    void outdatedSharedGraphsAreReloadedOnOpen() {
        store = GeoKgStore.open(tmp.resolve("db"));
        Node og = KgTerms.ONTOLOGY_GRAPH;
        Txn.executeWrite(store.dataset(), () -> {
            store.dataset().deleteAny(og, og, DCTerms.hasVersion.asNode(), Node.ANY);
            store.dataset().add(og, og, DCTerms.hasVersion.asNode(), NodeFactory.createLiteralString("old"));
            store.dataset().removeGraph(KgTerms.COUNTRIES_GRAPH);
        });
        store.close();
        store = GeoKgStore.open(tmp.resolve("db"));
        Txn.executeRead(store.dataset(), () -> {
            assertFalse(store.dataset().getGraph(KgTerms.COUNTRIES_GRAPH).isEmpty());
            assertEquals(BaseGraphs.version(), BaseGraphs.loadedVersion(store.dataset()));
        });
    }

    @Test
    void currentSharedGraphsAreNotReloaded() {
        store = GeoKgStore.open(tmp.resolve("db"));
        Node marker = NodeFactory.createURI("https://example.org/marker");
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(KgTerms.COUNTRIES_GRAPH, marker, marker, marker));
        store.close();
        store = GeoKgStore.open(tmp.resolve("db"));
        Txn.executeRead(store.dataset(), () -> assertTrue(
                store.dataset().contains(KgTerms.COUNTRIES_GRAPH, marker, marker, marker)));
    }

    @Test
    void statsCountArticlesAndEvents() {
        store.put(Fixtures.article(A), Fixtures.doc(A, 2));
        Stats s = store.stats(true);
        assertEquals(1, s.articles());
        assertEquals(2, s.events());
        assertEquals(2L, s.eventsByCameoRoot().get("03"));
        assertEquals(Map.of("03", 2L), s.eventsByCameoRoot(), "the clusters and CAMEO graphs are not events");
        assertEquals(store.size(), s.quads());
        assertEquals(-1, store.stats().quads(), "quads are counted only when asked");
        assertTrue(s.toText().contains("articles"));
    }

    @Test
    void storedArticlesAndClustersConformToTheShapes() {
        store.put(Fixtures.article(A), Fixtures.doc(A));
        Fixtures.Spec b = Fixtures.spec("b1", "2021-08-13", "036", "RUS", "PRK", "2021-08-13");
        store.put(Fixtures.article(b), Fixtures.doc(b));
        assertEquals(1, store.stats().clusters());
        Shapes.Report r = store.validate();
        assertTrue(r.conforms(), r.text());
    }

    @Test
    void validateFindsABrokenCluster() {
        Node c = NodeFactory.createURI("https://w3id.org/geokg/id/cluster/broken");
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(KgTerms.CLUSTERS_GRAPH, c,
                NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), KgTerms.EVENT_CLUSTER));
        Shapes.Report r = store.validate();
        assertFalse(r.conforms());
        assertTrue(r.violations() > 0);
    }

    @Test
    void aClosedStoreRefusesWork() {
        store = GeoKgStore.open(tmp.resolve("db"));
        store.close();
        assertThrows(StoreException.class, () -> store.size());
    }
}
