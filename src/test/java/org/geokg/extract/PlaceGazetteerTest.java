package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cities and regions of {@code data/gazetteers/places.tsv} give their state to the acts and
 * numbers around them: an attack on a city targets its state, casualties in a city belong to its
 * state, in each language's own spelling of the city (Kharkiv, Járkov, Charkiw). Sentences
 * written for this test, none taken from an article.
 *
 * <pre>{@code
 * mvn -o -q test -Dtest=PlaceGazetteerTest
 * }</pre>
 *
 * <p>Stateless; the shared pipeline is thread-safe.
 */
class PlaceGazetteerTest {
    private static String owner(ExtractionDocument d, String value) {
        return PipelineFixture.quantityOwner(d, value);
    }

    /** An attack on a city targets the state the city belongs to. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Russia launched a missile strike on Kharkiv.                         | 19 RUS>UKR
        en | Israel bombed Khan Younis overnight.                                 | 19 ISR>PSE
        en | Ukraine attacked Belgorod with drones.                               | 19 UKR>RUS
        id | Rusia menyerang Odesa dengan puluhan drone.                          | 19 RUS>UKR
        ms | Israel mengebom Rafah pada malam tadi.                               | 19 ISR>PSE
        es | Rusia lanzó un ataque con misiles contra Járkov.                     | 19 RUS>UKR
        fr | La Russie a bombardé Zaporijjia dans la nuit.                        | 19 RUS>UKR
        de | Russland bombardierte in der Nacht die Stadt Charkiw.                | 19 RUS>UKR
        """)
    void attackOnCityTargetsItsState(String lang, String text, String expected) {
        EventExpectations.check(PipelineFixture.run(lang, text), expected);
    }

    /** Casualties in a city belong to the city's state, not to the attacker named nearby. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | At least 14 people were killed in an Israeli airstrike on Rafah.          | 14 | PSE
        en | Officials said 9 people were killed in Kharkiv on Sunday.                 | 9  | UKR
        de | Bei einem russischen Angriff wurden 12 Menschen in Charkiw getötet.       | 12 | UKR
        es | Al menos 15 personas murieron en un bombardeo israelí sobre Jan Yunis.    | 15 | PSE
        """)
    void casualtiesInCityBelongToItsState(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }
    /**
     * A place name inside a longer one, a common word or a person's name gives no state:
     * "Northern Ireland" is no Ireland, "medan" (field) no Medan, Sheikh Sabah no Malaysian Sabah.
     */
    @ParameterizedTest(name = "[{0}] {1} -> no {2}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Britain sent more police officers to Northern Ireland on Monday.       | IRL
        id | Pasukan itu bergerak ke medan perang di perbatasan.                    | IDN
        en | The emir Sheikh Sabah Al-Ahmad received the envoy on Tuesday.          | MYS
        en | Protesters gathered in New South Wales on Saturday.                    | GBR
        """)
    void noStateFromNamesThatAreNotThePlace(String lang, String text, String iso3) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertFalse(d.entities().stream().anyMatch(e -> iso3.equals(e.country())), () -> iso3 + " in " + d.entities());
    }
}
