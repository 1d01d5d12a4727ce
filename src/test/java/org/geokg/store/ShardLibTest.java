package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.geokg.sys.InputException;
import org.junit.jupiter.api.Test;

class ShardLibTest {
    private static final String EV = "https://geokg.example/id/event/";

    private static ShardLib.ClusterKey key(String event, String article, String key) {
        return new ShardLib.ClusterKey(EV + event, KgTerms.articleGraph(article).getURI(), key);
    }

    private static DatasetGraph parse(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        return dsg;
    }

    @Test
    void defaultWindowIsTheStoreDefault() {
        assertEquals(StoreSettings.DEFAULT.clusterWindowDays(), ShardLib.DEFAULT_WINDOW_DAYS);
    }

    @Test
    void twoArticlesWithinTheWindowMakeOneClusterWithTheirCount() {
        String nq = ShardLib.clusters(7, List.of(key("e1", "a1", "14|RUS|UKR|2023-01-05"),
                key("e2", "a2", "14|UKR|RUS|2023-01-09"), key("e3", "a2", "14|RUS|UKR|2023-01-10")));
        DatasetGraph dsg = parse(nq);
        List<Node> clusters = dsg.stream().filter(q -> q.getPredicate().equals(RDF.type.asNode())
                && q.getObject().equals(KgTerms.EVENT_CLUSTER)).map(q -> q.getSubject()).toList();
        assertEquals(1, clusters.size(), nq);
        assertTrue(clusters.get(0).getURI().startsWith(EventClusters.groupPrefix("14|RUS|UKR")), nq);
        assertTrue(clusters.get(0).getURI().endsWith("2023-01-05"), nq);
        assertEquals("2", dsg.find(KgTerms.CLUSTERS_GRAPH, clusters.get(0), KgTerms.MENTION_COUNT, Node.ANY).next()
                .getObject().getLiteralLexicalForm());
    }

    @Test
    void oneArticleAloneIsNoCluster() {
        assertEquals("", ShardLib.clusters(7, List.of(key("e1", "a1", "14|RUS|UKR|2023-01-05"),
                key("e2", "a1", "14|RUS|UKR|2023-01-06"))));
    }

    @Test
    void keysOfTwoGroupsAreRefused() {
        assertThrows(InputException.class, () -> ShardLib.clusters(7, List.of(key("e1", "a1", "14|RUS|UKR|2023-01-05"),
                key("e2", "a2", "04|RUS|UKR|2023-01-05"))));
    }

    @Test
    void aKeyThatIsNotOursIsRefused() {
        assertThrows(InputException.class, () -> key("e1", "a1", "no key").groupKey());
    }
}
