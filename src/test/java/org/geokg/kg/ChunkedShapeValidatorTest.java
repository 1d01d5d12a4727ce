package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.sys.ConfigException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The streamed, chunked validation finds exactly what validating the whole union finds. */
class ChunkedShapeValidatorTest {

    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    private static Node seedGraph() {
        return NodeFactory.createURI(Iris.articleGraph(KgFixtures.SEED_ID));
    }

    private static Node seedEvent() {
        return KgFixtures.eventIri(KgFixtures.SEED_ID, KgFixtures.SEED_TEXT,
                "Pyongyang berniat memperkuat kerja sama dengan Rusia", "030");
    }

    /** The fixture dataset (three articles, shared graphs, a cluster) with one defect each. */
    static Stream<Arguments> defects() {
        Node g = seedGraph();
        Node ev = seedEvent();
        Node clusters = NodeFactory.createURI(Iris.CLUSTERS_GRAPH);
        Node qat = NodeFactory.createURI(Iris.country("QAT"));
        return Stream.of(
                defect("no defect", d -> { }),
                defect("event without evidence", d -> d.deleteAny(g, ev, GKG.evidence.asNode(), Node.ANY)),
                defect("quad class 7", d -> {
                    d.deleteAny(g, ev, GKG.quadClass.asNode(), Node.ANY);
                    d.add(g, ev, GKG.quadClass.asNode(), NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
                }),
                defect("second cameo code in another graph", d -> d.add(NodeFactory.createURI("https://example.org/g2"),
                        ev, GKG.cameoCode.asNode(), NodeFactory.createLiteralString("0311"))),
                defect("a state typed as an outlet in one graph, labelled in the countries graph", d -> d.add(
                        g, qat, TYPE, GKG.NewsOutlet.asNode())),
                defect("cluster member that is no event", d -> d.add(clusters,
                        NodeFactory.createURI(Iris.ID + "cluster/x"), TYPE, GKG.EventCluster.asNode())),
                defect("cluster pointing to an article graph's event", d -> {
                    Node c = NodeFactory.createURI(Iris.ID + "cluster/y");
                    d.add(clusters, c, TYPE, GKG.EventCluster.asNode());
                    d.add(clusters, c, GKG.clusterMember.asNode(), ev);
                    d.add(clusters, c, GKG.clusterMember.asNode(), NodeFactory.createURI(Iris.ID + "event/none"));
                    d.add(clusters, c, GKG.mentionCount.asNode(),
                            NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
                }),
                defect("default graph triples", d -> {
                    d.add(Quad.defaultGraphIRI, ev, GKG.goldstein.asNode(),
                            NodeFactory.createLiteralDT("11.0", XSDDatatype.XSDdecimal));
                    d.add(Quad.defaultGraphIRI, NodeFactory.createURI("https://example.org/p"), TYPE,
                            NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person"));
                }),
                defect("a person with two names' datatypes across graphs", d -> {
                    Node p = NodeFactory.createURI(Iris.ID + "person/x/somebody");
                    d.add(g, p, TYPE, NodeFactory.createURI("http://xmlns.com/foaf/0.1/Person"));
                    for (int i = 0; i < 30; i++) {
                        d.add(NodeFactory.createURI("https://example.org/g" + i), p, LABEL,
                                NodeFactory.createLiteralLang("Name " + i, "en"));
                    }
                }));
    }

    private static Arguments defect(String label, Consumer<DatasetGraph> change) {
        return Arguments.of(Named.of(label, change));
    }

    private static Graph union(DatasetGraph dsg) {
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, dsg.getDefaultGraph());
        GraphUtil.addInto(data, dsg.getUnionGraph());
        return data;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void chunkedValidationFindsWhatWholeValidationFinds(Consumer<DatasetGraph> change) {
        DatasetGraph dsg = KgFixtures.dataset();
        change.accept(dsg);
        Shapes.Report whole = Shapes.validate(union(dsg));
        for (int chunk : new int[] {3, 60, Shapes.CHUNK_TRIPLES}) {
            Shapes.Report chunked = Shapes.validate(dsg, chunk);
            assertEquals(whole, chunked, "chunks of " + chunk + " triples");
        }
    }

    @Test
    void theCrossGraphDefectsAreFound() {
        DatasetGraph dsg = KgFixtures.dataset();
        Node qat = NodeFactory.createURI(Iris.country("QAT"));
        dsg.add(seedGraph(), qat, TYPE, GKG.NewsOutlet.asNode());
        Shapes.Report r = Shapes.validate(dsg, 5);
        assertFalse(r.conforms());
        assertTrue(r.text().contains("country:QAT rdfs:label: an organization has a name"), r.text());
        assertTrue(r.violations() >= 2, r.text());
    }

    @Test
    void shapesItCannotSplitAreRefusedWhenBuilt() {
        String ttl = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/S> a sh:NodeShape ; sh:targetNode <https://example.org/x> ;
                    sh:property [ sh:path <https://example.org/p> ; sh:minCount 1 ] .
                """;
        Graph sg = RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
        ConfigException e = assertThrows(ConfigException.class, () -> new ChunkedShapeValidator(sg,
                org.apache.jena.shacl.Shapes.parse(sg), GraphFactory.createDefaultGraph(), 10));
        assertTrue(e.getMessage().contains("targetNode"), e.getMessage());
    }

    @Test
    void valueShapesThatLookIntoTheValueAreRefused() {
        String ttl = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/S> a sh:NodeShape ; sh:targetClass <https://example.org/C> ;
                    sh:property [ sh:path <https://example.org/p> ;
                                  sh:node [ sh:property [ sh:path <https://example.org/q> ; sh:minCount 1 ] ] ] .
                """;
        Graph sg = RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
        assertThrows(ConfigException.class, () -> new ChunkedShapeValidator(sg,
                org.apache.jena.shacl.Shapes.parse(sg), GraphFactory.createDefaultGraph(), 10));
    }

    @Test
    void aSubjectLargerThanAChunkIsValidatedInSlices() {
        DatasetGraph dsg = KgFixtures.dataset();
        Graph data = union(dsg);
        ChunkedShapeValidator v = new ChunkedShapeValidator(Shapes.shapes(),
                org.apache.jena.shacl.Shapes.parse(Shapes.shapes()), data, 3);
        List<Node> subjects = data.find().mapWith(t -> t.getSubject()).toSet().stream().toList();
        for (Node s : subjects) {
            data.find(s, Node.ANY, Node.ANY).forEachRemaining(v::add);
        }
        Shapes.Report r = v.finish();
        assertEquals(Shapes.validate(data), r);
        assertTrue(v.units() > subjects.size() / 2, "units " + v.units());
    }
}
