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

    /**
     * SELECT ?event ?article ?code ?role ?country ?date ?published over the article graphs:
     * one row per event participant; {@code ?role} is "s" (source) or "t" (target), {@code ?code}
     * the CAMEO code, {@code ?country} the ISO code of a state ({@code gkg:iso3}) or the country
     * IRI an actor belongs to ({@code gkg:country}). {@code ?g} may be bound to one article
     * graph. With {@code byGroup} the query keeps only events with a CAMEO code starting with
     * {@code ?root} and a participant of country {@code ?iso0} (a literal) / {@code ?country0}
     * (the same country's IRI), so updating one group reads only that group's candidates.
     */
    static String eventFactsQuery(boolean byGroup) {
        String group = !byGroup ? "" : """
                    { ?x0 gkg:iso3 ?iso0 } UNION { ?x0 gkg:country ?country0 }
                    ?event gkg:source|gkg:target ?x0 .
                """;
        return PREFIXES + """
                SELECT DISTINCT ?event ?article ?code ?role ?country ?date ?published WHERE {
                  GRAPH ?g {
                %s
                    ?event a gkg:Event ; gkg:cameoCode ?code .
                    %s
                    ?article a schema:NewsArticle .
                    OPTIONAL { ?event dct:date ?date }
                    OPTIONAL { ?article dct:issued ?published }
                    OPTIONAL {
                      { ?event gkg:source ?actor BIND("s" AS ?role) }
                      UNION
                      { ?event gkg:target ?actor BIND("t" AS ?role) }
                      OPTIONAL { ?actor gkg:iso3 ?iso }
                      OPTIONAL { ?actor gkg:country ?belongs }
                      BIND(COALESCE(?iso, ?belongs) AS ?country)
                    }
                  }
                }
                """.formatted(group, byGroup ? "FILTER(STRSTARTS(STR(?code), ?root))" : "");
    }

    private static String countSum(String property) {
        return PREFIXES + "SELECT (SUM(?c) AS ?n) { GRAPH ?g { ?a gkg:" + property + " ?c } }";
    }

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
