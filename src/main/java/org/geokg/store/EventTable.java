package org.geokg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.kg.GKG;
import org.geokg.kg.Iris;

/**
 * The events of the store as one table, one row per event, in the columns and code conventions
 * of GDELT 2.0's event table ({@link #GDELT_COLUMNS}, in GDELT's order) followed by geokg's own
 * ({@link #GEOKG_COLUMNS}); every column is documented in the README ("Events as CSV"). The
 * saved query {@code queries/events-table.rq} gives the same rows from the SPARQL endpoint
 * (EventTableIT checks it).
 *
 * <pre>{@code
 * Txn.executeRead(dsg, () -> new EventTable(dsg).writeCsv(null, writer));
 * }</pre>
 *
 * <p>Streaming: the article graphs are read one at a time and each event's details are index
 * look-ups, so memory does not grow with the store. Rows come article by article (in the
 * store's order of graphs), within an article by evidence offset. Call inside a read
 * transaction. Not thread-safe (use one per thread; the dataset may be shared).
 */
final class EventTable {
    /** The columns shared with GDELT 2.0's event table, in its order. */
    static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** geokg's own columns, after the GDELT ones. */
    static final List<String> GEOKG_COLUMNS = List.of("EventIRI", "EventDate", "Modality", "PloverType",
            "Confidence", "EvidenceText", "EvidenceStart", "EvidenceEnd", "ArticleIRI", "Language",
            "Actor1IRI", "Actor1Count", "Actor2IRI", "Actor2Count", "ClusterIRI", "MentionCount");

    /** Every column, in order: the CSV header and the variables of queries/events-table.rq. */
    static final List<String> COLUMNS = concat(GDELT_COLUMNS, GEOKG_COLUMNS);

