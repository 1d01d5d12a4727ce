package org.geokg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geokg.extract.mentions.Actor;
import org.geokg.extract.mentions.ActorMention;
import org.geokg.extract.text.PreparedText;
import org.geokg.kg.model.Article;
import org.geokg.kg.model.EntityType;
import org.geokg.nlp.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProximityQuantityExtractorTest {
    private static final ProximityQuantityExtractor EXTRACTOR = ProximityQuantityExtractor.create();
    private static final Map<String, Actor> ACTORS = Map.ofEntries(
            Map.entry("Jepang", country("JPN")), Map.entry("Filipina", country("PHL")),
            Map.entry("AS", country("USA")), Map.entry("Rusia", country("RUS")), Map.entry("Suriah", country("SYR")),
            Map.entry("Korea Utara", country("PRK")), Map.entry("Ukraina", country("UKR")),
            Map.entry("Kanada", country("CAN")), Map.entry("Jepun", country("JPN")), Map.entry("Vietnam", country("VNM")),
            Map.entry("Turkey", country("TUR")), Map.entry("Syria", country("SYR")), Map.entry("Iran", country("IRN")),
            Map.entry("Armenian", country("ARM")),
            Map.entry("US", country("USA")),
            Map.entry("TNI", new Actor("org:tni", EntityType.Organization, "TNI", null, "IDN", "MIL", null)),
            Map.entry("Bakhmut", new Actor("loc:bakhmut", EntityType.Location, "Bakhmut", null, "UKR", null, null)));

    private static Actor country(String iso) {
        return new Actor("country:" + iso, EntityType.Country, iso, null, iso, null, null);
    }

    /** Mentions of every known name in the text (longest first, no overlaps). */
    private static List<ActorMention> mentions(String text) {
        return mentions(text, Map.of());
    }

    private static List<ActorMention> mentions(String text, Map<String, Actor> extra) {
        Map<String, Actor> actors = new HashMap<>(ACTORS);
        actors.putAll(extra);
        List<ActorMention> out = new ArrayList<>();
        List<String> names = new ArrayList<>(actors.keySet());
        names.sort((a, b) -> b.length() - a.length());
        boolean[] taken = new boolean[text.length()];
        for (String n : names) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
                boolean wordEnd = i + n.length() == text.length() || !Character.isLetter(text.charAt(i + n.length()));
                if (wordStart && wordEnd && !taken[i] && !taken[i + n.length() - 1]) {
                    for (int k = i; k < i + n.length(); k++) {
                        taken[k] = true;
                    }
                    out.add(new ActorMention(actors.get(n), i, i + n.length(), n, "gazetteer"));
                }
            }
        }
        out.sort((a, b) -> a.start() - b.start());
        return out;
    }

    private static List<QuantityCandidate> find(String lang, String text) {
        return find(lang, text, Map.of());
    }

    private static List<QuantityCandidate> find(String lang, String text, Map<String, Actor> extra) {
        Article a = new Article("t", "t.txt", null, null, null, lang, null, text);
        PreparedText p = new PreparedText(a, lang, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(new TextSpan(0, text.length())), List.of(new TextSpan(0, text.length())));
        return EXTRACTOR.find(p, mentions(text, extra));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" -> {2} about {3} in {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        id | Rusia telah menempatkan sekitar 6.000 tentara di Suriah.      | 6000 | RUS | SYR
        id | Tercatat 4.800 pasukan Korea Utara dikirim ke Ukraina.        | 4800 | PRK | UKR
        id | Jepang 120 personel, Filipina sebanyak 45 personel.           | 120  | JPN | -
        id | Sebanyak 1.250 personel TNI dikerahkan.                       | 1250 | IDN | -
        id | Jumlah personel TNI yang dikirim sebanyak 900 personel.       | 900  | IDN | -
        en | Turkey has sent about 3,000 troops to Syria.                  | 3000 | TUR | SYR
        en | Iran sent some 2,500 personnel into Syria last year.           | 2500 | IRN | SYR
        """)
    void attachesTheFirstQuantityToItsActorAndPlace(String lang, String text, String value, String about,
            String location) {
        QuantityCandidate q = find(lang, text).get(0);
        assertEquals(0, q.value().compareTo(new BigDecimal(value)));
        assertEquals(about, q.about() == null ? null : q.about().country());
        assertEquals(location, q.location() == null ? null : q.location().country());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|TNI said in a statement that Syria was approved to buy $2.9 billion in jets.|SYR",
        "id|TNI mengatakan bahwa Suriah membeli senjata senilai USD 2,9 miliar.|SYR"})
    void theSpeakerBeforeAComplementizerOwnsNoNumberAfterIt(String lang, String text, String about) {
        List<QuantityCandidate> qs = find(lang, text);
        assertEquals(1, qs.size(), qs::toString);
        assertEquals(about, qs.get(0).about() == null ? null : qs.get(0).about().country());
    }

    @Test
    void secondItemOfAListTakesTheActorRightBeforeIt() {
        List<QuantityCandidate> qs = find("id", "Jepang 120 personel, Filipina sebanyak 45 personel.");
        assertEquals("PHL", qs.get(1).about().country());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Vietnam mengimpor senilai 40 juta dolar AS atau naik 5 persen.
        en | Turkey paid 40 million dollars, up 5 percent on last year.
        de | Die Türkei zahlte 40 Millionen Dollar, 5 Prozent mehr als im Vorjahr.
        """)
    void aShareIsNoQuantity(String lang, String text) {
        List<QuantityCandidate> qs = find(lang, text);
        assertEquals(1, qs.size(), qs::toString);
        assertEquals(0, qs.get(0).value().compareTo(new BigDecimal(40_000_000)));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Iran said 12 people were killed in the blast.                  | 12
        id | Ledakan itu menewaskan sembilan orang, kata Iran.              | 9
        ms | Sekurang-kurangnya tujuh orang terbunuh dalam letupan itu.     | 7
        fr | Au moins 14 personnes ont été tuées dans l'explosion.          | 14
        es | Al menos 11 personas murieron en la explosión.                 | 11
        de | Bei der Explosion wurden mindestens 13 Menschen getötet.       | 13
        """)
    void peopleCountedWithACasualtyWordAreCasualties(String lang, String text, int value) {
        List<QuantityCandidate> qs = find(lang, text);
        assertEquals(1, qs.size(), qs::toString);
        assertEquals("casualties", qs.get(0).unit());
        assertEquals(0, qs.get(0).value().compareTo(BigDecimal.valueOf(value)));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Iran is a country of 90 million people.
        id | Sebanyak 300 orang dievakuasi dari Suriah.
        fr | Quelque 500 personnes ont manifesté à Paris.
        es | Unas 200 personas se reunieron en la plaza.
        de | Rund 400 Menschen demonstrierten in Berlin.
        """)
    void peopleCountedWithoutACasualtyWordAreNoQuantity(String lang, String text) {
        assertEquals(List.of(), find(lang, text));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Turkey will pull its 2,000 troops out of Syria.          | TUR
        fr | La Turquie retire ses 2 000 soldats de Syrie.             | TUR
        es | Turquía retirará sus 2.000 soldados de Siria.             | TUR
        de | Die Türkei zieht ihre 2000 Soldaten aus Syrien ab.        | TUR
        """)
    void afterAPossessiveTheSubjectOwnsTheNumberNotThePlaceAfterIt(String lang, String text, String owner) {
        Map<String, Actor> extra = Map.of("Turquie", country("TUR"), "Turquía", country("TUR"),
                "Türkei", country("TUR"), "Syrie", country("SYR"), "Siria", country("SYR"), "Syrien", country("SYR"));
        List<QuantityCandidate> qs = find(lang, text, extra);
        assertEquals(1, qs.size(), qs::toString);
        assertEquals(owner, qs.get(0).about().country());
    }

    @Test
    void aQuantitySaidAgainIsGivenOnce() {
        String text = "Turkey sent 3,000 troops. Officials said Turkey sent 3,000 troops and two warships.";
        Article a = new Article("t", "t.txt", null, null, null, "en", null, text);
        int cut = text.indexOf("Officials");
        PreparedText p = new PreparedText(a, "en", null, null, null, null, List.of(), List.of(), List.of(),
                List.of(new TextSpan(0, cut - 1), new TextSpan(cut, text.length())),
                List.of(new TextSpan(0, text.length())));
        List<QuantityCandidate> qs = EXTRACTOR.find(p, mentions(text));
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("troops", qs.get(0).unit());
        assertEquals("ships", qs.get(1).unit());
    }

    @Test
    void aGenericCasualtyCountIsNotOwnedByTheSubjectThatCausedIt() {
        QuantityCandidate q = find("en", "Turkey said its strikes killed 20 people.").get(0);
        assertNull(q.about());
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" -> {2} {3} about {4}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Vietnam mengimpor senilai 40 juta dolar AS dari kawasan itu. | 40000000   | USD | VNM
        ms | Jepun merupakan pelabur utama (RM5 bilion pada 2020).        | 5000000000 | MYR | JPN
        en | Turkey pledged $3 million in aid.                            | 3000000    | USD | TUR
        """)
    void moneyBelongsToTheSoleCountryBeforeIt(String lang, String text, String value, String unit, String about) {
        QuantityCandidate q = find(lang, text).get(0);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()));
        assertEquals(unit, q.unit());
        assertEquals(about, q.about() == null ? null : q.about().country());
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" -> {2} visitors")
    @CsvSource(delimiter = '|', textBlock = """
        id | Jepang mencatat 1,2 juta orang wisatawan tahun lalu. | 1200000
        ms | Jepun menerima 300 ribu pelancong tahun lepas.        | 300000
        en | Turkey received 2 million tourists last year.         | 2000000
        """)
    void visitorCountsAreQuantities(String lang, String text, String value) {
        QuantityCandidate q = find(lang, text).get(0);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()));
        assertEquals("visitors", q.unit());
    }

    @Test
    void locationIsAPlaceAfterALocationCue() {
        QuantityCandidate q = find("id", "Rusia mengirim 2.000 tentara ke Bakhmut.").get(0);
        assertEquals("loc:bakhmut", q.location().key());
    }

    @Test
    void offsetsCoverTheNumberAndItsUnit() {
        String text = "Kanada mengirim tiga personel.";
        QuantityCandidate q = find("id", text).get(0);
        assertEquals("tiga personel", text.substring(q.start(), q.end()));
        assertEquals("CAN", q.about().country());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Hubungan kedua negara membaik setelah dua negara itu menandatangani perjanjian.
        ms | Hubungan dua negara itu semakin erat.
        en | The two countries agreed to expand trade.
        """)
    void countOfTwoCountriesIsNoQuantity(String lang, String text) {
        assertEquals(List.of(), find(lang, text));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Latihan AS itu melibatkan kapal induk, tiga kapal perang dan dua jet tempur. | 3 | USA
        en | The Iran drill included a submarine, three warships and two fighter jets.      | 3 | IRN
        """)
    void equipmentWithoutOwnerInItsClauseTakesTheSoleCountryEarlierInTheSentence(String lang, String text,
            String value, String owner) {
        QuantityCandidate q = find(lang, text).get(0);
        assertEquals(new BigDecimal(value), q.value());
        assertEquals(owner, q.about().country());
    }

    @Test
    void equipmentWithTwoCountriesEarlierInTheSentenceHasNoOwner() {
        QuantityCandidate q = find("en", "Turkey and Syria held talks, and three warships arrived.").get(0);
        assertNull(q.about());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Jepang adalah mitra dagang Vietnam dan investor terbesar (USD 2 miliar).      | JPN
        ms | Jepun merupakan rakan dagang Vietnam dan pelabur terbesar (RM2 bilion).       | JPN
        en | Turkey is a partner of Syria and its largest investor ($2 billion).           | TUR
        """)
    void aQuantityWithoutACloserOwnerBelongsToTheSentenceSubject(String lang, String text, String owner) {
        QuantityCandidate q = find(lang, text).get(0);
        assertEquals(owner, q.about().country());
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" -> about {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Iran said that five Armenian soldiers were wounded.  | ARM
        en | Syria reported 1,200 Armenian troops near the border.   | ARM
        en | Iran paid 5 million US dollars for the fuel.          | IRN
        """)
    void actorBetweenNumberAndUnitOwnsItButNotACurrency(String lang, String text, String about) {
        List<QuantityCandidate> q = find(lang, text);
        assertEquals(1, q.size(), q::toString);
        assertEquals(about, q.get(0).about().country());
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" -> about {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Syria held talks with Turkey, which has sent 3,000 troops.          | TUR
        id | Suriah bertemu Turkey, yang telah mengirim 3.000 tentara.            | TUR
        en | Turkey paid $5 million and Iran pledged $8 million.                  | IRN
        en | Syria said 30 of its soldiers were wounded, Iran said.               | SYR
        en | Iran spoke after Turkey sent 3,000 troops.                           | TUR
        """)
    void theOwnerOfTheLastNumberInOtherClauses(String lang, String text, String about) {
        List<QuantityCandidate> q = find(lang, text);
        assertEquals(about, q.get(q.size() - 1).about().country(), q::toString);
    }

    @Test
    void whoSawTheThingsCountedDoesNotOwnThem() {
        QuantityCandidate q = find("en", "Turkey detected 12 warships near Syria.").get(0);
        assertNull(q.about(), q::toString);
    }
}
