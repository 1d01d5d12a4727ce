package org.geokg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.geokg.kg.model.Entity;
import org.geokg.kg.model.Event;
import org.geokg.kg.model.ExtractionDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Construction coverage of the event layer: short news-style sentences written for this test
 * (none taken from any article) in six languages, two states or officials each, for the
 * everyday acts of the CAMEO roots (statements, appeals, intent, meetings and visits, praise
 * and recognition, joint exercises, aid, yielding, investigations, demands, criticism,
 * rejection, threats, protests, force posture, sanctions and expulsions, seizures, fighting),
 * for the argument structures around them (active, passive with an agent, a subject before a
 * relative aside or an apposition, coordinated targets, nominalizations with a possessor or an
 * agent phrase, a pronoun subject, future, intended, negated and conditional acts), and for
 * sentences that must give no event (another sense of the verb, or no second party).
 *
 * <p>An expectation is {@code ROOT SRC>TGT [modality]} (directed), {@code ROOT A~B} (both
 * among the participants: symmetric acts), several joined by {@code ;}; all must be found, and
 * one opening with {@code !} must not be.
 */
class EventConstructionCoverageTest {
    private static Set<String> countries(Map<String, Entity> es, List<String> refs) {
        return refs.stream().map(es::get).filter(Objects::nonNull).map(Entity::country).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** True when an event of {@code d} satisfies one expectation ("11 CHN>JPN", "04 EGY~SDN future"). */
    private static boolean has(ExtractionDocument d, String expectation) {
        String[] w = expectation.trim().split(" ");
        boolean symmetric = w[1].contains("~");
        String[] sides = w[1].split(symmetric ? "~" : ">");
        String modality = w.length > 2 ? w[2] : null;
        Map<String, Entity> es = PipelineFixture.byRef(d);
        for (Event v : d.events()) {
            Set<String> src = countries(es, v.source());
            Set<String> tgt = countries(es, v.target());
            Set<String> all = new HashSet<>(src);
            all.addAll(tgt);
            boolean parties = symmetric ? all.contains(sides[0]) && all.contains(sides[1])
                    : src.contains(sides[0]) && tgt.contains(sides[1]);
            if (v.cameo().startsWith(w[0]) && parties && (modality == null || modality.equals(v.modality()))) {
                return true;
            }
        }
        return false;
    }

    private static String shown(ExtractionDocument d) {
        Map<String, Entity> es = PipelineFixture.byRef(d);
        return d.events().stream().map(v -> v.cameo() + " " + countries(es, v.source()) + ">"
                + countries(es, v.target()) + " " + v.modality()).toList().toString();
    }

    private static void check(String lang, String text, String expected) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        for (String one : expected.split(";")) {
            String e = one.trim();
            if (e.startsWith("!")) {
                assertFalse(has(d, e.substring(1)), () -> e.substring(1) + " wrongly in " + shown(d));
            } else {
                assertTrue(has(d, e), () -> e + " not in " + shown(d));
            }
        }
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Japan expressed condolences to Turkey after the earthquake. | 01 JPN>TUR",
        "en | Kenya urged Ethiopia to release the detained journalists. | 02 KEN>ETH",
        "en | Brazil called on Argentina to reopen the border crossing. | 02 BRA>ARG",
        "en | Vietnam pledged to deepen cooperation with the Philippines. | 03 VNM>PHL",
        "en | Norway offered to help Sweden fight the wildfires. | 03 NOR>SWE",
        "en | The Chilean foreign minister met his Peruvian counterpart in Lima on Tuesday. | 04 CHL>PER",
        "en | The Indian prime minister visited Bangladesh on Friday. | 04 IND>BGD",
        "en | Egypt and Sudan held talks on the disputed dam. | 04 EGY~SDN",
        "en | The Mexican president spoke by phone with the president of Colombia. | 04 MEX>COL",
        "en | Canada praised Denmark for its role in the rescue operation. | 05 CAN>DNK",
        "en | Brazil formally recognized Palestine as a state. | 05 BRA>PSE",
        "en | Thailand and Cambodia signed a border agreement on Monday. | 05 THA~KHM",
        "en | Japan and Australia began joint naval exercises in the Coral Sea. | 06 JPN~AUS",
        "en | India shared intelligence with France about the plot. | 06 IND>FRA",
        "en | Japan sent humanitarian aid to Turkey after the quake. | 07 JPN>TUR",
        "en | The United States will provide air defence systems to Ukraine. | 07 USA>UKR",
        "en | Russia withdrew its troops from the border with Georgia. | 08 RUS>GEO",
        "en | Ethiopia released twenty Kenyan fishermen on Sunday. | 08 ETH>KEN",
        "en | Armenia and Azerbaijan agreed to a ceasefire. | 08 ARM~AZE",
        "en | The Netherlands is investigating Russia's role in the downing of the airliner. | 09 NLD>RUS",
        "en | Iran demanded that Britain release the seized tanker. | 10 IRN>GBR",
        "en | China criticized Japan's decision to release the water. | 11 CHN>JPN",
        "en | Turkey condemned Greece over the incident. | 11 TUR>GRC",
        "en | Pakistan accused India of violating the ceasefire. | 11 PAK>IND",
        "en | Greece rejected Turkey's proposal for talks. | 12 GRC>TUR",
        "en | North Korea threatened South Korea with retaliation. | 13 PRK>KOR",
        "en | Russia warned Finland against joining NATO. | 13 RUS>FIN",
        "en | Vietnam lodged a protest with China over the oil rig. | 11 VNM>CHN",
        "en | China deployed warships near Taiwan on Saturday. | 15 CHN>TWN",
        "en | Russia put its forces near Estonia on high alert. | 15 RUS>EST",
        "en | Canada imposed new sanctions on Iran. | 16 CAN>IRN",
        "en | Lithuania expelled two Russian diplomats. | 16 LTU>RUS",
        "en | Morocco cut diplomatic ties with Iran. | 16 MAR>IRN",
        "en | China seized a Philippine fishing boat near the shoal. | 17 CHN>PHL",
        "en | Russian forces killed three Ukrainian civilians in the village. | 19 RUS>UKR",
        "en | Israel carried out airstrikes on Syria overnight. | 19 ISR>SYR",
        "en | India and Pakistan exchanged fire across the border. | 19 IND~PAK",
        "en | Russia shelled the Ukrainian city of Kharkiv. | 19 RUS>UKR",
        "id | Jepang menyampaikan belasungkawa kepada Turki atas gempa tersebut. | 01 JPN>TUR",
        "id | Kenya mendesak Etiopia membebaskan para wartawan yang ditahan. | 02 KEN>ETH",
        "id | Brasil meminta Argentina membuka kembali perbatasan. | 02 BRA>ARG",
        "id | Vietnam berjanji memperkuat kerja sama dengan Filipina. | 03 VNM>PHL",
        "id | Menteri Luar Negeri Cile bertemu dengan mitranya dari Peru di Lima pada Selasa. | 04 CHL>PER",
        "id | Perdana Menteri India mengunjungi Bangladesh pada Jumat. | 04 IND>BGD",
        "id | Mesir dan Sudan menggelar pembicaraan mengenai bendungan itu. | 04 EGY~SDN",
        "id | Presiden Meksiko berbicara melalui telepon dengan Presiden Kolombia. | 04 MEX>COL",
        "id | Kanada memuji Denmark atas perannya dalam operasi penyelamatan. | 05 CAN>DNK",
        "id | Brasil secara resmi mengakui Palestina sebagai negara. | 05 BRA>PSE",
        "id | Thailand dan Kamboja menandatangani perjanjian perbatasan pada Senin. | 05 THA~KHM",
        "id | Jepang dan Australia memulai latihan militer gabungan di Laut Koral. | 06 JPN~AUS",
        "id | Jepang mengirim bantuan kemanusiaan ke Turki setelah gempa. | 07 JPN>TUR",
        "id | Amerika Serikat akan memasok sistem pertahanan udara kepada Ukraina. | 07 USA>UKR future",
        "id | Rusia menarik pasukannya dari perbatasan dengan Georgia. | 08 RUS>GEO",
        "id | Etiopia membebaskan dua puluh nelayan Kenya pada Minggu. | 08 ETH>KEN",
        "id | Armenia dan Azerbaijan menyepakati gencatan senjata. | 08 ARM~AZE",
        "id | Belanda sedang menyelidiki peran Rusia dalam jatuhnya pesawat itu. | 09 NLD>RUS",
        "id | Iran menuntut Inggris melepaskan kapal tanker yang disita. | 10 IRN>GBR",
        "id | China mengkritik keputusan Jepang membuang air limbah. | 11 CHN>JPN",
        "id | Turki mengecam Yunani atas insiden tersebut. | 11 TUR>GRC",
        "id | Pakistan menuduh India melanggar gencatan senjata. | 11 PAK>IND",
        "id | Yunani menolak usulan Turki untuk berunding. | 12 GRC>TUR",
        "id | Korea Utara mengancam Korea Selatan dengan pembalasan. | 13 PRK>KOR",
        "id | Rusia memperingatkan Finlandia agar tidak bergabung dengan NATO. | 13 RUS>FIN",
        "id | Vietnam melayangkan nota protes kepada China terkait anjungan minyak itu. | 11 VNM>CHN",
        "id | China mengerahkan kapal perang di dekat Taiwan pada Sabtu. | 15 CHN>TWN",
        "id | Kanada menjatuhkan sanksi baru terhadap Iran. | 16 CAN>IRN",
        "id | Lituania mengusir dua diplomat Rusia. | 16 LTU>RUS",
        "id | Maroko memutuskan hubungan diplomatik dengan Iran. | 16 MAR>IRN",
        "id | China menyita sebuah kapal nelayan Filipina di dekat beting itu. | 17 CHN>PHL",
        "id | Israel melancarkan serangan udara ke Suriah pada malam hari. | 19 ISR>SYR",
        "id | Rusia menggempur kota Kharkiv di Ukraina. | 19 RUS>UKR",
        "ms | Jepun menyampaikan ucapan takziah kepada Turkiye atas gempa bumi itu. | 01 JPN>TUR",
        "ms | Kenya menggesa Ethiopia membebaskan wartawan yang ditahan. | 02 KEN>ETH",
        "ms | Brazil meminta Argentina membuka semula sempadan. | 02 BRA>ARG",
        "ms | Vietnam berjanji untuk memperkukuh kerjasama dengan Filipina. | 03 VNM>PHL",
        "ms | Menteri Luar Chile bertemu rakan sejawatnya dari Peru di Lima pada Selasa. | 04 CHL>PER",
        "ms | Perdana Menteri India melawat Bangladesh pada Jumaat. | 04 IND>BGD",
        "ms | Mesir dan Sudan mengadakan rundingan mengenai empangan itu. | 04 EGY~SDN",
        "ms | Presiden Mexico bercakap melalui telefon dengan Presiden Colombia. | 04 MEX>COL",
        "ms | Kanada memuji Denmark atas peranannya dalam operasi menyelamat. | 05 CAN>DNK",
        "ms | Brazil secara rasmi mengiktiraf Palestin sebagai sebuah negara. | 05 BRA>PSE",
        "ms | Thailand dan Kemboja menandatangani perjanjian sempadan pada Isnin. | 05 THA~KHM",
        "ms | Jepun dan Australia memulakan latihan ketenteraan bersama di Laut Coral. | 06 JPN~AUS",
        "ms | Jepun menghantar bantuan kemanusiaan ke Turkiye selepas gempa bumi. | 07 JPN>TUR",
        "ms | Amerika Syarikat akan membekalkan sistem pertahanan udara kepada Ukraine. | 07 USA>UKR future",
        "ms | Rusia mengundurkan tenteranya dari sempadan dengan Georgia. | 08 RUS>GEO",
        "ms | Ethiopia membebaskan dua puluh nelayan Kenya pada Ahad. | 08 ETH>KEN",
        "ms | Armenia dan Azerbaijan bersetuju dengan gencatan senjata. | 08 ARM~AZE",
        "ms | Belanda sedang menyiasat peranan Rusia dalam nahas pesawat itu. | 09 NLD>RUS",
        "ms | Iran menuntut Britain melepaskan kapal tangki yang dirampas. | 10 IRN>GBR",
        "ms | China mengkritik keputusan Jepun membuang air sisa. | 11 CHN>JPN",
        "ms | Turkiye mengecam Greece berhubung insiden itu. | 11 TUR>GRC",
        "ms | Pakistan menuduh India melanggar gencatan senjata. | 11 PAK>IND",
        "ms | Greece menolak cadangan Turkiye untuk berunding. | 12 GRC>TUR",
        "ms | Korea Utara mengugut Korea Selatan dengan tindakan balas. | 13 PRK>KOR",
        "ms | Rusia memberi amaran kepada Finland supaya tidak menyertai NATO. | 13 RUS>FIN",
        "ms | China mengerahkan kapal perang berhampiran Taiwan pada Sabtu. | 15 CHN>TWN",
        "ms | Kanada mengenakan sekatan baharu terhadap Iran. | 16 CAN>IRN",
        "ms | Lithuania mengusir dua diplomat Rusia. | 16 LTU>RUS",
        "ms | Maghribi memutuskan hubungan diplomatik dengan Iran. | 16 MAR>IRN",
        "ms | China merampas sebuah bot nelayan Filipina berhampiran beting itu. | 17 CHN>PHL",
        "ms | Israel melancarkan serangan udara ke atas Syria pada waktu malam. | 19 ISR>SYR",
        "es | Japón expresó sus condolencias a Turquía tras el terremoto. | 01 JPN>TUR",
        "es | Kenia instó a Etiopía a liberar a los periodistas detenidos. | 02 KEN>ETH",
        "es | Brasil pidió a Argentina reabrir el paso fronterizo. | 02 BRA>ARG",
        "es | Vietnam se comprometió a profundizar la cooperación con Filipinas. | 03 VNM>PHL",
        "es | El canciller chileno se reunió con su homólogo peruano en Lima el martes. | 04 CHL>PER",
        "es | El primer ministro de la India visitó Bangladés el viernes. | 04 IND>BGD",
        "es | Egipto y Sudán mantuvieron conversaciones sobre la represa. | 04 EGY~SDN",
        "es | El presidente de México habló por teléfono con el presidente de Colombia. | 04 MEX>COL",
        "es | Canadá elogió a Dinamarca por su papel en la operación de rescate. | 05 CAN>DNK",
        "es | Brasil reconoció oficialmente a Palestina como Estado. | 05 BRA>PSE",
        "es | Tailandia y Camboya firmaron un acuerdo fronterizo el lunes. | 05 THA~KHM",
        "es | Japón y Australia iniciaron maniobras navales conjuntas en el mar del Coral. | 06 JPN~AUS",
        "es | Japón envió ayuda humanitaria a Turquía tras el sismo. | 07 JPN>TUR",
        "es | Estados Unidos suministrará sistemas de defensa aérea a Ucrania. | 07 USA>UKR future",
        "es | Rusia retiró sus tropas de la frontera con Georgia. | 08 RUS>GEO",
        "es | Etiopía liberó a veinte pescadores kenianos el domingo. | 08 ETH>KEN",
        "es | Armenia y Azerbaiyán acordaron un alto el fuego. | 08 ARM~AZE",
        "es | Países Bajos investiga el papel de Rusia en el derribo del avión. | 09 NLD>RUS",
        "es | Irán exigió al Reino Unido que libere el petrolero incautado. | 10 IRN>GBR",
        "es | China criticó la decisión de Japón de verter el agua. | 11 CHN>JPN",
        "es | Turquía condenó a Grecia por el incidente. | 11 TUR>GRC",
        "es | Pakistán acusó a la India de violar el alto el fuego. | 11 PAK>IND",
        "es | Grecia rechazó la propuesta de Turquía de entablar negociaciones. | 12 GRC>TUR",
        "es | Corea del Norte amenazó a Corea del Sur con represalias. | 13 PRK>KOR",
        "es | Rusia advirtió a Finlandia contra su ingreso en la OTAN. | 13 RUS>FIN",
        "es | China desplegó buques de guerra cerca de Taiwán el sábado. | 15 CHN>TWN",
        "es | Canadá impuso nuevas sanciones a Irán. | 16 CAN>IRN",
        "es | Lituania expulsó a dos diplomáticos rusos. | 16 LTU>RUS",
        "es | Marruecos rompió relaciones diplomáticas con Irán. | 16 MAR>IRN",
        "es | China incautó un barco pesquero filipino cerca del arrecife. | 17 CHN>PHL",
        "es | Israel lanzó ataques aéreos contra Siria durante la noche. | 19 ISR>SYR",
        "es | Rusia bombardeó la ciudad ucraniana de Járkov. | 19 RUS>UKR",
        "es | Las críticas de China a Japón se intensificaron el lunes. | 11 CHN>JPN",
        "es | México cargó contra Estados Unidos por el muro fronterizo. | 11 MEX>USA",
        "es | China llamó a Filipinas a respetar la soberanía en el mar. | 02 CHN>PHL",
        "es | La reunión entre Chile y Perú se celebró en Lima. | 04 CHL~PER",
        "es | Las negociaciones entre Venezuela y Guyana continuarán en marzo. | 04 VEN~GUY",
        "es | España ayudará a Marruecos tras el terremoto. | 07 ESP>MAR future",
        "es | Estados Unidos ayudó a Ucrania con fondos y armas. | 07 USA>UKR",
        "es | Rusia prometió una dura respuesta a Estados Unidos. | 13 RUS>USA;!03 RUS>USA",
        "es | Irán anunció una respuesta contundente contra Israel. | 13 IRN>ISR",
        "es | Irán ha lanzado un ataque con misiles contra Israel. | 19 IRN>ISR",
        "es | Chile y Perú acordaron un tratado de libre comercio. | 05 CHL~PER",
        "es | Chile acordó con Perú un pacto de defensa. | 05 CHL>PER",
        "es | Estados Unidos vendió aviones de combate a Polonia. | 07 USA>POL;!19 USA>POL",
        "es | Chile deploró la decisión de Perú de expulsar a su cónsul. | 11 CHL>PER",
        "es | Irán violó el espacio aéreo de Irak con drones. | 19 IRN>IRQ;!18 IRN>IRQ",
        "es | Marruecos reabrió su embajada en Irán tras siete años. | 05 MAR>IRN",
        "es | Israel ha abatido a un comandante de Hamás en Gaza. | 18 ISR>PSE",
        "es | Paraguay retiró su reconocimiento a Taiwán. | 16 PRY>TWN",
        "es | Argelia retiró con efecto inmediato a su embajador en España. | 16 DZA>ESP",
        "es | Rusia ordenó la expulsión de diez diplomáticos de Alemania. | 16 RUS>DEU;!16 DEU>RUS",
        "es | Rusia ha lanzado drones contra Ucrania durante la noche. | 19 RUS>UKR",
        "es | La ayuda de Japón a Filipinas llegó el lunes. | 07 JPN>PHL",
        "es | El acuerdo entre Irán y Arabia Saudí fue firmado en Pekín. | 05 IRN~SAU",
        "es | Brasil pidió la ayuda de Japón tras las inundaciones. | !07 JPN>BRA",
        "de | Japan sprach der Türkei nach dem Erdbeben sein Beileid aus. | 01 JPN>TUR",
        "de | Kenia forderte Äthiopien auf, die festgenommenen Journalisten freizulassen. | 02 KEN>ETH",
        "de | Brasilien appellierte an Argentinien, den Grenzübergang wieder zu öffnen. | 02 BRA>ARG",
        "de | Vietnam sagte zu, die Zusammenarbeit mit den Philippinen zu vertiefen. | 03 VNM>PHL",
        "de | Der chilenische Außenminister traf am Dienstag in Lima seinen peruanischen Amtskollegen. | 04 CHL>PER",
        "de | Der indische Premierminister besuchte am Freitag Bangladesch. | 04 IND>BGD",
        "de | Ägypten und der Sudan führten Gespräche über den Staudamm. | 04 EGY~SDN",
        "de | Der mexikanische Präsident telefonierte mit dem Präsidenten Kolumbiens. | 04 MEX>COL",
        "de | Kanada lobte Dänemark für seine Rolle bei der Rettungsaktion. | 05 CAN>DNK",
        "de | Brasilien erkannte Palästina offiziell als Staat an. | 05 BRA>PSE",
        "de | Thailand und Kambodscha unterzeichneten am Montag ein Grenzabkommen. | 05 THA~KHM",
        "de | Japan und Australien begannen ein gemeinsames Marinemanöver im Korallenmeer. | 06 JPN~AUS",
        "de | Japan schickte humanitäre Hilfe in die Türkei. | 07 JPN>TUR",
        "de | Die Vereinigten Staaten werden der Ukraine Luftabwehrsysteme liefern. | 07 USA>UKR future",
        "de | Russland zog seine Truppen von der Grenze zu Georgien ab. | 08 RUS>GEO",
        "de | Äthiopien ließ am Sonntag zwanzig kenianische Fischer frei. | 08 ETH>KEN",
        "de | Armenien und Aserbaidschan vereinbarten eine Waffenruhe. | 08 ARM~AZE",
        "de | Die Niederlande untersuchen die Rolle Russlands beim Absturz des Flugzeugs. | 09 NLD>RUS",
        "de | Der Iran verlangte von Großbritannien die Freigabe des beschlagnahmten Tankers. | 10 IRN>GBR",
        "de | China kritisierte die Entscheidung Japans, das Wasser abzuleiten. | 11 CHN>JPN",
        "de | Die Türkei verurteilte Griechenland wegen des Vorfalls. | 11 TUR>GRC",
        "de | Pakistan warf Indien vor, die Waffenruhe zu verletzen. | 11 PAK>IND",
        "de | Griechenland lehnte den Vorschlag der Türkei für Gespräche ab. | 12 GRC>TUR",
        "de | Nordkorea drohte Südkorea mit Vergeltung. | 13 PRK>KOR",
        "de | Russland warnte Finnland vor einem Beitritt zur NATO. | 13 RUS>FIN",
        "de | China verlegte am Samstag Kriegsschiffe in die Nähe von Taiwan. | 15 CHN>TWN",
        "de | Kanada verhängte neue Sanktionen gegen den Iran. | 16 CAN>IRN",
        "de | Litauen wies zwei russische Diplomaten aus. | 16 LTU>RUS",
        "de | Marokko brach die diplomatischen Beziehungen zum Iran ab. | 16 MAR>IRN",
        "de | China beschlagnahmte ein philippinisches Fischerboot nahe dem Riff. | 17 CHN>PHL",
        "de | Israel flog in der Nacht Luftangriffe auf Syrien. | 19 ISR>SYR",
        "de | Russland beschoss die ukrainische Stadt Charkiw. | 19 RUS>UKR",
        "de | Die russische Armee beschießt seit Tagen ukrainische Städte im Osten. | 19 RUS>UKR",
        "de | Polen und Litauen verhandeln seit Monaten über eine neue Stromleitung. | 04 POL~LTU",
        "de | Der Iran hat die Forderungen der Vereinigten Staaten am Montag abgelehnt. | 12 IRN>USA;!12 USA>IRN",
        "de | Chile hat den Vorschlag Boliviens für neue Gespräche zurückgewiesen. | 12 CHL>BOL",
        "de | Polen will weitere Soldaten an die Grenze zu Litauen verlegen. | 15 POL>LTU;!15 LTU>POL",
        "de | Polen kündigte an, weitere Soldaten an die Grenze zu Belarus zu verlegen. | 15 POL>BLR",
        "de | Die Truppen Russlands wurden an die Grenze zu Finnland verlegt. | 15 RUS>FIN;!15 FIN>RUS",
        "de | Frankreich hat den Botschafter aus Niger abgezogen. | 16 FRA>NER;!16 NER>FRA",
        "de | Frankreich zog am Montag seinen Botschafter aus Niger ab. | 16 FRA>NER",
        "de | Der amerikanische Präsident sieht Handlungsbedarf bei China. | 02 USA>CHN",
        "de | Spanien und Marokko haben eine engere Zusammenarbeit bei der Migration vereinbart. | 03 ESP~MAR",
        "de | Ein Sprecher der polnischen Regierung bezeichnete die Politik der Regierung Ungarns "
            + "in den vergangenen drei Jahren als nicht akzeptabel. | 11 POL>HUN",
        "en | Azerbaijan reserves the right to respond to any provocation by Armenia. | 13 AZE>ARM",
        "en | Poland hit out at Hungary over its stance on the war. | 11 POL>HUN",
        "en | Russia banned imports of Polish apples on Monday. | 16 RUS>POL",
        "en | India and Pakistan traded fire along the border on Monday. | 19 IND~PAK",
        "en | China lashed out at the plan during a summit in Japan. | !11 CHN>JPN",
        "en | India and China agreed on Monday to resume talks on their disputed border. | 03 IND~CHN",
        "fr | Le Japon a présenté ses condoléances à la Turquie après le séisme. | 01 JPN>TUR",
        "fr | Le Kenya a exhorté l'Éthiopie à libérer les journalistes détenus. | 02 KEN>ETH",
        "fr | Le Brésil a demandé à l'Argentine de rouvrir le poste-frontière. | 02 BRA>ARG",
        "fr | Le Vietnam s'est engagé à approfondir sa coopération avec les Philippines. | 03 VNM>PHL",
        "fr | Le ministre chilien des Affaires étrangères a rencontré son homologue péruvien mardi à Lima. | 04 CHL>PER",
        "fr | Le Premier ministre indien s'est rendu au Bangladesh vendredi. | 04 IND>BGD",
        "fr | L'Égypte et le Soudan ont tenu des pourparlers sur le barrage. | 04 EGY~SDN",
        "fr | Le président mexicain s'est entretenu par téléphone avec le président colombien. | 04 MEX>COL",
        "fr | Le Canada a salué le Danemark pour son rôle dans l'opération de secours. | 05 CAN>DNK",
        "fr | Le Brésil a officiellement reconnu la Palestine comme État. | 05 BRA>PSE",
        "fr | La Thaïlande et le Cambodge ont signé lundi un accord frontalier. | 05 THA~KHM",
        "fr | Le Japon et l'Australie ont entamé des exercices navals conjoints en mer de Corail. | 06 JPN~AUS",
        "fr | Le Japon a envoyé une aide humanitaire à la Turquie. | 07 JPN>TUR",
        "fr | Les États-Unis fourniront des systèmes de défense aérienne à l'Ukraine. | 07 USA>UKR future",
        "fr | La Russie a retiré ses troupes de la frontière avec la Géorgie. | 08 RUS>GEO",
        "fr | L'Éthiopie a libéré dimanche vingt pêcheurs kényans. | 08 ETH>KEN",
        "fr | L'Arménie et l'Azerbaïdjan ont conclu un cessez-le-feu. | 08 ARM~AZE",
        "fr | Les Pays-Bas enquêtent sur le rôle de la Russie dans la chute de l'avion. | 09 NLD>RUS",
        "fr | L'Iran a exigé que le Royaume-Uni libère le pétrolier saisi. | 10 IRN>GBR",
        "fr | La Chine a critiqué la décision du Japon de rejeter l'eau. | 11 CHN>JPN",
        "fr | La Turquie a condamné la Grèce pour l'incident. | 11 TUR>GRC",
        "fr | Le Pakistan a accusé l'Inde de violer le cessez-le-feu. | 11 PAK>IND",
        "fr | La Grèce a rejeté la proposition de la Turquie d'engager des pourparlers. | 12 GRC>TUR",
        "fr | La Corée du Nord a menacé la Corée du Sud de représailles. | 13 PRK>KOR",
        "fr | La Russie a averti la Finlande contre une adhésion à l'OTAN. | 13 RUS>FIN",
        "fr | La Chine a déployé samedi des navires de guerre près de Taïwan. | 15 CHN>TWN",
        "fr | Le Canada a imposé de nouvelles sanctions à l'Iran. | 16 CAN>IRN",
        "fr | La Lituanie a expulsé deux diplomates russes. | 16 LTU>RUS",
        "fr | Le Maroc a rompu ses relations diplomatiques avec l'Iran. | 16 MAR>IRN",
        "fr | La Chine a saisi un bateau de pêche philippin près du récif. | 17 CHN>PHL",
        "fr | Israël a mené des frappes aériennes contre la Syrie dans la nuit. | 19 ISR>SYR",
        "fr | La Russie a bombardé la ville ukrainienne de Kharkiv. | 19 RUS>UKR",
    })
    void everydayActsOfEachRoot(String lang, String text, String expected) {
        check(lang, text, expected);
    }

    /**
     * Indonesian and Malay: the affixed verb and the derived noun of each act (berkunjung,
     * kunjungan; kecam, kecaman; tolak, penolakan; tarik, penarikan), passives with and without
     * "oleh", "pihak X", a coordinated subject agreeing ("X dan Y sepakat"), and objects after
     * the prepositions dengan, terhadap, kepada, ke, atas, ke atas.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "id | Presiden Brasil berkunjung ke Argentina pada Senin. | 04 BRA>ARG",
        "id | Kunjungan kenegaraan Perdana Menteri Jepang ke India dimulai Selasa. | 04 JPN>IND",
        "id | Menteri Luar Negeri Mesir menerima kunjungan Menteri Luar Negeri Sudan di Kairo. | 04 SDN~EGY",
        "id | Pertemuan antara Presiden Cile dan Presiden Peru berlangsung di Lima. | 04 CHL~PER",
        "id | Kenya dan Etiopia sepakat menghentikan pertempuran di perbatasan. | 08 KEN~ETH",
        "id | Kedua negara, Thailand dan Kamboja, menyepakati gencatan senjata. | 08 THA~KHM",
        "id | Cile dan Peru bekerja sama dalam pemberantasan penyelundupan. | 03 CHL~PER",
        "id | Yunani dikritik keras oleh Turki atas pembangunan pangkalan itu. | 11 TUR>GRC",
        "id | Pihak Pakistan membantah tuduhan India. | 01 PAK>IND",
        "id | China membantah tudingan Filipina soal tabrakan kapal. | 01 CHN>PHL",
        "id | Iran menolak tuntutan Inggris. | 12 IRN>GBR",
        "id | Penolakan Yunani terhadap usulan Turki memicu ketegangan. | 12 GRC>TUR",
        "id | Kenya mendesak Somalia agar menarik pasukannya. | 02 KEN>SOM",
        "id | Korea Utara mengancam akan menyerang Korea Selatan. | 13 PRK>KOR",
        "id | Estonia memanggil Duta Besar Rusia untuk menyampaikan nota protes. | 11 EST>RUS",
        "id | Lituania memanggil dubes Belarus di Vilnius. | 11 LTU>BLR",
        "id | Penarikan pasukan Rusia dari Georgia selesai pekan lalu. | 08 RUS>GEO",
        "id | Pengerahan pasukan China di dekat India memicu kekhawatiran. | 15 CHN>IND",
        "id | Inggris menjatuhkan sanksi terhadap Belarus. | 16 GBR>BLR",
        "id | Amerika Serikat memberlakukan embargo senjata terhadap Sudan. | 16 USA>SDN",
        "id | Israel memblokade Jalur Gaza sejak 2007. | 19 ISR>PSE",
        "id | Turki memutus hubungan diplomatik dengan Israel. | 16 TUR>ISR",
        "id | Pasukan Rusia menembaki desa di Ukraina. | 19 RUS>UKR",
        "id | Ukraina diserang Rusia dengan rudal pada Senin dini hari. | 19 RUS>UKR",
        "id | Serangan Israel terhadap Lebanon menewaskan sepuluh orang. | 19 ISR>LBN",
        "id | Pesawat Israel mengebom sasaran di Suriah. | 19 ISR>SYR",
        "id | Polisi Malaysia menangkap dua warga negara Thailand. | 17 MYS>THA",
        "id | Jepang memberikan bantuan senilai 10 juta dolar kepada Filipina. | 07 JPN>PHL",
        "id | Australia mendanai pembangunan pelabuhan di Papua Nugini. | 07 AUS>PNG",
        "id | Brasil menyambut baik keputusan Argentina. | 05 BRA>ARG",
        "id | Kanada mengapresiasi peran Denmark dalam perundingan. | 05 CAN>DNK",
        "id | Jepang mendukung upaya Filipina menyelesaikan sengketa. | 05 JPN>PHL",
        "id | Mesir dan Sudan menggelar perundingan di Kairo. | 04 EGY~SDN",
        "id | Qatar menjadi mediator antara Israel dan Hamas. | 04 QAT>ISR",
        "id | India menegosiasikan perjanjian dagang dengan Inggris. | 04 IND>GBR",
        "id | Iran berunding dengan Amerika Serikat di Oman. | 04 IRN>USA",
        "id | Kecaman keras Malaysia terhadap Israel disampaikan di PBB. | 11 MYS>ISR",
        "id | Kenya memprotes tindakan Uganda di perbatasan. | 11 KEN>UGA",
        "id | Amerika Serikat dan Filipina menggelar latihan gabungan di Laut China Selatan. | 06 USA~PHL",
        "id | Jepang mengirimkan kapal perang ke Filipina untuk latihan bersama. | 06 JPN~PHL",
        "ms | Presiden Brazil mengadakan lawatan rasmi ke Argentina. | 04 BRA>ARG",
        "ms | Mesir dan Sudan mengadakan rundingan di Kaherah. | 04 EGY~SDN",
        "ms | Perdana Menteri Jepun mengadakan pertemuan dengan Presiden India. | 04 JPN>IND",
        "ms | Malaysia menggesa Israel menghentikan serangan ke atas Gaza. | 02 MYS>ISR",
        "ms | China menafikan tuduhan Filipina. | 01 CHN>PHL",
        "ms | Iran menolak tuntutan Britain. | 12 IRN>GBR",
        "ms | Britain mengenakan sekatan ke atas Belarus. | 16 GBR>BLR",
        "ms | Thailand dan Kemboja memeterai perjanjian sempadan. | 05 THA~KHM",
        "ms | Jepun menyalurkan bantuan kemanusiaan kepada Filipina. | 07 JPN>PHL",
        "ms | Askar Rusia menyerang kampung di Ukraine. | 19 RUS>UKR",
        "ms | Serangan Israel ke atas Lubnan dikecam oleh Malaysia. | 19 ISR>LBN",
        "ms | Malaysia dan Indonesia bersetuju meningkatkan kerjasama pertahanan. | 03 MYS~IDN",
        "ms | Kanada mengalu-alukan keputusan Denmark. | 05 CAN>DNK",
        "ms | Jepun menyokong usaha Filipina menyelesaikan pertikaian. | 05 JPN>PHL",
        "ms | Estonia memanggil Duta Besar Rusia bagi menyampaikan bantahan. | 11 EST>RUS",
        "ms | Lithuania mengusir duta Rusia. | 16 LTU>RUS",
        "ms | Ukraine diserang oleh Rusia dengan peluru berpandu. | 19 RUS>UKR",
        "ms | Polis Malaysia menahan dua warganegara Thailand. | 17 MYS>THA",
        "ms | Qatar menjadi orang tengah antara Israel dan Hamas. | 04 QAT>ISR",
        "ms | Kenya membantah tindakan Uganda di sempadan. | 11 KEN>UGA",
        "id | Diplomat Rusia diusir Estonia pekan lalu. | 1 EST>RUS;!1 RUS>EST",
        "ms | Ukraine diserang Rusia pada awal pagi. | 19 RUS>UKR;!19 UKR>RUS",
        "ms | Pertemuan antara Presiden Chile dan Presiden Peru berlangsung di Lima. | 04 CHL~PER",
        "id | Kedua negara, Kenya dan Uganda, sepakat memperkuat kerja sama pertahanan. | 03 KEN~UGA",
        "id | India dan Bangladesh sepakat untuk memperluas kerja sama perdagangan. | 03 IND~BGD",
        "id | Menteri Luar Negeri Cile menerima Duta Besar Peru di Santiago. | 04 CHL~PER",
        "id | Presiden Cile menyambut kedatangan Presiden Peru di Santiago. | 04 CHL~PER",
        "id | Pemerintah Jepang mengutuk uji coba rudal Korea Utara. | 11 JPN>PRK",
        "id | Kementerian Luar Negeri China memanggil Duta Besar Jepang untuk memprotes kunjungan itu. | 11 CHN>JPN",
        "id | Rusia membalas dengan mengusir tiga diplomat Estonia. | 16 RUS>EST",
        "id | Pasukan Israel menahan dua warga Lebanon di perbatasan. | 17 ISR>LBN",
        "id | Kapal penjaga pantai China menembakkan meriam air ke kapal Filipina. | 1 CHN>PHL",
        "id | Militer Myanmar mengebom desa di dekat perbatasan Thailand. | 19 MMR>THA",
        "id | Tentara Sudan terlibat baku tembak dengan pasukan Sudan Selatan. | 19 SDN~SSD",
        "id | Arab Saudi dan Iran sepakat memulihkan hubungan diplomatik. | 05 SAU~IRN",
        "id | Qatar memediasi perundingan antara Israel dan Hamas. | 04 QAT>ISR",
        "id | Turki menawarkan diri menjadi mediator bagi Rusia dan Ukraina. | 03 TUR>RUS",
        "id | Presiden Prancis menelepon Presiden Rusia pada Jumat. | 04 FRA>RUS",
        "id | Jepang menyatakan dukungan terhadap kedaulatan Filipina. | 05 JPN>PHL",
        "id | Amerika Serikat menjual jet tempur F-16 kepada Turki. | 07 USA>TUR",
        "id | Korea Selatan mengirimkan bantuan pangan ke Korea Utara. | 07 KOR>PRK",
        "id | Inggris membekukan aset milik pejabat Rusia. | 16 GBR>RUS",
        "id | China melarang impor makanan laut dari Jepang. | 16 CHN>JPN",
        "id | Aljazair memutus hubungan diplomatik dengan Maroko. | 16 DZA>MAR",
        "id | Penangkapan nelayan Vietnam oleh Indonesia memicu protes. | 17 IDN>VNM",
        "ms | Kedua-dua negara, Kenya dan Uganda, bersetuju memperkukuh kerjasama pertahanan. | 03 KEN~UGA",
        "ms | Presiden Chile menyambut ketibaan Presiden Peru di Santiago. | 04 CHL~PER",
        "ms | Kerajaan Jepun mengutuk ujian peluru berpandu Korea Utara. | 11 JPN>PRK",
        "ms | Kementerian Luar China memanggil Duta Besar Jepun untuk membantah lawatan itu. | 11 CHN>JPN",
        "ms | Rusia bertindak balas dengan mengusir tiga diplomat Estonia. | 16 RUS>EST",
        "ms | Tentera Myanmar mengebom kampung berhampiran sempadan Thailand. | 19 MMR>THA",
        "ms | Arab Saudi dan Iran bersetuju memulihkan hubungan diplomatik. | 05 SAU~IRN",
        "ms | Qatar menjadi pengantara rundingan antara Israel dan Hamas. | 04 QAT>ISR",
        "ms | Korea Selatan menghantar bantuan makanan ke Korea Utara. | 07 KOR>PRK",
        "ms | Britain membekukan aset milik pegawai Rusia. | 16 GBR>RUS",
        "ms | Algeria memutuskan hubungan diplomatik dengan Maghribi. | 16 DZA>MAR",
        "ms | Malaysia memberi amaran kepada Israel supaya menghentikan serangan. | 13 MYS>ISR",
        "ms | Thailand menyeru Kemboja supaya berunding. | 02 THA>KHM",
        "ms | Filipina membantah pencerobohan kapal China. | 11 PHL>CHN",
        "id | Presiden Cile melakukan kunjungan kerja ke Peru pekan ini. | 04 CHL>PER",
        "id | Menteri Luar Negeri Kenya menggelar pertemuan dengan Menteri Luar Negeri Uganda. | 04 KEN>UGA",
        "id | Vietnam melayangkan protes keras kepada China. | 11 VNM>CHN",
        "id | Malaysia menyampaikan kecaman terhadap Israel. | 11 MYS>ISR",
        "id | Jepang menyatakan dukungan kepada Filipina. | 05 JPN>PHL",
        "id | Kanada mengucapkan terima kasih kepada Denmark. | 05 CAN>DNK",
        "id | Amerika Serikat memberikan sanksi kepada Iran. | 16 USA>IRN",
        "id | Menteri Luar Negeri Turki bertolak ke Mesir untuk bertemu Presiden Mesir. | 04 TUR>EGY",
        "id | India mengirim delegasi ke Pakistan untuk berunding soal air. | 04 IND>PAK",
        "id | Rusia melancarkan serangan rudal ke Ukraina. | 19 RUS>UKR",
        "id | Korea Utara meluncurkan rudal balistik ke arah Jepang. | 1 PRK>JPN",
        "id | Filipina menuding China melakukan manuver berbahaya. | 11 PHL>CHN",
        "id | Australia menyerukan China untuk menahan diri. | 02 AUS>CHN",
        "id | Iran mendesak Amerika Serikat mencabut sanksi. | 02 IRN>USA",
        "ms | Presiden Chile mengadakan lawatan kerja ke Peru minggu ini. | 04 CHL>PER",
        "ms | Vietnam menghantar nota bantahan kepada China. | 11 VNM>CHN",
        "ms | Malaysia menyuarakan kecaman terhadap Israel. | 11 MYS>ISR",
        "ms | Jepun menyatakan sokongan kepada Filipina. | 05 JPN>PHL",
        "ms | Amerika Syarikat mengenakan sekatan terhadap Iran. | 16 USA>IRN",
        "ms | Menteri Luar Turkiye berlepas ke Mesir untuk bertemu Presiden Mesir. | 04 TUR>EGY",
        "ms | Rusia melancarkan serangan peluru berpandu ke atas Ukraine. | 19 RUS>UKR",
        "ms | Filipina menuduh China melakukan tindakan berbahaya. | 11 PHL>CHN",
        "ms | Iran menggesa Amerika Syarikat menarik balik sekatan. | 02 IRN>USA",
    })
    void indonesianAndMalayFormsOfEachAct(String lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Japan was criticized by China for the plan. | 11 CHN>JPN",
        "en | Peru was accused by Chile of harbouring rebels. | 11 CHL>PER",
        "en | Turkey, which has long disputed the islands, accused Greece of arming them. | 11 TUR>GRC",
        "en | The Kenyan president, who arrived on Monday, met Ethiopian Prime Minister Abiy Ahmed. | 04 KEN>ETH",
        "en | Wang Yi, China's foreign minister, criticized Japan on Monday. | 11 CHN>JPN",
        "en | China criticized Japan and the Philippines. | 11 CHN>JPN;11 CHN>PHL",
        "en | The Indonesian president visited Japan and South Korea last week. | 04 IDN>JPN;04 IDN>KOR",
        "en | India's criticism of Pakistan drew a sharp response. | 11 IND>PAK",
        "en | The Chilean president's visit to Peru lasted two days. | 04 CHL>PER",
        "en | Japan's condemnation of the Chinese drills was swift. | 11 JPN>CHN",
        "en | Polish President Andrzej Duda arrived in Kyiv on Monday. He met Ukrainian President Volodymyr Zelensky. | 04 POL>UKR",
        "en | Kenyan Foreign Minister Grace Otieno spoke on Friday. She criticized Ethiopia for closing the border. | 11 KEN>ETH",
        "en | Brazil will host the president of Argentina next week. | 04 BRA>ARG future",
        "en | The Japanese prime minister will visit India in March. | 04 JPN>IND future",
        "en | Chile did not condemn Peru. | 11 CHL>PER negated",
        "en | If Turkey attacks Greece, NATO will respond. | 19 TUR>GRC hypothetical",
        "en | Japan plans to send aid to Turkey. | 07 JPN>TUR intended",
        "en | Chile has not recognized the government of Venezuela. | 05 CHL>VEN negated",
        "id | Jepang dikecam oleh China karena rencana tersebut. | 11 CHN>JPN",
        "id | Peru dituduh oleh Cile melindungi pemberontak. | 11 CHL>PER",
        "id | Turki, yang sejak lama menyengketakan pulau-pulau itu, menuduh Yunani mempersenjatainya. | 11 TUR>GRC",
        "id | Presiden Kenya, yang tiba pada Senin, bertemu Perdana Menteri Etiopia Abiy Ahmed. | 04 KEN>ETH",
        "id | Wang Yi, Menteri Luar Negeri China, mengkritik Jepang pada Senin. | 11 CHN>JPN",
        "id | China mengkritik Jepang dan Filipina. | 11 CHN>JPN;11 CHN>PHL",
        "id | Presiden Indonesia mengunjungi Jepang dan Korea Selatan pekan lalu. | 04 IDN>JPN;04 IDN>KOR",
        "id | Kecaman India terhadap Pakistan memicu reaksi keras. | 11 IND>PAK",
        "id | Kunjungan Presiden Cile ke Peru berlangsung selama dua hari. | 04 CHL>PER",
        "id | Presiden Polandia Andrzej Duda tiba di Kyiv pada Senin. Ia bertemu Presiden Ukraina Volodymyr Zelensky. | 04 POL>UKR",
        "id | Brasil akan menjadi tuan rumah bagi Presiden Argentina pekan depan. | 04 BRA>ARG future",
        "id | Perdana Menteri Jepang akan mengunjungi India pada Maret. | 04 JPN>IND future",
        "id | Cile tidak mengecam Peru. | 11 CHL>PER negated",
        "id | Jepang berencana mengirim bantuan ke Turki. | 07 JPN>TUR intended",
        "ms | Jepun dikecam oleh China kerana rancangan itu. | 11 CHN>JPN",
        "ms | Peru dituduh oleh Chile melindungi pemberontak. | 11 CHL>PER",
        "ms | Turkiye, yang sekian lama mempertikaikan pulau-pulau itu, menuduh Greece mempersenjatainya. | 11 TUR>GRC",
        "ms | Wang Yi, Menteri Luar China, mengkritik Jepun pada Isnin. | 11 CHN>JPN",
        "ms | China mengkritik Jepun dan Filipina. | 11 CHN>JPN;11 CHN>PHL",
        "ms | Kecaman India terhadap Pakistan mencetuskan reaksi keras. | 11 IND>PAK",
        "ms | Lawatan Presiden Chile ke Peru berlangsung selama dua hari. | 04 CHL>PER",
        "ms | Presiden Poland Andrzej Duda tiba di Kyiv pada Isnin. Beliau bertemu Presiden Ukraine Volodymyr Zelensky. | 04 POL>UKR",
        "ms | Perdana Menteri Jepun akan melawat India pada Mac. | 04 JPN>IND future",
        "ms | Chile tidak mengecam Peru. | 11 CHL>PER negated",
        "ms | Jepun bercadang menghantar bantuan ke Turkiye. | 07 JPN>TUR intended",
        "es | Japón fue criticado por China por el plan. | 11 CHN>JPN",
        "es | Perú fue acusado por Chile de proteger a los rebeldes. | 11 CHL>PER",
        "es | Turquía, que disputa desde hace años las islas, acusó a Grecia de armarlas. | 11 TUR>GRC",
        "es | El presidente de Kenia, que llegó el lunes, se reunió con el primer ministro de Etiopía. | 04 KEN>ETH",
        "es | Wang Yi, ministro de Exteriores de China, criticó a Japón el lunes. | 11 CHN>JPN",
        "es | China criticó a Japón y a Filipinas. | 11 CHN>JPN;11 CHN>PHL",
        "es | El presidente de Indonesia visitó Japón y Corea del Sur la semana pasada. | 04 IDN>JPN;04 IDN>KOR",
        "es | La condena de la India a Pakistán provocó una dura respuesta. | 11 IND>PAK",
        "es | La visita del presidente de Chile a Perú duró dos días. | 04 CHL>PER",
        "es | El presidente polaco Andrzej Duda llegó a Kiev el lunes. Allí se reunió con el presidente ucraniano Volodímir Zelenski. | 04 POL>UKR",
        "es | Brasil recibirá al presidente de Argentina la próxima semana. | 04 BRA>ARG future",
        "es | El primer ministro de Japón visitará la India en marzo. | 04 JPN>IND future",
        "es | Chile no condenó a Perú. | 11 CHL>PER negated",
        "es | Japón planea enviar ayuda a Turquía. | 07 JPN>TUR intended",
        "de | Japan wurde von China für den Plan kritisiert. | 11 CHN>JPN",
        "de | Peru wurde von Chile vorgeworfen, Rebellen zu schützen. | 11 CHL>PER",
        "de | Die Türkei, die seit Jahren Anspruch auf die Inseln erhebt, warf Griechenland vor, sie zu bewaffnen. | 11 TUR>GRC",
        "de | Der Präsident Kenias, der am Montag angekommen war, traf den Ministerpräsidenten Äthiopiens. | 04 KEN>ETH",
        "de | Wang Yi, der Außenminister Chinas, kritisierte Japan am Montag. | 11 CHN>JPN",
        "de | China kritisierte Japan und die Philippinen. | 11 CHN>JPN;11 CHN>PHL",
        "de | Der indonesische Präsident besuchte vergangene Woche Japan und Südkorea. | 04 IDN>JPN;04 IDN>KOR",
        "de | Indiens Kritik an Pakistan löste eine scharfe Reaktion aus. | 11 IND>PAK",
        "de | Der Besuch des chilenischen Präsidenten in Peru dauerte zwei Tage. | 04 CHL>PER",
        "de | Der polnische Präsident Andrzej Duda kam am Montag in Kiew an. Er traf den ukrainischen Präsidenten Wolodymyr Selenskyj. | 04 POL>UKR",
        "de | Am Montag kritisierte Japan China scharf. | 11 JPN>CHN",
        "de | Der japanische Ministerpräsident wird im März Indien besuchen. | 04 JPN>IND future",
        "de | Japan plant, Hilfe in die Türkei zu schicken. | 03 JPN>TUR",
        "fr | Le Japon a été critiqué par la Chine pour ce projet. | 11 CHN>JPN",
        "fr | La Turquie, qui revendique depuis longtemps ces îles, a accusé la Grèce de les armer. | 11 TUR>GRC",
        "fr | Le président du Kenya, arrivé lundi, a rencontré le Premier ministre de l'Éthiopie. | 04 KEN>ETH",
        "fr | Wang Yi, le ministre chinois des Affaires étrangères, a critiqué le Japon lundi. | 11 CHN>JPN",
        "fr | La Chine a critiqué le Japon et les Philippines. | 11 CHN>JPN;11 CHN>PHL",
        "fr | La condamnation du Pakistan par l'Inde a suscité une vive réaction. | 11 IND>PAK",
        "fr | La visite du président chilien au Pérou a duré deux jours. | 04 CHL>PER",
        "fr | Le président polonais Andrzej Duda est arrivé lundi à Kiev. Il a rencontré le président ukrainien Volodymyr Zelensky. | 04 POL>UKR",
        "fr | Le Premier ministre japonais se rendra en Inde en mars. | 04 JPN>IND future",
        "fr | Le Chili n'a pas condamné le Pérou. | 11 CHL>PER negated",
        "fr | Le Japon prévoit d'envoyer de l'aide à la Turquie. | 07 JPN>TUR intended",
        "id | Latihan militer skala penuh Rusia di sekitar Estonia dimulai pada Senin. | 15 RUS>EST",
        "ms | Latihan ketenteraan skala penuh Rusia di sekitar Estonia bermula pada Isnin. | 15 RUS>EST",
        "de | Die Regierung Polens bezeichnete die Haltung Ungarns als nicht akzeptabel. | 11 POL>HUN",
        "en | The Polish government described Hungary's stance as unacceptable. | 11 POL>HUN",
        // Spanish and French reflexives and periphrases
        "es | Colombia se sumó a las críticas contra Venezuela. | 11 COL>VEN",
        "es | Brasil se opuso a la propuesta de Argentina. | 12 BRA>ARG",
        "es | México ofreció asilo al expresidente de Perú. | 07 MEX>PER",
        "es | Perú llevó a cabo una operación militar contra Ecuador. | 19 PER>ECU",
        "es | El presidente de Francia se reunió con su homólogo ucraniano. | 04 FRA>UKR",
        "fr | Le président français s'est entretenu avec le président de l'Ukraine. | 04 FRA>UKR",
        "fr | Les ministres de la France se sont entretenus avec leurs homologues de l'Ukraine. | 04 FRA>UKR",
        "fr | Le Mexique a exprimé son inquiétude face à la décision américaine. | 11 MEX>USA",
        "fr | La France a fait part de sa préoccupation à l'Iran. | 11 FRA>IRN",
        "fr | La Chine s'en est prise aux Philippines. | 11 CHN>PHL",
        "fr | Le président turc s'en prend à la Grèce. | 11 TUR>GRC",
        // warships are forces deployed
        "es | Estados Unidos desplegó un portaaviones frente a las costas de Venezuela. | 15 USA>VEN",
        "fr | La France a déployé une frégate au large de la Libye. | 15 FRA>LBY",
        "en | The United States deployed a destroyer near the coast of Venezuela. | 15 USA>VEN",
    })
    void argumentStructuresAndModality(String lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        // a subordinate clause takes its actors from its own words, not the main clause's subject
        "en | Kenya condemned the raid after Somalia attacked Ethiopia. | 19 SOM>ETH;!19 KEN>ETH;!11 KEN>ETH",
        "en | Chile criticized Peru because Bolivia had attacked Paraguay. | 11 CHL>PER;19 BOL>PRY;!11 CHL>PRY",
        "id | Malaysia mengecam Thailand karena Israel menyerang Lebanon. | 11 MYS>THA;19 ISR>LBN;!11 MYS>LBN",
        "id | Kenya mengecam serangan itu setelah Somalia menyerang Etiopia. | 19 SOM>ETH;!19 KEN>ETH",
        "ms | Malaysia mengecam Thailand kerana Israel menyerang Lubnan. | 11 MYS>THA;19 ISR>LBN;!11 MYS>LBN",
        "es | Chile criticó a Perú porque Bolivia atacó a Paraguay. | 11 CHL>PER;19 BOL>PRY;!11 CHL>PRY",
        "es | Kenia condenó el ataque después de que Somalia atacó a Etiopía. | 19 SOM>ETH;!19 KEN>ETH",
        "fr | Le Japon a critiqué la Chine parce que la Russie a attaqué l'Ukraine. | 11 JPN>CHN;19 RUS>UKR;!11 JPN>UKR",
        "fr | Le Japon a critiqué la Chine lorsque la Russie a attaqué l'Ukraine. | 11 JPN>CHN;19 RUS>UKR;!11 JPN>UKR",
        "de | Südkorea verurteilte den Test, nachdem Nordkorea die Ukraine angegriffen hatte. | 19 PRK>UKR;!19 KOR>UKR",
        "de | Nachdem China Taiwan bedroht hatte, kritisierte Japan China. | 11 JPN>CHN;!11 CHN>TWN",
        // a verb right after the subordinator has no subject of its own: the main clause's acts
        "en | Russia closed the border after attacking Georgia. | 19 RUS>GEO",
        "en | Japan praised India before meeting Pakistan. | 05 JPN>IND;04 JPN>PAK;!04 IND>PAK",
        "en | After meeting Pakistan's foreign minister, the Indian prime minister visited Nepal. | 04 IND>PAK;04 IND>NPL",
        "id | Jepang memuji India setelah bertemu Pakistan. | 04 JPN>PAK;!04 IND>PAK",
        "id | Setelah bertemu Menteri Luar Negeri Pakistan, Perdana Menteri India mengunjungi Nepal. | 04 IND>PAK",
        "ms | Jepun memuji India selepas bertemu Pakistan. | 04 JPN>PAK;!04 IND>PAK",
        "es | Japón elogió a la India tras reunirse con Pakistán. | 04 JPN>PAK;!04 IND>PAK",
        "es | Después de reunirse con el presidente de Perú, el presidente de Chile visitó Bolivia. | 04 CHL>PER",
        "fr | La France a critiqué l'Iran après avoir rencontré le ministre israélien. | 11 FRA>IRN;04 FRA>ISR;!04 IRN>ISR",
        // an actor before the verb is its object only in a verb-final clause or before a purpose verb
        "de | Japan kritisierte Indien, weil China Pakistan unterstützt hatte. | 11 JPN>IND",
        "de | Es ist bekannt, dass China Japan kritisiert hat. | 11 CHN>JPN",
        "de | China hat Japan am Montag kritisiert. | 11 CHN>JPN",
        // a genitive name right after a nominal trigger is its agent; a verb-final verb's object
        // opens with the group after its subject
        "de | Die Bundesregierung hat die Angriffe Russlands auf die Ukraine scharf verurteilt. | 19 RUS>UKR;11 DEU>RUS;!11 DEU>UKR;!19 DEU>RUS",
        "de | Der Besuch Polens in der Ukraine dauerte zwei Tage. | 04 POL>UKR",
        "de | Die Festnahme eines deutschen Journalisten durch die Türkei sorgte für Empörung. | 17 TUR>DEU;!17 DEU>TUR",
        "de | Peru wurde durch Chile scharf kritisiert. | 11 CHL>PER;!11 PER>CHL",
        "de | Die Reise des chilenischen Präsidenten durch Peru dauerte drei Tage. | !04 PER>CHL",
        "en | The arrest of a German journalist by Turkey caused outrage. | 17 TUR>DEU;!17 DEU>TUR",
        "en | The visit to Peru by the Chilean president lasted two days. | 04 CHL>PER",
        // a reaction whose object is an act told several sentences before, with only details between
        "de | Nordkorea feuerte am Dienstag eine ballistische Rakete in Richtung Japan ab. "
            + "Sie flog etwa 40 Minuten. Das Geschoss landete im Meer. Schäden wurden nicht gemeldet. "
            + "Der Start wurde von Radaranlagen verfolgt. "
            + "Der südkoreanische Präsident kritisierte den Start scharf. | 11 KOR>PRK",
        "en | North Korea fired a ballistic missile toward Japan on Tuesday. "
            + "It flew for about 40 minutes. The missile landed in the sea. No damage was reported. "
            + "Radar stations tracked the launch. "
            + "The South Korean president strongly criticized the launch. | 11 KOR>PRK",
        // too far back: no object
        "en | North Korea fired a ballistic missile toward Japan on Tuesday. "
            + "It flew for about 40 minutes. The missile landed in the sea. No damage was reported. "
            + "Radar stations tracked the launch. The launch was the fifth this year. "
            + "Officials counted the launches. Experts studied the images. Scientists compared the data. "
            + "Analysts wrote reports. Weather was calm. "
            + "The South Korean president strongly criticized the launch. | !11 KOR>PRK",
        "en | The Ghanaian president will visit Togo to mediate in the border dispute. | 04 GHA>TGO;03 GHA>TGO",
        "en | Russia's ally Belarus condemned the sanctions. | !11 RUS>BLR",
        "es | Junto a Francia, Alemania condenó las sanciones. | !11 FRA>DEU",
        "fr | Aux côtés de la France, l'Allemagne a condamné les sanctions. | !11 FRA>DEU",
        "id | Sekutu Rusia, Belarus, mengecam sanksi itu. | !11 RUS>BLR",
        // a few words in quotation marks inside a clause are no quotation: the clause goes on
        "fr | La Russie a expulsé trois diplomates français. Paris a « condamné fermement » cette décision. | 11 FRA>RUS",
        "en | Russia expelled two Estonian diplomats. Estonia \"strongly condemned\" the decision. | 11 EST>RUS",
        "es | Rusia expulsó a dos diplomáticos chilenos. Chile \"condenó enérgicamente\" la decisión. | 11 CHL>RUS",
        "de | Russland wies zwei estnische Diplomaten aus. Estland \"verurteilte scharf\" die Entscheidung. | 11 EST>RUS",
        "id | Rusia mengusir dua diplomat Estonia. Estonia \"mengecam keras\" keputusan itu. | 11 EST>RUS",
        // a possessive pronoun inside the trigger names its subject: "por", "by" after it is no agent
        "es | México expresó su preocupación por la decisión de Estados Unidos. | 11 MEX>USA;!11 USA>MEX",
        "en | Mexico expressed its concern by letter to the United States. | !11 USA>MEX",
        "fr | Le Mexique a exprimé sa préoccupation par un communiqué adressé aux États-Unis. | !11 USA>MEX",
    })
    void subordinateClausesAndObjectsBeforeVerbs(String lang, String text, String expected) {
        check(lang, text, expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Chile's economy grew strongly, while Peru's slowed.",
        "en | Brazil launched a new weather satellite on Monday.",
        "en | Chile faces Peru in the World Cup qualifier on Tuesday.",
        "en | The Vietnamese tourism minister visited a factory in Hanoi.",
        "en | A strike by Kenyan teachers entered its third day.",
        "en | Japanese shares rallied while Chinese stocks fell.",
        "en | The Argentine coach praised his players after the match.",
        "en | Thai police arrested three suspects in Bangkok.",
        "en | Kenyan and Ugandan firms will trade goods worth 5 million dollars.",
        "en | Brazil banned smoking in public buildings on Monday.",
        "id | Ekonomi Cile tumbuh pesat, sementara ekonomi Peru melambat.",
        "id | Brasil meluncurkan satelit cuaca baru pada Senin.",
        "id | Cile akan menghadapi Peru dalam laga kualifikasi Piala Dunia.",
        "id | Menteri Pariwisata Vietnam mengunjungi sebuah pabrik di Hanoi.",
        "id | Pelatih Argentina memuji para pemainnya setelah pertandingan.",
        "id | Polisi Thailand menangkap tiga tersangka di Bangkok.",
        "ms | Ekonomi Chile berkembang pesat, manakala ekonomi Peru perlahan.",
        "ms | Brazil melancarkan satelit cuaca baharu pada Isnin.",
        "ms | Chile akan menentang Peru dalam perlawanan kelayakan Piala Dunia.",
        "ms | Jurulatih Argentina memuji pemainnya selepas perlawanan.",
        "ms | Polis Thailand menahan tiga suspek di Bangkok.",
        "id | Pengunjung dari Jepang dan Korea Selatan memadati pantai-pantai di Bali.",
        "id | Para pendukung tim Brasil merayakan kemenangan atas Argentina.",
        "id | Pameran kapal itu menarik perhatian warga Filipina dan Vietnam.",
        "id | Dalam sambutannya, Gubernur Bali menyebut wisatawan Australia dan Jepang terus bertambah.",
        "ms | Pelawat dari Jepun dan Korea Selatan memenuhi pantai di Langkawi.",
        "ms | Penyokong pasukan Brazil meraikan kemenangan ke atas Argentina.",
        "ms | Pameran kapal itu menarik perhatian penduduk Filipina dan Vietnam.",
        "es | La economía de Chile creció con fuerza, mientras que la de Perú se desaceleró.",
        "es | Brasil lanzó un nuevo satélite meteorológico el lunes.",
        "es | Chile se enfrentará a Perú en el partido de clasificación para el Mundial.",
        "es | El entrenador de Argentina elogió a sus jugadores tras el partido.",
        "es | La policía de Tailandia detuvo a tres sospechosos en Bangkok.",
        "de | Die Wirtschaft Chiles wuchs kräftig, während die Perus schwächelte.",
        "de | Brasilien startete am Montag einen neuen Wettersatelliten.",
        "de | Chile trifft im WM-Qualifikationsspiel auf Peru.",
        "de | Der Trainer Argentiniens lobte seine Spieler nach dem Spiel.",
        "de | Die thailändische Polizei nahm in Bangkok drei Verdächtige fest.",
        "de | Die Bundesliga sieht Handlungsbedarf bei den Schiedsrichtern aus Brasilien.",
        "de | Die Firma will ihre Produktion nach Polen verlegen.",
        "de | Die Gewerkschaften und Arbeitgeber in Spanien haben eine engere Zusammenarbeit vereinbart.",
        "de | Gewerkschaften und Arbeitgeber in Bayern verhandeln seit Wochen über höhere Löhne.",
        "de | Der Verein hat die Forderungen seiner Fans nach billigeren Karten abgelehnt.",
        "en | The Brazilian museum reserves the right to use photos taken by its visitors.",
        "en | Kenyan unions and employers agreed on Monday to resume talks on wages.",
        "fr | L'économie du Chili a fortement progressé, tandis que celle du Pérou a ralenti.",
        "fr | Le Brésil a lancé lundi un nouveau satellite météorologique.",
        "fr | Le Chili affrontera le Pérou en match de qualification pour la Coupe du monde.",
        "fr | L'entraîneur de l'Argentine a salué ses joueurs après le match.",
        "fr | La police thaïlandaise a arrêté trois suspects à Bangkok.",
    })
    void otherSensesAndSingleParties(String lang, String text) {
        ExtractionDocument d = PipelineFixture.run(lang, text);
        assertTrue(d.events().isEmpty(), () -> "events in " + shown(d));
    }
}
