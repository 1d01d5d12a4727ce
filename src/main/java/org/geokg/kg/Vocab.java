package org.geokg.kg;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** Terms reused from other vocabularies, as nodes, and the prefixes geokg writes. Thread-safe. */
final class Vocab {
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String OWL = "http://www.w3.org/2002/07/owl#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String SCHEMA = "http://schema.org/";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    static final String SH = "http://www.w3.org/ns/shacl#";

    static final Node TYPE = uri(RDF, "type");
    static final Node VALUE = uri(RDF, "value");
    static final Node LABEL = uri(RDFS, "label");
    static final Node SAME_AS = uri(OWL, "sameAs");
    static final Node SKOS_CONCEPT = uri(SKOS, "Concept");
    static final Node SKOS_SCHEME = uri(SKOS, "ConceptScheme");
    static final Node PREF_LABEL = uri(SKOS, "prefLabel");
    static final Node ALT_LABEL = uri(SKOS, "altLabel");
    static final Node NOTATION = uri(SKOS, "notation");
    static final Node BROADER = uri(SKOS, "broader");
    static final Node IN_SCHEME = uri(SKOS, "inScheme");
    static final Node TOP_CONCEPT_OF = uri(SKOS, "topConceptOf");
    static final Node HAS_TOP_CONCEPT = uri(SKOS, "hasTopConcept");
    static final Node DCT_TITLE = uri(DCT, "title");
    static final Node DCT_LANGUAGE = uri(DCT, "language");
    static final Node DCT_PUBLISHER = uri(DCT, "publisher");
    static final Node DCT_ISSUED = uri(DCT, "issued");
    static final Node DCT_DATE = uri(DCT, "date");
    static final Node DCT_IDENTIFIER = uri(DCT, "identifier");
    static final Node DCT_SOURCE = uri(DCT, "source");
    static final Node PROV_ENTITY = uri(PROV, "Entity");
    static final Node PROV_ACTIVITY = uri(PROV, "Activity");
    static final Node PROV_SOFTWARE_AGENT = uri(PROV, "SoftwareAgent");
    static final Node PROV_USED = uri(PROV, "used");
    static final Node PROV_GENERATED_BY = uri(PROV, "wasGeneratedBy");
    static final Node PROV_ASSOCIATED_WITH = uri(PROV, "wasAssociatedWith");
    static final Node ORG_ORGANIZATION = uri(ORG, "Organization");
    static final Node ORG_MEMBER_OF = uri(ORG, "memberOf");
    static final Node FOAF_PERSON = uri(FOAF, "Person");
    static final Node OA_SPECIFIC_RESOURCE = uri(OA, "SpecificResource");
    static final Node OA_POSITION_SELECTOR = uri(OA, "TextPositionSelector");
    static final Node OA_QUOTE_SELECTOR = uri(OA, "TextQuoteSelector");
    static final Node OA_HAS_SOURCE = uri(OA, "hasSource");
    static final Node OA_HAS_SELECTOR = uri(OA, "hasSelector");
    static final Node OA_START = uri(OA, "start");
    static final Node OA_END = uri(OA, "end");
    static final Node OA_EXACT = uri(OA, "exact");
    static final Node SCHEMA_NEWS_ARTICLE = uri(SCHEMA, "NewsArticle");
    static final Node SCHEMA_URL = uri(SCHEMA, "url");
    static final Node SCHEMA_ARTICLE_BODY = uri(SCHEMA, "articleBody");
    static final Node SCHEMA_NAME = uri(SCHEMA, "name");
    static final Node SCHEMA_SOFTWARE_VERSION = uri(SCHEMA, "softwareVersion");

    private Vocab() {
    }

    static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    /** The prefixes used in geokg's files and query results. */
    static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("gkg", GKG.NS);
        pm.setNsPrefix("rdf", RDF);
        pm.setNsPrefix("rdfs", RDFS);
        pm.setNsPrefix("owl", OWL);
        pm.setNsPrefix("xsd", XSD);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("dcterms", DCT);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("foaf", FOAF);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("wd", Iris.WIKIDATA);
        pm.setNsPrefix("cameo", Iris.CAMEO_SCHEME + "/");
        pm.setNsPrefix("country", Iris.ID + "country/");
        return pm.lock();
    }
}
