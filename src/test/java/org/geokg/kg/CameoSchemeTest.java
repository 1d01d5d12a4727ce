package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

class CameoSchemeTest {
    private static final Graph SCHEME = BaseGraphs.cameo();

    private static Node concept(String code) {
        return NodeFactory.createURI(Iris.cameo(code));
    }

    private static List<Node> objects(Node s, Node p) {
        return SCHEME.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    @Test
    void committedFileMatchesTheGenerator() {
        assertTrue(IsoMatcher.isomorphic(CameoSchemeGenerator.generate(), SCHEME),
                "ontology/cameo.ttl is stale: run org.geokg.kg.CameoSchemeGenerator and commit the output");
    }

    @Test
    void schemeHas316Concepts() {
        assertEquals(316, SCHEME.find(Node.ANY, Vocab.TYPE, Vocab.SKOS_CONCEPT).toList().size());
    }

    @Test
    void twentyRootsAreTopConcepts() {
        List<Node> tops = objects(NodeFactory.createURI(Iris.CAMEO_SCHEME), Vocab.HAS_TOP_CONCEPT);
        assertEquals(20, tops.size());
        assertTrue(tops.contains(concept("08")));
        assertEquals(List.of(NodeFactory.createURI(Iris.CAMEO_SCHEME)), objects(concept("08"), Vocab.TOP_CONCEPT_OF));
    }

    @Test
    void broaderChainLeadsFromFourDigitCodeToRoot() {
        assertEquals(List.of(concept("087")), objects(concept("0871"), Vocab.BROADER));
        assertEquals(List.of(concept("08")), objects(concept("087"), Vocab.BROADER));
        assertEquals(List.of(), objects(concept("08"), Vocab.BROADER));
    }

    @Test
    void leadingZerosStayInTheNotation() {
        assertEquals(List.of(NodeFactory.createLiteralString("010")), objects(concept("010"), Vocab.NOTATION));
    }

    @Test
    void conceptCarriesQuadGoldsteinAndPlover() {
        Node c = concept("062");
        assertEquals("2", objects(c, GKG.quadClass.asNode()).get(0).getLiteralLexicalForm());
        assertEquals("7.4", objects(c, GKG.goldstein.asNode()).get(0).getLiteralLexicalForm());
        assertEquals("COOPERATE", objects(c, GKG.ploverType.asNode()).get(0).getLiteralLexicalForm());
        assertEquals(NodeFactory.createLiteralLang("Cooperate militarily", "en"), objects(c, Vocab.PREF_LABEL).get(0));
    }
}
