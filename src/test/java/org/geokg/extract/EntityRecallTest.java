package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.mentions.GazetteerMentionFinder;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.EntityType;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Persons, states and outlets named in less common ways are still found. */
class EntityRecallTest {
    private static GazetteerMentionFinder finder;
    private static RuleBasedExtractor extractor;

    @BeforeAll
    static void load() {
        finder = GazetteerMentionFinder.create();
        extractor = RuleBasedExtractor.create();
    }

    private static Optional<ActorMention> person(String text, String lang, String name) {
        return finder.find(PreparedTexts.of(text, lang)).stream()
                .filter(m -> m.actor().type() == EntityType.Person && m.text().equals(name)).findFirst();
    }

    private static List<String> personTexts(String text, String lang) {
        return finder.find(PreparedTexts.of(text, lang)).stream().filter(m -> m.actor().type() == EntityType.Person)
                .map(ActorMention::text).toList();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Beliau bertemu TYT Dato’ Paduka Ahmad Zaki semalam.                | Ahmad Zaki
        ms | Beliau bertemu Yang Berhormat Pehin Dato Awang Salleh semalam.     | Awang Salleh
        ms | YB Dato' Sri Rahman Hakim berkata demikian.                         | Rahman Hakim
        id | Perdana Menteri Malaysia Tan Sri Ahmad Zaki tiba di Jakarta.       | Ahmad Zaki
        id | Ia bertemu Datuk Seri Rahman Hakim di Jakarta.                    | Rahman Hakim
        en | Malaysian Prime Minister Tan Sri Ahmad Zaki arrived in Jakarta.    | Ahmad Zaki
        """)
    void honorificsIntroduceAPerson(String lang, String text, String name) {
        assertTrue(person(text, lang, name).isPresent(), () -> "no person '" + name + "' in " + personTexts(text, lang));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} ({3}, {4})")
    @CsvSource(delimiter = '|', textBlock = """
        id | Perdana Menteri Malaysia ke-8 Ahmad Zaki tiba di Jakarta.            | Ahmad Zaki   | MYS | prime minister
        ms | Perdana Menteri Malaysia ke-8 Ahmad Zaki tiba di Jakarta.            | Ahmad Zaki   | MYS | prime minister
        ms | Menteri Luar Negeri II Brunei Awang Salleh tiba semalam.            | Awang Salleh | BRN | foreign minister
        """)
    void ordinalsAndNumeralsAfterATitleBelongToTheOffice(String lang, String text, String name, String country,
            String role) {
        ActorMention m = person(text, lang, name).orElseThrow(() -> new AssertionError(personTexts(text, lang)));
        assertEquals(country, m.actor().country());
        assertEquals(role, m.actor().role());
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Beliau bertemu Menteri Pembangunan Luar Bandar Datuk Seri Rahman Hakim semalam.      | Rahman Hakim
        id | Turut hadir Dirjen Asia Pasifik dan Afrika, Budi Santoso, dalam pertemuan itu.       | Budi Santoso
        id | Ia bertemu Menteri Koordinator Bidang Perekonomian RI Budi Santoso di Jakarta.       | Budi Santoso
        en | He met Minister of Rural Development Datuk Seri Rahman Hakim in Kuala Lumpur.        | Rahman Hakim
        """)
    void aPortfolioAfterAGenericOfficeIsNotAName(String lang, String text, String name) {
        assertEquals(List.of(name), personTexts(text, lang));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Ia bertemu Menteri Budi Santoso di Jakarta.      | Budi Santoso
        en | Minister Cho and Minister Tan Lee met on Monday.   | Tan Lee
        """)
    void aGenericOfficeBeforeANameStillTakesTheName(String lang, String text, String name) {
        assertTrue(person(text, lang, name).isPresent(), () -> personTexts(text, lang).toString());
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Menteri Luar Negeri Republik Indonesia tiba semalam.          | Republik Indonesia        | IDN
        ms | Lawatan ke Negara Brunei Darussalam bermula esok.              | Negara Brunei Darussalam  | BRN
        id | Delegasi Republik Filipina tiba di Jakarta.                    | Republik Filipina         | PHL
        id | Rakyat Negara Palestina menyambut baik keputusan itu.          | Negara Palestina          | PSE
        ms | Malaysia menyokong Negara Palestin yang merdeka.               | Negara Palestin           | PSE
        """)
    void formalNamesOfStatesAreTheState(String lang, String text, String name, String country) {
        ActorMention m = finder.find(PreparedTexts.of(text, lang)).stream().filter(x -> x.text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no mention '" + name + "'"));
        assertEquals(country, m.actor().country());
    }

    /** A nationality adjective inside an office ("ministre ghanéen des Affaires étrangères") is its state. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le ministre ghanéen des Affaires étrangères Kwame Mensah a déclaré.  | Kwame Mensah | GHA
        fr | Le ministre ghanéen de la Défense, Kwame Mensah, a déclaré.         | Kwame Mensah | GHA
        es | El ministro ghanés de Asuntos Exteriores, Kwame Mensah, declaró.     | Kwame Mensah | GHA
        es | El ministro ghanés del Interior, Kwame Mensah, declaró.              | Kwame Mensah | GHA
        """)
    void aNationalityInsideAnOfficeIsTheAffiliation(String lang, String text, String name, String country) {
        ActorMention m = person(text, lang, name).orElseThrow(() -> new AssertionError(personTexts(text, lang)));
        assertEquals(country, m.actor().country());
    }

    /** A name next to a speech verb of several words, or a capitalized "according to", is a person. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Kwame Mensah a déclaré aux journalistes que les pourparlers ont échoué.  | Kwame Mensah
        fr | Kwame Mensah a dit que les pourparlers ont échoué.                      | Kwame Mensah
        fr | Selon Kwame Mensah, les pourparlers ont échoué.                         | Kwame Mensah
        fr | « Nous ne reculerons pas », a déclaré Kwame Mensah.                     | Kwame Mensah
        ms | Kwame Mensah memberitahu pemberita rundingan itu gagal.                 | Kwame Mensah
        """)
    void aNameNextToASpeechPhraseIsAPerson(String lang, String text, String name) {
        assertTrue(person(text, lang, name).isPresent(), () -> "no person '" + name + "' in " + personTexts(text, lang));
    }

    /** The spokesperson of a ministry, government or embassy named by the office is a person. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le porte-parole du ministère, Kwame Mensah, a déclaré.     | Kwame Mensah
        es | El portavoz del ministerio, Kwame Mensah, declaró.         | Kwame Mensah
        de | Der Sprecher des Ministeriums, Kwame Mensah, sagte.        | Kwame Mensah
        id | Juru bicara kementerian, Kwame Mensah, mengatakan.         | Kwame Mensah
        ms | Jurucakap kementerian, Kwame Mensah, berkata.              | Kwame Mensah
        """)
    void aSpokespersonOfAMinistryIsAPerson(String lang, String text, String name) {
        assertTrue(person(text, lang, name).isPresent(), () -> "no person '" + name + "' in " + personTexts(text, lang));
    }

    /** Adjectives and demonyms of the smaller member states, in the languages that inflect them. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Micronesian officials met their counterparts.          | Micronesian     | FSM
        en | A Saint Lucian diplomat spoke on Monday.               | Saint Lucian    | LCA
        fr | Le ministre monégasque a parlé.                        | monégasque      | MCO
        fr | Des soldats tongiens sont arrivés.                     | tongiens        | TON
        fr | Le gouvernement salomonais a réagi.                    | salomonais      | SLB
        es | El gobierno monegasco reaccionó.                       | monegasco       | MCO
        es | Soldados tonganos llegaron al puerto.                  | tonganos        | TON
        es | El ministro seychellense habló.                        | seychellense    | SYC
        de | Die liechtensteinische Regierung reagierte.            | liechtensteinische | LIE
        de | Samoanische Soldaten kamen an.                         | Samoanische     | WSM
        de | Der äquatorialguineische Präsident sprach.             | äquatorialguineische | GNQ
        id | Pejabat Pantai Gading berbicara di Jakarta.            | Pantai Gading   | CIV
        ms | Pegawai Pantai Gading berkata demikian.                | Pantai Gading   | CIV
        de | Die Elfenbeinküste rief ihren Botschafter zurück.      | Elfenbeinküste  | CIV
        es | Costa de Marfil llamó a consultas a su embajador.      | Costa de Marfil | CIV
        fr | Le Bélarus a expulsé un diplomate.                     | Bélarus         | BLR
        en | The Holy See called for a ceasefire.                   | Holy See        | VAT
        ms | Republik Czech menghantar bantuan.                     | Republik Czech  | CZE
        id | Katar menjadi penengah perundingan itu.                | Katar           | QAT
        en | The KSA hosted the talks.                              | KSA             | SAU
        en | A Lao official attended the talks.                     | Lao             | LAO
        """)
    void demonymsOfSmallerStatesAreTheState(String lang, String text, String name, String country) {
        List<ActorMention> ms = finder.find(PreparedTexts.of(text, lang));
        assertTrue(ms.stream().anyMatch(m -> m.text().contains(name) && country.equals(m.actor().country())),
                () -> "no mention of " + country + " with '" + name + "' in " + ms.stream().map(ActorMention::text)
                        .toList());
    }

    /** A plural office ("para pemimpin Barat", Western leaders) names no person. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Kanada menghadapi kecaman dari para pemimpin Barat setelah keputusan itu.
        ms | Kanada berdepan kecaman daripada para pemimpin Barat selepas keputusan itu.
        """)
    void aPluralOfficeNamesNoPerson(String lang, String text) {
        assertTrue(personTexts(text, lang).isEmpty(), () -> personTexts(text, lang).toString());
    }

    /** A state's news agency named by the generic phrase and the state is that state's outlet. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Menurut Kantor Berita Bhutan, kedua menteri sepakat memperluas perdagangan.       | Kantor Berita Bhutan  | BTN
        """)
    void aStateNewsAgencyIsThatStatesOutlet(String lang, String text, String name, String country) {
        ActorMention m = finder.find(PreparedTexts.of(text, lang)).stream().filter(x -> x.text().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no mention '" + name + "'"));
        assertEquals(country, m.actor().country());
        assertEquals("MED", m.actor().sector());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | By ABNS                         | ABNS
        ms | – BERNAMA                       | BERNAMA
        id | Kalimantan Raya News Agency (KRNA) | Kalimantan Raya News Agency
        """)
    void anOutletOnALineOfItsOwnIsAnEntity(String lang, String line, String label) {
        String text = "Menteri bertemu mitranya\n\n" + (line.startsWith("By") ? line + "\n\n" : "")
                + "Para menteri bertemu di ibu kota pada hari Senin untuk membahas kerja sama perdagangan kedua negara.\n\n"
                + (line.startsWith("By") ? "" : line + "\n");
        ExtractionDocument d = extractor.extract(new Article("t", "t.txt", null, null, null, lang, null, text));
        assertTrue(d.entities().stream().map(Entity::label).anyMatch(l -> l.equalsIgnoreCase(label)),
                () -> "no outlet '" + label + "' in " + d.entities().stream().map(Entity::label).toList());
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Liga Arab mengecam serangan itu.                       | org:arableague
        ms | Majlis Kerjasama Teluk bersidang semalam.              | org:gcc
        en | The European Commission proposed new sanctions.       | org:eucommission
        de | Das Europäische Parlament stimmte zu.                  | org:europarl
        id | Komite Internasional Palang Merah mengirim bantuan.    | org:icrc
        fr | L'Organisation mondiale de la santé a alerté.          | org:who
        de | Der Weltsicherheitsrat tagte am Montag.                | org:unsc
        fr | La Banque africaine de développement a prêté.          | org:afdb
        es | El Banco Interamericano de Desarrollo prestó dinero.   | org:iadb
        fr | La CEEAC a réagi à la crise.                           | org:eccas
        es | La Comunidad Andina reaccionó.                         | org:andean
        es | La Unasur reaccionó.                                   | org:unasur
        en | Europol said the network was dismantled.               | org:europol
        de | Der Europäische Auswärtige Dienst reagierte.           | org:eeas
        en | UNMISS said peacekeepers were attacked.                | org:unmiss
        fr | Selon l'agence MAP, le ministre a parlé.               | org:map
        fr | Selon APS, le ministre a parlé.                        | org:aps
        es | Según la agencia Télam, el ministro habló.             | org:telam
        es | Según Notimex, el ministro habló.                      | org:notimex
        en | According to Lusa, the minister spoke.                 | org:lusa
        de | Laut APA sprach der Minister.                          | org:apa
        de | Laut Keystone-SDA sprach der Minister.                 | org:sda
        de | Laut PAP sprach der Minister.                          | org:pap
        en | According to the Iraqi News Agency, he spoke.          | org:ina
        id | Bank Pembangunan Islam memberi pinjaman.               | org:isdb
        en | The Knesset voted on the bill.                         | org:ISR:parliament
        fr | La Douma a voté la loi.                                | org:RUS:parliament
        de | Der BND warnte vor Angriffen.                          | org:DEU:intelligence service
        fr | La DGSE a enquêté sur l'affaire.                       | org:FRA:intelligence service
        es | El ELN atacó una base militar.                         | org:COL:eln
        en | Gazprom cut gas supplies to Europe.                    | org:RUS:gazprom
        id | Pertamina meneken kontrak dengan Rusia.                | org:IDN:pertamina
        ms | Petronas menandatangani perjanjian dengan Brunei.      | org:MYS:petronas
        es | Pemex firmó un acuerdo con Cuba.                       | org:MEX:pemex
        de | Rheinmetall liefert Panzer an die Ukraine.             | org:DEU:rheinmetall
        """)
    void regionalBodiesAndAgenciesAreKnown(String lang, String text, String key) {
        assertTrue(finder.find(PreparedTexts.of(text, lang)).stream().anyMatch(m -> m.actor().key().equals(key)),
                () -> "no " + key + " in " + text);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Mereka membincangkan Rundingan Pemimpin Tahunan kedua-dua negara.
        id | Mereka membahas Pertemuan Pemimpin Tahunan kedua negara.
        """)
    void aMeetingNamedAfterLeadersIsNoPerson(String lang, String text) {
        assertEquals(List.of(), personTexts(text, lang));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} ({3}, {4})")
    @CsvSource(delimiter = '|', textBlock = """
        en | Ahmad Faisal, the foreign minister of Malaysia, arrived on Monday.        | Ahmad Faisal | MYS | foreign minister
        en | He met Budi Santoso, the Indonesian trade minister, on Monday.            | Budi Santoso | IDN | trade minister
        id | Ahmad Faisal, Menteri Luar Negeri Malaysia, tiba di Jakarta.              | Ahmad Faisal | MYS | foreign minister
        ms | Ahmad Faisal, Menteri Luar Negeri Malaysia, tiba di Jakarta semalam.      | Ahmad Faisal | MYS | foreign minister
        """)
    void aNameWithItsOfficeInAppositionIsAPerson(String lang, String text, String name, String country, String role) {
        ActorMention m = person(text, lang, name).orElseThrow(() -> new AssertionError(personTexts(text, lang)));
        assertEquals(country, m.actor().country());
        assertEquals(role, m.actor().role());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | On Monday, the foreign minister of Malaysia arrived.
        id | Di Jakarta, Menteri Luar Negeri Malaysia tiba kemarin.
        """)
    void aPlaceOrDayBeforeAnOfficeIsNoPerson(String lang, String text) {
        assertEquals(List.of(), personTexts(text, lang));
    }
}
