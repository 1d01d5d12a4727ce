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

    private static final String ARTICLE_GRAPH_BASE = Iris.articleGraph("x").substring(0,
            Iris.articleGraph("x").lastIndexOf('/') + 1);
    private static final String ARTICLE_BASE = Iris.article("x").substring(0, Iris.article("x").lastIndexOf('/') + 1);

    /** Prefix of cluster IRIs; the rest is a hash of the cluster's group and its first day. */
    static final String CLUSTER_BASE = Iris.ID + "cluster/";

    private static final String PREFIXES = """
            PREFIX gkg: <%s>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX schema: <http://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            """.formatted(SysGeoKg.NS);

    /** Queries behind {@link Stats}: ?n counts, ?k keys. */
    static final String STATS_ARTICLES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle } }";
    static final String STATS_ARTICLES_BY_LANGUAGE = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle "
            + "OPTIONAL { ?a dct:language ?lang } } BIND(COALESCE(?lang, \"und\") AS ?k) } GROUP BY ?k";
    static final String STATS_ENTITIES_BY_TYPE = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ?k } FILTER(?g != <" + Iris.ONTOLOGY_GRAPH
            + "> && ?g != <" + Iris.COUNTRIES_GRAPH + "> && ?g != <" + Iris.CAMEO_GRAPH + ">) "
            + "FILTER(?k IN (gkg:Country, foaf:Person, org:Organization, gkg:Location, gkg:Region, gkg:NamedEvent)) }"
            + " GROUP BY ?k";
    static final String STATS_EVENTS_BY_ROOT = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a gkg:Event ; gkg:cameoCode ?c } "
            + "BIND(SUBSTR(STR(?c), 1, 2) AS ?k) } GROUP BY ?k";
    static final String STATS_EVENTS_BY_QUAD = PREFIXES
            + "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a gkg:Event ; gkg:quadClass ?k } } GROUP BY ?k";
    static final String STATS_CLAIMS = PREFIXES
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?c a gkg:Claim } }";
    static final String STATS_QUANTITIES = PREFIXES
            + "SELECT (COUNT(DISTINCT ?q) AS ?n) { GRAPH ?g { ?q a gkg:Quantity } }";
    static final String STATS_CLUSTERS = PREFIXES
            + "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH <" + Iris.CLUSTERS_GRAPH + "> { ?c a gkg:EventCluster } }";

    private KgTerms() {
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
