package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.geokg.kg.model.ExtractionDocument;
import org.geokg.kg.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Construction coverage of the quantities layer through the default pipeline: for each of the
 * six languages, news-style sentences written for this test (troop counts, casualties, money
 * with currency signs and scale words, number words, weapons and ships, approximations, and
 * the ways an owner is named: possessive, nationality word, preposition, clause subject), and
 * numbers an analyst does not code (dates, years, ages, times, shares, article and page numbers,
 * ordinals, phone numbers).
 */
class QuantityCoverageTest {
    private static String owner(ExtractionDocument d, Quantity q) {
        String owner = PipelineFixture.quantityOwner(d, q);
        return owner == null ? "-" : owner;
    }

    /** Unit "-": any unit; owner "*": any owner (the text leaves it open), "-": no state. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Russia's 30,000 troops remain stationed close to the frontier.               | 30000         | troops     | RUS
        en | About 28,500 troops from the United States are based in South Korea.         | 28500         | troops     | USA
        en | Nearly two thousand soldiers from Chad crossed into Sudan overnight.         | 2000          | troops     | TCD
        en | The Pentagon will send more than 1,500 additional troops to Poland.          | 1500          | troops     | USA
        en | Japan pledged $1.5bn in humanitarian aid to Ukraine on Monday.               | 1500000000    | USD        | JPN
        en | Canada will spend C$2 billion on new frigates, the minister said.            | 2000000000    | CAD        | CAN
        en | Washington approved a $5B loan guarantee for Israel.                         | 5000000000    | USD        | USA
        en | Some 28,500 U.S. troops are stationed in South Korea.                        | 28500         | troops     | USA
        en | Russian strikes on Kyiv left 12 dead overnight.                              | 12            | casualties | UKR
        en | Ukraine's military said it shot down 30 Russian drones overnight.            | 30            | aircraft   | RUS
        en | Germany keeps around 35,000 troops on its soil for NATO.                     | 35000         | troops     | DEU
        en | The agency said $700 million in arms sales would strengthen Poland.          | 700000000     | USD        | POL
        en | Britain sent 14 Challenger tanks to Ukraine this year.                       | 14            | tanks      | GBR
        en | Turkey will buy 40 F-16 jets in a deal worth $23 billion.                    | 40            | equipment  | TUR
        en | Two Ukrainian soldiers were wounded by shelling near the river.              | 2             | troops     | UKR
        en | Israeli air strikes killed at least 25 people in Gaza on Tuesday.            | 25            | casualties | PSE
        en | North Korea fired three ballistic missiles into the sea, Seoul said.         | 3             | missiles   | PRK
        en | China sent 71 aircraft around Taiwan during the drills.                      | 71            | aircraft   | CHN
        en | India has ordered 26 Rafale jets from France.                                | 26            | aircraft   | IND
        en | Washington has stationed roughly 54,000 service members in Japan.            | 54000         | troops     | USA
        id | Sekitar 30.000 tentara AS kini bersiaga di Jepang.                           | 30000         | troops     | USA
        id | Rusia mengerahkan dua ribu prajurit ke wilayah perbatasan.                   | 2000          | troops     | RUS
        id | Serangan udara itu menewaskan 12 orang di Gaza.                              | 12            | casualties | PSE
        id | Pemerintah Jepang mengucurkan bantuan Rp 3 triliun untuk Filipina.           | 3000000000000 | IDR        | JPN
        id | Lebih dari 40 kapal perang China berlayar di Laut China Selatan.             | 40            | ships      | CHN
        id | Korea Utara kembali menembakkan tiga rudal balistik pada pagi hari.          | 3             | missiles   | PRK
        id | Indonesia membeli 42 jet tempur senilai 8,1 miliar dolar AS.                 | 8100000000    | USD        | IDN
        id | Sedikitnya 1.500 personel militer Australia ikut dalam latihan itu.          | 1500          | personnel  | AUS
        id | AS menyetujui penjualan senjata senilai USD 1,5 miliar kepada Taiwan.        | 1500000000    | USD        | TWN
        id | Pemerintah Indonesia menyiapkan anggaran Rp3,5 triliun untuk drone.          | 3500000000000 | IDR        | IDN
        id | Serangan Rusia di Kiev menewaskan sedikitnya 9 warga sipil.                  | 9             | casualties | UKR
        id | Sebanyak 200 marinir Amerika Serikat tiba di Darwin.                         | 200           | troops     | USA
        ms | Seramai 1,200 askar Thailand ditempatkan di sempadan.                        | 1200          | troops     | THA
        ms | Kerajaan Malaysia memperuntukkan RM1.2 bilion untuk bantuan kemanusiaan.     | 1200000000    | MYR        | MYS
        ms | Serangan udara itu membunuh 15 orang awam di Gaza.                           | 15            | casualties | PSE
        ms | China menghantar dua buah kapal ke perairan itu.                             | 2             | ships      | CHN
        ms | Indonesia membeli 12 pesawat pejuang baharu bulan lalu.                      | 12            | aircraft   | IDN
        ms | Kerajaan Jepun menyalurkan bantuan RM 500 juta kepada Filipina.              | 500000000     | MYR        | JPN
        ms | Lebih daripada dua ribu anggota tentera Filipina menyertai latihan itu.      | 2000          | troops     | PHL
        es | Estados Unidos mantiene unos 28.500 efectivos en Corea del Sur.              | 28500         | personnel  | USA
        es | El ataque dejó 12 muertos y 30 heridos en Kiev.                              | 12            | casualties | UKR
        es | España aprobó 500 millones de euros para Ucrania.                            | 500000000     | EUR        | ESP
        es | Rusia desplegó más de tres mil soldados en la frontera.                      | 3000          | troops     | RUS
        es | Venezuela compró 24 aviones de combate a Rusia.                              | 24            | aircraft   | VEN
        es | Más de 2.000 soldados mexicanos llegaron a la frontera norte.                | 2000          | troops     | MEX
        es | Japón anunció una ayuda de mil millones de dólares para Filipinas.           | 1000000000    | USD        | JPN
        es | Alemania destinará 2 mil millones de euros a la defensa.                     | 2000000000    | EUR        | DEU
        es | Las tropas de Estados Unidos suman 1.200 efectivos en la base.               | 1200          | personnel  | USA
        es | Los bombardeos rusos sobre Kiev dejaron 9 muertos.                           | 9             | casualties | UKR
        de | Rund 28.500 US-Soldaten sind in Südkorea stationiert.                        | 28500         | troops     | USA
        de | Bei dem Angriff gab es 12 Tote in Kiew.                                      | 12            | casualties | UKR
        de | Die EU gibt Ägypten Kredite über 7,4 Mrd. Euro, teilte Brüssel mit.          | 7400000000    | EUR        | -
        de | Russland hat eine Milliarde Dollar an Syrien gezahlt.                        | 1000000000    | USD        | RUS
        de | Russische Angriffe auf Kiew forderten 9 Todesopfer.                          | 9             | casualties | UKR
        de | Deutschland sagte der Ukraine Hilfen von 1,5 Milliarden Euro zu.             | 1500000000    | EUR        | DEU
        de | Die Niederlande liefern Waffen im Wert von 2 Mrd. € an Kiew.                 | 2000000000    | EUR        | NLD
        de | Österreich spendet zwei Millionen Euro für die Opfer.                        | 2000000       | EUR        | AUT
        de | Mehr als 40 chinesische Kriegsschiffe kreuzen vor Taiwan.                    | 40            | ships      | CHN
        de | Frankreich schickt 1000 weitere Soldaten nach Rumänien.                      | 1000          | troops     | FRA
        fr | Près de 1 500 soldats français ont quitté le Niger.                          | 1500          | troops     | FRA
        fr | Les frappes ont fait 12 morts à Beyrouth.                                    | 12            | casualties | LBN
        fr | Israël a mené des frappes sur Beyrouth mardi, faisant au moins 7 morts.      | 7             | casualties | LBN
        fr | Le Japon a promis un milliard de dollars au Vietnam.                         | 1000000000    | USD        | JPN
        fr | La Chine a déployé 30 navires de guerre autour de Taïwan.                    | 30            | ships      | CHN
        fr | La France a débloqué 3 milliards d'euros pour l'Ukraine.                     | 3000000000    | EUR        | FRA
        fr | La Russie a déployé plus de deux mille soldats à la frontière.               | 2000          | troops     | RUS
        fr | L'Inde a commandé 26 Rafale à la France.                                     | 26            | aircraft   | IND
        fr | Le Japon a envoyé 300 militaires japonais en renfort.                        | 300           | troops     | JPN
        en | An Israeli strike killed six people in Doha on Tuesday, Qatar said.          | 6             | casualties | QAT
        en | The European Union froze €210 billion of Russian central bank assets.        | 210000000000  | EUR        | *
        en | At least 26 tourists were killed by gunmen in Kashmir.                       | 26            | -          | *
        en | Rwanda has sent about 1,000 soldiers to the Central African Republic.        | 1000          | troops     | RWA
        en | Washington sent eight warships and a nuclear submarine to the Caribbean.     | 8             | ships      | USA
        en | The bloc sanctioned 116 individuals and 61 entities, most of them Russian    | 61            | entities   | *
        id | Bentrokan itu menewaskan sedikitnya 32 orang dan melukai 130 lainnya.        | 32            | casualties | *
        id | Uni Eropa menjatuhkan sanksi kepada 116 individu dan 61 entitas Rusia.       | 61            | entities   | RUS
        id | India mengatakan 100 militan tewas dalam operasi itu.                        | 100           | troops     | *
        id | Pakistan menyebut 31 warga sipil tewas akibat serangan India.                | 31            | casualties | PAK
        ms | Sekurang-kurangnya 32 orang terbunuh dalam serangan di sempadan Thailand.    | 32            | casualties | THA
        ms | Malaysia akan membeli dua buah kapal selam baharu bernilai RM9 bilion.       | 9000000000    | MYR        | MYS
        ms | Seramai 20 anggota Hamas terbunuh dalam serangan Israel di Doha.             | 20            | -          | *
        es | EE.UU. desplegó ocho buques de guerra y un submarino nuclear en el Caribe.   | 8             | ships      | USA
        es | Washington ofreció una recompensa de 50 millones de dólares por Maduro.      | 50000000      | USD        | USA
        es | Al menos 32 personas murieron en combates en la frontera de Tailandia.       | 32            | casualties | THA
        de | Die Brigade soll rund 4.800 Soldatinnen und Soldaten umfassen.               | 4800          | troops     | *
        de | Der Bau der Kaserne kostet rund elf Milliarden Euro.                         | 11000000000   | EUR        | *
        de | Deutschland will 35 Kampfjets vom Typ F-35 kaufen.                           | 35            | aircraft   | DEU
        de | Litauen investiert eine Milliarde Euro in die Infrastruktur.                 | 1000000000    | EUR        | LTU
        fr | Le Rwanda a déployé un millier de soldats en Centrafrique.                   | 1000          | troops     | RWA
        fr | Quelque 2 000 Casques bleus rwandais sont présents dans le pays.             | 2000          | troops     | RWA
        fr | La Russie a expulsé trente diplomates français.                              | 30            | diplomats  | FRA
        fr | L'Union européenne a promis 1,5 milliard d'euros au Niger.                   | 1500000000    | EUR        | *
        en | New Delhi set aside Rs 5,000 crore for the border roads, India said.         | 50000000000   | INR        | IND
        en | Pakistan received a Rs. 2 lakh grant from the province.                      | 200000        | INR        | PAK
        en | Brazil unveiled a R$ 1.2 billion plan for the Amazon.                        | 1200000000    | BRL        | BRA
        en | Washington approved a $95 billion aid package for Ukraine and Israel.        | 95000000000   | USD        | USA
        en | The United States will send $300 million worth of weapons to Ukraine.        | 300000000     | USD        | USA
        en | China pledged USD 300 million to the Solomon Islands.                        | 300000000     | USD        | CHN
        id | AS mengirim bantuan senjata senilai 300 juta dolar AS ke Ukraina.            | 300000000     | USD        | USA
        id | Kedua negara menyepakati perdagangan US$ 30 miliar pada 2030.                | 30000000000   | USD        | *
        es | Brasil anunció un plan de US$ 1.200 millones para la Amazonía.               | 1200000000    | USD        | BRA
        es | Colombia recibirá 500 millones de dólares de Estados Unidos.                 | 500000000     | USD        | USA
        de | Die USA liefern Waffen im Wert von 1,5 Mrd. US-Dollar an Taiwan.             | 1500000000    | USD        | USA
        de | Japan sagte Indonesien Kredite über 500 Mio. Euro zu.                        | 500000000     | EUR        | JPN
        fr | Paris a débloqué 3 Md€ pour l'armée.                                         | 3000000000    | EUR        | FRA
        fr | Le Maroc a investi 500 M€ dans le port.                                      | 500000000     | EUR        | MAR
        fr | Le Rwanda a reçu 20 millions de dollars américains.                          | 20000000      | USD        | RWA
        en | Britain will send two hundred and fifty soldiers to Estonia.                 | 250           | troops     | GBR
        en | Australia gave a million dollars to the relief effort in Fiji.               | 1000000       | USD        | AUS
        en | China sent a dozen warships into the strait.                                 | 12            | ships      | CHN
        es | Chile envió treinta y cinco soldados a Haití.                                | 35            | troops     | CHL
        de | Polen verlegt zweitausend Soldaten an die Grenze.                            | 2000          | troops     | POL
        de | Norwegen liefert fünfundzwanzig Panzer an die Ukraine.                       | 25            | tanks      | NOR
        id | Rusia mengerahkan 10.000 tentaranya ke perbatasan.                           | 10000         | troops     | RUS
        ms | Thailand menghantar 5,000 askarnya ke sempadan.                              | 5000          | troops     | THA
        fr | Le Tchad a envoyé vingt et un soldats au Mali.                               | 21            | troops     | TCD
        en | China will station about 30 police officers in Honiara.                      | 30            | personnel  | CHN
        en | The EU sanctioned 189 tankers of the Russian shadow fleet.                   | 189           | ships      | *
        en | ASEAN will send 20 observers to the border, Malaysia said.                   | 20            | personnel  | *
        id | Uni Eropa memasukkan 105 kapal tanker Rusia ke daftar sanksi.                | 105           | ships      | RUS
        id | Tiongkok mengirim 50 polisi ke Kepulauan Solomon.                            | 50            | personnel  | CHN
        ms | Malaysia akan menghantar 10 pemerhati tentera ke sempadan Kemboja.           | 10            | personnel  | MYS
        es | Cuba tiene unos 30 asesores militares en Venezuela.                          | 30            | personnel  | CUB
        de | China entsendet 50 Polizisten auf die Salomonen.                             | 50            | personnel  | CHN
        fr | Le Rwanda a envoyé 300 policiers en Centrafrique.                            | 300           | personnel  | RWA
        id | Uni Eropa menjatuhkan sanksi terhadap 189 kapal armada bayangan Rusia.       | 189           | ships      | RUS
        id | Sekitar 3.000 tentara bayaran Rusia berada di Mali.                          | 3000          | troops     | RUS
        ms | Seramai 500 anggota pasukan khas Korea Utara dihantar ke Rusia.              | 500           | -          | PRK
        ms | Sekurang-kurangnya 33 orang terbunuh dan lebih 168,000 penduduk dipindahkan. | 33            | casualties | *
        en | The strikes killed 12 soldiers and 30 civilians near the border.             | 30            | -          | *
        id | Serangan itu menewaskan 12 orang dan melukai 30 lainnya.                     | 12            | casualties | *
        es | Venezuela movilizará a 4,5 millones de milicianos.                           | 4500000       | troops     | VEN
        de | Rund 4800 Soldaten und 200 zivile Mitarbeiter sollen nach Litauen.           | 200           | personnel  | *
        en | Turkey will buy 40 F-16s from the United States.                             | 40            | equipment  | TUR
        en | China sent three amphibious assault ships toward the island.                 | 3             | ships      | CHN
        en | Russia hired about 5,000 mercenaries from Syria.                             | 5000          | troops     | *
        en | North Korea sent 1,000 military engineers to Russia.                         | 1000          | personnel  | PRK
        de | Die Niederlande schicken zwei moderne Fregatten in die Ostsee.               | 2             | ships      | NLD
        de | Polen kauft 250 Kampfpanzer aus den USA.                                     | 250           | tanks      | POL
        es | Rusia envió unos 200 mercenarios a Malí.                                     | 200           | troops     | RUS
        en | Malaysia allocated RM1.2bil for the new frigates, Anwar said.                | 1200000000    | MYR        | MYS
        en | Canada signed a $300-million deal with Ukraine.                              | 300000000     | USD        | CAN
        ms | Kerajaan Malaysia memperuntukkan RM500mil untuk Gaza.                        | 500000000     | MYR        | MYS
        id | Pemerintah Indonesia menyiapkan Rp 500 M untuk bantuan ke Gaza.              | 500000000000  | IDR        | IDN
        id | Sebanyak 2 ribu tentara Rusia dikerahkan ke Kursk.                           | 2000          | troops     | RUS
        es | Unos 28 mil soldados rusos cruzaron la frontera.                             | 28000         | troops     | RUS
        es | China invertirá 300 millones de USD en Venezuela.                            | 300000000     | USD        | CHN
        id | Korea Utara mengirim pasukan sebanyak 10.000 ke Rusia.                       | 10000         | troops     | PRK
        ms | Thailand menempatkan askar seramai 3,000 di sempadan.                        | 3000          | troops     | THA
        en | Russia massed troops numbering 100,000 near the border.                      | 100000        | troops     | RUS
        en | The death toll in Gaza rose to 52, the health ministry said.                 | 52            | casualties | PSE
        id | Jumlah korban tewas di Gaza bertambah menjadi 52.                            | 52            | casualties | PSE
        es | La cifra de muertos asciende a 52 en Gaza.                                   | 52            | casualties | PSE
        de | Die Zahl der Toten stieg auf 52.                                             | 52            | casualties | *
        ms | Angka kematian di Gaza meningkat kepada 52 orang.                            | 52            | casualties | PSE
        en | The EU sanctioned 30 Chinese firms for helping Russia.                       | 30            | entities   | CHN
        id | Paket sanksi baru itu menyasar 22 bank Rusia.                                | 22            | entities   | RUS
        es | Washington sancionó a 12 empresas iraníes.                                   | 12            | entities   | IRN
        de | Die neuen Sanktionen treffen 20 russische Banken.                            | 20            | entities   | RUS
        id | Korea Utara mengirim pasukan. Menurut NIS, 1.500 personel tiba.              | 1500          | personnel  | PRK
        ms | Malaysia mengecam serangan Israel di Doha yang meragut enam nyawa.           | 6             | casualties | QAT
        en | The attack on Kyiv claimed 20 lives, Ukraine said.                           | 20            | casualties | UKR
        id | Gempa itu menelan korban jiwa sebanyak 26 jiwa di Turki.                     | 26            | casualties | TUR
        de | Die USA sagten Kiew 500 Millionen US-Dollar zu.                              | 500000000     | USD        | USA
        en | About 1,000 troops of the British army will join the drill.                  | 1000          | troops     | GBR
        en | Ireland gave €500m to the UN relief agency.                                  | 500000000     | EUR        | IRL
        ms | China melabur US$300 juta di Pahang.                                         | 300000000     | USD        | CHN
        es | Alemania aportará 1.500 millones de euros a Ucrania.                         | 1500000000    | EUR        | DEU
        id | Jepang memberikan pinjaman sebesar 1,5 miliar dolar AS kepada Indonesia.     | 1500000000    | USD        | JPN
        """)
    void findsTheQuantityItsUnitAndItsOwner(String lang, String text, String value, String unit, String owner) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        List<Quantity> qs = d.quantities().stream()
                .filter(q -> q.value().compareTo(new BigDecimal(value)) == 0)
                .toList();
        assertEquals(1, qs.size(), () -> value + " in " + d.quantities());
        if (!unit.equals("-")) {
            assertEquals(unit, qs.get(0).unit(), () -> "unit of " + qs.get(0));
        }
        if (!owner.equals("*")) {
            assertEquals(owner, owner(d, qs.get(0)), () -> "owner of " + qs.get(0));
        }
    }

    /** Ships, aircraft, missiles and tanks are units of their own, in each language. */
    @ParameterizedTest(name = "[{0}] {1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The navy sent 6 vessels and 2 tankers to the strait.                | 6  | ships
        en | The navy sent 6 vessels and 2 tankers to the strait.                | 2  | ships
        id | TNI AL mengirim 6 kapal ke selat itu.                               | 6  | ships
        ms | Tentera laut menghantar 6 kapal ke selat itu.                       | 6  | ships
        fr | La marine a envoyé 6 navires dans le détroit.                       | 6  | ships
        es | La armada envió 6 buques al estrecho.                               | 6  | ships
        de | Die Marine schickte 6 Schiffe in die Meerenge.                      | 6  | ships
        en | The air force received 12 aircraft and 40 missiles.                 | 12 | aircraft
        en | The air force received 12 aircraft and 40 missiles.                 | 40 | missiles
        id | Angkatan udara menerima 12 pesawat dan 40 rudal.                    | 40 | missiles
        fr | L'armée a reçu 12 avions et 40 chars.                               | 40 | tanks
        es | El ejército recibió 12 aviones y 40 tanques.                        | 12 | aircraft
        de | Das Heer erhielt 40 Panzer.                                         | 40 | tanks
        ms | Tentera udara menerima 12 pesawat.                                  | 12 | aircraft
        """)
    void shipsAircraftMissilesAndTanksHaveTheirOwnUnit(String lang, String text, String value, String unit) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        List<Quantity> qs = d.quantities().stream()
                .filter(q -> q.value().compareTo(new BigDecimal(value)) == 0)
                .toList();
        assertEquals(1, qs.size(), () -> value + " in " + d.quantities());
        assertEquals(unit, qs.get(0).unit(), () -> "unit of " + qs.get(0));
    }

    /**
     * The same forms checked systematically in each language: thousands separators of the
     * language (dots, commas, plain and no-break spaces), decimals before scale words, number
     * words, approximations, money by sign, code and word, casualties, troops and personnel, and
     * owners named before, after or as the subject (invented sentences).
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2} {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Pakistan mengerahkan 28.500 tentara ke perbatasan.                                         | 28500         | troops     | PAK
        en | Egypt deployed 28,500 troops along the border.                                             | 28500         | troops     | EGY
        ms | Vietnam menghantar 28,500 askar ke sempadan.                                               | 28500         | troops     | VNM
        fr | L'Algérie a déployé 28 500 soldats à la frontière.                                         | 28500         | troops     | DZA
        fr | Le Maroc a mobilisé 28.500 soldats dans le sud.                                            | 28500         | troops     | MAR
        es | Colombia desplegó 28.500 soldados en la frontera.                                          | 28500         | troops     | COL
        es | Perú desplegó 28 500 soldados en el sur.                                                   | 28500         | troops     | PER
        de | Polen verlegt 28.500 Soldaten an die Grenze.                                               | 28500         | troops     | POL
        de | Finnland verlegt 28 500 Soldaten an die Grenze.                                            | 28500         | troops     | FIN
        de | Schweden verlegt 28 500 Soldaten nach Gotland.                                             | 28500         | troops     | SWE
        id | Jepang memberikan pinjaman 1,5 juta dolar AS kepada Vietnam.                               | 1500000       | USD        | JPN
        id | Australia memberi bantuan 2,3 miliar dolar Australia untuk Papua Nugini.                   | 2300000000    | AUD        | AUS
        en | Germany pledged 2.3 billion euros to Ukraine.                                              | 2300000000    | EUR        | DEU
        en | Norway pledged $2.3 billion to Ukraine.                                                    | 2300000000    | USD        | NOR
        en | Qatar will invest US$1.5 million in the port.                                              | 1500000       | USD        | QAT
        ms | Jepun menyalurkan bantuan 1.5 juta ringgit kepada Malaysia.                                | 1500000       | MYR        | JPN
        ms | Singapura melabur 2.3 bilion dolar AS di Johor.                                            | 2300000000    | USD        | SGP
        fr | La France a promis 2,3 milliards d'euros à l'Ukraine.                                      | 2300000000    | EUR        | FRA
        fr | Le Canada a versé 1,5 million de dollars au Liban.                                         | 1500000       | USD        | CAN
        es | México recibirá mil millones de dólares de China.                                          | 1000000000    | USD        | CHN
        es | España aprobó 2,3 millones de euros para Marruecos.                                        | 2300000       | EUR        | ESP
        es | Italia destinará 3 mil millones de euros a Túnez.                                          | 3000000000    | EUR        | ITA
        de | Deutschland sagte 2,3 Milliarden Euro für die Ukraine zu.                                  | 2300000000    | EUR        | DEU
        de | Italien zahlt 1,5 Millionen Euro an Tunesien.                                              | 1500000       | EUR        | ITA
        id | Malaysia mengirim tiga puluh tentara ke Lebanon.                                           | 30            | troops     | MYS
        id | Filipina mengirim dua ratus lima puluh prajurit ke Guam.                                   | 250           | troops     | PHL
        id | Thailand mengirim lima belas tentara ke Myanmar.                                           | 15            | troops     | THA
        en | Ghana sent thirty-five soldiers to Mali.                                                   | 35            | troops     | GHA
        en | Nepal sent forty soldiers to Lebanon.                                                      | 40            | troops     | NPL
        ms | Brunei menghantar tiga puluh askar ke Lubnan.                                              | 30            | troops     | BRN
        ms | Malaysia menghantar dua ratus anggota tentera ke Lubnan.                                   | 200           | -          | MYS
        fr | Le Sénégal a envoyé trente soldats en Gambie.                                              | 30            | troops     | SEN
        fr | Le Niger a reçu quatre-vingts soldats tchadiens.                                           | 80            | troops     | TCD
        fr | Le Tchad a envoyé soixante-dix soldats au Niger.                                           | 70            | troops     | TCD
        fr | Le Bénin a déployé deux cents soldats au nord.                                             | 200           | troops     | BEN
        es | Uruguay envió cuarenta soldados al Congo.                                                  | 40            | troops     | URY
        es | Argentina envió doscientos soldados a Chipre.                                              | 200           | troops     | ARG
        es | Bolivia envió veintidós soldados a Haití.                                                  | 22            | troops     | BOL
        de | Österreich schickt dreißig Soldaten in den Kosovo.                                         | 30            | troops     | AUT
        de | Die Schweiz schickt zweihundert Soldaten in den Kosovo.                                    | 200           | troops     | CHE
        de | Dänemark schickt einhundertfünfzig Soldaten nach Lettland.                                 | 150           | troops     | DNK
        id | Sekitar 5.000 tentara Turki berada di Suriah.                                              | 5000          | troops     | TUR
        id | Lebih dari 5.000 tentara Turki berada di Suriah.                                           | 5000          | troops     | TUR
        id | Hampir 5.000 tentara Turki berada di Suriah.                                               | 5000          | troops     | TUR
        id | Kurang lebih 5.000 tentara Turki berada di Suriah.                                         | 5000          | troops     | TUR
        en | Nearly 5,000 Turkish troops are in Syria.                                                  | 5000          | troops     | TUR
        en | More than 5,000 Turkish troops are in Syria.                                               | 5000          | troops     | TUR
        en | Almost 5,000 Turkish troops are in Syria.                                                  | 5000          | troops     | TUR
        en | Roughly 5,000 Turkish troops are in Syria.                                                 | 5000          | troops     | TUR
        ms | Kira-kira 5,000 askar Turki berada di Syria.                                               | 5000          | troops     | TUR
        ms | Lebih daripada 5,000 askar Turki berada di Syria.                                          | 5000          | troops     | TUR
        ms | Hampir 5,000 askar Turki berada di Syria.                                                  | 5000          | troops     | TUR
        ms | Sekitar 5,000 askar Turki berada di Syria.                                                 | 5000          | troops     | TUR
        fr | Près de 5 000 soldats turcs sont en Syrie.                                                 | 5000          | troops     | TUR
        fr | Environ 5 000 soldats turcs sont en Syrie.                                                 | 5000          | troops     | TUR
        fr | Plus de 5 000 soldats turcs sont en Syrie.                                                 | 5000          | troops     | TUR
        fr | Quelque 5 000 soldats turcs sont en Syrie.                                                 | 5000          | troops     | TUR
        es | Unos 5.000 soldados turcos están en Siria.                                                 | 5000          | troops     | TUR
        es | Cerca de 5.000 soldados turcos están en Siria.                                             | 5000          | troops     | TUR
        es | Alrededor de 5.000 soldados turcos están en Siria.                                         | 5000          | troops     | TUR
        es | Casi 5.000 soldados turcos están en Siria.                                                 | 5000          | troops     | TUR
        de | Rund 5.000 türkische Soldaten sind in Syrien.                                              | 5000          | troops     | TUR
        de | Etwa 5.000 türkische Soldaten sind in Syrien.                                              | 5000          | troops     | TUR
        de | Mehr als 5.000 türkische Soldaten sind in Syrien.                                          | 5000          | troops     | TUR
        de | Fast 5.000 türkische Soldaten sind in Syrien.                                              | 5000          | troops     | TUR
        de | Knapp 5.000 türkische Soldaten sind in Syrien.                                             | 5000          | troops     | TUR
        de | Ungefähr 5.000 türkische Soldaten sind in Syrien.                                          | 5000          | troops     | TUR
        id | Arab Saudi menjanjikan US$ 2 miliar untuk Mesir.                                           | 2000000000    | USD        | SAU
        id | Arab Saudi menjanjikan USD 2 miliar untuk Mesir.                                           | 2000000000    | USD        | SAU
        id | Arab Saudi menjanjikan 2 miliar dolar AS untuk Mesir.                                      | 2000000000    | USD        | SAU
        id | Pemerintah Indonesia mengalokasikan Rp 5 triliun untuk pertahanan.                         | 5000000000000 | IDR        | IDN
        id | Pemerintah Indonesia mengalokasikan 5 triliun rupiah untuk pertahanan.                     | 5000000000000 | IDR        | IDN
        id | Uni Eropa memberikan bantuan 50 juta euro kepada Palestina.                                | 50000000      | EUR        | -
        id | Malaysia menyumbang 10 juta ringgit untuk Gaza.                                            | 10000000      | MYR        | MYS
        id | Jerman memberikan bantuan senilai 20 juta Euro kepada Sudan.                               | 20000000      | EUR        | DEU
        id | Tiongkok mengucurkan pinjaman 3 miliar yuan untuk Laos.                                    | 3000000000    | CNY        | CHN
        en | Saudi Arabia pledged US$2 billion to Egypt.                                                | 2000000000    | USD        | SAU
        en | Saudi Arabia pledged USD 2 billion to Egypt.                                               | 2000000000    | USD        | SAU
        en | Saudi Arabia pledged 2 billion dollars to Egypt.                                           | 2000000000    | USD        | SAU
        en | Saudi Arabia pledged 2 billion US dollars to Egypt.                                        | 2000000000    | USD        | SAU
        en | Indonesia allocated 5 trillion rupiah for defence.                                         | 5000000000000 | IDR        | IDN
        en | Indonesia allocated Rp5 trillion for defence.                                              | 5000000000000 | IDR        | IDN
        en | Malaysia donated 10 million ringgit to Gaza.                                               | 10000000      | MYR        | MYS
        en | France pledged 20 million euros to Sudan.                                                  | 20000000      | EUR        | FRA
        en | France pledged €20 million to Sudan.                                                       | 20000000      | EUR        | FRA
        en | France pledged EUR 20 million to Sudan.                                                    | 20000000      | EUR        | FRA
        en | Britain pledged £20m to Sudan.                                                             | 20000000      | GBP        | GBR
        ms | Arab Saudi menjanjikan US$2 bilion kepada Mesir.                                           | 2000000000    | USD        | SAU
        ms | Arab Saudi menjanjikan USD2 bilion kepada Mesir.                                           | 2000000000    | USD        | SAU
        ms | Kerajaan Malaysia memperuntukkan RM10 juta untuk Gaza.                                     | 10000000      | MYR        | MYS
        ms | Kerajaan Malaysia memperuntukkan 10 juta ringgit untuk Gaza.                               | 10000000      | MYR        | MYS
        ms | Indonesia memperuntukkan 5 trilion rupiah untuk pertahanan.                                | 5000000000000 | IDR        | IDN
        ms | Kesatuan Eropah menyalurkan 50 juta euro kepada Palestin.                                  | 50000000      | EUR        | -
        ms | China memberi pinjaman 3 bilion dolar AS kepada Laos.                                      | 3000000000    | USD        | CHN
        fr | L'Arabie saoudite a promis 2 milliards de dollars à l'Égypte.                              | 2000000000    | USD        | SAU
        fr | L'Arabie saoudite a promis 2 milliards USD à l'Égypte.                                     | 2000000000    | USD        | SAU
        fr | L'Arabie saoudite a promis 2 milliards de dollars américains à l'Égypte.                   | 2000000000    | USD        | SAU
        fr | La France a promis 20 millions d'euros au Soudan.                                          | 20000000      | EUR        | FRA
        fr | La France a promis 20 millions € au Soudan.                                                | 20000000      | EUR        | FRA
        fr | La France a promis 20 M€ au Soudan.                                                        | 20000000      | EUR        | FRA
        fr | La Suisse a promis 20 millions de francs suisses au Soudan.                                | 20000000      | CHF        | CHE
        fr | L'Indonésie a alloué 5 000 milliards de roupies indonésiennes à la défense.                | 5000000000000 | IDR        | IDN
        es | Arabia Saudita prometió 2.000 millones de dólares a Egipto.                                | 2000000000    | USD        | SAU
        es | Arabia Saudita prometió US$ 2.000 millones a Egipto.                                       | 2000000000    | USD        | SAU
        es | Arabia Saudita prometió 2 mil millones de dólares a Egipto.                                | 2000000000    | USD        | SAU
        es | Arabia Saudita prometió 2.000 millones de euros a Egipto.                                  | 2000000000    | EUR        | SAU
        es | Francia prometió 20 millones de euros a Sudán.                                             | 20000000      | EUR        | FRA
        es | Francia prometió 20 millones € a Sudán.                                                    | 20000000      | EUR        | FRA
        es | México destinará 500 millones de pesos a la frontera.                                      | 500000000     | MXN        | MEX
        es | Francia prometió 1,5 millones de euros a Sudán.                                            | 1500000       | EUR        | FRA
        es | España prometió 1.500 millones de USD a Marruecos.                                         | 1500000000    | USD        | ESP
        de | Saudi-Arabien sagte Ägypten 2 Milliarden Dollar zu.                                        | 2000000000    | USD        | SAU
        de | Saudi-Arabien sagte Ägypten 2 Milliarden US-Dollar zu.                                     | 2000000000    | USD        | SAU
        de | Saudi-Arabien sagte Ägypten 2 Mrd. USD zu.                                                 | 2000000000    | USD        | SAU
        de | Frankreich sagte dem Sudan 20 Millionen Euro zu.                                           | 20000000      | EUR        | FRA
        de | Frankreich sagte dem Sudan 20 Mio. € zu.                                                   | 20000000      | EUR        | FRA
        de | Die Schweiz sagte dem Sudan 20 Millionen Franken zu.                                       | 20000000      | CHF        | CHE
        de | Großbritannien sagte dem Sudan 20 Millionen Pfund zu.                                      | 20000000      | GBP        | GBR
        id | Serangan Israel di Gaza menewaskan 40 orang.                                               | 40            | casualties | PSE
        id | Sebanyak 40 orang tewas dalam serangan di Gaza.                                            | 40            | casualties | PSE
        id | Sebanyak 25 orang luka-luka dalam serangan di Gaza.                                        | 25            | casualties | PSE
        id | Serangan itu menyebabkan 25 orang terluka di Gaza.                                         | 25            | casualties | PSE
        id | Sebanyak 12 tentara Ukraina tewas dalam serangan itu.                                      | 12            | -          | UKR
        en | Israeli strikes killed 40 people in Gaza.                                                  | 40            | casualties | PSE
        en | 40 people were killed and 25 injured in Gaza.                                              | 40            | casualties | PSE
        en | The strike in Gaza left 25 people injured.                                                 | 25            | casualties | PSE
        en | The strike in Gaza left 25 people wounded.                                                 | 25            | casualties | PSE
        en | Twelve Ukrainian soldiers were killed in the attack.                                       | 12            | -          | UKR
        ms | Serangan Israel di Gaza mengorbankan 40 orang.                                             | 40            | casualties | PSE
        ms | Seramai 40 orang maut dalam serangan di Gaza.                                              | 40            | casualties | PSE
        ms | Seramai 40 orang terkorban dalam serangan di Gaza.                                         | 40            | casualties | PSE
        ms | Seramai 25 orang cedera dalam serangan di Gaza.                                            | 25            | casualties | PSE
        ms | Seramai 12 askar Ukraine terbunuh dalam serangan itu.                                      | 12            | -          | UKR
        fr | Les frappes israéliennes ont tué 40 personnes à Gaza.                                      | 40            | casualties | PSE
        fr | La frappe a fait 40 morts et 25 blessés à Gaza.                                            | 40            | casualties | PSE
        fr | Au moins 40 personnes ont été tuées à Gaza.                                                | 40            | casualties | PSE
        fr | Douze soldats ukrainiens ont été tués dans l'attaque.                                      | 12            | -          | UKR
        es | Los ataques israelíes mataron a 40 personas en Gaza.                                       | 40            | casualties | PSE
        es | El ataque dejó 40 muertos y 25 heridos en Gaza.                                            | 25            | casualties | PSE
        es | Al menos 40 personas murieron en Gaza.                                                     | 40            | casualties | PSE
        es | Doce soldados ucranianos murieron en el ataque.                                            | 12            | -          | UKR
        es | El bombardeo causó 40 víctimas mortales en Gaza.                                           | 40            | casualties | PSE
        de | Israelische Angriffe töteten 40 Menschen in Gaza.                                          | 40            | casualties | PSE
        de | Bei dem Angriff gab es 40 Tote und 25 Verletzte in Gaza.                                   | 25            | casualties | PSE
        de | Mindestens 40 Menschen wurden in Gaza getötet.                                             | 40            | casualties | PSE
        de | Zwölf ukrainische Soldaten wurden bei dem Angriff getötet.                                 | 12            | -          | UKR
        de | Bei dem Anschlag in Kabul starben 40 Menschen.                                             | 40            | casualties | AFG
        id | Korea Selatan mengirim 300 personel TNI ke Lebanon.                                        | 300           | personnel  | *
        id | Indonesia mengirim 1.000 personel TNI ke Lebanon.                                          | 1000          | personnel  | IDN
        id | Amerika Serikat menempatkan 2.500 marinir di Darwin.                                       | 2500          | troops     | USA
        id | Sebanyak 2.500 prajurit TNI dikirim ke Papua.                                              | 2500          | troops     | IDN
        en | Indonesia sent 1,000 peacekeepers to Lebanon.                                              | 1000          | troops     | IDN
        en | The United States keeps 2,500 Marines in Darwin.                                           | 2500          | troops     | USA
        en | Britain has 900 military personnel in Estonia.                                             | 900           | personnel  | GBR
        ms | Malaysia menghantar 850 anggota ATM ke Lubnan.                                             | 850           | -          | MYS
        ms | Malaysia menghantar 850 tentera ke Lubnan.                                                 | 850           | troops     | MYS
        ms | Malaysia menghantar 850 anggota tentera ke Lubnan.                                         | 850           | -          | MYS
        ms | Seramai 850 personel Malaysia dihantar ke Lubnan.                                          | 850           | personnel  | MYS
        fr | La France compte 1 500 militaires au Tchad.                                                | 1500          | troops     | FRA
        fr | La France compte 1 500 hommes au Tchad.                                                    | 1500          | troops     | FRA
        fr | L'Italie a envoyé 1 000 casques bleus au Liban.                                            | 1000          | troops     | ITA
        es | España tiene 650 militares en Líbano.                                                      | 650           | -          | ESP
        es | España envió 650 cascos azules a Líbano.                                                   | 650           | troops     | ESP
        es | Estados Unidos desplegó 2.000 marines en el Caribe.                                        | 2000          | troops     | USA
        de | Deutschland hat 1.500 Bundeswehrsoldaten in Litauen.                                       | 1500          | troops     | DEU
        de | Deutschland schickt 650 Blauhelme in den Libanon.                                          | 650           | troops     | DEU
        de | Die USA haben 2.000 Marinesoldaten in Australien.                                          | 2000          | troops     | USA
        en | The ministry said $300 million in arms sales would help Greece.                            | 300000000     | USD        | GRC
        en | Officials said $300 million in military sales would benefit Greece.                        | 300000000     | USD        | GRC
        en | The agency said the $300 million sale would help Greece.                                   | 300000000     | USD        | GRC
        en | Japan's $2 billion loan to Vietnam was signed on Monday.                                   | 2000000000    | USD        | JPN
        en | A $2 billion aid package from Japan reached Vietnam.                                       | 2000000000    | USD        | JPN
        en | The Philippines hosts about 500 American troops.                                           | 500           | troops     | USA
        en | About 500 troops from Australia arrived in Manila.                                         | 500           | troops     | AUS
        en | The Kremlin said 300 Ukrainian soldiers had surrendered.                                   | 300           | troops     | UKR
        en | The army said 20 militants were killed in Waziristan, Pakistan said.                       | 20            | -          | *
        en | At least three Armenian soldiers were killed in clashes.                                   | 3             | -          | ARM
        en | Ukraine said Russia lost 1,200 soldiers in a day.                                          | 1200          | -          | RUS
        id | Kementerian itu menyebut penjualan senjata senilai 300 juta dolar AS akan membantu Yunani. | 300000000     | USD        | *
        id | Jepang memberikan pinjaman 2 miliar dolar AS kepada Vietnam.                               | 2000000000    | USD        | JPN
        id | Vietnam menerima pinjaman 2 miliar dolar AS dari Jepang.                                   | 2000000000    | USD        | JPN
        id | Sekitar 500 tentara Australia tiba di Manila.                                              | 500           | troops     | AUS
        id | Setidaknya tiga tentara Armenia tewas dalam bentrokan itu.                                 | 3             | -          | ARM
        ms | Jepun memberi pinjaman AS$2 bilion kepada Vietnam.                                         | 2000000000    | USD        | JPN
        ms | Vietnam menerima pinjaman US$2 bilion daripada Jepun.                                      | 2000000000    | USD        | JPN
        ms | Kira-kira 500 askar Australia tiba di Manila.                                              | 500           | troops     | AUS
        ms | Sekurang-kurangnya tiga askar Armenia terbunuh dalam pertempuran itu.                      | 3             | -          | ARM
        fr | Le Japon a accordé un prêt de 2 milliards de dollars au Vietnam.                           | 2000000000    | USD        | JPN
        fr | Le Vietnam a reçu un prêt de 2 milliards de dollars du Japon.                              | 2000000000    | USD        | JPN
        fr | Environ 500 soldats australiens sont arrivés à Manille.                                    | 500           | troops     | AUS
        fr | Au moins trois soldats arméniens ont été tués.                                             | 3             | -          | ARM
        es | Japón concedió un préstamo de 2.000 millones de dólares a Vietnam.                         | 2000000000    | USD        | JPN
        es | Vietnam recibió un préstamo de 2.000 millones de dólares de Japón.                         | 2000000000    | USD        | JPN
        es | Unos 500 soldados australianos llegaron a Manila.                                          | 500           | troops     | AUS
        es | Al menos tres soldados armenios murieron en los enfrentamientos.                           | 3             | -          | ARM
        de | Japan gewährte Vietnam einen Kredit von 2 Milliarden Dollar.                               | 2000000000    | USD        | JPN
        de | Rund 500 australische Soldaten trafen in Manila ein.                                       | 500           | troops     | AUS
        de | Mindestens drei armenische Soldaten wurden bei Gefechten getötet.                          | 3             | -          | ARM
        en | The EU pledged 2.5bn euros to Egypt.                                                       | 2500000000    | EUR        | *
        es | Francia desplegó 1.500 soldados en Níger.                                                  | 1500          | troops     | FRA
        es | Rusia desplegó veintiséis mil soldados.                                                    | 26000         | troops     | RUS
        es | Rusia desplegó 2,5 millones de soldados.                                                   | 2500000       | troops     | RUS
        de | Russland verlegte 2,5 Millionen Soldaten.                                                  | 2500000       | troops     | RUS
        de | Russland verlegte zwanzigtausend Soldaten.                                                 | 20000         | troops     | RUS
        fr | La Russie a déployé 2,5 millions de soldats.                                               | 2500000       | troops     | RUS
        fr | La Russie a déployé vingt mille soldats.                                                   | 20000         | troops     | RUS
        fr | La Russie a déployé quatre-vingt-dix chars.                                                | 90            | tanks      | RUS
        id | Rusia mengerahkan 2,5 juta tentara.                                                        | 2500000       | troops     | RUS
        id | Rusia mengerahkan dua puluh ribu tentara.                                                  | 20000         | troops     | RUS
        id | Rusia mengerahkan 2 juta tentara.                                                          | 2000000       | troops     | RUS
        ms | Rusia mengerahkan dua puluh ribu askar.                                                    | 20000         | troops     | RUS
        ms | Rusia mengerahkan 2.5 juta askar.                                                          | 2500000       | troops     | RUS
        es | El ataque dejó doscientas personas muertas.                                                | 200           | casualties | *
        en | France withdrew 2,000 troops from Mali.                                                    | 2000          | troops     | FRA
        fr | La France a retiré 2 000 soldats du Mali.                                                  | 2000          | troops     | FRA
        de | Frankreich zog 2.000 Soldaten aus Mali ab.                                                 | 2000          | troops     | FRA
        id | Prancis menarik 2.000 tentara dari wilayah Mali.                                           | 2000          | troops     | FRA
        ms | Perancis menarik 2,000 askar dari Mali.                                                    | 2000          | troops     | FRA
        es | Francia retiró 2.000 soldados de Malí.                                                     | 2000          | troops     | FRA
        en | The Defense Security Cooperation Agency said on Monday that Slovakia may buy jets. The agency said $300 million in military sales would help the U.K. provide support. | 300000000 | USD | GBR
        en | The Defense Security Cooperation Agency said on Monday that Slovakia may buy jets. The agency said $300 million in military sales would help Greece. | 300000000 | USD | GRC
        id | Indonesia mengalokasikan 5 triliun Rupiah untuk pertahanan.            | 5000000000000 | IDR        | IDN
        id | Jepang memberi hibah 1,5 juta Dolar AS kepada Laos.                    | 1500000       | USD        | JPN
        id | Jepang memberi hibah USD1,5 juta kepada Laos.                          | 1500000       | USD        | JPN
        id | Jepang memberi hibah US$1,5 juta kepada Laos.                          | 1500000       | USD        | JPN
        id | Tiga puluh tentara Indonesia tiba di Lebanon.                          | 30            | troops     | IDN
        ms | Malaysia memperuntukkan RM1.5 bilion untuk pertahanan.                 | 1500000000    | MYR        | MYS
        ms | Malaysia memperuntukkan 1.5 bilion Ringgit untuk pertahanan.           | 1500000000    | MYR        | MYS
        ms | Tiga puluh askar Malaysia tiba di Lubnan.                              | 30            | troops     | MYS
        ms | Kira-kira 30 anggota tentera Malaysia cedera.                          | 30            | -          | MYS
        es | Alemania aportará 1,5 mil millones de euros a Ucrania.                 | 1500000000    | EUR        | DEU
        es | Japón donó US$ 1,5 millones a Laos.                                    | 1500000       | USD        | JPN
        es | Japón donó 1,5 millones de dólares estadounidenses a Laos.             | 1500000       | USD        | JPN
        de | Japan spendete 1,5 Mio. US-Dollar an Laos.                             | 1500000       | USD        | JPN
        de | Japan spendete 1,5 Millionen US-Dollar an Laos.                        | 1500000       | USD        | JPN
        de | Mindestens 30 Tote und 50 Verletzte meldete Syrien.                    | 50            | casualties | *
        fr | Le Japon a donné 1,5 million de dollars américains au Laos.            | 1500000       | USD        | JPN
        fr | Le Japon a donné 1,5 M$ au Laos.                                       | 1500000       | USD        | JPN
        en | Japan donated US$1.5mn to Laos.                                        | 1500000       | USD        | JPN
        en | Japan donated 1.5 million US dollars to Laos.                          | 1500000       | USD        | JPN
        en | The clashes left dozens dead and 30 injured in Syria.                  | 30            | casualties | SYR
        en | Over 3,000 soldiers from Nigeria joined the mission.                   | 3000          | troops     | NGA
        """)
    void readsEachFormInEachLanguage(String lang, String text, String value, String unit, String owner) {
        findsTheQuantityItsUnitAndItsOwner(lang, text, value, unit, owner);
    }

