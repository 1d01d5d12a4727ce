package org.geokg.extract.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.geokg.extract.PreparedTexts;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerMentionFinderTest {
    private static GazetteerMentionFinder finder;

    @BeforeAll
    static void load() {
        finder = GazetteerMentionFinder.create();
    }

    private static List<ActorMention> find(String text, String lang) {
        return finder.find(PreparedTexts.of(text, lang));
    }

    private static Optional<ActorMention> mention(List<ActorMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @ParameterizedTest(name = "[{0}] {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
        "id | Delegasi Korea Utara menolak usulan itu. | Korea Utara | country:PRK",
        "id | Pemerintah Korea Utara menolak usulan itu. | Pemerintah Korea Utara | country:PRK",
        "id | Delegasi dari Amerika Serikat tiba kemarin. | Amerika Serikat | country:USA",
        "id | Kapal perang AS berlayar ke selatan. | AS | country:USA",
        "id | Korsel dan Jepang menggelar latihan. | Korsel | country:KOR",
        "id | Hubungan dengan Tiongkok terus membaik. | Tiongkok | country:CHN",
        "id | Pasukan dari Papua Nugini ikut serta. | Papua Nugini | country:PNG",
        "id | Gedung Putih belum memberi tanggapan. | Gedung Putih | country:USA",
        "id | Sidang Dewan Keamanan PBB digelar Jumat. | Dewan Keamanan PBB | org:unsc",
        "ms | Kerajaan Amerika Syarikat menafikan laporan itu. | Kerajaan Amerika Syarikat | country:USA",
        "ms | Lawatan ke Jepun ditangguhkan. | Jepun | country:JPN",
        "ms | Kesatuan Eropah mengumumkan sekatan baharu. | Kesatuan Eropah | org:eu",
        "en | Officials in North Korea rejected the plan. | North Korea | country:PRK",
        "en | The U.S. imposed new tariffs. | U.S. | country:USA",
        "en | A Russian delegation arrived. | Russian | country:RUS",
        "en | Beijing rejected the claims. | Beijing | country:CHN",
        "en | The European Union and NATO met. | European Union | org:eu",
        "es | EE.UU. anunció nuevas sanciones. | EE.UU. | country:USA",
        "es | Corea del Norte lanzó un misil. | Corea del Norte | country:PRK",
        "de | Nordkorea feuerte eine Rakete ab. | Nordkorea | country:PRK",
        "de | Die Vereinten Nationen warnten vor einer Hungersnot. | Vereinten Nationen | org:un",
        "fr | La Corée du Nord a tiré un missile. | Corée du Nord | country:PRK",
    })
    void findsStatesAndOrganizationsPerLanguage(String lang, String text, String expected, String key) {
        ActorMention m = mention(find(text, lang), expected).orElseThrow(() -> new AssertionError(
                "no mention '" + expected + "' in " + find(text, lang)));
        assertEquals(key, m.actor().key());
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', value = {
        "id | Menurut Duta Besar Iran di Jepang, Reza Karimi, perundingan akan berlanjut. | Reza Karimi | person:IRN:reza karimi | ambassador to Japan",
        "id | Menteri Luar Negeri Filipina Maria Santos tiba di Jakarta. | Maria Santos | person:PHL:maria santos | foreign minister",
        "id | Panglima TNI Jenderal Budi Santoso meninjau pasukan. | Budi Santoso | person:IDN:budi santoso | commander of Indonesian National Armed Forces",
        "ms | Menteri Luar, Datuk Seri Ahmad Kamal akan melawat Jepun. | Ahmad Kamal | person:MYS:ahmad kamal | foreign minister",
        "en | Canada's Ambassador to Mexico Laura Greene was summoned. | Laura Greene | person:CAN:laura greene | ambassador to Mexico",
        "en | Indian Defence Minister Ravi Kumar visited the base. | Ravi Kumar | person:IND:ravi kumar | defence minister",
        "es | El presidente chileno, Tomás Rivera, viajó a Lima. | Tomás Rivera | person:CHL:tomás rivera | president",
        "de | Der ukrainische Außenminister Jan Nowak reiste nach Paris. | Jan Nowak | person:UKR:jan nowak | foreign minister",
        "ms | Beliau menerima kunjungan rakan sejawatannya dari Jepun, Kenji Tanaka, minggu lalu. | Kenji Tanaka | person:JPN:kenji tanaka | counterpart",
        "id | Retno bertemu rekan sejawatnya dari Filipina, Maria Santos, di Jakarta. | Maria Santos | person:PHL:maria santos | counterpart",
        "en | The minister met his Canadian counterpart, Laura Greene, on Monday. | Laura Greene | person:CAN:laura greene | counterpart",
        "en | Talks ended early, said Karim Hadi al-Rawi, Jordan's foreign minister. | Karim Hadi al-Rawi | person:JOR:karim hadi al-rawi | foreign minister",
        "en | Egyptian Defence Minister Omar Fathi el-Masri visited the base. | Omar Fathi el-Masri | person:EGY:omar fathi el-masri | defence minister",
        "ms | Panglima Tentera Laut Laksamana Datuk Ahmad Kamal hadir. | Ahmad Kamal | person:ahmad kamal | commander",
        "ms | Ketua Pengarah Agensi Penguatkuasaan Maritim Malaysia Laksamana Maritim Datuk Rahim Osman berucap. | Rahim Osman | person:MYS:rahim osman | director-general of Malaysian Maritime Enforcement Agency",
        "id | Kepala Pusat Penerangan TNI Brigjen Budi Santoso memberi keterangan. | Budi Santoso | person:IDN:budi santoso | head of Indonesian National Armed Forces",
        "id | Ketua Komisi I DPR Agus Wijaya meminta penjelasan. | Agus Wijaya | person:IDN:agus wijaya | chairman of House of Representatives of Indonesia",
        "id | Kepala Badan Pusat Statistik (BPS) Rina Lestari merilis data. | Rina Lestari | person:IDN:rina lestari | head",
        "en | Chief of General Staff Piotr Zalewski inspected the troops. | Piotr Zalewski | person:piotr zalewski | chief of general staff",
        "en | Minister of State for Foreign Affairs Khalid Nasser spoke. | Khalid Nasser | person:khalid nasser | minister of state for foreign affairs",
        "en | Chilean Ambassador to the United Nations Ana Rojas spoke. | Ana Rojas | person:CHL:ana rojas | ambassador to United Nations",
        "es | El ministro de Información de Ghana, Kofi Mensah, habló ayer. | Kofi Mensah | person:GHA:kofi mensah | minister",
        "id | Kepala Staf Umum Piotr Zalewski meninjau pasukan. | Piotr Zalewski | person:piotr zalewski | chief of general staff",
        "ms | Ketua Turus Angkatan Tentera Piotr Zalewski memeriksa pasukan. | Piotr Zalewski | person:piotr zalewski | chief of defence staff",
        "id | Pemimpin oposisi Ana Rojas menyerukan ketenangan. | Ana Rojas | person:ana rojas | opposition leader",
        "es | El jefe del Estado Mayor de Rusia, Piotr Zalewski, visitó el frente. | Piotr Zalewski | person:RUS:piotr zalewski | head of General Staff of the Armed Forces of Russia",
        "en | The Chief of the General Staff of the Russian Armed Forces, Piotr Zalewski, spoke. | Piotr Zalewski | person:RUS:piotr zalewski | chief of general staff of Russian Armed Forces",
        "id | Utusan khusus AS Mark Berger bertolak ke Kairo. | Mark Berger | person:USA:mark berger | special envoy",
        "id | Jubir Kemlu China Li Wei menegaskan sikap negaranya. | Li Wei | person:CHN:li wei | spokesperson of Ministry of Foreign Affairs of China",
        "es | El titular de Exteriores iraní, Hamid Rostami, habló. | Hamid Rostami | person:IRN:hamid rostami | foreign minister",
        "es | El expresidente peruano Tomás Vidal falleció. | Tomás Vidal | person:PER:tomás vidal | former president",
    })
    void titleChainsGivePersonWithCountryAndRole(String lang, String text, String name, String key, String role) {
        ActorMention m = mention(find(text, lang), name).orElseThrow(() -> new AssertionError(
                "no person '" + name + "' in " + find(text, lang)));
        assertEquals(key, m.actor().key());
        assertEquals(role, m.actor().role());
        assertEquals(EntityType.Person, m.actor().type());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "id | Pasukan dari Papua Nugini tiba. | Papua",
        "id | Tim dari Korea Selatan menang. | Korea",
        "en | The South China Sea dispute continues. | China",
    })
    void longestGazetteerMatchWins(String lang, String text, String shorter) {
        assertTrue(mention(find(text, lang), shorter).isEmpty(), "shorter name matched: " + find(text, lang));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "id | Roda itu berputar pada as yang patah. | as",
        "en | Prices rose as US$20 billion flowed in. | US",
        "en | They told us everything. | us",
        "id | Kaum Rusiana berkumpul. | Rusia",
        "id | Ia fasih berbahasa Inggris dan bahasa Inggris. | Inggris",
        "en | Basketball star Michael Jordan retired. | Jordan",
        "ms | Lima kapal dikerahkan ke Selat Melaka. | Lima",
        "id | Baku tembak terjadi di perbatasan. | Baku",
        "id | Kisah Asmara di Jakarta ditayangkan. | Asmara",
    })
    void ambiguousWordsAreNotStates(String lang, String text, String word) {
        List<ActorMention> ms = find(text, lang);
        assertTrue(ms.stream().noneMatch(m -> m.actor().type() == EntityType.Country && m.text().equals(word)),
                "matched: " + ms);
    }

    @Test
    void shortNameResolvesToEarlierPerson() {
        List<ActorMention> ms = find("Duta Besar Chile di Rusia, Pablo Herrera, bertemu wartawan. "
                + "Menurut Herrera, pertemuan berjalan baik.", "id");
        ActorMention shortName = mention(ms, "Herrera").orElseThrow();
        assertEquals("short", shortName.how());
        assertEquals("person:CHL:pablo herrera", shortName.actor().key());
    }

    @Test
    void oneWordAfterTitleJoinsTheFullName() {
        List<ActorMention> ms = find("Presiden Peru Luis Arroyo tiba. Presiden Arroyo disambut hangat.", "id");
        assertEquals("person:PER:luis arroyo", mention(ms, "Arroyo").orElseThrow().actor().key());
    }

    @Test
    void pronounResolvesToTheOnlyPersonOfPreviousSentence() {
        List<ActorMention> ms = find("Jenderal Tentara Filipina Jose Cruz memeriksa pasukan. Ia mengatakan "
                + "latihan berjalan lancar.", "id");
        ActorMention p = mention(ms, "Ia").orElseThrow();
        assertEquals("pronoun", p.how());
        assertEquals("person:PHL:jose cruz", p.actor().key());
    }

    @Test
    void pronounStaysUnresolvedWhenTwoPersonsPrecede() {
        List<ActorMention> ms = find("Prime Minister Mark Lowe met President Anna Berg. He said talks went well.",
                "en");
        assertTrue(mention(ms, "He").isEmpty(), ms.toString());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | The Peruvian Defence Ministry recalled its attaché. | Peruvian Defence Ministry | Ministry of Defence of Peru",
        "es | El Ministerio de Relaciones Exteriores de Chile convocó al embajador. | Ministerio de Relaciones Exteriores de Chile | Ministry of Foreign Affairs of Chile",
        "en | The Polish Navy sent two frigates. | Polish Navy | Polish Navy",
    })
    void generatedBodyLabelsTakeTheFormalMinistryName(String lang, String text, String surface, String label) {
        ActorMention m = mention(find(text, lang), surface).orElseThrow();
        assertEquals(label, m.actor().label());
    }

    @Test
    void genericBodyIsKeyedByCountryAndKind() {
        List<ActorMention> ms = find("Kementerian Luar Negeri Iran memanggil duta besar itu.", "id");
        ActorMention m = mention(ms, "Kementerian Luar Negeri Iran").orElseThrow();
        assertEquals("org:IRN:foreign ministry", m.actor().key());
        assertEquals("Ministry of Foreign Affairs of Iran", m.actor().label());
        assertEquals("IRN", m.actor().country());
        assertEquals("GOV", m.actor().sector());
    }

    @Test
    void englishBodyBeforeAndAfterCountryIsOneActor() {
        List<ActorMention> ms = find("The Chinese Foreign Ministry protested. Later the Foreign Ministry of "
                + "China repeated it.", "en");
        assertEquals("org:CHN:foreign ministry", mention(ms, "Chinese Foreign Ministry").orElseThrow().actor().key());
        assertEquals("org:CHN:foreign ministry", mention(ms, "Foreign Ministry of China").orElseThrow().actor().key());
    }

    @Test
    void bodyInsideTitleLeavesCountryAndAffiliation() {
        List<ActorMention> ms = find("Jenderal Tentara Vietnam Tran Van Minh berbicara.", "id");
        assertEquals("country:VNM", mention(ms, "Vietnam").orElseThrow().actor().key());
        Actor p = mention(ms, "Tran Van Minh").orElseThrow().actor();
        assertEquals("VNM", p.country());
        assertEquals("MIL", p.sector());
    }

    @Test
    void knownPersonKeepsGazetteerIdentityAndGetsRoleFromTitle() {
        List<ActorMention> ms = find("Russian President Vladimir Putin arrived. Putin smiled.", "en");
        Actor a = mention(ms, "Vladimir Putin").orElseThrow().actor();
        assertEquals("person:RUS:vladimir putin", a.key());
        assertEquals("Q7747", a.wikidata());
        assertEquals("president", a.role());
        assertEquals(a, mention(ms, "Putin").orElseThrow().actor());
    }

    @Test
    void speechVerbNextToUnknownNameGivesPerson() {
        List<ActorMention> ms = find("\"Kami siap,\" kata Rudi Hartono kepada wartawan.", "id");
        assertEquals(EntityType.Person, mention(ms, "Rudi Hartono").orElseThrow().actor().type());
    }

    @Test
    void mentionsAreSortedNonOverlappingWithExactOffsets() {
        String text = "Presiden China Xi Jinping menerima Menlu Korut di Beijing. AS dan Korsel memprotes.";
        List<ActorMention> ms = find(text, "id");
        assertFalse(ms.isEmpty());
        int last = -1;
        for (ActorMention m : ms) {
            assertEquals(text.substring(m.start(), m.end()), m.text());
            assertTrue(m.start() >= last, "overlap or unsorted at " + m);
            last = m.end();
        }
    }

    @Test
    void mentionsStayInsideBodySpans() {
        String text = "Rusia dan China\n\nKorut menolak.";
        Article a = new Article("b", "b.txt", null, null, null, "id", null, text);
        int body = text.indexOf("Korut");
        PreparedText pt = new PreparedText(a, "id", null, null, null, null, List.of(), List.of(),
                List.of(new TextSpan(0, body)), List.of(new TextSpan(body, text.length())),
                List.of(new TextSpan(body, text.length())));
        List<ActorMention> ms = finder.find(pt);
        assertEquals(1, ms.size(), ms.toString());
        assertEquals("country:PRK", ms.get(0).actor().key());
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Fars | id | org:fars",
        "TASS | id | org:tass",
        "Bernama | ms | org:bernama",
        "Wisma Putra | ms | org:MYS:foreign ministry",
        "Sekretariat Presiden | id | org:IDN:presidential secretariat",
        "Reuters | en | org:reuters",
        "Antara | id | org:antara",
        "Korut | id | country:PRK",
    })
    void resolveFindsCreditedNames(String name, String lang, String key) {
        Actor a = finder.resolve(name, lang);
        assertNotNull(a, name);
        assertEquals(key, a.key());
    }

    @Test
    void resolveReturnsNullForUnknownName() {
        assertNull(finder.resolve("Harian Entah Apa", "id"));
    }

    @Test
    void unknownLanguageStillFindsEnglishAndLocalCountryNames() {
        List<ActorMention> ms = find("Rossiya i Kitay podpisali dogovor s North Korea.", "ru");
        assertEquals("country:PRK", mention(ms, "North Korea").orElseThrow().actor().key());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "id|Latihan gabungan AS-Korsel dimulai pekan ini.|country:USA|country:KOR",
        "ms|Hubungan Malaysia-China terus erat.|country:MYS|country:CHN",
        "en|The US-Japan alliance was renewed.|country:USA|country:JPN",
        "de|Die Gespräche Russland-Ukraine scheiterten.|country:RUS|country:UKR"})
    void hyphenatedPairOfStatesGivesTwoMentions(String lang, String text, String first, String second) {
        List<String> keys = find(text, lang).stream().map(m -> m.actor().key()).toList();
        assertTrue(keys.contains(first) && keys.contains(second), keys::toString);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "id | Kepala Pusat Penerangan TNI Brigjen Budi Santoso memberi keterangan. | Pusat Penerangan",
        "id | Ketua Komisi I DPR Agus Wijaya meminta penjelasan. | Komisi",
        "id | Kepala Badan Pusat Statistik (BPS) Rina Lestari merilis data. | Badan Pusat Statistik",
        "ms | Panglima Tentera Laut Laksamana Datuk Ahmad Kamal hadir. | Tentera Laut Laksamana Datuk Ahmad Kamal",
        "es | El portavoz del Ejército, coronel Tomás Vidal, habló. | Ejército",
        "es | El ministro de Información de Ghana, Kofi Mensah, habló ayer. | Información",
        "en | Chief of General Staff Piotr Zalewski inspected the troops. | Staff",
    })
    void theNameOfAUnitAfterAnOfficeIsNoPerson(String lang, String text, String unit) {
        List<ActorMention> ms = find(text, lang);
        assertTrue(ms.stream().noneMatch(m -> m.actor().type() == EntityType.Person && m.text().startsWith(unit)),
                ms::toString);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "id | Menteri Luar Negeri Chile Tomás Vidal juga menelepon Sekjen PBB Lucia Moretti. | Lucia Moretti",
        "en | Chilean Foreign Minister Tomás Vidal later phoned UN envoy Lucia Moretti. | Lucia Moretti",
    })
    void anOfficialOfAnInternationalBodyTakesNoStateFromAnotherPerson(String lang, String text, String name) {
        ActorMention m = mention(find(text, lang), name).orElseThrow(() -> new AssertionError(find(text, lang).toString()));
        assertEquals(null, m.actor().country(), () -> m.toString());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | According to Hannah Vogel, the talks could collapse. | Hannah Vogel",
        "id | Menurut Hannah Vogel, perundingan bisa gagal. | Hannah Vogel",
        "ms | Menurut Hannah Vogel, rundingan boleh gagal. | Hannah Vogel",
        "es | Según Hannah Vogel, las conversaciones podrían fracasar. | Hannah Vogel",
        "de | Laut Hannah Vogel könnten die Gespräche scheitern. | Hannah Vogel",
        "en | Tariq Aziz Khan wrote that the ceasefire had been broken. | Tariq Aziz Khan",
    })
    void aSourceCueBeforeOrAfterANameGivesAPerson(String lang, String text, String name) {
        ActorMention m = mention(find(text, lang), name).orElseThrow(() -> new AssertionError(find(text, lang).toString()));
        assertEquals(EntityType.Person, m.actor().type());
    }

    @Test
    void aSourceCueBeforeABodyGivesNoPerson() {
        List<ActorMention> ms = find("According to the Defence Ministry, the drill ended.", "en");
        assertTrue(ms.stream().noneMatch(m -> m.actor().type() == EntityType.Person && m.text().contains("Ministry")),
                ms::toString);
    }

    @Test
    void aBodyInsideARankAfterAnotherAffiliationIsNoActor() {
        List<ActorMention> ms = find("Rombongan disambut Atase Pertahanan RI Marsekal TNI Budi Santoso di Amman.", "id");
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Budi Santoso")), ms::toString);
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("TNI")), ms::toString);
    }

    @Test
    void hyphenatedPersonNameStaysOneToken() {
        List<ActorMention> ms = find("Duta Besar Korea Utara Kim Yong-chol tiba di Jakarta.", "id");
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Kim Yong-chol")), ms::toString);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The Maritime Security Coordination Agency said the ships had left.|Maritime Security Coordination Agency",
        "id|\"Kapal itu sudah pergi,\" kata Komando Armada Selatan.|Komando Armada Selatan"})
    void aNameWithAnOrganizationHeadNounAtASpeechWordIsAnOrganization(String lang, String text, String name) {
        ActorMention m = mention(find(text, lang), name).orElse(null);
        assertNotNull(m, () -> find(text, lang).toString());
        assertEquals(EntityType.Organization, m.actor().type());
    }
}
