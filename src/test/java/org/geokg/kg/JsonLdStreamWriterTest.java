package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class JsonLdStreamWriterTest {

    private static String write(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLdStreamWriter w = new JsonLdStreamWriter(out)) {
            w.graph(null, dsg.getDefaultGraph().find());
            for (Node g : Iter.toList(dsg.listGraphNodes())) {
                w.graph(g, Iter.map(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertSameDataset(DatasetGraph expected, DatasetGraph actual) {
        assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "default graph");
        List<Node> names = Iter.toList(expected.listGraphNodes());
        assertEquals(names.size(), Iter.count(actual.listGraphNodes()), "named graphs");
        for (Node g : names) {
            assertTrue(expected.getGraph(g).isIsomorphicWith(actual.getGraph(g)), "graph " + g);
        }
    }

    @Test
    void theFixtureDatasetReadsBackGraphByGraph() {
        DatasetGraph dsg = KgFixtures.dataset();
        String json = write(dsg);
        DatasetGraph back = RDFParser.fromString(json, Lang.JSONLD).toDatasetGraph();
        assertSameDataset(dsg, back);
        assertTrue(json.contains("\"@context\""), json.substring(0, 200));
    }

    @Test
    void blankNodesLanguagesDatatypesAndOddIrisSurvive() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Node g = NodeFactory.createURI("https://example.org/graph/1");
        Node s = NodeFactory.createURI(GKG.NS + "x");
        Node b = NodeFactory.createBlankNode();
        Node p = NodeFactory.createURI("https://example.org/p");
        dsg.add(g, s, p, b);
        dsg.add(g, b, p, NodeFactory.createLiteralLang("Katar", "de"));
        dsg.add(g, b, p, NodeFactory.createLiteralDT("12", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        dsg.add(g, b, p, NodeFactory.createLiteralString("plain \"quoted\"\nline"));
        dsg.add(g, s, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                NodeFactory.createLiteralString("a literal type"));
        dsg.add(g, s, p, NodeFactory.createURI(Iris.ID + "cameo/051"));
        dsg.add(g, s, p, NodeFactory.createURI(GKG.NS + "//odd"));
        dsg.add(Quad.defaultGraphIRI, s, p, NodeFactory.createURI("urn:example:y"));
        DatasetGraph back = RDFParser.fromString(write(dsg), Lang.JSONLD).toDatasetGraph();
        assertSameDataset(dsg, back);
    }

    @Test
    void aSubjectSplitInTheInputIsMergedOnReading() {
        Node s = NodeFactory.createURI("https://example.org/s");
        Node p = NodeFactory.createURI("https://example.org/p");
        Node q = NodeFactory.createURI("https://example.org/q");
        Node other = NodeFactory.createURI("https://example.org/o");
        Iterator<Triple> scattered = List.of(Triple.create(s, p, other), Triple.create(other, p, s),
                Triple.create(s, q, other)).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLdStreamWriter w = new JsonLdStreamWriter(out)) {
            w.graph(NodeFactory.createURI("https://example.org/g"), scattered);
        }
        DatasetGraph back = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.JSONLD).toDatasetGraph();
        assertEquals(3, back.getGraph(NodeFactory.createURI("https://example.org/g")).size());
    }
}
