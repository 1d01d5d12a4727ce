package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.geokg.kg.GKG;
import org.geokg.kg.Iris;
import org.geokg.kg.Shapes;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;

/** import, export and validate stream through the store; what they produce is checked here. */
class StreamingStoreIT extends SharedStoreFixture {
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private void putGenerated(int n) {
        for (int i = 0; i < n; i++) {
            Fixtures.Spec s = Fixtures.generated(i);
            store.put(Fixtures.article(s), Fixtures.doc(s));
        }
    }

    private String export(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(format, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Graph unionCopy() {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(g, store.dataset().getUnionGraph());
            return g;
        });
    }

    @Test
    void theUnionStreamHasEachTripleOnceAndEachSubjectTogether() {
        putGenerated(8);
        Txn.executeRead(store.dataset(), () -> {
            Set<Triple> seen = new HashSet<>();
            Set<Node> closed = new HashSet<>();
            Node current = null;
            for (Iterator<Triple> it = UnionTriples.named(store.dataset()); it.hasNext();) {
                Triple t = it.next();
                assertTrue(seen.add(t), "repeated " + t);
                if (!t.getSubject().equals(current)) {
                    assertFalse(closed.contains(t.getSubject()), "subject came back: " + t.getSubject());
                    if (current != null) {
                        closed.add(current);
                    }
                    current = t.getSubject();
                }
            }
            assertEquals(store.dataset().getUnionGraph().size(), seen.size());
        });
    }

    @Test
    void turtleOfTheWholeStoreIsTheUnionOfItsNamedGraphs() {
        putGenerated(8);
        Graph back = RDFParser.fromString(export("ttl"), Lang.TURTLE).toGraph();
        assertTrue(back.isIsomorphicWith(unionCopy()));
    }

