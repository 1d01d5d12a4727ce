package org.geokg.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final String TEXT = "Alpha said Beta will deploy 500 troops in Gamma. Minister Jon Doe visited Beta.";

    private static EvalDocument doc(String json) {
        try {
            return GoldLoader.parse(new ObjectMapper().readTree(json.replace('\'', '"')), TEXT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EvalReport.Section score(String gold, String pred) {
        return new Scorer().score(List.of(new Scorer.Pair(doc(gold), doc(pred)))).overall();
    }

    private static final String ENTITIES = "'entities': ["
            + "{'ref':'a','type':'Country','label':'Alpha','country':'AAA','wikidata':'Q1'},"
            + "{'ref':'b','type':'Country','label':'Beta','country':'BBB'},"
            + "{'ref':'g','type':'Country','label':'Gamma','country':'GGG','optional':true},"
            + "{'ref':'io','type':'Organization','label':'Union of Things','country':null},"
            + "{'ref':'p','type':'Person','label':'Jon Doe','country':'BBB','aliases':['JD']}]";

    @Test
    void countryMatchesByCodeWithoutWikidata() {
        EvalReport.Section s = score("{" + ENTITIES + "}",
                "{'entities':[{'ref':'x','type':'Country','label':'Republic of Beta','country':'BBB'}]}");
        assertEquals(new EvalReport.Counts(1, 0, 3), s.layer("entities"));
    }

    @Test
    void optionalGoldEntityIsNeitherHitNorFalseAlarm() {
        EvalReport.Section s = score("{" + ENTITIES + "}",
                "{'entities':[{'ref':'x','type':'Country','label':'Gamma','country':'GGG'}]}");
        assertEquals(new EvalReport.Counts(0, 0, 4), s.layer("entities")); // a, b, io, p required
    }

    @Test
    void personMatchesOnLastNameWithoutConflictingTokens() {
        EvalReport.Section ok = score("{" + ENTITIES + "}",
                "{'entities':[{'ref':'x','type':'Person','label':'J. Doe'}]}");
        assertEquals(1, ok.layer("entities").tp());
        EvalReport.Section conflict = score("{" + ENTITIES + "}",
                "{'entities':[{'ref':'x','type':'Person','label':'Mary Doe'}]}");
        assertEquals(0, conflict.layer("entities").tp());
    }

    @Test
    void labelsCompareWithoutCaseDiacriticsAndHyphens() {
        EvalReport.Section s = score("{" + ENTITIES + "}",
                "{'entities':[{'ref':'x','type':'Organization','label':'union of THINGS'},"
                        + "{'ref':'y','type':'Person','label':'Jón Do-e'}]}");
        assertEquals(2, s.layer("entities").tp());
    }

    @Test
    void otherTypesCountOnlyWhereGoldHasThem() {
        EvalReport.Section s = score("{" + ENTITIES + "}",
                "{'entities':[{'ref':'x','type':'Location','label':'Somewhere'}]}");
        assertEquals(0, s.layer("entities").fp());
        EvalReport.Section t = score("{'entities':[{'ref':'l','type':'Location','label':'Gamma'}]}",
                "{'entities':[{'ref':'x','type':'Location','label':'Somewhere'}]}");
        assertEquals(1, t.layer("entities").fp());
    }

    private static final String GOLD_EVENT = "{" + ENTITIES + ", 'events': [{'ref':'v1','cameo':'150',"
            + "'cameoAlt':['0874','154'],'source':['b'],'target':['g'],'date':'2024-01-02','modality':'future',"
            + "'evidence':'Beta will deploy 500 troops in Gamma'}]}";

    private static String predEvent(String cameo, String src, String tgt, String date, String modality) {
        return "{'entities':[{'ref':'x','type':'Country','label':'Beta','country':'BBB'},"
                + "{'ref':'y','type':'Country','label':'Gamma','country':'GGG'},"
                + "{'ref':'z','type':'Person','label':'Someone','country':'BBB'}],"
                + "'events':[{'ref':'e','cameo':'" + cameo + "','source':['" + src + "'],'target':['" + tgt + "'],"
                + "'date':" + (date == null ? "null" : "'" + date + "'") + ",'modality':'" + modality + "',"
                + "'evidence':{'text':'Beta will deploy','start':11,'end':27}}]}";
    }

    @Test
    void eventRootOfACameoAltMatches() {
        EvalReport.Section s = score(GOLD_EVENT, predEvent("087", "x", "y", "2024-01-02", "future"));
        assertEquals(new EvalReport.Counts(1, 0, 0), s.layer("events"));
    }

    @Test
    void eventOfAnotherRootIsAFalseAlarmAndAMiss() {
        EvalReport.Section s = score(GOLD_EVENT, predEvent("040", "x", "y", "2024-01-02", "future"));
        assertEquals(new EvalReport.Counts(0, 1, 1), s.layer("events"));
    }

    @Test
    void reversedDirectionMatchesButIsNotStrict() {
        EvalReport.Section s = score(GOLD_EVENT, predEvent("150", "y", "x", "2024-01-02", "future"));
        assertEquals(1, s.layer("events").tp());
        assertEquals(0, s.eventsStrict().tp());
    }

    @Test
    void strictNeedsFullCodeAndDate() {
        assertEquals(1, score(GOLD_EVENT, predEvent("154", "x", "y", "2024-01-02", "future")).eventsStrict().tp());
        assertEquals(0, score(GOLD_EVENT, predEvent("152", "x", "y", "2024-01-02", "future")).eventsStrict().tp());
        assertEquals(0, score(GOLD_EVENT, predEvent("150", "x", "y", "2024-01", "future")).eventsStrict().tp());
    }

    @Test
    void participantsAreComparedByTheCountryOfEachEntity() {
        EvalReport.Section s = score(GOLD_EVENT, predEvent("150", "z", "y", null, "asserted"));
        assertEquals(1, s.layer("events").tp());
        assertEquals(0, s.modalityCorrect());
        assertEquals(1, s.modalityMatched());
    }

    @Test
    void matchedEventWithAnotherModalityIsListedAsAModalityError() {
        EvalReport report = new Scorer().score(List.of(new Scorer.Pair(doc(GOLD_EVENT),
                doc(predEvent("150", "x", "y", "2024-01-02", "asserted")))));
        assertTrue(report.errors().stream().anyMatch(e -> "modality".equals(e.kind())
                && e.item().contains("future") && e.item().contains("predicted asserted")));
    }

    @Test
    void goldTargetMustBeAmongParticipants() {
        EvalReport.Section s = score(GOLD_EVENT, predEvent("150", "x", "z", null, "future"));
        assertEquals(0, s.layer("events").tp());
    }

    private static final String GOLD_CLAIM = "{" + ENTITIES + ", 'claims':["
            + "{'ref':'c1','speaker':'a','text':'Beta will deploy 500 troops'},"
            + "{'ref':'c2','speaker':'p','text':'visited Beta','optional':true}]}";

    @Test
    void claimNeedsSpeakerAndOverlappingSpan() {
        String pred = "{'entities':[{'ref':'s','type':'Person','label':'Spokesman','country':'AAA'}],"
                + "'claims':[{'ref':'c','speaker':'s','text':'will deploy','start':16,'end':27}]}";
        assertEquals(new EvalReport.Counts(1, 0, 0), score(GOLD_CLAIM, pred).layer("claims"));
        String elsewhere = "{'entities':[{'ref':'s','type':'Country','label':'Alpha','country':'AAA'}],"
                + "'claims':[{'ref':'c','speaker':'s','text':'Minister','start':49,'end':57}]}";
        assertEquals(new EvalReport.Counts(0, 1, 1), score(GOLD_CLAIM, elsewhere).layer("claims"));
    }

    @Test
    void claimMatchingAnOptionalGoldClaimIsIgnored() {
        String pred = "{'entities':[{'ref':'s','type':'Person','label':'Jon Doe','country':'BBB'}],"
                + "'claims':[{'ref':'c','speaker':'s','text':'visited Beta','start':66,'end':78}]}";
        assertEquals(new EvalReport.Counts(0, 0, 1), score(GOLD_CLAIM, pred).layer("claims"));
    }

    private static final String GOLD_QTY = "{" + ENTITIES + ", 'quantities':["
            + "{'value':500,'unit':'troops','about':'b','text':'500 troops'}]}";

    @Test
    void quantityNeedsValueAndCountryOfAbout() {
        String same = "{'entities':[{'ref':'o','type':'Organization','label':'Beta Army','country':'BBB'}],"
                + "'quantities':[{'value':500.0,'unit':'personnel','about':'o'}]}";
        assertEquals(1, score(GOLD_QTY, same).layer("quantities").tp());
        String other = "{'entities':[{'ref':'o','type':'Country','label':'Alpha','country':'AAA'}],"
                + "'quantities':[{'value':500,'unit':'troops','about':'o'}]}";
        assertEquals(0, score(GOLD_QTY, other).layer("quantities").tp());
        String value = "{'quantities':[{'value':501,'unit':'troops','about':null}]}";
        assertEquals(new EvalReport.Counts(0, 1, 1), score(GOLD_QTY, value).layer("quantities"));
    }

    @Test
    void matchingIsOneToOne() {
        String pred = "{'entities':[{'ref':'x','type':'Country','label':'Beta','country':'BBB'},"
                + "{'ref':'y','type':'Country','label':'Beta','country':'BBB'}]}";
        assertEquals(new EvalReport.Counts(1, 1, 3), score("{" + ENTITIES + "}", pred).layer("entities"));
    }

    @Test
    void errorListingNamesMissesAndFalseAlarmsWithTheirSentence() {
        EvalReport r = new Scorer().score(List.of(new Scorer.Pair(doc(GOLD_EVENT),
                doc(predEvent("040", "x", "y", null, "future")))));
        EvalReport.Error miss = r.errors().stream().filter(e -> e.layer().equals("events") && e.kind().equals("miss"))
                .findFirst().orElseThrow();
        assertEquals("Alpha said Beta will deploy 500 troops in Gamma.", miss.evidence());
        assertTrue(r.toText(EvalReport.Listing.NOT_FRESH).contains("false-alarm"));
        assertFalse(r.toJson(EvalReport.Listing.NONE).contains("\"errors\""));
    }

    @Test
    void meanF1IsTheMeanOfTheLayersWithSomethingToScore() {
        EvalReport.Section s = score(GOLD_QTY, "{'quantities':[{'value':500,'about':null}]}");
        assertEquals(0.0, s.meanF1(), 1e-9); // gold about given, prediction without actor
        EvalReport.Section t = score("{'quantities':[{'value':7,'unit':'percent'}]}", "{'quantities':[{'value':7}]}");
        assertEquals(1.0, t.meanF1(), 1e-9); // the three empty layers (no gold, no prediction) are left out
        EvalReport.Section u = score("{'quantities':[{'value':7,'unit':'percent'}]}",
                "{'quantities':[{'value':7}],'claims':[{'speaker':'x','text':'y','start':0,'end':1}]}");
        assertEquals(0.5, u.meanF1(), 1e-9); // quantities 1.0, claims 0.0 (a false alarm)
    }
}
