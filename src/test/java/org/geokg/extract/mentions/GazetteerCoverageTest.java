package org.geokg.extract.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.geokg.extract.PreparedTexts;
import org.geokg.extract.RuleBasedExtractor;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.EntityType;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States, international bodies, outlets and officials are found by the names the press of each
 * language uses, and capitalized names are not found in ordinary lower-case words.
 */
class GazetteerCoverageTest {
    private static GazetteerMentionFinder finder;
    private static RuleBasedExtractor extractor;

    @BeforeAll
    static void load() {
        finder = GazetteerMentionFinder.create();
        extractor = RuleBasedExtractor.create();
    }

    private static List<ActorMention> find(String text, String lang) {
        return finder.find(PreparedTexts.of(text, lang));
    }

    private static Optional<ActorMention> mention(String text, String lang, String surface) {
        return find(text, lang).stream().filter(m -> m.text().equals(surface)).findFirst();
    }

    private static String found(String text, String lang) {
        return find(text, lang).stream().map(m -> m.text() + "=" + m.actor().key()).toList().toString();
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Bantuan dikirim ke Gaza, Palestina, pekan lalu.            | Palestina        | PSE
        ms | Rakyat Palestin menyambut baik keputusan itu.             | Palestin         | PSE
        de | Die Lage in Palästina bleibt angespannt.                  | Palästina        | PSE
        ms | Sidang itu diadakan di Turkiye pada 2015.                 | Turkiye          | TUR
        id | Presiden Turkiye tiba di Jakarta.                         | Turkiye          | TUR
        fr | La presse turque a réagi.                                 | turque           | TUR
        es | La RDC denunció el ataque.                                | RDC              | COD
        en | Troops from DR Congo crossed the border.                  | DR Congo         | COD
        es | El pueblo angoleño lo celebró.                            | angoleño         | AGO
        de | Die kenianische Seite widersprach.                        | kenianische      | KEN
        fr | Le président islandais a parlé.                           | islandais        | ISL
        es | Un diplomático croata llegó ayer.                         | croata           | HRV
        es | Los EAU anunciaron la medida.                             | EAU              | ARE
        """)
    void statesAreFoundByTheirPressNames(String lang, String text, String surface, String iso3) {
        ActorMention m = mention(text, lang, surface).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(iso3, m.actor().country());
        assertEquals(EntityType.Country, m.actor().type());
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Malaysia menjadi Pengerusi Asean tahun ini.                | Asean                     | org:asean
        ms | Kesatuan Eropah (EU) dan Kesatuan Afrika (AU) turut hadir. | Kesatuan Afrika           | org:au
        id | Ia bertemu Presiden Komisi Uni Eropa di Brussels.          | Komisi Uni Eropa          | org:eucommission
        de | Die Internationale Atomenergiebehörde warnte erneut.       | Internationale Atomenergiebehörde | org:iaea
        fr | La CPI a émis un mandat d'arrêt.                           | CPI                       | org:icc
        en | The UNFCCC secretariat published the report.              | UNFCCC                    | org:unfccc
        en | The IRGC said it seized the tanker.                        | IRGC                      | org:IRN:revolutionary guards
        en | Jiji Press reported the launch.                            | Jiji Press                | org:jiji
        de | Das israelische Militär, Tsahal, griff an.                 | Tsahal                    | org:ISR:armed forces
        en | The Treasury Department froze the accounts.                | Treasury Department       | org:USA:finance ministry
        es | El Departamento del Tesoro congeló las cuentas.            | Departamento del Tesoro   | org:USA:finance ministry
        de | Das US-Finanzministerium fror die Konten ein.              | US-Finanzministerium      | org:USA:finance ministry
        en | The Russian General Staff denied the report.               | Russian General Staff     | org:RUS:general staff
        es | El Estado Mayor de Ucrania negó el informe.                | Estado Mayor de Ucrania   | org:UKR:general staff
        id | Staf Umum Ukraina membantah laporan itu.                   | Staf Umum Ukraina         | org:UKR:general staff
        de | Der Islamische Dschihad bekannte sich zu dem Angriff.      | Islamische Dschihad       | org:pij
        ms | Pihak Berkuasa Palestin menolak cadangan itu.              | Pihak Berkuasa Palestin   | org:PSE:authority
        es | La FANB desplegó tropas en la frontera.                    | FANB                      | org:VEN:armed forces
        en | The bill now goes to Congress for a vote.                  | Congress                  | org:USA:parliament
        """)
    void internationalBodiesAndOutletsAreFound(String lang, String text, String surface, String key) {
        ActorMention m = mention(text, lang, surface).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(key, m.actor().key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The Party Congress opened in Beijing on Sunday.
        Delegates of the World Uyghur Congress met in Munich.
        """)
    void congressNextToAnotherNameIsNotTheUsCongress(String text) {
        List<ActorMention> ms = find(text, "en");
        assertTrue(ms.stream().noneMatch(m -> m.actor().key().equals("org:USA:parliament")), ms::toString);
    }

    @Test
    void aCapitalizedNameIsNotFoundInLowerCaseWords() {
        assertTrue(find("Russia Today reported the talks.", "en").stream()
                .anyMatch(m -> m.actor().key().equals("org:rt")), found("Russia Today reported the talks.", "en"));
        String plain = "Officials in Russia today said the talks would go on.";
        assertFalse(find(plain, "en").stream().anyMatch(m -> m.actor().key().equals("org:rt")), found(plain, "en"));
    }

    @Test
    void aHyphenatedGivenNameMatchesWrittenWithASpace() {
        assertEquals("Moon Jae in", Gazetteer.spacedVariant("Moon Jae-in"));
        assertNull(Gazetteer.spacedVariant("Jean-Yves"));
        assertNull(Gazetteer.spacedVariant("Xi Jinping"));
        String text = "Der Abschuss sei dem südkoreanischen Präsidenten Moon Jae In sofort gemeldet worden.";
        ActorMention m = mention(text, "de", "Moon Jae In").orElseThrow(() -> new AssertionError(found(text, "de")));
        assertEquals("Moon Jae-in", m.actor().label());
        assertEquals("KOR", m.actor().country());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        de | Der Junta-Sprecher Moussa Traore bezeichnete dies als Verletzung.     | Moussa Traore | spokesperson
        en | The ex-President Jacob Mwale arrived on Monday.                       | Jacob Mwale   | president
        """)
    void aTitleClosingAHyphenatedCompoundIntroducesAPerson(String lang, String text, String name, String role) {
        ActorMention m = mention(text, lang, name).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(EntityType.Person, m.actor().type());
        assertEquals(role, m.actor().role());
    }

    @Test
    void aRankAfterAnAffiliationStillIntroducesTheName() {
        String text = "Pesawat itu disambut Atase Pertahanan RI Laksamana TNI Budiman di bandara.";
        ActorMention m = mention(text, "id", "Budiman").orElseThrow(() -> new AssertionError(found(text, "id")));
        assertEquals(EntityType.Person, m.actor().type());
        assertEquals("IDN", m.actor().country());
    }

    @Test
    void aBodyPhraseEndingATitleIsNotTheBodyOfTheLastState() {
        String text = "Tentera Kemboja melepaskan tembakan. Panglima Angkatan Tentera Jeneral Ahmad Zaki hadir semalam.";
        List<ActorMention> ms = find(text, "ms");
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("Angkatan Tentera")), found(text, "ms"));
        ActorMention p = mention(text, "ms", "Ahmad Zaki").orElseThrow(() -> new AssertionError(found(text, "ms")));
        assertFalse("KHM".equals(p.actor().country()), () -> p.actor().toString());
    }

    @Test
    void defenceMinistriesAreSpelledTheInternationalWay() {
        String text = "The Armenian defence ministry said in a statement that the troops withdrew.";
        ActorMention m = mention(text, "en", "Armenian defence ministry")
                .orElseThrow(() -> new AssertionError(found(text, "en")));
        assertEquals("Ministry of Defence of Armenia", m.actor().label(), "the formal name of data/gazetteers/body-labels.tsv");
        assertEquals("org:ARM:defence ministry", m.actor().key());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es | La embajada suiza en la capital representa los intereses de otros países desde hace años. | CHE
        en | The Swiss embassy in the capital has represented the interests of other states for years.  | CHE
        """)
    void aStateNamedOnlyInsideABodyIsStillAnEntity(String lang, String sentence, String iso3) {
        String text = "Diplomacia\n\n" + sentence + "\n";
        ExtractionDocument d = extractor.extract(new Article("t", "t.txt", null, null, null, lang, null, text));
        assertTrue(d.entities().stream().anyMatch(e -> e.type().equals("Country") && iso3.equals(e.country())),
                () -> "entities " + d.entities().stream().map(Entity::label).toList());
        assertTrue(d.entities().stream().anyMatch(e -> e.type().equals("Organization") && iso3.equals(e.country())),
                () -> "entities " + d.entities().stream().map(Entity::label).toList());
    }

    @Test
    void onlyABodyNamedWithItsStateNamesTheState() {
        String text = "Kementerian Pertahanan Rusia membantah laporan itu. Kemhan menyatakan bantuan telah dikirim.";
        List<ActorMention> ms = find(text, "id");
        ActorMention named = mention(text, "id", "Kementerian Pertahanan Rusia")
                .orElseThrow(() -> new AssertionError(found(text, "id")));
        assertEquals("country:RUS", finder.namedState(named).key());
        ActorMention known = mention(text, "id", "Kemhan").orElseThrow(() -> new AssertionError(found(text, "id")));
        assertNull(finder.namedState(known));
        assertTrue(ms.stream().filter(m -> m.actor().type() == EntityType.Country).map(finder::namedState)
                .allMatch(x -> x == null));
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Serbia still does not recognise Kosovo.                     | Kosovo            | KSV
        en | Kosovar police closed the crossing.                         | Kosovar           | KSV
        fr | Le gouvernement kosovar a protesté.                         | gouvernement kosovar | KSV
        es | Las autoridades kosovares protestaron.                      | kosovares         | KSV
        de | Die kosovarische Regierung protestierte in Pristina.        | Pristina          | KSV
        id | Serbia belum mengakui Kosovo.                               | Kosovo            | KSV
        de | Die Republik Moldau strebt in die EU.                       | Republik Moldau   | MDA
        de | Die Russen zogen ihre Truppen zurück.                       | Russen            | RUS
        de | Die Israelis und die Palästinenser verhandeln.              | Palästinenser     | PSE
        de | Die Lage in Birma bleibt angespannt.                        | Birma             | MMR
        id | Menlu Korsel bertemu Menlu Korut di Tiongkok.               | Korsel            | KOR
        id | Delegasi RRT tiba di Jakarta.                               | RRT               | CHN
        id | Pejabat Negeri Paman Sam membantah.                         | Negeri Paman Sam  | USA
        id | Slowakia membeli jet tempur.                                | Slowakia          | SVK
        ms | Republik Czech dan Czech menandatangani.                    | Czech             | CZE
        es | La junta de Malí expulsó al embajador.                      | Malí              | MLI
        es | Los cataríes mediaron en la tregua.                         | cataríes          | QAT
        fr | Les autorités qatariennes ont confirmé.                     | autorités qatariennes | QAT
        fr | Les soldats burkinabés ont riposté.                         | burkinabés        | BFA
        """)
    void statesMissingBeforeAreFoundInEachLanguage(String lang, String text, String surface, String iso3) {
        ActorMention m = mention(text, lang, surface).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(iso3, m.actor().country());
        assertEquals(EntityType.Country, m.actor().type());
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Mali's junta expelled the ambassador.                        | Mali's junta                              | org:MLI:military junta
        en | Russia's central bank raised its key rate.                   | Russia's central bank                     | org:RUS:central bank
        en | The Interior Ministry of Ecuador declared a state of emergency. | Interior Ministry of Ecuador           | org:ECU:interior ministry
        fr | La junte malienne a expulsé l'ambassadeur.                   | junte malienne                            | org:MLI:military junta
        fr | Le ministère des Affaires étrangères du Maroc a réagi.       | ministère des Affaires étrangères du Maroc | org:MAR:foreign ministry
        fr | La banque centrale russe a relevé son taux.                  | banque centrale russe                     | org:RUS:central bank
        es | La junta militar de Níger expulsó al embajador.              | junta militar de Níger                    | org:NER:military junta
        es | El Ministerio de Exteriores de Marruecos lo negó.            | Ministerio de Exteriores de Marruecos     | org:MAR:foreign ministry
        es | El Banco Central de Venezuela publicó los datos.             | Banco Central de Venezuela                | org:VEN:central bank
        de | Die malische Militärjunta wies den Botschafter aus.          | malische Militärjunta                     | org:MLI:military junta
        de | Das russische Außenministerium reagierte.                    | russische Außenministerium                | org:RUS:foreign ministry
        de | Die russische Zentralbank erhöhte den Leitzins.              | russische Zentralbank                     | org:RUS:central bank
        id | Junta militer Niger mengusir duta besar Prancis.             | Junta militer Niger                       | org:NER:military junta
        id | Bank Sentral Rusia menaikkan suku bunga.                     | Bank Sentral Rusia                        | org:RUS:central bank
        ms | Bank Pusat Rusia menaikkan kadar faedah.                     | Bank Pusat Rusia                          | org:RUS:central bank
        ms | Kementerian Perdagangan Amerika Syarikat berkata demikian.   | Kementerian Perdagangan Amerika Syarikat  | org:USA:trade ministry
        en | The foreign ministry in Beijing summoned the envoy.          | foreign ministry in Beijing               | org:CHN:foreign ministry
        en | The Ministry of Defence of the Russian Federation said so.    | Ministry of Defence of the Russian Federation | org:RUS:defence ministry
        fr | Le ministère des Affaires étrangères de la RDC a réagi.      | ministère des Affaires étrangères de la RDC | org:COD:foreign ministry
        es | La embajada de los Estados Unidos cerró sus puertas.         | embajada de los Estados Unidos            | org:USA:embassy
        de | Die Militärjunta in Mali wies den Botschafter aus.           | Militärjunta in Mali                      | org:MLI:military junta
        fr | Le ministère des Affaires étrangères à Moscou a réagi.       | ministère des Affaires étrangères à Moscou | org:RUS:foreign ministry
        es | El Ministerio de Exteriores en Rabat lo negó.                | Ministerio de Exteriores en Rabat         | org:MAR:foreign ministry
        """)
    void genericStateBodiesAreTiedToTheirState(String lang, String text, String surface, String key) {
        ActorMention m = mention(text, lang, surface).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(key, m.actor().key());
        assertEquals(EntityType.Organization, m.actor().type());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The US embassy in Tehran was closed.                        | US embassy          | USA
        en | The embassy in Tehran was closed.                           | Tehran              | IRN
        es | Envió un mensaje a través de la embajada de Suiza en Teherán. | embajada de Suiza | CHE
        en | The Russian army in Ukraine advanced.                       | Russian army        | RUS
        """)
    void bodiesStandingAbroadDoNotBelongToThePlaceAfterThem(String lang, String text, String surface, String iso3) {
        ActorMention m = mention(text, lang, surface).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(iso3, m.actor().country());
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The Fed kept rates unchanged.                               | Fed               | org:USA:central bank
        id | BI menahan suku bunga acuan.                                | BI                | org:IDN:central bank
        en | Itamaraty summoned the Israeli ambassador.                  | Itamaraty         | org:BRA:foreign ministry
        en | The Farnesina summoned the ambassador.                      | Farnesina         | org:ITA:foreign ministry
        es | La Sedena desplegó tropas en la frontera.                   | Sedena            | org:MEX:defence ministry
        ms | ATM dan TNI mengadakan latihan bersama.                     | ATM               | org:MYS:armed forces
        id | Juru bicara Pejambon menyatakan keprihatinan.               | Pejambon          | org:IDN:foreign ministry
        es | Hizbulá lanzó cohetes contra el norte de Israel.            | Hizbulá           | org:hezbollah
        de | Die Huthi-Miliz griff ein Schiff an.                        | Huthi-Miliz       | org:houthis
        fr | Les Brigades Ezzedine al-Qassam ont revendiqué l'attaque.   | Brigades Ezzedine al-Qassam | org:qassam
        en | The SBU detained two suspects.                              | SBU               | org:UKR:sbu
        de | Die Bundesbank warnte vor einer Rezession.                  | Bundesbank        | org:DEU:central bank
        en | South Korea's presidential office denied the report.        | South Korea's presidential office | org:KOR:presidential office
        id | Kantor Kepresidenan Korea Selatan membantah laporan itu.    | Kantor Kepresidenan Korea Selatan | org:KOR:presidential office
        en | A Quds Force commander was killed in the strike.            | Quds Force        | org:IRN:quds force
        fr | Les FARDC ont repris la localité aux rebelles du M23.       | FARDC             | org:COD:armed forces
        es | El Cártel de Sinaloa controla la ruta.                      | Cártel de Sinaloa | org:MEX:sinaloa cartel
        """)
    void moreStateBodiesAndArmedGroupsAreFound(String lang, String text, String surface, String key) {
        ActorMention m = mention(text, lang, surface).orElseThrow(() -> new AssertionError(found(text, lang)));
        assertEquals(key, m.actor().key());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | He withdrew cash from an ATM as the Fed chair spoke.        | ATM
        en | As the talks ended, as expected, nothing changed.           | As
        en | He was fed up with the talks.                               | fed
        id | Harga bahan bakar di ATM dan SPBU naik.                     | SPBU
        es | La junta directiva del club se reunió ayer.                 | junta
        en | Let the talks begin, he said.                               | Let
        en | Wafa Idris was a nurse.                                     | Wafa
        """)
    void commonWordsAreNotActors(String lang, String text, String word) {
        assertTrue(find(text, lang).stream().noneMatch(m -> m.text().equalsIgnoreCase(word)), found(text, lang));
    }

    @Test
    void theIndonesianPalaceNamedWithAnotherStateIsNotIndonesia() {
        String text = "Istana Kepresidenan Prancis menyatakan dukungannya.";
        assertTrue(find(text, "id").stream().noneMatch(m -> "IDN".equals(m.actor().country())), found(text, "id"));
        assertEquals("IDN", mention("Juru bicara Istana Merdeka membantah kabar itu.", "id", "Istana Merdeka")
                .orElseThrow().actor().country());
    }
}
