package org.geokg.kg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Claim;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.Evidence;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Mention;
import org.geokg.kg.model.Quantity;
import org.geokg.sys.SysGeoKg;

/**
 * Hand-built articles and extraction documents for the kg tests. The texts are written for
 * the tests (not corpus texts); every offset is computed from the text, so evidence always
 * equals {@code text.substring(start, end)}.
 */
final class KgFixtures {
    static final String SEED_ID = "fixture-id-korut-rusia";
    static final String EN_ID = "fixture-en-joint-drills";
    static final String MS_ID = "fixture-ms-wang-yi";

    static final String SEED_TEXT = "Dilansir Fars, di tengah latihan militer gabungan AS-Korsel, Korut meminta bantuan "
            + "Rusia. Dubes Korut di Rusia, Sin Hong-chol, pada Kamis 12 Agustus mengatakan Pyongyang berniat "
            + "memperkuat kerja sama dengan Rusia. Dalam wawancara dengan kantor berita TASS, Sin menegaskan bahwa "
            + "Washington adalah pihak yang bertanggung jawab atas ketegangan di Asia Timur. AS telah menempatkan "
            + "sekitar 28.500 serdadu di Korsel.";

    static final String EN_TEXT = "South Korea and the United States began joint military drills on Monday, "
            + "Yonhap reported. North Korea's foreign ministry accused Washington of rehearsing an invasion. "
            + "The United States keeps 28,500 troops in South Korea.";

    static final String MS_TEXT = "Menteri Luar China Wang Yi akan melawat Malaysia minggu depan. Beijing dan "
            + "Kuala Lumpur bersetuju meningkatkan kerjasama ekonomi.";

    private KgFixtures() {
    }

    static Article seedArticle() {
        return new Article(SEED_ID, "seed.txt", null, null, "2021-08-13", "id", "Poros Perlawanan", SEED_TEXT);
    }

    static ExtractionDocument seedDoc() {
        String t = SEED_TEXT;
        List<Entity> es = List.of(
                country("prk", "North Korea", "Q423", "PRK", m(t, "Korut", 0), m(t, "Pyongyang", 0)),
                country("rus", "Russia", "Q159", "RUS", m(t, "Rusia", 0)),
                country("usa", "United States", "Q30", "USA", m(t, "AS", 0), m(t, "Washington", 0)),
                country("kor", "South Korea", "Q884", "KOR", m(t, "Korsel", 0)),
                new Entity("sin", "Person", "Sin Hong-chol", null, "PRK", "GOV", "ambassador to Russia", null,
                        List.of(m(t, "Sin Hong-chol", 0))),
                new Entity("tass", "Organization", "TASS", "Q223799", "RUS", "MED", null, null,
                        List.of(m(t, "TASS", 0))),
                new Entity("fars", "Organization", "Fars", null, "IRN", "MED", null, null, List.of(m(t, "Fars", 0))),
                new Entity("easia", "Region", "East Asia", null, null, null, null, null,
                        List.of(m(t, "Asia Timur", 0))));
        List<Event> vs = List.of(
                new Event("v1", "030", "AGREE", 1, 4.0, List.of("prk"), List.of("rus"), "2021-08-12", null,
                        "asserted", null, ev(t, "Pyongyang berniat memperkuat kerja sama dengan Rusia"), 0.8),
                new Event("v2", "062", "COOPERATE", 2, 7.4, List.of("usa"), List.of("kor"), "2021-08", null,
                        "asserted", null, ev(t, "latihan militer gabungan AS-Korsel"), 0.7),
                new Event("v3", "112", "ACCUSE", 3, -2.0, List.of("prk"), List.of("usa"), "2021-08-12", null,
                        "asserted", "easia", ev(t, "Washington adalah pihak yang bertanggung jawab atas ketegangan"),
                        0.6));
        List<Claim> cs = List.of(claim(t, "c1", "sin", "prk", false,
                "Pyongyang berniat memperkuat kerja sama dengan Rusia", List.of("rus"), List.of("v1"), "2021-08-12",
                List.of("fars"), "tass"),
                claim(t, "c2", "sin", "prk", false,
                        "Washington adalah pihak yang bertanggung jawab atas ketegangan di Asia Timur",
                        List.of("usa", "easia"), List.of("v3"), "2021-08-12", List.of("fars"), "tass"));
        List<Quantity> qs = List.of(quantity(t, "28500", "troops", "usa", "kor", "28.500 serdadu"));
        ArticleInfo info = new ArticleInfo(SEED_ID, "seed.txt", "id",
                "Korut Siap Perkuat Kerja Sama dengan Rusia", "2021-08-13", "Poros Perlawanan", List.of("Fars"),
                List.of("TASS"));
        return new ExtractionDocument(SysGeoKg.EXTRACTION_SCHEMA, info, es, vs, cs, qs);
    }

