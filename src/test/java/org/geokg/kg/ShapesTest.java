package org.geokg.kg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.Test;

class ShapesTest {

    private static DatasetGraph seedWithBase() {
        DatasetGraph dsg = ArticleRdf.toDataset(KgFixtures.seedArticle(), KgFixtures.seedDoc(), "h");
        BaseGraphs.loadInto(dsg);
        return dsg;
    }

    private static Node seedEvent() {
        return KgFixtures.eventIri(KgFixtures.SEED_ID, KgFixtures.SEED_TEXT,
                "Pyongyang berniat memperkuat kerja sama dengan Rusia", "030");
    }

    private static Node seedGraph() {
        return NodeFactory.createURI(Iris.articleGraph(KgFixtures.SEED_ID));
    }

    @Test
    void fixtureArticlesWithBaseGraphsAndClusterConform() {
        Shapes.Report r = Shapes.validate(KgFixtures.dataset());
        assertTrue(r.conforms(), r.text());
        assertEquals(0, r.violations());
    }

    @Test
    void articleGraphAloneConforms() {
        Shapes.Report r = Shapes.validate(ArticleRdf.toDataset(KgFixtures.enArticle(), KgFixtures.enDoc(), null));
        assertTrue(r.conforms(), r.text());
    }

    @Test
    void baseGraphsAloneConform() {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        BaseGraphs.loadInto(dsg);
        Shapes.Report r = Shapes.validate(dsg);
        assertTrue(r.conforms(), r.text());
    }

    @Test
    void eventWithoutEvidenceViolatesWithReadableReport() {
        DatasetGraph dsg = seedWithBase();
        dsg.deleteAny(seedGraph(), seedEvent(), GKG.evidence.asNode(), Node.ANY);
        Shapes.Report r = Shapes.validate(dsg);
        assertFalse(r.conforms());
        assertEquals(1, r.violations(), r.text());
        assertTrue(r.text().contains(seedEvent().getURI()) || r.text().contains("event/"), r.text());
        assertTrue(r.text().contains("gkg:evidence"), r.text());
        assertTrue(r.text().contains("exactly one gkg:Evidence"), r.text());
    }

    @Test
    void quadSevenViolates() {
        DatasetGraph dsg = seedWithBase();
        dsg.deleteAny(seedGraph(), seedEvent(), GKG.quadClass.asNode(), Node.ANY);
        dsg.add(new Quad(seedGraph(), seedEvent(), GKG.quadClass.asNode(),
                NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)));
        Shapes.Report r = Shapes.validate(dsg);
        assertFalse(r.conforms());
        assertTrue(r.text().contains("gkg:quadClass") && r.text().contains("1..4"), r.text());
    }

    @Test
    void goldsteinOutOfRangeViolates() {
        DatasetGraph dsg = seedWithBase();
        dsg.deleteAny(seedGraph(), seedEvent(), GKG.goldstein.asNode(), Node.ANY);
        dsg.add(new Quad(seedGraph(), seedEvent(), GKG.goldstein.asNode(),
                NodeFactory.createLiteralDT("12.5", XSDDatatype.XSDdecimal)));
        assertEquals(1, Shapes.validate(dsg).violations());
    }

    @Test
    void modalityOutsideTheListViolates() {
        DatasetGraph dsg = seedWithBase();
        dsg.deleteAny(seedGraph(), seedEvent(), GKG.modality.asNode(), Node.ANY);
        dsg.add(new Quad(seedGraph(), seedEvent(), GKG.modality.asNode(), NodeFactory.createURI(GKG.NS + "Rumoured")));
        Shapes.Report r = Shapes.validate(dsg);
        assertEquals(1, r.violations(), r.text());
        assertTrue(r.text().contains("modality"), r.text());
    }

    @Test
    void startAfterEndViolates() {
        ExtractionDocument d = KgFixtures.seedDoc();
        var q = d.quantities().get(0);
        var bad = new org.geokg.kg.model.Quantity(q.value(), q.unit(), q.about(), q.location(), q.text(), q.end(),
                q.start());
        ExtractionDocument broken = new ExtractionDocument(d.schema(), d.article(), d.entities(), d.events(),
                d.claims(), List.of(bad));
        DatasetGraph dsg = ArticleRdf.toDataset(KgFixtures.seedArticle(), broken, null);
        BaseGraphs.loadInto(dsg);
        Shapes.Report r = Shapes.validate(dsg);
        assertEquals(1, r.violations(), r.text());
        assertTrue(r.text().contains("oa:start must not be greater than oa:end"), r.text());
    }

    @Test
    void negativeOffsetViolates() {
        ExtractionDocument d = KgFixtures.seedDoc();
        var q = d.quantities().get(0);
        var bad = new org.geokg.kg.model.Quantity(q.value(), q.unit(), q.about(), q.location(), q.text(), -1,
                q.end());
        ExtractionDocument broken = new ExtractionDocument(d.schema(), d.article(), d.entities(), d.events(),
                d.claims(), List.of(bad));
        Shapes.Report r = Shapes.validate(ArticleRdf.toDataset(KgFixtures.seedArticle(), broken, null));
        assertFalse(r.conforms());
        assertTrue(r.text().contains("oa:start"), r.text());
    }
}
