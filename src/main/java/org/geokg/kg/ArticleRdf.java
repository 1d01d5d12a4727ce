package org.geokg.kg;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.Evidence;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.ExtractionJson;
import org.geokg.kg.model.Mention;
import org.geokg.kg.model.Modality;
import org.geokg.kg.model.Quantity;
import org.geokg.sys.InputException;
import org.geokg.sys.SysGeoKg;

/**
 * Turns one article and its extraction document into RDF quads, all in the article's named
 * graph {@link Iris#articleGraph}. The model is described in {@code ontology/README.md}:
 * the article (schema:NewsArticle, with publisher, credited outlets and primary sources),
 * its actors and places, CAMEO events, claims and quantities, each fact with
 * {@code gkg:evidence} (exact text and offsets) and {@code prov:wasGeneratedBy} the extraction.
 *
 * <pre>{@code
 * ArticleRdf.write(article, doc, ArticleRdf.contentHash(article, doc), stream);
 * DatasetGraph dsg = ArticleRdf.toDataset(article, doc, null);
 * }</pre>
 *
 * A document whose refs do not resolve (an event source that names no entity), or whose
 * dates, codes or modalities are malformed, is rejected with an {@link InputException}
 * naming the article and the item. Stateless and thread-safe.
 */
public final class ArticleRdf {
    /**
     * Version of the RDF this class writes for an article, part of {@link #contentHash}: raising
     * it makes the next ingest rewrite every stored article once (2: the per-article counts
     * gkg:entityCount, gkg:eventCount, gkg:claimCount, gkg:quantityCount; 3: the article's
     * text as schema:articleBody).
     */
    static final String RDF_MODEL = "3";

    private ArticleRdf() {
    }

    /**
     * Writes the quads of one article to {@code out}. Does not call {@code start()} or
     * {@code finish()}: the caller owns the stream.
     *
     * @param contentHash stored as gkg:contentHash on the article, or null for none
     */
    public static void write(Article article, ExtractionDocument doc, String contentHash, StreamRDF out) {
        new Writer(article, doc, out).write(contentHash);
    }

