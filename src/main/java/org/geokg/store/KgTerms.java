package org.geokg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.geokg.kg.GKG;
import org.geokg.kg.Iris;
import org.geokg.sys.SysGeoKg;

/**
 * The one place where the store reads the vocabulary and IRIs of {@code org.geokg.kg}: graph
 * names, article IRIs and the terms the store writes or queries. Thread-safe (constants only).
 */
final class KgTerms {
    static final Node ONTOLOGY_GRAPH = uri(Iris.ONTOLOGY_GRAPH);
    static final Node CAMEO_GRAPH = uri(Iris.CAMEO_GRAPH);
    static final Node COUNTRIES_GRAPH = uri(Iris.COUNTRIES_GRAPH);
    static final Node CLUSTERS_GRAPH = uri(Iris.CLUSTERS_GRAPH);

    static final Node CONTENT_HASH = GKG.contentHash.asNode();
    static final Node EVENT_CLUSTER = GKG.EventCluster.asNode();
    static final Node CLUSTER_MEMBER = GKG.clusterMember.asNode();
    static final Node MENTION_COUNT = GKG.mentionCount.asNode();
    static final Node SUPPORTING_ARTICLE = GKG.supportingArticle.asNode();
    static final Node CAMEO = GKG.cameo.asNode();
    static final Node CAMEO_CODE = GKG.cameoCode.asNode();
    static final Node SOURCE = GKG.source.asNode();
    static final Node TARGET = GKG.target.asNode();
    static final Node DATE = DCTerms.date.asNode();
    static final Node ISSUED = DCTerms.issued.asNode();
    static final Node EVENT = GKG.Event.asNode();
    static final Node NEWS_ARTICLE = NodeFactory.createURI("http://schema.org/NewsArticle");
    static final Node ISO3 = GKG.iso3.asNode();
    static final Node COUNTRY = GKG.country.asNode();
    static final Node CLUSTER_KEY = GKG.clusterKey.asNode();

    private static final String ARTICLE_GRAPH_BASE = Iris.GRAPH + "article/";
    private static final String ARTICLE_BASE = Iris.ID + "article/";

    /** Prefix of cluster IRIs; the rest is a hash of the cluster's group and its first day. */
    static final String CLUSTER_BASE = Iris.ID + "cluster/";

    private static final String PREFIXES = """
            PREFIX gkg: <%s>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            """.formatted(SysGeoKg.NS);

    /** A filter keeping ?g to article graphs (not the shared and clusters graphs). */
    private static final String NOT_BASE = "FILTER(?g NOT IN (<" + Iris.ONTOLOGY_GRAPH + ">, <" + Iris.CAMEO_GRAPH
            + ">, <" + Iris.COUNTRIES_GRAPH + ">, <" + Iris.CLUSTERS_GRAPH + ">))";

    /**
     * Queries behind {@link Stats}: ?n counts, ?k keys. None counts the store quad by quad:
     * articles and languages read one triple per article; events, claims and quantities sum
     * the counts each article carries (gkg:eventCount...); the breakdowns scan one predicate
     * (entities: rdf:type with a bound class; events: gkg:cameoCode, gkg:quadClass).
     */
    static final String STATS_ARTICLES = PREFIXES
            + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle } }";
    /** Articles per language; articles without one are the rest ("und"). */
    static final String STATS_ARTICLES_BY_LANGUAGE = PREFIXES
            + "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?g { ?a dct:language ?k } " + NOT_BASE + " } GROUP BY ?k";
    static final String STATS_ENTITIES_BY_TYPE = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { "
            + "VALUES ?k { gkg:Country foaf:Person org:Organization gkg:Location gkg:Region gkg:NamedEvent } "
            + "GRAPH ?g { ?e a ?k } " + NOT_BASE + " } GROUP BY ?k";
    /** Sums of the per-article counts, as ?n. */
    static final String STATS_EVENTS = countSum("eventCount");
    static final String STATS_CLAIMS = countSum("claimCount");
    static final String STATS_QUANTITIES = countSum("quantityCount");
    static final String STATS_EVENTS_BY_ROOT = PREFIXES
            + "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?g { ?e gkg:cameoCode ?c } " + NOT_BASE
            + " BIND(SUBSTR(STR(?c), 1, 2) AS ?k) } GROUP BY ?k";
    static final String STATS_EVENTS_BY_QUAD = PREFIXES
            + "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?g { ?e gkg:quadClass ?k } " + NOT_BASE + " } GROUP BY ?k";
    static final String STATS_CLUSTERS = PREFIXES
            + "SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.CLUSTERS_GRAPH + "> { ?c a gkg:EventCluster } }";

    private KgTerms() {
    }

    private static String countSum(String property) {
        return PREFIXES + "SELECT (SUM(?c) AS ?n) { GRAPH ?g { ?a gkg:" + property + " ?c } }";
    }

    static Node articleGraph(String articleId) {
        return uri(Iris.articleGraph(articleId));
    }

    /** True for the graph of an article ({@link #articleGraph}). */
    static boolean isArticleGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(ARTICLE_GRAPH_BASE);
    }

    /** The article whose graph is {@code g} (both IRIs end with the same hash of the article id). */
    static Node articleOfGraph(Node g) {
        return uri(ARTICLE_BASE + g.getURI().substring(ARTICLE_GRAPH_BASE.length()));
    }

    static Node article(String articleId) {
        return uri(Iris.article(articleId));
    }

    /** True for the graphs the store loads from {@code BaseGraphs}. */
    static boolean isBaseGraph(Node g) {
        return g.equals(ONTOLOGY_GRAPH) || g.equals(CAMEO_GRAPH) || g.equals(COUNTRIES_GRAPH);
    }

    static Node country(String iso3) {
        return uri(Iris.country(iso3));
    }

    static Node cameoConcept(String code) {
        return uri(Iris.cameo(code));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
