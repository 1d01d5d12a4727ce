package org.geokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.kg.GKG;
import org.geokg.kg.Iris;
import org.geokg.sys.SysGeoKg;

/**
 * The one place where the store reads the vocabulary and IRIs of {@code org.geokg.kg}: graph
 * names, article IRIs and the terms the store writes or queries. Thread-safe (constants only).
 */
final class KgTerms {
    /** Graph holding store bookkeeping (version of the shared graphs). */
    static final Node META_GRAPH = NodeFactory.createURI(SysGeoKg.ID_BASE + "graph/meta");
    static final Node ONTOLOGY_GRAPH = uri(Iris.ONTOLOGY_GRAPH);
    static final Node CAMEO_GRAPH = uri(Iris.CAMEO_GRAPH);
    static final Node COUNTRIES_GRAPH = uri(Iris.COUNTRIES_GRAPH);
    static final Node CLUSTERS_GRAPH = uri(Iris.CLUSTERS_GRAPH);

    static final Node CONTENT_HASH = GKG.contentHash.asNode();
    static final Node EVENT_CLUSTER = GKG.EventCluster.asNode();
    static final Node CLUSTER_MEMBER = GKG.clusterMember.asNode();
    static final Node MENTION_COUNT = GKG.mentionCount.asNode();
    static final Node SUPPORTING_ARTICLE = GKG.supportingArticle.asNode();

    /** Prefix of cluster IRIs; the rest is a hash of the cluster's key. */
    static final String CLUSTER_BASE = SysGeoKg.ID_BASE + "cluster/";

    private KgTerms() {
    }

    /**
     * SELECT ?event ?article ?code ?role ?country ?date ?published over the article graphs:
     * one row per event participant; {@code ?role} is "s" (source) or "t" (target), {@code ?code}
     * the CAMEO code as text. {@code ?g} may be bound to one article graph; with {@code byRoot}
     * the query also filters on {@code ?root} (a CAMEO root, bound by the caller).
     */
    static String eventFactsQuery(boolean byRoot) {
        return """
                PREFIX gkg: <%s>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?event ?article ?code ?role ?country ?date ?published WHERE {
                  GRAPH ?g {
                    ?event a gkg:Event ; gkg:article ?article ; gkg:cameo ?code .
                    %s
                    OPTIONAL { ?event gkg:date ?date }
                    OPTIONAL { ?article dct:date ?published }
                    OPTIONAL {
                      { ?event gkg:source ?actor BIND("s" AS ?role) }
                      UNION
                      { ?event gkg:target ?actor BIND("t" AS ?role) }
                      ?actor gkg:country ?country
                    }
                  }
                }
                """.formatted(SysGeoKg.NS, byRoot ? "FILTER(STRSTARTS(STR(?code), ?root))" : "");
    }

    private static final String PREFIXES = "PREFIX gkg: <" + SysGeoKg.NS + ">\n"
            + "PREFIX dct: <http://purl.org/dc/terms/>\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

    /** Queries behind {@link Stats}: ?n counts, ?k keys. They run on the union default graph. */
    static final String STATS_ARTICLES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a gkg:Article }";
    static final String STATS_ARTICLES_BY_LANGUAGE = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?a) AS ?n) { ?a a gkg:Article OPTIONAL { ?a dct:language ?k } } GROUP BY ?k";
    static final String STATS_ENTITIES_BY_TYPE = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ?k } "
            + "FILTER(?k IN (gkg:Country, gkg:Person, gkg:Organization, gkg:Location, gkg:Region)) } GROUP BY ?k";
    static final String STATS_EVENTS_BY_ROOT = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { ?e a gkg:Event ; gkg:cameo ?c BIND(SUBSTR(STR(?c), 1, 2) AS ?k) }"
            + " GROUP BY ?k";
    static final String STATS_EVENTS_BY_QUAD = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { ?e a gkg:Event ; gkg:quadClass ?k } GROUP BY ?k";
    static final String STATS_CLAIMS = PREFIXES
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a gkg:Claim }";
    static final String STATS_QUANTITIES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?q) AS ?n) { ?q a gkg:Quantity }";
    static final String STATS_CLUSTERS = PREFIXES
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a gkg:EventCluster }";

    static Node articleGraph(String articleId) {
        return uri(Iris.articleGraph(articleId));
    }

    static Node article(String articleId) {
        return uri(Iris.article(articleId));
    }

    /** True for the graphs the store loads from {@code BaseGraphs}. */
    static boolean isBaseGraph(Node g) {
        return g.equals(ONTOLOGY_GRAPH) || g.equals(CAMEO_GRAPH) || g.equals(COUNTRIES_GRAPH);
    }

    private static Node uri(Object iri) {
        return NodeFactory.createURI(iri.toString());
    }
}