    /** The article's quads in a new in-memory dataset. */
    public static DatasetGraph toDataset(Article article, ExtractionDocument doc, String contentHash) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF s = StreamRDFLib.dataset(dsg);
        s.start();
        write(article, doc, contentHash, s);
        s.finish();
        return dsg;
    }

    /**
     * A hash of everything the article's graph is made from: the text, the article metadata,
     * the extraction document, the geokg version and {@link #RDF_MODEL} (hex SHA-256).
     */
    public static String contentHash(Article article, ExtractionDocument doc) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {SysGeoKg.VERSION, RDF_MODEL, article.id(), article.file(), article.url(),
                article.title(), article.published(), article.language(), article.publisher(), article.text(),
                ExtractionJson.toJson(doc, false)}) {
                md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    /** Walks the document once; not shared between threads. */
    private static final class Writer {
        private final Article article;
        private final ExtractionDocument doc;
        private final StreamRDF out;
        private final String id;
        private final Node graph;
        private final Node articleNode;
        private final Node activity;
        private final Map<String, Node> entityNodes = new HashMap<>();
        private final Map<String, Node> eventNodes = new HashMap<>();
        private final Set<Node> written = new HashSet<>();
        private final Set<Node> claims = new HashSet<>();
        private final Set<Node> quantities = new HashSet<>();

        Writer(Article article, ExtractionDocument doc, StreamRDF out) {
            this.article = article;
            this.doc = doc;
            this.out = out;
            this.id = article.id();
            this.graph = uri(Iris.articleGraph(id));
            this.articleNode = uri(Iris.article(id));
            this.activity = uri(Iris.extraction(id));
        }

        void write(String contentHash) {
            for (Entity e : doc.entities()) {
                entityNodes.put(e.ref(), entityNode(e));
            }
            writeArticle(contentHash);
            for (Entity e : doc.entities()) {
                writeEntity(e);
            }
            Set<String> eventIris = new HashSet<>();
            for (Event e : doc.events()) {
                Node n = eventNode(e, eventIris);
                eventNodes.put(e.ref(), n);
            }
            for (Event e : doc.events()) {
                writeEvent(e);
            }
            for (Claim c : doc.claims()) {
                writeClaim(c);
            }
            for (Quantity q : doc.quantities()) {
                writeQuantity(q);
            }
            writeCounts();
        }

        /**
         * The article's counts as facts of the article, so that overviews and statistics read
         * four triples instead of counting the graph: distinct entities with a mention, events,
         * claims and quantities (distinct resources, as a query counting the graph finds them).
         */
        private void writeCounts() {
            Set<Node> mentioned = new HashSet<>();
            for (Entity e : doc.entities()) {
                if (!e.mentions().isEmpty()) {
                    mentioned.add(entityNodes.get(e.ref()));
                }
            }
            count(GKG.entityCount.asNode(), mentioned.size());
            count(GKG.eventCount.asNode(), new HashSet<>(eventNodes.values()).size());
            count(GKG.claimCount.asNode(), claims.size());
            count(GKG.quantityCount.asNode(), quantities.size());
        }

        private void count(Node p, int n) {
            add(articleNode, p, NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
        }

        private void writeArticle(String contentHash) {
            ArticleInfo info = doc.article();
            Node a = articleNode;
            add(a, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE);
            add(a, Vocab.TYPE, Vocab.PROV_ENTITY);
            add(a, Vocab.DCT_IDENTIFIER, str(id));
            if (contentHash != null) {
                add(a, GKG.contentHash.asNode(), str(contentHash));
            }
            addStr(a, GKG.sourceFile.asNode(), first(article.file(), info == null ? null : info.file()));
            if (article.url() != null && !article.url().isBlank()) {
                add(a, Vocab.SCHEMA_URL, NodeFactory.createLiteralDT(article.url().strip(), XSDDatatype.XSDanyURI));
            }
            addStr(a, Vocab.DCT_TITLE, first(info == null ? null : info.title(), article.title()));
            String lang = first(info == null ? null : info.language(), article.language());
            addStr(a, Vocab.DCT_LANGUAGE, lang == null ? null : lang.toLowerCase(Locale.ROOT));
            add(a, Vocab.SCHEMA_ARTICLE_BODY, body(article.text(), lang));
            String published = first(info == null ? null : info.published(), article.published());
            if (published != null) {
                add(a, Vocab.DCT_ISSUED, date(published, "article published date"));
            }
            String publisher = first(info == null ? null : info.publisher(), article.publisher());
            if (publisher != null) {
                add(a, Vocab.DCT_PUBLISHER, outlet(publisher));
            }
            if (info != null) {
                for (String o : info.reportedVia()) {
                    add(a, GKG.reportedVia.asNode(), outlet(o));
                }
                for (String o : info.primarySources()) {
                    add(a, GKG.primarySource.asNode(), outlet(o));
                }
            }
            add(activity, Vocab.TYPE, Vocab.PROV_ACTIVITY);
            add(activity, Vocab.PROV_USED, a);
            Node agent = uri(Iris.extractor());
            add(activity, Vocab.PROV_ASSOCIATED_WITH, agent);
            add(agent, Vocab.TYPE, Vocab.PROV_SOFTWARE_AGENT);
            add(agent, Vocab.LABEL, str(SysGeoKg.NAME));
            add(agent, Vocab.SCHEMA_SOFTWARE_VERSION, str(SysGeoKg.VERSION));
        }

        /**
         * The article's text exactly as read (what every evidence offset counts into), tagged
         * with the article's language, "und" (undetermined, BCP 47) when none is known.
         */
        private static Node body(String text, String lang) {
            String tag = lang == null || lang.isBlank() ? "und" : lang.strip().toLowerCase(Locale.ROOT);
            return NodeFactory.createLiteralLang(text, tag);
        }

        /** An outlet named by the article block: the entity with that name, else a new organization. */
        private Node outlet(String name) {
            String key = Iris.slug(name);
            for (Entity e : doc.entities()) {
                if (!"Organization".equals(e.type())) {
                    continue;
                }
                boolean same = e.label() != null && Iris.slug(e.label()).equals(key);
                for (Mention m : e.mentions()) {
                    same |= m.text() != null && !m.text().isBlank() && Iris.slug(m.text()).equals(key);
                }
                if (same) {
                    Node n = entityNodes.get(e.ref());
                    add(n, Vocab.TYPE, GKG.NewsOutlet.asNode());
                    return n;
                }
            }
            Node n = uri(Iris.actor("Organization", name, null));
            add(n, Vocab.TYPE, Vocab.ORG_ORGANIZATION);
            add(n, Vocab.TYPE, GKG.NewsOutlet.asNode());
            add(n, Vocab.TYPE, GKG.Actor.asNode());
            add(n, Vocab.LABEL, str(name.strip()));
            add(n, GKG.sector.asNode(), str("MED"));
            return n;
        }

        private Node entityNode(Entity e) {
            if (e.ref() == null || e.ref().isBlank()) {
                throw bad("an entity has no ref (label '" + e.label() + "')");
            }
            if (e.country() != null && !e.country().isBlank() && !Iris.isCountryCode(e.country())) {
                throw bad("entity " + e.ref() + ": country '" + e.country() + "' is not an ISO alpha-3 code");
            }
            try {
                return uri(Iris.actor(e.type(), e.label(), e.country()));
            } catch (IllegalArgumentException x) {
                throw bad("entity " + e.ref() + ": " + x.getMessage(), x);
            }
        }

        private void writeEntity(Entity e) {
            Node n = entityNodes.get(e.ref());
            boolean state = "Country".equals(e.type()) && Iris.isCountryCode(e.country());
            switch (e.type()) {
                case "Country" -> {
                    add(n, Vocab.TYPE, GKG.Country.asNode());
                    add(n, Vocab.TYPE, GKG.Actor.asNode());
                }
                case "Person" -> {
                    add(n, Vocab.TYPE, Vocab.FOAF_PERSON);
                    add(n, Vocab.TYPE, GKG.Actor.asNode());
                }
                case "Organization" -> {
                    add(n, Vocab.TYPE, Vocab.ORG_ORGANIZATION);
                    add(n, Vocab.TYPE, GKG.Actor.asNode());
                }
                case "Location" -> add(n, Vocab.TYPE, GKG.Location.asNode());
                case "Region" -> add(n, Vocab.TYPE, GKG.Region.asNode());
                default -> add(n, Vocab.TYPE, GKG.NamedEvent.asNode());
            }
            if (state) {
                String iso3 = e.country().strip().toUpperCase(Locale.ROOT);
                add(n, GKG.iso3.asNode(), str(iso3));
                if (!BaseGraphs.countryCodes().contains(iso3)) {
                    addStr(n, Vocab.LABEL, e.label());
                }
            } else {
                addStr(n, Vocab.LABEL, e.label());
                if (e.country() != null && !e.country().isBlank()) {
                    add(n, GKG.country.asNode(), uri(Iris.country(e.country())));
                }
            }
            if (e.wikidata() != null && !e.wikidata().isBlank()) {
                try {
                    add(n, Vocab.SAME_AS, uri(Iris.wikidata(e.wikidata())));
                } catch (IllegalArgumentException x) {
                    throw bad("entity " + e.ref() + ": " + x.getMessage(), x);
                }
            }
            addStr(n, GKG.sector.asNode(), e.sector());
            addStr(n, GKG.role.asNode(), e.role());
            if (e.affiliation() != null) {
                add(n, Vocab.ORG_MEMBER_OF, ref(e.affiliation(), "entity " + e.ref() + " affiliation"));
            }
            for (Mention m : e.mentions()) {
                add(n, GKG.mention.asNode(), evidence(m.text(), m.start(), m.end(), "entity " + e.ref() + " mention"));
            }
        }

        private Node eventNode(Event e, Set<String> taken) {
            Evidence ev = e.evidence();
            int start = ev == null ? -1 : ev.start();
            int end = ev == null ? -1 : ev.end();
            String iri = ev == null ? Iris.event(id, start, end, e.cameo(), "ref:" + e.ref())
                    : Iris.event(id, start, end, e.cameo());
            if (!taken.add(iri)) {
                iri = Iris.event(id, start, end, e.cameo(), labels(e.source()) + ">" + labels(e.target()));
                if (!taken.add(iri)) {
                    iri = Iris.event(id, start, end, e.cameo(), "ref:" + e.ref());
                    taken.add(iri);
                }
            }
            return uri(iri);
        }

        private String labels(List<String> refs) {
            StringBuilder sb = new StringBuilder();
            for (String r : refs) {
                sb.append(ref(r, "event participant").getURI()).append(' ');
            }
            return sb.toString();
        }

        private void writeEvent(Event e) {
            String what = "event " + e.ref();
            Node n = eventNodes.get(e.ref());
            add(n, Vocab.TYPE, GKG.Event.asNode());
            if (e.cameo() == null || e.cameo().isBlank()) {
                throw bad(what + ": no CAMEO code");
            }
            try {
                add(n, GKG.cameo.asNode(), uri(Iris.cameo(e.cameo())));
            } catch (IllegalArgumentException x) {
                throw bad(what + ": " + x.getMessage(), x);
            }
            add(n, GKG.cameoCode.asNode(), str(e.cameo().strip()));
            addStr(n, GKG.ploverType.asNode(), e.plover());
            add(n, GKG.quadClass.asNode(), NodeFactory.createLiteralDT(Integer.toString(e.quad()),
                    XSDDatatype.XSDinteger));
            if (e.goldstein() != null) {
                add(n, GKG.goldstein.asNode(), decimal(BigDecimal.valueOf(e.goldstein())));
            }
            for (String s : e.source()) {
                add(n, GKG.source.asNode(), ref(s, what + " source"));
            }
            for (String t : e.target()) {
                add(n, GKG.target.asNode(), ref(t, what + " target"));
            }
            if (e.date() != null) {
                add(n, Vocab.DCT_DATE, date(e.date(), what + " date"));
            }
            if (e.endDate() != null) {
                add(n, GKG.endDate.asNode(), date(e.endDate(), what + " endDate"));
            }
            if (e.modality() != null) {
                try {
                    add(n, GKG.modality.asNode(), GKG.modality(Modality.of(e.modality().strip())).asNode());
                } catch (IllegalArgumentException x) {
                    throw bad(what + ": modality '" + e.modality() + "' is not one of asserted, intended, "
                            + "future, hypothetical, negated, historical", x);
                }
            }
            if (e.location() != null) {
                add(n, GKG.location.asNode(), ref(e.location(), what + " location"));
            }
            add(n, GKG.confidence.asNode(), decimal(BigDecimal.valueOf(e.confidence())));
            Evidence ev = e.evidence();
            if (ev != null) {
                add(n, GKG.evidence.asNode(), evidence(ev.text(), ev.start(), ev.end(), what + " evidence"));
            }
            add(n, Vocab.PROV_GENERATED_BY, activity);
        }

        private void writeClaim(Claim c) {
            String what = "claim " + c.ref();
            Node speaker = c.speaker() == null ? null : ref(c.speaker(), what + " speaker");
            Node n = uri(Iris.claim(id, c.start(), c.end(), speaker == null ? null : speaker.getURI()));
            add(n, Vocab.TYPE, GKG.Claim.asNode());
            claims.add(n);
            if (speaker != null) {
                add(n, GKG.speaker.asNode(), speaker);
            }
            if (c.onBehalfOf() != null) {
                add(n, GKG.onBehalfOf.asNode(), ref(c.onBehalfOf(), what + " onBehalfOf"));
            }
            add(n, GKG.quoted.asNode(), NodeFactory.createLiteralDT(Boolean.toString(c.quote()),
                    XSDDatatype.XSDboolean));
            addStr(n, GKG.text.asNode(), c.text());
            for (String a : c.about()) {
                add(n, GKG.about.asNode(), ref(a, what + " about"));
            }
            for (String v : c.asserts()) {
                Node ev = eventNodes.get(v);
                if (ev == null) {
                    throw bad(what + ": asserts '" + v + "', which is no event ref of this document");
                }
                add(n, GKG.asserts.asNode(), ev);
            }
            if (c.date() != null) {
                add(n, Vocab.DCT_DATE, date(c.date(), what + " date"));
            }
            for (String r : c.reportedVia()) {
                Node o = ref(r, what + " reportedVia");
                add(o, Vocab.TYPE, GKG.NewsOutlet.asNode());
                add(n, GKG.reportedVia.asNode(), o);
            }
            if (c.primarySource() != null) {
                Node o = ref(c.primarySource(), what + " primarySource");
                add(o, Vocab.TYPE, GKG.NewsOutlet.asNode());
                add(n, GKG.primarySource.asNode(), o);
            }
            add(n, GKG.evidence.asNode(), evidence(c.text(), c.start(), c.end(), what));
            add(n, Vocab.PROV_GENERATED_BY, activity);
        }

        private void writeQuantity(Quantity q) {
            String what = "quantity '" + q.text() + "' at " + q.start();
            if (q.value() == null) {
                throw bad(what + ": no value");
            }
            Node n = uri(Iris.quantity(id, q.start(), q.end(), q.unit()));
            add(n, Vocab.TYPE, GKG.Quantity.asNode());
            quantities.add(n);
            add(n, Vocab.VALUE, decimal(q.value()));
            addStr(n, GKG.unit.asNode(), q.unit());
            if (q.about() != null) {
                add(n, GKG.about.asNode(), ref(q.about(), what + " about"));
            }
            if (q.location() != null) {
                add(n, GKG.location.asNode(), ref(q.location(), what + " location"));
            }
            addStr(n, GKG.text.asNode(), q.text());
            add(n, GKG.evidence.asNode(), evidence(q.text(), q.start(), q.end(), what));
            add(n, Vocab.PROV_GENERATED_BY, activity);
        }

        /** Writes an evidence span once and returns its node. */
        private Node evidence(String text, int start, int end, String what) {
            Node ev = uri(Iris.evidence(id, start, end));
            if (!written.add(ev)) {
                return ev;
            }
            Node pos = uri(Iris.positionSelector(ev.getURI()));
            Node quote = uri(Iris.quoteSelector(ev.getURI()));
            add(ev, Vocab.TYPE, GKG.Evidence.asNode());
            add(ev, Vocab.TYPE, Vocab.OA_SPECIFIC_RESOURCE);
            add(ev, Vocab.OA_HAS_SOURCE, articleNode);
            add(ev, Vocab.OA_HAS_SELECTOR, pos);
            add(ev, Vocab.OA_HAS_SELECTOR, quote);
            add(pos, Vocab.TYPE, Vocab.OA_POSITION_SELECTOR);
            add(pos, Vocab.OA_START, offset(start));
            add(pos, Vocab.OA_END, offset(end));
            add(quote, Vocab.TYPE, Vocab.OA_QUOTE_SELECTOR);
            addStr(quote, Vocab.OA_EXACT, text);
            return ev;
        }

        private Node ref(String ref, String what) {
            Node n = entityNodes.get(ref);
            if (n == null) {
                throw bad(what + " names '" + ref + "', which is no entity ref of this document");
            }
            return n;
        }

        private Node date(String s, String what) {
            String d = s.strip();
            try {
                if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    LocalDate.parse(d);
                    return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
                }
                if (d.matches("\\d{4}-\\d{2}")) {
                    YearMonth.parse(d);
                    return NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYearMonth);
                }
                if (d.matches("\\d{4}")) {
                    return NodeFactory.createLiteralDT(d, XSDDatatype.XSDgYear);
                }
            } catch (DateTimeParseException x) {
                throw bad(what + " '" + s + "' is not a calendar date", x);
            }
            throw bad(what + " '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        private void addStr(Node s, Node p, String value) {
            if (value != null && !value.isBlank()) {
                add(s, p, str(value));
            }
        }

        private InputException bad(String msg) {
            return new InputException("article " + id + ": " + msg);
        }

        private InputException bad(String msg, Throwable cause) {
            return new InputException("article " + id + ": " + msg, cause);
        }
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node offset(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), i >= 0 ? XSDDatatype.XSDnonNegativeInteger
                : XSDDatatype.XSDinteger);
    }
}
