package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final Set<String> DECLARING_TYPES = Set.of(
            "http://www.w3.org/2002/07/owl#Class",
            "http://www.w3.org/2002/07/owl#ObjectProperty",
            "http://www.w3.org/2002/07/owl#DatatypeProperty",
            "http://www.w3.org/2002/07/owl#NamedIndividual",
            "http://www.w3.org/2004/02/skos/core#ConceptScheme",
            GKG.NS + "Modality");

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : GKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                String uri = ((Resource) f.get(null)).getURI();
                if (uri.startsWith(GKG.NS)) {
                    out.add(uri);
                }
            }
        }
        return out;
    }

    private static Set<String> declared() {
        Graph g = BaseGraphs.ontology();
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(GKG.NS)
                    && t.getObject().isURI() && DECLARING_TYPES.contains(t.getObject().getURI())) {
                out.add(t.getSubject().getURI());
            }
        });
        return out;
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Set<String> missing = constants();
        missing.removeAll(declared());
        assertEquals(Set.of(), missing, "GKG constants not declared in ontology/geokg.ttl");
    }

    @Test
    void everyDeclaredTermHasAConstant() throws IllegalAccessException {
        Set<String> missing = declared();
        missing.removeAll(constants());
        assertEquals(Set.of(), missing, "terms of ontology/geokg.ttl without a GKG constant");
    }

    @Test
    void everyTermUsedInTheGkgNamespaceIsDeclared() {
        Graph g = BaseGraphs.ontology();
        Set<String> used = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(GKG.NS)) {
                    used.add(n.getURI());
                }
            }
        });
        used.removeAll(declared());
        assertEquals(Set.of(), used, "terms used in geokg.ttl but not declared");
    }

    @Test
    void namespaceIsTheSystemNamespace() {
        assertEquals(org.geokg.sys.SysGeoKg.NS, GKG.NS);
        assertTrue(BaseGraphs.ontology().contains(GKG.ONTOLOGY.asNode(), Vocab.TYPE,
                NodeFactory.createURI("http://www.w3.org/2002/07/owl#Ontology")));
    }
}