    /**
     * Refugees and displaced people (by their noun, or people with a word of flight), prisoners,
     * detainees and hostages: their nation, named beside them, owns them.
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2} {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
        en | More than 1.5 million Ukrainian refugees have crossed into Poland.          | 1500000 | refugees  | UKR
        en | Fighting has displaced 300,000 Sudanese civilians since April.              | 300000  | refugees  | SDN
        en | Israel released 39 Palestinian prisoners on Friday.                         | 39      | prisoners | PSE
        en | Russia and Ukraine swapped 190 POWs on Tuesday.                             | 190     | prisoners | *
        en | Hamas freed 24 hostages, officials said.                                    | 24      | hostages  | *
        id | Sebanyak 1.000 pengungsi Rohingya tiba di Aceh pekan ini.                   | 1000    | refugees  | *
        id | Lebih dari 2 juta warga Sudan mengungsi sejak April.                        | 2000000 | refugees  | SDN
        id | Israel membebaskan 39 tahanan Palestina pada Jumat.                         | 39      | prisoners | PSE
        id | Rusia dan Ukraina menukar 95 tawanan perang pada Selasa.                    | 95      | prisoners | *
        id | Hamas membebaskan 24 sandera pada Jumat.                                    | 24      | hostages  | *
        ms | Seramai 1,000 pelarian Rohingya tiba di Pulau Pinang.                       | 1000    | refugees  | *
        ms | Lebih 2 juta orang melarikan diri dari Sudan sejak April.                   | 2000000 | refugees  | *
        ms | Israel membebaskan 39 tahanan Palestin pada Jumaat.                         | 39      | prisoners | PSE
        ms | Hamas membebaskan 24 tebusan pada Jumaat.                                   | 24      | hostages  | *
        fr | Près de 500 000 réfugiés syriens vivent en Jordanie.                        | 500000  | refugees  | SYR
        fr | Plus de 2 millions de personnes ont fui le Soudan depuis avril.             | 2000000 | refugees  | *
        fr | Israël a libéré 39 prisonniers palestiniens vendredi.                       | 39      | prisoners | PSE
        fr | Le Hamas a libéré 24 otages vendredi.                                       | 24      | hostages  | *
        es | Unos 500.000 refugiados sirios viven en Jordania.                           | 500000  | refugees  | SYR
        es | Más de 2 millones de personas huyeron de Sudán desde abril.                 | 2000000 | refugees  | *
        es | Israel liberó a 39 presos palestinos el viernes.                            | 39      | prisoners | PSE
        es | Rusia y Ucrania intercambiaron 95 prisioneros de guerra.                    | 95      | prisoners | *
        es | Hamás liberó a 24 rehenes el viernes.                                       | 24      | hostages  | *
        de | Rund 500.000 syrische Flüchtlinge leben in Jordanien.                       | 500000  | refugees  | SYR
        de | Mehr als 2 Millionen Menschen sind aus dem Sudan geflohen.                  | 2000000 | refugees  | *
        de | Russland und die Ukraine tauschten je 90 Kriegsgefangene aus.               | 90      | prisoners | *
        de | Die Hamas ließ 24 Geiseln frei.                                             | 24      | hostages  | *
        en | Gunmen killed 26 tourists in the resort town.                               | 26      | casualties | *
        id | Serangan itu menewaskan 26 wisatawan asing.                                 | 26      | casualties | *
        en | Militants said 3 hostages were killed in the air strike.                    | 3       | casualties | *
        en | More than 1,000 tourists visited Bali.                                      | 1000    | visitors   | *
        """)
    void refugeesPrisonersAndHostagesInEachLanguage(String lang, String text, String value, String unit,
            String owner) {
        findsTheQuantityItsUnitAndItsOwner(lang, text, value, unit, owner);
    }

    /**
     * Words of killing and wounding in their inflections, residents and villagers as the dead, the
     * losses of an army, guns, and a tally word with an approximation before its number.
     */
    @ParameterizedTest(name = "[{0}] {1} -> {2} {3} of {4}")
    @CsvSource(delimiter = '|', textBlock = """
        en | Gunmen have slain 14 villagers in the north of Nigeria.                     | 14    | casualties | NGA
        en | The clashes in Sudan caused 30 fatalities.                                  | 30    | casualties | SDN
        en | U.S. troops numbering about 900 remain in Syria.                            | 900   | troops     | USA
        id | Ledakan itu mencederai 20 warga sipil di Kabul.                             | 20    | casualties | AFG
        id | Sebanyak 7 orang wafat dalam serangan di Kabul.                             | 7     | casualties | AFG
        id | Serangan itu menewaskan 14 penduduk di Kabul.                               | 14    | casualties | AFG
        id | Prancis akan mengirim 12 howitzer Caesar ke Ukraina.                        | 12    | equipment  | FRA
        ms | Serangan itu menyebabkan kematian 12 rakyat Palestin.                       | 12    | casualties | PSE
        ms | Seramai 12 warga Palestin tewas dalam serangan itu.                         | 12    | casualties | PSE
        ms | Serangan Israel telah mengorbankan lebih 40,000 rakyat Palestin.            | 40000 | casualties | PSE
        fr | Une frappe tue 12 civils libanais dans le sud du Liban.                     | 12    | casualties | LBN
        fr | Une frappe a tué 14 habitants d'un village près de Beyrouth.                | 14    | casualties | *
        es | La ofensiva ha matado a más de 400 civiles sudaneses.                       | 400   | casualties | SDN
        es | Los ataques matan a 12 civiles libaneses cada día.                          | 12    | casualties | LBN
        es | El ejército sufrió 30 bajas en la frontera con Siria.                       | 30    | casualties | *
        es | El ataque mató a 14 aldeanos en Siria.                                      | 14    | casualties | SYR
        es | Francia entregará 12 cañones Caesar a Ucrania.                              | 12    | equipment  | FRA
        de | Ein Anschlag tötet 14 Zivilisten in Kabul.                                  | 14    | casualties | AFG
        de | In Kabul sind 14 Zivilisten gestorben.                                      | 14    | casualties | AFG
        de | Bei dem Angriff auf Kiew wurden 14 Bewohner getötet.                        | 14    | casualties | UKR
        """)
    void killingWordsResidentsGunsAndTallies(String lang, String text, String value, String unit, String owner) {
        findsTheQuantityItsUnitAndItsOwner(lang, text, value, unit, owner);
    }