    @Test
    void jsonLdOfTheWholeStoreReadsBackAsTheSameDataset() {
        putGenerated(6);
        DatasetGraph back = RDFParser.fromString(export("jsonld"), Lang.JSONLD).toDatasetGraph();
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            List<Node> names = Iter.toList(dsg.listGraphNodes());
            assertEquals(names.size(), Iter.count(back.listGraphNodes()));
            for (Node g : names) {
                assertTrue(dsg.getGraph(g).isIsomorphicWith(back.getGraph(g)), "graph " + g + " differs");
            }
            assertEquals(Iter.count(dsg.find()), Iter.count(back.find()));
        });
    }

    @Test
    void jsonLdOfOneGraphIsThatGraph() {
        putGenerated(2);
        Node g = NodeFactory.createURI(Iris.articleGraph(Fixtures.generated(1).id()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export("jsonld", g.getURI(), out);
        Graph back = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.JSONLD).toGraph();
        Txn.executeRead(store.dataset(), () -> assertTrue(back.isIsomorphicWith(store.dataset().getGraph(g))));
    }

    @Test
    void aTrigExportIsWrittenGraphByGraph() {
        putGenerated(4);
        String trig = export("trig");
        long blocks = trig.lines().filter(l -> l.startsWith("<") && l.endsWith("{")).count();
        long graphs = Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().listGraphNodes()));
        assertEquals(graphs, blocks, "one block per graph");
    }

    @Test
    void importReplacesEachNamedGraphOnceAndKeepsAllItsPartsFromTheFile() throws Exception {
        putGenerated(3);
        Node g0 = NodeFactory.createURI(Iris.articleGraph(Fixtures.generated(0).id()));
        Node g1 = NodeFactory.createURI(Iris.articleGraph(Fixtures.generated(1).id()));
        Node s = NodeFactory.createURI("https://example.org/s");
        Path file = tmp.resolve("parts.nq");
        Files.writeString(file, String.join("\n",
                "<https://example.org/s> <https://example.org/p> \"1\" <" + g0.getURI() + "> .",
                "<https://example.org/s> <https://example.org/p> \"2\" <https://example.org/other> .",
                "<https://example.org/s> <https://example.org/p> \"3\" <" + g0.getURI() + "> .",
                "<https://example.org/s> <https://example.org/p> \"4\" .", ""));
        long before = store.size();
        long g1Size = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(g1).size());
        assertEquals(4, store.importFile(file));
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            assertEquals(2, dsg.getGraph(g0).size(), "the old article graph is replaced by the file's two quads");
            assertEquals(g1Size, dsg.getGraph(g1).size(), "a graph not in the file is untouched");
            assertEquals(1, dsg.getGraph(NodeFactory.createURI("https://example.org/other")).size());
            assertTrue(dsg.getDefaultGraph().contains(s, Node.ANY, NodeFactory.createLiteralString("4")));
            assertFalse(Iter.anyMatch(dsg.find(), q -> q.getPredicate().getURI().startsWith(GeoKgStore.IMPORT_MARK)),
                    "no marker quad is left");
        });
        assertTrue(store.size() < before);
    }

    @Test
    void aSyntaxErrorAfterManyQuadsChangesNothing() throws Exception {
        putGenerated(3);
        Path good = tmp.resolve("dump.nq");
        try (OutputStream out = Files.newOutputStream(good)) {
            store.export("nq", null, out);
        }
        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "<https://example.org/s> <https://example.org/p> <https://example.org/o> "
                + "<https://example.org/new> .\n" + Files.readString(good) + "<https://example.org/s> broken\n");
        long size = store.size();
        Graph union = unionCopy();
        InputException e = assertThrows(InputException.class, () -> store.importFile(bad));
        assertTrue(e.getMessage().contains("nothing was imported"), e.getMessage());
        assertEquals(size, store.size());
        assertTrue(union.isIsomorphicWith(unionCopy()));
        assertFalse(Txn.calculateRead(store.dataset(),
                () -> store.dataset().containsGraph(NodeFactory.createURI("https://example.org/new"))));
    }

    @Test
    void importedArticlesGetTheirClusters() throws Exception {
        Fixtures.Spec a = Fixtures.spec("a1", "2021-08-12", "030", "PRK", "RUS", "2021-08-12");
        Fixtures.Spec b = Fixtures.spec("b1", "2021-08-13", "036", "RUS", "PRK", "2021-08-13");
        store.put(Fixtures.article(a), Fixtures.doc(a));
        store.put(Fixtures.article(b), Fixtures.doc(b));
        Path dump = tmp.resolve("dump.trig");
        try (OutputStream out = Files.newOutputStream(dump)) {
            store.export("trig", null, out);
        }
        store = GeoKgStore.open(tmp.resolve("fresh"));
        store.importFile(dump);
        assertEquals(1, store.stats().clusters());
        assertEquals(2, store.stats().articles());
    }

    @Test
    void validateOfTheStoreFindsWhatValidatingTheWholeUnionFinds() {
        putGenerated(10);
        DatasetGraph dsg = store.dataset();
        Node ev = Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, TYPE, GKG.Event.asNode()).next()
                .getSubject());
        Node g = NodeFactory.createURI(Iris.articleGraph(Fixtures.generated(0).id()));
        Node cluster = NodeFactory.createURI(Iris.ID + "cluster/broken");
        Txn.executeWrite(dsg, () -> {
            dsg.add(KgTerms.CLUSTERS_GRAPH, cluster, TYPE, KgTerms.EVENT_CLUSTER);
            dsg.add(KgTerms.CLUSTERS_GRAPH, cluster, KgTerms.CLUSTER_MEMBER, ev);
            dsg.add(g, NodeFactory.createURI(Iris.country("QAT")), TYPE, GKG.NewsOutlet.asNode());
            dsg.add(Quad.defaultGraphIRI, ev, GKG.quadClass.asNode(), NodeFactory.createLiteralString("x"));
        });
        Graph whole = Txn.calculateRead(dsg, () -> {
            Graph all = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(all, dsg.getDefaultGraph());
            GraphUtil.addInto(all, dsg.getUnionGraph());
            return all;
        });
        Shapes.Report expected = Shapes.validate(whole);
        assertFalse(expected.conforms());
        assertEquals(expected, store.validate());
    }
}
