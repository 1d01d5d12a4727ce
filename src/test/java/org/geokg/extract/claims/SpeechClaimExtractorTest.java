package org.geokg.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.geokg.extract.TextFixtures;
import org.geokg.extract.events.EventCandidate;
import org.geokg.extract.events.LexiconEventExtractor;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechClaimExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 4);
    private static final Actor ANA = TextFixtures.person("Ana", "FRA");
    private static final Actor FRANCE = TextFixtures.country("FRA", "France");
    private static final Actor CHILE = TextFixtures.country("CHL", "Chile");

    private static List<ClaimCandidate> run(String lang, String text, Object... names) {
        PreparedText p = TextFixtures.prepared(text, lang, PUBLISHED);
        List<ActorMention> ms = TextFixtures.mentions(text, names);
        List<EventCandidate> evs = LexiconEventExtractor.create().find(p, ms, List.of());
        return SpeechClaimExtractor.create().find(p, ms, evs, List.of());
    }

    private static String said(String text, ClaimCandidate c) {
        return text.substring(c.start(), c.end());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|“Kami siap berdialog dengan semua negara,” kata Ana.|Kami siap berdialog dengan semua negara",
        "ms|\"Kami bersedia berunding dengan semua pihak,\" kata Ana.|Kami bersedia berunding dengan semua pihak",
        "en|\"We are ready to talk to everyone,\" Ana said.|We are ready to talk to everyone",
        "es|\"Estamos listos para dialogar con todos\", dijo Ana.|Estamos listos para dialogar con todos",
        "de|„Wir sind zu Gesprächen mit allen bereit“, sagte Ana.|Wir sind zu Gesprächen mit allen bereit",
        "fr|« Nous sommes prêts à discuter avec tous », a déclaré Ana.|Nous sommes prêts à discuter avec tous"})
    void quoteWithTailAttribution(String lang, String text, String words) {
        List<ClaimCandidate> cs = run(lang, text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(0).speaker());
        assertTrue(cs.get(0).quote());
        assertEquals(words, said(text, cs.get(0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|“Kami siap bekerja sama dengan Cile.¶“Kami juga akan membuka kantor dagang,” kata Ana.",
        "ms|“Kami bersedia bekerjasama dengan Chile.¶“Kami juga akan membuka pejabat dagangan,” kata Ana.",
        "en|“We are ready to work with Chile.¶We will also open a trade office,” Ana said."})
    void quoteOverTwoParagraphsIsOneClaimPerParagraphForTheSpeaker(String lang, String text) {
        String t = text.replace('¶', '\n'); // a paragraph break
        List<ClaimCandidate> cs = run(lang, t, "Ana", ANA);
        assertEquals(2, cs.size(), cs::toString);
        for (ClaimCandidate c : cs) {
            assertEquals(ANA, c.speaker());
            assertTrue(c.quote());
        }
        assertTrue(said(t, cs.get(0)).endsWith("Chile.") || said(t, cs.get(0)).endsWith("Cile."), said(t, cs.get(0)));
        assertTrue(said(t, cs.get(1)).endsWith("office") || said(t, cs.get(1)).endsWith("dagang")
                || said(t, cs.get(1)).endsWith("dagangan"), said(t, cs.get(1)));
    }

    @Test
    void unclosedQuoteIsNotCarriedIntoAParagraphWithoutQuotationMarks() {
        String t = "“We are ready to work with Chile.\nThe talks went on late into the night, Ana said.";
        List<ClaimCandidate> cs = run("en", t, "Ana", ANA);
        assertTrue(cs.stream().noneMatch(c -> said(t, c).contains("ready to work")), cs::toString);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Ana mengatakan bahwa Cile akan mengirim bantuan pekan depan.|Cile akan mengirim bantuan pekan depan",
        "ms|Ana berkata bahawa Chile akan menghantar bantuan minggu depan.|Chile akan menghantar bantuan minggu depan",
        "en|Ana said that Chile would send aid next week.|Chile would send aid next week",
        "es|Ana dijo que Chile enviará ayuda la próxima semana.|Chile enviará ayuda la próxima semana",
        "de|Ana sagte, dass Chile nächste Woche Hilfe schicken werde.|Chile nächste Woche Hilfe schicken werde",
        "fr|Ana a déclaré que le Chili enverra de l'aide.|le Chili enverra de l'aide"})
    void reportedSpeechWithoutComplementizer(String lang, String text, String words) {
        List<ClaimCandidate> cs = run(lang, text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertFalse(cs.get(0).quote());
        assertEquals(words, said(text, cs.get(0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Menurut Ana, Cile siap berunding.|Cile siap berunding",
        "en|According to Ana, Chile is ready to negotiate.|Chile is ready to negotiate",
        "es|Según Ana, Chile está listo para negociar.|Chile está listo para negociar",
        "de|Laut Ana ist Chile zu Verhandlungen bereit, sagte sie.|Ana ist Chile zu Verhandlungen bereit"})
    void attributionPrepositionGivesSpeaker(String lang, String text, String words) {
        List<ClaimCandidate> cs = run(lang, text, "Ana", ANA, "Chile", CHILE, "Cile", CHILE);
        assertTrue(cs.stream().anyMatch(c -> c.speaker().equals(ANA)), cs::toString);
    }

    @Test
    void personPronounSpeakerIsTheLastPerson() {
        String text = "Ana tiba di Santiago. Ia mengatakan Cile siap membantu.";
        List<ClaimCandidate> cs = run("id", text, "Ana", ANA, "Cile", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(0).speaker());
    }

    @Test
    void onBehalfOfIsTheSpeakersStateAsMentioned() {
        String text = "Ana, a diplomat from France, said that Chile would sign a treaty with France.";
        ClaimCandidate c = run("en", text, "Ana", ANA, "France", FRANCE, "Chile", CHILE).get(0);
        assertEquals(FRANCE, c.onBehalfOf());
        assertTrue(c.about().contains(CHILE));
        assertFalse(c.about().contains(ANA));
    }

    @Test
    void onBehalfOfIsBuiltWhenTheStateIsNotNamed() {
        String text = "Ana said that Chile would send aid soon.";
        ClaimCandidate c = run("en", text, "Ana", ANA, "Chile", CHILE).get(0);
        assertEquals("country:FRA", c.onBehalfOf().key());
        assertEquals("France", c.onBehalfOf().label());
    }

    @Test
    void claimAssertsTheEventInsideIt() {
        String text = "Ana said that Chile signed an agreement with France.";
        ClaimCandidate c = run("en", text, "Ana", ANA, "France", FRANCE, "Chile", CHILE).get(0);
        assertEquals(1, c.asserts().size());
        assertEquals("057", c.asserts().get(0).cameo());
    }

    @Test
    void quoteAcrossSentencesIsOneClaim() {
        String text = "\"We will talk. We will also trade with everyone,\" Ana said.";
        List<ClaimCandidate> cs = run("en", text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("We will talk. We will also trade with everyone", said(text, cs.get(0)));
    }

    @Test
    void shortScareQuoteIsNoClaim() {
        String text = "Chile rejected the \"smear\" campaign by France.";
        assertEquals(List.of(), run("en", text, "France", FRANCE, "Chile", CHILE));
    }

    @Test
    void claimDateIsThePublishedDateWithoutOtherDate() {
        String text = "Ana said that Chile would send aid soon.";
        assertEquals("2024-03-04", run("en", text, "Ana", ANA).get(0).date());
    }

    @Test
    void participleAfterAQuoteIsNoAttributionOfTheQuote() {
        String text = "Chile a « condamné fermement » cette annonce en estimant que cette décision reste sans fondement.";
        List<ClaimCandidate> cs = run("fr", text, "Chile", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(CHILE, cs.get(0).speaker());
        assertEquals("cette décision reste sans fondement", said(text, cs.get(0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Israel jelas menunjukkan sikap tidak menghormati usaha damai.",
        "ms|Israel jelas menunjukkan sikap tidak menghormati usaha keamanan.",
        "id|Ana tegas menolak tawaran itu."})
    void tailOnlyVerbBeforeAVerbIsAnAdverb(String lang, String text) {
        assertEquals(List.of(), run(lang, text, "Ana", ANA, "Israel", TextFixtures.country("ISR", "Israel")));
    }

    @Test
    void tailOnlyVerbAfterTheWordsReports() {
        String text = "Kami akan terus membantu Cile, tegas Ana.";
        List<ClaimCandidate> cs = run("id", text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("Kami akan terus membantu Cile", said(text, cs.get(0)));
    }

    @Test
    void verbNeedingThatStillClosesASentence() {
        String text = "The sanctions will hurt ordinary people, Ana warned.";
        List<ClaimCandidate> cs = run("en", text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("The sanctions will hurt ordinary people", said(text, cs.get(0)));
    }

    @Test
    void verbNeedingThatWithAnObjectIsNoTailClaim() {
        String text = "After the strike on the port, Chile condemned the attack by France.";
        assertEquals(List.of(), run("en", text, "France", FRANCE, "Chile", CHILE));
    }

    @Test
    void coordinatedSpeechVerbStartsItsOwnClaim() {
        String text = "Ana mengatakan bahwa Cile akan membantu, serta menyebut Prancis \"agresif\".";
        List<ClaimCandidate> cs = run("id", text, "Ana", ANA, "Cile", CHILE, "Prancis", FRANCE);
        assertEquals(2, cs.size(), cs::toString);
        assertEquals("Cile akan membantu", said(text, cs.get(0)));
        assertTrue(said(text, cs.get(1)).contains("agresif"), said(text, cs.get(1)));
    }

    @Test
    void shortQuoteEndingTheSpeechVerbsClauseIsAClaim() {
        String text = "Ana bezeichnete die Entscheidung als \"nicht zufriedenstellend\".";
        List<ClaimCandidate> cs = run("de", text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("nicht zufriedenstellend", said(text, cs.get(0)));
    }

    @Test
    void subjectDropTakesTheLastSpeaker() {
        String text = "Ana dijo que Chile enviará ayuda. Además, informó de que Francia enviará barcos.";
        List<ClaimCandidate> cs = run("es", text, "Ana", ANA, "Chile", CHILE, "Francia", FRANCE);
        assertEquals(2, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(1).speaker());
        assertEquals("Francia enviará barcos", said(text, cs.get(1)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Ana a parlé avec Chile. Selon elle, la France enverra des navires.|la France enverra des navires",
        "en|Ana met Chile. According to him, France will send ships.|France will send ships",
        "es|Ana habló con Chile. Según ella, Francia enviará barcos.|Francia enviará barcos"})
    void attributionWithAPersonPronounIsTheLastPerson(String lang, String text, String words) {
        List<ClaimCandidate> cs = run(lang, text, "Ana", ANA, "Chile", CHILE);
        ClaimCandidate c = cs.stream().filter(x -> said(text, x).equals(words)).findFirst().orElse(null);
        assertTrue(c != null, cs::toString);
        assertEquals(ANA, c.speaker());
    }

    @Test
    void wordsSaidBeginAfterAComplementizerBehindTheObject() {
        String text = "Ana told a regular press briefing on Monday that Chile opposed any interference.";
        List<ClaimCandidate> cs = run("en", text, "Ana", ANA, "Chile", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("Chile opposed any interference", said(text, cs.get(0)));
    }

    @Test
    void anIntroductoryAdjunctIsNoWordsSaid() {
        String text = "In a statement, Chile said it had lodged a strong protest with France.";
        List<ClaimCandidate> cs = run("en", text, "France", FRANCE, "Chile", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(CHILE, cs.get(0).speaker());
        assertEquals("it had lodged a strong protest with France", said(text, cs.get(0)));
    }

    @Test
    void aPersonInAppositionBeforeTheVerbIsTheSpeaker() {
        String text = "Juru bicara Kemlu, Ana, mengatakan Cile mengecam keras tindakan tersebut.";
        List<ClaimCandidate> cs = run("id", text, "Ana", ANA, "Cile", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(0).speaker());
        assertEquals("Cile mengecam keras tindakan tersebut", said(text, cs.get(0)));
    }

    @Test
    void theySaidIsTheLastBodyOrStateThatSpoke() {
        String text = "Chile said the talks failed. They said the agreement would be signed soon.";
        List<ClaimCandidate> cs = run("en", text, "Chile", CHILE);
        assertEquals(2, cs.size(), cs::toString);
        assertEquals(CHILE, cs.get(1).speaker());
    }

    @Test
    void anAttributionPhraseYieldsToASpeechVerbWithItsOwnSubject() {
        String text = "Dalam keterangannya, Cile menyatakan bahwa keselamatan warga menjadi prioritas utama.";
        List<ClaimCandidate> cs = run("id", text, "Cile", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("keselamatan warga menjadi prioritas utama", said(text, cs.get(0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Cile akan mengirim bantuan ke Prancis. Hal itu disampaikan Ana di Jakarta.|Cile akan mengirim bantuan ke Prancis",
        "es|Chile enviará ayuda a Francia. Así lo afirmó Ana en Santiago.|Chile enviará ayuda a Francia",
        "fr|Le Chili enverra de l'aide à la France. C'est ce qu'a déclaré Ana lundi.|Le Chili enverra de l'aide à la France",
        "de|Chile werde Frankreich helfen. Das sagte Ana am Montag.|Chile werde Frankreich helfen"})
    void aBackReferenceAttributesTheSentenceBefore(String lang, String text, String words) {
        List<ClaimCandidate> cs = run(lang, text, "Ana", ANA);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(0).speaker());
        assertEquals(words, said(text, cs.get(0)));
    }

    @Test
    void aKataClitikSpeakerIsTheLastPersonWhoSpoke() {
        String text = "Ana berkata Chile akan membantu. Presiden Lula juga hadir di sana. "
                + "\"Topik utama ialah perdagangan antara kedua-dua negara,\" katanya.";
        Actor lula = TextFixtures.person("Lula", "BRA");
        List<ClaimCandidate> cs = run("ms", text, "Ana", ANA, "Lula", lula, "Chile", CHILE);
        assertEquals(2, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(1).speaker());
    }

    @Test
    void aVerbNeedingThatClosesTheSentenceWithItsSpeaker() {
        String text = "Die Sicherheit Chiles sei auch unsere Sicherheit, so Ana.";
        List<ClaimCandidate> cs = run("de", text, "Ana", ANA, "Chiles", CHILE);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(ANA, cs.get(0).speaker());
        assertEquals("Die Sicherheit Chiles sei auch unsere Sicherheit", said(text, cs.get(0)));
    }
}
