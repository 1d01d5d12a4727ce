package org.geokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.geokg.kg.Iris;




import org.junit.jupiter.api.Test;


class EventClustersIT extends SharedStoreFixture {
    private void put(Fixtures.Spec s) {
        store.put(Fixtures.article(s), Fixtures.doc(s));
    }

    private List<Quad> clusterQuads() {
        return Txn.calculateRead(store.dataset(), () -> EventClusters.clusterQuads(store.dataset()));
    }

    private Set<Node> clusters() {
        Set<Node> out = new HashSet<>();
        for (Quad q : clusterQuads()) {
            if (q.getObject().equals(KgTerms.EVENT_CLUSTER)) {
                out.add(q.getSubject());
            }
        }
        return out;
    }

    private long count(Node cluster, Node property) {
        return clusterQuads().stream().filter(q -> q.getSubject().equals(cluster) && q.getPredicate().equals(property))
                .count();
    }

    private static String mentionCount(List<Quad> quads, Node cluster) {
        return quads.stream().filter(q -> q.getSubject().equals(cluster) && q.getPredicate().equals(KgTerms.MENTION_COUNT))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse("none");
    }

    @Test
    void twoArticlesReportingTheSameEventFormOneCluster() {
        put(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("b", "2021-08-14", "036", "PRK", "RUS", "2021-08-14"));
        Set<Node> c = clusters();
        assertEquals(1, c.size());
        Node cluster = c.iterator().next();
        assertEquals("2", mentionCount(clusterQuads(), cluster));
        assertEquals(2, count(cluster, KgTerms.SUPPORTING_ARTICLE));
        assertEquals(2, count(cluster, KgTerms.CLUSTER_MEMBER));
    }

    @Test
    void oneArticleAloneIsNoCorroboration() {
        store.put(Fixtures.article(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12")),
                Fixtures.doc(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"), 3));
        assertEquals(0, clusters().size());
    }

    @Test
    void repeatedEventsInOneArticleDoNotInflateTheMentionCount() {
        Fixtures.Spec a = Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12");
        store.put(Fixtures.article(a), Fixtures.doc(a, 3));
        put(Fixtures.spec("b", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        Node cluster = clusters().iterator().next();
        assertEquals("2", mentionCount(clusterQuads(), cluster));
        assertEquals(4, count(cluster, KgTerms.CLUSTER_MEMBER));
    }

    @Test
    void theDirectionOfTheDyadDoesNotMatter() {
        put(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("b", "2021-08-12", "030", "RUS", "PRK", "2021-08-12"));
        assertEquals(1, clusters().size());
    }

    @Test
    void anotherCameoRootOrDyadIsAnotherEvent() {
        put(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("b", "2021-08-12", "112", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("c", "2021-08-12", "030", "PRK", "CHN", "2021-08-12"));
        assertEquals(0, clusters().size());
    }

    @Test
    void eventsFurtherApartThanTheWindowAreNotClustered() {
        put(Fixtures.spec("a", "2021-08-01", "030", "PRK", "RUS", "2021-08-01"));
        put(Fixtures.spec("b", "2021-08-09", "030", "PRK", "RUS", "2021-08-09"));
        assertEquals(0, clusters().size());
        put(Fixtures.spec("c", "2021-08-05", "030", "PRK", "RUS", "2021-08-05"));
        Set<Node> c = clusters();
        assertEquals(1, c.size());
        assertEquals("3", mentionCount(clusterQuads(), c.iterator().next()));
    }

    @Test
    void anEventWithoutDateUsesThePublishedDateOfItsArticle() {
        put(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", null));
        put(Fixtures.spec("b", "2021-08-13", "030", "PRK", "RUS", "2021-08-13"));
        assertEquals(1, clusters().size());
    }

    @Test
    void anEventWithoutAnyDateIsNeverClustered() {
        put(Fixtures.spec("a", null, "030", "PRK", "RUS", null));
        put(Fixtures.spec("b", "2021-08-13", "030", "PRK", "RUS", "2021-08-13"));
        assertEquals(0, clusters().size());
    }

    @Test
    void clustersAreTheSameWhateverTheIngestOrderAndOnReingest() {
        Fixtures.Spec a = Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12");
        Fixtures.Spec b = Fixtures.spec("b", "2021-08-14", "036", "RUS", "PRK", "2021-08-14");
        put(a);
        put(b);
        Set<Quad> first = new HashSet<>(clusterQuads());
        put(a);
        put(b);
        assertEquals(first, new HashSet<>(clusterQuads()));
        try (GeoKgStore other = GeoKgStore.open(tmp.resolve("other"))) {
            other.put(Fixtures.article(b), Fixtures.doc(b));
            other.put(Fixtures.article(a), Fixtures.doc(a));
            assertEquals(first, new HashSet<>(Txn.calculateRead(other.dataset(),
                    () -> EventClusters.clusterQuads(other.dataset()))));
        }
    }

    @Test
    void replacingOrRemovingAnArticleUpdatesItsClusters() {
        put(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("b", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("c", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        assertEquals("3", mentionCount(clusterQuads(), clusters().iterator().next()));
        put(Fixtures.spec("c", "2021-08-12", "112", "USA", "CHN", "2021-08-12"));
        assertEquals("2", mentionCount(clusterQuads(), clusters().iterator().next()));
        store.remove("b");
        assertEquals(0, clusters().size());
        assertTrue(clusterQuads().isEmpty());
    }

    @Test
    void theClusterNamesItsSupportingArticles() {
        put(Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        put(Fixtures.spec("b", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        Set<String> supporting = new HashSet<>();
        clusterQuads().stream().filter(q -> q.getPredicate().equals(KgTerms.SUPPORTING_ARTICLE))
                .forEach(q -> supporting.add(q.getObject().getURI()));
        assertEquals(Set.of(Iris.article("a").toString(), Iris.article("b").toString()), supporting);
    }

    @Test
    void aPersonCountsForTheStateItBelongsTo() {
        Fixtures.Spec a = Fixtures.spec("a", "2021-08-12", "030", "PRK", "RUS", "2021-08-12");
        store.put(Fixtures.article(a), Fixtures.docWithPersonSource(a));
        put(Fixtures.spec("b", "2021-08-12", "030", "PRK", "RUS", "2021-08-12"));
        assertEquals(1, clusters().size());
    }

    @Test
    void incrementalUpdatesEqualAFullRecompute() {
        String[] codes = {"030", "036", "042"};
        String[] isos = {"PRK", "RUS", "CHN"};
        Random random = new Random(7);
        for (int n = 0; n < 60; n++) {
            int i = random.nextInt(30);
            String src = isos[random.nextInt(3)];
            String tgt = isos[(Arrays.asList(isos).indexOf(src) + 1 + random.nextInt(2)) % 3];
            String day = String.format("2024-01-%02d", 1 + random.nextInt(25));
            put(Fixtures.spec("r" + i, day, codes[random.nextInt(3)], src, tgt, random.nextInt(4) == 0 ? null : day));
        }
        Set<Quad> incremental = new HashSet<>(clusterQuads());
        assertTrue(clusters().size() >= 3, "too few clusters to compare: " + clusters().size());
        Txn.executeWrite(store.dataset(), () -> new EventClusters(7).recomputeAll(store.dataset()));
        assertEquals(incremental, new HashSet<>(clusterQuads()));
    }
}