    static Article enArticle() {
        return new Article(EN_ID, null, "https://example.org/news/joint-drills", "Allies begin joint drills",
                "2021-08-16", "en", "Example News", EN_TEXT);
    }

    static ExtractionDocument enDoc() {
        String t = EN_TEXT;
        List<Entity> es = List.of(
                country("kor", "South Korea", "Q884", "KOR", m(t, "South Korea", 0)),
                country("usa", "United States", "Q30", "USA", m(t, "United States", 0), m(t, "Washington", 0)),
                country("prk", "North Korea", "Q423", "PRK", m(t, "North Korea", 0)),
                new Entity("mfa", "Organization", "North Korean Foreign Ministry", null, "PRK", "GOV", null, null,
                        List.of(m(t, "North Korea's foreign ministry", 0))),
                new Entity("yonhap", "Organization", "Yonhap", "Q481180", "KOR", "MED", null, null,
                        List.of(m(t, "Yonhap", 0))));
        List<Event> vs = List.of(
                new Event("v1", "062", "COOPERATE", 2, 7.4, List.of("kor", "usa"), List.of(), "2021-08-16", null,
                        "asserted", null, ev(t, "South Korea and the United States began joint military drills"), 0.9),
                new Event("v2", "112", "ACCUSE", 3, -2.0, List.of("prk"), List.of("usa"), "2021-08-16", null,
                        "asserted", null, ev(t, "North Korea's foreign ministry accused Washington"), 0.8));
        List<Claim> cs = List.of(claim(t, "c1", "mfa", "prk", false, "rehearsing an invasion", List.of("usa"),
                List.of("v2"), "2021-08-16", List.of("yonhap"), null));
        List<Quantity> qs = List.of(quantity(t, "28500", "troops", "usa", "kor", "28,500 troops"));
        ArticleInfo info = new ArticleInfo(EN_ID, null, "en", "Allies begin joint drills", "2021-08-16",
                "Example News", List.of("Yonhap"), List.of());
        return new ExtractionDocument(SysGeoKg.EXTRACTION_SCHEMA, info, es, vs, cs, qs);
    }

    static Article msArticle() {
        return new Article(MS_ID, "ms.txt", null, null, "2022-07-10", "ms", null, MS_TEXT);
    }

    static ExtractionDocument msDoc() {
        String t = MS_TEXT;
        List<Entity> es = List.of(
                country("chn", "China", "Q148", "CHN", m(t, "China", 0), m(t, "Beijing", 0)),
                country("mys", "Malaysia", "Q833", "MYS", m(t, "Malaysia", 0), m(t, "Kuala Lumpur", 0)),
                new Entity("wang", "Person", "Wang Yi", null, "CHN", "GOV", "foreign minister", null,
                        List.of(m(t, "Wang Yi", 0))));
        List<Event> vs = List.of(
                new Event("v1", "036", "AGREE", 1, 4.0, List.of("chn"), List.of("mys"), "2022-07", null, "future",
                        null, ev(t, "Wang Yi akan melawat Malaysia minggu depan"), 0.7),
                new Event("v2", "0311", "AGREE", 1, 5.2, List.of("chn"), List.of("mys"), "2022-07-10", null,
                        "intended", null, ev(t, "Beijing dan Kuala Lumpur bersetuju meningkatkan kerjasama ekonomi"),
                        0.6));
        ArticleInfo info = new ArticleInfo(MS_ID, "ms.txt", "ms", "Wang Yi ke Malaysia", "2022-07-10", null,
                List.of(), List.of());
        return new ExtractionDocument(SysGeoKg.EXTRACTION_SCHEMA, info, es, vs, List.of(), List.of());
    }

