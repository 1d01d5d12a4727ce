package org.geokg.extract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.geokg.extract.TextFixtures;
import org.geokg.extract.claims.ClaimCandidate;
import org.geokg.extract.claims.SpeechClaimExtractor;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.events.LexiconEventExtractor;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.junit.jupiter.api.Test;

/** One analysis per article: the event and claim stages use the speech it found, and find none of their own. */
class ArticleAnalysisTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 4);
    private static final Actor ANA = TextFixtures.person("Ana", "FRA");
    private static final Actor CHILE = TextFixtures.country("CHL", "Chile");
    private static final String TEXT = "\"We will never accept the demands of Chile,\" Ana said.";

    private static ArticleAnalysis analyse() {
        PreparedText p = TextFixtures.prepared(TEXT, "en", PUBLISHED);
        List<ActorMention> ms = TextFixtures.mentions(TEXT, "Ana", ANA, "Chile", CHILE);
        return ArticleAnalysis.of(p, ms);
    }

    @Test
    void speechIsFoundWhenTheArticleIsAnalysed() {
        ArticleAnalysis a = analyse();
        assertEquals(1, a.speech().size(), a.speech()::toString);
        assertEquals(ANA, a.speech().get(0).speaker());
    }

    @Test
    void claimsComeFromTheSpeechHandedOver() {
        ArticleAnalysis a = analyse();
        List<EventCandidate> evs = LexiconEventExtractor.create().find(a, List.of());
        List<ClaimCandidate> found = SpeechClaimExtractor.create().find(a, evs, List.of());
        assertEquals(1, found.size(), found::toString);
        // the same article handed over without speech: the claim stage does not look again
        ArticleAnalysis silent = new ArticleAnalysis(a.prepared(), a.mentions(), a.view(), List.of());
        assertTrue(SpeechClaimExtractor.create().find(silent, evs, List.of()).isEmpty());
    }

    @Test
    void theOldEntryPointsGiveWhatTheSharedAnalysisGives() {
        ArticleAnalysis a = analyse();
        List<EventCandidate> shared = LexiconEventExtractor.create().find(a, List.of());
        assertEquals(LexiconEventExtractor.create().find(a.prepared(), a.mentions(), List.of()), shared);
        assertEquals(SpeechClaimExtractor.create().find(a.prepared(), a.mentions(), shared, List.of()),
                SpeechClaimExtractor.create().find(a, shared, List.of()));
    }
}
