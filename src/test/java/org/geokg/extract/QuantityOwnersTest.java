package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quantities and their owners through the default pipeline (real gazetteers and lexicons), on
 * sentences written for these tests in each supported language.
 */
class QuantityOwnersTest {
    private static String owner(ExtractionDocument d, Quantity q) {
        return PipelineFixture.quantityOwner(d, q);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Russia has deployed about 5,000 more troops to the border with Finland.          | 5000       | RUS
        en | The strike killed 14 Syrian soldiers and wounded 20 others, the ministry said.     | 14         | SYR
        en | Ukraine's defence minister said Russia had massed 100,000 troops near the border. | 100000     | RUS
        en | President Joe Biden announced $800 million in new weapons for Kyiv.              | 800000000  | USA
        en | Kyiv received $1.2 billion from the United States last month.                    | 1200000000 | USA
        en | Britain will deploy two warships and 1,000 sailors to the Gulf.                  | 1000       | GBR
        id | Rusia menempatkan sekitar 30.000 tentara tambahan di perbatasan.                 | 30000      | RUS
        id | Sebanyak 12 tentara Israel tewas dalam pertempuran itu.                          | 12         | ISR
        id | Menteri Pertahanan Ukraina mengatakan Rusia mengerahkan 100.000 tentara.         | 100000     | RUS
        id | Presiden Joko Widodo menyerahkan bantuan senilai Rp 10 miliar.                    | 10000000000 | IDN
        ms | Malaysia menghantar 200 anggota tentera ke Lubnan.                               | 200        | MYS
        ms | China menghantar 20 buah kapal perang ke Laut China Selatan.                     | 20         | CHN
        ms | Perdana Menteri Anwar Ibrahim mengumumkan peruntukan RM50 juta untuk Gaza.       | 50000000   | MYS
        de | Deutschland will rund 4.800 deutsche Soldaten dauerhaft in Litauen stationieren. | 4800       | DEU
        de | Die USA haben zusätzlich 3000 US-Soldaten nach Polen verlegt.                    | 3000       | USA
        de | Frankreich zieht seine 2.400 Soldaten aus Niger ab.                              | 2400       | FRA
        de | In Litauen sollen künftig rund 4800 deutsche Soldaten stationiert werden.        | 4800       | DEU
        de | Rund 5000 Soldaten der Bundeswehr sollen in Litauen stationiert werden.          | 5000       | DEU
        fr | La France va retirer ses 1 500 soldats du Niger.                                 | 1500       | FRA
        fr | La Russie a expulsé douze diplomates allemands.                                  | 12         | DEU
        fr | Selon Paris, la Russie a massé 40 000 hommes à la frontière.                     | 40000      | RUS
        fr | Le président Emmanuel Macron a annoncé une aide de 300 millions d'euros.         | 300000000  | FRA
        es | Estados Unidos desplegó ocho buques de guerra en el Caribe.                      | 8          | USA
        es | Los 4.500 efectivos estadounidenses llegarán en mayo.                            | 4500       | USA
        es | Unos 3.000 soldados del ejército ruso cruzaron la frontera.                      | 3000       | RUS
        es | Rusia envió unos 2.000 soldados adicionales a la frontera.                       | 2000       | RUS
        en | Some 1,000 troops were sent by Britain to Estonia.                               | 1000       | GBR
        en | Aid worth $50 million from Japan arrived in Gaza.                                | 50000000   | JPN
        en | Seoul will buy 20 more F-35A jets from Washington.                               | 20         | KOR
        en | The ministry said 12,000 Russian troops had been withdrawn.                      | 12000      | RUS
        en | Israel released 39 Palestinian prisoners in exchange for 13 hostages.            | 39         | PSE
        id | Sebanyak 4.000 tentara Amerika akan dikirim.                                     | 4000       | USA
        id | Bantuan senilai 50 juta dolar AS dari Jepang tiba di Gaza.                       | 50000000   | JPN
        id | Korsel akan membeli 20 jet tempur F-35A dari AS.                                 | 20         | KOR
        id | Lebih dari 1,5 juta pengungsi Ukraina mengungsi ke Polandia.                     | 1500000    | UKR
        ms | Seramai 4,000 askar Amerika akan dihantar.                                       | 4000       | USA
        ms | Bantuan bernilai USD50 juta dari Jepun tiba di Gaza.                             | 50000000   | JPN
        ms | Lebih 1.5 juta pelarian Ukraine melarikan diri ke Poland.                        | 1500000    | UKR
        fr | Quelque 1 000 soldats ont été envoyés par le Royaume-Uni en Estonie.             | 1000       | GBR
        fr | Une aide de 50 millions de dollars du Japon est arrivée à Gaza.                  | 50000000   | JPN
        fr | Près de 2 000 soldats américains sont stationnés en Syrie.                       | 2000       | USA
        fr | Plus de 1,5 million de réfugiés ukrainiens ont fui vers la Pologne.              | 1500000    | UKR
        es | Unos 1.000 soldados fueron enviados por el Reino Unido a Estonia.                | 1000       | GBR
        es | Una ayuda de 50 millones de dólares de Japón llegó a Gaza.                       | 50000000   | JPN
        es | Más de 1,5 millones de refugiados ucranianos huyeron a Polonia.                  | 1500000    | UKR
        es | Washington desplegó 4.500 marines y ocho buques en el Caribe.                    | 4500       | USA
        de | Rund 1000 Soldaten wurden von Großbritannien nach Estland geschickt.             | 1000       | GBR
        de | Eine Hilfe von 50 Millionen Dollar aus Japan kam in Gaza an.                     | 50000000   | JPN
        de | Nordkorea hat nach Angaben Südkoreas rund 11.000 Soldaten nach Russland geschickt. | 11000    | PRK
        de | Mehr als 1,5 Millionen ukrainische Flüchtlinge flohen nach Polen.                | 1500000    | UKR
        en | Thailand's army said 14 of its soldiers had died.                                | 14         | THA
        en | Turkey said 3 of their jets were hit.                                            | 3          | TUR
        fr | La Thaïlande a indiqué que 14 de ses soldats avaient été tués.                   | 14         | THA
        es | Tailandia dijo que 14 de sus soldados murieron.                                  | 14         | THA
        de | Thailand erklärte, 14 seiner Soldaten seien getötet worden.                      | 14         | THA
        en | Washington sent ships, said Nicolás Maduro, who mobilized 4.5 million militiamen. | 4500000   | VEN
        en | The talks included Russia, which has deployed 10,000 troops to Belarus.          | 10000      | RUS
        es | La cumbre reunió a Rusia, que desplegó 2.000 soldados en la frontera.            | 2000       | RUS
        de | Er sprach mit Russland, das 10.000 Soldaten verlegte.                            | 10000      | RUS
        fr | Il a rencontré Emmanuel Macron, qui a promis 300 millions d'euros à Kiev.        | 300000000  | FRA
        ms | Malaysia mengecam serangan Israel ke atas Doha yang mengorbankan enam nyawa.     | 6          | QAT
        id | Serangan Israel terhadap Gaza menewaskan 40 orang.                               | 40         | PSE
        en | Israeli strikes against Gaza killed 40 people.                                   | 40         | PSE
        fr | Les frappes israéliennes contre Gaza ont tué 40 personnes.                       | 40         | PSE
        es | Los ataques israelíes contra Gaza mataron a 40 personas.                         | 40         | PSE
        de | Israelische Angriffe gegen Gaza töteten 40 Menschen.                             | 40         | PSE
        id | Taiwan melaporkan telah mendeteksi 76 pesawat, 15 kapal perang, dan 4 kapal penjaga pantai China. | 15 | CHN
        en | Taiwan detected 76 aircraft and 15 warships from China around the island.        | 76         | CHN
        fr | Taïwan a détecté 76 avions militaires chinois autour de l'île.                   | 76         | CHN
        es | Taiwán detectó 76 aviones militares chinos alrededor de la isla.                 | 76         | CHN
        de | Taiwan hat 76 chinesische Militärflugzeuge gesichtet.                            | 76         | CHN
        ms | Taiwan mengesan 76 pesawat tentera China di sekitar pulau itu.                   | 76         | CHN
        en | Japan spotted two Russian warships near Hokkaido, and Japan sent 3 destroyers.   | 3          | JPN
        en | Maduro spoke after the U.S. sent eight warships.                                 | 8          | USA
        id | Maduro berbicara setelah AS mengirim delapan kapal perang.                       | 8          | USA
        ms | Maduro bercakap selepas Amerika Syarikat menghantar lapan kapal perang.          | 8          | USA
        fr | Maduro a parlé lorsque les États-Unis ont envoyé huit navires de guerre.         | 8          | USA
        es | Maduro habló cuando EE.UU. envió ocho buques de guerra.                          | 8          | USA
        de | Maduro sprach, nachdem die USA acht Kriegsschiffe geschickt hatten.              | 8          | USA
        en | China gave $1 million in police equipment and Australia pledged A$25 million.    | 25000000   | AUS
        en | China gave $1 million in police equipment and Australia pledged A$25 million.    | 1000000    | CHN
        id | China memberikan 1 juta dolar AS dan Australia menjanjikan 25 juta dolar Australia. | 25000000 | AUS
        ms | China memberi 1 juta dolar AS dan Australia menjanjikan 25 juta dolar Australia. | 25000000   | AUS
        fr | La Chine a donné 1 million de dollars et l'Australie a promis 25 millions de dollars australiens. | 25000000 | AUS
        es | China donó 1 millón de dólares y Australia prometió 25 millones de dólares australianos. | 25000000 | AUS
        de | China gab 1 Million Dollar und Australien sagte 25 Millionen australische Dollar zu. | 25000000 | AUS
        en | Pakistan's army said it had killed 5 Indian soldiers, while India said 8 of its troops were wounded. | 8 | IND
        en | Germany told Russia to withdraw its 10,000 troops.                               | 10000      | RUS
        id | Pakistan mengatakan 31 warga sipil tewas dan 57 lainnya luka-luka.               | 57         | PAK
        """)
    void findsTheQuantityAndTheStateThatOwnsIt(String lang, String text, String value, String owner) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        List<Quantity> qs = d.quantities().stream()
                .filter(q -> q.value().compareTo(new BigDecimal(value)) == 0)
                .toList();
        assertEquals(1, qs.size(), () -> value + " in " + d.quantities());
        assertEquals(owner, owner(d, qs.get(0)), () -> "owner of " + qs.get(0));
    }

    /**
     * Who owns a number by its role in the event: things put on a sanctions list belong to the
     * state they are tied to (the target), not to the state that lists them; a state named in a
     * closed relative clause, or coordinated with a place ("registered in X and Y"), owns none; a
     * relative clause's number belongs to the state that closes the noun phrase before its comma;
     * money belongs to who pays it: the buyer (after a verb of buying, not the state the goods come
     * from; for sales, the state they are sold to), the donor of aid.
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2} about {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The European Union imposed sanctions on 48 entities that help Russia evade export controls. | 48  | RUS
        en | Britain sanctioned 14 tankers carrying Russian oil to Asia.                             | 14         | RUS
        en | Washington blacklisted 12 individuals linked to North Korea's missile programme.        | 12         | PRK
        en | Canada said it would impose sanctions against Belarus, listing 9 entities and 6 individuals. | 9     | BLR
        id | Amerika Serikat menjatuhkan sanksi terhadap 20 entitas yang membantu Iran menjual minyak. | 20       | IRN
        id | Inggris menjatuhkan sanksi kepada 12 individu terkait Korea Utara.                      | 12         | PRK
        ms | Amerika Syarikat mengenakan sekatan ke atas 15 kapal tangki yang mengangkut minyak Iran. | 15        | IRN
        ms | Jepun mengenakan sekatan terhadap 11 individu berkaitan dengan Rusia.                   | 11         | RUS
        fr | Les États-Unis ont sanctionné 30 entités liées à l'Iran.                                | 30         | IRN
        fr | Londres a imposé des sanctions à 25 navires qui transportent du pétrole russe.          | 25         | RUS
        es | Estados Unidos sancionó a 25 entidades vinculadas a Irán.                               | 25         | IRN
        es | La Unión Europea impuso sanciones a 40 buques que transportan crudo ruso.               | 40         | RUS
        de | Die EU verhängte Sanktionen gegen 40 Unternehmen, die Russland bei der Umgehung helfen. | 40         | RUS
        de | Großbritannien belegte 20 Schiffe der russischen Schattenflotte mit Sanktionen.         | 20         | RUS
        en | India bought $2 billion of Russian oil last year.                                      | 2000000000 | IND
        en | Washington approved $1 billion in arms sales to Poland.                                 | 1000000000 | POL
        id | Amerika Serikat menyetujui penjualan senjata senilai 1 miliar dolar AS kepada Polandia. | 1000000000 | POL
        ms | Amerika Syarikat meluluskan jualan senjata bernilai USD1 bilion kepada Poland.           | 1000000000 | POL
        fr | L'Inde a acheté pour 2 milliards de dollars de pétrole russe.                           | 2000000000 | IND
        fr | Washington a approuvé des ventes d'armes de 1 milliard de dollars à la Pologne.         | 1000000000 | POL
        es | India compró 2.000 millones de dólares de petróleo ruso.                                | 2000000000 | IND
        es | Washington aprobó ventas de armas por 1.000 millones de dólares a Polonia.              | 1000000000 | POL
        de | Die USA genehmigten Rüstungsverkäufe im Wert von 1 Milliarde Dollar an Polen.           | 1000000000 | POL
        en | Japan sent $30 million in aid to Gaza, and Spain gave €16 million to the UN agency.     | 16000000   | ESP
        en | Ukraine received $500 million in US military aid last month.                           | 500000000  | USA
        en | Kyiv will get $2 billion in Japanese loans.                                             | 2000000000 | JPN
        en | Japan gave $1.5 billion to Ukraine in aid.                                              | 1500000000 | JPN
        es | Ucrania recibió 500 millones de dólares en ayuda estadounidense.                        | 500000000  | USA
        fr | L'Ukraine a reçu 500 millions de dollars d'aide américaine.                             | 500000000  | USA
        de | Die Ukraine erhielt 500 Millionen Dollar US-Hilfe.                                      | 500000000  | USA
        id | Ukraina menerima 500 juta dolar AS dalam bentuk bantuan Jepang.                         | 500000000  | JPN
        ms | Ukraine menerima USD500 juta dalam bentuk bantuan Jepun.                                | 500000000  | JPN
        en | Russia, which borders Finland, deployed 5,000 troops near the frontier.                 | 5000       | RUS
        fr | La Russie, qui borde la Finlande, a déployé 5 000 soldats près de la frontière.         | 5000       | RUS
        es | Rusia, que limita con Finlandia, desplegó 5.000 soldados cerca de la frontera.          | 5000       | RUS
        de | Russland, das an Finnland grenzt, verlegte 5000 Soldaten an die Grenze.                 | 5000       | RUS
        id | Rusia, yang berbatasan dengan Finlandia, mengerahkan 5.000 tentara ke perbatasan.       | 5000       | RUS
        ms | Rusia, yang bersempadan dengan Finland, menghantar 5,000 askar ke sempadan.             | 5000       | RUS
        en | Traders registered in Panama and Liberia, and a refinery in India's Gujarat state, which paid $500 million for the cargoes, were named. | 500000000 | IND
        """)
    void ownerByRoleInTheEvent(String lang, String text, String value, String owner) {
        findsTheQuantityAndTheStateThatOwnsIt(lang, text, value, owner);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Firms registered in Panama and Liberia moved 300 tonnes of cargo.
        fr | Des sociétés enregistrées au Panama et au Liberia ont transporté 300 tonnes.
        """)
    void placesCoordinatedAfterALocationWordOwnNothing(String lang, String text) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertEquals(1, d.quantities().size(), () -> d.quantities().toString());
        assertEquals("-", owner(d, d.quantities().get(0)), () -> d.quantities().toString());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | In 2022 the president, 71, met 3 ministers at 10:30 in Room 204 for 45 minutes.
        en | The ceasefire was signed on 12 March 2024 and about 60 percent of voters backed it.
        en | Call +62 21 5551234 or see page 12 of the 2023 report.
        en | India and Pakistan fought three wars; the two countries share a 3,300 km border.
        id | Pada 17 Agustus 2023 Presiden yang berusia 62 tahun itu meresmikan jalan tol sepanjang 45 km.
        id | Penjualan naik 12 persen menjadi Rp 30 ribu per unit.
        de | Am 3. Oktober 1990 war er 45 Jahre alt, heißt es auf Seite 7.
        de | Die Kosten werden auf mehrere Milliarden Euro geschätzt.
        fr | Des milliers de manifestants ont défilé le 14 juillet 2023.
        es | Miles de personas celebraron el 25 por ciento de descuento.
        ms | Sebanyak 500 orang menghadiri majlis itu pada 2 Mei 2024.
        en | Call 021-5551234 between 9:00 and 17:00.
        en | Story ID 1234567 was updated at 14:35 GMT.
        en | The 75-year-old leader met 20 ministers in Room 101.
        id | Hubungi 0812-3456-7890 antara pukul 09.00 dan 17.00.
        id | Laporan setebal 120 halaman itu terbit 3 Maret.
        ms | Laporan setebal 120 muka surat itu diterbitkan pada 3 Mac.
        fr | Appelez le 01 23 45 67 89 entre 9 h et 17 h.
        fr | Le rapport de 120 pages a été publié le 3 mars.
        es | Llame al 91 123 45 67 entre las 9:00 y las 17:00.
        es | El líder de 75 años se reunió con 20 ministros.
        de | Rufen Sie 030 1234567 zwischen 9 und 17 Uhr an.
        de | Der 120 Seiten lange Bericht erschien am 3. März.
        en | Dozens of its soldiers were hurt on May 5 of last year.
        en | On May 5 of its first year the unit had soldiers.
        en | Some 500 others attended the rally in Jakarta.
        id | Sebanyak 500 lainnya menghadiri acara itu.
        """)
    void yearsDatesAgesSharesAndVagueCountsAreNoQuantities(String lang, String text) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.quantities().isEmpty(), () -> d.quantities().toString());
    }
}
