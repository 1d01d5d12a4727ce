package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.query.DatasetFactory;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.ArticleInfo;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.sys.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ArticleRdfTest {
    /** Set -Dgeokg.updateGolden=true to rewrite the golden files (then review the diff). */
    private static final boolean UPDATE = Boolean.getBoolean("geokg.updateGolden");

    record Case(String name, Supplier<Article> article, Supplier<ExtractionDocument> doc) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new Case("seed-id", KgFixtures::seedArticle, KgFixtures::seedDoc)),
                Arguments.of(new Case("en-drills", KgFixtures::enArticle, KgFixtures::enDoc)),
                Arguments.of(new Case("ms-visit", KgFixtures::msArticle, KgFixtures::msDoc)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void graphIsIsomorphicToGolden(Case c) throws IOException {
        DatasetGraph actual = ArticleRdf.toDataset(c.article().get(), c.doc().get(), "hash-" + c.name());
        String res = "golden-" + c.name() + ".trig";
        if (UPDATE) {
            Path p = Path.of("src/test/resources/org/geokg/kg", res);
            actual.prefixes().putAll(org.apache.jena.riot.system.PrefixMapFactory.create(Vocab.prefixes()));
            try (OutputStream os = Files.newOutputStream(p)) {
                RDFDataMgr.write(os, actual, RDFFormat.TRIG_PRETTY);
            }
        }
        InputStream in = UPDATE ? Files.newInputStream(Path.of("src/test/resources/org/geokg/kg", res))
                : getClass().getResourceAsStream(res);
        assertTrue(in != null, "golden file missing: " + res);
        DatasetGraph golden = DatasetGraphFactory.createTxnMem();
        try (in) {
            RDFParser.source(in).lang(Lang.TRIG).parse(golden);
        }
        assertTrue(IsoMatcher.isomorphic(golden, actual), () -> "RDF differs from " + res + ":\n" + dump(actual));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameInputTwiceGivesTheSameQuads(Case c) {
        Set<Quad> a = quads(ArticleRdf.toDataset(c.article().get(), c.doc().get(), "h"));
        Set<Quad> b = quads(ArticleRdf.toDataset(c.article().get(), c.doc().get(), "h"));
        assertEquals(a, b);
        assertFalse(a.stream().anyMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()),
                "no blank nodes: every resource has a deterministic IRI");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyQuadIsInTheArticleGraph(Case c) {
        Node g = NodeFactory.createURI(Iris.articleGraph(c.article().get().id()));
        quads(ArticleRdf.toDataset(c.article().get(), c.doc().get(), "h"))
                .forEach(q -> assertEquals(g, q.getGraph(), q::toString));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFactHasEvidence(Case c) {
        String q = """
                PREFIX gkg: <https://w3id.org/geokg/ns#>
                SELECT ?f WHERE {
                  VALUES ?cls { gkg:Event gkg:Claim gkg:Quantity }
                  ?f a ?cls .
                  FILTER NOT EXISTS { ?f gkg:evidence/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#start> ?s }
                }""";
        DatasetGraph dsg = QueryLib.unionView(ArticleRdf.toDataset(c.article().get(), c.doc().get(), "h"));
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            assertFalse(qe.execSelect().hasNext(), "a fact without evidence offsets");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evidenceOffsetsAndTextEqualTheDocument(Case c) {
        Article a = c.article().get();
        ExtractionDocument doc = c.doc().get();
        DatasetGraph dsg = QueryLib.unionView(ArticleRdf.toDataset(a, doc, "h"));
        Set<String> stored = new HashSet<>();
        String q = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?s ?e ?x WHERE { ?ev oa:hasSelector ?p, ?t . ?p oa:start ?s ; oa:end ?e . ?t oa:exact ?x }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                int start = s.getLiteral("s").getInt();
                int end = s.getLiteral("e").getInt();
                assertEquals(a.text().substring(start, end), s.getLiteral("x").getString());
                stored.add(start + ":" + end);
            }
        }
        Set<String> expected = new HashSet<>();
        for (int[] span : KgFixtures.spans(doc)) {
            expected.add(span[0] + ":" + span[1]);
        }
        assertEquals(expected, stored);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void articleBodyIsTheTextInTheArticlesLanguageAndEveryEvidenceOffsetIndexesIntoIt(Case c) {
        Article a = c.article().get();
        DatasetGraph dsg = ArticleRdf.toDataset(a, c.doc().get(), "h");
        Node article = NodeFactory.createURI(Iris.article(a.id()));
        List<Node> bodies = dsg.stream(Node.ANY, article, Vocab.SCHEMA_ARTICLE_BODY, Node.ANY)
                .map(Quad::getObject).toList();
        assertEquals(1, bodies.size(), bodies::toString);
        Node body = bodies.get(0);
        assertEquals(a.text(), body.getLiteralLexicalForm());
        String lang = Map.of("seed-id", "id", "en-drills", "en", "ms-visit", "ms").get(c.name());
        assertEquals(lang, body.getLiteralLanguage());

        String text = body.getLiteralLexicalForm();
        String q = """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?s ?e ?x WHERE {
                  ?ev oa:hasSource <%s> ; oa:hasSelector ?p, ?t . ?p oa:start ?s ; oa:end ?e . ?t oa:exact ?x }"""
                .formatted(Iris.article(a.id()));
        Set<String> checked = new HashSet<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(QueryLib.unionView(dsg))).query(q)
                .build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                int start = s.getLiteral("s").getInt();
                int end = s.getLiteral("e").getInt();
                assertTrue(0 <= start && start < end && end <= text.length(), start + ".." + end);
                assertEquals(s.getLiteral("x").getString(), text.substring(start, end), start + ".." + end);
                checked.add(start + ":" + end);
            }
        }
        Set<String> all = new HashSet<>();
        for (int[] span : KgFixtures.spans(c.doc().get())) {
            all.add(span[0] + ":" + span[1]);
        }
        assertEquals(all, checked, "every evidence span of the article is checked");
    }

    @Test
    void articleBodyOfAnArticleWithoutLanguageIsTaggedUndetermined() {
        Article a = KgFixtures.msArticle().withLanguage(null);
        ExtractionDocument d = KgFixtures.msDoc();
        ArticleInfo i = d.article();
        ArticleInfo noLang = new ArticleInfo(i.id(), i.file(), null, i.title(), i.published(), i.publisher(),
                i.reportedVia(), i.primarySources());
        DatasetGraph dsg = ArticleRdf.toDataset(a, new ExtractionDocument(d.schema(), noLang, d.entities(),
                d.events(), d.claims(), d.quantities()), null);
        Node article = NodeFactory.createURI(Iris.article(a.id()));
        List<Node> bodies = dsg.stream(Node.ANY, article, Vocab.SCHEMA_ARTICLE_BODY, Node.ANY)
                .map(Quad::getObject).toList();
        assertEquals(1, bodies.size(), bodies::toString);
        assertEquals("und", bodies.get(0).getLiteralLanguage());
        assertEquals(a.text(), bodies.get(0).getLiteralLexicalForm());
    }

    @Test
    void sameActorInTwoArticlesIsOneResource() {
        DatasetGraph all = KgFixtures.dataset();
        Node usa = NodeFactory.createURI(Iris.country("USA"));
        long graphsWithUsa = all.stream(Node.ANY, usa, Vocab.TYPE, GKG.Country.asNode())
                .map(Quad::getGraph).distinct().count();
        assertEquals(3, graphsWithUsa, "seed, en and the countries graph describe the same USA");
    }

    @Test
    void creditedOutletResolvesToTheEntityOfTheSameName() {
        DatasetGraph dsg = ArticleRdf.toDataset(KgFixtures.seedArticle(), KgFixtures.seedDoc(), null);
        Node article = NodeFactory.createURI(Iris.article(KgFixtures.SEED_ID));
        Node fars = NodeFactory.createURI(Iris.actor("Organization", "Fars", "IRN"));
        assertTrue(dsg.contains(Node.ANY, article, GKG.reportedVia.asNode(), fars));
        assertTrue(dsg.contains(Node.ANY, fars, Vocab.TYPE, GKG.NewsOutlet.asNode()));
    }

    @Test
    void unknownEntityRefIsRejectedNamingTheItem() {
        ExtractionDocument d = KgFixtures.seedDoc();
        Event e = d.events().get(0);
        Event bad = new Event(e.ref(), e.cameo(), e.plover(), e.quad(), e.goldstein(), List.of("nobody"), e.target(),
                e.date(), e.endDate(), e.modality(), e.location(), e.evidence(), e.confidence());
        ExtractionDocument broken = new ExtractionDocument(d.schema(), d.article(), d.entities(), List.of(bad),
                List.of(), List.of());
        InputException x = assertThrows(InputException.class,
                () -> ArticleRdf.toDataset(KgFixtures.seedArticle(), broken, null));
        assertTrue(x.getMessage().contains("event v1 source") && x.getMessage().contains("nobody"), x.getMessage());
    }

    @Test
    void malformedDateIsRejected() {
        ExtractionDocument d = KgFixtures.seedDoc();
        Event e = d.events().get(0);
        Event bad = new Event(e.ref(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.source(), e.target(),
                "2021-02-30", null, e.modality(), null, e.evidence(), e.confidence());
        ExtractionDocument broken = new ExtractionDocument(d.schema(), d.article(), d.entities(), List.of(bad),
                List.of(), List.of());
        InputException x = assertThrows(InputException.class,
                () -> ArticleRdf.toDataset(KgFixtures.seedArticle(), broken, null));
        assertTrue(x.getMessage().contains("2021-02-30"), x.getMessage());
    }

    @Test
    void contentHashChangesWithTheText() {
        Article a = KgFixtures.seedArticle();
        Article b = new Article(a.id(), a.file(), a.url(), a.title(), a.published(), a.language(), a.publisher(),
                a.text() + " ");
        assertEquals(ArticleRdf.contentHash(a, KgFixtures.seedDoc()), ArticleRdf.contentHash(a, KgFixtures.seedDoc()));
        assertFalse(ArticleRdf.contentHash(a, KgFixtures.seedDoc()).equals(
                ArticleRdf.contentHash(b, KgFixtures.seedDoc())));
    }

    private static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> out = new HashSet<>();
        dsg.find().forEachRemaining(out::add);
        return out;
    }

    private static String dump(DatasetGraph dsg) {
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(bos, dsg, RDFFormat.TRIG_PRETTY);
        return bos.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
