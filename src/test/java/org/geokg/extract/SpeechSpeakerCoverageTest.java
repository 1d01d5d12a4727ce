package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who speaks when no person is the grammatical speaker, on made-up sentences (written for this
 * test, not taken from any article), following the annotation guide ("the person, or the state or
 * organization when no person is named"): a document as the subject of the speech verb ("the
 * statement said", "says the document", "in der Erklärung heißt es") speaks for the body that
 * issued it; an unnamed spokesperson of a body ("a spokesperson for the ministry said") speaks for
 * the body; the passive "it was announced by X that"; "X's statement that"; a question before the
 * answer ("Asked whether ..., X said"). And words that look like speech but name an act: adding
 * ships, declaring an emergency, conveying condolences, saying nothing. ¶ stands for a paragraph
 * break. A speaker written "=Type:ISO3" is checked by entity type and country, else by label.
 */
class SpeechSpeakerCoverageTest {
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "en | The Chilean foreign ministry summoned the Peruvian envoy. The statement said the border would stay open. | border would stay open | =Organization:CHL",
        "en | The Chilean foreign ministry summoned the Peruvian envoy. The border will stay open, says the document. | border will stay open | =Organization:CHL",
        "en | The Chilean foreign ministry summoned the Peruvian envoy. The text adds that the border will stay open. | border will stay open | =Organization:CHL",
        "en | Chile on Monday closed its border with Peru in a statement read on state television. President Gabriel Boric later said he regretted the step. \"The border will stay closed until further notice,\" the government statement said. | border will stay closed | =Country:CHL",
        "en | Chile on Monday closed its border with Peru in a statement read on state television. President Gabriel Boric later said he regretted the step. The border will stay closed until further notice, the government statement said. | border will stay closed | =Country:CHL",
        "id | Chile pada Senin menutup perbatasan dengan Peru dalam sebuah pernyataan di televisi. Presiden Gabriel Boric kemudian mengatakan ia menyesali langkah itu. \"Perbatasan ditutup sampai ada pemberitahuan lebih lanjut,\" demikian bunyi pernyataan pemerintah. | Perbatasan ditutup | =Country:CHL",
        "de | Chile hat am Montag in einer Erklärung die Grenze zu Peru geschlossen. Präsident Gabriel Boric sagte später, er bedaure den Schritt. Die Grenze bleibe bis auf Weiteres geschlossen, hieß es in der Erklärung. | Grenze bleibe | =Country:CHL",
        "de | Die Gespräche seien wegen \"zahlreicher Verzögerungen\" durch die peruanische Seite gescheitert, teilte das chilenische Außenministerium mit. | zahlreicher Verzögerungen | =Organization:CHL",
        "fr | Le président chilien Gabriel Boric est arrivé lundi à Lima. « Nous restons ouverts au dialogue » avec le Pérou, a-t-il ajouté. | ouverts au dialogue | Gabriel Boric",
        "en | Peru's foreign ministry's statement that the talks had failed surprised observers in Santiago. | talks had failed | =Organization:PER",
        "es | Según el comunicado de la Cancillería de Perú, las conversaciones se aplazan hasta marzo. | conversaciones se aplazan | =Organization:PER",
        "fr | Selon le communiqué du ministère péruvien des Affaires étrangères, les discussions sont reportées à mars. | discussions sont reportées | =Organization:PER",
        "id | Menurut pernyataan Kementerian Luar Negeri Peru, perundingan ditunda hingga Maret. | perundingan ditunda | =Organization:PER",
        "ms | Menurut kenyataan Kementerian Luar Negeri Peru, rundingan ditangguhkan hingga Mac. | rundingan ditangguhkan | =Organization:PER",
        "de | Der japanische Regierungschef Shinzo Abe telefonierte mit Washington. Dieser erinnerte daran, dass die Raketentests eine Bedrohung für die Region seien. | Bedrohung für die Region | Shinzo Abe",
        "en | Chile on Monday closed its border with Peru in a statement read on state television. \"Foreign Minister Alberto Vargas informed the Peruvian envoy of the decision,\" says the document, which adds that the border will stay closed until March. | border will stay closed | =Country:CHL",
        "en | A spokesperson for the Chilean foreign ministry said the border would stay open. | border would stay open | =Organization:CHL",
        "en | A spokesman for Peru's foreign ministry said on Monday that the talks had been postponed. | talks had been postponed | =Organization:PER",
        "en | It was announced by the Chilean foreign ministry that the border would reopen on Monday. | border would reopen | =Organization:CHL",
        "en | Asked whether Chile would recall its ambassador, Chilean Foreign Minister Alberto Vargas said no decision had been taken. | no decision had been taken | Alberto Vargas",
        "en | Peru's foreign ministry said in a statement on Monday that the talks had failed. | talks had failed | =Organization:PER",
        "id | Kementerian Luar Negeri Peru memanggil duta besar Chile. Dalam pernyataannya, kementerian itu menyebut perundingan ditunda hingga Maret. | perundingan ditunda | =Organization:PER",
        "id | Pernyataan Kementerian Luar Negeri Peru menyebutkan bahwa perundingan ditunda hingga Maret. | perundingan ditunda | =Organization:PER",
        "id | Juru bicara Kementerian Luar Negeri Chile mengatakan perbatasan akan tetap dibuka. | tetap dibuka | =Organization:CHL",
        "id | Ditanya apakah Chile akan menarik duta besarnya, Menteri Luar Negeri Chile Alberto Vargas mengatakan belum ada keputusan. | belum ada keputusan | Alberto Vargas",
        "ms | Kenyataan Kementerian Luar Negeri Peru memaklumkan bahawa rundingan ditangguhkan hingga Mac. | rundingan ditangguhkan | =Organization:PER",
        "ms | Jurucakap Kementerian Luar Negeri Chile berkata sempadan akan terus dibuka. | terus dibuka | =Organization:CHL",
        "ms | Kementerian Luar Negeri Peru memanggil duta Chile. Dalam kenyataannya, kementerian itu berkata rundingan ditangguhkan hingga Mac. | rundingan ditangguhkan | =Organization:PER",
        "fr | Le ministère péruvien des Affaires étrangères a convoqué l'ambassadeur chilien. Le communiqué précise que les discussions sont reportées à mars. | discussions sont reportées | =Organization:PER",
        "fr | La déclaration du ministère péruvien des Affaires étrangères indique que les discussions sont reportées à mars. | discussions sont reportées | =Organization:PER",
        "fr | Un porte-parole du ministère chilien des Affaires étrangères a déclaré que la frontière resterait ouverte. | resterait ouverte | =Organization:CHL",
        "es | La Cancillería de Perú convocó al embajador chileno. El comunicado señala que las conversaciones se aplazan hasta marzo. | conversaciones se aplazan | =Organization:PER",
        "es | El comunicado de la Cancillería de Perú señala que las conversaciones se aplazan hasta marzo. | conversaciones se aplazan | =Organization:PER",
        "es | Un portavoz de la Cancillería de Chile dijo que la frontera seguirá abierta. | seguirá abierta | =Organization:CHL",
        "es | Preguntado sobre si Chile retirará a su embajador, el canciller chileno Alberto Vargas dijo que no hay ninguna decisión. | no hay ninguna decisión | Alberto Vargas",
        "de | Das peruanische Außenministerium bestellte den chilenischen Botschafter ein. In der Erklärung heißt es, die Gespräche seien auf März verschoben worden. | Gespräche seien | =Organization:PER",
        "de | In einer Erklärung des peruanischen Außenministeriums hieß es, die Gespräche seien auf März verschoben worden. | Gespräche seien | =Organization:PER",
        "de | Ein Sprecher des chilenischen Außenministeriums sagte, die Grenze bleibe offen. | Grenze bleibe offen | =Organization:CHL",
        "de | Der chilenische Außenminister Alberto Vargas erklärte, die Grenze bleibe zum Schutz der Bevölkerung geschlossen. | Grenze bleibe | Alberto Vargas",
        "de | Der chilenische Außenminister Alberto Vargas traf in Lima ein. Gefragt, ob Chile seinen Botschafter abziehe, sagte Vargas, es gebe noch keine Entscheidung. | noch keine Entscheidung | Alberto Vargas",
        "de | Am Montag sagte der chilenische Außenminister Alberto Vargas, die Grenze bleibe offen. | Grenze bleibe offen | Alberto Vargas",
        "de | Der chilenische Außenminister Alberto Vargas traf in Lima ein. Auf die Frage nach dem Botschafter sagte Vargas, es gebe noch keine Entscheidung. | noch keine Entscheidung | Alberto Vargas",
        "es | El lunes dijo el canciller chileno Alberto Vargas que la frontera seguirá abierta. | seguirá abierta | Alberto Vargas",
        "fr | Interrogé sur un éventuel rappel de l'ambassadeur, le chef de la diplomatie chilienne Alberto Vargas a répondu qu'aucune décision n'avait été prise. | aucune décision | Alberto Vargas",
        "ms | Ditanya sama ada Chile akan memanggil pulang dutanya, Menteri Luar Negeri Chile Alberto Vargas berkata belum ada keputusan dibuat. | belum ada keputusan | Alberto Vargas",
        "en | When asked about the border incident, Chilean Foreign Minister Alberto Vargas said the army had acted correctly. | army had acted correctly | Alberto Vargas",
        "en | Chilean Foreign Minister Alberto Vargas added that the talks would resume in March. | talks would resume | Alberto Vargas",
        "en | Chilean Foreign Minister Alberto Vargas added: \"Two rounds of talks are planned for March.\" | rounds of talks | Alberto Vargas",
        "en | The talks will resume in March, Chilean Foreign Minister Alberto Vargas added. | talks will resume | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas menyatakan Chile siap berunding dengan Peru. | siap berunding | Alberto Vargas",
        "id | Menteri Luar Negeri Chile Alberto Vargas menambahkan, perundingan akan dilanjutkan pada Maret. | perundingan akan dilanjutkan | Alberto Vargas",
        "de | In einem Interview mit der ARD sagte der chilenische Außenminister Alberto Vargas, die Grenze werde am Montag geöffnet. | Grenze werde | Alberto Vargas",
        "de | Bei einer Pressekonferenz mit dem peruanischen Präsidenten erklärte der chilenische Außenminister Alberto Vargas, die Grenze bleibe offen. | Grenze bleibe | Alberto Vargas",
        "de | Nach dem Treffen mit Peru sagte die chilenische Regierung, die Grenze werde am Montag geöffnet. | Grenze werde | =Country:CHL",
        "de | Am Montag teilte das chilenische Außenministerium mit, die Grenze werde geöffnet. | Grenze werde | =Organization:CHL",
        "es | Tras la reunión con Perú, dijo el canciller chileno Alberto Vargas que la frontera se reabrirá el lunes. | frontera se reabrirá | Alberto Vargas",
        "ms | Jurucakap Kementerian Luar Negeri Peru, Ana Torres berkata rundingan telah gagal. | rundingan telah gagal | Ana Torres",
        "id | Juru bicara Kementerian Luar Negeri Peru, Ana Torres mengatakan perundingan telah gagal. | perundingan telah gagal | Ana Torres",
        "es | La portavoz de la Cancillería de Perú, Ana Torres señaló que las conversaciones habían fracasado. | conversaciones habían fracasado | Ana Torres",
        "id | Kementerian Luar Negeri Chile memanggil duta besar Peru pada Senin. Dikatakan bahwa duta besar itu menolak menghadiri pertemuan. | menolak menghadiri | =Organization:CHL",
        "ms | Kementerian Luar Negeri Chile memanggil duta Peru pada Isnin. Dikatakan bahawa duta itu enggan menghadiri mesyuarat. | enggan menghadiri | =Organization:CHL",
        "en | The Chilean foreign ministry summoned the Peruvian ambassador on Monday. It said the ambassador had refused to attend a meeting. | refused to attend | =Organization:CHL",
        "en | The Chilean foreign ministry summoned the Peruvian ambassador on Monday. It was stressed that the ambassador had refused to attend a meeting. | refused to attend | =Organization:CHL",
        "fr | Le ministère chilien des Affaires étrangères a convoqué lundi l'ambassadeur péruvien. Il a été précisé que l'ambassadeur avait refusé une réunion. | refusé une réunion | =Organization:CHL",
        "es | La Cancillería de Chile convocó el lunes al embajador peruano. Se indicó que el embajador se había negado a asistir a una reunión. | negado a asistir | =Organization:CHL",
        "de | Das chilenische Außenministerium bestellte am Montag den peruanischen Botschafter ein. Es hieß, der Botschafter habe ein Treffen abgelehnt. | Treffen abgelehnt | =Organization:CHL",
        "de | Das chilenische Außenministerium bestellte am Montag den peruanischen Botschafter ein. Der Botschafter habe ein Treffen abgelehnt, hieß es. | Treffen abgelehnt | =Organization:CHL",
        "id | Chile mengusir duta besar Peru sebagai tanggapan atas apa yang mereka sebut tindakan Peru yang bermusuhan terhadap Chile. | tindakan Peru | =Country:CHL",
        "ms | Chile mengusir duta Peru sebagai tindak balas terhadap apa yang mereka sifatkan sebagai tindakan Peru yang bermusuhan terhadap Chile. | tindakan Peru | =Country:CHL",
        "id | Seorang pejabat keamanan senior Chile berkata ada lebih dari 10 kapal perang Peru di perbatasan. Pejabat itu menyebut latihan militer Peru sebagai \"penghinaan\". | penghinaan | =Country:CHL",
        "id | Seorang pejabat keamanan senior Chile berkata ada kapal perang Peru di perbatasan. Pejabat tersebut mengatakan Chile akan meningkatkan patroli di perbatasan. | meningkatkan patroli | =Country:CHL",
        "ms | Seorang pegawai kanan keselamatan Chile berkata terdapat lebih 10 kapal perang Peru di sempadan. Pegawai itu menyifatkan latihan tentera Peru sebagai \"penghinaan\". | penghinaan | =Country:CHL",
        "en | A senior Chilean security official said more than 10 Peruvian warships were near the border. This official described the Peruvian drills as \"an insult\". | an insult | =Country:CHL",
        "fr | Un haut responsable chilien de la sécurité a affirmé que plus de dix navires péruviens étaient près de la frontière. Ce responsable a estimé que les manœuvres péruviennes étaient une insulte. | étaient une insulte | =Country:CHL",
        "es | Un alto funcionario chileno de seguridad dijo que más de diez buques peruanos estaban cerca de la frontera. Este funcionario afirmó que las maniobras peruanas eran un insulto. | eran un insulto | =Country:CHL",
        "de | Ein ranghoher chilenischer Sicherheitsbeamter sagte, mehr als zehn peruanische Kriegsschiffe seien an der Grenze. Dieser Beamte bezeichnete die peruanischen Manöver als \"Beleidigung\". | Beleidigung | =Country:CHL",
        "en | The Chilean foreign ministry summoned the Peruvian envoy on Monday. The envoy must leave within 48 hours, the Chilean ministry said. | must leave within 48 hours | =Organization:CHL",
        "en | The Chilean foreign ministry summoned the Peruvian envoy on Monday. The envoy must leave within 48 hours, the Chilean ministry announced in a press release. | must leave within 48 hours | =Organization:CHL",
        "de | Das chilenische Außenministerium bestellte den peruanischen Botschafter ein. Der Botschafter müsse binnen 48 Stunden ausreisen, teilte das chilenische Ministerium mit. | binnen 48 Stunden | =Organization:CHL",
        "es | La Cancillería de Chile convocó al embajador peruano. El embajador debe salir en 48 horas, indicó el ministerio chileno. | debe salir en 48 horas | =Organization:CHL",
        "fr | Le ministère chilien des Affaires étrangères a convoqué l'ambassadeur péruvien. L'ambassadeur doit partir sous 48 heures, a indiqué le ministère chilien. | doit partir sous 48 heures | =Organization:CHL",
        "id | Menteri Luar Negeri Chile Alberto Vargas, seperti dikutip Reuters, mengatakan Chile akan membuka kembali perbatasan pada Senin. | membuka kembali perbatasan | Alberto Vargas",
        "ms | Menteri Luar Negeri Chile Alberto Vargas, seperti dilaporkan Bernama, berkata Chile akan membuka semula sempadan pada Isnin. | membuka semula sempadan | Alberto Vargas",
        "fr | Le chef de la diplomatie chilienne Alberto Vargas, cité par l'AFP, a affirmé que le Chili rouvrirait la frontière lundi. | rouvrirait la frontière | Alberto Vargas",
        "es | El canciller chileno Alberto Vargas, citado por la agencia EFE, afirmó que Chile reabrirá la frontera el lunes. | reabrirá la frontera | Alberto Vargas",
        "en | Chilean Foreign Minister Alberto Vargas, quoted by Reuters, said the border would reopen on Monday. | border would reopen | Alberto Vargas",
        "de | Der chilenische Außenminister Alberto Vargas, zitiert von der dpa, sagte, die Grenze werde am Montag geöffnet. | Grenze werde | Alberto Vargas"
    })
    void theSpeakerIsThePersonElseTheBodyThatSpoke(String lang, String text, String words, String speaker) {
        PipelineFixture.assertSpeaker(lang, text, words, speaker);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "en | Chile added two frigates to its northern fleet last year. | two frigates",
        "en | Chilean President Gabriel Boric said nothing about the border incident with Peru. | border incident",
        "en | Chilean President Gabriel Boric conveyed his condolences to the families of the victims. | families of the victims",
        "en | Chilean President Gabriel Boric expressed condolences to the people of Peru after the floods. | people of Peru",
        "id | Chile menyatakan keadaan darurat di tiga wilayah utara pada Senin. | keadaan darurat",
        "id | Presiden Chile Gabriel Boric menyampaikan belasungkawa kepada keluarga korban banjir di Peru. | keluarga korban",
        "id | Chile menambah dua kapal perang di perbatasan utara pada tahun lalu. | dua kapal perang",
        "id | Presiden Chile Gabriel Boric tidak mengatakan apa pun soal insiden perbatasan itu. | insiden perbatasan",
        "ms | Presiden Chile Gabriel Boric menyampaikan ucapan takziah kepada keluarga mangsa banjir di Peru. | keluarga mangsa",
        "ms | Chile mengisytiharkan keadaan darurat di tiga wilayah utara pada Isnin. | keadaan darurat",
        "fr | Le président chilien Gabriel Boric a présenté ses condoléances aux familles des victimes. | familles des victimes",
        "fr | Le président chilien Gabriel Boric n'a rien dit sur l'incident à la frontière. | incident à la frontière",
        "es | El presidente chileno Gabriel Boric expresó sus condolencias a las familias de las víctimas. | familias de las víctimas",
        "es | El presidente chileno Gabriel Boric no dijo nada sobre el incidente en la frontera. | incidente en la frontera",
        "es | Chile declaró la emergencia en tres regiones del norte. | tres regiones",
        "de | Der chilenische Präsident Gabriel Boric sprach den Familien der Opfer sein Beileid aus. | Familien der Opfer",
        "de | Der chilenische Präsident Gabriel Boric sagte nichts über den Vorfall an der Grenze. | Vorfall an der Grenze",
        "de | Chile rief in drei nördlichen Regionen den Notstand aus. | Notstand",
        "de | Chile erklärte den peruanischen Botschafter zur unerwünschten Person. | unerwünschten Person",
        "de | Chile erklärte den Ausnahmezustand in drei nördlichen Regionen. | drei nördlichen Regionen",
        "en | Chile added 300 troops to its northern garrison last month. | northern garrison",
        "en | Chilean President Gabriel Boric said goodbye to the Peruvian delegation at the airport. | Peruvian delegation",
        "id | Presiden Chile Gabriel Boric menyampaikan pidato di depan parlemen Peru pada Senin. | depan parlemen",
        "id | Menteri Luar Negeri Chile Alberto Vargas menyampaikan surat dari Presiden Boric kepada Presiden Peru. | kepada Presiden Peru",
        "ms | Menteri Luar Negeri Chile Alberto Vargas menyampaikan surat daripada Presiden Boric kepada Presiden Peru. | kepada Presiden Peru",
        "id | Chile menambahkan dua kapal perang ke armada utaranya tahun lalu. | dua kapal perang",
        "id | Chile menyatakan perang terhadap kelompok bersenjata di wilayah utara. | kelompok bersenjata"
    })
    void actsThatLookLikeSpeechAreNoClaim(String lang, String text, String words) {
        ExtractionDocument d = PipelineFixture.run(lang, text.replace(" ¶ ", "\n\n"));
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(words)), () -> "claims: " + d.claims());
    }
}