    /** The three fixture articles, the base graphs and one event cluster, as a general dataset. */
    static DatasetGraph dataset() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF s = StreamRDFLib.dataset(dsg);
        s.start();
        ArticleRdf.write(seedArticle(), seedDoc(), "hash-seed", s);
        ArticleRdf.write(enArticle(), enDoc(), "hash-en", s);
        ArticleRdf.write(msArticle(), msDoc(), "hash-ms", s);
        s.finish();
        BaseGraphs.loadInto(dsg);
        addCluster(dsg);
        return dsg;
    }

    /** A cluster of the two joint-drill events (what the store would compute). */
    static void addCluster(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(Iris.CLUSTERS_GRAPH);
        Node c = NodeFactory.createURI(Iris.cluster("06|KOR+USA|2021-08"));
        Node a = Vocab.TYPE;
        dsg.add(g, c, a, GKG.EventCluster.asNode());
        dsg.add(g, c, GKG.clusterMember.asNode(), eventIri(SEED_ID, SEED_TEXT, "latihan militer gabungan AS-Korsel",
                "062"));
        dsg.add(g, c, GKG.clusterMember.asNode(), eventIri(EN_ID, EN_TEXT,
                "South Korea and the United States began joint military drills", "062"));
        dsg.add(g, c, GKG.mentionCount.asNode(), NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger));
        dsg.add(g, c, GKG.supportingArticle.asNode(), NodeFactory.createURI(Iris.article(SEED_ID)));
        dsg.add(g, c, GKG.supportingArticle.asNode(), NodeFactory.createURI(Iris.article(EN_ID)));
        dsg.add(g, c, GKG.cameo.asNode(), NodeFactory.createURI(Iris.cameo("062")));
        dsg.add(g, c, GKG.cameoCode.asNode(), NodeFactory.createLiteralString("062"));
        dsg.add(g, c, Vocab.DCT_DATE, NodeFactory.createLiteralDT("2021-08", XSDDatatype.XSDgYearMonth));
        dsg.add(g, c, GKG.source.asNode(), NodeFactory.createURI(Iris.country("USA")));
        dsg.add(g, c, GKG.target.asNode(), NodeFactory.createURI(Iris.country("KOR")));
    }

    static Node eventIri(String id, String text, String evidence, String cameo) {
        int s = text.indexOf(evidence);
        return NodeFactory.createURI(Iris.event(id, s, s + evidence.length(), cameo));
    }

    static Entity country(String ref, String label, String qid, String iso3, Mention... ms) {
        return new Entity(ref, "Country", label, qid, iso3, null, null, null, List.of(ms));
    }

    /** The n-th (0-based) occurrence of {@code s} in {@code text} as a mention. */
    static Mention m(String text, String s, int n) {
        int i = -1;
        for (int k = 0; k <= n; k++) {
            i = text.indexOf(s, i + 1);
            if (i < 0) {
                throw new IllegalArgumentException("fixture text lacks '" + s + "'");
            }
        }
        return new Mention(s, i, i + s.length());
    }

    static Evidence ev(String text, String s) {
        Mention m = m(text, s, 0);
        return new Evidence(s, m.start(), m.end());
    }

    static Claim claim(String text, String ref, String speaker, String onBehalf, boolean quote, String words,
            List<String> about, List<String> asserts, String date, List<String> via, String primary) {
        Mention m = m(text, words, 0);
        return new Claim(ref, speaker, onBehalf, quote, words, m.start(), m.end(), about, asserts, date, via,
                primary);
    }

    static Quantity quantity(String text, String value, String unit, String about, String location, String words) {
        Mention m = m(text, words, 0);
        return new Quantity(new BigDecimal(value), unit, about, location, words, m.start(), m.end());
    }

    /** Every offset span in a document: mentions, event evidence, claims, quantities. */
    static List<int[]> spans(ExtractionDocument doc) {
        List<int[]> out = new ArrayList<>();
        doc.entities().forEach(e -> e.mentions().forEach(x -> out.add(new int[] {x.start(), x.end()})));
        doc.events().forEach(e -> out.add(new int[] {e.evidence().start(), e.evidence().end()}));
        doc.claims().forEach(c -> out.add(new int[] {c.start(), c.end()}));
        doc.quantities().forEach(q -> out.add(new int[] {q.start(), q.end()}));
        return out;
    }
}
