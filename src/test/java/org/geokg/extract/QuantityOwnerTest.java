package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who owns a quantity by the grammar of its sentence, not by which state stands nearest: the
 * agent of the act whose means the number counts ("the attack of X with 200 missiles"), and no
 * state after a preposition and its article ("with the Y"), on sentences written for these tests.
 *
 * <pre>{@code
 * mvn -o -q test -Dtest=QuantityOwnerTest
 * }</pre>
 *
 * <p>Stateless; the shared pipeline is thread-safe.
 */
class QuantityOwnerTest {
    private static String owner(ExtractionDocument d, String value) {
        return PipelineFixture.quantityOwner(d, value);
    }

    /** The agent of an act noun owns the means in its instrument phrase, not the clause subject. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Washington condemned Iran's attack with 200 missiles on Israel.                 | 200 | IRN
        en | Japan denounced the Russian attack with 50 drones on Kyiv.                      | 50  | RUS
        es | Estados Unidos condenó el ataque de Irán con 200 misiles contra Israel.          | 200 | IRN
        es | Chile dijo que el bombardeo ruso con 30 drones contra Ucrania fue brutal.        | 30  | RUS
        id | Amerika Serikat mengecam serangan Iran dengan 200 rudal ke Israel.              | 200 | IRN
        ms | Malaysia mengutuk serangan Iran dengan 200 peluru berpandu ke atas Israel.      | 200 | IRN
        fr | Paris a condamné l'attaque de l'Iran avec 200 missiles contre Israël.           | 200 | IRN
        de | Berlin verurteilte den Angriff des Iran mit 200 Raketen auf Israel.             | 200 | IRN
        """)
    void agentOfTheActOwnsItsMeans(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** A state after a preposition and an article ("con el Paraguay") is no subject that owns a number. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        es | Bolivia afirmó que negociará con el Paraguay la compra de 12 helicópteros.       | 12 | BOL
        fr | Le Mali a déclaré qu'il discuterait avec le Niger l'achat de 12 hélicoptères.    | 12 | MLI
        """)
    void stateAfterPrepositionAndArticleOwnsNothing(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** Plain constructions that must keep their owner: possessor, agent of the verb, "stationed in". */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Pakistan fired 40 missiles at India overnight.                                   | 40   | PAK
        en | Chile's 30 soldiers were killed in the clash.                                    | 30   | CHL
        en | Japan has 2,000 troops stationed in Djibouti.                                    | 2000 | JPN
        en | The attack by Iran with 200 missiles on Israel caused little damage.             | 200  | IRN
        es | Los 200 misiles iraníes impactaron en bases israelíes.                           | 200  | IRN
        es | Cuba tiene 3.000 soldados estacionados en Angola.                                | 3000 | CUB
        de | Vietnam verlegte 5000 Soldaten nach Laos.                                        | 5000 | VNM
        fr | L'Iran a tiré 200 missiles sur Israël mardi soir.                                | 200  | IRN
        """)
    void plainOwnersStay(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /**
     * Amounts written with a currency sign and a space before a scale word, counts with a smaller
     * count after a scale word ("3 mil 500 millones") and round counts grouped with the decimal sign
     * of the language ("3,000 soldados"): value and owner.
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        es | México destinó 3 mil 500 millones de dólares a la defensa de Honduras.          | 3500000000 | MEX
        es | Colombia envió 2 mil 300 soldados a Panamá.                                     | 2300       | COL
        es | Colombia desplegó 3,000 soldados en la frontera con Venezuela.                  | 3000       | COL
        de | Österreich erhöht die Hilfe für Moldau auf € 6 Milliarden.                     | 6000000000 | AUT
        en | Canada gave € 3 billion to Latvia.                                               | 3000000000 | CAN
        """)
    void spacedSignsAndCountsBetweenScales(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** "and 150 others were wounded": the others share the owner of the count before them. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Sebanyak 60 orang tentara Prancis meninggal dunia dan sekitar 150 lainnya terluka. | 150 | FRA
        """)
    void othersShareTheOwnerOfTheCountBefore(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** A short name in brackets ("(Korsel)") does not cut the casualty word off its count. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Sedikitnya 12 orang tentara Korea Selatan (Korsel) meninggal dunia dalam latihan itu. | 12 | KOR
        """)
    void shortNameInBracketsEndsNoClause(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** A nationality word after a location word is no place where casualties fell. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | At least 45 people were killed in the Russian strike on Kyiv.                  | 45 | UKR
        """)
    void nationalityWordIsNoPlace(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** Men shot dead are casualties ("ditembak mati"), counted by a generic noun for men. */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Seramai 20 lelaki bersenjata ditembak mati oleh tentera Thailand.               | 20
        id | Sebanyak 20 pria bersenjata ditembak mati oleh polisi Filipina.                 | 20
        """)
    void menShotDeadAreCasualties(String lang, String text, String value) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        List<Quantity> qs = d.quantities().stream()
                .filter(q -> q.value().compareTo(new BigDecimal(value)) == 0)
                .toList();
        assertEquals(1, qs.size(), () -> value + " in " + d.quantities());
        assertEquals("casualties", qs.get(0).unit());
    }

    /** Weapons fired "from" a state, in a clause with no subject before them, are that state's. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Le porte-parole de l'armée chilienne a indiqué que 40 roquettes avaient été tirées depuis la Bolivie. | 40 | BOL
        en | The Polish army said that 30 drones were launched from Belarus overnight.                            | 30 | BLR
        id | Juru bicara militer Korea Selatan mengatakan bahwa 12 rudal diluncurkan dari Korea Utara.             | 12 | PRK
        en | The Polish army said 30 drones were bought from Belarus.                                             | 30 | POL
        """)
    void weaponsFiredFromAState(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }

    /** Who intercepts weapons does not own them, also with the verb after its object. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Poland's air defence intercepted 14 drones over the weekend.                     | 14
        fr | L'aviation chilienne a intercepté plus de 10 missiles de croisière.               | 10
        de | Die polnische Luftabwehr hat 14 Drohnen abgefangen.                              | 14
        """)
    void interceptorOwnsNothing(String lang, String text, String value) {
        assertEquals("-", owner(PipelineFixture.run(lang, text), value));
    }

    /** A state that reports troops after a comma ("in Niger, France said") is their sender, not a place. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | About 1,100 soldiers are stationed in Niger, France said.                     | 1100 | FRA
        es | Unos 1.100 soldados están desplegados en Níger, Francia dijo el lunes.          | 1100 | FRA
        id | Sekitar 1.100 tentara ditempatkan di Niger, Prancis mengatakan.                 | 1100 | FRA
        """)
    void reportingStateAfterAPlaceIsNoPlace(String lang, String text, String value, String owner) {
        assertEquals(owner, owner(PipelineFixture.run(lang, text), value));
    }
}
