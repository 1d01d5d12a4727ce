package org.geokg.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.geokg.nlp.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleNumberFinderTest {
    private static final RuleNumberFinder FINDER = RuleNumberFinder.create();

    @ParameterizedTest(name = "[{0}] \"{1}\" -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
        id | Negara itu mengirim 12.300 tentara ke perbatasan. | 12.300 tentara               | 12300        | troops
        id | Sebanyak 2.150 personel dikerahkan.              | 2.150 personel               | 2150         | personnel
        id | Ada enam personel yang terluka.                  | enam personel                | 6            | personnel
        id | Jumlahnya dua puluh lima ribu pasukan.           | dua puluh lima ribu pasukan  | 25000        | troops
        id | Inflasi naik 3,5 persen tahun ini.               | 3,5 persen                   | 3.5          | percent
        id | Nilainya Rp 2,5 triliun menurut laporan.         | Rp 2,5 triliun               | 2500000000000 | IDR
        id | Bantuan sebesar 40 juta dolar AS diberikan.      | 40 juta dolar AS             | 40000000     | USD
        id | Sebanyak 17 negara ikut serta.                   | 17 negara                    | 17           | countries
        ms | Dagangan bernilai RM12.5 bilion tahun lalu.      | RM12.5 bilion                | 12500000000  | MYR
        ms | Pelaburan US$3.25 bilion telah diumumkan.        | US$3.25 bilion               | 3250000000   | USD
        ms | Eksport meningkat 7.4 peratus.                   | 7.4 peratus                  | 7.4          | percent
        ms | Seramai 1,250 anggota tentera dihantar.          | 1,250 anggota tentera        | 1250         | troops
        ms | Lapan askar terbunuh dalam serangan itu.         | Lapan askar                  | 8            | troops
        en | Moscow deployed 12,000 Russian troops there.     | 12,000 Russian troops        | 12000        | troops
        en | The fund holds $4.2 billion in reserves.         | $4.2 billion                 | 4200000000   | USD
        en | Sanctions hit 150 entities and people.           | 150 entities                 | 150          | entities
        en | Growth was 2.75% last quarter.                   | 2.75%                        | 2.75         | percent
        en | About three hundred soldiers crossed.            | three hundred soldiers       | 300          | troops
        en | At least 1,204 casualties were reported.         | 1,204 casualties             | 1204         | casualties
        es | Llegaron 28.500 soldados a la base.              | 28.500 soldados              | 28500        | troops
        es | El PIB creció un 2,5 por ciento.                 | 2,5 por ciento               | 2.5          | percent
        es | La ayuda suma 300 millones de euros.             | 300 millones de euros        | 300000000    | EUR
        de | Rund 4.000 Soldaten wurden verlegt.              | 4.000 Soldaten               | 4000         | troops
        de | Die Hilfe beträgt 1,2 Milliarden Euro.           | 1,2 Milliarden Euro          | 1200000000   | EUR
        de | Die Quote liegt bei 3,5 Prozent.                 | 3,5 Prozent                  | 3.5          | percent
        fr | Environ 2 500 soldats sont arrivés.              | 2 500 soldats                | 2500         | troops
        fr | Une aide de 2 milliards d'euros.                 | 2 milliards d'euros          | 2000000000   | EUR
        fr | Le chômage atteint 7,1 pour cent.                | 7,1 pour cent                | 7.1          | percent
        id | Pemerintah mengirim 20 ton beras ke sana.        | 20 ton                       | 20           | tonnes
        id | Sebanyak 12 diplomat diusir pekan ini.           | 12 diplomat                  | 12           | diplomats
        ms | Kerajaan menghantar 30 tan bekalan perubatan.    | 30 tan                       | 30           | tonnes
        ms | Tentera melancarkan enam peluru berpandu.        | enam peluru berpandu         | 6            | missiles 
        en | The army fired twelve missiles overnight.        | twelve missiles              | 12           | missiles 
        en | The ministry expelled 15 diplomats on Friday.    | 15 diplomats                 | 15           | diplomats
        fr | Le pays a expulsé dix-sept diplomates hier.      | dix-sept diplomates          | 17           | diplomats
        fr | L'armée a tiré soixante-dix roquettes.           | soixante-dix roquettes       | 70           | missiles 
        es | El país envió cuatrocientos soldados.            | cuatrocientos soldados       | 400          | troops
        es | El ejército lanzó 90 misiles en la noche.        | 90 misiles                   | 90           | missiles 
        de | Das Land wies dreizehn Diplomaten aus.           | dreizehn Diplomaten          | 13           | diplomats
        de | Es wurden 500 Tonnen Hilfsgüter geliefert.       | 500 Tonnen                   | 500          | tonnes
        en | Russia sent 5,000 more troops north.             | 5,000 more troops            | 5000         | troops
        en | The navy lost 3 additional warships.             | 3 additional warships        | 3            | ships    
        id | China mengirim 20 buah kapal perang ke sana.     | 20 buah kapal perang         | 20           | ships    
        ms | Tentera menerima 12 unit kereta kebal baharu.    | 12 unit kereta kebal         | 12           | tanks    
        es | Una ayuda de mil millones de dólares.            | mil millones de dólares      | 1000000000   | USD
        es | Costará tres mil quinientos millones de euros.   | tres mil quinientos millones de euros | 3500000000 | EUR
        es | Invertirá 2 mil millones de euros.               | 2 mil millones de euros      | 2000000000   | EUR
        en | They sold jets worth $1.5B to the army.          | $1.5B                        | 1500000000   | USD
        en | The fund got £300m last year.                    | £300m                        | 300000000    | GBP
        en | Debt reached $1.2tn in May.                      | $1.2tn                       | 1200000000000 | USD
        en | Ottawa pledged C$2 billion.                      | C$2 billion                  | 2000000000   | CAD
        en | About 28,500 U.S. troops stay.                   | 28,500 U.S. troops           | 28500        | troops
        en | They paid two million three hundred thousand dollars. | two million three hundred thousand dollars | 2300000 | USD
        de | Die USA verlegen 3000 US-Soldaten nach Polen.    | 3000 US-Soldaten             | 3000         | troops
        de | Russland feuerte 90 Kampfdrohnen ab.             | 90 Kampfdrohnen              | 90           | aircraft 
        de | Polen kauft 96 neue Kampfpanzer.                 | 96 neue Kampfpanzer          | 96           | tanks    
        de | Das Land entsendet 1000 weitere Soldaten.        | 1000 weitere Soldaten        | 1000         | troops
        es | Llegaron 2.000 nuevos soldados a la base.        | 2.000 nuevos soldados        | 2000         | troops
        fr | Paris envoie 3 000 autres soldats au Tchad.      | 3 000 autres soldats         | 3000         | troops
        en | The air force bought 12 F-16 jets.               | 12 F-16                      | 12           | equipment
        id | Indonesia membeli 42 Rafale dari Prancis.        | 42 Rafale                    | 42           | aircraft 
        de | Die Ukraine erhält 18 Leopard-Panzer.            | 18 Leopard-Panzer            | 18           | tanks    
        id | Sebanyak 28,500 tentara ditempatkan di sana.     | 28,500 tentara               | 28500        | troops
        en | The unit counts 1.250 soldiers.                  | 1.250 soldiers               | 1250         | troops
        fr | La France envoie un millier de soldats.          | un millier de soldats        | 1000         | troops
        es | Llegaron dos mil soldados a la frontera.         | dos mil soldados             | 2000         | troops
        es | La milicia suma 4,5 millones de milicianos.      | 4,5 millones de milicianos   | 4500000      | troops
        en | The list adds 116 individuals and firms.         | 116 individuals              | 116 | individuals
        en | At least 40 people were killed.                  | 40 people                    | 40           | people
        es | El ataque dejó 50 heridos.                       | 50 heridos                   | 50  | casualties
        en | Japan pledged $2 billion per year in aid.        | $2 billion                   | 2000000000 | USD
        id | Indonesia mengirim pasukan sebanyak 1.000 orang. | 1.000 orang                  | 1000 | troops
        ms | Malaysia menghantar askar seramai 200 orang.     | 200 orang                    | 200  | troops
        id | Korban tewas mencapai 30 orang.                  | 30 orang                     | 30   | casualties
        id | Sebanyak 300 orang dievakuasi dari Sudan.        | 300 orang                    | 300  | people
        fr | La France verse 100 millions d'euros par an.     | 100 millions d'euros         | 100000000 | EUR
        fr | Une centaine de soldats sont arrivés.            | Une centaine de soldats      | 100          | troops
        fr | Paris envoie une vingtaine de navires.           | une vingtaine de navires     | 20           | ships    
        es | Llegó un centenar de soldados.                   | un centenar de soldados      | 100          | troops
        id | China mengirim dua lusin kapal perang.           | dua lusin kapal perang       | 24           | ships    
        en | About 1.5 million refugees crossed.              | 1.5 million refugees         | 1500000      | refugees
        id | Israel membebaskan 39 tahanan Palestina.         | 39 tahanan                   | 39           | prisoners
        ms | Seramai 1,000 pelarian tiba di sana.             | 1,000 pelarian               | 1000         | refugees
        fr | Le Hamas a libéré 24 otages.                     | 24 otages                    | 24           | hostages
        es | Intercambiaron 95 prisioneros de guerra.         | 95 prisioneros de guerra     | 95           | prisoners
        de | Sie tauschten 90 Kriegsgefangene aus.            | 90 Kriegsgefangene           | 90           | prisoners
        de | Berlin liefert 1 Mio. Schuss Munition.           | 1 Mio. Schuss                | 1000000      | equipment
        de | Die Ukraine erhielt 18 Leopard-2-Panzer.          | 18 Leopard-2-Panzer          | 18           | tanks    
        de | Seoul will 20 weitere F-35A-Kampfjets kaufen.     | 20 weitere F-35A-Kampfjets   | 20           | aircraft 
        en | Russia sent 2000 troops to Mali.                 | 2000 troops                  | 2000         | troops
        """)
    void readsNumbersWithUnitsAsTheLanguageWritesThem(String lang, String text, String span, String value,
            String unit) {
        List<NumberMention> found = FINDER.find(text, 0, text.length(), lang);
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        NumberMention n = found.get(0);
        assertEquals(span, n.text());
        assertEquals(span, text.substring(n.start(), n.end()), "offsets");
        assertEquals(0, n.value().compareTo(new BigDecimal(value)), () -> "value " + n.value());
        assertEquals(unit, n.unit());
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" has no quantity")
    @CsvSource(delimiter = '|', textBlock = """
        id | Pada tahun 2022 ia berusia 75 tahun.
        id | Pertemuan di Villa 14 berlangsung lama.
        id | Latihan SGS 2022 dibuka di tiga lokasi.
        id | Salah satu negara menolak usulan itu.
        id | Kedua-dua negara sepakat.
        en | The G7 leaders met in 2023 for 3 days.
        en | Flight MH17 was shot down.
        de | Die Kosten liegen bei mehreren Milliarden Euro.
        en | Dozens of soldiers were hurt.
        es | Miles de soldados llegaron a la frontera.
        fr | Des milliers de soldats sont arrivés.
        en | Oil sold at $80 per barrel.
        de | Öl kostet 80 Dollar pro Barrel.
        id | Harga beras Rp 15.000 per kilogram.
        en | In 2023 F-16 jets arrived in Romania.
        de | Seit 2022 Patriot-Systeme geliefert wurden, ist die Lage ruhiger.
        en | By 2024 Patriot batteries guarded the city.
        fr | Des centaines de soldats sont arrivés.
        fr | Une dizaine de jours plus tard, il est parti.
        es | Centenares de soldados llegaron.
        es | Decenas de soldados murieron.
        id | Puluhan tentara tewas.
        ms | Ratusan askar dikerahkan.
        de | Dutzende Soldaten wurden verletzt.
        en | The 7th Fleet sailed on 12 June 2023 at 10:30.
        fr | La 7e flotte est passée le 12 juin 2023 à 10 h 30.
        de | Die 7. Flotte fuhr am 12. Juni 2023 um 10.30 Uhr.
        de | Seit 2022 Waffen geliefert werden, ist die Lage anders.
        en | Since 2022 troops from Germany have been in Lithuania.
        id | Sejak 2014 tentara Rusia berada di Krimea.
        ms | Sejak 2014 tentera Rusia berada di Crimea.
        es | Desde 2014 soldados rusos ocupan Crimea.
        fr | Depuis 2014 soldats et civils vivent ici.
        """)
    void numbersWithoutUnitAreNotQuantities(String lang, String text) {
        assertEquals(List.of(), FINDER.find(text, 0, text.length(), lang));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        de | Das Land hat 900 Soldaten im Ausland, davon 300 in Litauen.            | 300 | troops
        en | The navy sent 40 ships, of which 12 to the north.                      | 12  | ships
        fr | Le pays a expulsé 20 diplomates, dont 8 à Paris.                       | 8   | diplomats
        es | El país desplegó 500 soldados, de los cuales 120 en la frontera.       | 120 | troops
        id | Sebanyak 700 personel dikirim, di antaranya 250 ke Natuna.             | 250 | personnel
        ms | Seramai 600 askar dihantar, antaranya 150 ke Sabah.                    | 150 | troops
        """)
    void bareNumberAfterAShareWordTakesTheUnitBeforeIt(String lang, String text, String value, String unit) {
        List<NumberMention> found = FINDER.find(text, 0, text.length(), lang);
        assertEquals(2, found.size(), () -> "in '" + text + "': " + found);
        assertEquals(0, new BigDecimal(value).compareTo(found.get(1).value()));
        assertEquals(unit, found.get(1).unit());
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Moscou a expulsé 41 Russes vivant à Paris. | Russes | 41 Russes     | nationals
        en | Five Americans were detained.              | Americans | Five Americans | nationals
        de | Die Polizei nahm 4800 deutsche Soldaten auf. | deutsche | 4800 deutsche Soldaten | troops
        """)
    void aNationalityWordCountsItsPeopleOrStandsBeforeTheUnit(String lang, String text, String nation, String span,
            String unit) {
        int at = text.indexOf(nation);
        List<NumberMention> found = FINDER.find(text, 0, text.length(), lang,
                List.of(new TextSpan(at, at + nation.length())));
        assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
        assertEquals(span, found.get(0).text());
        assertEquals(unit, found.get(0).unit());
    }

    @Test
    void aYearBeforeANationalityWordIsNoCount() {
        String text = "In 2024 Russians voted.";
        int at = text.indexOf("Russians");
        assertEquals(List.of(), FINDER.find(text, 0, text.length(), "en", List.of(new TextSpan(at, at + 8))));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        de | Davon 300 in Litauen, hieß es.
        en | Of which 12 were new, officials said.
        """)
    void shareWordWithoutQuantityBeforeGivesNothing(String lang, String text) {
        assertEquals(List.of(), FINDER.find(text, 0, text.length(), lang));
    }
}
