package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geokg.kg.model.Entity;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The attribution constructions an analyst expects in news of each language, on made-up
 * sentences (written for this test, not taken from any article): quotation with the speaker
 * before or after it, "X said (that)", "according to X", "X told an outlet", "said in a
 * statement", spokespersons, back references ("Hal itu disampaikan X", "Así lo afirmó X"),
 * one-word attributions ("katanya", "ujarnya", "tambahnya", "jelasnya"), German Konjunktiv, French
 * inversion ("a-t-il déclaré", "selon lui"), denials; and the words that look like speech but
 * report nothing: speech to come, negated speech ("did not say whether"), announcing or declaring
 * an act ("announced new sanctions"), speech nouns, scare quotes and quoted headlines.
 * ¶ stands for a paragraph break. A speaker written "=Type:ISO3" is checked by entity type and
 * country (bodies and states), else by label.
 */
class SpeechConstructionCoverageTest {
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "en | \"We will not accept any threat to our border,\" Chilean Foreign Minister Alberto Vargas said. | any threat | Alberto Vargas",
        "en | \"We will not accept any threat to our border,\" said Chilean Foreign Minister Alberto Vargas. | any threat | Alberto Vargas",
        "en | Chilean Foreign Minister Alberto Vargas said: \"We will not accept any threat to our border.\" | any threat | Alberto Vargas",
        "en | Chilean President Gabriel Boric said that Chile would send a delegation to Lima next week. | send a delegation | Gabriel Boric",
        "en | Chilean President Gabriel Boric said Chile would send a delegation to Lima next week. | send a delegation | Gabriel Boric",
        "en | Chile would send a delegation to Lima next week, Chilean President Gabriel Boric said on Sunday. | send a delegation | Gabriel Boric",
        "en | According to Chilean Foreign Minister Alberto Vargas, Chile will reopen the border crossing on Monday. | reopen the border | Alberto Vargas",
        "en | Chile will reopen the border crossing on Monday, according to Foreign Minister Alberto Vargas. | reopen the border | Alberto Vargas",
        "en | Chilean Foreign Minister Alberto Vargas told Reuters that Chile would not withdraw its ambassador from Lima. | withdraw its ambassador | Alberto Vargas",
        "en | Chilean Foreign Minister Alberto Vargas told reporters in Santiago that the talks with Peru had been useful. | talks with Peru | Alberto Vargas",
        "en | Peru's foreign ministry said in a statement that the talks had been postponed until March. | talks had been postponed | =Organization:PER",
        "en | In a statement, Peru's foreign ministry said it had summoned the Chilean ambassador. | summoned the Chilean ambassador | =Organization:PER",
        "en | Chilean foreign ministry spokeswoman Maria Lopez said the border would stay open. | border would stay open | Maria Lopez",
        "en | Bolivian Defence Minister Carlos Rojas said the army had moved two battalions to the frontier. | two battalions | Carlos Rojas",
        "en | Bolivian Defence Minister Carlos Rojas denied that Bolivia had sent troops to the border. | sent troops | Carlos Rojas",
        "en | Chilean President Gabriel Boric arrived in Lima on Monday. \"We want good relations with Peru,\" he said. | good relations | Gabriel Boric",
        "en | Chilean President Gabriel Boric arrived in Lima on Monday. He said Chile was ready to sign the trade deal. | ready to sign | Gabriel Boric",
        "en | Chile warned Peru that any incursion would meet a firm response. | any incursion | =Country:CHL",
        "en | Peru's foreign ministry said the talks would resume in March, Reuters reported. | talks would resume | =Organization:PER",
        "en | Chile will not withdraw its ambassador, Chilean President Gabriel Boric told the state broadcaster on Sunday. | withdraw its ambassador | Gabriel Boric",
        "en | Speaking to reporters in Lima on Monday, Chilean Foreign Minister Alberto Vargas said the border would stay open. | border would stay open | Alberto Vargas",
        "en | Asked about the border incident, Chilean Foreign Minister Alberto Vargas said Chile would respond calmly. | respond calmly | Alberto Vargas",
        "en | The statement, issued by the Chilean foreign ministry on Monday, said the border would stay open. | border would stay open | =Organization:CHL",
        "en | The border will reopen on Monday, the Chilean foreign ministry announced. | border will reopen | =Organization:CHL",
        "en | The Chilean foreign ministry announced that the border would reopen on Monday. | border would reopen | =Organization:CHL",
        "id | \"Kami tidak akan mundur,\" kata Menteri Luar Negeri Chile Alberto Vargas. | tidak akan mundur | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas mengatakan, \"Kami tidak akan mundur dari perundingan ini.\" | tidak akan mundur | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas mengatakan bahwa Chile akan mengirim delegasi ke Lima pekan depan. | mengirim delegasi | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas mengatakan Chile akan mengirim delegasi ke Lima pekan depan. | mengirim delegasi | Alberto Vargas",
        "id | Menurut Menteri Luar Negeri Chile Alberto Vargas, Chile akan membuka kembali perbatasan pada Senin. | membuka kembali perbatasan | Alberto Vargas",
        "id | Chile akan membuka kembali perbatasan pada Senin, menurut Menteri Luar Negeri Chile Alberto Vargas. | membuka kembali perbatasan | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas mengatakan kepada Reuters bahwa Chile tidak akan menarik duta besarnya. | menarik duta besarnya | Alberto Vargas",
        "id | Kementerian Luar Negeri Peru dalam pernyataannya menyatakan bahwa perundingan ditunda hingga Maret. | perundingan ditunda | =Organization:PER",
        "id | Juru bicara Kementerian Luar Negeri Chile, Maria Lopez, mengatakan perbatasan akan tetap dibuka. | tetap dibuka | Maria Lopez",
        "id | Presiden Chile Gabriel Boric tiba di Lima pada Senin. \"Kami ingin hubungan yang baik dengan Peru,\" ujarnya. | hubungan yang baik | Gabriel Boric",
        "id | Presiden Chile Gabriel Boric tiba di Lima pada Senin. Chile siap berunding dengan Peru kapan saja, tambahnya. | siap berunding | Gabriel Boric",
        "id | Presiden Chile Gabriel Boric tiba di Lima pada Senin. Chile tidak pernah mengirim pasukan ke perbatasan, jelasnya. | mengirim pasukan | Gabriel Boric",
        "id | Presiden Chile Gabriel Boric tiba di Lima pada Senin. Menurutnya, Chile tidak pernah mengirim pasukan ke perbatasan. | mengirim pasukan | Gabriel Boric",
        "id | Presiden Chile Gabriel Boric tiba di Lima pada Senin. Chile ingin perdamaian di kawasan itu, katanya. | perdamaian di kawasan | Gabriel Boric",
        "id | Menteri Pertahanan Bolivia Carlos Rojas membantah bahwa Bolivia mengirim pasukan ke perbatasan. | mengirim pasukan | Carlos Rojas",
        "id | Chile tidak akan menarik duta besarnya dari Lima. Hal itu disampaikan Menteri Luar Negeri Chile Alberto Vargas pada Senin. | menarik duta besarnya | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas menegaskan Chile menghormati kedaulatan Peru. | menghormati kedaulatan | Alberto Vargas",
        "id | \"Perbatasan tetap dibuka untuk warga sipil,\" tegas Menteri Pertahanan Bolivia Carlos Rojas. | tetap dibuka | Carlos Rojas",
        "id | Menteri Pertahanan Bolivia Carlos Rojas tidak membantah bahwa Bolivia mengirim pasukan ke perbatasan. | mengirim pasukan | Carlos Rojas",
        "id | Menteri Luar Negeri Chile Alberto Vargas mengakui bahwa perundingan dengan Peru berjalan alot. | berjalan alot | Alberto Vargas",
        "ms | \"Kami tidak akan berundur,\" kata Menteri Luar Negeri Chile Alberto Vargas. | tidak akan berundur | Alberto Vargas",
        "ms | Menteri Luar Negeri Chile Alberto Vargas berkata bahawa Chile akan menghantar delegasi ke Lima minggu depan. | menghantar delegasi | Alberto Vargas",
        "ms | Menteri Luar Negeri Chile Alberto Vargas berkata Chile akan menghantar delegasi ke Lima minggu depan. | menghantar delegasi | Alberto Vargas",
        "ms | Menurut Menteri Luar Negeri Chile Alberto Vargas, Chile akan membuka semula sempadan pada Isnin. | membuka semula sempadan | Alberto Vargas",
        "ms | Menteri Luar Negeri Chile Alberto Vargas memberitahu Bernama bahawa Chile tidak akan memanggil pulang dutanya. | memanggil pulang | Alberto Vargas",
        "ms | Kementerian Luar Negeri Peru dalam satu kenyataan memaklumkan bahawa rundingan ditangguhkan hingga Mac. | rundingan ditangguhkan | =Organization:PER",
        "ms | Presiden Chile Gabriel Boric tiba di Lima pada Isnin. Chile bersedia berunding dengan Peru pada bila-bila masa, tambahnya. | bersedia berunding | Gabriel Boric",
        "ms | Presiden Chile Gabriel Boric tiba di Lima pada Isnin. \"Kami mahu keamanan di sempadan,\" ujarnya. | keamanan di sempadan | Gabriel Boric",
        "ms | Presiden Chile Gabriel Boric tiba di Lima pada Isnin. Chile tidak pernah menghantar tentera ke sempadan, jelasnya. | menghantar tentera | Gabriel Boric",
        "ms | Presiden Chile Gabriel Boric tiba di Lima pada Isnin. Chile mahu keamanan di rantau itu, katanya. | keamanan di rantau | Gabriel Boric",
        "ms | Menteri Pertahanan Bolivia Carlos Rojas menafikan bahawa Bolivia menghantar tentera ke sempadan. | menghantar tentera | Carlos Rojas",
        "ms | Chile tidak akan memanggil pulang dutanya dari Lima. Perkara itu dinyatakan oleh Menteri Luar Negeri Chile Alberto Vargas pada Isnin. | memanggil pulang | Alberto Vargas",
        "ms | Presiden Chile Gabriel Boric menambah, Chile bersedia berunding dengan Peru. | bersedia berunding | Gabriel Boric",
        "ms | Presiden Chile Gabriel Boric menambah bahawa Chile bersedia berunding dengan Peru. | bersedia berunding | Gabriel Boric",
        "fr | Dans un communiqué, le ministère péruvien des Affaires étrangères a indiqué que les discussions étaient reportées à mars. | discussions étaient reportées | =Organization:PER",
        "fr | Le Chili ne cédera pas, a averti le président chilien Gabriel Boric. | ne cédera pas | Gabriel Boric",
        "fr | Le président chilien Gabriel Boric a souligné que le Chili respectait la souveraineté du Pérou. | respectait la souveraineté | Gabriel Boric",
        "fr | Le chef de la diplomatie chilienne Alberto Vargas a déclaré que le Chili enverrait une délégation à Lima. | enverrait une délégation | Alberto Vargas",
        "fr | Le ministre des Affaires étrangères chilien Alberto Vargas a déclaré que le Chili enverrait une délégation à Lima. | enverrait une délégation | Alberto Vargas",
        "fr | « Nous ne reculerons pas », a déclaré le président chilien Gabriel Boric. | ne reculerons pas | Gabriel Boric",
        "fr | Le président chilien Gabriel Boric est arrivé lundi à Lima. « Nous ne reculerons pas », a-t-il déclaré. | ne reculerons pas | Gabriel Boric",
        "fr | Le Chili rouvrira la frontière lundi, a annoncé le président chilien Gabriel Boric. | rouvrira la frontière | Gabriel Boric",
        "fr | Le Chili a annoncé que la frontière serait rouverte lundi. | frontière serait rouverte | =Country:CHL",
        "fr | Selon le chef de la diplomatie chilienne Alberto Vargas, le Chili rouvrira la frontière lundi. | rouvrira la frontière | Alberto Vargas",
        "fr | Le Chili rouvrira la frontière lundi, selon le président chilien Gabriel Boric. | rouvrira la frontière | Gabriel Boric",
        "fr | Le président chilien Gabriel Boric est arrivé lundi à Lima. Selon lui, le Chili ne retirera pas son ambassadeur. | retirera pas son ambassadeur | Gabriel Boric",
        "fr | Le président chilien Gabriel Boric a affirmé à l'AFP que le Chili ne retirerait pas son ambassadeur. | retirerait pas son ambassadeur | Gabriel Boric",
        "fr | Le président bolivien Luis Arce a nié que la Bolivie ait envoyé des troupes à la frontière. | envoyé des troupes | Luis Arce",
        "fr | « La situation est grave », estime le président bolivien Luis Arce. | situation est grave | Luis Arce",
        "fr | Le président chilien Gabriel Boric a déclaré que le Chili enverrait une délégation à Lima. | enverrait une délégation | Gabriel Boric",
        "fr | Le Chili n'enverra pas de troupes à la frontière. C'est ce qu'a déclaré le président chilien Gabriel Boric lundi. | enverra pas de troupes | Gabriel Boric",
        "fr | Le porte-parole du gouvernement chilien, Maria Lopez, a assuré que la frontière resterait ouverte. | resterait ouverte | Maria Lopez",
        "es | \"No vamos a retroceder\", dijo el canciller chileno Alberto Vargas. | No vamos a retroceder | Alberto Vargas",
        "es | El canciller chileno Alberto Vargas afirmó que Chile enviará una delegación a Lima la próxima semana. | enviará una delegación | Alberto Vargas",
        "es | Según el canciller chileno Alberto Vargas, Chile reabrirá la frontera el lunes. | reabrirá la frontera | Alberto Vargas",
        "es | Chile reabrirá la frontera el lunes, según el canciller chileno Alberto Vargas. | reabrirá la frontera | Alberto Vargas",
        "es | El ministro de Defensa de Bolivia, Carlos Rojas, señaló que el Ejército había trasladado dos batallones a la frontera. | dos batallones | Carlos Rojas",
        "es | El canciller chileno Alberto Vargas dijo a la agencia EFE que Chile no retirará a su embajador en Lima. | no retirará a su embajador | Alberto Vargas",
        "es | En un comunicado, la Cancillería de Perú indicó que las conversaciones se habían aplazado hasta marzo. | conversaciones se habían aplazado | =Organization:PER",
        "es | El canciller chileno Alberto Vargas llegó el lunes a Lima. \"La situación es grave\", afirmó. | situación es grave | Alberto Vargas",
        "es | El canciller chileno Alberto Vargas negó que Chile hubiera enviado tropas a la frontera. | enviado tropas | Alberto Vargas",
        "es | Chile no retirará a su embajador en Lima. Así lo afirmó el canciller chileno Alberto Vargas. | no retirará a su embajador | Alberto Vargas",
        "es | El presidente chileno Gabriel Boric aseguró que Chile respeta la soberanía de Perú. | respeta la soberanía | Gabriel Boric",
        "es | El canciller chileno Alberto Vargas llegó el lunes a Lima. Según él, Chile no enviará tropas a la frontera. | no enviará tropas | Alberto Vargas",
        "es | Chile reabrirá la frontera el lunes, anunció el presidente chileno Gabriel Boric. | reabrirá la frontera | Gabriel Boric",
        "es | El Gobierno de Chile anunció que la frontera será reabierta el lunes. | será reabierta | =Country:CHL",
        "es | El presidente chileno Gabriel Boric añadió que Chile no enviará tropas a la frontera. | no enviará tropas | Gabriel Boric",
        "es | El ministro boliviano de Defensa Carlos Rojas negó que Bolivia hubiera enviado tropas a la frontera. | enviado tropas | Carlos Rojas",
        "es | El portavoz del Gobierno chileno, Maria Lopez, aseguró que la frontera seguirá abierta. | seguirá abierta | Maria Lopez",
        "de | „Wir werden nicht zurückweichen“, sagte der chilenische Außenminister Alberto Vargas. | nicht zurückweichen | Alberto Vargas",
        "de | Der chilenische Außenminister Alberto Vargas sagte, Chile werde eine Delegation nach Lima schicken. | Delegation nach Lima | Alberto Vargas",
        "de | Der chilenische Außenminister Alberto Vargas sagte, dass Chile eine Delegation nach Lima schicken werde. | Delegation nach Lima | Alberto Vargas",
        "de | Laut dem chilenischen Außenminister Alberto Vargas wird Chile die Grenze am Montag wieder öffnen. | Grenze am Montag | Alberto Vargas",
        "de | Chile werde die Grenze am Montag wieder öffnen, sagte der chilenische Außenminister Alberto Vargas der Nachrichtenagentur dpa. | Grenze am Montag | Alberto Vargas",
        "de | Das peruanische Außenministerium teilte mit, die Gespräche seien auf März verschoben worden. | Gespräche seien | =Organization:PER",
        "de | Der chilenische Außenminister Alberto Vargas traf am Montag in Lima ein. Er sagte, man werde die Grenze nicht schließen. | Grenze nicht schließen | Alberto Vargas",
        "de | Der bolivianische Verteidigungsminister Carlos Rojas bestritt, dass Bolivien Truppen an die Grenze geschickt habe. | Truppen an die Grenze | Carlos Rojas",
        "de | Der chilenische Außenminister Alberto Vargas sagte, Chile wolle Frieden. Die Lage an der Grenze sei jedoch angespannt. | Lage an der Grenze | Alberto Vargas",
        "de | Nach Angaben des peruanischen Außenministeriums wurden zwei chilenische Diplomaten ausgewiesen. | zwei chilenische Diplomaten | =Organization:PER",
        "de | Der chilenische Präsident Gabriel Boric betonte, Chile respektiere die Souveränität Perus. | Souveränität Perus | Gabriel Boric",
        "de | „Die Lage ist ernst“, erklärte der bolivianische Verteidigungsminister Carlos Rojas am Montag. | Lage ist ernst | Carlos Rojas",
        "de | Die chilenische Regierung kündigte an, die Grenze werde am Montag wieder geöffnet. | Grenze werde | =Country:CHL"
    })
    void attributedWordsAreOneClaimOfTheirSpeaker(String lang, String text, String words, String speaker) {
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        Entity sp = PipelineFixture.speakerOf(d, words);
        if (speaker.startsWith("=")) {
            String[] typeAndCountry = speaker.substring(1).split(":");
            assertEquals(typeAndCountry[0], sp.type(), () -> "speaker " + sp);
            assertEquals(typeAndCountry[1], sp.country(), () -> "speaker " + sp);
        } else {
            assertEquals(speaker, sp.label(), () -> "speaker " + sp);
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "en | The said agreement was signed in Lima in 2019 by Chile and Peru. | signed in Lima",
        "en | A statement will be issued by the Chilean foreign ministry later on Monday. | later on Monday",
        "en | Peru called a meeting of the regional security council for Friday. | regional security council",
        "en | Chilean President Gabriel Boric did not say whether Chile would attend the summit in Lima. | attend the summit",
        "en | Chilean Foreign Minister Alberto Vargas declined to comment on the border incident with Peru. | border incident",
        "en | Chilean Foreign Minister Alberto Vargas will speak to reporters in Lima on Friday. | speak to reporters",
        "en | The announcement came after weeks of tension between Chile and Peru over the border. | weeks of tension",
        "en | Chile closes border: \"No one will cross without papers\" ¶ Chile closed its northern border with Peru on Monday. | No one will cross",
        "en | The so-called \"peace corridor\" between Chile and Peru was opened on Monday. | peace corridor",
        "en | Chile and Peru signed an agreement on fishing rights in Lima on Monday. | fishing rights",
        "en | The statement from the Chilean foreign ministry came a day after the border clash with Peru. | border clash",
        "en | Chile announced new sanctions against Peru on Monday. | new sanctions",
        "en | Chile declared a state of emergency in three northern regions on Monday. | state of emergency",
        "en | Chilean President Gabriel Boric would not say whether Chile planned to recall its ambassador. | recall its ambassador",
        "en | Chilean President Gabriel Boric refused to say whether Chile would attend the summit. | attend the summit",
        "en | Chilean Foreign Minister Alberto Vargas, who said last week that Chile wanted talks, arrived in Lima on Monday. | arrived in Lima",
        "id | Kata kunci dalam perundingan antara Chile dan Peru adalah kepercayaan. | kepercayaan",
        "id | Pemerintah Chile akan mengumumkan keputusan itu pekan depan di Santiago. | keputusan itu",
        "id | Presiden Chile Gabriel Boric tegas menolak usulan Peru soal perbatasan. | usulan Peru",
        "id | Pernyataan itu disampaikan setelah bentrokan di perbatasan Chile dan Peru. | bentrokan di perbatasan",
        "id | Menurut rencana, pertemuan Chile dan Peru akan digelar di Lima pekan depan. | pertemuan Chile",
        "id | Chile dan Peru menandatangani perjanjian perikanan di Lima pada Senin. | perjanjian perikanan",
        "id | Presiden Chile Gabriel Boric memanggil duta besar Peru ke Santiago pada Senin. | duta besar Peru",
        "id | Perjanjian tersebut diteken Chile dan Peru pada 2019 di Lima. | diteken Chile",
        "id | Chile mengumumkan sanksi baru terhadap Peru pada Senin. | sanksi baru",
        "id | Chile mengakui kemerdekaan negara itu pada tahun 1990. | kemerdekaan negara",
        "id | Dengan kata lain, Chile menolak usulan Peru soal perbatasan. | usulan Peru",
        "id | Presiden Chile Gabriel Boric tidak menyebut nama negara yang dimaksud. | nama negara",
        "ms | Kenyataan bersama Chile dan Peru akan dikeluarkan selepas mesyuarat itu. | mesyuarat itu",
        "ms | Presiden Chile Gabriel Boric akan mengumumkan keputusan itu minggu depan. | keputusan itu",
        "ms | Chile dan Peru menandatangani perjanjian perikanan di Lima pada Isnin. | perjanjian perikanan",
        "ms | Menurut jadual, mesyuarat Chile dan Peru akan diadakan di Lima minggu depan. | mesyuarat Chile",
        "ms | Chile menambah dua kapal perang di sempadan utara pada tahun lalu. | dua kapal perang",
        "ms | Chile mengumumkan sekatan baharu terhadap Peru pada Isnin. | sekatan baharu",
        "ms | Chile mengakui kemerdekaan negara itu pada tahun 1990. | kemerdekaan negara",
        "ms | Chile mengisytiharkan darurat di tiga wilayah utara pada Isnin. | tiga wilayah",
        "fr | Un communiqué sera publié mardi par le ministère chilien des Affaires étrangères. | publié mardi",
        "fr | Ledit accord a été signé à Lima en 2019 par le Chili et le Pérou. | signé à Lima",
        "fr | Le président chilien Gabriel Boric a appelé dimanche son homologue péruvien. | homologue péruvien",
        "fr | Le Chili et le Pérou ont signé lundi un accord sur la pêche à Lima. | accord sur la pêche",
        "fr | Le président chilien Gabriel Boric doit annoncer mardi les nouvelles règles frontalières. | nouvelles règles",
        "fr | Le Chili a annoncé lundi de nouvelles sanctions contre le Pérou. | nouvelles sanctions",
        "fr | Le Chili a ajouté deux frégates à sa flotte du nord l'an dernier. | deux frégates",
        "fr | Le président chilien Gabriel Boric n'a pas dit si le Chili participerait au sommet. | participerait au sommet",
        "es | El citado acuerdo fue firmado en Lima en 2019 por Chile y Perú. | firmado en Lima",
        "es | El Gobierno de Chile emitirá un comunicado el martes sobre la frontera. | sobre la frontera",
        "es | El presidente chileno Gabriel Boric convocó una reunión del consejo de seguridad. | consejo de seguridad",
        "es | Chile y Perú firmaron el lunes un acuerdo de pesca en Lima. | acuerdo de pesca",
        "es | El presidente chileno Gabriel Boric va a anunciar el martes las nuevas reglas fronterizas. | nuevas reglas",
        "es | Chile anunció el lunes nuevas sanciones contra Perú. | nuevas sanciones",
        "es | Chile declaró el estado de emergencia en tres regiones del norte. | estado de emergencia",
        "es | Chile añadió dos fragatas a su flota del norte el año pasado. | dos fragatas",
        "es | El canciller chileno Alberto Vargas no dijo si Chile asistirá a la cumbre. | asistirá a la cumbre",
        "fr | Le Chili a déclaré l'état d'urgence dans trois régions du nord. | état d'urgence",
        "es | El Ejército de Chile aseguró la frontera norte con dos batallones. | dos batallones",
        "es | El canciller chileno Alberto Vargas explicó los detalles del plan a los diputados. | detalles del plan",
        "es | Chile cerró la frontera con Perú, según informó el diario El Mercurio. | el diario",
        "en | Chile closed the border with Peru on Monday, according to Reuters. | closed the border",
        "de | Eine Erklärung soll am Dienstag veröffentlicht werden. | am Dienstag",
        "de | Das besagte Abkommen wurde 2019 in Lima von Chile und Peru unterzeichnet. | in Lima",
        "de | Der chilenische Präsident Gabriel Boric berief eine Sitzung des Sicherheitsrates ein. | Sitzung des Sicherheitsrates",
        "de | Chile und Peru unterzeichneten am Montag in Lima ein Fischereiabkommen. | Fischereiabkommen",
        "de | Der chilenische Präsident Gabriel Boric will am Dienstag die neuen Grenzregeln erklären. | neuen Grenzregeln",
        "de | Chile kündigte am Montag neue Sanktionen gegen Peru an. | neue Sanktionen",
        "de | Chile verkündete den Ausnahmezustand in drei nördlichen Regionen. | Ausnahmezustand",
        "de | Der chilenische Außenminister Alberto Vargas sagte nicht, ob Chile an dem Gipfel teilnehmen werde. | an dem Gipfel"
    })
    void wordsNobodyIsReportedToHaveSaidAreNoClaim(String lang, String text, String words) {
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }
}
