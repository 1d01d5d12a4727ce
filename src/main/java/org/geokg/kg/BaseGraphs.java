package org.geokg.kg;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.geokg.sys.ConfigException;
import org.geokg.sys.DataLib;
import org.geokg.sys.SysGeoKg;

/**
 * The shared graphs every geokg store holds besides the article graphs: the ontology
 * ({@code ontology/geokg.ttl}, graph {@link Iris#ONTOLOGY_GRAPH}), the CAMEO concept scheme
 * ({@code ontology/cameo.ttl}, {@link Iris#CAMEO_GRAPH}) and the countries
 * ({@link Iris#COUNTRIES_GRAPH}: built from {@code data/gazetteers/countries-wikidata.tsv}
 * with labels in en, id, ms, es, de and fr from the JDK's CLDR data, ISO codes and
 * owl:sameAs Wikidata).
 *
 * <pre>{@code
 * if (!BaseGraphs.version().equals(BaseGraphs.loadedVersion(dsg))) {
 *     BaseGraphs.loadInto(dsg);   // inside a write transaction
 * }
 * }</pre>
 *
 * The sources are read once; every accessor returns a fresh copy. Thread-safe.
 */
public final class BaseGraphs {
    /** Classpath path of the ontology. */
    public static final String ONTOLOGY = "ontology/geokg.ttl";
    /** Classpath path of the CAMEO scheme. */
    public static final String CAMEO = "ontology/cameo.ttl";
    /** Classpath path of the country table. */
    public static final String COUNTRIES = "data/gazetteers/countries-wikidata.tsv";
    /** Languages of the country labels taken from CLDR. */
    public static final List<String> LABEL_LANGUAGES = List.of("en", "id", "ms", "es", "de", "fr");

    private static final Node VERSION_SUBJECT = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
    private static final Node HAS_VERSION = Vocab.uri(Vocab.DCT, "hasVersion");

    private BaseGraphs() {
    }

    private static final class Holder {
        static final Graph ONTOLOGY_G = parse(ONTOLOGY);
        static final Graph CAMEO_G = parse(CAMEO);
        static final Set<String> CODES = Collections.unmodifiableSet(codes());
        static final Graph COUNTRIES_G = buildCountries();
        static final String VERSION = computeVersion();
    }

    /**
     * Replaces the ontology, CAMEO and countries graphs of {@code dsg} and records
     * {@link #version()} in the ontology graph. Call inside a write transaction when the
     * dataset is transactional. Other graphs are not touched.
     */
    public static void loadInto(DatasetGraph dsg) {
        replace(dsg, Iris.ONTOLOGY_GRAPH, ontology());
        dsg.add(NodeFactory.createURI(Iris.ONTOLOGY_GRAPH), VERSION_SUBJECT, HAS_VERSION,
                NodeFactory.createLiteralString(version()));
        replace(dsg, Iris.CAMEO_GRAPH, cameo());
        replace(dsg, Iris.COUNTRIES_GRAPH, countries());
    }

    /** The version recorded by {@link #loadInto} in {@code dsg}, or null when none (call inside a transaction). */
    public static String loadedVersion(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
        var it = dsg.find(g, VERSION_SUBJECT, HAS_VERSION, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /** A copy of the ontology graph. */
    public static Graph ontology() {
        return copy(Holder.ONTOLOGY_G);
    }

    /** A copy of the CAMEO concept scheme. */
    public static Graph cameo() {
        return copy(Holder.CAMEO_G);
    }

    /** A copy of the countries graph. */
    public static Graph countries() {
        return copy(Holder.COUNTRIES_G);
    }

    /** ISO alpha-3 codes of the countries graph (upper case). */
    public static Set<String> countryCodes() {
        return Holder.CODES;
    }

    /**
     * A hash (16 hex digits) of the three sources and the geokg version: when it differs from
     * {@link #loadedVersion}, the store should call {@link #loadInto} again.
     */
    public static String version() {
        return Holder.VERSION;
    }

    private static void replace(DatasetGraph dsg, String name, Graph g) {
        Node gn = NodeFactory.createURI(name);
        dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
        ExtendedIterator<Triple> it = g.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject());
            }
        } finally {
            it.close();
        }
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(c, g);
        c.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        return c;
    }

    private static Graph parse(String path) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.create().source(new StringReader(DataLib.text(path))).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new ConfigException("cannot parse " + path + ": " + e.getMessage(), e);
        }
        return g;
    }

    private static Set<String> codes() {
        Set<String> s = new LinkedHashSet<>();
        for (String[] r : DataLib.tsv(COUNTRIES, true)) {
            s.add(r[0].strip().toUpperCase(Locale.ROOT));
        }
        return s;
    }

    private static Graph buildCountries() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        int line = 1;
        for (String[] r : DataLib.tsv(COUNTRIES, true)) {
            line++;
            if (r.length < 4 || !Iris.isCountryCode(r[0])) {
                throw new ConfigException(COUNTRIES + " row " + line
                        + ": expected iso3, iso2, wikidata, name (tab-separated) with a 3-letter iso3");
            }
            String iso3 = r[0].strip().toUpperCase(Locale.ROOT);
            String iso2 = r[1].strip().toUpperCase(Locale.ROOT);
            String qid = r[2].strip();
            String name = r[3].strip();
            Node c = NodeFactory.createURI(Iris.country(iso3));
            g.add(c, Vocab.TYPE, GKG.Country.asNode());
            g.add(c, Vocab.TYPE, GKG.Actor.asNode());
            g.add(c, GKG.iso3.asNode(), NodeFactory.createLiteralString(iso3));
            if (!iso2.isEmpty()) {
                g.add(c, GKG.iso2.asNode(), NodeFactory.createLiteralString(iso2));
            }
            if (!qid.isEmpty()) {
                try {
                    g.add(c, Vocab.SAME_AS, NodeFactory.createURI(Iris.wikidata(qid)));
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(COUNTRIES + " row " + line + ": " + e.getMessage(), e);
                }
            }
            Set<String> labelled = new LinkedHashSet<>();
            label(g, c, name, "en", labelled);
            if (r.length > 4 && !r[4].isBlank() && !r[4].strip().equals(name)) {
                g.add(c, Vocab.ALT_LABEL, NodeFactory.createLiteralLang(r[4].strip(), "en"));
            }
            Locale region = region(iso2);
            for (String lang : LABEL_LANGUAGES) {
                if (region == null) {
                    break;
                }
                String shown = region.getDisplayCountry(Locale.forLanguageTag(lang));
                if (shown.isBlank() || shown.equalsIgnoreCase(iso2)) {
                    continue;
                }
                if (labelled.contains(lang)) {
                    if (!shown.equals(name)) {
                        g.add(c, Vocab.ALT_LABEL, NodeFactory.createLiteralLang(shown, lang));
                    }
                } else {
                    label(g, c, shown, lang, labelled);
                }
            }
        }
        return g;
    }

    private static void label(Graph g, Node c, String label, String lang, Set<String> labelled) {
        Node l = NodeFactory.createLiteralLang(label, lang);
        g.add(c, Vocab.LABEL, l);
        g.add(c, Vocab.PREF_LABEL, l);
        labelled.add(lang);
    }

    private static Locale region(String iso2) {
        if (iso2.length() != 2) {
            return null;
        }
        try {
            return new Locale.Builder().setRegion(iso2).build();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static String computeVersion() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {SysGeoKg.VERSION, DataLib.text(ONTOLOGY), DataLib.text(CAMEO),
                DataLib.text(COUNTRIES), String.join(",", LABEL_LANGUAGES)}) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