    private static final String COUNTRY_BASE = Iris.ID + "country/";
    private static final String EVENT_BASE = Iris.ID + "event/";
    private static final Pattern ID_HEX = Pattern.compile("[0-9a-f]{13}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}.*");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}.*");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}.*");

    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final Node OA_HAS_SELECTOR = NodeFactory.createURI(OA + "hasSelector");
    private static final Node OA_EXACT = NodeFactory.createURI(OA + "exact");
    private static final Node OA_START = NodeFactory.createURI(OA + "start");
    private static final Node OA_END = NodeFactory.createURI(OA + "end");
    private static final Node SCHEMA_URL = NodeFactory.createURI("http://schema.org/url");
    private static final Node EVIDENCE = GKG.evidence.asNode();
    private static final Node LOCATION = GKG.location.asNode();
    private static final Node SECTOR = GKG.sector.asNode();
    private static final Node MODALITY = GKG.modality.asNode();
    private static final Node PLOVER = GKG.ploverType.asNode();
    private static final Node CONFIDENCE = GKG.confidence.asNode();
    private static final Node QUAD_CLASS = GKG.quadClass.asNode();
    private static final Node GOLDSTEIN = GKG.goldstein.asNode();
    private static final Node LANGUAGE = DCTerms.language.asNode();
    private static final Node PUBLISHER = DCTerms.publisher.asNode();

    /** How many clusters' counts are kept: the events of a cluster are spread over many articles. */
    private static final int CLUSTER_CACHE = 10_000;

    private final DatasetGraph dsg;
    /** Counts of recently seen clusters (least recently used dropped): bounded memory. */
    private final Map<Node, ClusterFacts> clusterFacts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, ClusterFacts> eldest) {
            return size() > CLUSTER_CACHE;
        }
    };

    EventTable(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** A cluster's member events, distinct outlets, supporting articles and stored mention count. */
    private record ClusterFacts(int members, int outlets, int articles, String mentionCount) {
    }

    private ClusterFacts clusterFacts(Node cluster) {
        Set<Node> members = new TreeSet<>(nodeOrder());
        Set<Node> articles = new TreeSet<>(nodeOrder());
        Iter.forEach(dsg.find(KgTerms.CLUSTERS_GRAPH, cluster, KgTerms.CLUSTER_MEMBER, Node.ANY),
                q -> members.add(q.getObject()));
        Iter.forEach(dsg.find(KgTerms.CLUSTERS_GRAPH, cluster, KgTerms.SUPPORTING_ARTICLE, Node.ANY),
                q -> articles.add(q.getObject()));
        Set<Node> outlets = new TreeSet<>(nodeOrder());
        for (Node art : articles) {
            List<Node> pubs = objects(art, PUBLISHER);
            outlets.addAll(pubs.isEmpty() ? List.of(art) : pubs);
        }
        return new ClusterFacts(members.size(), outlets.size(), articles.size(),
                nz(lex(one(cluster, KgTerms.MENTION_COUNT))));
    }

    /**
     * Writes the header and one CSV row per event (RFC 4180: CRLF line ends, fields with a
     * comma, quote, CR or LF quoted, quotes doubled) of every article graph, or of the article
     * graph {@code graph} only (null for all). Returns the number of rows.
     */
    long writeCsv(Node graph, Writer out) {
        try {
            writeCsvRow(COLUMNS, out);
            long n = 0;
            Iterator<Node> graphs = graph != null ? List.of(graph).iterator() : dsg.listGraphNodes();
            while (graphs.hasNext()) {
                Node g = graphs.next();
                if (!KgTerms.isArticleGraph(g)) {
                    continue;
                }
                for (List<String> row : rowsOfGraph(g)) {
                    writeCsvRow(row, out);
                    n++;
                }
            }
            out.flush();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line (RFC 4180) ending in CRLF. */
    static void writeCsvRow(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds , " CR or LF. */
    static String csvField(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** The rows of one article graph's events, ordered by evidence start, then event IRI. */
    List<List<String>> rowsOfGraph(Node g) {
        Node article = KgTerms.articleOfGraph(g);
        List<Node> events = new ArrayList<>();
        Iter.forEach(dsg.find(g, Node.ANY, RDF.type.asNode(), KgTerms.EVENT), q -> events.add(q.getSubject()));
        List<Ev> evs = new ArrayList<>();
        for (Node e : events) {
            evs.add(new Ev(e, evidenceOf(e)));
        }
        evs.sort(Comparator.comparingLong((Ev x) -> x.start == null ? Long.MAX_VALUE : x.start)
                .thenComparing(x -> x.event.getURI()));
        Long first = null;
        for (Ev x : evs) {
            if (x.start != null && (first == null || x.start < first)) {
                first = x.start;
            }
        }
        ArticleFacts facts = new ArticleFacts(article);
        List<List<String>> rows = new ArrayList<>(evs.size());
        for (Ev x : evs) {
            rows.add(row(x, facts, first));
        }
        return rows;
    }

    private static Comparator<Node> nodeOrder() {
        return Comparator.comparing(Node::toString);
    }

    /** An event with its evidence (selector values), read once. */
    private final class Ev {
        final Node event;
        final String text;
        final Long start;
        final Long end;

        Ev(Node event, Node evidence) {
            this.event = event;
            String t = null;
            Long s = null;
            Long e = null;
            if (evidence != null) {
                for (Node sel : objects(evidence, OA_HAS_SELECTOR)) {
                    t = t == null ? lex(one(sel, OA_EXACT)) : t;
                    s = s == null ? number(one(sel, OA_START)) : s;
                    e = e == null ? number(one(sel, OA_END)) : e;
                }
            }
            this.text = t;
            this.start = s;
            this.end = e;
        }
    }

    /** What the rows of one article share. */
    private final class ArticleFacts {
        final Node article;
        final String issued;
        final String language;
        final String url;

        ArticleFacts(Node article) {
            this.article = article;
            this.issued = lex(one(article, DCTerms.issued.asNode()));
            this.language = lex(one(article, LANGUAGE));
            this.url = lex(one(article, SCHEMA_URL));
        }
    }

    private Node evidenceOf(Node e) {
        return one(e, EVIDENCE);
    }

    private List<String> row(Ev x, ArticleFacts a, Long firstStart) {
        Node e = x.event;
        List<String> r = new ArrayList<>(COLUMNS.size());
        String eventDate = lex(one(e, DCTerms.date.asNode()));
        String date = eventDate != null ? eventDate : a.issued;

        // ids and dates
        r.add(globalEventId(e));
        r.add(date != null && DAY.matcher(date).matches()
                ? date.substring(0, 4) + date.substring(5, 7) + date.substring(8, 10) : "");
        r.add(date != null && MONTH.matcher(date).matches() ? date.substring(0, 4) + date.substring(5, 7) : "");
        r.add(date != null && YEAR.matcher(date).matches() ? date.substring(0, 4) : "");
        r.add(fractionDate(date));

        // actors
        Set<String> sources = iris(objects(e, KgTerms.SOURCE));
        Set<String> targets = iris(objects(e, KgTerms.TARGET));
        Node a1 = sources.isEmpty() ? null : NodeFactory.createURI(sources.iterator().next());
        Node a2 = targets.isEmpty() ? null : NodeFactory.createURI(targets.iterator().next());
        actorColumns(a1, r);
        actorColumns(a2, r);

        // the action
        String code = nz(lex(one(e, KgTerms.CAMEO_CODE)));
        r.add(x.start == null ? "" : x.start.equals(firstStart) ? "1" : "0");
        r.add(code);
        r.add(code.length() > 3 ? code.substring(0, 3) : code);
        r.add(code.length() > 2 ? code.substring(0, 2) : code);
        r.add(nz(lex(one(e, QUAD_CLASS))));
        r.add(nz(lex(one(e, GOLDSTEIN))));

        // corroboration
        Node cluster = clusterOf(e);
        ClusterFacts cf = cluster == null ? null : clusterFacts.computeIfAbsent(cluster, this::clusterFacts);
        r.add(cf == null ? "1" : Integer.toString(cf.members()));
        r.add(cf == null ? "1" : Integer.toString(cf.outlets()));
        r.add(cf == null ? "1" : Integer.toString(cf.articles()));
        r.add(""); // AvgTone

        // places: geokg locates the action, not the actors
        for (int i = 0; i < 16; i++) {
            r.add("");
        }
        Set<String> locations = iris(objects(e, LOCATION));
        Node loc = locations.isEmpty() ? null : NodeFactory.createURI(locations.iterator().next());
        r.add(loc == null ? "" : loc.getURI().startsWith(COUNTRY_BASE) ? "1" : "");
        r.add(loc == null ? "" : name(loc));
        r.add(loc == null ? "" : countryCode(loc));
        for (int i = 0; i < 5; i++) {
            r.add("");
        }
        r.add(""); // DATEADDED
        r.add(nz(a.url));

        // geokg's own
        r.add(e.getURI());
        r.add(nz(eventDate));
        Node modality = one(e, MODALITY);
        r.add(modality == null ? "" : nz(lex(one(modality, SKOS.notation.asNode()))));
        r.add(nz(lex(one(e, PLOVER))));
        r.add(nz(lex(one(e, CONFIDENCE))));
        r.add(nz(x.text));
        r.add(x.start == null ? "" : Long.toString(x.start));
        r.add(x.end == null ? "" : Long.toString(x.end));
        r.add(a.article.getURI());
        r.add(nz(a.language));
        r.add(a1 == null ? "" : a1.getURI());
        r.add(Integer.toString(sources.size()));
        r.add(a2 == null ? "" : a2.getURI());
        r.add(Integer.toString(targets.size()));
        r.add(cluster == null ? "" : cluster.getURI());
        r.add(cf == null ? "" : cf.mentionCount());
        return r;
    }

    /** Code, name, country, 6 empty codes, type 1, 2 empty types: the 10 columns of one actor. */
    private void actorColumns(Node a, List<String> r) {
        if (a == null) {
            for (int i = 0; i < 10; i++) {
                r.add("");
            }
            return;
        }
        String country = countryCode(a);
        String sector = nz(lex(one(a, SECTOR)));
        r.add(country + sector);
        r.add(name(a));
        r.add(country);
        for (int i = 0; i < 4; i++) {
            r.add(""); // known group, ethnic, religion 1 and 2
        }
        r.add(sector);
        r.add("");
        r.add("");
    }

    /** A state's ISO code (from its IRI), else the code of the state it belongs to, else "". */
    private String countryCode(Node a) {
        if (a.getURI().startsWith(COUNTRY_BASE)) {
            return a.getURI().substring(COUNTRY_BASE.length());
        }
        Node c = one(a, KgTerms.COUNTRY);
        return c != null && c.isURI() && c.getURI().startsWith(COUNTRY_BASE)
                ? c.getURI().substring(COUNTRY_BASE.length()) : "";
    }

    /** The English label (the least, when several), else the least label without a language. */
    private String name(Node a) {
        String en = null;
        String plain = null;
        for (Node l : objects(a, RDFS.label.asNode())) {
            if (!l.isLiteral()) {
                continue;
            }
            String lang = l.getLiteralLanguage();
            String s = l.getLiteralLexicalForm();
            if (lang.equalsIgnoreCase("en") && (en == null || s.compareTo(en) < 0)) {
                en = s;
            } else if (lang.isEmpty() && (plain == null || s.compareTo(plain) < 0)) {
                plain = s;
            }
        }
        return en != null ? en : nz(plain);
    }

    private Node clusterOf(Node e) {
        Iterator<Quad> it = dsg.find(KgTerms.CLUSTERS_GRAPH, Node.ANY, KgTerms.CLUSTER_MEMBER, e);
        try {
            Node least = null;
            while (it.hasNext()) {
                Node c = it.next().getSubject();
                if (least == null || c.getURI().compareTo(least.getURI()) < 0) {
                    least = c;
                }
            }
            return least;
        } finally {
            Iter.close(it);
        }
    }

    /**
     * GLOBALEVENTID: the first 13 hex digits (52 bits) of the event IRI's hash as a decimal number
     * (exact in a double, as R, JavaScript and spreadsheets read numbers).
     */
    static String globalEventId(Node e) {
        String iri = e.getURI();
        if (!iri.startsWith(EVENT_BASE) || iri.length() < EVENT_BASE.length() + 13) {
            return "";
        }
        String h = iri.substring(EVENT_BASE.length(), EVENT_BASE.length() + 13);
        return ID_HEX.matcher(h).matches() ? Long.toString(Long.parseLong(h, 16)) : "";
    }

    /**
     * GDELT's FractionDate as its files have it: the year plus the day of the year / 365, with
     * four decimals ("" unless the date has a day).
     */
    static String fractionDate(String date) {
        if (date == null || !DAY.matcher(date).matches()) {
            return "";
        }
        LocalDate d;
        try {
            d = LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException x) {
            return "";
        }
        long f = Math.round(d.getDayOfYear() * 10000.0 / 365);
        long year = d.getYear() + f / 10000;
        return year + "." + String.format(Locale.ROOT, "%04d", f % 10000);
    }

    // ------------------------------------------------------------------ look-ups (union of graphs)

    /** The distinct objects of (s, p) in any graph, in a stable order. */
    private List<Node> objects(Node s, Node p) {
        Set<Node> out = new TreeSet<>(nodeOrder());
        Iter.forEach(dsg.find(Node.ANY, s, p, Node.ANY), q -> out.add(q.getObject()));
        return new ArrayList<>(out);
    }

    /** The least object (by lexical form or IRI) of (s, p) in any graph, or null. */
    private Node one(Node s, Node p) {
        Node least = null;
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (least == null || key(o).compareTo(key(least)) < 0) {
                    least = o;
                }
            }
        } finally {
            Iter.close(it);
        }
        return least;
    }

    private static String key(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    private static Set<String> iris(List<Node> nodes) {
        Set<String> out = new TreeSet<>();
        for (Node n : nodes) {
            if (n.isURI()) {
                out.add(n.getURI());
            }
        }
        return out;
    }

    private static String lex(Node n) {
        return n == null ? null : key(n);
    }

    private static Long number(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return Long.parseLong(n.getLiteralLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