    /** Counts in tens, hundreds or thousands and halves of a scale name no number ("ratusan", "Dutzende"). */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Ratusan tentara dan ribuan warga berkumpul di sana.
        en | Dozens of soldiers and hundreds of civilians gathered.
        ms | Ratusan askar dan ribuan penduduk berhimpun di situ.
        fr | Des centaines de soldats et des dizaines de blindés ont défilé.
        es | Decenas de soldados y cientos de civiles se reunieron.
        de | Dutzende Soldaten und Hunderte Zivilisten versammelten sich.
        id | Puluhan ribu tentara Rusia berkumpul di perbatasan.
        en | Tens of thousands of Russian troops massed at the border.
        en | Brazil sent 1.5 million doses to Haiti.
        es | Rusia movilizó medio millón de soldados.
        id | Rusia mengerahkan setengah juta tentara.
        ms | Rusia mengerahkan setengah juta askar.
        de | Russland mobilisierte eine halbe Million Soldaten.
        fr | La Russie a mobilisé un demi-million de soldats.
        id | Sebanyak ratusan tentara tiba.
        de | Dutzende Tote wurden gezählt.
        fr | Des dizaines de morts ont été recensés.
        """)
    void vagueCountsAreNoQuantities(String lang, String text) {
        datesYearsAgesTimesSharesAndReferencesAreNoQuantities(lang, text);
    }

    @Test
    void noBreakSpacesGroupThousandsInEveryLanguage() {
        for (String[] c : new String[][] {{"en", "Egypt deployed 28\u00A0500 troops along the border."},
            {"id", "Mesir mengerahkan 28\u202F500 tentara ke perbatasan."},
            {"ms", "Mesir menghantar 28\u2009500 askar ke sempadan."}}) {
            findsTheQuantityItsUnitAndItsOwner(c[0], c[1], "28500", "troops", "EGY");
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The 45-year-old minister arrived at 9:30 on 3 May 2024 for the second round.
        en | Article 5 of the treaty was discussed on page 4 of the 2023 report.
        en | Nearly 40 percent of voters backed the 1995 accord, a poll of 1,000 found.
        en | For details call 0800 123 456 before 17 June.
        id | Menteri berusia 60 tahun itu tiba pukul 10.30 WIB pada 5 Juni 2024.
        id | Pasal 33 UUD 1945 dibahas pada halaman 12 laporan itu.
        id | Inflasi naik 3,5 persen pada kuartal kedua 2023.
        ms | Menteri berusia 58 tahun itu tiba pada 3 Mac 2024 jam 9 pagi.
        ms | Kira-kira 40 peratus rakyat menyokong pindaan Perkara 153.
        es | El presidente, de 71 años, habló el 5 de mayo de 2024 a las 10:30.
        es | El artículo 51 de la Carta fue citado por tercera vez en 2022.
        de | Der 65-jährige Minister sprach am 3. Mai 2024 um 14 Uhr auf Seite 3.
        de | Artikel 5 des Vertrags gilt seit 1949, sagten 40 Prozent der Befragten.
        fr | Le ministre, âgé de 58 ans, est arrivé le 3 mai 2024 à 10 h 30.
        fr | L'article 49.3 a été utilisé pour la 2e fois en 2023.
        en | The 14th package of sanctions was adopted by the 27 member states.
        en | Resolution 2231 was adopted in 2015 by 15 votes to none.
        en | The two leaders spoke for 90 minutes by phone on the 3rd day of the summit.
        en | He served 12 years in the army and two terms as president.
        en | Tens of thousands of troops and dozens of warships took part.
        en | Hundreds of millions of dollars were lost, and thousands of people fled.
        id | Paket sanksi ke-14 disepakati oleh 27 negara anggota.
        id | Kedua pemimpin berbicara selama 45 menit melalui telepon.
        id | Sebanyak 3 orang menteri hadir dalam pertemuan itu.
        id | Ribuan tentara dan puluhan kapal perang ikut serta.
        ms | Anwar, 77, berkata rundingan itu berlangsung selama dua jam.
        ms | Ribuan askar dan puluhan kapal terlibat dalam latihan itu.
        es | Los 27 países de la UE aprobaron el 14.º paquete de sanciones.
        es | La reunión duró dos horas y media, y miles de soldados desfilaron.
        de | Die 27 EU-Staaten einigten sich auf das 14. Sanktionspaket.
        de | Das Gespräch dauerte zwei Stunden; Tausende Soldaten marschierten.
        fr | Les 27 États membres ont adopté le 14e paquet de sanctions.
        fr | L'entretien a duré deux heures et un soldat a été blessé.
        en | Several hundred troops and a few thousand volunteers joined.
        en | Two and a half years later, a few dozen protesters gathered.
        id | Beberapa ribu tentara berjaga di perbatasan.
        ms | Beberapa ribu askar berkawal di sempadan.
        es | Varios cientos de soldados y algunos miles de voluntarios llegaron.
        de | Einige tausend Soldaten und mehrere hundert Panzer wurden verlegt.
        fr | Plusieurs milliers de soldats et quelques centaines de blindés.
        en | Police said the 2 suspects were held for 48 hours.
        id | Pengamat menilai 2 isu itu penting bagi 2024.
        ms | Lebih 168,000 penduduk dipindahkan selepas 33 bangunan musnah dibom.
        en | More than 168,000 people were evacuated.
        fr | Quelque 3 000 personnes ont été évacuées du quartier.
        id | Indonesia berpenduduk 270 juta rakyat.
        ms | Malaysia mempunyai 33 juta rakyat.
        de | Im Dorf leben 300 Einwohner.
        fr | Les 27 pays de l'UE ont tué le projet.
        de | Rund 3000 Menschen wurden aus dem Viertel evakuiert.
        en | Beijing promised one country, two systems for 50 years.
        id | Sebanyak 500 relawan membagikan makanan di 20 titik.
        id | Jumlah penonton mencapai 2024 orang pada tahun ini.
        id | Anggaran pertahanan naik, dan inflasi mencapai 3 pada kuartal itu.
        en | Inflation reached 5 in May and the index stood at 120.
        id | Nilai tukar rupiah menjadi 16.000 per dolar.
        en | About 20 companies signed deals worth little during the visit.
        id | Sebanyak 50 perusahaan Jepang berinvestasi di Batam.
        id | Indonesia berpenduduk 270 juta jiwa.
        """)
    void datesYearsAgesTimesSharesAndReferencesAreNoQuantities(String lang, String text) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.quantities().isEmpty(), () -> d.quantities().toString());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ms | Sekurang-kurangnya 33 orang terbunuh dan lebih 168,000 penduduk dipindahkan. | 33
        id | Sebanyak 12 orang tewas dan 20.000 warga mengungsi dari kota itu.            | 12
        en | At least 12 people died and 20,000 people fled the city.                     | 12
        """)
    void aCasualtyWordCountsOnlyTheNumberItBelongsTo(String lang, String text, String dead) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        List<Quantity> casualties = d.quantities().stream().filter(q -> q.unit().equals("casualties")).toList();
        assertEquals(1, casualties.size(), () -> d.quantities().toString());
        assertEquals(0, new BigDecimal(dead).compareTo(casualties.get(0).value()));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        es | Llegaron 4.500 marines al Caribe. Estados Unidos desplegó 4.500 efectivos en la zona. | 4500
        id | Sebanyak 28.500 tentara AS di Korea Selatan. Jumlah personel itu 28.500 personel.      | 28500
        """)
    void aCountOfPeopleSaidAgainInOtherWordsIsOneQuantity(String lang, String text, String value) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertEquals(1, d.quantities().size(), () -> d.quantities().toString());
        assertEquals(0, new BigDecimal(value).compareTo(d.quantities().get(0).value()));
    }
}
